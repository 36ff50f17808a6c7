package extract_test

// The forms a new case reads worse than a case that knows its actors, found by comparing
// the two readings of the reports tuned on and reviewed (testdata/reports): a party's
// split named by a qualifier in parentheses, ...

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

// TestDiscoverAQualifiedPartysName: a party's name with a qualifier in parentheses is the
// name of one party, apart from the others of its stem ("the Communist Party of Nepal
// (Maoist)" and "(Unified Marxist-Leninist)", the Nepal report's ¶2 and ¶9; "the Nepali
// Congress (Democratic)", ¶9; "Hezb-e Islami (Khalis)", the Soviet-Afghan report's ¶43).
// Not an abbreviation, a place, or the name in another tongue ("the Supervisory Council of
// the North (Shura-e Nazar)", its ¶10), which qualify nothing.
func TestDiscoverAQualifiedPartysName(t *testing.T) {
	text := "The Communist Party of Nepal (Maoist) launched a war on the state in 1996. " +
		"In 2005 the Nepali Congress (Democratic) and the Communist Party of Nepal (Unified Marxist-Leninist) formed an alliance. " +
		"In 1980 Hezb-e Islami (Khalis) fought in Nangarhar, and Massoud founded the Supervisory Council of the North (Shura-e Nazar). " +
		"The Movement for Unity and Jihad in West Africa (MUJAO) held Gao, and the Popular Front (Mali) was formed.\n\n" +
		"A second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, want := range []string{"Communist Party of Nepal (Maoist)", "Communist Party of Nepal (Unified Marxist-Leninist)",
		"Nepali Congress (Democratic)", "Hezb-e Islami (Khalis)", "Supervisory Council of the North", "Movement for Unity and Jihad in West Africa", "Popular Front"} {
		if !slices.Contains(names, want) {
			t.Errorf("%q not found; found %q", want, names)
		}
	}
	for _, refused := range []string{"Communist Party of Nepal", "Supervisory Council of the North (Shura-e Nazar)", "Popular Front (Mali)"} {
		if slices.Contains(names, refused) {
			t.Errorf("%q found; want the qualified names only", refused)
		}
	}
}

// TestDiscoverAPersonByHisKin: one name after a noun of kin and a possessive is a
// person's, where the text names him so again ("Said bin Taimur was deposed by his son
// Qaboos", the Dhofar report's ¶7; "Birendra's brother Gyanendra took the throne", the
// Nepal report's ¶5); not a name written once ("His brother Ahmed went to Paris"), nor a
// place ("her sister Kabul").
func TestDiscoverAPersonByHisKin(t *testing.T) {
	text := "On 23 July 1970 Said bin Taimur was deposed by his son Qaboos. Qaboos moved fast. " +
		"In 2001 Birendra's brother Gyanendra took the throne, and Gyanendra sacked Deuba in 2002. " +
		"His brother Ahmed went to Paris, and her sister Kabul was taken twice; Kabul fell.\n\n" +
		"A second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	if people, want := kindFound(finds, "individual"), []string{"Gyanendra", "Qaboos", "Said bin Taimur"}; !slices.Equal(people, want) {
		t.Errorf("people found %q, want %q", people, want)
	}
}

// TestABodysNounAfterItsName: a body's noun right after its name is the name's, so that
// what stands beside the whole is read as of the body ("the Inter-Services Intelligence
// directorate, Pakistan's military spy agency, trained and armed the first JKLF groups",
// the Kashmir report's ¶2, read as a new case).
func TestABodysNounAfterItsName(t *testing.T) {
	got := readNew(t, "In 1988 the Inter-Services Intelligence directorate, Pakistan's military spy agency, trained and armed the Jammu Kashmir Liberation Front in camps. "+
		"This sentence only makes the paragraph long enough to count as one of the body.")
	for _, want := range []string{"inter-services-intelligence membership pakistan", "inter-services-intelligence support jammu-kashmir-liberation-front"} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, want) }) {
			t.Errorf("%q not read; read %q", want, got)
		}
	}
}

