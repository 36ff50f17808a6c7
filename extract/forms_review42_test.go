package extract_test

// The forms the forty-first and forty-second reviews found (their reports:
// testdata/reports/chechnya-1994 and elsalvador-1980), each in a sentence of its own.

import (
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

// chechnyaActors are the actors of the Chechen review's sentences.
func chechnyaActors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "russia", Name: "Russia", Aliases: []string{"Moscow", "the Kremlin", "Russian"}, Kind: "state"},
		{ID: "united-kingdom", Name: "United Kingdom", Aliases: []string{"London", "British"}, Kind: "state"},
		{ID: "united-states", Name: "United States", Aliases: []string{"Washington", "American"}, Kind: "state"},
		{ID: "ichkeria", Name: "Chechen Republic of Ichkeria", Aliases: []string{"Ichkeria"}, Kind: "state"},
		{ID: "chechen-republic", Name: "Chechen Republic (pro-Moscow government)", Aliases: []string{"the republic"}, Kind: "state-organ"},
		{ID: "ingushetia", Name: "Ingushetia (republic's government)", Aliases: []string{"Ingushetia"}, Kind: "state-organ"},
		{ID: "gru", Name: "GRU", Kind: "state-organ"},
		{ID: "vostok", Name: "Vostok battalion", Kind: "militia"},
		{ID: "zapad", Name: "Zapad battalion", Kind: "militia"},
		{ID: "junta", Name: "Revolutionary Government Junta", Aliases: []string{"the junta"}, Kind: "state-organ"},
		{ID: "maskhadov", Name: "Aslan Maskhadov", Aliases: []string{"Maskhadov"}, Kind: "individual"},
		{ID: "zakayev", Name: "Akhmed Zakayev", Aliases: []string{"Zakayev"}, Kind: "individual"},
		{ID: "sadulayev", Name: "Abdul-Khalim Sadulayev", Kind: "individual"},
		{ID: "raduyev", Name: "Salman Raduyev", Aliases: []string{"Raduyev"}, Kind: "individual"},
		{ID: "basayev", Name: "Shamil Basayev", Aliases: []string{"Basayev"}, Kind: "individual"},
		{ID: "khattab", Name: "Ibn al-Khattab", Aliases: []string{"Khattab"}, Kind: "individual"},
		{ID: "kadyrov", Name: "Ramzan Kadyrov", Aliases: []string{"Kadyrov"}, Kind: "individual"},
		{ID: "guardsmen", Name: "National Guard", Aliases: []string{"National Guardsmen"}, Kind: "state-organ"},
		{ID: "churchwomen", Name: "American churchwomen", Aliases: []string{"four American churchwomen"}, Kind: "category"},
	}
}

// TestFormsOfTheChechenReview: a body a man governs or rules is the one right after the
// verb ("Ramzan Kadyrov governs with the Kremlin's money", the Chechen paper's ¶1, makes
// him no head of Russia); the place a man speaks from is no actor ("Zakayev, from London,
// denounced the move", ¶11); a recommendation states nothing ("They should treat claims
// of foreign funding with care", ¶15); the posts a man holds under another ("His envoy,
// Akhmed Zakayev", "Maskhadov's successor, Abdul-Khalim Sadulayev", ¶11); a coordinated
// subject of "are subordinate to" (¶10); "stripped ... of his rank" (¶6), "found a patron
// in" (¶6); a common noun another's name holds in brackets ("the republic" of
// "Ingushetia (republic's government)") makes it no part of the other.
func TestFormsOfTheChechenReview(t *testing.T) {
	checkForms(t, chechnyaActors(), []formCase{
		{"governs with", "In 2008 Ramzan Kadyrov governs with the Kremlin's money and his own armed men.", nil, []string{"kadyrov membership russia"}},
		{"control: ruled a body", "In 2007 Ramzan Kadyrov ruled Ichkeria with an iron fist.", []string{"kadyrov membership ichkeria"}, nil},
		{"where he speaks from", "Zakayev, from London, denounced Raduyev in 2007.", []string{"zakayev opposition raduyev"}, []string{"united-kingdom opposition raduyev"}},
		{"a recommendation", "In 2008 they should treat claims that Moscow was funding Raduyev with care.", nil, []string{"russia support raduyev"}},
		{"control: no recommendation", "In 2008 Moscow was funding Raduyev, they found.", []string{"russia support raduyev"}, nil},
		{"his envoy", "In 1997 Aslan Maskhadov led Ichkeria. His envoy, Akhmed Zakayev, flew to London.", []string{"zakayev membership ichkeria"}, nil},
		{"a successor", "In 1997 Aslan Maskhadov led Ichkeria. In 2005 Maskhadov's successor, Abdul-Khalim Sadulayev, was killed.",
			[]string{"sadulayev membership ichkeria"}, nil},
		{"control: his kin", "In 1997 Aslan Maskhadov led Ichkeria. In 2005 his brother, Shamil Basayev, was killed.", nil, []string{"basayev membership ichkeria"}},
		{"both subordinate", "In 2006 the Vostok battalion and the Zapad battalion were subordinate to the GRU.",
			[]string{"vostok membership gru", "zapad membership gru"}, nil},
		{"stripped of his rank", "In 1998 Maskhadov stripped Raduyev of his rank.", []string{"maskhadov coercion raduyev"}, nil},
		{"found a patron in", "In 1995 Basayev found a patron in Ibn al-Khattab.", []string{"khattab support basayev"}, nil},
		{"found an ally in", "In 1995 Basayev found an ally in Ibn al-Khattab.", []string{"basayev alliance khattab"}, nil},
		{"a common noun in brackets", "In 2006 Basayev died in Ingushetia.", nil, []string{"ingushetia membership chechen-republic"}},
	})
}

