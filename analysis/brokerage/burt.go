package brokerage

import (
	"context"
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// BurtOptions say how Constraint and EffectiveSize read the graph.
type BurtOptions struct {
	// IgnoreWeights treats every arc as weight 1 even when g has weights (NetworkX's
	// weight=None). Without it, g.W is used when present.
	IgnoreWeights bool
	// Sinks scores the nodes of a directed graph that have in-arcs but no out-arc.
	// NetworkX 2.8 tests isolation with len(G[v]), which for a DiGraph counts successors
	// only, so it returns NaN for them; so does this package unless Sinks is set. With
	// Sinks, Constraint agrees with igraph 0.10's constraint, which scores them.
	Sinks bool
}

// Constraint returns Burt's (1992) constraint of every node, as networkx.constraint
// (NetworkX 2.8) computes it:
//
//	c(v) = Σ_{w ∈ N(v)} ℓ(v, w),   ℓ(v, w) = (p_vw + Σ_{u ∈ N(v)} p_vu p_uw)²
//
// where N(v) holds v's predecessors and successors, and p_uv = a(u,v) / Σ_{x ∈ N(u)} a(u,x)
// is the normalised mutual weight, a(u,v) = w_uv + w_vu being the sum of the weights of
// the arcs u→v and v→u (1 each when unweighted; an undirected edge counts both ways).
// Isolated nodes get NaN, as in NetworkX, and so do nodes of a directed graph without
// out-arcs unless o.Sinks is set (see [BurtOptions]).
//
// It takes O(Σ_v Σ_{u ∈ N(v)} |N(u)|) time, spread over GOMAXPROCS workers that each own
// the nodes they score, so the result is the same whatever their number.
func Constraint(ctx context.Context, g *graph.CSR, o BurtOptions) ([]float64, error) {
	return burtAll(ctx, "brokerage.Constraint", g, o, (*burt).constraint)
}

// EffectiveSize returns Burt's (1992) effective size of every node, as
// networkx.effective_size (NetworkX 2.8) computes it:
//
//	e(v) = Σ_{u ∈ N(v)} (1 - Σ_{w ∈ N(v)} p_vw m_uw)
//
// with p as in [Constraint] and m_uw = a(u,w) / max_{x ∈ N(u)} a(u,x). For an undirected
// unweighted graph (no weights, or o.IgnoreWeights) it uses, as NetworkX does, Borgatti's
// (1997) equivalent e(v) = n - 2t/n, with n = |N(v)| and t the number of edges among v's
// neighbours. NaN where [Constraint] gives NaN.
func EffectiveSize(ctx context.Context, g *graph.CSR, o BurtOptions) ([]float64, error) {
	return burtAll(ctx, "brokerage.EffectiveSize", g, o, (*burt).effectiveSize)
}

// burt holds the mutual-weight graph that both measures read, and one worker's scratch.
type burt struct {
	g     *graph.CSR // the input, for the isolation test
	m     *graph.CSR // mutual graph: an arc u→v, weighted a(u,v), wherever u and v are tied
	p     []float64  // p[i]: normalised mutual weight of arc i of m
	maxW  []float64  // largest mutual weight of each node
	sinks bool
	borg  bool      // undirected and unweighted: Borgatti's formula
	stamp []int32   // stamp[x] == v+1: x is a neighbour of the node being scored
	acc   []float64 // per-neighbour accumulator
}

// burtAll validates the input, builds the mutual graph and scores every node with f.
func burtAll(ctx context.Context, op string, g *graph.CSR, o BurtOptions, f func(*burt, int) float64) ([]float64, error) {
	if g == nil {
		return nil, alliances.Errorf(alliances.Invalid, op, "no graph")
	}
	shared := newBurt(g, o)
	n := g.N()
	out := make([]float64, n)
	workers := min(runtime.GOMAXPROCS(0), max(1, n/256))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := *shared
			b.stamp, b.acc = make([]int32, n), make([]float64, n)
			for {
				lo := int(next.Add(burtChunk)) - burtChunk
				if lo >= n || ctx.Err() != nil {
					return
				}
				for v := lo; v < min(lo+burtChunk, n); v++ {
					out[v] = f(&b, v)
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// newBurt builds the mutual graph of g and the normalised weights.
func newBurt(g *graph.CSR, o BurtOptions) *burt {
	weighted := g.W != nil && !o.IgnoreWeights
	b := &burt{g: g, m: mutual(g, weighted), sinks: o.Sinks, borg: !g.Directed && !weighted}
	n := g.N()
	b.p, b.maxW = make([]float64, len(b.m.Adj)), make([]float64, n)
	for u := range n {
		lo, hi := b.m.Off[u], b.m.Off[u+1]
		sum := 0.0
		for i := lo; i < hi; i++ {
			sum += b.m.W[i]
			b.maxW[u] = max(b.maxW[u], b.m.W[i])
		}
		for i := lo; i < hi; i++ {
			if sum != 0 {
				b.p[i] = b.m.W[i] / sum
			}
		}
	}
	return b
}

// mutual returns the graph of mutual weights a(u,v) = w_uv + w_vu, with an arc each way
// between tied nodes. For an undirected graph that is g with every weight doubled.
func mutual(g *graph.CSR, weighted bool) *graph.CSR {
	if !g.Directed {
		m := &graph.CSR{Off: g.Off, Adj: g.Adj, W: make([]float64, len(g.Adj))}
		for i := range m.W {
			m.W[i] = 2
			if weighted {
				m.W[i] = 2 * g.W[i]
			}
		}
		return m
	}
	edges := make([]graph.Edge, 0, 2*len(g.Adj))
	for u := range g.N() {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			w := 1.0
			if weighted {
				w = g.W[i]
			}
			edges = append(edges, graph.Edge{From: int32(u), To: g.Adj[i], W: w}, graph.Edge{From: g.Adj[i], To: int32(u), W: w})
		}
	}
	return graph.Build(g.N(), edges, graph.Options{Directed: true, Weighted: true})
}

// undefined reports whether NetworkX leaves v's measures undefined (NaN).
func (b *burt) undefined(v int) bool {
	if b.g.Degree(v) > 0 {
		return false
	}
	return !b.sinks || !b.g.Directed || b.m.Degree(v) == 0
}

// mark stamps v's neighbours and clears their accumulators.
func (b *burt) mark(v int) {
	for _, x := range b.m.Neighbors(v) {
		b.stamp[x] = int32(v + 1)
		b.acc[x] = 0
	}
}

// constraint returns the constraint of node v.
func (b *burt) constraint(v int) float64 {
	if b.undefined(v) {
		return math.NaN()
	}
	b.mark(v)
	stamp, m := int32(v+1), b.m
	for i := m.Off[v]; i < m.Off[v+1]; i++ {
		pvw := b.p[i]
		w := m.Adj[i]
		for j := m.Off[w]; j < m.Off[w+1]; j++ {
			if x := m.Adj[j]; b.stamp[x] == stamp {
				b.acc[x] += pvw * b.p[j]
			}
		}
	}
	c := 0.0
	for i := m.Off[v]; i < m.Off[v+1]; i++ {
		l := b.p[i] + b.acc[m.Adj[i]]
		c += l * l
	}
	return c
}

// effectiveSize returns the effective size of node v.
func (b *burt) effectiveSize(v int) float64 {
	if b.undefined(v) {
		return math.NaN()
	}
	b.mark(v)
	stamp, m := int32(v+1), b.m
	if b.borg {
		ties := 0 // 2t: each edge among the neighbours is seen from both ends
		for _, u := range m.Neighbors(v) {
			for _, x := range m.Neighbors(int(u)) {
				if b.stamp[x] == stamp {
					ties++
				}
			}
		}
		n := float64(m.Degree(v))
		return n - float64(ties)/n
	}
	for i := m.Off[v]; i < m.Off[v+1]; i++ {
		b.acc[m.Adj[i]] = b.p[i]
	}
	e := 0.0
	for _, u := range m.Neighbors(v) {
		r := 0.0
		for j := m.Off[u]; j < m.Off[u+1]; j++ {
			if x := m.Adj[j]; b.stamp[x] == stamp && b.maxW[u] != 0 {
				r += b.acc[x] * m.W[j] / b.maxW[u]
			}
		}
		e += 1 - r
	}
	return e
}

// burtChunk is how many nodes a worker takes at a time: small, because a node's cost
// grows with its neighbours' degrees and hubs tend to sit together in the numbering.
const burtChunk = 16
