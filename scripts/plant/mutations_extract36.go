package main

// readingMutations36 are the deliberate bugs of the readings added in the sixth session
// of 2026-12-06: a man or a part before "of the" and a body's name, the teller a pronoun
// does not stand for, a post in apposition with no article, the one killed past a
// possessor's successor, no foe past a passive's comma, a former post, another's death,
// a gapped clause, "joined by", a body formed by a state's, "would deal with", "warned
// of", parts and soldiers of a body, tellers after the last comma and in an aside, an
// author's case, a defeat at the polls, a party in an object's apposition, a participle
// after "before", a head of state's government, a ruler's two names, ratings and
// datelines in capitals, places after a given name, a republic found by its form, a wing's
// noun, the subject of a clause with a request, the broker of the two factions, and an
// implicit mention at a sentence's end, a treaty talks are about, a man's initials, "its
// armed wing" opening a sentence, a group listed as terrorists, an office guessed, an author the reader does not know, and an exile government.
var readingMutations36 = []mutation{
	{
		name: "extract-member-of-the", file: "extract/nameruns.go",
		from: "if kind, _ := orgKind(r.words[k+2:]); kind != \"\" {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"Joseph Garang of the Sudanese Communist Party\" is found as a party",
	},
	{
		name: "extract-teller-them", file: "extract/objectpronoun.go",
		from: "!(w == \"them\" && rd.kinds[out[k].id] == \"state\" && tellsAfter(ts, out[k]))",
		to:   "true",
		pkgs: []string{"./extract"}, breaks: "\"Moscow has long said al-Qaeda financed them\" makes al-Qaeda Russia's funder",
	},
	{
		name: "extract-teller-adverbs", file: "extract/tellers.go",
		from: "var tellerAdverbs = map[string]bool{\"has\": true, \"have\": true, \"had\": true, \"long\": true,",
		to:   "var tellerAdverbs = map[string]bool{\"have\": true, \"had\": true,",
		pkgs: []string{"./extract"}, breaks: "\"Moscow has long said\" is no teller",
	},
	{
		name: "extract-post-noun-apposition", file: "extract/whose.go",
		from: "return apposedPosts[w] || !t.upper && len(w) > 3",
		to:   "return apposedPosts[w] || false && len(w) > 3",
		pkgs: []string{"./extract"}, breaks: "\"Akhmad Kadyrov, mufti of Ichkeria, broke with Maskhadov\" makes Ichkeria Maskhadov's foe",
	},
	{
		name: "extract-victim-past-apposition", file: "extract/victims.go",
		from: "if v, _ := pastApposition(ts, ms, victim, cueSpan{first: death, end: death + 1}); v != victim {",
		to:   "if v := victim; v != victim {",
		pkgs: []string{"./extract"}, breaks: "\"Sadulayev, Maskhadov's successor, was killed in a raid by the FSB\" makes Maskhadov the FSB's victim",
	},
	{
		name: "extract-killed-apart", file: "extract/bystanders.go",
		from: "return c.cue.kind == alliances.Hostility && voice == passiveNoAgent",
		to:   "return false && voice == passiveNoAgent",
		pkgs: []string{"./extract"}, breaks: "\"who took over when Sadulayev was killed, proclaimed an Emirate\" makes the Emirate his killer",
	},
	{
		name: "extract-some-men-of", file: "extract/bystanders.go",
		from: "return partMen[nounOfBefore(ts, m)]",
		to:   "return false",
		pkgs: []string{"./extract"}, breaks: "\"Buddhist soldiers of the KNLA, led by the monk U Thuzana\" makes him the KNLA's leader",
	},
	{
		name: "extract-former-post", file: "extract/finish.go",
		from: "open, how = \"/\"+valid, \", a former post, held before then\"",
		to:   "open, how = valid+\"/..\", \", a former post, held before then\"",
		pkgs: []string{"./extract"}, breaks: "an ex-commander shot on a day holds the post from then on",
	},
	{
		name: "extract-others-death", file: "extract/finish.go",
		from: "len(deathRE.FindAllString(text, -1)) > len(othersDeathRE.FindAllString(text, -1))",
		to:   "true",
		pkgs: []string{"./extract"}, breaks: "\"who became its commander when Sadulayev was killed\" ends Umarov's post at Sadulayev's death",
	},
	{
		name: "extract-gapped-clause", file: "extract/heldposts.go",
		from: "ts[right.end].word == c.cue.words[len(c.cue.words)-1] && andBefore(ts, right.first):",
		to:   "false:",
		pkgs: []string{"./extract"}, breaks: "\"sided with the Christians, and the army with the Muslims\" makes Brimob the army's ally",
	},
	{
		name: "extract-joined-by", file: "extract/pairs.go",
		from: "(c.end >= len(ts) || ts[c.end].word != \"by\") && // not \"fighters, reportedly joined by soldiers, overran\": those who joined them in the act",
		to:   "true &&",
		pkgs: []string{"./extract"}, breaks: "\"Laskar Jihad fighters, joined by soldiers, overran\" makes Laskar Jihad a member of the army",
	},
	{
		name: "extract-made-part", file: "extract/pairs.go",
		from: "made := (c.cue.text == \"formed\"",
		to:   "made := false && (c.cue.text == \"formed\"",
		pkgs: []string{"./extract"}, breaks: "\"the army formed a joint battalion, Yon Gab\" makes the army the battalion's member",
	},
	{
		name: "extract-deal-with-verb", file: "extract/heldposts.go",
		from: "(modals[ts[c.first-1].word] || ts[c.first-1].word == \"will\" || ts[c.first-1].word == \"to\")",
		to:   "false",
		pkgs: []string{"./extract"}, breaks: "\"said it would deal with Fayyad\" is a deal with him",
	},
	{
		name: "extract-warned-of", file: "extract/heldposts.go",
		from: "case strings.HasPrefix(c.cue.text, \"warn\") && right.first >= c.end",
		to:   "case false && right.first >= c.end",
		pkgs: []string{"./extract"}, breaks: "\"Thai officers warned the KNU of Burmese movements\" makes Thailand the KNU's opponent",
	},
	{
		name: "extract-parts-joined", file: "extract/pairs.go",
		from: "only && n > 0 || partsOfMention(ts, ms[li])",
		to:   "only && n > 0",
		pkgs: []string{"./extract"}, breaks: "\"Karen units of the Burmese army joined the KNU\" makes the army the KNU's member",
	},
	{
		name: "extract-last-clause-tellers", file: "extract/tellers.go",
		from: "teller = teller || lastClauseTellers(ts, ms, m)",
		to:   "teller = teller || false",
		pkgs: []string{"./extract"}, breaks: "\"Iran continues to fund Hamas, Western and Israeli officials say\" makes Iran Israel's funder",
	},
	{
		name: "extract-that-tellers-told", file: "extract/tellers.go",
		from: "!(thatTellers[ts[k].word] && k+1 < at && ts[k+1].word == \"that\")",
		to:   "true",
		pkgs: []string{"./extract"}, breaks: "\"Smith argues that Thailand sheltered the KNU\" is reported, not Smith's case",
	},
	{
		name: "extract-aside-teller-told", file: "extract/tellers.go",
		from: "if aside := parentheticalTeller(ts, k); aside > 0 {",
		to:   "if aside := parentheticalTeller(ts, k); aside > len(ts) {",
		pkgs: []string{"./extract"}, breaks: "\"Thailand, Smith argues, sheltered the KNU\" is reported, not Smith's case",
	},
	{
		name: "extract-election-defeat", file: "extract/bystanders.go",
		from: "return slices.ContainsFunc(ts, func(t token) bool { return pollWords[t.word] })",
		to:   "return false",
		pkgs: []string{"./extract"}, breaks: "\"won the parliamentary election, defeating Fatah\" is a fight",
	},
	{
		name: "extract-apposition-list-break", file: "extract/lists.go",
		from: "break // \"accused Mohammed Dahlan, the Fatah strongman in Gaza, of\": an apposition, its name a qualifier",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"accused Mohammed Dahlan, the Fatah strongman in Gaza\" accuses Fatah",
	},
	{
		name: "extract-participle-links", file: "extract/sharedsubject.go",
		from: "var participleLinks = map[string]bool{\"before\": true, \"after\": true, \"while\": true, \"without\": true}",
		to:   "var participleLinks = map[string]bool{}",
		pkgs: []string{"./extract"}, breaks: "\"fought beside KNLA units before signing their own ceasefire\" gives the KNLA the ceasefire",
	},
	{
		name: "extract-head-of-state-government", file: "extract/names.go",
		from: "case rd.country != \"\" && m.first > 0 && ts[m.end-1].possessive && statePostBefore(ts, m.first):",
		to:   "case false:",
		pkgs: []string{"./extract"}, breaks: "\"a ceasefire with President Thein Sein's government\" is a deal with the man",
	},
	{
		name: "extract-ruler-aliases", file: "extract/discover.go",
		from: "out = rd.rulerAliases(rd.regnalAliases(out))",
		to:   "out = rd.regnalAliases(out)",
		pkgs: []string{"./extract"}, breaks: "\"Abdurrahman Wahid\" and \"Gus Dur\" are two men in a new case",
	},
	{
		name: "extract-rating-words", file: "extract/abbreviations.go",
		from: "\"STRONG\": true, \"WEAK\": true,",
		to:   "\"WEAK\": true,",
		pkgs: []string{"./extract"}, breaks: "an evaluation's \"Evidence: STRONG\" is an actor",
	},
	{
		name: "extract-dateline-capitals", file: "extract/abbreviations.go",
		from: "|| cableWords[w] || datelineAt(d.Text, p.Start+m[0]) {",
		to:   "|| cableWords[w] {",
		pkgs: []string{"./extract"}, breaks: "a caption's dateline \"RAFAH, Gaza Strip - \" is an actor",
	},
	{
		name: "extract-place-tails", file: "extract/people.go",
		from: "|| directions[f] || placeTails[f] {",
		to:   "|| directions[f] {",
		pkgs: []string{"./extract"}, breaks: "\"Karen Hills\" is a man",
	},
	{
		name: "extract-formed-states", file: "extract/mainstate.go",
		from: "if !rd.formed[names[name]] {",
		to:   "if true {",
		pkgs: []string{"./extract"}, breaks: "President Abdurrahman Wahid is made the president of the Republic of South Maluku",
	},
	{
		name: "extract-wing-noun-reach", file: "extract/branches.go",
		from: "for n := k; n < len(ts) && n <= k+3; n++ {",
		to:   "for n := k; n < len(ts) && n <= k+2; n++ {",
		pkgs: []string{"./extract"}, breaks: "\"Fatah's loosely organised armed wing\" names no wing of Fatah",
	},
	{
		name: "extract-request-clause-subject", file: "extract/phrases.go",
		from: "for _, subj := range group(ts, ms, clauseSubject(ts, ms, i), +1) {",
		to:   "for _, subj := range group(ts, ms, 0, +1) {",
		pkgs: []string{"./extract"}, breaks: "\"..., and Pelangi trained their secretariats at Latuconsina's request\" gives his favour to the GPM",
	},
	{
		name: "extract-pair-broker", file: "extract/mentions.go",
		from: "m.first == out[0].first && slices.ContainsFunc(ts[m.end:i], func(t token) bool { return mediating[t.word] })) // \"Egypt, whose ..., has brokered truces between\"",
		to:   "false)",
		pkgs: []string{"./extract"}, breaks: "\"Egypt ... has brokered truces between the two factions\" makes Egypt a party to the truces",
	},
	{
		name: "extract-deal-sought", file: "extract/heldposts.go",
		from: "case kind == alliances.Agreement && len(c.cue.words) <= 2 && dealSought(ts, c.first):",
		to:   "case false:",
		pkgs: []string{"./extract"}, breaks: "\"began negotiations on a peace treaty\" makes a treaty",
	},
	{
		name: "extract-initials-of-a-man", file: "extract/abbreviations.go",
		from: "rd.add(w, held) // the man found by his name: his initials are his\n\t\t\t\t\tcontinue",
		to:   "_ = held",
		pkgs: []string{"./extract"}, breaks: "\"RK\" of Ramzan Kadyrov is a second Ramzan Kadyrov",
	},
	{
		name: "extract-own-wing", file: "extract/matching.go",
		from: "\tif n == 1 {\n\t\treturn rd.ownWingAt(ts, i, words)\n\t}",
		to:   "\tif n == 1 {\n\t\treturn \"\", false\n\t}",
		pkgs: []string{"./extract"}, breaks: "\"Its armed wing, the Qassam Brigades,\" names no wing of Hamas",
	},
	{
		name: "extract-list-as-terrorists", file: "extract/rules.yaml",
		from: "listed, lists, list, blacklisted,",
		to:   "listed, lists, blacklisted,",
		pkgs: []string{"./extract"}, breaks: "\"the United States and the European Union list Hamas as a terrorist organisation\" is no sanction",
	},
	{
		name: "extract-office-from-near", file: "extract/followers.go",
		from: "case rd.kinds[t.Object] == \"state\" && !slices.ContainsFunc(prop.Cues, func(c string) bool { return strings.HasPrefix(c, \"near: \") }):",
		to:   "case rd.kinds[t.Object] == \"state\":",
		pkgs: []string{"./extract"}, breaks: "\"Maskhadov's defence minister\" is Russia's, from a guess that Maskhadov went over to Moscow",
	},
	{
		name: "extract-author-unknown", file: "extract/pronouns.go",
		from: "return subjectVerbs[v] || authorVerbs[v] || strings.HasSuffix(v, \"ed\") && len(v) > 4",
		to:   "return subjectVerbs[v] || strings.HasSuffix(v, \"ed\") && len(v) > 4",
		pkgs: []string{"./extract"}, breaks: "\"Dunleavy traces the Four Cuts ... He credits the campaign with driving the KNLA out\" makes Chavalit the KNLA's foe",
	},
	{
		name: "extract-exile-government", file: "extract/stateposts.go",
		from: "(m.first < 3 || !rivalGovernments[ts[m.first-3].word]): // not \"the exile government of Dr Sein Win\"",
		to:   "true:",
		pkgs: []string{"./extract"}, breaks: "\"the exile government of Dr Sein Win\" makes him Burma's head",
	},
	{
		name: "extract-fronted-implicit", file: "extract/fronted.go",
		from: "if m.first > 0 && m.first < len(ts) && strings.TrimSpace(ts[m.first].pre) == \",\"",
		to:   "if m.first > 0 && strings.TrimSpace(ts[m.first].pre) == \",\"",
		pkgs: []string{"./extract"}, breaks: "a fronted participle with an implicit mention at the sentence's end stops the reader",
	},
}
