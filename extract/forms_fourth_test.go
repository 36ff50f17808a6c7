package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
)

// TestFormsOfTheFourthReading: forms met in the texts the reader was tuned on and missed
// there, read on 2026-12-03, each written with the actors of the other sentence tests
// and the paragraph it comes from named.
func TestFormsOfTheFourthReading(t *testing.T) {
	known := append(formActors(),
		alliances.Actor{ID: "levant-front", Name: "Levant Front", Kind: "armed-group"},
		alliances.Actor{ID: "hamza-division", Name: "Hamza Division", Kind: "armed-group"},
		alliances.Actor{ID: "knights-brigade", Name: "Revolutionary Knights Brigade", Kind: "armed-group"},
		alliances.Actor{ID: "fsa-factions", Name: "Free Syrian Army", Aliases: []string{"FSA", "FSA factions"}, Kind: "armed-group"},
		alliances.Actor{ID: "mois", Name: "Ministry of Intelligence and Security", Kind: "state-organ"},
		alliances.Actor{ID: "yisrael-katz", Name: "Yisrael Katz", Kind: "individual"},
		alliances.Actor{ID: "dmitry-peskov", Name: "Dmitry Peskov", Kind: "individual"},
		alliances.Actor{ID: "maria-zakharova", Name: "Maria Zakharova", Kind: "individual"},
		alliances.Actor{ID: "fpa", Name: "Front for the Liberation of the Azawad", Kind: "armed-group"},
		alliances.Actor{ID: "israel", Name: "Israel", Kind: "state"},
		alliances.Actor{ID: "nato", Name: "NATO", Kind: "international-organization"},
		alliances.Actor{ID: "united-kingdom", Name: "United Kingdom", Kind: "state"})
	checkForms(t, known, []formCase{
		// inter-rebel ¶39: a group's name before a noun of its parts, the name an alias
		// holding the noun ("FSA factions"); the parts listed do the joint act together.
		{"parts included, the noun in the alias", "In May 2016, 5 FSA factions including the Levant Front, the Hamza Division and Jabhat al-Nusra conducted a joint attack on the Revolutionary Knights Brigade.",
			[]string{"levant-front membership fsa-factions", "hamza-division membership fsa-factions", "jabhat-al-nusra membership fsa-factions",
				"levant-front cooperation hamza-division", "hamza-division cooperation jabhat-al-nusra", "levant-front hostility knights-brigade"},
			[]string{"fsa-factions hostility knights-brigade"}},
		{"parts included, no joint act", "In May 2016, 5 FSA factions including the Levant Front and the Hamza Division were named in a report on the Revolutionary Knights Brigade.",
			[]string{"levant-front membership fsa-factions"}, []string{"levant-front cooperation hamza-division"}},
		// hezbollah-syria ¶23: a post's field before it ("Intelligence Minister",
		// "Foreign Ministry spokeswoman"); a seat of government for the government.
		{"a post's field", "In April 2017, the Israeli Intelligence Minister Yisrael Katz hinted at responsibility for the explosion.",
			[]string{"yisrael-katz membership israel"}, nil},
		{"a ministry's spokeswoman", "In April 2017, Russian Foreign Ministry spokeswoman Maria Zakharova slammed the strikes.",
			[]string{"maria-zakharova membership russia"}, nil},
		{"the seat of a government", "In April 2017, Kremlin spokesman Dmitry Peskov called for restraint in a press conference.",
			[]string{"dmitry-peskov membership russia"}, nil},
		{"a field and no post", "In April 2017, Israeli Intelligence reported that Yisrael Katz had left.",
			nil, []string{"yisrael-katz membership israel"}},
		// iran-syria ¶13: the organ a state's possessive describes, named after a comma.
		{"a state's organ named after a comma", "In 2012 members of Iran's main intelligence service, the Ministry of Intelligence and Security, were assisting the Taliban.",
			[]string{"mois membership iran", "mois support taliban"}, nil},
		{"a state's possession is no organ", "In 2012 Iran's decision, the Ministry of Intelligence and Security said, surprised the Taliban.",
			nil, []string{"mois membership iran"}},
		// mali-war ¶29: the name a splinter gives itself after a semicolon.
		{"a splinter named after a semicolon", "In June 2012 a splinter group broke off from the Taliban; calling itself the Front for the Liberation of the Azawad, it vowed to fight Iran.",
			[]string{"fpa splinter taliban"}, nil},
		{"a splinter whose pronoun tells", "In June 2012 a splinter group broke off from the Taliban; calling itself the Front for the Liberation of the Azawad, the group stated that independence was no longer its goal.",
			[]string{"fpa splinter taliban"}, nil},
		// mali-war ¶24: a name after a cue of the other sign, joined by "and", is that cue's.
		{"against one thing and in support of another", "On 6 June 2012, Hamid Karzai protested against the imposition of Sharia in the town and in support of the Taliban.",
			[]string{"hamid-karzai support taliban"}, []string{"hamid-karzai opposition taliban"}},
		// Forms of the analyses the reader is for, not yet in the annotated texts as such:
		// a member in apposition, a leader in a relative clause, contacts and a mediator.
		{"a member in apposition", "In November 2015 Turkey, a NATO member, shot down a Russian plane near the border.",
			[]string{"turkey membership nato"}, nil},
		{"a faction in apposition", "In 2016 Hizb-e Islami, a Taliban faction, attacked Kabul.",
			[]string{"hizb-e-islami membership taliban"}, nil},
		{"a wing in a possessive apposition", "In 2016 Hizb-e Islami, the Taliban's armed wing, attacked Kabul.",
			[]string{"hizb-e-islami membership taliban"}, nil},
		{"an enemy in a possessive apposition is no part", "In 2016 Hizb-e Islami, the Taliban's enemy, attacked Kabul.",
			nil, []string{"hizb-e-islami membership taliban"}},
		{"absorbed by", "In 2016 Hizb-e Islami was absorbed by the Taliban.",
			[]string{"hizb-e-islami merger taliban"}, []string{"taliban merger hizb-e-islami"}},
		{"an ally in apposition is no member", "In November 2015 Turkey, a NATO ally, shot down a Russian plane near the border.",
			nil, []string{"turkey membership nato"}},
		{"who leads", "In 2016 Gulbuddin Hekmatyar, who leads Hizb-e Islami, returned to Kabul after twenty years.",
			[]string{"hekmatyar membership hizb-e-islami"}, nil},
		{"reached out to", "In 2021 the Taliban reached out to Jami'at in the north of the country.",
			[]string{"taliban negotiation jamiat"}, nil},
		{"a mediator between", "In 2021 Hamid Karzai served as a mediator between Ashraf Ghani and the Taliban.",
			[]string{"hamid-karzai mediation ashraf-ghani"}, nil},
		// An alliance against a third: partners before the cue, the enemy after "against".
		{"an alliance against a third", "In 2021 Iran and the Taliban formed an alliance against Jabhat al-Nusra in the west.",
			[]string{"iran alliance taliban", "taliban opposition jabhat-al-nusra"},
			[]string{"taliban alliance jabhat-al-nusra", "iran alliance jabhat-al-nusra"}},
		{"an alliance with one against a third", "In 2021 Iran formed an alliance with the Taliban against Jabhat al-Nusra.",
			[]string{"iran alliance taliban", "iran opposition jabhat-al-nusra", "taliban opposition jabhat-al-nusra"}, nil},
		// Support withdrawn ends; a turn against is opposition.
		{"support withdrawn", "In 2021 Pakistan withdrew its support for the Taliban.",
			[]string{"pakistan support taliban"}, nil},
		{"turned against", "In 2021 Pakistan turned against the Taliban.",
			[]string{"pakistan opposition taliban"}, nil},
		// A clause after "as" or "while" is no list with the name before it.
		{"a clause after as", "In 2021 the United States left Pakistan as the Taliban fought Jami'at.",
			[]string{"taliban hostility jamiat"}, []string{"pakistan hostility jamiat"}},
		{"a clause after while", "In 2021 the United States left Pakistan while the Taliban fought Jami'at.",
			[]string{"taliban hostility jamiat"}, []string{"pakistan hostility jamiat", "united-states hostility jamiat"}},
		{"as well as", "In 2021 Iran as well as Pakistan backed the Taliban.",
			[]string{"iran support taliban", "pakistan support taliban"}, nil},
		// belligerents ¶2: reliance on another is its support.
		{"relied on", "In 2021 the Taliban depended on Pakistani support and relied on Iran for weapons.",
			[]string{"pakistan support taliban", "iran support taliban"}, []string{"pakistan support iran", "iran support pakistan"}},
		{"relied on something against an enemy", "In 2021 the Taliban relied on the element of surprise against Jami'at.",
			nil, []string{"jamiat support taliban"}},
		// A gap cue across a list of what was given; a backer named by a possessive.
		{"received a list from", "In 2021 the Taliban received money, weapons, and training from Pakistan.",
			[]string{"pakistan support taliban"}, []string{"taliban support pakistan"}},
		{"received, and another clause", "In 2021 the Taliban received money, and Pakistan sent weapons to Jami'at.",
			[]string{"pakistan support jamiat"}, []string{"pakistan support taliban"}},
		{"a backer in apposition", "In 2021 the Taliban's main backer, Pakistan, hosted talks in Islamabad.",
			[]string{"pakistan support taliban"}, nil},
		{"a backer after a copula", "In 2021 Pakistan is the Taliban's main backer.",
			[]string{"pakistan support taliban"}, nil},
		{"no backer after a negated copula", "In 2021 Pakistan is not the Taliban's main backer.",
			nil, []string{"pakistan support taliban"}},
		// Leaving a group to join another; help named by its giver's word after "with".
		{"left to join", "In 2021 Gulbuddin Hekmatyar left Jami'at to join the Taliban.",
			[]string{"hekmatyar membership taliban"}, []string{"jamiat membership taliban"}},
		{"with a giver's help", "In 2021 the Taliban, with Pakistani help, took Kabul.",
			[]string{"pakistan support taliban"}, nil},
		{"with a giver's help in an aside", "In 2021 the Taliban and Jami'at, with Iran's backing, fought Hizb-e Islami.",
			[]string{"iran support taliban", "iran support jamiat", "taliban hostility hizb-e-islami", "jamiat hostility hizb-e-islami"},
			[]string{"iran hostility hizb-e-islami"}},
		// iraq-war ¶14: "United" after a list's comma is no participle opening an aside.
		{"a list with United in it", "In 2014 the United States, Iran, United Kingdom and Egypt began aid drops of food, water and medicine to help the Taliban.",
			[]string{"united-states support taliban", "egypt support taliban"}, nil},
		// What one is asked to do is not done; what one is asked to stop was.
		{"urged to negotiate", "In 2021 Pakistan urged the Taliban to negotiate with Ashraf Ghani.",
			nil, []string{"taliban negotiation ashraf-ghani"}},
		{"called on to join talks", "In 2021 Pakistan called on the Taliban to join talks with Ashraf Ghani.",
			nil, []string{"taliban negotiation ashraf-ghani"}},
		{"urged to stop", "In 2021 Iran urged the Taliban to stop attacking Jami'at.",
			[]string{"iran opposition taliban", "taliban hostility jamiat"}, nil},
		// Stances: praise, endorsement, solidarity, concern; loyalty pledged.
		{"praised", "In 2021 Iran praised the Taliban.", []string{"iran favour taliban"}, nil},
		{"solidarity with", "In 2021 Iran expressed solidarity with Jami'at.", []string{"iran favour jamiat"}, nil},
		{"concern about", "In 2021 Iran expressed concern about the Taliban's advance.", []string{"iran opposition taliban"}, nil},
		{"pledged loyalty to", "In 2021 Gulbuddin Hekmatyar pledged loyalty to the Taliban.", []string{"hekmatyar membership taliban"}, nil},
		// An act named by its noun after a preposition of time or a verb that judges it is
		// no act of the sentence's subject.
		{"after the strikes on", "In April 2017, Ashraf Ghani called for restraint after the strikes on Pakistan.",
			nil, []string{"ashraf-ghani hostility pakistan"}},
		// Changed on purpose in the fourth session of 2026-12-05: condemning an attack on
		// Jami'at is no opposition to Jami'at, its victim (the Lebanon live blog's review
		// found "Turkey condemned the bombing of Lebanon" read as Turkey against Lebanon).
		{"condemned the attack on", "In 2021 Iran condemned the attack on Jami'at.",
			nil, []string{"iran hostility jamiat", "iran opposition jamiat"}},
		{"launched the offensive against", "In 2021 the Taliban launched the offensive against Jami'at.",
			[]string{"taliban hostility jamiat"}, nil},
		// iran-syria ¶17, ¶39: support that made one more effective against another is
		// not given to that other; a killer named after an adverb and "by".
		{"support against another", "In 2012 officials believed that the intensification of Iranian support had led to increased effectiveness against the Taliban.",
			nil, []string{"iran support taliban"}},
		{"killed probably by", "In 2020 Ashraf Ghani was killed probably by an Iranian airstrike in Herat.",
			[]string{"iran hostility ashraf-ghani"}, []string{"ashraf-ghani hostility iran"}},
		// iran-syria ¶22: help from another at the sentence's opening; its giver is no subject.
		{"with help from, opening", "With help from Pakistan, the Taliban won back territory from Jami'at in 2013.",
			[]string{"pakistan support taliban", "taliban hostility jamiat"}, []string{"pakistan hostility jamiat"}},
		// iran-syria ¶32: a possessor's allies named before the noun; not each other's.
		{"their allies", "In 2015 Iranian troops joined the Taliban and their Pakistani and Hizb-e Islami allies in an offensive.",
			[]string{"taliban alliance pakistan", "taliban alliance hizb-e-islami"}, []string{"pakistan alliance hizb-e-islami"}},
		{"its allies in a coalition", "In 2015 the Taliban and its allies in Hizb-e Islami captured Kabul.",
			nil, []string{"taliban alliance hizb-e-islami"}},
		// slf-hts ¶17: no talks of a state with its own president.
		{"no talks with one's own president", "Several tribal forces are to be deployed to Herat from Turkey after clan leaders in Kabul had a meeting with Turkish President Hamid Karzai to discuss the framework and development of a council in 2018.",
			[]string{"hamid-karzai membership turkey"}, []string{"turkey negotiation hamid-karzai"}},
		// inter-rebel, mali-war, slf-hts: a surrender ends a fight, read as the fight.
		{"surrendered to", "In 2021 Jami'at surrendered to the Taliban in Herat.", []string{"jamiat hostility taliban"}, nil},
		// The fourteenth review (hezbollah-syria): a fight on another's side; orders from
		// another; an order that may come; a people's prominent figures; a place withdrawn
		// from; two who help a third take a town.
		{"on the same side as", "In 2013 Jami'at was fighting in the town of Herat on the same side as the Taliban.",
			[]string{"jamiat alliance taliban"}, []string{"jamiat hostility taliban"}},
		{"with orders from", "In 2013 Jami'at was fighting inside Pakistan with orders from Iran.",
			[]string{"iran support jamiat"}, []string{"jamiat hostility iran"}},
		{"an order that may come", "In 2013 Ashraf Ghani gave Jami'at 24 hours to withdraw from Pakistan or he may order Taliban units to attack Jami'at targets in Iran.",
			nil, []string{"taliban hostility jamiat", "ashraf-ghani hostility jamiat", "pakistan hostility jamiat", "jamiat hostility pakistan"}},
		{"a people's prominent figures", "In 2013 the leaders of Hizb-e Islami and other prominent Pakistani figures called on Jami'at to end its involvement.",
			[]string{"hizb-e-islami opposition jamiat"}, []string{"pakistan opposition jamiat"}},
		{"two help a third take a town", "In 2013 Pakistani forces with the help of Jami'at and Hizb-e Islami captured Herat.",
			[]string{"jamiat support pakistan", "hizb-e-islami support pakistan"}, []string{"jamiat hostility hizb-e-islami"}},
		{"two take a town together", "In 2013 Jami'at and Hizb-e Islami captured Herat.",
			[]string{"jamiat cooperation hizb-e-islami"}, []string{"jamiat hostility hizb-e-islami"}},
		// hezbollah-syria ¶33, inter-rebel ¶11: fighting on behalf of, or in support of,
		// another is for it, not against it; the one who acts for it is the act's subject.
		{"fighting on behalf of", "In 2019 Jami'at has been fighting on behalf of Pakistan.",
			[]string{"jamiat support pakistan"}, []string{"jamiat hostility pakistan"}},
		{"fought one on behalf of another", "In 2019 Jami'at fought the Taliban on behalf of Pakistan.",
			[]string{"jamiat support pakistan", "jamiat hostility taliban"}, []string{"taliban support pakistan"}},
		// mali-war-2 ¶19, ¶23: a post a possessive gives before a name in apposition.
		{"its post before a name", "In March 2013 a new split happened in Jami'at, with one of its commanders in Herat, Hamid Karzai quitting the group.",
			[]string{"hamid-karzai membership jamiat"}, nil},
		{"its leader, a name", "In 2013 the Taliban split again; its leader, Ashraf Ghani, fled to Iran.",
			[]string{"ashraf-ghani membership taliban"}, nil},
		{"its post of a place", "In 2013 the Taliban attacked Herat and its governor, Ashraf Ghani, fled to Iran.",
			nil, []string{"ashraf-ghani membership taliban"}},
	})
}

