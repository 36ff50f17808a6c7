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
		from: "if org := rd.leads[m.id]; org != \"\" {",
		to:   "if org := rd.leads[m.id]; false && org != \"\" {",
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
		from: "in = in || (n == \"in\" || n == \"to\") && len(run) >= 2 && placeAbbreviated(words, j+1, capital)",
		to:   "in = in || n == \"in\" && len(run) >= 2 && placeAbbreviated(words, j+1, capital)",
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
		from: "\"civilians\": true, \"supporters\": true,",
		to:   "\"xcivilians\": true, \"supporters\": true,",
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
		from: "if k := rd.kinds[same]; k == \"state\" || k == \"individual\" || k == alliances.Category {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"UN Pakistan peacekeepers\" are Pakistan, a party to the attack on them",
	},
}
