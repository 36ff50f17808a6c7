package centrality

import (
	"context"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// TestErrorKinds: bad input to an analysis is an *alliances.Error of kind Invalid that
// names the operation; a power iteration that does not converge is of kind Internal and
// still wraps ErrNotConverged.
func TestErrorKinds(t *testing.T) {
	ctx := context.Background()
	path := graph.Build(3, edges([2]int32{0, 1}, [2]int32{1, 2}), graph.Options{})
	zero := graph.Build(3, weighted([3]float64{0, 1, 0}, [3]float64{1, 2, 1}), graph.Options{Weighted: true})
	rng := rand.New(rand.NewPCG(1, 2))
	invalid := []struct {
		name string
		call func() error
	}{
		{"ErrNoSamples", func() error { _, _, err := ApproxBetweenness(ctx, path, 0, rng, Options{}); return err }},
		{"ErrConfidenceOne", func() error {
			_, _, err := ApproxBetweenness(ctx, path, 2, rng, Options{Confidence: 1})
			return err
		}},
		{"ErrZeroLength", func() error { _, err := Betweenness(ctx, zero, Options{Lengths: WeightAsLength}); return err }},
		{"ErrUnknownLengthRule", func() error { _, err := Betweenness(ctx, zero, Options{Lengths: Lengths(99)}); return err }},
		{"ErrEmptyGraph", func() error {
			_, err := Eigenvector(ctx, graph.Build(0, nil, graph.Options{}), EigenOptions{})
			return err
		}},
		{"ErrDamping", func() error { _, err := PageRank(ctx, path, PageRankOptions{Damping: 1}); return err }},
		{"ErrPersonalizationLength", func() error {
			_, err := PageRank(ctx, path, PageRankOptions{Personalization: []float64{1}})
			return err
		}},
		{"ErrPersonalizationNegative", func() error {
			_, err := PageRank(ctx, path, PageRankOptions{Personalization: []float64{1, -1, 0}})
			return err
		}},
		{"ErrPersonalizationZero", func() error {
			_, err := PageRank(ctx, path, PageRankOptions{Personalization: []float64{0, 0, 0}})
			return err
		}},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			e, ok := errors.AsType[*alliances.Error](err)
			if !ok || e.Kind != alliances.Invalid || e.Op == "" {
				t.Errorf("err = %#v, want an *alliances.Error of kind invalid naming its operation", err)
			}
		})
	}
	t.Run("ErrNotConverged", func(t *testing.T) {
		// The directed path 0→1 creeps towards its limit far too slowly for the default
		// tolerance (TestEigenvectorErrors/DirectedPathDoesNotConverge).
		g := graph.Build(2, edges([2]int32{0, 1}), graph.Options{Directed: true})
		_, err := Eigenvector(ctx, g, EigenOptions{})
		if !errors.Is(err, ErrNotConverged) || alliances.KindOf(err) != alliances.Internal {
			t.Errorf("err = %v (kind %v), want ErrNotConverged of kind internal", err, alliances.KindOf(err))
		}
	})
}
