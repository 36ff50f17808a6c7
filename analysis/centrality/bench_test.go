package centrality

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/alliances-project/alliances/graph"
	"github.com/alliances-project/alliances/internal/shareddata"
)

// The benchmarks run on G(n, m) random graphs (undirected, n = m/5, weights in [1, 2))
// and on two SNAP graphs from the shared data folder (skipped when it is missing):
// Wiki-Vote (directed, 7,115 nodes, 103,689 arcs) and CA-HepPh (undirected, 12,008
// nodes, 118,489 edges). Exact betweenness on the 1e5-edge graphs takes up to 35 s an
// operation on one core, so run them once:
//
//	go test -run '^$' -bench 'Betweenness' -benchtime 1x ./analysis/centrality
//	go test -run '^$' -bench 'PageRank|Eigenvector' ./analysis/centrality
//
// Exact betweenness on 1e6 edges (200,000 sources of a BFS over 2e6 arcs: hours) is
// left out, and so is weighted (Dijkstra) betweenness on 1e5 edges (minutes);
// ApproxBetweenness stands beside them.

var benchSizes = []int{1e3, 1e4, 1e5}

type benchGraph struct {
	name string
	g    func(b *testing.B) *graph.CSR
}

func randomBench(m int) benchGraph {
	return benchGraph{fmt.Sprintf("Random/m=%.0e", float64(m)), func(*testing.B) *graph.CSR {
		return randomGraph(1, m/5, m, false)
	}}
}

// snapBench reads a SNAP edge list from the shared data folder.
func snapBench(name, rel string, directed bool) benchGraph {
	return benchGraph{name, func(b *testing.B) *graph.CSR {
		f, err := os.Open(shareddata.Path(b, rel))
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		el, err := graph.ReadEdgeList(f)
		if err != nil {
			b.Fatal(err)
		}
		return graph.Build(len(el.Names), el.Edges, graph.Options{Directed: directed})
	}}
}

var snapBenches = []benchGraph{
	snapBench("WikiVote", "snap-large/Wiki-Vote.txt", true),
	snapBench("CAHepPh", "snap-large/CA-HepPh.txt", false),
}

// perWorkers runs f as sub-benchmarks name/workers=1 and name/workers=2.
func perWorkers(b *testing.B, bg benchGraph, f func(b *testing.B, g *graph.CSR, workers int)) {
	b.Run(bg.name, func(b *testing.B) {
		g := bg.g(b)
		for _, workers := range []int{1, 2} {
			b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) { f(b, g, workers) })
		}
	})
}

func BenchmarkBetweenness(b *testing.B) {
	run := func(lengths Lengths) func(b *testing.B, g *graph.CSR, workers int) {
		return func(b *testing.B, g *graph.CSR, workers int) {
			for b.Loop() {
				if _, err := Betweenness(context.Background(), g, Options{Lengths: lengths, Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.Run("Hops", func(b *testing.B) {
		for _, m := range benchSizes {
			perWorkers(b, randomBench(m), run(Hops))
		}
		for _, bg := range snapBenches {
			perWorkers(b, bg, run(Hops))
		}
	})
	// Dijkstra costs a few times the BFS: 1e5 edges would take minutes an operation.
	b.Run("InverseWeight", func(b *testing.B) {
		for _, m := range benchSizes[:2] {
			perWorkers(b, randomBench(m), run(InverseWeight))
		}
	})
}

func BenchmarkApproxBetweenness(b *testing.B) {
	run := func(samples int) func(b *testing.B, g *graph.CSR, workers int) {
		return func(b *testing.B, g *graph.CSR, workers int) {
			for b.Loop() {
				rng := rand.New(rand.NewPCG(1, 2))
				if _, _, err := ApproxBetweenness(context.Background(), g, samples, rng, Options{Lengths: Hops, Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	// 500 sources; 100 on 1e6 edges, where a BFS over 2e6 arcs and 200,000 nodes,
	// out of cache, takes about 0.1 s.
	perWorkers(b, withSamples(randomBench(1e5), 500), run(500))
	perWorkers(b, withSamples(randomBench(1e6), 100), run(100))
	for _, bg := range snapBenches {
		perWorkers(b, withSamples(bg, 500), run(500))
	}
}

func withSamples(bg benchGraph, k int) benchGraph {
	bg.name = fmt.Sprintf("%s/k=%d", bg.name, k)
	return bg
}

func BenchmarkPageRank(b *testing.B) {
	run := func(b *testing.B, g *graph.CSR, workers int) {
		for b.Loop() {
			if _, err := PageRank(context.Background(), g, PageRankOptions{Unweighted: true, Workers: workers}); err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, m := range append(benchSizes, 1e6) {
		perWorkers(b, randomBench(m), run)
	}
	for _, bg := range snapBenches {
		perWorkers(b, bg, run)
	}
}

func BenchmarkEigenvector(b *testing.B) {
	for _, m := range append(benchSizes, 1e6) {
		bg := randomBench(m)
		b.Run(bg.name, func(b *testing.B) {
			g := bg.g(b)
			for b.Loop() {
				if _, err := Eigenvector(context.Background(), g, EigenOptions{Unweighted: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
