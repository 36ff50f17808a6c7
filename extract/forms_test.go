package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

func TestReaderProposesWhatTheSentencesState(t *testing.T) {
	pad := " This sentence only makes the paragraph long enough to count as one of the body."
	for _, c := range []struct {
		name, text string
		want       string // subject kind object valid status, or "" for none
		attributed string
		forms      []alliances.Form
	}{
		{"active", "Pakistan gave its support to the Taliban in 2004.", "pakistan support taliban 2004 reported", "", nil},
		{"resumed at a time: from then on", "Pakistan resumed its support for the Taliban in 2004.", "pakistan support taliban 2004/.. reported", "", nil},
		// The seed article ¶22, ¶24, ¶15, as a fresh-eyes review found them misread.
		{"sources that reported", "Taliban sources, however, reported a deterioration in relations between the Taliban and Iran in 2010.", "taliban rivalry iran 2010 alleged", "Taliban sources", nil},
		// The seed article ¶22: the hedge is of the role, the contacts are told as fact.
		{"a hedge of a role in what is told", "It is not known whether Iran played a role in the talks between the Taliban and Russia in 2012.",
			"taliban negotiation russia 2012 reported", "", nil},
		{"a hedge of what is told", "It is not known whether Iran supported the Taliban in 2012.", "iran support taliban 2012 alleged", "", nil},
		{"arguably", "Arguably, the Taliban's fight with Iran grew in 2019.", "taliban hostility iran 2019 alleged", "", nil},
		// The seed article ¶15.
		{"support given with, its hedge in an aside", "The Iranians followed with a major shift in their policy toward the Taliban in 2005, first with very modest support for the group – at one point possibly exceeding Pakistan's.",
			"iran support taliban 2005 reported", "", nil},
		{"a time far after the cue, with another cue between, is that cue's", "The Taliban's fight with Iran even facilitated the Russian decision to pull out and to outline a new relationship with Pakistan in its agreement with the group in February 2020.",
			"taliban hostility iran /2021-09-09 reported", "", nil},
		{"a compound takes the time nearest it", "In 2014, Iran feared the Taliban, and in 2019-2020 Iran feared the Pakistan-Taliban agreement.",
			"pakistan agreement taliban 2019/2020 reported", "", nil},
		{"passive, from a year on", "The Taliban were backed by Iran from 2011 onward.", "iran support taliban 2011/.. reported", "", nil},
		{"negation", "Russia did not support the Taliban in 2010.", "", "", nil},
		{"hedge and a form", "Iran reportedly armed the Taliban by 2018.", "iran support taliban /2018 alleged", "", []alliances.Form{alliances.Weapons}},
		{"attribution", "According to Taliban sources, Russia supplied weapons to the Taliban in 2017.", "russia support taliban 2017 alleged", "Taliban sources", []alliances.Form{alliances.Weapons}},
		{"joined before a symmetric cue", "The Taliban and Jami'at have been jointly taxing mining in 2015.", "taliban cooperation jamiat 2015 reported", "", nil},
		// A leader then, the leader after too: his ties fold into his party's.
		{"possessive leader", "Gulbuddin Hekmatyar's Hizb-e Islami signed a peace deal in 2016.", "hekmatyar membership hizb-e-islami 2016/.. reported", "", nil},
		{"no time: before the document", "Iran supported the Taliban.", "iran support taliban /2021-09-09 reported", "", nil},
		{"a decade", "Iran supported the Taliban in the 1990s.", "iran support taliban 199X reported", "", nil},
		{"two months of a year", "Iran supported the Taliban between January and March 2017.", "iran support taliban 2017-01/2017-03 reported", "", nil},
		{"two months of a year with a dash", "Iran supported the Taliban in January–March 2017.", "iran support taliban 2017-01/2017-03 reported", "", nil},
		{"the time of the clause", "In 2019 Iran supported the Taliban, and in 2022 Russia armed Jami'at.", "iran support taliban 2019 reported", "", nil},
		{"the end of a support", "In 2016 Pakistan stopped supporting the Taliban, as the report says.", "pakistan support taliban /2016 reported", "", nil},
		{"the time nearest the cue", "Parties of the 2001 conference faded, and Jami'at reached an understanding with the Taliban in spring 2021.",
			"jamiat agreement taliban 2021-21/.. reported", "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			props := read(t, c.text+pad)
			var got []string
			for _, p := range props {
				got = append(got, strings.Join([]string{p.Tie.Subject, string(p.Tie.Kind), p.Tie.Object, p.Tie.Valid.String(), string(p.Tie.Status)}, " "))
			}
			if c.want == "" {
				if len(props) != 0 {
					t.Errorf("proposed %v, want nothing", got)
				}
				return
			}
			i := slices.Index(got, c.want)
			if i < 0 {
				t.Fatalf("proposed %v, want %q", got, c.want)
			}
			p := props[i]
			if cite := p.Tie.Citations[0]; cite.Locator != "¶1" || cite.Source != "report" || cite.AttributedTo != c.attributed {
				t.Errorf("citation %+v, want report ¶1 attributed to %q", cite, c.attributed)
			}
			// Stated, probably true; hedged or told of another, possibly true.
			if cred, want := p.Tie.Citations[0].Credibility, map[alliances.Status]alliances.Credibility{alliances.Reported: 2, alliances.Alleged: 3}[p.Tie.Status]; cred != want {
				t.Errorf("credibility %d of a %s claim, want %d", cred, p.Tie.Status, want)
			}
			if !slices.Equal(p.Tie.Forms, c.forms) {
				t.Errorf("forms %v, want %v", p.Tie.Forms, c.forms)
			}
			if len(p.Cues) == 0 || !strings.HasPrefix(p.Cues[0], "cue: ") && !strings.HasPrefix(p.Cues[0], "possessive") {
				t.Errorf("cues %v: want the words that led to it first", p.Cues)
			}
			if !strings.Contains(p.Quote, strings.Fields(c.text)[0]) {
				t.Errorf("quote %q is not the sentence", p.Quote)
			}
		})
	}
}

