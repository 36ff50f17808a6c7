package snapshot

import (
	"github.com/alliances-project/alliances/graph"
)

// View says how to lay a snapshot out as a graph.
type View struct {
	Directed bool // directed ties keep their direction, undirected ones go both ways; otherwise all are undirected
	Positive bool // only the pairs (arcs, when directed) whose net sign is positive
	Signed   bool // keep signs (for balance and blocs)
	Weighted bool // keep weights (intensities, summed over parallel ties)

	// Skip, when set, leaves out the snapshot edges it accepts (what-if runs): the graph
	// keeps the snapshot's nodes.
	Skip func(edge int) bool
}

// Graph is a snapshot laid out as a graph, with the ties behind each arc.
type Graph struct {
	*graph.CSR
	Snapshot *Snapshot
	View     View
	arcOff   []int32 // the edges behind arc i are arcEdge[arcOff[i]:arcOff[i+1]]
	arcEdge  []int32
}

// Graph lays the snapshot out as a graph. Parallel ties between two actors merge into
// one arc whose weight is the sum of their weights and whose sign is that of the sum of
// sign times weight; a positive view keeps the arcs whose merged sign is positive, so
// that an alliance and a hostility of equal intensity cancel there as everywhere. In a
// directed view an undirected tie stands behind both arcs of its pair, each kept or not
// on its own net sign.
func (s *Snapshot) Graph(v View) *Graph {
	arcs, refs := s.arcs(v)
	if v.Positive {
		arcs, refs = positiveArcs(s.N(), arcs, refs, v.Directed)
	}
	g := &Graph{Snapshot: s, View: v,
		CSR: graph.Build(s.N(), arcs, graph.Options{Directed: v.Directed, Weighted: v.Weighted, Signed: v.Signed})}
	g.mapArcs(arcs, refs)
	return g
}

// arcs returns the arcs of the view, each with the snapshot edge behind it: an edge per
// tie, and in a directed view the reverse of each undirected tie too.
func (s *Snapshot) arcs(v View) ([]graph.Edge, []int32) {
	arcs := make([]graph.Edge, 0, len(s.Edges))
	refs := make([]int32, 0, len(s.Edges))
	for e, ed := range s.Edges {
		if v.Skip != nil && v.Skip(e) {
			continue
		}
		arcs, refs = append(arcs, ed), append(refs, int32(e))
		if v.Directed && !s.TieOf(e).Directed {
			arcs, refs = append(arcs, graph.Edge{From: ed.To, To: ed.From, W: ed.W, S: ed.S}), append(refs, int32(e))
		}
	}
	return arcs, refs
}

// positiveArcs keeps the arcs whose pair (or, when directed, whose direction) has a
// positive net sign once all the arcs merge.
func positiveArcs(n int, arcs []graph.Edge, refs []int32, directed bool) ([]graph.Edge, []int32) {
	net := graph.Build(n, arcs, graph.Options{Directed: directed, Weighted: true, Signed: true})
	var keptArcs []graph.Edge
	var keptRefs []int32
	for i, a := range arcs {
		if j := net.Arc(int(a.From), int(a.To)); j >= 0 && net.S[j] > 0 {
			keptArcs, keptRefs = append(keptArcs, a), append(keptRefs, refs[i])
		}
	}
	return keptArcs, keptRefs
}

// mapArcs records, for every arc of the graph, the snapshot edges (and so the ties)
// behind it; in an undirected graph an edge stands behind both of its arcs.
func (g *Graph) mapArcs(arcs []graph.Edge, refs []int32) {
	visit := func(i int, f func(arc int)) {
		a := arcs[i]
		if a.From == a.To {
			return
		}
		if j := g.Arc(int(a.From), int(a.To)); j >= 0 {
			f(j)
		}
		if !g.Directed {
			if j := g.Arc(int(a.To), int(a.From)); j >= 0 {
				f(j)
			}
		}
	}
	count := make([]int32, g.Arcs()+1)
	for i := range arcs {
		visit(i, func(j int) { count[j+1]++ })
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	g.arcOff = count
	g.arcEdge = make([]int32, count[len(count)-1])
	fill := append([]int32(nil), count[:len(count)-1]...)
	for i := range arcs {
		visit(i, func(j int) { g.arcEdge[fill[j]] = refs[i]; fill[j]++ })
	}
}

// ArcEdges returns the snapshot edges behind arc i (use Snapshot.TieOf for their ties).
func (g *Graph) ArcEdges(i int) []int32 { return g.arcEdge[g.arcOff[i]:g.arcOff[i+1]] }

// ArcTies returns the ids of the ties behind arc i.
func (g *Graph) ArcTies(i int) []string {
	var ids []string
	for _, e := range g.ArcEdges(i) {
		ids = append(ids, g.Snapshot.TieOf(int(e)).ID)
	}
	return ids
}
