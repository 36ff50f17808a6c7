package centrality

import (
	"math"

	"github.com/alliances-project/alliances/graph"
)

// tieEpsilon is the relative tolerance under which two weighted path lengths are equal
// (igraph's IGRAPH_SHORTEST_PATH_EPSILON).
const tieEpsilon = 1e-10

// brandes holds one worker's buffers, allocated once and reused for every source.
type brandes struct {
	off, adj []int32
	length   []float64 // arc lengths; nil for breadth-first search

	hops  []int32   // BFS distance, -1 when not reached
	dist  []float64 // Dijkstra distance
	sigma []float64 // number of shortest paths from the source
	// coeff[w] = (1 + δ(w)) / σ(w), so that δ(v) = σ(v) Σ_{w successor of v} coeff[w]:
	// one division per node instead of one per arc.
	coeff []float64
	order []int32 // nodes in order of distance from the source
	heap  heap
	acc   []float64 // Σ_s δ_s(v)
}

func newBrandes(g *graph.CSR, length []float64) *brandes {
	n := g.N()
	b := &brandes{off: g.Off, adj: g.Adj, length: length,
		sigma: make([]float64, n), coeff: make([]float64, n),
		order: make([]int32, n), acc: make([]float64, n)}
	if length == nil {
		b.hops = make([]int32, n)
		for v := range b.hops {
			b.hops[v] = -1
		}
	} else {
		b.dist = make([]float64, n)
		b.heap = newHeap(n)
	}
	return b
}

// source adds source s's dependencies to acc, and returns the number of nodes reached,
// listed in order: only their values changed.
func (b *brandes) source(s int32) int {
	if b.length == nil {
		k := b.bfs(s)
		b.accumulateHops(k)
		for _, v := range b.order[:k] {
			b.hops[v], b.sigma[v] = -1, 0
		}
		return k
	}
	k := b.dijkstra(s)
	b.accumulateLengths(k)
	for _, v := range b.order[:k] {
		b.heap.pos[v] = unseen
	}
	return k
}

// bfs counts the shortest paths from s by breadth-first search, leaving the reached
// nodes in order[:k] by distance, and returns k. order doubles as the queue. sigma is 0
// on the nodes not yet reached, so that the count can be added without a branch: which
// of a node's neighbours are new, one hop farther or neither is unpredictable, and a
// mispredicted branch per arc cost a fifth of the time.
func (b *brandes) bfs(s int32) int {
	off, adj, hops, sigma, order := b.off, b.adj, b.hops, b.sigma, b.order
	hops[s], sigma[s], order[0] = 0, 1, s
	tail := 1
	for head := 0; head < tail; head++ {
		v := order[head]
		next, sv := hops[v]+1, math.Float64bits(sigma[v])
		for _, w := range adj[off[v]:off[v+1]] {
			h := hops[w]
			if h < 0 {
				hops[w], h = next, next
				order[tail] = w
				tail++
			}
			sigma[w] += math.Float64frombits(sv & mask(h == next)) // += σ(v) if h == next
		}
	}
	return tail
}

// accumulateHops walks order[:k] back from the farthest node. The successors of v on
// shortest paths are its out-neighbours one hop farther, all of them later in order.
func (b *brandes) accumulateHops(k int) {
	off, adj, hops, sigma, coeff, acc := b.off, b.adj, b.hops, b.sigma, b.coeff, b.acc
	for i := k - 1; i > 0; i-- {
		v := b.order[i]
		next, sum := hops[v]+1, 0.0
		for _, w := range adj[off[v]:off[v+1]] {
			sum += math.Float64frombits(math.Float64bits(coeff[w]) & mask(hops[w] == next))
		}
		acc[v] += sigma[v] * sum
		coeff[v] = 1/sigma[v] + sum
	}
}

// mask returns all ones when c holds and 0 otherwise, without a branch (SETcc, NEG).
func mask(c bool) uint64 {
	var i uint64
	if c {
		i = 1
	}
	return -i
}

