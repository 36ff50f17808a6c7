package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

// session83Actors are the actors of this session's sentences.
func session83Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "egp", Name: "EGP", Kind: "armed-group"},
		{ID: "orpa", Name: "ORPA", Kind: "armed-group"},
		{ID: "far", Name: "Rebel Armed Forces", Aliases: []string{"FAR"}, Kind: "armed-group"},
		{ID: "urng", Name: "URNG", Kind: "coalition"},
		{ID: "hezbollah", Name: "Hezbollah", Kind: "armed-group"},
		{ID: "israel", Name: "Israel", Kind: "state"},
		{ID: "nasrallah", Name: "Hassan Nasrallah", Aliases: []string{"Nasrallah"}, Kind: "individual"},
		{ID: "tripoli-brigade", Name: "Tripoli Brigade", Kind: "armed-group"},
		{ID: "nato", Name: "NATO", Kind: "international-organization"},
		{ID: "harati", Name: "Mahdi al-Harati", Kind: "individual"},
		{ID: "bosch", Name: "Juan Bosch", Aliases: []string{"Juan Bosch", "Bosch"}, Kind: "individual"},
		{ID: "prd", Name: "Dominican Revolutionary Party", Aliases: []string{"PRD"}, Kind: "party"},
		{ID: "pena-gomez", Name: "José Francisco Peña Gómez", Aliases: []string{"Peña Gómez"}, Kind: "individual"},
		{ID: "constitutionalists", Name: "Constitutionalists", Aliases: []string{"CONST"}, Kind: "armed-group"},
	}
}

// TestMembersOfTheSeventeenthSession: every group of a list that "united in", "came
// together in" or "joined together in" a body is its member, as of a list that "formed"
// it (guatemala-1960 ¶13: "the EGP, ORPA, the FAR and a wing of the PGT united in the
// URNG"); "its" opening the clause after a semicolon stays the last body named before it
// (dominican-1965 ¶4: "Bosch's PRD backs them; its young leader José Francisco Peña
// Gómez", kept as the build before read it); a post "its" opens and a copula before the name is a post as
// in apposition ("its commander was Mahdi al-Harati").
func TestMembersOfTheSeventeenthSession(t *testing.T) {
	checkForms(t, session83Actors(), []formCase{
		{"united in, a list", "In 1982 the EGP, ORPA and the FAR united in the URNG.",
			[]string{"egp membership urng", "orpa membership urng", "far membership urng"}, nil},
		{"came together in, a list", "In 1982 the EGP, ORPA and the FAR came together in the URNG.",
			[]string{"egp membership urng", "orpa membership urng"}, nil},
		{"its after a semicolon, the object named", "In August 2011 NATO aircraft struck the Tripoli Brigade for days; its commander was Mahdi al-Harati, a former teacher.",
			[]string{"harati membership tripoli-brigade"}, []string{"harati membership nato"}},
		{"its after a semicolon, past a pronoun", "Revolt began 24 Apr 1965 afternoon. Junior and middle-ranking Army officers styling themselves Constitutionalists (CONST) seized the Army Chief of Staff, Gen Rivera Cuesta, at 27 de Febrero camp when he came to arrest them. Their aim: return of ex-President Juan Bosch, in exile in Puerto Rico, under the 1963 constitution. Bosch's PRD backs them; its young leader José Francisco Peña Gómez called crowds into the streets over Radio Santo Domingo.",
			[]string{"pena-gomez membership prd"}, []string{"pena-gomez membership constitutionalists", "prd support pena-gomez"}},
		{"its post, a copula", "In 2011 the Tripoli Brigade entered the capital from the west; its commander was Mahdi al-Harati.",
			[]string{"harati membership tripoli-brigade"}, nil},
	})
}

