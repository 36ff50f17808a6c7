package extract_test

import (
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

// TestAManOfAPartyIsNoParty: a new case finds a man, a post or a part of a body in
// words with no noun of a body before "of the" and a body's name ("Joseph Garang of the
// Sudanese Communist Party", sudan-1955 ¶13; "Girija Prasad Koirala of the Nepali
// Congress", nepal-1996 ¶4; "Leaflet of the Democratic Front ...", jordan-1970 ¶17), not
// an organization of that name; "Army of the North" and "Truce Commission of the
// Security Council" stay bodies.
func TestAManOfAPartyIsNoParty(t *testing.T) {
	text := "In 1965 Joseph Garang of the Sudanese Communist Party said the south needed its own government. " +
		"A Leaflet of the Democratic Front for the Liberation of Palestine called for a general strike. " +
		"The Army of the North fought on, and the Truce Commission of the Security Council reported to New York.\n\n" +
		"A second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, bad := range []string{"Joseph Garang of the Sudanese Communist Party", "Leaflet of the Democratic Front for the Liberation of Palestine"} {
		if slices.Contains(names, bad) {
			t.Errorf("found %q, want no %q", names, bad)
		}
	}
	for _, want := range []string{"Sudanese Communist Party", "Democratic Front for the Liberation of Palestine", "Army of the North", "Truce Commission of the Security Council"} {
		if !slices.Contains(names, want) {
			t.Errorf("found %q, want %q", names, want)
		}
	}
}

