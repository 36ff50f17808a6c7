package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

// possessionActors are the actors of the sentence tests on possessives: organizations,
// their units and affiliates, and the states that own some of them.
func possessionActors() []alliances.Actor {
	return append(formActors(),
		alliances.Actor{ID: "al-qaeda", Name: "al-Qaeda", Kind: "armed-group"},
		alliances.Actor{ID: "hezbollah", Name: "Hezbollah", Kind: "armed-group"},
		alliances.Actor{ID: "radwan-force", Name: "Radwan Force", Kind: "armed-group"},
		alliances.Actor{ID: "irgc", Name: "Islamic Revolutionary Guard Corps", Aliases: []string{"IRGC"}, Kind: "state-organ"},
		alliances.Actor{ID: "quds-force", Name: "Quds Force", Kind: "state-organ"},
		alliances.Actor{ID: "syria", Name: "Syria", Kind: "state"},
		alliances.Actor{ID: "israel", Name: "Israel", Kind: "state"},
		alliances.Actor{ID: "iraq", Name: "Iraq", Kind: "state"},
		alliances.Actor{ID: "islamic-state", Name: "Islamic State", Kind: "armed-group"},
		alliances.Actor{ID: "ypg", Name: "YPG", Aliases: []string{"People's Protection Units"}, Kind: "armed-group"},
		alliances.Actor{ID: "sdf", Name: "Syrian Democratic Forces", Aliases: []string{"SDF"}, Kind: "coalition"})
}

// TestFormsOfPossession: what a possessive says of the organization after it. A
// possessor's unit is its part ("the IRGC's Quds Force"), and the unit, not its owner,
// does what the clause says; an affiliate or branch a possessive owns is the
// possessor's part too, named in apposition or after a copula ("al-Qaeda's Syrian
// affiliate, the Nusra Front"); a state's word before such a noun only places it. The
// reader was tuned on forms of this kind (belligerents ¶11, "the Islamic Revolutionary
// Guard Corps's Quds Force"); the sentences are written here, of wars in general.
func TestFormsOfPossession(t *testing.T) {
	checkForms(t, possessionActors(), []formCase{
		{"a possessor's unit", "The Islamic Revolutionary Guard Corps's Quds Force trained Hezbollah in 2013.",
			[]string{"quds-force membership irgc", "quds-force support hezbollah"}, []string{"irgc support hezbollah"}},
		{"a group's unit acts", "In 2013, Hezbollah's Radwan Force attacked the Free Syrian Army.",
			[]string{"radwan-force membership hezbollah", "radwan-force hostility fsa"}, []string{"hezbollah hostility fsa"}},
		{"a unit of its owner", "In 2013, the Quds Force of the Islamic Revolutionary Guard Corps armed Hezbollah.",
			[]string{"quds-force membership irgc", "quds-force support hezbollah"}, []string{"irgc support hezbollah"}},
		{"a division of an army", "In 2016 the Free Syrian Army's 13th Division fought the YPG near Manbij.",
			[]string{"division-13 membership fsa", "division-13 hostility ypg"}, nil},
		// A state owns its organs, not the groups it is the home of.
		{"a state's organ", "In 2013 Iran's Quds Force armed Hezbollah.",
			[]string{"quds-force membership iran", "quds-force support hezbollah"}, nil},
		{"a state's namesake group", "In 2013 Pakistan's Taliban attacked Iran.",
			nil, []string{"taliban membership pakistan"}},
		// The noun after the names says what the possessor has in them.
		{"a possessor's allies, named", "In 2018 Turkey's Free Syrian Army allies attacked the YPG.",
			[]string{"turkey alliance fsa", "fsa hostility ypg"}, []string{"fsa membership turkey", "turkey hostility ypg"}},
		{"a possessor's proxies, named", "In 2018 Iran's Hezbollah proxies attacked Israel.",
			[]string{"iran support hezbollah", "hezbollah hostility israel"}, []string{"hezbollah membership iran"}},
		// An affiliate, a branch, a wing: the possessor's part, named beside it.
		{"an affiliate before its name", "Al-Qaeda's Syrian affiliate, Jabhat al-Nusra, attacked the Free Syrian Army in 2014.",
			[]string{"jabhat-al-nusra membership al-qaeda", "jabhat-al-nusra hostility fsa"}, []string{"syria hostility fsa", "al-qaeda hostility fsa"}},
		{"an affiliate after its name", "Jabhat al-Nusra, al-Qaeda's Syrian affiliate, attacked the Free Syrian Army in 2014.",
			[]string{"jabhat-al-nusra membership al-qaeda", "jabhat-al-nusra hostility fsa"}, []string{"syria hostility fsa", "al-qaeda hostility fsa"}},
		{"an affiliate after a copula", "In 2014 Jabhat al-Nusra was al-Qaeda's Syrian affiliate.",
			[]string{"jabhat-al-nusra membership al-qaeda"}, nil},
		{"a branch with its place", "In 2014 Jabhat al-Nusra was al-Qaeda's branch in Syria.",
			[]string{"jabhat-al-nusra membership al-qaeda"}, []string{"syria membership al-qaeda"}},
		{"an affiliate of, placed by a state's word", "The Syrian affiliate of al-Qaeda, Jabhat al-Nusra, attacked the Free Syrian Army in 2014.",
			[]string{"jabhat-al-nusra membership al-qaeda", "jabhat-al-nusra hostility fsa"}, []string{"syria membership al-qaeda"}},
		{"a possessor's clients in a state", "In 2016 Iran's Iraqi proxies attacked the Free Syrian Army.",
			nil, []string{"iraq hostility fsa"}},
		{"an unnamed affiliate places nobody", "In 2014 al-Qaeda's Syrian affiliate attacked the Free Syrian Army.",
			nil, []string{"syria hostility fsa"}},
		{"a state's word names a state's men", "In 2014 Syrian troops attacked the Free Syrian Army.",
			[]string{"syria hostility fsa"}, nil},
		// What one is to another after a copula and the other's possessive.
		{"a patron after auxiliaries", "Iran has long been Hezbollah's main patron.",
			[]string{"iran support hezbollah"}, nil},
		{"the closest ally", "Russia remained Syria's closest ally throughout the war.",
			[]string{"russia alliance syria"}, nil},
		{"a proxy is the one supported", "In 2016 Hezbollah was Iran's proxy in Syria.",
			[]string{"iran support hezbollah"}, []string{"hezbollah support iran"}},
		{"no patron", "Iran was not Hezbollah's patron in 2016.",
			nil, []string{"iran support hezbollah"}},
		{"a coalition's main member", "The Syrian Democratic Forces, dominated by the YPG, attacked the Islamic State in 2017.",
			[]string{"ypg membership sdf"}, nil},
		{"a noun of partners before a verb", "In 2018 Hizb-e Islami allies attacked Pakistan.",
			[]string{"hizb-e-islami hostility pakistan"}, []string{"hizb-e-islami alliance pakistan"}},
	})
}

