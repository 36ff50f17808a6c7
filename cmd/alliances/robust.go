package main

import (
	"fmt"
	"io"

	"github.com/alliances-project/alliances/answer"
)

// printRobustness writes the spread of a per-actor measure under --robust.
func printRobustness(w io.Writer, r *answer.Robustness, measure string, limit int) {
	fmt.Fprintf(w, "\nRobustness of %s over %d runs: as asked, without alleged or disputed ties, without inferred\nties, without low-credibility ties, with possibly active ties, with ungraded ties at intensity\n1 and at 5, and %d random draws of the uncertain dates\n",
		measure, len(r.Variants), answer.RobustDraws)
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

// printCountRobustness writes in how many runs of --robust each finding holds.
func printCountRobustness(w io.Writer, r *answer.CountRobustness, title string, findings []string) {
	fmt.Fprintf(w, "\nRobustness over %d runs (as asked, without alleged or disputed ties, without inferred\nties, without low-credibility ties, with possibly active ties, with ungraded ties at intensity\n1 and at 5, and %d random draws of the uncertain dates): %s\n",
		len(r.Variants), answer.RobustDraws, title)
	t := newTable(w)
	for _, f := range findings {
		t.row("  "+f, fmt.Sprintf("%d of %d", r.Holds[f], len(r.Variants)))
	}
	t.flush()
}