// session83Reviewed are the actors of the sentences this session's reviews found misread.
func session83Reviewed() []alliances.Actor {
	return []alliances.Actor{
		{ID: "sudan", Name: "Sudan", Kind: "state"},
		{ID: "eij", Name: "Egyptian Islamic Jihad", Aliases: []string{"EIJ"}, Kind: "armed-group"},
		{ID: "gi", Name: "al-Gama'at al-Islamiya", Aliases: []string{"GI"}, Kind: "armed-group"},
		{ID: "bin-laden", Name: "Usama bin Laden", Aliases: []string{"bin Laden"}, Kind: "individual"},
		{ID: "united-states", Name: "United States", Kind: "state"},
		{ID: "united-kingdom", Name: "United Kingdom", Aliases: []string{"British"}, Kind: "state"},
		{ID: "israel", Name: "Israel", Aliases: []string{"Israeli"}, Kind: "state"},
		{ID: "sadat", Name: "Anwar Sadat", Aliases: []string{"Sadat"}, Kind: "individual"},
		{ID: "abdel-rahman", Name: "Omar Abdel-Rahman", Aliases: []string{"Abdel-Rahman"}, Kind: "individual"},
		{ID: "taha", Name: "Rifa'i Taha", Aliases: []string{"Taha"}, Kind: "individual"},
		{ID: "unsc", Name: "UN Security Council", Aliases: []string{"Security Council", "the Council"}, Kind: "international-organization"},
		{ID: "monuc", Name: "MONUC", Kind: "international-organization"},
		{ID: "south-africa", Name: "South Africa", Kind: "state"},
		{ID: "nkunda", Name: "Laurent Nkunda", Aliases: []string{"Nkunda"}, Kind: "individual"},
		{ID: "rwanda", Name: "Rwanda", Kind: "state"},
		{ID: "mutebutsi", Name: "Jules Mutebutsi", Aliases: []string{"Mutebutsi"}, Kind: "individual"},
		{ID: "ecowas", Name: "ECOWAS", Kind: "international-organization"},
		{ID: "mbeki", Name: "Thabo Mbeki", Kind: "individual"},
		{ID: "ouattara", Name: "Alassane Ouattara", Aliases: []string{"Ouattara"}, Kind: "individual"},
		{ID: "gbagbo", Name: "Laurent Gbagbo", Aliases: []string{"Gbagbo"}, Kind: "individual"},
		{ID: "soro", Name: "Guillaume Soro", Aliases: []string{"Soro"}, Kind: "individual"},
		{ID: "fn", Name: "Forces Nouvelles", Aliases: []string{"FN"}, Kind: "armed-group"},
		{ID: "un-secretary-general", Name: "Secretary-General of the United Nations", Aliases: []string{"Secretary-General"}, Kind: "individual"},
		{ID: "fds", Name: "Defence and Security Forces", Aliases: []string{"FDS", "the former FDS"}, Kind: "state-organ"},
		{ID: "frci", Name: "Republican Forces", Aliases: []string{"FRCI"}, Kind: "state-organ"},
		{ID: "gbagbo-militias", Name: "Mr. Gbagbo's militias", Kind: "militia"},
		{ID: "liberia", Name: "Liberia", Aliases: []string{"Government of Liberia"}, Kind: "state"},
		{ID: "cote-d-ivoire", Name: "Côte d'Ivoire", Aliases: []string{"the Government of Côte d'Ivoire"}, Kind: "state"},
		{ID: "african-union", Name: "African Union", Kind: "international-organization"},
		{ID: "au-psc", Name: "Peace and Security Council of the African Union", Aliases: []string{"AU Peace and Security Council"}, Kind: "international-organization"},
		{ID: "au-panel", Name: "AU High-Level Panel", Kind: "international-organization"},
		{ID: "chad", Name: "Chad", Kind: "state"},
		{ID: "srsg", Name: "Special Representative of the Secretary-General for Côte d'Ivoire", Kind: "individual"},
		{ID: "compaore", Name: "Blaise Compaoré", Kind: "individual"},
		{ID: "aushev", Name: "Ruslan Aushev", Aliases: []string{"Aushev"}, Kind: "individual"},
		{ID: "galazov", Name: "Akhsarbek Galazov", Aliases: []string{"Galazov"}, Kind: "individual"},
		{ID: "ingush", Name: "The Ingush", Aliases: []string{"the Ingush"}, Kind: "category"},
		{ID: "exiles", Name: "exiles in Europe", Aliases: []string{"some exiles in Europe"}, Kind: "category"},
		{ID: "npg", Name: "Nile Provisional Government", Aliases: []string{"NPG"}, Kind: "faction"},
		{ID: "burkina-faso", Name: "Burkina Faso", Kind: "state"},
		{ID: "unogil", Name: "United Nations Observation Group in Lebanon", Aliases: []string{"UNOGIL", "the Group"}, Kind: "international-organization"},
		{ID: "galo-plaza", Name: "Galo Plaza", Aliases: []string{"Señor Galo Plaza"}, Kind: "individual"},
		{ID: "dayal", Name: "Rajeshwar Dayal", Aliases: []string{"Mr. Rajeshwar Dayal"}, Kind: "individual"},
		{ID: "odd-bull", Name: "Odd Bull", Kind: "individual"},
		{ID: "ecuador", Name: "Ecuador", Kind: "state"},
		{ID: "carranza", Name: "Venustiano Carranza", Aliases: []string{"Carranza", "First Chief"}, Kind: "individual"},
		{ID: "you-chan-yang", Name: "You Chan Yang", Aliases: []string{"Dr. You Chan Yang", "the Ambassador"}, Kind: "individual"},
		{ID: "south-korea", Name: "Republic of Korea", Aliases: []string{"Korea", "Korean Embassy"}, Kind: "state"},
		{ID: "counselor-kim", Name: "Mr. Kim, Counselor of the Korean Embassy", Aliases: []string{"Mr. Kim"}, Kind: "individual"},
		{ID: "saad-haddad", Name: "Saad Haddad", Aliases: []string{"Major Saad Haddad"}, Kind: "individual"},
		{ID: "huerta", Name: "Victoriano Huerta", Aliases: []string{"Huerta"}, Kind: "individual"},
		{ID: "constitutionalists", Name: "Constitutionalist Army", Aliases: []string{"Constitutionalists"}, Kind: "armed-group"},
	}
}

