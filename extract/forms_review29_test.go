package extract_test

// What the twenty-ninth fresh-eyes reviewer found reading a report of its own on the
// Contra war in Nicaragua and probing the session's readings, each mended.

import (
	"testing"

	"github.com/alliances-project/alliances"
)

func reviewer29Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "savimbi", Name: "Jonas Savimbi", Aliases: []string{"Savimbi"}, Kind: "individual"},
		{ID: "roberto", Name: "Holden Roberto", Aliases: []string{"Roberto"}, Kind: "individual"},
		{ID: "unita", Name: "National Union for the Total Independence of Angola", Aliases: []string{"UNITA"}, Kind: "armed-group"},
		{ID: "qatar", Name: "Qatar", Kind: "state"},
		{ID: "cia", Name: "CIA", Kind: "state-organ"},
		{ID: "fdn", Name: "FDN", Kind: "armed-group"},
		{ID: "arde", Name: "ARDE", Kind: "armed-group"},
		{ID: "taliban", Name: "Taliban", Kind: "armed-group"},
		{ID: "north", Name: "Oliver North", Aliases: []string{"North"}, Kind: "individual"},
		{ID: "nicaragua", Name: "Nicaragua", Aliases: []string{"Managua", "Nicaraguan"}, Kind: "state"},
		{ID: "contras", Name: "Contras", Kind: "armed-group"},
		{ID: "us", Name: "United States", Aliases: []string{"Washington", "the Bush administration", "American"}, Kind: "state"},
		{ID: "congress", Name: "US Congress", Aliases: []string{"Congress"}, Kind: "state-organ"},
		{ID: "ussr", Name: "Soviet Union", Aliases: []string{"Moscow"}, Kind: "state"},
		{ID: "un", Name: "United Nations", Aliases: []string{"UN"}, Kind: "international-organization"},
		{ID: "au", Name: "African Union", Kind: "international-organization"},
		{ID: "minusma", Name: "MINUSMA", Kind: "international-organization"},
		{ID: "amisom", Name: "AMISOM", Kind: "international-organization"},
		{ID: "amis", Name: "AMIS", Kind: "international-organization"},
		{ID: "jnim", Name: "JNIM", Kind: "armed-group"},
		{ID: "mali", Name: "Mali", Kind: "state"},
		{ID: "afghanistan", Name: "Afghanistan", Kind: "state"},
		{ID: "al-qaeda", Name: "al-Qaeda", Kind: "armed-group"},
		{ID: "togo", Name: "Togo", Kind: "state"},
		{ID: "eyadema", Name: "Gnassingbé Eyadéma", Kind: "individual"},
		{ID: "uganda", Name: "Uganda", Kind: "state"},
		{ID: "museveni", Name: "Yoweri Museveni", Aliases: []string{"Museveni"}, Kind: "individual"},
		{ID: "liberia", Name: "Liberia", Kind: "state"},
		{ID: "doe", Name: "Samuel Doe", Aliases: []string{"Doe"}, Kind: "individual"},
		{ID: "taylor", Name: "Charles Taylor", Aliases: []string{"Taylor"}, Kind: "individual"},
		{ID: "npfl", Name: "NPFL", Kind: "armed-group"},
		{ID: "afl", Name: "Armed Forces of Liberia", Aliases: []string{"AFL"}, Kind: "state-organ"},
		{ID: "ecomog", Name: "ECOMOG", Kind: "international-organization"},
		{ID: "syria", Name: "Syria", Kind: "state"},
		{ID: "frangieh", Name: "Suleiman Frangieh", Aliases: []string{"Frangieh"}, Kind: "individual"},
		{ID: "nimeiry", Name: "Jaafar Nimeiry", Aliases: []string{"Nimeiry"}, Kind: "individual"},
		{ID: "anyanya", Name: "Anyanya II", Kind: "armed-group"},
		{ID: "kabila", Name: "Laurent Kabila", Aliases: []string{"Kabila"}, Kind: "individual"},
		{ID: "rwanda", Name: "Rwanda", Aliases: []string{"Kigali"}, Kind: "state"},
		{ID: "interahamwe", Name: "Interahamwe", Kind: "militia"},
	}
}

