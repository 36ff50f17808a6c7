package cascade

import (
	"context"
	"math"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// FitScore is how well one uniform threshold reproduces the record.
type FitScore struct {
	Threshold float64
	Errors    int     // nodes that moved in the model but not in the record, or the reverse
	Tau       float64 // Kendall's tau-b of the orders over the nodes that moved in both (see Comparison)
}

// better reports whether a scores better than b: fewer errors, then a higher tau (an
// undefined tau, NaN, counting as the lowest).
func (a FitScore) better(b FitScore) bool {
	if a.Errors != b.Errors {
		return a.Errors < b.Errors
	}
	return tauKey(a.Tau) > tauKey(b.Tau)
}

func tauKey(t float64) float64 {
	if math.IsNaN(t) {
		return math.Inf(-1)
	}
	return t
}

// FitResult holds the scores of every threshold tried and the best.
type FitResult struct {
	Scores []FitScore // one per grid value, in grid order
	Best   int        // index in Scores of the best score (the first, in grid order, among equals)
	// Lo and Hi are the smallest and largest thresholds in the grid that score as well as
	// the best: the record identifies the threshold only up to such a range.
	Lo, Hi float64
}

// Fit finds the uniform threshold that best reproduces a recorded cascade. For each value
// in grid it runs the model from seeds and scores it against observed (the round or order
// in which each node moved, -1 never): first by the number of nodes whose outcome differs
// (moved in one but not the other), fewer being better, then by Kendall's tau-b between
// the model's rounds and the recorded order over the nodes that moved in both, higher
// being better. One run per grid value: O(|grid|·(n + m)).
func Fit(ctx context.Context, g *graph.CSR, seeds, observed []int, grid []float64) (FitResult, error) {
	const op = "cascade.Fit"
	if len(grid) == 0 {
		return FitResult{}, alliances.Errorf(alliances.Invalid, op, "empty grid; expected at least one threshold to try")
	}
	if g != nil && len(observed) != g.N() {
		return FitResult{}, alliances.Errorf(alliances.Invalid, op, "%d observations for %d nodes; expected one per node (-1: never moved)", len(observed), g.N())
	}
	res := FitResult{Scores: make([]FitScore, len(grid))}
	for i, th := range grid {
		r, err := Run(ctx, g, seeds, []float64{th}, Options{})
		if err != nil {
			return FitResult{}, err
		}
		c, _ := Compare(r, observed)
		res.Scores[i] = FitScore{Threshold: th, Errors: len(c.ModelOnly) + len(c.RecordOnly), Tau: c.Tau}
		if res.Scores[i].better(res.Scores[res.Best]) {
			res.Best = i
		}
	}
	best := res.Scores[res.Best]
	res.Lo, res.Hi = best.Threshold, best.Threshold
	for _, s := range res.Scores {
		if !s.better(best) && !best.better(s) {
			res.Lo, res.Hi = min(res.Lo, s.Threshold), max(res.Hi, s.Threshold)
		}
	}
	return res, nil
}

// Interval is the range (Lo, Hi] of thresholds under which a node behaves as recorded.
type Interval struct{ Lo, Hi float64 }

// Empty reports whether no threshold fits: the node moved although no partner had moved
// since the previous round.
func (iv Interval) Empty() bool { return iv.Lo >= iv.Hi }

// Intervals returns, for every node, the thresholds consistent with the record taken as
// synchronous rounds (observed[v] = the round v moved, -1 never), each node judged against
// the record's own history rather than a model run. With A_t the nodes recorded as moved by
// round t and s_v(A) v's share (see the package documentation):
//
//	moved at round r ≥ 2:  θ ∈ (s_v(A_{r-2}), s_v(A_{r-1})]
//	moved at round 1:      θ ∈ (-∞, s_v(A_0)]
//	never moved:           θ ∈ (s_v(A_last), +∞)
//	moved at round 0:      (-∞, +∞): a seed, its threshold unconstrained
//
// An [Interval.Empty] one flags a move the model cannot reproduce. O(n + m).
func Intervals(ctx context.Context, g *graph.CSR, observed []int) ([]Interval, error) {
	const op = "cascade.Intervals"
	if err := checkGraph(op, g); err != nil {
		return nil, err
	}
	n := g.N()
	if len(observed) != n {
		return nil, alliances.Errorf(alliances.Invalid, op, "%d observations for %d nodes; expected one per node (-1: never moved)", len(observed), n)
	}
	lo, hi, total := make([]float64, n), make([]float64, n), make([]float64, n)
	for u := range n {
		if u%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			v, w, ou := g.Adj[i], g.Weight(int(i)), observed[u]
			total[v] += w
			rv := observed[v]
			if ou < 0 {
				continue
			}
			if rv < 0 || ou <= rv-2 {
				lo[v] += w
			}
			if rv >= 0 && ou <= rv-1 {
				hi[v] += w
			}
		}
	}
	out := make([]Interval, n)
	for v := range n {
		out[v] = interval(observed[v], share(lo[v], total[v]), share(hi[v], total[v]))
	}
	return out, nil
}

func share(w, total float64) float64 {
	if total > 0 {
		return w / total
	}
	return 0
}

func interval(r int, lo, hi float64) Interval {
	switch {
	case r < 0:
		return Interval{lo, math.Inf(1)}
	case r == 0:
		return Interval{math.Inf(-1), math.Inf(1)}
	case r == 1:
		return Interval{math.Inf(-1), hi}
	}
	return Interval{lo, hi}
}
