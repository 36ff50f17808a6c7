package extract_test

import (
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
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
		{ID: "let", Name: "Lashkar-e-Taiba", Aliases: []string{"the Lashkar", "LeT"}, Kind: "armed-group"},
		{ID: "hum", Name: "Harkat-ul-Mujahideen", Aliases: []string{"the Harkat"}, Kind: "armed-group"},
		{ID: "badr", Name: "Al-Badr", Kind: "armed-group"},
		{ID: "united-states", Name: "United States", Aliases: []string{"Washington", "American"}, Kind: "state"},
		{ID: "united-kingdom", Name: "United Kingdom", Aliases: []string{"Britain"}, Kind: "state"},
		{ID: "uzbekistan", Name: "Uzbekistan", Aliases: []string{"Tashkent"}, Kind: "state"},
		{ID: "ratsiraka", Name: "Didier Ratsiraka", Aliases: []string{"DR"}, Kind: "individual"},
		{ID: "france", Name: "France", Kind: "state"},
		{ID: "budyonny", Name: "Semyon Budyonny", Aliases: []string{"Budienny"}, Kind: "individual"},
		{ID: "cuba", Name: "Cuba", Kind: "state"},
		{ID: "pra", Name: "People's Revolutionary Army", Aliases: []string{"PRA"}, Kind: "state-organ"},
		{ID: "hua", Name: "Harkat-ul-Ansar", Kind: "armed-group"},
		{ID: "oau", Name: "OAU", Kind: "international-organization"},
		{ID: "ravalomanana", Name: "Marc Ravalomanana", Aliases: []string{"MR"}, Kind: "individual"},
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

// TestWordsAroundTheCueOfTheEighteenthSession: the words around a cue that tell another
// tie than its own (each from this session's reviews). A capital before the text a
// meeting issued is no party to it (kargil-1999 ¶27: "The Lashkar has publicly rejected
// the Washington statement"); those who fight "shoulder to shoulder with us" fight beside
// the speaker, not with or against each other (kargil-1999 ¶18); one who "flew out to"
// a state went there, and gave it nothing (madagascar-2002 ¶35); counsel "against" an act
// is a stance, not help (grenada-1983 ¶14: "had advised Washington against military
// action"); a people's volunteers are not their state (poland-1920 ¶26: "The American
// volunteer airmen of the Kościuszko Squadron have again bombed Budienny's columns");
// years counted back are from the document's date (grenada-1983 ¶10: "two years ago").
func TestWordsAroundTheCueOfTheEighteenthSession(t *testing.T) {
	checkForms(t, session84Actors(), []formCase{
		{"a capital's statement", "In July 1999 the Lashkar publicly rejected the Washington statement and vowed to fight on.",
			nil, []string{"let opposition united-states"}},
		{"a capital's declaration", "In 1966 the Lashkar rejected the Tashkent Declaration.",
			nil, []string{"let opposition uzbekistan"}},
		{"the capital itself stays the state", "In July 1999 the Lashkar publicly rejected Washington's demands.",
			[]string{"let opposition united-states"}, nil},
		{"shoulder to shoulder with us", "In June 1999 the Harkat-ul-Mujahideen and Al-Badr fought shoulder to shoulder with us.",
			nil, []string{"hum cooperation badr", "hum hostility badr"}},
		{"shoulder to shoulder, each other", "In June 1999 the Harkat-ul-Mujahideen and Al-Badr fought shoulder to shoulder.",
			[]string{"hum cooperation badr"}, nil},
		{"flew out to", "In July 2002 DR flew out to France, where he has been allowed to remain.",
			nil, []string{"ratsiraka support france"}},
		{"advised against", "In October 1983 Britain had advised Washington against military action.",
			[]string{"united-kingdom opposition united-states"}, []string{"united-kingdom support united-states"}},
		{"advised, help", "In 1983 Britain advised Washington on the landing.",
			[]string{"united-kingdom support united-states"}, nil},
		{"a people's volunteers", "In August 1920 the American volunteer airmen of the Kościuszko Squadron again bombed Budienny's columns.",
			nil, []string{"united-states hostility budyonny"}},
	})
	rd := extract.NewReader(extract.DefaultRules(), session84Actors())
	rd.Date = edtf.MustParse("1983-10-26")
	var valid []string
	for _, p := range rd.Read(extract.Read("t.txt", "Two years ago Cuba armed the PRA.\n\nLast year Cuba armed the PRA again.", extract.DefaultRules())) {
		if p.Tie.Subject == "cuba" && p.Tie.Kind == alliances.Support {
			valid = append(valid, p.Tie.Valid.String())
		}
	}
	if !slices.Equal(valid, []string{"1981", "1982"}) {
		t.Errorf("years counted back from a document of 1983-10-26: got %q, want [1981 1982]", valid)
	}
}

// TestLegendOfTheEighteenthSession: a list of abbreviations ("MR = Mr. Marc Ravalomanana,
// Mayor of Antananarivo; DR = Adm. Didier Ratsiraka, outgoing President") makes each
// abbreviation a name of the actor found by its form, past the honorific before it and
// the post after the comma, and of an actor the reader knows; an abbreviation found as a
// name of its own is the legend's actor (madagascar-2002 ¶1, where the notes name the men
// by their initials only, and no tie was read of them as a new case).
func TestLegendOfTheEighteenthSession(t *testing.T) {
	text := "Ref. OAU/SE-MDG/02/17. Notes kept by the Special Envoy. Abbreviations: MR = Mr. Marc Ravalomanana, Mayor of Antananarivo; DR = Adm. Didier Ratsiraka, outgoing President; HCC = High Constitutional Court; FFKM = Council of Christian Churches; SG = Secretary-General. Remarks marked.\n\n" +
		"In January 2002 MR accused DR of fraud and the HCC backed DR (MR 46.2, DR 40.9). The FFKM supported MR."
	rd, doc, finds := discover(text)
	got := kindsAndAliases(finds)
	for name, alias := range map[string]string{"Marc Ravalomanana": "MR", "Didier Ratsiraka": "DR", "High Constitutional Court": "HCC", "Council of Christian Churches": "FFKM"} {
		if !hasAlias(got[name], alias) {
			t.Errorf("found %s as %q, want the alias %s", name, got[name], alias)
		}
	}
	if _, ok := got["FFKM"]; ok {
		t.Errorf("found FFKM as an actor of its own (%q), want it the Council of Christian Churches", got["FFKM"])
	}
	wantTies(t, rd, doc, "marc-ravalomanana opposition didier-ratsiraka", "high-constitutional-court support didier-ratsiraka")
}

// TestNamesAndDemandsOfTheEighteenthSession: the name one group took, told from the name
// (kargil-1999 ¶14: "Harkat-ul-Mujahideen is the name taken by the Harkat-ul-Ansar after
// the Americans listed it"), is its renaming, not a membership; what one demands that
// another do is not done (madagascar-2002 ¶14: "DR demands that the OAU condemn the
// 'coup'", read as the OAU's stance against MR), but what another did is.
func TestNamesAndDemandsOfTheEighteenthSession(t *testing.T) {
	checkForms(t, session84Actors(), []formCase{
		{"the name taken by", "Harkat-ul-Mujahideen is the name taken by the Harkat-ul-Ansar after the Americans listed it as a terrorist group in 1997.",
			[]string{"hua renaming hum", "united-states coercion hua"}, []string{"hua membership hum"}},
		{"the new name of", "In 1998 Harkat-ul-Mujahideen was the new name of the Harkat-ul-Ansar.",
			[]string{"hua renaming hum"}, nil},
		{"demands that another act", "In February 2002 DR demanded that the OAU condemn MR.",
			nil, []string{"oau opposition ravalomanana"}},
		{"insists that another should act", "In February 2002 DR insisted that the OAU should condemn MR.",
			nil, []string{"oau opposition ravalomanana"}},
		{"what another did", "In February 2002 DR said that the OAU condemned MR.",
			[]string{"oau opposition ravalomanana"}, nil},
	})
}
