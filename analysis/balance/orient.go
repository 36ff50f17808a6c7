package balance

import "github.com/alliances-project/alliances/graph"

// oriented holds each tie of an undirected graph once, as an arc from the endpoint of
// lower rank to the one of higher rank, ranks being by degree and then node number:
// every node then has O(sqrt(m)) out-arcs, which bounds triangle listing by O(m^1.5).
type oriented struct {
	off  []int32 // len n+1
	head []int32
	arc  []int32 // the index in g.Adj of the arc tail→head
}

// orient builds the degree orientation of g's ties (arcs of sign 0 left out).
func orient(g *graph.CSR) *oriented {
	n := g.N()
	deg := make([]int32, n)
	for u := range n {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			if tie(g, i) {
				deg[u]++
			}
		}
	}
	lower := func(u, v int32) bool { return deg[u] < deg[v] || deg[u] == deg[v] && u < v }
	o := &oriented{off: make([]int32, n+1)}
	for u := range n {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			if tie(g, i) && lower(int32(u), g.Adj[i]) {
				o.off[u+1]++
			}
		}
	}
	for u := range n {
		o.off[u+1] += o.off[u]
	}
	o.head = make([]int32, o.off[n])
	o.arc = make([]int32, o.off[n])
	k := 0
	for u := range n {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			if tie(g, i) && lower(int32(u), g.Adj[i]) {
				o.head[k], o.arc[k] = g.Adj[i], i
				k++
			}
		}
	}
	return o
}

// tie reports whether arc i is a tie: signed non-zero, or any arc of an unsigned graph.
func tie(g *graph.CSR, i int32) bool { return g.S == nil || g.S[i] != 0 }

// triangles calls f for every triangle whose lowest-ranked node is u, with the arcs
// u→v, v→w and u→w (indices into g.Adj). mark must hold n zeros; it is left so.
func (o *oriented) triangles(u int, mark []int32, f func(uv, vw, uw int32)) {
	lo, hi := o.off[u], o.off[u+1]
	for i := lo; i < hi; i++ {
		mark[o.head[i]] = o.arc[i] + 1
	}
	for i := lo; i < hi; i++ {
		v := o.head[i]
		for j := o.off[v]; j < o.off[v+1]; j++ {
			if m := mark[o.head[j]]; m != 0 {
				f(o.arc[i], o.arc[j], m-1)
			}
		}
	}
	for i := lo; i < hi; i++ {
		mark[o.head[i]] = 0
	}
}
