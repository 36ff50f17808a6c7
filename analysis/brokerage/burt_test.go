package brokerage

import (
	"context"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/alliances-project/alliances/graph"
)

// burtCase is one case of testdata/burt_networkx.json, written by
// scripts/reference/brokerage.py with NetworkX 2.8.8 (networkx.constraint and
// networkx.effective_size, the weight argument as recorded in each case's "call") and
// igraph 0.10.2 (Graph.constraint, which Constraint matches with Sinks set).
type burtCase struct {
	Name          string
	N             int
	Directed      bool
	Weighted      bool
	Call          string
	Edges         [][3]float64
	Constraint    []*float64 // null: NaN
	EffectiveSize []*float64 `json:"effective_size"`
	IGraph        []*float64 `json:"igraph_constraint"` // igraph 0.10.2 Graph.constraint
}

func (c burtCase) graph() *graph.CSR {
	edges := make([]graph.Edge, len(c.Edges))
	for i, e := range c.Edges {
		edges[i] = graph.Edge{From: int32(e[0]), To: int32(e[1]), W: e[2], S: 1}
	}
	// Always keep the weights: the unweighted cases must then ignore them by option.
	return graph.Build(c.N, edges, graph.Options{Directed: c.Directed, Weighted: true})
}

func TestBurtMatchesNetworkX(t *testing.T) {
	var ref struct{ Cases []burtCase }
	readJSON(t, "testdata/burt_networkx.json", &ref)
	if len(ref.Cases) != 6 {
		t.Fatalf("%d cases in the reference file, want 6", len(ref.Cases))
	}
	// Each case has a value per node, the karate club's 34 members first: a truncated
	// file must fail, not pass with nothing to compare.
	for _, c := range ref.Cases {
		if len(c.Constraint) != c.N || len(c.EffectiveSize) != c.N || len(c.IGraph) != c.N || c.N == 0 {
			t.Fatalf("case %s: %d constraints, %d effective sizes, %d igraph values; want %d of each", c.Name, len(c.Constraint), len(c.EffectiveSize), len(c.IGraph), c.N)
		}
	}
	if ref.Cases[0].N != 34 || ref.Cases[1].N != 34 {
		t.Fatalf("the first two cases have %d and %d nodes, want the karate club's 34", ref.Cases[0].N, ref.Cases[1].N)
	}
	for _, c := range ref.Cases {
		t.Run(c.Name, func(t *testing.T) {
			g, o := c.graph(), BurtOptions{IgnoreWeights: !c.Weighted}
			con, err := Constraint(context.Background(), g, o)
			if err != nil {
				t.Fatal(err)
			}
			es, err := EffectiveSize(context.Background(), g, o)
			if err != nil {
				t.Fatal(err)
			}
			o.Sinks = true
			sinks, err := Constraint(context.Background(), g, o)
			if err != nil {
				t.Fatal(err)
			}
			for v := range c.N {
				if !close(sinks[v], value(c.IGraph[v]), 1e-9) {
					t.Errorf("constraint[%d] with Sinks = %v, igraph %v", v, sinks[v], value(c.IGraph[v]))
				}
				if !close(con[v], value(c.Constraint[v]), 1e-9) {
					t.Errorf("constraint[%d] = %v, NetworkX %v", v, con[v], value(c.Constraint[v]))
				}
				if !close(es[v], value(c.EffectiveSize[v]), 1e-9) {
					t.Errorf("effective size[%d] = %v, NetworkX %v", v, es[v], value(c.EffectiveSize[v]))
				}
			}
		})
	}
}

func value(p *float64) float64 {
	if p == nil {
		return math.NaN()
	}
	return *p
}

// TestBurtSinks: in the small directed graph of the reference file, node 7 only receives
// arcs (4→7 and 6→7), so NetworkX gives NaN; with Sinks it is scored. Hand-checked,
// unweighted: its two neighbours 4 and 6 are not tied, so p = 1/2 each, no indirect
// term, constraint (1/2)² + (1/2)² = 0.5 and effective size 2 - 0 = 2.
func TestBurtSinks(t *testing.T) {
	var ref struct{ Cases []burtCase }
	readJSON(t, "testdata/burt_networkx.json", &ref)
	g := ref.Cases[3].graph() // "small directed unweighted"
	for _, tc := range []struct {
		name     string
		o        BurtOptions
		con, eff float64
	}{
		{"NaNLikeNetworkX", BurtOptions{IgnoreWeights: true}, math.NaN(), math.NaN()},
		{"ScoredWithSinks", BurtOptions{IgnoreWeights: true, Sinks: true}, 0.5, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			con, _ := Constraint(context.Background(), g, tc.o)
			es, _ := EffectiveSize(context.Background(), g, tc.o)
			if !close(con[7], tc.con, 1e-12) || !close(es[7], tc.eff, 1e-12) {
				t.Errorf("node 7: constraint %v, effective size %v; want %v, %v", con[7], es[7], tc.con, tc.eff)
			}
			if !math.IsNaN(con[8]) {
				t.Errorf("isolate 8: constraint %v, want NaN", con[8])
			}
		})
	}
}

// TestBurtSameOnAnyNumberOfWorkers: every node is scored by one worker with the same
// arithmetic, so the numbers are identical bit for bit.
func TestBurtSameOnAnyNumberOfWorkers(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	g := graph.Build(3000, graph.Random(rng, 3000, 20000, 0), graph.Options{Directed: true, Weighted: true})
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one, _ := Constraint(context.Background(), g, BurtOptions{})
	runtime.GOMAXPROCS(4)
	four, _ := Constraint(context.Background(), g, BurtOptions{})
	for v := range one {
		if math.Float64bits(one[v]) != math.Float64bits(four[v]) {
			t.Fatalf("node %d: %v on one worker, %v on four", v, one[v], four[v])
		}
	}
}