// TestMisreadingsOfTheSeventeenthSession: the misleading proposals this session's four
// reviews found, each mended. A man expelled is coerced (egypt-1992 ¶19), not a body a
// man's possessive names; attacks called for
// are a stance, no fight (¶17); one person of a state's people killed is no war with the
// state (¶11); what two fell out over is no party (¶16); the one a signer signed "for"
// is no party to the deal (¶10); the Council's sanctions on the state that then denies
// complicity stay a fact (¶11, in TestDenialsOfTheSeventeenthSession). The list of those whose pressure made the subject act
// (kivu-2004 ¶4); a column "pushed south by government troops" is no force crossing
// into a land, nor is a man who fled. Those met "on behalf of" a body do not act for it
// (cotedivoire-2011 ¶5); "those members of" a body are not the body, nor members of the
// name before them (¶11); "members of the FRCI, of the former FDS" is a list (¶25);
// "Secretary-General of the FN" is the FN's, not the UN's (¶11); a name whose words
// before "of" are another's alias is of the body after "of" (¶4, the Peace and Security
// Council of the African Union); a post's last word is no surname ("the Government of
// Côte d'Ivoire" names no Special Representative for it); those "as endorsed by" a body
// are not its favourites (¶6); a name in a second infinitive's clause is no object of the
// first (¶13); a name before a mediation "facilitated by" another after a comma is no
// mediator (¶11). A post in apposition to a man before it is his, not the list's after it
// (lebanon-1958 ¶6); those a deal's clause of content names are no parties to it
// (ingushetia-1992 ¶14); the members "its" gives the sentence before's subject are still
// its members; a post alias before "of" and a body, with no other man's name beside it,
// is its holder's own (mexico-1913 ¶10), as is one after his own name (korea-1950 ¶1).
// Two mentions one phrase stands for ("the two communities") are no two a clause before
// named (a recombined text the robustness test made, which stopped the reader).
func TestMisreadingsOfTheSeventeenthSession(t *testing.T) {
	checkForms(t, session83Reviewed(), []formCase{
		{"a man expelled", "In 1996, under international pressure, Sudan expelled bin Laden and his followers to Afghanistan.",
			[]string{"sudan coercion bin-laden"}, []string{"sudan hostility bin-laden"}},
		{"a man's militias expelled", "In April 2011 the FRCI expelled Mr. Gbagbo's militias from Yopougon after a week of heavy fighting.",
			[]string{"frci hostility gbagbo-militias"}, []string{"frci coercion gbagbo-militias"}},
		{"called for attacks on", "Since 1998 EIJ has called for attacks on United States interests.",
			[]string{"eij opposition united-states"}, []string{"eij hostility united-states"}},
		{"a British woman killed", "In October 1992 GI attacked a tourist coach near Dairut, killing a British woman.",
			nil, []string{"gi hostility united-kingdom"}},
		{"fell out over", "In 1981 the two groups co-operated in the killing of Sadat in October 1981, then fell out, chiefly over Abdel-Rahman's claim to lead both.",
			nil, []string{"sadat rivalry abdel-rahman"}},
		{"signed, for", "In February 1998 Taha signed, for GI, the declaration issued by bin Laden.",
			nil, []string{"taha agreement gi"}},
		{"under pressure from a list", "In June 2004, under pressure from MONUC, the United States and South Africa, Nkunda pulled his men back north.",
			[]string{"monuc coercion nkunda", "united-states coercion nkunda", "south-africa coercion nkunda"}, []string{"monuc coercion united-states"}},
		{"under pressure from a list of bare names", "In June 2004, under pressure from MONUC, Rwanda and South Africa, Nkunda pulled his men back north.",
			[]string{"rwanda coercion nkunda", "south-africa coercion nkunda"}, []string{"monuc coercion rwanda"}},
		{"pushed by troops, crossed into", "In June 2004 Mutebutsi's column, pushed south by loyal troops, crossed into Rwanda with some 300 men.",
			nil, []string{"mutebutsi hostility rwanda"}},
		{"met on behalf of", "In December 2010 the Council commended the efforts of Mr. Thabo Mbeki, who met Mr. Ouattara and Mr. Gbagbo on behalf of ECOWAS.",
			nil, []string{"gbagbo support ecowas", "ouattara support ecowas"}},
		{"those members of", "On 17 March 2011 Ouattara signed an ordinance creating the Republican Forces, which brought together the armed forces of the Forces Nouvelles and those members of the FDS who had rallied to the legitimate President.",
			nil, []string{"fn membership fds", "fds support ouattara"}},
		{"some members of, after among them", "In 1972 some exiles in Europe, among them some members of the NPG, went on writing to the press about the south.",
			[]string{"exiles membership npg"}, nil},
		{"another body's Secretary-General, named after", "In 2007 the Secretary-General of the FN, Mr. Soro, served as Prime Minister under Mr. Gbagbo from March 2007.",
			[]string{"soro membership fn"}, []string{"un-secretary-general membership fn"}},
		{"signed papers that", "In 1993 Aushev met Galazov several times, with the Russian ministers sitting between them, and last year they signed papers that the Ingush would go back first to four villages.",
			nil, []string{"aushev agreement ingush"}},
		{"members of, of", "In 2011 the Council urged Côte d'Ivoire to ensure that all those responsible, whether members of the FRCI, of the former FDS, of militias or of mercenaries, are brought to justice.",
			nil, []string{"frci membership fds"}},
		{"another body's Secretary-General", "In 2007 Mr. Soro, Secretary-General of the FN, served as Prime Minister under Mr. Gbagbo from March 2007.",
			[]string{"soro membership fn"}, []string{"un-secretary-general membership fn"}},
		{"a council of another body", "In 2011 the AU Peace and Security Council met in Addis Ababa.",
			nil, []string{"au-psc membership unsc"}},
		{"a post's last word", "In 2011 the Government of Côte d'Ivoire attacked the Forces Nouvelles in the west of the country.",
			[]string{"cote-d-ivoire hostility fn"}, []string{"srsg membership cote-d-ivoire"}},
		{"as endorsed by", "In 2011 the Council welcomed the conclusions of the AU High-Level Panel, composed of the Presidents of Chad and South Africa, as endorsed by the AU Peace and Security Council in Addis Ababa on 10 March 2011.",
			nil, []string{"chad favour au-psc", "south-africa favour au-psc"}},
		{"facilitated by, after a comma", "Noting that on 17 March 2011 President Ouattara placed them under the authority of the Prime Minister and Minister of Defence, Mr. Soro, Secretary-General of the FN, who had served as Prime Minister under Mr. Gbagbo from March 2007 under the Ouagadougou Political Agreement, facilitated by President Blaise Compaoré of Burkina Faso, before resigning and joining President Ouattara in December 2010,",
			nil, []string{"gbagbo mediation compaore", "fn mediation compaore", "soro mediation compaore"}},
		{"facilitated by, the two before", "In March 2007 Mr. Gbagbo and the Forces Nouvelles signed the Ouagadougou Political Agreement, facilitated by President Blaise Compaoré of Burkina Faso.",
			[]string{"compaore mediation gbagbo"}, nil},
		{"a post in apposition, then a list", "The Group was established by the Security Council on 11th June 1958. Its members are Señor Galo Plaza, a former President of Ecuador, Mr. Rajeshwar Dayal and Major-General Odd Bull.",
			[]string{"galo-plaza membership unogil", "galo-plaza membership ecuador"}, []string{"dayal membership ecuador", "odd-bull membership ecuador"}},
		{"his own alias, after his name", "Participants in 1953: Dr. You Chan Yang, Ambassador of the Republic of Korea; Mr. Kim, Counselor of the Korean Embassy.",
			[]string{"you-chan-yang membership south-korea", "counselor-kim membership south-korea"}, nil},
		{"two one phrase stands for", "When the Israelis pulled out that June 1978, under pressure from the UN Security Council, they handed the border strip to Major Saad Haddad, whose militia Israel armed and paid. The Malino II agreement of 12 February 2002, which the central government brokered between the two communities, changed the context in MBP's favour, and most of its partners endorsed it publicly.",
			nil, []string{"saad-haddad alliance israel"}},
		{"his own post after of", "Venustiano Carranza, governor of Coahuila, refused to recognise Huerta and on 26 Mar. 1913 proclaimed the Plan of Guadalupe, which made him First Chief of the Constitutionalist Army.",
			[]string{"carranza membership constitutionalists"}, []string{"huerta membership constitutionalists"}},
		{"a second infinitive", "In 2011 the Council took note of the measures taken by the Government of Liberia to arrest such persons and to prevent the use of its territory against Côte d'Ivoire.",
			nil, []string{"liberia coercion cote-d-ivoire"}},
	})
}