// TestDecadesBoundIntervals: a decade after a preposition of an interval bounds it by a
// year (EDTF takes no "198X" as an endpoint), and the tie is proposed. "Iran has
// supported Hezbollah since the 1980s" was proposed by no reading until then: its time
// could not be written, and the proposal was dropped with it.
func TestDecadesBoundIntervals(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Pakistan has supported the Taliban since the 1990s, as the report on the south says.", "pakistan support taliban 1990/.."},
		{"Pakistan supported the Taliban in the 1990s, as the report on the south says.", "pakistan support taliban 199X"},
		{"Russia supported the Taliban until the 1990s, as the report on the south says.", "russia support taliban /1999"},
		{"Russia supported the Taliban after the 1980s, as the report on the south says.", "russia support taliban 1990/.."},
		{"Russia supported the Taliban before the 1990s, as the report on the south says.", "russia support taliban /1990"},
		{"Russia stopped supporting the Taliban in the 1990s, as the report on the south says.", "russia support taliban /1999"},
	} {
		if got := datedTies(read(t, c.text)); !slices.Contains(got, c.want) {
			t.Errorf("%q: proposed %q, want %q", c.text, got, c.want)
		}
	}
}

// TestCuesOfTheSixthReading: cues added to the rules from the tuned texts' misses (the
// paragraph each came from named), each written here in a sentence of its own.
func TestCuesOfTheSixthReading(t *testing.T) {
	checkForms(t, possessionActors(), []formCase{
		// iraq-war ¶18, rojava-islamist ¶1: ground taken from another.
		{"recaptured from", "In 2017, Syrian government forces recaptured Palmyra from the Islamic State.",
			[]string{"syria hostility islamic-state"}, nil},
		{"took control from", "In 2017 the Syrian Democratic Forces took control of Raqqa from the Islamic State.",
			[]string{"sdf hostility islamic-state"}, nil},
		// The sixteenth review's finds: taking is no fight, and what comes "with" the act
		// brings another party; a noun of membership's parts is no cue of its own.
		{"took weapons from", "In 2019 the YPG took weapons from Iran.",
			nil, []string{"ypg hostility iran"}},
		{"recaptured with help from", "In 2016 the Free Syrian Army recaptured Dabiq with air support from Turkey.",
			nil, []string{"fsa hostility turkey"}},
		{"the core of an object", "In 2019 the YPG attacked the core of Turkey's defences.",
			nil, []string{"ypg membership turkey"}},
		// sahel ¶7: control lost to another.
		{"lost control to", "By July 2012, the Free Syrian Army had lost control of most of the north to Jabhat al-Nusra.",
			[]string{"fsa hostility jabhat-al-nusra"}, nil},
		// foreign-involvement-2 ¶7: combat engaged in.
		{"engaged in combat with", "In late 2013, the Islamic State engaged in combat with the Free Syrian Army near Aleppo.",
			[]string{"islamic-state hostility fsa"}, nil},
		// inter-rebel ¶39: conspiring and affiliation, as accused.
		{"conspiring with", "In 2017 Hezbollah accused the Free Syrian Army of conspiring with Israel.",
			[]string{"fsa cooperation israel"}, nil},
		{"affiliation to", "In 2017 the YPG accused the Radwan Force of affiliation to Hezbollah.",
			[]string{"radwan-force membership hezbollah"}, nil},
		// rojava-islamist ¶12: a truce signed.
		{"a truce", "In 2016 the Free Syrian Army and the YPG signed a truce.",
			[]string{"fsa agreement ypg"}, nil},
		// A coalition's backbone and fighting side by side, as the texts have them.
		{"the backbone of", "The YPG formed the backbone of the Syrian Democratic Forces.",
			[]string{"ypg membership sdf"}, nil},
		{"side by side", "In 2015 Jabhat al-Nusra and the Free Syrian Army fought side by side in Idlib.",
			[]string{"jabhat-al-nusra cooperation fsa"}, nil},
	})
}

