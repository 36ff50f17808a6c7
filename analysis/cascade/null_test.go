package cascade

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/alliances-project/alliances/graph"
)

// TestChanceRecognizesAGoodFit: on two chains of 10 nodes hanging off the seed, the
// record has the first chain move in order and the second stay. The model at threshold
// 0.5 reproduces it (0 errors): random orders of 10 movers among 20 almost never do
// (one draw in C(20,10) = 184756 picks the right set), nor do random thresholds (the
// first chain needs all nine thresholds at most 0.5 and the second chain's first node
// above 0.5: about 1 in 1000). The record reversed against the network is no better
// than chance for random thresholds.
func TestChanceRecognizesAGoodFit(t *testing.T) {
	var edges []graph.Edge
	link := func(u, v int32) { edges = append(edges, graph.Edge{From: u, To: v, W: 1, S: 1}) }
	link(0, 1)
	link(0, 11)
	for i := int32(1); i < 10; i++ {
		link(i, i+1)
		link(10+i, 11+i)
	}
	g := graph.Build(21, edges, graph.Options{Signed: true, Weighted: true})
	second := make([]float64, 21)
	observed := make([]int, 21)
	for v := range observed {
		observed[v] = -1
		second[v] = 0.5
		if v >= 11 {
			second[v] = 0.9 // the second chain holds back
		}
	}
	observed[0] = 0
	for v := 1; v <= 10; v++ {
		observed[v] = v
	}
	r, err := Run(context.Background(), g, []int{0}, second, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := AgainstChance(context.Background(), g, []int{0}, observed, r, Options{}, 500, 1)
	if err != nil {
		t.Fatal(err)
	}
	if c.Errors != 0 || !c.BeatsChance() || c.POrder > 0.01 || c.PThreshold > 0.02 {
		t.Errorf("a perfect fit: %+v; want 0 errors, beating chance", c)
	}
	// A record with the second chain moving instead, against a run that moves the first.
	for v := 1; v <= 20; v++ {
		observed[v] = -1
		if v > 10 {
			observed[v] = v - 10
		}
	}
	c, _ = AgainstChance(context.Background(), g, []int{0}, observed, r, Options{}, 500, 1)
	if c.Errors != 20 || c.BeatsChance() || c.PThreshold < 0.5 {
		t.Errorf("a run that gets everything wrong: %+v; want 20 errors, no better than chance", c)
	}
}

func TestChanceIsSeeded(t *testing.T) {
	g := graph.Build(30, graph.Random(rand.New(rand.NewPCG(1, 2)), 30, 80, 0), graph.Options{Signed: true, Weighted: true})
	observed := make([]int, 30)
	for v := range observed {
		observed[v] = -1
		if v < 6 {
			observed[v] = v
		}
	}
	r, _ := Run(context.Background(), g, []int{0}, []float64{0.2}, Options{})
	a, _ := AgainstChance(context.Background(), g, []int{0}, observed, r, Options{}, 100, 7)
	b, _ := AgainstChance(context.Background(), g, []int{0}, observed, r, Options{}, 100, 7)
	if fmt.Sprintf("%+v", a) != fmt.Sprintf("%+v", b) { // NaN != NaN: compare as printed
		t.Errorf("the same seed gave %+v and %+v", a, b)
	}
}
