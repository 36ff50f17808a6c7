package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

// session85Actors are the actors of this session's sentences.
func session85Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "jammeh", Name: "Yahya Jammeh", Aliases: []string{"Jammeh", "Mr Jammeh"}, Kind: "individual"},
		{ID: "senegal", Name: "Senegal", Aliases: []string{"Dakar"}, Kind: "state"},
		{ID: "mfdc", Name: "Movement of Democratic Forces of Casamance", Aliases: []string{"MFDC", "the MFDC"}, Kind: "armed-group"},
		{ID: "abm", Name: "Ansar Bait al-Maqdis", Aliases: []string{"ABM"}, Kind: "armed-group"},
		{ID: "baghdadi", Name: "Abu Bakr al-Baghdadi", Kind: "individual"},
		{ID: "ws", Name: "Wilayat Sinai", Aliases: []string{"WS"}, Kind: "armed-group"},
		{ID: "gaf", Name: "Gambian Armed Forces", Aliases: []string{"his soldiers", "the army"}, Kind: "state-organ"},
		{ID: "badjie", Name: "Ousman Badjie", Aliases: []string{"Badjie"}, Kind: "individual"},
		{ID: "ecowas", Name: "ECOWAS", Aliases: []string{"our Community"}, Kind: "international-organization"},
		{ID: "mauritania", Name: "Mauritania", Kind: "state"},
		{ID: "aziz", Name: "Mohamed Ould Abdel Aziz", Aliases: []string{"President Aziz", "Aziz"}, Kind: "individual"},
		{ID: "pdf", Name: "Panama Defense Forces", Aliases: []string{"P-D-F", "PDF"}, Kind: "state-organ"},
		{ID: "endara", Name: "Guillermo Endara", Aliases: []string{"Endara"}, Kind: "individual"},
		{ID: "arias", Name: "Ricardo Arias Calderon", Aliases: []string{"Arias Calderon"}, Kind: "individual"},
		{ID: "cuba", Name: "Cuba", Aliases: []string{"Havana"}, Kind: "state"},
		{ID: "digbats", Name: "Dignity Battalions", Aliases: []string{"the Dig-Bats", "Dig-Bats"}, Kind: "militia"},
		{ID: "noriega", Name: "Manuel Noriega", Aliases: []string{"Noriega"}, Kind: "individual"},
		{ID: "b2000", Name: "Battalion 2000", Kind: "state-organ"},
		{ID: "gunmen", Name: "Gunmen loyal to Noriega", Aliases: []string{"Gunmen loyal to Noriega"}, Kind: "category"},
		{ID: "southcom", Name: "Southern Command", Aliases: []string{"the Southern Command"}, Kind: "state-organ"},
		{ID: "united-states", Name: "United States", Aliases: []string{"U-S", "Americans"}, Kind: "state"},
		{ID: "un", Name: "United Nations", Aliases: []string{"UN"}, Kind: "international-organization"},
		{ID: "gerasimov", Name: "Gennadi Gerasimov", Aliases: []string{"Gerasimov"}, Kind: "individual"},
		{ID: "austria", Name: "Austria", Kind: "state"},
		{ID: "jna", Name: "Yugoslav People's Army", Aliases: []string{"JNA", "the army"}, Kind: "state-organ"},
		{ID: "ssno", Name: "Federal Secretariat for National Defence", Aliases: []string{"SSNO", "Belgrade"}, Kind: "state-organ"},
		{ID: "slovenia", Name: "Slovenia", Aliases: []string{"RTV Ljubljana"}, Kind: "state"},
		{ID: "troika", Name: "EC troika", Aliases: []string{"the troika"}, Kind: "international-organization"},
		{ID: "kucan", Name: "Milan Kucan", Aliases: []string{"Kucan"}, Kind: "individual"},
		{ID: "bermondt", Name: "Pavel Bermondt", Aliases: []string{"Bermondt", "Col. Bermondt"}, Kind: "individual"},
		{ID: "latvia", Name: "Latvia", Aliases: []string{"Riga"}, Kind: "state"},
		{ID: "germany", Name: "Germany", Aliases: []string{"Berlin", "German"}, Kind: "state"},
		{ID: "russia", Name: "Russia", Aliases: []string{"Russian"}, Kind: "state"},
		{ID: "estonia", Name: "Estonia", Aliases: []string{"Tallinn"}, Kind: "state"},
		{ID: "nwg", Name: "North-Western Government", Aliases: []string{"The North-Western Government"}, Kind: "other"},
		{ID: "united-kingdom", Name: "United Kingdom", Aliases: []string{"British"}, Kind: "state"},
	}
}

