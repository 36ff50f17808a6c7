package main

// extractMutations are the deliberate bugs of the reader of reports (package extract).
var extractMutations = []mutation{
	{
		name: "extract-negation-ignored", file: "extract/statements.go",
		from: "if _, ok := rd.has(ts, c.first-4, c.first, rd.marks[\"negation\"]...); ok {",
		to:   "if _, ok := rd.has(ts, c.first-4, c.first, rd.marks[\"negation\"]...); ok && false {",
		pkgs: []string{"./extract"}, breaks: "the reader proposes a tie the report says did not hold",
	},
	{
		name: "extract-passive-not-reversed", file: "extract/statements.go",
		from: "\t\tif voice == passiveBy {\n\t\t\tleft, right = right, left\n\t\t}\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"backed by Iran\" makes the backed actor the supporter",
	},
	{
		name: "extract-hedge-ignored", file: "extract/statements.go",
		from: "\t\tt.Status = alliances.Alleged\n\t\tcues = append(cues, \"hedge: \"+w)",
		to:   "\t\tcues = append(cues, \"hedge: \"+w)",
		pkgs: []string{"./extract"}, breaks: "a claim the report hedges (\"reportedly\") is proposed as reported",
	},
	{
		name: "extract-place-as-actor", file: "extract/mentions.go",
		from: "\t\treturn rd.places[ts[k].word]\n",
		to:   "\t\treturn false\n",
		pkgs: []string{"./extract"}, breaks: "\"fought in Iran\" makes Iran a party to the fighting",
	},
	{
		name: "extract-post-reversed", file: "extract/posts.go",
		from: "pairs = append(pairs, pair{b, a, \"post: the organization's post before the name\"})",
		to:   "pairs = append(pairs, pair{a, b, \"post: the organization's post before the name\"})",
		pkgs: []string{"./extract"}, breaks: "\"Egyptian President Mohamed Morsi\" makes Egypt a member of Morsi",
	},
	{
		name: "extract-clause-edge-ignored", file: "extract/clauses.go",
		from: "\t\tif strings.ContainsAny(gap, \";:()[]—\") {\n\t\t\treturn true\n\t\t}\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "a cue reaches across a clause's edge to an actor of another clause",
	},
	{
		name: "extract-list-item-joined", file: "extract/statements.go",
		from: "				before, inList = before[:0], true // a new item of a list: a day of a timeline\n",
		to:   "				inList = true\n",
		pkgs: []string{"./extract"}, breaks: "a claim in one day of a timeline is read as claiming the attack of the day before",
	},
	{
		name: "extract-claimer-reversed", file: "extract/claims.go",
		from: "add(alliances.Tie{Subject: a, Object: target, Kind: alliances.Hostility}, span,",
		to:   "add(alliances.Tie{Subject: target, Object: a, Kind: alliances.Hostility}, span,",
		pkgs: []string{"./extract"}, breaks: "the target of an attack is proposed as its author",
	},
	{
		name: "extract-joint-attack-hostile", file: "extract/statements.go",
		from: "			c.cue.kind = alliances.Cooperation\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"A and B attacked the town\" makes A and B enemies",
	},
	{
		name: "extract-teller-as-party", file: "extract/statements.go",
		from: "\tif li >= 0 && tells(ts, ms[li].end, c.first) {\n",
		to:   "\tif li >= 0 && tells(ts, ms[li].end, c.first) && false {\n",
		pkgs: []string{"./extract"}, breaks: "\"Iran said that the men captured were Taliban\" makes Iran their captor",
	},
	{
		name: "extract-demonym-people-as-state", file: "extract/mentions.go",
		from: "\t\treturn civilians[w]\n",
		to:   "\t\treturn false\n",
		pkgs: []string{"./extract"}, breaks: "\"Afghan militia fighters\" are read as the Afghan state",
	},
	{
		name: "extract-opening-clause-subject", file: "extract/statements.go",
		from: "\t\t\t\tprevious = ms[subject(ts, ms)].id // the sentence's subject\n",
		to:   "\t\t\t\tprevious = ms[0].id // the sentence's subject\n",
		pkgs: []string{"./extract"}, breaks: "\"Having trained alongside Iran, Jami'at ...\": \"the group\" then is Iran",
	},
	{
		name: "extract-supposition-as-fact", file: "extract/statements.go",
		from: "\tif _, ok := rd.has(ts, 0, c.first, rd.marks[\"supposition\"]...); ok {\n",
		to:   "\tif _, ok := rd.has(ts, 0, c.first, rd.marks[\"supposition\"]...); ok && false {\n",
		pkgs: []string{"./extract"}, breaks: "\"it was assumed that the factions would resist the Taliban\" is proposed as hostility",
	},
	{
		name: "extract-demonym-of-a-name-kept", file: "extract/mentions.go",
		from: "\treturn rd.demonymsOfNames(ts, out)\n",
		to:   "\treturn out\n",
		pkgs: []string{"./extract"}, breaks: "\"the Nigerian Islamist group Boko Haram\" makes Nigeria the sentence's subject",
	},
	{
		name: "extract-intensity-shortest-wins", file: "extract/statements.go",
		from: "matchAt(ts, i, ws) && (len(w) > len(word) || len(w) == len(word) && level < best)",
		to:   "matchAt(ts, i, ws) && (len(w) < len(word) || word == \"\")",
		pkgs: []string{"./extract"}, breaks: "\"very modest support\" is graded limited, not token",
	},
	{
		name: "extract-acronym-any-case", file: "extract/mentions.go",
		from: "\t\t\tif !ok && n == 1 && ts[i].caps {\n",
		to:   "\t\t\tif !ok && n == 1 {\n",
		pkgs: []string{"./extract"}, breaks: "the pronoun \"us\" is read as the United States",
	},
	{
		name: "extract-examples-ignored", file: "extract/statements.go",
		from: "\t\t\tfound = append(found, rd.exemplified(d, p, s, ts, ms, found, valid, timeCue)...)\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Western states, most notably the US and Egypt, supported X\" gives the collective alone",
	},
	{
		name: "extract-support-means-as-fighting", file: "extract/statements.go",
		from: "\tif c.cue.kind == alliances.Hostility && instrument(ts, ms, c.first) {\n",
		to:   "\tif c.cue.kind == alliances.Hostility && instrument(ts, ms, c.first) && false {\n",
		pkgs: []string{"./extract"}, breaks: "\"supported by Iranian air strikes\" makes Iran fight the supported",
	},
	{
		name: "extract-post-state-a-party", file: "extract/statements.go",
		from: "\t\t\theads := rd.phraseHeads(ts, ms)\n",
		to:   "\t\t\theads := ms\n",
		pkgs: []string{"./extract"}, breaks: "\"support for Egyptian President Mohamed Morsi\" is support of Egypt",
	},
	{
		name: "extract-demand-any", file: "extract/statements.go",
		from: "\t\tif !ok {\n\t\t\treturn nil\n\t\t}\n\t\tcues = append(cues, \"then: \"+w)\n",
		to:   "\t\t_ = ok\n\t\tcues = append(cues, \"then: \"+w)\n",
		pkgs: []string{"./extract"}, breaks: "\"called on the Taliban to join the talks\" is opposition",
	},
	{
		name: "extract-unit-of-ignored", file: "extract/posts.go",
		from: "\t\tcase rd.unitOf(ts, ms, i):\n",
		to:   "\t\tcase false && rd.unitOf(ts, ms, i):\n",
		pkgs: []string{"./extract"}, breaks: "\"the Southern Front of the Free Syrian Army\" states no membership",
	},
}
