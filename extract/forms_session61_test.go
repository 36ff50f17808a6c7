package extract_test

// The forms eight more reviewers' reports showed (a parliament's debate, a Security
// Council's verbatim record, an intelligence summary, a peace agreement, a museum's wall
// texts, a country-risk report, an indictment and a broadcast monitor's digest), and those
// the reports reviewed before still missed.

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// session61Actors are the actors of this file's sentences.
func session61Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "somalia", Name: "Somalia", Aliases: []string{"Mogadishu"}, Kind: "state"},
		{ID: "wslf", Name: "Western Somali Liberation Front", Aliases: []string{"WSLF"}, Kind: "armed-group"},
		{ID: "salf", Name: "Somali Abo Liberation Front", Aliases: []string{"SALF"}, Kind: "armed-group"},
		{ID: "chad", Name: "Chad", Kind: "state"},
		{ID: "deby", Name: "Idriss Déby", Aliases: []string{"Déby"}, Kind: "individual"},
		{ID: "bashir", Name: "Omar al-Bashir", Aliases: []string{"Bashir"}, Kind: "individual"},
		{ID: "rebels", Name: "Chadian rebels", Aliases: []string{"the rebels"}, Kind: "category"},
		{ID: "amf", Name: "American Mineral Fields", Kind: "company"},
		{ID: "kabila", Name: "Laurent-Désiré Kabila", Aliases: []string{"Kabila"}, Kind: "individual"},
	}
}

// TestFormsOfAListPastAParticiplesAside: a participle's aside after an object that names
// no one leaves the list open to the object after ", and" ("armed and trained the WSLF,
// revived in the mid-1970s among the Ogadeni clans, and the SALF", the Ogaden report's
// ¶3); a clause's verbs after a relative clause's object do not ("who had quarrelled with
// the WSLF, moved first to Hargeisa and then to Jijiga, and the SALF").
func TestFormsOfAListPastAParticiplesAside(t *testing.T) {
	checkForms(t, session61Actors(), []formCase{
		{"a participle's aside", "In 1976 Mogadishu armed and trained the WSLF, revived in the mid-1970s among the Ogadeni clans, and the SALF, which operated in Bale.",
			[]string{"somalia support wslf", "somalia support salf"}, nil},
		{"a clause's verbs", "In 1976 Mogadishu armed the WSLF, moved its camps to Hargeisa and then to Jijiga, and the SALF took Bale.",
			[]string{"somalia support wslf"}, []string{"somalia support salf"}},
	})
}

// TestFormsOfEachOthersRebels: "each other's rebels" names a different group for each of
// the two, none of them the one group a name stands for ("pledged to stop hosting each
// other's rebels", the Chad report's ¶6).
func TestFormsOfEachOthersRebels(t *testing.T) {
	checkForms(t, session61Actors(), []formCase{
		{"each other's", "In 2006 Déby and Bashir pledged to stop arming each other's rebels.", nil, []string{"deby support rebels", "bashir support rebels"}},
		{"the rebels", "In 2006 Bashir went on arming the rebels.", []string{"bashir support rebels"}, nil},
	})
}

// TestFormsOfLendingAJet: a jet or a plane lent is help ("American Mineral Fields, which
// lent the rebel leader a jet", the Congo report's ¶14).
func TestFormsOfLendingAJet(t *testing.T) {
	checkForms(t, session61Actors(), []formCase{
		{"a jet", "In April 1997 American Mineral Fields lent Kabila a jet.", []string{"amf support kabila"}, nil},
		{"a plane", "In April 1997 American Mineral Fields gave Kabila a plane.", []string{"amf support kabila"}, nil},
	})
}