// TestReaderReadsTheFormsOfReports: each case is one way reports state a tie (or seem to
// and do not), written here for the purpose; the reader must read it so, and propose
// nothing it lists as refused.
func TestReaderReadsTheFormsOfReports(t *testing.T) {
	checkForms(t, formActors(), []formCase{
		{"a post before the name", "Egyptian President Mohamed Morsi condemned Iran in 2013.",
			[]string{"mohamed-morsi membership egypt", "mohamed-morsi opposition iran"}, nil},
		{"a post after the name", "Ashraf Ghani, the president of the Islamic Republic, met Russia in 2019.",
			[]string{"ashraf-ghani membership islamic-republic"}, nil},
		{"a surname alone", "In 2020 Ghani opposed the Taliban openly.", []string{"ashraf-ghani opposition taliban"}, nil},
		// From a review of the Hezbollah article: the leader of a party, set off by
		// commas without an article, is no subject of the verb after it, even with an
		// adverb between.
		{"an apposition of a post", "In 2013 Ashraf Ghani, leader of the Islamic Republic, also called on Iran to end its support.",
			[]string{"ashraf-ghani opposition iran", "ashraf-ghani membership islamic-republic"}, []string{"islamic-republic opposition iran"}},
		// From the Mali article: the verbs of a series of infinitives share the subject
		// of the first, and a fight announced as an intention is a stand, not a fight.
		{"a series of infinitives", "On 8 April 2012, Jami'at announced its intention to oppose Pakistan's rule, battle the Taliban, and return to peace.",
			[]string{"jamiat opposition pakistan", "jamiat opposition taliban"}, []string{"pakistan hostility taliban", "jamiat hostility taliban"}},
		{"a threat to fight", "In 2014 Iran threatened to attack the Taliban if they stayed.", []string{"iran opposition taliban"}, []string{"iran hostility taliban"}},
		{"a fight done is a fight", "In 2014 Iran attacked the Taliban in order to take the town.", []string{"iran hostility taliban"}, nil},
		// From the Hezbollah article: the land between two states is a place, and the
		// agents of a passive fought side by side, not each other.
		{"land between two states", "In 2017 Iran was attacked by Jami'at in battles for control of the desert between Pakistan and Russia.",
			[]string{"jamiat hostility iran"}, []string{"jamiat hostility pakistan", "jamiat hostility russia", "iran hostility pakistan"}},
		{"the agents of a passive", "In 2017 Iran's men were killed by Jami'at and the Taliban in battles near the town.",
			[]string{"jamiat hostility iran", "taliban hostility iran"}, []string{"taliban hostility jamiat", "jamiat hostility taliban"}},
		// From the Rojava article: partners that work together against a third are not its
		// partners; "and allied forces" are the subject's allies, not an alliance with
		// the object; a number of fighters captured is no adjective.
		{"together against a third", "In 2014 Iran, Russia and Jami'at worked together against the Taliban in the north.",
			[]string{"iran cooperation russia", "iran cooperation jamiat", "iran hostility taliban", "jamiat hostility taliban"},
			[]string{"iran cooperation taliban", "jamiat cooperation taliban"}},
		{"allied forces", "In 2015 Iran and allied forces killed 35 Taliban fighters near the town.", []string{"iran hostility taliban"}, []string{"iran alliance taliban"}},
		{"a number captured", "In 2013 Iran set up a checkpoint and captured 33 fighters from the Taliban near the town.", []string{"iran hostility taliban"}, nil},
		// From the seed article read as a new case: a subject pronoun said again in a
		// sentence is the same actor; one after a clause that opens the sentence is
		// that clause's subject, or no one where the clause names someone else; a time
		// that opens the sentence is no clause.
		{"a pronoun said again", "Iran watched the north in 2013. In 2014, they feared Jami'at would ally with Russia, and in 2016 they feared the Taliban.",
			[]string{"iran opposition taliban"}, []string{"russia opposition taliban"}},
		{"a pronoun after a fronted clause", "Iran watched the war in 2013. Once the regional powers accepted that Russia was leaving, they considered extending support to the Taliban.",
			nil, []string{"russia support taliban", "iran support taliban"}},
		{"a pronoun after a fronted time", "Iran watched the north in 2013. Since July 2015, it has been attacked by the Taliban.", []string{"taliban hostility iran"}, nil},
		// From the Iran article read as a new case: a demonym right before a group's
		// name tells where the group is from ("Lebanese Hezbollah fighters"), not a
		// party; a state's organ stays the state's.
		{"a demonym before a group's name", "Pakistani Jami'at fighters, backed by Iran's government, have fought since 2012.",
			[]string{"iran support jamiat"}, []string{"iran support pakistan"}},
		// From the Mali article: a gloss in parentheses after a name set off by commas
		// keeps the name the subject.
		{"a gloss after the name", "Another group, the Jami'at (*Islamic Society*), initially fought alongside the Taliban in 2012.",
			[]string{"jamiat cooperation taliban"}, nil},
		// From the seed article read by a newcomer: a dash set off by spaces opens an
		// aside, which holds no object of the cue before it.
		{"an aside after a dash", "In 2005 the Taliban were found to be useful partners – at one point possibly exceeding Pakistan's level of support.",
			nil, []string{"taliban alliance pakistan"}},
		// ... and "the group" is no state: the paragraph opened on Russia, the group is
		// the Taliban.
		{"the group is no state", "Later in 2021, following Russia's lead, even the Chinese authorities started considering talks. " +
			"Arguably, the Taliban's fight with the Islamic State even facilitated the U.S. decision to pull out and to outline a relationship with the Taliban in its agreement with the group in February 2020.",
			[]string{"taliban hostility iskp"}, []string{"taliban hostility russia"}},
		// From a report on the Sudan war: the verbs of arms delivered and of missiles
		// fired.
		{"arms delivered", "In 2023 Iran has delivered drones to the Taliban through Pakistan.", []string{"iran support taliban"}, []string{"iran support pakistan"}},
		{"missiles fired", "In 2024 Jami'at fired missiles at the Taliban near the border.", []string{"jamiat hostility taliban"}, nil},
		{"arms received", "In 2023 the Taliban received weapons from Iran and Russia near the border.", []string{"iran support taliban", "russia support taliban"},
			[]string{"taliban support iran"}},
		// From reports on new conflicts: the hosts of talks are no parties to them.
		{"the hosts of talks", "In 2020 Iran and Pakistan hosted negotiations in Doha, but the Taliban and Jami'at did not agree.",
			nil, []string{"iran negotiation pakistan", "pakistan negotiation iran"}},
		{"talks convened between two", "In May 2023 Iran and Russia convened talks in Jeddah between the Taliban and Jami'at.",
			[]string{"taliban negotiation jamiat"}, []string{"iran negotiation taliban", "russia negotiation jamiat"}},
		// ... and a relative clause in parentheses speaks of the name it opens on.
		{"a relative clause in parentheses", "In 2013 Ashraf Ghani (who had criticized Pakistan months earlier) declared that the Taliban would win.",
			[]string{"ashraf-ghani opposition pakistan"}, nil},
		{"a spelling with one letter less", "Qasem Soleimani supported the Taliban in 2015.", []string{"qassem-soleimani support taliban"}, nil},
		{"a name's head alone", "In 2016 the Taliban fought the Islamic State in the east.", []string{"taliban hostility iskp"}, nil},
		{"a name holding another's", "Taliban hardliners opposed Pakistan in 2021.", []string{"taliban-hardliners membership taliban", "taliban-hardliners opposition pakistan"}, nil},
		{"the possessive of a demonym's state", "In 2004 Pakistan's military backed the Taliban.", []string{"pakistan-military support taliban"}, nil},
		{"a state as a place", "In 2019 the Taliban fought in Iran and in eastern Pakistan.", nil, []string{"taliban hostility iran", "taliban hostility pakistan"}},
		{"a participle with its agent", "In 2019 Taliban commanders were attacked by Iran.", []string{"iran hostility taliban"}, []string{"taliban hostility iran"}},
		{"a participle without one", "In 2019 the Taliban were supported, and Iran watched.", nil, []string{"iran support taliban", "taliban support iran"}},
		{"a clause's edge", "Russia provided support in 2019, and Pakistan stayed out of the war.", nil, []string{"russia support pakistan"}},
		{"a town and its state", "In 2016 Jami'at fought the Taliban at Kilis, Iran, for a week.",
			[]string{"jamiat hostility taliban"}, []string{"taliban hostility iran", "jamiat hostility iran"}},
		{"a date before a comma is no town", "On 16 July, Iran attacked the Taliban near the border in 2016.", []string{"iran hostility taliban"}, nil},
		{"a name's short form", "In 2015 Nusra attacked the Taliban in the north.", []string{"jabhat-al-nusra hostility taliban"}, nil},
		{"the article as it sounds", "In 2015 Jabhat an-Nusra attacked the Taliban in the north.", []string{"jabhat-al-nusra hostility taliban"}, nil},
		{"a semicolon's edge", "In 2019 Russia armed its own militias; the Taliban kept out of it.", nil, []string{"russia support taliban"}},
		{"a short name two actors share, told apart by the sentence", "In June 2021 Jami'at commanders made deals with the Taliban in western Afghanistan.",
			[]string{"jamiat-west agreement taliban"}, []string{"jamiat-northeast agreement taliban"}},
		{"a short name two actors share, not told apart", "In June 2021 Jami'at commanders made deals with the Taliban in the south.",
			nil, []string{"jamiat-west agreement taliban", "jamiat-northeast agreement taliban"}},
		{"a list after a colon", "In 2014 the Assyrian forces included: Babylon Brigades and Dwekh Nawsha, in the Nineveh plain.",
			[]string{"babylon-brigades membership assyrian-forces", "dwekh-nawsha membership assyrian-forces"}, nil},
		{"a noun's agent after 'by'", "In 2014 Russia welcomed an airstrike campaign by Iran on the Taliban's positions.",
			nil, []string{"russia hostility iran"}},
		{"a participle after a comma", "In July 2018, Pakistan and Russia launched an operation against their rivals, supported by Iran.",
			[]string{"iran support pakistan", "iran support russia"}, nil},
		{"against, not part of", "In 2019 the Anti-Taliban coalition faced the Taliban near Kabul.",
			[]string{"anti-taliban-coalition hostility taliban"}, []string{"anti-taliban-coalition membership taliban"}},
		{"a sentence by a court", "In May 2019, Taliban fighters named Ashraf Ghani and Qasem Soleimani were sentenced to death by an Iranian court.",
			[]string{"iran coercion ashraf-ghani", "ashraf-ghani membership taliban"}, nil},
		{"the target of a noun, its agent after 'by'", "The massacre of Jami'at fighters by the Taliban in 1998 drove Iran to the brink of war.",
			[]string{"taliban hostility jamiat"}, []string{"jamiat hostility iran"}},
		{"one along with another", "In 2016 the Taliban, along with Jami'at, also attacked Iran's border posts in the west.",
			[]string{"taliban cooperation jamiat", "jamiat hostility iran"}, nil},
		{"an agreement signed between two", "In 2017 a ceasefire agreement was signed between Jami'at and the Taliban in the town.",
			[]string{"jamiat agreement taliban"}, nil},
		{"a post after an article", "In 2013 Ashraf Ghani, an Iranian commander, was stopped at a checkpoint of the Taliban.",
			[]string{"ashraf-ghani membership iran"}, nil},
		{"a head with what qualifies it", "In 2021 police officers loyal to former president Hamid Karzai and to other southern notables sealed deals with the Taliban.",
			[]string{"karzai-police agreement taliban", "karzai-police alliance hamid-karzai"}, []string{"hamid-karzai agreement taliban", "hamid-karzai membership karzai-police"}},
		{"a subordinate clause closed by its comma", "When Jami'at signed a peace deal in 2016, the Taliban were upset and attacked its men.",
			nil, []string{"jamiat agreement taliban"}},
		{"a possessive is no list", "In 2016 Gulbuddin Hekmatyar's Hizb-e Islami signed a peace deal with Iran after long talks.",
			[]string{"hizb-e-islami agreement iran", "hekmatyar membership hizb-e-islami"}, []string{"hekmatyar agreement hizb-e-islami"}},
		{"the two", "In 2017 the honeymoon between Iran and the Taliban did not last long, and soon the two were at loggerheads.",
			[]string{"iran alliance taliban", "iran rivalry taliban"}, nil},
		{"subjects acting in concert", "In 2021 Russians, Iranians, and Pakistanis lobbied the Taliban, often in a coordinated way.",
			[]string{"iran cooperation russia", "pakistan cooperation iran"}, nil}, // a symmetric tie names its actors in either order
		{"a subject set aside", "In 2001, except for Pakistan, the neighbours feared the Taliban and their rise to power.", nil, []string{"pakistan opposition taliban"}},
		{"a channel set aside", "In 2019 Russia provided support to the Taliban through Pakistan.", []string{"russia support taliban"}, []string{"russia support pakistan"}},
		{"a relative clause", "The Iranians, who had been supporting the Taliban, saw them as an asset in 2016.", []string{"iran support taliban"}, nil},
		{"two names joined by a hyphen", "The U.S.-Taliban talks began in 2018 in Doha.", []string{"united-states negotiation taliban"}, nil},
		{"a verb sharing its subject", "In 2021 Russia and Iran lobbied the old guard and mediated between Pakistan and the Taliban.",
			[]string{"russia mediation pakistan", "iran mediation pakistan"}, nil},
		{"a relation with no actor before it: the paragraph's subject's", "The Taliban grew stronger in the north in 2019. Relations were established with Jami'at in the same year.",
			[]string{"taliban favour jamiat"}, nil},
		{"a violent noun with no actor before it (below the default threshold)", "The Taliban grew stronger in the north in 2019. The clashes with Jami'at lasted a year.",
			[]string{"taliban hostility jamiat 0.45"}, nil},
		{"a state that only qualifies a post", "In 2013 Iran stepped up its support for Egyptian President Mohamed Morsi.",
			[]string{"iran support mohamed-morsi", "mohamed-morsi membership egypt"}, []string{"iran support egypt"}},
		{"a post is no list", "In 2015 Iranian general Qassem Soleimani was killed in an airstrike.",
			[]string{"qassem-soleimani membership iran"}, []string{"iran hostility qassem-soleimani", "qassem-soleimani hostility iran"}},
		{"a demand to stop", "In 2013 Russia called on the Taliban to end their attacks on the border.",
			[]string{"russia opposition taliban"}, nil},
		{"a demand to join is no opposition", "In 2013 Russia called on the Taliban to join the talks in Moscow.",
			nil, []string{"russia opposition taliban"}},
		{"a demand to join, below the threshold too", "In 2013 Russia called on Pakistan to join the fight against the Taliban.",
			nil, []string{"russia opposition pakistan", "russia opposition pakistan 0.40"}},
		{"a demand not to", "In 2013 Russia urged the Taliban to not attack Pakistan.",
			[]string{"russia opposition taliban"}, []string{"russia opposition pakistan", "russia opposition pakistan 0.40"}},
		{"threatened by", "In 2013 the Taliban felt threatened by Iran along the border.",
			[]string{"iran opposition taliban"}, nil},
		{"a list with a post in it", "In 2016 Iran and Russia's president Vladimir Putin backed the Taliban.",
			[]string{"iran support taliban", "vladimir-putin support taliban", "vladimir-putin membership russia"}, nil},
		{"two posts in a list", "In 2016 Russian president Vladimir Putin and Egyptian President Mohamed Morsi backed the Taliban.",
			[]string{"vladimir-putin support taliban", "mohamed-morsi support taliban"}, nil},
		{"independence from", "In 2012 the Taliban declared their independence from the Islamic Republic.",
			[]string{"taliban opposition islamic-republic"}, nil},
		{"a unit of a group after of", "In 2015 the Southern Front of the Free Syrian Army fought the Taliban near the border.",
			[]string{"southern-front membership fsa", "southern-front hostility taliban"}, []string{"fsa hostility taliban"}},
		{"a group's unit in the possessive", "In 2015 the Free Syrian Army's 13th Division fought the Taliban near the border.",
			[]string{"division-13 membership fsa", "division-13 hostility taliban"}, []string{"fsa hostility taliban"}},
		{"warned of a threat", "In 2015 the Taliban warned Jabhat al-Nusra of the Islamic State in Khorasan threat.",
			nil, []string{"jabhat-al-nusra membership iskp"}},
		{"a defeat by one of another", "In 2015 the defeat by the Taliban of the Islamic State in Khorasan was welcomed by Iran.",
			nil, []string{"taliban membership iskp"}},
		{"a coalition of its members", "In 2015 the Army of Conquest of Jabhat al-Nusra and the Taliban took the town.",
			nil, []string{"army-of-conquest membership jabhat-al-nusra"}},
		{"a group's rivals", "In 2015 the Free Syrian Army's Jabhat al-Nusra rivals attacked the town.",
			nil, []string{"jabhat-al-nusra membership fsa"}},
		{"a demand to stop is no support", "In 2015 Russia urged Iran to stop arming the Taliban.",
			[]string{"russia opposition iran"}, []string{"russia support taliban", "russia support taliban 0.40"}},
		{"a part named with its whole", "In June 2021 the faction of Salahuddin Rabbani in Jami'at struck a deal with the Taliban to stop the fighting.",
			[]string{"jamiat-rabbani agreement taliban"}, []string{"jamiat agreement taliban"}},
		{"leaders such as one of them", "In 2010 talks began between Taliban leaders such as Hekmatyar and the Islamic Republic.",
			[]string{"hekmatyar membership taliban", "taliban negotiation islamic-republic"}, []string{"hekmatyar negotiation islamic-republic"}},
		{"between one described at length and the other", "In 2010 the first contacts between Taliban leaders such as Hekmatyar and the Karzai administration ended.",
			[]string{"taliban negotiation islamic-republic", "hamid-karzai membership islamic-republic"}, []string{"hekmatyar negotiation islamic-republic"}},
		{"connections between two", "In 2016 Iran was aware of the connections between the Taliban, and some of their factions, and Jami'at.",
			[]string{"taliban cooperation jamiat"}, []string{"iran cooperation taliban"}},
		{"a verb joined to a relative clause's", "In 2011 it was the case of Iran, which started losing interest in the Taliban and developed concerns about Jami'at.",
			[]string{"iran opposition jamiat"}, []string{"taliban opposition jamiat"}},
		{"a concern for one", "By 2016 the Islamic State in Khorasan was a major security concern for Iran.", []string{"iran opposition iskp"}, []string{"iskp opposition iran"}},
		{"an appeal among some", "In 2016 the Islamic State in Khorasan, with its growing appeal among Jami'at commanders in western Afghanistan, grew.",
			[]string{"jamiat-west favour iskp"}, nil},
		{"joining a group", "In 2014 Jami'at joined the Taliban after the elections.", []string{"jamiat membership taliban"}, []string{"jamiat cooperation taliban"}},
		{"joining a group in a fight", "In 2014 Jami'at joined the Taliban in clashes with Iran.", []string{"jamiat cooperation taliban"}, []string{"jamiat membership taliban"}},
		{"allegiance pledged in a participle", "Jabhat al-Nusra grew in 2014. In 2015 the group departed its alliance with Jami'at, pledging allegiance to the Taliban.",
			[]string{"jabhat-al-nusra membership taliban"}, []string{"jamiat membership taliban"}},
		{"a coalition led by one and against another", "In 2015 the US-led coalition attacked Jami'at near the border.",
			[]string{"united-states membership us-coalition", "us-coalition hostility jamiat"}, []string{"us-coalition membership taliban", "taliban membership us-coalition"}},
		{"made up mainly of", "In 2015 the Taliban were made up mainly of Jami'at and Hizb-e Islami.", []string{"jamiat membership taliban", "hizb-e-islami membership taliban"}, nil},
		{"support to one from another", "In 2015 military support to the Taliban from Iran increased.", []string{"iran support taliban"}, []string{"taliban support iran"}},
		{"a post with its place", "In 2012 the Taliban's commander in Pakistan, Ashraf Ghani, was killed in an ambush.", []string{"ashraf-ghani membership taliban"}, nil},
		{"a post of three words", "In 2011 US Secretary of State Ashraf Ghani said that the war was over.", []string{"ashraf-ghani membership united-states"}, nil},
		{"a post at the U.N.", "In 2013 the sanctions were called by Egypt's U.N. ambassador Mohamed Morsi a war on the country.", []string{"mohamed-morsi membership egypt"}, nil},
		{"a participle's clause before the verb", "In 2016 Iran, supported by Pakistan, attacked the Taliban near the border.",
			[]string{"iran hostility taliban", "pakistan support iran"}, []string{"pakistan hostility taliban", "pakistan hostility taliban 0.40"}},
		{"a participle's clause before the arming", "In 2016 Iran, backed by Pakistan, armed the Taliban near the border.",
			[]string{"iran support taliban"}, []string{"pakistan support taliban"}},
		{"a cue of fighting next to one of two (the default threshold)", "In 2016 the Taliban raided houses throughout the district and captured 16 fighters of Pakistan from Jami'at.",
			[]string{"taliban hostility jamiat"}, nil},
		{"support shifted from one to another", "In 1994 Pakistan shifted its support to the Taliban from Jami'at.",
			[]string{"pakistan support taliban"}, []string{"jamiat support taliban"}},
		{"a group's commander defects", "In 2016 a senior Taliban commander defected to Jami'at.", nil, []string{"taliban membership jamiat"}},
		{"a group's fighters join another", "In 2016 Taliban fighters joined Jami'at.", nil, []string{"taliban membership jamiat", "taliban cooperation jamiat"}},
		{"joining a group, then a date and a place", "In 2016 Jami'at joined the Taliban in 2016 in the north.", []string{"jamiat membership taliban"}, nil},
		{"joining a group's offensive", "In 2016 Jami'at joined the Taliban offensive on Herat.", []string{"jamiat cooperation taliban"}, []string{"jamiat membership taliban"}},
		{"a participle after an accusation", "In 2016 Jami'at accused the Taliban of atrocities in the north, targeting Iran.",
			[]string{"jamiat opposition taliban", "taliban hostility iran"}, []string{"jamiat hostility iran"}},
		{"between one described with its own and, and the other", "In 2019 negotiations between the Taliban, whom Pakistan and Iran had pressed to talk, and the Islamic Republic began.",
			[]string{"taliban negotiation islamic-republic"}, []string{"taliban negotiation iran"}},
		{"between after the first", "In 2019 friction within the Taliban between its commanders and Ashraf Ghani grew.", nil, []string{"taliban rivalry ashraf-ghani"}},
		{"an adjective of overthrow", "In 2021 officials of the ousted Karzai administration met Iran in the west.", nil, []string{"iran hostility islamic-republic"}},
		{"a relative clause whose pronoun is the object", "In 2016 Jami'at, which the Taliban have fought since 2015 and voiced concerns about, attacked Pakistan.",
			[]string{"taliban hostility jamiat", "taliban opposition jamiat", "jamiat hostility pakistan"}, []string{"taliban hostility pakistan", "taliban opposition pakistan"}},
		{"lobbying for one", "In 2015 Pakistan lobbied for the Taliban at the United Nations.", []string{"pakistan support taliban"}, []string{"pakistan negotiation taliban"}},
		{"lobbying against one", "In 2015 Pakistan was lobbying against Iran in the capitals of the region.", []string{"pakistan opposition iran"}, []string{"pakistan negotiation iran"}},
		{"a name after anti-", "In 2015 Iran armed anti-Taliban fighters in the north.", nil, []string{"iran support taliban"}},
		{"a group qualified by anti-", "In 2015 the anti-Taliban militia Jami'at attacked Pakistan near the border.",
			[]string{"jamiat hostility pakistan"}, []string{"taliban hostility pakistan"}},
		{"a splinter group named in apposition", "In 2012 Jami'at, a splinter group of the Taliban, attacked Iran.",
			[]string{"jamiat splinter taliban", "jamiat hostility iran"}, []string{"taliban hostility iran"}},
		{"a participle before an attack's noun", "In 2017 Jami'at launched several coordinated attacks against the Taliban.",
			[]string{"jamiat hostility taliban"}, []string{"jamiat cooperation taliban"}},
		{"attacks supported", "In 2017 Iran carried out or supported attacks on the Taliban.", []string{"iran hostility taliban"}, []string{"iran support taliban"}},
		{"a demonym allied by a hyphen", "In 2017 Jami'at fought against both the Taliban and Iranian-allied forces.", nil, []string{"taliban alliance iran"}},
		{"weapons captured from one", "In 2017 the Taliban captured fighters and weapons from Jami'at.", []string{"taliban hostility jamiat"}, []string{"jamiat support taliban"}},
		{"allies a clause away from the killing", "In 2017 Iran and Pakistan, with the approval of the Taliban, struck the town, killing 52.",
			nil, []string{"pakistan hostility iran", "iran hostility pakistan"}},
		{"accusers of an airstrike", "In 2017 Pakistan and Iran accused Jami'at of carrying out an airstrike.",
			[]string{"pakistan opposition jamiat", "iran opposition jamiat"}, []string{"iran hostility pakistan", "pakistan hostility iran"}},
		{"a state's airspace", "In 2017 Iran attacked Jami'at from Pakistani airspace.", []string{"iran hostility jamiat"}, []string{"iran hostility pakistan"}},
		{"regions of a state", "In 2017 Iran attacked Jami'at in southern and central Pakistan.", []string{"iran hostility jamiat"}, []string{"iran hostility pakistan"}},
		{"to deal with one", "In 2017 Iran was struggling to deal with the Taliban.", nil, []string{"iran agreement taliban"}},
		{"people of two nationalities", "In 2017 Iran attacked militiamen of Afghan and Pakistani nationalities.", nil, []string{"iran hostility pakistan"}},
		{"the teller of a report", "In 2016 Iran said the Taliban attacked Jami'at near the border.",
			[]string{"taliban hostility jamiat"}, []string{"iran hostility jamiat", "iran hostility taliban"}},
		{"the teller after according to", "According to Iran, the Taliban attacked Jami'at in 2016.",
			[]string{"taliban hostility jamiat"}, []string{"iran hostility jamiat"}},
		{"the teller of its own act", "In 2016 Iran said it had armed the Taliban.", []string{"iran support taliban"}, nil},
		{"a stated intention is no telling", "In 2016 Jami'at attacked the Taliban in retaliation for Iran's stated intention of arming Pakistan.",
			[]string{"jamiat hostility taliban", "iran support pakistan"}, nil},
		{"between two against a third", "In 2017 clashes erupted between Iran and Pakistan against the Taliban near the border.",
			[]string{"iran hostility taliban", "pakistan hostility taliban"}, []string{"iran hostility pakistan"}},
		{"an actor after a comma and another cue", "During the 2019 Pakistani offensive into northeastern Iran, clashes occurred between the Taliban and Jami'at.",
			[]string{"taliban hostility jamiat"}, []string{"pakistan hostility taliban"}},
		{"a clause opened by whilst", "Whilst Iran was supported by Pakistan, Jami'at was an ally of the Taliban.",
			[]string{"pakistan support iran", "jamiat alliance taliban"}, []string{"jamiat support iran", "pakistan alliance taliban"}},
		{"a clause opened by while", "While Iran supported the Taliban, Pakistan armed Jami'at.",
			[]string{"iran support taliban", "pakistan support jamiat"}, []string{"iran support pakistan", "taliban support jamiat"}},
		{"the support of one", "In 2016 the Taliban, which has had the support of Pakistan, attacked Jami'at.",
			[]string{"pakistan support taliban", "taliban hostility jamiat"}, []string{"taliban support pakistan"}},
		{"an unknown name right after the cue", "In 2016 Iran ordered airstrikes against the Houthis, declaring their aim to restore Jami'at's government.",
			nil, []string{"iran hostility jamiat"}},
		{"a negation contracted", "In 2016 Iran won't let Pakistan become allies of the Taliban.", nil, []string{"pakistan alliance taliban"}},
		{"all of a state's region", "In 2016 Jami'at captured all of western Pakistan.", nil, []string{"jamiat hostility pakistan"}},
		{"an armed group", "In 2016 Iran created an armed group in the north of Pakistan.", nil, []string{"iran support pakistan"}},
		{"forces of two, counted", "In 2015 some 10,000 Jami'at forces and 5,000 Taliban fighters had been deployed to Iran.",
			[]string{"jamiat support iran", "taliban support iran"}, nil},
		{"a pronoun a list restates", "In 2012 Jami'at lost ground. Two of them, Pakistan and Iran, were backing the Taliban.",
			[]string{"pakistan support taliban", "iran support taliban"}, []string{"jamiat support taliban"}},
		{"fighters drawn from a group", "In 2016 the fighters of Jami'at were mostly drawn from the Taliban.", []string{"taliban membership jamiat"}, nil},
		{"engaging one in an insurgency", "Since 2007 Jami'at has been engaging the Taliban in an insurgency campaign.", []string{"jamiat hostility taliban"}, nil},
		{"combat troops withdrawn", "In 2014 Iran withdrew its last combat troops from Pakistan.", nil, []string{"iran hostility pakistan"}},
		{"a verb after a relative clause", "In 2011 Iran, which had long opposed the Taliban, armed Jami'at in the north.",
			[]string{"iran opposition taliban", "iran support jamiat"}, []string{"taliban support jamiat"}},
		{"a relative clause of the object", "In 2011 Iran attacked the Taliban, which then attacked Jami'at.",
			[]string{"iran hostility taliban", "taliban hostility jamiat"}, []string{"iran hostility jamiat"}},
		{"friction between two", "Jami'at reached an understanding with the Taliban in 2021 despite the friction between Iran and the Taliban in the 1990s.",
			[]string{"iran rivalry taliban"}, nil},
		{"an unknown name before the cue", "The Taliban grew stronger in the north in 2019. The al-Nusra Front attacked Jami'at in the same year.",
			nil, []string{"taliban hostility jamiat 0.45"}},
		{"between one and the other", "In 2019 clashes broke out between Iran and the Taliban near the border.", []string{"iran hostility taliban"}, nil},
		{"a rejected cooperation", "In 2015 the Taliban rejected any cooperation with Iran on the border.", nil, []string{"taliban cooperation iran"}},
		{"their allies", "In 2017 Iran and its allies fought on one side and the Taliban on the other.", nil, []string{"iran alliance taliban"}},
		{"a claim of the attack told before", "In 2016 gunmen attacked a Pakistani border post, killing two guards. Jami'at claimed the attack.",
			[]string{"jamiat hostility pakistan"}, nil},
		{"a claim made together", "In 2016 gunmen attacked a hotel in the capital. Responsibility was claimed by Jami'at and the Taliban.",
			[]string{"jamiat cooperation taliban"}, []string{"jamiat hostility taliban"}},
		{"a claim that names its target", "In 2016 gunmen attacked a Pakistani border post. Jami'at claimed the attack on Iran's embassy.",
			nil, []string{"jamiat hostility pakistan"}},
		{"a claim reaches back one sentence in prose", "In 2016 Pakistani soldiers were attacked. The town was quiet afterwards. Jami'at claimed the attack.",
			nil, []string{"jamiat hostility pakistan"}},
		{"the days of a timeline, one item each", "In 2016:\n* **May 3** – Gunmen attacked Pakistani soldiers near the border.\n* **May 4** – Jami'at claimed the attack on a convoy.\n\nA second paragraph, so that lines are no paragraphs of their own.",
			nil, []string{"jamiat hostility pakistan"}},
		{"a claim within its day", "In 2016:\n* **May 3** – A convoy of Pakistani soldiers was ambushed near the border.\nJami'at claimed the attack\n* **May 4** – The Taliban met Iran.\n\nA second paragraph, so that lines are no paragraphs of their own.",
			[]string{"jamiat hostility pakistan"}, nil},
		{"joined subjects against a common target", "In 2016 Jami'at and the Taliban attacked the town of Herat together.",
			[]string{"jamiat cooperation taliban"}, []string{"jamiat hostility taliban", "taliban hostility jamiat"}},
		{"joined subjects fighting each other", "In 2016 Jami'at and the Taliban clashed near Herat.",
			[]string{"jamiat hostility taliban"}, []string{"jamiat cooperation taliban"}},
		{"fought for one", "In 2011 Jami'at fought for the Taliban in the north.", []string{"jamiat support taliban"}, []string{"jamiat hostility taliban"}},
		{"fought for a town, not for one", "In 2011 Jami'at fought for control of the town against the Taliban.", nil, []string{"jamiat support taliban"}},
		{"the teller named with a post", "In 2012 Iran's foreign minister said that the men captured near the border were Taliban fighters.",
			nil, []string{"iran hostility taliban"}},
		{"the teller is no party", "In 2012 Iran said that the men captured near the border were Taliban fighters.", nil, []string{"iran hostility taliban"}},
		{"unnamed members beside a named force", "In 2013 Iranian soldiers, along with fighters from Jami'at and members of the Taliban, took the town.",
			nil, []string{"jamiat membership taliban"}},
		{"a demonym's people", "In 2014 Iranian-backed Pakistani and other militia fighters joined the Taliban.", nil, []string{"iran support pakistan", "pakistan cooperation taliban"}},
		{"a demonym's forces", "In 2014 Pakistani soldiers attacked the Taliban near the border.", []string{"pakistan hostility taliban"}, nil},
		{"the subject after an opening clause", "Having trained alongside Iran since 2006, Jami'at grew strong in the north. In 2015 the group attacked the Taliban.",
			[]string{"jamiat hostility taliban"}, []string{"iran hostility taliban"}},
		{"an acronym of two capitals", "In 2015 the US armed the Taliban in the south.", []string{"united-states support taliban"}, nil},
		{"a pronoun is no acronym", "In 2015 Iran told us that it armed the Taliban in the south.", nil, []string{"united-states support taliban"}},
		{"a name that qualifies another", "In 2015 the US-led alliance attacked the Taliban in the south.", nil, []string{"united-states hostility taliban"}},
		{"strikes that support", "In 2016 Jami'at, supported by Iranian air strikes, took the town from the Taliban.",
			[]string{"iran support jamiat"}, []string{"jamiat hostility iran", "iran hostility jamiat"}},
		{"strikes that support, their agent after", "In 2016 Jami'at, supported by air strikes from Iran, took the town from the Taliban.",
			[]string{"iran support jamiat"}, []string{"jamiat hostility iran", "iran hostility jamiat"}},
		{"an agent set aside by commas", "The Taliban, politically represented by Hekmatyar, received support from Iran in 2016.",
			[]string{"iran support taliban"}, []string{"iran support hekmatyar"}},
		{"examples of a collective", "In 2014 Western states, most notably the US and Egypt, supported Jami'at against the Taliban.",
			[]string{"western-states support jamiat", "united-states support jamiat", "egypt support jamiat"}, nil},
		{"examples of no collective", "In 2014 Iran, most notably its army, supported Jami'at.",
			[]string{"iran support jamiat"}, nil},
		{"an assumption states no tie", "In 2015 it was assumed that the factions would unite to resist the Taliban, and Iran backed them.",
			nil, []string{"taliban hostility iran", "iran hostility taliban"}},
		{"what is hoped for after what held", "In 2004 Pakistan resumed its support for the Taliban in the hope of using them as pressure on Iran.",
			[]string{"pakistan support taliban"}, []string{"taliban opposition iran", "pakistan opposition iran"}},
		{"a demonym that qualifies a name", "Having trained in the north since 2006, the Pakistani Islamist group Jami'at attacked the Taliban in 2015. The group then armed Iran.",
			[]string{"jamiat hostility taliban", "jamiat support iran"}, []string{"pakistan hostility taliban", "pakistan support iran"}},
		{"the capital of a state is a place", "In 2016 the Taliban attacked a hotel in the heart of the capital of Pakistan.",
			nil, []string{"taliban hostility pakistan"}},
		{"a backer before a hyphen", "In 2016 the Turkish-backed Free Syrian Army attacked the Taliban.",
			[]string{"turkey support fsa", "fsa hostility taliban"}, []string{"turkey hostility taliban", "taliban support fsa"}},
		{"two backers before a hyphen", "In 2015 the Pakistani/Turkish-backed Free Syrian Army attacked the Taliban.",
			[]string{"pakistan support fsa", "turkey support fsa", "fsa hostility taliban"}, []string{"pakistan hostility taliban"}},
		{"the examples of a coalition are its members", "In 2015 Russia attacked the Army of Conquest, including the Turkish-backed Free Syrian Army and Jabhat al-Nusra.",
			[]string{"fsa membership army-of-conquest", "jabhat-al-nusra membership army-of-conquest", "russia hostility fsa", "turkey support fsa"},
			[]string{"turkey support army-of-conquest"}},
		{"a group of an organization named the other way round", "In Badakhshan, local commanders of Jami'at attacked the Taliban in 2015.",
			[]string{"jamiat-northeast hostility taliban"}, []string{"jamiat hostility taliban", "jamiat-west hostility taliban"}},
		{"a group's local part joined before a symmetric cue", "In Badakhshan the Taliban and local commanders of Jami'at have been jointly taxing mining in 2015.",
			[]string{"taliban cooperation jamiat-northeast"}, nil},
		{"examples listed a sentence before", "Western states, such as Egypt and the United States, met in Doha in 2015. That year the Taliban attacked the Western states.",
			[]string{"taliban hostility western-states", "taliban hostility egypt", "taliban hostility united-states"}, nil},
		{"a backer of no one named is no party", "In 2014 the Iranian-backed militias fought the Taliban.",
			nil, []string{"iran hostility taliban", "taliban hostility iran"}},
		{"an alias that holds a post", "In 2015 Russian president Vladimir Putin condemned the Taliban.",
			[]string{"vladimir-putin membership russia", "vladimir-putin opposition taliban"}, nil},
		{"a table is no sentence", "| year | party | act | other |\n|---|---|---|---|\n| 2019 | Taliban | fought | Iran |\n| 2020 | Russia | backed | Taliban |",
			nil, []string{"taliban hostility iran", "russia support taliban"}},
	})
}

