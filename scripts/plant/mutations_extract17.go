package main

// readingMutations17 are the deliberate bugs of the readings added in the session of
// 2026-12-04 (its sixth): help that arrives and help "from", recognition, deals brokered
// between the two the text told facing each other, an agent's aside in a list of
// subjects, a war fought between two, and clauses joined by a comma alone.
var readingMutations17 = []mutation{
	{
		name: "extract-arrival-needs-nothing", file: "extract/support.go",
		from: "if len(c.cue.before) == 0 {",
		to:   "if true {",
		pkgs: []string{"./extract"}, breaks: "\"Pakistani troops reached the Taliban's lines\" is Pakistan's support",
	},
	{
		name: "extract-recognised-that", file: "extract/support.go",
		from: "(ts[c.end].word == \"that\" || ts[c.end].word == \"as\" || recognisedThing(ts, c.end) || takenForFoe(ts, c.end))",
		to:   "(recognisedThing(ts, c.end) || takenForFoe(ts, c.end))",
		pkgs: []string{"./extract"}, breaks: "\"Pakistan recognised that the Taliban held Kabul\" is Pakistan's support",
	},
	{
		name: "extract-recognised-borders", file: "extract/support.go",
		from: "if recognisedThings[ts[j].word] {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"Armenia recognized Azerbaijan's borders\" is Armenia's support of Azerbaijan",
	},
	{
		name: "extract-recognition-unread", file: "extract/rules.yaml",
		from: "cues: [recognised, recognized, recognising,",
		to:   "cues: [recognising,",
		pkgs: []string{"./extract"}, breaks: "\"Pakistan recognised the Taliban government\" supports nothing",
	},
	{
		name: "extract-help-from-subject-gives", file: "extract/parties.go",
		from: "c.cue.passive = c.cue.passive || ri >= 0 && rd.helpFrom(ts, c, ms[ri])",
		to:   "c.cue.passive = c.cue.passive || ri < -1",
		pkgs: []string{"./extract"}, breaks: "\"the FDLR relied on training and weapons from Uganda\" is also the FDLR's support of Uganda",
	},
	{
		name: "extract-rely-on-unread", file: "extract/rules.yaml",
		from: "\"relying on\", \"rely on\",",
		to:   "\"relying on\",",
		pkgs: []string{"./extract"}, breaks: "\"Turkey came to rely on the KDP\" is no support",
	},
	{
		name: "extract-no-two-facing", file: "extract/convened.go",
		from: "if two[0] == \"\" || rd.paragraph-rd.facingIn > 1 ||",
		to:   "if true ||",
		pkgs: []string{"./extract"}, breaks: "\"Qatar and Libya brokered yet another deal\" mediates between no one",
	},
	{
		name: "extract-facing-not-after-deals", file: "extract/convened.go",
		from: "case alliances.Agreement, alliances.Negotiation:",
		to:   "case alliances.Negotiation:",
		pkgs: []string{"./extract"}, breaks: "after \"Chad and Sudan signed an accord\", \"brokered yet another deal\" mediates between no one",
	},
	{
		name: "extract-facing-deal-with-one", file: "extract/convened.go",
		from: "if ts[x].word == \"with\" || ts[x].word == \"between\" || ts[x].word == \"among\" {",
		to:   "if ts[x].word == \"between\" || ts[x].word == \"among\" {",
		pkgs: []string{"./extract"}, breaks: "\"Qatar brokered a deal with Libya\" mediates between the two told before",
	},
	{
		name: "extract-brokers-own-deal", file: "extract/statements.go",
		from: "if rd.brokeredDeal(ts, ms, c) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"Qatar and Libya brokered yet another deal\" is Qatar's deal with Sudan",
	},
	{
		name: "extract-plural-deals-unread", file: "extract/rules.yaml",
		from: "handshake, ceasefires, truces,",
		to:   "handshake, truces,",
		pkgs: []string{"./extract"}, breaks: "\"Qatar arranged a string of ceasefires\" mediates nothing",
	},
	{
		name: "extract-agent-aside-read-through", file: "extract/parties.go",
		from: "ms = outsideAgentAsides(ts, ms, c)",
		to:   "_ = outsideAgentAsides",
		pkgs: []string{"./extract"}, breaks: "\"the KDP, led by Massoud Barzani, and the PUK, led by ...\" makes the PUK a member of the KDP",
	},
	{
		name: "extract-agent-aside-breaks-list", file: "extract/lists.go",
		from: "if end := agentAside(ts, nil, from); end > max(from, 0) && end < to {",
		to:   "if end := agentAside(ts, nil, from); end > to {",
		pkgs: []string{"./extract"}, breaks: "\"the KDP, led by ..., and the PUK, led by ..., fought a war\" fights no war",
	},
	{
		name: "extract-agent-aside-list-cut", file: "extract/lists.go",
		from: "if !slices.ContainsFunc(ms, func(m mention) bool { return m.first == n }) {",
		to:   "if n >= 0 {",
		pkgs: []string{"./extract"}, breaks: "\"assisted by the African Union, ECOWAS and the United States\" is the African Union's help alone",
	},
	{
		name: "extract-agent-aside-too-far", file: "extract/pairs.go",
		from: "after := pastAgentAside(ts, ms, ms[li].end)",
		to:   "after := ms[li].end",
		pkgs: []string{"./extract"}, breaks: "\"A, led by X, and B, led by Y, fought an intermittent war\" fights no war",
	},
	{
		name: "extract-war-fought-together", file: "extract/pairs.go",
		from: "jointSubjects(ts, g, c.first) && !warNoun(ts, c.end) {",
		to:   "jointSubjects(ts, g, c.first) {",
		pkgs: []string{"./extract"}, breaks: "\"the KDP and the PUK fought an intermittent war\" is their cooperation",
	},
	{
		name: "extract-comma-splice-subjects", file: "extract/lists.go",
		from: "|| k == 1 && len(g) == 2 && g[1].first < g[0].first && !listAnd(ts, g[1].end, g[0].first)",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Iran backed the PUK, Turkey came to rely on the KDP\" is the KDP's support of the PUK",
	},
	{
		name: "extract-came-no-verb", file: "extract/clauses.go",
		from: "\"came\": true, ",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Iran backed the PUK, Turkey came to rely on the KDP\" is Iran's support of Turkey",
	},
	{
		name: "extract-refused-government-a-thing", file: "extract/pairs.go",
		from: "nounLike(ts[ms[ri].end]) && !governmentHeads[ts[ms[ri].end].word]) {",
		to:   "nounLike(ts[ms[ri].end])) {",
		pkgs: []string{"./extract"}, breaks: "\"Pakistan refused to recognise the Taliban government\" is no stand",
	},
	{
		name: "extract-hanged-unread", file: "extract/rules.yaml",
		from: "\"hunted down\", hanged]",
		to:   "\"hunted down\"]",
		pkgs: []string{"./extract"}, breaks: "\"dragged Najibullah from the UN compound and hanged him\" is no fight",
	},
}

