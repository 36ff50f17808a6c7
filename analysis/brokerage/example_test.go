package brokerage_test

import (
	"context"
	"fmt"

	"github.com/alliances-project/alliances/analysis/brokerage"
	"github.com/alliances-project/alliances/graph"
)

// Two blocs, {0, 1} and {2, 3}. Node 1 passes 0's support on to 2, outside its bloc: it
// represents its bloc. Node 2 lets 1's contact into its own bloc, on to 3: a gatekeeper.
func ExampleRoles() {
	g := graph.Build(4, []graph.Edge{{From: 0, To: 1}, {From: 1, To: 2}, {From: 2, To: 3}}, graph.Options{Directed: true})
	bloc := []int32{0, 0, 1, 1}
	res, _ := brokerage.Roles(context.Background(), g, bloc)
	for v, c := range res.Nodes {
		if c.Total() > 0 {
			fmt.Println(v, "representative", c[brokerage.Representative], "gatekeeper", c[brokerage.Gatekeeper])
		}
	}
	paths, _ := brokerage.TwoPaths(context.Background(), g, bloc, 2, brokerage.AnyRole, 10)
	for _, p := range paths {
		fmt.Printf("%d→%d→%d via arcs %d, %d: %v\n", p.From, p.Broker, p.To, p.In, p.Out, p.Role)
	}
	// Output:
	// 1 representative 1 gatekeeper 0
	// 2 representative 0 gatekeeper 1
	// 1→2→3 via arcs 1, 2: gatekeeper
}

// Constraint on a star: the centre's three contacts are not tied to one another, so it is
// little constrained (3 × (1/3)² = 1/3); each leaf depends on the centre alone (1).
func ExampleConstraint() {
	g := graph.Build(4, []graph.Edge{{From: 0, To: 1}, {From: 0, To: 2}, {From: 0, To: 3}}, graph.Options{})
	c, _ := brokerage.Constraint(context.Background(), g, brokerage.BurtOptions{})
	e, _ := brokerage.EffectiveSize(context.Background(), g, brokerage.BurtOptions{})
	fmt.Printf("constraint %.3f %.3f, effective size %.0f %.0f\n", c[0], c[1], e[0], e[1])
	// Output: constraint 0.333 1.000, effective size 3 1
}