// TestPostAndHolderBeforeOf: a post and its holder's name before "of" and an
// organization's name are an individual of that organization, not one organization's
// name ("Iranian Brigadier General Mohammad Jamali-Paqaleh of the Revolutionary Guards" was
// proposed as an organization, iran-syria ¶23).
func TestPostAndHolderBeforeOf(t *testing.T) {
	rd, doc, finds := discover("In the fall of 2013 Iranian Brigadier General Mohammad Jamali-Paqaleh of the Revolutionary Guards was killed in Syria, while volunteering to defend a shrine.")
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name+" ("+f.Actor.Kind+")")
	}
	// (the Guards an organ of the Iranian state, as the rules' list of bodies has them)
	if !slices.Contains(names, "Mohammad Jamali-Paqaleh (individual)") || !slices.Contains(names, "Revolutionary Guards (state-organ)") {
		t.Fatalf("found %q, want the individual and the guards apart", names)
	}
	wantTies(t, rd, doc, "mohammad-jamali-paqaleh membership revolutionary-guards")
	// A post's word in an organization's name, no holder after it, keeps the name whole;
	// a post of two words and a holder's one is cut.
	_, _, finds = discover("In April 2019 the Libyan General Command of the Arab Armed Forces attacked the Taliban near the capital.")
	if !slices.ContainsFunc(finds, func(f extract.Found) bool { return f.Actor.Name == "Libyan General Command of the Arab Armed Forces" }) {
		t.Errorf("found %+v, want the General Command's name whole", finds)
	}
	_, _, finds = discover("In April 2019 Brigadier General Haftar of the Libyan National Army attacked the Taliban near the capital.")
	if slices.ContainsFunc(finds, func(f extract.Found) bool { return strings.Contains(f.Actor.Name, "General") }) {
		t.Errorf("found %+v, want no organization named with the post", finds)
	}
}