// TestDenialsOfTheSeventeenthSession: a measure against the one who then denies complicity
// is no tie it denies (egypt-1992 ¶11); a tie it is said to have held still is.
func TestDenialsOfTheSeventeenthSession(t *testing.T) {
	checkStatusAndTimeOf(t, session83Reviewed(), []statusTimeCase{
		{"sanctions, then a denial", "In 1996 the UN Security Council imposed sanctions on Sudan for failing to hand over three suspects. Sudan denied complicity.",
			"unsc coercion sudan", "reported", "disputed"},
		{"help, then a denial", "In 1996 Sudan sheltered EIJ in Khartoum. Sudan denied it.",
			"sudan support eij", "disputed", "reported"},
	})
}

// aResolution is a Security Council resolution's opening and clauses, after
// cotedivoire-2011 ¶5-¶24: the clauses are the Council's.
const aResolution = "|Resolution 1980 (2011)\nAdopted by the Security Council at its 6525th meeting, on 28 April 2011\n\nThe Security Council,\n\n" +
	"Commending the efforts of ECOWAS and the AU to find a peaceful solution to the crisis in January 2011, including the visits to Abidjan of several presidents,\n\n" +
	"Strongly condemning the refusal of Mr. Gbagbo to hand over power in December 2010, the blockade of the Golf Hotel, where President Ouattara has been protected by UNOCI, and the attacks on civilians by the FDS and by youth militias,\n\n" +
	"Welcoming the conclusions of the AU High-Level Panel, composed of the Presidents of Chad and South Africa, as endorsed by the AU Peace and Security Council in Addis Ababa on 10 March 2011, and condemning the requisition of the Bank's national agencies by Mr. Gbagbo's camp in late January 2011,\n\n" +
	"Welcoming the arrest of Mr. Gbagbo on 11 April 2011 by the Republican Forces in Abidjan, together with his wife, following military operations in and around the city,\n\n" +
	"Welcoming the pledge of allegiance made to President Ouattara on 12 April 2011 by the Chief of Staff of the FDS, General Philippe Mangou, and by the commanders of the police,\n\n" +
	"Taking note of the measures taken by the Government of Liberia against mercenaries in March 2011, and commending the cooperation between UNOCI and UNMIL along the border between the two countries,\n\n" +
	"1. Expresses its appreciation to the Government of France for the support its forces gave to the mission in April 2011, and decides to remain seized of the matter;"

