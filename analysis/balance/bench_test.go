package balance

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/alliances-project/alliances/graph"
)

// benchSizes are the edge counts of the generated graphs: G(m/5, m), 30% negative.
var benchSizes = []int{1_000, 10_000, 100_000, 1_000_000}

func benchGraph(m int) *graph.CSR {
	rng := rand.New(rand.NewPCG(1, uint64(m)))
	return graph.Build(m/5, graph.Random(rng, m/5, m, 0.3), graph.Options{Signed: true, Weighted: true})
}

func BenchmarkCensus(b *testing.B) {
	ctx := context.Background()
	for _, m := range benchSizes {
		g := benchGraph(m)
		b.Run(fmt.Sprintf("Random/m=%d", m), func(b *testing.B) {
			for b.Loop() {
				if _, err := Census(ctx, g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("COW/51windows", func(b *testing.B) {
		_, graphs, _ := cowWindows(b)
		for b.Loop() {
			for _, g := range graphs {
				if _, err := Census(ctx, g); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("BitcoinOTC", func(b *testing.B) {
		g := bitcoinOTC(b)
		for b.Loop() {
			if _, err := Census(ctx, g); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkFrustration(b *testing.B) {
	ctx := context.Background()
	for _, m := range benchSizes {
		g := benchGraph(m)
		b.Run(fmt.Sprintf("Random/m=%d", m), func(b *testing.B) {
			for b.Loop() {
				if _, err := Frustration(ctx, g, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("COW/51windows", func(b *testing.B) {
		_, graphs, _ := cowWindows(b)
		for b.Loop() {
			for _, g := range graphs {
				if _, err := Frustration(ctx, g, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("BitcoinOTC", func(b *testing.B) {
		g := bitcoinOTC(b)
		for b.Loop() {
			if _, err := Frustration(ctx, g, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
