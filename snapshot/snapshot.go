package snapshot

import (
	"context"
	"math/rand/v2"
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/graph"
)

// Filter chooses the ties of a snapshot. Zero fields do not filter, except Statuses (see
// the package documentation).
type Filter struct {
	At             *edtf.Range // ties active on some day of this range (a day or a window); nil: any time
	Fuzzy          bool        // use the fuzzy ("possibly active") ranges instead of the strict ones
	Kinds          []alliances.Kind
	Signs          []alliances.Sign
	Statuses       []alliances.Status // nil: every status but denied and retracted
	MinCredibility alliances.Credibility
	MinReliability string // "A".."F": ties with an asserting source at least this reliable
	Fold           bool   // fold factions and elements into their parents

	// AllActors numbers the nodes as the index numbers its actors, keeping the actors
	// without ties as isolated nodes, so that snapshots at different dates share their
	// nodes (as series over time need).
	AllActors bool

	// Draw, when set, makes the snapshot one random world of the uncertain dates (see
	// Draw). Fuzzy is then ignored.
	Draw *Draw
}

// Draw is one random world of the uncertain dates: each tie's start is drawn uniformly
// between the first day of its fuzzy range and the first of its strict range, and its
// end between the last day of its strict range and the last of its fuzzy range, from a
// generator seeded by Seed and the tie's number. A tie is then active at a date when
// the date falls in its drawn range, the same range for every date: a series of
// snapshots with one Draw sees one world. Where the fuzzy range is unbounded (an
// unknown end) the margin is taken as ten years.
type Draw struct{ Seed uint64 }

// maxMargin bounds the margin of an unknown end in a Draw: ten years of days.
const maxMargin = 3652

// drawn returns the range of tie i in the world of d.
func (ix *Index) drawn(i int, d *Draw) dayRange {
	rng := rand.New(rand.NewPCG(d.Seed, uint64(i)))
	s, f := ix.strict[i], ix.fuzzy[i]
	before := min(int64(s.first)-int64(f.first), maxMargin)
	after := min(int64(f.last)-int64(s.last), maxMargin)
	r := s
	if before > 0 && s.first > -(1<<31-1) {
		r.first = s.first - int32(rng.Int64N(before+1))
	}
	if after > 0 && s.last < 1<<31-1 {
		r.last = s.last + int32(rng.Int64N(after+1))
	}
	return r
}

// Snapshot is the set of ties a filter selects, as edges between nodes. Node v stands
// for actor Actors[v] of the index; edge e for tie Ties[EdgeTie[e]].
type Snapshot struct {
	Index  *Index
	Filter Filter
	Nodes  []int32 // node -> actor number in the index
	Edges  []graph.Edge
	Tie    []int32 // edge -> tie number in the index
	node   []int32 // actor number -> node, -1 when absent
	root   func(int32) int32
}

// Snapshot selects the ties that pass f. It checks ctx once at the start: a snapshot is
// one pass over the columns.
func (ix *Index) Snapshot(ctx context.Context, f Filter) (*Snapshot, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pass := ix.passer(f)
	root := ix.folding(f, pass)
	s := &Snapshot{Index: ix, Filter: f, node: make([]int32, len(ix.Actors)), root: root}
	for i := range s.node {
		s.node[i] = -1
	}
	if f.AllActors {
		for i := range s.node {
			if root(int32(i)) == int32(i) { // a folded actor is its parent's node
				s.nodeOf(int32(i))
			}
		}
	}
	for i := range ix.subj {
		if !pass(i) {
			continue
		}
		u, v := root(ix.subj[i]), root(ix.obj[i])
		if u == v {
			continue
		}
		s.Edges = append(s.Edges, graph.Edge{From: s.nodeOf(u), To: s.nodeOf(v), W: float64(ix.weight[i]), S: int8(alliances.Kinds[ix.kind[i]].Sign)})
		s.Tie = append(s.Tie, int32(i))
	}
	return s, nil
}

func (s *Snapshot) nodeOf(actor int32) int32 {
	if s.node[actor] < 0 {
		s.node[actor] = int32(len(s.Nodes))
		s.Nodes = append(s.Nodes, actor)
	}
	return s.node[actor]
}

