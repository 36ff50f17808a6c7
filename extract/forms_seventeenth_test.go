package extract_test

// The readings of the seventeenth round: help that arrives and help received "from",
// recognition, deals brokered between the two the text told facing each other, asides
// of an agent in a list of subjects, and clauses joined by a comma alone.

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

func seventeenthActors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "taliban", Name: "Taliban", Kind: "armed-group"},
		{ID: "pakistan", Name: "Pakistan", Aliases: []string{"Islamabad", "Pakistani"}, Kind: "state"},
		{ID: "unita", Name: "UNITA", Kind: "armed-group"},
		{ID: "saudi-arabia", Name: "Saudi Arabia", Aliases: []string{"Saudi", "Riyadh"}, Kind: "state"},
		{ID: "angola", Name: "Angola", Aliases: []string{"Luanda", "Angolan"}, Kind: "state"},
		{ID: "united-states", Name: "United States", Aliases: []string{"Washington", "American"}, Kind: "state"},
		{ID: "najibullah", Name: "Mohammad Najibullah", Aliases: []string{"Najibullah"}, Kind: "individual"},
		{ID: "fdlr", Name: "FDLR", Kind: "armed-group"},
		{ID: "adf", Name: "Allied Democratic Forces", Aliases: []string{"ADF"}, Kind: "armed-group"},
		{ID: "uganda", Name: "Uganda", Aliases: []string{"Kampala", "Ugandan"}, Kind: "state"},
		{ID: "sudan", Name: "Sudan", Aliases: []string{"Khartoum", "Sudanese"}, Kind: "state"},
		{ID: "chad", Name: "Chad", Aliases: []string{"N'Djamena", "Chadian"}, Kind: "state"},
		{ID: "qatar", Name: "Qatar", Aliases: []string{"Doha"}, Kind: "state"},
		{ID: "libya", Name: "Libya", Aliases: []string{"Tripoli", "Libyan"}, Kind: "state"},
		{ID: "senegal", Name: "Senegal", Aliases: []string{"Dakar"}, Kind: "state"},
		{ID: "wade", Name: "Abdoulaye Wade", Aliases: []string{"Wade"}, Kind: "individual"},
		{ID: "kdp", Name: "Kurdistan Democratic Party", Aliases: []string{"KDP"}, Kind: "party"},
		{ID: "puk", Name: "Patriotic Union of Kurdistan", Aliases: []string{"PUK"}, Kind: "party"},
		{ID: "barzani", Name: "Massoud Barzani", Aliases: []string{"Barzani"}, Kind: "individual"},
		{ID: "talabani", Name: "Jalal Talabani", Aliases: []string{"Talabani"}, Kind: "individual"},
		{ID: "iran", Name: "Iran", Aliases: []string{"Tehran", "Iranian"}, Kind: "state"},
		{ID: "turkey", Name: "Turkey", Aliases: []string{"Ankara", "Turkish"}, Kind: "state"},
		{ID: "united-kingdom", Name: "United Kingdom", Aliases: []string{"British"}, Kind: "state"},
		{ID: "algeria", Name: "Algeria", Aliases: []string{"Algiers"}, Kind: "state"},
		{ID: "african-union", Name: "African Union", Kind: "igo"},
		{ID: "ecowas", Name: "ECOWAS", Kind: "igo"},
		{ID: "azerbaijan", Name: "Azerbaijan", Aliases: []string{"Baku"}, Kind: "state"},
		{ID: "armenia", Name: "Armenia", Aliases: []string{"Yerevan"}, Kind: "state"},
		{ID: "vietnam", Name: "Vietnam", Aliases: []string{"Hanoi", "Vietnamese"}, Kind: "state"},
		{ID: "kampuchea", Name: "Democratic Kampuchea", Kind: "state"},
		{ID: "ufr", Name: "Union of Resistance Forces", Aliases: []string{"UFR"}, Kind: "armed-group"},
		{ID: "jem", Name: "Justice and Equality Movement", Aliases: []string{"JEM"}, Kind: "armed-group"},
		{ID: "rsf", Name: "Rapid Support Forces", Aliases: []string{"RSF"}, Kind: "armed-group"},
		{ID: "zaire", Name: "Zaire", Aliases: []string{"Zairean"}, Kind: "state"},
		{ID: "hutu-refugees", Name: "Hutu refugees", Kind: "group"},
		{ID: "kabila", Name: "Laurent-Désiré Kabila", Aliases: []string{"Kabila"}, Kind: "individual"},
		{ID: "mobutu", Name: "Mobutu Sese Seko", Aliases: []string{"Mobutu"}, Kind: "individual"},
	}
}

