package extract_test

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// session81Actors are the actors of this session's sentences.
func session81Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "unc", Name: "United Nations Command", Aliases: []string{"the Command"}, Kind: "international-organization"},
		{ID: "cpv", Name: "Chinese People's Volunteers", Aliases: []string{"the Chinese Volunteers"}, Kind: "state-organ"},
		{ID: "eighth-army", Name: "Eighth Army", Aliases: []string{"the Eighth Army"}, Kind: "state-organ"},
		{ID: "turkey", Name: "Turkey", Aliases: []string{"the Turkish Brigade"}, Kind: "state"},
		{ID: "india", Name: "India", Kind: "state"},
		{ID: "mali", Name: "Mali", Aliases: []string{"the government"}, Kind: "state"},
		{ID: "rebels", Name: "northern rebels", Aliases: []string{"the rebels"}, Kind: "armed-group"},
		{ID: "abdel-aziz", Name: "Mohamed Ould Abdel Aziz", Kind: "individual"},
		{ID: "mauritania", Name: "Mauritania", Kind: "state"},
		{ID: "african-union", Name: "African Union", Aliases: []string{"the African Union"}, Kind: "international-organization"},
		{ID: "committee", Name: "Arab League committee", Aliases: []string{"An Arab League committee"}, Kind: "international-organization"},
		{ID: "brahimi", Name: "Lakhdar Brahimi", Kind: "individual"},
		{ID: "aoun", Name: "Michel Aoun", Aliases: []string{"Aoun"}, Kind: "individual"},
		{ID: "syria", Name: "Syria", Aliases: []string{"the Syrians"}, Kind: "state"},
		{ID: "hamas", Name: "Hamas", Kind: "armed-group"},
		{ID: "israel", Name: "Israel", Kind: "state"},
	}
}

// TestMediatorsOfTheFifteenthSession: "the two sides" a mediator goes between are the two
// its paragraph told talking last, not the two the text told fighting before ("Truce talks
// between the Command and the Korean People's Army and the Chinese Volunteers opened ...
// India mediated persistently between the two sides", korea-1950 ¶18); one who negotiated
// or obtained a ceasefire between two others mediated between them, the subject past an
// aside before the verb (mali-2012 ¶13, lebanon-1975 ¶16), but not where it is one of the
// two.
func TestMediatorsOfTheFifteenthSession(t *testing.T) {
	checkForms(t, session81Actors(), []formCase{
		{"the two sides of the paragraph's talks", "In November 1950 the Chinese Volunteers fought the Eighth Army at Kunu-ri. Truce talks between the Command and the Chinese Volunteers opened at Kaesong on July 10, 1951. India mediated persistently between the two sides.",
			[]string{"india mediation unc"}, []string{"india mediation eighth-army"}},
		{"negotiated a ceasefire between", "Mauritania's President Mohamed Ould Abdel Aziz, then chairing the African Union, negotiated a ceasefire between the government and the rebels in May 2014.",
			[]string{"abdel-aziz mediation mali"}, []string{"african-union mediation mali"}},
		{"obtained a ceasefire between", "An Arab League committee, with Lakhdar Brahimi as its envoy, obtained a ceasefire between Aoun and the Syrians in September 1989.",
			[]string{"committee mediation aoun"}, nil},
		{"obtained its own truce", "In 1989 Syria, weary of the shelling, obtained a ceasefire between Aoun and the Syrians.",
			nil, []string{"syria mediation aoun"}},
	})
}

// TestFightsBesideOfTheFifteenthSession: a fight whose purpose is to cover or help the one
// named after it is no fight with it ("the Turkish Brigade fought at Kunu-ri in November
// 1950 to cover the Eighth Army's withdrawal", korea-1950 ¶17; "to cover the retreat of"),
// but a fight told beside a cover is still a fight.
func TestFightsBesideOfTheFifteenthSession(t *testing.T) {
	checkForms(t, session81Actors(), []formCase{
		{"fought to cover", "The Turkish Brigade fought at Kunu-ri in November 1950 to cover the Eighth Army's withdrawal.",
			nil, []string{"turkey hostility eighth-army"}},
		{"fought to cover the retreat of", "In November 1950 the Turkish Brigade fought to cover the retreat of the Eighth Army.",
			nil, []string{"turkey hostility eighth-army"}},
		{"fought after covering", "In November 1950 the Turkish Brigade covered the retreat and fought the Chinese Volunteers.",
			[]string{"turkey hostility cpv"}, nil},
	})
}