// TestResolutionsOfTheSeventeenthSession: a document opened by a body's name alone and a
// comma ("The Security Council,") is that body's voice, and each clause it opens on a
// verb of stance ("Condemning", "Commending", "Welcoming", "Expresses its appreciation
// to") is its stance toward the agents after "by", and toward the one whose act the
// clause names first, not one an act was done to nor a body an aside names
// (cotedivoire-2011 ¶5-¶24).
func TestResolutionsOfTheSeventeenthSession(t *testing.T) {
	actors := append(session83Reviewed(),
		alliances.Actor{ID: "au", Name: "AU", Kind: "international-organization"},
		alliances.Actor{ID: "bceao", Name: "Central Bank of West African States", Aliases: []string{"the Bank"}, Kind: "international-organization"},
		alliances.Actor{ID: "gbagbo-camp", Name: "Mr. Gbagbo's camp", Kind: "faction"},
		alliances.Actor{ID: "militias", Name: "youth militias", Kind: "militia"},
		alliances.Actor{ID: "mangou", Name: "Philippe Mangou", Aliases: []string{"General Philippe Mangou"}, Kind: "individual"},
		alliances.Actor{ID: "unoci", Name: "UNOCI", Kind: "international-organization"},
		alliances.Actor{ID: "france", Name: "France", Aliases: []string{"the Government of France"}, Kind: "state"},
		alliances.Actor{ID: "unmil", Name: "UNMIL", Kind: "international-organization"},
	)
	checkForms(t, actors, []formCase{
		{"the Council's clauses", aResolution,
			[]string{"unsc favour unmil", "unsc favour ecowas", "unsc favour au", "unsc opposition gbagbo", "unsc opposition fds", "unsc opposition militias",
				"unsc favour au-panel", "unsc opposition gbagbo-camp", "unsc favour frci", "unsc favour mangou", "unsc favour france"},
			[]string{"unsc opposition unoci", "unsc favour au-psc", "unsc opposition bceao", "unsc favour gbagbo", "unsc favour ouattara"}},
	})
}

// anArticlesSource is an encyclopedia article's wikitext, after kivu-2004 ¶2-¶4: links,
// references, comments and templates are markup.
const anArticlesSource = "|Bukavu crisis\n\nRevision as of 21:47, 14 March 2010\n\n" +
	"{{Infobox military conflict\n| conflict = Bukavu crisis\n| combatant1 = {{flagicon|Democratic Republic of the Congo}} [[Armed Forces of the Democratic Republic of the Congo|FARDC]]\n| combatant2 = RCD-Goma dissidents\n}}\n\n" +
	"'''Bukavu crisis''' was a short armed confrontation in 2004 in which dissident officers of the former rebel [[Rally for Congolese Democracy–Goma]] (RCD-Goma) seized the city of [[Bukavu]] from the [[Armed Forces of the Democratic Republic of the Congo|FARDC]].<ref name=\"hrw\">{{cite web |title=D.R. Congo: War Crimes in Bukavu |publisher=[[Human Rights Watch]] |date=June 2004}}</ref> " +
	"The dissidents were led by Colonel [[Jules Mutebutsi]] and by [[Laurent Nkunda]].\n\n" +
	"Fighting broke out on 26 May 2004, when Mutebutsi's men clashed with troops loyal to the new regional commander, General [[Mbuza Mabe|Félix Mbuza Mabe]]. Nkunda said he was acting to stop a \"[[genocide]]\" of the [[Banyamulenge]]; Kinshasa dismissed the claim.\n\n" +
	"At least two protesters were reportedly shot by peacekeepers in Kinshasa in June 2004.<!-- numbers vary, HRW says more --> The [[United Nations Security Council|Security Council]] condemned the seizure of the city and demanded that the dissident forces withdraw."