// TestFormsOfForcesCrossing: forces that cross into a state's ground invade it (the
// Cambodia report's ¶4: "more than 100,000 Vietnamese troops crossed into what was then
// Democratic Kampuchea", the Chad one's ¶13: "UFR columns crossed into eastern Chad");
// refugees who cross are no forces, and a broker's deal names no one a comma after it.
func TestFormsOfForcesCrossing(t *testing.T) {
	// Read so, the forces in the name, not only by the actors' sharing the sentence with
	// the cue.
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, seventeenthActors())
	var cues []string
	for _, p := range rd.Read(extract.Read("report.txt", "In 2023 the Rapid Support Forces crossed into Chad. "+strings.Repeat("This sentence only makes the paragraph long. ", 2), rules)) {
		if p.Tie.Kind == alliances.Hostility {
			cues = append(cues, p.Cues...)
		}
	}
	if !slices.Contains(cues, "cue: crossed into") || slices.ContainsFunc(cues, func(c string) bool { return strings.HasPrefix(c, "near") }) {
		t.Errorf("the hostility of forces crossing, by the cues %q; want one by the cue alone", cues)
	}
	checkForms(t, seventeenthActors(), []formCase{
		{"troops", "On Dec. 25, 1978, more than 100,000 Vietnamese troops crossed into what was then Democratic Kampuchea.",
			[]string{"vietnam hostility kampuchea"}, nil},
		{"columns into a region", "In May 2009 UFR columns crossed into eastern Chad.", []string{"ufr hostility chad"}, nil},
		{"forces by name", "In 2023 the Rapid Support Forces crossed into Chad.", []string{"rsf hostility chad"}, nil},
		{"refugees", "In 1996 Hutu refugees crossed into Zaire.", nil, []string{"hutu-refugees hostility zaire", "hutu-refugees hostility zaire 0.40"}},
		{"a new clause after a broker's deal", "In early May 2009, days after Qatar and Libya had brokered yet another deal in Doha, UFR columns crossed into eastern Chad.",
			[]string{"ufr hostility chad"}, []string{"qatar mediation ufr", "libya mediation ufr"}},
		{"a new clause's two after a broker's deal", "In May 2009, days after Qatar had brokered yet another deal in Doha, the UFR and Chad fought again.",
			[]string{"ufr hostility chad"}, []string{"qatar mediation ufr", "qatar mediation chad"}},
	})
}

// TestFormsOfEnemiesAndDemands: one taken for an enemy or a threat is opposed ("Sudan,
// which Museveni regards as his chief enemy", the Congo report's ¶9), and so is one
// asked to go ("Kabila demanded that Mobutu go", ¶15); one taken for a partner is not.
func TestFormsOfEnemiesAndDemands(t *testing.T) {
	checkForms(t, seventeenthActors(), []formCase{
		{"regarded as an enemy", "In 1997 Uganda regarded Sudan as its chief enemy.", []string{"uganda opposition sudan"}, nil},
		{"seen as a threat", "In 1980 Uganda saw Sudan as a threat.", []string{"uganda opposition sudan"}, nil},
		{"a partner", "In 1997 Uganda saw Sudan as a partner.", nil, []string{"uganda opposition sudan", "uganda opposition sudan 0.40"}},
		{"demanded that", "In May 1997 Kabila demanded that Mobutu go.", []string{"kabila opposition mobutu"}, nil},
	})
}

