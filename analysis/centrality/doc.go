// Package centrality measures how central each node of a graph.CSR is: degree and
// strength (split by direction and by sign), betweenness (exact, after Brandes 2001, and
// approximate, after Brandes and Pich 2007), PageRank (Brin and Page 1998) and
// eigenvector centrality (Bonacich 1972).
//
// Every function returns one value per node, indexed 0..n-1 like the graph. The
// conventions are those of NetworkX 2.8 and igraph 0.10, so that their numbers can be
// used to check ours:
//
//   - An undirected graph's betweenness counts each unordered pair of endpoints once
//     (gonum counts it twice, so its values are twice ours).
//   - Weights are tie strengths. Where paths are measured (betweenness) a strong tie is
//     a short step: an arc of weight w has length 1/w, unless Options.Lengths says
//     otherwise. Where a walk is taken (PageRank, eigenvector) an arc of weight w counts
//     w times. Unweighted graphs count every arc once.
//   - Signs are ignored: every function sees the arcs whatever their sign, and the
//     weights as magnitudes. To measure the positive network alone, pass g.Positive().
//     Degree reports positive and negative arcs separately.
//
// Long computations take a context and stop with ctx.Err() when it is cancelled. Those
// that run on several goroutines (Options.Workers, PageRankOptions.Workers) give the
// numbers of the serial run bit for bit: their floating-point sums are grouped and
// ordered the same way whatever the number of workers.
package centrality

import (
	"errors"
	"fmt"

	"github.com/alliances-project/alliances"
)

// ErrNotConverged is returned, wrapped, by the power iterations (PageRank, Eigenvector)
// when they reach their iteration limit before their tolerance.
var ErrNotConverged = errors.New("power iteration did not converge")

// notConverged is the error of a power iteration that reached its limit: an
// *alliances.Error of kind Internal (neither the input's fault nor an answer) wrapping
// ErrNotConverged, so that callers can test for it with errors.Is.
func notConverged(op string, iterations int) error {
	return &alliances.Error{Kind: alliances.Internal, Op: op, Msg: fmt.Sprintf("after %d iterations", iterations), Err: ErrNotConverged}
}
