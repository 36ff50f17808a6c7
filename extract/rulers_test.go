package extract_test

// The posts the list of rulers (rulers.tsv) places: a head of state or government named
// with a post and no state, or with its state's possessive and no post, or taking power.

import (
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

// rulersActors are the actors of the rulers' sentences: states, their heads, and a
// rebel leader no list holds.
func rulersActors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "chad", Name: "Chad", Aliases: []string{"N'Djamena", "Chadian"}, Kind: "state"},
		{ID: "sudan", Name: "Sudan", Aliases: []string{"Khartoum", "Sudanese"}, Kind: "state"},
		{ID: "libya", Name: "Libya", Aliases: []string{"Tripoli", "Libyan"}, Kind: "state"},
		{ID: "angola", Name: "Angola", Aliases: []string{"Luanda", "Angolan"}, Kind: "state"},
		{ID: "india", Name: "India", Aliases: []string{"Delhi", "Indian"}, Kind: "state"},
		{ID: "mozambique", Name: "Mozambique", Aliases: []string{"Maputo", "Mozambican"}, Kind: "state"},
		{ID: "drc", Name: "Democratic Republic of the Congo", Aliases: []string{"Congo"}, Kind: "state"},
		{ID: "zaire", Name: "Zaire", Aliases: []string{"Zairean"}, Kind: "state"},
		{ID: "idriss-deby", Name: "Idriss Déby", Aliases: []string{"Déby"}, Kind: "individual"},
		{ID: "omar-al-bashir", Name: "Omar al-Bashir", Aliases: []string{"Bashir"}, Kind: "individual"},
		{ID: "muammar-gaddafi", Name: "Muammar Gaddafi", Aliases: []string{"Gaddafi"}, Kind: "individual"},
		{ID: "agostinho-neto", Name: "Agostinho Neto", Aliases: []string{"Neto"}, Kind: "individual"},
		{ID: "dos-santos", Name: "José Eduardo dos Santos", Aliases: []string{"dos Santos"}, Kind: "individual"},
		{ID: "indira-gandhi", Name: "Indira Gandhi", Kind: "individual"},
		{ID: "mobutu", Name: "Mobutu Sese Seko", Aliases: []string{"Mobutu"}, Kind: "individual"},
		{ID: "andre-matsangaissa", Name: "André Matsangaissa", Aliases: []string{"Matsangaissa"}, Kind: "individual"},
		{ID: "afonso-dhlakama", Name: "Afonso Dhlakama", Aliases: []string{"Dhlakama"}, Kind: "individual"},
		{ID: "jem", Name: "Justice and Equality Movement", Aliases: []string{"JEM"}, Kind: "armed-group"},
		{ID: "ltte", Name: "Liberation Tigers of Tamil Eelam", Aliases: []string{"LTTE"}, Kind: "armed-group"},
		{ID: "renamo", Name: "RENAMO", Kind: "armed-group"},
		{ID: "iraq", Name: "Iraq", Aliases: []string{"Baghdad", "Iraqi"}, Kind: "state"},
		{ID: "saddam-hussein", Name: "Saddam Hussein", Kind: "individual"},
		{ID: "jalal-talabani", Name: "Jalal Talabani", Aliases: []string{"Talabani"}, Kind: "individual"},
		{ID: "kdp", Name: "KDP", Kind: "party"},
		{ID: "pkk", Name: "PKK", Kind: "armed-group"},
		{ID: "kuwait", Name: "Kuwait", Kind: "state"},
		{ID: "iran", Name: "Iran", Aliases: []string{"Tehran", "Iranian"}, Kind: "state"},
		{ID: "somalia", Name: "Somalia", Aliases: []string{"Mogadishu"}, Kind: "state"},
		{ID: "ethiopia", Name: "Ethiopia", Kind: "state"},
		{ID: "israel", Name: "Israel", Kind: "state"},
		{ID: "syria", Name: "Syria", Kind: "state"},
		{ID: "netanyahu", Name: "Benjamin Netanyahu", Kind: "individual"},
		{ID: "mahamat-nour", Name: "Mahamat Nour", Aliases: []string{"Nour"}, Kind: "individual"},
		{ID: "goukouni", Name: "Goukouni Oueddei", Aliases: []string{"Goukouni"}, Kind: "individual"},
		{ID: "chissano", Name: "Joaquim Chissano", Aliases: []string{"Chissano"}, Kind: "individual"},
		{ID: "begin", Name: "Menachem Begin", Aliases: []string{"Prime Minister Menachem Begin"}, Kind: "individual"},
		{ID: "south-africa", Name: "South Africa", Aliases: []string{"Pretoria"}, Kind: "state"},
		{ID: "de-klerk", Name: "F. W. de Klerk", Aliases: []string{"de Klerk"}, Kind: "individual"},
		{ID: "laos", Name: "Laos", Aliases: []string{"Vientiane"}, Kind: "state"},
		{ID: "savang-vatthana", Name: "Savang Vatthana", Aliases: []string{"King Savang Vatthana"}, Kind: "individual"},
		{ID: "haile-selassie", Name: "Haile Selassie", Kind: "individual"},
		{ID: "shah", Name: "Mohammad Reza Pahlavi", Aliases: []string{"the Shah"}, Kind: "individual"},
		{ID: "nimeiri", Name: "Jaafar Nimeiri", Aliases: []string{"Nimeiri"}, Kind: "individual"},
		{ID: "habre", Name: "Hissène Habré", Aliases: []string{"Habre"}, Kind: "individual"},
	}
}