// TestFormsOfTheSalvadoranReview: "murdered" is a killing ("National Guardsmen raped and
// murdered four American churchwomen", the Salvadoran chapter's ¶5); a government named
// after a head the list of rulers holds but the case does not is his state's ("The
// Carter administration resumed military aid to the junta", ¶7), in a year he held the
// post, not another.
func TestFormsOfTheSalvadoranReview(t *testing.T) {
	checkForms(t, chechnyaActors(), []formCase{
		{"murdered", "In December 1980 National Guardsmen raped and murdered four American churchwomen.", []string{"guardsmen hostility churchwomen"}, nil},
		{"the Carter administration", "In 1980 the Carter administration resumed military aid to the junta.", []string{"united-states support junta"}, nil},
		{"control: not his year", "In 1990 the Carter administration resumed military aid to the junta.", nil, []string{"united-states support junta"}},
	})
}

// TestAPresidencyTheListHoldsAnothers: a post a report's state is given by default is no
// post of it where the list of rulers has another in it that year: "Maskhadov won the
// presidential election" of January 1997, in a paper on Russia's wars (the Chechen
// paper's ¶5), is no Russian presidency (Yeltsin's then); Yeltsin's is.
func TestAPresidencyTheListHoldsAnothers(t *testing.T) {
	actors := append(chechnyaActors(), alliances.Actor{ID: "yeltsin", Name: "Boris Yeltsin", Aliases: []string{"Yeltsin"}, Kind: "individual"})
	checkForms(t, actors, []formCase{
		{"another's presidency", "|Russia: the Chechen wars\n\nIn 1996 Russia lost the war, and Russian troops withdrew. In January 1997 Maskhadov won the presidential election.",
			nil, []string{"maskhadov membership russia", "maskhadov membership russia 0.45"}},
		{"control: the list's own", "|Russia: the Chechen wars\n\nIn 1996 Russia lost the war, and Russian troops withdrew. In July 1996 Yeltsin won the presidential election.",
			[]string{"yeltsin membership russia"}, nil},
	})
}

// TestATitleOfTwoLines: a title with a date line under it, no blank line between them,
// is no paragraph (the Salvadoran chapter's title and "Chapter four of a book manuscript
// in comparative politics, autumn 2000"); a first paragraph of two lines that end
// sentences is one.
func TestATitleOfTwoLines(t *testing.T) {
	body := "The armed groups held most of the capital in March 2025, and the police held the rest of it with the help of the mission."
	for _, c := range []struct {
		text string
		want int
	}{
		{"Patrons, Proxies and Peacemakers: The International Alignments of the Salvadoran Civil War, 1980-1992\n" +
			"Chapter four of a book manuscript in comparative politics, autumn 2000\n\n" + body, 1},
		{"The war began in 1980 and ended in 1992 with accords signed at Chapultepec.\nThe guerrillas had five armies.\n\n" + body, 2},
	} {
		if got := len(extract.Read("r.txt", c.text, extract.DefaultRules()).Paragraphs); got != c.want {
			t.Errorf("%.40q...: %d paragraphs, want %d", c.text, got, c.want)
		}
	}
}

// salvadoranActors are the actors of the Salvadoran review's sentences.
func salvadoranActors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "el-salvador", Name: "El Salvador", Aliases: []string{"the high command", "Salvadoran"}, Kind: "state"},
		{ID: "united-states", Name: "United States", Aliases: []string{"Washington", "American"}, Kind: "state"},
		{ID: "nicaragua", Name: "Nicaragua", Aliases: []string{"the Sandinistas", "Managua"}, Kind: "state"},
		{ID: "fmln", Name: "Farabundo Martí National Liberation Front", Aliases: []string{"FMLN"}, Kind: "coalition"},
		{ID: "fpl", Name: "Popular Liberation Forces", Aliases: []string{"FPL"}, Kind: "armed-group"},
		{ID: "erp", Name: "People's Revolutionary Army", Aliases: []string{"ERP"}, Kind: "armed-group"},
		{ID: "rn", Name: "National Resistance", Aliases: []string{"RN"}, Kind: "armed-group"},
		{ID: "pcs", Name: "Communist Party of El Salvador", Aliases: []string{"PCS"}, Kind: "party"},
		{ID: "gulf-sheikhdoms", Name: "The four smaller Gulf sheikhdoms", Aliases: []string{"the four smaller sheikhdoms"}, Kind: "category"},
		{ID: "gcc", Name: "Gulf Cooperation Council", Kind: "international-organization"},
	}
}