// TestTheTwentyNinthReviewersFinds: a person's name written in lower case is no mention of
// the person ("in the mountains of the north", not Oliver North); a deal struck is no blow
// ("struck a bipartisan accord with Congress"); one "absorbed by its own troubles" merges
// into no one; a body named after its parent, its name after a comma, is the parent's in
// every form ("the UN mission, MINUSMA", "AMISOM, the African Union's force in Somalia",
// "the African Union's mission, AMIS"), and the one attacked is the body, not its parent,
// but not a place's body ("From Afghanistan his organisation, al-Qaeda"); a post of a
// state's head before or after the name is the head's ("Togo's President Gnassingbé
// Eyadéma", "Yoweri Museveni, Uganda's president"); one who "had led" a body led it, and
// his fighters are its; a post before the name after "at" or "with" ("at President Doe's
// request"), the phrase also opening the sentence; the one possessed after a possessive is
// the one given leave ("let Rwanda's Interahamwe use the Kivus"); those brought "together
// with" another meet through the one who brought them, no more; a verb after "and in
// 1966" is the subject's of the verb before, not its object's; "both groups" in a
// relative clause are not the clause's antecedent ("the CIA, which funded both groups").
func TestTheTwentyNinthReviewersFinds(t *testing.T) {
	checkForms(t, reviewer29Actors(), []formCase{
		{"a person's name in lower case", "In 1983 the Contras fought in the mountains of the north.", nil, []string{"contras hostility north"}},
		{"a deal struck", "The Bush administration, which had succeeded Reagan's, struck a bipartisan accord with Congress in March 1989.",
			nil, []string{"us hostility congress"}},
		{"absorbed by its own troubles", "Moscow, absorbed by its own troubles, cut arms deliveries to Managua in 1989.", nil, []string{"ussr merger nicaragua"}},
		{"a mission before its name", "In 2013 the UN mission, MINUSMA, deployed to Mali.", []string{"minusma membership un", "minusma support mali"}, []string{"un support mali"}},
		{"a mission attacked", "In 2016 JNIM attacked the UN mission, MINUSMA, near Kidal.", []string{"jnim hostility minusma"}, []string{"jnim hostility un"}},
		{"a force after its name", "In 2007 AMISOM, the African Union's force in Somalia, arrived in Mogadishu.", []string{"amisom membership au"}, nil},
		{"a possessive's mission", "In 2004 the African Union's mission, AMIS, deployed to Darfur.", []string{"amis membership au"}, nil},
		{"a place's organisation", "From Afghanistan his organisation, al-Qaeda, declared war on the United States in 1996.", nil, []string{"al-qaeda membership afghanistan"}},
		{"a place before a body", "From Afghanistan the organisation, al-Qaeda, declared war on the United States in 1996.", nil, []string{"al-qaeda membership afghanistan"}},
		{"had led", "In 1990 Charles Taylor had led the NPFL since December 1989, and Taylor's fighters attacked the AFL.",
			[]string{"taylor membership npfl", "npfl hostility afl"}, []string{"taylor hostility afl"}},
		{"at a president's request", "In 1990 ECOMOG landed at President Doe's request.", []string{"doe favour ecomog"}, nil},
		{"a request opening the sentence", "In 1976, at President Frangieh's request, Syria sent its army into Lebanon.", []string{"frangieh favour syria"}, nil},
		{"a blessing opening the sentence", "Within weeks of 1983, with President Nimeiry's blessing, Anyanya II set up camps.", []string{"nimeiry favour anyanya"}, nil},
		{"brought together with", "In 2018 Qatar brought the Taliban together with American envoys in Doha.",
			[]string{"qatar mediation taliban"}, []string{"taliban cooperation us"}},
		{"founded after a year", "Savimbi broke away in 1964 when he quarrelled with Roberto and in 1966 founded his own, the National Union for the Total Independence of Angola (UNITA).",
			[]string{"savimbi membership unita"}, []string{"roberto membership unita"}},
		{"both groups after which", "In 1983 ARDE refused to work with the FDN, and the CIA, which funded both groups, never resolved the quarrel.",
			[]string{"cia support arde", "cia support fdn"}, []string{"fdn support cia", "cia support cia"}},
		{"a possessed group given leave", "In 1998 Kabila let Rwanda's Interahamwe use the Kivus as a rear base.", []string{"kabila support interahamwe"}, []string{"kabila support rwanda"}},
	})
	for _, c := range []struct{ text, who string }{
		{"In 1999 Togo's President Gnassingbé Eyadéma hosted talks in Lomé.", "eyadema"},
		{"In 1999 Yoweri Museveni, Uganda's president, flew to Lomé.", "museveni"},
		{"In 1990 Charles Taylor had led the NPFL since December 1989.", "taylor"},
	} {
		roles := readKind(reviewer29Actors(), c.text, alliances.Membership, func(tie alliances.Tie) string { return tie.Subject + " " + string(tie.Role) })
		if len(roles) != 1 || roles[0] != c.who+" leader" {
			t.Errorf("%s: memberships %q, want one of %s as leader", c.text, roles, c.who)
		}
	}
}
