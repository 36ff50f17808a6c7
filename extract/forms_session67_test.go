package extract_test

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// session67Actors are the actors of this file's sentences.
func session67Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "chad", Name: "Chad", Kind: "state"},
		{ID: "sudan", Name: "Sudan", Aliases: []string{"Khartoum"}, Kind: "state"},
		{ID: "rfc", Name: "RFC", Kind: "armed-group"},
		{ID: "psp", Name: "People's Socialist Party", Aliases: []string{"PSP"}, Kind: "party"},
		{ID: "sal", Name: "South Arabian League", Aliases: []string{"SAL"}, Kind: "party"},
		{ID: "jifri", Name: "Mohammed Ali al-Jifri", Kind: "individual"},
		{ID: "pnv", Name: "PNV", Kind: "party"},
		{ID: "ea", Name: "EA", Kind: "party"},
		{ID: "eh", Name: "Euskal Herritarrok", Kind: "party"},
		{ID: "iu", Name: "United Left", Kind: "party"},
		{ID: "unions", Name: "nationalist trade unions", Kind: "organization"},
		{ID: "canada", Name: "Canada", Kind: "state"},
		{ID: "australia", Name: "Australia", Kind: "state"},
		{ID: "britain", Name: "Britain", Kind: "state"},
		{ID: "anzus", Name: "ANZUS", Kind: "coalition"},
	}
}

// TestFormsOfAStanceBeside: an adjective of a stance toward another ("close to",
// "loyal to") opens an aside after a name as a participle does, so the verb after it is
// the name's: "the RFC, close to Sudan, attacked Chad" is the RFC's attack, not
// Sudan's (the misses of the reports tuned on showed such asides read as the verb's
// subject). After a verb of a state kept ("remained", "stayed", "became"), "loyal to"
// is the subject's own stance, as after "was" (mexico-1913 ¶10, "who had stayed loyal to
// Madero").
func TestFormsOfAStanceBeside(t *testing.T) {
	checkForms(t, session67Actors(), []formCase{
		{"close to, an aside", "In 2007 the RFC, close to Sudan, attacked Chad.",
			[]string{"rfc hostility chad"}, []string{"sudan hostility chad"}},
		{"loyal to, an aside", "In 2007 the RFC, loyal to Khartoum, attacked Chad.",
			[]string{"rfc hostility chad", "rfc favour sudan"}, []string{"sudan hostility chad"}},
		{"remained loyal to", "In 2007 the RFC remained loyal to Sudan.", []string{"rfc favour sudan"}, nil},
		{"stayed loyal to", "In 2007 the RFC stayed loyal to Sudan.", []string{"rfc favour sudan"}, nil},
		{"became allied with", "In 2007 the RFC became allied with Sudan.", []string{"rfc alliance sudan"}, nil},
	})
}

// TestFormsOfJoiningInAPact: joining others "in a pact" or "in a front" makes those
// joined partners, each of each, not bodies the one who joins becomes a member of
// (aden-1963 ¶6, "the PSP joined the SAL of Mohammed Ali al-Jifri in a short-lived
// front"; basque-1968 ¶11, five parties at Lizarra, whose annotations make each pair an
// alliance). Joining a body stays membership, and states joined in a named body stay
// partners. "Trade unions" give a pact no type of business.
func TestFormsOfJoiningInAPact(t *testing.T) {
	checkForms(t, session67Actors(), []formCase{
		{"a front, a leader's name between", "In 1965 the PSP joined the South Arabian League (SAL) of Mohammed Ali al-Jifri in a short-lived front.",
			[]string{"psp alliance sal"}, []string{"psp membership sal"}},
		{"a pact, a list and a place", "In September 1998 the PNV and EA joined Euskal Herritarrok, the United Left and the nationalist trade unions at Lizarra in a pact calling for dialogue.",
			[]string{"pnv alliance eh", "ea alliance iu", "eh alliance unions", "ea alliance pnv"}, []string{"pnv membership eh", "ea membership iu"}},
		{"a body joined", "In 1965 the PSP joined the South Arabian League.", []string{"psp membership sal"}, []string{"psp alliance sal"}},
		{"a time, not a pact", "In 1965 the PSP joined the South Arabian League in Aden.", []string{"psp membership sal"}, nil},
	})
	got := readKind(session67Actors(), "In September 1998 the PNV and EA joined Euskal Herritarrok, the United Left and the nationalist trade unions in a pact calling for dialogue.",
		alliances.Agreement, func(tie alliances.Tie) string { return string(tie.Type) })
	for _, typ := range got {
		if typ == string(alliances.BusinessDeal) {
			t.Errorf("a pact with trade unions typed %q", typ)
		}
	}
}