// TestWikitextOfTheSeventeenthSession: an article's wikitext is read for the text it
// shows: a piped link's label, no reference, cite template, comment or flag, and a
// sentence ends where its text does, not at the next after a comment (kivu-2004 ¶2-¶4,
// where the comment ran the protesters' sentence into the Council's). Troops "loyal to"
// one are no tie of the man named before them, and a genocide one acts to stop is no war
// on its victims (¶3). The paragraphs stay the source's.
func TestWikitextOfTheSeventeenthSession(t *testing.T) {
	actors := append(session83Reviewed(),
		alliances.Actor{ID: "fardc", Name: "Armed Forces of the Democratic Republic of the Congo", Aliases: []string{"FARDC"}, Kind: "state-organ"},
		alliances.Actor{ID: "rcd-goma", Name: "Rally for Congolese Democracy–Goma", Aliases: []string{"RCD-Goma"}, Kind: "armed-group"},
		alliances.Actor{ID: "dissidents", Name: "RCD-Goma dissidents", Aliases: []string{"the dissidents", "the dissident forces"}, Kind: "armed-group"},
		alliances.Actor{ID: "mbuza-mabe", Name: "Félix Mbuza Mabe", Aliases: []string{"Mbuza Mabe"}, Kind: "individual"},
		alliances.Actor{ID: "banyamulenge", Name: "Banyamulenge", Kind: "category"},
		alliances.Actor{ID: "protesters", Name: "protesters", Kind: "category"},
		alliances.Actor{ID: "hrw", Name: "Human Rights Watch", Aliases: []string{"HRW"}, Kind: "other"},
	)
	checkForms(t, actors, []formCase{
		{"wikitext", anArticlesSource,
			[]string{"mutebutsi membership dissidents", "nkunda membership dissidents", "unsc opposition dissidents"},
			[]string{"hrw support dissidents", "mutebutsi favour mbuza-mabe", "nkunda hostility banyamulenge", "protesters opposition dissidents", "hrw opposition dissidents"}},
	})
	doc := extract.Read("kivu.txt", strings.TrimPrefix(anArticlesSource, "|"), extract.DefaultRules())
	if len(doc.Paragraphs) != 3 || strings.Contains(doc.Text, "[[") || strings.Contains(doc.Text, "<ref") || strings.Contains(doc.Text, "<!--") {
		t.Errorf("read %d paragraphs (want 3: a short infobox is no paragraph), markup left: %v", len(doc.Paragraphs), strings.Contains(doc.Text, "[["))
	}
}

// TestCommendedOfTheSeventeenthSession: one "commended" by another is its favourite, as
// one praised (lesotho-1998 ¶7: "commended the Governments of Botswana and South Africa").
func TestCommendedOfTheSeventeenthSession(t *testing.T) {
	actors := []alliances.Actor{
		{ID: "sadc", Name: "Southern African Development Community", Aliases: []string{"SADC", "the Summit"}, Kind: "international-organization"},
		{ID: "south-africa", Name: "South Africa", Kind: "state"},
		{ID: "botswana", Name: "Botswana", Kind: "state"},
	}
	checkForms(t, actors, []formCase{
		{"commended", "In 1999 the Summit commended South Africa and Botswana for their intervention.",
			[]string{"sadc favour south-africa", "sadc favour botswana"}, nil},
		{"commended by", "In 1999 South Africa was commended by the Summit for its role.",
			[]string{"sadc favour south-africa"}, nil},
	})
}

// anInfobox is a conflict's infobox in wikitext, after kivu-2004 ¶1 and chittagong-1977
// ¶11.
const anInfobox = "|Bukavu crisis\n\nRevision as of 21:47, 14 March 2010\n\n" +
	"{{Infobox military conflict\n| conflict    = Bukavu crisis\n| date        = 26 May – 9 June 2004<ref name=\"hrw2004\"/>\n" +
	"| place       = [[Bukavu]] and [[Kamanyola]], [[South Kivu]], [[Democratic Republic of the Congo|DR Congo]]\n" +
	"| result      = Government control restored\n" +
	"| combatant1  = {{flagicon|Democratic Republic of the Congo|2003}} [[Armed Forces of the Democratic Republic of the Congo|FARDC]]\n* [[Mai-Mai]] auxiliaries<ref name=\"icg\"/>\n" +
	"| combatant2  = RCD-Goma dissidents\n* Troops loyal to [[Laurent Nkunda]]\n----\n'''Supported by:'''<br />{{flagicon|Rwanda}} [[Rwanda]] <small>(alleged)</small>\n" +
	"| commander1  = {{flagicon|Democratic Republic of the Congo|2003}} [[Joseph Kabila]]<br />Gen. [[Mbuza Mabe|Félix Mbuza Mabe]]\n" +
	"| commander2  = Brig. Gen. [[Laurent Nkunda]] (until 2009)<br />Col. [[Jules Mutebutsi]]\n" +
	"| combatant3  = {{flag|Bangladesh}}: [[Bangladesh Army]], [[Bangladesh Rifles]]\n" +
	"| strength1   = ~10,000 <small>(sent east after June)</small>\n}}\n\n" +
	"'''Bukavu crisis''' was a short armed confrontation in 2004 in which dissident officers of the former rebel [[Rally for Congolese Democracy–Goma]] (RCD-Goma) seized the city of [[Bukavu]]."

