package extract_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

// session74Actors are the actors of this session's sentences.
func session74Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "pyd", Name: "Democratic Union Party", Aliases: []string{"PYD"}, Kind: "party"},
		{ID: "ypg", Name: "People's Protection Units (YPG)", Aliases: []string{"People's Protection Units", "YPG"}, Kind: "armed-group"},
		{ID: "ypj", Name: "Women's Protection Units (YPJ)", Aliases: []string{"Women's Protection Units", "YPJ"}, Kind: "armed-group"},
		{ID: "monje", Name: "Mario Monje", Aliases: []string{"Monje"}, Kind: "individual"},
		{ID: "eln", Name: "ELN", Aliases: []string{"the guerrilla", "the band"}, Kind: "armed-group"},
		{ID: "guevara", Name: "Ernesto Guevara", Aliases: []string{"Guevara"}, Kind: "individual"},
		{ID: "ovando", Name: "Alfredo Ovando", Aliases: []string{"Gen. Ovando", "Ovando"}, Kind: "individual"},
		{ID: "united-states", Name: "United States", Kind: "state"},
		{ID: "eskinder", Name: "Eskinder Nega", Kind: "individual"},
		{ID: "ethiopia", Name: "Ethiopia", Kind: "state"},
		{ID: "abiy", Name: "Abiy Ahmed", Aliases: []string{"Abiy"}, Kind: "individual"},
		{ID: "balderas", Name: "Balderas", Kind: "party"},
		{ID: "fano", Name: "Fano", Kind: "armed-group"},
		{ID: "ola", Name: "OLA", Kind: "armed-group"},
		{ID: "wollo", Name: "Wollo Fano", Aliases: []string{"Wollo"}, Kind: "armed-group"},
		{ID: "afpo", Name: "AFPO", Kind: "armed-group"},
		{ID: "isaias", Name: "Isaias Afwerki", Aliases: []string{"Isaias"}, Kind: "individual"},
		{ID: "eritrea", Name: "Eritrea", Kind: "state"},
		{ID: "china", Name: "China", Aliases: []string{"the Chinese"}, Kind: "state"},
		{ID: "ngabo", Name: "Ngabo", Kind: "individual"},
		{ID: "kia", Name: "KIA", Aliases: []string{"the Kachin"}, Kind: "armed-group"},
		{ID: "kio", Name: "KIO", Kind: "party"},
		{ID: "tnla", Name: "TNLA", Kind: "armed-group"},
		{ID: "nug", Name: "NUG", Kind: "party"},
		{ID: "tatmadaw", Name: "Tatmadaw", Kind: "state-organ"},
		{ID: "militias", Name: "people's militias", Aliases: []string{"People's militias"}, Kind: "militia"},
		{ID: "aung-min", Name: "Aung Min", Kind: "individual"},
		{ID: "thein-sein", Name: "Thein Sein", Aliases: []string{"President Thein Sein"}, Kind: "individual"},
		{ID: "pdfs", Name: "People's Defence Forces", Aliases: []string{"PDFs"}, Kind: "armed-group"},
		{ID: "nehru", Name: "Nehru", Kind: "individual"},
		{ID: "france", Name: "France", Kind: "state"},
		{ID: "dulles", Name: "John Foster Dulles", Aliases: []string{"Mr Dulles"}, Kind: "individual"},
		{ID: "taliban", Name: "Taliban", Kind: "armed-group"},
		{ID: "pakistan", Name: "Pakistan", Kind: "state"},
		{ID: "babar", Name: "Naseerullah Babar", Kind: "individual"},
		{ID: "mustang", Name: "Mustang force", Aliases: []string{"the Mustang force"}, Kind: "armed-group"},
		{ID: "cia", Name: "CIA", Kind: "state-organ"},
		{ID: "pla", Name: "PLA", Kind: "state-organ"},
		{ID: "india", Name: "India", Kind: "state"},
		{ID: "tan", Name: "Tan Guansan", Kind: "individual"},
		{ID: "dalai-lama", Name: "Dalai Lama", Aliases: []string{"the Dalai Lama"}, Kind: "individual"},
		{ID: "nama", Name: "National Movement of Amhara", Aliases: []string{"NaMA"}, Kind: "party"},
		{ID: "prosperity", Name: "Prosperity Party", Kind: "party"},
		{ID: "belete", Name: "Belete Molla", Kind: "individual"},
		{ID: "myanmar", Name: "Myanmar", Aliases: []string{"the junta"}, Kind: "state"},
		{ID: "united-kingdom", Name: "United Kingdom", Aliases: []string{"Britain"}, Kind: "state"},
		{ID: "chile", Name: "Chile", Kind: "state"},
		{ID: "bustos", Name: "Ciro Bustos", Aliases: []string{"Bustos"}, Kind: "individual"},
		{ID: "civil-guard", Name: "civil guard", Aliases: []string{"the town's civil guard"}, Kind: "militia"},
		{ID: "kda", Name: "Kachin Defence Army", Aliases: []string{"KDA"}, Kind: "armed-group"},
	}
}

