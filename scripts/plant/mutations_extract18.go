package main

// readingMutations18 are the deliberate bugs of the readings added in the session of
// 2026-12-04 (its seventh): names given by the words around them, and people found by a
// post, a people's noun or a patronymic.
var readingMutations18 = []mutation{
	{
		name: "extract-named-unread", file: "extract/discover.go",
		from: "out = append(out, rd.discoverNamed(d)...)",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Dostum's movement, the Junbish-i Milli,\" names no actor",
	},
	{
		name: "extract-named-after-place", file: "extract/named.go",
		from: "return \"\", 0, \"\" // \"Inside the movement, Massoud, ...\": a phrase of place",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Inside the movement, Massoud,\" names a movement Massoud",
	},
	{
		name: "extract-named-called-anything", file: "extract/named.go",
		from: "(nowWords[ts[i-1].word] || namedBodies[ts[i-1].word] != \"\"):",
		to:   "true:",
		pkgs: []string{"./extract"}, breaks: "\"the militia fighters called Massoud a traitor\" names a militia Massoud",
	},
	{
		name: "extract-named-capital-noun", file: "extract/named.go",
		from: "if ts[k].upper || strings.ContainsAny(ts[k].pre, \".;:\") {",
		to:   "if strings.ContainsAny(ts[k].pre, \".;:\") {",
		pkgs: []string{"./extract"}, breaks: "\"the National Coalition, now called Etilaf\" names a second coalition, Etilaf",
	},
	{
		name: "extract-named-calling-itself-unread", file: "extract/named.go",
		from: "return \"other\", i + 2, \"a name a body gives itself\"",
		to:   "return \"\", 0, \"\"",
		pkgs: []string{"./extract"}, breaks: "\"men calling themselves the Black Hand\" name no actor: no body's noun is near",
	},
	{
		name: "extract-named-abbreviation-unread", file: "extract/named.go",
		from: "return acronymBodies[ts[i+1].word], i, \"an abbreviation before a noun of a body: \" + ts[i+1].word",
		to:   "return \"\", 0, \"\"",
		pkgs: []string{"./extract"}, breaks: "\"whose SCUD movement\" names no actor SCUD",
	},
	{
		name: "extract-named-no-connectors", file: "extract/named.go",
		from: "inner := j > at && nameConnectors[t.word]",
		to:   "inner := false && nameConnectors[t.word]",
		pkgs: []string{"./extract"}, breaks: "\"calling itself the Islamic Movement for Azawad\" names an actor \"Islamic Movement\"",
	},
	{
		name: "extract-apposed-participle", file: "extract/apposed.go",
		from: "return len(w) >= 5 && strings.HasSuffix(w, \"ed\") || irregularParticiples[w] || apposedSuperlatives[w]",
		to:   "return false",
		pkgs: []string{"./extract"}, breaks: "\"Executive Outcomes, a South African company built from veterans\" names no actor",
	},
	{
		name: "extract-apposed-hyphen-particle", file: "extract/apposed.go",
		from: "for j < len(ts) && j-i < 4 && (ts[j].upper || joinedLower(ts, j))",
		to:   "for j < len(ts) && j-i < 4 && (ts[j].upper)",
		pkgs: []string{"./extract"}, breaks: "\"Ittihad-i Islami, the party\" names a party \"Islami\"",
	},
	{
		name: "extract-apposed-after-possessor", file: "extract/apposed.go",
		from: "ts[i-1].upper && !ts[i-1].possessive &&",
		to:   "ts[i-1].upper &&",
		pkgs: []string{"./extract"}, breaks: "\"Sayyaf's Ittihad-i Islami, the party\" names no party",
	},
	{
		name: "extract-person-after-demonym", file: "extract/discover.go",
		from: "post := demonym && rd.given[alliances.Fold(words[0])] || noun ||",
		to:   "post := noun ||",
		pkgs: []string{"./extract"}, breaks: "\"the American Robert Mackenzie\" names no one",
	},
	{
		name: "extract-person-patronymic", file: "extract/discover.go",
		from: "len(words) > 4 && !patronymic(words) ||",
		to:   "len(words) > 4 ||",
		pkgs: []string{"./extract"}, breaks: "\"Sheikh Mohammed bin Abdulrahman Al Thani\" names no one",
	},
	{
		name: "extract-paramount-unread", file: "extract/owned.go",
		from: "\"paramount\": true,",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Deng Xiaoping, China's paramount leader\" names no one",
	},
	{
		name: "extract-chancellor-unread", file: "extract/rules.yaml",
		from: "counterpart, chancellor, premier,",
		to:   "counterpart, premier,",
		pkgs: []string{"./extract"}, breaks: "\"Chancellor Angela Merkel\" names no one",
	},

	{
		name: "extract-within-span-kept", file: "extract/cues.go",
		from: "if _, ok := rd.has(ts, i, end, c.within...); len(c.within) > 0 && !ok {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"a gang that had broken away from the FDLR\" is no splinter",
	},

	{
		name: "extract-had-from-unread", file: "extract/rules.yaml",
		from: "passive: [\"had ... from\",",
		to:   "passive: [",
		pkgs: []string{"./extract"}, breaks: "\"UNITA had money and arms from the United States\" states no support",
	},
	{
		name: "extract-help-asked-given", file: "extract/support.go",
		from: "if c.cue.kind == alliances.Support && c.cue.passive && requested(ts, c.first) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"the Taliban sought help from Pakistan\" is Pakistan's support",
	},
	{
		name: "extract-help-asked-near", file: "extract/near.go",
		from: "if c.cue.kind == alliances.Support && c.cue.passive && requested(ts, c.first) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"the Taliban sought help from Pakistan\" is Pakistan's support, below the threshold",
	},
	{
		name: "extract-extend-merges-conditions", file: "extract/rules.go",
		from: "own := len(m.Then) > 0 || len(m.Before) > 0 || len(m.Within) > 0",
		to:   "own := false",
		pkgs: []string{"./extract"}, breaks: "an analyst's rule with within is merged into the built-in relation, its condition lost",
	},
	{
		name: "extract-told-to-teller", file: "extract/tellers.go",
		from: "!strings.ContainsAny(ts[k].pre, \",;:\") && !toldTo(ts, k) {",
		to:   "!strings.ContainsAny(ts[k].pre, \",;:\") {",
		pkgs: []string{"./extract"}, breaks: "\"Sudan told the UFR's leaders to leave the country\" names Sudan a teller, no party",
	},

	{
		name: "extract-demand-of-men", file: "extract/parties.go",
		from: "(!ts[ms[ri].end-1].possessive || addressedThrough(ts, ms[ri], c)) {",
		to:   "(!ts[ms[ri].end-1].possessive) {",
		pkgs: []string{"./extract"}, breaks: "\"urged the UFR's fighters to disarm\" is no demand of the UFR",
	},
	{
		name: "extract-demand-told-unread", file: "extract/rules.yaml",
		from: "demand, told, tells, telling, pressed,",
		to:   "demand, tells, telling,",
		pkgs: []string{"./extract"}, breaks: "\"told the UFR's leaders to leave\" and \"pressed Mobutu to step aside\" demand nothing",
	},
	{
		name: "extract-columns-of-unjoined", file: "extract/together.go",
		from: "opensClause(ts, first) || forcesOf(ts, first))",
		to:   "opensClause(ts, first))",
		pkgs: []string{"./extract"}, breaks: "\"columns of Ansar Dine, AQIM and MUJAO captured Konna\": Ansar Dine not with the others",
	},
	{
		name: "extract-twin-cue-first-wins", file: "extract/cues.go",
		from: "len(c.then) > 0 && c.twin && !ok {",
		to:   "len(c.then) > 0 && c.twin && ok && !ok {",
		pkgs: []string{"./extract"}, breaks: "\"Déby pressed JEM into signing\" is read by the demand's \"pressed\" and states nothing",
	},
	{
		name: "extract-room-no-form", file: "extract/rules.yaml",
		from: "coalition: [Coalition, Alliance, Coordination, Room]",
		to:   "coalition: [Coalition, Alliance, Coordination]",
		pkgs: []string{"./extract"}, breaks: "\"the Mare' Operations Room\" names no coalition",
	},
	{
		name: "extract-tigers-no-form", file: "extract/rules.yaml",
		from: "Network, Group, Force, Tigers, Hawks]",
		to:   "Network, Group, Force]",
		pkgs: []string{"./extract"}, breaks: "\"the Katangese Tigers\" names no armed group",
	},
	{
		name: "extract-soviet-unread", file: "extract/rules.yaml",
		from: "  soviet: russia\n",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Soviet advisers trained and equipped the Ethiopian army\" names no state",
	},
	{
		name: "extract-subsidise-unread", file: "extract/rules.yaml",
		from: "bankroll, subsidised, subsidized, subsidising, subsidizing, subsidises, subsidizes, subsidise, subsidize,",
		to:   "bankroll,",
		pkgs: []string{"./extract"}, breaks: "\"continued to subsidise Barre\" states no support",
	},
	{
		name: "extract-thousands-a-list", file: "extract/gapped.go",
		from: "return ts[k].pre == \",\" && k > 0 && numeric(ts[k-1].word) && numeric(ts[k].word) && len(ts[k].word) == 3",
		to:   "return false",
		pkgs: []string{"./extract"}, breaks: "\"sent 15,000 men to Ethiopia\" sends none",
	},
	{
		name: "extract-gapped-from-unread", file: "extract/statements.go",
		from: "append(slices.Clip(spans), gappedFroms(ts, heads, spans)...)",
		to:   "spans",
		pkgs: []string{"./extract"}, breaks: "\"received tanks from Cuba and artillery from Iran\": Iran gives nothing",
	},
	{
		name: "extract-gapped-from-past-a-verb", file: "extract/gapped.go",
		from: "return -1 // \"weapons from Iran and fled from\": another verb, another clause",
		to:   "continue",
		pkgs: []string{"./extract"}, breaks: "\"got weapons from Iran and fled from Sudan\" is Sudan's support",
	},
	{
		name: "extract-consent-an-object", file: "extract/partywords.go",
		from: "return c.cue.text == \"agreed that\" || consentGiver(ts, m)",
		to:   "return c.cue.text == \"agreed that\"",
		pkgs: []string{"./extract"}, breaks: "\"supplied some arms, apparently with Washington's tacit consent\" supplies Washington",
	},
	{
		name: "extract-consent-no-recipient-after", file: "extract/partywords.go",
		from: "return ri + 1 // \"fought with Cuban help against Ethiopia\"",
		to:   "return -1",
		pkgs: []string{"./extract"}, breaks: "\"fought with Cuban help against Ethiopia\" fights no one",
	},
	{
		name: "extract-with-help-a-target", file: "extract/partywords.go",
		from: "ts[m.end-1].possessive || helpNouns[ts[j].word] || advisers[ts[j].word] {",
		to:   "ts[m.end-1].possessive {",
		pkgs: []string{"./extract"}, breaks: "\"kept up attacks in the Ogaden with Somali help\" attacks Somalia",
	},
	{
		name: "extract-gap-denial-unread", file: "extract/negations.go",
		from: "if w := ts[k].word; (w == \"no\" || w == \"little\" || w == \"scant\" || w == \"nothing\" || w == \"none\") && ts[k-1].word != \"a\" {",
		to:   "if w := ts[k].word; false && w == \"no\" {",
		pkgs: []string{"./extract"}, breaks: "\"received no help from Iran\" is Iran's support",
	},
	{
		name: "extract-gap-denial-a-little", file: "extract/negations.go",
		from: "w == \"none\") && ts[k-1].word != \"a\" {",
		to:   "w == \"none\") {",
		pkgs: []string{"./extract"}, breaks: "\"got a little help from Cuba\" is no help",
	},
	{
		name: "extract-it-after-colon", file: "extract/mentions.go",
		from: "strings.Contains(ts[i-1].pre, \",\") || strings.Contains(ts[i].pre, \":\")) && len(out) > 0",
		to:   "strings.Contains(ts[i-1].pre, \",\")) && len(out) > 0",
		pkgs: []string{"./extract"}, breaks: "\"Saudi Arabia, eager to pull Somalia out ..., was more forthcoming: it financed Barre\" is Somalia's support",
	},
	{
		name: "extract-demonym-in-a-name", file: "extract/discover.go",
		from: "demonym := len(words) >= 3 && (strings.EqualFold(r.before, \"the\") || r.before == \"\") && rd.stateDemonym(alliances.Fold(words[0]))",
		to:   "demonym := len(words) >= 3 && r.before == \"the\" && rd.stateDemonym(alliances.Fold(words[0])) && rd.given[alliances.Fold(words[1])]",
		pkgs: []string{"./extract"}, breaks: "\"The Cuban Arnaldo Ochoa commanded\" names a person \"Cuban Arnaldo Ochoa\"",
	},
	{
		name: "extract-emerged-as-unread", file: "extract/names.go",
		from: "} else if w == \"who\" && (word(k+1) == \"emerged\" || word(k+1) == \"served\" || word(k+1) == \"acted\") && word(k+2) == \"as\" {",
		to:   "} else if false {",
		pkgs: []string{"./extract"}, breaks: "\"Mengistu Haile Mariam, who emerged as the Derg's undisputed chairman\" names no one",
	},
	{
		name: "extract-strongman-no-post", file: "extract/rules.yaml",
		from: "imam, strongman, dictator, ruler, autocrat]",
		to:   "imam]",
		pkgs: []string{"./extract"}, breaks: "\"Tafari Benti Wolde, Ethiopia's strongman\" names no one",
	},
	{
		name: "extract-unlike-a-name", file: "extract/discover.go",
		from: "\"unlike\": true, \"like\": true,",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Unlike Ochoa, Petrov stayed\" names a person \"Unlike Ochoa\"",
	},
	{
		name: "extract-year-of-a-thing-a-time", file: "extract/when.go",
		from: "if yearOfAThing(text, loc) && (loc[1] <= from || to >= 0 && loc[0] >= to) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"In 1977 Somalia renounced the 1974 treaty and broke off relations with Cuba\" dates the break 1974",
	},
	{
		name: "extract-apposed-holder-unread", file: "extract/phrases.go",
		from: "(rd.copulaBetween(ts, ms[i-1].end, m.first) || apposedHolder(ts, ms[i-1], m, k))",
		to:   "(rd.copulaBetween(ts, ms[i-1].end, m.first))",
		pkgs: []string{"./extract"}, breaks: "\"the United States, Ethiopia's patron since the early 1950s,\" supports no one",
	},

	{
		name: "extract-relative-copula-unread", file: "extract/phrases.go",
		from: "case k == from && strings.TrimSpace(ts[k].pre) == \",\" && (w == \"who\" || w == \"which\"):",
		to:   "case false:",
		pkgs: []string{"./extract"}, breaks: "\"Barre, who had once been Moscow's closest ally\" allies no one",
	},
	{
		name: "extract-seized-power-a-place", file: "extract/places.go",
		from: "if i >= 3 && ts[i-1].word == \"in\" && ts[i-2].word == \"power\" && powerTaking[ts[i-3].word] {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"Siad Barre seized power in Mogadishu\" leads nothing",
	},
	{
		name: "extract-men-under-unread", file: "extract/cues.go",
		from: "\"branch\": true, \"militia\": true, \"officers\": true, \"forces\": true, \"troops\": true, \"fighters\": true, \"units\": true, \"soldiers\": true,\n\t\"men\": true, \"columns\": true}",
		to:   "\"branch\": true, \"militia\": true}",
		pkgs: []string{"./extract"}, breaks: "\"Soviet officers under General Vasily Petrov\" makes Petrov no one's",
	},
	{
		name: "extract-under-after-comma", file: "extract/cues.go",
		from: "(!strings.ContainsAny(ts[i].pre, \",;:()\") || strings.TrimSpace(ts[i].pre) == \",\" && i-1 >= m.end && ledBodies[ts[i-1].word])",
		to:   "!strings.ContainsAny(ts[i].pre, \",;:()\")",
		pkgs: []string{"./extract"}, breaks: "\"the WSLF's fighters, under General Aidid,\" makes Aidid no one's",
	},
	{
		name: "extract-made-a-party", file: "extract/compounds.go",
		from: "continue // \"sold Mogadishu Soviet-made spare parts\": where the goods were made, no party",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"sold Mogadishu Soviet-made spare parts\" sells nothing",
	},
}
