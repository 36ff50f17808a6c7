package main

import (
	"context"
	"fmt"
	"os"
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/intake"
)

// scoreAgainst measures the reader on reports against an annotation: a case file of
// their stated ties, whose actors are all the reader knows, or, as a new case (asNew),
// none of them but the registry's: the actors it finds are then matched to the
// annotation's by name and alias.
func (m *Main) scoreAgainst(ctx context.Context, files []string, annotation string, asNew bool, rules *extract.Rules, model *extract.ModelReader, source, date string, threshold float64, asJSON bool) error {
	data, err := os.ReadFile(annotation)
	if err != nil {
		return alliances.Errorf(alliances.Invalid, "extract", "--against: %v", unwrapPath(err))
	}
	// An annotation may name the registry's actors, as a case does.
	rec, diags := casefile.Parse(annotation, data)
	reg, err := cases.Registry()
	if err != nil {
		return err
	}
	shared := map[string]bool{}
	for _, a := range reg.Actors {
		shared[a.ID] = true
	}
	if errs := diags.Shared(func(id string) bool { return shared[id] }).Errors(); len(errs) > 0 {
		return errs
	}
	rd := extract.AnnotationReader(rules, rec, reg.Actors)
	known := append(slices.Clone(rec.Actors), reg.Actors...)
	if asNew {
		rd, known = extract.NewReader(rules, reg.Actors), reg.Actors
	}
	if err := intake.Cite(rd, rec, source, date, annotation); err != nil {
		return err
	}
	read, err := intake.Read(ctx, files, rd, rules, model, known, asNew)
	if err != nil {
		return err
	}
	m.note(read.Notes)
	props, found := read.Proposals, read.Found
	if asNew {
		matched := extract.MatchActors(props, found, append(slices.Clone(rec.Actors), reg.Actors...))
		fmt.Fprintf(m.Stderr, "alliances: as a new case: %d actors found by the forms of their names, %d of them the annotation's by name or alias\n", len(found), matched)
	}
	return m.printScore(extract.Measure(props, extract.Annotation(rec, rd.Source), threshold), rec.Case, rd.Source, asJSON)
}

func (m *Main) printScore(s extract.Score, caseID, source string, asJSON bool) error {
	if asJSON {
		return writeJSON(m.Stdout, s)
	}
	fmt.Fprintf(m.Stdout, "%d proposals at confidence %.2f or more; %d find a tie of case %s citing %s (precision %.2f)\n",
		s.Proposals, s.Threshold, s.Correct, caseID, source, s.Precision)
	fmt.Fprintf(m.Stdout, "%d of the case's %d stated ties found (recall %.2f), %d of them with their kind\n", s.Found, s.Gold, s.Recall, s.SameKind)
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
