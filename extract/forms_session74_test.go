package extract_test

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// session74Actors are the actors of this session's sentences.
func session74Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "pyd", Name: "Democratic Union Party", Aliases: []string{"PYD"}, Kind: "party"},
		{ID: "ypg", Name: "People's Protection Units (YPG)", Aliases: []string{"People's Protection Units", "YPG"}, Kind: "armed-group"},
		{ID: "ypj", Name: "Women's Protection Units (YPJ)", Aliases: []string{"Women's Protection Units", "YPJ"}, Kind: "armed-group"},
	}
}

// TestFormsOfTheNinthSession: a part named in apposition after its whole's noun of parts
// is its part where a comma closes the apposition before the "and" of the sentence's own
// list ("the PYD's armed wing, the People's Protection Units (YPG), and the Women's
// Protection Units (YPJ) took control", rojava-2015 ¶2); and those who took control, or
// seized or captured what another held, with no one named after the verb, did it
// together, not to each other (the same sentence).
func TestFormsOfTheNinthSession(t *testing.T) {
	checkForms(t, session74Actors(), []formCase{
		{"its armed wing, then a list", "In July 2012, the PYD's armed wing, the People's Protection Units (YPG), and the Women's Protection Units (YPJ) took control.",
			[]string{"ypg membership pyd"}, []string{"ypg hostility ypj"}},
	})
}
