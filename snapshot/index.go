package snapshot

import (
	"runtime"
	"slices"
	"sync"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Index is the record's ties in columns. Tie i of the index is Ties[i].
type Index struct {
	Actors []string // actor number -> id, in the order first met
	Ties   []alliances.Tie

	actor    map[string]int32
	category []bool // per actor number: an actor of kind category
	subj     []int32
	obj      []int32
	third    []int32 // the other party of a mediation, -1 for every other tie
	kind     []uint8 // position in alliances.Kinds
	sign     []int8  // the sign in the alignment layer (alliances.SignOf)
	strict   []dayRange
	fuzzy    []dayRange
	status   []uint8 // position in alliances.Statuses
	cred     []uint8 // best asserting credibility, 1..6
	rel      []uint8 // best reliability of an asserting source, 1 (A) .. 6 (F)
	weight   []float32
	inferred []bool // basis inferred
	ungraded []bool // no intensity recorded: weighed DefaultIntensity, or Filter.Ungraded
	directed []bool
	members  []int32 // ties of kind membership, in the record's order
	span     edtf.Range

	multiOnce sync.Once
	multi     [][]int32 // the claims of one relationship, where there are several (see multiClaims)
}

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

// NewIndex builds the index of ties. Sources give the reliability of each citation's
// source; a source missing from them counts as F (cannot be judged). Actors give the
// actors' kinds: an actor of kind category is left out of snapshots unless asked for;
// an actor missing from them counts as a plain actor. The index keeps the ties slice,
// without copying it.
func NewIndex(ties []alliances.Tie, sources []alliances.Source, actors []alliances.Actor) *Index {
	rel := map[string]uint8{}
	for _, s := range sources {
		rel[s.ID] = reliabilityRank(s.Reliability)
	}
	n := len(ties)
	ix := &Index{Ties: ties, actor: make(map[string]int32, len(actors)), // sized for the actors given, to spare growing it
		subj: make([]int32, n), obj: make([]int32, n), third: make([]int32, n), kind: make([]uint8, n),
		sign: make([]int8, n), strict: make([]dayRange, n), fuzzy: make([]dayRange, n), status: make([]uint8, n),
		cred: make([]uint8, n), rel: make([]uint8, n), weight: make([]float32, n), inferred: make([]bool, n), ungraded: make([]bool, n), directed: make([]bool, n)}
	ix.number(ties, actors, ix.addAll(ties, actors, rel))
	ix.span = edtf.Range{First: edtf.MaxDay, Last: edtf.MinDay}
	for i := range ties {
		v := ties[i].Valid
		for _, p := range []edtf.Endpoint{v.Start(), v.End()} {
			if p.Kind == edtf.Closed {
				r := p.Date.Strict()
				ix.span.First, ix.span.Last = min(ix.span.First, r.First), max(ix.span.Last, r.Last)
			}
		}
	}
	ix.boundUnknownEnds(ties)
	ix.category = make([]bool, len(ix.Actors))
	for _, a := range actors {
		if a.Kind != alliances.Category {
			continue
		}
		if n, ok := ix.actor[a.ID]; ok {
			ix.category[n] = true
		}
	}
	return ix
}

// boundUnknownEnds narrows the possible reach of unknown ends by what the record knows of
// the actors: a tie held by a date, begun at an unknown one, possibly began no earlier
// than the first known date of either actor's ties (a front founded in February 2018
// joined no coalition in 2009); and a tie with an unknown end possibly lasted no later
// than the last known date of either actor's ties, unless one of them has a tie still
// going. Only ties with a known start (or end) date an actor.
func (ix *Index) boundUnknownEnds(ties []alliances.Tie) {
	const unseen = 1<<31 - 1
	first := make([]int32, len(ix.Actors))
	last := make([]int32, len(ix.Actors))
	for a := range first {
		first[a], last[a] = unseen, -unseen
	}
	for i := range ties {
		v := ties[i].Valid
		for _, a := range []int32{ix.subj[i], ix.obj[i]} {
			if v.Start().Kind == edtf.Closed {
				first[a] = min(first[a], ix.strict[i].first)
			}
			switch v.End().Kind {
			case edtf.Closed:
				last[a] = max(last[a], ix.strict[i].last)
			case edtf.Open:
				last[a] = unseen
			}
		}
	}
	// The later of the actors' first dates, the earlier of their last ones, among those
	// known (a last date of unseen: a tie still going, no bound).
	for i := range ties {
		a, b := ix.subj[i], ix.obj[i]
		if ties[i].Valid.Start().Kind == edtf.Unknown {
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
		if ties[i].Valid.End().Kind == edtf.Unknown && last[a] != unseen && last[b] != unseen {
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

// addAll fills the columns of every tie but the actor numbers, on every CPU, and
// returns the position in actors of each tie's subject, object and third party (-1 for
// none, or an actor not among them), for number.
func (ix *Index) addAll(ties []alliances.Tie, actors []alliances.Actor, rel map[string]uint8) []int32 {
	pos := make(map[string]int32, len(actors))
	for i := len(actors) - 1; i >= 0; i-- {
		pos[actors[i].ID] = int32(i) // the first of an id given twice
	}
	at := make([]int32, 3*len(ties))
	const chunk = 1 << 14
	next := make(chan int, (len(ties)+chunk-1)/chunk)
	for start := 0; start < len(ties); start += chunk {
		next <- start
	}
	close(next)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for start := range next {
				for i := start; i < min(start+chunk, len(ties)); i++ {
					ix.add(i, &ties[i], rel)
					at[3*i], at[3*i+1], at[3*i+2] = position(pos, ties[i].Subject), position(pos, ties[i].Object), -1
					if ties[i].Kind == alliances.Mediation && ties[i].Third != "" {
						at[3*i+2] = position(pos, ties[i].Third)
					}
				}
			}
		})
	}
	wg.Wait()
	return at
}

func position(pos map[string]int32, id string) int32 {
	if p, ok := pos[id]; ok {
		return p
	}
	return -1
}

// number numbers the actors of the ties in the order first met (subject, object, third
// party, tie by tie), and lists the membership ties. at gives the position of each
// tie's actors in actors (see addAll): an actor met again is found in a slice, not
// searched for in the map.
func (ix *Index) number(ties []alliances.Tie, actors []alliances.Actor, at []int32) {
	numbers := make([]int32, len(actors))
	for i := range numbers {
		numbers[i] = -1
	}
	numberOf := func(p int32, id string) int32 {
		if p < 0 {
			return ix.numberOf(id)
		}
		if numbers[p] < 0 {
			numbers[p] = ix.numberOf(id)
		}
		return numbers[p]
	}
	for i := range ties {
		t := &ties[i]
		ix.subj[i], ix.obj[i], ix.third[i] = numberOf(at[3*i], t.Subject), numberOf(at[3*i+1], t.Object), -1
		if t.Kind == alliances.Mediation && t.Third != "" {
			ix.third[i] = numberOf(at[3*i+2], t.Third)
		}
		if t.Kind == alliances.Membership {
			ix.members = append(ix.members, int32(i))
		}
	}
}

// add fills the columns of tie i but its actor numbers (see number).
func (ix *Index) add(i int, t *alliances.Tie, rel map[string]uint8) {
	ix.kind[i] = uint8(kindIndex(t.Kind))
	ix.sign[i] = int8(alliances.SignOf(t.Kind, t.Type))
	ix.strict[i], ix.fuzzy[i] = rangeOf(t.Valid.Strict()), rangeOf(t.Valid.Fuzzy())
	// An unknown end (not an open one) possibly reaches at most maxMargin days beyond
	// what is certain, as in a Draw: "2016/" is not "possibly still going".
	if t.Valid.Start().Kind == edtf.Unknown {
		ix.fuzzy[i].first = max(ix.fuzzy[i].first, ix.strict[i].first-maxMargin)
	}
	if t.Valid.End().Kind == edtf.Unknown {
		ix.fuzzy[i].last = min(ix.fuzzy[i].last, ix.strict[i].last+maxMargin)
	}
	ix.status[i] = uint8(slices.Index(alliances.Statuses, t.Status))
	ix.cred[i] = uint8(alliances.BestCredibility(t.Citations))
	ix.rel[i] = 6
	for _, c := range t.Citations {
		if r, ok := rel[c.Source]; ok && c.Stance != alliances.Denies && r < ix.rel[i] {
			ix.rel[i] = r
		}
	}
	ix.weight[i], ix.ungraded[i] = DefaultIntensity, t.Intensity == 0
	if t.Intensity > 0 {
		ix.weight[i] = float32(t.Intensity)
	}
	ix.inferred[i], ix.directed[i] = !t.IsStated(), t.Directed
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