// read85 reads text with the actors given, as a document of the date given, and returns
// its proposals at confidence 0.5 or more.
func read85(t *testing.T, known []alliances.Actor, date, text string) []extract.Proposal {
	t.Helper()
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, known)
	rd.Source, rd.Date = "report", edtf.MustParse(date)
	var out []extract.Proposal
	for _, p := range rd.Read(extract.Read("report.txt", text, rules)) {
		if p.Confidence >= 0.5 {
			out = append(out, p)
		}
	}
	return out
}

// tieOf returns the proposal for "subject kind object" among ps, and whether there is one.
func tieOf(ps []extract.Proposal, tie string) (extract.Proposal, bool) {
	i := slices.IndexFunc(ps, func(p extract.Proposal) bool { return p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object == tie })
	if i < 0 {
		return extract.Proposal{}, false
	}
	return ps[i], true
}

// TestPluralOfASurnameOfTheNineteenthSession: a plural after "the", named twice or more,
// whose singular the reader knows only as men's surname, is found as new all the same:
// "the Houthis" of Hussein, Yahya and Abdulmalik al-Houthi (saada-2004: a hundred and
// twenty-five ties, nineteen found as a new case, the movement never among the actors).
func TestPluralOfASurnameOfTheNineteenthSession(t *testing.T) {
	text := "In 2004 the army went up to arrest Hussein al-Houthi in Marran, and his men hit back. Yahya al-Houthi fled to Germany.\n\n" +
		"In 2009 Saudi Arabia bombed the Houthis near the border. The Houthis said the army never left their villages."
	rd, doc, finds := discover(text)
	if got := kindsAndAliases(finds); got["Houthis"] == "" {
		t.Fatalf("found %v, want the Houthis found as an actor, though Houthi is the brothers' surname", got)
	}
	var got []string
	for _, p := range rd.Read(doc) {
		got = append(got, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object)
	}
	if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "houthis") }) {
		t.Errorf("proposed %q, want the Houthis a party", got)
	}
}

// TestNumbersThatAreNoYearsOfTheNineteenthSession: a number after a unit's noun names the
// unit ("Battalion 2000", dated 2000 in panama-1989 ¶6 to ¶13), and a log's hours at an
// entry's head before a slash ("1950 / monitoring") or after "by" ("By 1900 'stopped'",
// dated 1900 in slovenia-1991 ¶30 to ¶36) are no years.
func TestNumbersThatAreNoYearsOfTheNineteenthSession(t *testing.T) {
	ps := read85(t, session85Actors(), "1989-12-21", "In December 1989 Battalion 2000 fought the Dig-Bats at the bridge. This sentence only makes the paragraph long enough to count as one of the body.")
	if p, ok := tieOf(ps, "b2000 hostility digbats"); !ok || !strings.HasPrefix(p.Tie.Valid.String(), "1989") {
		t.Errorf("proposed %v, want the battalion's fight in 1989, not in 2000", ps)
	}
	log := "Log of intercepted traffic\n8 July 1991\n\n" +
		"0118 / 41.300 MHz / KOBRA > JASEN\nThe column formed and moved to the crossings.\n\n" +
		"0405 / tel. line / unknown\nThe Slovenes closed the roads with lorries.\n\n" +
		"1950 / monitoring, TANJUG\nThe JNA fought the Territorials at Holmec. By 1900 the column had stopped.\n\n" +
		"2130 / tel. OKO > PLANINA\nThe JNA fought the Territorials at Trzin again.\n"
	actors := append(session85Actors(), alliances.Actor{ID: "to", Name: "Territorial Defence", Aliases: []string{"the Territorials", "TO"}, Kind: "state-organ"})
	for _, p := range read85(t, actors, "1991-07-08", log) {
		if v := p.Tie.Valid.String(); strings.Contains(v, "1950") || strings.Contains(v, "1900") || strings.Contains(v, "2130") {
			t.Errorf("¶%d %s %s %s dated %s: a log's hour read as a year", p.Paragraph, p.Tie.Subject, p.Tie.Kind, p.Tie.Object, v)
		}
	}
}

