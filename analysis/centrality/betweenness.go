package centrality

import (
	"context"
	"math"
	"sync"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// Lengths says how the weights of a weighted graph become the lengths of its arcs when
// shortest paths are measured. On an unweighted graph every arc has length 1 whatever
// the choice.
type Lengths uint8

// The length rules.
const (
	// InverseWeight gives an arc of weight w the length 1/w: weights are tie strengths,
	// and a path through strong ties is short (Newman 2001, Phys. Rev. E 64:016132;
	// Brandes 2008, Social Networks 30:136-145). An arc of weight 0 or less cannot be
	// used. This is the default.
	InverseWeight Lengths = iota
	// Hops ignores the weights: every arc has length 1.
	Hops
	// WeightAsLength takes weights as distances (length w), as NetworkX and igraph do
	// with their weight argument; for comparisons with them. Weights must be positive.
	WeightAsLength
)

// Options configure Betweenness and ApproxBetweenness.
type Options struct {
	Lengths    Lengths // how weights become lengths; InverseWeight by default
	Normalized bool    // divide by the number of pairs, as NetworkX's normalized=True
	// Workers is the number of goroutines among which the sources are shared; 0 or 1
	// runs on the calling goroutine.
	Workers int
	// Confidence is the probability with which ApproxBetweenness's bound holds; 0 means
	// 0.95. Betweenness ignores it.
	Confidence float64
}

// Betweenness returns the betweenness centrality of every node of g (Freeman 1977):
//
//	b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st
//
// where σ_st is the number of shortest paths from s to t and σ_st(v) the number of
// them through v. It runs Brandes's algorithm (2001, "A faster algorithm for
// betweenness centrality", J. Math. Sociol. 25:163-177): from every source a
// breadth-first search (unweighted graphs, or o.Lengths == Hops) or Dijkstra's
// algorithm with a binary heap (weighted), then the dependencies are accumulated back
// from the farthest nodes, in time O(nm) or O(nm + n² log n) and memory O(n + m).
//
// Conventions, those of NetworkX 2.8 (betweenness_centrality) and igraph 0.10: on an
// undirected graph each unordered pair {s, t} counts once (gonum's values are twice
// these); a directed graph follows its arcs. With o.Normalized the values are divided
// by (n-1)(n-2) on a directed graph and by (n-1)(n-2)/2 on an undirected one, so they
// lie in [0, 1]. Weighted lengths follow o.Lengths (by default 1/weight). Two path
// lengths a and b count as equal when |a-b| <= 1e-10 (a+b), as in igraph; NetworkX
// compares them exactly and misses ties that rounding breaks (1/2+1/3+1/6, which sums
// to 0.9999999999999999, against 1).
// Signs are ignored.
//
// With o.Workers > 1 the sources are shared among that many goroutines, each with its
// own buffers, in chunks of 32 taken in turn by whichever is free. Each chunk's
// dependencies are summed apart and the chunk sums added in chunk order, so every
// floating-point sum is done in the same order whatever the number of workers: the
// result is the serial one, bit for bit. Memory: besides the graph, O(n) per worker.
func Betweenness(ctx context.Context, g *graph.CSR, o Options) ([]float64, error) {
	raw, err := dependencies(ctx, g, o, nil)
	if err != nil {
		return nil, err
	}
	scaleBetweenness(raw, g, o.Normalized, 1)
	return raw, nil
}

// dependencies sums, over the given sources (every node when nil), each source's
// dependency on every node: Σ_s δ_s(v), the raw betweenness of ordered pairs.
func dependencies(ctx context.Context, g *graph.CSR, o Options, sources []int32) ([]float64, error) {
	length, err := arcLengths(g, o.Lengths)
	if err != nil {
		return nil, err
	}
	count := g.N()
	if sources != nil {
		count = len(sources)
	}
	workers := max(1, min(o.Workers, count))
	sum := newChunkSum(g.N(), (count+chunkSources-1)/chunkSources, workers)
	run := func() {
		b := newBrandes(g, length)
		for {
			buf, chunk, ok := sum.take(ctx)
			if !ok {
				return
			}
			b.acc = buf.vals
			for i := chunk * chunkSources; i < min(count, (chunk+1)*chunkSources); i++ {
				if ctx.Err() != nil {
					return
				}
				s := int32(i)
				if sources != nil {
					s = sources[i]
				}
				buf.touch(b.order[:b.source(s)])
			}
			sum.put(chunk, buf)
		}
	}
	if workers == 1 {
		run()
	} else {
		var wg sync.WaitGroup
		for range workers {
			wg.Go(run)
		}
		wg.Wait()
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return sum.total, nil
}

// arcLengths returns the length of every arc, or nil when every length is 1.
func arcLengths(g *graph.CSR, rule Lengths) ([]float64, error) {
	if g.W == nil || rule == Hops {
		return nil, nil
	}
	length := make([]float64, len(g.W))
	for i, w := range g.W {
		switch rule {
		case InverseWeight:
			length[i] = math.Inf(1) // unusable
			if w > 0 {
				length[i] = 1 / w
			}
		case WeightAsLength:
			if !(w > 0) || math.IsInf(w, 1) {
				return nil, alliances.Errorf(alliances.Invalid, "centrality.Betweenness", "arc %d has weight %g, expected a positive finite length", i, w)
			}
			length[i] = w
		default:
			return nil, alliances.Errorf(alliances.Invalid, "centrality.Betweenness", "unknown length rule %d", rule)
		}
	}
	return length, nil
}

// scaleBetweenness turns raw sums over ordered pairs into NetworkX's values, times
// extra (n/samples for an estimate).
func scaleBetweenness(raw []float64, g *graph.CSR, normalized bool, extra float64) {
	scale := pairScale(g.N(), g.Directed, normalized) * extra
	if scale == 1 {
		return
	}
	for v := range raw {
		raw[v] *= scale
	}
}

// pairScale is NetworkX's _rescale factor: 1/((n-1)(n-2)) when normalized (n > 2),
// otherwise 1/2 on an undirected graph, where each pair was counted both ways.
func pairScale(n int, directed, normalized bool) float64 {
	switch {
	case normalized && n > 2:
		return 1 / (float64(n-1) * float64(n-2))
	case normalized:
		return 1
	case !directed:
		return 0.5
	}
	return 1
}