// formActors are the actors the form cases know: the tests' and those of the reports the
// cases come from.
func formActors() []alliances.Actor {
	return append(slices.Clone(actors),
		alliances.Actor{ID: "egypt", Name: "Egypt", Kind: "state"},
		alliances.Actor{ID: "united-states", Name: "United States", Aliases: []string{"U.S.", "US"}, Kind: "state"},
		alliances.Actor{ID: "western-states", Name: "Western states", Kind: alliances.Category},
		alliances.Actor{ID: "mohamed-morsi", Name: "Mohamed Morsi", Kind: "individual"},
		alliances.Actor{ID: "ashraf-ghani", Name: "Ashraf Ghani", Kind: "individual"},
		alliances.Actor{ID: "qassem-soleimani", Name: "Qassem Soleimani", Kind: "individual"},
		alliances.Actor{ID: "islamic-republic", Name: "Islamic Republic of Afghanistan", Aliases: []string{"Islamic Republic", "Karzai administration"}, Kind: "state"},
		alliances.Actor{ID: "taliban-hardliners", Name: "Taliban hardliners", Kind: "faction"},
		alliances.Actor{ID: "pakistan-military", Name: "Pakistani military", Kind: "state-organ"},
		alliances.Actor{ID: "iskp", Name: "Islamic State in Khorasan", Kind: "armed-group"},
		alliances.Actor{ID: "jabhat-al-nusra", Name: "Jabhat al-Nusra", Kind: "armed-group"},
		alliances.Actor{ID: "assyrian-forces", Name: "Assyrian forces", Kind: alliances.Category},
		alliances.Actor{ID: "babylon-brigades", Name: "Babylon Brigades", Kind: "militia"},
		alliances.Actor{ID: "dwekh-nawsha", Name: "Dwekh Nawsha", Kind: "militia"},
		alliances.Actor{ID: "anti-taliban-coalition", Name: "Anti-Taliban coalition", Kind: "coalition"},
		alliances.Actor{ID: "karzai-police", Name: "Police officers loyal to Karzai and other southern notables", Kind: "militia"},
		alliances.Actor{ID: "hamid-karzai", Name: "Hamid Karzai", Kind: "individual"},
		alliances.Actor{ID: "jamiat-west", Name: "Jami'at commanders in western Afghanistan", Kind: "faction"},
		alliances.Actor{ID: "jamiat-northeast", Name: "Jami'at commanders in Badakhshan and the northeast", Kind: "faction"},
		// Aliases that give another actor and then the name, as annotators write them.
		alliances.Actor{ID: "fsa", Name: "Free Syrian Army", Aliases: []string{"Turkish-backed Free Syrian Army"}, Kind: "armed-group"},
		alliances.Actor{ID: "turkey", Name: "Turkey", Kind: "state"},
		alliances.Actor{ID: "vladimir-putin", Name: "Vladimir Putin", Aliases: []string{"Russian president Vladimir Putin"}, Kind: "individual"},
		alliances.Actor{ID: "army-of-conquest", Name: "Army of Conquest", Kind: "coalition"},
		alliances.Actor{ID: "southern-front", Name: "Southern Front", Aliases: []string{"Southern Front of the Free Syrian Army"}, Kind: "coalition"},
		alliances.Actor{ID: "division-13", Name: "13th Division", Aliases: []string{"Free Syrian Army's 13th Division"}, Kind: "armed-group"},
		alliances.Actor{ID: "jamiat-rabbani", Name: "Jami'at faction of Salahuddin Rabbani", Aliases: []string{"faction of Salahuddin Rabbani"}, Kind: "faction"},
		alliances.Actor{ID: "us-coalition", Name: "US-led coalition against the Taliban", Aliases: []string{"US-led coalition"}, Kind: "coalition"},
	)
}

