package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
)

var cascadeLegend = [][2]string{
	{"ROUND", "the round the actor moved in (0: on the side from the start: a seed, a part of one, or already aligned with it)"},
	{"SHARE", "the weight of its partners on the side, less that of its enemies there, over the weight of all its partners"},
	{"threshold", "the share at which an actor moves; --fit finds the one that best reproduces the record"},
	{"errors", "actors that moved in the model but not in the record, or the reverse"},
	{"tau", "Kendall's tau-b between the model's rounds and the months of the record's moves, over the actors that moved in both (1: same order)"},
	{"chance", "the share of draws of a null model (random thresholds; random movers in random order) that do at least as well"},
}

func (r *cascadeResult) cascadeWarnings(rec *answer.Record, hasRecord bool) {
	if len(r.Tipped) <= len(r.Seeds) {
		r.Warn("nobody moves at threshold %g: no actor that can move has partners on the side holding that share of its ties", r.Threshold)
	}
	if r.Chance != nil && !r.Chance.BeatsChance && len(r.Both)+len(r.RecordOnly) > 0 {
		r.Warn("the run agrees with the record no better than chance (random thresholds do as well in %.0f%% of draws, random orders in %.0f%%)",
			100*r.Chance.PThreshold, 100*r.Chance.POrder)
	}
	if r.Fit != nil {
		r.Warn("the threshold was fitted to the record it is scored against: the agreement is in-sample and flatters the model")
	}
	if hasRecord {
		var weak []string
		for _, mv := range r.Record {
			if t, ok := rec.Tie(mv.Tie); ok && mv.Movable && (t.Status == alliances.Alleged || t.Status == alliances.Disputed || alliances.BestCredibility(t.Citations) >= 4) {
				weak = append(weak, fmt.Sprintf("%s (%s, %s, credibility %d)", mv.Actor, mv.Tie, t.Status, alliances.BestCredibility(t.Citations)))
			}
		}
		if len(weak) > 0 {
			r.Warn("recorded moves rest on one party's word or on doubtful evidence: %s; --status reported,confirmed or --min-credibility 3 scores the run without them", strings.Join(weak, "; "))
		}
		var unmovable []string
		for _, mv := range r.Record {
			if !mv.Movable {
				unmovable = append(unmovable, mv.Actor)
			}
		}
		if len(unmovable) > 0 {
			r.Warn("the record has %s aligning with the side that the model cannot move, or that %s no tie at the date it starts from (%s); %s left out of the comparison",
				count(len(unmovable), "actor"), answer.Plural(len(unmovable), "has", "have"), strings.Join(unmovable, ", "), answer.Plural(len(unmovable), "it is", "they are"))
		}
	}
	if r.Fit != nil && r.Fit.Hi-r.Fit.Lo >= 0.5 {
		r.Warn("every threshold from %g to %g fits the record as well: the record does not pin the threshold down", r.Fit.Lo, r.Fit.Hi)
	}
}

