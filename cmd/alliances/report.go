package main

import (
	"fmt"
	"io"
	"strings"

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

// wrap breaks a long line at spaces, indenting the continuation lines by two.
func wrap(s string, width int) string {
	var b strings.Builder
	col := 0
	for i, word := range strings.Fields(s) {
		if i > 0 && col+1+len(word) > width {
			b.WriteString("\n  ")
			col = 2
		} else if i > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += len(word)
	}
	return b.String()
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
