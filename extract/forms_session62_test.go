package extract_test

// The forms eight more reviewers' reports showed, and those the reports reviewed before
// still missed (the seventh session of 2026-12-05).

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

// session62Actors are the actors of this file's sentences.
func session62Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "un", Name: "United Nations", Kind: "international-organization"},
		{ID: "mexico", Name: "Mexico", Kind: "state"},
		{ID: "norway", Name: "Norway", Kind: "state"},
		{ID: "mcp", Name: "Malayan Communist Party", Aliases: []string{"the Party"}, Kind: "party"},
		{ID: "home-guard", Name: "Home Guard", Kind: "militia"},
		{ID: "angola", Name: "Angola", Kind: "state"},
		{ID: "eo", Name: "Executive Outcomes", Kind: "company"},
		{ID: "kengo", Name: "Léon Kengo wa Dondo", Aliases: []string{"Kengo"}, Kind: "individual"},
		{ID: "white-legion", Name: "White Legion", Kind: "armed-group"},
		{ID: "contact-group", Name: "Contact Group", Kind: "coalition"},
		{ID: "frontline-states", Name: "Frontline States", Kind: "coalition"},
		{ID: "g5-sahel", Name: "G5 Sahel", Kind: "coalition"},
		{ID: "eu", Name: "European Union", Kind: "international-organization"},
		{ID: "us", Name: "United States", Kind: "state"},
		{ID: "uk", Name: "Britain", Kind: "state"},
		{ID: "canada", Name: "Canada", Kind: "state"},
		{ID: "tanzania", Name: "Tanzania", Kind: "state"},
		{ID: "zambia", Name: "Zambia", Kind: "state"},
		{ID: "mali", Name: "Mali", Kind: "state"},
		{ID: "niger", Name: "Niger", Kind: "state"},
		{ID: "japan", Name: "Japan", Kind: "state"},
		{ID: "swapo", Name: "SWAPO", Aliases: []string{"our movement"}, Kind: "party"},
		{ID: "unc", Name: "United Nations Command", Aliases: []string{"the Command"}, Kind: "coalition"},
		{ID: "greece", Name: "Greece", Kind: "state"},
		{ID: "ccp", Name: "Chinese Communist Party", Aliases: []string{"the Communists"}, Kind: "party"},
		{ID: "gpp", Name: "Prolonged People's War tendency", Kind: "faction"},
		{ID: "proletarians", Name: "Proletarian tendency", Kind: "faction"},
		{ID: "terceristas", Name: "Terceristas", Kind: "faction"},
		{ID: "fsln", Name: "Sandinista National Liberation Front", Aliases: []string{"Sandinista"}, Kind: "armed-group"},
		{ID: "guatemala", Name: "Guatemala", Kind: "state"},
		{ID: "el-salvador", Name: "El Salvador", Kind: "state"},
		{ID: "somoza", Name: "Anastasio Somoza", Aliases: []string{"Somoza"}, Kind: "individual"},
		{ID: "medvedev", Name: "Dmitry Medvedev", Aliases: []string{"Medvedev"}, Kind: "individual"},
		{ID: "south-ossetia", Name: "South Ossetia", Kind: "state"},
		{ID: "nato", Name: "NATO", Aliases: []string{"the Alliance"}, Kind: "international-organization"},
		{ID: "ukraine", Name: "Ukraine", Kind: "state"},
		{ID: "ridgway", Name: "Matthew Ridgway", Aliases: []string{"Ridgway"}, Kind: "individual"},
		{ID: "clark", Name: "Mark Clark", Aliases: []string{"Clark"}, Kind: "individual"},
		{ID: "cuba", Name: "Cuba", Kind: "state"},
		{ID: "castro", Name: "Fidel Castro", Aliases: []string{"Castro"}, Kind: "individual"},
		{ID: "swapo-full", Name: "South West Africa People's Organisation", Kind: "party"},
		{ID: "soviet-union", Name: "Soviet Union", Kind: "state"},
		{ID: "south-africa", Name: "South Africa", Kind: "state"},
		{ID: "cameroon", Name: "Cameroon", Aliases: []string{"soldiers", "Ministry of Defence"}, Kind: "state"},
		{ID: "bir", Name: "Rapid Intervention Battalion", Aliases: []string{"BIR"}, Kind: "state-organ"},
		{ID: "fulani", Name: "Fulani militias", Aliases: []string{"armed Fulani men"}, Kind: "militia"},
		{ID: "agovc", Name: "Ambazonia Governing Council", Aliases: []string{"AGovC"}, Kind: "party"},
		{ID: "adf", Name: "Ambazonia Defence Forces", Aliases: []string{"ADF"}, Kind: "armed-group"},
		{ID: "ayaba", Name: "Lucas Ayaba Cho", Aliases: []string{"Ayaba Cho"}, Kind: "individual"},
		{ID: "interim", Name: "Interim Government", Kind: "party"},
		{ID: "tabe", Name: "Sisiku Julius Ayuk Tabe", Aliases: []string{"Ayuk Tabe"}, Kind: "individual"},
		{ID: "socadef", Name: "Southern Cameroons Defence Forces", Aliases: []string{"SOCADEF"}, Kind: "armed-group"},
		{ID: "aplm", Name: "African People's Liberation Movement", Kind: "party"},
		{ID: "akwanga", Name: "Ebenezer Akwanga", Aliases: []string{"Akwanga"}, Kind: "individual"},
		{ID: "rights-groups", Name: "Human rights groups", Kind: "category"},
		{ID: "arab-league", Name: "Arab League", Kind: "international-organization"},
		{ID: "algeria", Name: "Algeria", Kind: "state"},
		{ID: "brahimi", Name: "Lakhdar Brahimi", Aliases: []string{"Brahimi"}, Kind: "individual"},
		{ID: "bendjedid", Name: "Chadli Bendjedid", Kind: "individual"},
		{ID: "north-korea", Name: "North Korea", Aliases: []string{"North Korean"}, Kind: "state"},
		{ID: "macarthur", Name: "Douglas MacArthur", Aliases: []string{"MacArthur"}, Kind: "individual"},
		{ID: "truman", Name: "Harry Truman", Aliases: []string{"Truman"}, Kind: "individual"},
		{ID: "plan", Name: "PLAN", Aliases: []string{"PLAN combatants"}, Kind: "armed-group"},
		{ID: "koevoet", Name: "Koevoet", Kind: "militia"},
		{ID: "untag", Name: "UNTAG", Kind: "international-organization"},
		{ID: "fapla", Name: "FAPLA", Kind: "armed-group"},
		{ID: "unita", Name: "UNITA", Kind: "armed-group"},
		{ID: "mark-clark", Name: "Mark W. Clark", Kind: "individual"},
		{ID: "hale", Name: "Robert Hale", Kind: "individual"},
		{ID: "kinyua", Name: "Peter Kinyua", Kind: "individual"},
		{ID: "kenya-regiment", Name: "Kenya Regiment", Kind: "militia"},
		{ID: "kar", Name: "King's African Rifles", Kind: "state-organ"},
		{ID: "volunteers", Name: "Russian volunteers", Kind: "category"},
	}
}