func (r *cascadeResult) reading(rec *answer.Record) string {
	moved := 0
	for _, t := range r.Tipped {
		if t.Round > 0 {
			moved++
		}
	}
	var order []string
	for _, t := range r.Tipped {
		if t.Round > 0 && len(order) < 8 {
			order = append(order, fmt.Sprintf("%s (round %d)", rec.Name(t.Actor), t.Round))
		}
	}
	s := fmt.Sprintf("From %s at %s, threshold %g: %s moved", rec.Names(r.Seeds), r.At, r.Threshold, count(max(moved, 0), "actor"))
	if len(order) > 0 {
		s += ": " + strings.Join(order, ", ")
		if moved > len(order) {
			s += fmt.Sprintf(" and %d more", moved-len(order))
		}
	}
	s += "."
	if len(r.Already) > 0 {
		s += fmt.Sprintf(" On the side from the start, already aligned: %s.", rec.Names(r.Already))
	}
	var leftOut []string
	for _, mv := range r.Record {
		if !mv.Movable {
			leftOut = append(leftOut, rec.Name(mv.Actor))
		}
	}
	switch {
	case r.Unscorable && len(r.Record) == 0:
		s += fmt.Sprintf(" The record holds no alignment with %s in the period: there is nothing to score.", rec.Name(r.Side))
	case r.Unscorable:
		s += " The record holds no move the model could make (its movers are not in the network at the date, or cannot move): there is nothing to score."
		if len(leftOut) > 0 {
			s += fmt.Sprintf(" Left out: %s.", strings.Join(leftOut, ", "))
		}
	case r.Chance != nil:
		s += fmt.Sprintf(" Against the record: %d of %d recorded moves the model could make reproduced", len(r.Both), len(r.Both)+len(r.RecordOnly))
		if len(leftOut) > 0 {
			s += fmt.Sprintf(" (%d more left out: %s)", len(leftOut), strings.Join(leftOut, ", "))
		}
		s += fmt.Sprintf(", %d moves the record does not have", len(r.ModelOnly))
		if r.Tau != nil {
			s += fmt.Sprintf(", order agreement tau %.2f", *r.Tau)
		}
		verdict := "no better than chance"
		if r.Chance.BeatsChance {
			verdict = "better than chance"
		}
		s += fmt.Sprintf("; %s (random thresholds do as well in %.0f%% of %d draws, random orders in %.0f%%).", verdict,
			100*r.Chance.PThreshold, r.Chance.Draws, 100*r.Chance.POrder)
	}
	if r.WhatIf != nil {
		s += fmt.Sprintf(" Without %s: %d fewer, %d more move.", strings.Join(append(append([]string{}, r.WhatIf.Without...), r.WhatIf.WithoutTies...), ", "),
			len(r.WhatIf.Lost), len(r.WhatIf.Gained))
		if len(r.WhatIf.Already) > 0 {
			s += fmt.Sprintf(" (%s was on the side from the start: taking it out removes only its pull on others.)", rec.Names(r.WhatIf.Already))
		}
	}
	return s
}

func (r *cascadeResult) print(w io.Writer, rec *answer.Record, explain bool) error {
	printHeader(w, &r.Report)
	fmt.Fprintf(w, "Cascade toward %s on the signed network at %s, threshold %g", r.Side, r.At, r.Threshold)
	if len(r.Tipped) == 0 {
		fmt.Fprintf(w, "\nNone of the seeds has a tie at %s: nothing to run.\n", r.At)
		return nil
	}
	if r.Fit != nil {
		fmt.Fprintf(w, " (fitted: %g to %g reproduce the record as well, with %s)", r.Fit.Lo, r.Fit.Hi, count(r.Fit.Errors, "error"))
	}
	fmt.Fprintf(w, "\nMovers: %s\n", strings.Join(r.Movers, ", "))
	printTipped(w, rec, r.Tipped, explain)
	if len(r.Record) > 0 || r.Chance != nil {
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
	if ch := r.Chance; ch != nil {
		fmt.Fprintf(w, "\nAgainst chance (%d draws each): the run makes %s; random thresholds make %.1f on average and do as well in %.1f%% of draws; random movers in random order make %.1f and do as well in %.1f%%.\n",
			ch.Draws, count(ch.Errors, "error"), ch.MeanThresholdErrors, 100*ch.PThreshold, ch.MeanOrderErrors, 100*ch.POrder)
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
		printCountRobustness(w, r.Robust, fmt.Sprintf("the runs in which each actor moves (threshold %g)", r.Threshold), answer.SortedFindings(r.Robust, tippedFindings(r.Tipped)))
	}
	printLegend(w, &r.Report)
	return nil
}

func noneIfEmpty(xs []string) string {
	if len(xs) == 0 {
		return "none"
	}
	return strings.Join(xs, ", ")
}

func printTipped(w io.Writer, rec *answer.Record, ts []tipping, explain bool) {
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
