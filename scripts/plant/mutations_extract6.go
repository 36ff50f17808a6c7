package main

// readingMutations6 are the deliberate bugs of the readings added on 2026-12-03 in the
// sixth reading: possessives, branches, what one is to another after a copula, decades
// as interval ends, and the cues added then.
var readingMutations6 = []mutation{
	{
		name: "extract-owner-no-organ", file: "extract/posts.go",
		from: "\tcase \"state-organ\":\n\t\treturn rd.kinds[b.id] == \"state-organ\"\n\t}\n\treturn false\n}",
		to:   "\t}\n\treturn false\n}",
		pkgs: []string{"./extract"}, breaks: "\"the IRGC's Quds Force\" makes the Quds Force no part of the IRGC",
	},
	{
		name: "extract-owner-unit-words-only", file: "extract/posts.go",
		from: "return rd.unit(ts, b) || k == \"armed-group\" || k == \"militia\" || k == \"faction\"",
		to:   "return rd.unit(ts, b) || k == \"militia\"",
		pkgs: []string{"./extract"}, breaks: "\"Hezbollah's Radwan Force\" is no unit of Hezbollah, and Hezbollah attacks",
	},
	{
		name: "extract-owner-others-owned", file: "extract/posts.go",
		from: "if a.id == b.id || b.end < len(ts) && otherNouns[ts[b.end].word] {",
		to:   "if a.id == b.id {",
		pkgs: []string{"./extract"}, breaks: "\"Turkey's FSA allies\" makes the FSA a part of Turkey's... or of a group",
	},
	{
		name: "extract-organ-of-organ-unread", file: "extract/posts.go",
		from: "organs := rd.kinds[a.id] == \"state-organ\" && rd.kinds[b.id] == \"state-organ\" // \"the Quds Force of the IRGC\"",
		to:   "organs := false",
		pkgs: []string{"./extract"}, breaks: "\"the Quds Force of the IRGC armed Hezbollah\" makes the IRGC the giver",
	},
	{
		name: "extract-branch-noun-places-nothing", file: "extract/mentions.go",
		from: "|| k == i+n && (branchNouns[w] || w == \"offshoot\") {",
		to:   "{",
		pkgs: []string{"./extract"}, breaks: "\"al-Qaeda's Syrian affiliate attacked the FSA\" makes Syria the attacker",
	},
	{
		name: "extract-client-noun-keeps-state", file: "extract/mentions.go",
		from: "if k == i+n && i > 0 && ts[i-1].possessive && clientNouns[w] {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"Iran's Iraqi proxies\" names Iraq",
	},
	{
		name: "extract-branch-after-unread", file: "extract/branches.go",
		from: "\t\tif j := after(e); j >= 0 {\n\t\t\treturn branchPhrase{whole: i, part: j, from: a.first, to: ms[j].end, noun: ts[n].word}, true\n\t\t}\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"al-Qaeda's Syrian affiliate, Jabhat al-Nusra,\" makes Nusra no part of al-Qaeda",
	},
	{
		name: "extract-branch-copula-unread", file: "extract/branches.go",
		from: "\t\t\tcase ms[j].end+1 == a.first && partCopulas[ts[ms[j].end].word]:",
		to:   "\t\t\tcase false:",
		pkgs: []string{"./extract"}, breaks: "\"Jabhat al-Nusra was al-Qaeda's branch in Syria\" proposes nothing",
	},
	{
		name: "extract-branch-of-unread", file: "extract/branches.go",
		from: "\tif j := after(a.end); j >= 0 {\n\t\treturn branchPhrase{whole: i, part: j, from: from - 1",
		to:   "\tif j := after(a.end); j < -1 {\n\t\treturn branchPhrase{whole: i, part: j, from: from - 1",
		pkgs: []string{"./extract"}, breaks: "\"The Syrian affiliate of al-Qaeda, Jabhat al-Nusra,\" makes Nusra no part of it",
	},
	{
		name: "extract-branch-whole-acts", file: "extract/posts.go",
		from: "\t\tif b, ok := rd.branch(ts, ms, i); ok && !b.copula {",
		to:   "\t\tif b, ok := rd.branch(ts, ms, i); ok && b.copula {",
		pkgs: []string{"./extract"}, breaks: "\"Jabhat al-Nusra, al-Qaeda's Syrian affiliate, attacked the FSA\" makes al-Qaeda the attacker",
	},
	{
		name: "extract-branch-qualifier-any", file: "extract/branches.go",
		from: "\treturn !t.upper && len(rd.byFirst[t.word]) == 0 && !determiners[t.word] && t.word != \"and\" && t.word != \"of\"",
		to:   "\treturn true",
		pkgs: []string{"./extract"}, breaks: "any words between a possessive and a noun of parts qualify it",
	},
	{
		name: "extract-held-noun-needs-the", file: "extract/phrases.go",
		from: "\t\tcase w == \"the\" && k == to-1:\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Pakistan was the Taliban's main backer\" proposes no support",
	},
	{
		name: "extract-held-noun-aux-unread", file: "extract/phrases.go",
		from: "\t\tcase w == \"has\" || w == \"have\" || w == \"had\" || w == \"long\"",
		to:   "\t\tcase w == \"hass\" || w == \"have\" || w == \"had\"",
		pkgs: []string{"./extract"}, breaks: "\"Iran has long been Hezbollah's main patron\" proposes no support",
	},
	{
		name: "extract-proxy-supports-proxy", file: "extract/phrases.go",
		from: "\t\t\tif proxyNouns[ts[k].word] { // \"Hezbollah is Iran's proxy\": Iran supports it",
		to:   "\t\t\tif false {",
		pkgs: []string{"./extract"}, breaks: "\"Hezbollah was Iran's proxy\" makes Hezbollah Iran's supporter",
	},
	{
		name: "extract-held-noun-negated", file: "extract/phrases.go",
		from: "\t\tcase strings.ContainsAny(ts[k].pre, \",;:()\"):\n\t\t\treturn false\n\t\tcase w == \"is\"",
		to:   "\t\tcase w == \"not\":\n\t\tcase w == \"is\"",
		pkgs: []string{"./extract"}, breaks: "\"Iran was not Hezbollah's patron\" proposes support",
	},
	{
		name: "extract-possessor-allies-unread", file: "extract/phrases.go",
		from: "\t\t\tif i < 0 || len(named) > 0 && ts[k].possessive {",
		to:   "\t\t\tif i < 0 {",
		pkgs: []string{"./extract"}, breaks: "\"Turkey's FSA allies\" allies no one with Turkey",
	},
	{
		name: "extract-proxies-no-cue", file: "extract/phrases.go",
		from: "\t\tif (t.word == \"proxies\" || t.word == \"proxy\") && !slices.ContainsFunc",
		to:   "\t\tif t.word == \"proxy-\" && !slices.ContainsFunc",
		pkgs: []string{"./extract"}, breaks: "\"Iran's Hezbollah proxies\" proposes no support of Hezbollah by Iran",
	},
	{
		name: "extract-allies-across-verb", file: "extract/parties.go",
		from: "\t\tslices.ContainsFunc(spans, func(o cueSpan) bool { return o.first == c.end }) {\n\t\tri = -1",
		to:   "\t\tfalse {\n\t\tri = -1",
		pkgs: []string{"./extract"}, breaks: "\"Hizb-e Islami allies attacked Pakistan\" allies Hizb-e Islami with Pakistan",
	},
	{
		name: "extract-coalition-dominated-unread", file: "extract/statements.go",
		from: "!(rd.kinds[right.id] == \"coalition\" && memberKinds[rd.kinds[left.id]])",
		to:   "true",
		pkgs: []string{"./extract"}, breaks: "\"the SDF, dominated by the YPG\" makes the YPG no member of the SDF",
	},
	{
		name: "extract-decade-open-end", file: "extract/when.go",
		from: "\t\tcase prep == \"since\" || prep == \"from\" || onward != \"\":\n\t\t\treturn first + \"/..\", words",
		to:   "\t\tcase prep == \"since\" || prep == \"from\" || onward != \"\":\n\t\t\treturn date + \"/..\", words",
		pkgs: []string{"./extract"}, breaks: "\"since the 1990s\" writes 199X/.., which EDTF takes not",
	},
	{
		name: "extract-decade-until-first", file: "extract/when.go",
		from: "\t\tcase prep == \"by\" || prep == \"until\":\n\t\t\treturn \"/\" + last, words",
		to:   "\t\tcase prep == \"by\" || prep == \"until\":\n\t\t\treturn \"/\" + first, words",
		pkgs: []string{"./extract"}, breaks: "\"until the 1990s\" ends the tie in 1990",
	},
	{
		name: "extract-bad-time-drops-tie", file: "extract/statements.go",
		from: "\t\t} else {\n\t\t\t// A time read that EDTF cannot hold leaves the tie undated, not unproposed.",
		to:   "\t\t} else if true {\n\t\t\treturn Proposal{}, false\n\t\t} else {\n\t\t\t// A time read that EDTF cannot hold leaves the tie undated, not unproposed.",
		pkgs: []string{"./extract"}, breaks: "a time EDTF cannot write drops the tie it dates",
	},
	{
		name: "extract-taken-from-unread", file: "extract/rules.yaml",
		from: "\"captured ... from\", \"recaptured ... from\",",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"recaptured Palmyra from the Islamic State\" proposes no fight",
	},
	{
		name: "extract-truce-unread", file: "extract/rules.yaml",
		from: "arrangements, truce, truces,",
		to:   "arrangements,",
		pkgs: []string{"./extract"}, breaks: "\"A and B signed a truce\" proposes no agreement",
	},
}
