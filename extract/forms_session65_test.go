package extract_test

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// session65Actors are the actors of this file's sentences.
func session65Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "al-beidh", Name: "Ali Salim al-Beidh", Kind: "individual"},
		{ID: "ysp", Name: "Yemeni Socialist Party", Aliases: []string{"YSP"}, Kind: "party"},
		{ID: "un-sg", Name: "Secretary-General of the United Nations", Aliases: []string{"the Secretary-General"}, Kind: "international-organization"},
	}
}

// TestFormsOfTheTenthSessionsReviews: a post written in small letters before "of" is the
// post of what follows, though an actor is named by the post in capitals ("Ali Salim
// al-Beidh, secretary-general of the Yemeni Socialist Party", yemen-1994 ¶2, where the
// annotation calls the UN's "the Secretary-General").
func TestFormsOfTheTenthSessionsReviews(t *testing.T) {
	checkForms(t, session65Actors(), []formCase{
		{"a post in small letters", "In 1990 Ali Salim al-Beidh, secretary-general of the Yemeni Socialist Party, became vice-president.",
			[]string{"al-beidh membership ysp"}, []string{"un-sg membership ysp"}},
		{"the post in capitals", "In 1994 the Secretary-General sent an envoy to the YSP.", []string{"un-sg support ysp"}, nil},
	})
}
