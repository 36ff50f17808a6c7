package textreport

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/alliances-project/alliances/answer"
)

// Supporters writes an actor's supporters over a period, ranked by score, with their
// forms, years, intensity, credibility and the ranks the sources give; with explain,
// each supporter's ties.
func Supporters(w io.Writer, rec *answer.Record, r *answer.SupportResult, explain bool) error {
	printHeader(w, &r.Report)
	fmt.Fprintf(w, "Supporters of %s, %s to %s\n", r.Actor, r.From, r.To)
	t := newTable(w, "RANK", "SUPPORTER", "SCORE", "MAX", "FORMS", "YEARS", "INT", "CRED", "SOURCES' RANK", "TIES")
	for _, s := range r.Supporters {
		var ranks []string
		for _, sr := range s.SourceRanks {
			rank := fmt.Sprintf("#%d", sr.Rank)
			if len(sr.AttributedTo) > 0 {
				rank += " per " + strings.Join(sr.AttributedTo, ", ")
			}
			ranks = append(ranks, rank)
		}
		intensity := "?"
		if s.Intensity > 0 {
			intensity = fmt.Sprint(s.Intensity)
		}
		years := fmt.Sprintf("%.1f", float64(s.Days)/365.25)
		if len(s.Unknown) > 0 {
			years += "+ (" + strings.Join(s.Unknown, ", ") + " unknown)"
		}
		t.row(fmt.Sprint(s.Rank), s.Actor, fmt.Sprintf("%.2f", s.Score), fmt.Sprintf("%.2f", s.MaxScore), formsMarked(s), years,
			intensity, fmt.Sprint(s.Credibility), strings.Join(ranks, "; "), strings.Join(s.Ties, " "))
	}
	if err := t.flush(); err != nil {
		return err
	}
	if r.Robust != nil {
		printRobustness(w, r.Robust, "the supporters' scores", 0)
	}
	if explain {
		for _, s := range r.Supporters {
			fmt.Fprintf(w, "\n%d. %s\n", s.Rank, s.Actor)
			explainTies(w, rec, s.Ties)
		}
	}
	printLegend(w, &r.Report)
	return nil
}

// formsMarked writes a supporter's forms, a * after those only alleged or disputed ties
// give.
func formsMarked(s answer.Supporter) string {
	fs := make([]string, len(s.Forms))
	for i, f := range s.Forms {
		fs[i] = string(f)
		if slices.Contains(s.AllegedForms, f) {
			fs[i] += "*"
		}
	}
	return strings.Join(fs, ",")
}
