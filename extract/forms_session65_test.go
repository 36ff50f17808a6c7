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
		{ID: "sudan", Name: "Sudan", Aliases: []string{"the Government of the Sudan", "the Government"}, Kind: "state"},
		{ID: "sslm", Name: "Southern Sudan Liberation Movement", Aliases: []string{"SSLM"}, Kind: "armed-group"},
	}
}

// TestFormsOfTheTenthSessionsReviews: a post written in small letters before "of" is the
// post of what follows, though an actor is named by the post in capitals ("Ali Salim
// al-Beidh, secretary-general of the Yemeni Socialist Party", yemen-1994 ¶2, where the
// annotation calls the UN's "the Secretary-General"). A name's abbreviation in brackets,
// or a short aside in them, leaves the name as next to the verb after as without it ("the
// Government of the Sudan and the Southern Sudan Liberation Movement (SSLM) signed an
// agreement", sudan-1955 ¶2).
func TestFormsOfTheTenthSessionsReviews(t *testing.T) {
	checkForms(t, session65Actors(), []formCase{
		{"a post in small letters", "In 1990 Ali Salim al-Beidh, secretary-general of the Yemeni Socialist Party, became vice-president.",
			[]string{"al-beidh membership ysp"}, []string{"un-sg membership ysp"}},
		{"an abbreviation in brackets before the verb", "On 27 February 1972 the Government of the Sudan and the Southern Sudan Liberation Movement (SSLM) signed an agreement at Addis Ababa.",
			[]string{"sudan agreement sslm"}, nil},
		{"an aside in brackets before the verb", "In 1971 the Government and the SSLM (the rebels) fought near Juba.",
			[]string{"sudan hostility sslm"}, nil},
		{"the post in capitals", "In 1994 the Secretary-General sent an envoy to the YSP.", []string{"un-sg support ysp"}, nil},
	})
}