// session71Actors are the actors of this session's sentences.
func session71Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "russia", Name: "Russia", Aliases: []string{"Moscow"}, Kind: "state"},
		{ID: "al-qaeda", Name: "al-Qaeda", Kind: "armed-group"},
		{ID: "arab-mujahideen", Name: "Arab mujahideen", Aliases: []string{"the Arab mujahideen"}, Kind: "category"},
		{ID: "khattab", Name: "Khattab", Kind: "individual"},
		{ID: "chri", Name: "Chechen Republic of Ichkeria", Aliases: []string{"Ichkeria"}, Kind: "state"},
		{ID: "maskhadov", Name: "Aslan Maskhadov", Aliases: []string{"Maskhadov"}, Kind: "individual"},
		{ID: "akhmad-kadyrov", Name: "Akhmad Kadyrov", Kind: "individual"},
		{ID: "sadulayev", Name: "Abdul-Khalim Sadulayev", Aliases: []string{"Sadulayev"}, Kind: "individual"},
		{ID: "fsb", Name: "FSB", Kind: "state-organ"},
		{ID: "sulim", Name: "Sulim Yamadayev", Kind: "individual"},
		{ID: "vostok", Name: "Vostok battalion", Aliases: []string{"Vostok"}, Kind: "armed-group"},
		{ID: "umarov", Name: "Dokku Umarov", Aliases: []string{"Umarov"}, Kind: "individual"},
		{ID: "emirate", Name: "Caucasus Emirate", Kind: "armed-group"},
		{ID: "laskar-jihad", Name: "Laskar Jihad", Kind: "militia"},
		{ID: "tni", Name: "Indonesian army", Aliases: []string{"the army", "soldiers"}, Kind: "state-organ"},
		{ID: "brimob", Name: "Brimob", Kind: "state-organ"},
		{ID: "christians", Name: "Christians", Aliases: []string{"the Christians"}, Kind: "category"},
		{ID: "yon-gab", Name: "Yon Gab", Kind: "armed-group"},
		{ID: "kopassus", Name: "Kopassus", Kind: "state-organ"},
		{ID: "united-states", Name: "United States", Aliases: []string{"Washington"}, Kind: "state"},
		{ID: "fayyad", Name: "Salam Fayyad", Aliases: []string{"Fayyad"}, Kind: "individual"},
		{ID: "thailand", Name: "Thailand", Aliases: []string{"Thai"}, Kind: "state"},
		{ID: "knu", Name: "Karen National Union", Aliases: []string{"KNU"}, Kind: "armed-group"},
		{ID: "burma", Name: "Burma", Aliases: []string{"Burmese"}, Kind: "state"},
		{ID: "tatmadaw", Name: "Burmese army", Aliases: []string{"the Burmese army"}, Kind: "state-organ"},
		{ID: "smith", Name: "Martin Smith", Aliases: []string{"Smith"}, Kind: "individual"},
		{ID: "iran", Name: "Iran", Kind: "state"},
		{ID: "hamas", Name: "Hamas", Kind: "party"},
		{ID: "israel", Name: "Israel", Aliases: []string{"Israeli"}, Kind: "state"},
		{ID: "western-donors", Name: "Western donors", Aliases: []string{"Western"}, Kind: "category"},
		{ID: "fatah", Name: "Fatah", Kind: "party"},
		{ID: "change-and-reform", Name: "Change and Reform", Kind: "party"},
		{ID: "dahlan", Name: "Mohammed Dahlan", Kind: "individual"},
		{ID: "knla", Name: "Karen National Liberation Army", Aliases: []string{"KNLA"}, Kind: "armed-group"},
		{ID: "dkba-5", Name: "DKBA-5", Aliases: []string{"The holdouts"}, Kind: "armed-group"},
		{ID: "thuzana", Name: "U Thuzana", Kind: "individual"},
		{ID: "thein-sein", Name: "Thein Sein", Kind: "individual"},
		{ID: "al-aqsa", Name: "Al-Aqsa Martyrs' Brigades", Kind: "armed-group"},
		{ID: "gpm", Name: "GPM", Kind: "other"},
		{ID: "egypt", Name: "Egypt", Kind: "state"},
		{ID: "khambiev", Name: "Magomed Khambiev", Kind: "individual"},
		{ID: "chavalit", Name: "Chavalit Yongchaiyudh", Aliases: []string{"Chavalit"}, Kind: "individual"},
		{ID: "sein-win", Name: "Sein Win", Aliases: []string{"Dr Sein Win"}, Kind: "individual"},
		{ID: "european-union", Name: "European Union", Kind: "international-organization"},
		{ID: "qassam", Name: "Izz el-Deen al-Qassam Brigades", Aliases: []string{"Qassam Brigades"}, Kind: "armed-group"},
		{ID: "suleiman", Name: "Omar Suleiman", Kind: "individual"},
		{ID: "mui", Name: "MUI Maluku", Kind: "other"},
		{ID: "pelangi", Name: "Pelangi", Kind: "other"},
		{ID: "latuconsina", Name: "Saleh Latuconsina", Aliases: []string{"Latuconsina"}, Kind: "individual"},
	}
}

