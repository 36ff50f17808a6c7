package extract_test

// The forms the thirty-ninth and fortieth reviews found (their reports:
// testdata/reports/kashmir-1989 and iraniraq-1980), each in a sentence of its own.

import (
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

// kashmirActors are the actors of the Kashmir review's sentences.
func kashmirActors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "india", Name: "India", Aliases: []string{"New Delhi", "Indian"}, Kind: "state"},
		{ID: "pakistan", Name: "Pakistan", Aliases: []string{"Islamabad", "Pakistani"}, Kind: "state"},
		{ID: "united-states", Name: "United States", Aliases: []string{"Washington", "American"}, Kind: "state"},
		{ID: "al-qaeda", Name: "al-Qaeda", Kind: "armed-group"},
		{ID: "hizb", Name: "Hizbul Mujahideen", Aliases: []string{"the Hizb"}, Kind: "armed-group"},
		{ID: "lashkar", Name: "Lashkar-e-Taiba", Aliases: []string{"the Lashkar"}, Kind: "armed-group"},
		{ID: "jamaat", Name: "Jamaat-e-Islami of Pakistan", Kind: "party"},
		{ID: "ltte", Name: "LTTE", Kind: "armed-group"},
		{ID: "musharraf", Name: "Pervez Musharraf", Aliases: []string{"Musharraf"}, Kind: "individual"},
		{ID: "vajpayee", Name: "Atal Behari Vajpayee", Aliases: []string{"Vajpayee"}, Kind: "individual"},
		{ID: "sayeed", Name: "Mufti Mohammad Sayeed", Kind: "individual"},
		{ID: "bsf", Name: "Border Security Force", Kind: "state-organ"},
		{ID: "rashtriya-rifles", Name: "Rashtriya Rifles", Kind: "state-organ"},
	}
}

// TestFormsOfTheKashmirReview: an opening phrase of pressure is its giver's coercion of the
// subject after it ("Under heavy American pressure, Pakistan agreed to pull back", the
// Kashmir report's ¶11); money and men raised for another are support ("raised money and
// recruits for the Hizb", ¶6); a group banned is coerced ("New Delhi banned the LTTE",
// the Sri Lankan report's ¶12), though "banned ... Malian music" bans no state; a hand
// of friendship offered is a favour, a dialogue begun a negotiation (¶16); one counted
// "as a frontline ally" is the counter's ally, and no ally of the one named after
// ("counts Pakistan as a frontline ally in its war on al-Qaeda", ¶15); "its war on" is
// no war of Pakistan's there.
func TestFormsOfTheKashmirReview(t *testing.T) {
	checkForms(t, kashmirActors(), []formCase{
		{"pressure opening the sentence", "Under heavy American pressure, Pakistan agreed in 1999 to pull back its troops.",
			[]string{"united-states coercion pakistan"}, nil},
		{"prodding", "Under American prodding, Musharraf turned on the Lashkar in 2002.", []string{"united-states coercion musharraf"}, nil},
		{"control: pressure from a name", "In 1999 Pakistan agreed, under pressure from Washington, to pull back.", []string{"united-states coercion pakistan"}, nil},
		{"control: no pressure", "Under a new arrangement, Pakistan agreed in 1999 to pull back its troops.", nil, []string{"united-states coercion pakistan"}},
		{"raised for", "In 1990 the Jamaat-e-Islami of Pakistan raised money and recruits for the Hizb.", []string{"jamaat support hizb"}, nil},
		{"control: raised, nothing of help", "In 1990 the Jamaat-e-Islami of Pakistan raised the matter for the Hizb.", nil, []string{"jamaat support hizb"}},
		{"banned the", "In 1992 New Delhi banned the LTTE.", []string{"india coercion ltte"}, nil},
		{"control: a state's music banned", "In 2012 the Lashkar reportedly banned video games, Pakistani and Western music in Gao.", nil, []string{"lashkar coercion pakistan"}},
		{"the hand of friendship", "Vajpayee offered Pakistan \"the hand of friendship\" in a speech in Srinagar in April 2003.", []string{"vajpayee favour pakistan"}, nil},
		{"a dialogue begun", "In January 2004, at a summit in Islamabad, Musharraf and Vajpayee agreed to begin a \"composite dialogue\", Kashmir included.",
			[]string{"musharraf negotiation vajpayee"}, nil},
		{"control: ready for dialogue", "In 2004 Musharraf said Pakistan was ready for dialogue with India.", nil, []string{"pakistan negotiation india", "musharraf negotiation india"}},
		{"counted as an ally", "In 2002 the promise was pressed on him by Washington, which now counts Pakistan as a frontline ally in its war on al-Qaeda.",
			[]string{"united-states alliance pakistan"}, []string{"pakistan alliance al-qaeda"}},
		{"control: an ally of", "In 2002 Washington saw Pakistan, an ally of al-Qaeda once, as a danger.", nil, []string{"united-states alliance pakistan"}},
		// A head the list of rulers spells otherwise ("Atal Bihari Vajpayee"), by his surname
		// and his first name's initial (¶10); a home minister is a state's post (¶3).
		{"a head spelt otherwise", "In 1999 his son served as a junior minister in Atal Behari Vajpayee's government.",
			[]string{"vajpayee membership india"}, nil},
		{"a home minister", "In 1989 militants struck at India's new home minister, Mufti Mohammad Sayeed, in Srinagar.",
			[]string{"sayeed membership india"}, nil},
		// An organ "its" gives the state that opens the list, and no cooperation with it
		// (¶9).
		{"its organ in a list", "In 1994 India's army, its Border Security Force and the Rashtriya Rifles hunted the Hizb.",
			[]string{"bsf membership india", "bsf hostility hizb"}, []string{"india cooperation bsf", "bsf cooperation india"}},
		{"its organ after and", "In 1994 India and its Border Security Force hunted the Hizb.",
			[]string{"bsf membership india"}, []string{"india cooperation bsf", "bsf cooperation india"}},
		{"control: its after an object", "In 1994 India fought Pakistan, and its Border Security Force hunted the Hizb.",
			nil, []string{"bsf membership pakistan"}},
		// One fought beside, fronted before the verb, its subject after (¶9).
		{"alongside them fought", "In 1994 India's army hunted the Hizb. Alongside them fought the Lashkar, a band of surrendered militants.",
			[]string{"india cooperation lashkar"}, []string{"india hostility lashkar"}},
		{"control: fought alongside", "In 1994 India fought alongside the Lashkar against the Hizb.",
			[]string{"india cooperation lashkar", "india hostility hizb"}, nil},
	})
}

