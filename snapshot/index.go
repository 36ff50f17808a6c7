package snapshot

import (
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Index is the record's ties in columns. Tie i of the index is Ties[i].
type Index struct {
	Actors []string // actor number -> id, in the order first met
	Ties   []alliances.Tie

	actor   map[string]int32
	subj    []int32
	obj     []int32
	kind    []uint8 // position in alliances.Kinds
	strict  []dayRange
	fuzzy   []dayRange
	status  []uint8 // position in alliances.Statuses
	cred    []uint8 // best asserting credibility, 1..6
	rel     []uint8 // best reliability of an asserting source, 1 (A) .. 6 (F)
	weight  []float32
	members []int32 // ties of kind membership with role faction or element
}

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

// NewIndex builds the index of ties. Sources give the reliability of each citation's
// source; a source missing from them counts as F (cannot be judged). The index keeps
// the ties slice, without copying it.
func NewIndex(ties []alliances.Tie, sources []alliances.Source) *Index {
	rel := map[string]uint8{}
	for _, s := range sources {
		rel[s.ID] = reliabilityRank(s.Reliability)
	}
	n := len(ties)
	ix := &Index{Ties: ties, actor: map[string]int32{},
		subj: make([]int32, n), obj: make([]int32, n), kind: make([]uint8, n),
		strict: make([]dayRange, n), fuzzy: make([]dayRange, n), status: make([]uint8, n),
		cred: make([]uint8, n), rel: make([]uint8, n), weight: make([]float32, n)}
	for i := range ties {
		ix.add(i, &ties[i], rel)
	}
	return ix
}

func (ix *Index) add(i int, t *alliances.Tie, rel map[string]uint8) {
	ix.subj[i], ix.obj[i] = ix.number(t.Subject), ix.number(t.Object)
	ix.kind[i] = uint8(kindIndex(t.Kind))
	ix.strict[i], ix.fuzzy[i] = rangeOf(t.Valid.Strict()), rangeOf(t.Valid.Fuzzy())
	ix.status[i] = uint8(slices.Index(alliances.Statuses, t.Status))
	ix.cred[i] = uint8(alliances.BestCredibility(t.Citations))
	ix.rel[i] = 6
	for _, c := range t.Citations {
		if r, ok := rel[c.Source]; ok && c.Stance != alliances.Denies && r < ix.rel[i] {
			ix.rel[i] = r
		}
	}
	ix.weight[i] = 3
	if t.Intensity > 0 {
		ix.weight[i] = float32(t.Intensity)
	}
	if t.Kind == alliances.Membership && (t.Role == alliances.Faction || t.Role == alliances.Element) {
		ix.members = append(ix.members, int32(i))
	}
}

// number returns the actor number of id, adding it when new.
func (ix *Index) number(id string) int32 {
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
