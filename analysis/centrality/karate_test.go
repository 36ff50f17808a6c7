package centrality

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"strconv"
	"testing"

	"github.com/alliances-project/alliances/graph"
)

// karateCase is one entry of testdata/karate_reference.json.
type karateCase struct {
	Graph  string    `json:"graph"` // "undirected" or "directed"
	Name   string    `json:"name"`
	Call   string    `json:"call"`
	Values []float64 `json:"values"`
	Error  string    `json:"error"`
}

// readKarate returns Zachary's karate club from testdata, weighted (the number of
// contexts), undirected or oriented from the lower to the higher node number.
func readKarate(tb testing.TB, directed bool) *graph.CSR {
	tb.Helper()
	f, err := os.Open("testdata/karate_edges.csv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	el, err := graph.ReadEdgeList(f)
	if err != nil {
		tb.Fatal(err)
	}
	id := make([]int32, len(el.Names)) // order of appearance -> node number in the file
	for i, name := range el.Names {
		v, err := strconv.Atoi(name)
		if err != nil {
			tb.Fatalf("node name %q is not a number", name)
		}
		id[i] = int32(v)
	}
	for i := range el.Edges {
		el.Edges[i].From, el.Edges[i].To = id[el.Edges[i].From], id[el.Edges[i].To]
	}
	return graph.Build(34, el.Edges, graph.Options{Directed: directed, Weighted: true})
}

// karateRun computes the measure a reference case names.
var karateRun = map[string]func(ctx context.Context, g *graph.CSR) ([]float64, error){
	"betweenness": func(ctx context.Context, g *graph.CSR) ([]float64, error) {
		return Betweenness(ctx, g, Options{Lengths: Hops})
	},
	"betweenness_normalized": func(ctx context.Context, g *graph.CSR) ([]float64, error) {
		return Betweenness(ctx, g, Options{Lengths: Hops, Normalized: true})
	},
	"betweenness_inverse_weight": func(ctx context.Context, g *graph.CSR) ([]float64, error) {
		return Betweenness(ctx, g, Options{})
	},
	"betweenness_weight_as_length": func(ctx context.Context, g *graph.CSR) ([]float64, error) {
		return Betweenness(ctx, g, Options{Lengths: WeightAsLength})
	},
	"pagerank": func(ctx context.Context, g *graph.CSR) ([]float64, error) {
		return PageRank(ctx, g, PageRankOptions{Unweighted: true})
	},
	"pagerank_weighted": func(ctx context.Context, g *graph.CSR) ([]float64, error) {
		return PageRank(ctx, g, PageRankOptions{})
	},
	"pagerank_alpha_0.5": func(ctx context.Context, g *graph.CSR) ([]float64, error) {
		return PageRank(ctx, g, PageRankOptions{Damping: 0.5, Unweighted: true})
	},
	"pagerank_personalized": func(ctx context.Context, g *graph.CSR) ([]float64, error) {
		p := make([]float64, 34)
		p[0], p[33] = 3, 1 // as the reference script's PERSONAL
		return PageRank(ctx, g, PageRankOptions{Personalization: p, Unweighted: true})
	},
	"eigenvector": func(ctx context.Context, g *graph.CSR) ([]float64, error) {
		return Eigenvector(ctx, g, EigenOptions{Unweighted: true})
	},
	"eigenvector_weighted": func(ctx context.Context, g *graph.CSR) ([]float64, error) {
		return Eigenvector(ctx, g, EigenOptions{})
	},
}

// TestKarateMatchesNetworkX compares every node of every case in
// testdata/karate_reference.json (NetworkX 2.8.8; see scripts/reference/centrality.py)
// to 1e-9.
func TestKarateMatchesNetworkX(t *testing.T) {
	data, err := os.ReadFile("testdata/karate_reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct{ Cases []karateCase }
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	if len(ref.Cases) != 2*len(karateRun) {
		t.Fatalf("%d reference cases, want %d", len(ref.Cases), 2*len(karateRun))
	}
	graphs := map[string]*graph.CSR{"undirected": readKarate(t, false), "directed": readKarate(t, true)}
	for _, c := range ref.Cases {
		t.Run(c.Graph+"/"+c.Name, func(t *testing.T) {
			got, err := karateRun[c.Name](context.Background(), graphs[c.Graph])
			if c.Error != "" {
				if !errors.Is(err, ErrNotConverged) {
					t.Fatalf("err = %v, want ErrNotConverged as NetworkX (%s)", err, c.Error)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Values) != 34 || len(got) != 34 {
				t.Fatalf("%d reference values and %d computed, want one for each of the 34 members", len(c.Values), len(got))
			}
			for v := range c.Values {
				if math.Abs(got[v]-c.Values[v]) > 1e-9 {
					t.Errorf("node %d: %.15g, want %.15g (%s)", v, got[v], c.Values[v], c.Call)
				}
			}
		})
	}
}
