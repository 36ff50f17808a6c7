package centrality

import (
	"slices"
	"testing"
)

func TestInArcsIsTranspose(t *testing.T) {
	g := randomGraph(4, 500, 3000, true)
	want := g.Transpose()
	off, adj, w := inArcs(g, true)
	if !slices.Equal(off, want.Off) || !slices.Equal(adj, want.Adj) || !slices.Equal(w, want.W) {
		t.Error("inArcs differs from graph.CSR.Transpose")
	}
	if _, _, w := inArcs(g, false); w != nil {
		t.Error("weights returned when ignored")
	}
}