// TestFormsOfHelpArriving: help that reaches an actor is its giver's support when what
// arrived stands between the giver and the verb (the Angola report's ¶6: "Saudi money is
// said to have reached UNITA", the Afghanistan one's ¶5: "Pakistani advisers, fuel and
// money reached the movement"); men who reach a place give no help.
func TestFormsOfHelpArriving(t *testing.T) {
	checkForms(t, seventeenthActors(), []formCase{
		{"money reached", "In 1986 Saudi money is said to have reached UNITA.", []string{"saudi-arabia support unita"}, nil},
		{"a list of what arrived", "In 1995 Pakistani advisers, fuel and money reached the Taliban in quantity.", []string{"pakistan support taliban"}, nil},
		{"fighters reach a city", "In 1996 Taliban fighters reached Kabul, and in 1997 Pakistani troops reached the Taliban's lines.", nil,
			[]string{"pakistan support taliban", "taliban support afghanistan"}},
	})
	got := readKind(seventeenthActors(), "In 1995 Pakistani advisers and money reached the Taliban.", alliances.Support, func(tie alliances.Tie) string {
		return tie.Subject + " " + string(tie.Forms[0]) + " " + string(tie.Forms[len(tie.Forms)-1])
	})
	if !slices.Equal(got, []string{"pakistan funding training"}) {
		t.Errorf("the forms of help that arrived: %q, want funding and training", got)
	}
}

// TestFormsOfRecognition: recognising a government is political support (the
// Afghanistan report's ¶8: "Pakistan recognised the Taliban government", the Angola one's
// ¶9: "Washington recognised the Luanda government"), as the annotations read it; not
// knowing a fact ("recognised that"), taking one for something ("recognised as
// terrorist"), nor recognising a border or a claim of another's.
func TestFormsOfRecognition(t *testing.T) {
	checkForms(t, seventeenthActors(), []formCase{
		{"a government", "In 1997 Pakistan recognised the Taliban government.", []string{"pakistan support taliban"}, nil},
		{"by a capital", "In May 1993 Washington recognised the Luanda government.", []string{"united-states support angola"}, nil},
		{"passive", "In 1997 the Taliban were recognised by Pakistan.", []string{"pakistan support taliban"}, nil},
		{"a refusal", "In 1997 Pakistan refused to recognise the Taliban government.", []string{"pakistan opposition taliban"}, []string{"pakistan support taliban"}},
		{"a fact", "In 1997 Pakistan recognised that the Taliban held Kabul.", nil, []string{"pakistan support taliban"}},
		{"taken for", "In 1997 the Taliban, a movement widely recognised as terrorist by Washington, held Kabul.", nil, []string{"united-states support taliban"}},
		{"borders", "In May 2023 Armenia recognized Azerbaijan's borders with the region inside them.", nil, []string{"armenia support azerbaijan"}},
	})
	got := readKind(seventeenthActors(), "In 1997 Pakistan recognised the Taliban government.", alliances.Support, func(tie alliances.Tie) string { return string(tie.Forms[0]) })
	if !slices.Equal(got, []string{"political"}) {
		t.Errorf("the form of recognition: %q, want political", got)
	}
}

// TestFormsOfHelpFrom: nouns of help listed before "from" are the help of the one
// after it, not the subject's ("relied on training and weapons from Uganda", "got
// military training and arms from Sudan"); "came to rely on" relies as "relied on" does.
func TestFormsOfHelpFrom(t *testing.T) {
	checkForms(t, seventeenthActors(), []formCase{
		{"relied on", "In 2013 the FDLR relied on training and weapons from Uganda and Sudan.",
			[]string{"uganda support fdlr", "sudan support fdlr"}, []string{"fdlr support uganda", "fdlr support sudan"}},
		{"got", "In 2014 the ADF got military training and arms from Sudan.", []string{"sudan support adf"}, []string{"adf support sudan"}},
		{"came to rely on", "In 1996 Turkey came to rely on the KDP.", []string{"kdp support turkey"}, nil},
	})
}