// TestFormsOfTheNinthSession: a part named in apposition after its whole's noun of parts
// is its part where a comma closes the apposition before the "and" of the sentence's own
// list ("the PYD's armed wing, the People's Protection Units (YPG), and the Women's
// Protection Units (YPJ) took control", rojava-2015 ¶2); and those who took control, or
// seized or captured what another held, with no one named after the verb, did it
// together, not to each other (the same sentence).
func TestFormsOfTheNinthSession(t *testing.T) {
	checkForms(t, session74Actors(), []formCase{
		{"its armed wing, then a list", "In July 2012, the PYD's armed wing, the People's Protection Units (YPG), and the Women's Protection Units (YPJ) took control.",
			[]string{"ypg membership pyd"}, []string{"ypg hostility ypj"}},
	})
}

// TestFormsFromTheNinthSessionsReviews: the forms of the ninth session's four reviews
// (testdata/reports). A ban on others' act denies it, its object between the ban and
// "to" ("forbidding the party's militants to join the guerrilla", bolivia-1967 ¶6). A
// relative clause on a person's noun in apposition is on the person ("Eskinder Nega, the
// journalist whom Abiy's police jailed in 2020, left his party, Balderas", amhara-2023
// ¶17), and one on the noun after a cue's "by" names no agent ("hunted by soldiers whom the
// United States had trained", bolivia-1967 ¶21). Those who "talked of" an act weighed it
// ("talked of coordinating", amhara-2023 ¶30). One who "signed up to" a body joined it
// (¶17). ", and" opens a denial after the claim ("Claims that the NUG pays the KIA ... are
// unverified, and the NUG denies them", kachin-2011 ¶18). One who "owes" its training to
// another was trained by it (¶8). A hedge that ends in what it introduces hedges that
// alone ("People's militias backed by the Tatmadaw ... are accused of extorting", ¶16). A
// post's holder set after its body in apposition is its holder, not the name before ("the
// communiqué of ... Gen. Ovando, that the chief of the band, Ernesto Guevara, had died",
// bolivia-1967 ¶19). One who led a person's men is none of the sentence's subject's ("The
// KIO met President Thein Sein's negotiators, led by Aung Min", kachin-2011 ¶7). "Them" is
// no state the sentence before named by one name ("Eritrea is helping Fano. Isaias is
// giving them weapons", amhara-2023 ¶22), but may be one named as a people ("worked with
// the Chinese in Lhasa. Sided with them in the rising of 1959", tibet-1956 ¶16).
func TestFormsFromTheNinthSessionsReviews(t *testing.T) {
	checkForms(t, session74Actors(), []formCase{
		{"forbidding ... to join", "In 1967 Monje left the next day, forbidding the party's militants to join the guerrilla.",
			nil, []string{"monje membership eln"}},
		{"the journalist whom", "Eskinder Nega, the journalist whom Abiy's police jailed in 2020, left his party, Balderas, and joined the Fano in 2023.",
			[]string{"ethiopia coercion eskinder", "eskinder membership fano"}, []string{"ethiopia coercion balderas"}},
		{"hunted by soldiers whom", "In 1967 the band was hunted by soldiers whom the United States had trained.",
			nil, []string{"united-states hostility eln"}},
		{"talked of coordinating", "In 2024 some OLA and Fano commanders talked of coordinating against the same enemy.",
			nil, []string{"ola cooperation fano"}},
		{"signed up to", "In 2024 the Wollo units signed up to the AFPO.",
			[]string{"wollo membership afpo"}, []string{"wollo agreement afpo"}},
		{"owes its training to", "The AA was founded in 2009; the TNLA too owes its early training to the Kachin.",
			[]string{"kia support tnla"}, []string{"tnla support kia"}},
		{"led a person's men", "The KIO met President Thein Sein's negotiators, led by Aung Min, several times in Ruili in 2012.",
			nil, []string{"aung-min membership kio"}},
		{"the chief of the band, a name", "The President read the communiqué of the Commander in Chief, Gen. Ovando, that the chief of the band, Ernesto Guevara, had died on 9 October 1967.",
			[]string{"guevara membership eln"}, []string{"ovando membership eln"}},
		{"them, not a state", "In 2024 Eritrea is helping Fano. Isaias is giving them weapons.",
			[]string{"eritrea support fano", "isaias support fano"}, []string{"isaias support eritrea"}},
		{"them, a people", "NGABO (Ngabo). 1910–2009. Governor of Chamdo in 1950. Led the delegation that signed the agreement, 1951, and thereafter worked with the Chinese in Lhasa. Sided with them in the rising of 1959; later held high office in Peking.",
			[]string{"ngabo alliance china"}, nil},
	})
	checkStatuses(t, session74Actors(), []statusCase{
		{"Claims that the NUG pays the KIA for training in 2022 are unverified, and the NUG denies them.", "nug support kia", alliances.Disputed},
		{"In 2020 People's militias backed by the Tatmadaw guard several blocks and are accused of extorting pickers.", "tatmadaw support militias", alliances.Reported},
	})
}