// formCase is a sentence of a report and what the reader must and must not propose from
// it.
type formCase struct {
	name, text string
	want       []string // subject kind object, each among the proposals
	refused    []string // subject kind object, none among them
}

// checkForms reads each case's text knowing the actors given, and checks the proposals
// at confidence 0.5 or more against it (those below show with their confidence).
func checkForms(t *testing.T, known []alliances.Actor, cases []formCase) {
	t.Helper()
	pad := " This sentence only makes the paragraph long enough to count as one of the body."
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rules := extract.DefaultRules()
			rd := extract.NewReader(rules, known)
			rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
			text := c.text
			if !strings.HasPrefix(text, "|") {
				text += pad
			}
			var got []string
			for _, p := range rd.Read(extract.Read("report.txt", text, rules)) {
				tie := p.Tie.Subject + " " + string(p.Tie.Kind) + " " + p.Tie.Object
				if p.Confidence >= 0.5 {
					got = append(got, tie)
				} else {
					got = append(got, fmt.Sprintf("%s %.2f", tie, p.Confidence)) // shown at a lower threshold only
				}
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("proposed %q, want %q among them", got, w)
				}
			}
			for _, r := range c.refused {
				if slices.Contains(got, r) {
					t.Errorf("proposed %q, want no %q", got, r)
				}
			}
		})
	}
}

// TestAliasThatHoldsAPlaceIsAName: an alias of an actor's own name, "of" and another
// actor's name is read as a unit of a group only when the other is a group: "Islamic
// State of Iraq" is a name, not the Islamic State's part of the state of Iraq.
func TestAliasThatHoldsAPlaceIsAName(t *testing.T) {
	actors := []alliances.Actor{
		{ID: "islamic-state", Name: "Islamic State", Aliases: []string{"Islamic State of Iraq"}, Kind: "armed-group"},
		{ID: "iraq", Name: "Iraq", Kind: "state"},
		{ID: "mahdi-army", Name: "Mahdi Army", Kind: "militia"},
	}
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, actors)
	rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
	text := "In 2007 the Islamic State of Iraq attacked the Mahdi Army near the capital. This sentence only makes the paragraph long enough to count as one of the body."
	var got []string
	for _, p := range rd.Read(extract.Read("report.txt", text, rules)) {
		if p.Confidence >= 0.5 {
			got = append(got, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object)
		}
	}
	if !slices.Contains(got, "islamic-state hostility mahdi-army") || slices.Contains(got, "iraq hostility mahdi-army") {
		t.Errorf("proposed %q; want the Islamic State's hostility, not Iraq's", got)
	}
}