// TestFormsOfDealsBrokeredBetweenTheTwo: a meeting or a deal convened, brokered or held
// under another's auspices that names no parties is between the two the text told
// fighting, dealing or talking last, in the paragraph or the one before (the Chad
// report's ¶13: "in Riyadh ..., under Saudi auspices, and in Dakar ..., brokered by
// Senegal's president, Abdoulaye Wade", "Qatar and Libya had brokered yet another deal";
// the Kurdistan one's ¶13: "The United States, the United Kingdom and Turkey then
// convened talks in Ankara"). The brokers make no deal of their own.
func TestFormsOfDealsBrokeredBetweenTheTwo(t *testing.T) {
	checkForms(t, seventeenthActors(), []formCase{
		{"brokered", "In 2006 Chad and Sudan signed an accord. In 2009 Qatar and Libya brokered yet another deal in Doha.",
			[]string{"qatar mediation chad", "libya mediation chad"}, []string{"qatar agreement sudan", "libya agreement sudan"}},
		{"under auspices", "In 2006 Chad and Sudan signed an accord. In May 2007 the Riyadh accord was signed under Saudi auspices.",
			[]string{"saudi-arabia mediation chad"}, nil},
		{"brokered by a post's holder", "In 2006 Chad and Sudan signed an accord. In March 2008 the Dakar accord was brokered by Senegal's president, Abdoulaye Wade.",
			[]string{"wade mediation chad"}, nil},
		{"convened", "The KDP and the PUK fought through 1996. In 1996 the United States, the United Kingdom and Turkey then convened talks in Ankara.",
			[]string{"united-states mediation kdp", "united-kingdom mediation kdp", "turkey mediation kdp"}, nil},
		{"a string of ceasefires", "The KDP and the PUK fought through 1994. In 1994 Qatar arranged a string of ceasefires.",
			[]string{"qatar mediation kdp"}, nil},
		// A passive after a sentence that gave the paragraph its subject read no mention
		// out of the sentence's bounds (the reader stopped there, before).
		{"passive", "Chad and Sudan fought each other in 2006. A deal was brokered by Libya in Tripoli.", []string{"libya mediation chad"}, nil},
		{"passive talks", "Chad and Sudan fought each other in 2006. Talks were convened by Libya in Tripoli.", []string{"libya mediation chad"}, nil},
		// None told facing each other before; and a deal held "with" one is the broker's.
		{"no two before", "In 2009 Qatar hosted talks in Doha.", nil, []string{"qatar mediation chad"}},
		{"a deal with one", "In 2006 Chad and Sudan signed an accord. In 2009 Qatar brokered a deal with Libya.", nil, []string{"qatar mediation chad"}},
	})
}

// TestFormsOfAgentAsides: the names of an agent's aside after a comma (", led by
// Massoud Barzani,") are not those of the cue outside it, and the cue inside reads no
// further than the aside's close (the Kurdistan report's ¶2: "the KDP, led by Massoud
// Barzani, and the PUK, led by Jalal Talabani, fought an intermittent war"); a list
// inside the aside is read whole ("assisted by the UN, the African Union, ECOWAS and
// the EU", the Mali report's ¶13). Two who fight a war fight each other.
func TestFormsOfAgentAsides(t *testing.T) {
	checkForms(t, seventeenthActors(), []formCase{
		{"a list of subjects with asides", "From 1994 to 1998 the KDP, led by Massoud Barzani, and the PUK, led by Jalal Talabani, fought an intermittent war for the region.",
			[]string{"barzani membership kdp", "talabani membership puk", "kdp hostility puk"}, []string{"puk membership kdp"}},
		{"asides of under", "From 1994 to 1998 the KDP, under Massoud Barzani, and the PUK, under Jalal Talabani, fought an intermittent war.",
			[]string{"barzani membership kdp", "talabani membership puk", "kdp hostility puk"}, []string{"puk membership kdp"}},
		{"a leader's possessive in a list", "In 1994 Barzani's KDP and Talabani's PUK fought a civil war.",
			[]string{"kdp hostility puk", "barzani membership kdp", "talabani membership puk"}, []string{"barzani hostility puk"}},
		{"a leader's possessive after and", "In 1994 the KDP and Talabani's PUK fought a civil war.", []string{"kdp hostility puk"}, []string{"kdp hostility talabani"}},
		{"a leader's possessive in a list of objects", "In 1994 Iran armed the KDP and Talabani's PUK.",
			[]string{"iran support kdp", "iran support puk"}, []string{"iran support talabani"}},
		{"a war, not side by side", "In 1994 the KDP and the PUK fought an intermittent war.", []string{"kdp hostility puk"}, []string{"kdp cooperation puk"}},
		{"a list inside the aside", "In July 2014 Algeria led the mediation, assisted by the African Union, ECOWAS and the United States.",
			[]string{"african-union support algeria", "ecowas support algeria", "united-states support algeria"}, nil},
	})
}

