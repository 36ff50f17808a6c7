package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/snapshot"
)

// countRobustness says in how many of the runs of --robust each finding holds: a
// realignment, a tipping actor, a chain.
type countRobustness struct {
	Variants []string       `json:"variants"`
	Holds    map[string]int `json:"holds"` // finding -> runs in which it holds
}

func (r *countRobustness) print(w io.Writer, title string, findings []string) {
	fmt.Fprintf(w, "\nRobustness over %d runs (as asked, without alleged or disputed ties, without inferred\nties, without low-credibility ties, with possibly active ties, with ungraded ties at intensity\n1 and at 5, and %d random draws of the uncertain dates): %s\n",
		len(r.Variants), robustDraws, title)
	t := newTable(w)
	for _, f := range findings {
		t.row("  "+f, fmt.Sprintf("%d of %d", r.Holds[f], len(r.Variants)))
	}
	t.flush()
}

// fragile words, for a reading, the findings that hold in at most half of the runs: a
// headline that the evidence does not carry must say so where it is read.
func (r *countRobustness) fragile(findings []string) string {
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
func robustCounts(ctx context.Context, f snapshot.Filter, findings func(snapshot.Filter) ([]string, error)) (*countRobustness, error) {
	r := &countRobustness{Holds: map[string]int{}}
	for _, v := range snapshot.Variants(f, robustDraws, robustSeed) {
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
func robustDiff(ctx context.Context, ix *snapshot.Index, f snapshot.Filter, d1, d2 *edtf.Range, focal []string) (*countRobustness, error) {
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

// sortedFindings lists the findings of the run as asked first, then the others, each
// group in order of how often they hold.
func sortedFindings(r *countRobustness, asked []string) []string {
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