// TestDiscoverAUnitByItsOwnersPossessive: one name after the possessive of an
// organization the reader knows, an abbreviation a new case found included, is a unit's,
// and of that organization ("two youth militias, the MRND's Interahamwe and the CDR's
// Impuzamugambi", the Rwanda report's ¶7); not a name written once ("the MRND's Kagame"),
// nor the first word of a longer name ("Darfur's Justice and Equality Movement").
func TestDiscoverAUnitByItsOwnersPossessive(t *testing.T) {
	text := "The single party, the MRND, ruled Rwanda, and the CDR stood to its right. In 1992 two youth militias, the MRND's Interahamwe and the CDR's Impuzamugambi, were formed. " +
		"In 1994 the Interahamwe and the Impuzamugambi killed thousands, and the MRND's Kagame, a refugee, fled. The MRND and the CDR said so.\n\n" +
		"In 2003 Chad let Darfur's Justice and Equality Movement use its land, and the Justice and Equality Movement thanked it."
	_, _, finds := discover(text)
	if units, want := kindFound(finds, "armed-group"), []string{"Impuzamugambi", "Interahamwe", "Justice and Equality Movement"}; !slices.Equal(units, want) {
		t.Errorf("groups found %q, want %q", units, want)
	}
	got := readNew(t, text)
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "interahamwe membership mrnd") }) {
		t.Errorf("the Interahamwe is not read as the MRND's; read %q", got)
	}
}

// TestTwoPostsAcrossAComma: a post right after another's name and a comma is the next
// name's own, not a name that tells its state ("at the request of President Habyarimana,
// President Mitterrand ordered two companies to Kigali", the Rwanda report's ¶4).
func TestTwoPostsAcrossAComma(t *testing.T) {
	got := readNew(t, "On 4 October 1990, at the request of President Habyarimana, President Mitterrand ordered two companies to Kigali. "+
		"France and Rwanda agreed, and this sentence makes the paragraph long enough to count as one of the body.")
	for _, want := range []string{"habyarimana membership rwanda", "mitterrand membership france"} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, want) }) {
			t.Errorf("%q not read; read %q", want, got)
		}
	}
}

// TestTransliteratedPartiesAndTheirClergy: the words that open the names of parties and
// councils in Persian and Urdu ("Ittehad-e Islami", "Shura-e Ittefaq", "Sazman-e Nasr",
// "Junbish-i Milli"), and a leader named after "of" and a learned or clerical title ("of
// Professor Burhanuddin Rabbani", "of Maulvi Mohammad Nabi Mohammadi": the Soviet-Afghan
// report's ¶14 and ¶17), read as a new case.
func TestTransliteratedPartiesAndTheirClergy(t *testing.T) {
	text := "In 1980 Ittehad-e Islami fought the Soviets, and Shura-e Ittefaq held the Hazarajat against Sazman-e Nasr. In 1992 Junbish-i Milli took Mazar. The Shura met.\n\n" +
		"In 1981 Jamiat-e Islami of Professor Burhanuddin Rabbani fought in the north, and Harakat-e Inqilab-e Islami of Maulvi Mohammad Nabi Mohammadi fought in the south."
	_, _, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, want := range []string{"Ittehad-e Islami", "Shura-e Ittefaq", "Sazman-e Nasr", "Junbish-i Milli"} {
		if !slices.Contains(names, want) {
			t.Errorf("%q not found; found %q", want, names)
		}
	}
	if slices.Contains(names, "Shura") {
		t.Errorf("the council's noun alone found as a name: %q", names)
	}
	got := readNew(t, text)
	for _, want := range []string{"burhanuddin-rabbani membership jamiat-e-islami", "mohammad-nabi-mohammadi membership harakat-e-inqilab-e-islami"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q not read; read %q", want, got)
		}
	}
}

