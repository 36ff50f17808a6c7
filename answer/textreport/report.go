package textreport

import (
	"fmt"
	"io"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

// printHeader writes a report's reading, its case and rules, and its warnings.
func printHeader(w io.Writer, r *answer.Report) {
	if r.Reading != "" {
		fmt.Fprintln(w, wrap(r.Reading, 100))
	}
	line := "Case: " + r.Case
	if r.CaseNote != "" {
		line += ", " + r.CaseNote
	}
	fmt.Fprintln(w, line+".")
	for _, l := range r.Rules.Lines() {
		fmt.Fprintln(w, wrap(l, 100))
	}
	for _, wn := range r.Warnings {
		fmt.Fprintln(w, wrap("Warning: "+wn, 100))
	}
	fmt.Fprintln(w)
}

// printLegend writes the legend of the abbreviations a report uses.
func printLegend(w io.Writer, r *answer.Report) {
	if len(r.Legend) == 0 {
		return
	}
	fmt.Fprintln(w, "\nLegend:")
	t := newTable(w)
	for _, l := range r.Legend {
		t.row("  "+l[0], l[1])
	}
	t.flush()
}

// printPairs lists pairs of actors with the ties behind them ([actor, actor, tie ids...]),
// under a title, with the ties' evidence when explain.
func printPairs(w io.Writer, rec *answer.Record, title string, ps [][]string, explain bool) {
	fmt.Fprintf(w, "\n%s (%d):\n", title, len(ps))
	for _, p := range ps[:min(len(ps), maxPairs)] {
		fmt.Fprintf(w, "  %s - %s  %v\n", p[0], p[1], p[2:])
		if explain {
			explainTies(w, rec, p[2:])
		}
	}
	if len(ps) > maxPairs {
		fmt.Fprintf(w, "  (and %d more; --json lists them all)\n", len(ps)-maxPairs)
	}
}

// maxPairs is the most pairs a table lists: a network of a million ties has thousands
// that no optimal partition fits.
const maxPairs = 50

// explainTies prints ties with their full evidence, for --explain.
func explainTies(w io.Writer, rec *answer.Record, ids []string) {
	seen := map[string]bool{}
	for _, id := range ids {
		t, ok := rec.Tie(id)
		if !ok || seen[id] {
			continue
		}
		seen[id] = true
		explainTie(w, rec, t)
	}
}

func explainTie(w io.Writer, rec *answer.Record, t *alliances.Tie) {
	fmt.Fprintf(w, "    %s: %s %s %s %s, %s, %s", t.ID, t.Subject, t.Sign, tieLabel(t), objectLabel(t), t.Valid, statusLabel(t))
	if t.Intensity > 0 {
		fmt.Fprintf(w, ", intensity %d", t.Intensity)
	}
	fmt.Fprintln(w)
	for _, c := range t.Citations {
		fmt.Fprintf(w, "      %s: %s %s (%s%d)", c.Stance, c.Source, c.Locator, rec.Sources[c.Source].Reliability, c.Credibility)
		if c.AttributedTo != "" {
			fmt.Fprintf(w, " per %s", c.AttributedTo)
		}
		if c.Note != "" {
			fmt.Fprintf(w, ": %s", c.Note)
		}
		fmt.Fprintln(w)
	}
	if t.Note != "" {
		fmt.Fprintf(w, "      note: %s\n", t.Note)
	}
}

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