// TestFormsFromTheSixthSessionsReviews: the forms this session's four reviews found read
// wrong. The teller of a clause is not what its object pronoun stands for ("Moscow has
// long said al-Qaeda financed them", chechnya-1999 ¶11), and "has long" may stand between
// a teller and its verb. A post in small letters with no article, set between commas
// after a man, is an apposition ("Akhmad Kadyrov, mufti of Ichkeria in the first war,
// broke with Maskhadov", ¶9). One killed in "Sadulayev, Maskhadov's successor, was
// killed in a raid by the FSB" is Sadulayev (¶5); one killed with no agent is no foe of
// one named past the clause's comma, nor is it his death that ends another's post
// ("Umarov, who took over when Sadulayev was killed in June 2006, proclaimed a Caucasus
// Emirate", ¶4); an "ex-commander" held the post before the sentence's time, not from it
// (¶3). "Siding with the Christians, and the army with the Muslims" is two clauses
// (maluku-1999 ¶6); "fighters, reportedly joined by soldiers, overran" makes the soldiers
// their companions in the act, not the fighters members of the army (¶7); a state's body
// that forms a battalion makes it its part (¶8). "Would deal with Fayyad" is no deal
// (gaza-2007 ¶16). "Warned the KNU of Burmese movements" is no threat (karen-1949 ¶6),
// and "units of the army joined the KNU" does not make the army the KNU's member (¶4),
// nor does "Buddhist soldiers of the KNLA, led by the monk U Thuzana, broke with the KNU"
// make him its leader or it the KNU's foe (¶16). A participle after "before" shares the
// clause's subject ("fought beside KNLA units through 2011 before signing their own
// ceasefire", ¶21); a head of state's government the reader knows no state of is the
// report's state's ("President Thein Sein's government", ¶1). A wing's noun may stand
// three words after the whole's possessive ("Fatah's loosely organised armed wing",
// gaza-2007 ¶22). One who asks is asked by the subject of the clause after ", and"
// ("..., and Pelangi trained their secretariats at Governor Latuconsina's request",
// maluku-1999 ¶19). "The two groups" and "the two factions" are not the subject whose
// verb of brokering stands far before them ("Egypt, whose intelligence chief ... keeps a
// delegation in Gaza, has brokered several truces between the two factions", gaza-2007
// ¶15). A treaty that talks are about is none made ("agreed
// to start negotiations on a peace treaty", ¶24). To "list" a group as terrorists is to
// sanction it ("The United States and the European Union list Hamas as a terrorist
// organisation", ¶3), and "Its armed wing, the Izz el-Deen al-Qassam Brigades," opening
// a sentence names the wing of what "it" stands for (¶3). A man's post in a state is not
// guessed from names that share a sentence with a cue ("Kadyrov ... broke with Maskhadov
// ... and went over to Moscow"), so "Maskhadov's defence minister" is none of Russia's
// (chechnya-1999 ¶9). "He" after an author the reader does not know is no man it knows
// ("Dunleavy traces the Four Cuts ... He credits the campaign with driving the KNLA out",
// karen-1949 ¶7). "The exile government of Dr Sein Win" is no government of the report's
// state (¶14).
func TestFormsFromTheSixthSessionsReviews(t *testing.T) {
	checkForms(t, session71Actors(), []formCase{
		{"the teller is not them", "In 2001 Khattab led the Arab mujahideen. Their money came through Gulf charities; Moscow has long said al-Qaeda financed them.",
			[]string{"al-qaeda support arab-mujahideen"}, []string{"al-qaeda support russia"}},
		{"a post with no article", "Akhmad Kadyrov, mufti of Ichkeria in the first war, broke with Maskhadov in 1999.",
			[]string{"akhmad-kadyrov opposition maskhadov"}, []string{"chri opposition maskhadov"}},
		{"the successor killed", "In March 2006 Abdul-Khalim Sadulayev, Maskhadov's successor, was killed in Argun in a raid by the FSB.",
			[]string{"fsb hostility sadulayev"}, []string{"fsb hostility maskhadov"}},
		{"killed, and past the comma", "Dokku Umarov, who took over when Sadulayev was killed in June 2006, proclaimed a Caucasus Emirate on 31 October 2007.",
			nil, []string{"sadulayev hostility emirate"}},
		{"siding, and another with", "In 2000 Brimob sided with the Christians, and the army with the Muslims.",
			[]string{"brimob alliance christians"}, []string{"brimob alliance tni"}},
		{"joined by", "On 21 June 2000 Laskar Jihad fighters, reportedly joined by soldiers, overran the Brimob complex at Tantui.",
			nil, []string{"laskar-jihad membership tni"}},
		{"a body forms its part", "Later in 2000 the army formed a joint battalion, Yon Gab, from Kopassus and the marines.",
			[]string{"yon-gab membership tni"}, []string{"tni membership yon-gab"}},
		{"deal with", "In June 2007 the United States said it would deal with Fayyad.",
			nil, []string{"united-states agreement fayyad"}},
		{"warned of", "In 1976 Thai officers warned the KNU of Burmese movements.",
			nil, []string{"thailand opposition knu"}},
		{"units of", "In 1949 Karen units of the Burmese army mutinied and joined the KNU.",
			nil, []string{"tatmadaw membership knu"}},
		{"soldiers of, led by", "In December 1994 Buddhist soldiers of the KNLA, led by the monk U Thuzana, broke with the KNU.",
			nil, []string{"thuzana membership knla", "knla opposition knu"}},
		{"before signing their own", "The holdouts fought beside KNLA units through 2011 before signing their own ceasefire with Burma that November.",
			[]string{"dkba-5 agreement burma"}, []string{"knla agreement burma"}},
		{"a wing's noun three words on", "In 2007 gunmen of the Al-Aqsa Martyrs' Brigades, Fatah's loosely organised armed wing, stormed the municipality.",
			[]string{"al-aqsa membership fatah"}, nil},
		{"at a request, the clause's subject", "In 2001 the GPM and MUI Maluku named members to the commissions, and Pelangi trained their secretariats at Governor Latuconsina's request.",
			[]string{"latuconsina favour pelangi"}, []string{"latuconsina favour gpm", "latuconsina favour mui"}},
		{"brokered between the two groups", "In 2007 Fatah and Hamas fought in Gaza. Egypt, whose intelligence chief Omar Suleiman keeps a delegation in Gaza, has brokered several short-lived truces between the two groups.",
			[]string{"fatah agreement hamas"}, []string{"hamas agreement egypt", "fatah agreement egypt"}},
		{"a treaty sought", "In 2007 Israel and Fatah began negotiations on a peace treaty in Annapolis.",
			[]string{"israel negotiation fatah"}, []string{"israel agreement fatah"}},
		{"list as terrorists", "In 2006 the United States and the European Union list Hamas as a terrorist organisation.",
			[]string{"united-states coercion hamas", "european-union coercion hamas"}, nil},
		{"its wing", "In 1987 Hamas was founded in Gaza. Its armed wing, the Izz el-Deen al-Qassam Brigades, has carried out scores of suicide bombings.",
			[]string{"qassam membership hamas"}, nil},
		{"no office from a guess", "Moscow fought the rebels in Chechnya and Moscow won, as Moscow had planned. In 1999 Akhmad Kadyrov, mufti of Ichkeria, broke with Maskhadov over the Wahhabis and in autumn 1999 went over to Moscow. Many are former rebels; Maskhadov's defence minister, Magomed Khambiev, gave himself up in 2004.",
			nil, []string{"khambiev membership russia"}},
		{"an author the reader does not know", "In 1975 General Chavalit Yongchaiyudh met the KNU. Dunleavy traces the Four Cuts from its first trials in the 1960s. He credits the campaign with driving the KNLA out of the delta by 1975.",
			nil, []string{"chavalit hostility knla"}},
		{"an exile government", "Burma fought the KNU in eastern Burma for decades, and the army of Burma burned villages. From 1990 the exile government of Dr Sein Win also sat at Manerplaw under the KNU's protection.",
			nil, []string{"sein-win membership burma"}},
		{"a president's government", "Burma fought the KNU for sixty years in eastern Burma, and the army of Burma burned villages. In 2012 the KNU signed a ceasefire with President Thein Sein's government on 12 January 2012.",
			[]string{"knu agreement burma"}, []string{"knu agreement thein-sein"}},
	})
}

