package balance

import (
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// signed builds an undirected signed graph from (u, v, sign) triples.
func signed(n int, ties ...[3]int) *graph.CSR {
	edges := make([]graph.Edge, len(ties))
	for i, t := range ties {
		edges[i] = graph.Edge{From: int32(t[0]), To: int32(t[1]), W: 1, S: int8(t[2])}
	}
	return graph.Build(n, edges, graph.Options{Signed: true})
}

func TestCensusHandChecked(t *testing.T) {
	tests := []struct {
		name string
		g    *graph.CSR
		want [4]int64 // +++, ++-, +--, ---
	}{
		// hand-checked: one triangle of each kind.
		{"AllPositiveTriangleIsBalanced", signed(3, [3]int{0, 1, 1}, [3]int{1, 2, 1}, [3]int{0, 2, 1}), [4]int64{1, 0, 0, 0}},
		{"OneNegativeIsUnbalanced", signed(3, [3]int{0, 1, 1}, [3]int{1, 2, 1}, [3]int{0, 2, -1}), [4]int64{0, 1, 0, 0}},
		{"EnemyOfMyEnemyIsBalanced", signed(3, [3]int{0, 1, -1}, [3]int{1, 2, -1}, [3]int{0, 2, 1}), [4]int64{0, 0, 1, 0}},
		{"AllNegativeIsWeaklyBalanced", signed(3, [3]int{0, 1, -1}, [3]int{1, 2, -1}, [3]int{0, 2, -1}), [4]int64{0, 0, 0, 1}},
		// hand-checked: K4 has C(4,3) = 4 triangles; with the one negative edge 0-1,
		// the two triangles through 0-1 are ++- and the other two +++.
		{"K4OneNegative", signed(4, [3]int{0, 1, -1}, [3]int{0, 2, 1}, [3]int{0, 3, 1}, [3]int{1, 2, 1}, [3]int{1, 3, 1}, [3]int{2, 3, 1}), [4]int64{2, 2, 0, 0}},
		// hand-checked: 0-2 is given both signs, which cancel to 0: no tie, no triangle.
		{"CancelledTieIsNoTie", signed(3, [3]int{0, 1, 1}, [3]int{1, 2, 1}, [3]int{0, 2, 1}, [3]int{2, 0, -1}), [4]int64{}},
		{"NoTies", signed(5), [4]int64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Census(context.Background(), tt.g)
			if err != nil {
				t.Fatal(err)
			}
			if got := [4]int64{c.PPP, c.PPN, c.PNN, c.NNN}; got != tt.want {
				t.Errorf("census = %v, want %v", got, tt.want)
			}
			if c.Triangles != tt.want[0]+tt.want[1]+tt.want[2]+tt.want[3] {
				t.Errorf("Triangles = %d", c.Triangles)
			}
		})
	}
}

func TestCensusShares(t *testing.T) {
	// hand-checked: K4 with one negative edge: 2 of 4 triangles balanced (the +++),
	// and weak balance adds no --- triangle.
	g := signed(4, [3]int{0, 1, -1}, [3]int{0, 2, 1}, [3]int{0, 3, 1}, [3]int{1, 2, 1}, [3]int{1, 3, 1}, [3]int{2, 3, 1})
	c, _ := Census(context.Background(), g)
	if c.Balanced != 0.5 || c.WeakBalanced != 0.5 {
		t.Errorf("shares = %v, %v, want 0.5, 0.5", c.Balanced, c.WeakBalanced)
	}
	// hand-checked: an all-negative triangle is unbalanced but weakly balanced.
	c, _ = Census(context.Background(), signed(3, [3]int{0, 1, -1}, [3]int{1, 2, -1}, [3]int{0, 2, -1}))
	if c.Balanced != 0 || c.WeakBalanced != 1 {
		t.Errorf("--- shares = %v, %v, want 0, 1", c.Balanced, c.WeakBalanced)
	}
}

// bruteCensus counts triangles over all node triples, O(n^3).
func bruteCensus(g *graph.CSR) (c [4]int64, unbalanced []Triangle) {
	arc := func(u, v int) int32 {
		i := g.Arc(u, v)
		if i < 0 || g.S[i] == 0 {
			return -1
		}
		return int32(i)
	}
	n := g.N()
	for a := range n {
		for b := a + 1; b < n; b++ {
			ab := arc(a, b)
			if ab < 0 {
				continue
			}
			for cc := b + 1; cc < n; cc++ {
				ac, bc := arc(a, cc), arc(b, cc)
				if ac < 0 || bc < 0 {
					continue
				}
				t := Triangle{Nodes: [3]int32{int32(a), int32(b), int32(cc)}, Arcs: [3]int32{ab, ac, bc}}
				k := t.Negatives(g)
				c[k]++
				if k%2 == 1 {
					unbalanced = append(unbalanced, t)
				}
			}
		}
	}
	return c, unbalanced
}

// randomSigned returns a G(n, m) signed graph, 30% negative, with some ties cancelled
// to sign 0 by an opposite duplicate.
func randomSigned(rng *rand.Rand, n, m int, weighted bool) *graph.CSR {
	edges := graph.Random(rng, n, m, 0.3)
	for i := range m / 10 {
		e := edges[i]
		edges = append(edges, graph.Edge{From: e.To, To: e.From, W: e.W, S: -e.S})
	}
	return graph.Build(n, edges, graph.Options{Signed: true, Weighted: weighted})
}

func TestCensusMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for _, size := range [][2]int{{10, 30}, {30, 200}, {80, 1500}, {300, 40000}} {
		g := randomSigned(rng, size[0], size[1], false)
		wantC, wantU := bruteCensus(g)
		c, err := Census(context.Background(), g)
		if err != nil {
			t.Fatal(err)
		}
		if got := [4]int64{c.PPP, c.PPN, c.PNN, c.NNN}; got != wantC {
			t.Errorf("G(%d,%d): census %v, brute force %v", size[0], size[1], got, wantC)
		}
		u, err := Unbalanced(context.Background(), g, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(u, wantU) {
			t.Errorf("G(%d,%d): %d unbalanced triangles, brute force %d, or a different order", size[0], size[1], len(u), len(wantU))
		}
		if len(wantU) > 5 {
			first, _ := Unbalanced(context.Background(), g, 5)
			if !reflect.DeepEqual(first, wantU[:5]) {
				t.Errorf("G(%d,%d): limit 5 gave %v, want %v", size[0], size[1], first, wantU[:5])
			}
		}
	}
}

// reference is census_reference.json, written by scripts/reference/signed.py.
type reference struct {
	Cases []struct {
		Graph, File       string
		Census            map[string]int64
		Unbalanced        [][3]string
		FrustrationIndex  *float64 `json:"frustration_index"`
		NetworkxTriangles int64    `json:"networkx_triangles"`
	}
}

func readReference(t *testing.T) reference {
	b, err := os.ReadFile("testdata/census_reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref reference
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	// The four networks scripts/reference/signed.py writes, each with its census: a
	// truncated file must fail, not pass with nothing to compare.
	files := []string{}
	for _, c := range ref.Cases {
		files = append(files, c.File)
		if len(c.Census) != 4 || c.NetworkxTriangles == 0 {
			t.Fatalf("reference case %s: census %v, %d triangles; want the four counts", c.File, c.Census, c.NetworkxTriangles)
		}
	}
	if want := []string{"gama_edges.csv", "random_30_120.csv", "random_60_400.csv", "random_200_2000.csv"}; !slices.Equal(files, want) {
		t.Fatalf("reference cases %v, want %v", files, want)
	}
	return ref
}

func TestCensusMatchesNetworkX(t *testing.T) {
	for _, c := range readReference(t).Cases {
		t.Run(c.File, func(t *testing.T) {
			g, names := readSigned(t, "testdata/"+c.File, false)
			got, err := Census(context.Background(), g)
			if err != nil {
				t.Fatal(err)
			}
			want := [4]int64{c.Census["+++"], c.Census["++-"], c.Census["+--"], c.Census["---"]}
			if [4]int64{got.PPP, got.PPN, got.PNN, got.NNN} != want || got.Triangles != c.NetworkxTriangles {
				t.Errorf("census %+v, NetworkX %v (total %d)", got, want, c.NetworkxTriangles)
			}
			u, _ := Unbalanced(context.Background(), g, 0)
			var named [][3]string
			for _, tr := range u {
				named = append(named, [3]string{names[tr.Nodes[0]], names[tr.Nodes[1]], names[tr.Nodes[2]]})
			}
			if !reflect.DeepEqual(named, c.Unbalanced) {
				t.Errorf("unbalanced triangles differ from NetworkX's:\n got %v\nwant %v", named, c.Unbalanced)
			}
		})
	}
}

func TestGahukuGamaCensus(t *testing.T) {
	// NetworkX 2.8.8 via scripts/reference/signed.py (census_reference.json): 68
	// triangles, 19 +++, 2 ++-, 40 +--, 7 ---; so 59/68 balanced, 66/68 weakly.
	g, _ := gama(t)
	c, _ := Census(context.Background(), g)
	if c.Triangles != 68 || c.Balanced != 59.0/68 || c.WeakBalanced != 66.0/68 {
		t.Errorf("census %+v, want 68 triangles, shares 59/68 and 66/68", c)
	}
}

func TestUnbalancedArcsNameTheTriangle(t *testing.T) {
	g, _ := gama(t)
	u, _ := Unbalanced(context.Background(), g, 0)
	if len(u) != 9 { // 2 ++- and 7 --- (NetworkX, above)
		t.Fatalf("%d unbalanced triangles, want 9", len(u))
	}
	for _, tr := range u {
		a, b, c := int(tr.Nodes[0]), int(tr.Nodes[1]), int(tr.Nodes[2])
		if tr.Arcs != [3]int32{int32(g.Arc(a, b)), int32(g.Arc(a, c)), int32(g.Arc(b, c))} || !(a < b && b < c) {
			t.Errorf("triangle %+v: arcs do not match its nodes", tr)
		}
		if tr.Negatives(g)%2 != 1 {
			t.Errorf("triangle %+v is balanced", tr)
		}
	}
}

func TestRejects(t *testing.T) {
	directed := graph.Build(3, []graph.Edge{{From: 0, To: 1, W: 1, S: 1}}, graph.Options{Directed: true, Signed: true})
	ctx := context.Background()
	_, err1 := Census(ctx, directed)
	_, err2 := Unbalanced(ctx, nil, 0)
	_, err3 := Frustration(ctx, directed, Options{})
	for i, err := range []error{err1, err2, err3} {
		var e *alliances.Error
		if !errors.As(err, &e) || e.Kind != alliances.Invalid {
			t.Errorf("case %d: err = %v, want an invalid-input error", i, err)
		}
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	g := randomSigned(rand.New(rand.NewPCG(1, 1)), 2000, 10000, false)
	if _, err := Census(ctx, g); !errors.Is(err, context.Canceled) {
		t.Errorf("Census: err = %v, want context.Canceled", err)
	}
	if _, err := Unbalanced(ctx, g, 0); !errors.Is(err, context.Canceled) {
		t.Errorf("Unbalanced: err = %v, want context.Canceled", err)
	}
	if _, err := Frustration(ctx, g, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Frustration: err = %v, want context.Canceled", err)
	}
}
