package snapshot

import (
	"slices"
	"sync"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Claims is where an index's ties come from: Len ties in Parts parts, which Each reads
// in order, each part on its own (several at once, on several CPUs), and Tie gives one
// at a time. An index keeps in columns what snapshots read of each tie; the full claim
// (its citations, its note) is asked of Claims only when a reading names it, so that a
// store can decode it then (see package sqlstore). Each may hand f the same Tie, refilled,
// every time, so f keeps none of its slices; Tie must be safe for concurrent use and
// give, for i, the claim Each gave.
type Claims interface {
	Len() int
	Parts() int
	Each(part int, f func(i int, t *alliances.Tie)) error
	Tie(i int) *alliances.Tie
}

// Picker is Claims that give many ties at once for less than one at a time (see Ties).
type Picker interface {
	Pick(list []int32) []alliances.Tie
}

// Named is Claims that number what their ties name, as a store's compact copy of them
// may: Names lists the subjects, objects and third parties, ValidTimes the valid times,
// and EachNamed gives with each tie the positions of its subject, object and third party
// in Names (-1 for none) and of its valid time in ValidTimes. Build then looks no actor
// up by name, and reads each valid time once.
type Named interface {
	Claims
	Names() []string
	ValidTimes() []edtf.Interval
	EachNamed(part int, f func(i int, t *alliances.Tie, subject, object, third, valid int32)) error
}

// Slice is a slice of ties as Claims.
type Slice []alliances.Tie

// slicePart is the number of ties of a part of a Slice.
const slicePart = 1 << 14

func (s Slice) Len() int   { return len(s) }
func (s Slice) Parts() int { return (len(s) + slicePart - 1) / slicePart }

func (s Slice) Each(part int, f func(i int, t *alliances.Tie)) error {
	for i := part * slicePart; i < min(len(s), (part+1)*slicePart); i++ {
		f(i, &s[i])
	}
	return nil
}

func (s Slice) Tie(i int) *alliances.Tie { return &s[i] }

// Index is the record's ties in columns. Tie i of the index is Tie(i).
type Index struct {
	Actors []string // actor number -> id, in the order first met

	claims   Claims
	id       []string
	actor    map[string]int32
	category []bool // per actor number: an actor of kind category
	subj     []int32
	obj      []int32
	third    []int32 // the other party of a mediation, -1 for every other tie
	kind     []uint8 // position in alliances.Kinds
	sign     []int8  // the sign in the alignment layer (alliances.SignOf)
	strict   []dayRange
	fuzzy    []dayRange
	ends     []uint8 // the kind of the valid time's start, and of its end shifted by 2 (edtf.EndKind)
	status   []uint8 // position in alliances.Statuses
	cred     []uint8 // best asserting credibility, 1..6
	rel      []uint8 // best reliability of an asserting source, 1 (A) .. 6 (F)
	source   []int32 // the one source the asserting citations cite (in sources), or noSource or severalSources
	sources  []string
	role     []uint8 // position in alliances.Roles of a membership's role, 255 for none
	weight   []float32
	inferred []bool // basis inferred
	ungraded []bool // no intensity recorded: weighed DefaultIntensity, or Filter.Ungraded
	directed []bool
	members  []int32 // ties of kind membership, in the record's order
	span     edtf.Range

	multiOnce sync.Once
	multi     [][]int32 // the claims of one relationship, where there are several (see multiClaims)
}

const (
	noSource       = -1 // no citation asserts the tie
	severalSources = -2 // the asserting citations cite more than one source
	noRole         = 255
)

// Len returns the number of ties.
func (ix *Index) Len() int { return len(ix.id) }

// Tie returns tie i, the full claim, as Claims gives it.
func (ix *Index) Tie(i int) *alliances.Tie { return ix.claims.Tie(i) }

// Ties returns the full claims of the ties numbered in list, in its order: copies, each
// as Tie gives it. Claims that are a Picker give them at once.
func (ix *Index) Ties(list []int32) []alliances.Tie {
	if p, ok := ix.claims.(Picker); ok {
		return p.Pick(list)
	}
	out := make([]alliances.Tie, len(list))
	for j, i := range list {
		out[j] = *ix.Tie(int(i))
	}
	return out
}

// ID returns the id of tie i.
func (ix *Index) ID(i int) string { return ix.id[i] }

// Kind returns the kind of tie i.
func (ix *Index) Kind(i int) alliances.Kind {
	if k := int(ix.kind[i]); k < len(alliances.Kinds) {
		return alliances.Kinds[k].Kind
	}
	return ix.Tie(i).Kind // a kind the project does not know: a record not validated
}

// Status returns the status of tie i.
func (ix *Index) Status(i int) alliances.Status {
	if s := int(ix.status[i]); s < len(alliances.Statuses) {
		return alliances.Statuses[s]
	}
	return ix.Tie(i).Status
}

// Intensity returns the intensity of tie i, 0 when the record gives none.
func (ix *Index) Intensity(i int) int {
	if ix.ungraded[i] {
		return 0
	}
	return int(ix.weight[i])
}

// Inferred reports whether tie i is the analyst's inference rather than the sources'
// statement.
func (ix *Index) Inferred(i int) bool { return ix.inferred[i] }

// Directed reports whether tie i runs from its subject to its object only.
func (ix *Index) Directed(i int) bool { return ix.directed[i] }

// Parties returns the actor numbers of tie i's subject and object, and of its third
// party, -1 unless the tie is a mediation that names one.
func (ix *Index) Parties(i int) (subject, object, third int32) {
	return ix.subj[i], ix.obj[i], ix.third[i]
}

// Source returns the one source every asserting citation of tie i cites, and false when
// none asserts it or they cite several. The data sets of one publisher count as one
// source, named by their ids joined with commas.
func (ix *Index) Source(i int) (string, bool) {
	if s := ix.source[i]; s >= 0 {
		return ix.sources[s], true
	}
	return "", false
}

// Cited reports whether some citation of tie i asserts it.
func (ix *Index) Cited(i int) bool { return ix.source[i] != noSource }

// Span returns the days from the earliest to the latest date the record's ties give (a
// start or an end; open and unknown ends aside); First > Last when no tie has a date.
func (ix *Index) Span() edtf.Range { return ix.span }

// DefaultIntensity is the weight of a tie whose intensity the record does not give: the
// middle of the scale from 1 (token) to 5 (decisive), neither token nor decisive.
const DefaultIntensity = 3

// dayRange is a range of days in 32 bits: enough for every date from 5.8 million years
// before to after 1970; the unbounded ends of edtf clamp to the extremes.
type dayRange struct{ first, last int32 }

func clampDay(d edtf.Day) int32 {
	const lim = 1<<31 - 1
	switch {
	case d >= lim:
		return lim
	case d <= -lim:
		return -lim
	}
	return int32(d)
}

func rangeOf(r edtf.Range) dayRange { return dayRange{clampDay(r.First), clampDay(r.Last)} }

func (r dayRange) overlaps(o dayRange) bool { return r.first <= o.last && o.first <= r.last }

// days returns the number of days r and o share.
func (r dayRange) shared(o dayRange) int64 {
	first, last := max(r.first, o.first), min(r.last, o.last)
	if first > last {
		return 0
	}
	return int64(last) - int64(first) + 1
}

func (r dayRange) days() int64 { return int64(r.last) - int64(r.first) + 1 }

// start and end return the kinds of the ends of tie i's valid time.
func (ix *Index) start(i int) edtf.EndKind { return edtf.EndKind(ix.ends[i] & 3) }
func (ix *Index) end(i int) edtf.EndKind   { return edtf.EndKind(ix.ends[i] >> 2) }

// boundUnknownEnds narrows the possible reach of unknown ends by what the record knows of
// the actors: a tie held by a date, begun at an unknown one, possibly began no earlier
// than the first known date of either actor's ties (a front founded in February 2018
// joined no coalition in 2009); and a tie with an unknown end possibly lasted no later
// than the last known date of either actor's ties, unless one of them has a tie still
// going. Only ties with a known start (or end) date an actor.
func (ix *Index) boundUnknownEnds() {
	const unseen = 1<<31 - 1
	first := make([]int32, len(ix.Actors))
	last := make([]int32, len(ix.Actors))
	for a := range first {
		first[a], last[a] = unseen, -unseen
	}
	for i := range ix.id {
		for _, a := range []int32{ix.subj[i], ix.obj[i]} {
			if ix.start(i) == edtf.Closed {
				first[a] = min(first[a], ix.strict[i].first)
			}
			switch ix.end(i) {
			case edtf.Closed:
				last[a] = max(last[a], ix.strict[i].last)
			case edtf.Open:
				last[a] = unseen
			}
		}
	}
	// The later of the actors' first dates, the earlier of their last ones, among those
	// known (a last date of unseen: a tie still going, no bound).
	for i := range ix.id {
		a, b := ix.subj[i], ix.obj[i]
		if ix.start(i) == edtf.Unknown {
			f := int32(-unseen)
			for _, x := range []int32{first[a], first[b]} {
				if x != unseen {
					f = max(f, x)
				}
			}
			if f != -unseen && f <= ix.strict[i].first {
				ix.fuzzy[i].first = max(ix.fuzzy[i].first, f)
			}
		}
		if ix.end(i) == edtf.Unknown && last[a] != unseen && last[b] != unseen {
			l := int32(unseen)
			for _, x := range []int32{last[a], last[b]} {
				if x != -unseen {
					l = min(l, x)
				}
			}
			if l != unseen && l >= ix.strict[i].last {
				ix.fuzzy[i].last = min(ix.fuzzy[i].last, l)
			}
		}
	}
}

// numberOf returns the actor number of id, adding it when new.
func (ix *Index) numberOf(id string) int32 {
	if n, ok := ix.actor[id]; ok {
		return n
	}
	n := int32(len(ix.Actors))
	ix.actor[id] = n
	ix.Actors = append(ix.Actors, id)
	return n
}

// Actor returns the number of an actor id, and whether any tie involves it.
func (ix *Index) Actor(id string) (int32, bool) {
	n, ok := ix.actor[id]
	return n, ok
}

// Category reports whether actor number a is an actor of kind category.
func (ix *Index) Category(a int32) bool { return ix.category[a] }

func kindIndex(k alliances.Kind) int {
	return slices.IndexFunc(alliances.Kinds, func(ki alliances.KindInfo) bool { return ki.Kind == k })
}

// reliabilityRank maps A..F to 1..6; anything else to 6.
func reliabilityRank(r string) uint8 {
	if i := slices.Index(alliances.Reliabilities, r); i >= 0 {
		return uint8(i + 1)
	}
	return 6
}