// TestFormsOfTakingOverTalks: "took over the moderation" takes over a task, no place
// from anyone after it (the Guatemala report's ¶17 had made the United Nations hostile to
// the "Friends" it names next); "deserted to" a party is joining it, where "deserted" a
// party is leaving it.
func TestFormsOfTakingOverTalks(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"the moderation", "The United Nations took over the moderation in January 1994, with Mexico and Norway as the \"Friends\" of the process.",
			nil, []string{"un hostility mexico", "un hostility norway"}},
		{"a town", "In January 1994 the United Nations took over Mexico.", []string{"un hostility mexico"}, nil},
		{"deserted to", "In 1951 Home Guard sections deserted to the Malayan Communist Party.", []string{"home-guard membership mcp"}, nil},
		{"deserted", "In 1951 Home Guard sections deserted the Malayan Communist Party.", []string{"home-guard opposition mcp"}, []string{"home-guard membership mcp"}},
	})
}

// TestDiscoverPeopleCalledAndOwning: a name after a person's noun and "called" is a
// person's ("a young Hokkien called Chin Peng", the Malaya memoir's ¶2), as is one before a
// verb whose object "his" owns ("Chin Peng took his headquarters across the border", its
// ¶19), where a body's noun before "called" makes the name the body's and a state's "its"
// leaves it a state; a quantifier that opens the sentence is no part of a name ("Some
// Home Guard sections", its ¶9, had been found as an organization of its own).
func TestDiscoverPeopleCalledAndOwning(t *testing.T) {
	text := "In 1948 its leader was a young Hokkien called Chin Peng. From 1953 Hor Lung took his men across the border. " +
		"A group called Ulster Resistance bought rifles. South Africa sent its troops. Some Home Guard sections sold cartridges. " +
		"In 1990 a faction in Beirut called Tanzim Saraya fought Israel.\n\n" +
		"A second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	people := kindFound(finds, "individual")
	for _, want := range []string{"Chin Peng", "Hor Lung"} {
		if !slices.Contains(people, want) {
			t.Errorf("people found %q, want %q among them", people, want)
		}
	}
	for _, not := range []string{"Ulster Resistance", "South Africa", "Tanzim Saraya"} {
		if slices.Contains(people, not) {
			t.Errorf("people found %q, want no %q", people, not)
		}
	}
	for _, f := range finds {
		if f.Actor.Name == "Some Home Guard" {
			t.Errorf("found %q (%s), want the name without its quantifier", f.Actor.Name, f.Why)
		}
	}
	if !slices.ContainsFunc(finds, func(f extract.Found) bool { return f.Actor.Name == "Home Guard" }) {
		t.Errorf("finds %v, want Home Guard", finds)
	}
}

