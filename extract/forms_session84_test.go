package extract_test

import (
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
)

// session84Actors are the actors of this session's sentences.
func session84Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "ceh", Name: "Historical Clarification Commission", Aliases: []string{"the commission"}, Kind: "other"},
		{ID: "tomuschat", Name: "Christian Tomuschat", Kind: "individual"},
		{ID: "chile", Name: "Chile", Aliases: []string{"Chilean"}, Kind: "state"},
		{ID: "bugti", Name: "Akbar Bugti", Aliases: []string{"Bugti"}, Kind: "individual"},
		{ID: "jwp", Name: "Jamhoori Watan Party", Kind: "party"},
		{ID: "fc", Name: "Frontier Corps", Aliases: []string{"FC"}, Kind: "state-organ"},
	}
}

// TestDescribedMenOfTheEighteenthSession: a people's adjective before what a man is and
// his name describes him, and the cue's agent is he, not his state ("led by the Chilean
// jurist Christian Tomuschat"); a post in apposition to a man, then "who led", is his
// (balochistan-2004 ¶8: "Bugti, a former governor and chief minister who led the
// Jamhoori Watan Party, was killed").
func TestDescribedMenOfTheEighteenthSession(t *testing.T) {
	checkForms(t, session84Actors(), []formCase{
		{"a people's adjective and a trade before the agent", "In 1997 the commission was chaired by the Chilean jurist Christian Tomuschat.",
			[]string{"tomuschat membership ceh"}, []string{"chile membership ceh"}},
		{"a people's adjective and a trade, active", "In 1997 the Chilean jurist Christian Tomuschat chaired the commission.",
			[]string{"tomuschat membership ceh"}, []string{"chile membership ceh"}},
		{"the state's army stays the state's", "In 1997 the commission was guarded by the Chilean army.",
			nil, []string{"tomuschat membership ceh"}},
		{"a post in apposition, then who led", "On 26 August 2006 Bugti, a former governor and chief minister who led the Jamhoori Watan Party, was killed.",
			[]string{"bugti membership jwp"}, nil},
		{"a post in apposition, a man's noun", "In 2006 Bugti, a man who led the Jamhoori Watan Party, was killed.",
			[]string{"bugti membership jwp"}, nil},
	})
	got := reportParagraph(t, "balochistan-2004", 8)
	if !slices.Contains(got, "akbar-bugti membership jwp") {
		t.Errorf("balochistan-2004 ¶8: got %q, want Bugti a member (leader) of the Jamhoori Watan Party", got)
	}
}