// TestSupportWithdrawnEnds: support "withdrawn" or "suspended" ends where the sentence
// dates it, as "ended" does: it held before, not after.
func TestSupportWithdrawnEnds(t *testing.T) {
	for _, text := range []string{
		"In 2021 Pakistan withdrew its support for the Taliban. This sentence only makes the paragraph long enough to count as one of the body.",
		"In 2021 Pakistan suspended its aid to the Taliban. This sentence only makes the paragraph long enough to count as one of the body.",
	} {
		var got []string
		for _, p := range readForms("r.txt", text) {
			if p.Tie.Kind == alliances.Support && p.Tie.Subject == "pakistan" && p.Tie.Object == "taliban" {
				got = append(got, p.Tie.Valid.String())
			}
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], "../") && !strings.HasPrefix(got[0], "/") {
			t.Errorf("%q: support valid %q, want one that ends in 2021 (as \"ended\" gives)", text, got)
		}
	}
}

// TestAccusedDeedsAreAlleged: what one accuses another of is the accuser's claim, alleged
// and attributed to the accuser where the sentence names them; the accusation itself is
// reported. So is what a teller says ("X reported that", "X said", "..., X said"). An accusation whose accuser goes unnamed ("the Taliban, accused of ...")
// accuses no one, and its aside is not the subject of the verb after it.
func TestAccusedDeedsAreAlleged(t *testing.T) {
	pad := " This sentence only makes the paragraph long enough to count as one of the body."
	type want struct {
		status alliances.Status
		by     string
	}
	for _, c := range []struct {
		text  string
		ties  map[string]want
		never []string
	}{
		{"In 2021 Ashraf Ghani accused Pakistan of sending fighters to help the Taliban.",
			map[string]want{"pakistan support taliban": {alliances.Alleged, "Ashraf Ghani"}, "ashraf-ghani opposition pakistan": {alliances.Reported, ""}}, nil},
		{"In 2021 Iran was accused of arming the Taliban.",
			map[string]want{"iran support taliban": {alliances.Alleged, ""}}, nil},
		// What a teller says is the teller's: "reported that", "said", a teller at the end.
		{"The Guardian reported in May 2011 that the Iranian government was assisting the Taliban.",
			map[string]want{"iran support taliban": {alliances.Alleged, "The Guardian"}}, nil},
		{"In 2012 a senior U.S. official said members of Iran's intelligence service were assisting the Taliban.",
			map[string]want{"iran support taliban": {alliances.Alleged, "senior U.S. official"}}, nil},
		{"In 2012 Pakistan armed the Taliban, Ashraf Ghani said.",
			map[string]want{"pakistan support taliban": {alliances.Alleged, "Ashraf Ghani"}}, []string{"pakistan support ashraf-ghani"}},
		{"In 2012 it was reported that Iran armed the Taliban.",
			map[string]want{"iran support taliban": {alliances.Alleged, ""}}, nil},
		{"In 2015 an estimated 10,000 Iranian troops were deployed to support the Taliban.",
			map[string]want{"iran support taliban": {alliances.Reported, ""}}, nil},
		{"In 2013 the United States Air Force dropped supplies in support of the Taliban.",
			map[string]want{"united-states support taliban": {alliances.Reported, ""}}, nil},
		{"In 2020 there were reports of Iranian support for the Taliban.",
			map[string]want{"iran support taliban": {alliances.Alleged, ""}}, nil},
		// iran-syria ¶34: a hedge in a relative clause after the statement is the clause's.
		{"In 2015 the talks brought Iran to the negotiating table with Pakistan, which are said to be engaged in a proxy war.",
			map[string]want{"iran negotiation pakistan": {alliances.Reported, ""}}, nil},
		// iran-syria ¶13: a supplier named in a compound, the receiver after "for".
		{"In 2012 anonymous officials claimed a spike in Iranian-supplied arms and other aid for the Taliban.",
			map[string]want{"iran support taliban": {alliances.Alleged, ""}}, nil},
		{"In 2012 Iranian-supplied arms for the Taliban reached Herat.",
			map[string]want{"iran support taliban": {alliances.Reported, ""}}, nil},
		{"In 2021 the Taliban, accused of sheltering Jami'at, fought Hizb-e Islami.",
			map[string]want{"taliban hostility hizb-e-islami": {alliances.Reported, ""}},
			[]string{"taliban opposition jamiat", "jamiat hostility hizb-e-islami"}},
	} {
		got := map[string]want{}
		for _, p := range readForms("r.txt", c.text+pad) {
			if p.Confidence >= 0.5 {
				got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = want{p.Tie.Status, p.Tie.Citations[0].AttributedTo}
			}
		}
		for k, w := range c.ties {
			if g, ok := got[k]; !ok || g != w {
				t.Errorf("%q: %s is %+v (found %v), want %+v", c.text, k, g, ok, w)
			}
		}
		for _, k := range c.never {
			if _, ok := got[k]; ok {
				t.Errorf("%q: proposed %s", c.text, k)
			}
		}
	}
}