// TestFormsOfHiring: the hired serve the one who hires them ("The government also hired
// Executive Outcomes", the Angola report's ¶9; "Kengo hired some 300 mercenaries, the
// White Legion", the First Congo War's), where a hire had been read as a business deal
// between equals; "hired by" says the same the other way round.
func TestFormsOfHiring(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"hired", "In 1995 Angola also hired Executive Outcomes, a company of former South African servicemen.",
			[]string{"eo support angola"}, []string{"angola agreement eo"}},
		{"hired by", "The White Legion, hired by Kengo in 1996, fought at Kisangani.", []string{"white-legion support kengo"}, nil},
	})
}

// TestFormsOfStatesInApposition: states named in apposition to a coalition's name, after
// it ("The Frontline States, Tanzania, Zambia, ... and, from 1980, Zimbabwe, denounced
// linkage", the Namibia pamphlet's ¶12) or before it ("operating with Mauritania, Mali,
// ... and Chad, the so-called G5 Sahel", the Mali report's ¶16), are its members; a list
// with no "and" before its last runs on past the name ("Japan, the United States, the
// European Union, the World Bank and other donors", the Aceh report's). States that form
// a coalition are its members ("five Western powers, the United States, Britain, ...,
// formed the so-called Contact Group", the pamphlet's ¶11), where a state that forms an
// armed group is its sponsor.
func TestFormsOfStatesInApposition(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"after", "In 1984 the Frontline States, Tanzania and, from 1980, Zambia, denounced linkage.",
			[]string{"tanzania membership frontline-states", "zambia membership frontline-states"}, nil},
		{"before", "In 2014 Barkhane operated with Mali and Niger, the so-called G5 Sahel.",
			[]string{"mali membership g5-sahel", "niger membership g5-sahel"}, nil},
		{"a list going on", "In 2005 we asked Japan, the United States, the European Union, the World Bank and other donors to tie their aid.",
			nil, []string{"japan membership eu", "us membership eu"}},
		{"formed", "In 1977 three Western powers, the United States, Britain and Canada, formed the so-called Contact Group.",
			[]string{"us membership contact-group", "uk membership contact-group", "canada membership contact-group"}, nil},
	})
}

