package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

// session69Actors are the actors of this session's sentences.
func session69Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "dicko", Name: "Malam Ibrahim Dicko", Aliases: []string{"Dicko"}, Kind: "individual"},
		{ID: "koufa", Name: "Amadou Koufa", Kind: "individual"},
		{ID: "macina", Name: "Katiba Macina", Kind: "armed-group"},
		{ID: "kdp", Name: "Kurdistan Democratic Party", Aliases: []string{"KDP"}, Kind: "party"},
		{ID: "iran", Name: "Iran", Aliases: []string{"the Iranians"}, Kind: "state"},
		{ID: "turkey", Name: "Turkey", Aliases: []string{"Turkish"}, Kind: "state"},
		{ID: "united-states", Name: "United States", Aliases: []string{"American", "Washington"}, Kind: "state"},
		{ID: "egypt", Name: "Egypt", Aliases: []string{"Cairo"}, Kind: "state"},
		{ID: "israel", Name: "Israel", Kind: "state"},
		{ID: "hamas", Name: "Hamas", Kind: "armed-group"},
		{ID: "murabitun", Name: "al-Murabitun", Kind: "armed-group"},
		{ID: "al-qaeda", Name: "al-Qaeda", Kind: "armed-group"},
		{ID: "abm", Name: "Ansar Bayt al-Maqdis", Aliases: []string{"ABM"}, Kind: "armed-group"},
		{ID: "ibrahim", Name: "Mohamed Ibrahim", Kind: "individual"},
		{ID: "fula", Name: "Fula", Kind: "category"},
		{ID: "balanta", Name: "Balanta", Kind: "category"},
		{ID: "ecowas", Name: "ECOWAS", Kind: "international-organization"},
		{ID: "niger", Name: "Niger", Kind: "state"},
		{ID: "mali", Name: "Mali", Kind: "state"},
		{ID: "damiba", Name: "Paul-Henri Damiba", Aliases: []string{"Damiba"}, Kind: "individual"},
		{ID: "kabore", Name: "Roch Kaboré", Aliases: []string{"Kaboré"}, Kind: "individual"},
		{ID: "traore", Name: "Ibrahim Traoré", Aliases: []string{"Traoré"}, Kind: "individual"},
		{ID: "jfs", Name: "Jabhat Fateh al-Sham", Aliases: []string{"JFS"}, Kind: "armed-group"},
		{ID: "zenki", Name: "Nour al-Din al-Zenki", Aliases: []string{"Zenki"}, Kind: "armed-group"},
		{ID: "hts", Name: "Hay'at Tahrir al-Sham", Aliases: []string{"HTS"}, Kind: "armed-group"},
		{ID: "nour", Name: "Abu Abdul Rahman Nour", Kind: "individual"},
		{ID: "rebels", Name: "the factions", Kind: "category"},
		{ID: "russia", Name: "Russia", Aliases: []string{"Russian"}, Kind: "state"},
		{ID: "levant-front", Name: "Levant Front", Kind: "armed-group"},
	}
}

// TestFormsFromTheFourthSessionsReviews: the misleading proposals the reviewers of the
// fourth session of 2026-12-06 found, each read right now. One who "had fought with" a
// group fought beside it (burkina-2015 ¶3; so the KDP "fought with the Iranians",
// iraniraq-1980 ¶10), but an army that "fought with American tanks" was armed, no partner
// of America's (cyprus-1974 ¶14). A group that "declares loyalty to" another is of it
// (sinai-2013 ¶13). Whether two peoples fight, asked, is no fight (guinea-1963 ¶6); what
// an intervention "would be treated as" is no war (burkina-2015 ¶22). One who ousted
// another "and was himself ousted by Capt." a third was ousted by the third (¶2). A
// group that "merged with" another "into" a third merged, with the other, into the third
// (aleppo-2012 ¶33); "the Russian side, with the Turkish brothers" sides with no one
// (¶31); a group that "fights beside" a state's forces fights with them (¶33); and a man
// whose last name opens a group's name before a particle ("Nour al-Din al-Zenki") does
// not lead it (¶13).
func TestFormsFromTheFourthSessionsReviews(t *testing.T) {
	checkForms(t, session69Actors(), []formCase{
		{"had fought with", "In 2016 Dicko, who had fought with Amadou Koufa's Katiba Macina, founded his own group.",
			[]string{"dicko cooperation macina"}, []string{"dicko hostility macina", "dicko hostility koufa"}},
		{"fought with a state", "In 1980 the KDP fought with the Iranians from the start.",
			[]string{"kdp cooperation iran"}, []string{"kdp hostility iran"}},
		{"declares loyalty to", "In 2015 Ashmawi later led al-Murabitun, which declares loyalty to al-Qaeda.",
			[]string{"murabitun membership al-qaeda"}, []string{"murabitun favour al-qaeda"}},
		{"asked whether", "In 1972 I asked whether Fula and Balanta fight each other here.",
			nil, []string{"fula hostility balanta"}},
		{"would be treated as", "Both warned in July 2023 that an ECOWAS intervention against Niger's new junta would be treated as a declaration of war on Mali.",
			nil, []string{"ecowas hostility niger", "ecowas hostility mali"}},
		{"was himself ousted by Capt.", "Damiba ousted Kaboré on 24 Jan 2022 and was himself ousted by Capt. Ibrahim Traoré on 30 Sep 2022, after which he left for Togo.",
			[]string{"damiba hostility kabore", "traore hostility damiba"}, []string{"traore hostility kabore"}},
		{"merged with into", "Since the evacuation, JFS has merged with Zenki and smaller groups into Hay'at Tahrir al-Sham in 2017.",
			[]string{"jfs merger hts", "zenki merger hts"}, []string{"jfs merger zenki"}},
		{"a side, with", "In 2016 the factions held talks in Ankara with the Russian side, with the Turkish brothers as guarantors.",
			nil, []string{"rebels alliance turkey"}},
		{"fights beside", "In 2017 the Levant Front now fights beside Turkey's forces in the Euphrates Shield area.",
			[]string{"levant-front alliance turkey"}, []string{"levant-front hostility turkey"}},
		{"a name's particle", "In December 2014 Nour al-Din al-Zenki took part in the merger at first and left within months.",
			nil, []string{"nour membership zenki"}},
	})
}