// TestFormsOfCommaSplices: a name after a comma alone, with no "and" before it, that a
// verb follows opens a clause of its own: no object of the verb before, nor a subject of
// the one after (the Kurdistan report's ¶2: "Iran backed the PUK, Turkey came to rely on
// the KDP"). Killing a man by hanging is a fight.
func TestFormsOfCommaSplices(t *testing.T) {
	checkForms(t, seventeenthActors(), []formCase{
		{"a comma splice", "In 1996 Iran backed the PUK, Turkey came to rely on the KDP, and in August Barzani turned to Baghdad.",
			[]string{"iran support puk", "kdp support turkey"}, []string{"iran support turkey", "kdp support puk"}},
		{"a pronoun after a splice", "In 2006 Libya armed JEM, Chad sheltered it.", []string{"libya support jem", "chad support jem"}, []string{"chad support libya"}},
		{"hanged", "In 1996 the Taliban dragged Najibullah from the UN compound and hanged him.", []string{"taliban hostility najibullah"}, nil},
	})
}

// TestDiscoverFactionsByAVariantOfAName: reading as into a new case, a known
// organization's abbreviation joined by a hyphen to a word of its own names a faction,
// an actor apart ("the UFDD-Fundamental of Abdelwahid Aboud Mackaye broke away from
// Nouri's movement", the Chad report's ¶7); an abbreviation the text never defined
// makes none.
func TestDiscoverFactionsByAVariantOfAName(t *testing.T) {
	text := "In October 2006 Mahamat Nouri founded the Union of Forces for Democracy and Development (UFDD). A third group, the UFDD-Fundamental, broke away from the UFDD in 2007.\n\n" +
		"In 2008 the UFDD-Fundamental attacked the capital, and the XYZ-North front, a group no one had heard of, fought beside it."
	rd, doc, finds := discover(text)
	if got := kindFound(finds, "faction"); !slices.Equal(got, []string{"UFDD-Fundamental"}) {
		t.Errorf("factions found %q; want the UFDD-Fundamental alone", got)
	}
	ties := tieNames(rd.Read(doc))
	if !slices.Contains(ties, "ufdd-fundamental splinter union-of-forces-for-democracy-and-development") {
		t.Errorf("ties %q; want the UFDD-Fundamental's split from the UFDD", ties)
	}
}

// tieNames returns each proposal's tie as "subject kind object".
func tieNames(props []extract.Proposal) []string {
	var out []string
	for _, p := range props {
		out = append(out, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object)
	}
	return out
}

// TestDiscoverNoFollowersOfAPossessor: the loyalists "of Bashir's National Congress
// Party" are the party's (the Sudan report's ¶10): no militia of Bashir's is found, and
// the possessive still makes him the party's.
func TestDiscoverNoFollowersOfAPossessor(t *testing.T) {
	text := "In 1989 President Omar al-Bashir took power in a coup in Khartoum, and he ruled Sudan for thirty years.\n\n" +
		"In 2023 the Rapid Support Forces portrayed the war as a fight against loyalists of Bashir's National Congress Party."
	rd, doc, finds := discover(text)
	if got := kindFound(finds, "militia"); len(got) > 0 {
		t.Errorf("militias found %q; want none", got)
	}
	ties := tieNames(rd.Read(doc))
	if !slices.Contains(ties, "omar-al-bashir membership national-congress-party") {
		t.Errorf("ties %q; want Bashir's membership of the party", ties)
	}
}