// TestInfoboxOfTheSeventeenthSession: an infobox's combatants of one side fight those of
// the others and stand allied with its first; those "Supported by:" support it, alleged
// where it says so; its commanders, and the men whose troops it lists, are members of its
// first combatant; a body after a state and a colon is the state's; the time is the
// entry's, else the infobox's date (kivu-2004 ¶1, chittagong-1977 ¶11).
func TestInfoboxOfTheSeventeenthSession(t *testing.T) {
	actors := append(session83Reviewed(),
		alliances.Actor{ID: "drc", Name: "Democratic Republic of the Congo", Aliases: []string{"FARDC", "DR Congo"}, Kind: "state"},
		alliances.Actor{ID: "mai-mai", Name: "Mai-Mai", Kind: "militia"},
		alliances.Actor{ID: "dissidents", Name: "RCD-Goma dissidents", Kind: "armed-group"},
		alliances.Actor{ID: "kabila", Name: "Joseph Kabila", Kind: "individual"},
		alliances.Actor{ID: "mbuza-mabe", Name: "Félix Mbuza Mabe", Aliases: []string{"Mbuza Mabe"}, Kind: "individual"},
		alliances.Actor{ID: "bangladesh", Name: "Bangladesh", Kind: "state"},
		alliances.Actor{ID: "bangladesh-army", Name: "Bangladesh Army", Kind: "state-organ"},
		alliances.Actor{ID: "bdr", Name: "Bangladesh Rifles", Kind: "state-organ"},
	)
	checkForms(t, actors, []formCase{
		{"an infobox", anInfobox,
			[]string{"drc hostility dissidents", "mai-mai alliance drc", "mai-mai hostility dissidents", "rwanda support dissidents",
				"nkunda membership dissidents", "mutebutsi membership dissidents", "kabila membership drc", "mbuza-mabe membership drc",
				"bangladesh-army membership bangladesh", "bdr membership bangladesh", "dissidents hostility bangladesh"},
			[]string{"rwanda hostility drc", "rwanda support drc", "kabila membership dissidents", "mai-mai alliance dissidents", "bdr alliance bangladesh"}},
	})
	checkStatusAndTimeOf(t, append(session83Reviewed(),
		alliances.Actor{ID: "drc", Name: "Democratic Republic of the Congo", Aliases: []string{"FARDC"}, Kind: "state"},
		alliances.Actor{ID: "dissidents", Name: "RCD-Goma dissidents", Kind: "armed-group"}), []statusTimeCase{
		{"supported by, alleged", anInfobox, "rwanda support dissidents", "alleged 2004", ""},
		{"the infobox's date", anInfobox, "drc hostility dissidents", "reported 2004", ""},
		{"a commander's own time", anInfobox, "nkunda membership dissidents", "reported /2009", ""},
	})
}

// session83Second are the actors of the sentences the session's second review wrote.
func session83Second() []alliances.Actor {
	return append(session83Reviewed(),
		alliances.Actor{ID: "au", Name: "AU", Aliases: []string{"African Union"}, Kind: "international-organization"},
		alliances.Actor{ID: "unoci", Name: "UNOCI", Kind: "international-organization"},
		alliances.Actor{ID: "france", Name: "France", Kind: "state"},
		alliances.Actor{ID: "hezbollah", Name: "Hezbollah", Kind: "armed-group"},
		alliances.Actor{ID: "nasrallah", Name: "Hassan Nasrallah", Kind: "individual"},
		alliances.Actor{ID: "fdlr", Name: "FDLR", Kind: "armed-group"},
		alliances.Actor{ID: "drc", Name: "Democratic Republic of the Congo", Aliases: []string{"Kinshasa", "Congolese"}, Kind: "state"},
		alliances.Actor{ID: "unita", Name: "UNITA", Kind: "armed-group"},
		alliances.Actor{ID: "mpla", Name: "MPLA", Aliases: []string{"the MPLA government"}, Kind: "party"},
		alliances.Actor{ID: "rcd", Name: "RCD", Kind: "armed-group"},
		alliances.Actor{ID: "mlc", Name: "MLC", Kind: "armed-group"},
		alliances.Actor{ID: "uganda", Name: "Uganda", Kind: "state"},
		alliances.Actor{ID: "banyamulenge", Name: "Banyamulenge", Kind: "category"},
		alliances.Actor{ID: "fardc", Name: "FARDC", Kind: "state-organ"},
		alliances.Actor{ID: "semar", Name: "SEMAR", Aliases: []string{"Mexican marines", "marines"}, Kind: "state-organ"},
		alliances.Actor{ID: "guzman", Name: "Joaquín Guzmán Loera", Aliases: []string{"Guzmán Loera"}, Kind: "individual"},
	)
}

// aResolutionsHardClauses are clauses of a resolution whose names are victims, protectors
// or agents of asides, and a press release that quotes one and goes on in a delegate's
// words.
const aResolutionsHardClauses = "|Resolution 1975 (2011)\nAdopted by the Security Council on 30 March 2011\n\nThe Security Council,\n\n" +
	"Condemning the rejection by Mr. Gbagbo in March 2011 of the proposals made by the AU to settle the crisis, and of the political solution put forward by ECOWAS,\n\n" +
	"Commending UNOCI personnel targeted by the FDS in Abidjan in March 2011 for the courage they showed in protecting civilians in the districts of the city and along the roads to the north,\n\n" +
	"Welcoming the defeat of the FDS by the FRCI in April 2011 and the return of calm to most districts of the city of Abidjan,\n\n" +
	"Condemning the attacks on UNOCI by the FDS in Abidjan in March 2011, which wounded several peacekeepers of the mission and destroyed many of its vehicles in the districts of the city,\n\n" +
	"Condemning the propaganda against UNOCI in Abidjan in March 2011, which endangered the lives of the peacekeepers of the mission and of the civilians they protect in the city,\n\n" +
	"Welcoming the departure of Mr. Gbagbo from the presidential residence in April 2011 after long weeks of fighting in the city and the return of the displaced to their homes in the west,\n\n" +
	"Denouncing the interference of France in the internal affairs of his country, the representative of Mr. Gbagbo's government said in April 2011 that the resolution was illegal."

