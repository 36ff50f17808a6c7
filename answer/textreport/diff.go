package textreport

import (
	"fmt"
	"io"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

// Diff writes what changed between two dates: the ties begun and ended, the pairs whose
// sign changed and the realignments toward the focal actors; with explain, the ties
// behind each change.
func Diff(w io.Writer, rec *answer.Record, c *answer.Change, explain bool) error {
	rel := rec.Reliability()
	printHeader(w, &c.Report)
	section := func(title string, ties []alliances.Tie) {
		fmt.Fprintf(w, "%s (%d)\n", title, len(ties))
		t := newTable(w)
		for i := range ties {
			tie := &ties[i]
			t.row("  "+dates(tie.Valid.String()), tie.Subject, tie.Sign.String(), tieLabel(tie), objectLabel(tie), tie.ID, evidence(tie.Citations, rel))
		}
		t.flush()
	}
	fmt.Fprintf(w, "From %s to %s\n\n", c.From, c.To)
	section("Begun", c.Begun)
	section("\nEnded", c.Ended)
	pairs := func(title string, ps []answer.PairChange) {
		fmt.Fprintf(w, "\n%s (%d)\n", title, len(ps))
		t := newTable(w)
		for _, p := range ps {
			what := p.Change
			switch {
			case p.FoldedFrom != "":
				what += " from " + p.FoldedFrom
			case p.FoldedTo != "":
				what += " " + p.FoldedTo
			}
			t.row("  "+p.A, p.B, p.SignFrom+" → "+p.SignTo, what, noneIfEmpty(p.TiesFrom)+"  →  "+noneIfEmpty(p.TiesTo))
		}
		t.flush()
		if explain {
			for _, p := range ps {
				explainTies(w, rec, append(append([]string{}, p.TiesFrom...), p.TiesTo...))
			}
		}
	}
	pairs("Sign changes", c.SignChanges)
	if len(c.Realignments) > 0 {
		pairs("Realignments toward "+c.Realignments[0].B, c.Realignments)
	}
	if c.Robust != nil {
		printCountRobustness(w, c.Robust, "the runs in which each change holds", answer.SortedFindings(c.Robust, answer.DiffFindings(c)))
	}
	return nil
}