// TestNoPairNearAnArmOrALeave: the pairs the reader proposes at low confidence, for two
// actors a cue stands between, leave out the arms an act was done with ("the Turkish army
// fought with American tanks", cyprus-1974 ¶14), the one whose consent went with it
// ("with Egypt's consent, Israel attacked Hamas": Egypt attacked no one), the target of an
// act listed before the cue's ("claimed the failed attempt on Interior Minister Mohamed
// Ibrahim and the bombing of the Cairo police headquarters", sinai-2013 ¶13), the object
// of the verb before "and was ousted by" (burkina-2015 ¶2), and the partner of a merger
// "into" a third (aleppo-2012 ¶33).
func TestNoPairNearAnArmOrALeave(t *testing.T) {
	for _, c := range []struct{ name, text, refused string }{
		{"arms", "In 1974 the Turkish army fought with American tanks in the north.", "turkey cooperation united-states"},
		{"consent", "In 1987, with Egypt's consent, Israel attacked Hamas.", "egypt hostility hamas"},
		{"consent after", "In 2015 Israel struck the militants in Sinai with Cairo's consent.", "israel hostility egypt"},
		{"acts listed", "In 2013 ABM claimed the failed attempt on Interior Minister Mohamed Ibrahim in September and the bombing of the Cairo police headquarters in December.", "ibrahim hostility egypt"},
		{"and was ousted by", "Damiba ousted Kaboré in January 2022 and was ousted by Traoré in September 2022.", "traore hostility kabore"},
		{"merged into", "In 2017 JFS merged with Zenki into HTS.", "jfs merger zenki"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rules := extract.DefaultRules()
			rd := extract.NewReader(rules, session69Actors())
			rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
			var got []string
			for _, p := range rd.Read(extract.Read("report.txt", c.text+" This sentence only makes the paragraph long enough to count as one of the body.", rules)) {
				got = append(got, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object)
			}
			if slices.Contains(got, c.refused) {
				t.Errorf("proposed %q, want no %q at any confidence", got, c.refused)
			}
		})
	}
}

// TestNoNameOfAQuestionsVerbOrACity: a report read as a new case takes no name from a
// condition's or a question's verb opening a sentence ("Had Washington told Ioannidis",
// cyprus-1974 ¶15) nor from a capital before a man's name ("In Nicosia Sampson
// resigned", ¶11): the man is found by his whole name where one is given.
func TestNoNameOfAQuestionsVerbOrACity(t *testing.T) {
	text := "Had Washington told Ioannidis in June what Johnson told Inonu in 1964, there would have been no coup. " +
		"In Nicosia Sampson resigned the same day, and Glafcos Clerides became acting president.\n\n" +
		"In Beirut Gemayel met the envoy, as the report on the war says, and the talks failed."
	_, _, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, bad := range []string{"Had Washington", "Nicosia Sampson", "Beirut Gemayel"} {
		if slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, bad) }) {
			t.Errorf("found %q, want no %q", names, bad)
		}
	}
	if !slices.Contains(names, "Glafcos Clerides") {
		t.Errorf("found %q, want Glafcos Clerides", names)
	}
}
