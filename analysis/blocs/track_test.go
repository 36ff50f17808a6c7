package blocs

import (
	"context"
	"reflect"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

func TestRelabel(t *testing.T) {
	tests := []struct {
		name      string
		prev, cur []int32
		fresh     int32
		want      []int32
	}{
		// hand-checked: the same blocs under permuted numbers get their old names.
		{"PermutedPartitionIsRestored", []int32{0, 0, 1, 1, 2, 2}, []int32{2, 2, 0, 0, 1, 1}, 3, []int32{0, 0, 1, 1, 2, 2}},
		// hand-checked: node 2 moved from bloc 1 to bloc 0; the blocs keep their names
		// by their overlaps (2 of bloc 0's nodes, 1 of bloc 1's).
		{"OneNodeMoved", []int32{0, 0, 1, 1}, []int32{1, 1, 1, 0}, 2, []int32{0, 0, 0, 1}},
		// hand-checked: a bloc splits; the larger part keeps the name, the other gets
		// the fresh label 5.
		{"SplitGetsFreshLabel", []int32{3, 3, 3, 4}, []int32{0, 0, 1, 2}, 5, []int32{3, 3, 5, 4}},
		// hand-checked: nodes without a bloc stay so, and do not count as overlap: the
		// new cluster 1 shares no node with bloc 1 and takes the fresh label.
		{"NoBlocIgnored", []int32{0, 1, -1, 0}, []int32{0, -1, 1, 0}, 2, []int32{0, -1, 2, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Relabel(tt.prev, tt.cur, tt.fresh); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Relabel = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAssignMaximizesOverlap(t *testing.T) {
	// hand-checked: greedy on the largest entry (5 at 0,0) would force 1 + 1 = 7
	// overall; the best is 4 + 4 + 3 = 11 with rows 0, 1, 2 to columns 1, 0, 2.
	w := [][]float64{{5, 4, 0}, {4, 1, 0}, {0, 0, 3}}
	if got := assign(w); !reflect.DeepEqual(got, []int{1, 0, 2}) {
		t.Errorf("assign = %v, want [1 0 2]", got)
	}
}

func TestTrackReportsWhoChangedBloc(t *testing.T) {
	// hand-checked: two camps {0,1,2} and {3,4,5} (friends inside, enemies across);
	// at step 1 node 2 is friends with 3..5 and enemy of 0, 1; at step 2 it is back.
	// Node 6 has ties only at step 1.
	camp := func(turn bool) *graph.CSR {
		var ties [][3]int
		side := []int{0, 0, 0, 1, 1, 1}
		if turn {
			side[2] = 1
		}
		for u := range 6 {
			for v := u + 1; v < 6; v++ {
				s := -1
				if side[u] == side[v] {
					s = 1
				}
				ties = append(ties, [3]int{u, v, s})
			}
		}
		if turn {
			ties = append(ties, [3]int{6, 0, 1})
		}
		return signed(7, ties...)
	}
	s, err := Track(context.Background(), SameNodes([]*graph.CSR{camp(false), camp(true), camp(false)}), Options{K: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int32{{0, 0, 0, 1, 1, 1, -1}, {0, 0, 1, 1, 1, 1, 0}, {0, 0, 0, 1, 1, 1, -1}}
	if !reflect.DeepEqual(s.Bloc, want) {
		t.Errorf("blocs %v, want %v", s.Bloc, want)
	}
	changes := []Change{{Actor: 2, Step: 1, From: 0, To: 1}, {Actor: 2, Step: 2, From: 1, To: 0}}
	if !reflect.DeepEqual(s.Changes, changes) {
		t.Errorf("changes %+v, want %+v", s.Changes, changes)
	}
}

func TestTrackRejectsDifferentNodeSets(t *testing.T) {
	steps := SameNodes([]*graph.CSR{signed(3), signed(4)})
	_, err := Track(context.Background(), steps, Options{})
	if alliances.KindOf(err) != alliances.Invalid {
		t.Errorf("graphs of 3 and 4 nodes: err = %v, want an error of kind invalid", err)
	}
}

func TestTrackCOW(t *testing.T) {
	// The 51 windows of states 1946-1999: every step explains itself, labels carry
	// over (a state with the same bloc at consecutive steps is no change), and each
	// change joins two blocs that exist at those steps.
	_, graphs, _ := cowWindows(t)
	s, err := Track(context.Background(), SameNodes(graphs), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range s.Steps {
		checkResult(t, graphs[i], r, 0.5, false)
	}
	for _, c := range s.Changes {
		if s.Bloc[c.Step-1][c.Actor] != c.From || s.Bloc[c.Step][c.Actor] != c.To {
			t.Fatalf("change %+v disagrees with the series", c)
		}
	}
	if len(s.Changes) == 0 {
		t.Error("no state changed bloc in 50 years")
	}
}

// TestSwingIsNoMove (hand-checked): at step 0, node 4 is a friend of both camps {0,1}
// and {2,3}, and the two partitions that put it with either are equally good; the
// first of them (in order) puts it with {0,1}. At step 1 it has turned against 0: it
// sits with {2,3}. Some optimum of step 0 already had it there, so it did not move:
// its change of label is a swing.
func TestSwingIsNoMove(t *testing.T) {
	camps := [][3]int{{0, 1, 1}, {2, 3, 1}, {0, 2, -1}, {1, 3, -1}}
	before := signed(5, append(camps, [3]int{0, 4, 1}, [3]int{2, 4, 1})...)
	after := signed(5, append(camps, [3]int{0, 4, -1}, [3]int{2, 4, 1})...)
	s, err := Track(context.Background(), SameNodes([]*graph.CSR{before, after}), Options{K: 2})
	if err != nil {
		t.Fatal(err)
	}
	if s.Bloc[0][4] != s.Bloc[0][0] || s.Bloc[1][4] != s.Bloc[1][2] {
		t.Fatalf("blocs %v: want 4 with 0 at step 0 (the first optimum) and with 2 at step 1", s.Bloc)
	}
	if len(s.Changes) != 0 || len(s.Swings) != 1 || s.Swings[0].Actor != 4 {
		t.Errorf("changes %+v, swings %+v; want no change and 4's swing", s.Changes, s.Swings)
	}
}

// TestFoldedActorsMoveWithTheirOrganization: actor 5 is folded into node 0 at step 0
// and a node of its own at step 1, where it sits in the other camp: it moved. Actor 6
// is folded into node 0 at both steps: it moves with its organization and is never
// listed.
func TestFoldedActorsMoveWithTheirOrganization(t *testing.T) {
	g0 := signed(4, [3]int{0, 1, 1}, [3]int{2, 3, 1}, [3]int{0, 2, -1}, [3]int{1, 3, -1})
	g1 := signed(5, [3]int{0, 1, 1}, [3]int{2, 3, 1}, [3]int{0, 2, -1}, [3]int{1, 3, -1}, [3]int{4, 2, 1}, [3]int{4, 0, -1})
	steps := []Step{
		{G: g0, Node: []int32{0, 1, 2, 3, -1, -1, -1}, At: []int32{0, 1, 2, 3, -1, 0, 0}},
		{G: g1, Node: []int32{0, 1, 2, 3, -1, 4, -1}, At: []int32{0, 1, 2, 3, -1, 4, 0}},
	}
	s, err := Track(context.Background(), steps, Options{K: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Changes) != 1 || s.Changes[0].Actor != 5 || s.Changes[0].From != s.Bloc[0][0] || s.Changes[0].To != s.Bloc[1][2] {
		t.Errorf("changes %+v, want actor 5 from 0's bloc to 2's", s.Changes)
	}
}

// TestRelabelWeighted (hand-checked): bloc 0 is a strong actor (node 0) alone, bloc 1 a
// strong actor (node 1) with three peripheral ones (2, 3, 4). Then the peripheral ones
// sit with node 0, and node 1 alone. Counted, the bloc of 0, 2, 3, 4 overlaps the old
// bloc 1 by 3 and bloc 0 by 1: it would take the name 1, and node 0 would "move" (node
// 1, left alone, sharing no one with the old bloc 0, gets a new name).
// Weighted by their ties (10 and 5 against 0.1 each), the blocs keep the names of their
// strong members: 0 stays in 0, and the peripheral ones are the movers.
func TestRelabelWeighted(t *testing.T) {
	prev := []int32{0, 1, 1, 1, 1}
	cur := []int32{0, 1, 0, 0, 0}
	// Node 1, alone, matches the old bloc 0 with no overlap: a new bloc, named 2.
	if got := Relabel(prev, cur, 2); !reflect.DeepEqual(got, []int32{1, 2, 1, 1, 1}) {
		t.Errorf("counted: %v, want the crowd to carry name 1", got)
	}
	w := []float64{10, 5, 0.1, 0.1, 0.1}
	if got := RelabelWeighted(prev, cur, w, 2); !reflect.DeepEqual(got, []int32{0, 1, 0, 0, 0}) {
		t.Errorf("weighted: %v, want the strong members to keep their names", got)
	}
}