// iranIraqActors are the actors of the Iran-Iraq review's sentences.
func iranIraqActors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "iraq", Name: "Iraq", Aliases: []string{"Baghdad", "Iraqi"}, Kind: "state"},
		{ID: "iran", Name: "Iran", Aliases: []string{"Tehran", "Iranian"}, Kind: "state"},
		{ID: "syria", Name: "Syria", Aliases: []string{"Damascus", "Syrian"}, Kind: "state"},
		{ID: "libya", Name: "Libya", Aliases: []string{"Tripoli", "Libyan"}, Kind: "state"},
		{ID: "france", Name: "France", Aliases: []string{"Paris", "French"}, Kind: "state"},
		{ID: "kuwait", Name: "Kuwait", Aliases: []string{"Kuwaiti"}, Kind: "state"},
		{ID: "jordan", Name: "Jordan", Kind: "state"},
		{ID: "egypt", Name: "Egypt", Aliases: []string{"Cairo"}, Kind: "state"},
		{ID: "hussein-bin-talal", Name: "King Hussein of Jordan", Aliases: []string{"King Hussein"}, Kind: "individual"}, // as the essay's annotation names him
		{ID: "hosni-mubarak", Name: "Hosni Mubarak", Aliases: []string{"Mubarak"}, Kind: "individual"},
		{ID: "talabani", Name: "Jalal Talabani", Aliases: []string{"Talabani"}, Kind: "individual"},
		{ID: "barzani", Name: "Masoud Barzani", Aliases: []string{"Barzani"}, Kind: "individual"},
		{ID: "kurdistan-front", Name: "Kurdistan Front", Kind: "coalition"},
	}
}