// TestFormsOfTheSalvadoranReviewsLists: "the four organizations" are the four the
// sentence before listed, each (the Salvadoran chapter's ¶2), not where a name of its
// own opens after "the" ("the four smaller sheikhdoms", the Iran-Iraq essay's ¶3); leave
// to keep a base is support ("the Sandinistas let the Salvadoran commanders keep their
// headquarters near Managua", ¶10); one pushed to accept a deal is coerced (¶14).
func TestFormsOfTheSalvadoranReviewsLists(t *testing.T) {
	checkForms(t, salvadoranActors(), []formCase{
		{"the four organizations", "In 1980 the FPL, the ERP, the RN and the PCS met in Havana. In October 1980 the four organizations founded the FMLN.",
			[]string{"fpl membership fmln", "erp membership fmln", "rn membership fmln", "pcs membership fmln"}, nil},
		{"all four, of a list inside the sentence before", "In 1980 Cuba brought the FPL, the ERP, the RN and the PCS together. In October 1980 all four founded the FMLN.",
			[]string{"fpl membership fmln", "erp membership fmln", "rn membership fmln", "pcs membership fmln"}, nil},
		{"control: a name after the", "In 1981 the four smaller sheikhdoms formed the Gulf Cooperation Council.", []string{"gulf-sheikhdoms membership gcc"}, nil},
		{"let keep", "In 1981 the Sandinistas let the FMLN keep its headquarters near Managua.", []string{"nicaragua support fmln"}, nil},
		{"pushed to accept", "In 1990 Washington pushed the high command to accept a purge of officers.", []string{"united-states coercion el-salvador"}, nil},
		{"control: pushed on", "In 1990 Washington pushed on with aid to the high command.", nil, []string{"united-states coercion el-salvador"}},
	})
}

// TestThePresidentNamedBefore: "the president", with no name or state after it, is the
// one the text made president last ("Raduyev ... denounced the president as a traitor",
// after "Maskhadov won the presidential election", the Chechen paper's ¶5), and "X, the
// president of Y" is Y's leader, not a member only.
func TestThePresidentNamedBefore(t *testing.T) {
	checkForms(t, chechnyaActors(), []formCase{
		{"won the election", "In January 1997 Maskhadov won the presidential election in Ichkeria. In 1998 Raduyev denounced the president as a traitor.",
			[]string{"raduyev opposition maskhadov"}, nil},
		{"the president of", "In 1997 Maskhadov, the president of Ichkeria, flew to Moscow. In 1998 Raduyev denounced the president as a traitor.",
			[]string{"raduyev opposition maskhadov"}, nil},
		{"control: the president of another", "In 1997 Maskhadov, the president of Ichkeria, flew to Moscow. In 1998 Raduyev denounced the president of Russia.",
			nil, []string{"raduyev opposition maskhadov"}},
	})
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, chechnyaActors())
	rd.Source = "report"
	text := "In 1997 Maskhadov, the president of Ichkeria, flew to Moscow. This sentence only makes the paragraph long enough to count as one of the body."
	for _, p := range rd.Read(extract.Read("r.txt", text, rules)) {
		if p.Tie.Subject == "maskhadov" && p.Tie.Object == "ichkeria" && p.Tie.Role != alliances.Leader {
			t.Errorf("%s %s %s as %q, want its leader", p.Tie.Subject, p.Tie.Kind, p.Tie.Object, p.Tie.Role)
		}
	}
}

// TestHisBodyThenAPreposition: "his" before a body's name right after it is its leader's,
// with the phrase ended by a preposition ("Talabani turned his PUK toward Tehran", after
// the Iran-Iraq essay's ¶10).
func TestHisBodyThenAPreposition(t *testing.T) {
	actors := append(salvadoranActors(),
		alliances.Actor{ID: "iran", Name: "Iran", Aliases: []string{"Tehran"}, Kind: "state"},
		alliances.Actor{ID: "puk", Name: "Patriotic Union of Kurdistan", Aliases: []string{"PUK"}, Kind: "party"},
		alliances.Actor{ID: "talabani", Name: "Jalal Talabani", Aliases: []string{"Talabani"}, Kind: "individual"})
	checkForms(t, actors, []formCase{
		{"his before a name, then toward", "In 1985 Jalal Talabani turned his PUK toward Tehran.", []string{"talabani membership puk"}, nil},
	})
}
