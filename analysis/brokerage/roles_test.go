package brokerage

import (
	"context"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

func directed(n int, arcs ...[2]int32) *graph.CSR {
	edges := make([]graph.Edge, len(arcs))
	for i, a := range arcs {
		edges[i] = graph.Edge{From: a[0], To: a[1], W: 1, S: 1}
	}
	return graph.Build(n, edges, graph.Options{Directed: true})
}

// TestRolesOneTwoPathPerRole: each graph holds the single two-path 0→1→2 (broker 1), with
// the groups drawn under it; hand-checked against the package's table (and sna's C code,
// gli.c brokerage_R, which tests cl[i]==cl[j], then cl[j]==cl[k], then cl[i]==cl[k]).
func TestRolesOneTwoPathPerRole(t *testing.T) {
	g := directed(3, [2]int32{0, 1}, [2]int32{1, 2})
	for _, tc := range []struct {
		name  string
		group []int32
		want  Role
	}{
		{"Coordinator", []int32{7, 7, 7}, Coordinator},       // [0 1 2]: one group
		{"Itinerant", []int32{7, 8, 7}, Itinerant},           // [0 2] [1]: broker outside
		{"Representative", []int32{7, 7, 8}, Representative}, // [0 1] [2]: broker with the sender
		{"Gatekeeper", []int32{7, 8, 8}, Gatekeeper},         // [0] [1 2]: broker with the receiver
		{"Liaison", []int32{7, 8, 9}, Liaison},               // [0] [1] [2]
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Roles(context.Background(), g, tc.group)
			if err != nil {
				t.Fatal(err)
			}
			var want Counts
			want[tc.want] = 1
			if res.Nodes[1] != want || res.Nodes[0] != (Counts{}) || res.Nodes[2] != (Counts{}) {
				t.Errorf("counts %v, want broker 1 = %v and nothing else", res.Nodes, want)
			}
			tp, err := TwoPaths(context.Background(), g, tc.group, 1, AnyRole, 0)
			if err != nil {
				t.Fatal(err)
			}
			wantTP := TwoPath{From: 0, Broker: 1, To: 2, In: 0, Out: 1, Role: tc.want}
			if len(tp) != 1 || tp[0] != wantTP {
				t.Errorf("TwoPaths = %+v, want [%+v]", tp, wantTP)
			}
		})
	}
}

// TestRolesClosedAndReturningPathsDoNotCount: 0→1→2 with the shortcut 0→2 is closed (0 can
// reach 2 directly), and 0→1→0 returns to its source; neither is brokerage.
func TestRolesClosedAndReturningPathsDoNotCount(t *testing.T) {
	g := directed(3, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{0, 2}, [2]int32{1, 0})
	res, err := Roles(context.Background(), g, []int32{1, 1, 1})
	if err != nil {
		t.Fatal(err)
	}
	// Hand-checked, every two-path: 0→1→2 is closed by 0→2, 1→0→2 by 1→2, and 0→1→0,
	// 1→0→1 return to their source.
	for v, c := range res.Nodes {
		if c.Total() != 0 {
			t.Errorf("node %d brokers %v, want nothing", v, c)
		}
	}
}

// TestRolesUndirectedCountsBothWays: on the undirected path 0–1–2 the broker 1 carries
// 0→1→2 and 2→1→0, as sna does on a symmetric matrix. Groups [0 1] [2]: one
// representative (0,1 share a group, passing to 2) and one gatekeeper (2 to 1's group).
func TestRolesUndirectedCountsBothWays(t *testing.T) {
	g := graph.Build(3, []graph.Edge{{From: 0, To: 1}, {From: 1, To: 2}}, graph.Options{})
	res, err := Roles(context.Background(), g, []int32{0, 0, 1})
	if err != nil {
		t.Fatal(err)
	}
	if want := (Counts{Representative: 1, Gatekeeper: 1}); res.Nodes[1] != want {
		t.Errorf("broker 1: %v, want %v", res.Nodes[1], want)
	}
}

