package textreport

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

// Cascade writes a threshold cascade: who moved in which round, pushed and held back by
// whom, beside the record's alignments and chance, and what if an actor or a tie had
// not been there; with explain, the ties that moved each actor and the actors that
// cannot move.
func Cascade(w io.Writer, rec *answer.Record, r *answer.CascadeResult, explain bool) error {
	printHeader(w, &r.Report)
	fmt.Fprintf(w, "Cascade toward %s on the signed network at %s, threshold %g", r.Side, r.At, r.Threshold)
	if len(r.Tipped) == 0 {
		fmt.Fprintf(w, "\nNone of the seeds has a tie at %s: nothing to run.\n", r.At)
		return nil
	}
	if r.Fit != nil {
		fmt.Fprintf(w, " (fitted: %g to %g reproduce the record as well, with %s)", r.Fit.Lo, r.Fit.Hi, alliances.Count(r.Fit.Errors, "error"))
	}
	fmt.Fprintf(w, "\nMovers: %s\n", strings.Join(r.Movers, ", "))
	printTipped(w, rec, r.Tipped, explain)
	if len(r.Record) > 0 || r.Chance != nil {
		cascadeRecord(w, r)
	}
	if ch := r.Chance; ch != nil {
		fmt.Fprintf(w, "\nAgainst chance (%d draws each): the run makes %s; random thresholds make %.1f on average and do as well in %.1f%% of draws; random movers in random order make %.1f and do as well in %.1f%%.\n",
			ch.Draws, alliances.Count(ch.Errors, "error"), ch.MeanThresholdErrors, 100*ch.PThreshold, ch.MeanOrderErrors, 100*ch.POrder)
	}
	if r.WhatIf != nil {
		fmt.Fprintf(w, "\nWhat if without %s:\n", strings.Join(append(append([]string{}, r.WhatIf.Without...), r.WhatIf.WithoutTies...), ", "))
		if len(r.WhatIf.Parts) > 0 {
			fmt.Fprintf(w, "(taken out with their organization: %s)\n", strings.Join(r.WhatIf.Parts, ", "))
		}
		printTipped(w, rec, r.WhatIf.Tipped, false)
		fmt.Fprintf(w, "No longer moving: %s\nNow moving: %s\n", strings.Join(r.WhatIf.Lost, ", "), strings.Join(r.WhatIf.Gained, ", "))
	}
	if len(r.Fixed) > 0 && explain {
		fmt.Fprintln(w, "\nActors that cannot move:")
		for _, fx := range r.Fixed {
			fmt.Fprintf(w, "  %s: %s\n", fx.Actor, fx.Reason)
		}
	}
	if r.Robust != nil {
		printCountRobustness(w, r.Robust, fmt.Sprintf("the runs in which each actor moves (threshold %g)", r.Threshold), answer.SortedFindings(r.Robust, answer.TippedFindings(r.Tipped)))
	}
	printLegend(w, &r.Report)
	return nil
}

// cascadeRecord sets the run beside the record: who aligned with the side, and when,
// and who moved in the model, in the record, or both.
func cascadeRecord(w io.Writer, r *answer.CascadeResult) {
	fmt.Fprintf(w, "\nIn the record, alignments with %s:\n", r.Side)
	t := newTable(w)
	for _, mv := range r.Record {
		note := ""
		if !mv.Movable {
			note = "(left out: " + mv.Why + ")"
		}
		who := mv.Actor
		if mv.Via != "" {
			who += " (by " + mv.Via + ", part of it then)"
		}
		t.row("  "+mv.Date, who, "["+mv.Tie+"]", note)
	}
	t.flush()
	if len(r.Already) > 0 {
		fmt.Fprintf(w, "\nIn the bloc of %s at %s (on the side from the start: neither moves nor misses): %s\n", r.Side, r.At, strings.Join(r.Already, ", "))
	}
	fmt.Fprintf(w, "\nModel and record agree on %d: %s\n", len(r.Both), noneIfEmpty(r.Both))
	fmt.Fprintf(w, "Moved in the model only: %s\n", noneIfEmpty(r.ModelOnly))
	fmt.Fprintf(w, "Moved in the record only: %s\n", noneIfEmpty(r.RecordOnly))
	if r.Tau != nil {
		fmt.Fprintf(w, "Kendall's tau between the model's rounds and the record's months: %.2f\n", *r.Tau)
	}
}

func printTipped(w io.Writer, rec *answer.Record, ts []answer.Tipping, explain bool) {
	t := newTable(w, "ROUND", "ACTOR", "SHARE", "PUSHED BY", "HELD BACK BY")
	for _, tp := range ts {
		share, by := "", strings.Join(tp.By, ", ")
		if tp.Round > 0 {
			share = fmt.Sprintf("%.2f", tp.Share)
		} else if tp.On != "" {
			by = "(" + tp.On + ")"
		}
		t.row(fmt.Sprint(tp.Round), tp.Actor, share, by, strings.Join(tp.Held, ", "))
	}
	t.flush()
	if explain {
		for _, tp := range ts {
			if len(tp.Ties) == 0 {
				continue
			}
			fmt.Fprintf(w, "\n%s moved at a share of %.2f: its ties to actors on the side\n", tp.Actor, tp.Share)
			explainTies(w, rec, tp.Ties)
			if rest := slices.DeleteFunc(slices.Clone(tp.All), func(id string) bool { return slices.Contains(tp.Ties, id) }); len(rest) > 0 {
				fmt.Fprintf(w, "  over all its ties, these too:\n")
				explainTies(w, rec, rest)
			}
		}
	}
}
