package main

// readingMutations9 are the deliberate bugs of the readings added in the eighth session
// of 2026-12-03: talks convened by a mediator, agents of a passive mediation, "the two"
// as two bodies, and the report's state from its title or its government.
var readingMutations9 = []mutation{
	{
		name: "extract-convened-passive-unswapped", file: "extract/convened.go",
		from: "\t\t\tif passive {\n\t\t\t\tst.pairs = append(st.pairs, [2]*mention{sides[0], a})",
		to:   "\t\t\tif !passive {\n\t\t\t\tst.pairs = append(st.pairs, [2]*mention{sides[0], a})",
		pkgs: []string{"./extract"}, breaks: "\"talks between A and B were sponsored by Russia\" makes A the mediator",
	},
	{
		name: "extract-auspices-no-agent-after-of", file: "extract/convened.go",
		from: "\t\t} else if k+1 < len(ts) && ts[k+1].word == \"of\" {",
		to:   "\t\t} else if k+1 < len(ts) && ts[k+1].word == \"by\" {",
		pkgs: []string{"./extract"}, breaks: "\"met under the auspices of the United Nations\" names no mediator",
	},
	{
		name: "extract-convened-help-kept", file: "extract/statements.go",
		from: "\t\t\treturn nil // \"talks between A and B hosted by Germany\": a mediation (convened), no help",
		to:   "\t\t\t_ = agents // \"talks between A and B hosted by Germany\": a mediation (convened), no help",
		pkgs: []string{"./extract"}, breaks: "hosting talks between two is read as help to each",
	},
	{
		name: "extract-between-sides-any-noun", file: "extract/convened.go",
		from: "\t\tif ts[t].word != \"between\" {",
		to:   "\t\tif ts[t].word == \"of\" {",
		pkgs: []string{"./extract"}, breaks: "\"hosted talks with Haftar\" reads a mediation with no two brought together",
	},
	{
		name: "extract-brokered-by-first-agent-only", file: "extract/pairs.go",
		from: "\t\tfor _, agent := range group(ts, ms, ri, +1) {",
		to:   "\t\tfor _, agent := range group(ts, ms, ri, +1)[:1] {",
		pkgs: []string{"./extract"}, breaks: "\"brokered by the United States and France\" makes France no mediator",
	},
	{
		name: "extract-the-two-person-and-body", file: "extract/pronouns.go",
		from: "\tif (rd.kinds[ids[0]] == \"individual\") != (rd.kinds[ids[1]] == \"individual\") {",
		to:   "\tif false {",
		pkgs: []string{"./extract"}, breaks: "\"war with Israel, which killed its leader Nasrallah. A ceasefire between the two\" is Israel's with Nasrallah",
	},
	{
		name: "extract-title-state-unread", file: "extract/namewords.go",
		from: "\t\t\tif id, ok := names[key]; ok && counts[id] >= 2 && !rd.capitals[key] && rd.rules.Aliases[key] == \"\" {",
		to:   "\t\t\tif id, ok := names[key]; ok && counts[id] >= 200 && !rd.capitals[key] && rd.rules.Aliases[key] == \"\" {",
		pkgs: []string{"./extract"}, breaks: "\"Syria wrap: Assad in Moscow ...\" gives \"government forces\" no state",
	},
	{
		name: "extract-government-named-uncounted", file: "extract/namewords.go",
		from: "\tif id := clearlyFirst(governed, 2); id != \"\" {",
		to:   "\tif id := clearlyFirst(governed, 20); id != \"\" {",
		pkgs: []string{"./extract"}, breaks: "a text on French troops in Mali makes \"the government\" France's",
	},
}
