package extract_test

// The readings of the eighteenth round: help one had or got from another, where the
// words between name help; help asked for, which none gave yet; and rules of an
// analyst's that keep the words their cues need.

import (
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

// TestFormsOfHelpHadFrom: what one had, got or bought from another is help where the
// words between name it (the Angola report's ¶2: the FNLA "had ... money and arms from
// the CIA"); not where they name a move ("had come from Sudan"), word or a break ("a gang
// that had broken away from the AFRC", the Sierra Leone report's ¶14, a splinter the
// shorter cue reads). Help sought, asked or appealed for is none given ("the Taliban
// sought help from Pakistan").
func TestFormsOfHelpHadFrom(t *testing.T) {
	checkForms(t, seventeenthActors(), []formCase{
		{"had money and arms from", "In 1975 UNITA had money and arms from the United States.", []string{"united-states support unita"}, nil},
		{"got weapons from", "In 2013 the FDLR got weapons from Uganda.", []string{"uganda support fdlr"}, nil},
		{"bought drones from", "In 2020 Azerbaijan bought drones from Turkey.", []string{"turkey support azerbaijan"}, nil},
		{"had come from", "In 2014 the ADF had come from Sudan.", nil, []string{"sudan support adf", "sudan support adf 0.40"}},
		{"got word from", "In 2015 the ADF got word from Sudan.", nil, []string{"sudan support adf", "sudan support adf 0.40"}},
		{"had broken away from", "In 2000 the ADF, a gang that had broken away from the FDLR, held the hills.",
			[]string{"adf splinter fdlr"}, []string{"fdlr support adf"}},
		{"sought help from", "In 2016 the Taliban sought help from Pakistan.", nil, []string{"pakistan support taliban", "pakistan support taliban 0.40"}},
		{"asked for military support from", "In 2017 the ADF asked for military support from Sudan.", nil, []string{"sudan support adf", "sudan support adf 0.40"}},
		{"help given from", "In 2018 the FDLR fought on with help from Uganda.", []string{"uganda support fdlr"}, nil},
	})
}

// TestRulesExtendedKeepTheirConditions: an analyst's rule whose cues need words (then,
// before, within) stays a relation of its own when added to the built-in rules; merged
// into the built-in relation of its kind, its cues would state ties without those words.
func TestRulesExtendedKeepTheirConditions(t *testing.T) {
	more, err := extract.ParseRules("mine.yaml", []byte("relations:\n  - kind: support\n    passive: [\"obtained by loan ... from\"]\n    within: [tanks]\n"))
	if err != nil {
		t.Fatal(err)
	}
	rules := extract.DefaultRules()
	n := len(rules.Relations)
	rules.Extend(more)
	if len(rules.Relations) != n+1 || !slices.Equal(rules.Relations[n].Within, []string{"tanks"}) {
		t.Fatalf("extended rules: %d relations (had %d), last %+v; want the analyst's, with its within, added", len(rules.Relations), n, rules.Relations[len(rules.Relations)-1])
	}
	plain, err := extract.ParseRules("plain.yaml", []byte("relations:\n  - kind: support\n    cues: [\"lavished gifts on\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	rules.Extend(plain)
	if len(rules.Relations) != n+1 || !slices.Contains(rules.Relations[0].Cues, "lavished gifts on") {
		t.Errorf("a rule with no conditions made %d relations (want %d), its cue merged into the first of its kind: %v", len(rules.Relations), n+1,
			slices.Contains(rules.Relations[0].Cues, "lavished gifts on"))
	}
}

// TestFormsOfDemandsToGo: telling, pressing, warning or asking another to go or stop is
// a demand, as calling on it is (the Chad report's ¶17: Khartoum "told the UFR's leaders
// to leave Sudan"; the Congo one's ¶15: "pressing Mobutu to step aside"); a demand made
// of an actor's leaders or fighters, named in its possessive, is made of the actor. One
// who tells what another did is no party to it ("told reporters that"), nor is one asked
// to act ("asked Pakistan to send troops").
func TestFormsOfDemandsToGo(t *testing.T) {
	checkForms(t, seventeenthActors(), []formCase{
		{"told to leave", "In 2009 Sudan told the UFR's leaders to leave the country.", []string{"sudan opposition ufr"}, nil},
		{"pressed to step aside", "In 1997 the United States pressed Mobutu to step aside.", []string{"united-states opposition mobutu"}, nil},
		{"urged the men to disarm", "In 2009 Sudan urged the UFR's fighters to disarm.", []string{"sudan opposition ufr"}, nil},
		{"told reporters that", "In 2009 Sudan told reporters that the UFR had attacked Chad.", []string{"ufr hostility chad"}, []string{"sudan opposition ufr", "sudan hostility chad"}},
		{"asked to send troops", "In 2002 the United States asked Pakistan to send troops.", nil, []string{"united-states opposition pakistan"}},
	})
}

// TestFormsOfColumnsOfAList: a list after a plural noun of forces and "of" that opens the
// sentence acts together (the Mali report's ¶8: "columns of Ansar Dine, AQIM and MUJAO
// moved south and took Konna", here with a verb of capture the reader knows).
func TestFormsOfColumnsOfAList(t *testing.T) {
	actors := append(seventeenthActors(),
		alliances.Actor{ID: "ansar-dine", Name: "Ansar Dine", Kind: "armed-group"},
		alliances.Actor{ID: "aqim", Name: "AQIM", Kind: "armed-group"},
		alliances.Actor{ID: "mujao", Name: "MUJAO", Kind: "armed-group"})
	checkForms(t, actors, []formCase{
		{"columns of three", "In January 2013, however, columns of Ansar Dine, AQIM and MUJAO captured Konna.",
			[]string{"ansar-dine cooperation aqim", "ansar-dine cooperation mujao", "aqim cooperation mujao"}, []string{"ansar-dine hostility aqim"}},
		{"fighters of two who clash", "In 2013 fighters of Ansar Dine and MUJAO clashed near Gao.", []string{"ansar-dine hostility mujao"}, []string{"ansar-dine cooperation mujao"}},
	})
}

// TestFormsOfTheReview31: the readings the thirty-first reviewer's report on the Ogaden
// war found missing or wrong, in sentences of its kind. "Soviet" and "the Soviets" are the
// Soviet Union, which the registry keeps as one actor with Russia; subsidising is funding;
// "sent 15,000 men to" sends men (the comma of a thousand is no list's); help named from
// one "and" more from another is each giver's ("received tanks from Cuba and artillery
// from Iran"); one whose consent or help goes "with" an act is none of its objects ("with
// Washington's tacit consent", "with Somali help", "planned with Soviet advisers"), and
// the one "to" names after that aside is; help received that the gap denies is none
// ("received no help from", "had little help from", but "a little help" is); "it" after
// a colon is the sentence's subject, not a name in its aside; one who seized power in a
// state's capital leads the state; a name another's patron or ally in apposition ("the
// United States, Ethiopia's patron since the early 1950s,") or in a relative clause ("who
// had once been Moscow's closest ally") holds the tie the noun names; one "under" whom a
// body's men serve ("Soviet officers under General Vasily Petrov", "the WSLF's fighters,
// under General Aidid,") is the body's; spare parts sold are arms ("sold Mogadishu
// Soviet-made spare parts"); those named as one subject of taking, entering or crossing a place act
// together ("Cuban and Ethiopian forces took the Marda Pass"); closing another's camps
// coerces it ("Ethiopia did close the SNM's camps").
func TestFormsOfTheReview31(t *testing.T) {
	actors := append(seventeenthActors(),
		alliances.Actor{ID: "russia", Name: "Russia", Aliases: []string{"Moscow"}, Kind: "state"},
		alliances.Actor{ID: "ethiopia", Name: "Ethiopia", Aliases: []string{"Ethiopian", "Addis Ababa"}, Kind: "state"},
		alliances.Actor{ID: "somalia", Name: "Somalia", Aliases: []string{"Somali", "Mogadishu"}, Kind: "state"},
		alliances.Actor{ID: "wslf", Name: "Western Somali Liberation Front", Aliases: []string{"WSLF"}, Kind: "armed-group"},
		alliances.Actor{ID: "barre", Name: "Siad Barre", Aliases: []string{"Barre"}, Kind: "individual"},
		alliances.Actor{ID: "cuba", Name: "Cuba", Aliases: []string{"Cuban", "Havana"}, Kind: "state"},
		alliances.Actor{ID: "fapla", Name: "FAPLA", Kind: "armed-group"},
		alliances.Actor{ID: "petrov", Name: "Vasily Petrov", Aliases: []string{"Petrov"}, Kind: "individual"},
		alliances.Actor{ID: "egypt", Name: "Egypt", Aliases: []string{"Cairo", "Egyptian"}, Kind: "state"},
		alliances.Actor{ID: "aidid", Name: "Mohamed Farah Aidid", Aliases: []string{"Aidid"}, Kind: "individual"})
	checkForms(t, actors, []formCase{
		{"Soviet advisers", "In 1976 Soviet advisers trained and equipped the Ethiopian army.", []string{"russia support ethiopia"}, nil},
		{"the Soviets", "In 1977 Somalia expelled the Soviets.", []string{"somalia hostility russia"}, nil},
		{"subsidise", "In 1980 Saudi Arabia continued to subsidise Barre.", []string{"saudi-arabia support barre"}, nil},
		{"men by the thousand", "In 1978 Cuba sent 15,000 men to Ethiopia.", []string{"cuba support ethiopia"}, nil},
		{"two givers, one verb", "In 1977 Ethiopia received tanks from Cuba and artillery from Iran.", []string{"cuba support ethiopia", "iran support ethiopia"}, nil},
		{"two givers, had", "In 1979 Somalia got arms from Saudi Arabia and money from the United States.",
			[]string{"saudi-arabia support somalia", "united-states support somalia"}, nil},
		{"consent", "In 1979 Iran supplied some arms, apparently with Washington's tacit consent.", nil, []string{"iran support united-states"}},
		{"consent, then the recipient", "In 1979 Iran supplied some arms, apparently with Washington's tacit consent, to the Somali army.",
			[]string{"iran support somalia"}, []string{"iran support united-states"}},
		{"with help, no target", "In 1982 the WSLF kept up attacks in the Ogaden with Somali help.", []string{"somalia support wslf"}, []string{"wslf hostility somalia"}},
		{"with help, then the target", "In 1982 the WSLF fought with Cuban help against Ethiopia.", []string{"cuba support wslf", "wslf hostility ethiopia"}, []string{"wslf hostility cuba"}},
		{"planned with advisers", "In 1987 a FAPLA offensive, planned with Soviet advisers, failed.", nil, []string{"fapla hostility russia"}},
		{"no help received", "In 1984 Somalia received no help from Iran.", nil, []string{"iran support somalia", "iran support somalia 0.40"}},
		{"little help had", "In 1983 Ethiopia had little help from the United States.", nil, []string{"united-states support ethiopia", "united-states support ethiopia 0.40"}},
		{"a little help got", "In 1985 the WSLF got a little help from Cuba.", []string{"cuba support wslf"}, nil},
		{"another verb after and", "In 1985 the WSLF got weapons from Cuba and demanded more from Somalia.", []string{"cuba support wslf"}, []string{"somalia support wslf"}},
		{"seized power in", "In October 1969 Siad Barre seized power in Mogadishu.", []string{"barre membership somalia"}, nil},
		// (Siad Barre, once the one here, is Somalia's head by the list of rulers.)
		{"took power in a month", "In 1990 Vasily Petrov took power in December.", nil, []string{"petrov membership somalia"}},
		{"came to power in", "In 1991 Siad Barre came to power in Mogadishu.", []string{"barre membership somalia"}, nil},
		{"the prospect of getting to power in", "In 2018, with the prospect of the WSLF getting to power in Mogadishu looking slim, its leaders started warming to the idea of cooperation with Ethiopia.",
			nil, []string{"somalia favour ethiopia", "somalia cooperation ethiopia"}},
		{"a patron in apposition", "In 1977 the United States, Ethiopia's patron since the early 1950s, was losing patience.", []string{"united-states support ethiopia"}, nil},
		{"an ally in a relative clause", "In 1975 Barre, who had once been Moscow's closest ally, changed sides.", []string{"barre alliance russia"}, nil},
		{"officers under a general", "In 1978 Soviet officers under General Vasily Petrov planned the counter-offensive.", []string{"petrov membership russia"}, nil},
		{"fighters, under a general,", "In 1990 the WSLF's fighters, under General Mohamed Farah Aidid, reached Mogadishu.", []string{"aidid membership wslf"}, nil},
		{"goods made elsewhere", "In 1977 Egypt sold Mogadishu Soviet-made spare parts and ammunition.", []string{"egypt support somalia"}, []string{"egypt support russia"}},
		{"two forces took a pass", "In March 1978 Cuban and Ethiopian forces took the Marda Pass.", []string{"cuba cooperation ethiopia"}, []string{"cuba hostility ethiopia"}},
		{"two crossed a border", "In 1982 Ethiopia and the WSLF crossed the border.", []string{"ethiopia cooperation wslf"}, nil},
		{"one took, another crossed", "In 1982 Ethiopia took the town and the WSLF crossed the border.", nil, []string{"ethiopia cooperation wslf"}},
		{"four listed crossed", "In 1982 Ethiopia, Somalia, Cuba and the WSLF crossed the border.", nil, []string{"ethiopia cooperation somalia", "ethiopia cooperation wslf"}},
		{"camps closed", "In 1988 Ethiopia did close the WSLF's camps.", []string{"ethiopia coercion wslf"}, nil},
		{"an embassy closed", "In 1988 Ethiopia closed its embassy in Somalia.", nil, []string{"ethiopia coercion somalia"}},
		{"it after a colon", "In 1978 Saudi Arabia, eager to pull Somalia out of the Soviet camp, was more forthcoming: it financed Barre.",
			[]string{"saudi-arabia support barre"}, []string{"somalia support barre"}},
	})
}

// TestDiscoverPeopleOfTheReview31: reading as a new case, a people's noun before a name
// is no part of it ("The Cuban Arnaldo Ochoa commanded"), nor is a sentence's opening
// "Unlike"; a post of one's state after the name ("Ethiopia's strongman"), and a post one
// emerged as ("who emerged as the Derg's undisputed chairman"), find the person; a name
// set after a body's noun and whom it gathers, after "by", is the body's ("deposed by a
// committee of junior officers, the Derg"), but not two states joined ("a coalition of
// two, Iran and Russia,").
func TestDiscoverPeopleOfTheReview31(t *testing.T) {
	text := "The Cuban Arnaldo Ochoa commanded the counter-offensive in 1978. In 1977 Mengistu Haile Mariam, who emerged as the Derg's undisputed chairman, purged the army.\n\n" +
		"In 1974 Haile Selassie was deposed by a committee of junior officers, the Derg. In 2015 Russia was a coalition of two, Iran and Russia, backing Assad. In 2016 the coalition, Iran and Syria, held Aleppo.\n\n" +
		"Unlike Mogadishu, Nairobi stayed out of the war in 1979. In 1980 Mogadishu armed the rebels, and in 1981 Mogadishu paid them.\n\n" +
		"In 1978 Tafari Benti Wolde, Ethiopia's strongman, asked for tanks. Unlike Ochoa, Petrov stayed. Ochoa left in 1979. In 1979 the Russian Orthodox Church blessed the war."
	_, _, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, want := range []string{"Arnaldo Ochoa", "Mengistu Haile Mariam", "Tafari Benti Wolde", "Derg"} {
		if !slices.Contains(names, want) {
			t.Errorf("found %q; want %s among them", names, want)
		}
	}
	for _, not := range []string{"Cuban Arnaldo Ochoa", "Unlike Ochoa", "Orthodox Church", "Iran and Russia", "Iran and Syria", "Unlike Mogadishu"} {
		if slices.Contains(names, not) {
			t.Errorf("found %q; want no %s", names, not)
		}
	}
}

// TestTimeNotAThingsYear: a year that names a thing after "the" ("the 1974 treaty") is not
// the time of an act outside that thing's phrase (the thirty-first reviewer's report:
// "renounced the 1974 treaty and broke off diplomatic relations with Cuba" in 1977).
func TestTimeNotAThingsYear(t *testing.T) {
	actors := append(seventeenthActors(),
		alliances.Actor{ID: "somalia", Name: "Somalia", Kind: "state"},
		alliances.Actor{ID: "cuba", Name: "Cuba", Kind: "state"})
	got := readDated(actors, "In 1977 Somalia renounced the 1974 treaty and broke off diplomatic relations with Cuba.")
	if !slices.Contains(got, "somalia coercion cuba 1977") {
		t.Errorf("read %q; want somalia coercion cuba 1977 among them", got)
	}
}

// readDated reads a sentence (and a second that makes its paragraph long enough) knowing
// the actors given, and returns each proposal as its subject, kind, object and time.
func readDated(actors []alliances.Actor, sentence string) []string {
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, actors)
	rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
	var got []string
	for _, p := range rd.Read(extract.Read("r.txt", sentence+" This sentence only makes the paragraph long enough to count.", rules)) {
		got = append(got, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object+" "+p.Tie.Valid.String())
	}
	return got
}

// TestEndsOfHelpFrozen: aid frozen or withheld ends the support it was (the thirty-first
// review: "the US Congress froze military aid in 1989"), as aid suspended does; it is no
// support given then.
func TestEndsOfHelpFrozen(t *testing.T) {
	actors := append(seventeenthActors(), alliances.Actor{ID: "somalia", Name: "Somalia", Kind: "state"})
	for _, text := range []string{"In 1989 the United States froze military aid to Somalia.", "In 1989 the United States withheld military aid to Somalia."} {
		if got := readDated(actors, text); !slices.Contains(got, "united-states support somalia /1989") {
			t.Errorf("%q read %q; want united-states support somalia /1989, ended then", text, got)
		}
	}
}

// TestAbbreviationsKeepDoubledLetters: an abbreviation is not another with a letter
// doubled (the thirty-second reviewer's report on Dhofar: "led in the field by SAS teams"
// was read as Syria's, whose army is the SAA), while names of more letters still meet
// across a doubled consonant ("Qassem", "Qasem").
func TestAbbreviationsKeepDoubledLetters(t *testing.T) {
	actors := append(seventeenthActors(),
		alliances.Actor{ID: "syria", Name: "Syria", Aliases: []string{"SAA", "Syrian Arab Army"}, Kind: "state"},
		alliances.Actor{ID: "oman", Name: "Oman", Aliases: []string{"Omani"}, Kind: "state"},
		alliances.Actor{ID: "soleimani", Name: "Qassem Soleimani", Kind: "individual"})
	checkForms(t, actors, []formCase{
		{"SAS is no SAA", "In 1972 the firqat, led in the field by SAS teams, fought alongside the Omani army.", nil,
			[]string{"syria cooperation oman", "syria membership oman"}},
		{"a doubled consonant", "In 2019 Qasem Soleimani armed the Taliban.", []string{"soleimani support taliban"}, nil},
	})
}

// TestDiscoverNoTitleAlone: reading as a new case, a post's word before a government's
// noun is no person ("the Sultan's government", written twice in the thirty-second
// reviewer's report on Dhofar).
func TestDiscoverNoTitleAlone(t *testing.T) {
	text := "In 1965 the Dhofar Liberation Front attacked the Sultan's government. In 1966 Front fighters ambushed an army patrol.\n\n" +
		"In 1968 the Front's congress met at Hamrin, and Front fighters took the coast. In 1970 the Sultan's government fell to his son."
	_, _, finds := discover(text)
	for _, f := range finds {
		if f.Actor.Name == "Sultan" {
			t.Errorf("found %s (%s: %s); want no actor of a post's word alone", f.Actor.Name, f.Actor.Kind, f.Why)
		}
	}
}

// TestFormsOfTheReview32: the readings the thirty-second reviewer's report on Dhofar found
// missing: a gift of arms named after its receiver ("King Hussein gave Oman some thirty
// Hunter aircraft"), and help begun or kept up in the infinitive ("began to supply arms to
// the PFLOAG", "continued to fund"); not help licensed or agreed to ("a license to fund
// the Free Syrian Army" is no funding said, as its annotation reads it); one who proved
// another's friend is its ally, and its "first great-power patron" its supporter.
func TestFormsOfTheReview32(t *testing.T) {
	actors := append(seventeenthActors(),
		alliances.Actor{ID: "oman", Name: "Oman", Aliases: []string{"Omani", "Muscat"}, Kind: "state"},
		alliances.Actor{ID: "jordan", Name: "Jordan", Kind: "state"},
		alliances.Actor{ID: "pfloag", Name: "PFLOAG", Kind: "armed-group"},
		alliances.Actor{ID: "iraq", Name: "Iraq", Kind: "state"},
		alliances.Actor{ID: "russia", Name: "Soviet Union", Aliases: []string{"Moscow"}, Kind: "state"})
	checkForms(t, actors, []formCase{
		{"gave aircraft", "In 1975 Jordan gave Oman some thirty Hunter aircraft.", []string{"jordan support oman"}, nil},
		{"began to supply", "In 1970 the Soviet Union began to supply arms to the PFLOAG.", []string{"russia support pfloag"}, nil},
		{"continued to fund", "In 1972 Iraq continued to fund the PFLOAG.", []string{"iraq support pfloag"}, nil},
		{"agreed to fund", "In 1971 Iraq agreed to fund the PFLOAG.", nil, []string{"iraq support pfloag"}},
		{"a license to fund", "In 1971 Iraq granted a company a license to fund the PFLOAG.", nil, []string{"iraq support pfloag"}},
		{"proved a friend", "In 1973 Iraq proved the PFLOAG's most generous friend.", []string{"iraq alliance pfloag"}, nil},
		{"a great-power patron", "In 1970 Iraq was the PFLOAG's first great-power patron.", []string{"iraq support pfloag"}, nil},
		{"a friend of no one named", "In 1973 Iraq proved a friend.", nil, []string{"iraq alliance pfloag"}},
	})
}
