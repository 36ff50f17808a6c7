package extract_test

// The readings of the eleventh round: what a new case finds by a name's form (bodies,
// forces and international organizations), long abbreviations, people named before
// their post, and a state's armed forces named with the state's words.

import (
	"maps"
	"slices"
	"testing"
)

// TestDiscoverBodiesByTheirForm: reading as into a new case, a name that ends in "Force",
// "Assembly", "Parliament" or "Agency", or in "Community", "Organization",
// "Commonwealth" or "Mission", is an organization's, of the kind the word says (the
// Lebanon chapter's "Multinational Force" and "Arab Deterrent Force", ¶10, ¶5; the
// Tajikistan entry's "Commonwealth of Independent States", ¶7). A demonym after "of" is
// the force's members, no part of its name ("a Multinational Force of American, French
// and Italian troops", ¶10); UCDP's armed groups stay armed groups whatever their word
// ("Palestine Liberation Organization").
func TestDiscoverBodiesByTheirForm(t *testing.T) {
	text := "In 1976 the Arab Deterrent Force entered Lebanon. In 1982 the PLO's fighters sailed for Tunis under the protection of a Multinational Force of American, French and Italian troops. " +
		"The Palestine Liberation Organization had fought there since 1970. " +
		"In 1993 the Commonwealth of Independent States sent troops, the Organization of African Unity met, the East African Community spoke and the National Assembly voted, " +
		"while the United Nations Observer Mission watched and the Central Intelligence Agency paid." +
		"\n\nA second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	got := kindsAndAliases(finds)
	want := map[string]string{
		"Arab Deterrent Force":               "armed-group ",
		"Multinational Force":                "armed-group ",
		"Palestine Liberation Organization":  "armed-group PLO",
		"Commonwealth of Independent States": "international-organization ",
		"Organization of African Unity":      "international-organization ",
		"East African Community":             "international-organization ",
		"National Assembly":                  "state-organ ",
		"United Nations Observer Mission":    "international-organization ",
		"Central Intelligence Agency":        "state-organ ",
	}
	for name, kind := range want {
		if got[name] != kind {
			t.Errorf("%q found as %q, want %q", name, got[name], kind)
		}
	}
	if _, ok := got["Multinational Force of American"]; ok {
		t.Errorf("found %v, with a demonym in a force's name", slices.Sorted(maps.Keys(got)))
	}
}

// TestDiscoverLongAbbreviationsAndPeopleBeforeTheirPost: an abbreviation of up to ten
// capitals used twice is an actor's ("FUNCINPEC", the Cambodia long-read, ¶7, ¶15, ¶18);
// a name before a post of two words after a comma, or before "became" and a post, is a
// person's ("Hun Sen, prime minister of", ¶1; "Hun Sen became his deputy", ¶18).
func TestDiscoverLongAbbreviationsAndPeopleBeforeTheirPost(t *testing.T) {
	text := "In 1981 Sihanouk launched FUNCINPEC, and FUNCINPEC fought the Khmer Rouge. Beside him sat Hun Sen, prime minister of the government. " +
		"In October Chea Sim took the chair, and Pen Sovan became his deputy." +
		"\n\nA second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	got := kindsAndAliases(finds)
	for name, kind := range map[string]string{"FUNCINPEC": "other ", "Hun Sen": "individual ", "Pen Sovan": "individual "} {
		if got[name] != kind {
			t.Errorf("%q found as %q, want %q (found %v)", name, got[name], kind, got)
		}
	}
}

// TestDiscoverStatesAirForces: a state's air force is the state, where the state's name
// has two words ("United States Air Force", the Wikipedia article on the Mali war, ¶13,
// where the report names the state too)
// and where a faith's word comes first ("Shia Iraqi Air Force cadets", the article on the
// war in Iraq, ¶42): an alias of the state, no actor of its own.
func TestDiscoverStatesAirForces(t *testing.T) {
	text := "In 2013 the United States Air Force air-dropped supplies in support of Mali, and the United States paid France. " +
		"In 2014 ISIL executed 1,700 Shia Iraqi Air Force cadets near Tikrit, and Iraq struck back." +
		"\n\nA second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	for _, f := range finds {
		if f.Actor.Kind != "state" {
			t.Errorf("found %q (%s, %s), a state's air force", f.Actor.Name, f.Actor.Kind, f.Why)
		}
	}
	got := kindsAndAliases(finds)
	if want := "state Shia Iraqi Air Force"; got["Iraq"] != want {
		t.Errorf("Iraq found as %q, want %q", got["Iraq"], want)
	}
	if want := "state United States Air Force"; got["United States"] != want {
		t.Errorf("the United States found as %q, want %q (found %v)", got["United States"], want, got)
	}
}
