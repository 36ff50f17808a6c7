package answer

import (
	"context"
	"fmt"
	"strings"

	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/snapshot"
)

// DiffFindings names the sign changes and realignments of a diff, one string each.
func DiffFindings(c *Change) []string {
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
func robustDiff(ctx context.Context, ix *snapshot.Index, f snapshot.Filter, d1, d2 *edtf.Range, focal []string) (*CountRobustness, error) {
	return robustCounts(ctx, f, func(v snapshot.Filter) ([]string, error) {
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
		return DiffFindings(diff(ctx, s1, s2, focal)), nil
	})
}

// ChainFindings names the chains of a path result and whether the actors are linked.
func ChainFindings(r *PathResult) []string {
	if len(r.Shortest) == 0 {
		return []string{"not linked"}
	}
	out := []string{fmt.Sprintf("linked in %d steps", len(r.Shortest[0].Steps))}
	for _, c := range r.Strongest {
		out = append(out, "chain "+strings.Join(c.Actors, " - "))
	}
	return out
}

// TippedFindings names the actors that moved in a cascade.
func TippedFindings(ts []Tipping) []string {
	var out []string
	for _, t := range ts {
		if t.Round > 0 {
			out = append(out, t.Actor+" moves")
		}
	}
	return out
}
