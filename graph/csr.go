package graph

import (
	"math"
)

// CSR is a simple graph in compressed sparse rows. The arcs leaving node v go to
// Adj[Off[v]:Off[v+1]], in increasing order; W and S, when not nil, hold each arc's
// weight and sign at the same positions.
type CSR struct {
	Off      []int32   // len n+1
	Adj      []int32   // arc heads
	W        []float64 // arc weights, nil when unweighted (every weight 1)
	S        []int8    // arc signs (+1, -1, 0), nil when unsigned
	Directed bool      // false: every edge is stored as two arcs
}

// N returns the number of nodes.
func (g *CSR) N() int { return len(g.Off) - 1 }

// Arcs returns the number of arcs stored: edges for a directed graph, twice the edges
// for an undirected one.
func (g *CSR) Arcs() int { return len(g.Adj) }

// Edges returns the number of edges: arcs, or half of them when undirected.
func (g *CSR) Edges() int {
	if g.Directed {
		return len(g.Adj)
	}
	return len(g.Adj) / 2
}

// Neighbors returns the heads of the arcs leaving v.
func (g *CSR) Neighbors(v int) []int32 { return g.Adj[g.Off[v]:g.Off[v+1]] }

// Degree returns the number of arcs leaving v.
func (g *CSR) Degree(v int) int { return int(g.Off[v+1] - g.Off[v]) }

// Weight returns the weight of arc i (an index into Adj), 1 when unweighted.
func (g *CSR) Weight(i int) float64 {
	if g.W == nil {
		return 1
	}
	return g.W[i]
}

// Sign returns the sign of arc i, +1 when unsigned.
func (g *CSR) Sign(i int) int8 {
	if g.S == nil {
		return 1
	}
	return g.S[i]
}

// Arc returns the index in Adj of the arc u→v, or -1 when there is none. It searches
// u's sorted row by bisection.
func (g *CSR) Arc(u, v int) int {
	lo, hi := int(g.Off[u]), int(g.Off[u+1])
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if g.Adj[mid] < int32(v) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < int(g.Off[u+1]) && g.Adj[lo] == int32(v) {
		return lo
	}
	return -1
}

// Transpose returns the graph with every arc reversed: the rows are the arcs entering
// each node. An undirected graph is its own transpose and is returned as it is.
func (g *CSR) Transpose() *CSR {
	if !g.Directed {
		return g
	}
	edges := make([]Edge, 0, len(g.Adj))
	for u := 0; u < g.N(); u++ {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			edges = append(edges, Edge{From: g.Adj[i], To: int32(u), W: g.Weight(int(i)), S: g.Sign(int(i))})
		}
	}
	return Build(g.N(), edges, Options{Directed: true, Weighted: g.W != nil, Signed: g.S != nil})
}

// Edge is an edge to build a graph from. W is its weight (ignored when the graph is
// unweighted) and S its sign (ignored when unsigned).
type Edge struct {
	From, To int32
	W        float64
	S        int8
}

// Options says what kind of graph Build makes.
type Options struct {
	Directed bool // keep arcs one-way; otherwise every edge goes both ways
	Weighted bool // keep weights
	Signed   bool // keep signs
}

// Build makes a simple CSR graph of n nodes from edges, in time and memory linear in
// n + len(edges). Self-loops are dropped. Parallel arcs are merged: their weights add up,
// and the merged sign is that of the sum of sign times weight (0 when they cancel).
func Build(n int, edges []Edge, o Options) *CSR {
	arcs := make([]Edge, 0, len(edges)*2)
	for _, e := range edges {
		if e.From == e.To {
			continue
		}
		arcs = append(arcs, e)
		if !o.Directed {
			arcs = append(arcs, Edge{From: e.To, To: e.From, W: e.W, S: e.S})
		}
	}
	arcs = sortArcs(n, arcs)
	return compress(n, arcs, o)
}

// sortArcs orders arcs by tail, then head, with two stable counting sorts.
func sortArcs(n int, arcs []Edge) []Edge {
	tmp := make([]Edge, len(arcs))
	countingSort(n, arcs, tmp, func(e *Edge) int32 { return e.To })
	countingSort(n, tmp, arcs, func(e *Edge) int32 { return e.From })
	return arcs
}

