package intake_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/intake"
)

// TestEditSetsFieldsAsTheyRead: an edit gives a list field its items separated by commas
// (an actor's aliases), a year is a date where the field holds one and a number where it
// holds a number, the id stays, and a field the claim's kind lacks is refused, naming it.
func TestEditSetsFieldsAsTheyRead(t *testing.T) {
	body, err := intake.Edit("actor", []byte(`{"id":"fsa","name":"Free Syrian Army","kind":"armed-group"}`), `aliases="FSA, Free Army" kind=coalition`)
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Aliases []string
		Kind    string
	}
	if err := json.Unmarshal(body, &a); err != nil || !slices.Equal(a.Aliases, []string{"FSA", "Free Army"}) || a.Kind != "coalition" {
		t.Errorf("edited %s (%v): want the aliases FSA and Free Army, the kind coalition", body, err)
	}
	body, err = intake.Edit("tie", []byte(`{"id":"t","valid":"2016/2018","intensity":2}`), `valid=2016 intensity=3 note=2020`)
	if err != nil || string(body) != `{"id":"t","intensity":3,"note":"2020","valid":"2016"}` {
		t.Errorf("edited %s (%v): want valid and note the strings 2016 and 2020, intensity the number 3", body, err)
	}
	if _, err := intake.Edit("tie", []byte(`{"id":"t"}`), `id=u`); err == nil || !strings.Contains(err.Error(), "cannot be changed") {
		t.Errorf("an edit of the id: %v, want it refused", err)
	}
	if _, err := intake.Edit("tie", []byte(`{"id":"t"}`), `name=X`); err == nil || !strings.Contains(err.Error(), `a tie has no field "name"`) {
		t.Errorf("a field a tie lacks: %v, want it refused, named", err)
	}
}

// TestEditOfAKindDropsItsFields: a proposed membership edited into cooperation loses its
// role, a mediation made support its third, a support made favour its forms, unless the
// edit sets them (a reviewer's kind=cooperation on a membership was refused for the role
// it kept).
func TestEditOfAKindDropsItsFields(t *testing.T) {
	membership := []byte(`{"id":"t","subject":"a","kind":"membership","object":"b","role":"member"}`)
	body, err := intake.Edit("tie", membership, `kind=cooperation`)
	if err != nil || string(body) != `{"id":"t","kind":"cooperation","object":"b","subject":"a"}` {
		t.Errorf("edited %s (%v): want the role gone with the membership", body, err)
	}
	body, err = intake.Edit("tie", []byte(`{"id":"t","subject":"a","kind":"mediation","object":"b","third":"c"}`), `kind=support`)
	if err != nil || strings.Contains(string(body), "third") {
		t.Errorf("edited %s (%v): want the third gone with the mediation", body, err)
	}
	body, err = intake.Edit("tie", []byte(`{"id":"t","subject":"a","kind":"support","object":"b","forms":["weapons"]}`), `kind=favour`)
	if err != nil || strings.Contains(string(body), "forms") {
		t.Errorf("edited %s (%v): want the forms gone with the support", body, err)
	}
	if body, err = intake.Edit("tie", membership, `valid=2016`); err != nil || !strings.Contains(string(body), `"role":"member"`) {
		t.Errorf("edited %s (%v): an edit that keeps the kind keeps the role", body, err)
	}
	if body, err = intake.Edit("tie", membership, `kind=membership role=leader`); err != nil || !strings.Contains(string(body), `"role":"leader"`) {
		t.Errorf("edited %s (%v): the role the edit sets stays", body, err)
	}
}

// TestEditSaysWhichFieldDoesNotRead: a reviewer met "json: cannot unmarshal string into Go
// struct field Actor.external" and "the edited tie does not read" for a date: another
// dataset's ids are given as SOURCE:ID pairs, and a field that does not read is named, with
// what it expects.
func TestEditSaysWhichFieldDoesNotRead(t *testing.T) {
	body, err := intake.Edit("actor", []byte(`{"id":"x"}`), `external=ucdp:366,wikidata:Q1`)
	if err != nil || string(body) != `{"external":{"ucdp":"366","wikidata":"Q1"},"id":"x"}` {
		t.Errorf("external ids: %s (%v), want them by source", body, err)
	}
	for _, c := range []struct{ entity, pairs, want string }{
		{"actor", `external=ucdp`, "external=ucdp: expected SOURCE:ID pairs"},
		{"tie", `valid="Feb 2015"`, `valid=Feb 2015: "Feb 2015": column 1: expected a four-digit year`},
		{"tie", `intensity=x`, "intensity: expected a number, not string"},
	} {
		if _, err := intake.Edit(c.entity, []byte(`{"id":"x"}`), c.pairs); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %s: %v, want %q", c.entity, c.pairs, err, c.want)
		}
	}
}