// TestFormsOfFurnishingAndElidedVerbs: "furnished ... to" gives, as "sent ... to" does
// (the Korea memcon's ¶17 had left eight contingents unread); a name after ", and" that an
// article's noun follows is the subject of the verb left out, no second receiver ("to the
// Command, and South Africa an air squadron"); the one after "as did" did the same, no
// object of the verb ("denounced linkage, as did our movement", the Namibia pamphlet's
// ¶12, had set the Frontline States against the movement).
func TestFormsOfFurnishingAndElidedVerbs(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"furnished", "In 1950 Japan and Greece each furnished at least a battalion to the Command, and Canada an air squadron.",
			[]string{"japan support unc", "greece support unc"}, []string{"japan support canada", "greece support canada"}},
		{"as did", "In 1984 Tanzania and Zambia denounced linkage, as did our movement.",
			nil, []string{"tanzania opposition swapo", "zambia opposition swapo"}},
		{"an object", "In 1984 Tanzania condemned the United States, as did Zambia.", []string{"tanzania opposition us"}, []string{"tanzania opposition zambia"}},
	})
}

// TestACitySetOutFor: a capital after "left for" is the city set out for, no government
// that talks ("Chang Chih-chung left yesterday for Peiping at the head of the Acting
// President's delegation, for talks with the Communists", the Nanking diary's ¶21), where
// the capital that arms is its state.
func TestACitySetOutFor(t *testing.T) {
	checkForms(t, append(session62Actors(), alliances.Actor{ID: "russia", Name: "Soviet Union", Aliases: []string{"Moscow"}, Kind: "state"}), []formCase{
		{"left for", "On 2 April 1949 Chang left yesterday for Moscow at the head of the delegation, for talks with the Communists.",
			nil, []string{"russia negotiation ccp"}},
		{"armed", "In 1949 Moscow armed the Communists.", []string{"russia support ccp"}, nil},
	})
}

// TestDiscoverOrdinalNames: a unit's or a movement's name may open with an ordinal in
// figures ("Russia's 58th Army", the Georgia Memorial's ¶9; "the 26th of July Movement",
// the Cuba study guide's), where a day of a month is no name ("On the 25th June").
func TestDiscoverOrdinalNames(t *testing.T) {
	text := "In 2008 Russia's 58th Army crossed the Roki tunnel. The 26th of July Movement fought the army in 1957. " +
		"On the 25th June 1950 the 3rd Battalion moved north.\n\nA second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, want := range []string{"58th Army", "26th of July Movement", "3rd Battalion"} {
		if !slices.Contains(names, want) {
			t.Errorf("found %q, want %q among them", names, want)
		}
	}
	if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, "25th") }) {
		t.Errorf("found %q, want no name of a day", names)
	}
}

// TestFormsOfTheThreeAndBoth: "The three" after three sentences, each on one of them, are
// those three ("The Prolonged People's War tendency ... The Proletarian tendency ... The
// third, the Terceristas, ... The three quarrelled bitterly", the Nicaragua script's ¶5,
// and "quarrelled" alone is a rivalry of those who did); "both", the subject of a verb,
// is the list of two named last ("the military governments of Guatemala and El Salvador
// made no secret of their sympathy; both feared a Sandinista victory", its ¶17, where
// "Closer to home" had made Somoza favour the two); not two of different kinds named
// apart.
func TestFormsOfTheThreeAndBoth(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"the three", "In 1977 the Prolonged People's War tendency held to a long rural war. The Proletarian tendency looked instead to the towns. " +
			"The third, the Terceristas, wanted a rising soon. The three quarrelled bitterly.",
			[]string{"gpp rivalry proletarians", "gpp rivalry terceristas", "proletarians rivalry terceristas"}, nil},
		{"both", "In 1978 Somoza had few friends. Closer to home, the military governments of Guatemala and El Salvador made no secret of their sympathy; " +
			"both feared a Sandinista victory.",
			[]string{"guatemala opposition fsln", "el-salvador opposition fsln"}, []string{"somoza favour guatemala", "somoza favour el-salvador"}},
		{"both past a name", "In 1978 the governments of Guatemala and El Salvador, friends of Somoza, made no secret of their sympathy; both feared a Sandinista victory.",
			[]string{"guatemala opposition fsln", "el-salvador opposition fsln"}, nil},
		{"both apart", "In 1978 Guatemala armed the Terceristas, attached to the Sandinista front. Both feared Somoza.",
			nil, []string{"terceristas opposition somoza"}},
	})
}

