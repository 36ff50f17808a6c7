package intake_test

import (
	"context"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/intake"
)

// TestMeasureAgainstAnnotation scores a report against its annotation as
// `alliances extract --score --against` does: the annotation's case and source, its 21
// stated ties (sahel-3.yaml, of 23), and a missing annotation named in the error.
func TestMeasureAgainstAnnotation(t *testing.T) {
	dir := "../extract/testdata/wikipedia/"
	a := intake.Against{Files: []string{dir + "sahel-3.txt"}, Annotation: dir + "sahel-3.yaml", Rules: extract.DefaultRules(), Threshold: 0.5}
	s, err := intake.Measure(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if s.Case != "wp-sahel-3" || s.Source != "wikipedia-sahel-3" || s.Score.Gold != 21 || s.Score.Correct == 0 {
		t.Errorf("measured %s citing %s: %+v", s.Case, s.Source, s.Score)
	}
	a.AsNew = true
	if s, err := intake.Measure(context.Background(), a); err != nil || len(s.Notes) == 0 || !strings.Contains(s.Notes[len(s.Notes)-1], "as a new case:") {
		t.Errorf("as a new case: %v, notes %q", err, s.Notes)
	}
	a.Annotation = dir + "none.yaml"
	if _, err := intake.Measure(context.Background(), a); err == nil || !strings.Contains(err.Error(), "--against "+dir+"none.yaml: no such file") {
		t.Errorf("a missing annotation: %v", err)
	}
}
