package blocs

import (
	"context"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// relocator runs Doreian and Mrvar's (1996) relocation heuristic for at most k
// clusters, with two additions that make each start count for more. A start builds a
// partition greedily (nodes in a random breadth-first order, each into the cluster
// where its ties to those placed before cost least), or takes a given one; it then
// moves single nodes to the cluster where they cost least until no move lowers P, and
// on small graphs (at most 64 nodes with ties) swaps pairs of nodes between clusters
// too, repeating both until neither helps (Doreian and Mrvar's local optimum). Then it
// perturbs, min(n, 1000) times: a random node and up to three of its positive ties in
// its cluster move together to another random cluster, the nodes around settle by
// single moves, and the change is kept unless P rose (iterated local search; Lourenço,
// Martin and Stützle 2003).
//
// Each node keeps the summed weight of its negative and positive ties into each
// cluster (n·k accumulators), so that the cost of a node in cluster c,
//
//	α · neg[v][c] + (1 − α) · (pos[v] − pos[v][c]),
//
// takes O(1), a move updates O(degree) accumulators, and settling after a move looks
// only at the nodes whose accumulators changed.
type relocator struct {
	t       *ties
	k       int
	alpha   float64
	cluster []int32
	// acc holds each node's accumulators side by side, stride 2k+1 (one cache line or
	// two, where three arrays took three): at v*(2k+1) the positive tie weight of v (to
	// placed nodes, while building), then its positive tie weight into each cluster, then
	// its negative tie weight into each cluster.
	acc     []float64
	stride  int
	nodes   []int32 // the nodes with ties, in increasing order
	order   []int32 // the same in a random order
	queue   []int32 // nodes to look at again
	queued  []bool
	log     []moved // moves since the last perturbation, to undo them
	gap     []float64
	swaps   bool
	group   int     // the most nodes a perturbation moves together
	rounds  int     // perturbations per start
	p       float64 // P of the current partition, kept up to date by the moves
	tol     float64
	opt     *optima // the distinct partitions of least P met
	plateau bool    // offer the partition after every perturbation, not only at the end of a start
	// hash is a Zobrist hash of the labelled partition, kept up to date by the moves,
	// and offered the hashes of the partitions already offered in this start: a
	// partition the walk comes back to is not offered twice.
	hash    uint64
	keys    []uint64 // keys[v*k+c]: the hash of v in cluster c
	offered map[uint64]bool
}

// plateauNodes bounds the graphs on which the search offers its partition after every
// perturbation: sideways moves walk the plateau of equally good partitions, which is
// where the other optima are, at the cost of a pass over the nodes for each partition
// of least P not met before.
const plateauNodes = 500

type moved struct{ v, from int32 }

func newRelocator(t *ties, k int, alpha float64, swaps bool) *relocator {
	r := &relocator{
		t: t, k: k, alpha: alpha, swaps: swaps,
		cluster: make([]int32, t.n),
		acc:     make([]float64, t.n*(2*k+1)),
		stride:  2*k + 1,
		queued:  make([]bool, t.n),
	}
	strength := make([]float64, t.n)
	for i := range t.u {
		strength[t.u[i]] += t.w[i]
		strength[t.v[i]] += t.w[i]
	}
	top, tied := 0.0, 0
	for v := range t.n {
		top = max(top, strength[v])
		if t.off[v+1] > t.off[v] {
			tied++
		}
	}
	r.nodes = make([]int32, 0, tied)
	for v := range int32(t.n) {
		if t.off[v+1] > t.off[v] {
			r.nodes = append(r.nodes, v)
		}
	}
	r.order = slices.Clone(r.nodes)
	r.tol = 1e-9 * top
	r.plateau = len(r.nodes) <= plateauNodes
	if r.plateau {
		rng := rand.New(rand.NewPCG(uint64(k), 0x7a6f6272697374))
		r.keys = make([]uint64, t.n*k)
		for i := range r.keys {
			r.keys[i] = rng.Uint64()
		}
		r.offered = map[uint64]bool{}
	}
	r.group = 4
	r.rounds = min(len(r.nodes), 1000)
	if swaps {
		r.gap = make([]float64, t.n)
	}
	return r
}

// costIn is what v's ties add to P when v is in cluster c.
func (r *relocator) costIn(v int32, c int32) float64 {
	a := r.acc[int(v)*r.stride:]
	return r.alpha*a[1+r.k+int(c)] + (1-r.alpha)*(a[0]-a[1+int(c)])
}

// slot is where the accumulator of a tie into cluster c lies in a node's accumulators.
func (r *relocator) slot(c int32, neg bool) int {
	if neg {
		return 1 + r.k + int(c)
	}
	return 1 + int(c)
}

// start builds a partition greedily from a random order (ties between clusters broken
// at random; an empty cluster costs v its positive ties to placed nodes).
func (r *relocator) start(rng *rand.Rand) {
	r.bfsOrder(rng)
	clear(r.acc)
	r.p = 0
	t := r.t
	for _, v := range r.order {
		best, bestCost, even := int32(0), r.costIn(v, 0), 1
		for c := int32(1); c < int32(r.k); c++ {
			cost := r.costIn(v, c)
			switch {
			case cost < bestCost-r.tol:
				best, bestCost, even = c, cost, 1
			case cost <= bestCost+r.tol:
				even++
				if rng.IntN(even) == 0 {
					best = c
				}
			}
		}
		r.cluster[v] = best
		r.p += bestCost
		for j := t.off[v]; j < t.off[v+1]; j++ {
			a, w := r.acc[int(t.adj[j])*r.stride:], t.arcW[j]
			a[r.slot(best, t.arcNeg[j])] += w
			if !t.arcNeg[j] {
				a[0] += w
			}
		}
	}
}

// load makes a copy of cluster the current partition.
func (r *relocator) load(cluster []int32) {
	copy(r.cluster, cluster)
	copy(r.order, r.nodes)
	clear(r.acc)
	t := r.t
	for _, v := range r.nodes {
		a := r.acc[int(v)*r.stride:]
		for j := t.off[v]; j < t.off[v+1]; j++ {
			a[r.slot(r.cluster[t.adj[j]], t.arcNeg[j])] += t.arcW[j]
			if !t.arcNeg[j] {
				a[0] += t.arcW[j]
			}
		}
	}
	r.p = t.criterion(r.cluster, r.alpha)
}

// bfsOrder sets order to a breadth-first order of the nodes with ties from a random
// root (each row scanned from a random offset; further components from random roots),
// so that a node tends to be placed right after its neighbours.
func (r *relocator) bfsOrder(rng *rand.Rand) {
	t := r.t
	r.order = r.order[:0]
	for _, v := range r.nodes {
		r.queued[v] = false
	}
	n := len(r.nodes)
	if n == 0 {
		return
	}
	first := rng.IntN(n)
	for x := range n {
		root := r.nodes[(first+x)%n]
		if r.queued[root] {
			continue
		}
		r.queued[root] = true
		r.order = append(r.order, root)
		for h := len(r.order) - 1; h < len(r.order); h++ {
			v := r.order[h]
			lo, d := t.off[v], t.off[v+1]-t.off[v]
			shift := rng.Int32N(d)
			for j := range d {
				if u := t.adj[lo+(j+shift)%d]; !r.queued[u] {
					r.queued[u] = true
					r.order = append(r.order, u)
				}
			}
		}
	}
	for _, v := range r.order {
		r.queued[v] = false
	}
}

// move puts v in cluster to, updates its neighbours' accumulators and P, and logs the
// move.
func (r *relocator) move(v, to int32) {
	t := r.t
	from := r.cluster[v]
	r.p += r.costIn(v, to) - r.costIn(v, from)
	if r.keys != nil {
		r.hash ^= r.keys[int(v)*r.k+int(from)] ^ r.keys[int(v)*r.k+int(to)]
	}
	for j := t.off[v]; j < t.off[v+1]; j++ {
		a, w, neg := r.acc[int(t.adj[j])*r.stride:], t.arcW[j], t.arcNeg[j]
		a[r.slot(from, neg)] -= w
		a[r.slot(to, neg)] += w
	}
	r.cluster[v] = to
	r.log = append(r.log, moved{v, from})
}

// push queues v to be looked at again.
func (r *relocator) push(v int32) {
	if !r.queued[v] {
		r.queued[v] = true
		r.queue = append(r.queue, v)
	}
}

// settle moves the queued nodes to their best clusters, queueing the neighbours of
// every node moved, until no queued node can lower P.
func (r *relocator) settle() {
	t := r.t
	for h := 0; h < len(r.queue); h++ {
		v := r.queue[h]
		r.queued[v] = false
		at := r.cluster[v]
		best, bestCost := at, r.costIn(v, at)-r.tol
		for c := range int32(r.k) {
			if cost := r.costIn(v, c); cost < bestCost {
				best, bestCost = c, cost
			}
		}
		if best == at {
			continue
		}
		r.move(v, best)
		for j := t.off[v]; j < t.off[v+1]; j++ {
			r.push(t.adj[j])
		}
	}
	r.queue = r.queue[:0]
}

// descend settles every node, then swaps on small graphs, until neither helps.
func (r *relocator) descend() {
	for {
		for _, v := range r.order {
			r.push(v)
		}
		r.settle()
		if !r.swaps || !r.swapPass() {
			return
		}
	}
}

// swapPass exchanges the clusters of pairs of nodes when that lowers P, O(n^2 + m);
// it reports whether any pair was swapped. A tie between the two stays between
// clusters, which the two single-move costs would count as coming inside: gap undoes
// that.
func (r *relocator) swapPass() bool {
	t := r.t
	swapped := false
	for x, u := range r.order {
		for j := t.off[u]; j < t.off[u+1]; j++ {
			within, between := t.cost(t.eid[j], r.alpha)
			r.gap[t.adj[j]] = within - between
		}
		for _, v := range r.order[x+1:] {
			a, b := r.cluster[u], r.cluster[v]
			if a == b {
				continue
			}
			delta := r.costIn(u, b) - r.costIn(u, a) + r.costIn(v, a) - r.costIn(v, b) - 2*r.gap[v]
			if delta < -r.tol {
				r.move(u, b)
				r.move(v, a)
				swapped = true
			}
		}
		for j := t.off[u]; j < t.off[u+1]; j++ {
			r.gap[t.adj[j]] = 0
		}
	}
	return swapped
}

// run makes one start: build (or load from, when not nil), descend, then perturb and
// settle, keeping every change that does not raise P.
func (r *relocator) run(rng *rand.Rand, from []int32) {
	if from != nil {
		r.load(from)
	} else {
		r.start(rng)
	}
	r.descend()
	r.rehash()
	r.offer()
	if r.k < 2 || len(r.nodes) == 0 {
		return
	}
	t := r.t
	for range r.rounds {
		r.log = r.log[:0]
		before := r.p
		v := r.nodes[rng.IntN(len(r.nodes))]
		from := r.cluster[v]
		to := (from + 1 + int32(rng.IntN(r.k-1))) % int32(r.k)
		r.move(v, to)
		lo, d := t.off[v], t.off[v+1]-t.off[v]
		shift := rng.Int32N(d)
		for j := int32(0); j < d && len(r.log) < r.group; j++ {
			i := lo + (j+shift)%d
			if u := t.adj[i]; r.cluster[u] == from && !t.arcNeg[i] {
				r.move(u, to)
			}
		}
		for _, m := range r.log {
			r.push(m.v)
			for j := t.off[m.v]; j < t.off[m.v+1]; j++ {
				r.push(t.adj[j])
			}
		}
		r.settle()
		if r.p > before+r.tol {
			for i := len(r.log) - 1; i >= 0; i-- {
				r.move(r.log[i].v, r.log[i].from)
			}
			r.p = before
		}
		if r.plateau {
			r.offer()
		}
	}
	r.offer()
}

// offer gives the current partition to the optima when it may be among them, once per
// partition a start meets, computing its P afresh (the running P drifts by rounding).
func (r *relocator) offer() {
	if r.opt == nil || r.p > r.opt.p+r.tol+tolerance(r.opt.p) {
		return
	}
	if r.offered != nil {
		if r.offered[r.hash] {
			return
		}
		r.offered[r.hash] = true
	}
	r.opt.offer(r.cluster, r.t.criterion(r.cluster, r.alpha))
}

// rehash computes the hash of the current partition afresh, and forgets the partitions
// offered: a new start.
func (r *relocator) rehash() {
	if r.keys == nil {
		return
	}
	r.hash = 0
	for _, v := range r.nodes {
		r.hash ^= r.keys[int(v)*r.k+int(r.cluster[v])]
	}
	clear(r.offered)
}

// searched is the outcome of a multi-start search.
type searched struct {
	cluster []int32
	p       float64
	starts  int     // starts made
	found   int     // how many reached p
	optima  *optima // the distinct partitions of least P met
}

// relocate runs the relocation heuristic from starts partitions into at most k
// clusters, spread over GOMAXPROCS workers: start 0 from the partition first when it
// is not nil, the others built from random orders. Start s draws from PCG(seed,
// k<<32 | s), so the result does not depend on the number of workers: the best P
// wins, ties to the lowest start.
func relocate(ctx context.Context, t *ties, k int, alpha float64, starts int, seed uint64, swaps bool, first []int32, maxOptima int) (searched, error) {
	ps := make([]float64, starts)
	workers := max(1, min(runtime.GOMAXPROCS(0), starts, 1+len(t.u)/100))
	best := make([]searched, workers)
	bestStart := make([]int, workers)
	opts := make([]*optima, workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := newRelocator(t, k, alpha, swaps)
			r.opt = newOptima(t, maxOptima)
			opts[w] = r.opt
			for {
				s := int(next.Add(1)) - 1
				if s >= starts || ctx.Err() != nil {
					return
				}
				var from []int32
				if s == 0 {
					from = first
				}
				r.run(rand.New(rand.NewPCG(seed, uint64(k)<<32|uint64(s))), from)
				ps[s] = r.p
				if b := &best[w]; b.cluster == nil || better(ps[s], s, b.p, bestStart[w]) {
					b.cluster, b.p, bestStart[w] = slices.Clone(r.cluster), ps[s], s
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return searched{}, err
	}
	var res searched
	at := 0
	for w := range workers {
		if best[w].cluster != nil && (res.cluster == nil || better(best[w].p, bestStart[w], res.p, at)) {
			res, at = best[w], bestStart[w]
		}
	}
	res.starts = starts
	for _, p := range ps {
		if same(p, res.p) {
			res.found++
		}
	}
	// The workers' optima merge in worker order; the sorted list does not depend on it,
	// but which optima are kept when there are more than maxOptima might: a search that
	// overflows says so, and does not claim to list them all.
	res.optima = newOptima(t, maxOptima)
	for _, o := range opts {
		res.optima.merge(o)
	}
	return res, nil
}

// better orders outcomes: lower P first (beyond rounding), then the earlier start.
func better(p float64, s int, q float64, r int) bool {
	if same(p, q) {
		return s < r
	}
	return p < q
}

// same says whether two values of P are equal up to rounding.
func same(p, q float64) bool {
	d := p - q
	return d <= 1e-9*max(1, q) && -d <= 1e-9*max(1, q)
}
