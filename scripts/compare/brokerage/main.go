// Command brokerage runs package brokerage's Constraint and EffectiveSize (and Roles, with
// seeded random groups) on an edge list, and writes their values and timings as JSON for
// scripts/compare/brokerage.py, which compares them with NetworkX and igraph. It also
// writes the constraint with BurtOptions.Sinks, the convention igraph follows.
//
//	go run ./scripts/compare/brokerage -in FILE [-directed] [-weighted] [-reps 3] [-out FILE]
//
// The edge list is read by graph.ReadEdgeList (nodes named as in the file). Each function
// is timed on the built graph, best of -reps runs; set GOMAXPROCS to choose the cores.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"time"

	"github.com/alliances-project/alliances/analysis/brokerage"
	"github.com/alliances-project/alliances/graph"
)

// report is what the command writes.
type report struct {
	Names         []string           `json:"names"`
	N             int                `json:"n"`
	Arcs          int                `json:"arcs"`
	GOMAXPROCS    int                `json:"gomaxprocs"`
	Seconds       map[string]float64 `json:"seconds"` // best time per function
	Constraint    []*float64         `json:"constraint"`
	Sinks         []*float64         `json:"constraint_sinks"` // with BurtOptions.Sinks, as igraph
	EffectiveSize []*float64         `json:"effective_size"`
	TwoPaths      int64              `json:"open_two_paths"` // total counted by Roles
}

func main() {
	in := flag.String("in", "", "edge list to read")
	directed := flag.Bool("directed", false, "read the edges as arcs")
	weighted := flag.Bool("weighted", false, "use the third column as weights")
	reps := flag.Int("reps", 3, "runs per function; the best time is kept")
	out := flag.String("out", "", "JSON file to write (default: standard output)")
	flag.Parse()
	if err := run(*in, *directed, *weighted, *reps, *out); err != nil {
		fmt.Fprintln(os.Stderr, "brokerage:", err)
		os.Exit(1)
	}
}

func run(in string, directed, weighted bool, reps int, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	el, err := graph.ReadEdgeList(f)
	f.Close()
	if err != nil {
		return err
	}
	g := graph.Build(len(el.Names), el.Edges, graph.Options{Directed: directed, Weighted: weighted})
	r := report{Names: el.Names, N: g.N(), Arcs: g.Arcs(), GOMAXPROCS: runtime.GOMAXPROCS(0), Seconds: map[string]float64{}}
	ctx := context.Background()
	var con, es []float64
	if r.Seconds["constraint"], err = best(reps, func() (err error) { con, err = brokerage.Constraint(ctx, g, brokerage.BurtOptions{}); return }); err != nil {
		return err
	}
	if r.Seconds["effective_size"], err = best(reps, func() (err error) { es, err = brokerage.EffectiveSize(ctx, g, brokerage.BurtOptions{}); return }); err != nil {
		return err
	}
	group := make([]int32, g.N())
	rng := rand.New(rand.NewPCG(1, 1))
	for v := range group {
		group[v] = rng.Int32N(5)
	}
	var roles brokerage.Result
	if r.Seconds["roles"], err = best(reps, func() (err error) { roles, err = brokerage.Roles(ctx, g, group); return }); err != nil {
		return err
	}
	for _, c := range roles.Nodes {
		r.TwoPaths += c.Total()
	}
	sinks, err := brokerage.Constraint(ctx, g, brokerage.BurtOptions{Sinks: true})
	if err != nil {
		return err
	}
	r.Constraint, r.EffectiveSize, r.Sinks = nullNaN(con), nullNaN(es), nullNaN(sinks)
	return write(out, r)
}

// best returns the shortest of reps timed runs of f.
func best(reps int, f func() error) (float64, error) {
	t := math.Inf(1)
	for range max(1, reps) {
		start := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		t = min(t, time.Since(start).Seconds())
	}
	return t, nil
}

func nullNaN(xs []float64) []*float64 {
	out := make([]*float64, len(xs))
	for i := range xs {
		if !math.IsNaN(xs[i]) {
			out[i] = &xs[i]
		}
	}
	return out
}

func write(path string, r report) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if path == "" {
		_, err = os.Stdout.Write(b)
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