// TestAFormerPostEndsAtTheSentencesTime: an "ex-commander" shot on a day held the post
// before that day, and a commander killed held it to his death (chechnya-1999 ¶3), but
// another's death that dates the sentence ends no post ("who took over when Sadulayev
// was killed", ¶4), nor do deaths its holder tells of.
func TestAFormerPostEndsAtTheSentencesTime(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"In case you missed it: Sulim Yamadayev, ex-commander of Vostok, was shot in Dubai on 28 March 2009.", "/2009-03-28"},
		{"In February 2009 Sulim Yamadayev, a commander of Vostok, was killed.", "/2009-02"},
		{"In June 2006 Dokku Umarov, who became the commander of the Caucasus Emirate when Sadulayev was killed, spoke.", "2006-06/.."},
		{"In March 2009 Sulim Yamadayev led Vostok and said that 25 soldiers were killed.", "2009-03/.."},
	} {
		rules := extract.DefaultRules()
		rd := extract.NewReader(rules, session71Actors())
		rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
		props := rd.Read(extract.Read("report.txt", c.text+" This sentence only makes the paragraph long enough to count as one of the body.", rules))
		i := slices.IndexFunc(props, func(p extract.Proposal) bool { return p.Tie.Kind == alliances.Membership })
		if i < 0 || props[i].Tie.Valid.String() != c.want {
			var got []string
			for _, p := range props {
				got = append(got, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object+" "+p.Tie.Valid.String())
			}
			t.Errorf("%q: proposed %q, want a membership of %s", c.text, got, c.want)
		}
	}
}

