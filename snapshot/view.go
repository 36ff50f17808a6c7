package snapshot

import (
	"github.com/alliances-project/alliances/graph"
)

// View says how to lay a snapshot out as a graph.
type View struct {
	Directed bool // directed ties keep their direction, undirected ones go both ways; otherwise all are undirected
	Positive bool // only positive ties
	Signed   bool // keep signs (for balance and blocs)
	Weighted bool // keep weights (intensities, summed over parallel ties)
}

// Graph is a snapshot laid out as a graph, with the ties behind each arc.
type Graph struct {
	*graph.CSR
	Snapshot *Snapshot
	View     View
	arcOff   []int32 // the edges behind arc i are arcEdge[arcOff[i]:arcOff[i+1]]
	arcEdge  []int32
}

// Graph lays the snapshot out as a graph.
func (s *Snapshot) Graph(v View) *Graph {
	edges := make([]graph.Edge, 0, len(s.Edges))
	keep := make([]int32, 0, len(s.Edges))
	var directedArcs []graph.Edge // undirected ties in a directed view: both arcs
	for e, ed := range s.Edges {
		if v.Positive && ed.S <= 0 {
			continue
		}
		edges = append(edges, ed)
		keep = append(keep, int32(e))
		if v.Directed && !s.TieOf(e).Directed {
			directedArcs = append(directedArcs, graph.Edge{From: ed.To, To: ed.From, W: ed.W, S: ed.S})
		}
	}
	all := append(edges, directedArcs...)
	g := &Graph{Snapshot: s, View: v,
		CSR: graph.Build(s.N(), all, graph.Options{Directed: v.Directed, Weighted: v.Weighted, Signed: v.Signed})}
	g.mapArcs(edges, keep)
	return g
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