// readingMutations17b are the deliberate bugs of the same session's later readings:
// forces crossing into a state, enemies and demands, and a broker's deal before a comma.
var readingMutations17b = []mutation{
	{
		name: "extract-crossed-into-a-place", file: "extract/places.go",
		from: "if crossingVerbs[ts[k-1].word] {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"UFR columns crossed into eastern Chad\" is no fight",
	},
	{
		name: "extract-crossing-unread", file: "extract/rules.yaml",
		from: "cues: [\"crossed into\", \"crossing into\",",
		to:   "cues: [\"crossing into\",",
		pkgs: []string{"./extract"}, breaks: "\"Vietnamese troops crossed into Democratic Kampuchea\" is no fight",
	},
	{
		name: "extract-near-crossing-needs-nothing", file: "extract/near.go",
		from: "if _, ok := rd.has(ts, a.first, c.first, c.cue.before...); len(c.cue.before) > 0 && !ok {",
		to:   "if _, ok := rd.has(ts, a.first, c.first, c.cue.before...); len(c.cue.before) > 0 && ok && !ok {",
		pkgs: []string{"./extract"}, breaks: "\"Hutu refugees crossed into Zaire\" is the refugees' fight with Zaire, near",
	},
	{
		name: "extract-arrival-own-noun-missed", file: "extract/support.go",
		from: "_, ok := rd.has(ts, ms[li].first, c.first, c.cue.before...)",
		to:   "_, ok := rd.has(ts, ms[li].end, c.first, c.cue.before...)",
		pkgs: []string{"./extract"}, breaks: "\"UFR columns crossed into eastern Chad\" needs forces outside the name",
	},
	{
		name: "extract-broker-past-comma", file: "extract/pairs.go",
		from: "if li < 0 || ri < 0 || slices.ContainsFunc(ts[c.end:ms[ri].first+1], func(t token) bool { return strings.ContainsAny(t.pre, \",;:\") }) {",
		to:   "if li < 0 || ri < 0 {",
		pkgs: []string{"./extract"}, breaks: "\"had brokered a deal in Doha, UFR columns crossed into eastern Chad\" mediates between the UFR and Chad",
	},
	{
		name: "extract-enemy-unread", file: "extract/rules.yaml",
		from: "cues: [regarded, regards, regarding, viewed, views, viewing, saw, sees, seeing, treated, treats, treating]",
		to:   "cues: [regards, regarding, viewed, views, viewing, sees, seeing, treated, treats, treating]",
		pkgs: []string{"./extract"}, breaks: "\"Uganda regarded Sudan as its chief enemy\" is no stand",
	},
	{
		name: "extract-enemy-any-noun", file: "extract/rules.yaml",
		from: "then: [enemy, enemies, threat, danger,",
		to:   "then: [partner, enemy, enemies, threat, danger,",
		pkgs: []string{"./extract"}, breaks: "\"Uganda saw Sudan as a partner\" is a stand against Sudan",
	},
	{
		name: "extract-variant-unfound", file: "extract/discover.go",
		from: "\tout = append(out, rd.discoverVariants(d)...)\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"the UFDD-Fundamental\" is no faction of its own, read as a new case",
	},
	{
		name: "extract-variant-of-anything", file: "extract/variants.go",
		from: "if _, known = rd.acronyms[alliances.Fold(acronym)]; !known {\n\t\t\t\t\tcontinue",
		to:   "if _, known = rd.acronyms[alliances.Fold(acronym)]; !known {\n\t\t\t\t\t_ = known",
		pkgs: []string{"./extract"}, breaks: "\"the XYZ-North front\", no abbreviation the text defined, is a faction",
	},
	{
		name: "extract-followers-of-a-possessor", file: "extract/namewords.go",
		from: "if person == \"\" || strings.HasSuffix(text[:end-p.Start], \"'s\") || strings.HasSuffix(text[:end-p.Start], \"’s\") {",
		to:   "if person == \"\" {",
		pkgs: []string{"./extract"}, breaks: "\"loyalists of Bashir's National Congress Party\" are a militia of Bashir's, read as a new case",
	},
	{
		name: "extract-ruled-unread", file: "extract/rules.yaml",
		from: "founded, ruled, rules, governed, governs,",
		to:   "founded,",
		pkgs: []string{"./extract"}, breaks: "\"Mobutu ruled Zaire\" makes him no leader",
	},
	{
		name: "extract-ruler-a-member", file: "extract/posts.go",
		from: "\"ruled\": true, \"rules\": true, \"governed\": true, \"governs\": true}",
		to:   "}",
		pkgs: []string{"./extract"}, breaks: "\"Mobutu ruled Zaire\" makes him a plain member",
	},
	{
		name: "extract-sacked-unread", file: "extract/rules.yaml",
		from: "sacked, sacking, sacks,",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Déby sacked Nour\" is no coercion",
	},
	{
		name: "extract-embargo-unread", file: "extract/rules.yaml",
		from: "\"new sanctions on\", \"embargoed ... to\",",
		to:   "\"new sanctions on\",",
		pkgs: []string{"./extract"}, breaks: "\"the Security Council embargoed arms and fuel to UNITA\" is no coercion",
	},
	{
		name: "extract-turned-back-unread", file: "extract/rules.yaml",
		from: "cues: [turned, turning, pressed, pressing, forced, forcing, coerced]\n    then: [back, into]",
		to:   "cues: [turning, pressing, forcing, coerced]\n    then: [back, into]",
		pkgs: []string{"./extract"}, breaks: "\"Chad turned Khalil Ibrahim back\", \"pressed JEM into signing\" are no coercion",
	},
	{
		name: "extract-turned-any-object", file: "extract/cues.go",
		from: "\t\"turned\": true, \"turning\": true, \"pressed\": true,",
		to:   "\t\"turning\": true, \"pressed\": true,",
		pkgs: []string{"./extract"}, breaks: "\"turned the long mistrust between Chad and Sudan into open enmity\" is Chad's coercion of Sudan",
	},
	{
		name: "extract-back-a-noun", file: "extract/cues.go",
		from: "\t\"back\": true, \"out\": true, \"away\": true}",
		to:   "\t\"out\": true, \"away\": true}",
		pkgs: []string{"./extract"}, breaks: "\"Chad turned Khalil Ibrahim back\" names a noun, no coercion",
	},
	{
		name: "extract-joined-out-of-bounds", file: "extract/lists.go",
		from: "\tif from < 0 || to > len(ts) {\n\t\treturn false",
		to:   "\tif to > len(ts) {\n\t\treturn false",
		pkgs: []string{"./extract"}, breaks: "\"A deal was brokered by Libya\" after a sentence of two at war stops the reader",
	},
	{
		name: "extract-no-subject-acted", file: "extract/negations.go",
		from: "if ts[i].word == \"no\" && !slices.ContainsFunc(ts[i+1:cue+1], func(t token) bool {",
		to:   "if ts[i].word == \"not any\" && !slices.ContainsFunc(ts[i+1:cue+1], func(t token) bool {",
		pkgs: []string{"./extract"}, breaks: "\"No Cuban advisers ever reached UNITA\" is Cuba's support",
	},
	{
		name: "extract-recognised-as-foe", file: "extract/support.go",
		from: "|| recognisedThing(ts, c.end) || takenForFoe(ts, c.end)) {",
		to:   "|| recognisedThing(ts, c.end)) {",
		pkgs: []string{"./extract"}, breaks: "\"Turkey recognised the PKK as a terrorist organisation\" is Turkey's support",
	},
	{
		name: "extract-followers-listed-as-objects", file: "extract/lists.go",
		from: "if clauseAnd(ts, g[k-1].end, g[k].first) && verbAfter(ts, g[len(g)-1].end) &&",
		to:   "if clauseAnd(ts, g[k-1].end, g[k].first) && verbAfter(ts, g[len(g)-1].end) && false &&",
		pkgs: []string{"./extract"}, breaks: "\"recognised the Yemen Arab Republic, and Britain and France followed\" recognises Britain and France",
	},
	{
		name: "extract-apposition-a-subject", file: "extract/parties.go",
		from: "if a, end := pastApposition(ts, ms, li, c); a != li {",
		to:   "if a, end := pastApposition(ts, ms, li, c); a != li && false {",
		pkgs: []string{"./extract"}, breaks: "\"King Hussein, no friend of Nasser either, sent military advisers to help the royalists\" is Nasser's help",
	},
	{
		name: "extract-inside-aside-reads-list", file: "extract/lists.go",
		from: "return inside && (m.first >= end || m.first >= 0 && m.end < k && agentAside(ts, nil, m.end) > 0) || !inside && m.first > k && m.first < end",
		to:   "return inside && m.first >= end || !inside && m.first > k && m.first < end",
		pkgs: []string{"./extract"}, breaks: "\"the PUK, backed by Iran, and the KDP, backed by Turkey\" has Turkey back the PUK",
	},
	{
		name: "extract-fought-for-a-stake", file: "extract/partywords.go",
		from: "ts[c.end].word == \"for\" && m.first > c.end+1 && ts[m.first-1].word != \"by\" {",
		to:   "ts[c.end].word == \"for\" && m.first > c.end+100 && ts[m.first-1].word != \"by\" {",
		pkgs: []string{"./extract"}, breaks: "\"fought for the customs revenue at the Turkish border\" fights Turkey",
	},
	{
		name: "extract-royalists-no-side", file: "extract/rules.yaml",
		from: "  royalists, monarchists, republicans,",
		to:   "  monarchists, republicans,",
		pkgs: []string{"./extract"}, breaks: "\"the royalists\" are no actor read as a new case",
	},
	{
		name: "extract-variant-suffix-an-abbreviation", file: "extract/namewords.go",
		from: "if before := d.Text[:p.Start+m[0]]; strings.HasSuffix(before, \"-\") && len(before) >= 2",
		to:   "if before := d.Text[:p.Start+m[0]]; strings.HasSuffix(before, \"-\") && len(before) >= 2000000",
		pkgs: []string{"./extract"}, breaks: "\"RCD-ML\" makes an actor ML",
	},
	{
		name: "extract-near-fought-for-a-stake", file: "extract/near.go",
		from: "if c.cue.kind == alliances.Hostility && c.end < len(ts) && ts[c.end].word == \"for\" && b.first > c.end+1 && ts[b.first-1].word != \"by\" {",
		to:   "if c.cue.kind == alliances.Hostility && c.end < len(ts) && ts[c.end].word == \"for\" && b.first > c.end+100 && ts[b.first-1].word != \"by\" {",
		pkgs: []string{"./extract"}, breaks: "\"the KDP and the PUK fought for the customs revenue at the Turkish border\" fights Turkey, near",
	},
	{
		name: "extract-short-aside-breaks-list", file: "extract/lists.go",
		from: "if e := shortAside(ts, from, to); e > from {",
		to:   "if e := shortAside(ts, from, to); e > to {",
		pkgs: []string{"./extract"}, breaks: "\"Faisal, now king, and Nasser met in Jeddah\" is no meeting",
	},
	{
		name: "extract-settlement-unread", file: "extract/rules.yaml",
		from: "      settlement, \"a settlement with\",",
		to:   "      \"a settlement with\",",
		pkgs: []string{"./extract"}, breaks: "\"Saudi Arabia and the Yemen Arab Republic reached a settlement\" is no agreement",
	},
	{
		name: "extract-agreed-that-with-another", file: "extract/partywords.go",
		from: "\treturn c.cue.text == \"agreed that\"\n",
		to:   "\treturn false\n",
		pkgs: []string{"./extract"}, breaks: "\"Nasser and Faisal agreed that Egypt would withdraw\" is an agreement with Egypt",
	},
	{
		name: "extract-talked-with-unread", file: "extract/rules.yaml",
		from: "\"talked with\", \"talk with\", \"talking with\", ",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Saudi Arabia talked with the Yemen Arab Republic\" is no talk",
	},
	{
		name: "extract-auspices-brought-unread", file: "extract/convened.go",
		from: "if g := group(ts, ms, o, +1); len(g) >= 2 && g[len(g)-1].end < k && ts[g[len(g)-1].end].word == \"together\" {",
		to:   "if g := group(ts, ms, o, +1); len(g) >= 20 && g[len(g)-1].end < k && ts[g[len(g)-1].end].word == \"together\" {",
		pkgs: []string{"./extract"}, breaks: "\"bringing Chad and Sudan together under Egyptian and Saudi auspices\" mediates nothing",
	},
	{
		name: "extract-post-of-a-pronoun", file: "extract/posts.go",
		from: "!colonBetween(ts, a.end, b.first+1) && !pronounWords[ts[a.first].word]:",
		to:   "!colonBetween(ts, a.end, b.first+1) && true:",
		pkgs: []string{"./extract"}, breaks: "\"a delegation of its leaders, among them the prime minister, Hassan al-Amri\" places al-Amri in the state \"them\" stands for",
	},
	{
		name: "extract-participle-aside-a-subject", file: "extract/asides.go",
		from: "participle := len(ts[open].word) > 5 && strings.HasSuffix(ts[open].word, \"ing\")",
		to:   "participle := len(ts[open].word) > 500 && strings.HasSuffix(ts[open].word, \"ing\")",
		pkgs: []string{"./extract"}, breaks: "\"Jordan, seeing the Egyptian army tied down, sent weapons to the royalists\" is Egypt's help",
	},
}