// TestTheThreeOfPeopleAfterItems: "The three Europeans" are no three of the groups the
// sentences before were about (a Wikipedia timeline of the Sahel's war): a noun of people
// after "the three" counts others.
func TestTheThreeOfPeopleAfterItems(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"after items", "In 2021 the Terceristas attacked a post. In 2021 the Proletarian tendency killed two soldiers. " +
			"In 2021 the Prolonged People's War tendency burned a village. The three Europeans were killed in 2021 by the Sandinista front.",
			nil, []string{"fsln hostility gpp", "fsln hostility terceristas", "fsln hostility proletarians", "gpp hostility fsln", "terceristas hostility fsln", "proletarians hostility fsln"}},
	})
}

// TestFormsOfActsAlone: a decree signed is no deal with those it names ("President
// Medvedev signed decrees recognising South Ossetia and Abkhazia", the Georgia Memorial's
// ¶17), where a treaty signed with a state is; a promise that states "will become
// members" makes none yet (its ¶4); one who "gave way to" another gave him nothing (the
// Korea memcon's ¶16); a town named after its state is no state ("the barracks at
// Santiago de Cuba", the Cuba study guide's ¶3).
func TestFormsOfActsAlone(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"decrees", "On 26 August 2008 President Medvedev signed decrees recognising South Ossetia.",
			[]string{"medvedev support south-ossetia"}, []string{"medvedev agreement south-ossetia"}},
		{"a treaty", "In 1999 Medvedev signed a treaty with Ukraine.", []string{"medvedev agreement ukraine"}, nil},
		{"will become", "In April 2008 NATO declared that Ukraine \"will become members\" of the Alliance.", nil, []string{"ukraine membership nato"}},
		{"gave way", "In May 1952 Ridgway gave way to General Clark.", nil, []string{"ridgway support clark"}},
		{"a town", "In July 1953 Castro attacked the barracks at Santiago de Cuba.", nil, []string{"castro hostility cuba"}},
		{"the state", "In 1958 Castro fought Cuba.", []string{"castro hostility cuba"}, nil},
	})
}

// TestDiscoverPeopleByTheirVerbs: a name of two or three words whose verb only a person
// takes is a person's ("He met Eulogio Cantillo ... Eulogio Cantillo met Fidel Castro",
// the Cuba study guide's ¶21, had left Cantillo unfound), where a body's or a place's name
// is not ("The Security Council met"), and a state in a place's name is no state ("Mount
// Kenya").
func TestDiscoverPeopleByTheirVerbs(t *testing.T) {
	text := "In 1958 Eulogio Cantillo met Fidel Castro. In 1960 Hor Lung was executed. The Security Council met in 1950. " +
		"In 1953 the fighters held Mount Kenya.\n\nA second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	people := kindFound(finds, "individual")
	for _, want := range []string{"Eulogio Cantillo", "Hor Lung"} {
		if !slices.Contains(people, want) {
			t.Errorf("people found %q, want %q among them", people, want)
		}
	}
	for _, f := range finds {
		if f.Actor.Name == "Kenya" || f.Actor.Name == "Security Council" && f.Actor.Kind == "individual" {
			t.Errorf("found %s (%s, %s), want none", f.Actor.Name, f.Actor.Kind, f.Why)
		}
	}
}

