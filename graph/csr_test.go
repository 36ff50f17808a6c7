package graph

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestBuildMergesParallelArcsAndDropsLoops(t *testing.T) {
	edges := []Edge{
		{From: 0, To: 1, W: 2, S: 1},
		{From: 0, To: 1, W: 3, S: -1}, // merges with the first: weight 5, sign of 2-3 = -1
		{From: 2, To: 2, W: 1, S: 1},  // a loop, dropped
		{From: 2, To: 0, W: 1, S: 1},
	}
	g := Build(3, edges, Options{Directed: true, Weighted: true, Signed: true})
	want := &CSR{Off: []int32{0, 1, 1, 2}, Adj: []int32{1, 0}, W: []float64{5, 1}, S: []int8{-1, 1}, Directed: true}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("directed:\n got %+v\nwant %+v", g, want)
	}
	u := Build(3, edges, Options{})
	wantU := &CSR{Off: []int32{0, 2, 3, 4}, Adj: []int32{1, 2, 0, 0}}
	if !reflect.DeepEqual(u, wantU) {
		t.Errorf("undirected:\n got %+v\nwant %+v", u, wantU)
	}
	if u.Edges() != 2 || u.Arcs() != 4 {
		t.Errorf("undirected: %d edges %d arcs, want 2 and 4", u.Edges(), u.Arcs())
	}
}

func TestArcAndTranspose(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	g := Build(50, Random(rng, 50, 300, 0.3), Options{Directed: true, Weighted: true, Signed: true})
	tr := g.Transpose()
	for u := 0; u < g.N(); u++ {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			v := int(g.Adj[i])
			j := tr.Arc(v, u)
			if j < 0 || tr.W[j] != g.W[i] || tr.S[j] != g.S[i] {
				t.Fatalf("arc %d→%d missing or different in the transpose", u, v)
			}
			if g.Arc(u, v) != int(i) {
				t.Fatalf("Arc(%d, %d) = %d, want %d", u, v, g.Arc(u, v), i)
			}
		}
		if g.Arc(u, u) != -1 {
			t.Fatalf("Arc(%d, %d) found a loop", u, u)
		}
	}
	if tr.Arcs() != g.Arcs() {
		t.Errorf("transpose has %d arcs, want %d", tr.Arcs(), g.Arcs())
	}
}

func TestPositive(t *testing.T) {
	g := Build(3, []Edge{{0, 1, 1, 1}, {1, 2, 1, -1}}, Options{Signed: true})
	p := g.Positive()
	if p.Edges() != 1 || p.Arc(0, 1) < 0 || p.Arc(1, 2) >= 0 {
		t.Errorf("positive part = %+v, want only 0-1", p)
	}
}

func TestReadEdgeList(t *testing.T) {
	in := "# a comment\nsource,target,sign\na,b,1\nb,c,-1\nc a 2.5\n"
	el, err := ReadEdgeList(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Edge{{0, 1, 1, 1}, {1, 2, 1, -1}, {2, 0, 2.5, 1}}
	if !reflect.DeepEqual(el.Names, []string{"a", "b", "c"}) || !reflect.DeepEqual(el.Edges, want) {
		t.Errorf("got %v %+v", el.Names, el.Edges)
	}
	if _, err := ReadEdgeList(strings.NewReader("a b 1\nc d x\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad third field: err = %v, want one naming line 2", err)
	}
}

func TestTail(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	g := Build(40, Random(rng, 40, 200, 0), Options{Directed: true})
	for u := 0; u < g.N(); u++ {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			if got := g.Tail(int(i)); got != u {
				t.Fatalf("Tail(%d) = %d, want %d", i, got, u)
			}
		}
	}
}

func TestCompact(t *testing.T) {
	g := Build(5, []Edge{{1, 3, 2, 1}, {3, 4, 1, -1}}, Options{Weighted: true, Signed: true})
	h, old := g.Compact()
	if !slices.Equal(old, []int32{1, 3, 4}) || h.N() != 3 || h.Edges() != 2 || h.Directed {
		t.Fatalf("compact = %+v, old %v; want nodes 1, 3, 4 and two undirected edges", h, old)
	}
	if a := h.Arc(1, 2); a < 0 || h.S[a] != -1 || h.W[a] != 1 {
		t.Errorf("edge 3-4 lost its sign or weight: %+v", h)
	}
}
