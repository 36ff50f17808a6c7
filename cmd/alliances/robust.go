package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/alliances-project/alliances/snapshot"
)

// robustDraws is how many random draws of the uncertain dates --robust adds to the
// fixed variants, and robustSeed seeds them: the same command prints the same spread.
const (
	robustDraws = 20
	robustSeed  = 1
)

// nodeSpread is the range of one actor's value, and of its rank, across the variants of
// a robustness check.
type nodeSpread struct {
	Actor   string  `json:"actor"`
	Min     float64 `json:"min"`
	Max     float64 `json:"max"`
	RankMin int     `json:"rank_min"` // best rank (1 is the highest value); 0 with rank_max 0: 0 in every run, unranked
	RankMax int     `json:"rank_max"` // worst rank
}

// robustness is the outcome of --robust for a measure given per actor.
type robustness struct {
	Variants []string     `json:"variants"`
	Spread   []nodeSpread `json:"spread"`
}

// robustNodes reruns a per-actor measure over the variants of f (see snapshot.Variants)
// and gathers, for every actor that has a value in any variant, the range of its value
// and rank. An actor missing from a variant counts as 0 there.
func robustNodes(ctx context.Context, ix *snapshot.Index, f snapshot.Filter,
	measure func(*snapshot.Snapshot) (map[string]float64, error)) (*robustness, error) {
	r := &robustness{}
	var runs []map[string]float64
	actors := map[string]bool{}
	for _, v := range snapshot.Variants(f, robustDraws, robustSeed) {
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
		sp := nodeSpread{Actor: a, Min: runs[0][a], Max: runs[0][a], RankMin: len(actors) + 1}
		for i, vals := range runs {
			sp.Min, sp.Max = min(sp.Min, vals[a]), max(sp.Max, vals[a])
			sp.RankMin, sp.RankMax = min(sp.RankMin, ranks[i][a]), max(sp.RankMax, ranks[i][a])
		}
		if sp.Min == 0 && sp.Max == 0 {
			sp.RankMin, sp.RankMax = 0, 0 // 0 in every run: no rank to speak of
		}
		r.Spread = append(r.Spread, sp)
	}
	zero := func(s nodeSpread) bool { return s.Min == 0 && s.Max == 0 }
	slices.SortFunc(r.Spread, func(a, b nodeSpread) int {
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

func (r *robustness) print(w io.Writer, measure string, limit int) {
	fmt.Fprintf(w, "\nRobustness of %s over %d runs: as asked, without alleged or disputed ties, without inferred\nties, without low-credibility ties, with possibly active ties, with ungraded ties at intensity\n1 and at 5, and %d random draws of the uncertain dates\n",
		measure, len(r.Variants), robustDraws)
	t := newTable(w, "ACTOR", "MIN", "MAX", "RANKS")
	for i, s := range r.Spread {
		if limit > 0 && i >= limit {
			break
		}
		ranks := fmt.Sprint(s.RankMin)
		switch {
		case s.Max == 0 && s.Min == 0:
			ranks = "- (0 in every run)"
		case s.RankMax != s.RankMin:
			ranks += "-" + fmt.Sprint(s.RankMax)
		}
		t.row("  "+s.Actor, fmt.Sprintf("%.4g", s.Min), fmt.Sprintf("%.4g", s.Max), ranks)
	}
	t.flush()
	if limit > 0 && len(r.Spread) > limit {
		fmt.Fprintf(w, "(%d of %d actors shown, those ranked highest in some run first; --json lists them all)\n", limit, len(r.Spread))
	}
}
