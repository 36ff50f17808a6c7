package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
)

// session79Actors are the actors of this session's sentences.
func session79Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "white-legion", Name: "White Legion", Kind: "armed-group"},
		{ID: "tavernier", Name: "Christian Tavernier", Kind: "individual"},
		{ID: "arab-legion", Name: "Arab Legion", Kind: "armed-group"},
		{ID: "glubb", Name: "Glubb Pasha", Kind: "individual"},
		{ID: "united-kingdom", Name: "United Kingdom", Kind: "state"},
		{ID: "ne-win", Name: "Ne Win", Kind: "individual"},
		{ID: "knu", Name: "Karen National Union", Aliases: []string{"KNU", "the insurgents"}, Kind: "armed-group"},
		{ID: "sudan", Name: "Sudan", Kind: "state"},
		{ID: "southern-leaders", Name: "southern leaders", Aliases: []string{"southern leaders"}, Kind: "party"},
		{ID: "fln", Name: "FLN", Kind: "armed-group"},
		{ID: "mtld", Name: "MTLD", Kind: "party"},
		{ID: "messali", Name: "Messali Hadj", Kind: "individual"},
		{ID: "mrnd", Name: "MRND", Kind: "party"},
		{ID: "mdr", Name: "MDR", Kind: "party"},
		{ID: "habyarimana", Name: "Juvénal Habyarimana", Kind: "individual"},
		{ID: "nsengiyaremye", Name: "Dismas Nsengiyaremye", Kind: "individual"},
	}
}

// TestFormsOfTheThirteenthSession: what this session's reading of the reports mended. The
// agent of a passive that the noun after "by" names in apposition is the one named
// ("commanded by a Belgian veteran, Christian Tavernier", congo-1996 ¶11; "a British
// officer, Glubb Pasha", palestine-1948 ¶5: Glubb, not Britain), but a name past a comma
// that opens the next clause is none; an invitation to talks is a negotiation (karen-1949
// ¶10, sudan-1955 ¶7), an invitation to come in none; a group "born of a split inside"
// another split from it (algeria-1954 ¶2); a post "from" a party, named before the man in
// apposition, is the party's (rwanda-1990 ¶7).
func TestFormsOfTheThirteenthSession(t *testing.T) {
	checkForms(t, session79Actors(), []formCase{
		{"commanded by a veteran, named", "In 1996 the White Legion was commanded by a Belgian veteran, Christian Tavernier.",
			[]string{"tavernier membership white-legion"}, nil},
		{"commanded by an officer of a people, named", "In 1948 the Arab Legion is commanded by a British officer, Glubb Pasha, and is maintained by a subsidy from the United Kingdom.",
			[]string{"glubb membership arab-legion", "united-kingdom support arab-legion"}, []string{"arab-legion membership united-kingdom"}},
		{"by a noun, then the next clause", "In 1996 a column supported by an air strike, the White Legion pushed on.",
			nil, []string{"white-legion support tavernier"}},
		{"invited for talks", "In 1963 Ne Win invited the insurgents to Rangoon for talks.",
			[]string{"ne-win negotiation knu"}, nil},
		{"invited to a conference", "In March 1965 Sudan invited southern leaders to a Round Table Conference in Khartoum.",
			[]string{"sudan negotiation southern-leaders"}, nil},
		{"invited in", "In 1963 Ne Win invited the insurgents into the army.",
			nil, []string{"ne-win negotiation knu"}},
		{"born of a split", "In 1954 the FLN was born of a split inside Messali Hadj's MTLD.",
			[]string{"fln splinter mtld", "messali membership mtld"}, nil},
		{"a post from a party, named after", "In April 1992 a coalition cabinet took office under a prime minister from the opposition MDR, Dismas Nsengiyaremye.",
			[]string{"nsengiyaremye membership mdr"}, nil},
		{"named, a post from a party", "In 1992 Dismas Nsengiyaremye, a prime minister from the MDR, took office.",
			[]string{"nsengiyaremye membership mdr"}, nil},
	})
}

// TestDatesOfTheThirteenthSession: a post no cue states is dated by the time nearest the
// man and his party, not by the first the sentence names (rwanda-1990 ¶7).
func TestDatesOfTheThirteenthSession(t *testing.T) {
	for _, c := range []struct{ name, text, tie, want, not string }{
		{"a post's time, nearest", "The MRND, Habyarimana's party since 1975, accepted a multiparty constitution in June 1991, and in April 1992 a coalition cabinet took office under a prime minister from the opposition MDR, Dismas Nsengiyaremye.",
			"nsengiyaremye membership mdr", "1992-04", "1975"},
	} {
		got := map[string]string{}
		for _, p := range readAll(session79Actors(), c.text) {
			got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = fmt.Sprint(p.Tie.Valid)
		}
		if v, ok := got[c.tie]; !ok || !strings.Contains(v, c.want) || c.not != "" && strings.Contains(v, c.not) {
			t.Errorf("%s: %s is %q (of %v), want %q, not %q", c.name, c.tie, v, got, c.want, c.not)
		}
	}
}
