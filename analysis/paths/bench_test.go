package paths

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/alliances-project/alliances/graph"
)

// benchCase is a G(n, m) directed weighted graph (mean out-degree 8) and 8 endpoint pairs
// drawn at random, run in turn.
type benchCase struct {
	name  string
	g     *graph.CSR
	pairs [][2]int
}

func benchCases() []benchCase {
	var out []benchCase
	for _, m := range []int{1e3, 1e4, 1e5, 1e6} {
		rng := rand.New(rand.NewPCG(uint64(m), 2))
		n := m / 8
		g := graph.Build(n, graph.Random(rng, n, m, 0), graph.Options{Directed: true, Weighted: true})
		c := benchCase{name: fmt.Sprintf("random/m=%d", m), g: g}
		for range 8 {
			c.pairs = append(c.pairs, [2]int{rng.IntN(n), rng.IntN(n)})
		}
		out = append(out, c)
	}
	return out
}

func BenchmarkShortest(b *testing.B) {
	for _, c := range benchCases() {
		b.Run(c.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				p := c.pairs[i%len(c.pairs)]
				if _, err := Shortest(context.Background(), c.g, p[0], p[1], 10); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

func BenchmarkStrongest(b *testing.B) {
	for _, c := range benchCases() {
		b.Run(c.name+"/k=5", func(b *testing.B) {
			i := 0
			for b.Loop() {
				p := c.pairs[i%len(c.pairs)]
				if _, err := Strongest(context.Background(), c.g, p[0], p[1], 5); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