// TestSecondThoughtsOfTheSeventeenthSession: the misreadings a second fresh-eyes review
// found in the session's own readings, each mended. A resolution's clause takes no agent
// of a participle's aside ("the proposals made by the AU", "personnel targeted by the
// FDS"), no one an act was done to ("the defeat of the FDS", "the attacks on UNOCI", "the
// departure of Mr. Gbagbo"), and a paragraph that is no clause of its own ("Denouncing
// ..., the representative ... said") is no voice's. "its" after a semicolon is the last
// body named before it ("where Hezbollah had its offices; its leader"); "national" before
// "police" is no person; the pronoun after ", when" stays the one named last ("armed
// UNITA ... until 1992, when ... it went back to war"); an interlanguage link shows its
// name; a list under pressure ends before the main clause's subjects ("under pressure
// from South Africa, the RCD and the MLC, both backed ..., signed"); "signed, for the FN,"
// with its article; a man among "several members of" a body is its member; the killers
// of those whose killing one acted to stop are still their foes; a bare "denied it" still
// disputes the tie told before.
func TestSecondThoughtsOfTheSeventeenthSession(t *testing.T) {
	checkForms(t, session83Second(), []formCase{
		{"a resolution's hard clauses", aResolutionsHardClauses,
			[]string{"unsc opposition gbagbo", "unsc favour frci", "unsc opposition fds"},
			[]string{"unsc opposition au", "unsc opposition ecowas", "unsc favour fds", "unsc opposition unoci", "unsc favour gbagbo", "unsc opposition france", "ecowas opposition gbagbo"}},
		{"its after a semicolon, the last body", "In 2006 Israel bombed the Beirut suburbs where Hezbollah had its offices; its leader Hassan Nasrallah survived the raids.",
			[]string{"nasrallah membership hezbollah"}, []string{"nasrallah membership israel"}},
		{"national police", "In 2009 Rwandan national police officers and soldiers crossed into the Kivus and fought the FDLR alongside Congolese troops.",
			[]string{"rwanda hostility fdlr"}, []string{"fdlr alliance drc"}},
		{"it after when", "Washington armed UNITA from 1986 until 1992, when, after losing the elections, it went back to war against the MPLA government.",
			[]string{"unita hostility mpla"}, []string{"united-states hostility mpla"}},
		{"an interlanguage link", "|Bukavu\n\n'''Bukavu''' is a city. In 2008 [[Uganda]] hosted talks, and {{Interlanguage link|Jules Mutebutsi|fr|Jules Mutebutsi}} attacked the [[MONUC]] base at [[Bukavu]] in the [[South Kivu]] province.",
			[]string{"mutebutsi hostility monuc"}, []string{"uganda hostility monuc"}},
		{"pressure, then the subjects", "In 2002, under pressure from South Africa, the RCD and the MLC, both backed by foreign armies, signed a deal with Kinshasa.",
			[]string{"south-africa coercion rcd"}, []string{"mlc coercion rcd", "rcd coercion mlc"}},
		{"signed, for the", "In March 2007 Mr. Soro signed, for the FN, the Ouagadougou Political Agreement with Mr. Gbagbo.",
			nil, []string{"soro agreement fn"}},
		{"a man among several members", "In 2007 Mr. Gbagbo named Mr. Soro and several members of the FN to his cabinet.",
			[]string{"soro membership fn"}, nil},
		{"an arrest one acts to prevent", "On or about January 8, 2016, co-conspirators fired on Mexican marines in Los Mochis in an attempt to prevent the recapture of Guzmán Loera.",
			[]string{"semar hostility guzman"}, nil},
		{"the killers of those one acted to save", "Nkunda said he had taken Bukavu in June 2004 to stop the killings of Banyamulenge by the FARDC.",
			[]string{"fardc hostility banyamulenge"}, []string{"nkunda hostility banyamulenge"}},
	})
	checkStatusAndTimeOf(t, session83Second(), []statusTimeCase{
		{"pressured, then denied it", "In 2002 diplomats said that the United States had pressured Rwanda into withdrawing its troops. Rwanda denied it.",
			"united-states coercion rwanda", "disputed", ""},
	})
}

// TestTroopsLoyalToOfTheSeventeenthSession: in the report itself, "Mutebutsi's men clashed
// with troops loyal to the new regional commander, General Félix Mbuza Mabe" makes
// Mutebutsi no man loyal to Mbuza Mabe (kivu-2004 ¶3).
func TestTroopsLoyalToOfTheSeventeenthSession(t *testing.T) {
	got := reportParagraph(t, "kivu-2004", 3)
	if slices.Contains(got, "jules-mutebutsi favour mbuza-mabe") || len(got) == 0 {
		t.Errorf("¶3 proposed %q, want no loyalty of Mutebutsi to Mbuza Mabe", got)
	}
}
