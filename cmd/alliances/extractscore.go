package main

import (
	"context"
	"fmt"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/intake"
)

// scoreAgainst measures the reader on reports against an annotation (intake.Measure)
// and prints the score.
func (m *Main) scoreAgainst(ctx context.Context, files []string, annotation string, asNew bool, rules *extract.Rules, model *extract.ModelReader, source, date string, threshold float64, asJSON bool) error {
	scored, err := intake.Measure(ctx, intake.Against{Files: files, Annotation: annotation, AsNew: asNew, Rules: rules, Model: model, Source: source, Date: date, Threshold: threshold})
	if err != nil {
		return err
	}
	m.note(scored.Notes)
	return m.printScore(scored.Score, scored.Case, scored.Source, asJSON)
}

func (m *Main) printScore(s extract.Score, caseID, source string, asJSON bool) error {
	if asJSON {
		return writeJSON(m.Stdout, s)
	}
	fmt.Fprintf(m.Stdout, "%d proposals at confidence %.2f or more; %d find a tie of case %s citing %s (precision %.2f)\n",
		s.Proposals, s.Threshold, s.Correct, caseID, source, s.Precision)
	fmt.Fprintf(m.Stdout, "%d of the case's %d stated ties found (recall %.2f), %d of them with their kind, %d read the same way (who acts on whom)\n", s.Found, s.Gold, s.Recall, s.SameKind, s.SameWay)
	fmt.Fprintf(m.Stdout, "%d of the %d proposals that find a tie take their time from the text; %d of those overlap the tie's\n", s.Dated, s.Correct, s.TimeAgree)
	if s.SameParagraphGold > 0 {
		fmt.Fprintf(m.Stdout, "In the same paragraph: %d proposals find a tie their paragraph states (precision %.2f); %d of the %d ties cited by paragraph found there (recall %.2f)\n",
			s.SameParagraph, s.StrictPrecision, s.SameParagraphFind, s.SameParagraphGold, s.StrictRecall)
	}
	fmt.Fprintln(m.Stdout, "Rule: "+s.Rule+".")
	t := newTable(m.Stdout, "KIND", "TIES", "FOUND", "RECALL", "PROPOSED", "CORRECT", "PRECISION")
	for _, k := range alliances.Kinds {
		if ks, ok := s.ByKind[k.Kind]; ok {
			t.row(string(k.Kind), fmt.Sprint(ks.Gold), fmt.Sprint(ks.Found), fmt.Sprintf("%.2f", ks.Recall), fmt.Sprint(ks.Proposals),
				fmt.Sprint(ks.Correct), fmt.Sprintf("%.2f", ks.Precision))
		}
	}
	return t.flush()
}
