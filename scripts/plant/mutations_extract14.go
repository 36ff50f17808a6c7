package main

// readingMutations14 are the deliberate bugs of the readings added in the session of
// 2026-12-04 (its third): a leader's men, a mission named by its place before its
// abbreviation, a government's words after a place, "armed" before people, the deal a
// meeting produced, each blaming the other, negations, a deal's mediator, "met" after a
// post, a state's rebels, a participle's own agent, an individual's government, names a
// copula defines, and bodies of states.
var readingMutations14 = []mutation{
	{
		name: "extract-leaders-men-unread", file: "extract/followers.go",
		from: "if org := rd.leads[m.id]; org != \"\" && !slices.ContainsFunc(",
		to:   "if org := rd.leads[m.id]; false && org != \"\" && !slices.ContainsFunc(",
		pkgs: []string{"./extract"}, breaks: "\"Kabila's fighters fought the Zairean army\" is Kabila's fight, not the AFDL's",
	},
	{
		name: "extract-leader-of-two-leads-the-last", file: "extract/followers.go",
		from: "rd.leads[t.Subject] = \"\" // two organizations: the men are either's",
		to:   "rd.leads[t.Subject] = t.Object",
		pkgs: []string{"./extract"}, breaks: "the men of one who led the PUK and then the KDP are the KDP's",
	},
	{
		name: "extract-active-led-a-member", file: "extract/posts.go",
		from: "\"led\": true, \"leads\": true,",
		to:   "\"xled\": true, \"xleads\": true,",
		pkgs: []string{"./extract"}, breaks: "\"Kabila led the AFDL\" makes him no leader, and his men no AFDL",
	},
	{
		name: "extract-mission-place-cut", file: "extract/nameruns.go",
		from: "placed := (n == \"in\" || n == \"to\") && len(run) >= 2 && placeAbbreviated(words, j+1, capital)",
		to:   "placed := n == \"in\" && len(run) >= 2 && placeAbbreviated(words, j+1, capital)",
		pkgs: []string{"./extract"}, breaks: "\"the International Support Mission to Mali (AFISMA)\" and AFISMA are two actors",
	},
	{
		name: "extract-mission-place-kept", file: "extract/discover.go",
		from: "if k := slices.Index(words, \"to\"); k > 0 && k >= len(words)-3 {",
		to:   "if k := slices.Index(words, \"to\"); false && k > 0 && k >= len(words)-3 {",
		pkgs: []string{"./extract"}, breaks: "\"the International Support Mission to Mali\" is no organization's name",
	},
	{
		name: "extract-government-after-place-a-place", file: "extract/mentions.go",
		from: "ts[i-1].upper && ts[i].upper &&",
		to:   "ts[i-1].upper &&",
		pkgs: []string{"./extract"}, breaks: "\"in Huambo, government forces killed Chitunda\" names no killer",
	},
	{
		name: "extract-armed-civilians-armed", file: "extract/cues.go",
		from: "\"forces\": true,\n\t\"civilians\": true, \"supporters\": true,",
		to:   "\"forces\": true,\n\t\"xcivilians\": true, \"supporters\": true,",
		pkgs: []string{"./extract"}, breaks: "\"government forces and armed civilians killed Chitunda\" arms Chitunda",
	},
	{
		name: "extract-meeting-deal-unread", file: "extract/statements.go",
		from: "found = append(found, rd.meetingDeals(d, p, s, ts, heads, spans, valid, timeCue)...)",
		to:   "found = append(found, rd.meetingDeals(d, p, s, ts, heads, spans, valid, timeCue)[:0]...)",
		pkgs: []string{"./extract"}, breaks: "\"talks between the government and UNITA yielded the Lusaka Protocol\" gives no agreement",
	},
	{
		name: "extract-no-before-cue-kept", file: "extract/negations.go",
		from: "if cue > 0 && ts[cue-1].word == \"no\" {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"talks produced no ceasefire\" is an agreement",
	},
	{
		name: "extract-failed-to-kept", file: "extract/rules.yaml",
		from: "prohibiting,\n  \"failed to\", \"fails to\", \"fail to\", \"failing to\"]",
		to:   "prohibiting]",
		pkgs: []string{"./extract"}, breaks: "\"talks failed to produce a ceasefire\" is an agreement",
	},
	{
		name: "extract-handshake-no-meeting", file: "extract/rules.yaml",
		from: "deal, dialogue, round, process, understanding, handshake]",
		to:   "deal, dialogue, round, process, understanding]",
		pkgs: []string{"./extract"}, breaks: "\"a handshake between A and B, staged by C\" is no mediation of C's",
	},
	{
		name: "extract-each-side-unread", file: "extract/reciprocal.go",
		from: "return ts[first-1].word == \"each\" || first >= 2 && ts[first-2].word == \"each\" && eachNouns[ts[first-1].word]",
		to:   "return ts[first-1].word == \"each\"",
		pkgs: []string{"./extract"}, breaks: "\"each side blaming the other\" gives no blame",
	},
	{
		name: "extract-signers-aside-taken", file: "extract/convened.go",
		from: "if strings.Contains(ts[j].pre, \",\") {\n\t\t\t// \"The RUF, under interim leader Issa Sesay, agreed\"",
		to:   "if false {\n\t\t\t// \"The RUF, under interim leader Issa Sesay, agreed\"",
		pkgs: []string{"./extract"}, breaks: "\"The RUF, under Issa Sesay, agreed a ceasefire ..., mediated by ECOWAS\" makes Sesay a party",
	},
	{
		name: "extract-mediated-deal-unread", file: "extract/convened.go",
		from: "if strings.Contains(ts[k].pre, \",\") && mediatingWords[w] {",
		to:   "if false && mediatingWords[w] {",
		pkgs: []string{"./extract"}, breaks: "\"agreed a ceasefire with the government, mediated by ECOWAS\" gives no mediation",
	},
	{
		name: "extract-hosted-deal-between-unread", file: "extract/convened.go",
		from: "if sides := dealBetween(ts, ms, k); len(sides) >= 2 && strings.Contains(ts[k].pre, \",\") {",
		to:   "if sides := dealBetween(ts, ms, k); false && len(sides) >= 2 {",
		pkgs: []string{"./extract"}, breaks: "\"Talks in Lomé, hosted by Eyadéma, produced an agreement between A and B\" gives no mediation",
	},
	{
		name: "extract-striking-no-attack", file: "extract/rules.yaml",
		from: "struck, \"struck at\", striking,",
		to:   "struck, \"struck at\",",
		pkgs: []string{"./extract"}, breaks: "\"gunships began striking RUF positions\" is no attack",
	},
	{
		name: "extract-met-post-unread", file: "extract/pairs.go",
		from: "titled := ri >= 0 && ms[ri].first > c.end && rd.kinds[ms[ri].id] == \"individual\" && rd.postOnly(ts, c.end, ms[ri].first)",
		to:   "titled := false",
		pkgs: []string{"./extract"}, breaks: "\"met outgoing Prime Minister al-Jalali\" gives no talks",
	},
	{
		name: "extract-met-relative-unread", file: "extract/reciprocal.go",
		from: "return from < to && to < len(ts) && strings.Contains(ts[from].pre, \",\") && relativeWords[ts[from].word] &&",
		to:   "return false && from < to && strings.Contains(ts[from].pre, \",\") && relativeWords[ts[from].word] &&",
		pkgs: []string{"./extract"}, breaks: "\"al-Sharaa, who went by another name, met al-Jalali\" gives no talks",
	},
	{
		name: "extract-rebel-movements-a-state", file: "extract/demonyms.go",
		from: "\"rebel\": true, \"insurgent\": true,",
		to:   "\"xrebel\": true, \"insurgent\": true,",
		pkgs: []string{"./extract"}, breaks: "\"Ugandan rebel movements fought Mobutu\" is Uganda's fight",
	},
	{
		name: "extract-participle-agent-the-subject", file: "extract/statements.go",
		from: "if rd.noAct(ts, c) || unnamedAgent(ts, ms, c) {",
		to:   "if rd.noAct(ts, c) {",
		pkgs: []string{"./extract"}, breaks: "\"Mobutu let Ugandan rebel movements fighting Museveni's government operate\" makes Mobutu fight",
	},
	{
		name: "extract-his-government-the-reports", file: "extract/names.go",
		from: "case rd.offices[m.id] != \"\":",
		to:   "case false:",
		pkgs: []string{"./extract"}, breaks: "\"Museveni's government\", after Uganda's president Museveni, is the report's own state",
	},
	{
		name: "extract-copula-definition-unread", file: "extract/apposed.go",
		from: "if defined {\n\t\t\t\tout = append(out, rd.definedIn(d, p, ts)...)",
		to:   "if false {\n\t\t\t\tout = append(out, rd.definedIn(d, p, ts)...)",
		pkgs: []string{"./extract"}, breaks: "\"The Shabiha are unofficial pro-government militias\" names no actor",
	},
	{
		name: "extract-plural-body-noun-unread", file: "extract/apposed.go",
		from: "\"militias\": \"militia\", \"factions\": \"faction\",",
		to:   "\"xmilitias\": \"militia\", \"factions\": \"faction\",",
		pkgs: []string{"./extract"}, breaks: "\"The Shabiha are ... militias\" is no militia",
	},
	{
		name: "extract-copula-emphasis-unread", file: "extract/apposed.go",
		from: "strings.Trim(ts[j].pre, \" *_\") != \"\"",
		to:   "strings.TrimSpace(ts[j].pre) != \"\"",
		pkgs: []string{"./extract"}, breaks: "\"The *Shabiha* are militias\", in Markdown, names no actor",
	},
	{
		name: "extract-un-body-a-party", file: "extract/discover.go",
		from: "case words[0] == \"UN\" || words[0] == \"U.N.\" || slices.Contains(words, \"Nations\"):",
		to:   "case false:",
		pkgs: []string{"./extract"}, breaks: "\"the UN Security Council\" is a party",
	},
	{
		name: "extract-security-council-two", file: "extract/discover.go",
		from: "same = rd.names[spelling(\"un \"+folded)]",
		to:   "same = \"\"",
		pkgs: []string{"./extract"}, breaks: "\"the Security Council\" after \"the UN Security Council\" is another actor",
	},
	{
		name: "extract-un-state-alias", file: "extract/discover.go",
		from: "if rd.kinds[same] != \"international-organization\" {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"UN Pakistan peacekeepers\" are Pakistan, a party to the attack on them",
	},
	{
		name: "extract-unnamed-rebels-aside-subject", file: "extract/asides.go",
		from: "if opener && open >= 2 && (forceNouns[ts[open-1].word] ||",
		to:   "if false && opener && open >= 2 && (forceNouns[ts[open-1].word] ||",
		pkgs: []string{"./extract"}, breaks: "\"Ugandan rebel groups, backed by Mobutu, attacked Kenya\" is Mobutu's attack",
	},
	{
		name: "extract-relative-name-met", file: "extract/asides.go",
		from: "if (ts[open].word == \"who\" || ts[open].word == \"whose\") && open >= 2 && !ts[open-1].upper && nounLike(ts[open-1]) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"the envoy, who carried a letter from Nkomo, met Smith\" is Nkomo's meeting",
	},
	{
		name: "extract-others-clause-object", file: "extract/statements.go",
		from: "if right.first > c.end && othersClause(ts, ms, c.end, right.first) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"Mobutu let Ugandan rebel movements fighting Museveni's government operate\" is Mobutu's support of Uganda",
	},
	{
		name: "extract-each-side-no-between", file: "extract/reciprocal.go",
		from: "if ts[t].word != \"between\" {",
		to:   "if true {",
		pkgs: []string{"./extract"}, breaks: "\"a conference between Smith and the nationalists, staged by Vorster and Kaunda, ... each side blaming the other\" sets Vorster against Kaunda",
	},
	{
		name: "extract-each-side-helpers", file: "extract/reciprocal.go",
		from: "if first := g[len(g)-1].first; first > 0 && helperWords[ts[first-1].word] {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"with help from Zambia and Mozambique, each side blaming the other\" sets the helpers against each other",
	},
	{
		name: "extract-commanded-no-leader", file: "extract/rules.yaml",
		from: "heads, commanded, commands, founded,",
		to:   "heads, founded,",
		pkgs: []string{"./extract"}, breaks: "\"Nkomo commanded ZIPRA\" makes no leader, and his men stay his",
	},
	{
		name: "extract-men-outlive-office", file: "extract/followers.go",
		from: "rd.leads[t.Subject] = \"\" // \"Mugabe led ZANU",
		to:   "_ = t.Subject // \"Mugabe led ZANU",
		pkgs: []string{"./extract"}, breaks: "\"Mugabe's troops\", after he became Zimbabwe's prime minister, are ZANU's",
	},
	{
		name: "extract-men-who-left", file: "extract/followers.go",
		from: " && !slices.ContainsFunc(ms, func(o mention) bool { return o.id == org && o.first > m.end })",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Nkomo's men left ZAPU and joined Muzorewa\" is ZAPU joining Muzorewa",
	},
	{
		name: "extract-deal-past-preposition", file: "extract/meetingdeals.go",
		from: "if notQualifiers[ts[n].word] || ts[n].word == \"over\" || ts[n].word == \"about\" {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"talks yielded a row over the protocol\" is an agreement",
	},
	{
		name: "extract-deal-modal", file: "extract/meetingdeals.go",
		from: "if deal < 0 || modalBefore(ts, k) {",
		to:   "if deal < 0 {",
		pkgs: []string{"./extract"}, breaks: "\"talks could have yielded the Geneva Protocol\" is an agreement",
	},
	{
		name: "extract-staged-ambush-on-talks", file: "extract/convened.go",
		from: "\"amid\": true, \"on\": true, \"against\": true,",
		to:   "\"amid\": true, \"xon\": true, \"against\": true,",
		pkgs: []string{"./extract"}, breaks: "\"ZANLA staged an ambush on talks between Smith and Nkomo\" is ZANLA's mediation",
	},
	{
		name: "extract-signers-across-clauses", file: "extract/convened.go",
		from: "if g := slices.DeleteFunc(group(ts, ms, last, -1), func(m *mention) bool { return m.first < from }); len(g) >= 2 {",
		to:   "if g := group(ts, ms, last, -1); len(g) >= 2 {",
		pkgs: []string{"./extract"}, breaks: "\"the PF fought Smith, and Muzorewa signed a deal with Nkomo, mediated by Carrington\" mediates between Smith and Muzorewa",
	},
	{
		name: "extract-armed-volunteers-adjective", file: "extract/cues.go",
		from: " && !(armedPeople[ts[c.end].word] && c.first > 0 && (ts[c.first-1].upper || auxiliaries[ts[c.first-1].word]))",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Rhodesia armed volunteers of the UANC\" arms no one",
	},
	{
		name: "extract-states-security-council", file: "extract/discover.go",
		from: " && !strings.HasSuffix(strings.ReplaceAll(r.before, \"’\", \"'\"), \"'s\")",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Russia's Security Council\" is an international organization",
	},
	{
		name: "extract-copula-people-group", file: "extract/apposed.go",
		from: "if kind == \"\" || kind == \"other\" {",
		to:   "if kind == \"\" {",
		pkgs: []string{"./extract"}, breaks: "\"The Shona are the largest ethnic group\" is an organization",
	},
	{
		name: "extract-mission-place-and", file: "extract/nameruns.go",
		from: "if words[e] == \"and\" && e > k && e+1 < len(words) && capital(words[e+1]) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"the United Nations Mission in Ethiopia and Eritrea (UNMEE)\" and UNMEE are two actors",
	},
	{
		name: "extract-his-men-unread", file: "extract/followers.go",
		from: "if w := ts[k].word; w != \"his\" && w != \"their\" || !followerNouns[ts[k+1].word] || ts[k+1].possessive {",
		to:   "if true {",
		pkgs: []string{"./extract"}, breaks: "\"Kabila said that his fighters had fought the Zairean army\" is no AFDL fight",
	},
}
