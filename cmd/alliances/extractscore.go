package main

import (
	"context"

	"github.com/alliances-project/alliances/answer/textreport"
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
	return textreport.Score(m.Stdout, s, caseID, source)
}
