package balance_test

import (
	"context"
	"fmt"

	"github.com/alliances-project/alliances/analysis/balance"
	"github.com/alliances-project/alliances/graph"
)

func ExampleCensus() {
	// 0, 1 and 2 are allies; 3 is the enemy of all three, and 2 quarrels with 1.
	edges := []graph.Edge{
		{From: 0, To: 1, S: 1}, {From: 0, To: 2, S: 1}, {From: 1, To: 2, S: -1},
		{From: 0, To: 3, S: -1}, {From: 1, To: 3, S: -1}, {From: 2, To: 3, S: -1},
	}
	g := graph.Build(4, edges, graph.Options{Signed: true})
	c, err := balance.Census(context.Background(), g)
	if err != nil {
		panic(err)
	}
	fmt.Printf("+++ %d, ++- %d, +-- %d, --- %d; balanced %.2f, weakly %.2f\n", c.PPP, c.PPN, c.PNN, c.NNN, c.Balanced, c.WeakBalanced)
	u, _ := balance.Unbalanced(context.Background(), g, 10)
	for _, t := range u {
		fmt.Println("unbalanced:", t.Nodes)
	}
	// Output:
	// +++ 0, ++- 1, +-- 2, --- 1; balanced 0.50, weakly 0.75
	// unbalanced: [0 1 2]
	// unbalanced: [1 2 3]
}

func ExampleFrustration() {
	// The same four: without the quarrel 1-2 they are balanced, {0, 1, 2} against 3;
	// every other split frustrates two ties or more.
	edges := []graph.Edge{
		{From: 0, To: 1, S: 1}, {From: 0, To: 2, S: 1}, {From: 1, To: 2, S: -1},
		{From: 0, To: 3, S: -1}, {From: 1, To: 3, S: -1}, {From: 2, To: 3, S: -1},
	}
	g := graph.Build(4, edges, graph.Options{Signed: true})
	r, err := balance.Frustration(context.Background(), g, balance.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println("frustration index:", r.Upper, "exact:", r.Exact, "sides:", r.Side)
	for _, a := range r.Frustrated {
		fmt.Println("frustrated: arc", a, "to node", g.Adj[a], "sign", g.S[a])
	}
	// Output:
	// frustration index: 1 exact: true sides: [0 0 0 1]
	// frustrated: arc 4 to node 2 sign -1
}