// TestFormsOfRule: one who rules or governs a state leads it, and a post of his names
// its holder the state's ("Mobutu ruled Zaire ... Mobutu's prime minister, Léon Kengo wa
// Dondo", as the Congo report's ¶11 has it); as "ruled by" already read.
func TestFormsOfRule(t *testing.T) {
	actors := append(seventeenthActors(), alliances.Actor{ID: "kengo", Name: "Léon Kengo wa Dondo", Aliases: []string{"Kengo"}, Kind: "individual"})
	checkForms(t, actors, []formCase{
		{"ruled", "In 1996 Mobutu ruled Zaire. In 1996 Mobutu's prime minister, Léon Kengo wa Dondo, hired some 300 mercenaries.",
			[]string{"mobutu membership zaire", "kengo membership zaire"}, nil},
	})
	got := readKind(actors, "In 1996 Mobutu ruled Zaire.", alliances.Membership, func(tie alliances.Tie) string { return string(tie.Role) })
	if !slices.Equal(got, []string{"leader"}) {
		t.Errorf("the role of one who rules: %q, want leader", got)
	}
}

// TestFormsOfCoercion: one sacked, turned back, pressed into an act or put under an
// embargo is coerced (the Chad report's ¶6: "Déby sacked Nour", ¶17: "Chad turned Khalil
// Ibrahim back at N'Djamena airport", ¶16: "pressed JEM into signing"; the Angola one's
// ¶9: "the Security Council embargoed arms and fuel to UNITA"); not a mistrust turned
// into enmity, nor one turned to for help.
func TestFormsOfCoercion(t *testing.T) {
	actors := append(seventeenthActors(),
		alliances.Actor{ID: "deby", Name: "Idriss Déby", Aliases: []string{"Déby"}, Kind: "individual"},
		alliances.Actor{ID: "nour", Name: "Mahamat Nour", Aliases: []string{"Nour"}, Kind: "individual"},
		alliances.Actor{ID: "khalil", Name: "Khalil Ibrahim", Kind: "individual"},
		alliances.Actor{ID: "unsc", Name: "UN Security Council", Aliases: []string{"Security Council"}, Kind: "international-organization"})
	checkForms(t, actors, []formCase{
		{"sacked", "In December 2007 Déby sacked Nour.", []string{"deby coercion nour"}, nil},
		{"turned back", "In May 2010 Chad turned Khalil Ibrahim back at the airport.", []string{"chad coercion khalil"}, nil},
		{"pressed into", "In February 2010 Déby pressed JEM into signing a framework agreement.", []string{"deby coercion jem"}, nil},
		{"embargoed", "In September 1993 the Security Council embargoed arms and fuel to UNITA.", []string{"unsc coercion unita"}, nil},
		{"a mistrust turned", "In 2022 the UFR turned the long mistrust between Chad and Sudan into open enmity.", nil,
			[]string{"ufr coercion chad", "ufr coercion sudan", "chad coercion sudan"}},
		{"turned to", "In 2010 Déby turned to JEM for help.", []string{"deby favour jem"}, []string{"deby coercion jem"}},
	})
}

