package paths_test

import (
	"context"
	"fmt"

	"github.com/alliances-project/alliances/analysis/paths"
	"github.com/alliances-project/alliances/graph"
)

// Support runs from 0 to 3 directly (weight 1) or through 1 (weights 4 and 4) or 2 (weights
// 4 and 2). Scaled by the largest weight, 4, the chain through 1 is the strongest (1 × 1),
// then through 2 (1 × 1/2), then the direct tie (1/4), which is the shortest.
func ExampleStrongest() {
	g := graph.Build(4, []graph.Edge{
		{From: 0, To: 3, W: 1}, {From: 0, To: 1, W: 4}, {From: 1, To: 3, W: 4},
		{From: 0, To: 2, W: 4}, {From: 2, To: 3, W: 2},
	}, graph.Options{Directed: true, Weighted: true})
	strong, _ := paths.Strongest(context.Background(), g, 0, 3, 3)
	for _, p := range strong {
		fmt.Println(p.Nodes, "arcs", p.Arcs, "strength", p.Strength)
	}
	short, _ := paths.Shortest(context.Background(), g, 0, 3, 10)
	fmt.Println("shortest:", short[0].Nodes)
	// Output:
	// [0 1 3] arcs [0 3] strength 1
	// [0 2 3] arcs [1 4] strength 0.5
	// [0 3] arcs [2] strength 0.25
	// shortest: [0 3]
}
