package extract_test

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// session82Actors are the actors of this session's sentences.
func session82Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "kdp", Name: "Kurdistan Democratic Party", Aliases: []string{"KDP"}, Kind: "party"},
		{ID: "puk", Name: "Patriotic Union of Kurdistan", Aliases: []string{"PUK"}, Kind: "party"},
		{ID: "welch", Name: "David Welch", Aliases: []string{"Welch"}, Kind: "individual"},
		{ID: "essy", Name: "Amara Essy", Kind: "individual"},
		{ID: "portugal", Name: "Portugal", Kind: "state"},
		{ID: "tanzania", Name: "Tanzania", Kind: "state"},
		{ID: "igad", Name: "IGAD", Kind: "international-organization"},
		{ID: "african-union", Name: "African Union", Kind: "international-organization"},
		{ID: "algeria", Name: "Algeria", Kind: "state"},
		{ID: "mali", Name: "Mali", Aliases: []string{"the government"}, Kind: "state"},
		{ID: "cma", Name: "Coordination of Azawad Movements", Aliases: []string{"CMA", "the armed groups"}, Kind: "coalition"},
		{ID: "united-nations", Name: "United Nations", Aliases: []string{"UN"}, Kind: "international-organization"},
		{ID: "indonesia", Name: "Indonesia", Kind: "state"},
	}
}

// TestMediatorsOfTheSixteenthSession: one who "acted as go-between" or "as facilitator"
// went between those named after "between" or "for", else between the two the text told
// facing each other (sierra-leone-1991 ¶6, rwanda-1990 ¶8); one who "took up" or "led the
// mediation" mediated (angola-1975 ¶8, mali-2012 ¶14); "co-facilitated" is "facilitated"
// (sudan-2023 ¶17). The one under whose auspices or through whose mediation two signed is
// no party to their deal, and "they" who signed are the two (croatia-1991 ¶10,
// easttimor-1975 ¶10).
func TestMediatorsOfTheSixteenthSession(t *testing.T) {
	const fought = "In 1994 the KDP and the PUK fought each other for Erbil. "
	checkForms(t, session82Actors(), []formCase{
		{"acted as go-between for", fought + "Through 1998 Welch acted as go-between for the KDP and the PUK.",
			[]string{"welch mediation kdp"}, nil},
		{"acted as go-between", fought + "The Ivorian foreign minister, Amara Essy, acted as go-between.",
			[]string{"essy mediation kdp"}, nil},
		{"acted as facilitator", fought + "At Arusha in 1995 Tanzania acted as facilitator.",
			[]string{"tanzania mediation kdp"}, nil},
		{"took up the mediation", fought + "In 1995 Portugal then took up the mediation.",
			[]string{"portugal mediation kdp"}, nil},
		{"led the mediation between", "Formal talks opened in Algiers in July 2014. Algeria led the mediation of the talks between the government and the armed groups.",
			[]string{"algeria mediation mali"}, nil},
		{"co-facilitated", fought + "In 1995 the African Union co-facilitated the resumed talks.",
			[]string{"african-union mediation kdp"}, nil},
		{"signed under the auspices of", fought + "In 1995 they signed a ceasefire under the auspices of IGAD.",
			[]string{"kdp agreement puk", "igad mediation kdp"}, []string{"kdp agreement igad", "puk agreement igad"}},
		{"signed through the mediation of", fought + "In 1995 they signed a ceasefire through the mediation of Welch.",
			[]string{"kdp agreement puk", "welch mediation kdp"}, []string{"kdp agreement welch", "puk agreement welch"}},
		{"talks through the good offices of", fought + "In 1995 they held talks through the good offices of Portugal.",
			[]string{"kdp negotiation puk"}, []string{"kdp negotiation portugal", "puk negotiation portugal"}},
		{"signed with under UN auspices", "On 5 May 1999 Indonesia signed an agreement with Portugal under the auspices of the UN.",
			[]string{"indonesia agreement portugal"}, []string{"indonesia agreement united-nations"}},
		{"a facilitator's own talks", "In 1995 Tanzania acted as facilitator for its own talks with Portugal.",
			nil, []string{"tanzania mediation portugal"}},
	})
}