// TestTellersOfTheSixthSessionsReviews: who tells a sentence is no party to it, and what
// they tell is theirs, alleged: a list of tellers in the last clause ("Iran continues to
// fund Hamas, Western and Israeli officials say", gaza-2007 ¶25); an author who argues a
// case ("Smith argues that Thailand sheltered the KNU") or tells it in an aside set off by
// commas ("Thailand, Smith argues, sheltered"; "Thai officers, she claims, warned",
// karen-1949 ¶6). A defeat at the polls is a contest, no fight ("won the parliamentary
// election, defeating Fatah", gaza-2007 ¶2); a party named in an apposition's noun is no
// second object ("accused Mohammed Dahlan, the Fatah strongman in Gaza, of", ¶11).
func TestTellersOfTheSixthSessionsReviews(t *testing.T) {
	checkForms(t, session71Actors(), []formCase{
		{"tellers after the last comma", "In 2007 Iran continues to fund Hamas, Western and Israeli officials say.",
			[]string{"iran support hamas"}, []string{"iran support israel", "iran support western-donors"}},
		{"argues that", "Smith argues that Thailand sheltered the KNU from 1949 to 1988.",
			[]string{"thailand support knu"}, []string{"smith support knu"}},
		{"a teller's aside", "Thailand, Smith argues, sheltered the KNU from 1949 to 1988.",
			[]string{"thailand support knu"}, []string{"smith support knu"}},
		{"an election", "In January 2006 the Change and Reform list won the parliamentary election, defeating Fatah.",
			[]string{"change-and-reform opposition fatah"}, []string{"change-and-reform hostility fatah"}},
		{"a party in an apposition", "In 2006 Hamas accused Mohammed Dahlan, the Fatah strongman in Gaza, of plotting a coup.",
			[]string{"hamas opposition dahlan"}, []string{"hamas opposition fatah"}},
	})
	for _, text := range []string{"Smith argues that Thailand sheltered the KNU from 1949 to 1988.", "Thailand, Smith argues, sheltered the KNU from 1949 to 1988."} {
		rules := extract.DefaultRules()
		rd := extract.NewReader(rules, session71Actors())
		rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
		for _, p := range rd.Read(extract.Read("report.txt", text+" This sentence only makes the paragraph long enough to count as one of the body.", rules)) {
			if p.Tie.Subject == "thailand" && p.Tie.Status != alliances.Alleged {
				t.Errorf("%q: %s %s %s is %s, want alleged: Smith's case", text, p.Tie.Subject, p.Tie.Kind, p.Tie.Object, p.Tie.Status)
			}
		}
	}
}