// TestFormsOfRulersPosts: a head of state's post given with no state is the state the
// list of rulers makes the holder the head of, where the paragraph names another state
// too ("President Idriss Déby, for his part, let ... JEM use eastern Chad", the Chad
// report's ¶1, which names Sudan before); a state's possessive before its head's name is
// the head's post, not a mere member's below the threshold ("Libya's Muammar Gaddafi then
// stepped in", its ¶6); power taken, or a head succeeded, is the post ("Déby took power in
// December 1990", its ¶2; "Neto died in Moscow in 1979 and José Eduardo dos Santos
// succeeded him", the Angola chapter's ¶5), held from then on though another dies in the
// sentence, and so is office taken ("after F. W. de Klerk took office in 1989", the
// Mozambique chapter's ¶13); an emperor is a head ("the emperor, Haile Selassie", the Ogaden
// report's ¶4); a post below the head's, set off after the name, is in the state the list
// makes him the head of later ("Joaquim Chissano, the foreign minister", its ¶11), though
// the head's own post is not read before he held it; a post a case's name opens with is
// read as one before it ("Prime Minister Menachem Begin", the Iraqi Kurdistan article's ¶7); a
// ruler's government is the ruler's state ("Indira Gandhi's government"); of
// two states one ruled, the one the sentence's year falls in (Mobutu's Congo, then Zaire).
// A leader the list does not hold succeeds in no state (RENAMO's Dhlakama).
func TestFormsOfRulersPosts(t *testing.T) {
	checkForms(t, rulersActors(), []formCase{
		{"a post, another state named", "In 2005 Khartoum sheltered and armed Chadian rebels; President Idriss Déby, for his part, let JEM use eastern Chad as a rear base.",
			[]string{"idriss-deby membership chad", "idriss-deby support jem"}, []string{"idriss-deby membership sudan"}},
		{"the state's possessive", "In 2006 Libya's Muammar Gaddafi then stepped in, and Gaddafi brought Déby and Bashir together in Tripoli.",
			[]string{"muammar-gaddafi membership libya"}, []string{"muammar-gaddafi membership libya 0.45"}},
		{"power taken", "Déby took power in December 1990 at the head of a rebellion launched from Darfur.",
			[]string{"idriss-deby membership chad"}, nil},
		{"a head succeeded", "Neto died in Moscow in 1979 and José Eduardo dos Santos succeeded him.",
			[]string{"dos-santos membership angola"}, nil},
		{"a leader no list holds", "|Mozambique's war\n\nIn 1979 Mozambique's army fought RENAMO. Matsangaissa was killed in 1979 and Afonso Dhlakama succeeded him.",
			nil, []string{"afonso-dhlakama membership mozambique", "afonso-dhlakama membership mozambique 0.45"}},
		{"power taken by one no list holds", "|Mozambique's war\n\nIn 1979 Mozambique's army fought RENAMO. In 1980 Afonso Dhlakama took power in the movement.",
			nil, []string{"afonso-dhlakama membership mozambique", "afonso-dhlakama membership mozambique 0.45"}},
		{"a ruler's government", "In 1983 Indira Gandhi's government armed the LTTE.",
			[]string{"india support ltte"}, []string{"indira-gandhi support ltte"}},
		{"the Congo's head before Zaire", "In 1967 President Mobutu crushed a mutiny of mercenaries in the east of the Congo.",
			[]string{"mobutu membership drc"}, []string{"mobutu membership zaire"}},
		{"an emperor", "In 1962 the emperor, Haile Selassie, annexed Eritrea.", []string{"haile-selassie membership ethiopia"}, nil},
		{"office taken", "In 1989 the war eased after F. W. de Klerk took office.", []string{"de-klerk membership south-africa"}, nil},
		{"a king as reports spell him", "In 1961 King Savang Vatthana named a new government in Vientiane.", []string{"savang-vatthana membership laos"}, nil},
		{"succeeded, in a relative clause", "In 1979 José Eduardo dos Santos, who succeeded Neto as president that September, flew to Moscow.",
			[]string{"dos-santos membership angola"}, nil},
		{"a minister before his headship", "In 1984 Joaquim Chissano, the foreign minister, flew to Pretoria.", []string{"chissano membership mozambique"}, nil},
		{"control: the head's post before it", "In 1984 President Joaquim Chissano flew to Pretoria.", nil, []string{"chissano membership mozambique"}},
		{"a name that opens on the post", "Jerusalem denied any role until Prime Minister Menachem Begin acknowledged it in September 1980.",
			[]string{"begin membership israel"}, nil},
		{"Zaire's head", "In 1977 President Mobutu called on Morocco, and Zaire's army held Shaba.",
			[]string{"mobutu membership zaire"}, []string{"mobutu membership drc"}},
	})
}