// TestDayLinesOfTheNineteenthSession: a line that is a day's date written with dots, alone
// or with its weekday ("02.01.91 WED"), dates the entries under it: their year is its, not
// the year the text named last (slovenia-1991's day lines were read as no dates).
func TestDayLinesOfTheNineteenthSession(t *testing.T) {
	log := "Log of intercepted traffic\n8 July 1991\n\n" +
		"Period: the winter of 1990 and the spring after. Distribution: staff.\n\n" +
		"02.01.91 WED\n\n" +
		"0118 / 41.300 MHz / KOBRA > JASEN\nThe JNA fought the Territorials at Holmec.\n"
	actors := append(session85Actors(), alliances.Actor{ID: "to", Name: "Territorial Defence", Aliases: []string{"the Territorials", "TO"}, Kind: "state-organ"})
	ps := read85(t, actors, "1991-07-08", log)
	if p, ok := tieOf(ps, "jna hostility to"); !ok || !strings.HasPrefix(p.Tie.Valid.String(), "1991") {
		t.Errorf("proposed %v, want the fight of the day line's 1991, not of the 1990 named before", ps)
	}
}

// TestMonthsBeforeTheDocumentOfTheNineteenthSession: a month and day the text gives no year,
// after the date of a document of early in the year, told as done, is of the year before
// (gambia-2017 ¶9, a press conference of 24 January 2017: "went to Banjul on 13 December",
// dated December 2017); not where it is to come, nor in a report that names a later year.
func TestMonthsBeforeTheDocumentOfTheNineteenthSession(t *testing.T) {
	pad := " This sentence only makes the paragraph long enough to count as one of the body."
	for _, c := range []struct{ name, text, want string }{
		{"told as done", "When we went to Banjul on 13 December, Mr Jammeh received the envoys of Senegal." + pad, "2016-12-13"},
		{"to come", "On 13 December, the day planned for the handover, Mr Jammeh received the envoys of Senegal." + pad, "2017-12-13"},
		{"a report that names a later year", "On 13 December Mr Jammeh received the envoys of Senegal. By 2018 he was in exile." + pad, "2017-12-13"},
	} {
		ps := read85(t, session85Actors(), "2017-01-24", "In January 2017 the crisis went on.\n\n"+c.text)
		i := slices.IndexFunc(ps, func(p extract.Proposal) bool { return p.Paragraph == 2 && p.Tie.Subject == "jammeh" })
		if i < 0 || !strings.HasPrefix(ps[i].Tie.Valid.String(), c.want) {
			t.Errorf("%s: proposed %v, want Jammeh's tie of %s", c.name, ps, c.want)
		}
	}
}

// TestWhatEachDidOfTheNineteenthSession: the verbs of a relative clause on a name, joined by
// "and", are the name's (gambia-2017 ¶17: "to settle its accounts with Jammeh, who for
// years allegedly armed and sheltered the Casamance rebels", read as Senegal's help to
// its own rebels), not past the clause's end ("al-Baghdadi, who accepted the pledge, and
// took the name"); a fight one would not be sent into is none; a post one is "no longer"
// in is none, nor another's after it; what one is called on to do after another verb is
// not done; a name past "and" and another verb after an object is that verb's.
func TestWhatEachDidOfTheNineteenthSession(t *testing.T) {
	checkForms(t, session85Actors(), []formCase{
		{"a relative clause's two verbs", "In 2016 Senegal wanted to settle its accounts with Jammeh, who for years allegedly armed and sheltered the MFDC.",
			[]string{"jammeh support mfdc"}, []string{"senegal support mfdc"}},
		{"past the relative clause's end", "In November 2014 ABM pledged allegiance to Abu Bakr al-Baghdadi, who accepted the pledge, and took the name WS.",
			[]string{"abm renaming ws"}, []string{"baghdadi renaming ws"}},
		{"not sent into a fight", "In January 2017 Badjie said he would not send his soldiers into a stupid fight with ECOWAS.",
			nil, []string{"gaf hostility ecowas"}},
		{"a post no longer held", "In January 2017 Mauritania is no longer a member of our Community; President Aziz acted in his own name.",
			nil, []string{"aziz membership ecowas", "mauritania membership ecowas"}},
		{"called on to do two things", "In December 1989 Arias Calderon called on PDF soldiers to lay down their arms and join Endara.",
			nil, []string{"pdf cooperation endara"}},
		{"another verb before the name", "In 1991 Austria has sent troops to the border and protests JNA aircraft in its airspace.",
			nil, []string{"austria support jna"}},
		{"a reading of another's words", "In July 1991 Belgrade reads this as support for the JNA.",
			nil, []string{"ssno support jna"}},
	})
}

