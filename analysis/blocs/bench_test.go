package blocs

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/alliances-project/alliances/analysis/balance"
	"github.com/alliances-project/alliances/graph"
)

// benchSizes are the edge counts of the generated graphs: G(m/5, m), 30% negative
// (m = 100,000 is the G(20000, 100000) of the comparison with igraph's Leiden).
var benchSizes = []int{1_000, 10_000, 100_000, 1_000_000}

func benchGraph(m int) *graph.CSR {
	rng := rand.New(rand.NewPCG(1, uint64(m)))
	return graph.Build(m/5, graph.Random(rng, m/5, m, 0.3), graph.Options{Signed: true})
}

func BenchmarkPartition(b *testing.B) {
	ctx := context.Background()
	for _, m := range benchSizes {
		g := benchGraph(m)
		// Default options: k = 1..5 tried, 8 starts each (4 beyond 100,000 arcs+nodes).
		b.Run(fmt.Sprintf("Random/m=%d", m), func(b *testing.B) {
			for b.Loop() {
				if _, err := Partition(ctx, g, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("Random/m=%d/K=2", m), func(b *testing.B) {
			for b.Loop() {
				if _, err := Partition(ctx, g, Options{K: 2}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("COW/51windows", func(b *testing.B) {
		_, graphs, _ := cowWindows(b)
		for b.Loop() {
			for _, g := range graphs {
				if _, err := Partition(ctx, g, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("BitcoinOTC", func(b *testing.B) {
		g := bitcoinOTC(b)
		for b.Loop() {
			if _, err := Partition(ctx, g, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCOWAll is everything the issue asks of the 51 windows of states: the
// triangle census, the frustration index and the blocs of every window, the blocs
// tracked across windows.
func BenchmarkCOWAll(b *testing.B) {
	ctx := context.Background()
	_, graphs, _ := cowWindows(b)
	for b.Loop() {
		for _, g := range graphs {
			if _, err := balance.Census(ctx, g); err != nil {
				b.Fatal(err)
			}
			if _, err := balance.Frustration(ctx, g, balance.Options{}); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := Track(ctx, SameNodes(graphs), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTrack(b *testing.B) {
	_, graphs, _ := cowWindows(b)
	prev, _ := Partition(context.Background(), graphs[0], Options{})
	cur, _ := Partition(context.Background(), graphs[1], Options{})
	b.Run("Relabel/COW", func(b *testing.B) {
		for b.Loop() {
			Relabel(prev.Cluster, cur.Cluster, int32(prev.K))
		}
	})
}
