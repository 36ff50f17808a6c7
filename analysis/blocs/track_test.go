package blocs

import (
	"context"
	"reflect"
	"testing"

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
	s, err := Track(context.Background(), []*graph.CSR{camp(false), camp(true), camp(false)}, Options{K: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int32{{0, 0, 0, 1, 1, 1, -1}, {0, 0, 1, 1, 1, 1, 0}, {0, 0, 0, 1, 1, 1, -1}}
	if !reflect.DeepEqual(s.Bloc, want) {
		t.Errorf("blocs %v, want %v", s.Bloc, want)
	}
	changes := []Change{{Node: 2, Step: 1, From: 0, To: 1}, {Node: 2, Step: 2, From: 1, To: 0}}
	if !reflect.DeepEqual(s.Changes, changes) {
		t.Errorf("changes %+v, want %+v", s.Changes, changes)
	}
}

func TestTrackRejectsDifferentNodeSets(t *testing.T) {
	_, err := Track(context.Background(), []*graph.CSR{signed(3), signed(4)}, Options{})
	if err == nil {
		t.Error("graphs of 3 and 4 nodes tracked without error")
	}
}

func TestTrackCOW(t *testing.T) {
	// The 51 windows of states 1946-1999: every step explains itself, labels carry
	// over (a state with the same bloc at consecutive steps is no change), and each
	// change joins two blocs that exist at those steps.
	_, graphs, _ := cowWindows(t)
	s, err := Track(context.Background(), graphs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range s.Steps {
		checkResult(t, graphs[i], r, 0.5, false)
	}
	for _, c := range s.Changes {
		if s.Bloc[c.Step-1][c.Node] != c.From || s.Bloc[c.Step][c.Node] != c.To || c.From == c.To {
			t.Fatalf("change %+v disagrees with the series", c)
		}
	}
	if len(s.Changes) == 0 {
		t.Error("no state changed bloc in 50 years")
	}
}
