package paths

import (
	"context"
	"math"
	"slices"

	"github.com/alliances-project/alliances/graph"
)

// dijkstra holds the arrays of one search, reused from run to run: only the nodes a run
// touches are reset.
type dijkstra struct {
	ctx     context.Context // checked every 4096 settled nodes
	g       *graph.CSR
	s       strength
	best    []label // best label found per node
	via     []int32 // arc by which each node was reached, -1 for the source
	pred    []int32 // node from which each node was reached
	done    []bool
	touched []int32
	heap    []label
	banned  []int32 // banned[v] == stamp: v is off limits in this run
	stamp   int32
	banArcs []int32 // arcs out of the source that this run may not take
}

func newDijkstra(ctx context.Context, g *graph.CSR, s strength) *dijkstra {
	n := g.N()
	d := &dijkstra{ctx: ctx, g: g, s: s, best: make([]label, n), via: make([]int32, n), pred: make([]int32, n), done: make([]bool, n), banned: make([]int32, n)}
	for v := range n {
		d.best[v] = label{cost: math.Inf(1), node: int32(v)}
	}
	return d
}

// run finds the cheapest chain from src to dst by (cost, steps) that avoids the nodes
// stamped stamp (none when stamp < 0) and, from src, the arcs in banArcs. ok is false when
// dst cannot be reached or the context is done.
func (d *dijkstra) run(src, dst int, stamp int32) (c candidate, ok bool) {
	defer d.reset()
	d.set(src, label{node: int32(src)}, -1, -1)
	for pops := 0; len(d.heap) > 0; pops++ {
		if pops%4096 == 4095 && d.ctx.Err() != nil {
			return candidate{}, false
		}
		u := d.pop()
		if d.done[u.node] || u != d.best[u.node] { // settled, or a stale entry
			continue
		}
		d.done[u.node] = true
		if int(u.node) == dst {
			return d.trace(src, dst), true
		}
		for i := d.g.Off[u.node]; i < d.g.Off[u.node+1]; i++ {
			v := d.g.Adj[i]
			if d.banned[v] == stamp || d.done[v] || (int(u.node) == src && slices.Contains(d.banArcs, i)) {
				continue
			}
			l := label{cost: u.cost + d.s.cost(i), steps: u.steps + 1, node: v}
			if !math.IsInf(l.cost, 1) && l.cmp(d.best[v]) < 0 {
				d.set(int(v), l, i, u.node)
			}
		}
	}
	return candidate{}, false
}

// set records a better label for v and queues it.
func (d *dijkstra) set(v int, l label, arc, pred int32) {
	if math.IsInf(d.best[v].cost, 1) && !d.done[v] {
		d.touched = append(d.touched, int32(v))
	}
	d.best[v], d.via[v], d.pred[v] = l, arc, pred
	d.push(l)
}

// trace walks the via arcs back from dst.
func (d *dijkstra) trace(src, dst int) candidate {
	c := candidate{cost: d.best[dst].cost}
	for v := dst; v != src; v = int(d.pred[v]) {
		c.arcs = append(c.arcs, d.via[v])
		c.nodes = append(c.nodes, int32(v))
	}
	c.nodes = append(c.nodes, int32(src))
	slices.Reverse(c.nodes)
	slices.Reverse(c.arcs)
	return c
}

// reset clears what the last run touched.
func (d *dijkstra) reset() {
	for _, v := range d.touched {
		d.best[v] = label{cost: math.Inf(1), node: v}
		d.done[v] = false
	}
	d.touched, d.heap = d.touched[:0], d.heap[:0]
}

// push and pop maintain a binary min-heap of labels.
func (d *dijkstra) push(l label) {
	h := append(d.heap, l)
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 2
		if h[i].cmp(h[p]) >= 0 {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
	d.heap = h
}

func (d *dijkstra) pop() label {
	h := d.heap
	top := h[0]
	h[0] = h[len(h)-1]
	h = h[:len(h)-1]
	for i := 0; ; {
		c := 2*i + 1
		if c >= len(h) {
			break
		}
		if c+1 < len(h) && h[c+1].cmp(h[c]) < 0 {
			c++
		}
		if h[i].cmp(h[c]) <= 0 {
			break
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
	d.heap = h
	return top
}
