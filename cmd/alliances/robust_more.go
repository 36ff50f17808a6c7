package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/snapshot"
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

// diffFindings names the sign changes and realignments of a diff, one string each.
func diffFindings(c *change) []string {
	var out []string
	for _, p := range c.SignChanges {
		out = append(out, fmt.Sprintf("%s - %s: %s → %s", p.A, p.B, p.SignFrom, p.SignTo))
	}
	for _, p := range c.Realignments {
		out = append(out, fmt.Sprintf("%s toward %s: %s → %s", p.A, p.B, p.SignFrom, p.SignTo))
	}
	return out
}

// robustDiff reruns a diff over the variants, each variant reading both dates alike.
func robustDiff(ctx context.Context, ix *snapshot.Index, f snapshot.Filter, d1, d2 *edtf.Range, focal []string) (*answer.CountRobustness, error) {
	return answer.RobustCounts(ctx, f, func(v snapshot.Filter) ([]string, error) {
		f1, f2 := v, v
		f1.At, f2.At = d1, d2
		s1, err := ix.Snapshot(ctx, f1)
		if err != nil {
			return nil, err
		}
		s2, err := ix.Snapshot(ctx, f2)
		if err != nil {
			return nil, err
		}
		return diffFindings(diff(ctx, s1, s2, focal)), nil
	})
}

// chainFindings names the chains of a path result and whether the actors are linked.
func chainFindings(r *pathResult) []string {
	if len(r.Shortest) == 0 {
		return []string{"not linked"}
	}
	out := []string{fmt.Sprintf("linked in %d steps", len(r.Shortest[0].Steps))}
	for _, c := range r.Strongest {
		out = append(out, "chain "+strings.Join(c.Actors, " - "))
	}
	return out
}

// tippedFindings names the actors that moved in a cascade.
func tippedFindings(ts []tipping) []string {
	var out []string
	for _, t := range ts {
		if t.Round > 0 {
			out = append(out, t.Actor+" moves")
		}
	}
	return out
}
