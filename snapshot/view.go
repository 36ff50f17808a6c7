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
// that an alliance and a hostility of equal intensity cancel there as everywhere.
func (s *Snapshot) Graph(v View) *Graph {
	keep := make([]int32, 0, len(s.Edges))
	for e := range s.Edges {
		if v.Skip == nil || !v.Skip(e) {
			keep = append(keep, int32(e))
		}
	}
	if v.Positive {
		keep = s.positive(keep, v.Directed)
	}
	edges := make([]graph.Edge, len(keep))
	for i, e := range keep {
		edges[i] = s.Edges[e]
	}
	g := &Graph{Snapshot: s, View: v,
		CSR: graph.Build(s.N(), s.arcsOf(edges, keep, v.Directed), graph.Options{Directed: v.Directed, Weighted: v.Weighted, Signed: v.Signed})}
	g.mapArcs(edges, keep)
	return g
}

// arcsOf returns the arcs to build a view from: each edge, and in a directed view the
// reverse of each undirected tie too.
func (s *Snapshot) arcsOf(edges []graph.Edge, keep []int32, directed bool) []graph.Edge {
	arcs := append([]graph.Edge(nil), edges...)
	if directed {
		for i, ed := range edges {
			if !s.TieOf(int(keep[i])).Directed {
				arcs = append(arcs, graph.Edge{From: ed.To, To: ed.From, W: ed.W, S: ed.S})
			}
		}
	}
	return arcs
}

// positive keeps the edges whose arc has a positive net sign once all the edges merge.
func (s *Snapshot) positive(keep []int32, directed bool) []int32 {
	edges := make([]graph.Edge, len(keep))
	for i, e := range keep {
		edges[i] = s.Edges[e]
	}
	net := graph.Build(s.N(), s.arcsOf(edges, keep, directed), graph.Options{Directed: directed, Weighted: true, Signed: true})
	out := keep[:0:0]
	for i, ed := range edges {
		if a := net.Arc(int(ed.From), int(ed.To)); a >= 0 && net.S[a] > 0 {
			out = append(out, keep[i])
		}
	}
	return out
}

// mapArcs records, for every arc, the snapshot edges (and so the ties) behind it.
func (g *Graph) mapArcs(edges []graph.Edge, keep []int32) {
	count := make([]int32, g.Arcs()+1)
	arcsOf := func(k int, visit func(arc int)) {
		e := edges[k]
		directed := g.Snapshot.TieOf(int(keep[k])).Directed
		if e.From == e.To {
			return
		}
		if a := g.Arc(int(e.From), int(e.To)); a >= 0 {
			visit(a)
		}
		if !g.View.Directed || !directed {
			if a := g.Arc(int(e.To), int(e.From)); a >= 0 {
				visit(a)
			}
		}
	}
	for k := range edges {
		arcsOf(k, func(a int) { count[a+1]++ })
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	g.arcOff = count
	g.arcEdge = make([]int32, count[len(count)-1])
	fill := append([]int32(nil), count[:len(count)-1]...)
	for k := range edges {
		arcsOf(k, func(a int) { g.arcEdge[fill[a]] = keep[k]; fill[a]++ })
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
