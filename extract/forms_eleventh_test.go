package extract_test

// The readings of the eleventh round: what a new case finds by a name's form (bodies,
// forces and international organizations), long abbreviations, people named before
// their post, and a state's armed forces named with the state's words.

import (
	"maps"
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
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

// TestFormsOfSidesSetAgainstEachOther: a sentence that sets two sides against each other
// without a verb of fighting between them says they are at war: "pitted A against B",
// "on one side stood A; on the other B" (the Tajikistan entry, ¶1), "A fought on one side
// and B on the other"; each of a side's list with each of the other's. A side is never at
// war with itself, and "on one side" with no other side names none.
func TestFormsOfSidesSetAgainstEachOther(t *testing.T) {
	all := func(tie alliances.Tie) string { return tie.Subject + " " + string(tie.Kind) + " " + tie.Object }
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"pitted", "In 1992 the war pitted the Popular Front of Tajikistan against the Islamic Renaissance Party and the Democratic Party.",
			[]string{"popular-front hostility dpt", "popular-front hostility irp"}},
		{"pitted, a place between", "In 1992 the war pitted the Popular Front of Tajikistan in Kulob against the UTO.", []string{"popular-front hostility uto"}},
		{"on one side, on the other", "In 1993 on one side stood the Popular Front of Tajikistan, which Uzbekistan armed; on the other the UTO and the Democratic Party.",
			[]string{"popular-front hostility dpt", "popular-front hostility uto"}},
		{"before each side", "In 1993 Russia and Uzbekistan fought on one side and the UTO on the other.",
			[]string{"russia hostility uto", "uzbekistan hostility uto"}},
		{"no other side", "In 1993 the Popular Front of Tajikistan stood on one side of the river with Russia.", nil},
	} {
		got := readKind(append(tajikActors(), alliances.Actor{ID: "russia", Name: "Russia", Kind: "state"}), c.text, alliances.Hostility, all)
		if !slices.Equal(sorted(got), c.want) {
			t.Errorf("%s: hostility %q, want %q", c.name, sorted(got), c.want)
		}
	}
}

// TestFormsOfFoundersAndFaces: one who launches an organization named right after the
// verb founds it ("In 1981 Sihanouk launched FUNCINPEC", the Cambodia long-read, ¶7; not
// "launched missiles at"); "the public face of" a group is its member (¶2); one "who had
// taken over" a group leads it (the Lebanon chapter, ¶13).
func TestFormsOfFoundersAndFaces(t *testing.T) {
	all := func(tie alliances.Tie) string { return tie.Subject + " " + string(tie.Kind) + " " + tie.Object }
	actors := append(cambodiaActors(), alliances.Actor{ID: "funcinpec", Name: "FUNCINPEC", Kind: "party"},
		alliances.Actor{ID: "hobeika", Name: "Elie Hobeika", Kind: "individual"},
		alliances.Actor{ID: "lebanese-forces", Name: "Lebanese Forces", Kind: "militia"})
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"launched", "In 1981 Sihanouk launched FUNCINPEC.", []string{"sihanouk membership funcinpec"}},
		{"launched at", "In 1982 Vietnam launched missiles at Thailand.", nil},
		{"public face", "In 1991 Khieu Samphan, the public face of the Khmer Rouge, flew in from Bangkok.", []string{"khieu-samphan membership khmer-rouge"}},
		{"taken over", "In December 1985 Hanoi brought Sihanouk and Elie Hobeika, who had taken over the Lebanese Forces, to sign.",
			[]string{"hobeika membership lebanese-forces"}},
	} {
		if got := readKind(actors, c.text, alliances.Membership, all); !slices.Equal(sorted(got), c.want) {
			t.Errorf("%s: memberships %q, want %q", c.name, sorted(got), c.want)
		}
	}
}