// TestFormsOfAMovementsOwnVoice: where a text names an organization as its own ("our
// movement, the South West Africa People's Organisation", the Namibia pamphlet's ¶1),
// its "we", "us" and "our" are that organization ("The Soviet Union supplied most of our
// weapons", "Zambia opened its territory to us", its ¶4 and ¶5), outside another's
// quoted words; where it names none, "our" is no one's.
func TestFormsOfAMovementsOwnVoice(t *testing.T) {
	own := "In 1990 the masses stood behind our movement, the South West Africa People's Organisation. "
	checkForms(t, session62Actors(), []formCase{
		{"our", own + "From 1966 the Soviet Union supplied most of our weapons. In 1968 Zambia opened its territory to us.",
			[]string{"soviet-union support swapo-full", "zambia support swapo-full"}, nil},
		{"quoted", own + "In 1978 South Africa said: \"We crushed Zambia.\"", nil, []string{"swapo-full hostility zambia"}},
		{"no own", "From 1966 the Soviet Union supplied most of our weapons.", nil, []string{"soviet-union support swapo-full"}},
	})
}

// TestFormsOfABodysOwnOfficersAndParts: the Cameroon overview's forms (¶2 to ¶9): one
// named "with X as its president" after a body is its leader, the body the one named last
// before "with", past those an "of" qualifies (the Lebanon chapter's "An Arab League
// committee of ... President Chadli Bendjedid of Algeria, with Lakhdar Brahimi as its
// envoy"); "its own armed wing, the ADF" is a part of the sentence's subject; "the armed
// wing of Ebenezer Akwanga's African People's Liberation Movement" is the movement's, not
// the man's; "led from Norway by" leads; soldiers "accompanied by armed Fulani men" act
// with them, no foes; "killing detainees, charges the Ministry of Defence denies" killed
// no ministry.
func TestFormsOfABodysOwnOfficersAndParts(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"as its president", "In 2017 the council turned itself into an Interim Government, with Sisiku Julius Ayuk Tabe as its president.",
			[]string{"tabe membership interim"}, nil},
		{"as its envoy", "In 1989 an Arab League committee of President Chadli Bendjedid of Algeria, with Lakhdar Brahimi as its envoy, obtained a ceasefire.",
			[]string{"brahimi membership arab-league"}, []string{"brahimi membership algeria"}},
		{"its own wing", "In 2017 the AGovC built its own armed wing, the Ambazonia Defence Forces (ADF).", []string{"adf membership agovc"}, nil},
		{"a man's movement", "In 2018 the Southern Cameroons Defence Forces (SOCADEF), the armed wing of Ebenezer Akwanga's African People's Liberation Movement, fought in Meme.",
			[]string{"socadef membership aplm"}, []string{"socadef membership akwanga"}},
		{"led from", "In 2019 the Ambazonia Governing Council, led from Norway by Lucas Ayaba Cho, rejected the talks.", []string{"ayaba membership agovc"}, nil},
		{"accompanied", "In February 2020 soldiers, accompanied by armed Fulani men from a local vigilance committee, killed 21 civilians.",
			[]string{"cameroon cooperation fulani"}, []string{"cameroon hostility fulani"}},
		{"charges denied", "In 2019 Human rights groups accused the BIR of killing detainees, charges the Ministry of Defence denies.",
			[]string{"rights-groups opposition bir"}, []string{"bir hostility cameroon"}},
	})
}

// TestDiscoverAbbreviationsWithSmallLetters: an abbreviation in brackets may hold small
// letters ("the Ambazonia Governing Council (AGovC)", the Cameroon overview's ¶5): the
// organization's other name, no part of its name, as a qualifier would be ("Nepali
// Congress (Democratic)").
func TestDiscoverAbbreviationsWithSmallLetters(t *testing.T) {
	text := "In 2017 the Ambazonia Governing Council (AGovC) rejected the talks. In 2018 the AGovC attacked Cameroon.\n\n" +
		"A second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	for _, f := range finds {
		if strings.Contains(f.Actor.Name, "Ambazonia") && (f.Actor.Name != "Ambazonia Governing Council" || !slices.Contains(f.Actor.Aliases, "AGovC")) {
			t.Errorf("found %q, aliases %q: want the Ambazonia Governing Council, alias AGovC", f.Actor.Name, f.Actor.Aliases)
		}
	}
}