// TestSeriesAndClaimsOfTheNinthSession: a past verb after a comma, with an object of its
// own, is a later item of a series of one subject, and a verb after "and" at the series'
// end is that subject's too ("The KIA ... sheltered NUG figures, trained People's Defence
// Forces (PDFs) ... and fights alongside them", kachin-2011 ¶9), the subject before a
// relative clause where one opens the series; not a participle on the noun before, whose
// giver is the arms' ("fought with American tanks and aircraft, supplied for the defence of
// Turkey", cyprus-1974 ¶14), nor a verb after a participle's aside ("Washington, having
// armed one side for a decade, pushed", elsalvador-1980 ¶14) or a relative clause's
// ("which their opponents called the Harmad Vahini, fought", naxalite-2004 ¶14). An
// accused's denial after an accusation disputes the deed, not the accusing ("Belgrade
// accused Tirana of arming the rebels, and Tirana denied it", kosovo-1998 ¶10). A hedge
// that ends in what it introduces, after a noun of the tie, hedges the tie ("Talks ...
// between the Secretary of State, Mr Dulles, and the French Ambassador ... are said to have
// begun", indochina-1946 ¶11). "Spoke of" one as another weighs no act ("spoke of them as
// his boys", afghanistan-1996 ¶5). An abbreviated month after a dash ends no sentence
// ("until the border war with China, Oct.–Nov. 1962", tibet-1956 ¶15).
func TestSeriesAndClaimsOfTheNinthSession(t *testing.T) {
	checkForms(t, session74Actors(), []formCase{
		{"a series of verbs", "In 2021 the KIA, which clashed with the Tatmadaw, sheltered NUG figures, trained PDFs and fights alongside them.",
			[]string{"kia support nug", "kia support pdfs", "kia cooperation pdfs"}, []string{"nug support pdfs", "tatmadaw support pdfs", "kia hostility pdfs"}},
		{"a series of verbs, then \"and\"", "In 2021 the KIA sheltered the NUG, trained PDFs and fights alongside them.",
			[]string{"kia support nug", "kia support pdfs", "kia cooperation pdfs"}, []string{"nug support pdfs", "nug cooperation pdfs"}},
		{"a participle after a comma", "In 1974 the Tatmadaw fought with Chinese tanks and aircraft, supplied for the defence of Eritrea and nothing else.",
			[]string{"china support eritrea"}, []string{"tatmadaw support eritrea"}},
		{"a date's month after a dash", "Nehru kept the Tibetans at arm's length until the border war with China, Oct.–Nov. 1962. Nehru met the KIO in 1963.",
			[]string{"nehru hostility china"}, nil},
		{"spoke of them as", "In 1994 Naseerullah Babar spoke of them as his boys, and Pakistan sent the Taliban money.",
			[]string{"pakistan support taliban"}, []string{"pakistan favour taliban"}},
	})
	checkStatuses(t, session74Actors(), []statusCase{
		{"In 1998 Ethiopia accused Eritrea of arming the OLA, and Eritrea denied it.", "ethiopia opposition eritrea", alliances.Reported},
		{"In 1998 Ethiopia accused Eritrea of arming the OLA, and Eritrea denied it.", "eritrea support ola", alliances.Disputed},
		{"In 1953 talks on these terms between the Secretary of State, Mr Dulles, and France are said to have begun.", "dulles negotiation france", alliances.Alleged},
	})
	for _, c := range []struct{ text, want string }{
		{"Nehru kept the Tibetans at arm's length until the border war with China, Oct.–Nov. 1962. Nehru met the KIO in 1963.", "1962-11"},
	} {
		rules := extract.DefaultRules()
		rd := extract.NewReader(rules, session74Actors())
		rd.Source, rd.Date = "report", edtf.MustParse("1998")
		for _, p := range rd.Read(extract.Read("report.txt", c.text+" This sentence only makes the paragraph long enough to count.", rules)) {
			if p.Tie.Subject == "nehru" && p.Tie.Object == "china" && p.Tie.Valid.String() != c.want {
				t.Errorf("%q: nehru and china dated %s, want %s", c.text, p.Tie.Valid, c.want)
			}
		}
	}
}

