package extract_test

import (
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

// TestReaderReadsListsPostsAndOperations: the forms behind the misses of the Mali, Sahel
// and foreign-involvement annotations (docs/extraction.md), each written here on other
// actors: lists that pair every member, posts given in a relative clause, operations
// and their states, support given to an object named before it.
func TestReaderReadsListsPostsAndOperations(t *testing.T) {
	known := append(slices.Clone(actors),
		alliances.Actor{ID: "egypt", Name: "Egypt", Kind: "state"},
		alliances.Actor{ID: "france", Name: "France", Kind: "state"},
		alliances.Actor{ID: "mali", Name: "Mali", Kind: "state"},
		alliances.Actor{ID: "ivory-coast", Name: "Côte d'Ivoire", Kind: "state"},
		alliances.Actor{ID: "ecowas", Name: "Economic Community of West African States", Aliases: []string{"ECOWAS"}, Kind: "organization"},
		alliances.Actor{ID: "mohamed-morsi", Name: "Mohamed Morsi", Kind: "individual"},
		alliances.Actor{ID: "alassane-ouattara", Name: "Alassane Ouattara", Kind: "individual"},
		alliances.Actor{ID: "dioncounda-traore", Name: "Dioncounda Traoré", Kind: "individual"},
		alliances.Actor{ID: "operation-serval", Name: "Opération Serval", Aliases: []string{"Operation Serval"}, Kind: "state-organ"},
		alliances.Actor{ID: "operation-barkhane", Name: "Operation Barkhane", Kind: "state-organ"},
		alliances.Actor{ID: "mujao", Name: "Movement for Oneness and Jihad in West Africa", Aliases: []string{"MOJWA", "MUJAO"}, Kind: "armed-group"},
		alliances.Actor{ID: "islamists", Name: "Islamist groups", Kind: alliances.Category},
		alliances.Actor{ID: "anti-taliban-coalition", Name: "Anti-Taliban coalition", Kind: "coalition"},
		alliances.Actor{ID: "hizb-e-wahdat", Name: "Hizb-e Wahdat", Kind: "party"},
		alliances.Actor{ID: "karim-khalili", Name: "Karim Khalili", Kind: "individual"},
		alliances.Actor{ID: "hizb-e-wahdat-khalili", Name: "Hizb-e Wahdat faction of Karim Khalili", Kind: "faction"},
	)
	checkForms(t, known, []formCase{
		// The seed article ¶13: the regional powers are no actor of a new case, and the
		// concerns are not the Taliban's, whose name only follows "support for".
		{"a noun's object is not its unknown agent's concern", "Originally, support for Jami'at by the neighbouring powers was driven by concerns about a long-term Russian presence.",
			nil, []string{"jamiat opposition russia"}},
		{"a noun's known agent is", "Originally, support for Jami'at by Iran was driven by concerns about a long-term Russian presence.",
			[]string{"iran support jamiat", "iran opposition russia"}, []string{"jamiat opposition russia"}},
		// Mali ¶22: "former co-belligerents Ansar Dine, MOJWA, and the MNLA soon found
		// themselves in conflict with each other".
		{"a fight with each other pairs the whole list", "In 2012 the Taliban, Jami'at and Hizb-e Islami soon found themselves in conflict with each other.",
			[]string{"jamiat hostility hizb-e-islami", "taliban hostility hizb-e-islami", "taliban hostility jamiat"}, nil},
		{"a noun of partners names the list after it", "In 2012 the former co-belligerents Jami'at, Hizb-e Islami and the Taliban met in Doha.",
			[]string{"jamiat cooperation hizb-e-islami", "jamiat cooperation taliban", "hizb-e-islami cooperation taliban"}, nil},
		// Mali ¶32: "MOJWA and AQIM forces took over the eastern town of Ménaka".
		{"a town taken together", "On 19 November 2012, the Taliban and Jami'at forces took over the eastern town of Kunduz.",
			[]string{"taliban cooperation jamiat"}, []string{"taliban hostility jamiat"}},
		{"a post taken over is no fight", "In 2013 Hekmatyar took over the leadership of Hizb-e Islami.",
			[]string{"hekmatyar membership hizb-e-islami"}, []string{"hekmatyar hostility hizb-e-islami", "hekmatyar hostility hizb-e-islami 0.55"}},
		// Mali ¶18.
		{"a post in a relative clause", "In 2012 Côte d'Ivoire President Alassane Ouattara, who was the rotational chairman of ECOWAS, warned the Taliban.",
			[]string{"alassane-ouattara membership ecowas", "alassane-ouattara membership ivory-coast"}, nil},
		{"a speaker's post", "In April 2012 power passed to National Assembly of Mali Speaker Dioncounda Traoré.",
			[]string{"dioncounda-traore membership mali"}, nil},
		// Sahel ¶8, ¶18; Mali ¶5.
		{"an operation is its launcher's", "In January 2013 the French military launched Opération Serval against the Taliban.",
			[]string{"operation-serval membership france"}, nil},
		{"an operation named after its state", "In 2016 the Taliban called it revenge for the France Operation Barkhane.",
			[]string{"operation-barkhane membership france"}, nil},
		{"an operation ended in a place is not the place's", "In mid-2014, the French military in Mali ended its Operation Serval.",
			[]string{"operation-serval membership france"}, []string{"operation-serval membership mali"}},
		// Foreign involvement ¶27, ¶28.
		{"support given to the one named before it", "Iran has sent the Taliban financial support since 2011.",
			[]string{"iran support taliban"}, nil},
		{"support for one against another", "Since 2013, Egypt has been supportive of the Taliban, and President Mohamed Morsi has expressed open support for the Taliban against Jami'at.",
			[]string{"egypt favour taliban", "mohamed-morsi support taliban", "mohamed-morsi opposition jamiat"},
			[]string{"egypt favour mohamed-morsi", "taliban opposition jamiat"}},
		// Iraq ¶32: "voting in favor of independence from Iraq".
		{"in favor of what another cue governs", "In 2017 Hizb-e Islami voted in favor of independence from Pakistan.",
			[]string{"hizb-e-islami opposition pakistan"}, []string{"hizb-e-islami favour pakistan"}},
		// Mali ¶3, Sahel ¶7.
		{"an abbreviation of two names in parentheses", "In 2012 the Taliban fought the Movement for Oneness and Jihad in West Africa (MOJWA/MUJAO), a splinter group of Hizb-e Islami.",
			[]string{"mujao splinter hizb-e-islami"}, nil},
		{"an example's own splinter is not the collective's", "In 2012 the Taliban fought Islamist groups, including MOJWA, a splinter group of Hizb-e Islami.",
			[]string{"mujao splinter hizb-e-islami", "taliban hostility islamists"}, []string{"islamists splinter hizb-e-islami"}},
		// Mali ¶7.
		{"those who formed a group are its members", "In the early 1990s Jami'at and Hizb-e Islami formed the Anti-Taliban coalition.",
			[]string{"jamiat membership anti-taliban-coalition", "hizb-e-islami membership anti-taliban-coalition"}, nil},
		{"a state that formed a group is no member", "In 1994 Iran formed the Anti-Taliban coalition.",
			nil, []string{"iran membership anti-taliban-coalition"}},
		// Mali ¶24.
		{"a relative clause on a bare noun", "In 2012 residents protested in support of the Taliban, protests which were violently attacked by Jami'at.",
			nil, []string{"jamiat hostility taliban"}},
		// Mali ¶10.
		{"the movement's leader", "Hizb-e Islami fought the Taliban in the town. The movement's leader Gulbuddin Hekmatyar was born in Kunduz.",
			[]string{"hekmatyar membership hizb-e-islami"}, nil},
		{"a qualifier before -dominated, and a fight alongside another against a third", "Another Pakistan-dominated group, Hizb-e Islami, fought alongside Jami'at against the Taliban.",
			[]string{"hizb-e-islami cooperation jamiat", "hizb-e-islami hostility taliban", "jamiat hostility taliban"}, nil},
		{"a verb after and its auxiliaries shares the subject", "Hekmatyar was part of the Kunduz rebellion and has been reported to be linked to Jami'at.",
			[]string{"hekmatyar cooperation jamiat"}, nil},
		// The seed article, ¶4; Iran-Syria ¶20.
		{"a noun qualified by a participle", "Relations were established with the militias of Hekmatyar in Kunduz and some smugglers allied to Jami'at in Parwan.",
			nil, []string{"hekmatyar alliance jamiat"}},
		{"a verb after a noun keeps its subject", "The leaders of Jami'at and other prominent figures called on the Taliban to end the war.",
			[]string{"jamiat opposition taliban"}, nil},
		{"a clause told without that", "Jami'at claimed the captives were trained by the Taliban.",
			nil, []string{"taliban support jamiat"}},
		// Sahel ¶18.
		{"the next of a list is no post", "In 2015 Iranian raids killed a Taliban commander, Hekmatyar, and two fighters of Hizb-e Islami.",
			[]string{"hekmatyar membership taliban"}, []string{"hekmatyar membership hizb-e-islami"}},
		// The seed article, ¶7.
		{"its members are the organization named before", "When Hizb-e Islami signed a peace deal in 2016, the Taliban were upset and started targeting its members.",
			[]string{"taliban hostility hizb-e-islami"}, nil},
		// The seed article ¶25, read as a new case (the old stakeholders unknown).
		{"a verb with an object of its own pairs no subjects", "In 2020 Russia, Iran, and Pakistan lobbied the old powers of the republic.",
			nil, []string{"iran negotiation pakistan", "russia negotiation pakistan", "russia negotiation iran", "pakistan negotiation iran", "pakistan negotiation russia", "iran negotiation russia"}},
		// The seed article ¶15, ¶24.
		{"what was feared to be about to happen is no tie", "In 2014 Iran feared the Taliban were about to re-establish a close relationship with Pakistan.",
			[]string{"iran opposition taliban"}, []string{"taliban favour pakistan"}},
		{"support weighed is favour", "In 2021 Russia started considering the possibility of trading off support for the Taliban.",
			[]string{"russia favour taliban"}, []string{"russia support taliban"}},
		{"a fight weighed is no tie", "In 2021 Russia started considering the possibility of attacking the Taliban.",
			nil, []string{"russia hostility taliban"}},
		// The seed article ¶1.
		{"a name in a relative clause on a passive's agent is none", "In 2021 the takeover of Iran was aided by a network of relationships that the Taliban had been cultivating.",
			nil, []string{"taliban support iran"}},
		{"the group named earlier in the sentence", "Iran shifted its policy toward the Taliban in 2005 and armed the group.",
			[]string{"iran support taliban"}, nil},
		// The seed article ¶27.
		{"the possessor's ally is the name the apposition follows", "In 2019 the old stakeholders (Hekmatyar and Pakistan, Iran's uneasy coalition ally) waited.",
			[]string{"pakistan alliance iran"}, []string{"hekmatyar alliance iran", "hekmatyar alliance pakistan"}},
		{"the possessor's allies, the whole list", "In 2019 the old stakeholders (Hekmatyar and Pakistan, Iran's allies) waited.",
			[]string{"pakistan alliance iran", "hekmatyar alliance iran"}, []string{"hekmatyar alliance pakistan"}},
		// The seed article ¶8.
		{"the faction of an organization loyal to an individual", "Others waited, such as the faction of Hizb-e Wahdat loyal to former Vice President Karim Khalili, which reached an understanding with the Taliban in spring 2021.",
			[]string{"hizb-e-wahdat-khalili agreement taliban"}, []string{"karim-khalili agreement taliban", "hizb-e-wahdat agreement taliban"}},
		// The seed article ¶7.
		{"a tie a clause names without parties is the clause before's two", "By 2018, Hekmatyar was edging closer to the Taliban, and a full friendship blossomed.",
			[]string{"hekmatyar alliance taliban"}, nil},
		{"not to a name in a clause of time", "By 2018, Hekmatyar was edging closer to the Taliban, and a full friendship blossomed months before Iran's campaign ended.",
			[]string{"hekmatyar alliance taliban"}, []string{"hekmatyar alliance iran"}},
		// The seed article ¶4 read as a new case: the commanders are no actor of their own.
		{"a list joins a group's people to the group", "In 2015 the Taliban and local commanders of Hizb-e Islami have been jointly taxing mining operations.",
			[]string{"taliban cooperation hizb-e-islami"}, nil},
		// The seed article ¶17: the ability is the Afghan forces'.
		{"faith in another's ability is no stand of one's own", "In 2011 Iran and Russia started losing faith in their ability to contain Jami'at without U.S. support.",
			nil, []string{"iran opposition jamiat", "russia opposition jamiat"}},
		// The seed article ¶10-¶11: deals made with no one named, after a paragraph of
		// deals with the Taliban, by commanders a participle's phrase qualifies.
		{"deals with no one named are with whom the deals before were", "In June 2021 Jami'at made a defection deal with the Taliban in the north, after months of talks.\n\n" +
			"In late June, Hizb-e Islami commanders more loosely aligned with Hekmatyar started making deals in the west as well.",
			[]string{"hizb-e-islami agreement taliban"}, []string{"hekmatyar agreement taliban"}},
		{"but not those of a paragraph further", "In June 2021 Jami'at made a defection deal with the Taliban in the north, after months of talks.\n\n" +
			"The valley was quiet that summer, as the report on the valley says at length.\n\n" +
			"In late June, Hizb-e Islami commanders started making deals in the west as well.",
			nil, []string{"hizb-e-islami agreement taliban"}},
		{"not across a list", "Hekmatyar was involved in the Kunduz campaign, the Iran campaign (2017), and the Jalalabad offensive.",
			nil, []string{"hekmatyar hostility iran"}},
		// The seed article ¶25 read as a new case: "them", the old stakeholders, no actor.
		// A mediation names both parties in the record: with one unnamed, it is talks with
		// the one named (the store refused it as a mediation without a third).
		{"a mediation with the one party named", "The elite politicians of the republic wavered in 2020. Russia, Iran, and Pakistan actively lobbied the politicians and mediated between them and the Taliban.",
			[]string{"russia negotiation taliban", "iran negotiation taliban", "pakistan negotiation taliban"}, []string{"russia mediation taliban"}},
		// The seed article ¶1: the takeover of a state is a fight with it, however it
		// was aided.
		{"the takeover of a state is a fight with it", "In 2021 the Taliban's rapid takeover of Pakistan was aided by a network of local relationships.",
			[]string{"taliban hostility pakistan"}, []string{"taliban support pakistan"}},
		// The seed article ¶25 read as a new case: the old stakeholders are no actor, their
		// examples are.
		{"a mediation with the examples of an unnamed party", "In 2020 Russia moved in with a plan of engineering relationships between the Taliban and elite politicians of the old republic, such as Hizb-e Islami, Jami'at, and others.",
			[]string{"russia mediation taliban"}, []string{"hizb-e-islami mediation jamiat", "russia mediation hizb-e-islami"}},
		{"no talks beside the mediations told", "In 2020 Russia moved in with a plan of engineering relationships between the Taliban and elite politicians of the old republic, such as Hizb-e Islami, Jami'at, and others. " +
			"Russia lobbied the politicians and mediated between them and the Taliban.",
			[]string{"russia mediation taliban"}, []string{"russia negotiation taliban"}},
		// The same as a third newcomer's review read it: an aside between the verbs, and
		// the object of the first verb no actor.
		{"a mediation after an aside shares the verb before's subject", "The elite politicians of the republic wavered in 2020. Russia, Iran, and Pakistan actively lobbied the politicians, often in a coordinated way, and mediated between them and the Taliban.",
			[]string{"russia negotiation taliban", "iran negotiation taliban", "pakistan negotiation taliban"}, nil},
		{"a verb's object is not the next verb's", "The elite politicians of the republic wavered in 2020. Russia, Iran, and Pakistan armed the politicians and mediated between them and the Taliban.",
			[]string{"russia negotiation taliban"}, []string{"russia support taliban", "iran support taliban", "pakistan support taliban"}},
		// The seed article ¶12.
		{"support given to no one named goes to the paragraph's subject", "The Taliban grew strong in the south in 2019. Iran also provided significant support, and Russia provided support through Pakistan.",
			[]string{"iran support taliban", "russia support taliban"}, []string{"russia support pakistan"}},
		{"support given to a pronoun goes to the sentence before's subject", "The Taliban grew strong in the south in 2019. Iran provides them with logistical support, among the pillars of support.",
			[]string{"iran support taliban"}, nil},
		{"some of a pronoun are of no one named", "The Taliban grew strong in the south in 2019. Dozens of governments, most of them in Asia, recognised the Taliban.",
			nil, []string{"taliban support taliban", "taliban opposition taliban"}},
		// Foreign involvement ¶19.
		{"a district of a state is a place", "In 2013 Jami'at fighters crossed the border and took over eight villages in the Qusayr District of Pakistan.",
			nil, []string{"jamiat hostility pakistan"}},
	})
}

// TestMediationBetweenACollectiveAndItsExamples: the seed article's ¶25, on the test's
// actors. The regional powers the reader does not know are named by the examples in
// parentheses; they mediate between the Taliban and the old stakeholders, and so between
// the Taliban and each example of the stakeholders; each such proposal is one of its
// own, with an id of its own.
func TestMediationBetweenACollectiveAndItsExamples(t *testing.T) {
	known := append(slices.Clone(actors), alliances.Actor{ID: "old-stakeholders", Name: "old stakeholders", Kind: alliances.Category})
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, known)
	rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
	text := "As the peace talks failed, the regional powers (especially Pakistan, Iran, and Russia) moved in with their own plan of " +
		"engineering relationships between the Taliban and old stakeholders of the republic, such as Jami'at, Hekmatyar, and others."
	var got []string
	ids := map[string]bool{}
	for _, p := range rd.Read(extract.Read("report.txt", text, rules)) {
		if p.Tie.Kind == alliances.Mediation && p.Confidence >= 0.5 {
			got = append(got, p.Tie.Subject+" "+p.Tie.Object+" "+p.Tie.Third)
			if ids[p.Tie.ID] {
				t.Errorf("id %s given twice", p.Tie.ID)
			}
			ids[p.Tie.ID] = true
		}
	}
	for _, mediator := range []string{"pakistan", "iran", "russia"} {
		for _, third := range []string{"old-stakeholders", "jamiat", "hekmatyar"} {
			if w := mediator + " taliban " + third; !slices.Contains(got, w) {
				t.Errorf("mediations %q, want %q among them", got, w)
			}
		}
	}
}