// TestANewCaseOfTheSixthSessionsReviews: a new case finds one man in a head of state's
// two names the list of rulers gives on one line ("President Abdurrahman Wahid ("Gus
// Dur")", maluku-1999 ¶7; "Abbas, also known as Abu Mazen", gaza-2007 ¶12), and no actor
// in an evaluation's ratings ("Evidence: STRONG", maluku-1999), a caption's dateline in
// capitals ("RAFAH, Gaza Strip - ", gaza-2007 ¶11) or an e-mail's "FW:" (chechnya-1999),
// nor a man in a given name before a place's noun ("Karen Hills"); a man's initials are
// the man's ("RK" of Ramzan Kadyrov, chechnya-1999 ¶3).
func TestANewCaseOfTheSixthSessionsReviews(t *testing.T) {
	text := "FW: security update\n\n" +
		"Finding 1. Evidence: STRONG. In 2000 President Abdurrahman Wahid (\"Gus Dur\") ordered the army to stop Laskar Jihad, and Laskar Jihad sailed to Ambon anyway.\n\n" +
		"Finding 2. Evidence: STRONG. In 2001 Gus Dur was removed, and Laskar Jihad fought the Christian militias in Ambon.\n\n" +
		"Finding 3. Evidence: MEDIUM. In 2002 the Laskar Jihad militia dissolved itself, and the FW: line of the e-mail is no actor.\n\n" +
		"RAFAH, Gaza Strip - Hamas gunmen take cover during an exchange of fire with Fatah on Thursday, December 14, 2006.\n\n" +
		"RAFAH, Gaza Strip - Fatah gunmen patrol the crossing on Friday, December 15, 2006, a day after the clashes with Hamas.\n\n" +
		"Karen Hills sheltered the KNU from 1949 to 1995, and the army attacked Karen Hills in 1995.\n\n" +
		"In 2007 President Ramzan Kadyrov accused Sulim Yamadayev of murders; Memorial holds RK responsible, and RK denies it."
	_, _, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, bad := range []string{"STRONG", "MEDIUM", "RAFAH", "FW", "Gus Dur", "Karen Hills"} {
		if slices.Contains(names, bad) {
			t.Errorf("found %q, want no %q", names, bad)
		}
	}
	if n := len(slices.DeleteFunc(slices.Clone(names), func(n string) bool { return n != "Ramzan Kadyrov" })); n != 1 {
		t.Errorf("found %q, want Ramzan Kadyrov once, whose initials RK are", names)
	}
	i := slices.IndexFunc(finds, func(f extract.Found) bool { return f.Actor.Name == "Abdurrahman Wahid" })
	if i < 0 || !slices.Contains(finds[i].Actor.Aliases, "Gus Dur") {
		t.Errorf("found %q, want Abdurrahman Wahid known as Gus Dur too", names)
	}
}

// TestASeparatistRepublicIsNoReportsState: a new case does not take a republic it found
// by its name's form alone, which no list of states holds, for the report's state, whose
// president, government and army the text names without naming it ("President
// Abdurrahman Wahid" is no president of the Republic of South Maluku, maluku-1999 ¶7).
func TestASeparatistRepublicIsNoReportsState(t *testing.T) {
	text := "Maluku after the riots\n\n" +
		"In 1950 Christian soldiers proclaimed the Republic of South Maluku in Ambon; the Republic of South Maluku was crushed within months, " +
		"and the Republic of South Maluku lived on in exile in the Netherlands.\n\n" +
		"In 2000 President Abdurrahman Wahid ordered the army to stop Laskar Jihad, but Laskar Jihad fighters sailed to Ambon and fought the Christian militias."
	rd, doc, _ := discover(text)
	rd.Date = edtf.MustParse("2002")
	for _, p := range rd.Read(doc) {
		if p.Tie.Object == "republic-of-south-maluku" && p.Tie.Subject == "abdurrahman-wahid" {
			t.Errorf("proposed %s %s %s: %v", p.Tie.Subject, p.Tie.Kind, p.Tie.Object, p.Cues)
		}
	}
}
