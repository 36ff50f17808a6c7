package cascade

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/alliances-project/alliances/graph"
)

// generated returns a random undirected graph (300 nodes, 1500 edges drawn), 30 seeds,
// and the record a run with uniform threshold theta produces on it.
func generated(theta float64) (*graph.CSR, []int, []int) {
	rng := rand.New(rand.NewPCG(9, 10))
	g := graph.Build(300, graph.Random(rng, 300, 1500, 0), graph.Options{Weighted: true})
	seeds := make([]int, 30)
	for i := range seeds {
		seeds[i] = rng.IntN(300)
	}
	r, _ := Run(context.Background(), g, seeds, []float64{theta}, Options{})
	return g, seeds, r.Observed()
}

// TestFitRecoversThreshold: a record made by the model with θ = 0.25 is reproduced
// exactly (no error, tau 1) by the fitted threshold, and 0.25 lies in the best range.
func TestFitRecoversThreshold(t *testing.T) {
	g, seeds, obs := generated(0.25)
	moved := 0
	for _, r := range obs {
		if r > 1 {
			moved++
		}
	}
	if moved < 20 {
		t.Fatalf("only %d nodes moved after round 1: the test graph does not cascade", moved)
	}
	grid := make([]float64, 19)
	for i := range grid {
		grid[i] = float64(i+1) / 20
	}
	fit, err := Fit(context.Background(), g, seeds, obs, grid)
	if err != nil {
		t.Fatal(err)
	}
	best := fit.Scores[fit.Best]
	if best.Errors != 0 || best.Tau != 1 || fit.Lo > 0.25 || fit.Hi < 0.25 {
		t.Errorf("best %+v, range [%v, %v]; want 0 errors, tau 1, 0.25 in range", best, fit.Lo, fit.Hi)
	}
	if s := fit.Scores[len(grid)-1]; s.Errors == 0 {
		t.Errorf("θ = 0.95 reproduces the record too (%+v): the fit cannot tell thresholds apart", s)
	}
}

// TestIntervalsContainGeneratingThreshold: judged against the record's own rounds, each
// node's interval holds the θ = 0.25 that generated it (within the 1e-12 tolerance).
func TestIntervalsContainGeneratingThreshold(t *testing.T) {
	g, _, obs := generated(0.25)
	iv, err := Intervals(context.Background(), g, obs)
	if err != nil {
		t.Fatal(err)
	}
	for v, x := range iv {
		if x.Empty() || !(x.Lo < 0.25 && 0.25 <= x.Hi+1e-12) {
			t.Errorf("node %d (round %d): interval (%v, %v] misses 0.25", v, obs[v], x.Lo, x.Hi)
		}
	}
}

// TestIntervalsByHand on the ladder (see ladder) with the record 0 at round 0, 1 at 1,
// 3 at 2, 2 never:
//   - 1 (neighbours 0,2,3) moved at round 1: θ ≤ share of {0} = 1/3.
//   - 3 (neighbours 1,2,4) moved at round 2: θ > share of A_0 = {0}, 0; θ ≤ share of A_1 =
//     {0,1}, 1/3.
//   - 2 (neighbours 0,1,3) never moved: θ > share of {0,1,3} = 1 (a node that never moves
//     may have a threshold above 1).
//   - 4 (neighbours 3,5) never: θ > 1/2.
//
// A second record has 3 move at round 2 with none of its neighbours moved by then: its
// interval (0, 0] is empty.
func TestIntervalsByHand(t *testing.T) {
	obs := []int{0, 1, -1, 2, -1, -1, -1, -1}
	iv, err := Intervals(context.Background(), ladder(), obs)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]Interval{
		0: {math.Inf(-1), math.Inf(1)},
		1: {math.Inf(-1), 1.0 / 3},
		3: {0, 1.0 / 3},
		2: {1, math.Inf(1)},
		4: {0.5, math.Inf(1)},
	}
	for v, w := range want {
		if iv[v] != w {
			t.Errorf("node %d: %+v, want %+v", v, iv[v], w)
		}
	}
	if iv[2].Empty() || iv[3].Empty() {
		t.Errorf("intervals of 2 and 3 should not be empty")
	}
	odd, err := Intervals(context.Background(), ladder(), []int{0, -1, -1, 2, -1, -1, -1, -1})
	if err != nil {
		t.Fatal(err)
	}
	if !odd[3].Empty() {
		t.Errorf("3 moved with no neighbour active: interval %+v, want empty", odd[3])
	}
}

// TestRankCorrelations: values from scipy 1.10.1, scipy.stats.kendalltau and
// scipy.stats.spearmanr on the same lists (the first hand-checked too: of the three
// pairs, (1,2) and (1,3) agree, (2,3) disagree: tau (2-1)/3; d² = 0+1+1, rho
// 1 - 6·2/(3·8) = 1/2).
func TestRankCorrelations(t *testing.T) {
	for _, tc := range []struct {
		name     string
		x, y     []float64
		tau, rho float64
	}{
		{"NoTies", []float64{1, 2, 3}, []float64{1, 3, 2}, 1.0 / 3, 0.5},
		{"TiesBothSides", []float64{0, 0, 1, 1, 2}, []float64{1, 2, 3, 3, 4}, 0.9428090415820632, 0.9733285267845754},
		{"Shuffled", []float64{3, 1, 2, 5, 4, 4, 0}, []float64{2, 1, 1, 3, 5, 4, 0}, 0.7499999999999999, 0.8727272727272728},
		{"AllTied", []float64{1, 1, 1}, []float64{1, 2, 3}, math.NaN(), math.NaN()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tau, rho := KendallTau(tc.x, tc.y), Spearman(tc.x, tc.y)
			if !near(tau, tc.tau) || !near(rho, tc.rho) {
				t.Errorf("tau %v rho %v, want %v %v", tau, rho, tc.tau, tc.rho)
			}
		})
	}
}

func near(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) < 1e-12
}

// TestKendallMatchesQuadratic: the O(n log n) count agrees with the pair-by-pair
// definition on random data with many ties.
func TestKendallMatchesQuadratic(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for range 50 {
		n := 2 + rng.IntN(40)
		x, y := make([]float64, n), make([]float64, n)
		for i := range x {
			x[i], y[i] = float64(rng.IntN(6)), float64(rng.IntN(6))
		}
		if got, want := KendallTau(x, y), tauQuadratic(x, y); !near(got, want) {
			t.Fatalf("x %v y %v: %v, pair by pair %v", x, y, got, want)
		}
	}
}

func tauQuadratic(x, y []float64) float64 {
	var c, d, tx, ty float64
	for i := range x {
		for j := i + 1; j < len(x); j++ {
			dx, dy := x[i]-x[j], y[i]-y[j]
			switch {
			case dx*dy > 0:
				c++
			case dx*dy < 0:
				d++
			}
			if dx == 0 {
				tx++
			}
			if dy == 0 {
				ty++
			}
		}
	}
	n0 := float64(len(x)*(len(x)-1)) / 2
	if (n0-tx)*(n0-ty) == 0 {
		return math.NaN()
	}
	return (c - d) / math.Sqrt((n0-tx)*(n0-ty))
}
