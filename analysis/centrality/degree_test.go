package centrality

import (
	"reflect"
	"testing"

	"github.com/alliances-project/alliances/graph"
)

// signedEdges is a small signed, weighted network: 0→1 (+, 2), 0→2 (-, 1), 1→2 (+, 3),
// 2→0 (+, 1.5).
var signedEdges = []graph.Edge{{From: 0, To: 1, W: 2, S: 1}, {From: 0, To: 2, W: 1, S: -1}, {From: 1, To: 2, W: 3, S: 1}, {From: 2, To: 0, W: 1.5, S: 1}}

func TestDegree(t *testing.T) {
	t.Run("DirectedSignedSplitsBySign", func(t *testing.T) {
		d := Degree(graph.Build(3, signedEdges, graph.Options{Directed: true, Weighted: true, Signed: true}))
		// Hand-checked from signedEdges: node 0 sends 0→1 and 0→2 (weights 2 and 1)
		// and receives 2→0 (1.5); node 1 sends 1→2 (3), receives 0→1 (2); node 2 sends
		// 2→0 (1.5), receives 0→2 (1) and 1→2 (3). Only 0→2 is negative.
		want := Degrees{Directed: true,
			All: Tally{Out: []int{2, 1, 1}, In: []int{1, 1, 2}, Total: []int{3, 2, 3},
				OutStrength: []float64{3, 3, 1.5}, InStrength: []float64{1.5, 2, 4}, TotalStrength: []float64{4.5, 5, 5.5}, directed: true},
			Pos: Tally{Out: []int{1, 1, 1}, In: []int{1, 1, 1}, Total: []int{2, 2, 2},
				OutStrength: []float64{2, 3, 1.5}, InStrength: []float64{1.5, 2, 3}, TotalStrength: []float64{3.5, 5, 4.5}, directed: true},
			Neg: Tally{Out: []int{1, 0, 0}, In: []int{0, 0, 1}, Total: []int{1, 0, 1},
				OutStrength: []float64{1, 0, 0}, InStrength: []float64{0, 0, 1}, TotalStrength: []float64{1, 0, 1}, directed: true},
		}
		if !reflect.DeepEqual(*d, want) {
			t.Errorf("got  %+v\nwant %+v", *d, want)
		}
	})
	t.Run("UndirectedCountsEachEdgeAtBothEnds", func(t *testing.T) {
		d := Degree(graph.Build(3, signedEdges, graph.Options{Weighted: true, Signed: true}))
		// Hand-checked: 0→2 (-1, weight 1) and 2→0 (+1, weight 1.5) merge into the edge
		// {0,2} of weight 2.5 and sign + (-1 + 1.5 > 0), so every edge is positive:
		// {0,1} 2, {0,2} 2.5, {1,2} 3; each node has degree 2.
		wantDeg, wantStr := []int{2, 2, 2}, []float64{4.5, 5, 5.5}
		for name, tl := range map[string]Tally{"All": d.All, "Pos": d.Pos} {
			if !reflect.DeepEqual(tl.Total, wantDeg) || !reflect.DeepEqual(tl.In, wantDeg) || !reflect.DeepEqual(tl.TotalStrength, wantStr) {
				t.Errorf("%s = %+v, want degrees %v strengths %v", name, tl, wantDeg, wantStr)
			}
		}
		if !reflect.DeepEqual(d.Neg.Total, []int{0, 0, 0}) {
			t.Errorf("Neg.Total = %v, want zeros", d.Neg.Total)
		}
	})
	t.Run("UnsignedHasNoSignSplit", func(t *testing.T) {
		d := Degree(graph.Build(3, signedEdges, graph.Options{Directed: true}))
		if d.Pos.Out != nil || d.Neg.Out != nil {
			t.Errorf("Pos, Neg = %+v, %+v, want empty", d.Pos, d.Neg)
		}
		// Unweighted: strengths equal degrees.
		if !reflect.DeepEqual(d.All.TotalStrength, []float64{3, 2, 3}) {
			t.Errorf("TotalStrength = %v, want the degrees [3 2 3]", d.All.TotalStrength)
		}
	})
}
