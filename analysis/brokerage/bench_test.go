package brokerage

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/alliances-project/alliances/graph"
	"github.com/alliances-project/alliances/internal/shareddata"
)

// benchGraphs returns G(n, m) directed graphs of 1e3 to 1e6 arcs (mean out-degree 8),
// each with 5 random groups.
func benchGraphs() []benchGraph {
	var out []benchGraph
	for _, m := range []int{1e3, 1e4, 1e5, 1e6} {
		rng := rand.New(rand.NewPCG(uint64(m), 1))
		n := m / 8
		g := graph.Build(n, graph.Random(rng, n, m, 0), graph.Options{Directed: true, Weighted: true})
		out = append(out, benchGraph{fmt.Sprintf("random/m=%d", m), g, groups(rng, n)})
	}
	return out
}

type benchGraph struct {
	name  string
	g     *graph.CSR
	group []int32
}

func groups(rng *rand.Rand, n int) []int32 {
	gr := make([]int32, n)
	for v := range gr {
		gr[v] = rng.Int32N(5)
	}
	return gr
}

// wikiVote reads SNAP's Wiki-Vote (7,115 nodes, 103,689 arcs), with 5 random groups.
func wikiVote(b *testing.B) benchGraph {
	f, err := os.Open(shareddata.Path(b, "snap-large/Wiki-Vote.txt"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	el, err := graph.ReadEdgeList(f)
	if err != nil {
		b.Fatal(err)
	}
	g := graph.Build(len(el.Names), el.Edges, graph.Options{Directed: true})
	return benchGraph{"Wiki-Vote", g, groups(rand.New(rand.NewPCG(1, 1)), g.N())}
}

func BenchmarkRoles(b *testing.B) {
	run := func(bg benchGraph) {
		b.Run(bg.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Roles(context.Background(), bg.g, bg.group); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, bg := range benchGraphs() {
		run(bg)
	}
	run(wikiVote(b))
}

func BenchmarkConstraint(b *testing.B) {
	benchBurt(b, Constraint)
}

func BenchmarkEffectiveSize(b *testing.B) {
	benchBurt(b, EffectiveSize)
}

func benchBurt(b *testing.B, f func(context.Context, *graph.CSR, BurtOptions) ([]float64, error)) {
	run := func(bg benchGraph) {
		b.Run(bg.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := f(context.Background(), bg.g, BurtOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, bg := range benchGraphs() {
		run(bg)
	}
	run(wikiVote(b))
}
