package snapshot

import (
	"context"

	"github.com/alliances-project/alliances/edtf"
	"math/rand/v2"
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

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
// for actor Actors[v] of the index; edge e for tie Ties[EdgeTie[e]]. A mediation read
// in the process layer gives two edges, from the mediator to each party.
type Snapshot struct {
	Index  *Index
	Filter Filter
	Nodes  []int32      // node -> actor number in the index
	Edges  []graph.Edge // each with the tie's effective sign and weight (see Filter)
	Tie    []int32      // edge -> tie number in the index

	// Mediations are the mediation ties that pass the filter, whatever layers it reads,
	// with their actors folded: what brokerage counts for the mediators. A mediation
	// active on any day of a period counts (a mediation is often brief: a month in which
	// a cease-fire was brokered saw the brokering).
	Mediations []Mediation

	node  []int32 // actor number -> node, -1 when absent
	roots map[int32]int32
	parts map[int32]bool // folded actors whose ties count Filter.PartWeight
	fold  *folding
	// within are the negative ties between actors that fold into one organization:
	// not read, as ties of an organization with itself are none.
	within []int32

	graphs graphCache // the graphs of the views without Skip, made once
}

// Mediation is a recorded mediation in a snapshot: Mediator brought the two Parties
// together (actor numbers, after folding, the lower first: the order of a mediation's
// object and third carries no meaning).
type Mediation struct {
	Tie      int32
	Mediator int32
	Parties  [2]int32
}

// Snapshot selects the ties that pass f. It checks ctx once at the start: a snapshot is
// one pass over the columns.
func (ix *Index) Snapshot(ctx context.Context, f Filter) (*Snapshot, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pass := ix.passer(f)
	mediated := pass // a mediation in the period counts, however short
	if f.At != nil && f.Overlap == Majority {
		fa := f
		fa.Overlap = Any
		mediated = ix.passer(fa)
	}
	fl := ix.fold(f)
	s := &Snapshot{Index: ix, Filter: f, node: make([]int32, len(ix.Actors)), fold: fl, roots: fl.roots()}
	s.parts = fl.parts(ix, s.roots)
	for i := range s.node {
		s.node[i] = -1
	}
	if f.AllActors {
		for i := range s.node {
			if a := int32(i); s.root(a) == a && (f.Categories || !ix.category[a]) {
				s.nodeOf(a)
			}
		}
	}
	for i := range ix.subj {
		if ix.third[i] >= 0 {
			if !mediated(i) {
				continue
			}
			s.mediation(i) // and, read in the process layer, its edges: a mediation in the period counts
		} else if !pass(i) {
			continue
		}
		w, sign := ix.effective(i, &f)
		if w == 0 {
			continue
		}
		if ix.ungraded[i] && f.Ungraded > 0 {
			w *= f.Ungraded
		} else {
			w *= float64(ix.weight[i])
		}
		if f.WeighCredibility {
			w *= float64(7-int(ix.cred[i])) / 6
		}
		s.add(i, ix.subj[i], ix.obj[i], w, sign)
		if ix.third[i] >= 0 {
			s.add(i, ix.subj[i], ix.third[i], w, sign)
		}
	}
	return s, nil
}

// add adds an edge for tie i between actors a and b, unless they fold into one; a tie
// of a part folded into its organization weighs Filter.PartWeight of its own weight.
func (s *Snapshot) add(i int, a, b int32, w float64, sign int8) {
	u, v := s.root(a), s.root(b)
	if u == v {
		if a != b && sign < 0 {
			s.within = append(s.within, int32(i)) // a fight inside one organization
		}
		return
	}
	if pw := s.Filter.PartWeight; pw > 0 && (s.parts[a] || s.parts[b]) {
		w *= pw
	}
	s.Edges = append(s.Edges, graph.Edge{From: s.nodeOf(u), To: s.nodeOf(v), W: w, S: sign})
	s.Tie = append(s.Tie, int32(i))
}

// mediation records mediation tie i, unless its mediator folds into a party or its
// parties fold into one.
func (s *Snapshot) mediation(i int) {
	ix := s.Index
	m, a, b := s.root(ix.subj[i]), s.root(ix.obj[i]), s.root(ix.third[i])
	if m == a || m == b || a == b {
		return
	}
	s.Mediations = append(s.Mediations, Mediation{Tie: int32(i), Mediator: m, Parties: [2]int32{min(a, b), max(a, b)}})
}

func (s *Snapshot) root(a int32) int32 {
	if r, ok := s.roots[a]; ok {
		return r
	}
	return a
}

func (s *Snapshot) nodeOf(actor int32) int32 {
	if s.node[actor] < 0 {
		s.node[actor] = int32(len(s.Nodes))
		s.Nodes = append(s.Nodes, actor)
	}
	return s.node[actor]
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

// NodeOfActor returns the own node of actor number a, or -1 (no tie, or folded).
func (s *Snapshot) NodeOfActor(a int32) int { return int(s.node[a]) }

// StandsAt returns the node actor number a stands at: its own, or that of the
// organization it is folded into; -1 when neither is a node.
func (s *Snapshot) StandsAt(a int32) int { return int(s.node[s.root(a)]) }

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

// Fold is one actor folded into its organization in a snapshot.
type Fold struct {
	Actor  string   `json:"actor"`
	Into   string   `json:"into"`            // the top of its chain
	Via    string   `json:"via"`             // the membership tie to its parent
	Others []string `json:"other,omitempty"` // membership ties to other parents at the same time, not followed
}

// Apart lists the actors with several parents at once that nothing tells apart (the
// same role, begun the same day): they are folded into none. Each comes with the ids of
// its membership ties.
func (s *Snapshot) Apart() map[string][]string {
	out := map[string][]string{}
	for a, ts := range s.fold.apart {
		for _, t := range ts {
			out[s.Index.Actors[a]] = append(out[s.Index.Actors[a]], s.Index.id[t])
		}
	}
	return out
}

// Within lists the negative ties (fights, stands against) between actors folded into one
// organization, by tie id, each with that organization: not read.
func (s *Snapshot) Within() [][2]string {
	var out [][2]string
	for _, i := range s.within {
		out = append(out, [2]string{s.Index.id[i], s.Index.Actors[s.root(s.Index.subj[i])]})
	}
	return out
}

// Partial lists the actors a period read day by day leaves unfolded, their membership
// covering only part of it, each with the ids of those membership ties.
func (s *Snapshot) Partial() map[string][]string {
	out := map[string][]string{}
	for a, ts := range s.fold.partial {
		if _, folded := s.fold.parent[a]; folded {
			continue // folded into another organization whose membership covers the period
		}
		for _, t := range ts {
			out[s.Index.Actors[a]] = append(out[s.Index.Actors[a]], s.Index.id[t])
		}
	}
	return out
}

// Folds lists the actors folded in the snapshot, by actor id.
func (s *Snapshot) Folds() []Fold {
	ix := s.Index
	var out []Fold
	for a, r := range s.roots {
		f := Fold{Actor: ix.Actors[a], Into: ix.Actors[r], Via: ix.id[s.fold.via[a]]}
		for _, o := range s.fold.others[a] {
			f.Others = append(f.Others, ix.id[o])
		}
		out = append(out, f)
	}
	slices.SortFunc(out, func(x, y Fold) int {
		if x.Actor < y.Actor {
			return -1
		}
		return 1
	})
	return out
}

// LeftOut returns the ties the snapshot's date rule leaves out though they are active on
// some day of its period and pass its other tests: those that cover less than half of it
// under the majority rule; and, for each actor, the actor it stands for when every tie
// active on some day of the period is read (a part folded by a membership the rule left
// out stands for its organization). Nil for a day, or under Overlap Any. One pass over
// the record, no edges built.
func (s *Snapshot) LeftOut() (ties []int32, root func(int32) int32) {
	f := s.Filter
	if f.At == nil || f.At.First == f.At.Last || f.Overlap == Any {
		return nil, nil
	}
	fa := f
	fa.Overlap = Any
	anyDay, read := s.Index.passer(fa), s.Index.passer(f)
	for i := range s.Index.subj {
		// Mediations count on any day of the period (see Snapshot): never left out.
		if w, _ := s.Index.effective(i, &f); w > 0 && s.Index.third[i] < 0 && anyDay(i) && !read(i) {
			ties = append(ties, int32(i))
		}
	}
	roots := s.Index.fold(fa).roots()
	return ties, func(a int32) int32 {
		if r, ok := roots[a]; ok {
			return r
		}
		return a
	}
}

// ReadRange returns the days edge e's tie covers as the snapshot reads dates: its
// strict range, its fuzzy one (Filter.Fuzzy), or its range in the Draw.
func (s *Snapshot) ReadRange(e int) edtf.Range {
	return dayRangeOut(s.Index.rangeOf(int(s.Tie[e]), s.Filter))
}

// PossibleRange returns the days edge e's tie possibly covers: its fuzzy range, an
// unknown end bounded as the snapshots bound it (ten years, and the actors' known dates).
func (s *Snapshot) PossibleRange(e int) edtf.Range {
	return dayRangeOut(s.Index.fuzzy[s.Tie[e]])
}

func dayRangeOut(r dayRange) edtf.Range {
	return edtf.Range{First: edtf.Day(r.first), Last: edtf.Day(r.last)}
}

// N returns the number of nodes.
func (s *Snapshot) N() int { return len(s.Nodes) }

// TieOf returns the tie behind edge e, the full claim (see Index.Tie).
func (s *Snapshot) TieOf(e int) *alliances.Tie { return s.Index.Tie(int(s.Tie[e])) }
