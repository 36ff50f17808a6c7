package main

// readingMutations46 are the deliberate bugs of the readings added in the session of
// 2026-12-07 after the fifth: mediators who acted as go-between or facilitator, took up
// or led a mediation, or co-facilitated talks; the third of a deal no party to it.
var readingMutations46 = []mutation{
	{
		name: "extract-acted-as", file: "extract/convened.go",
		from: `case "acted", "served", "acts", "serves":`,
		to:   `case "actedx":`,
		pkgs: []string{"./extract"}, breaks: "\"Amara Essy acted as go-between\" mediates between no one",
	},
	{
		name: "extract-acted-as-facilitator", file: "extract/convened.go",
		from: `w == "intermediary" || w == "facilitator" || w == "facilitators" ||`,
		to:   `w == "intermediary" ||`,
		pkgs: []string{"./extract"}, breaks: "\"Tanzania acted as facilitator\" mediates between no one",
	},
	{
		name: "extract-led-mediation", file: "extract/convened.go",
		from: `if len(agents) == 0 && w == "mediation" {`,
		to:   `if len(agents) == 0 && w == "mediation" && false {`,
		pkgs: []string{"./extract"}, breaks: "\"Portugal then took up the mediation\" mediates between no one",
	},
	{
		name: "extract-co-facilitated", file: "extract/convened.go",
		from: `(adverb(ts[v-1].word) || ts[v-1].word == "co")`,
		to:   `adverb(ts[v-1].word)`,
		pkgs: []string{"./extract"}, breaks: "\"the African Union co-facilitated the resumed talks\" mediates between no one",
	},
	{
		name: "extract-deal-third", file: "extract/parties.go",
		from: `thirdAs(ts, ms[ri].end) || dealThird(ts, ms[ri], c) ||`,
		to:   `thirdAs(ts, ms[ri].end) ||`,
		pkgs: []string{"./extract"}, breaks: "\"they signed a ceasefire under the auspices of IGAD\" makes IGAD a party to the ceasefire",
	},
	{
		name: "extract-deal-third-of", file: "extract/actedas.go",
		from: `return f > 1 && ts[f-1].word == "of" && thirdOfNouns[ts[f-2].word]`,
		to:   `return f > 1 && ts[f-1].word == "of" && thirdOfNouns[ts[f-1].word]`,
		pkgs: []string{"./extract"}, breaks: "\"through the mediation of Welch\" makes Welch a party to the ceasefire",
	},
	{
		name: "extract-grammar-word-name", file: "extract/mentions.go",
		from: `!strings.HasPrefix(id, "@") && (smallWords[key] || determiners[key] || auxiliaries[key])`,
		to:   `!strings.HasPrefix(id, "@") && determiners[key]`,
		pkgs: []string{"./extract"}, breaks: "\"at odds with Moroni and Dar es Salaam\" reads the Union army the case calls \"AND\"",
	},
	{
		name: "extract-grammar-word-pronoun", file: "extract/mentions.go",
		from: `!strings.HasPrefix(id, "@") && (smallWords[key]`,
		to:   `(smallWords[key]`,
		pkgs: []string{"./extract"}, breaks: "\"it\" and \"his\" stand for no one",
	},
	{
		name: "extract-armed-resistance", file: "extract/cues.go",
		from: `"resistance": true, "rebellion": true,`,
		to:   `"resistancex": true, "rebellion": true,`,
		pkgs: []string{"./extract"}, breaks: "\"met armed resistance from LDF soldiers\" arms the LDF",
	},
	{
		name: "extract-each-led-by", file: "extract/lists.go",
		from: `strings.HasSuffix(ts[b.end].word, "ed") && ts[b.end+1].word == "by"`,
		to:   `strings.HasSuffix(ts[b.end].word, "edx") && ts[b.end+1].word == "by"`,
		pkgs: []string{"./extract"}, breaks: "\"the BNP led by Sekhonyana, the BCP led by Qhobela\" makes the BCP the BNP's member",
	},
	{
		name: "extract-supporters-after-preposition", file: "extract/cues.go",
		from: `(c.cue.text == "supporters of" || c.cue.text == "backers of") && c.first > 0 && objectWords[ts[c.first-1].word]`,
		to:   `(c.cue.text == "supporters of" || c.cue.text == "backers of") && c.first > 0 && objectWords[ts[c.first-1].word] && false`,
		pkgs: []string{"./extract"}, breaks: "\"attributes to supporters of the opposition\" makes the Government the opposition's backer",
	},
	{
		name: "extract-other-states-government", file: "extract/mentions.go",
		from: `if other := rd.otherStatesGovernment(ts, i, n, id); ok && other != "" {`,
		to:   `if other := rd.otherStatesGovernment(ts, i, n, id); ok && other != "" && false {`,
		pkgs: []string{"./extract"}, breaks: "\"war against the Government of Angola\" is a war against Lesotho, which the case calls \"the Government\"",
	},
	{
		name: "extract-other-states-own-name", file: "extract/matching.go",
		from: `if k < i+n && rd.written[spelt(ts[i:i+n])] != 0 {`,
		to:   `if k < i+n && rd.written[spelt(ts[i:i+n])] == 42 {`,
		pkgs: []string{"./extract"}, breaks: "\"the Provisional Government of Eritrea\" is Eritrea, not the case's body of that name",
	},
	{
		name: "extract-other-states-and-name", file: "extract/matching.go",
		from: `ts[k].word == "and" && !ts[k+1].upper && ts[k+2].word == "of"`,
		to:   `ts[k].word == "and" && ts[k+2].word == "of"`,
		pkgs: []string{"./extract"}, breaks: "\"Trujillo of the Dominican Republic and Somoza of Nicaragua\" makes Trujillo Nicaragua's",
	},
	{
		name: "extract-say-clause", file: "extract/tellers.go",
		from: `if k == from && sayWords[ts[k].word] &&`,
		to:   `if k == from && sayWords[ts[k].word] && false &&`,
		pkgs: []string{"./extract"}, breaks: "\"Opposition parties say plain-clothes SHIK men beat students\" makes the parties beat them",
	},
	{
		name: "extract-slow-to", file: "extract/rules.yaml",
		from: `"slow to", "reluctant to", "loath to",`,
		to:   `"reluctant to", "loath to",`,
		pkgs: []string{"./extract"}, breaks: "\"Nano was slow to condemn the committees\" condemns them",
	},
	{
		name: "extract-called-as", file: "extract/cues.go",
		from: `if calledAs(ts, c.first) {`,
		to:   `if calledAs(ts, c.first) && false {`,
		pkgs: []string{"./extract"}, breaks: "\"the DP calls it a front for the SP\" makes the DP the SP's backer",
	},
	{
		name: "extract-examples-past-agent", file: "extract/examples.go",
		from: `return t.word == "by" || auxiliaries[t.word]`,
		to:   `return t.word == "byx"`,
		pkgs: []string{"./extract"}, breaks: "\"founded by Democrats, among them Neritan Ceka, who broke with Berisha\" makes the Forum break with him",
	},
	{
		name: "extract-name-ends-in-party", file: "extract/names.go",
		from: `n >= 2 && partyHeads[words[i+n-1]] && words[i-1] != "of"`,
		to:   `n >= 2 && partyHeads[words[i+n-1]] && false && words[i-1] != "of"`,
		pkgs: []string{"./extract"}, breaks: "the Social Democratic Party is made a part of the Democratic Party",
	},
	{
		name: "extract-agent-past-phrase", file: "extract/actedas.go",
		from: `return t.word == "for" || t.word == "over"`,
		to:   `return t.word == "forx"`,
		pkgs: []string{"./extract"}, breaks: "\"blamed by many for the killings of Arabs and Asians\" makes the Arabs and Asians blame",
	},
	{
		name: "extract-revolt-site", file: "extract/actedas.go",
		from: `revoltNouns[ts[e].word] && !ts[e-1].possessive`,
		to:   `revoltNouns[ts[e].word] && false`,
		pkgs: []string{"./extract"}, breaks: "\"put down the Uganda and Kenya mutinies\" coerces Uganda and Kenya",
	},
	{
		name: "extract-whether-hedge", file: "extract/rules.yaml",
		from: `"could not verify", whether]`,
		to:   `"could not verify"]`,
		pkgs: []string{"./extract"}, breaks: "\"Whether the commandos received arms from the Forces Nouvelles is disputed\" tells it as fact",
	},
	{
		name: "extract-relations-since-bad", file: "extract/recast.go",
		from: `(ts[j+1].word == "since" ||`,
		to:   `(ts[j+1].word == "sincex" ||`,
		pkgs: []string{"./extract"}, breaks: "\"Its relations with the Government have since been difficult\" is a favour",
	},
	{
		name: "extract-headline-dash", file: "extract/document.go",
		from: `len(dash) < len(after) && len(dash) > 1 && dash[0] == ' '`,
		to:   `len(dash) < len(after) && len(dash) > 1 && dash[0] == 'x'`,
		pkgs: []string{"./extract"}, breaks: "\"KENYATTA GREETS UNION. -- The Prime Minister, Mr. Jomo Kenyatta\" makes him the Union's prime minister",
	},
	{
		name: "extract-edge-lines", file: "extract/document.go",
		from: `index := indexLines(p) || edgeLines(p)`,
		to:   `index := indexLines(p)`,
		pkgs: []string{"./extract"}, breaks: "a link chart's edge list is read as one sentence",
	},
	{
		name: "extract-edge-read", file: "extract/edges.go",
		from: "loc := edgeLineRE.FindStringIndex(text)\n\tif loc == nil {",
		to:   "loc := edgeLineRE.FindStringIndex(text)\n\tif loc == nil || true {",
		pkgs: []string{"./extract"}, breaks: "\"MADEIRA -> BACAR / UNION GOVT : mediates\" tells no mediation",
	},
	{
		name: "extract-at-odds-over", file: "extract/rules.yaml",
		from: `"at odds with", "at odds over",`,
		to:   `"at odds with",`,
		pkgs: []string{"./extract"}, breaks: "\"at odds over a military option, Pretoria for more talks\" is talks",
	},
	{
		name: "extract-edge-nodes", file: "extract/edges.go",
		from: `if !nodes[f.Tie.Subject] || !nodes[f.Tie.Object] || f.Tie.Third != "" && !nodes[f.Tie.Third] {`,
		to:   `if false {`,
		pkgs: []string{"./extract"}, breaks: "a name in an edge's label is a party to its tie",
	},
	{
		name: "extract-edge-sought", file: "extract/edges.go",
		from: `if k := c.first - 1; k >= 0 && (soughtWords[ts[k].word]`,
		to:   `if k := c.first - 1; false && k >= 0 && (soughtWords[ts[k].word]`,
		pkgs: []string{"./extract"}, breaks: "\"BACAR -> FRANCE : sought French backing\" makes Bacar France's backer",
	},
}
