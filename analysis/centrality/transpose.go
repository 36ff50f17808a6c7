package centrality

import "github.com/alliances-project/alliances/graph"

// inArcs returns the arcs entering each node of g, as rows: the tails of the arcs
// entering v are adj[off[v]:off[v+1]], in increasing order, with their weights in w (nil
// when g is unweighted or weights are ignored). An undirected graph is its own
// transpose. It is graph.CSR.Transpose without the edge list in between, a few times
// faster, which matters to PageRank, where transposing cost more than iterating.
func inArcs(g *graph.CSR, weighted bool) (off, adj []int32, w []float64) {
	weighted = weighted && g.W != nil
	if !g.Directed {
		if weighted {
			w = g.W
		}
		return g.Off, g.Adj, w
	}
	n := g.N()
	off = make([]int32, n+1)
	for _, v := range g.Adj {
		off[v+1]++
	}
	for v := range n {
		off[v+1] += off[v]
	}
	next := make([]int32, n) // next free slot of each row
	copy(next, off[:n])
	adj = make([]int32, len(g.Adj))
	if weighted {
		w = make([]float64, len(g.Adj))
	}
	for u := range n {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			v := g.Adj[i]
			adj[next[v]] = int32(u)
			if weighted {
				w[next[v]] = g.W[i]
			}
			next[v]++
		}
	}
	return off, adj, w
}
