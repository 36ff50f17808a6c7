package extract_test

import "testing"

// TestReaderReadsTheFormsOfLaterReports: the ways of stating a tie learnt on 2026-12-03,
// from the second part of the Foreign Involvement article (held out until measured) and
// from the tenth review, of the Belligerents article's second part: gifts told by
// "provided ... with", "poured ... into" and "providing ... to"; a demand that a leader
// go; a founder among several; a grade before a post; an aside set off by commas before
// the verb; weapons named by a noun of fighting; support told before; a colon between a
// state and a post; designations as terrorists; support offered; another's given name;
// supporters listed after a copula, in its several shapes; and from the second part of the
// Mali War article (held out until measured): planes and men sent, and what goes along with
// them; help told at a clause's end; a demand that asks nothing of its object; posts given
// beside a name; a verb after "and" that shares its subject; and a group's parts (from the
// inter-rebel text).
func TestReaderReadsTheFormsOfLaterReports(t *testing.T) {
	checkForms(t, formActors(), []formCase{
		{"provided with", "In 2012 Iran has also provided the Taliban with arms and other military equipment.", []string{"iran support taliban"}, nil},
		{"poured into", "In 2014 Iran poured hundreds of millions of dollars into the Taliban, the report says.", []string{"iran support taliban"}, nil},
		{"a demand that a leader go", "Since August 2011 Iran insists that Gulbuddin Hekmatyar must step down.", []string{"iran opposition hekmatyar"}, nil},
		{"one of the founders", "In 1994 Hekmatyar, one of the founders of the Taliban, met the Americans.", []string{"hekmatyar membership taliban"}, nil},
		{"a grade before a post", "In 2020 Hekmatyar, a senior Taliban commander, met the Americans.", []string{"hekmatyar membership taliban"}, nil},
		{"an aside before the verb", "In 2011 Iran, a Pakistan ally with the region's second largest army, had a friendly relationship with Russia.",
			[]string{"iran favour russia"}, []string{"pakistan favour russia"}},
		{"a list is no aside", "In 2012 Iran, the Taliban, and Jami'at suspended aid in support of Russia.", []string{"jamiat support russia"}, nil},
		{"assault rifles", "In 2012 Iran distributed assault rifles, rocket launchers and other ammunition to the Taliban.", nil, []string{"iran hostility taliban"}},
		{"support told before", "In 2015 the United States said it would continue this support now that Russia had joined the war.", nil, []string{"united-states support russia"}},
		{"a judge of what is said", "In 2015 Jami'at is deemed by Iran to be the Afghan affiliate of the Taliban, the report says.",
			[]string{"jamiat membership taliban"}, []string{"iran membership taliban", "afghanistan membership taliban"}},
		{"designated terrorists by several", "In 2015 the outlawed Taliban, designated as a terrorist organization by Iran, Russia and Pakistan, resumed fighting.",
			[]string{"iran coercion taliban", "russia coercion taliban", "pakistan coercion taliban"}, nil},
		{"designated terrorists", "In 2010 Russia designated the Taliban a terrorist organization, the report says.", []string{"russia coercion taliban"}, nil},
		{"designated no terrorist", "In 2010 Russia designated Iran as its envoy to the Taliban, the report says.", nil, []string{"russia coercion iran"}},
		{"missiles launched at", "In 2017 Russia launched 59 Tomahawk missiles at an Iranian airbase near the border.", []string{"russia hostility iran"}, nil},
		{"a program to train", "In 2015 Iran ended its program to train the Taliban, the report says.", []string{"iran support taliban"}, nil},
		{"close ties", "Before the war Hekmatyar enjoyed close ties with Iran, the report says.", []string{"hekmatyar favour iran"}, nil},
		{"a call to arms", "On 14 July 2014, Jami'at issued a regional call to arms for all the Taliban to assist it.", nil, []string{"jamiat support taliban"}},
		{"support offered", "In 2013 Iran was ready to begin supplying lethal aid to the Taliban in a controlled framework.",
			[]string{"iran favour taliban"}, []string{"iran support taliban"}},
		{"an offensive vowed", "In 2014 Jami'at vowed to launch an offensive against the Taliban in the north.",
			[]string{"jamiat opposition taliban"}, []string{"jamiat hostility taliban"}},
		{"a text named after an actor", "In 2015 Iran, citing Article 51 of the Taliban Charter, intensified its strikes on Pakistan.",
			[]string{"iran hostility pakistan"}, []string{"taliban hostility pakistan"}},
		// From a reviewer's reading of the Belligerents article: "Riad al-Asaad, the
		// founder of the Free Syrian Army" was read as Bashar al-Assad.
		{"another's given name", "In 2016 the deputy is Ahmad Hekmatyar, the founder of the Taliban.", nil, []string{"hekmatyar membership taliban"}},
		{"a post before the surname", "In 2016 President Hekmatyar, the founder of the Taliban, met Iran.", []string{"hekmatyar membership taliban"}, nil},
		// From the tenth review: supporters listed after a copula.
		{"supporters after a copula", "In 2016 the major parties supporting the Taliban are Russia, Iran and Pakistan, the report says.",
			[]string{"russia support taliban", "iran support taliban", "pakistan support taliban"}, nil},
		// Other shapes of such a list (the first left by the tenth review).
		{"a noun of backers", "In 2020 the main foreign backers of the Taliban were Pakistan, Iran and Russia, the report says.",
			[]string{"pakistan support taliban", "iran support taliban", "russia support taliban"}, nil},
		{"among the supporters", "In 2020 among the supporters of the Taliban were Pakistan and Iran, the report says.",
			[]string{"pakistan support taliban", "iran support taliban"}, nil},
		{"a relative clause", "In 2020 the states that support the Taliban are Pakistan and Iran, the report says.",
			[]string{"pakistan support taliban", "iran support taliban"}, nil},
		{"a possessive's backers", "In 2020 the Taliban's principal foreign backers were reportedly Pakistan and Iran, the report says.",
			[]string{"pakistan support taliban", "iran support taliban"}, nil},
		{"a possessive's backers denied", "In 2020 the Taliban's backers were not Pakistan and Iran, the report says.",
			nil, []string{"pakistan support taliban", "iran support taliban"}},
		// mali-war-2 ¶8, ¶9: planes and men sent, and what goes along with them.
		{"a plane dispatched", "In 2013 Iran dispatched a transport plane to the Taliban in a similar role.", []string{"iran support taliban"}, nil},
		{"support personnel along with", "In 2013 Iran made the decision to send two helicopters along with 80 support personnel to the Taliban.",
			[]string{"iran support taliban"}, []string{"iran cooperation taliban", "iran cooperation taliban 0.40"}},
		// "Support personnel" and "support units" are men, not an act of support.
		{"support personnel sent", "In 2013 Iran sent support personnel and Pakistan sent fighters to the Taliban in the north.",
			[]string{"pakistan support taliban"}, []string{"iran support pakistan"}},
		{"support personnel met", "In 2013 the Iranian support personnel met the Taliban in the north of the country.", nil, []string{"iran support taliban"}},
		// A cue whose object follows it at once is no cue of a pair after it.
		{"a fight's object, and a name after", "In 2017 Pakistan attacked the Taliban in the villages of Jami'at in the north.",
			[]string{"pakistan hostility taliban"}, []string{"pakistan hostility jamiat"}},
		// hezbollah-syria ¶26: fellow victims of a passive with its agent.
		{"fellow victims after the agent", "In October 2016 its commander Gulbuddin Hekmatyar was reported to have been killed by the Taliban, along with other Jami'at fighters, in this campaign.",
			[]string{"taliban hostility hekmatyar"}, []string{"taliban cooperation jamiat", "jamiat cooperation taliban"}},
		// rojava-islamist ¶49: what was taken along with a town is no partner.
		{"taken along with", "In November 2015 Jami'at captured the town of Kunduz, along with more than 200 villages and towns from the Taliban in the north.",
			nil, []string{"jamiat cooperation taliban"}},
		{"troops to be deployed", "In 2013 Pakistan said that it had ordered troops to be deployed immediately to the Taliban.", []string{"pakistan support taliban"}, nil},
		// iraq-war ¶32: "the Iraqi Army launched a short offensive on 15 October against
		// Iraqi Kurdistan to recapture the disputed city of Kirkuk with the help of the
		// Talabani family".
		{"help at a clause's end", "In 2017 Pakistan launched a short offensive on 15 October against the Taliban to recapture the disputed city of Kunduz with the help of Jami'at.",
			[]string{"pakistan hostility taliban", "jamiat support pakistan"},
			[]string{"jamiat support taliban", "taliban hostility jamiat", "pakistan hostility jamiat", "pakistan hostility jamiat 0.55"}},
		// foreign-involvement-2 ¶18: a demand that asks nothing of its object leaves the
		// fight after it to the one who demands.
		{"a demand that asks no stop", "In 2015 Iran drafted a resolution urging Russia to take all necessary measures in the fight against the Taliban.",
			[]string{"russia hostility taliban", "iran hostility taliban 0.40"}, []string{"iran opposition russia", "iran opposition russia 0.40"}},
		// mali-war-2 ¶2, ¶5, ¶7, ¶19, ¶39, ¶46: posts given beside a name.
		{"a post before a comma", "In 2013 the Iranian chief of army staff, Qassem Soleimani, announced that the Taliban had withdrawn from the town.",
			[]string{"qassem-soleimani membership iran"}, nil},
		{"a post known as", "In 2013 the Taliban leader known as Ashraf Ghani was leading the operation against Jami'at.", []string{"ashraf-ghani membership taliban"}, nil},
		{"a graded post in a group", "In 2013 Iran announced the death of Mohamed Morsi, a high level leader in the Taliban group.", []string{"mohamed-morsi membership taliban"}, nil},
		{"one of the founders, a name", "In 2013 one of the Taliban's founders, Mohamed Morsi, was quoted as saying that the ceasefire had ended.",
			[]string{"mohamed-morsi membership taliban"}, nil},
		{"one of the top men", "In 2013 Iran said that Mohamed Morsi, one of the three top men of the Taliban, had been killed.", []string{"mohamed-morsi membership taliban"}, nil},
		{"a pilot and his rank", "In 2013 one Iranian pilot, Lieutenant Mohamed Morsi, was killed after his helicopter was downed by the Taliban.",
			[]string{"mohamed-morsi membership iran"}, nil},
		{"a verb after and shares the subject", "In 2013 a new split happened in the Taliban, with one of its commanders in Kunduz, Mohamed Morsi, quitting the group and joining Jami'at.",
			[]string{"mohamed-morsi membership jamiat"}, []string{"taliban membership jamiat"}},
		// mali-war-2 ¶4, ¶32: men sent to act, and on whom.
		{"troops sent to fight", "In 2013 Iran sent troops to fight the Taliban in the west of the country, the report says.",
			[]string{"iran hostility taliban"}, []string{"iran support taliban"}},
		{"sent to aid, after a comma", "On 22 February 2013 about 100 Iranian troops had been sent to Egypt, which borders Pakistan, to aid the Taliban in the north.",
			[]string{"iran support egypt", "iran support taliban"}, []string{"egypt support taliban", "pakistan support taliban"}},
		{"planes to ferry forces", "On 12 January 2013 Iran was deploying two transport planes in a non-combat role to ferry Russian forces into the north.",
			[]string{"iran support russia"}, nil},
		// inter-rebel ¶29, ¶39: a group's parts.
		{"mainly composing of", "In 2016 the conflict between Jami'at, mainly composing of the Taliban and Hizb-e Islami, and Iran escalated in the north.",
			[]string{"taliban membership jamiat", "hizb-e-islami membership jamiat", "jamiat hostility iran"}, nil},
		{"an aside of its parts", "In 2018 Jami'at, comprising the Taliban and Hizb-e Islami, fought Iran in the west of the country for months.",
			[]string{"jamiat hostility iran", "taliban membership jamiat"}, []string{"taliban hostility iran", "hizb-e-islami hostility iran"}},
		// iran-syria ¶11: where the subject lies, set off by commas.
		{"an aside of where it lies", "In 2012 Egypt, located between Iran and Russia, was criticized by the U.S. for allowing Iran to ship military supplies to the Taliban.",
			[]string{"united-states opposition egypt"}, []string{"united-states opposition iran", "united-states opposition russia"}},
		{"factions including", "Between 24 and 25 May 2018, five Taliban factions including Jami'at and Hizb-e Islami conducted a joint attack on Iran.",
			[]string{"jamiat membership taliban", "hizb-e-islami membership taliban"}, nil},
		// sahel ¶19, rojava-islamist, inter-rebel ¶28: a timeline's present tense; men
		// who crossed from a state; a party described at length after "between".
		{"a timeline's present", "On 6 December 2017, Iranian and Pakistani forces kill 11 Taliban militants in a firefight near the border.",
			[]string{"iran hostility taliban", "pakistan hostility taliban"}, nil},
		{"crossed from a state", "In 2015 fighters from the Taliban crossed from Iran to reinforce Jami'at defensive positions in the north.",
			[]string{"taliban support jamiat"}, []string{"iran support jamiat"}},
		{"between one described and a compound", "In 2015 clashes took place between Hizb-e Islami, supported by Iran, and the Jami'at-dominated Taliban in the north.",
			[]string{"hizb-e-islami hostility taliban", "jamiat membership taliban", "iran support hizb-e-islami"}, nil},
		// inter-rebel ¶34, sahel ¶19: two who fight one enemy together.
		{"a fight side by side", "In 2016 Jami'at and Hizb-e Islami eventually captured all positions of the Taliban in the north.",
			[]string{"jamiat cooperation hizb-e-islami", "jamiat hostility taliban", "hizb-e-islami hostility taliban"}, []string{"hizb-e-islami hostility jamiat"}},
		{"attacked together is no side by side", "In 2016 Jami'at and Hizb-e Islami were attacked by the Taliban in the north.",
			nil, []string{"hizb-e-islami cooperation jamiat", "jamiat cooperation hizb-e-islami"}},
		// (Mohamed Morsi, once the holder here, is Egypt's head by the list of rulers.)
		{"a colon before a post", "In 2013 a vote was held on action against Egypt: the Prime Minister Qassem Soleimani lost it.", nil, []string{"qassem-soleimani membership egypt"}},
		// "(The PYD is deemed by Turkey to be the Syrian affiliate of PKK, but it is
		// actively aided by the U.S.)": the pronoun of a passive, after ", but", is the
		// sentence's subject.
		{"a pronoun after but", "In 2015 the Taliban fought Iran, but it is actively aided by Pakistan, the report says.",
			[]string{"pakistan support taliban"}, []string{"pakistan support iran"}},
		{"a pronoun's passive", "In 2015 the Taliban fought Iran near the border for weeks. It is actively aided by Pakistan, the report says.",
			[]string{"pakistan support taliban"}, nil},
		{"examples in a list", "In 2015 the outlawed Taliban, designated as a terrorist organization by Iran, Russia and many countries including Pakistan as well as Egypt, resumed fighting.",
			[]string{"pakistan coercion taliban", "egypt coercion taliban"}, nil},
	})
}
