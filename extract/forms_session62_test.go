package extract_test

// The forms eight more reviewers' reports showed, and those the reports reviewed before
// still missed (the seventh session of 2026-12-05).

import (
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

// session62Actors are the actors of this file's sentences.
func session62Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "un", Name: "United Nations", Kind: "international-organization"},
		{ID: "mexico", Name: "Mexico", Kind: "state"},
		{ID: "norway", Name: "Norway", Kind: "state"},
		{ID: "mcp", Name: "Malayan Communist Party", Aliases: []string{"the Party"}, Kind: "party"},
		{ID: "home-guard", Name: "Home Guard", Kind: "militia"},
		{ID: "angola", Name: "Angola", Kind: "state"},
		{ID: "eo", Name: "Executive Outcomes", Kind: "company"},
		{ID: "kengo", Name: "Léon Kengo wa Dondo", Aliases: []string{"Kengo"}, Kind: "individual"},
		{ID: "white-legion", Name: "White Legion", Kind: "armed-group"},
	}
}

// TestFormsOfTakingOverTalks: "took over the moderation" takes over a task, no place
// from anyone after it (the Guatemala report's ¶17 had made the United Nations hostile to
// the "Friends" it names next); "deserted to" a party is joining it, where "deserted" a
// party is leaving it.
func TestFormsOfTakingOverTalks(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"the moderation", "The United Nations took over the moderation in January 1994, with Mexico and Norway as the \"Friends\" of the process.",
			nil, []string{"un hostility mexico", "un hostility norway"}},
		{"a town", "In January 1994 the United Nations took over Mexico.", []string{"un hostility mexico"}, nil},
		{"deserted to", "In 1951 Home Guard sections deserted to the Malayan Communist Party.", []string{"home-guard membership mcp"}, nil},
		{"deserted", "In 1951 Home Guard sections deserted the Malayan Communist Party.", []string{"home-guard opposition mcp"}, []string{"home-guard membership mcp"}},
	})
}

// TestDiscoverPeopleCalledAndOwning: a name after a person's noun and "called" is a
// person's ("a young Hokkien called Chin Peng", the Malaya memoir's ¶2), as is one before a
// verb whose object "his" owns ("Chin Peng took his headquarters across the border", its
// ¶19), where a body's noun before "called" makes the name the body's and a state's "its"
// leaves it a state; a quantifier that opens the sentence is no part of a name ("Some
// Home Guard sections", its ¶9, had been found as an organization of its own).
func TestDiscoverPeopleCalledAndOwning(t *testing.T) {
	text := "In 1948 its leader was a young Hokkien called Chin Peng. From 1953 Hor Lung took his men across the border. " +
		"A group called Ulster Resistance bought rifles. South Africa sent its troops. Some Home Guard sections sold cartridges.\n\n" +
		"A second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	people := kindFound(finds, "individual")
	for _, want := range []string{"Chin Peng", "Hor Lung"} {
		if !slices.Contains(people, want) {
			t.Errorf("people found %q, want %q among them", people, want)
		}
	}
	for _, not := range []string{"Ulster Resistance", "South Africa"} {
		if slices.Contains(people, not) {
			t.Errorf("people found %q, want no %q", people, not)
		}
	}
	for _, f := range finds {
		if f.Actor.Name == "Some Home Guard" {
			t.Errorf("found %q (%s), want the name without its quantifier", f.Actor.Name, f.Why)
		}
	}
	if !slices.ContainsFunc(finds, func(f extract.Found) bool { return f.Actor.Name == "Home Guard" }) {
		t.Errorf("finds %v, want Home Guard", finds)
	}
}

// TestFormsOfHiring: the hired serve the one who hires them ("The government also hired
// Executive Outcomes", the Angola report's ¶9; "Kengo hired some 300 mercenaries, the
// White Legion", the First Congo War's), where a hire had been read as a business deal
// between equals; "hired by" says the same the other way round.
func TestFormsOfHiring(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"hired", "In 1995 Angola also hired Executive Outcomes, a company of former South African servicemen.",
			[]string{"eo support angola"}, []string{"angola agreement eo"}},
		{"hired by", "The White Legion, hired by Kengo in 1996, fought at Kisangani.", []string{"white-legion support kengo"}, nil},
	})
}
