package centrality

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/alliances-project/alliances/graph"
)

func TestEigenvectorHandChecked(t *testing.T) {
	tight := EigenOptions{Tol: 1e-15, MaxIter: 10000}
	tests := []struct {
		name string
		g    *graph.CSR
		o    EigenOptions
		want []float64
	}{
		// A triangle is symmetric: 1/√3 each.
		{"TriangleIsUniform", graph.Build(3, edges([2]int32{0, 1}, [2]int32{1, 2}, [2]int32{0, 2}), graph.Options{}), tight,
			[]float64{1 / math.Sqrt(3), 1 / math.Sqrt(3), 1 / math.Sqrt(3)}},
		// Star, centre 0 and 3 leaves: λ = √3 and x_centre = √3 x_leaf; with unit norm
		// x_centre = 1/√2, x_leaf = 1/√6. Bipartite: the +I shift is what converges.
		{"StarCentreIsRootOfLeaves", graph.Build(4, edges([2]int32{0, 1}, [2]int32{0, 2}, [2]int32{0, 3}), graph.Options{}), tight,
			[]float64{1 / math.Sqrt(2), 1 / math.Sqrt(6), 1 / math.Sqrt(6), 1 / math.Sqrt(6)}},
		// Weighted path 0-1-2 with weights 2 and 1: A = [[0 2 0] [2 0 1] [0 1 0]], λ = √5,
		// x0 = 2x1/√5, x2 = x1/√5, unit norm: x1 = 1/√2, x0 = 2/√10, x2 = 1/√10.
		{"WeightsCount", graph.Build(3, weighted([3]float64{0, 1, 2}, [3]float64{1, 2, 1}), graph.Options{Weighted: true}), tight,
			[]float64{2 / math.Sqrt(10), 1 / math.Sqrt(2), 1 / math.Sqrt(10)}},
		// The same unweighted: λ = √2, x1 = 1/√2, x0 = x2 = 1/2.
		{"UnweightedIgnoresWeights", graph.Build(3, weighted([3]float64{0, 1, 2}, [3]float64{1, 2, 1}), graph.Options{Weighted: true}),
			EigenOptions{Tol: 1e-15, MaxIter: 10000, Unweighted: true}, []float64{0.5, 1 / math.Sqrt(2), 0.5}},
		// A directed cycle: every node has one in-neighbour like itself, 1/√3 each.
		{"DirectedCycleIsUniform", graph.Build(3, edges([2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 0}), graph.Options{Directed: true}), tight,
			[]float64{1 / math.Sqrt(3), 1 / math.Sqrt(3), 1 / math.Sqrt(3)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Eigenvector(context.Background(), tt.g, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			if !closeTo(got, tt.want, 1e-9) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEigenvectorErrors(t *testing.T) {
	ctx := context.Background()
	t.Run("DirectedPathDoesNotConverge", func(t *testing.T) {
		// 0→1: A + I has the double eigenvalue 1 and the iterate (1, k)/norm creeps
		// towards (0, 1) by about 1/k² a step, far from 2e-6 within 100 steps.
		g := graph.Build(2, edges([2]int32{0, 1}), graph.Options{Directed: true})
		if _, err := Eigenvector(ctx, g, EigenOptions{}); !errors.Is(err, ErrNotConverged) {
			t.Errorf("err = %v, want ErrNotConverged", err)
		}
	})
	t.Run("EmptyGraph", func(t *testing.T) {
		if _, err := Eigenvector(ctx, graph.Build(0, nil, graph.Options{}), EigenOptions{}); err == nil {
			t.Error("no error on the empty graph")
		}
	})
	t.Run("CancelledContext", func(t *testing.T) {
		cancelled, cancel := context.WithCancel(ctx)
		cancel()
		g := graph.Build(2, edges([2]int32{0, 1}), graph.Options{})
		if _, err := Eigenvector(cancelled, g, EigenOptions{}); !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
}
