package blocs

import (
	"context"
	"slices"
)

// exact finds a partition into at most k clusters of least P by branch and bound over
// the clusters of the nodes, taken in an order where each node is the one most tied to
// those before it. A node joins one of the clusters used so far or the next new one
// (so that no partition is met twice under renumbering). The bound of a partial
// partition is
//
//	P of the ties among placed nodes
//	+ the sum over unplaced nodes of their least cost given their ties to placed nodes
//	+ a packing of triangles with exactly one negative tie among unplaced nodes,
//
// three sums over disjoint sets of ties: such a triangle always pays α for its
// negative tie or 1 − α for a positive one, so triangles packed with each tie's cost
// as capacity add what they take (see pack).
//
// The search enumerates every optimal partition: it prunes only branches whose bound
// exceeds the best P, so that each partition of least P is met (once: the numbering of
// the clusters by first use makes the branches distinct partitions) and offered to opt.
type exact struct {
	ctx      context.Context
	t        *ties
	k        int
	alpha    float64
	order    []int32
	suffix   []float64
	cluster  []int32 // -1 while unplaced
	used     int32
	neg, pos []float64 // per unplaced node and cluster, from placed neighbours
	posPlace []float64 // per unplaced node: positive weight to placed neighbours
	cur      float64
	best     float64
	bestOf   []int32
	opt      *optima
	nodes    int64
	budget   int64
	aborted  bool
	err      error
}

// exactPartition returns an optimal partition of the nodes in order into at most k
// clusters, given an incumbent of criterion best, and whether the search finished
// within budget search nodes; when it did not, the best partition found is returned.
// Every optimal partition met is offered to opt (nil: none is kept).
func exactPartition(ctx context.Context, t *ties, order []int32, k int, alpha float64, incumbent []int32, best float64, budget int64, opt *optima) ([]int32, float64, bool, error) {
	if opt == nil {
		opt = newOptima(t, 1)
	}
	x := &exact{
		ctx: ctx, t: t, k: k, alpha: alpha, order: order, best: best, budget: budget, opt: opt,
		bestOf:   slices.Clone(incumbent),
		cluster:  make([]int32, t.n),
		neg:      make([]float64, t.n*k),
		pos:      make([]float64, t.n*k),
		posPlace: make([]float64, t.n),
	}
	for i := range x.cluster {
		x.cluster[i] = -1
	}
	x.suffix = suffixBounds(t, order, alpha)
	if x.suffix[0] <= best+tolerance(best) {
		x.search(0)
	}
	if x.err != nil {
		return nil, 0, false, x.err
	}
	return x.bestOf, t.criterion(x.bestOf, alpha), !x.aborted, nil
}

func tolerance(p float64) float64 { return 1e-9 * max(1, p) }

// costIn is what v's ties to placed nodes add when v joins cluster c (c == used: a
// new cluster).
func (x *exact) costIn(v, c int32) float64 {
	if c == x.used {
		return (1 - x.alpha) * x.posPlace[v]
	}
	i := int(v)*x.k + int(c)
	return x.alpha*x.neg[i] + (1-x.alpha)*(x.posPlace[v]-x.pos[i])
}

// bound is the bound of the current partial partition with order[depth:] unplaced.
func (x *exact) bound(depth int) float64 {
	b := x.cur + x.suffix[depth]
	top := min(x.used, int32(x.k-1))
	for _, u := range x.order[depth:] {
		least := x.costIn(u, 0)
		for c := int32(1); c <= top; c++ {
			least = min(least, x.costIn(u, c))
		}
		b += least
	}
	return b
}

func (x *exact) search(depth int) {
	if depth == len(x.order) {
		if x.cur < x.best-tolerance(x.best) {
			x.best = x.cur
			copy(x.bestOf, x.cluster)
		}
		x.opt.offer(x.cluster, x.cur)
		return
	}
	x.nodes++
	if x.nodes > x.budget {
		x.aborted = true
		return
	}
	if x.nodes%4096 == 0 && x.ctx.Err() != nil {
		x.err, x.aborted = x.ctx.Err(), true
		return
	}
	v := x.order[depth]
	var choices [64]int32
	cs := choices[:0]
	for c := range min(x.used, int32(x.k-1)) + 1 {
		cs = append(cs, c)
	}
	slices.SortStableFunc(cs, func(a, b int32) int {
		ca, cb := x.costIn(v, a), x.costIn(v, b)
		switch {
		case ca < cb:
			return -1
		case ca > cb:
			return 1
		}
		return 0
	})
	cur, used := x.cur, x.used
	for _, c := range cs {
		if cur+x.costIn(v, c) > x.best+tolerance(x.best) {
			continue
		}
		x.cur += x.costIn(v, c)
		x.cluster[v] = c
		x.used = max(used, c+1)
		x.charge(v, c, +1)
		if x.bound(depth+1) <= x.best+tolerance(x.best) {
			x.search(depth + 1)
		}
		x.charge(v, c, -1)
		x.cluster[v], x.cur, x.used = -1, cur, used
		if x.aborted {
			return
		}
	}
}

// charge adds (sign +1) or takes back (-1) the weight of v's ties, v being in cluster
// c, to its neighbours' accumulators.
func (x *exact) charge(v, c int32, sign float64) {
	t := x.t
	for j := t.off[v]; j < t.off[v+1]; j++ {
		u, i := t.adj[j], t.eid[j]
		if t.neg[i] {
			x.neg[int(u)*x.k+int(c)] += sign * t.w[i]
		} else {
			x.pos[int(u)*x.k+int(c)] += sign * t.w[i]
			x.posPlace[u] += sign * t.w[i]
		}
	}
}
