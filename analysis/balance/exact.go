package balance

import (
	"context"
	"slices"
)

// bnb finds the sides of least cost of one block by branch and bound over the nodes'
// sides, in an order where each node is the one most tied to those before it (so that
// costs show early). The bound of a partial assignment is
//
//	cost of the edges among assigned nodes
//	+ the sum over unassigned nodes of min(cost on side 0, cost on side 1) counting
//	  only their edges to assigned nodes
//	+ a packing of unbalanced triangles among the unassigned nodes (see packer),
//
// three sums over disjoint sets of edges. The first node's side is fixed (swapping the
// sides costs nothing), and the incumbent comes from local search.
type bnb struct {
	ctx       context.Context
	e         *edges
	order     []int32
	suffix    []float64 // suffix[k]: triangle packing among order[k:]
	side      []int8    // -1 while unassigned
	c         [2][]float64
	cur, sum  float64 // cost among assigned; sum of min(c0, c1) over unassigned
	best      float64
	bestSide  []int8
	undo      []saved
	nodes     int64
	budget    int64
	tol       float64
	aborted   bool
	cancelled error
}

// saved is a neighbour's costs before an assignment changed them.
type saved struct {
	v      int32
	c0, c1 float64
}

// exactSides returns the optimal sides of e, given incumbent sides of cost best, and
// whether the search finished within budget search nodes. When it did not, the sides
// returned are the best found (no worse than the incumbent).
func exactSides(ctx context.Context, e *edges, incumbent []int8, best float64, budget int64) ([]int8, float64, bool, error) {
	b := &bnb{ctx: ctx, e: e, best: best, bestSide: slices.Clone(incumbent), budget: budget}
	b.tol = 1e-9 * max(1, best)
	b.order = connectivityOrder(e)
	b.suffix = suffixBounds(e, b.order)
	b.side = make([]int8, e.n)
	for i := range b.side {
		b.side[i] = -1
	}
	b.c = [2][]float64{make([]float64, e.n), make([]float64, e.n)}
	if b.suffix[0] < best-b.tol {
		b.search(0)
	}
	if b.cancelled != nil {
		return nil, 0, false, b.cancelled
	}
	return b.bestSide, e.cost(b.bestSide), !b.aborted, nil
}

// search assigns order[k] and the nodes after it.
func (b *bnb) search(k int) {
	if k == len(b.order) {
		if b.cur < b.best-b.tol {
			b.best = b.cur
			copy(b.bestSide, b.side)
		}
		return
	}
	b.nodes++
	if b.nodes > b.budget {
		b.aborted = true
		return
	}
	if b.nodes%4096 == 0 && b.ctx.Err() != nil {
		b.cancelled, b.aborted = b.ctx.Err(), true
		return
	}
	v := b.order[k]
	first := int8(0)
	if b.c[1][v] < b.c[0][v] {
		first = 1
	}
	for t := range int8(2) {
		s := first ^ t
		if k == 0 && s != 0 {
			continue
		}
		here := b.c[s][v]
		// The bound can only grow when v's neighbours are updated: check it first.
		if b.cur+here+b.sum-min(b.c[0][v], b.c[1][v])+b.suffix[k+1] >= b.best-b.tol {
			continue
		}
		mark := len(b.undo)
		oldCur, oldSum := b.cur, b.sum
		b.assign(v, s)
		if b.cur+b.sum+b.suffix[k+1] < b.best-b.tol {
			b.search(k + 1)
		}
		b.unassign(v, mark, oldCur, oldSum)
		if b.aborted {
			return
		}
	}
}

// assign puts v on side s and charges its edges to its unassigned neighbours' costs.
func (b *bnb) assign(v int32, s int8) {
	e := b.e
	b.cur += b.c[s][v]
	b.sum -= min(b.c[0][v], b.c[1][v])
	b.side[v] = s
	for i := e.off[v]; i < e.off[v+1]; i++ {
		u, id := e.adj[i], e.eid[i]
		if b.side[u] >= 0 {
			continue
		}
		b.undo = append(b.undo, saved{u, b.c[0][u], b.c[1][u]})
		before := min(b.c[0][u], b.c[1][u])
		t := 1 - s // the side of u that frustrates a positive edge
		if e.neg[id] {
			t = s
		}
		b.c[t][u] += e.w[id]
		b.sum += min(b.c[0][u], b.c[1][u]) - before
	}
}

func (b *bnb) unassign(v int32, mark int, cur, sum float64) {
	for i := len(b.undo) - 1; i >= mark; i-- {
		s := b.undo[i]
		b.c[0][s.v], b.c[1][s.v] = s.c0, s.c1
	}
	b.undo = b.undo[:mark]
	b.side[v] = -1
	b.cur, b.sum = cur, sum
}

// connectivityOrder orders the nodes: first the one of largest degree, then always the
// node with the most (costliest) edges to those already ordered, ties to the larger
// degree, then to the lower number. O(n^2 + m), for small blocks.
func connectivityOrder(e *edges) []int32 {
	tied := make([]float64, e.n)
	done := make([]bool, e.n)
	order := make([]int32, 0, e.n)
	for range e.n {
		pick := int32(-1)
		for v := range int32(e.n) {
			if done[v] {
				continue
			}
			if pick < 0 || tied[v] > tied[pick] || tied[v] == tied[pick] && e.degree[v] > e.degree[pick] {
				pick = v
			}
		}
		done[pick] = true
		order = append(order, pick)
		for i := e.off[pick]; i < e.off[pick+1]; i++ {
			tied[e.adj[i]] += e.w[e.eid[i]]
		}
	}
	return order
}

// suffixBounds returns, for each k, a lower bound of the cost of the edges among the
// nodes order[k:]: a packing of unbalanced triangles, then cycles, among them. It packs
// afresh at most 16 suffixes, evenly spaced; the others take the bound of the next
// shorter suffix packed (a packing among fewer nodes is one among more).
func suffixBounds(e *edges, order []int32) []float64 {
	n := len(order)
	suffix := make([]float64, n+1)
	step := max(1, n/16)
	for k := n - 1; k >= 0; k-- {
		suffix[k] = suffix[k+1]
		if k%step != 0 {
			continue
		}
		p := newPacker(e)
		packed := 0.0
		for _, x := range order[k:] {
			packed += p.add(x)
		}
		packed += cycleBound(e, p.r, p.in, 64)
		suffix[k] = max(suffix[k], packed)
	}
	return suffix
}
