package main

// readingMutations34 are the deliberate bugs of the readings added in the fourth session
// of 2026-12-06: fought with, a declared loyalty, a question asked, what an act would
// count as, one himself ousted by a captain, a merger into a third, no cue across a comma,
// fights beside, a name's particle, the pairs near a cue that leave out a consent, an
// act's listed target, a shared subject, a merger's partner, the object before a comma,
// a participle's agents and an apposition, a condition's verb and a city before a name,
// a relative clause on a list's last name, a participle on a noun, an aside opened by
// "also", help asked for, hedges, a field or a province as a person, and a notebook's
// entries.
var readingMutations34 = []mutation{
	{
		name: "extract-fought-with-fight", file: "extract/rules.yaml",
		from: "\"fought with\", \"had fought with\", \"fights with\", ",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Dicko, who had fought with Katiba Macina\" fights it",
	},
	{
		name: "extract-means-fought-with", file: "extract/cues.go",
		from: "c.kind == alliances.Cooperation && c.words[len(c.words)-1] == \"with\" && withMeans(ts, end) ||",
		to:   "false ||",
		pkgs: []string{"./extract"}, breaks: "\"fought with Cuban help against Ethiopia\" is a partnership, no help",
	},
	{
		name: "extract-declares-loyalty-favour", file: "extract/rules.yaml",
		from: "\"declares loyalty to\", \"declared loyalty to\", ",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"al-Murabitun, which declares loyalty to al-Qaeda\" is favour, no membership",
	},
	{
		name: "extract-asked-whether-stated", file: "extract/negations.go",
		from: "ts[k].word == \"whether\" && k > 0 && askedWhether[ts[k-1].word] ||",
		to:   "false ||",
		pkgs: []string{"./extract"}, breaks: "\"I asked whether Fula and Balanta fight each other\" is a fight",
	},
	{
		name: "extract-treated-as-war", file: "extract/negations.go",
		from: "ts[k].word == \"would\" && k+2 < first && (ts[k+1].word == \"be\" && countedAs[ts[k+2].word] || ts[k+1].word == \"amount\")",
		to:   "false",
		pkgs: []string{"./extract"}, breaks: "an intervention that \"would be treated as a declaration of war\" is a war",
	},
	{
		name: "extract-himself-no-shared-subject", file: "extract/sharedsubject.go",
		from: "|| reflexives[ts[k].word]) {",
		to:   ") {",
		pkgs: []string{"./extract"}, breaks: "\"ousted Kaboré and was himself ousted by Capt. Traoré\" makes Traoré oust Kaboré",
	},
	{
		name: "extract-capt-no-title", file: "extract/rules.yaml",
		from: "chief, gen, capt, brig, sgt, cpl, adm, cdr, haji,",
		to:   "chief, gen, haji,",
		pkgs: []string{"./extract"}, breaks: "\"ousted by Capt. Ibrahim Traoré\" finds no agent",
	},
	{
		name: "extract-near-and-was", file: "extract/near.go",
		from: "|| i > 0 && andBeforeVerb(ts, c.first) ||",
		to:   "||",
		pkgs: []string{"./extract"}, breaks: "\"Damiba ousted Kaboré and was ousted by Traoré\" pairs Traoré with Kaboré",
	},
	{
		name: "extract-merged-into-partner", file: "extract/parties.go",
		from: "if j := mergedInto(ts, ms, ri, c); j != ri {",
		to:   "if j := ri; j != ri {",
		pkgs: []string{"./extract"}, breaks: "\"JFS merged with Zenki into HTS\" merges JFS into Zenki",
	},
	{
		name: "extract-near-merger-partner", file: "extract/near.go",
		from: "if mergedInto(ts, ms, j, c) != j || objectBefore(ts, *b, c) ||",
		to:   "if objectBefore(ts, *b, c) ||",
		pkgs: []string{"./extract"}, breaks: "a merger's partner is paired with the one merging, near the cue",
	},
	{
		name: "extract-cue-across-comma", file: "extract/cues.go",
		from: "return -1 // \"the Russian side, with the Turkish brothers as guarantors\": no \"side with\"",
		to:   "return i + len(words)",
		pkgs: []string{"./extract"}, breaks: "\"the Russian side, with the Turkish brothers\" sides with Turkey",
	},
	{
		name: "extract-fights-beside-fight", file: "extract/rules.yaml",
		from: "\"fights beside\", \"fight beside\", ",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"the Levant Front now fights beside Turkey's forces\" fights Turkey",
	},
	{
		name: "extract-name-particle-leader", file: "extract/names.go",
		from: "if ok && n == 1 && rd.kinds[id] == \"individual\" && i+1 < described && nameParticles[",
		to:   "if false && n == 1 && rd.kinds[id] == \"individual\" && i+1 < described && nameParticles[",
		pkgs: []string{"./extract"}, breaks: "Abu Abdul Rahman Nour leads Nour al-Din al-Zenki by its name",
	},
	{
		name: "extract-near-consent", file: "extract/near.go",
		from: "if consentGiver(ts, *a) || consentGiver(ts, *b) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"with Egypt's consent, Israel attacked Hamas\" makes Egypt attack Hamas",
	},
	{
		name: "extract-acts-listed-subject", file: "extract/parties.go",
		from: "|| formerMen(ts, ms[li]) || actsListed(ts, ms[li], c)) {",
		to:   "|| formerMen(ts, ms[li])) {",
		pkgs: []string{"./extract"}, breaks: "the target of \"the failed attempt on Mohamed Ibrahim and the bombing of\" bombs",
	},
	{
		name: "extract-acts-listed-near", file: "extract/near.go",
		from: "|| actsListed(ts, *a, c) ||",
		to:   "||",
		pkgs: []string{"./extract"}, breaks: "the target of a listed act is paired near the next act's cue",
	},
	{
		name: "extract-had-opens-name", file: "extract/discover.go",
		from: "\"had\": true, \"were\": true,",
		to:   "\"were\": true,",
		pkgs: []string{"./extract"}, breaks: "\"Had Washington told Ioannidis\" finds a man \"Had Washington\"",
	},
	{
		name: "extract-city-opens-name", file: "extract/discover.go",
		from: "len(words) >= 2 && strings.ToLower(r.before) != \"the\"",
		to:   "false && strings.ToLower(r.before) != \"the\"",
		pkgs: []string{"./extract"}, breaks: "\"In Nicosia Sampson resigned\" finds a man \"Nicosia Sampson\"",
	},
	{
		name: "extract-relative-of-list", file: "extract/pairs.go",
		from: "if relativeOfLast(ts, ms[li], c) {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"Britain and France, and Djemal Pasha, who had hanged\" makes all three hang",
	},
	{
		name: "extract-relative-who-after-two", file: "extract/bystanders.go",
		from: "ts[m.end].word == \"who\" && ts[m.end-1].upper) &&",
		to:   "false) &&",
		pkgs: []string{"./extract"}, breaks: "\"between Mr. Gbagbo and Alassane Ouattara, who had the backing of\" backs both",
	},
	{
		name: "extract-noun-participle-subject", file: "extract/parties.go",
		from: "|| nounParticiple(ts, ms[li], c)) {",
		to:   ") {",
		pkgs: []string{"./extract"}, breaks: "\"concluded the agreement negotiated by Sir Mark Sykes\" makes Britain negotiate with Sykes",
	},
	{
		name: "extract-noun-participle-copula", file: "extract/bystanders.go",
		from: " && (d == 0 || !beWords[ts[d-1].word] && ts[d-1].word != \"became\" && ts[d-1].word != \"become\")",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "\"Jaish al-Fatah was the coalition led by Nusra\" is led by no one",
	},
	{
		name: "extract-noun-participle-own", file: "extract/bystanders.go",
		from: "if ownPronouns[ts[d].word] {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"Nusra had its offices raided by the IRGC\" is no raid on Nusra",
	},
	{
		name: "extract-noun-participle-mediation", file: "extract/bystanders.go",
		from: "c.cue.kind == alliances.Mediation || strings.Contains(ts[m.end].pre, \",\") && determiners[ts[m.end].word] {",
		to:   "strings.Contains(ts[m.end].pre, \",\") && determiners[ts[m.end].word] {",
		pkgs: []string{"./extract"}, breaks: "\"signed a ceasefire brokered by the United States\" is no mediation",
	},
	{
		name: "extract-near-aside", file: "extract/near.go",
		from: "|| inApposition(ts, ms, i, c) {",
		to:   " {",
		pkgs: []string{"./extract"}, breaks: "\"the Idrisi, also in treaty with Britain, fought the Turks\" makes Britain fight them, near",
	},
	{
		name: "extract-also-no-aside", file: "extract/whose.go",
		from: ", \"also\": true, \"still\": true, \"already\": true}",
		to:   "}",
		pkgs: []string{"./extract"}, breaks: "\"the Idrisi, also in treaty with Britain, fought the Turks\" makes Britain fight them",
	},
	{
		name: "extract-help-object-before", file: "extract/partywords.go",
		from: "&& c.cue.kind != alliances.Support || m.first <= c.end+1",
		to:   "|| m.first <= c.end+1",
		pkgs: []string{"./extract"}, breaks: "\"supplied most of its weapons, Cuba sent doctors\" arms Cuba",
	},
	{
		name: "extract-object-before-name-comma", file: "extract/partywords.go",
		from: "return strings.TrimSpace(ts[m.first].pre) == \",\" && strings.HasSuffix(w, \"s\")",
		to:   "return false && strings.HasSuffix(w, \"s\")",
		pkgs: []string{"./extract"}, breaks: "\"supplied most of its weapons, Cuba sent doctors\" arms Cuba",
	},
	{
		name: "extract-requests-for-support", file: "extract/support.go",
		from: "(c.cue.passive || c.first > 0 && ts[c.first-1].word != \"to\") && requested(ts, c.first)",
		to:   "c.cue.passive && requested(ts, c.first)",
		pkgs: []string{"./extract"}, breaks: "\"Requests for air support are to be passed through the Russian liaison\" is the IRGC's help to Russia",
	},
	{
		name: "extract-assess-stated", file: "extract/rules.yaml",
		from: "\"we assess\", \"we continue to assess\", \"we believe\", \"moderate confidence\",",
		to:   "\"we continue to assess\", \"we believe\",",
		pkgs: []string{"./extract"}, breaks: "\"We assess with moderate confidence that\" tells a fact",
	},
	{
		name: "extract-he-says-stated", file: "extract/rules.yaml",
		from: "\"he says\", \"she says\", \"everyone says\",",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "an informant's word, \"he says\", tells a fact",
	},
	{
		name: "extract-field-person", file: "extract/people.go",
		from: " ||\n\t\tlen(words[len(words)-1]) >= 3 && strings.ToUpper(words[len(words)-1]) == words[len(words)-1] {",
		to:   " {",
		pkgs: []string{"./extract"}, breaks: "\"Perpetrator JNIM\" is a man",
	},
	{
		name: "extract-province-person", file: "extract/discover.go",
		from: " || placeHeads[strings.ToLower(w)] || areaNouns[strings.ToLower(w)]\n",
		to:   "\n",
		pkgs: []string{"./extract"}, breaks: "\"placed under the West Africa Province\" finds a man",
	},
	{
		name: "extract-notebook-entry-undated", file: "extract/entries.go",
		from: "if m = notebookEntryRE.FindStringSubmatch(text); m != nil {",
		to:   "if m = nil; m != nil {",
		pkgs: []string{"./extract"}, breaks: "a notebook's \"12 March.\" takes the year its commentary named last",
	},
	{
		name: "extract-near-noun-participle", file: "extract/near.go",
		from: "|| nounParticiple(ts, *a, c) || agentOfOther(ts, c.end, b.first)",
		to:   "",
		pkgs: []string{"./extract"}, breaks: "the agents of \"the agreement negotiated by\" are paired with the subject, near",
	},
	{
		name: "extract-articled-lowercase", file: "extract/mentions.go",
		from: "if ok && n == 1 && rd.articled[key] && rd.written[key] == 1 && !ts[i].upper {",
		to:   "if false {",
		pkgs: []string{"./extract"}, breaks: "\"cooperated on the front line\" names the Levant Front, which the case calls \"the Front\"",
	},
	{
		name: "extract-pasha-no-person", file: "extract/discover.go",
		from: "case len(words) == 2 && trailingTitles[strings.ToLower(words[1])] && kind == \"\":",
		to:   "case false:",
		pkgs: []string{"./extract"}, breaks: "\"Djemal Pasha\" is no one a new case finds",
	},
	{
		name: "extract-bureau-no-organ", file: "extract/rules.yaml",
		from: "Court, Soviet, Senate, Bureau, Office, Service, Department]",
		to:   "Court, Soviet, Senate]",
		pkgs: []string{"./extract"}, breaks: "\"the Arab Bureau\" is no state's organ",
	},
	{
		name: "extract-post-of-body-a-body", file: "extract/discover.go",
		from: "kind != \"\" && k >= 2 && k <= 3 && title(words[0]) &&",
		to:   "false && k >= 2 && k <= 3 && title(words[0]) &&",
		pkgs: []string{"./extract"}, breaks: "\"Commander Hogarth of the Arab Bureau\" is a body",
	},
	{
		name: "extract-sherif-no-title", file: "extract/rules.yaml",
		from: "sheikh, sherif, governor,",
		to:   "sheikh, governor,",
		pkgs: []string{"./extract"}, breaks: "\"the Sherif Husain\" is no one a new case finds",
	},
	{
		name: "extract-apposed-name-none", file: "extract/abbreviations.go",
		from: "name = apposedName(d.Text, w) //",
		to:   "name = \"\" //",
		pkgs: []string{"./extract"}, breaks: "\"the PAIGC, the African Party for the Independence of Guinea and Cape Verde,\" is two actors",
	},
}
