package extract_test

import (
	"testing"
)

// TestDiscoverPeopleNamedBySurnameAlone: a lecture or a history names the famous by their
// surname alone and nowhere in full. One capitalized word is a person's name when the text
// writes it alone twice or more, never in lower case, never after an article or a
// preposition of place, and says of it once what is said only of a person: "who" after
// it, a post in lower case before it ("Cossack ataman Semenov", "their ataman, Krasnov"),
// a verb only a person's name takes ("Otti was executed"), a noun a person owns ("Denikin's
// successor"). A post and one word written once ("installed Hetman Skoropadsky") name a
// person too. The sentences are the tuned reports' (russia-1918 ¶6, ¶7, ¶9; uganda-1986
// ¶11; iraq-2006 ¶5), shortened. Not a place ("in Omsk", "at Omsk"), a people after "the"
// ("the Czechs"), a word the text writes in lower case too ("Meanwhile"), one written once
// with no post, nor a word after a post that follows "as" ("Abbas as president, Krim at
// defence", algeria-1954 ¶11).
func TestDiscoverPeopleNamedBySurnameAlone(t *testing.T) {
	text := "In 1918 Cossack ataman Semenov refused to obey the government in Omsk. Japan paid Semenov. Meanwhile the Czechs held Omsk.\n\n" +
		"Their ataman, Krasnov, took arms from the Germans in 1918. Krasnov lost the Don in 1919. Denikin, who was placed in command, won in 1919. Denikin's successor fled. Germany installed Hetman Skoropadsky. Meanwhile, at Omsk, the officers met.\n\n" +
		"In 2006 Kony and Otti crossed into the DRC. Otti was executed in 2007. In 2004 Zarqawi, who led the group, swore allegiance. Zarqawi was killed in 2006. In 1958 Abbas as president, Krim at defence, formed the government. Krim held the ministry until 1960. Later Bentobbal spoke."
	_, _, finds := discover(text)
	kinds := map[string]string{}
	for _, f := range finds {
		kinds[f.Actor.Name] = f.Actor.Kind
	}
	for _, name := range []string{"Semenov", "Krasnov", "Denikin", "Skoropadsky", "Otti", "Zarqawi"} {
		if got, ok := kinds[name]; !ok || got != "individual" {
			t.Errorf("%s found as %q (found: %v); want an individual", name, got, ok)
		}
	}
	for _, name := range []string{"Omsk", "Czechs", "Meanwhile", "Kony", "Krim", "Bentobbal", "Later Denikin"} {
		if kind, ok := kinds[name]; ok {
			t.Errorf("%s found as %s; want no actor of that name", name, kind)
		}
	}
}