// passer returns the test a tie must pass.
func (ix *Index) passer(f Filter) func(i int) bool {
	var at dayRange
	if f.At != nil {
		at = rangeOf(*f.At)
	}
	kinds := maskOf(len(alliances.Kinds), f.Kinds, kindIndex)
	statuses := allBut(len(alliances.Statuses), slices.Index(alliances.Statuses, alliances.Denied), slices.Index(alliances.Statuses, alliances.Retracted))
	if f.Statuses != nil { // an empty list lets nothing through
		statuses = make([]bool, len(alliances.Statuses))
		for _, s := range f.Statuses {
			if i := slices.Index(alliances.Statuses, s); i >= 0 {
				statuses[i] = true
			}
		}
	}
	minRel := uint8(6)
	if f.MinReliability != "" {
		minRel = reliabilityRank(f.MinReliability)
	}
	return func(i int) bool {
		switch {
		case f.At != nil && !ix.activeAt(i, at, f):
			return false
		case kinds != nil && !kinds[ix.kind[i]],
			int(ix.status[i]) >= len(statuses) || !statuses[ix.status[i]],
			len(f.Signs) > 0 && !slices.Contains(f.Signs, alliances.Kinds[ix.kind[i]].Sign),
			f.MinCredibility != 0 && ix.cred[i] > uint8(f.MinCredibility),
			ix.rel[i] > minRel:
			return false
		}
		return true
	}
}

// activeAt reports whether tie i is active at some day of at under f's reading of dates.
func (ix *Index) activeAt(i int, at dayRange, f Filter) bool {
	switch {
	case f.Draw != nil:
		return ix.drawn(i, f.Draw).overlaps(at)
	case ix.strict[i].overlaps(at):
		return true
	}
	return f.Fuzzy && ix.fuzzy[i].overlaps(at)
}

func maskOf[T any](n int, xs []T, index func(T) int) []bool {
	if len(xs) == 0 {
		return nil
	}
	m := make([]bool, n)
	for _, x := range xs {
		if i := index(x); i >= 0 {
			m[i] = true
		}
	}
	return m
}

func allBut(n int, out ...int) []bool {
	m := make([]bool, n)
	for i := range m {
		m[i] = !slices.Contains(out, i)
	}
	return m
}

// folding returns the map from an actor number to the actor it folds into: itself when
// f.Fold is off or the actor is no faction or element of another in the snapshot.
func (ix *Index) folding(f Filter, pass func(int) bool) func(int32) int32 {
	if !f.Fold || len(ix.members) == 0 {
		return func(a int32) int32 { return a }
	}
	parent := map[int32]int32{}
	mf := f
	mf.Kinds, mf.Signs = nil, nil // membership decides folding whatever kinds are analysed
	memberPass := ix.passer(mf)
	for _, i := range ix.members {
		if _, seen := parent[ix.subj[i]]; !seen && memberPass(int(i)) {
			parent[ix.subj[i]] = ix.obj[i]
		}
	}
	return func(a int32) int32 {
		for range len(parent) + 1 { // a chain is never longer than the map; guards loops
			p, ok := parent[a]
			if !ok {
				return a
			}
			a = p
		}
		return a
	}
}

// Actor returns the actor id of node v.
func (s *Snapshot) Actor(v int) string { return s.Index.Actors[s.Nodes[v]] }

// Node returns the node of an actor id, or -1 when the actor has no tie in the snapshot
// (or is folded into another).
func (s *Snapshot) Node(id string) int {
	a, ok := s.Index.actor[id]
	if !ok {
		return -1
	}
	return int(s.node[a])
}

// FoldedInto returns the actor that id is folded into in the snapshot (with
// Filter.Fold), and whether it is folded at all.
func (s *Snapshot) FoldedInto(id string) (string, bool) {
	a, ok := s.Index.actor[id]
	if !ok {
		return "", false
	}
	r := s.root(a)
	return s.Index.Actors[r], r != a
}

// N returns the number of nodes.
func (s *Snapshot) N() int { return len(s.Nodes) }

// TieOf returns the tie behind edge e.
func (s *Snapshot) TieOf(e int) *alliances.Tie { return &s.Index.Ties[s.Tie[e]] }