// TestFormsOfTheReview30: the thirtieth fresh-eyes reviewer's findings on a report of the
// North Yemen war, in sentences of our own: a subject none of whom acted ("No Cuban
// advisers ever reached UNITA"); one recognised as a terrorist organisation, no
// recognition; a list after ", and" that a verb follows is a new clause's subjects
// ("recognised the Yemen Arab Republic, and Britain and France followed"); an
// apposition between the subject and its verb holds no subject ("Jordan's King Hussein,
// no friend of Nasser either, sent military advisers to help the royalists").
func TestFormsOfTheReview30(t *testing.T) {
	actors := append(seventeenthActors(),
		alliances.Actor{ID: "cuba", Name: "Cuba", Aliases: []string{"Cuban", "Havana"}, Kind: "state"},
		alliances.Actor{ID: "pkk", Name: "Kurdistan Workers' Party", Aliases: []string{"PKK"}, Kind: "armed-group"},
		alliances.Actor{ID: "yar", Name: "Yemen Arab Republic", Kind: "state"},
		alliances.Actor{ID: "britain", Name: "Britain", Aliases: []string{"British"}, Kind: "state"},
		alliances.Actor{ID: "france", Name: "France", Aliases: []string{"French"}, Kind: "state"},
		alliances.Actor{ID: "jordan", Name: "Jordan", Kind: "state"},
		alliances.Actor{ID: "hussein", Name: "King Hussein", Aliases: []string{"Hussein"}, Kind: "individual"},
		alliances.Actor{ID: "nasser", Name: "Gamal Abdel Nasser", Aliases: []string{"Nasser"}, Kind: "individual"},
		alliances.Actor{ID: "royalists", Name: "royalists", Kind: "category"},
		alliances.Actor{ID: "egypt", Name: "Egypt", Aliases: []string{"Cairo", "Egyptian"}, Kind: "state"},
		alliances.Actor{ID: "amri", Name: "Hassan al-Amri", Kind: "individual"})
	checkForms(t, actors, []formCase{
		{"no one of the subject", "In 1976 no Cuban advisers ever reached UNITA.", nil, []string{"cuba support unita"}},
		{"no one fought", "In 1976 no Cuban troops fought UNITA.", nil, []string{"cuba hostility unita"}},
		{"no doubt of another's act", "In 1976 Cuba had no doubt that Saudi Arabia armed UNITA.", []string{"saudi-arabia support unita"}, nil},
		{"recognised as terrorists", "In 1997 Turkey recognised the PKK as a terrorist organisation.", nil, []string{"turkey support pkk"}},
		{"recognised as the lawful voice", "In 1998 Angola recognised UNITA as the movement's lawful voice.", []string{"angola support unita"}, nil},
		{"and others followed", "In July 1970 Saudi Arabia recognised the Yemen Arab Republic, and Britain and France followed.",
			[]string{"saudi-arabia support yar"}, []string{"saudi-arabia support britain", "saudi-arabia support france"}},
		{"a list after and, armed", "In 1963 Egypt armed the Yemen Arab Republic, and Saudi Arabia and Jordan armed the royalists.",
			[]string{"egypt support yar", "saudi-arabia support royalists", "jordan support royalists"}, []string{"egypt support saudi-arabia", "egypt support jordan"}},
		{"an apposition", "In 1963 Jordan's King Hussein, no friend of Nasser either, sent military advisers to help the royalists.",
			[]string{"hussein support royalists"}, []string{"nasser support royalists"}},
		{"a participle's aside", "In 1964 Egypt armed the Yemen Arab Republic. In 1964 Jordan, seeing the Egyptian army tied down, sent weapons to the royalists.",
			[]string{"jordan support royalists"}, []string{"egypt support royalists"}},
		{"a post after a pronoun", "In 1966 Egypt armed the Yemen Arab Republic. In 1966 a delegation of its leaders, among them the prime minister, Hassan al-Amri, went to Cairo.",
			nil, []string{"amri membership egypt"}},
		{"each its backer", "In 1996 the PUK, backed by Iran, and the KDP, backed by Turkey, fought for Erbil.",
			[]string{"iran support puk", "turkey support kdp"}, []string{"turkey support puk"}},
		{"at a state's border", "In 1994 the KDP and the PUK fought for control of the customs revenue at the Turkish border.",
			[]string{"kdp hostility puk"}, []string{"kdp hostility turkey", "puk hostility turkey"}},
	})
}

