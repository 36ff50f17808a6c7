package main

// readingMutations38 are the deliberate bugs of the readings added in the eighth session
// of 2026-12-06: "them" after a verb of harm, for a list, in a relative clause and after an
// unnamed "them"; "rather than"; a fighting wing; a party taken over; a unit sent;
// relative clauses on things and joint operations that drove others; a people's dead; a
// past under "if"; a recalled dispute; a name inside a label; a clause after a colon;
// "its" past an aside; a name within a name; verbs joined before "it"; a reading list's
// year; a self-styled post; a passive's described agent; one appointed "as its" post;
// and a state's government and the name after its "and".
var readingMutations38 = []mutation{
	{
		name: "extract-them-harmed", file: "extract/doers.go",
		from: "return len(c.words) == 1 && !c.passive && (c.kind == alliances.Hostility || c.kind == alliances.Coercion || c.kind == alliances.Opposition)",
		to:   "return false",
		pkgs: []string{"./extract"}, breaks: "\"The FAP fought on. France bombed them\" names no one France bombed",
	},
	{
		name: "extract-them-list", file: "extract/mentions.go",
		from: "if (words[0] == \"they\" || words[0] == \"them\") && len(rd.they) >= 2 && rd.they[0] == id {",
		to:   "if words[0] == \"they\" && len(rd.they) >= 2 && rd.they[0] == id {",
		pkgs: []string{"./extract"}, breaks: "\"The RAW trained and armed them\" arms the LTTE only, not PLOTE and the EPRLF",
	},
	{
		name: "extract-them-unnamed-before", file: "extract/pronouns.go",
		from: "if before != \"\" && !rd.themElse && !among(before)",
		to:   "if before != \"\" && !among(before)",
		pkgs: []string{"./extract"}, breaks: "the ICRC and UNICEF send supplies to the states that sheltered the refugees",
	},
	{
		name: "extract-them-people", file: "extract/pronouns.go",
		from: "people := rd.kinds[before] != \"individual\" || len(rd.they) >= 2 && rd.they[0] == before",
		to:   "people := rd.kinds[before] != \"individual\"",
		pkgs: []string{"./extract"}, breaks: "\"Ghalib and Talib fled. Saudi Arabia gave them refuge\" shelters no one",
	},
	{
		name: "extract-them-relative", file: "extract/mentions.go",
		from: "if ids := rd.relativeThem(ts, out, i); ids != nil {",
		to:   "if ids := rd.relativeThem(ts, out, i); false && ids != nil {",
		pkgs: []string{"./extract"}, breaks: "\"away to Saudi Arabia, which gave them refuge\" shelters one of the three",
	},
	{
		name: "extract-rather-than", file: "extract/rules.yaml",
		from: "negations: [not, never, \"no longer\", neither, nor, without, \"rather than\", \"instead of\",",
		to:   "negations: [not, never, \"no longer\", neither, nor, without,",
		pkgs: []string{"./extract"}, breaks: "\"worked with Jakarta rather than protecting Papuan rights\" protects them",
	},
	{
		name: "extract-rather-than-noun", file: "extract/negations.go",
		from: "(p == \"rather than\" || p == \"instead of\") &&",
		to:   "false &&",
		pkgs: []string{"./extract"}, breaks: "\"as Afar from Ethiopia rather than Djiboutians and accused Addis Ababa\" accuses no one",
	},
	{
		name: "extract-fighting-wing", file: "extract/cues.go",
		from: "if len(c.words) == 1 && c.kind == alliances.Hostility && attributive(ts, i) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"built up the fighting wing that became the Flec-Renovada\" fights it",
	},
	{
		name: "extract-took-over-a-party", file: "extract/cues.go",
		from: "c.text == \"took over\" && (c.kind == alliances.Hostility) == rd.takenBody(ts, ms, i+2) ||",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Santu took over the party\" fights the party",
	},
	{
		name: "extract-unit-sent", file: "extract/cues.go",
		from: "|| unitCues[c.text] && !unitApposed(ts, i)",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"the IRGC sent a unit of the Quds Force\" makes the IRGC a part of the Quds Force",
	},
	{
		name: "extract-relative-object", file: "extract/cues.go",
		from: "if len(c.words) == 1 && !c.passive && relativeObject(ts, ms, i) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"councils, which the JSS boycotted and the SB attacked\" sets the JSS against the SB",
	},
	{
		name: "extract-relative-object-actor", file: "extract/doers.go",
		from: "!slices.ContainsFunc(ms, func(m mention) bool { return m.end == j })",
		to:   "true",
		pkgs: []string{"./extract"}, breaks: "\"the Iraqi Turkmen Front, which Ankara sponsors\" is sponsored by no one",
	},
	{
		name: "extract-joint-operations-that", file: "extract/clauses.go",
		from: "relative := (ts[k].word == \"that\" || ts[k].word == \"which\") && c.cue.kind != alliances.Hostility",
		to:   "relative := false && c.cue.kind != alliances.Hostility",
		pkgs: []string{"./extract"}, breaks: "\"joint operations that drove thousands of civilians\" make the civilians the army's partners",
	},
	{
		name: "extract-togolese-dead", file: "extract/mentions.go",
		from: "(ownedPeople(ts, i) || victimsAfter(ts, i))",
		to:   "ownedPeople(ts, i)",
		pkgs: []string{"./extract"}, breaks: "\"regrets the Togolese dead but would go on attacking the Angolan army\" has Togo attack it",
	},
	{
		name: "extract-if-had", file: "extract/negations.go",
		from: "if had && (ts[k].word == \"if\" || k == 0 && ts[k].word == \"had\") {",
		to:   "if had && false {",
		pkgs: []string{"./extract"}, breaks: "\"If the Saudis had sent troops\" sends them",
	},
	{
		name: "extract-told-noun", file: "extract/cues.go",
		from: "if !c.passive && toldNoun(ts, i) || c.kind",
		to:   "if c.kind",
		pkgs: []string{"./extract"}, breaks: "\"Ransome recalled the Buraimi dispute with Saudi Arabia\" sets Ransome against it",
	},
	{
		name: "extract-label-inside", file: "extract/cues.go",
		from: "|| c.kind == alliances.Opposition && len(c.then) > 0 && labelInside(ts, ms, i+1) {",
		to:   " {",
		pkgs: []string{"./extract"}, breaks: "\"the PCAPA, which it calls a Bangladesh front\" sets the PCAPA against Bangladesh",
	},
	{
		name: "extract-colon-clause", file: "extract/colonlist.go",
		from: "if k := slices.IndexFunc(ms, func(m mention) bool { return m.first >= colon }); k >= 0 && ms[k].end < len(ts) && verbAfter(ts, ms[k].end) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"the other's rebels: Zaire was to drop the Flec\" has Mobutu shelter Zaire and Angola",
	},
	{
		name: "extract-its-past-aside", file: "extract/heldposts.go",
		from: "from := asideAfter(ts, a) // \"Benny Wenda",
		to:   "from := a.end // \"Benny Wenda",
		pkgs: []string{"./extract"}, breaks: "\"Benny Wenda, who escaped ..., became its spokesman\" holds no post",
	},
	{
		name: "extract-name-covered", file: "extract/names.go",
		from: "for n := len(words) - i; n > 0 && i >= covered; n-- {",
		to:   "for n := len(words) - i; n > 0 && (i >= covered || true); n-- {",
		pkgs: []string{"./extract"}, breaks: "\"Mathias Wenda's fighters\" are led by Benny Wenda",
	},
	{
		name: "extract-it-verb-run", file: "extract/objectpronoun.go",
		from: "(i-out[len(out)-1].end <= 3 || verbRun(ts, out[len(out)-1].end, i))",
		to:   "i-out[len(out)-1].end <= 3",
		pkgs: []string{"./extract"}, breaks: "\"Indian intelligence allegedly trained and armed it\" arms the RAW itself",
	},
	{
		name: "extract-reading-list-year", file: "extract/citations.go",
		from: "if k := n - 1; k >= 1 && initials(words[k]) && strings.HasSuffix(words[k-1], \",\") {",
		to:   "if k := n - 1; false && k >= 1 {",
		pkgs: []string{"./extract"}, breaks: "a reading list's \"Osborne, R. (1985)\" dates the war 1985",
	},
	{
		name: "extract-described-holder", file: "extract/pairs.go",
		from: " && !(c.cue.passive && rd.describedHolder(ts, c.end, ms[ri].first))",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"run by the Palestinian cleric Abdullah Azzam\" is no one's",
	},
	{
		name: "extract-self-styled", file: "extract/posts.go",
		from: "if w := selfStyled(ts, pr.member); w != \"\" {",
		to:   "if w := selfStyled(ts, pr.member); false && w != \"\" {",
		pkgs: []string{"./extract"}, breaks: "\"Rodrigues Mingas, who calls himself secretary-general of the Flec-PM\" is reported its secretary-general",
	},
	{
		name: "extract-government-and", file: "extract/nameruns.go",
		from: " || kind == \"state-organ\" && (rd.stateWord([]string{last}, 0) || rd.rules.States[r.words[len(r.words)-1]] != \"\")",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "a new case finds \"Government of Angola and the Cabindan Forum for Dialogue\" as one body",
	},
	{
		name: "extract-appointed-as", file: "extract/owned.go",
		from: "return append(out, rd.appointedAs(ts, ms)...)",
		to:   "return out",
		pkgs: []string{"./extract"}, breaks: "\"the EU appointed François Léotard ... as its special envoy\" gives him no post",
	},
}
