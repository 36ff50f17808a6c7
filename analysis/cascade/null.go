package cascade

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// Chance is how a run's agreement with the record compares with chance, under two null
// models, each drawn Draws times from a seeded generator:
//
//   - random thresholds: every actor that can move gets a threshold drawn uniformly
//     from [0, 1], and the model runs from the same seeds on the same network;
//   - random orders: as many actors as the run moved are drawn at random among those
//     that can move, in a random order, ignoring the network.
//
// For each, P is the share of draws that agree with the record at least as well as the
// run (no more errors); a small P (under 0.05) says the run does better than chance.
// Tau is compared likewise, over the draws where it is defined.
type Chance struct {
	Draws int
	// Errors of the run, and the mean errors of the draws of each null model.
	Errors                          int
	MeanThresholdErrors, MeanOrders float64
	PThreshold, POrder              float64
	// Tau of the run (NaN when undefined) and the share of draws with a tau at least as
	// high, over those where it is defined (NaN when none is).
	Tau                       float64
	PTauThreshold, PTauOrders float64
}

// BeatsChance reports whether the run agrees with the record better than both null
// models do in at least 95% of their draws.
//
// The draws are shared among GOMAXPROCS workers; draw d takes its numbers from
// PCG(seed, d), so the result is the same whatever their number.
func (c Chance) BeatsChance() bool { return c.PThreshold < 0.05 && c.POrder < 0.05 }

// AgainstChance compares run r (from seeds, with o's removals and movable actors) with
// draws of the two null models (see Chance), scoring each against observed as Fit does.
// O(draws · (n + m)).
func AgainstChance(ctx context.Context, g *graph.CSR, seeds, observed []int, r Result, o Options, draws int, seed uint64) (Chance, error) {
	const op = "cascade.AgainstChance"
	if draws < 1 {
		return Chance{}, alliances.Errorf(alliances.Invalid, op, "%d draws; expected at least one", draws)
	}
	model, err := Compare(r, observed)
	if err != nil {
		return Chance{}, err
	}
	c := Chance{Draws: draws, Errors: len(model.ModelOnly) + len(model.RecordOnly), Tau: model.Tau}
	candidates := movers(g.N(), seeds, o)
	moved := max(0, len(r.Active)-countSeeds(r))
	// Draw d takes its numbers from PCG(seed, d), so that the result does not depend on
	// how the draws are shared among the workers.
	type score struct {
		errT, errO int
		tauT, tauO float64
	}
	scores := make([]score, draws)
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, runtime.GOMAXPROCS(0))
	for w := range errs {
		wg.Go(func() {
			theta := make([]float64, g.N())
			for {
				d := int(next.Add(1)) - 1
				if d >= draws || ctx.Err() != nil {
					return
				}
				rng := rand.New(rand.NewPCG(seed, uint64(d)))
				for v := range theta {
					theta[v] = rng.Float64()
				}
				rounds, err := runRounds(ctx, g, seeds, theta, o)
				if err != nil {
					errs[w] = err
					return
				}
				et, tt := agreement(rounds, observed)
				eo, to := agreement(randomOrder(g.N(), seeds, candidates, moved, rng).Round, observed)
				scores[d] = score{et, eo, tt, to}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(append(errs, ctx.Err())...); err != nil {
		return Chance{}, err
	}
	var tauT, tauO, defT, defO int
	for _, sc := range scores {
		c.MeanThresholdErrors += float64(sc.errT)
		c.MeanOrders += float64(sc.errO)
		if sc.errT <= c.Errors {
			c.PThreshold++
		}
		if sc.errO <= c.Errors {
			c.POrder++
		}
		defT, tauT = tally(sc.tauT, model.Tau, defT, tauT)
		defO, tauO = tally(sc.tauO, model.Tau, defO, tauO)
	}
	n := float64(draws)
	c.MeanThresholdErrors, c.MeanOrders, c.PThreshold, c.POrder = c.MeanThresholdErrors/n, c.MeanOrders/n, c.PThreshold/n, c.POrder/n
	c.PTauThreshold, c.PTauOrders = ratio(tauT, defT), ratio(tauO, defO)
	return c, nil
}

// runRounds runs the model and returns the round each node moved in, without the
// explanations Run gathers.
func runRounds(ctx context.Context, g *graph.CSR, seeds []int, theta []float64, o Options) ([]int32, error) {
	const op = "cascade.AgainstChance"
	th, err := thresholdOf(op, g.N(), theta)
	if err != nil {
		return nil, err
	}
	s, err := newState(op, g, o)
	if err != nil {
		return nil, err
	}
	if err := s.run(ctx, seeds, th, o.MaxRounds); err != nil {
		return nil, err
	}
	return s.round, nil
}

// agreement scores rounds against observed as Compare does: the nodes that moved in one
// and not the other, and Kendall's tau over those that moved in both.
func agreement(rounds []int32, observed []int) (int, float64) {
	errs := 0
	var x, y []float64
	for v, ro := range rounds {
		switch m, ob := ro >= 0, observed[v] >= 0; {
		case m && ob:
			x, y = append(x, float64(ro)), append(y, float64(observed[v]))
		case m || ob:
			errs++
		}
	}
	return errs, KendallTau(x, y)
}

// tally counts a draw's tau: defined, and at least the run's.
func tally(tau, model float64, defined, atLeast int) (int, int) {
	if math.IsNaN(tau) {
		return defined, atLeast
	}
	defined++
	if math.IsNaN(model) || tau >= model-1e-12 {
		atLeast++
	}
	return defined, atLeast
}

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// movers lists the nodes that can move: not seeds, not removed, movable.
func movers(n int, seeds []int, o Options) []int32 {
	out := make([]bool, n)
	for _, v := range seeds {
		out[v] = true
	}
	for _, v := range o.RemoveNodes {
		out[v] = true
	}
	var c []int32
	for v := range n {
		if !out[v] && (o.Movable == nil || o.Movable[v]) {
			c = append(c, int32(v))
		}
	}
	return c
}

func countSeeds(r Result) int {
	n := 0
	for _, x := range r.Round {
		if x == 0 {
			n++
		}
	}
	return n
}

// randomOrder is a run in which k random candidates move, one per round, in a random
// order.
func randomOrder(n int, seeds []int, candidates []int32, k int, rng *rand.Rand) Result {
	r := Result{Round: make([]int32, n)}
	for v := range r.Round {
		r.Round[v] = -1
	}
	for _, v := range seeds {
		r.Round[v] = 0
	}
	perm := rng.Perm(len(candidates))
	for i := range min(k, len(candidates)) {
		r.Round[candidates[perm[i]]] = int32(i + 1)
	}
	return r
}