func TestRolesRejectsBadInput(t *testing.T) {
	g := directed(3, [2]int32{0, 1})
	signed := graph.Build(2, []graph.Edge{{From: 0, To: 1, S: -1}}, graph.Options{Directed: true, Signed: true})
	for _, tc := range []struct {
		name  string
		g     *graph.CSR
		group []int32
	}{
		{"ErrNoGraph", nil, nil},
		{"ErrGroupLength", g, []int32{0, 0}},
		{"ErrNegativeArc", signed, []int32{0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Roles(context.Background(), tc.g, tc.group); alliances.KindOf(err) != alliances.Invalid {
				t.Errorf("err = %v, want kind invalid", err)
			}
		})
	}
	t.Run("ErrBrokerOutOfRange", func(t *testing.T) {
		if _, err := TwoPaths(context.Background(), g, []int32{0, 0, 0}, 3, AnyRole, 0); alliances.KindOf(err) != alliances.Invalid {
			t.Errorf("err = %v, want kind invalid", err)
		}
	})
	t.Run("ErrCanceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := Roles(ctx, g, []int32{0, 0, 0}); err != context.Canceled {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
}

// snaCase is one case of testdata/brokerage_sna.json, written by
// scripts/reference/brokerage.py from sna::brokerage() (sna 2.7-1, R 4.2).
type snaCase struct {
	Name   string
	N      int
	Arcs   [][2]int32
	Groups []int32
	Raw    [][6]int64
	Exp    [][6]rfloat
	SD     [][6]rfloat
	Z      [][6]rfloat
}

// rfloat reads a JSON number or one of the strings "NaN", "Inf", "-Inf".
type rfloat float64

func (f *rfloat) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case `"NaN"`:
		*f = rfloat(math.NaN())
	case `"Inf"`:
		*f = rfloat(math.Inf(1))
	case `"-Inf"`:
		*f = rfloat(math.Inf(-1))
	default:
		var x float64
		if err := json.Unmarshal(b, &x); err != nil {
			return err
		}
		*f = rfloat(x)
	}
	return nil
}

func TestRolesMatchSna(t *testing.T) {
	var ref struct{ Cases []snaCase }
	readJSON(t, "testdata/brokerage_sna.json", &ref)
	// The three cases scripts/reference/brokerage.py writes, each with a row per node:
	// a truncated file must fail, not pass with nothing to compare.
	var names []string
	for _, c := range ref.Cases {
		names = append(names, c.Name)
		if len(c.Groups) != c.N || len(c.Raw) != c.N || len(c.Exp) != c.N || len(c.SD) != c.N || len(c.Z) != c.N {
			t.Fatalf("case %s: %d groups, %d, %d, %d, %d rows; want %d of each", c.Name, len(c.Groups), len(c.Raw), len(c.Exp), len(c.SD), len(c.Z), c.N)
		}
	}
	if want := []string{"cograph example", "karate factions", "random directed"}; !slices.Equal(names, want) || ref.Cases[1].N != 34 {
		t.Fatalf("reference cases %v, want %v (the karate club with 34 members)", names, want)
	}
	for _, c := range ref.Cases {
		t.Run(c.Name, func(t *testing.T) {
			g := directed(c.N, c.Arcs...)
			res, err := Roles(context.Background(), g, c.Groups)
			if err != nil {
				t.Fatal(err)
			}
			for v := range c.N {
				got := res.Nodes[v]
				for k := range NumRoles {
					if got[k] != c.Raw[v][k] {
						t.Errorf("node %d %v: %d, sna %d", v, Role(k), got[k], c.Raw[v][k])
					}
				}
				if got.Total() != c.Raw[v][5] {
					t.Errorf("node %d total: %d, sna %d", v, got.Total(), c.Raw[v][5])
				}
				closeAll(t, v, "expected", res.Expected(v), c.Exp[v])
				closeAll(t, v, "sd", res.SD(v), c.SD[v])
				closeAll(t, v, "z", res.Z(v), c.Z[v])
			}
		})
	}
}

func closeAll(t *testing.T, v int, what string, got [6]float64, want [6]rfloat) {
	t.Helper()
	for k := range got {
		w := float64(want[k])
		if !close(got[k], w, 1e-9) {
			t.Errorf("node %d %s[%d] = %v, sna %v", v, what, k, got[k], w)
		}
	}
}

// close compares with a relative tolerance; NaN equals NaN and infinities must match.
func close(a, b, tol float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) || math.IsInf(a, 0) || math.IsInf(b, 0) {
		return (math.IsNaN(a) && math.IsNaN(b)) || a == b
	}
	return math.Abs(a-b) <= tol*max(1, math.Abs(b))
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