// TestFormsOfRulersForces: a ruler's forces are his state's, which he leads ("in August
// 1996 Barzani called Saddam Hussein's army into Erbil", the Kurdistan report's ¶2), and so
// is his capital ("the Front looked to Nasser's Cairo", the Dhofar report's ¶2); not
// before the list has him the head: "Talabani's forces" in October of the paragraph's
// 1997 are the PUK's men, though Talabani became Iraq's president in 2005 (its ¶14), and
// "Goukouni's forces" of early 1978 are no Chadian state's, before his presidency of 1979
// (the Chad 1978 report's ¶4), nor those of 1985, after it (1979-1982), but where the
// sentence calls him former.
func TestFormsOfRulersForces(t *testing.T) {
	checkForms(t, rulersActors(), []formCase{
		{"a ruler's army", "In August 1996 the KDP called Saddam Hussein's army into Erbil.",
			[]string{"saddam-hussein membership iraq"}, nil},
		{"forces before the post", "In May 1997 Turkey sent troops. In October the KDP accused the PKK of fighting alongside Talabani's forces.",
			nil, []string{"jalal-talabani membership iraq", "pkk cooperation iraq"}},
		{"the year of the post", "In 2005 Talabani became president, and in 2006 Talabani's forces held Kirkuk.",
			[]string{"jalal-talabani membership iraq"}, nil},
		{"a ruler's capital", "In 1980 the KDP looked to Saddam Hussein's Baghdad for arms.", []string{"saddam-hussein membership iraq"}, nil},
		{"a head's forces after his time", "In 1985 Goukouni's forces attacked Sudan.", nil, []string{"goukouni membership chad", "chad hostility sudan"}},
		{"a former head", "In 1985 the former president, Goukouni Oueddei, flew to Libya.", []string{"goukouni membership chad"}, nil},
		{"control: a minister's forces", "In March 2007 Nour became Chad's defence minister. In December 2007 Nour's forces attacked Sudan.",
			[]string{"mahamat-nour hostility sudan"}, []string{"chad hostility sudan"}},
		{"control: another's capital", "In 1980 the KDP looked to Talabani's Baghdad for arms.", nil, []string{"jalal-talabani membership iraq"}},
	})
}

