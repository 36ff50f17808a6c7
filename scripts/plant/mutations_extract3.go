package main

// readingMutations3 are the deliberate bugs of the reader's readings added on 2026-12-03
// from the third readings: the texts annotated after the first thirteen and the misses of
// the texts tuned on.
var readingMutations3 = []mutation{
	{
		name: "extract-victim-and-camp-enemies", file: "extract/statements.go",
		from: "(voice == passiveNoAgent || sufferedBetween(ts, left.end, c.first)) {",
		to:   "false {",
		pkgs: []string{"./extract"}, breaks: "a soldier killed in an attack on a camp is the camp's enemy",
	},
	{
		name: "extract-between-past-a-date", file: "extract/pairs.go",
		from: "\t\t\tbetween = ri >= 0 && ms[ri].first > i",
		to:   "\t\t\tbetween = false",
		pkgs: []string{"./extract"}, breaks: "\"a ceasefire was agreed upon on 20 February 2015 between A and B\" gives no agreement",
	},
	{
		name: "extract-joint-exercises-unread", file: "extract/rules.yaml",
		from: "\"joint exercises\", \"joint military exercises\", \"military exercises with\",",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"resumed joint military exercises with\" gives no cooperation",
	},
	{
		name: "extract-their-own-together", file: "extract/pairs.go",
		from: "\ttheirs := !reciprocal && c.cue.kind == alliances.Cooperation",
		to:   "\ttheirs := false && c.cue.kind == alliances.Cooperation",
		pkgs: []string{"./extract"}, breaks: "\"set up by A, B and C to coordinate their operations\" ties no pair of them",
	},
	{
		name: "extract-its-post-unread", file: "extract/posts.go",
		from: "\tpairs = append(pairs, rd.possessedPosts(ts, ms, pairs)...)",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"its prime minister is X\" makes X no member of the sentence before's subject",
	},
	{
		name: "extract-section-organization-forgotten", file: "extract/stateposts.go",
		from: "\t\trd.sectionOrg = id // \"### Hezbollah\": the organization the section is about",
		to:   "\t\t_ = id",
		pkgs: []string{"./extract"}, breaks: "\"General Secretary X\" under \"### Hezbollah\" is no one's",
	},
	{
		name: "extract-deployed-in-unread", file: "extract/statements.go",
		from: "\t\t\tclaims = append(claims, rd.deployedIn(d, p, s, ts, ms, valid, timeCue)...)",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Iranian soldiers were deployed in Egypt\" gives no support",
	},
	{
		name: "extract-stationed-after-men-unread", file: "extract/deployed.go",
		from: "\t\treduced := !beWords[ts[k-1].word]\n",
		to:   "\t\treduced := !beWords[ts[k-1].word]\n\t\tif reduced {\n\t\t\tcontinue\n\t\t}\n",
		pkgs: []string{"./extract"}, breaks: "\"the Pakistani Patriots stationed in Egypt\" gives no support",
	},
	{
		name: "extract-massacred-no-cue", file: "extract/rules.yaml",
		from: "killed, massacred, \"all-out war\"",
		to:   "killed, \"all-out war\"",
		pkgs: []string{"./extract"}, breaks: "\"were massacred by A and B\" gives no hostility",
	},
	{
		name: "extract-army-breaks-list", file: "extract/clauses.go",
		from: "\t\t\t\"army\", \"military\", \"government\", \"authorities\":",
		to:   "\t\t\t\"armyx\":",
		pkgs: []string{"./extract"}, breaks: "\"by the Iranian army and Jami'at\": Jami'at no agent",
	},
	{
		name: "extract-abbreviation-opens-name", file: "extract/discover.go",
		from: "w != \"\" && strings.ToUpper(w) != w && !known",
		to:   "w != \"\" && !known",
		pkgs: []string{"./extract"}, breaks: "\"the MNLA and Ansar Dine\" is proposed as one actor",
	},
	{
		name: "extract-government-alias-overridden", file: "extract/reader.go",
		from: "; taken && !strings.HasPrefix(id, \"@\") {\n\t\t\trd.names[f] = id",
		to:   "; false && taken && !strings.HasPrefix(id, \"@\") {\n\t\t\trd.names[f] = id",
		pkgs: []string{"./extract"}, breaks: "\"the government\" a case names Mali is the report's main state, none here",
	},
	{
		name: "extract-combining-form-unread", file: "extract/mentions.go",
		from: "\t\tif id := rd.combining[ts[i].word]; id != \"\"",
		to:   "\t\tif id := rd.combining[ts[i].word]; false && id != \"\"",
		pkgs: []string{"./extract"}, breaks: "\"Franco-Pakistani forces\" names France as no party",
	},
	{
		name: "extract-compound-forces-drop-second", file: "extract/posts.go",
		from: "\t\t\tkept = append(kept, ms[i], ms[i+1])",
		to:   "\t\t\tkept = append(kept, ms[i])",
		pkgs: []string{"./extract"}, breaks: "\"against Franco-Pakistani forces\" leaves Pakistan out of the fight",
	},
	{
		name: "extract-negotiate-no-cue", file: "extract/rules.yaml",
		from: "negotiating, negotiate, negotiates, \"talked to\"",
		to:   "negotiating, \"talked to\"",
		pkgs: []string{"./extract"}, breaks: "\"to negotiate with\" gives no negotiation",
	},
	{
		name: "extract-demand-aside-unread", file: "extract/parties.go",
		from: "\t\tif k := asideEnd(ts, c.end); k > 0 {",
		to:   "\t\tif k := asideEnd(ts, c.end); k > len(ts) {",
		pkgs: []string{"./extract"}, breaks: "\"insists, along with the US and France, that X must step down\" gives no opposition",
	},
	{
		name: "extract-joint-agents-apart", file: "extract/statements.go",
		from: "\t\tout = append(out, rd.jointAgents(d, p, s, ts, c, pairs, cues, valid, timeCue)...)",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"massacred by the Iranian army and Jami'at\": the two not together",
	},
	{
		name: "extract-joint-attack-no-list", file: "extract/together.go",
		from: "\tjoint := cue > 0 && jointWords[ts[cue-1].word]",
		to:   "\tjoint := false && jointWords[ts[cue-1].word]",
		pkgs: []string{"./extract"}, breaks: "\"A, B and C conducted a joint attack on D\" ties no pair of them",
	},
	{
		name: "extract-between-opener-unread", file: "extract/clauses.go",
		from: "\t\t\tw == \"between\" || w == \"and\" && ts[0].word == \"between\") {",
		to:   "\t\t\tfalse) {",
		pkgs: []string{"./extract"}, breaks: "a list after \"Between 24 and 25 May,\" opens no sentence",
	},
	{
		name: "extract-cooperation-no-common-enemy", file: "extract/pairs.go",
		from: "(c.cue.kind == alliances.Support || c.cue.kind == alliances.Cooperation || alongside(c.cue)) && !c.cue.passive && k >= 0 {",
		to:   "(c.cue.kind == alliances.Support || alongside(c.cue)) && !c.cue.passive && k >= 0 {",
		pkgs: []string{"./extract"}, breaks: "\"cooperated with B in the north against C\" gives no fight with C",
	},
	{
		name: "extract-united-as-one-member", file: "extract/pairs.go",
		from: "\t\tif c.cue.text == \"formed\" || formingCues[c.cue.text] {",
		to:   "\t\tif c.cue.text == \"formed\" {",
		pkgs: []string{"./extract"}, breaks: "\"A and B united as C\": only B a member",
	},
	{
		name: "extract-recognized-by-no-cue", file: "extract/rules.yaml",
		from: "\"recognized as the legitimate government of ... by\",",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"recognized as the legitimate government of X by A and B\" gives no support",
	},
	{
		name: "extract-common-front-no-cue", file: "extract/rules.yaml",
		from: "\"common front with\", ",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"a common front with X\" gives no alliance",
	},
	{
		name: "extract-teller-at-end-a-party", file: "extract/tellers.go",
		from: "\t\tif k, a := m.end, m.first-1; !teller && k < len(ts)",
		to:   "\t\tif k, a := m.end, m.first-1; false && !teller && k < len(ts)",
		pkgs: []string{"./extract"}, breaks: "\"killed in a Pakistani airstrike, as the Taliban confirmed\": the Taliban fought Pakistan",
	},
	{
		name: "extract-border-pair-a-party", file: "extract/places.go",
		from: "\tif borderPair(ts, i) {",
		to:   "\tif false && borderPair(ts, i) {",
		pkgs: []string{"./extract"}, breaks: "\"near the Egypt-Iran border\" makes Iran the enemy of those killed there",
	},
	{
		name: "extract-trade-words-name-the-state", file: "extract/mentions.go",
		from: "\t\tif skipped < 2 && !ts[k].upper",
		to:   "\t\tif skipped < 0 && !ts[k].upper",
		pkgs: []string{"./extract"}, breaks: "\"an Iranian wildlife conservationist\" killed makes Iran a party",
	},
	{
		name: "extract-unclaimed-hedges", file: "extract/cues.go",
		from: "\tif unclaimed(ts, rd.words(w), lo, hi) {",
		to:   "\tif false && unclaimed(ts, rd.words(w), lo, hi) {",
		pkgs: []string{"./extract"}, breaks: "\"no group claimed responsibility for the attack, which came as Iran resumed joint exercises with ...\" makes the exercises alleged",
	},
	{
		name: "extract-deployed-no-start", file: "extract/deployed.go",
		from: "\t\t\t\twhy = append(why, \"start: \"+ts[k].word)",
		to:   "\t\t\t\t_ = why",
		pkgs: []string{"./extract"}, breaks: "men deployed in a state in January 2022 are there that month alone",
	},
	{
		name: "extract-name-ties-only-with-others", file: "extract/statements.go",
		from: "\t\t\t\temit(append(claims, rd.nameTies(d, p, s, ms, named, valid, timeCue)...))",
		to:   "\t\t\t\temit(claims)",
		pkgs: []string{"./extract"}, breaks: "a branch named alone in its sentence is proposed as no part of its organization",
	},
	{
		name: "extract-abbreviation-not-spelled-out", file: "extract/namewords.go",
		from: "\t\tif name := spelledOut(words, w); name != \"\" {",
		to:   "\t\tif name := spelledOut(words, w); name == \"-\" {",
		pkgs: []string{"./extract"}, breaks: "\"the WFP\" after \"World Food Programme\" is an abbreviation no name explains",
	},
	{
		name: "extract-other-case-state-unexplained", file: "extract/discover.go",
		from: "\t\t\t\tif base := strings.ReplaceAll(folded, \" \", \"-\"); id != base {",
		to:   "\t\t\t\tif base := strings.ReplaceAll(folded, \" \", \"-\"); id == \"-\" {",
		pkgs: []string{"./extract"}, breaks: "mali-2 is proposed with nothing saying that mali is another case's",
	},
}
