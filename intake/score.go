package intake

// Measuring the reader on reports against an annotation: a case file of the ties they
// state, as docs/extraction.md reads its scores.

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/extract"
)

// Against is what a measure against an annotation takes: the reports, the annotation's
// file, how the reader reads (its rules, a model or none, the source and date the
// proposals cite) and the least confidence scored.
type Against struct {
	Files      []string
	Annotation string
	// AsNew reads as into a new case: knowing only the registry's actors and those found
	// by the forms of their names, matched to the annotation's by name and alias.
	AsNew        bool
	Rules        *extract.Rules
	Model        *extract.ModelReader
	Source, Date string
	Threshold    float64
}

// Scored is a measure: the score, the annotation's case and the source it cites, and
// what the person reading it is to be told besides.
type Scored struct {
	Score        extract.Score
	Case, Source string
	Notes        []string
}

// Measure reads a.Files as a.Annotation's actors, all the reader knows (with the
// registry's, which an annotation names as a case does), or as a new case, and scores the
// proposals against the annotation's stated ties.
func Measure(ctx context.Context, a Against) (Scored, error) {
	data, err := os.ReadFile(a.Annotation)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return Scored{}, alliances.Errorf(alliances.Invalid, "extract", "--against %s: %v", a.Annotation, err)
	}
	rec, diags := casefile.Parse(a.Annotation, data)
	reg, err := cases.Registry()
	if err != nil {
		return Scored{}, err
	}
	shared := map[string]bool{}
	for _, r := range reg.Actors {
		shared[r.ID] = true
	}
	if errs := diags.Shared(func(id string) bool { return shared[id] }).Errors(); len(errs) > 0 {
		return Scored{}, errs
	}
	rd := extract.AnnotationReader(a.Rules, rec, reg.Actors)
	known := append(slices.Clone(rec.Actors), reg.Actors...)
	if a.AsNew {
		rd, known = extract.NewReader(a.Rules, reg.Actors), reg.Actors
	}
	if err := Cite(rd, rec, a.Source, a.Date, a.Annotation); err != nil {
		return Scored{}, err
	}
	read, err := Read(ctx, a.Files, rd, a.Rules, a.Model, known, a.AsNew)
	if err != nil {
		return Scored{}, err
	}
	notes := read.Notes
	if a.AsNew {
		matched := extract.MatchActors(read.Proposals, read.Found, append(slices.Clone(rec.Actors), reg.Actors...))
		notes = append(notes, fmt.Sprintf("as a new case: %d actors found by the forms of their names, %d of them the annotation's by name or alias", len(read.Found), matched))
	}
	return Scored{Score: extract.Measure(read.Proposals, extract.Annotation(rec, rd.Source), a.Threshold), Case: rec.Case, Source: rd.Source, Notes: notes}, nil
}