// TestAFindingAgainstAClaim: what a court or a writer is not persuaded of, or finds no
// evidence of, is no tie ("the Court is not persuaded that the Sudan gave the DRC
// military support", the court's findings' ¶46); the claim a party contends stays
// alleged.
func TestAFindingAgainstAClaim(t *testing.T) {
	checkForms(t, greatLakesActors(), []formCase{
		{"not persuaded that", "In 1999 the Court is not persuaded that the Sudan gave the DRC military support.", nil, []string{"sudan support drc"}},
		{"no evidence that", "In 1999 there is no evidence that Angola armed the FDD.", nil, []string{"angola support fdd"}},
		{"a control: persuaded", "In 1999 the Court is persuaded that Angola armed the FDD.", []string{"angola support fdd"}, nil},
	})
}

// TestAFacilitatorMediates: a facilitator or a co-mediator of talks between two is their
// mediator, as a mediator is ("Tanzania acted as facilitator with the Organisation of
// African Unity as co-mediator", the Rwanda report's ¶9).
func TestAFacilitatorMediates(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"In 2002 Norway acted as facilitator between the government of Sri Lanka and the Liberation Tigers of Tamil Eelam.", "norway mediation sri-lanka"},
		{"In 1992 Tanzania was co-mediator of the talks between Rwanda and the Rwandan Patriotic Front in Arusha.", "tanzania mediation rwanda"},
	} {
		if got := readNew(t, c.text+" This sentence only makes the paragraph long enough to count as one of the body."); !slices.Contains(got, c.want) {
			t.Errorf("%q: read %q, want %q", c.text, got, c.want)
		}
	}
}

// TestTheDocumentsPresent: a tie the text tells as going on ("continues to supply", "is
// still", "remains") holds up to the document's date, not in the year the paragraph or
// the text named before (the embassy cable's follow-up, written in the present); a
// quotation's present is its speaker's, and the past keeps the paragraph's year.
func TestTheDocumentsPresent(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"In 2014 the Taliban fought Pakistan in the north. Iran continues to supply the Taliban with arms, officials say.", "iran support taliban /2021-09-09"},
		{"In 2014 the Taliban fought Pakistan in the north. Iran is still supplying the Taliban with arms, officials say.", "iran support taliban /2021-09-09"},
		{"In 2014 the Taliban fought Pakistan in the north. Iran supplied the Taliban with arms, officials say.", "iran support taliban 2014~"},
		{"In 2014 the Taliban fought Pakistan in the north. A diplomat said that \"Iran continues to supply the Taliban with arms\".", "iran support taliban 2014~"},
	} {
		if got := timedTies(t, c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: read %q, want %q", c.text, got, c.want)
		}
	}
}

// TestThePartyInCapitals: "the Party", where the case calls an actor so, is that actor,
// whatever was named before (the Malayan memoir's "the Party", the MCP); "the party" in
// small letters is still the one named before.
func TestThePartyInCapitals(t *testing.T) {
	actors := []alliances.Actor{
		{ID: "mcp", Name: "Malayan Communist Party", Aliases: []string{"the Party"}, Kind: "party"},
		{ID: "umno", Name: "United Malays National Organisation", Aliases: []string{"UMNO"}, Kind: "party"},
		{ID: "united-kingdom", Name: "United Kingdom", Aliases: []string{"Britain", "the British"}, Kind: "state"},
	}
	checkForms(t, actors, []formCase{
		{"the Party", "In 1950 UMNO met in Johore. That year the Party attacked the British in Pahang.", []string{"mcp hostility united-kingdom"}, []string{"umno hostility united-kingdom"}},
		{"the party", "In 1950 UMNO met in Johore. That year the party opposed the British in Pahang.", []string{"umno opposition united-kingdom"}, []string{"mcp opposition united-kingdom"}},
	})
}

