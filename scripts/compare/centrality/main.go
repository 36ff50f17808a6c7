// Command centrality is the Go side of scripts/compare/centrality.py: it writes the
// graphs the comparison runs on, as plain edge lists that NetworkX and igraph read
// too, and times package analysis/centrality on them.
//
//	centrality -random 20000,100000 -seed 1 -out g.txt     write a G(n, m) graph
//	centrality -canon Wiki-Vote.txt -directed -out w.txt    renumber a SNAP file
//	centrality -graph g.txt -measure betweenness -workers 2 -out r.json
//
// An edge list here starts with the line "# nodes N directed BOOL" and has one edge a
// line, "u v", nodes numbered 0..N-1 (an undirected edge once, u < v). The result is
// JSON: {"measure", "workers", "gomaxprocs", "seconds", "values"[, "bound"]}; seconds
// counts the computation alone, not reading the graph, and is the fastest of -repeat
// runs.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"time"

	"github.com/alliances-project/alliances/analysis/centrality"
	"github.com/alliances-project/alliances/graph"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "centrality:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("centrality", flag.ContinueOnError)
	random := fs.String("random", "", "write a G(n, m) random graph: `n,m`")
	seed := fs.Uint64("seed", 1, "seed of the random graph")
	canon := fs.String("canon", "", "renumber this edge list (SNAP) and write it")
	directed := fs.Bool("directed", false, "with -canon: the graph is directed")
	in := fs.String("graph", "", "edge list written by -random or -canon to measure")
	measure := fs.String("measure", "betweenness", "betweenness, approx or pagerank")
	samples := fs.Int("samples", 1000, "sources sampled by -measure approx")
	workers := fs.Int("workers", 1, "goroutines")
	repeat := fs.Int("repeat", 1, "run the measure this many times and keep the fastest")
	out := fs.String("out", "", "output file (required)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return errors.New("-out is required")
	}
	switch {
	case *random != "":
		var n, m int
		if _, err := fmt.Sscanf(*random, "%d,%d", &n, &m); err != nil {
			return fmt.Errorf("-random %q: expected n,m", *random)
		}
		rng := rand.New(rand.NewPCG(*seed, 1))
		return writeGraph(*out, graph.Build(n, graph.Random(rng, n, m, 0), graph.Options{}))
	case *canon != "":
		g, err := readSNAP(*canon, *directed)
		if err != nil {
			return err
		}
		return writeGraph(*out, g)
	case *in != "":
		g, err := readGraph(*in)
		if err != nil {
			return err
		}
		return measureGraph(g, *measure, *samples, *workers, max(1, *repeat), *out)
	}
	return errors.New("one of -random, -canon or -graph is required")
}

func readSNAP(path string, directed bool) (*graph.CSR, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	el, err := graph.ReadEdgeList(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return graph.Build(len(el.Names), el.Edges, graph.Options{Directed: directed}), nil
}

func writeGraph(path string, g *graph.CSR) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# nodes %d directed %v\n", g.N(), g.Directed)
	for u := 0; u < g.N(); u++ {
		for _, v := range g.Neighbors(u) {
			if g.Directed || int(v) > u {
				fmt.Fprintf(w, "%d %d\n", u, v)
			}
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func readGraph(path string) (*graph.CSR, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var n int
	var directed bool
	if !sc.Scan() {
		return nil, fmt.Errorf("%s: empty", path)
	}
	if _, err := fmt.Sscanf(sc.Text(), "# nodes %d directed %t", &n, &directed); err != nil {
		return nil, fmt.Errorf("%s: line 1: %w, expected \"# nodes N directed BOOL\"", path, err)
	}
	var edges []graph.Edge
	for line := 2; sc.Scan(); line++ {
		var u, v int32
		if _, err := fmt.Sscanf(sc.Text(), "%d %d", &u, &v); err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", path, line, err)
		}
		edges = append(edges, graph.Edge{From: u, To: v, W: 1, S: 1})
	}
	return graph.Build(n, edges, graph.Options{Directed: directed}), sc.Err()
}

type result struct {
	Measure    string    `json:"measure"`
	Workers    int       `json:"workers"`
	GOMAXPROCS int       `json:"gomaxprocs"`
	Seconds    float64   `json:"seconds"`
	Values     []float64 `json:"values"`
	Bound      float64   `json:"bound,omitempty"`
}

func measureGraph(g *graph.CSR, measure string, samples, workers, repeat int, path string) error {
	r := result{Measure: measure, Workers: workers, GOMAXPROCS: runtime.GOMAXPROCS(0)}
	for i := range repeat {
		start := time.Now()
		values, bound, err := compute(g, measure, samples, workers)
		if err != nil {
			return err
		}
		if t := time.Since(start).Seconds(); i == 0 || t < r.Seconds {
			r.Seconds = t
		}
		r.Values, r.Bound = values, bound
	}
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

func compute(g *graph.CSR, measure string, samples, workers int) ([]float64, float64, error) {
	ctx := context.Background()
	o := centrality.Options{Lengths: centrality.Hops, Workers: workers}
	switch measure {
	case "betweenness":
		values, err := centrality.Betweenness(ctx, g, o)
		return values, 0, err
	case "approx":
		return centrality.ApproxBetweenness(ctx, g, samples, rand.New(rand.NewPCG(1, 2)), o)
	case "pagerank":
		values, err := centrality.PageRank(ctx, g, centrality.PageRankOptions{Workers: workers})
		return values, 0, err
	}
	return nil, 0, fmt.Errorf("-measure %q: expected betweenness, approx or pagerank", measure)
}
