package answer

import (
	"fmt"
	"strings"

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

func (r *CascadeResult) cascadeWarnings(rec *Record, hasRecord bool) {
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
				alliances.Count(len(unmovable), "actor"), plural(len(unmovable), "has", "have"), strings.Join(unmovable, ", "), plural(len(unmovable), "it is", "they are"))
		}
	}
	if r.Fit != nil && r.Fit.Hi-r.Fit.Lo >= 0.5 {
		r.Warn("every threshold from %g to %g fits the record as well: the record does not pin the threshold down", r.Fit.Lo, r.Fit.Hi)
	}
}

func (r *CascadeResult) reading(rec *Record) string {
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
	s := fmt.Sprintf("From %s at %s, threshold %g: %s moved", rec.Names(r.Seeds), r.At, r.Threshold, alliances.Count(max(moved, 0), "actor"))
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