// TestFormsOfRulersByPost: a state's head named by the post alone, after the state's
// people's word or possessive, is the one the list of rulers has in it in the sentence's
// year ("the Iraqi president repaid the loans, in his fashion, by invading them in 1990",
// the Iran-Iraq essay's ¶3), where the reader knows that one: his act, and his post; not
// in a year the list has another there (1975, Bakr's), nor where a name follows.
func TestFormsOfRulersByPost(t *testing.T) {
	checkForms(t, rulersActors(), []formCase{
		{"the president", "In 1980 Saddam Hussein attacked Iran. In 1990 the Iraqi president invaded Kuwait.",
			[]string{"saddam-hussein hostility kuwait", "saddam-hussein membership iraq"}, []string{"iraq hostility kuwait"}},
		{"the state's possessive", "In 1980 Saddam Hussein attacked Iran. In 1990 Iraq's president invaded Kuwait.",
			[]string{"saddam-hussein hostility kuwait"}, []string{"iraq hostility kuwait"}},
		{"another year's president", "In 1980 Saddam Hussein attacked Iran. In 1975 the Iraqi president invaded Kuwait.",
			nil, []string{"saddam-hussein hostility kuwait", "saddam-hussein membership iraq"}},
		{"a name after the post", "In 1990 the Iraqi president, Saddam Hussein, invaded Kuwait.",
			[]string{"saddam-hussein hostility kuwait", "saddam-hussein membership iraq"}, nil},
	})
}

// TestFormsOfRulersUnder: a state named before "under" its head, or after an opening
// phrase "Under" him, is led by him where the list of rulers makes him its head ("Iran
// under the Shah", the Ogaden report's ¶7; "Under Nimeiri, Khartoum ...", the Chad 1978
// report's ¶16, where the case spells him "Nimeiri" and the list "Nimeiry"); not a state
// the list makes him no head of (Habré headed Chad, not Sudan).
func TestFormsOfRulersUnder(t *testing.T) {
	checkForms(t, rulersActors(), []formCase{
		{"under the Shah", "In 1977 Iran under the Shah sent arms to Somalia.", []string{"shah membership iran"}, nil},
		{"under, opening the sentence", "Under Nimeiri, Khartoum had backed Habre in 1982.", []string{"nimeiri membership sudan"}, nil},
		{"control: another state's head", "Under Habre, Khartoum had backed the rebels in 1982.", nil, []string{"habre membership sudan"}},
	})
}

// TestRulersPostTakenHeld: a head's post taken is held from then on, though another dies
// in the sentence ("Déby took power in December 1990"; "Neto died in Moscow in 1979 and
// José Eduardo dos Santos succeeded him"); a head's post the sentence gives no time of is
// not dated to a year the paragraph named before in which the list has him in no post
// ("Prime Minister Benjamin Netanyahu said on Sunday", the Syria wrap's ¶3, after "the
// 1974 disengagement agreement").
func TestRulersPostTakenHeld(t *testing.T) {
	for _, c := range []struct{ text, subject, valid string }{
		{"Déby took power in December 1990 at the head of a rebellion launched from Darfur.", "idriss-deby", "1990-12/.."},
		{"Neto died in Moscow in 1979 and José Eduardo dos Santos succeeded him.", "dos-santos", "1979/.."},
		{"Israel and Syria signed the 1974 disengagement agreement. Prime Minister Benjamin Netanyahu said on Sunday that it had collapsed.", "netanyahu", "/2021-09-09"},
	} {
		rules := extract.DefaultRules()
		rd := extract.NewReader(rules, rulersActors())
		rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
		found := false
		for _, p := range rd.Read(extract.Read("r.txt", c.text+" This sentence only makes the paragraph long enough to count as one of the body.", rules)) {
			if p.Tie.Subject == c.subject && p.Tie.Kind == alliances.Membership {
				found = true
				if v := p.Tie.Valid.String(); v != c.valid {
					t.Errorf("%q: %s's post valid %s, want %s", c.text, c.subject, v, c.valid)
				}
			}
		}
		if !found {
			t.Errorf("%q: no membership of %s, want one", c.text, c.subject)
		}
	}
}