// TestDiscoverSidesAndVariantsOfTheReview30: reading as into a new case, the royalists
// and the republicans a report names as sides are actors; the word after an
// abbreviation's hyphen ("RCD-ML") is no abbreviation of its own, nor is the one before
// it where never written alone ("SPLM" of "SPLM-IO", a faction where written twice); two
// names joined ("the US-Taliban agreement") are no faction.
func TestDiscoverSidesAndVariantsOfTheReview30(t *testing.T) {
	text := "In 1962 the royalists rose against the new republic, and Egypt sent troops against the royalists. The republicans held Sanaa.\n\n" +
		"In 1999 the Rally for Congolese Democracy (RCD) split, and the RCD-ML took Bunia while the RCD held Goma; the RCD-ML fought the RCD in 2000.\n\n" +
		"In December 2013 the SPLM-IO broke away from the government in Juba, and in 2014 the SPLM-IO fought the army across Upper Nile.\n\n" +
		"In February 2020 the US-Taliban agreement was signed in Doha, and the US-Taliban talks went on in Qatar for months after it."
	_, _, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, want := range []string{"Royalists", "RCD-ML", "SPLM-IO"} {
		if !slices.Contains(names, want) {
			t.Errorf("found %q; want %s among them", names, want)
		}
	}
	for _, not := range []string{"ML", "SPLM", "US-Taliban"} {
		if slices.Contains(names, not) {
			t.Errorf("found %q; want no %s of its own", names, not)
		}
	}
}

// TestFormsOfTheReview30Diplomacy: the reviewer's report on the North Yemen war found no
// diplomacy; in sentences of our own: a short aside of when in a list of two who met
// ("Faisal, now king, and Nasser met in Jeddah"), a settlement reached by two, talks
// "with" one, and what two "agreed that" another would do (their agreement, not one
// with the other).
func TestFormsOfTheReview30Diplomacy(t *testing.T) {
	actors := append(seventeenthActors(),
		alliances.Actor{ID: "faisal", Name: "Faisal", Kind: "individual"},
		alliances.Actor{ID: "nasser", Name: "Gamal Abdel Nasser", Aliases: []string{"Nasser"}, Kind: "individual"},
		alliances.Actor{ID: "egypt", Name: "Egypt", Aliases: []string{"Cairo", "Egyptian"}, Kind: "state"},
		alliances.Actor{ID: "yar", Name: "Yemen Arab Republic", Kind: "state"})
	checkForms(t, actors, []formCase{
		{"an aside of when", "In August 1965 Faisal, now king, and Nasser met in Jeddah.", []string{"faisal negotiation nasser"}, nil},
		{"no aside of a cause", "In March 1997 Nasser was detained in Egypt, later with his aides, and Faisal's men left.",
			[]string{"egypt coercion nasser"}, []string{"faisal coercion nasser"}},
		{"a settlement", "In March 1970 Saudi Arabia and the Yemen Arab Republic reached a settlement.", []string{"saudi-arabia agreement yar"}, nil},
		{"talked with", "In 1969 Saudi Arabia talked with the Yemen Arab Republic.", []string{"saudi-arabia negotiation yar"}, nil},
		{"an exchange of fire", "In March 2008 the UFR was caught in an exchange of fire with Sudanese troops.", []string{"ufr hostility sudan"}, nil},
		{"paid", "In 2006 Sudan sheltered, armed and paid the UFR.", []string{"sudan support ufr"}, nil},
		{"paid by", "In 2006 the UFR was paid by Sudan.", []string{"sudan support ufr"}, nil},
		{"paid tribute", "In 2006 Sudan paid tribute to the UFR.", nil, []string{"sudan support ufr"}},
		{"rallied to", "In 2023 Hutu refugees rallied to Sudan.", []string{"hutu-refugees support sudan"}, nil},
		{"promised a subsidy", "In 1967 Saudi Arabia and Libya promised Egypt an annual subsidy.", []string{"saudi-arabia support egypt", "libya support egypt"}, nil},
		{"brought together under auspices", "In November 1965 the conference met at Haradh, bringing Chad and Sudan together under Egyptian and Saudi auspices.",
			[]string{"egypt mediation chad", "saudi-arabia mediation chad"}, nil},
		{"agreed that", "In August 1967 Nasser and Faisal agreed that Egypt would withdraw its troops.",
			[]string{"nasser agreement faisal"}, []string{"nasser agreement egypt", "faisal agreement egypt"}},
	})
}
