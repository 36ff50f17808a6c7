package centrality_test

import (
	"context"
	"fmt"

	"github.com/alliances-project/alliances/analysis/centrality"
	"github.com/alliances-project/alliances/graph"
)

// Five armed groups: 0 and 1 allied, 1 a strong ally of 2 (weight 3), 2 allied with 3
// and 4, and a weak tie between 0 and 2. Group 2 is the broker; with strong ties as
// short paths, 1 also lies between 0 and the others (PageRank values as NetworkX's
// pagerank on the same weighted graph).
func Example() {
	g := graph.Build(5, []graph.Edge{
		{From: 0, To: 1, W: 3, S: 1},
		{From: 1, To: 2, W: 3, S: 1},
		{From: 0, To: 2, W: 1, S: 1},
		{From: 2, To: 3, W: 1, S: 1},
		{From: 2, To: 4, W: 1, S: 1},
	}, graph.Options{Weighted: true})
	ctx := context.Background()
	hops, _ := centrality.Betweenness(ctx, g, centrality.Options{Lengths: centrality.Hops})
	strength, _ := centrality.Betweenness(ctx, g, centrality.Options{})
	rank, _ := centrality.PageRank(ctx, g, centrality.PageRankOptions{})
	deg := centrality.Degree(g)
	for v := range g.N() {
		fmt.Printf("%d: degree %d strength %g betweenness %.1f (hops %.1f) PageRank %.3f\n",
			v, deg.All.Total[v], deg.All.TotalStrength[v], strength[v], hops[v], rank[v])
	}
	// Output:
	// 0: degree 2 strength 4 betweenness 0.0 (hops 0.0) PageRank 0.207
	// 1: degree 2 strength 6 betweenness 3.0 (hops 0.0) PageRank 0.304
	// 2: degree 4 strength 6 betweenness 5.0 (hops 5.0) PageRank 0.335
	// 3: degree 1 strength 1 betweenness 0.0 (hops 0.0) PageRank 0.077
	// 4: degree 1 strength 1 betweenness 0.0 (hops 0.0) PageRank 0.077
}