// TestTwoPathsExplainCounts: on a random graph, the two-paths listed for each broker and
// role add up to Roles' counts, each is open, and its arcs are the ones it names.
func TestTwoPathsExplainCounts(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	g := graph.Build(60, graph.Random(rng, 60, 400, 0), graph.Options{Directed: true})
	group := make([]int32, 60)
	for v := range group {
		group[v] = rng.Int32N(4)
	}
	res, err := Roles(context.Background(), g, group)
	if err != nil {
		t.Fatal(err)
	}
	for b := range g.N() {
		tps, err := TwoPaths(context.Background(), g, group, b, AnyRole, 0)
		if err != nil {
			t.Fatal(err)
		}
		var got Counts
		for _, p := range tps {
			got[p.Role]++
			ok := g.Adj[p.In] == p.Broker && g.Arc(int(p.From), b) == int(p.In) &&
				g.Adj[p.Out] == p.To && g.Arc(b, int(p.To)) == int(p.Out) && g.Arc(int(p.From), int(p.To)) < 0
			if !ok || Classify(group[p.From], group[b], group[p.To]) != p.Role {
				t.Fatalf("broker %d: bad two-path %+v", b, p)
			}
		}
		if got != res.Nodes[b] {
			t.Errorf("broker %d: two-paths give %v, Roles %v", b, got, res.Nodes[b])
		}
		if res.Nodes[b][Liaison] > 1 {
			few, _ := TwoPaths(context.Background(), g, group, b, Liaison, 1)
			if len(few) != 1 || few[0].Role != Liaison {
				t.Errorf("broker %d: limit 1 liaison gave %+v", b, few)
			}
		}
	}
}

// TestRolesSameOnAnyNumberOfWorkers: counts are integers summed per worker, so one worker
// and several agree exactly.
func TestRolesSameOnAnyNumberOfWorkers(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	n := 5000
	g := graph.Build(n, graph.Random(rng, n, 40000, 0), graph.Options{Directed: true})
	group := make([]int32, n)
	for v := range group {
		group[v] = rng.Int32N(5)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one, err := Roles(context.Background(), g, group)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GOMAXPROCS(4)
	four, err := Roles(context.Background(), g, group)
	if err != nil {
		t.Fatal(err)
	}
	for v := range one.Nodes {
		if one.Nodes[v] != four.Nodes[v] {
			t.Fatalf("node %d: %v on one worker, %v on four", v, one.Nodes[v], four.Nodes[v])
		}
	}
}

// TestRolesExcludingClosedPairs: a hostile tie between the ends of a two-path closes it,
// as an arc between them would; other two-paths count as before, and TwoPathsExcluding
// lists exactly the two-paths RolesExcluding counts.
func TestRolesExcludingClosedPairs(t *testing.T) {
	// 0→1→2 and 3→1→2: 0 and 2 are enemies, 3 and 2 are not.
	g := directed(4, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{3, 1})
	hostile := graph.Build(4, []graph.Edge{{From: 0, To: 2, W: 1, S: -1}}, graph.Options{Signed: true})
	group := []int32{0, 0, 0, 0}
	plain, err := Roles(context.Background(), g, group)
	if err != nil {
		t.Fatal(err)
	}
	if got := plain.Nodes[1][Coordinator]; got != 2 {
		t.Fatalf("without closure broker 1 coordinates %d two-paths, want 2 (0→1→2, 3→1→2)", got)
	}
	closed, err := RolesExcluding(context.Background(), g, group, hostile)
	if err != nil {
		t.Fatal(err)
	}
	if got := closed.Nodes[1][Coordinator]; got != 1 {
		t.Errorf("with 0 and 2 enemies broker 1 coordinates %d two-paths, want 1 (3→1→2)", got)
	}
	tp, err := TwoPathsExcluding(context.Background(), g, group, hostile, 1, AnyRole, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(tp) != 1 || tp[0].From != 3 || tp[0].To != 2 {
		t.Errorf("TwoPathsExcluding = %+v, want only 3→1→2", tp)
	}
	if _, err := RolesExcluding(context.Background(), g, group, directed(4)); alliances.KindOf(err) != alliances.Invalid {
		t.Errorf("a directed closing graph: err = %v, want an error of kind invalid", err)
	}
}
