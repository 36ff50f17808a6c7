package blocs_test

import (
	"context"
	"fmt"

	"github.com/alliances-project/alliances/analysis/blocs"
	"github.com/alliances-project/alliances/graph"
)

func ExamplePartition() {
	// Two alliances, {0, 1, 2} and {3, 4}, hostile to each other, but 2 and 3 trade
	// (a positive tie across).
	edges := []graph.Edge{
		{From: 0, To: 1, S: 1}, {From: 0, To: 2, S: 1}, {From: 1, To: 2, S: 1},
		{From: 3, To: 4, S: 1},
		{From: 0, To: 3, S: -1}, {From: 1, To: 4, S: -1}, {From: 2, To: 4, S: -1},
		{From: 2, To: 3, S: 1},
	}
	g := graph.Build(5, edges, graph.Options{Signed: true})
	r, err := blocs.Partition(context.Background(), g, blocs.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println("blocs:", r.Cluster, "P:", r.P, "exact:", r.Exact)
	for _, a := range r.PositiveBetween {
		fmt.Println("positive tie between blocs: arc", a, "to", g.Adj[a])
	}
	fmt.Println("negative ties inside blocs:", len(r.NegativeWithin))
	// Output:
	// blocs: [0 0 0 1 1] P: 0.5 exact: true
	// positive tie between blocs: arc 8 to 3
	// negative ties inside blocs: 0
}

func ExampleTrack() {
	// Three states at two dates: 2 leaves 0's camp for 1's rival camp.
	before := graph.Build(3, []graph.Edge{{From: 0, To: 2, S: 1}, {From: 0, To: 1, S: -1}, {From: 1, To: 2, S: -1}}, graph.Options{Signed: true})
	after := graph.Build(3, []graph.Edge{{From: 0, To: 2, S: -1}, {From: 0, To: 1, S: -1}, {From: 1, To: 2, S: 1}}, graph.Options{Signed: true})
	s, err := blocs.Track(context.Background(), blocs.SameNodes([]*graph.CSR{before, after}), blocs.Options{K: 2})
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Bloc)
	for _, c := range s.Changes {
		fmt.Printf("node %d moved from bloc %d to bloc %d at step %d\n", c.Actor, c.From, c.To, c.Step)
	}
	// Output:
	// [[0 1 0] [0 1 1]]
	// node 2 moved from bloc 0 to bloc 1 at step 1
}