// TestPronounsOfTheNinthSession: "it" after a fronted participle and its agent is the
// sentence before's subject, not the agent ("Armed by CIA airdrops from 1961, it raided PLA
// convoys", tibet-1956 ¶14); "It" opening a sentence is no person ("Its commissar was Tan
// Guansan. It destroyed most of the CIA teams ... and in 1962 defeated India", ¶18). One
// who "gave up" arms gave no one anything ("on the Dalai Lama's instruction most of the
// men gave up their arms", ¶14).
func TestPronounsOfTheNinthSession(t *testing.T) {
	checkForms(t, session74Actors(), []formCase{
		{"armed by X, it", "The Mustang force was set up in 1960. Armed by CIA airdrops from 1961, it raided PLA convoys and posts across the border.",
			[]string{"mustang hostility pla", "cia support mustang"}, []string{"cia hostility pla"}},
		{"It, no person", "The PLA invaded in 1950. Its commissar was Tan Guansan. It destroyed most of the CIA teams dropped in 1959–61, and in 1962 defeated India on the border.",
			[]string{"pla hostility india"}, []string{"tan hostility india"}},
		{"gave up their arms", "The Mustang force fought on until 1974. In 1974 Peking pressed Nepal; on the Dalai Lama's instruction most of the men gave up their arms.",
			nil, []string{"dalai-lama support mustang"}},
	})
}

// TestTurnsAndTimesOfTheNinthSession: a phone-in caller's turn, under the caller's name
// and town ("TEWODROS (Silver Spring): ... Abiy has been arming the OLA in secret --",
// amhara-2023 ¶9), is the caller's claim, alleged; the host's ("MERON (host):") and a
// studio guest's are the programme's. "Told" with an object and "to" is an order, not a
// teller (after "when the junta told ceasefire groups to turn their forces into Border
// Guard Forces", kachin-2011 ¶6). "Its" after a copula's predicate whose name is a possessive is
// the subject's ("NaMA had been the Prosperity Party's partner, and its chairman, Belete
// Molla", amhara-2023 ¶14). A time in a relative clause closed before the statement is
// the clause's ("The OLA, which broke from the Oromo Liberation Front after 2018, held
// talks with the government in Tanzania in 2023", ¶30).
func TestTurnsAndTimesOfTheNinthSession(t *testing.T) {
	text := "MERON (host): Good morning. Our first caller is on the line, and the studio guest is with us.\n\n" +
		"TEWODROS (Silver Spring): Selam, Meron. The Fano are defending our people, and everyone in our town knows it. Since 2023 the villages have been burning. In 2024 Abiy has been arming the OLA in secret --\n\n" +
		"MERON: Tewodros, we have seen no evidence for that. In 2024 Ethiopia has been fighting the OLA for years.\n\n" +
		"TEWODROS: Fine. In 2024 Eritrea is helping the Fano, whatever the studio says.\n\n" +
		"NaMA had been the Prosperity Party's partner in 2023, and its chairman, Belete Molla, sat in the cabinet.\n\n" +
		"In 2009 the junta told the KIA to disarm its brigades while the Tatmadaw attacked the TNLA.\n\n" +
		"The OLA, which broke from the Oromo Liberation Front after 2018, held talks with Ethiopia in Tanzania in 2023, and both rounds failed."
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, session74Actors())
	rd.Source, rd.Date = "report", edtf.MustParse("2025-02-15")
	got := map[string]extract.Proposal{}
	for _, p := range rd.Read(extract.Read("phone-in.txt", text, rules)) {
		if p.Confidence >= 0.5 {
			got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = p
		}
	}
	for _, c := range []struct{ tie, status, attributed, valid string }{
		{"abiy support ola", "alleged", "Tewodros (caller, Silver Spring)", ""},
		{"eritrea support fano", "alleged", "Tewodros (caller, Silver Spring)", ""},
		{"ethiopia hostility ola", "reported", "", ""},
		{"belete membership nama", "reported", "", ""},
		{"ola negotiation ethiopia", "reported", "", "2023"},
		{"tatmadaw hostility tnla", "reported", "", ""},
	} {
		p, ok := got[c.tie]
		if !ok {
			t.Errorf("no %s proposed; got %v", c.tie, slices.Collect(maps.Keys(got)))
			continue
		}
		if string(p.Tie.Status) != c.status || p.Tie.Citations[0].AttributedTo != c.attributed {
			t.Errorf("%s is %s, attributed to %q; want %s, %q", c.tie, p.Tie.Status, p.Tie.Citations[0].AttributedTo, c.status, c.attributed)
		}
		if c.valid != "" && p.Tie.Valid.String() != c.valid {
			t.Errorf("%s dated %s, want %s", c.tie, p.Tie.Valid, c.valid)
		}
	}
	for _, no := range []string{"belete membership prosperity"} {
		if _, ok := got[no]; ok {
			t.Errorf("%s proposed", no)
		}
	}
}