// TestATranscriptsTurns: a question states no tie ("Was NATO coordinating with the
// KLA?", the Kosovo hearing's ¶13), and a speaker's label is no party, nor the one a
// pronoun after it stands for ("AMBASSADOR CARWOOD: ... He has received Western aid",
// its ¶24).
func TestATranscriptsTurns(t *testing.T) {
	actors := []alliances.Actor{
		{ID: "nato", Name: "North Atlantic Treaty Organization", Aliases: []string{"NATO"}, Kind: "international-organization"},
		{ID: "kla", Name: "Kosovo Liberation Army", Aliases: []string{"KLA"}, Kind: "armed-group"},
		{ID: "carwood", Name: "Helen Carwood", Aliases: []string{"Carwood"}, Kind: "individual"},
		{ID: "djukanovic", Name: "Milo Đukanović", Aliases: []string{"Đukanović"}, Kind: "individual"},
		{ID: "united-states", Name: "United States", Kind: "state"},
	}
	checkForms(t, actors, []formCase{
		{"a question", "SENATOR LOWRY: In 1999, was NATO coordinating with the KLA on the ground?", nil, []string{"nato cooperation kla", "kla cooperation nato"}},
		{"an answer", "GENERAL REDDICK: In 1999 NATO was coordinating with the KLA on the ground.", []string{"nato cooperation kla"}, nil},
		{"a speaker's label", "AMBASSADOR CARWOOD: In 1999 Đukanović broke with Belgrade. He has received aid from the United States for it.",
			[]string{"united-states support djukanovic"}, []string{"united-states support carwood", "carwood membership united-states"}},
	})
}

// TestStatesInFactAndOfThePast: Malaya, and the states in fact that few or none
// recognise, are states a new case finds, with their peoples' words ("Abkhaz forces
// took Sukhumi", the Abkhazia chronology's ¶25); and the object of a clause that ", and"
// closes is no item of the next clause's subject ("took Sukhumi from Georgia, and Russia
// armed Abkhazia": Russia alone armed it).
func TestStatesInFactAndOfThePast(t *testing.T) {
	got := readNew(t, "In 1993 Abkhaz forces took Sukhumi from Georgia, and Russia armed Abkhazia. In 1950 the Malayan Communist Party attacked Malaya, and South Ossetia and Transnistria watched.")
	for _, want := range []string{"abkhazia hostility georgia", "russia support abkhazia", "malayan-communist-party hostility malaya"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q not read; read %q", want, got)
		}
	}
	if slices.Contains(got, "georgia support abkhazia") {
		t.Errorf("the clause before's object read as one who armed Abkhazia: %q", got)
	}
}

// TestWoundedAsANoun: a participle after a noun and before "and" names people ("have
// taken in guerrilla wounded and several thousand children", the Greek estimate's ¶15);
// two verbs joined by "and" still tell acts.
func TestWoundedAsANoun(t *testing.T) {
	actors := []alliances.Actor{{ID: "romania", Name: "Romania", Kind: "state"}, {ID: "poland", Name: "Poland", Aliases: []string{"Polish"}, Kind: "state"},
		{ID: "dse", Name: "Democratic Army of Greece", Aliases: []string{"DSE", "the guerrillas"}, Kind: "armed-group"}}
	checkForms(t, actors, []formCase{
		{"a noun", "In 1948 Romania and Poland have taken in guerrilla wounded and several thousand children from the DSE.", nil,
			[]string{"romania hostility poland", "poland hostility romania", "romania hostility dse"}},
		{"two verbs", "In 1948 Romania wounded and killed Polish soldiers.", []string{"romania hostility poland"}, nil},
	})
}