// TestGovernmentNounsAlike: a government named after its head goes by any noun of one:
// with "Assad government" an alias of the state, "the Assad regime" is the state too (in a
// new case, the Hezbollah article's "Assad regime" was proposed as an actor "Assad").
func TestGovernmentNounsAlike(t *testing.T) {
	known := append(possessionActors(), alliances.Actor{ID: "damascus", Name: "Government of Bashar al-Assad", Aliases: []string{"Assad government"}, Kind: "state"})
	checkForms(t, known, []formCase{
		{"a regime", "In 2013 Hezbollah fought for the Assad regime against the Free Syrian Army.",
			[]string{"hezbollah support damascus"}, nil},
		{"an administration", "In 2013 the Assad administration attacked the Free Syrian Army.",
			[]string{"damascus hostility fsa"}, nil},
		{"a head's possessive", "In 2013 Hezbollah fought for Assad's regime against the Free Syrian Army.",
			[]string{"hezbollah support damascus"}, nil},
	})
	// The full name's possessive, where the state is named after its head (belligerents
	// ¶30, "a 'front organization' for Bashar al-Assad's government"): the state, which
	// the front serves.
	known = append(known, alliances.Actor{ID: "bashar-al-assad", Name: "Bashar al-Assad", Aliases: []string{"Assad"}, Kind: "individual"})
	checkForms(t, known, []formCase{
		{"a full name's possessive", "In 2012 some accused the YPG of being a front organization for Bashar al-Assad's government.",
			[]string{"ypg support damascus"}, []string{"ypg support bashar-al-assad", "damascus support ypg"}},
	})
}

// TestWhatANounDoes: a participle right after a noun with its article tells what the noun
// does, not what the clause's subject does, where the subject stood against the noun ("a
// resolution condemning Syria" vetoed); a noun the subject made is its own ("released a
// statement condemning", slf-hts ¶4 as a new case, which a first version of the reading
// lost). A state's name between an article and a noun of parts only places the part.
func TestWhatANounDoes(t *testing.T) {
	checkForms(t, possessionActors(), []formCase{
		{"a resolution condemning", "In 2012 Russia vetoed a resolution condemning Syria.",
			nil, []string{"russia opposition syria"}},
		{"a statement condemning", "In 2018 Hezbollah released a statement condemning the Free Syrian Army.",
			[]string{"hezbollah opposition fsa"}, nil},
		{"a state's name places a branch", "In 2014 Jabhat al-Nusra, the Syria branch of al-Qaeda, attacked the Free Syrian Army.",
			[]string{"jabhat-al-nusra membership al-qaeda"}, []string{"syria membership al-qaeda"}},
	})
}

// TestHelpReceivedByItsGiversWord: help named by its giver's word after a verb of
// receiving is the giver's to the verb's subject ("the YPG has received American air
// support", "enjoyed Pakistani backing"), also in a relative clause; not help received in
// one clause and a giver named in the next, nor what is no help.
func TestHelpReceivedByItsGiversWord(t *testing.T) {
	known := append(possessionActors(), alliances.Actor{ID: "saudi-arabia", Name: "Saudi Arabia", Aliases: []string{"Saudi"}, Kind: "state"})
	checkForms(t, known, []formCase{
		{"air support received", "The YPG has received Russian air support since 2014.",
			[]string{"russia support ypg"}, nil},
		{"weapons received, graded", "In 2013 the Free Syrian Army received its first Iranian weapons.",
			[]string{"iran support fsa"}, nil},
		{"backing enjoyed", "The Taliban have long enjoyed Pakistani backing.",
			[]string{"pakistan support taliban"}, nil},
		{"in a relative clause", "In 2013 the Taliban, who received Iranian support, attacked Kabul.",
			[]string{"iran support taliban"}, nil},
		{"no help", "In 2013 the Taliban received Pakistani delegations in the valley.",
			nil, []string{"pakistan support taliban"}},
		{"another clause's giver", "In 2021 the Taliban received money, and Iranian weapons reached Jami'at.",
			nil, []string{"iran support taliban"}},
	})
}