func countingSort(n int, src, dst []Edge, key func(*Edge) int32) {
	count := make([]int32, n+1)
	for i := range src {
		count[key(&src[i])+1]++
	}
	for v := 1; v <= n; v++ {
		count[v] += count[v-1]
	}
	for i := range src {
		k := key(&src[i])
		dst[count[k]] = src[i]
		count[k]++
	}
}

// compress turns sorted arcs into rows, merging parallel arcs.
func compress(n int, arcs []Edge, o Options) *CSR {
	g := &CSR{Off: make([]int32, n+1), Adj: make([]int32, 0, len(arcs)), Directed: o.Directed}
	var signed []float64 // summed sign*weight of each merged arc
	if o.Weighted {
		g.W = make([]float64, 0, len(arcs))
	}
	if o.Signed {
		g.S = make([]int8, 0, len(arcs))
		signed = make([]float64, 0, len(arcs))
	}
	for i, e := range arcs {
		w := e.W
		if !o.Weighted {
			w = 1
		}
		if i > 0 && e.From == arcs[i-1].From && e.To == arcs[i-1].To {
			last := len(g.Adj) - 1
			if o.Weighted {
				g.W[last] += w
			}
			if o.Signed {
				signed[last] += float64(e.S) * w
				g.S[last] = SignOf(signed[last])
			}
			continue
		}
		g.Adj = append(g.Adj, e.To)
		g.Off[e.From+1]++
		if o.Weighted {
			g.W = append(g.W, w)
		}
		if o.Signed {
			signed = append(signed, float64(e.S)*w)
			g.S = append(g.S, e.S)
		}
	}
	for v := 1; v <= n; v++ {
		g.Off[v] += g.Off[v-1]
	}
	return g
}

// SignOf returns the sign of a weight: 1, -1, or 0 for 0.
func SignOf(x float64) int8 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

// Subgraph returns the graph restricted to the arcs keep accepts (by index into Adj).
func (g *CSR) Subgraph(keep func(arc int) bool) *CSR {
	h := &CSR{Off: make([]int32, len(g.Off)), Directed: g.Directed}
	for u := 0; u < g.N(); u++ {
		for i := int(g.Off[u]); i < int(g.Off[u+1]); i++ {
			if !keep(i) {
				continue
			}
			h.Adj = append(h.Adj, g.Adj[i])
			if g.W != nil {
				h.W = append(h.W, g.W[i])
			}
			if g.S != nil {
				h.S = append(h.S, g.S[i])
			}
		}
		h.Off[u+1] = int32(len(h.Adj))
	}
	return h
}

// Positive returns the graph of the positive arcs of a signed graph (g itself when
// unsigned).
func (g *CSR) Positive() *CSR {
	if g.S == nil {
		return g
	}
	return g.Subgraph(func(i int) bool { return g.S[i] > 0 })
}

// MaxWeight returns the largest arc weight, 1 when unweighted, 0 when there are no arcs.
func (g *CSR) MaxWeight() float64 {
	if len(g.Adj) == 0 {
		return 0
	}
	if g.W == nil {
		return 1
	}
	m := math.Inf(-1)
	for _, w := range g.W {
		m = max(m, w)
	}
	return m
}

// Tail returns the node an arc leaves: the row of Adj that holds index arc. It bisects
// Off.
func (g *CSR) Tail(arc int) int {
	lo, hi := 0, g.N()
	for lo+1 < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(g.Off[mid]) <= arc {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// Compact returns the graph without its isolated nodes (no arc in or out), renumbered
// in order, and for each of its nodes the node of g it stands for.
func (g *CSR) Compact() (*CSR, []int32) {
	touched := make([]bool, g.N())
	for u := 0; u < g.N(); u++ {
		if g.Off[u+1] > g.Off[u] {
			touched[u] = true
		}
	}
	for _, v := range g.Adj {
		touched[v] = true
	}
	index := make([]int32, g.N())
	var old []int32
	for v, t := range touched {
		index[v] = -1
		if t {
			index[v] = int32(len(old))
			old = append(old, int32(v))
		}
	}
	arcs := make([]Edge, 0, len(g.Adj))
	for u := 0; u < g.N(); u++ {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			arcs = append(arcs, Edge{From: index[u], To: index[g.Adj[i]], W: g.Weight(int(i)), S: g.Sign(int(i))})
		}
	}
	// The arcs are already both ways for an undirected graph: build them as they are.
	h := Build(len(old), arcs, Options{Directed: true, Weighted: g.W != nil, Signed: g.S != nil})
	h.Directed = g.Directed
	return h, old
}
