package main

// readingMutations48 are the deliberate bugs of the readings added in the session of
// 2026-12-07 after the seventh: a people's adjective before a man's trade, "who led"
// after a man's description, partners named by a pronoun, journeys, counsel against an act, volunteers, years counted back, a document's
// list of abbreviations, the name one group took, demands, and the misreadings the
// session's second review found.
var readingMutations48 = []mutation{
	{
		name: "extract-people-described-trade", file: "extract/described.go",
		from: `	return trade && !strings.ContainsAny(ts[n.first].pre, ",;:()")`,
		to:   `	return false && trade && !strings.ContainsAny(ts[n.first].pre, ",;:()")`,
		pkgs: []string{"./extract"}, breaks: "\"chaired by the Chilean jurist Christian Tomuschat\" makes Chile the chair",
	},
	{
		name: "extract-apposed-who", file: "extract/described.go",
		from: `	return strings.HasPrefix(c.cue.text, "who ") && rd.kinds[m.id] == "individual" &&`,
		to:   `	return strings.HasPrefix(c.cue.text, "whox ") && rd.kinds[m.id] == "individual" &&`,
		pkgs: []string{"./extract"}, breaks: "\"Bugti, a former governor and chief minister who led the Jamhoori Watan Party\" makes him no member",
	},
	{
		name: "extract-apposed-who-other", file: "extract/described.go",
		from: `		!slices.ContainsFunc(ts[m.end:c.first], func(t token) bool { return otherOnes[t.word] })`,
		to:   `		!slices.ContainsFunc(ts[m.end:c.first], func(t token) bool { return false && otherOnes[t.word] })`,
		pkgs: []string{"./extract"}, breaks: "\"Mengal, a bitter rival of the man who led the JWP\" makes Mengal its leader",
	},
	{
		name: "extract-pronoun-partner", file: "extract/pairs.go",
		from: `blamedList(ts, g) || pronounPartner(ts, c.end) ||`,
		to:   `blamedList(ts, g) ||`,
		pkgs: []string{"./extract"}, breaks: "\"fought against them\" makes the two fight each other",
	},
	{
		name: "extract-flew-out", file: "extract/bystanders.go",
		from: `"on": true, "out": true, "back": true,`,
		to:   `"on": true, "back": true,`,
		pkgs: []string{"./extract"}, breaks: "\"DR flew out to France\" makes his help to France",
	},
	{
		name: "extract-counsel-against", file: "extract/counsel.go",
		from: `	case c.cue.kind == alliances.Support && (c.cue.text == "advised" || c.cue.text == "advising") && counselledAgainst(ts, ms, c):`,
		to:   `	case false && c.cue.kind == alliances.Support && (c.cue.text == "advised" || c.cue.text == "advising") && counselledAgainst(ts, ms, c):`,
		pkgs: []string{"./extract"}, breaks: "\"had advised Washington against military action\" makes Britain's help",
	},
	{
		name: "extract-counsel-against-foe", file: "extract/counsel.go",
		from: `counselledActs[ts[k].word] && !slices.ContainsFunc(ms, func(o mention) bool { return o.first > m.end && o.first <= k+3 })`,
		to:   `true`,
		pkgs: []string{"./extract"}, breaks: "\"advised Hezbollah against Israel\" makes Iran stand against Hezbollah",
	},
	{
		name: "extract-volunteers-named-unit", file: "extract/demonyms.go",
		from: `w == "émigré" || w == "emigre") && ofNamedUnit(ts, k+1) {`,
		to:   `w == "émigré" || w == "emigre") && false {`,
		pkgs: []string{"./extract"}, breaks: "\"the American volunteer airmen of the Kościuszko Squadron bombed\" makes the United States fight",
	},
	{
		name: "extract-volunteers-state", file: "extract/demonyms.go",
		from: `w == "émigré" || w == "emigre") && ofNamedUnit(ts, k+1) {`,
		to:   `w == "émigré" || w == "emigre") {`,
		pkgs: []string{"./extract"}, breaks: "\"Chinese volunteer divisions attacked\" loses China's fight",
	},
	{
		name: "extract-years-ago", file: "extract/when.go",
		from: `noCitations(rd.yearsAgo(text))`,
		to:   `noCitations(text)`,
		pkgs: []string{"./extract"}, breaks: "\"Two years ago Cuba armed the PRA\" takes the document's date",
	},
	{
		name: "extract-years-ago-owned", file: "extract/yearsago.go",
		from: `			continue // "the last year of the war", "his last year in office"`,
		to:   `			_ = 0`,
		pkgs: []string{"./extract"}, breaks: "\"In the last year of the war\" is read as the year before the document's",
	},
	{
		name: "extract-years-ago-quoted", file: "extract/yearsago.go",
		from: `text[m[0]-1] == '\'') || quotedBefore(text[:m[0]]) {`,
		to:   `text[m[0]-1] == '\'') {`,
		pkgs: []string{"./extract"}, breaks: "a count in quoted words is taken from the document's date",
	},
	{
		name: "extract-legend-aliases", file: "extract/discover.go",
		from: `	return rd.legendAliases(d, withoutCredits(`,
		to:   `	return (func(d *Document, out []Found) []Found { return out })(d, withoutCredits(`,
		pkgs: []string{"./extract"}, breaks: "\"MR = Mr. Marc Ravalomanana\" names no one MR",
	},
	{
		name: "extract-legend-keyword", file: "extract/legend.go",
		from: `strings.ToUpper(abbr) != abbr || !inLegend(d.Text, loc[2]) {`,
		to:   `strings.ToUpper(abbr) != abbr {`,
		pkgs: []string{"./extract"}, breaks: "a chart's edge \"ISI = Lashkar-e-Taiba\" makes ISI a name of the Lashkar",
	},
	{
		name: "extract-legend-merge", file: "extract/legend.go",
		from: `out = slices.DeleteFunc(out, func(f Found) bool { return f.Actor.ID != id && f.Actor.Name == abbr })`,
		to:   `out = slices.DeleteFunc(out, func(f Found) bool { return false && f.Actor.ID != id && f.Actor.Name == abbr })`,
		pkgs: []string{"./extract"}, breaks: "\"The FFKM supported MR\" keeps the FFKM an actor apart from the Council of Christian Churches",
	},
	{
		name: "extract-renaming-name-taken", file: "extract/rules.yaml",
		from: `    passive: ["the name taken by", "the name adopted by", "the new name of", "the later name of"]`,
		to:   `    passive: ["the name adopted by", "the later name of"]`,
		pkgs: []string{"./extract"}, breaks: "\"Harkat-ul-Mujahideen is the name taken by the Harkat-ul-Ansar\" tells no renaming",
	},
	{
		name: "extract-demanded-that", file: "extract/parties.go",
		from: `askedTo(ts, ms, c.first) || demandedThat(ts, ms, c.first) ||`,
		to:   `askedTo(ts, ms, c.first) ||`,
		pkgs: []string{"./extract"}, breaks: "\"DR demanded that the OAU condemn MR\" makes the OAU's stance",
	},
	{
		name: "extract-dateline-dash", file: "extract/speakers.go",
		from: `strings.HasSuffix(p, " -") || strings.Contains(p, "--")`,
		to:   `strings.HasSuffix(p, " -")`,
		pkgs: []string{"./extract"}, breaks: "\"PORT OF SPAIN, Trinidad (WNS) -- Prime Minister George Chambers said\" makes him the agency's",
	},
	{
		name: "extract-dateline-credit", file: "extract/speakers.go",
		from: `	if j > 1 && j < len(ts) && datelineDash(ts[j].pre) && slices.ContainsFunc(`,
		to:   `	if false && j > 1 && j < len(ts) && datelineDash(ts[j].pre) && slices.ContainsFunc(`,
		pkgs: []string{"./extract"}, breaks: "\"WASHINGTON (WNS) -- President Reagan said\" makes him the agency's",
	},
	{
		name: "extract-request-place", file: "extract/parties.go",
		from: `(helpAside(ts, ms[li], c) || placeBeforeRequest(ts, ms, li, c))`,
		to:   `(helpAside(ts, ms[li], c))`,
		pkgs: []string{"./extract"}, breaks: "\"U.S. forces had landed on Grenada at the request of the OECS\" makes the OECS favour Grenada",
	},
	{
		name: "extract-request-across", file: "extract/parties.go",
		from: `|| actsListed(ts, ms[li], c) || requestAcross(ts, ms[li], c)) {`,
		to:   `|| actsListed(ts, ms[li], c)) {`,
		pkgs: []string{"./extract"}, breaks: "\"told the Security Council that the landing was taken at the request of the OECS\" makes the OECS favour the Council",
	},
	{
		name: "extract-states-own-bodies", file: "extract/statements.go",
		from: `rd.listedAgain(ts, rd.statesOwnBodies(ts, rd.mentionsAfter(ts, previous, named0)))`,
		to:   `rd.listedAgain(ts, (rd.mentionsAfter(ts, previous, named0)))`,
		pkgs: []string{"./extract"}, breaks: "\"the Soviet Government rejected Britain's note\" makes the report's own government stand against Britain",
	},
	{
		name: "extract-spoke-of-hedge", file: "extract/rules.yaml",
		from: `hedges: [reportedly, allegedly, "spoke of", "speaks of", "told of", "wrote of",`,
		to:   `hedges: [reportedly, allegedly,`,
		pkgs: []string{"./extract"}, breaks: "\"the Soviet wireless spoke of Polish troops attacking\" makes the attack a fact",
	},
	{
		name: "extract-denier-sides", file: "extract/denials.go",
		from: `	if ts[k-1].possessive && denierSides[ts[k].word] && k+1 < len(ts) {`,
		to:   `	if false && ts[k-1].possessive && denierSides[ts[k].word] && k+1 < len(ts) {`,
		pkgs: []string{"./extract"}, breaks: "\"MR's side denies this\" leaves the claim alleged",
	},
	{
		name: "extract-accusers-stance", file: "extract/denials.go",
		from: `p.Tie.Kind != alliances.Opposition) && !accusersStance(*p)) {`,
		to:   `p.Tie.Kind != alliances.Opposition)) {`,
		pkgs: []string{"./extract"}, breaks: "\"DR accused MR ... MR's side denies this\" makes DR's accusation disputed",
	},
}
