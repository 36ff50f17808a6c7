package extract_test

import (
	"fmt"
	"strings"
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
		{ID: "republican-guard", Name: "Republican Guard", Aliases: []string{"RG"}, Kind: "state-organ"},
		{ID: "saddam", Name: "Saddam Hussein", Aliases: []string{"SH"}, Kind: "individual"},
		{ID: "hamas", Name: "Hamas", Kind: "armed-group"},
		{ID: "kdp", Name: "Kurdistan Democratic Party", Aliases: []string{"KDP"}, Kind: "party"},
		{ID: "puk", Name: "Patriotic Union of Kurdistan", Aliases: []string{"PUK"}, Kind: "party"},
		{ID: "kf", Name: "Kurdistan Front", Aliases: []string{"KF"}, Kind: "coalition"},
		{ID: "sciri", Name: "SCIRI", Kind: "party"},
		{ID: "iran", Name: "Iran", Kind: "state"},
		{ID: "tughma", Name: "Tughma", Aliases: []string{"the Tughma", "the new men", "Tughma forces"}, Kind: "armed-group"},
		{ID: "gaddafi", Name: "Muammar Gaddafi", Aliases: []string{"Colonel Gaddafi"}, Kind: "individual"},
		{ID: "embassy", Name: "British Embassy", Aliases: []string{"the Embassy", "HM Ambassador"}, Kind: "state-organ"},
		{ID: "al-attas", Name: "Haidar al-Attas", Aliases: []string{"al-Attas"}, Kind: "individual"},
		{ID: "ali-nasir", Name: "Ali Nasir Muhammad", Aliases: []string{"Ali Nasir"}, Kind: "individual"},
		{ID: "russia", Name: "Soviet Union", Aliases: []string{"Moscow"}, Kind: "state"},
		{ID: "al-beidh", Name: "Ali Salim al-Beidh", Aliases: []string{"Al-Beidh"}, Kind: "individual"},
		{ID: "libya", Name: "Libya", Kind: "state"},
		{ID: "plo", Name: "PLO", Aliases: []string{"the PLO"}, Kind: "armed-group"},
		{ID: "feith", Name: "Pieter Feith", Aliases: []string{"Feith"}, Kind: "individual"},
		{ID: "us", Name: "United States", Aliases: []string{"the US"}, Kind: "state"},
		{ID: "eu", Name: "European Union", Aliases: []string{"the EU"}, Kind: "international-organization"},
		{ID: "halimi", Name: "Riza Halimi", Aliases: []string{"Halimi"}, Kind: "individual"},
		{ID: "kostunica", Name: "Vojislav Kostunica", Aliases: []string{"Kostunica"}, Kind: "individual"},
		{ID: "yugoslavia", Name: "Yugoslavia", Aliases: []string{"Belgrade"}, Kind: "state"},
		{ID: "obiang", Name: "Teodoro Obiang", Aliases: []string{"Obiang"}, Kind: "individual"},
		{ID: "exile-government", Name: "government in exile", Aliases: []string{"the Madrid government in exile"}, Kind: "other"},
		{ID: "mugabe", Name: "Robert Mugabe", Aliases: []string{"Mugabe"}, Kind: "individual"},
		{ID: "mann", Name: "Simon Mann", Aliases: []string{"Mann"}, Kind: "individual"},
		{ID: "du-toit", Name: "Nick du Toit", Aliases: []string{"du Toit", "Nick du Toit"}, Kind: "individual"},
		{ID: "armengol", Name: "Armengol Ondo Nguema", Kind: "individual"},
		{ID: "eo", Name: "Executive Outcomes", Aliases: []string{"EO"}, Kind: "company"},
		{ID: "south-africa", Name: "South Africa", Kind: "state"},
		{ID: "spain", Name: "Spain", Aliases: []string{"the Spanish government"}, Kind: "state"},
		{ID: "thatcher", Name: "Mark Thatcher", Aliases: []string{"Thatcher"}, Kind: "individual"},
		{ID: "scorpions", Name: "Scorpions", Aliases: []string{"the Scorpions"}, Kind: "state-organ"},
		{ID: "moto", Name: "Severo Moto", Aliases: []string{"Severo Moto"}, Kind: "individual"},
		{ID: "mercenaries", Name: "mercenaries", Aliases: []string{"The mercenaries"}, Kind: "armed-group"},
		{ID: "equatorial-guinea", Name: "Equatorial Guinea", Aliases: []string{"police in Malabo"}, Kind: "state"},
		{ID: "mitterrand", Name: "Danielle Mitterrand", Kind: "individual"},
		{ID: "barzani", Name: "Massoud Barzani", Aliases: []string{"Barzani"}, Kind: "individual"},
		{ID: "talabani", Name: "Jalal Talabani", Aliases: []string{"Talabani"}, Kind: "individual"},
		{ID: "chalabi", Name: "Ahmad Chalabi", Kind: "individual"},
		{ID: "ruf", Name: "Revolutionary United Front", Aliases: []string{"RUF"}, Kind: "armed-group"},
		{ID: "central-committee", Name: "Central Committee", Aliases: []string{"the Central Committee"}, Kind: "state-organ"},
		{ID: "aznar", Name: "Jose Maria Aznar", Aliases: []string{"José María Aznar"}, Kind: "individual"},
		{ID: "zumra", Name: "Zumra", Aliases: []string{"the Zumra"}, Kind: "armed-group"},
		{ID: "ethiopia", Name: "Ethiopia", Kind: "state"},
		{ID: "vj", Name: "Yugoslav Army", Aliases: []string{"VJ"}, Kind: "state-organ"},
		{ID: "mup", Name: "Serbian police", Aliases: []string{"MUP"}, Kind: "state-organ"},
		{ID: "ucpmb", Name: "UCPMB", Kind: "armed-group"},
		{ID: "kfor", Name: "KFOR", Kind: "international-organization"},
		{ID: "cb", Name: "Coordination Body", Aliases: []string{"CB"}, Kind: "state-organ"},
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

// TestIndexLinesOfTheFifteenthSession: the lines of a book's index, an inverted passive
// with no agent after "by" and a comma before the cue, are read without a fault and tell
// no fight (iraq-1991 ¶2, where the reader panicked on an aside that ran past its cue);
// each line of an index's group is a statement of its own, not one with the lines after
// it ("KF, member of, 33" under the KDP, then "PUK, rivalry with, 34", ¶9; "SCIRI, patron
// of since 1982, 85" under Iran, ¶7).
func TestIndexLinesOfTheFifteenthSession(t *testing.T) {
	checkForms(t, session81Actors(), []formCase{
		{"an inverted passive", "The Spring of Rage: Index\nLondon, 2006\n\nB\n89\nRG, routed by, 110\nComfort, orders troops into northern Iraq (16 April 1991), 229\nSH, refuses to march on Baghdad against, 14",
			nil, []string{"republican-guard hostility saddam", "saddam hostility republican-guard"}},
		{"an index's lines", "|The Spring of Rage: Index\n\nI\nIran, 60-70\n  Kurdish refugees sheltered in, 224\n  SCIRI, patron of since 1982, 85\n" +
			"Iraqi army, 40-50\nKDP. See Kurdistan Democratic Party\nKurdistan Democratic Party, 31-4\n  KF, member of, 33\n  PUK, rivalry with, 34\n" +
			"Kurdistan Socialist Party, 29\n  KF, member of, 29-30\n",
			nil, []string{"kf membership puk", "sciri support kdp", "puk rivalry kf"}},
	})
}

// TestLogsAndSpreadsheetsOfTheFifteenthSession: the hour that opens a log's entry ("(N)
// 2000 The Soviet Consul came off", southyemen-1986 ¶9) is no year, where the log has
// entries at hours no year could be ("0730"), though one at "1950" in a timeline is; the
// rows of comma-separated values are read cell by cell, so that a row's actors' cell is no
// list of parties to its event type's cell, nor one row's last words the next row's
// first (presevo-2000 ¶2).
func TestLogsAndSpreadsheetsOfTheFifteenthSession(t *testing.T) {
	const pad = " This sentence only pads the entry so that it counts as a paragraph of the body."
	checkStatusAndTime(t, []statusTimeCase{
		{"a log's hours", "|Log of the Yacht, January 1986\n\n(N) 0730 Signal from the Embassy. In January 1986 the Tughma rose in Aden." + pad +
			"\n\n(N) 2000 The Soviet Consul came off. The Tughma fought the Zumra at Tawahi." + pad +
			"\n\n(N) 1900 The French admiral signalled. Ethiopia backed the Zumra." + pad + "\n",
			"tughma hostility zumra", "1986", "2000"},
		{"a timeline's years", "|A timeline\n\n1950 The Tughma rose in Aden." + pad + "\n\n1953 The Tughma fought the Zumra at Tawahi." + pad +
			"\n\n1955 Ethiopia backed the Zumra." + pad + "\n",
			"tughma hostility zumra", "1953", ""},
	})
	const header = "|Presevo Valley incident log\n\nid,date,place,actors,event_type,description,source,confidence\n"
	checkForms(t, session81Actors(), []formCase{
		{"a spreadsheet's rows", header +
			"PV-009,--/01/2001,Mali Trnovac,VJ; UCPMB; MUP,shelling,\"VJ artillery shelled UCPMB positions; the UCPMB answered with mortar fire.\",MUP press office,B\n" +
			"PV-010,--/02/2001,Konculj,KFOR; VJ,ceasefire,\"KFOR and the VJ exchanged liaison officers, as agreed in January.\",NATO statement,A\n" +
			"PV-011,--/03/2001,Konculj,MUP; UCPMB,arrest,\"MUP arrested two UCPMB fighters at a checkpoint.\",MUP,B",
			[]string{"vj hostility ucpmb", "mup coercion ucpmb"},
			[]string{"mup hostility vj", "vj hostility mup", "vj agreement kfor", "kfor agreement vj", "ucpmb coercion mup"}},
	})
}

// TestTellersAndPresentVerbsOfTheFifteenthSession: one who tells in an aside between a
// subject and its verb ("Colonel Gaddafi, says the Embassy, favours the Tughma", ", by the
// Embassy's account,", southyemen-1986 ¶14, ¶20) is no party to what it tells, but one
// told of after "claims that" is; one promised "its support" after "welcomed X and" has
// the verbs' subject's, not X's (¶20); a verb in the present after "and" shares the
// subject of the verb before, not its object ("Ali Nasir fights the Tughma and backs the
// Zumra"; ¶17).
func TestTellersAndPresentVerbsOfTheFifteenthSession(t *testing.T) {
	checkForms(t, session81Actors(), []formCase{
		{"says the Embassy", "In January 1986 Colonel Gaddafi, says the Embassy, favours the Tughma.",
			[]string{"gaddafi favour tughma"}, []string{"embassy favour tughma"}},
		{"by the Embassy's account", "In January 1986 Moscow, by the Embassy's account, welcomed al-Attas and promised the new men its support.",
			[]string{"russia support tughma"}, []string{"embassy support tughma", "al-attas support tughma"}},
		{"claims that", "In January 1986 the radio, heard on 13 January, claims that Tughma forces, \"fighting side by side with the Zumra\", now hold Aden.",
			[]string{"tughma cooperation zumra"}, nil},
		{"a present verb after and", "In January 1986 Ali Nasir fights the Tughma and backs the Zumra.",
			[]string{"ali-nasir hostility tughma", "ali-nasir support zumra"}, []string{"tughma support zumra"}},
	})
}

// TestWishesAndErrandsOfTheFifteenthSession: a ceasefire or talks one "wants" are none
// held ("Moscow wants a ceasefire", southyemen-1986 ¶12; "wants talks with Belgrade, not
// war", presevo-2000 ¶2), nor talks others are "trying to arrange" (southyemen-1986 ¶20),
// but a truce offered is still read (mexico-2006 ¶23); envoys sent "to mediate between"
// two are sent to no one (¶12); one who "speaks for" a body is its member (¶12).
func TestWishesAndErrandsOfTheFifteenthSession(t *testing.T) {
	checkForms(t, session81Actors(), []formCase{
		{"wants a ceasefire", "In January 1986 the Soviet Ambassador told HM Ambassador that Moscow wants a ceasefire and is in touch with both factions.",
			nil, []string{"russia agreement tughma", "embassy agreement russia", "russia agreement embassy"}},
		{"wants talks", "In 2001 Halimi told the team he does not back the UCPMB and wants talks with Belgrade, not war.",
			nil, []string{"ucpmb negotiation yugoslavia", "halimi negotiation yugoslavia"}},
		{"trying to arrange talks", "In 1986 the Ethiopians and the PLO are said to be trying to arrange talks between the Tughma and the Zumra.",
			nil, []string{"tughma negotiation zumra"}},
		{"a truce offered", "In June 2014 Ali Nasir offered a truce to the Tughma, who rejected it.",
			[]string{"ali-nasir agreement tughma"}, nil},
		{"sent envoys to mediate", "In 1986 Ethiopia, Libya and the PLO sent envoys to mediate between Ali Nasir and the Tughma.",
			[]string{"ethiopia mediation ali-nasir"}, []string{"ethiopia negotiation libya", "libya negotiation plo", "ethiopia negotiation plo"}},
		{"speaks for", "In January 1986 Al-Beidh now speaks for the Tughma.",
			[]string{"al-beidh membership tughma"}, nil},
	})
}

// TestOfficesAndDeedsOfTheFifteenthSession: the one whose office is "backed by" others is
// helped, not their helper ("Feith's office, backed by the US and the EU", presevo-2000
// ¶3); "joined the CB's talks" is talks with the CB, no membership (¶2); an amnesty signed
// is no deal with those it pardons (¶2); reinforcements sent to no one named are sent to
// one's own, not to the one helped last (¶2); a name in apposition with a possessive ("...,
// Obiang's most persistent opponent") holds no post named before it (eqguinea-2004 ¶31); a
// scene "in our play" is none that held (¶33); a South African private company is no body
// of South Africa (¶16).
func TestOfficesAndDeedsOfTheFifteenthSession(t *testing.T) {
	checkForms(t, session81Actors(), []formCase{
		{"an office backed by", "In March 2001 Feith's office, backed by the US and the EU, carried every message between the CB and the UCPMB.",
			[]string{"us support feith", "eu support feith"}, []string{"feith support us", "feith support eu"}},
		{"joined the CB's talks", "In 2001 Halimi and other leaders of the valley joined the CB's talks on local government.",
			[]string{"halimi negotiation cb"}, []string{"halimi membership cb"}},
		{"signed an amnesty", "In 2001 Kostunica signed the amnesty for UCPMB fighters who disarmed.",
			nil, []string{"kostunica agreement ucpmb"}},
		{"sent reinforcements", "In March 2001 the US backed Feith. Fighters of the UCPMB took several villages, and the MUP sent reinforcements from Vranje.",
			nil, []string{"mup support us", "mup support feith", "mup support ucpmb"}},
		{"a possessive in apposition", "In 2004 Mann was arrested. SEVERO MOTO. Leader of the PPGE and \"president\" of the Madrid government in exile, Obiang's most persistent opponent for thirty years.",
			nil, []string{"obiang membership exile-government"}},
		{"in our play", "In 2004 Mann was arrested. In our play Mugabe receives Obiang at State House and bargains over Mann; no record of such a meeting exists.",
			nil, []string{"mugabe negotiation obiang"}},
		{"a private company", "In 1993 Mann helps bring Executive Outcomes (EO), a South African private military company, into Angola's civil war.",
			nil, []string{"eo membership south-africa"}},
	})
	checkStatusAndTime(t, []statusTimeCase{
		{"by some accounts", "By some accounts du Toit had earlier done business with Armengol Ondo Nguema in 2003.", "du-toit cooperation armengol", "alleged", ""},
		{"a post a denial does not dispute", "At his trial in 2004 Mann said that the Spanish government of José María Aznar had known of the plan; Spain denied it.",
			"aznar membership spain", "2004", "disputed"},
	})
}

// TestAgentsAndPurposesOfTheFifteenthSession: a passive's agent past "there" ("Thatcher
// was arrested there in August 2004 by the Scorpions", eqguinea-2004 ¶8); the one named
// after a purpose right after a cue of help is the purpose's, not the helper's or the
// helped ("hired to put Severo Moto in the presidential palace", ¶2), but a threat's
// purpose names its target ("threatening to set Lebanon's clock back", lebanon-2006 ¶21),
// and a verb of help's the one helped ("is helping to keep Assad's forces", iran-syria ¶24);
// "rounded up" is an arrest (¶6); "carried every message between" two is a mediation
// (presevo-2000 ¶3).
func TestAgentsAndPurposesOfTheFifteenthSession(t *testing.T) {
	checkForms(t, session81Actors(), []formCase{
		{"arrested there by", "Thatcher was arrested there in August 2004 by the Scorpions.",
			[]string{"scorpions coercion thatcher"}, nil},
		{"hired to put", "In March 2004 the mercenaries had been hired to put Severo Moto in the presidential palace.",
			nil, []string{"moto support mercenaries", "mercenaries support moto"}},
		{"helping to keep", "In 2014 Moscow is helping to keep the Tughma in the field.",
			[]string{"russia support tughma"}, nil},
		{"a threat's purpose", "In July 2006 Ali Nasir was quoted as threatening to set Libya's clock back twenty years.",
			[]string{"ali-nasir opposition libya"}, nil},
		{"rounded up", "In March 2004 police in Malabo rounded up Nick du Toit and fourteen others.",
			[]string{"equatorial-guinea coercion du-toit"}, nil},
		{"carried every message between", "From March to May 2001 Feith carried every message between the CB and the UCPMB.",
			[]string{"feith mediation cb"}, nil},
	})
}

// TestEnvoysBroughtOfTheFifteenthSession: one who brought the envoys of two to a place
// mediated between the two, and "the two leaders" after a war of two bodies are their
// leaders, not the two men named last ("Danielle Mitterrand ... brought envoys of the two
// leaders to Paris in July 1994", kurdistan-1996 ¶7).
func TestEnvoysBroughtOfTheFifteenthSession(t *testing.T) {
	checkForms(t, session81Actors(), []formCase{
		{"envoys of the two leaders", "In 1993 Barzani led the KDP and Talabani led the PUK. The INC was chaired by Ahmad Chalabi. In May 1994 the KDP fought the PUK near Erbil. " +
			"In July 1994 Danielle Mitterrand brought envoys of the two leaders to Paris.",
			[]string{"mitterrand mediation barzani"}, []string{"mitterrand mediation chalabi"}},
		{"envoys of two named", "In July 1994 Danielle Mitterrand brought envoys of Barzani and Talabani to Paris.",
			[]string{"mitterrand mediation barzani"}, nil},
	})
}

// TestTimelineLabelsOfTheFifteenthSession: an entry of a timeline that opens on its date
// and a full stop ("1995. EO fights the RUF rebels in Sierra Leone", "7 March 2004.
// Zimbabwe impounds the 727", eqguinea-2004 ¶17, ¶19) is of that date, though told in the
// present; a sentence that ends on a year opens no entry.
func TestTimelineLabelsOfTheFifteenthSession(t *testing.T) {
	checkStatusAndTime(t, []statusTimeCase{
		{"a year and a stop", "1995. EO fights the RUF rebels in Sierra Leone for the government in Freetown.", "eo hostility ruf", "1995", "2024"},
		{"a day and a stop", "7 March 2004. Zimbabwe impounds the 727 in Harare and EO fights the RUF rebels in Sierra Leone.", "eo hostility ruf", "2004-03-07", ""},
		{"a sentence ending on a year", "Elections were held in 2004. Today EO still fights the RUF rebels in Sierra Leone.", "eo hostility ruf", "/2024", ""},
	})
}

// TestObjectsTogetherOfTheFifteenthSession: "together with" after a verb's object names
// more of its objects, no partner of it nor of the subject ("Obiang pardoned him, together
// with du Toit and three other South Africans", eqguinea-2004 ¶12); after a subject it
// names a partner.
func TestObjectsTogetherOfTheFifteenthSession(t *testing.T) {
	checkForms(t, session81Actors(), []formCase{
		{"objects together", "In November 2009 Obiang pardoned Mann, together with du Toit and three other South Africans.",
			nil, []string{"mann cooperation du-toit", "obiang cooperation du-toit", "obiang cooperation du-toit 0.40"}},
		{"a subject together", "In 2004 Mann, together with du Toit, planned the coup against Obiang.",
			[]string{"mann cooperation du-toit"}, nil},
	})
}

// TestExpelledFromThePartyOfTheFifteenthSession: one expelled from the party is coerced,
// not fought ("the Central Committee has expelled Ali Nasir from the party",
// southyemen-1986 ¶17); a body expelled from a town still is.
func TestExpelledFromThePartyOfTheFifteenthSession(t *testing.T) {
	checkForms(t, session81Actors(), []formCase{
		{"expelled from the party", "In January 1986 the Central Committee expelled Ali Nasir from the party.",
			[]string{"central-committee coercion ali-nasir"}, []string{"central-committee hostility ali-nasir"}},
		{"expelled from a town", "In January 1986 the Tughma expelled the Zumra from Aden.",
			[]string{"tughma hostility zumra"}, nil},
	})
}

// statusTimeCase is a text, a tie it must propose, words its status and time must hold and
// words they must not.
type statusTimeCase struct{ name, text, tie, want, not string }

// checkStatusAndTime reads each case's text with this session's actors and checks the
// status and time of the tie it names.
func checkStatusAndTime(t *testing.T, cases []statusTimeCase) {
	t.Helper()
	checkStatusAndTimeOf(t, session81Actors(), cases)
}

// checkStatusAndTimeOf reads each case's text with the actors known and checks the status
// and time of the tie it names.
func checkStatusAndTimeOf(t *testing.T, known []alliances.Actor, cases []statusTimeCase) {
	t.Helper()
	for _, c := range cases {
		got := map[string]string{}
		for _, p := range readAll(known, c.text) {
			got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = fmt.Sprint(p.Tie.Status, " ", p.Tie.Valid)
		}
		if v, ok := got[c.tie]; !ok || !strings.Contains(v, c.want) || c.not != "" && strings.Contains(v, c.not) {
			t.Errorf("%s: %s is %q (of %v), want %q, not %q", c.name, c.tie, v, got, c.want, c.not)
		}
	}
}
