package centrality

import (
	"context"
	"math"
	"math/rand/v2"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// ApproxBetweenness estimates the betweenness of every node of g from the shortest
// paths of samples sources drawn uniformly without replacement by rng (Brandes and
// Pich 2007, "Centrality estimation in large networks", Int. J. Bifurcation and Chaos
// 17:2303-2318; NetworkX's betweenness_centrality with k = samples). Each source s
// contributes its dependencies δ_s(v) = Σ_t σ_st(v)/σ_st, and the sum is scaled by
// n/samples, so the estimate is unbiased; the scaling and o are as for Betweenness. It
// takes samples/n of the time of the exact computation; with samples >= n it is the
// exact computation and bound is 0.
//
// bound is a Hoeffding bound, with a union bound over the n nodes: with probability at
// least o.Confidence (0.95 by default) over the draw of the sources, every node's
// estimate is within bound of its exact value, all at once, in the units of the values
// (normalized or not). Each sampled source gives an estimate n δ_s(v) (times the scale)
// that lies in a range of width R = n (n-2) (times the scale), and the mean of k such
// draws without replacement deviates from its expectation by more than ε with
// probability at most 2 exp(-2kε²/R²) (Hoeffding 1963, Theorems 2 and 4; the bound
// Eppstein and Wang 2004 and Bader et al. 2007 use). Solving 2n exp(-2kε²/R²) = 1 - c:
//
//	bound = R sqrt(ln(2n / (1 - c)) / (2k))
//
// It is a worst-case guarantee and loose: for normalized values R is about 1, so 1,000
// samples on 20,000 nodes give a bound of about 0.08, while the actual errors are
// usually far smaller. Use it to say how far an estimate can be trusted, not as the
// error itself. The errors are largest where a node's betweenness comes from a few
// sources: a sampled source of degree 1 adds n-2 dependencies (times n/samples) to its
// only neighbour, which on G(20000, 100000) with 1,000 samples puts one node's estimate
// about 2e5 too high, above the largest exact value.
func ApproxBetweenness(ctx context.Context, g *graph.CSR, samples int, rng *rand.Rand, o Options) (values []float64, bound float64, err error) {
	n := g.N()
	confidence := o.Confidence
	if confidence == 0 {
		confidence = 0.95
	}
	switch {
	case samples < 1:
		return nil, 0, alliances.Errorf(alliances.Invalid, "centrality.ApproxBetweenness", "%d samples, expected at least 1", samples)
	case !(confidence > 0 && confidence < 1):
		return nil, 0, alliances.Errorf(alliances.Invalid, "centrality.ApproxBetweenness", "confidence %g, expected a probability in (0, 1)", confidence)
	case samples >= n:
		values, err = Betweenness(ctx, g, o)
		return values, 0, err
	}
	raw, err := dependencies(ctx, g, o, sampleSources(rng, n, samples))
	if err != nil {
		return nil, 0, err
	}
	extra := float64(n) / float64(samples)
	scaleBetweenness(raw, g, o.Normalized, extra)
	width := float64(n) * float64(n-2) * pairScale(n, g.Directed, o.Normalized)
	bound = width * math.Sqrt(math.Log(2*float64(n)/(1-confidence))/(2*float64(samples)))
	return raw, bound, nil
}

// sampleSources draws k distinct nodes of n uniformly, by a partial Fisher-Yates shuffle.
func sampleSources(rng *rand.Rand, n, k int) []int32 {
	perm := make([]int32, n)
	for v := range perm {
		perm[v] = int32(v)
	}
	for i := 0; i < k; i++ {
		j := i + rng.IntN(n-i)
		perm[i], perm[j] = perm[j], perm[i]
	}
	return perm[:k]
}
