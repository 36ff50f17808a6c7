package cascade

import (
	"context"
	"math"
	"reflect"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

func undirected(n int, pairs ...[2]int32) *graph.CSR {
	edges := make([]graph.Edge, len(pairs))
	for i, p := range pairs {
		edges[i] = graph.Edge{From: p[0], To: p[1], W: 1, S: 1}
	}
	return graph.Build(n, edges, graph.Options{})
}

// ladder is the undirected graph
//
//	  1
//	 /|\
//	0 | 3 - 4 - 5      7 (alone)
//	 \|/
//	  2
//
// edges 0-1, 0-2, 1-2, 1-3, 2-3, 3-4, 4-5. Neighbours: 0 {1,2}, 1 {0,2,3}, 2 {0,1,3},
// 3 {1,2,4}, 4 {3,5}, 5 {4}, 6 and 7 none.
func ladder() *graph.CSR {
	return undirected(8, [2]int32{0, 1}, [2]int32{0, 2}, [2]int32{1, 2}, [2]int32{1, 3}, [2]int32{2, 3}, [2]int32{3, 4}, [2]int32{4, 5})
}

func TestRunRounds(t *testing.T) {
	g := ladder()
	for _, tc := range []struct {
		name   string
		theta  []float64
		rounds []int32
	}{
		// θ = 0.3, seed 0. Round 1: 1 and 2 each see 1 of 3 neighbours active, 1/3 ≥ 0.3.
		// Round 2: 3 sees 1 and 2 of {1,2,4}, 2/3. Round 3: 4 sees 3 of {3,5}, 1/2.
		// Round 4: 5 sees 4 of {4}, 1. Nodes 6 and 7 have no neighbours: share 0 < 0.3.
		{"UniformSpreadsAlongTheLadder", []float64{0.3}, []int32{0, 1, 1, 2, 3, 4, -1, -1}},
		// θ = 0.5: 1 and 2 see 1/3 < 1/2 at round 1; nothing moves.
		{"UniformTooHighStopsAtOnce", []float64{0.5}, []int32{0, -1, -1, -1, -1, -1, -1, -1}},
		// Per node: 1, 2 at 0.3 (1/3, round 1); 3 at 0.6 (2/3, round 2); 4 at exactly 1/2
		// (share 1/2 at round 3: the boundary counts); 5 at exactly 1 (round 4); 6 at 0, an
		// instigator that moves at round 1 with no one around; 7 at 0.1 never.
		{"BoundaryCounts", []float64{0, 0.3, 0.3, 0.6, 0.5, 1, 0, 0.1}, []int32{0, 1, 1, 2, 3, 4, 1, -1}},
		// The same with 4 a hair above 1/2: 4 and so 5 never move.
		{"JustAboveTheBoundaryStops", []float64{0, 0.3, 0.3, 0.6, 0.5 + 1e-9, 1, 0, 0.1}, []int32{0, 1, 1, 2, -1, -1, 1, -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Run(context.Background(), g, []int{0}, tc.theta, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(r.Round, tc.rounds) {
				t.Errorf("rounds %v, want %v", r.Round, tc.rounds)
			}
		})
	}
}

// TestRunExplains: with θ = 0.3 on the ladder, 3 tipped at round 2 on the arcs 1→3 and 2→3
// (positions 5 and 8 in g.Adj: rows 0 {1,2}, 1 {0,2,3}, 2 {0,1,3}), with share 2/3; the
// active set grows by rounds; seeds have no explanation.
func TestRunExplains(t *testing.T) {
	g := ladder()
	r, err := Run(context.Background(), g, []int{0}, []float64{0.3}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.TippedBy(3); !reflect.DeepEqual(got, []int32{4, 7}) {
		t.Errorf("TippedBy(3) = %v, want [4 7]", got)
	}
	for _, a := range r.TippedBy(3) {
		if g.Adj[a] != 3 {
			t.Errorf("arc %d does not enter 3", a)
		}
	}
	if r.Share[3] != 2.0/3 || !math.IsNaN(r.Share[0]) || len(r.TippedBy(0)) != 0 {
		t.Errorf("share of 3 = %v, of seed 0 = %v, TippedBy(0) = %v", r.Share[3], r.Share[0], r.TippedBy(0))
	}
	if want := []int32{0, 1, 2, 3, 4, 5}; !reflect.DeepEqual(r.Active, want) || r.Rounds != 4 {
		t.Errorf("active %v after %d rounds, want %v after 4", r.Active, r.Rounds, want)
	}
}

// TestRunDirectedWeighted: only arcs into a node count. 3 receives 0→3 (0.1), 1→3 (0.7)
// and 2→3 (0.2); its out-arc 3→2 is irrelevant to it. Seeds 0 and 1 give it 0.8 of its
// incoming weight on paper, 0.7999999999999999 in floating point: the tolerance lets
// θ = 0.8 count. 2 then receives all of its incoming weight (3→2) at round 2.
func TestRunDirectedWeighted(t *testing.T) {
	g := graph.Build(4, []graph.Edge{{From: 0, To: 3, W: 0.1}, {From: 1, To: 3, W: 0.7}, {From: 2, To: 3, W: 0.2}, {From: 3, To: 2, W: 1}},
		graph.Options{Directed: true, Weighted: true})
	for _, tc := range []struct {
		name   string
		theta  float64
		rounds []int32
	}{
		{"ShareOnPaperReachesThreshold", 0.8, []int32{0, 0, 2, 1}},
		{"AboveShareStops", 0.8 + 1e-9, []int32{0, 0, -1, -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Run(context.Background(), g, []int{1, 0}, []float64{tc.theta}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(r.Round, tc.rounds) {
				t.Errorf("rounds %v, want %v", r.Round, tc.rounds)
			}
		})
	}
}

// bridged is two triangles joined through the bridge 3:
//
//	0       5
//	| \     | \
//	|  2 -3- 4 |
//	| /     | /
//	1       6
//
// Seeds 0 and 1, θ = 0.3. Round 1: 2 sees 2 of {0,1,3}. Round 2: 3 sees 1 of {2,4}.
// Round 3: 4 sees 1 of {3,5,6}, 1/3. Round 4: 5 and 6 see 1 of 2.
func bridged() *graph.CSR {
	return undirected(7, [2]int32{0, 1}, [2]int32{0, 2}, [2]int32{1, 2}, [2]int32{2, 3}, [2]int32{3, 4}, [2]int32{4, 5}, [2]int32{4, 6}, [2]int32{5, 6})
}

func TestRunWhatIf(t *testing.T) {
	g := bridged()
	arc34 := g.Arc(3, 4)
	for _, tc := range []struct {
		name   string
		o      Options
		rounds []int32
	}{
		{"AllTip", Options{}, []int32{0, 0, 1, 2, 3, 4, 4}},
		// Without 3, 2 still sees 2 of {0,1}; nothing reaches the other triangle.
		{"RemovingTheBridgeStopsIt", Options{RemoveNodes: []int{3}}, []int32{0, 0, 1, -1, -1, -1, -1}},
		// Without the tie 3-4 (both arcs of the undirected edge go), 3 sees 1 of {2} and
		// tips, but 4 sees nothing of {5,6}.
		{"RemovingTheTieStopsIt", Options{RemoveArcs: []int{arc34}}, []int32{0, 0, 1, 2, -1, -1, -1}},
		// A removed seed never acts: 2's neighbours are then {1,3}, 1 of them active at round
		// 1, 1/2 ≥ 0.3; the rest follows as before.
		{"RemovingASeed", Options{RemoveNodes: []int{0}}, []int32{-1, 0, 1, 2, 3, 4, 4}},
		{"MaxRounds", Options{MaxRounds: 2}, []int32{0, 0, 1, 2, -1, -1, -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Run(context.Background(), g, []int{0, 1}, []float64{0.3}, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(r.Round, tc.rounds) {
				t.Errorf("rounds %v, want %v", r.Round, tc.rounds)
			}
		})
	}
	base, _ := Run(context.Background(), g, []int{0, 1}, []float64{0.3}, Options{})
	cut, _ := Run(context.Background(), g, []int{0, 1}, []float64{0.3}, Options{RemoveNodes: []int{3}})
	c, err := Compare(cut, base.Observed())
	if err != nil {
		t.Fatal(err)
	}
	if want := []int32{3, 4, 5, 6}; !reflect.DeepEqual(c.RecordOnly, want) || len(c.ModelOnly) != 0 || c.Tau != 1 {
		t.Errorf("what-if vs baseline: %+v, want RecordOnly %v, tau 1", c, want)
	}
}

func TestRunRejectsBadInput(t *testing.T) {
	g := ladder()
	for _, tc := range []struct {
		name  string
		g     *graph.CSR
		seeds []int
		theta []float64
		o     Options
	}{
		{"ErrNoGraph", nil, nil, []float64{0.5}, Options{}},
		{"ErrMovableCount", g, []int{0}, []float64{0.5}, Options{Movable: []bool{true}}},
		{"ErrThresholdCount", g, []int{0}, []float64{0.5, 0.5}, Options{}},
		{"ErrNaNThreshold", g, []int{0}, []float64{math.NaN()}, Options{}},
		{"ErrSeedOutOfRange", g, []int{8}, []float64{0.5}, Options{}},
		{"ErrRemovedArcOutOfRange", g, []int{0}, []float64{0.5}, Options{RemoveArcs: []int{14}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Run(context.Background(), tc.g, tc.seeds, tc.theta, tc.o); alliances.KindOf(err) != alliances.Invalid {
				t.Errorf("err = %v, want kind invalid", err)
			}
		})
	}
}

// TestHostileTiesResist (hand-checked): v (node 3) has friends 0 (weight 2) and 1
// (weight 2) and an enemy 2 (weight 2). Seeds 0 and 2: v's share is (2 - 2) / 4 = 0, it
// stays at threshold 0.25. Seeds 0 and 1: share (2 + 2) / 4 = 1, it moves. Seeds 0, 1
// and 2: (2 + 2 - 2) / 4 = 0.5, it moves at 0.5 but not at 0.6. The enemy's weight is
// not in the denominator: a threshold is a share of an actor's partners.
func TestHostileTiesResist(t *testing.T) {
	g := graph.Build(4, []graph.Edge{{From: 0, To: 3, W: 2, S: 1}, {From: 1, To: 3, W: 2, S: 1}, {From: 2, To: 3, W: 2, S: -1}},
		graph.Options{Signed: true, Weighted: true})
	for _, tc := range []struct {
		seeds []int
		theta float64
		moves bool
	}{{[]int{0, 2}, 0.25, false}, {[]int{0, 1}, 0.25, true}, {[]int{0, 1, 2}, 0.5, true}, {[]int{0, 1, 2}, 0.6, false}} {
		r, err := Run(context.Background(), g, tc.seeds, []float64{tc.theta}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if moved := r.Round[3] > 0; moved != tc.moves {
			t.Errorf("seeds %v, threshold %v: moved %v (share %v), want %v", tc.seeds, tc.theta, moved, r.Share[3], tc.moves)
		}
	}
}

// TestFixedNodesDoNotMove: a node that cannot move stays, even with every partner on
// the side, and its ties still count against its neighbours' shares.
func TestFixedNodesDoNotMove(t *testing.T) {
	g := ladder()
	free, _ := Run(context.Background(), g, []int{0, 1}, []float64{0.3}, Options{})
	movable := make([]bool, g.N())
	for v := range movable {
		movable[v] = v != 3
	}
	r, err := Run(context.Background(), g, []int{0, 1}, []float64{0.3}, Options{Movable: movable})
	if err != nil {
		t.Fatal(err)
	}
	if free.Round[3] < 0 || r.Round[3] >= 0 {
		t.Fatalf("node 3: round %d free, %d fixed; want it to move only when free", free.Round[3], r.Round[3])
	}
	if !reflect.DeepEqual(r.Round, []int32{0, 0, 1, -1, -1, -1, -1, -1}) {
		t.Errorf("rounds %v, want the cascade to stop at the fixed node", r.Round)
	}
}
