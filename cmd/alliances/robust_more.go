package main

import (
	"fmt"
	"io"

	"github.com/alliances-project/alliances/answer"
)

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
