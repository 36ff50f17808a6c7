package cascade_test

import (
	"context"
	"fmt"

	"github.com/alliances-project/alliances/analysis/cascade"
	"github.com/alliances-project/alliances/graph"
)

// A chain of support 0 – 1 – 2 – 3 with 1 also tied to 4. From the first mover 0, at
// threshold 1/2: 1 sees 1 of its 3 partners move, too few; at 1/3 it moves, then 2 (1 of
// 2 partners) and 4 (1 of 1), then 3.
func ExampleRun() {
	g := graph.Build(5, []graph.Edge{{From: 0, To: 1}, {From: 1, To: 2}, {From: 2, To: 3}, {From: 1, To: 4}}, graph.Options{})
	for _, theta := range []float64{0.5, 1.0 / 3} {
		r, _ := cascade.Run(context.Background(), g, []int{0}, []float64{theta}, cascade.Options{})
		fmt.Printf("θ=%.2f rounds %v; 2 tipped on arcs %v\n", theta, r.Round, r.TippedBy(2))
	}
	cut, _ := cascade.Run(context.Background(), g, []int{0}, []float64{1.0 / 3}, cascade.Options{RemoveNodes: []int{2}})
	fmt.Println("without 2:", cut.Round)
	// Output:
	// θ=0.50 rounds [0 -1 -1 -1 -1]; 2 tipped on arcs []
	// θ=0.33 rounds [0 1 2 3 2]; 2 tipped on arcs [2]
	// without 2: [0 1 -1 -1 2]
}
