package textreport

import (
	"fmt"
	"io"
	"strings"

	"github.com/alliances-project/alliances/answer"
)

// Balance writes the structural balance of one step: the census of triangles, the
// frustration index, the camps of the first best split and the pairs every best split
// frustrates, and, when explain, the ties behind each pair and triangle.
func Balance(w io.Writer, rec *answer.Record, b *answer.BalanceStep, explain bool) error {
	printHeader(w, &b.Report)
	c := b.Census
	fmt.Fprintf(w, "Structural balance at %s: %d actors, %d signed pairs\n\n", b.At, b.Actors, b.Ties)
	fmt.Fprintf(w, "Triangles: %d  (+++ %d, ++- %d, +-- %d, --- %d)\n", c.Triangles, c.PPP, c.PPN, c.PNN, c.NNN)
	if c.Triangles > 0 {
		fmt.Fprintf(w, "Balanced: %.1f%% (strong), %.1f%% (weak, --- counted balanced)\n", 100*c.Balanced, 100*c.WeakBalanced)
	}
	fr := b.Frustration
	if fr.Exact {
		fmt.Fprintf(w, "Frustration index: %g weighted (exact), %s\n", fr.Upper, countedIndex(fr))
	} else {
		fmt.Fprintf(w, "Frustration index: between %g and %g weighted (bounds: too large to solve exactly), %s\n", fr.Lower, fr.Upper, countedIndex(fr))
	}
	if b.Robust != nil {
		fmt.Fprintf(w, "Robustness over %d runs: balanced %s, weighted frustration %g to %g\n", len(b.Robust.Variants),
			balancedRange(b.Robust), minOf(b.Robust.Frustration), maxOf(b.Robust.Frustration))
	}
	fmt.Fprintf(w, "\nCamps of the first best split (%s):\n  1: %s\n  2: %s\n", optimaPhrase(fr.Optima, fr.OptimaComplete, "split"),
		strings.Join(fr.Camps[0], ", "), strings.Join(fr.Camps[1], ", "))
	if len(fr.Swing) > 0 {
		fmt.Fprintf(w, "  swing between camps: %s\n", strings.Join(fr.Swing, ", "))
	}
	printPairs(w, rec, "Pairs frustrated by every best split", fr.Always, explain)
	if len(fr.Sometimes) > 0 {
		printPairs(w, rec, "Pairs frustrated by some best splits only", fr.Sometimes, explain)
	}
	fmt.Fprintf(w, "\nUnbalanced triangles (%d listed of %d):\n", len(b.Unbalanced), b.Listed.Total)
	for _, tr := range b.Unbalanced {
		fmt.Fprintf(w, "  %s  %s, %s, %s  %v\n", tr.Signs, tr.Actors[0], tr.Actors[1], tr.Actors[2], tr.Ties)
		if explain {
			explainTies(w, rec, tr.Ties)
		}
	}
	printLegend(w, &b.Report)
	return nil
}

// BalanceSeries writes a series of balance steps as a table under the series' report
// r, and, when explain, each step in full after it (see Balance), with its ties.
func BalanceSeries(w io.Writer, rec *answer.Record, r *answer.Report, steps []*answer.BalanceStep, explain bool) error {
	if err := balanceTable(w, r, steps); err != nil || !explain {
		return err
	}
	for _, b := range steps {
		fmt.Fprintln(w)
		if err := Balance(w, rec, b, true); err != nil {
			return err
		}
	}
	return nil
}

// balanceTable writes a series of balance steps as a table under the series' report.
func balanceTable(w io.Writer, r *answer.Report, steps []*answer.BalanceStep) error {
	printHeader(w, r)
	header := []string{"AT", "ACTORS", "PAIRS", "TRIANGLES", "+++", "++-", "+--", "---", "BALANCED", "FRUSTRATION", "COUNTED", "SPLITS"}
	robust := steps[0].Robust != nil
	if robust {
		header = append(header, "BALANCED, ALL RUNS", "FRUSTRATION, ALL RUNS")
	}
	t := newTable(w, header...)
	for _, b := range steps {
		c, fr := b.Census, b.Frustration
		frs := fmt.Sprintf("%g", fr.Upper)
		if !fr.Exact {
			frs = fmt.Sprintf("%g-%g", fr.Lower, fr.Upper)
		}
		splits := fmt.Sprint(fr.Optima)
		if !fr.OptimaComplete {
			splits += "+"
		}
		row := []string{b.At, fmt.Sprint(b.Actors), fmt.Sprint(b.Ties), fmt.Sprint(c.Triangles), fmt.Sprint(c.PPP), fmt.Sprint(c.PPN),
			fmt.Sprint(c.PNN), fmt.Sprint(c.NNN), balancedShare(c), frs, fmt.Sprintf("%g", fr.Count), splits}
		if robust {
			row = append(row, balancedRange(b.Robust), fmt.Sprintf("%g-%g", minOf(b.Robust.Frustration), maxOf(b.Robust.Frustration)))
		}
		t.row(row...)
	}
	if err := t.flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nFRUSTRATION: weighted by net intensity; COUNTED: ties; SPLITS: two-camp splits that attain it (+: maybe more).")
	if robust {
		fmt.Fprintf(w, "ALL RUNS: over the %d runs of --robust.\n", len(steps[0].Robust.Variants))
	}
	printLegend(w, r)
	return nil
}

func countedIndex(fr answer.Frustration) string {
	if fr.CountExact {
		return fmt.Sprintf("%g ties counted (exact)", fr.Count)
	}
	return fmt.Sprintf("%g to %g ties counted", fr.CountLower, fr.Count)
}

func optimaPhrase(n int, complete bool, noun string) string {
	switch {
	case n == 1 && complete:
		return "the only best " + noun
	case complete:
		return fmt.Sprintf("one of %d equally good %ss, all found", n, noun)
	}
	return fmt.Sprintf("one of %d equally good %ss found, maybe more", n, noun)
}

// balancedShare prints the share balanced, or "-" when there is no triangle.
func balancedShare(c answer.Census) string {
	if c.Triangles == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*c.Balanced)
}

// balancedRange is the range of the share balanced over the runs that have triangles.
func balancedRange(r *answer.BalanceRobustness) string {
	var shares []float64
	for i, s := range r.Balanced {
		if r.Triangles[i] > 0 {
			shares = append(shares, s)
		}
	}
	if len(shares) == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%-%.1f%%", 100*minOf(shares), 100*maxOf(shares))
}