// TestFormsOfJoinedVerbsAfterAnAuxiliary: two verbs joined after an auxiliary share their
// own clause's subject, not the sentence's ("the United States refused, since Moscow had
// armed and advised the North Korean aggressors", after the Korea memcon's ¶4, had made
// the United States North Korea's backer); one relieved of his command, or relieved by
// another, is coerced by him (its ¶16).
func TestFormsOfJoinedVerbsAfterAnAuxiliary(t *testing.T) {
	checkForms(t, append(session62Actors(), alliances.Actor{ID: "russia", Name: "Soviet Union", Aliases: []string{"Moscow"}, Kind: "state"}), []formCase{
		{"had armed and advised", "In 1953 the United States refused, since Moscow had armed and advised the North Korean aggressors.",
			[]string{"russia support north-korea"}, []string{"us support north-korea"}},
		{"relieved of", "In April 1951 Truman relieved MacArthur of his command.", []string{"truman coercion macarthur"}, nil},
		{"relieved by", "In April 1951 MacArthur was relieved by President Truman.", []string{"truman coercion macarthur"}, nil},
	})
}

// TestFormsOfAPluralPostBeforeNames: a plural post between an organization's word and a
// list of names makes each its member ("the Communist commanders Chu Teh, Lin Piao, Liu
// Po-cheng and Chen Yi", the Nanking diary's ¶2, had made Chu Teh alone; "the Nationalist
// generals Fu Tso-yi and Yen Hsi-shan" none).
func TestFormsOfAPluralPostBeforeNames(t *testing.T) {
	checkForms(t, append(session62Actors(),
		alliances.Actor{ID: "kmt", Name: "Kuomintang", Aliases: []string{"Nationalist"}, Kind: "party"},
		alliances.Actor{ID: "zhu", Name: "Chu Teh", Kind: "individual"}, alliances.Actor{ID: "lin", Name: "Lin Piao", Kind: "individual"},
		alliances.Actor{ID: "fu", Name: "Fu Tso-yi", Kind: "individual"}, alliances.Actor{ID: "yan", Name: "Yen Hsi-shan", Kind: "individual"}), []formCase{
		{"commanders", "In 1948 the Communists' commanders Chu Teh and Lin Piao met at Hsipaipo.", []string{"zhu membership ccp", "lin membership ccp"}, nil},
		{"generals", "In 1948 the Nationalist generals Fu Tso-yi and Yen Hsi-shan held the north.", []string{"fu membership kmt", "yan membership kmt"}, nil},
	})
}

// TestFormsOfAVerbAfterBut: a verb after "but" shares the subject of the verb before, not
// its object ("It fought Batista's troops but quarrelled with the Directorio and with
// Guevara's column", the Cuba study guide's ¶6, had made Cuba quarrel with them).
func TestFormsOfAVerbAfterBut(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"but", "In 1958 the Terceristas fought Somoza but quarrelled with the Proletarian tendency.",
			[]string{"terceristas hostility somoza", "terceristas rivalry proletarians"}, []string{"somoza rivalry proletarians"}},
	})
}

