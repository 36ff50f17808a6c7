package centrality

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/alliances-project/alliances/graph"
)

func TestApproxBetweenness(t *testing.T) {
	ctx := context.Background()
	g := randomGraph(11, 400, 2000, false)
	exact, err := Betweenness(ctx, g, Options{Normalized: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("AllSourcesIsExact", func(t *testing.T) {
		got, bound, err := ApproxBetweenness(ctx, g, g.N(), rand.New(rand.NewPCG(1, 1)), Options{Normalized: true})
		if err != nil || bound != 0 || !slices.Equal(got, exact) {
			t.Errorf("bound %g, err %v, equal to exact: %v; want 0, nil, true", bound, err, slices.Equal(got, exact))
		}
	})
	t.Run("WithinBound", func(t *testing.T) {
		// Hoeffding with a union bound: at 95% every node within bound. The seeds are
		// fixed, so this cannot flake; the bound is loose, so it holds by a wide margin.
		for seed := range uint64(5) {
			got, bound, err := ApproxBetweenness(ctx, g, 40, rand.New(rand.NewPCG(seed, 2)), Options{Normalized: true, Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			// R = n/(n-1) for normalized values: bound = R sqrt(ln(2n/0.05)/(2k)).
			want := 400.0 / 399 * math.Sqrt(math.Log(2*400/0.05)/(2*40))
			if math.Abs(bound-want) > 1e-12 {
				t.Errorf("bound = %g, want %g", bound, want)
			}
			for v := range got {
				if math.Abs(got[v]-exact[v]) > bound {
					t.Errorf("seed %d node %d: estimate %g, exact %g, beyond the bound %g", seed, v, got[v], exact[v], bound)
				}
			}
		}
	})
	t.Run("SameSeedSameEstimate", func(t *testing.T) {
		a, _, _ := ApproxBetweenness(ctx, g, 50, rand.New(rand.NewPCG(9, 9)), Options{})
		b, _, _ := ApproxBetweenness(ctx, g, 50, rand.New(rand.NewPCG(9, 9)), Options{})
		c, _, _ := ApproxBetweenness(ctx, g, 50, rand.New(rand.NewPCG(8, 9)), Options{})
		if !slices.Equal(a, b) || slices.Equal(a, c) {
			t.Error("the estimate does not follow the seed")
		}
	})
	t.Run("ScalesBySampleShare", func(t *testing.T) {
		// Hand-checked: on the star with centre 0 and 4 leaves, a leaf source s gives the
		// centre δ_s(0) = 3 (the other leaves) and the centre itself gives 0. Sampling
		// k = 4 of 5 sources, the raw sum is 12 (all leaves) or 9 (centre drawn); times
		// n/k = 5/4 and 1/2 (undirected): 7.5 or 5.625.
		star := graph.Build(5, edges([2]int32{0, 1}, [2]int32{0, 2}, [2]int32{0, 3}, [2]int32{0, 4}), graph.Options{})
		got, _, err := ApproxBetweenness(ctx, star, 4, rand.New(rand.NewPCG(1, 2)), Options{})
		if err != nil || (got[0] != 7.5 && got[0] != 5.625) {
			t.Errorf("centre estimate %v, err %v; want 7.5 or 5.625", got, err)
		}
	})
	t.Run("ErrorsOnBadInput", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(1, 2))
		if _, _, err := ApproxBetweenness(ctx, g, 0, rng, Options{}); err == nil {
			t.Error("0 samples accepted")
		}
		if _, _, err := ApproxBetweenness(ctx, g, 10, rng, Options{Confidence: 1}); err == nil {
			t.Error("confidence 1 accepted")
		}
		cancelled, cancel := context.WithCancel(ctx)
		cancel()
		if _, _, err := ApproxBetweenness(cancelled, g, 10, rng, Options{}); !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled: err = %v, want context.Canceled", err)
		}
	})
}
