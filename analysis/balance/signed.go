package balance

import (
	"math"

	"github.com/alliances-project/alliances/graph"
)

// edges is the list of ties of an undirected signed graph, each once, with the cost of
// leaving it frustrated, and a CSR of the edge ids at each node.
type edges struct {
	n      int
	u, v   []int32   // endpoints, u < v (in the numbering of this list)
	neg    []bool    // negative tie
	w      []float64 // cost of frustrating it: 1, or |W| when weighted
	arc    []int32   // the arc u→v in the original graph
	off    []int32   // len n+1
	adj    []int32   // neighbours
	eid    []int32   // the edge of each entry of adj
	degree []float64 // summed cost of the edges at each node
}

// tieEdges lists the ties of g (arcs of sign 0 left out).
func tieEdges(g *graph.CSR, weighted bool) *edges {
	e := &edges{n: g.N()}
	for u := range g.N() {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			v := g.Adj[i]
			if int(v) <= u || !tie(g, i) {
				continue
			}
			w := 1.0
			if weighted {
				w = math.Abs(g.Weight(int(i)))
			}
			e.add(int32(u), v, g.Sign(int(i)) < 0, w, i)
		}
	}
	e.index()
	return e
}

func (e *edges) add(u, v int32, neg bool, w float64, arc int32) {
	e.u = append(e.u, u)
	e.v = append(e.v, v)
	e.neg = append(e.neg, neg)
	e.w = append(e.w, w)
	e.arc = append(e.arc, arc)
}

// index builds the adjacency of the edge list.
func (e *edges) index() {
	e.off = make([]int32, e.n+1)
	e.degree = make([]float64, e.n)
	for i := range e.u {
		e.off[e.u[i]+1]++
		e.off[e.v[i]+1]++
		e.degree[e.u[i]] += e.w[i]
		e.degree[e.v[i]] += e.w[i]
	}
	for x := range e.n {
		e.off[x+1] += e.off[x]
	}
	e.adj = make([]int32, 2*len(e.u))
	e.eid = make([]int32, 2*len(e.u))
	fill := make([]int32, e.n)
	copy(fill, e.off[:e.n])
	put := func(x, y int32, id int) {
		e.adj[fill[x]], e.eid[fill[x]] = y, int32(id)
		fill[x]++
	}
	for i := range e.u {
		put(e.u[i], e.v[i], i)
		put(e.v[i], e.u[i], i)
	}
}

// frustrated reports whether edge i is frustrated by the sides: a negative tie inside a
// side, or a positive tie across.
func (e *edges) frustrated(i int, side []int8) bool {
	return e.neg[i] == (side[e.u[i]] == side[e.v[i]])
}

// cost returns the summed cost of the edges that side frustrates, in edge order.
func (e *edges) cost(side []int8) float64 {
	c := 0.0
	for i := range e.u {
		if e.frustrated(i, side) {
			c += e.w[i]
		}
	}
	return c
}

// sub returns the edges in ids as a graph of their own, with the nodes renumbered from
// 0 in order of first appearance, and the original number of each node. local must
// hold -1 for every node of e; it is left so.
func (e *edges) sub(ids []int32, local []int32) (*edges, []int32) {
	s := &edges{}
	var nodes []int32
	id := func(x int32) int32 {
		if local[x] < 0 {
			local[x] = int32(len(nodes))
			nodes = append(nodes, x)
		}
		return local[x]
	}
	for _, i := range ids {
		a, b := id(e.u[i]), id(e.v[i])
		s.add(min(a, b), max(a, b), e.neg[i], e.w[i], i) // arc holds the parent's edge id
	}
	for _, x := range nodes {
		local[x] = -1
	}
	s.n = len(nodes)
	s.index()
	return s, nodes
}