// TestPhoneInSpeakersAreNoActors: as a new case, a phone-in's callers, labelled by name and
// town ("ABEBE (Seattle):", amhara-2023 ¶34), and its studio guest ("DR. YARED:") are no
// actors, nor is one a caller greets ("Hello Meron, hello Doctor", ¶22); but a glossary's
// label that its brackets spell out is ("PSP (Partido Socialista Popular): Cuba's
// pro-Moscow Communist party", cuba-1956 ¶5).
func TestPhoneInSpeakersAreNoActors(t *testing.T) {
	text := "MERON (host): Good morning, and welcome. The ENDF has fought the Fano since August 2023, and the Fano have fought back.\n\n" +
		"ABEBE (Seattle): Hello Meron, hello Doctor. The ENDF bombed our town in 2024, and the Fano fought the ENDF there for a week.\n\n" +
		"DR. YARED: The ENDF and the Fano fought in Gondar too, and the Fano took the town in 2024 for a few days.\n\n" +
		"MERON: Next caller, please. We have many calls about the Fano this morning from many cities.\n\n" +
		"DR. YARED: One more word on Gondar. The ENDF came back within the week, and the Fano left the town again.\n\n" +
		"PSP (Partido Socialista Popular): Cuba's pro-Moscow Communist party, which the PSP leadership kept apart from the rebels until 1958; the PSP then joined the war."
	_, _, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, no := range []string{"ABEBE", "Abebe", "YARED", "Yared", "Hello Meron", "Meron", "MERON"} {
		if slices.Contains(names, no) {
			t.Errorf("%q found as an actor; found %q", no, names)
		}
	}
	if !slices.ContainsFunc(names, func(n string) bool {
		return strings.Contains(n, "PSP") || strings.Contains(n, "Partido Socialista Popular")
	}) {
		t.Errorf("the PSP not found; found %q", names)
	}
}

// TestNamesOfTheNinthSession: a state's combining form before another people's word and a
// private person's noun names no state ("together with the Anglo-Chilean journalist George
// Andrew Roth", bolivia-1967 ¶4); and a name holds no other actor's name that the case
// writes only with "the", a people's word ("the Kachin" for the KIA does not make the
// "Kachin Defence Army" its part, kachin-2011 ¶16).
func TestNamesOfTheNinthSession(t *testing.T) {
	checkForms(t, session74Actors(), []formCase{
		{"the Anglo-Chilean journalist", "The accused Bustos was detained at Muyupampa on 20 April 1967 by the town's civil guard, together with the Anglo-Chilean journalist George Andrew Roth.",
			[]string{"civil-guard coercion bustos"}, []string{"united-kingdom coercion bustos", "civil-guard cooperation united-kingdom"}},
		{"a people's word in a name", "Further east, the Kachin Defence Army (KDA), once the KIA's 4th Brigade, broke away in 1991 and became a Tatmadaw-backed militia after 2009.",
			nil, []string{"kda membership kia"}},
	})
}
