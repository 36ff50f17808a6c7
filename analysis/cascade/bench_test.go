package cascade

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/alliances-project/alliances/graph"
)

// benchCase is a G(n, m) directed weighted graph (mean in-degree 8) with 2% of its nodes
// as seeds, and the record of a run at θ = 0.15 (a cascade that reaches most nodes).
type benchCase struct {
	name     string
	g        *graph.CSR
	seeds    []int
	observed []int
}

func benchCases(b *testing.B) []benchCase {
	var out []benchCase
	for _, m := range []int{1e3, 1e4, 1e5, 1e6} {
		rng := rand.New(rand.NewPCG(uint64(m), 3))
		n := m / 8
		g := graph.Build(n, graph.Random(rng, n, m, 0), graph.Options{Directed: true, Weighted: true})
		c := benchCase{name: fmt.Sprintf("random/m=%d", m), g: g}
		for range max(1, n/50) {
			c.seeds = append(c.seeds, rng.IntN(n))
		}
		r, err := Run(context.Background(), g, c.seeds, []float64{0.15}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		c.observed = r.Observed()
		out = append(out, c)
	}
	return out
}

func BenchmarkRun(b *testing.B) {
	for _, c := range benchCases(b) {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Run(context.Background(), c.g, c.seeds, []float64{0.15}, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFit tries 10 thresholds, 0.05 to 0.5.
func BenchmarkFit(b *testing.B) {
	grid := []float64{0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5}
	for _, c := range benchCases(b) {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Fit(context.Background(), c.g, c.seeds, c.observed, grid); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAgainstChance scores a run against 100 draws of each null model.
func BenchmarkAgainstChance(b *testing.B) {
	for _, c := range benchCases(b)[:3] {
		r, err := Run(context.Background(), c.g, c.seeds, []float64{0.15}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := AgainstChance(context.Background(), c.g, c.seeds, c.observed, r, Options{}, 100, 1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
