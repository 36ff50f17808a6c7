package balance

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// TriangleCensus counts the triangles of a signed graph by their signs.
type TriangleCensus struct {
	PPP, PPN, PNN, NNN int64 // +++, ++-, +-- and --- triangles
	Triangles          int64 // their sum
	// Balanced is the share of balanced triangles, (+++ plus +--) over all
	// (Cartwright and Harary 1956); WeakBalanced also counts --- as balanced (Davis
	// 1967). Both are 0 when there is no triangle.
	Balanced, WeakBalanced float64
}

// Triangle is a triangle of a signed graph: its nodes in increasing order a < b < c,
// and the indices in Adj of its arcs a→b, a→c and b→c.
type Triangle struct {
	Nodes [3]int32
	Arcs  [3]int32
}

// Negatives returns how many of the triangle's edges are negative in g.
func (t Triangle) Negatives(g *graph.CSR) int {
	k := 0
	for _, a := range t.Arcs {
		if g.Sign(int(a)) < 0 {
			k++
		}
	}
	return k
}

// Census counts the triangles of the undirected signed graph g by their signs: +++,
// ++-, +-- and --- (Heider 1946; Cartwright and Harary 1956), and the shares that are
// balanced (an even number of negative edges) and weakly balanced (Davis 1967: any
// triangle but ++-). Arcs of sign 0 are no ties.
//
// Triangles are listed once each by orienting every edge from the endpoint of lower
// degree to the one of higher degree (ties by node number) and intersecting out-rows
// (Chiba and Nishizeki 1985; Schank and Wagner 2005): O(m^1.5) time, O(n + m) memory.
// Large graphs are split among GOMAXPROCS workers; the counts are integers, so the
// result does not depend on the number of workers.
func Census(ctx context.Context, g *graph.CSR) (TriangleCensus, error) {
	if err := check(g, "balance.Census"); err != nil {
		return TriangleCensus{}, err
	}
	o := orient(g)
	workers := runtime.GOMAXPROCS(0)
	if len(g.Adj) < 1<<15 {
		workers = 1
	}
	counts := make([][4]int64, workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	var failed atomic.Bool
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !countChunks(ctx, g, o, &next, &counts[w]) {
				failed.Store(true)
			}
		}()
	}
	wg.Wait()
	if failed.Load() {
		return TriangleCensus{}, ctx.Err()
	}
	var c [4]int64
	for _, wc := range counts {
		for i := range c {
			c[i] += wc[i]
		}
	}
	return newCensus(c), nil
}

// countChunks takes blocks of tail nodes from next until none is left and adds the
// triangles they close to c, by number of negative edges. It returns false when ctx
// was cancelled.
func countChunks(ctx context.Context, g *graph.CSR, o *oriented, next *atomic.Int64, c *[4]int64) bool {
	const chunk = 256
	mark := make([]int32, g.N())
	for {
		lo := int(next.Add(chunk)) - chunk
		if lo >= g.N() {
			return true
		}
		if ctx.Err() != nil {
			return false
		}
		for u := lo; u < min(lo+chunk, g.N()); u++ {
			o.triangles(u, mark, func(a1, a2, a3 int32) {
				c[neg(g, a1)+neg(g, a2)+neg(g, a3)]++
			})
		}
	}
}

func neg(g *graph.CSR, arc int32) int {
	if g.S != nil && g.S[arc] < 0 {
		return 1
	}
	return 0
}

func newCensus(c [4]int64) TriangleCensus {
	t := TriangleCensus{PPP: c[0], PPN: c[1], PNN: c[2], NNN: c[3]}
	t.Triangles = c[0] + c[1] + c[2] + c[3]
	if t.Triangles > 0 {
		t.Balanced = float64(c[0]+c[2]) / float64(t.Triangles)
		t.WeakBalanced = float64(c[0]+c[2]+c[3]) / float64(t.Triangles)
	}
	return t
}

// Unbalanced returns the unbalanced triangles of g (an odd number of negative edges:
// ++- and ---), in increasing order of their nodes (a, then b, then c), at most limit
// of them (all when limit <= 0). Memory is O(n + m + limit).
func Unbalanced(ctx context.Context, g *graph.CSR, limit int) ([]Triangle, error) {
	if err := check(g, "balance.Unbalanced"); err != nil {
		return nil, err
	}
	o := orient(g)
	mark := make([]int32, g.N())
	h := &triangleHeap{limit: limit}
	for u := range g.N() {
		if u%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		o.triangles(u, mark, func(a1, a2, a3 int32) {
			if (neg(g, a1)+neg(g, a2)+neg(g, a3))%2 == 1 {
				h.add(canonical(g, int32(u), a1, a2, a3))
			}
		})
	}
	slices.SortFunc(h.t, compareTriangles)
	return h.t, nil
}

// canonical names the triangle closed at tail u by arcs u→v (a1), v→w (a2) and u→w
// (a3) with its nodes in increasing order and its arcs leaving the lower node.
func canonical(g *graph.CSR, u, a1, a2, a3 int32) Triangle {
	v, w := g.Adj[a1], g.Adj[a3]
	type end struct{ node, arc int32 }
	e := [3]end{{u, -1}, {v, -1}, {w, -1}}
	slices.SortFunc(e[:], func(x, y end) int { return cmp.Compare(x.node, y.node) })
	arc := func(x, y int32) int32 { return int32(g.Arc(int(x), int(y))) }
	return Triangle{
		Nodes: [3]int32{e[0].node, e[1].node, e[2].node},
		Arcs:  [3]int32{arc(e[0].node, e[1].node), arc(e[0].node, e[2].node), arc(e[1].node, e[2].node)},
	}
}

func compareTriangles(x, y Triangle) int {
	for i := range 3 {
		if c := cmp.Compare(x.Nodes[i], y.Nodes[i]); c != 0 {
			return c
		}
	}
	return 0
}

// triangleHeap keeps the limit smallest triangles seen, as a max-heap (all when limit
// <= 0, unordered).
type triangleHeap struct {
	t     []Triangle
	limit int
}

func (h *triangleHeap) add(t Triangle) {
	if h.limit <= 0 || len(h.t) < h.limit {
		h.t = append(h.t, t)
		if h.limit > 0 {
			h.up(len(h.t) - 1)
		}
		return
	}
	if compareTriangles(t, h.t[0]) >= 0 {
		return
	}
	h.t[0] = t
	h.down(0)
}

func (h *triangleHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if compareTriangles(h.t[i], h.t[p]) <= 0 {
			return
		}
		h.t[i], h.t[p] = h.t[p], h.t[i]
		i = p
	}
}

func (h *triangleHeap) down(i int) {
	for {
		l, big := 2*i+1, i
		if l < len(h.t) && compareTriangles(h.t[l], h.t[big]) > 0 {
			big = l
		}
		if r := l + 1; r < len(h.t) && compareTriangles(h.t[r], h.t[big]) > 0 {
			big = r
		}
		if big == i {
			return
		}
		h.t[i], h.t[big] = h.t[big], h.t[i]
		i = big
	}
}

// check rejects what the package cannot read: a nil or directed graph.
func check(g *graph.CSR, op string) error {
	if g == nil {
		return alliances.Errorf(alliances.Invalid, op, "no graph")
	}
	if g.Directed {
		return alliances.Errorf(alliances.Invalid, op, "the graph is directed; balance needs an undirected signed graph")
	}
	return nil
}