// TestAChronologysEntryDate: the date a chronology's entry opens on, before a dash or a
// colon, dates the entry's sentences that give none ("16 September 1993 - Abkhaz forces
// ... Tbilisi accuses Moscow ...", the Abkhazia chronology's ¶25), not the year alone.
func TestAChronologysEntryDate(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"16 September 1993 - The Taliban attacked Pakistan near the border. Iran condemned the Taliban the same week.", "iran opposition taliban 1993-09-16"},
		{"Spring 1993: The Taliban attacked Pakistan near the border. Iran condemned the Taliban the same week.", "iran opposition taliban 1993-21"},
		{"In 1993 the Taliban attacked Pakistan near the border. Iran condemned the Taliban the same week.", "iran opposition taliban 1993~"},
	} {
		if got := timedTies(t, c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: read %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAShortChronologyEntry: a chronology's entry is a paragraph of the body however
// short ("27 September 1993 - Sukhumi falls to Abkhaz forces.", as the Abkhazia
// chronology's reviewer found a short entry dropped and the numbering moved); a short
// line without a date is still no paragraph.
func TestAShortChronologyEntry(t *testing.T) {
	text := "This chronology follows the war in Abkhazia from its start to its end, with what each side did.\n\n" +
		"27 September 1993 - Sukhumi falls to Abkhaz forces.\n\nSukhumi falls to Abkhaz forces.\n\n" +
		"12 October 1993 - Abkhaz forces attacked Georgia near the Inguri river, and the Georgian army withdrew."
	d := extract.Read("r.txt", text, extract.DefaultRules())
	var starts []string
	for _, p := range d.Paragraphs {
		starts = append(starts, strings.Fields(d.Text[p.Start:p.End])[0])
	}
	if want := []string{"This", "27", "12"}; !slices.Equal(starts, want) {
		t.Errorf("paragraphs open on %q, want %q", starts, want)
	}
}

// TestFireOn: to fire on or at another, in any tense, is hostility ("Russian helicopters
// reportedly fire on Georgian positions", the Abkhazia chronology's ¶22).
func TestFireOn(t *testing.T) {
	actors := []alliances.Actor{{ID: "russia", Name: "Russia", Aliases: []string{"Russian"}, Kind: "state"}, {ID: "georgia", Name: "Georgia", Aliases: []string{"Georgian"}, Kind: "state"}}
	checkForms(t, actors, []formCase{
		{"fire on", "In 1993 Russian helicopters fire on Georgian positions near Sukhumi.", []string{"russia hostility georgia"}, nil},
		{"firing at", "In 1993 Russian gunners were firing at Georgia from the hills.", []string{"russia hostility georgia"}, nil},
	})
}

// TestNoneButOneAndADefender: "no" a noun as the subject, past an aside naming one of
// them, states no tie ("no state, the USSR included, has recognised" the Provisional
// Government, the Greek estimate's ¶6); a defender or a champion after a possessive is
// the copula's subject's support ("Moscow was Belgrade's loudest defender", the Kosovo
// hearing's ¶15).
func TestNoneButOneAndADefender(t *testing.T) {
	actors := []alliances.Actor{{ID: "russia", Name: "Russia", Aliases: []string{"Moscow", "the USSR"}, Kind: "state"},
		{ID: "serbia", Name: "Serbia", Aliases: []string{"Belgrade"}, Kind: "state"}, {ID: "abkhazia", Name: "Abkhazia", Kind: "state"}}
	checkForms(t, actors, []formCase{
		{"none, one included", "In 1948 no state, the USSR included, has recognised Abkhazia.", nil, []string{"russia support abkhazia"}},
		{"none, not even one", "In 1948 no government, not even Moscow, armed Abkhazia.", nil, []string{"russia support abkhazia"}},
		{"states, one included", "In 1948 several states, the USSR included, have recognised Abkhazia.", []string{"russia support abkhazia"}, nil},
		{"a defender", "In 1999 Moscow was Belgrade's loudest defender.", []string{"russia support serbia"}, nil},
	})
}

// TestGoingToMeetAndSeizingUpon: to go or agree "to meet" one named right after is a
// meeting ("In December 1955 the Tunku went to meet Chin Peng", the Malayan memoir's
// ¶15), not meeting obligations; to seize upon a thing is to make use of it, no capture
// ("Athens has seized upon as proof", the Greek estimate's ¶13).
func TestGoingToMeetAndSeizingUpon(t *testing.T) {
	actors := []alliances.Actor{{ID: "malaya", Name: "Malaya", Aliases: []string{"the Tunku"}, Kind: "state"},
		{ID: "mcp", Name: "Malayan Communist Party", Aliases: []string{"Chin Peng"}, Kind: "party"},
		{ID: "united-kingdom", Name: "United Kingdom", Aliases: []string{"Britain"}, Kind: "state"},
		{ID: "greece", Name: "Greece", Aliases: []string{"Athens"}, Kind: "state"}, {ID: "albania", Name: "Albania", Kind: "state"}}
	checkForms(t, actors, []formCase{
		{"went to meet", "In December 1955 the Tunku went to meet Chin Peng at Baling.", []string{"malaya negotiation mcp"}, nil},
		{"to meet obligations", "In 1957 Malaya was unable to meet its obligations to Britain.", nil, []string{"malaya negotiation united-kingdom"}},
		{"seized upon", "In 1948 Athens seized upon the report as proof against Albania.", nil, []string{"greece hostility albania"}},
		{"seized", "In 1948 Albania seized a Greek border post from Athens.", []string{"albania hostility greece"}, nil},
	})
}

// TestHelpThatCameFrom: a possessor's help that came from others is theirs to it ("The
// DSE's foreign support has come chiefly from Yugoslavia", the Greek estimate's ¶12),
// not the possessor's to them; men who came from a land still came from a place.
func TestHelpThatCameFrom(t *testing.T) {
	actors := []alliances.Actor{{ID: "dse", Name: "Democratic Army of Greece", Aliases: []string{"DSE"}, Kind: "armed-group"},
		{ID: "yugoslavia", Name: "Yugoslavia", Kind: "state"}, {ID: "albania", Name: "Albania", Kind: "state"}}
	checkForms(t, actors, []formCase{
		{"support has come from", "In 1948 the DSE's foreign support has come chiefly from Yugoslavia.", []string{"yugoslavia support dse"}, []string{"dse support yugoslavia"}},
		{"arms came from a list", "In 1948 the DSE's arms came from Yugoslavia and Albania.", []string{"yugoslavia support dse", "albania support dse"}, nil},
		{"fighters came from", "In 1948 the DSE's fighters came from Yugoslavia.", nil, []string{"yugoslavia support dse"}},
	})
}

// TestALiveBlogsEntries: a live blog's entries, newest first, open on a day and a month
// with no year ("13 August, 21:40 GMT - ..."): each is of the document's year (the
// Lebanon live blog's dates were of 1978 and 2004, the years its background named last),
// the year before where the day falls after the document's; a body named after a date
// ("the March 14 alliance") names no time.
func TestALiveBlogsEntries(t *testing.T) {
	text := "9 September, 08:05 GMT - The Taliban attacked Pakistan near the border, officials say.\n\n" +
		"8 September, 21:40 GMT - Iran condemned the Taliban. Its fighters had first crossed the border in 1978.\n\n" +
		"30 December - Iran armed the Taliban, officials in the region say, and the March 14 alliance condemned it."
	got := timedTies(t, text)
	for _, want := range []string{"taliban hostility pakistan 2021-09-09", "iran opposition taliban 2021-09-08", "iran support taliban 2020-12-30"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q not read; read %q", want, got)
		}
	}
	named := timedTies(t, "In 2005 the Taliban attacked Pakistan near the border, as the report on the region says.\n\nIran armed the Taliban, the March 14 alliance says, and officials in the region agree.")
	if want := "iran support taliban 2005~"; !slices.Contains(named, want) {
		t.Errorf("after the March 14 alliance: read %q, want %q", named, want)
	}
}

// TestOverthrownByAndArmedFrom: one overthrown, deposed or toppled by another is its
// foe's target ("Papadopoulos was himself overthrown by Brigadier Dimitrios Ioannidis",
// the Cyprus column's ¶6), and help "from" a giver after a passive is the giver's ("the
// TMT ... had been armed from Turkey", "EOKA-B was financed from Athens", its ¶5 and ¶7).
func TestOverthrownByAndArmedFrom(t *testing.T) {
	actors := []alliances.Actor{{ID: "turkey", Name: "Turkey", Kind: "state"}, {ID: "greece", Name: "Greece", Aliases: []string{"Athens"}, Kind: "state"},
		{ID: "tmt", Name: "Turkish Resistance Organisation", Aliases: []string{"TMT"}, Kind: "armed-group"},
		{ID: "eoka-b", Name: "EOKA-B", Kind: "armed-group"},
		{ID: "papadopoulos", Name: "Georgios Papadopoulos", Aliases: []string{"Papadopoulos"}, Kind: "individual"},
		{ID: "ioannidis", Name: "Dimitrios Ioannidis", Aliases: []string{"Ioannidis"}, Kind: "individual"}}
	checkForms(t, actors, []formCase{
		{"overthrown by", "In 1973 Papadopoulos was himself overthrown by Ioannidis.", []string{"ioannidis hostility papadopoulos"}, nil},
		{"armed from", "In 1958 the TMT had been armed from Turkey.", []string{"turkey support tmt"}, nil},
		{"financed from", "In 1971 EOKA-B was financed from Athens.", []string{"greece support eoka-b"}, nil},
	})
}

// TestARegnalNumber: an archbishop's title is no part of his name, and a name that ends in
// a regnal number is known by the name before it where the text writes it alone
// ("Archbishop Makarios III ... Makarios", the Cyprus column's ¶2: a new case had taken
// "III" for his short name).
func TestARegnalNumber(t *testing.T) {
	text := "In 1974 Archbishop Makarios III fled Cyprus, and the junta hunted Makarios.\n\nIn December 1974 Britain flew Makarios home, and Makarios thanked Britain."
	_, _, finds := discover(text)
	var aliases []string
	for _, f := range finds {
		if f.Actor.Name == "Makarios III" {
			aliases = f.Actor.Aliases
		}
	}
	if !slices.Contains(aliases, "Makarios") {
		t.Errorf("Makarios III found with aliases %q (found: %v), want \"Makarios\" among them", aliases, kindFound(finds, "individual"))
	}
}

// TestACompoundDemonym: a state's people's word before another's ("Greek Cypriot
// irregulars", "Turkish Cypriot villages", the Cyprus column's ¶3 and ¶5) is no mention
// of the first state; a capital before a demonym still is ("sold Mogadishu Soviet-made
// spare parts", the Ogaden report's ¶7).
func TestACompoundDemonym(t *testing.T) {
	states := []alliances.Actor{{ID: "greece", Name: "Greece", Kind: "state"}, {ID: "turkey", Name: "Turkey", Kind: "state"}, {ID: "cyprus", Name: "Cyprus", Kind: "state"}}
	checkForms(t, states, []formCase{
		{"the Greek Cypriot leadership", "In 1964 the Greek Cypriot leadership rejected the plan of Turkey.", nil, []string{"greece opposition turkey"}},
		{"Greek Cypriot police", "In 1963 Greek Cypriot police fought Turkish Cypriot fighters in Nicosia.", nil, []string{"greece hostility cyprus", "greece hostility turkey"}},
	})
	var got []string
	got = readNew(t, "In 1977 Egypt sold Mogadishu Soviet-made spare parts and ammunition from its own stocks, as Somalia asked.")
	if !slices.Contains(got, "egypt support somalia") {
		t.Errorf("the capital before a demonym: read %q, want \"egypt support somalia\"", got)
	}
}

// TestAnAbbreviationBeforeAnAside: a name's abbreviation in brackets, then a comma, leaves
// the aside after it the name's ("Task Force Ranger (TFR), a US special operations
// force", "the Somali National Alliance (SNA), which Aidid had formed": the Somalia
// study's ¶19 and ¶10), as it is without the abbreviation.
func TestAnAbbreviationBeforeAnAside(t *testing.T) {
	actors := []alliances.Actor{{ID: "sna", Name: "Somali National Alliance", Aliases: []string{"SNA"}, Kind: "coalition"},
		{ID: "aidid", Name: "Mohamed Farah Aidid", Aliases: []string{"Aidid"}, Kind: "individual"},
		{ID: "united-nations", Name: "United Nations", Aliases: []string{"UN"}, Kind: "international-organization"},
		{ID: "tfr", Name: "Task Force Ranger", Aliases: []string{"TFR"}, Kind: "state-organ"},
		{ID: "united-states", Name: "United States", Aliases: []string{"US"}, Kind: "state"}}
	checkForms(t, actors, []formCase{
		{"which ... had formed", "In 1992 the Somali National Alliance (SNA), which Aidid had formed, attacked the UN.", []string{"aidid membership sna", "sna hostility united-nations"}, nil},
		{"a body of", "In 1993 Task Force Ranger (TFR), a US special operations force, attacked the SNA in Mogadishu.", []string{"tfr membership united-states", "tfr hostility sna"}, nil},
	})
}

// TestAJudgedAttack: one who condemns, or calls disproportionate, an attack on another is
// no attacker, nor the victim's foe ("Erdogan has called the bombing of Lebanon
// disproportionate", the Lebanon live blog's ¶9); one who condemns the attacker named in
// the possessive opposes the attacker.
func TestAJudgedAttack(t *testing.T) {
	actors := []alliances.Actor{{ID: "turkey", Name: "Turkey", Aliases: []string{"Erdogan"}, Kind: "state"},
		{ID: "lebanon", Name: "Lebanon", Kind: "state"}, {ID: "israel", Name: "Israel", Kind: "state"}}
	checkForms(t, actors, []formCase{
		{"called the bombing of", "In 2006 Erdogan called the bombing of Lebanon disproportionate.", nil, []string{"turkey hostility lebanon", "turkey opposition lebanon"}},
		{"condemned the bombing of", "In 2006 Turkey condemned the bombing of Lebanon.", nil, []string{"turkey hostility lebanon", "turkey opposition lebanon"}},
		{"condemned the attacker's bombing", "In 2006 Turkey condemned Israel's bombing of Lebanon.", []string{"turkey opposition israel", "israel hostility lebanon"}, []string{"turkey opposition lebanon"}},
		{"continued the bombing of", "In 2006 Israel continued the bombing of Lebanon.", []string{"israel hostility lebanon"}, nil},
	})
}

// timedTies reads a text as read does and returns its ties as "subject kind object valid".
func timedTies(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, p := range read(t, text) {
		out = append(out, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object+" "+p.Tie.Valid.String())
	}
	return out
}

// TestAStatesListAfterACoalition: the states listed after a coalition's or an
// international body's name and "of" are each its member ("The Contact Group of the
// United States, Russia, Britain, France, Germany and Italy", the Kosovo hearing's ¶5);
// not a person after "of", nor a list with another kind in it.
func TestAStatesListAfterACoalition(t *testing.T) {
	actors := []alliances.Actor{{ID: "contact-group", Name: "Contact Group", Kind: "coalition"},
		{ID: "united-states", Name: "United States", Kind: "state"}, {ID: "russia", Name: "Russia", Kind: "state"},
		{ID: "france", Name: "France", Kind: "state"}, {ID: "kla", Name: "Kosovo Liberation Army", Aliases: []string{"KLA"}, Kind: "armed-group"}}
	checkForms(t, actors, []formCase{
		{"the states of a group", "In 1998 the Contact Group of the United States, Russia and France issued a statement.",
			[]string{"united-states membership contact-group", "russia membership contact-group", "france membership contact-group"}, nil},
		{"a list with a group in it", "In 1998 the Contact Group of the United States, Russia and the KLA issued a statement.",
			nil, []string{"united-states membership contact-group", "kla membership contact-group"}},
	})
}