// TestTheSixthReadingReviewed: the sixteenth fresh-eyes review's finds on the sixth
// reading, each confirmed by running the reader, in sentences of their own.
func TestTheSixthReadingReviewed(t *testing.T) {
	checkForms(t, possessionActors(), []formCase{
		{"a noun after the possessed name", "In 2019 Hezbollah's al-Qaeda affiliation was announced.",
			nil, []string{"al-qaeda membership hezbollah"}},
		{"a branch phrase in a list", "In 2015 Israel fought Jabhat al-Nusra, al-Qaeda's Syrian branch, and the YPG.",
			nil, []string{"jabhat-al-nusra membership al-qaeda"}},
		{"a state's unit", "In 2022 a Russian unit attacked the YPG in Kobani.",
			[]string{"russia hostility ypg"}, nil},
		{"hardly a patron", "Iran is hardly Hezbollah's patron.",
			nil, []string{"iran support hezbollah"}},
		{"a former ally", "In 2023 Russia was Syria's former ally.",
			nil, []string{"russia alliance syria"}},
		{"partners before a verb", "In 2019 Iran's Yemeni partners attacked Israel.",
			nil, []string{"iran alliance israel", "iran hostility israel"}},
		{"allies, then a verb", "In 2019 Hizb-e Islami allies then attacked the Taliban.",
			[]string{"hizb-e-islami hostility taliban"}, []string{"hizb-e-islami alliance taliban"}},
		{"the owner of unnamed proxies", "In 2016 Iran's Iraqi proxies attacked the Free Syrian Army.",
			nil, []string{"iran hostility fsa"}},
		{"the owner of unnamed enemies", "In 2016 Turkey's Kurdish enemies attacked the Free Syrian Army.",
			nil, []string{"turkey hostility fsa"}},
		{"a unit's commander", "In 2013 the Islamic Revolutionary Guard Corps's Quds Force commander armed Hezbollah.",
			[]string{"quds-force membership irgc"}, nil},
		{"the armed wing", "In 2013 Hezbollah's armed wing, the Radwan Force, attacked Israel.",
			[]string{"radwan-force membership hezbollah", "radwan-force hostility israel"}, []string{"hezbollah support radwan-force"}},
	})
}

// TestPostOfTheSentenceBefore: an organization's own post before a name, in a sentence that
// names no other organization or state, is a post of the sentence before's subject
// ("Hezbollah sent fighters to Syria. Secretary General Hassan Nasrallah said ...", as the
// Hezbollah article's ¶5 writes its posts); not a post any state has, nor one after
// another organization.
func TestPostOfTheSentenceBefore(t *testing.T) {
	known := append(possessionActors(),
		alliances.Actor{ID: "hassan-nasrallah", Name: "Hassan Nasrallah", Kind: "individual"},
		alliances.Actor{ID: "zabihullah-mujahid", Name: "Zabihullah Mujahid", Kind: "individual"})
	checkForms(t, known, []formCase{
		{"a secretary general", "Hezbollah sent fighters to Syria in 2013. Secretary General Hassan Nasrallah said they would stay.",
			[]string{"hassan-nasrallah membership hezbollah"}, nil},
		{"a spokesman, the organization named again", "The Taliban took Kabul in 2021. Spokesman Zabihullah Mujahid said the Taliban would govern.",
			[]string{"zabihullah-mujahid membership taliban"}, nil},
		{"a state's post", "The Taliban took Kabul in 2021. President Ashraf Ghani had fled.",
			nil, []string{"ashraf-ghani membership taliban"}},
		{"another organization", "Hezbollah sent fighters to Syria in 2013. Spokesman Zabihullah Mujahid later praised the Taliban.",
			nil, []string{"zabihullah-mujahid membership hezbollah"}},
	})
}

// TestFightingOnASide: fighting on an actor's side, named in the possessive, supports it,
// and fights no one ("fight on the Baathist Syrian government's side", belligerents ¶4).
func TestFightingOnASide(t *testing.T) {
	checkForms(t, possessionActors(), []formCase{
		{"on the government's side", "In 2013 Hezbollah fought on the Syrian government's side.",
			[]string{"hezbollah support syria"}, []string{"hezbollah hostility syria"}},
		{"on its side, against another", "In 2013 Hezbollah fought on Syria's side against the Free Syrian Army.",
			[]string{"hezbollah support syria"}, []string{"hezbollah hostility syria"}},
	})
}

