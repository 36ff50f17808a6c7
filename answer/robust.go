package answer

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances/snapshot"
)

// RobustDraws is how many random draws of the uncertain dates --robust adds to the
// fixed variants, and RobustSeed seeds them: the same command prints the same spread.
const (
	RobustDraws = 20
	RobustSeed  = 1
)

// NodeSpread is the range of one actor's value, and of its rank, across the variants of
// a Robustness check.
type NodeSpread struct {
	Actor   string  `json:"actor"`
	Min     float64 `json:"min"`
	Max     float64 `json:"max"`
	RankMin int     `json:"rank_min"` // best rank (1 is the highest value); 0 with rank_max 0: 0 in every run, unranked
	RankMax int     `json:"rank_max"` // worst rank
}

// Robustness is the outcome of --robust for a measure given per actor.
type Robustness struct {
	Variants []string     `json:"variants"`
	Spread   []NodeSpread `json:"spread"`
}

// robustNodes reruns a per-actor measure over the variants of f (see snapshot.Variants)
// and gathers, for every actor that has a value in any variant, the range of its value
// and rank. An actor missing from a variant counts as 0 there.
func robustNodes(ctx context.Context, ix *snapshot.Index, f snapshot.Filter,
	measure func(*snapshot.Snapshot) (map[string]float64, error)) (*Robustness, error) {
	r := &Robustness{}
	var runs []map[string]float64
	actors := map[string]bool{}
	for _, v := range snapshot.Variants(f, RobustDraws, RobustSeed) {
		s, err := ix.Snapshot(ctx, v.Filter)
		if err != nil {
			return nil, err
		}
		vals, err := measure(s)
		if err != nil {
			return nil, err
		}
		r.Variants = append(r.Variants, v.Name)
		runs = append(runs, vals)
		for a := range vals {
			actors[a] = true
		}
	}
	ranks := make([]map[string]int, len(runs))
	for i, vals := range runs {
		ranks[i] = rankAll(vals, actors)
	}
	for a := range actors {
		sp := NodeSpread{Actor: a, Min: runs[0][a], Max: runs[0][a], RankMin: len(actors) + 1}
		for i, vals := range runs {
			sp.Min, sp.Max = min(sp.Min, vals[a]), max(sp.Max, vals[a])
			sp.RankMin, sp.RankMax = min(sp.RankMin, ranks[i][a]), max(sp.RankMax, ranks[i][a])
		}
		if sp.Min == 0 && sp.Max == 0 {
			sp.RankMin, sp.RankMax = 0, 0 // 0 in every run: no rank to speak of
		}
		r.Spread = append(r.Spread, sp)
	}
	zero := func(s NodeSpread) bool { return s.Min == 0 && s.Max == 0 }
	slices.SortFunc(r.Spread, func(a, b NodeSpread) int {
		if za, zb := zero(a), zero(b); za != zb {
			return map[bool]int{true: 1, false: -1}[za] // an actor scoring 0 in every run has no rank to speak of
		}
		return cmp.Or(cmp.Compare(a.RankMin, b.RankMin), cmp.Compare(a.RankMax, b.RankMax), cmp.Compare(a.Actor, b.Actor))
	})
	return r, nil
}

// rankAll ranks actors by value, highest first: an actor's rank is 1 plus the number of
// actors with a strictly higher value, so equal values share a rank.
func rankAll(vals map[string]float64, actors map[string]bool) map[string]int {
	order := make([]string, 0, len(actors))
	for a := range actors {
		order = append(order, a)
	}
	slices.SortFunc(order, func(a, b string) int { return cmp.Compare(vals[b], vals[a]) })
	ranks := make(map[string]int, len(order))
	for i, a := range order {
		if i > 0 && vals[a] == vals[order[i-1]] {
			ranks[a] = ranks[order[i-1]]
			continue
		}
		ranks[a] = i + 1
	}
	return ranks
}

// CountRobustness says in how many of the runs of --robust each finding holds: a
// realignment, a tipping actor, a chain.
type CountRobustness struct {
	Variants []string       `json:"variants"`
	Holds    map[string]int `json:"holds"` // finding -> runs in which it holds
}

// Fragile words, for a reading, the findings that hold in at most half of the runs: a
// headline that the evidence does not carry must say so where it is read.
func (r *CountRobustness) Fragile(findings []string) string {
	var weak []string
	for _, f := range findings {
		if n := r.Holds[f]; 2*n <= len(r.Variants) {
			weak = append(weak, fmt.Sprintf("%s (%d of %d runs)", f, n, len(r.Variants)))
		}
	}
	if len(weak) == 0 {
		return fmt.Sprintf(" Under --robust every finding holds in most of the %d runs.", len(r.Variants))
	}
	return fmt.Sprintf(" Under --robust, %s in at most half of the runs: %s.", map[bool]string{true: "this holds only", false: "these hold only"}[len(weak) == 1], strings.Join(weak, "; "))
}

// robustCounts reruns an analysis over the variants of f and counts, for every finding
// it reports, the runs that report it.
func robustCounts(ctx context.Context, f snapshot.Filter, findings func(snapshot.Filter) ([]string, error)) (*CountRobustness, error) {
	r := &CountRobustness{Holds: map[string]int{}}
	for _, v := range snapshot.Variants(f, RobustDraws, RobustSeed) {
		fs, err := findings(v.Filter)
		if err != nil {
			return nil, err
		}
		r.Variants = append(r.Variants, v.Name)
		for _, x := range fs {
			r.Holds[x]++
		}
	}
	return r, nil
}

// SortedFindings lists the findings of the run as asked first, then the others, each
// group in order of how often they hold.
func SortedFindings(r *CountRobustness, asked []string) []string {
	others := []string{}
	for f := range r.Holds {
		if !slices.Contains(asked, f) {
			others = append(others, f)
		}
	}
	slices.SortFunc(others, func(a, b string) int {
		if r.Holds[a] != r.Holds[b] {
			return r.Holds[b] - r.Holds[a]
		}
		return strings.Compare(a, b)
	})
	return append(slices.Clone(asked), others...)
}
