package centrality

import (
	"context"
	"math"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// EigenOptions configure Eigenvector. The zero value gives NetworkX's defaults.
type EigenOptions struct {
	Tol        float64 // stop when Σ_v |x_v - x'_v| < n Tol; 0 means 1e-6
	MaxIter    int     // 0 means 100
	Unweighted bool    // count every arc once even when the graph has weights
}

// Eigenvector returns the eigenvector centrality of every node of g (Bonacich 1972,
// "Factoring and weighting approaches to status scores and clique identification",
// J. Math. Sociol. 2:113-120): the Perron eigenvector x of the adjacency matrix, a node
// being central when its in-neighbours are, x_v ∝ Σ_{u→v} w_uv x_u (an undirected edge
// counts both ways; weights count unless o.Unweighted; signs are ignored).
//
// As NetworkX 2.8's eigenvector_centrality, step by step: power iteration on A + I
// (the shift makes it converge on bipartite graphs, whose spectrum is symmetric)
// from the uniform vector, each iterate scaled to unit Euclidean norm, until
// Σ_v |x'_v - x_v| < n Tol. The result has unit Euclidean norm (igraph scales its
// largest value to 1 instead). When the iteration does not converge within MaxIter, as
// on a directed acyclic graph or one whose strongly connected parts do not reach each
// other, Eigenvector returns the last iterate and an error wrapping ErrNotConverged.
func Eigenvector(ctx context.Context, g *graph.CSR, o EigenOptions) ([]float64, error) {
	n := g.N()
	if n == 0 {
		return nil, alliances.Errorf(alliances.Invalid, "centrality.Eigenvector", "eigenvector centrality of the empty graph is undefined")
	}
	off, adj, w := inArcs(g, !o.Unweighted)
	tol, maxIter := cmp0(o.Tol, 1e-6), int(cmp0(float64(o.MaxIter), 100))
	x, next := make([]float64, n), make([]float64, n)
	for v := range x {
		x[v] = 1 / float64(n)
	}
	for iter := 0; iter < maxIter; iter++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		norm := 0.0
		for v := range n {
			sum := x[v] // the identity of A + I
			for i := off[v]; i < off[v+1]; i++ {
				if w != nil {
					sum += w[i] * x[adj[i]]
				} else {
					sum += x[adj[i]]
				}
			}
			next[v] = sum
			norm += sum * sum
		}
		change := scaleToUnit(next, x, math.Sqrt(norm))
		x, next = next, x
		if change < float64(n)*tol {
			return x, nil
		}
	}
	return x, notConverged("centrality.Eigenvector", maxIter)
}

// scaleToUnit divides x by norm (unless it is 0, as NetworkX) and returns Σ|x - last|.
func scaleToUnit(x, last []float64, norm float64) float64 {
	if norm == 0 {
		norm = 1
	}
	change := 0.0
	for v := range x {
		x[v] /= norm
		change += math.Abs(x[v] - last[v])
	}
	return change
}