// TestFormsOfTheIranIraqReview: an adverb between a verb and the preposition of its cue
// keeps the cue ("Syria ... sided openly with Tehran", the Iran-Iraq essay's ¶5); relations
// broken off in the past perfect are a break, no favour ("Baghdad had broken off relations
// with both Damascus and Tripoli", ¶5); billions lent are support; a king and a president
// named by their titles are their states' heads, by the list of rulers ("King Hussein",
// whose title is a name of his the case gives, a king of that first name; "President Hosni
// Mubarak", ¶4).
func TestFormsOfTheIranIraqReview(t *testing.T) {
	checkForms(t, iranIraqActors(), []formCase{
		{"an adverb in the cue", "In 1982 Syria sided openly with Tehran.", []string{"syria alliance iran"}, nil},
		{"worked closely with", "In 1983 Iraq worked closely with France.", []string{"iraq cooperation france"}, nil},
		{"control: an adverb of another clause", "In 1983 Iraq fought hard, and with France it traded.", nil, []string{"iraq cooperation france"}},
		{"broken off", "Baghdad had broken off relations with both Damascus and Tripoli in the war's first weeks.",
			[]string{"iraq coercion syria", "iraq coercion libya"}, []string{"iraq favour syria", "iraq favour libya"}},
		{"billions lent", "In 1982 Kuwait lent Baghdad billions of dollars.", []string{"kuwait support iraq"}, nil},
		{"intelligence fed", "In 1986 France fed Baghdad intelligence.", []string{"france support iraq"}, nil},
		{"control: a thing fed", "In 1986 the war fed Iraq's debts, and Kuwait watched.", nil, []string{"kuwait support iraq"}},
		{"a king by his title", "In 1982 Jordan was simpler still. King Hussein sent his army's volunteers to Baghdad.",
			[]string{"hussein-bin-talal membership jordan"}, nil},
		{"a president by his title", "In 1983 Egypt helped too: President Hosni Mubarak sent ammunition to Iraq.",
			[]string{"hosni-mubarak membership egypt", "hosni-mubarak support iraq"}, nil},
		// Two named, then what they are to each other set off by commas; joining in a
		// coalition is membership (¶10); a relation that was is none now.
		{"rivals apposed, joined in", "By 1987 Talabani and Barzani, long bitter rivals, had joined in a Kurdistan Front.",
			[]string{"talabani rivalry barzani", "talabani membership kurdistan-front", "barzani membership kurdistan-front"},
			[]string{"talabani cooperation kurdistan-front"}},
		{"enemies apposed", "In 1987 Iran and Iraq, old enemies, talked in Geneva.", []string{"iran opposition iraq"}, nil},
		{"control: another's enemies", "In 1987 Iran and Iraq, old enemies of Kuwait's rulers, talked in Geneva.", nil, []string{"iran opposition iraq"}},
		{"former allies", "In 1987 Talabani and Barzani, former allies, met in Tehran.", nil, []string{"talabani alliance barzani", "talabani rivalry barzani"}},
	})
}

// TestDiscoverLinkedNames: a transliterated name of one word, its nouns joined by a
// particle between hyphens, whose first noun begins such names, is an organization's in a
// new case ("the Harkat-ul-Ansar", "Later Jaish-e-Mohammed attacked", the Kashmir
// report's ¶9 and ¶13, found nothing before); not a man's name so joined ("Zia-ul-Haq").
func TestDiscoverLinkedNames(t *testing.T) {
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, nil)
	text := "Kashmir\n\nIn 1993 the Harkat-ul-Ansar sent fighters into the valley. Later Jaish-e-Mohammed attacked the parliament, and the Ikhwan-ul-Muslimeen fought for the army, while Zia-ul-Haq ruled Pakistan. This sentence only makes the paragraph long enough to count as one of the body."
	found := map[string]bool{}
	for _, f := range rd.Discover(extract.Read("r.txt", text, rules)) {
		found[f.Actor.Name] = true
	}
	for _, want := range []string{"Harkat-ul-Ansar", "Jaish-e-Mohammed", "Ikhwan-ul-Muslimeen"} {
		if !found[want] {
			t.Errorf("found %v, want %q among them", found, want)
		}
	}
	for _, not := range []string{"Zia-ul-Haq", "Later Jaish-e-Mohammed"} {
		if found[not] {
			t.Errorf("found %q, want no such organization", not)
		}
	}
}