// TestMonthsWithTheirParts: "late June and early July 2021" is a span of the two months'
// parts, approximate at each end; deals made within it hold from its start on. "The
// summer of 2013" is the season of that year, and "2015-18" the years 2015 to 2018.
func TestMonthsWithTheirParts(t *testing.T) {
	pad := " This sentence only makes the paragraph long enough to count as one of the body."
	for text, want := range map[string]string{
		"In late June and early July 2021 Jami'at made deals with the Taliban.": "jamiat agreement taliban 2021-06~/..",
		"Between late January and March 2017 Iran armed the Taliban.":           "iran support taliban 2017-01~/2017-03",
		// iran-syria ¶20, ¶38: a post held until its holder's death, not on from it.
		"In February 2013, Gulbuddin Hekmatyar, a commander of the Taliban, was killed in Herat.": "hekmatyar membership taliban /2013-02",
		// A post the sentence names its holder by is held at the sentence's time, not from
		// it on (a reviewer's find of 2026-12-03: "forced President X to flee").
		"In March 2020 the Taliban commander Gulbuddin Hekmatyar said that 25 soldiers were killed.": "hekmatyar membership taliban 2020-03",
		// iran-syria ¶2, ¶4: a season "of" its year, from then on; a span to a year written short.
		"From the summer of 2013, Iran provided support for the Taliban.":       "iran support taliban 2013-22/..",
		"At the height of its intervention in 2015-18, Iran armed the Taliban.": "iran support taliban 2015/2018",
	} {
		if got := datedTies(readForms("r.txt", text+pad)); !slices.Contains(got, want) {
			t.Errorf("%q: proposed %q, want %q", text, got, want)
		}
	}
}