// TestFormsOfFallingUponAndAdvancing: "were fallen upon by" is a fight with the agent, the
// passive's subject before a relative clause with no comma, not the clause's last name
// ("PLAN combatants who had come forward inside the country to report to UNTAG were fallen
// upon by Koevoet", the Namibia pamphlet's ¶15); an armed force named as such that
// advances on another fights it ("FAPLA advanced on UNITA's strongholds", its ¶13),
// where forces that cross into a state in flight do not.
func TestFormsOfFallingUponAndAdvancing(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"fallen upon", "On 1 April 1989 PLAN combatants who had come forward inside the country to report to UNTAG were fallen upon by Koevoet.",
			[]string{"koevoet hostility plan"}, []string{"koevoet hostility untag"}},
		{"advanced on", "In 1987 FAPLA advanced on UNITA's strongholds.", []string{"fapla hostility unita"}, nil},
		{"crossed in flight", "In July 1994 FAPLA crossed into Zambia with over a million refugees.", nil, []string{"fapla hostility zambia"}},
	})
}

// TestFormsOfAPostAtTheTime: a phrase of the time between a post and its copula leaves
// the post its holder ("the Russian Federation ..., whose President at the material time
// was Dmitry Medvedev", the Georgia Memorial's ¶1).
func TestFormsOfAPostAtTheTime(t *testing.T) {
	checkForms(t, append(session62Actors(), alliances.Actor{ID: "russia", Name: "Russian Federation", Kind: "state"}), []formCase{
		{"at the material time", "In 2008 the Russian Federation, whose President at the material time was Dmitry Medvedev, sent troops.",
			[]string{"medvedev membership russia"}, nil},
	})
}

// TestFormsOfASignaturesPost: a post and its body after a name, each set off by commas, as
// a letter's or a treaty's signature gives them ("General Mark W. Clark, Commander in
// Chief, United Nations Command", the Korea memcon's ¶9), make the named its member; not
// a body that goes on in a list ("Clark, commander, the Command and Japan").
func TestFormsOfASignaturesPost(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"signature", "In July 1953 General Mark W. Clark, Commander in Chief, United Nations Command, signed the armistice.",
			[]string{"mark-clark membership unc"}, nil},
		{"a list", "In July 1953 Mark W. Clark, commander, the Command and Japan met.", nil, []string{"mark-clark membership unc"}},
	})
}

// TestFormsOfAnOralHistorysSpeaker: an answer's "I" and "me" in an oral history are the
// interviewee its tape's header names ("Interviewee: Mr. Robert Hale, ... Interviewer:
// Peter Kinyua." then "A: ... I joined the Kenya Regiment", after the Mau Mau report's
// ¶20), not "my father"'s; the interviewer is no party, nor whom a pronoun stands for.
func TestFormsOfAnOralHistorysSpeaker(t *testing.T) {
	header := "Interviewee: Mr. Robert Hale, son of a settler at Ol Kalou. Date: 7 January 2003. Place: Nakuru. Interviewer: Peter Kinyua.\n\n" +
		"Q: When did you join?\n\n"
	checkForms(t, session62Actors(), []formCase{
		{"I", header + "A: In 1953, at eighteen, I joined the Kenya Regiment, as most of the young men on the farms around us did that year.",
			[]string{"hale membership kenya-regiment"}, nil},
		{"my father", header + "A: In 1955 my father joined the King's African Rifles, though he was past forty and had a farm to run at home.",
			nil, []string{"hale membership kar"}},
		{"he", header + "A: In 1954 he joined the King's African Rifles, and nobody on the farm was surprised when he went.",
			nil, []string{"kinyua membership kar"}},
	})
}

// TestFormsOfService: one who served in or with a unit is its member ("Hale ... served in
// the Kenya Regiment", "Muriithi served with the Kikuyu Guard", the Mau Mau transcripts'
// ¶13 and ¶20); volunteers "serving with" a state's units are no members of them (the
// Kosovo hearing's ¶16 records a help).
func TestFormsOfService(t *testing.T) {
	checkForms(t, session62Actors(), []formCase{
		{"served in", "In 1953 Robert Hale served in the Kenya Regiment.", []string{"hale membership kenya-regiment"}, nil},
		{"served with", "From 1953 Robert Hale served with the King's African Rifles.", []string{"hale membership kar"}, nil},
		{"volunteers", "In 1999 Russian volunteers served with the King's African Rifles.", nil, []string{"volunteers membership kar"}},
	})
}