// TestRulersNamedStates: a state named after its head ("Syria (government of Bashar
// al-Assad)", as the registry names it) says he leads it only where the list of rulers
// has him its head then: Bashar al-Assad in 2012, not in 1985. The surname alone of an
// alias ("Assad government") names no one: it had made Hafez al-Assad Syria's leader in
// every sentence of a report on the 1970s or the 1980s that named Syria, from a name
// that is not his (two reviewers found it so); nor Rifaat al-Assad, no head.
func TestRulersNamedStates(t *testing.T) {
	syria := alliances.Actor{ID: "syria", Name: "Syria (government of Bashar al-Assad)", Aliases: []string{"Syria", "Assad government"}, Kind: "state"}
	iran := alliances.Actor{ID: "iran", Name: "Iran", Kind: "state"}
	bashar := alliances.Actor{ID: "bashar", Name: "Bashar al-Assad", Kind: "individual"}
	hafez := alliances.Actor{ID: "hafez", Name: "Hafez al-Assad", Aliases: []string{"Assad"}, Kind: "individual"}
	rifaat := alliances.Actor{ID: "rifaat", Name: "Rifaat al-Assad", Kind: "individual"}
	checkForms(t, []alliances.Actor{syria, iran, bashar}, []formCase{
		{"the head then", "In 2012 Syria sided with Iran.", []string{"bashar membership syria", "syria alliance iran"}, nil},
		{"before his time", "In 1985 Syria sided with Iran.", []string{"syria alliance iran"}, []string{"bashar membership syria"}},
	})
	checkForms(t, []alliances.Actor{syria, iran, hafez}, []formCase{
		{"a surname alone", "In 1985 Syria sided with Iran.", []string{"syria alliance iran"}, []string{"hafez membership syria"}},
	})
	checkForms(t, []alliances.Actor{syria, iran, rifaat}, []formCase{
		{"of the name, no head", "In 1985 Syria sided with Iran.", []string{"syria alliance iran"}, []string{"rifaat membership syria"}},
	})
}

// TestDiscoverRulersByTitle: in a new case, a head the list of rulers gives a name alone
// is found after a title, though the text never names him so again ("Libya's Colonel
// Gaddafi ... sent the Iranians Scud missiles", the Iran-Iraq essay's ¶5); not a word the
// list does not hold and the text writes in lower case too ("Colonel Brown ... the brown
// hills"), which a post and one word written once would name otherwise. The list names a
// head whose name is a given name too, which a post and one word do not ("Colonel Nasser").
func TestDiscoverRulersByTitle(t *testing.T) {
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, nil)
	text := "Libya\n\nLibya's Colonel Gaddafi, never one to miss a quarrel, sent the Iranians Scud missiles in 1985, and Colonel Brown watched from the brown hills, as Colonel Nasser had in 1958. This sentence only makes the paragraph long enough to count as one of the body."
	found := map[string]bool{}
	for _, f := range rd.Discover(extract.Read("r.txt", text, rules)) {
		if f.Actor.Kind == "individual" {
			found[f.Actor.Name] = true
		}
	}
	if !found["Gaddafi"] || !found["Nasser"] {
		t.Errorf("found %v, want the individuals Gaddafi and Nasser", found)
	}
	if found["Brown"] {
		t.Errorf("found %v, want no Brown", found)
	}
}
