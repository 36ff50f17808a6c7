package centrality

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/alliances-project/alliances/graph"
)

func TestPageRankHandChecked(t *testing.T) {
	tight := PageRankOptions{Tol: 1e-14, MaxIter: 1000}
	star := graph.Build(4, edges([2]int32{0, 1}, [2]int32{0, 2}, [2]int32{0, 3}), graph.Options{})
	tests := []struct {
		name string
		g    *graph.CSR
		o    PageRankOptions
		want []float64
	}{
		// Every node of a directed cycle is alike: 1/3 each.
		{"CycleIsUniform", graph.Build(3, edges([2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 0}), graph.Options{Directed: true}), tight,
			[]float64{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		// Star, centre 0, 3 leaves, d = 0.85: c = 0.15/4 + 0.85·3l and
		// l = 0.15/4 + 0.85·c/3 give c = 0.133125/0.2775 and l = (1-c)/3.
		{"StarCentreFromLeaves", star, tight,
			[]float64{0.133125 / 0.2775, (1 - 0.133125/0.2775) / 3, (1 - 0.133125/0.2775) / 3, (1 - 0.133125/0.2775) / 3}},
		// 0→1 alone: 1 is dangling and spreads its mass evenly. x0 = 0.075 + 0.425 x1,
		// x1 = 1 - x0: x1 = 0.925/1.425.
		{"DanglingMassSpreads", graph.Build(2, edges([2]int32{0, 1}), graph.Options{Directed: true}), tight,
			[]float64{1 - 0.925/1.425, 0.925 / 1.425}},
		// Personalization (0, 1) on the same graph: every jump and the dangling mass go
		// to 1, 0 only keeps the jumps that land on it, which are none: x0 = 0, x1 = 1.
		{"PersonalizationSteersJumps", graph.Build(2, edges([2]int32{0, 1}), graph.Options{Directed: true}),
			PageRankOptions{Tol: 1e-14, MaxIter: 1000, Personalization: []float64{0, 5}}, []float64{0, 1}},
		// Weighted path 0-1-2 with weights 3 and 1: 1 sends 3/4 of its mass to 0.
		// x0 = 0.05 + 0.85·0.75·x1, x2 = 0.05 + 0.85·0.25·x1, x1 = 0.05 + 0.85(x0+x2):
		// x1 = 0.05 + 0.085 + 0.7225 x1, so x1 = 0.135/0.2775.
		{"WeightsSplitMass", graph.Build(3, weighted([3]float64{0, 1, 3}, [3]float64{1, 2, 1}), graph.Options{Weighted: true}), tight,
			[]float64{0.05 + 0.6375*0.135/0.2775, 0.135 / 0.2775, 0.05 + 0.2125*0.135/0.2775}},
		{"EmptyGraph", graph.Build(0, nil, graph.Options{}), PageRankOptions{}, []float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := PageRank(context.Background(), tt.g, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			if !closeTo(got, tt.want, 1e-12) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPageRankParallelEqualsSerial(t *testing.T) {
	// 10,000 nodes: five blocks of rows, so the workers share them.
	for _, directed := range []bool{false, true} {
		g := randomGraph(5, 10000, 40000, directed)
		serial, err := PageRank(context.Background(), g, PageRankOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, workers := range []int{2, 3, 64} {
			par, err := PageRank(context.Background(), g, PageRankOptions{Workers: workers})
			if err != nil {
				t.Fatal(err)
			}
			// Each row and each block is summed in the same order: bit for bit.
			if !slices.Equal(par, serial) {
				t.Errorf("directed %v, %d workers: differs from the serial result", directed, workers)
			}
		}
	}
}

func TestPageRankErrors(t *testing.T) {
	g := graph.Build(3, edges([2]int32{0, 1}, [2]int32{1, 2}), graph.Options{})
	ctx := context.Background()
	bad := map[string]PageRankOptions{
		"PersonalizationWrongLength": {Personalization: []float64{1, 1}},
		"PersonalizationNegative":    {Personalization: []float64{1, -1, 1}},
		"PersonalizationAllZero":     {Personalization: []float64{0, 0, 0}},
		"DampingAboveOne":            {Damping: 1.5},
	}
	for name, o := range bad {
		t.Run(name, func(t *testing.T) {
			if _, err := PageRank(ctx, g, o); err == nil {
				t.Error("accepted")
			}
		})
	}
	t.Run("NotConverged", func(t *testing.T) {
		x, err := PageRank(ctx, g, PageRankOptions{MaxIter: 1, Tol: 1e-15})
		if !errors.Is(err, ErrNotConverged) || len(x) != 3 {
			t.Errorf("err = %v, %d values; want ErrNotConverged and the last iterate", err, len(x))
		}
	})
	t.Run("CancelledContext", func(t *testing.T) {
		cancelled, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := PageRank(cancelled, g, PageRankOptions{}); !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
}