// TestClaimsAndDenialsOfTheNineteenthSession: what officials "suggest" is alleged; a denial
// with its adverb ("Havana flatly denies it") disputes the claim before it, past an aside
// (panama-1989 ¶19: Cuba's help to the Dignity Battalions proposed as reported).
func TestClaimsAndDenialsOfTheNineteenthSession(t *testing.T) {
	for _, text := range []string{
		"In December 1989 Pentagon officials suggest, without offering proof, that Cuba helped arm the Dig-Bats. Havana flatly denies it.",
		"In December 1989 Pentagon officials suggest that Cuba helped arm the Dig-Bats. Havana flatly denies it.",
	} {
		ps := read85(t, session85Actors(), "1989-12-21", text+" This sentence only makes the paragraph long enough to count as one of the body.")
		if p, ok := tieOf(ps, "cuba support digbats"); !ok || p.Tie.Status != alliances.Disputed {
			t.Errorf("%q: proposed %v, want Cuba's help disputed", text, ps)
		}
	}
	for _, text := range []string{
		"In December 1989 Pentagon officials suggest that Cuba helped arm the Dig-Bats.",
	} {
		ps := read85(t, session85Actors(), "1989-12-21", text+" This sentence only makes the paragraph long enough to count as one of the body.")
		if p, ok := tieOf(ps, "cuba support digbats"); !ok || p.Tie.Status != alliances.Alleged {
			t.Errorf("%q: proposed %v, want Cuba's help alleged", text, ps)
		}
	}
}

// TestScriptsAndLogsOfTheNineteenthSession: a script's guide to saying a name is no part of
// the sentence ("Manuel Noriega's (nor-ee-AY-gah's) Panama Defense Forces", the case's
// central leadership missed in panama-1989 ¶3); a log entry's heading line is no part of
// its first sentence (slovenia-1991 ¶16: "RTV Ljubljana The troika met Kucan", read as
// Slovenia's talks with its own president); a note's number after a full stop ends the
// sentence (estonia-1918 ¶11: "did not forget it.(7) That same October").
func TestScriptsAndLogsOfTheNineteenthSession(t *testing.T) {
	checkForms(t, session85Actors(), []formCase{
		{"a guide to saying a name", "In December 1989 U-S troops attacked Manuel Noriega's (nor-ee-AY-gah's) Panama Defense Forces at two dozen places.",
			[]string{"noriega membership pdf", "united-states hostility pdf"}, nil},
		{"a log's heading line", "0930 / monitoring, Radio Zagreb and RTV Ljubljana\nIn July 1991 the troika met Kucan in Zagreb.",
			[]string{"troika negotiation kucan"}, []string{"slovenia negotiation kucan"}},
	})
	if got := reportParagraph(t, "slovenia-1991", 16); slices.Contains(got, "slovenia negotiation milan-kucan") {
		t.Errorf("slovenia-1991 ¶16: got %q, want no talks of Slovenia with its president from the entry's heading", got)
	}
	text := "Yudenich never recognised our independence, and we did not forget it.(7) That same October Bermondt fell upon Riga."
	doc := extract.Read("r.txt", "A Title\n\n"+text+"\n\nA second paragraph, so that lines are no paragraphs of their own.", extract.DefaultRules())
	if len(doc.Paragraphs) == 0 || len(doc.Paragraphs[0].Sentences) != 2 {
		t.Errorf("%q: %d paragraphs, the first of %v sentences, want two sentences", text, len(doc.Paragraphs), doc.Paragraphs)
	}
}

