package intake_test

import (
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/intake"
)

// TestCompleteTie: a tie added by hand cites the case's only source, is stated, and
// takes an id from its parties and kind that the case does not hold yet; one without an
// object, or citing no source where the case has two, is a parameter error.
func TestCompleteTie(t *testing.T) {
	rec := &alliances.Record{Case: "c", Sources: []alliances.Source{{ID: "s"}}, Ties: []alliances.Tie{{ID: "t-a-alliance-b"}}}
	got, err := intake.CompleteTie(rec, map[string]any{"subject": "a", "kind": "alliance", "object": "b"},
		intake.Citing{Locator: "¶7", Quote: "a full friendship", Credibility: 2})
	if err != nil {
		t.Fatal(err)
	}
	cite := got["citations"].([]any)[0].(map[string]any)
	if got["id"] != "t-a-alliance-b-2" || got["basis"] != "stated" || cite["source"] != "s" || cite["locator"] != "¶7" ||
		cite["note"] != "“a full friendship”" || cite["credibility"] != 2 {
		t.Errorf("CompleteTie = %v", got)
	}
	given := map[string]any{"id": "mine", "subject": "a", "kind": "alliance", "object": "b", "basis": "inferred"}
	if got, err := intake.CompleteTie(rec, given, intake.Citing{Credibility: 2}); err != nil || got["id"] != "mine" || got["basis"] != "inferred" {
		t.Errorf("CompleteTie of a tie with its id and basis = %v, %v; want them kept", got, err)
	}
	if _, err := intake.CompleteTie(rec, map[string]any{"subject": "a", "kind": "alliance"}, intake.Citing{}); !answer.IsParam(err) {
		t.Errorf("a tie without its object: %v, want a parameter error", err)
	}
	rec.Sources = append(rec.Sources, alliances.Source{ID: "s2"})
	if _, err := intake.CompleteTie(rec, map[string]any{"subject": "a", "kind": "alliance", "object": "b"}, intake.Citing{}); !answer.IsParam(err) {
		t.Errorf("no --source where the case cites two: %v, want a parameter error", err)
	}
}
