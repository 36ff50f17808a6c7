package extract_test

// The twenty-third fresh-eyes reviewer's findings on the eleventh round's readings, each
// written from a sentence of its probes (Uganda and the LRA, Kosovo, Georgia), with what
// an analyst expects.

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// reviewActors are the actors of the reviewer's probes.
func reviewActors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "uganda", Name: "Uganda", Aliases: []string{"Kampala", "Ugandan"}, Kind: "state"},
		{ID: "sudan", Name: "Sudan", Aliases: []string{"Khartoum", "Sudanese"}, Kind: "state"},
		{ID: "south-sudan", Name: "South Sudan", Aliases: []string{"Juba"}, Kind: "state"},
		{ID: "serbia", Name: "Serbia", Aliases: []string{"Belgrade"}, Kind: "state"},
		{ID: "russia", Name: "Russia", Aliases: []string{"Moscow"}, Kind: "state"},
		{ID: "iran", Name: "Iran", Kind: "state"},
		{ID: "norway", Name: "Norway", Kind: "state"},
		{ID: "kenya", Name: "Kenya", Kind: "state"},
		{ID: "ethiopia", Name: "Ethiopia", Kind: "state"},
		{ID: "albania", Name: "Albania", Aliases: []string{"Albanian"}, Kind: "state"},
		{ID: "yugoslavia", Name: "Yugoslavia", Aliases: []string{"Yugoslav"}, Kind: "state"},
		{ID: "germany", Name: "Germany", Kind: "state"},
		{ID: "nato", Name: "NATO", Kind: "international-organization"},
		{ID: "lra", Name: "Lord's Resistance Army", Aliases: []string{"LRA"}, Kind: "armed-group"},
		{ID: "kla", Name: "Kosovo Liberation Army", Aliases: []string{"KLA"}, Kind: "armed-group"},
		{ID: "lpk", Name: "LPK", Kind: "party"},
		{ID: "afdl", Name: "AFDL", Kind: "armed-group"},
		{ID: "museveni", Name: "Yoweri Museveni", Aliases: []string{"Museveni"}, Kind: "individual"},
		{ID: "besigye", Name: "Kizza Besigye", Aliases: []string{"Besigye"}, Kind: "individual"},
		{ID: "milosevic", Name: "Slobodan Milošević", Aliases: []string{"Milošević"}, Kind: "individual"},
	}
}

// TestATwentyThirdReviewersFinds: "on one side ... on the other" only where each side's
// name ends its clause, or the two stand before each ("NATO stood on one side and Serbia
// on the other"), not two objects of two verbs; an election pits rivals, not enemies; a
// state's word that qualifies men of no state is no side, a possessor gives way to the
// state's army after it; a capital after "at" is a place only where they met or signed
// ("pointed the finger at Khartoum" is Sudan's); "close to" a capital is near the city;
// "was the creation of" is of the name right before it; a mediator "with X as mediator"
// only in its clause; one "who had
// taken over" a capital leads no state.
func TestATwentyThirdReviewersFinds(t *testing.T) {
	checkKinds(t, reviewActors(), []kindCase{
		{"stood on one side", "In 1999 NATO stood on one side and Serbia on the other, with Russia mediating.", alliances.Hostility,
			[]string{"nato hostility serbia"}},
		{"objects of two verbs", "In 2005 Russia armed the LRA on one side and courted Uganda on the other.", alliances.Hostility, nil},
		{"a clause each side", "In 2005 on one side Russia armed the LRA; on the other it courted Uganda.", alliances.Hostility, nil},
		{"backed by after the other", "In 2005 Uganda stood on one side and the LRA on the other, backed by Sudan.", alliances.Hostility,
			[]string{"uganda hostility lra"}},
		{"an election", "In 2006 the presidential election pitted Museveni against Besigye.", alliances.Hostility, nil},
		{"a people's fighters", "In 1998 the war pitted Milošević's Yugoslav army against the ethnic Albanian guerrillas.", alliances.Hostility, nil},
		{"a state's army after its leader", "In 1998 the war pitted Milošević's Yugoslav army against the KLA.", alliances.Hostility,
			[]string{"yugoslavia hostility kla"}},
		{"the finger at a capital", "In 2004 Uganda pointed the finger at Khartoum for arming the LRA.", alliances.Support, []string{"sudan support lra"}},
		{"close to a capital", "In 2008 LRA fighters were believed to be close to Juba.", alliances.Alliance, nil},
		{"the creation of, across a comma", "Funded by Germany and Uganda, it was the creation of the LPK.", alliances.Membership, nil},
		{"a mediator in another clause", "With Norway as mediator, talks dragged on; meanwhile Russia and Iran signed an arms deal.", alliances.Mediation, nil},
		{"taken over a capital", "In 1997 the AFDL, who had taken over Kampala, marched on.", alliances.Membership, nil},
	})
}

// TestATwentyThirdReviewersPanic: a sentence the reader gives its paragraph's subject,
// with no words of its own, before "met" ("its envoys quietly met Uganda") sliced the
// sentence from a negative position and crashed the whole command.
func TestATwentyThirdReviewersPanic(t *testing.T) {
	text := "The LRA fought Uganda for years, and the LRA raided camps across the north of the country. In 2006 its envoys quietly met Uganda in Juba, and Kenya watched."
	checkKinds(t, reviewActors(), []kindCase{
		{"no crash", text, alliances.Hostility, []string{"lra hostility uganda"}},
	})
}

// TestDiscoverNoBodiesOfFaithsLawsOrRallies: reading as into a new case, a faith's mission
// or community, a rally for one cause and a law are no actors, "became" before a word that
// names no post makes no person ("Camp Bondsteel became a major base"), a militia named
// with a state's two words and "Defence Forces" stays its own ("South Sudan Defence
// Forces"), and a long word in capitals that opens a dateline or a heading is no
// abbreviation ("MAIDUGURI, Nigeria —", "BACKGROUND:").
func TestDiscoverNoBodiesOfFaithsLawsOrRallies(t *testing.T) {
	text := "MAIDUGURI, Nigeria — In 2005 the Lacor Catholic Mission sheltered children, and the Muslim Community of Gulu met Uganda's envoys. " +
		"The Rally for Peace drew thousands, and the Authorization for Use of Military Force let Washington strike.\n\n" +
		"BACKGROUND: In 1999 Camp Bondsteel became a major base, and the South Sudan Defence Forces fought the SPLA near Juba. " +
		"MAIDUGURI, Nigeria — In 2006 the BACKGROUND of the war was told." +
		"\n\nA third paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	got := kindsAndAliases(finds)
	for _, name := range []string{"Lacor Catholic Mission", "Muslim Community of Gulu", "Muslim Community", "Rally for Peace",
		"Authorization for Use of Military Force", "Camp Bondsteel", "MAIDUGURI", "BACKGROUND"} {
		if kind, ok := got[name]; ok {
			t.Errorf("found %q (%s), no actor", name, kind)
		}
	}
	if _, ok := got["South Sudan Defence Forces"]; !ok {
		t.Errorf("found %v, want the South Sudan Defence Forces an actor of their own", got)
	}
}