// TestWhoseMenOfTheNineteenthSession: a man's men of two peoples are his, not their states
// (estonia-1918 ¶11: "Col. Bermondt's Germans and Russians fell upon Riga", read as
// Germany's and Russia's war on Latvia, and Russia's on Germany); a dash ends a list
// ("fell upon Riga - Berlin, everyone knew, stood behind him"); a unit's verb after a
// possessor in apposition is the unit's ("Battalion 2000, Noriega's best, fought", read as
// its fight with Noriega); a list of hostages is no list of the hostage-takers
// (panama-1989 ¶20, "among them Americans", made the gunmen fight the Dignity Battalions);
// a capital after a verb and "at" is a place, and the names of a phrase "under" another's
// pressure are no parties to the clause's verb (estonia-1918 ¶23: "formed at Tallinn ...
// under British pressure" read as Britain's coercion of Estonia and the government a part
// of Estonia); "the UN charter" is a text, no actor.
func TestWhoseMenOfTheNineteenthSession(t *testing.T) {
	checkForms(t, session85Actors(), []formCase{
		{"a man's men of two peoples", "In October 1919 Col. Bermondt's Germans and Russians fell upon Riga.",
			[]string{"bermondt hostility latvia"}, []string{"germany hostility latvia", "russia hostility latvia", "russia hostility germany"}},
		{"a dash ends a list", "In October 1919 Bermondt fell upon Riga - Berlin, everyone knew, stood behind him.",
			[]string{"bermondt hostility latvia"}, []string{"bermondt hostility germany"}},
		{"a unit's verb after its possessor", "In December 1989 Battalion 2000 (dos MEEL), Noriega's best, fought at the Pacora bridge before Army helicopters broke it up.",
			nil, []string{"b2000 hostility noriega"}},
		{"hostages, among them", "In December 1989 Gunmen loyal to Noriega fired on the Southern Command. They have taken hostages from a hotel, among them Americans. U-S troops fought the Dig-Bats.",
			[]string{"united-states hostility digbats"}, []string{"gunmen hostility digbats"}},
		{"formed at a capital, under another's pressure", "The North-Western Government, formed at Tallinn in August 1919 under British pressure, recognised Estonia.",
			[]string{"nwg support estonia"}, []string{"nwg membership estonia", "united-kingdom support estonia", "united-kingdom coercion estonia"}},
		{"the UN charter", "In December 1989 the Soviet spokesman, Gennadi Gerasimov (geh-rah-SEE-mohv), said again that the invasion violates the UN charter.",
			nil, []string{"gerasimov hostility un"}},
	})
	if got := reportParagraph(t, "estonia-1918", 23); slices.Contains(got, "united-kingdom coercion estonia") || slices.Contains(got, "north-western-government membership estonia") {
		t.Errorf("estonia-1918 ¶23: got %q, want neither Britain's coercion of Estonia nor the White government a part of it", got)
	}
	if got := reportParagraph(t, "panama-1989", 3); !slices.Contains(got, "manuel-noriega membership pdf") {
		t.Errorf("panama-1989 ¶3: got %q, want Noriega of his Defense Forces", got)
	}
	// "the President-elect" holds no post yet (gambia-2017 ¶6, read as Barrow's presidency in
	// December 2016, beside Jammeh's).
	if got := reportParagraph(t, "gambia-2017", 6); slices.Contains(got, "adama-barrow membership gambia") {
		t.Errorf("gambia-2017 ¶6: got %q, want no post of the President-elect", got)
	}
	// A name's prefix in brackets is no guide to saying it (congobrazzaville-1997 ¶12:
	// "soldiers of the Rwandan Armed Forces (ex-FAR) and Interahamwe militiamen, who had
	// fled the advance of the Alliance ..., fought for General Sassou Nguesso").
	if got := reportParagraph(t, "congobrazzaville-1997", 12); !slices.Contains(got, "interahamwe support sassou-nguesso") {
		t.Errorf("congobrazzaville-1997 ¶12: got %q, want the Interahamwe's fight for Sassou Nguesso", got)
	}
}

// TestCondemnedActsOfTheNineteenthSession: one who condemns, denounces or deplores "the
// invasion", "the landing" or "the intervention", naming no doer, stands against the one
// the text told did it (the reviewers of grenada-1983 and panama-1989: "Guyana's government
// also condemned the landing", "Ortega condemned the invasion", the diplomatic opposition to
// both, unread); not where the words name the act's own ("the invasion of Kuwait"), nor
// where no doer was told.
func TestCondemnedActsOfTheNineteenthSession(t *testing.T) {
	actors := append(session85Actors(), alliances.Actor{ID: "panama", Name: "Panama", Kind: "state"},
		alliances.Actor{ID: "peru", Name: "Peru", Kind: "state"}, alliances.Actor{ID: "kuwait", Name: "Kuwait", Kind: "state"})
	told := "On 20 December 1989 the United States invaded Panama with twenty thousand troops and overthrew Manuel Noriega.\n\n"
	pad := " This sentence only makes the paragraph long enough to count as one of the body."
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"the invasion", told + "On 21 December 1989 Cuba condemned the invasion." + pad, true},
		{"the intervention, another word for the act", told + "On 21 December 1989 Peru deplored the intervention." + pad, true},
		{"its own words", told + "On 21 December 1989 Cuba condemned the invasion of Kuwait." + pad, false},
		{"no doer told", "On 21 December 1989 Cuba condemned the invasion." + pad, false},
	} {
		ps := read85(t, actors, "1989-12-22", c.text)
		_, cuba := tieOf(ps, "cuba opposition united-states")
		_, peru := tieOf(ps, "peru opposition united-states")
		if (cuba || peru) != c.want {
			t.Errorf("%s: proposed %v, want a stance against the United States: %v", c.name, ps, c.want)
		}
	}
}