// dijkstra counts the shortest paths from s by Dijkstra's algorithm, leaving the
// settled nodes in order[:k] by distance, and returns k.
func (b *brandes) dijkstra(s int32) int {
	off, adj, length, dist, sigma, h := b.off, b.adj, b.length, b.dist, b.sigma, &b.heap
	dist[s], sigma[s] = 0, 1
	h.push(s, dist)
	k := 0
	for len(h.items) > 0 {
		v := h.pop(dist)
		b.order[k] = v
		k++
		dv, sv := dist[v], sigma[v]
		for i := off[v]; i < off[v+1]; i++ {
			w, alt := adj[i], dv+length[i]
			switch p := h.pos[w]; {
			case p == settled || math.IsInf(alt, 1):
			case p == unseen:
				dist[w], sigma[w] = alt, sv
				h.push(w, dist)
			case sameLength(alt, dist[w]):
				sigma[w] += sv
			case alt < dist[w]:
				dist[w], sigma[w] = alt, sv
				h.up(int(p), dist)
			}
		}
	}
	return k
}

// accumulateLengths is accumulateHops for weighted lengths: the successors of v are
// the out-neighbours w with dist(v) + length(v, w) = dist(w).
func (b *brandes) accumulateLengths(k int) {
	off, adj, length, dist, sigma, coeff, acc := b.off, b.adj, b.length, b.dist, b.sigma, b.coeff, b.acc
	pos := b.heap.pos
	for i := k - 1; i > 0; i-- {
		v := b.order[i]
		dv, sum := dist[v], 0.0
		for j := off[v]; j < off[v+1]; j++ {
			w := adj[j]
			if pos[w] == settled && sameLength(dv+length[j], dist[w]) && dist[w] > dv {
				sum += coeff[w]
			}
		}
		acc[v] += sigma[v] * sum
		coeff[v] = 1/sigma[v] + sum
	}
}

// sameLength reports whether two path lengths are equal up to tieEpsilon.
func sameLength(a, b float64) bool {
	return a == b || math.Abs(a-b) <= tieEpsilon*(a+b)
}

// Heap positions that are not positions.
const (
	unseen  = -1
	settled = -2
)

// heap is a binary min-heap of nodes keyed by their distance, with each node's
// position so that a key can decrease in place.
type heap struct {
	items []int32
	pos   []int32 // index in items, unseen or settled
}

func newHeap(n int) heap {
	h := heap{items: make([]int32, 0, n), pos: make([]int32, n)}
	for v := range h.pos {
		h.pos[v] = unseen
	}
	return h
}

func (h *heap) push(v int32, key []float64) {
	h.items = append(h.items, v)
	h.pos[v] = int32(len(h.items) - 1)
	h.up(len(h.items)-1, key)
}

// pop removes and returns the node of least key, marking it settled.
func (h *heap) pop(key []float64) int32 {
	top, last := h.items[0], h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	h.pos[top] = settled
	if len(h.items) > 0 {
		h.items[0], h.pos[last] = last, 0
		h.down(0, key)
	}
	return top
}

func (h *heap) up(i int, key []float64) {
	v := h.items[i]
	for i > 0 {
		p := (i - 1) / 2
		u := h.items[p]
		if key[u] <= key[v] {
			break
		}
		h.items[i], h.pos[u] = u, int32(i)
		i = p
	}
	h.items[i], h.pos[v] = v, int32(i)
}

func (h *heap) down(i int, key []float64) {
	v, n := h.items[i], len(h.items)
	for {
		c := 2*i + 1
		if c >= n {
			break
		}
		if c+1 < n && key[h.items[c+1]] < key[h.items[c]] {
			c++
		}
		u := h.items[c]
		if key[v] <= key[u] {
			break
		}
		h.items[i], h.pos[u] = u, int32(i)
		i = c
	}
	h.items[i], h.pos[v] = v, int32(i)
}
