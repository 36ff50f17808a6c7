package paths

import (
	"context"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

func build(n int, directed bool, edges ...graph.Edge) *graph.CSR {
	return graph.Build(n, edges, graph.Options{Directed: directed, Weighted: true})
}

func e(u, v int32, w float64) graph.Edge { return graph.Edge{From: u, To: v, W: w, S: 1} }

// diamond: two chains of two steps from 0 to 3 (via 1 and via 2), a longer one via 4 and
// 5, and a dead end 0→6→7 at the right depth that does not reach 3:
//
//	  1       6 → 7
//	↗   ↘   ↗
//	0 → 2 → 3
//	↘       ↑
//	  4 → 5
//
// Arcs in CSR order: 0→1 (0), 0→2 (1), 0→4 (2), 0→6 (3), 1→3 (4), 2→3 (5), 4→5 (6),
// 5→3 (7), 6→7 (8).
func diamond(w float64) *graph.CSR {
	return build(8, true, e(0, 1, w), e(0, 2, w), e(1, 3, w), e(2, 3, w), e(0, 4, w), e(4, 5, w), e(5, 3, w), e(0, 6, w), e(6, 7, w))
}

func nodesOf(ps []Path) [][]int32 {
	out := make([][]int32, len(ps))
	for i, p := range ps {
		out[i] = p.Nodes
	}
	return out
}

func TestShortest(t *testing.T) {
	for _, tc := range []struct {
		name     string
		g        *graph.CSR
		from, to int
		limit    int
		want     []Path
	}{
		{"TwoChainsOfTwoSteps", diamond(1), 0, 3, 10, []Path{
			{Nodes: []int32{0, 1, 3}, Arcs: []int32{0, 4}, Strength: 1},
			{Nodes: []int32{0, 2, 3}, Arcs: []int32{1, 5}, Strength: 1},
		}},
		{"LimitKeepsTheFirst", diamond(1), 0, 3, 1, []Path{{Nodes: []int32{0, 1, 3}, Arcs: []int32{0, 4}, Strength: 1}}},
		{"UnreachableAgainstTheArcs", diamond(1), 3, 0, 10, nil},
		{"SameNode", diamond(1), 5, 5, 10, []Path{{Nodes: []int32{5}, Strength: 1}}},
		// Weights 4 of a largest 4: strength 1 per step. Weights 2: 2/4 per step, 1/4 a chain.
		{"StrengthOfWeightedChain", build(3, true, e(0, 1, 2), e(1, 2, 2), e(2, 0, 4)), 0, 2, 10, []Path{
			{Nodes: []int32{0, 1, 2}, Arcs: []int32{0, 1}, Strength: 0.25},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Shortest(context.Background(), tc.g, tc.from, tc.to, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// TestShortestGrid: on the undirected 3×3 grid (nodes 3r+c), the corner-to-corner chains
// of 4 steps are the C(4,2) = 6 orders of two rights and two downs, in lexicographic order.
func TestShortestGrid(t *testing.T) {
	var edges []graph.Edge
	for r := range int32(3) {
		for c := range int32(3) {
			if c < 2 {
				edges = append(edges, e(3*r+c, 3*r+c+1, 1))
			}
			if r < 2 {
				edges = append(edges, e(3*r+c, 3*r+c+3, 1))
			}
		}
	}
	g := build(9, false, edges...)
	got, err := Shortest(context.Background(), g, 0, 8, 100)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int32{
		{0, 1, 2, 5, 8}, {0, 1, 4, 5, 8}, {0, 1, 4, 7, 8},
		{0, 3, 4, 5, 8}, {0, 3, 4, 7, 8}, {0, 3, 6, 7, 8},
	}
	if !reflect.DeepEqual(nodesOf(got), want) {
		t.Errorf("got %v, want %v", nodesOf(got), want)
	}
	checkArcs(t, g, got)
}

// checkArcs verifies that every arc joins the nodes it stands between.
func checkArcs(t *testing.T, g *graph.CSR, ps []Path) {
	t.Helper()
	for _, p := range ps {
		for i, a := range p.Arcs {
			if g.Arc(int(p.Nodes[i]), int(p.Nodes[i+1])) != int(a) {
				t.Fatalf("path %v: arc %d is not %d→%d", p.Nodes, a, p.Nodes[i], p.Nodes[i+1])
			}
		}
	}
}

// TestShortestCountsMatchBFS: on random graphs the number of chains listed (with a high
// limit) equals the number of shortest paths counted by breadth-first search, and each
// has the BFS distance as its length.
func TestShortestCountsMatchBFS(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, directed := range []bool{true, false} {
		g := graph.Build(200, graph.Random(rng, 200, 700, 0), graph.Options{Directed: directed})
		for range 30 {
			from, to := rng.IntN(200), rng.IntN(200)
			dist, sigma := bfsCount(g, from)
			got, err := Shortest(context.Background(), g, from, to, 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != sigma[to] {
				t.Fatalf("%d→%d: %d chains, BFS counts %d", from, to, len(got), sigma[to])
			}
			for i, p := range got {
				if p.Steps() != dist[to] || (i > 0 && slices.Compare(got[i-1].Nodes, p.Nodes) >= 0) {
					t.Fatalf("%d→%d: chain %v of %d steps out of order or not %d steps", from, to, p.Nodes, p.Steps(), dist[to])
				}
			}
			checkArcs(t, g, got)
		}
	}
}

func bfsCount(g *graph.CSR, s int) (dist, sigma []int) {
	dist, sigma = make([]int, g.N()), make([]int, g.N())
	for i := range dist {
		dist[i] = -1
	}
	dist[s], sigma[s] = 0, 1
	for q := []int{s}; len(q) > 0; q = q[1:] {
		u := q[0]
		for _, v := range g.Neighbors(u) {
			if dist[v] < 0 {
				dist[v] = dist[u] + 1
				q = append(q, int(v))
			}
			if dist[v] == dist[u]+1 {
				sigma[v] += sigma[u]
			}
		}
	}
	return dist, sigma
}

// yenGraph is the example of Wikipedia's "Yen's algorithm" article: nodes C D E F G H
// (0..5), arcs C→D 3, C→E 2, D→F 4, E→D 1, E→F 2, E→G 3, F→G 2, F→H 1, G→H 2, with
// lengths turned into strengths exp(-length), so that the strongest chains are the
// shortest by length.
func yenGraph() *graph.CSR {
	const C, D, E, F, G, H = 0, 1, 2, 3, 4, 5
	x := func(u, v int32, l float64) graph.Edge { return e(u, v, math.Exp(-l)) }
	return build(6, true, x(C, D, 3), x(C, E, 2), x(D, F, 4), x(E, D, 1), x(E, F, 2), x(E, G, 3), x(F, G, 2), x(F, H, 1), x(G, H, 2))
}

// TestStrongestYenExample: the article lists C-E-F-H (5), C-E-G-H (7), C-D-F-H (8) as the
// three shortest. Hand-enumerating the 7 loopless chains C→H gives the rest: C-E-D-F-H (8)
// and C-E-F-G-H (8), which tie with C-D-F-H and come after it with four steps to its three,
// in node order; then C-D-F-G-H (11) and C-E-D-F-G-H (11), fewer steps first.
func TestStrongestYenExample(t *testing.T) {
	got, err := Strongest(context.Background(), yenGraph(), 0, 5, 10)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int32{{0, 2, 3, 5}, {0, 2, 4, 5}, {0, 1, 3, 5}, {0, 2, 1, 3, 5}, {0, 2, 3, 4, 5}, {0, 1, 3, 4, 5}, {0, 2, 1, 3, 4, 5}}
	if !reflect.DeepEqual(nodesOf(got), want) {
		t.Fatalf("got %v\nwant %v", nodesOf(got), want)
	}
	lengths := []float64{5, 7, 8, 8, 8, 11, 11}
	for i, p := range got {
		if math.Abs(-math.Log(p.Strength)-lengths[i]) > 1e-12 {
			t.Errorf("chain %v: strength %v, want exp(-%v)", p.Nodes, p.Strength, lengths[i])
		}
	}
	checkArcs(t, yenGraph(), got)
}

// TestStrongestTies: largest weight 8, so strengths 0→1 and 1→3 are 4/8, 0→3 is 2/8,
// 0→2 is 1 and 2→3 is 1/8. Chains to 3: direct 1/4; via 1 (1/2)(1/2) = 1/4, a tie broken
// by steps; via 2 1/8 last. Unweighted, every strength is 1 and the strongest chains are
// the shortest: the diamond's two-step chains, then the three-step one.
func TestStrongestTies(t *testing.T) {
	g := build(4, true, e(0, 1, 4), e(1, 3, 4), e(0, 2, 8), e(2, 3, 1), e(0, 3, 2))
	got, err := Strongest(context.Background(), g, 0, 3, 5)
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]int32{{0, 3}, {0, 1, 3}, {0, 2, 3}}; !reflect.DeepEqual(nodesOf(got), want) {
		t.Errorf("weighted: got %v, want %v", nodesOf(got), want)
	}
	if got[0].Strength != 0.25 || got[1].Strength != 0.25 || got[2].Strength != 0.125 {
		t.Errorf("strengths %v %v %v, want 0.25 0.25 0.125", got[0].Strength, got[1].Strength, got[2].Strength)
	}
	un, err := Strongest(context.Background(), diamond(1), 0, 3, 5)
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]int32{{0, 1, 3}, {0, 2, 3}, {0, 4, 5, 3}}; !reflect.DeepEqual(nodesOf(un), want) {
		t.Errorf("unweighted: got %v, want %v", nodesOf(un), want)
	}
}

// TestStrongestSkipsZeroWeights: an arc of weight 0 carries nothing, so the only chain
// 0→1→2 through it is no chain.
func TestStrongestSkipsZeroWeights(t *testing.T) {
	g := build(3, true, e(0, 1, 1), e(1, 2, 0))
	got, err := Strongest(context.Background(), g, 0, 2, 3)
	if err != nil || len(got) != 0 {
		t.Errorf("got %v, %v; want no chain", got, err)
	}
}

// TestStrongestMatchesBruteForce: on small random graphs the k strongest chains have the
// strengths of the k best of all loopless chains, enumerated by depth-first search.
func TestStrongestMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 20 {
		directed := trial%2 == 0
		g := graph.Build(9, graph.Random(rng, 9, 22, 0), graph.Options{Directed: directed, Weighted: true})
		from, to := rng.IntN(9), rng.IntN(9)
		if from == to {
			continue
		}
		all := allChains(g, from, to)
		got, err := Strongest(context.Background(), g, from, to, 6)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != min(6, len(all)) {
			t.Fatalf("trial %d: %d chains, %d exist", trial, len(got), len(all))
		}
		for i, p := range got {
			if math.Abs(p.Strength-all[i]) > 1e-12 {
				t.Errorf("trial %d chain %d %v: strength %v, brute force %v", trial, i, p.Nodes, p.Strength, all[i])
			}
		}
		checkArcs(t, g, got)
	}
}

// allChains returns the strengths of every loopless chain from s to t, strongest first.
func allChains(g *graph.CSR, s, t int) []float64 {
	norm := max(1, g.MaxWeight())
	var out []float64
	seen := make([]bool, g.N())
	var walk func(u int, str float64)
	walk = func(u int, str float64) {
		if u == t {
			out = append(out, str)
			return
		}
		seen[u] = true
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			if v := int(g.Adj[i]); !seen[v] {
				walk(v, str*g.W[i]/norm)
			}
		}
		seen[u] = false
	}
	walk(s, 1)
	slices.SortFunc(out, func(a, b float64) int { return -cmpFloat(a, b) })
	return out
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestPathsRejectBadInput(t *testing.T) {
	g := diamond(1)
	for _, tc := range []struct {
		name string
		call func() error
	}{
		{"ErrNodeOutOfRange", func() error { _, err := Shortest(context.Background(), g, 0, 8, 1); return err }},
		{"ErrLimitZero", func() error { _, err := Shortest(context.Background(), g, 0, 3, 0); return err }},
		{"ErrKZero", func() error { _, err := Strongest(context.Background(), g, 0, 3, 0); return err }},
		{"ErrNoGraph", func() error { _, err := Strongest(context.Background(), nil, 0, 3, 1); return err }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.call(); alliances.KindOf(err) != alliances.Invalid {
				t.Errorf("err = %v, want kind invalid", err)
			}
		})
	}
}