// TestTheAnalystsReview: forms a fresh-eyes reviewer, reading reports of its own on the
// wars in Sudan and Tigray as an analyst, found misread, written here with the test actors.
func TestTheAnalystsReview(t *testing.T) {
	checkForms(t, possessionActors(), []formCase{
		{"a war between", "In April 2023 a war between the Taliban and Hizb-e Islami broke out in the north.",
			[]string{"taliban hostility hizb-e-islami"}, nil},
		{"armed, an adjective", "In 2021 Pakistan, aided by armed drones from Turkey and Iran, pushed the Taliban back.",
			[]string{"turkey support pakistan"}, []string{"pakistan support turkey", "pakistan support iran"}},
		{"forces loyal to", "In 2020 fighting broke out between Jami'at and forces loyal to Hizb-e Islami.",
			[]string{"jamiat hostility hizb-e-islami"}, []string{"jamiat favour hizb-e-islami"}},
		{"troops loyal to, after an article", "In 2020 Pakistan attacked troops loyal to the Taliban.",
			[]string{"pakistan hostility taliban"}, []string{"pakistan favour taliban"}},
		{"mediators are no parties", "In 2023 Russia and Iran brokered talks between the two sides in Doha.",
			nil, []string{"russia negotiation iran"}},
		{"the parties of brokered talks", "In 2023 Russia brokered talks between the Taliban and Jami'at.",
			[]string{"taliban negotiation jamiat"}, nil},
		{"agents, each after its own 'by'", "In 2021 the Taliban were supported by Pakistan, by Iran, and by Russia.",
			[]string{"pakistan support taliban", "iran support taliban", "russia support taliban"}, nil},
		{"agents of two verbs", "In 2021 the Taliban were supported by Pakistan and attacked by Iran.",
			[]string{"pakistan support taliban"}, []string{"iran support taliban"}},
		// A clause with a subject of its own the reader does not know is not the
		// paragraph's subject's; one whose noun follows a preposition may be.
		{"an unnamed subject", "In 2020 the Taliban attacked Kabul. Federal troops, fighting alongside Iranian units, captured Kandahar in 2021.",
			nil, []string{"taliban cooperation iran"}},
		{"no subject of its own", "The Taliban grew in 2020. Among the militias of the north, relations were established with Iran in 2021.",
			[]string{"taliban favour iran"}, nil},
	})
	// A former post is held before the sentence's time, not on from it.
	props := readForms("former.txt", "In August 2021, the former Egyptian president Mohamed Morsi visited Iran. This sentence only makes the paragraph long enough to count.")
	for _, p := range props {
		if p.Tie.Subject == "mohamed-morsi" && p.Tie.Object == "egypt" && p.Tie.Valid.String() != "/2021-08" {
			t.Errorf("a former post dated %s, want /2021-08", p.Tie.Valid)
		}
	}
	if !slices.ContainsFunc(props, func(p extract.Proposal) bool { return p.Tie.Subject == "mohamed-morsi" && p.Tie.Object == "egypt" }) {
		t.Errorf("no post of Morsi's in Egypt: %v", datedTies(props))
	}
}

// TestAttributionOfItsClause: an attribution at a sentence's end speaks of its own clause,
// not of one before ", and" ("Iran has delivered drones to the SAF since early 2024, and
// Turkey has also sold armed drones to the army, according to press reports", the analyst
// reviewer's Sudan report); one that opens the sentence speaks of all of it.
func TestAttributionOfItsClause(t *testing.T) {
	status := func(text string) map[string]alliances.Status {
		out := map[string]alliances.Status{}
		for _, p := range readForms("r.txt", text+" This sentence only makes the paragraph long enough to count.") {
			out[p.Tie.Subject+" "+p.Tie.Object] = p.Tie.Status
		}
		return out
	}
	got := status("In 2021 Iran delivered drones to the Taliban, and Russia sold weapons to Jami'at, according to press reports.")
	if got["iran taliban"] != alliances.Reported || got["russia jamiat"] != alliances.Alleged {
		t.Errorf("statuses %v, want Iran's reported and Russia's alleged", got)
	}
	got = status("According to press reports, Iran delivered drones to the Taliban, and Russia sold weapons to Jami'at.")
	if got["iran taliban"] != alliances.Alleged || got["russia jamiat"] != alliances.Alleged {
		t.Errorf("statuses %v, want both alleged", got)
	}
}