// TestSecondThoughtsOfTheNineteenthSession: the misreadings a second fresh-eyes reviewer
// found in the session's readings, given its diff and asked to break it, each mended: a
// surname that ends in "s" ("the Santos government") was taken over by a new plural actor;
// a condemnation of "the intervention" stood against the last invader though it was the
// condemner's own state, and one of "the occupation" against another act's doer; a
// number after "Group" was made no year ("the Contact Group 1994 map"); a real year after
// "by" in a log was read as an hour; a day and month with "until", "would" or "will" was
// put in the year before; refusals "into" a war ("did not hesitate to throw its army
// into"), one's own verb after a request ("urged Kabila to disarm the militias and backed
// the RCD"), a ruler's peoples ("Kabila's Zimbabweans and Angolans", "Castro's Cubans"),
// states joined by dashes ("Angola - Zimbabwe - Namibia"), a wrapped line opening on
// "1993 / 94", a post after a denial's "that", a charter plane, protests among rallies,
// hostages in a relative clause on the collective and a passive in a relative clause
// ("which had been attacked and invaded by the MFDC") dropped or turned ties.
func TestSecondThoughtsOfTheNineteenthSession(t *testing.T) {
	actors := append(session85Actors(),
		alliances.Actor{ID: "santos", Name: "Juan Manuel Santos", Aliases: []string{"Santos"}, Kind: "individual"},
		alliances.Actor{ID: "farc", Name: "FARC", Aliases: []string{"the FARC"}, Kind: "armed-group"},
		alliances.Actor{ID: "uribe", Name: "Alvaro Uribe", Aliases: []string{"Uribe"}, Kind: "individual"},
		alliances.Actor{ID: "iraq", Name: "Iraq", Kind: "state"}, alliances.Actor{ID: "kuwait", Name: "Kuwait", Kind: "state"},
		alliances.Actor{ID: "saddam", Name: "Saddam Hussein", Kind: "individual"},
		alliances.Actor{ID: "vietnam", Name: "Vietnam", Kind: "state"}, alliances.Actor{ID: "cambodia", Name: "Cambodia", Kind: "state"},
		alliances.Actor{ID: "china", Name: "China", Kind: "state"}, alliances.Actor{ID: "kr", Name: "Khmer Rouge", Aliases: []string{"the Khmer Rouge"}, Kind: "armed-group"},
		alliances.Actor{ID: "rs", Name: "Republika Srpska", Aliases: []string{"Pale"}, Kind: "armed-group"},
		alliances.Actor{ID: "fry", Name: "Federal Republic of Yugoslavia", Aliases: []string{"Yugoslavia"}, Kind: "state"},
		alliances.Actor{ID: "barrow", Name: "Adama Barrow", Aliases: []string{"Barrow"}, Kind: "individual"},
		alliances.Actor{ID: "ecomig", Name: "ECOMIG", Kind: "armed-group"},
		alliances.Actor{ID: "kampala", Name: "Uganda", Aliases: []string{"Kampala"}, Kind: "state"},
		alliances.Actor{ID: "lra", Name: "Lord's Resistance Army", Aliases: []string{"LRA", "the LRA"}, Kind: "armed-group"},
		alliances.Actor{ID: "kagame", Name: "Paul Kagame", Aliases: []string{"Kagame"}, Kind: "individual"},
		alliances.Actor{ID: "kabila", Name: "Laurent Kabila", Aliases: []string{"Kabila"}, Kind: "individual"},
		alliances.Actor{ID: "rcd", Name: "RCD", Aliases: []string{"the RCD"}, Kind: "armed-group"},
		alliances.Actor{ID: "zimbabwe", Name: "Zimbabwe", Aliases: []string{"Zimbabweans"}, Kind: "state"},
		alliances.Actor{ID: "angola", Name: "Angola", Aliases: []string{"Angolans"}, Kind: "state"},
		alliances.Actor{ID: "namibia", Name: "Namibia", Kind: "state"},
		alliances.Actor{ID: "castro", Name: "Fidel Castro", Aliases: []string{"Castro"}, Kind: "individual"},
		alliances.Actor{ID: "unita", Name: "UNITA", Kind: "armed-group"},
		alliances.Actor{ID: "croatia", Name: "Croatia", Aliases: []string{"Zagreb"}, Kind: "state"},
		alliances.Actor{ID: "hvo", Name: "Croatian Defence Council", Aliases: []string{"the HVO"}, Kind: "militia"},
		alliances.Actor{ID: "arbih", Name: "Army of the Republic of Bosnia and Herzegovina", Aliases: []string{"the Bosnian army"}, Kind: "state-organ"},
		alliances.Actor{ID: "sirleaf", Name: "Ellen Johnson Sirleaf", Kind: "individual"},
		alliances.Actor{ID: "shabaab", Name: "al-Shabaab", Kind: "armed-group"},
		alliances.Actor{ID: "dpr", Name: "DPR", Aliases: []string{"the DPR"}, Kind: "armed-group"},
		alliances.Actor{ID: "west", Name: "Western governments", Kind: "category"},
		alliances.Actor{ID: "france", Name: "France", Kind: "state"},
		alliances.Actor{ID: "houthis", Name: "Houthis", Aliases: []string{"the Houthis"}, Kind: "armed-group"},
		alliances.Actor{ID: "gambia", Name: "Gambia", Aliases: []string{"the Gambia"}, Kind: "state"})
	pad := " This sentence only makes the paragraph long enough to count as one of the body, as the reader wants."
	for _, c := range []struct {
		name, date, text string
		want, refused    []string
	}{
		{"one's own state's act", "1991-12-01", "On 2 August 1990 Iraq invaded Kuwait." + pad + "\n\nIn January 1991 the United States attacked Iraq." + pad + "\n\nIn January 1991 Saddam Hussein denounced the intervention." + pad,
			nil, []string{"saddam opposition iraq"}},
		{"another act's doer", "1979-12-01", "On 25 December 1978 Vietnam invaded Cambodia." + pad + "\n\nIn February 1979 China invaded Vietnam." + pad + "\n\nIn March 1979 the Khmer Rouge still denounced the occupation." + pad,
			nil, []string{"kr opposition china"}},
		{"a ruler's peoples", "1999-01-01", "In 1998 Kabila's Zimbabweans and Angolans fought the RCD at Kinshasa." + pad,
			[]string{"zimbabwe hostility rcd", "angola hostility rcd"}, nil},
		{"states joined by dashes", "1999-01-01", "In 1998 Angola - Zimbabwe - Namibia sent troops to Kabila." + pad,
			[]string{"angola support kabila", "zimbabwe support kabila"}, nil},
		{"one's own verb after a request", "1999-01-01", "In 1998 Kagame urged Kabila to disarm the militias and backed the RCD." + pad,
			[]string{"kagame support rcd"}, nil},
		{"no refusal into a war", "2010-01-01", "In 2009 Kampala did not hesitate to throw its forces into a war against the LRA." + pad,
			[]string{"kampala hostility lra"}, nil},
		{"a post after a denial's that", "2017-01-01", "In 2016 Jammeh denied that the chairman of ECOWAS, Ellen Johnson Sirleaf, could judge the vote." + pad,
			[]string{"sirleaf membership ecowas"}, nil},
		{"a charter plane", "2011-01-01", "In 2010 al-Shabaab fired on a UN charter plane at Mogadishu." + pad,
			[]string{"shabaab hostility un"}, nil},
		{"protests among rallies", "2015-01-01", "In 2014 Moscow funded the rallies and protests the DPR staged." + pad,
			[]string{"russia support dpr"}, nil},
		{"hostages in a relative clause", "2016-01-01", "In 2015 Western governments whose citizens were held as hostages, notably France and Britain, condemned the Houthis." + pad,
			[]string{"west opposition houthis", "france opposition houthis"}, nil},
		{"a passive in a relative clause", "2017-01-01", "In 2016 ECOWAS sent troops to the Gambia, which had been attacked and invaded by the MFDC." + pad,
			nil, []string{"gambia hostility mfdc"}},
		{"a wrapped line opening on years", "1996-01-01", "The war in central Bosnia turned in the winter of\n1993 / 94 when Zagreb armed and paid the HVO\nwhich fought the Bosnian army at Vitez and Mostar for many months." + pad,
			[]string{"hvo hostility arbih"}, nil},
	} {
		var got []string
		for _, p := range read85(t, actors, c.date, "A title\n\n"+c.text) {
			got = append(got, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object)
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: proposed %q, want %q", c.name, got, w)
			}
		}
		for _, r := range c.refused {
			if slices.Contains(got, r) {
				t.Errorf("%s: proposed %q, want no %q", c.name, got, r)
			}
		}
	}
	// As a new case: "the Santos government" is no plural of a surname, whose singular the
	// text never writes.
	_, _, finds := discover("In 2010 Juan Manuel Santos won the presidency of Colombia. In 2012 the Santos government opened talks with the FARC in Havana.\n\n" +
		"In 2014 Alvaro Uribe attacked the Santos peace process, and Santos met the FARC's leaders in Havana." + pad)
	if got := kindsAndAliases(finds); strings.HasPrefix(got["Santos"], "other") {
		t.Errorf("found %v, want no new actor of \"the Santos government\"", got)
	}
	for _, c := range []struct{ name, date, text, tie, want string }{
		{"a number after Group", "1995-01-01", "Talks went on through the spring of 1993. Yugoslavia broke with Pale over the Contact Group 1994 map." + pad, "fry opposition rs", "1994"},
		{"a year after by, in a log", "2011-04-12", "Duty log, sector west\n12 April 2011\n\n0915 Heavy gunfire near the hotel.\n\n1130 The mercenaries crossed at Toulepleu. By 2003 ECOMIG had fought the Houthis in the west.\n\n1400 Patrols stay in base.\n\n1600 Patrols stay in base again.\n", "ecomig hostility houthis", "/2003"},
		{"a day to come under a day line", "1991-07-08", "Log of intercepted traffic\n8 July 1991\n\nPeriod: the summer of 1991. Distribution: staff only.\n\n30.06.91 SUN\n\n0930 / monitoring, Radio Zagreb\nThe troika will hold talks with Kucan on 7 July at Brioni.\n\n1130 / tel. line / unknown\nThe JNA fought the Territorials at Holmec.\n\n1400 / tel. OKO > PLANINA\nThe JNA fought the Territorials at Trzin again.\n", "troika negotiation kucan", "1991-07-07"},
		{"until a day to come", "2017-01-24", "In January 2017 the crisis came to its end.\n\nECOWAS has mandated ECOMIG to support Barrow until 13 December, the day the mission must report." + pad, "ecomig support barrow", "2017-12-13"},
	} {
		text := c.text
		if !strings.Contains(text, "\n") {
			text = "A title\n\n" + text
		}
		ps := read85(t, actors, c.date, text)
		if p, ok := tieOf(ps, c.tie); !ok || !strings.HasPrefix(p.Tie.Valid.String(), c.want) {
			t.Errorf("%s: proposed %v, want %s dated %s", c.name, ps, c.tie, c.want)
		}
	}
}

// TestFormerPostsOfTheNineteenthSession: a post named "former" after the man ("John Mahama,
// a former president of Ghana") was held before the sentence's time, not at it (the
// reviewer of gambia-2017: Ghana given two presidents in January 2017).
func TestFormerPostsOfTheNineteenthSession(t *testing.T) {
	actors := []alliances.Actor{
		{ID: "mahama", Name: "John Mahama", Aliases: []string{"Mahama"}, Kind: "individual"},
		{ID: "ghana", Name: "Ghana", Kind: "state"},
		{ID: "ecowas", Name: "ECOWAS", Kind: "international-organization"},
	}
	ps := read85(t, actors, "2017-01-24", "In January 2017 John Mahama, a former president of Ghana, spoke for ECOWAS at Banjul. This sentence only makes the paragraph long enough to count as one of the body.")
	if p, ok := tieOf(ps, "mahama membership ghana"); !ok || !strings.HasPrefix(p.Tie.Valid.String(), "/") {
		t.Errorf("proposed %v, want Mahama's presidency held before January 2017", ps)
	}
}
