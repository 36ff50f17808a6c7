package main

// readingMutations27 are the deliberate bugs of the readings added in the seventh session
// of 2026-12-05: people called so or found by their verbs, a sentence's quantifier, taking
// over talks, deserting to a party, hiring, ordinals in names, states in apposition to a
// coalition and forming it together, furnishing, elided verbs, a city set out for, the
// three and both, decrees and promises, places named after states, a movement's own voice,
// a body's officer and own wing, a man's movement, abbreviations with small letters, led
// from a place, accompanied by, victims before a comma, joined verbs after an auxiliary,
// relieving of a command.
var readingMutations27 = []mutation{
	{
		name: "extract-called-person-unread", file: "extract/discover.go",
		from: "case calledPerson(fields, r.first, title) && len(words) >= 2 && len(words) <= 3 && kind == \"\":",
		to:   "case false && calledPerson(fields, r.first, title):",
		pkgs: []string{"./extract"}, breaks: "\"a young Hokkien called Chin Peng\" finds no person",
	},
	{
		name: "extract-owned-after-unread", file: "extract/discover.go",
		from: "case ownedAfter(fields, r.end) && len(words) >= 2 && len(words) <= 3 && kind == \"\" && !rd.stateName(words):",
		to:   "case false && ownedAfter(fields, r.end):",
		pkgs: []string{"./extract"}, breaks: "\"Hor Lung took his men across the border\" finds no person",
	},
	{
		name: "extract-quantifier-in-name", file: "extract/discover.go",
		from: "if len(words) > 1 && openCounts[words[0]] {",
		to:   "if len(words) > 1 && openCounts[words[0]] && false {",
		pkgs: []string{"./extract"}, breaks: "\"Some Home Guard sections\" is found as an organization of its own",
	},
	{
		name: "extract-took-over-moderation", file: "extract/clauses.go",
		from: "\"duties\": true, \"moderation\": true, \"mediation\": true,",
		to:   "\"duties\": true,",
		pkgs: []string{"./extract"}, breaks: "\"took over the moderation ... with Mexico\" makes the UN hostile to Mexico",
	},
	{
		name: "extract-deserted-to-unread", file: "extract/rules.yaml",
		from: "\"deserted to\", \"deserting to\",",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Home Guard sections deserted to the Malayan Communist Party\" join nothing",
	},
	{
		name: "extract-hired-a-deal", file: "extract/rules.yaml",
		from: "    passive: [hired, hires, hiring, ",
		to:   "    passive: [",
		pkgs: []string{"./extract"}, breaks: "\"Angola hired Executive Outcomes\" states no support",
	},
	{
		name: "extract-ordinal-unread", file: "extract/nameruns.go",
		from: "if !capital(w) && !ordinalOpens(words, i, trim) {",
		to:   "if !capital(w) {",
		pkgs: []string{"./extract"}, breaks: "\"Russia's 58th Army\" is found under no name",
	},
	{
		name: "extract-states-apposed-unread", file: "extract/statements.go",
		from: "\t\t\tfound = append(found, rd.statesApposed(d, p, s, ts, heads, spans, valid, timeCue)...)\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"the Frontline States, Tanzania and, from 1980, Zambia\" names no member",
	},
	{
		name: "extract-states-apposed-open-list", file: "extract/colonlist.go",
		from: "if len(g) < 2 || !listAnd(ts, g[len(g)-2].end, g[len(g)-1].first) ||",
		to:   "if len(g) < 2 ||",
		pkgs: []string{"./extract"}, breaks: "\"Japan, the United States, the European Union, the World Bank and other donors\" makes Japan a member of the Union",
	},
	{
		name: "extract-formed-together-alone", file: "extract/pairs.go",
		from: "if k := rd.kinds[ms[ri].id]; len(states) >= 2 && (k == \"coalition\" || k == \"international-organization\") {",
		to:   "if k := rd.kinds[ms[ri].id]; len(states) >= 1 && (k == \"coalition\" || k == \"international-organization\") {",
		pkgs: []string{"./extract"}, breaks: "\"Iran formed the Anti-Taliban coalition\" makes its sponsor a member",
	},
	{
		name: "extract-so-called-qualifier", file: "extract/together.go",
		from: "if w == \"called\" && k > 0 && ts[from+k-1].word == \"so\" && t.pre == \"-\" {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"formed the so-called Contact Group\" names no members",
	},
	{
		name: "extract-furnished-unread", file: "extract/rules.yaml",
		from: "\"furnished ... to\", \"furnishing ... to\",",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"each furnished at least a battalion to the Command\" gives nothing",
	},
	{
		name: "extract-as-did-object", file: "extract/reciprocal.go",
		from: "\tif elidedSubject(ts, to) {\n\t\treturn true\n\t}\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"denounced linkage, as did our movement\" opposes the movement",
	},
	{
		name: "extract-gapped-receiver", file: "extract/lists.go",
		from: "if e := g[k].end; clauseAnd(ts, g[k-1].end, g[k].first) && k == len(g)-1 && e+1 < len(ts) && (ts[e].word == \"a\" || ts[e].word == \"an\" || numeric(ts[e].word)) &&",
		to:   "if e := g[k].end; false &&",
		pkgs: []string{"./extract"}, breaks: "\"to the Command, and Canada an air squadron\" gives to Canada",
	},
	{
		name: "extract-left-for-city", file: "extract/places.go",
		from: "\t\t\tif departed[ts[j].word] {\n\t\t\t\treturn true",
		to:   "\t\t\tif departed[ts[j].word] {\n\t\t\t\treturn false",
		pkgs: []string{"./extract"}, breaks: "\"left yesterday for Moscow ... for talks with the Communists\" makes Moscow talk",
	},
	{
		name: "extract-three-by-subjects", file: "extract/pronouns.go",
		from: "if k := len(rd.subjects) - n; len(ids) != n && k >= 0 && !leaders && bySubjects {",
		to:   "if k := len(rd.subjects) - n; len(ids) != n && k >= 0 && !leaders && false {",
		pkgs: []string{"./extract"}, breaks: "\"The three quarrelled bitterly\" after three sentences states no rivalry",
	},
	{
		name: "extract-three-of-people", file: "extract/mentions.go",
		from: "bySubjects := i+n >= len(ts) || !ts[i+n].upper",
		to:   "bySubjects := true",
		pkgs: []string{"./extract"}, breaks: "\"The three Europeans\" are the groups the sentences before were about",
	},
	{
		name: "extract-both-unread", file: "extract/mentions.go",
		from: "\t\t\t\t\t\ta, b = two[0], two[1] // \"Guatemala and El Salvador made no secret of it; both feared\": the list of two named last\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Guatemala and El Salvador ...; both feared\" opposes no one",
	},
	{
		name: "extract-both-of-kinds", file: "extract/mentions.go",
		from: "} else if n == 1 && words[0] == \"both\" && rd.kinds[a] != rd.kinds[b] {",
		to:   "} else if false {",
		pkgs: []string{"./extract"}, breaks: "\"Both feared Somoza\" after a state and a faction named apart makes them foes of Somoza",
	},
	{
		name: "extract-closer-to-home", file: "extract/cues.go",
		from: "if e := i + len(c.words); e < len(ts) && (ts[e].word == \"home\" && (c.text == \"closer to\" || c.text == \"close to\") ||",
		to:   "if e := i + len(c.words); e < len(ts) && (false ||",
		pkgs: []string{"./extract"}, breaks: "\"Closer to home, the governments of Guatemala and El Salvador\" are favoured",
	},
	{
		name: "extract-decree-a-deal", file: "extract/purposes.go",
		from: "\t\tcase \"decree\", \"decrees\", \"law\", \"laws\",",
		to:   "\t\tcase \"law\", \"laws\",",
		pkgs: []string{"./extract"}, breaks: "\"signed decrees recognising South Ossetia\" is a deal with it",
	},
	{
		name: "extract-will-become-member", file: "extract/negations.go",
		from: "\t\tcase \"become\":\n\t\t\tif k > 0",
		to:   "\t\tcase \"become-\":\n\t\t\tif k > 0",
		pkgs: []string{"./extract"}, breaks: "\"will become members\" of NATO makes Ukraine a member",
	},
	{
		name: "extract-gave-way-a-gift", file: "extract/cues.go",
		from: "(c.words[0] == \"gave\" || c.words[0] == \"give\" || c.words[0] == \"giving\") && i+1 < len(ts) && ts[i+1].word == \"way\" ||",
		to:   "false ||",
		pkgs: []string{"./extract"}, breaks: "\"Ridgway gave way to General Clark\" supports Clark",
	},
	{
		name: "extract-santiago-de-cuba", file: "extract/places.go",
		from: "\tcase w == \"de\" || w == \"del\" || w == \"do\" || w == \"da\":\n\t\treturn i > 1",
		to:   "\tcase w == \"de-\":\n\t\treturn i > 1",
		pkgs: []string{"./extract"}, breaks: "\"the barracks at Santiago de Cuba\" makes Castro fight Cuba",
	},
	{
		name: "extract-mount-kenya", file: "extract/places.go",
		from: "\tcase ts[i-1].upper && placeHeads[w]:\n\t\treturn true",
		to:   "\tcase ts[i-1].upper && placeHeads[w]:\n\t\treturn false",
		pkgs: []string{"./extract"}, breaks: "\"Mount Kenya\" is found as the state",
	},
	{
		name: "extract-human-verb-unread", file: "extract/discover.go",
		from: "after = \"an individual's name before a verb only a person's takes\"",
		to:   "continue",
		pkgs: []string{"./extract"}, breaks: "\"Eulogio Cantillo met Fidel Castro\" finds no Cantillo",
	},
	{
		name: "extract-our-side-unread", file: "extract/statements.go",
		from: "\t\t\t\trd.ourSide = rd.ownSide(ts, ms)\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"The Soviet Union supplied most of our weapons\" in the movement's pamphlet supports no one",
	},
	{
		name: "extract-our-side-quoted", file: "extract/speakers.go",
		from: "if rd.spokenFor == \"\" && rd.ourSide != \"\" && !quotedAt(ts, i) {",
		to:   "if rd.spokenFor == \"\" && rd.ourSide != \"\" {",
		pkgs: []string{"./extract"}, breaks: "\"We will crush the terrorists\", quoted from Pretoria, is the movement's",
	},
	{
		name: "extract-as-its-post-unread", file: "extract/statements.go",
		from: "\t\t\tfound = append(found, rd.ownPosts(d, p, s, ts, ms, valid, timeCue)...)\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"with Sisiku Julius Ayuk Tabe as its president\" names no leader",
	},
	{
		name: "extract-as-its-post-any-body", file: "extract/ownposts.go",
		from: "if body < 0 || body != subject(ts, ms) && !madeBefore(ts, ms[body].first) {",
		to:   "if body < 0 {",
		pkgs: []string{"./extract"}, breaks: "\"Vietnam fought the Khmer Rouge, with Hun Sen as its commander\" makes Hun Sen the Khmer Rouge's",
	},
	{
		name: "extract-as-its-post-qualifier", file: "extract/ownposts.go",
		from: "if ms[j].end >= k || rd.kinds[ms[j].id] == \"individual\" || f > 0 && ts[f-1].word == \"of\" {",
		to:   "if ms[j].end >= k || rd.kinds[ms[j].id] == \"individual\" {",
		pkgs: []string{"./extract"}, breaks: "\"President Chadli Bendjedid of Algeria, with Lakhdar Brahimi as its envoy\" makes Brahimi Algeria's",
	},
	{
		name: "extract-owners-body-unread", file: "extract/ownposts.go",
		from: "return ri+1 < len(ms) && c.cue.kind == alliances.Membership && !c.cue.passive &&",
		to:   "return false && ri+1 < len(ms) && c.cue.kind == alliances.Membership && !c.cue.passive &&",
		pkgs: []string{"./extract"}, breaks: "\"the armed wing of Ebenezer Akwanga's African People's Liberation Movement\" is the man's",
	},
	{
		name: "extract-mixed-abbreviation", file: "extract/nameruns.go",
		from: "(strings.ToUpper(a) == a || mixedAbbreviation(a[1:len(a)-1]))",
		to:   "(strings.ToUpper(a) == a)",
		pkgs: []string{"./extract"}, breaks: "\"the Ambazonia Governing Council (AGovC)\" keeps its abbreviation in its name",
	},
	{
		name: "extract-led-from-place", file: "extract/passives.go",
		from: "case (ts[k].word == \"in\" || ts[k].word == \"at\" || ts[k].word == \"from\") && k+1 < len(ts) && ts[k+1].upper:",
		to:   "case (ts[k].word == \"in\" || ts[k].word == \"at\") && k+1 < len(ts) && ts[k+1].upper:",
		pkgs: []string{"./extract"}, breaks: "\"led from Norway by Lucas Ayaba Cho\" names no leader",
	},
	{
		name: "extract-accompanied-unread", file: "extract/rules.yaml",
		from: "\"accompanied by\", \"escorted by\", ",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "soldiers \"accompanied by armed Fulani men\" act with no one",
	},
	{
		name: "extract-object-before-comma", file: "extract/partywords.go",
		from: "return k-1 >= c.end && strings.HasSuffix(w, \"s\") && !determiners[w] && !examplesAfter[ts[k].word] &&",
		to:   "return false && k-1 >= c.end && strings.HasSuffix(w, \"s\") && !determiners[w] && !examplesAfter[ts[k].word] &&",
		pkgs: []string{"./extract"}, breaks: "\"killing detainees, charges the Ministry of Defence denies\" kills the ministry",
	},
	{
		name: "extract-own-verbs-auxiliary", file: "extract/reciprocal.go",
		from: "for j+1 < and && (auxiliaries[ts[j].word] || adverb(ts[j].word)) {",
		to:   "for false {",
		pkgs: []string{"./extract"}, breaks: "\"since Moscow had armed and advised the North Korean aggressors\" is the United States' help",
	},
	{
		name: "extract-relieved-unread", file: "extract/rules.yaml",
		from: "    passive: [\"relieved by\", \"relieved of his command by\", \"relieved of command by\"]",
		to:   "    passive: []",
		pkgs: []string{"./extract"}, breaks: "\"MacArthur was relieved by President Truman\" coerces no one",
	},
	{
		name: "extract-plural-post-first-only", file: "extract/posts.go",
		from: "if w := ts[b.first-1].word; strings.HasSuffix(w, \"s\") && len(w) > 4 {",
		to:   "if w := ts[b.first-1].word; false && strings.HasSuffix(w, \"s\") && len(w) > 4 {",
		pkgs: []string{"./extract"}, breaks: "\"the Communists' commanders Chu Teh and Lin Piao\" makes Chu Teh alone a member",
	},
	{
		name: "extract-quarrelled-alone-unread", file: "extract/rules.yaml",
		from: "quarrelled, quarreled, \"feuded\",",
		to:   "\"feuded\",",
		pkgs: []string{"./extract"}, breaks: "\"The three quarrelled bitterly\" states no rivalry",
	},
	{
		name: "extract-but-own-subject", file: "extract/clauses.go",
		from: "k > 0 && ts[k].word == \"but\" && past && !strings.ContainsAny(ts[k].pre, \";:\")",
		to:   "k > 0 && ts[k].word == \"but-\" && past && !strings.ContainsAny(ts[k].pre, \";:\")",
		pkgs: []string{"./extract"}, breaks: "\"fought Somoza but quarrelled with the Proletarian tendency\" makes Somoza quarrel",
	},
}
