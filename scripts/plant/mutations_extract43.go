package main

// readingMutations43 are the deliberate bugs of the readings added in the third session
// of 2026-12-07: one named in apposition after a passive's "by"; an invitation to talks;
// born of a split; a post "from" a party; a post's time and a post's "since"; a subject a
// post opens; an object before another verb; a visit's own object; a gap across a verb;
// an accusation denied; "he" opening a paragraph; coups; "and" and a date before a verb;
// an entry's headword, its pronouns, "its" and its elided subject; talks urged; a name not
// to be confused; months spanned with a hyphen; a request; courts; "dissolved ... into";
// ships; a noun in apposition; "they" after a semicolon; one man of a body; credit lines;
// a post no unit; words of address; arrows; a timeline's labels; "sends ... to";
// "according to"; one who suffers an act; "became"; an appeal; help in a relative clause.
var readingMutations43 = []mutation{
	{
		name: "extract-named-one-agent", file: "extract/parties.go",
		from: `!namedMen(ts, ms, ri, c.end) && !namedOne(ts, ms, ri, c.end)`,
		to:   `!namedMen(ts, ms, ri, c.end)`,
		pkgs: []string{"./extract"}, breaks: "\"commanded by a Belgian veteran, Christian Tavernier\" gives the White Legion no commander",
	},
	{
		name: "extract-apposed-one", file: "extract/parties.go",
		from: `if ri = apposedOne(ts, ms, ri, c); ri`,
		to:   `if ri`,
		pkgs: []string{"./extract"}, breaks: "\"commanded by a British officer, Glubb Pasha\" gives the Arab Legion no commander",
	},
	{
		name: "extract-invited-talks", file: "extract/rules.yaml",
		from: `cues: [invited, invites, inviting]`,
		to:   `cues: [invitedx]`,
		pkgs: []string{"./extract"}, breaks: "\"Ne Win invited the insurgents to Rangoon for talks\" tells no talks",
	},
	{
		name: "extract-born-of-split", file: "extract/rules.yaml",
		from: `"born of a split in", "born of a split inside",`,
		to:   `"born of a split in",`,
		pkgs: []string{"./extract"}, breaks: "\"the FLN was born of a split inside Messali Hadj's MTLD\" tells no split",
	},
	{
		name: "extract-post-from", file: "extract/posts.go",
		from: `case "in", "from":`,
		to:   `case "in":`,
		pkgs: []string{"./extract"}, breaks: "\"a prime minister from the opposition MDR, Dismas Nsengiyaremye\" makes him no man of the MDR",
	},
	{
		name: "extract-pair-when", file: "extract/posts.go",
		from: `v, cue := rd.pairWhen(d, s, ts, pr.member, pr.of, valid, timeCue)`,
		to:   `v, cue := valid, timeCue`,
		pkgs: []string{"./extract"}, breaks: "Nsengiyaremye's post of April 1992 is dated by the sentence's \"since 1975\"",
	},
	{
		name: "extract-aside-since", file: "extract/when.go",
		from: ` || from >= 0 && asideSince(text, loc, from, to) {`,
		to:   ` {`,
		pkgs: []string{"./extract"}, breaks: "\"Jamil Mahuad, Ecuador's president since August 1998, ended the dispute\" dates the talks from his presidency",
	},
	{
		name: "extract-opens-of", file: "extract/clauses.go",
		from: `ts[k].upper && ts[i-1].word == "of" && i-k <= 3)`,
		to:   `false)`,
		pkgs: []string{"./extract"}, breaks: "\"the Amir of Kuwait, Sheikh Sabah al-Ahmad, was mediating between Doha and ..., with the support of\" puts Britain behind Doha",
	},
	{
		name: "extract-object-then-verb", file: "extract/asides.go",
		from: `|| objectThenVerb(ts, c, at) ||`,
		to:   `||`,
		pkgs: []string{"./extract"}, breaks: "\"Stroessner backs a failed barracks plot and escapes to the Brazilian embassy\" makes him Brazil's backer",
	},
	{
		name: "extract-visited-other", file: "extract/asides.go",
		from: ` || visitedOther(ts, c, at) ||`,
		to:   ` ||`,
		pkgs: []string{"./extract"}, breaks: "\"visits troops near the Cenepa beside General Hermoza Ríos\" makes talks with his own general",
	},
	{
		name: "extract-gap-verb", file: "extract/cues.go",
		from: `relativeWords[ts[k].word] || k > i+g && coordinatedVerb(ts, k)`,
		to:   `relativeWords[ts[k].word]`,
		pkgs: []string{"./extract"}, breaks: "\"sends volunteers north and calls a general strike against the regime\" is a war on the regime",
	},
	{
		name: "extract-accuse-denied", file: "extract/doers.go",
		from: `"accuse": true, "blame": true,`,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"The rebels accuse Peron of open intervention; Buenos Aires denies it\" disputes the accusation",
	},
	{
		name: "extract-paragraph-before", file: "extract/pronouns.go",
		from: `if id := rd.paragraphBefore(skip); id != "" {`,
		to:   `if id := rd.paragraphBefore(skip); false && id != "" {`,
		pkgs: []string{"./extract"}, breaks: "\"1942. He outlaws the Liberal Party\" goes to Estigarribia, dead in the paragraph before",
	},
	{
		name: "extract-overthrows", file: "extract/rules.yaml",
		from: `overthrows, overthrowing, deposes, deposing, `,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"Stroessner overthrows Chaves\" tells no coup",
	},
	{
		name: "extract-and-date-verb", file: "extract/sharedsubject.go",
		from: `if ts[j].word == "in" || ts[j].word == "on" && j < k-1 {`,
		to:   `if false {`,
		pkgs: []string{"./extract"}, breaks: "\"Libya sided with the Derg after 1977, and in August 1981 joined Ethiopia\" puts the ELF in the Aden pact",
	},
	{
		name: "extract-entry-pronouns", file: "extract/mentions.go",
		from: `return rd.entryPronouns(ts, menOf(`,
		to:   `return (menOf(`,
		pkgs: []string{"./extract"}, breaks: "\"ELF. ... Egypt gave it offices .... It crushed the ELM\" makes Egypt the ELM's enemy",
	},
	{
		name: "extract-its-owner", file: "extract/stateposts.go",
		from: `owner, from, relative := rd.itsOwner(), 0, -1`,
		to:   `owner, from, relative := rd.said, 0, -1`,
		pkgs: []string{"./extract"}, breaks: "\"Second Revolutionary Army. ... Its commander, Demissie Bulto\" makes him Ethiopia's",
	},
	{
		name: "extract-urged-talks", file: "extract/cues.go",
		from: `if urgedTalks(ts, c) {`,
		to:   `if false {`,
		pkgs: []string{"./extract"}, breaks: "\"Aman Andom urged talks with the EPLF\" makes talks held",
	},
	{
		name: "extract-not-confused", file: "extract/names.go",
		from: `if strings.Contains(d.Text[s.Start:s.End], "to be confused with") {`,
		to:   `if false {`,
		pkgs: []string{"./extract"}, breaks: "\"Not to be confused with the first Weyane\" makes the first Weyane a part of the TPLF",
	},
	{
		name: "extract-month-span-hyphen", file: "extract/citations.go",
		from: `func(r rune) bool { return r == '-' || r == '–' }`,
		to:   `func(r rune) bool { return false }`,
		pkgs: []string{"./extract"}, breaks: "\"(February-June 1982)\" is read as a citation, and the offensive's Soviet advisers lose their months",
	},
	{
		name: "extract-request-subject", file: "extract/parties.go",
		from: `(c.cue.words[0] == "with" || c.cue.words[0] == "at")`,
		to:   `(c.cue.words[0] == "with")`,
		pkgs: []string{"./extract"}, breaks: "\"dissolved al-Wefaq at the request of the Ministry of Justice\" puts the ministry on al-Wefaq's side",
	},
	{
		name: "extract-courts-coerce", file: "extract/rules.yaml",
		from: `dissolved, dissolves, dissolving, sentenced, sentences, sentencing, `,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"the National Safety Court sentenced Mushaima\" tells no coercion",
	},
	{
		name: "extract-dissolved-into", file: "extract/rules.yaml",
		from: `"dissolved ... into", `,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"Junta dissolved 7 May 1965 into a Government of National Reconstruction\" finds no merger",
	},
	{
		name: "extract-ship-named", file: "extract/scenes.go",
		from: `rd.shipNamed(ts, m) || describingNoun(ts, ms, m)`,
		to:   `describingNoun(ts, ms, m)`,
		pkgs: []string{"./extract"}, breaks: "\"Two river gunboats, the Paraguay and the Humaita, slip north to join the insurgents\" makes Paraguay the rebels' partner",
	},
	{
		name: "extract-describing-noun", file: "extract/scenes.go",
		from: `rd.shipNamed(ts, m) || describingNoun(ts, ms, m)`,
		to:   `rd.shipNamed(ts, m)`,
		pkgs: []string{"./extract"}, breaks: "\"Waad, the secular leftist society of Ebrahim Sharif,\" makes Sharif the leader of the other society",
	},
	{
		name: "extract-they-semicolon", file: "extract/mentions.go",
		from: ` && (words[0] != "they" || rd.kinds[out[0].id] != "individual")`,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"Natalicio calls the Febreristas ...; they accuse him\" makes Natalicio the accuser",
	},
	{
		name: "extract-person-of-body", file: "extract/support.go",
		from: `if li >= 0 && rd.personOfBody(ts, ms[li], c) {`,
		to:   `if false {`,
		pkgs: []string{"./extract"}, breaks: "\"Former askari of the Italian colonial army, who ... fired on an Ethiopian police post\" puts the army in the war of 1961",
	},
	{
		name: "extract-credits", file: "extract/discover.go",
		from: `return rd.legendAliases(d, withoutCredits(d, rd.withoutLawNames(append(out, rd.discoverFactions(d)...))))`,
		to:   `return rd.legendAliases(d, rd.withoutLawNames(append(out, rd.discoverFactions(d)...)))`,
		pkgs: []string{"./extract"}, breaks: "\"Curators: Ana Lucía Ferreira and Thomas Whitcombe.\" offers the curators as actors",
	},
	{
		name: "extract-title-unit", file: "extract/people.go",
		from: `known || rd.titleWord(w) {`,
		to:   `known {`,
		pkgs: []string{"./extract"}, breaks: "\"Hezbollah's Secretary-General\" is found as an armed group",
	},
	{
		name: "extract-address-only", file: "extract/posts.go",
		from: ` && !addressOnly(ts, a, from, b.first)`,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"asked about the United States, Mr Spenlow said\" makes the Foreign Office witness an American",
	},
	{
		name: "extract-arrow", file: "extract/openings.go",
		from: `strings.ContainsAny(t.pre, "→⇒")`,
		to:   `false`,
		pkgs: []string{"./extract"}, breaks: "\"the Sudanese army disarmed its units. → ELF-RC, Falul.\" has Sudan disarm the Falul",
	},
	{
		name: "extract-label-entry", file: "extract/entries.go",
		from: `if e := rd.labelEntry(text); e[0] != "" {`,
		to:   `if e := rd.labelEntry(text); false && e[0] != "" {`,
		pkgs: []string{"./extract"}, breaks: "\"APR. Argentina sends rifles ... to Morinigo\" loses its month",
	},
	{
		name: "extract-entry-present", file: "extract/when.go",
		from: `rd.entry[0] == "" && from > 0 &&`,
		to:   `from > 0 &&`,
		pkgs: []string{"./extract"}, breaks: "\"OCT 1948. ... Brazil shelters him\" is dated up to the document's day, told in the present",
	},
	{
		name: "extract-sends-to", file: "extract/rules.yaml",
		from: `"sends ... to", "ships ... to", `,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"Argentina sends rifles, machine guns and fuel to Morinigo\" tells no help",
	},
	{
		name: "extract-according-to-gap", file: "extract/cues.go",
		from: ` || ts[k-1].word == "according") {`,
		to:   `) {`,
		pkgs: []string{"./extract"}, breaks: "\"China sends rice ... and, according to American sources, engineer units\" sends help to the sources",
	},
	{
		name: "extract-entry-headword-implicit", file: "extract/implicit.go",
		from: `headword := st.li < 0`,
		to:   `headword := false && st.li < 0`,
		pkgs: []string{"./extract"}, breaks: "\"TPLF. ... Chaired from 1989 by Meles Zenawi.\" gives the TPLF no chairman",
	},
	{
		name: "extract-became-body", file: "extract/heldposts.go",
		from: `return !rd.becameBody(ts, c, *left, *right)`,
		to:   `return true`,
		pkgs: []string{"./extract"}, breaks: "\"the CRUA became the FLN\" tells no renaming",
	},
	{
		name: "extract-appealed-to", file: "extract/rules.yaml",
		from: ` "appealed to", "appeals to", "appealing to",`,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"Lumumba had appealed to the United Nations\" tells no contact",
	},
	{
		name: "extract-relative-head-helped", file: "extract/support.go",
		from: "\tif r := relativeHead(ts, ms, li, c); r >= 0 {\n\t\treturn r\n\t}\n\tif g := group(",
		to:   "\tif g := group(",
		pkgs: []string{"./extract"}, breaks: "\"Fujimori, who had closed Congress in 1992 with the backing of the army's high command\" puts the army behind Congress",
	},
	{
		name: "extract-victim-agent", file: "extract/victims.go",
		from: `if !victim && !slices`,
		to:   `if (victim || !victim) && !slices`,
		pkgs: []string{"./extract"}, breaks: "\"the separatists had been driven from the towns by Ansar Dine, AQIM and MUJAO\" makes the separatists their partners",
	},
}
