package main

// readingMutations45 are the deliberate bugs of the readings added in the session of
// 2026-12-07 after the fourth: the two sides of a paragraph's talks; a ceasefire one
// negotiated between two others; a fight to cover another; an index's line; a
// spreadsheet's cells; a log's hours.
var readingMutations45 = []mutation{
	{
		name: "extract-paragraph-sides", file: "extract/mentions.go",
		from: `rd.facing[0] != "" && rd.facingIn == rd.paragraph {`,
		to:   `rd.facing[0] != "" && rd.facingIn == rd.paragraph && false {`,
		pkgs: []string{"./extract"}, breaks: "\"India mediated persistently between the two sides\" mediates between the two the text told fighting, not its paragraph's talks",
	},
	{
		name: "extract-obtained-between", file: "extract/convened.go",
		from: `case obtainWords[w]:`,
		to:   `case obtainWords[w] && false:`,
		pkgs: []string{"./extract"}, breaks: "\"negotiated a ceasefire between the government and the rebels\" tells no mediation",
	},
	{
		name: "extract-obtained-aside", file: "extract/obtained.go",
		from: `a = rd.postHolder(ts, ms, subject(ts, ms))`,
		to:   `a = rd.postHolder(ts, ms, a)`,
		pkgs: []string{"./extract"}, breaks: "\"Abdel Aziz, then chairing the African Union, negotiated\" makes the African Union the mediator",
	},
	{
		name: "extract-fought-to-cover", file: "extract/pairs.go",
		from: `(otherClauses(ts, ms, ri, c) || c.cue.kind == alliances.Hostility && helpedPurpose(ts, ms, ri, c) || purposeObject(ts, ms, ri, c))`,
		to:   `(otherClauses(ts, ms, ri, c) || purposeObject(ts, ms, ri, c))`,
		pkgs: []string{"./extract"}, breaks: "\"fought at Kunu-ri to cover the Eighth Army's withdrawal\" reads a fight with the Eighth Army",
	},
	{
		name: "extract-near-fought-to-cover", file: "extract/near.go",
		from: `b.first > c.end && helpedPurpose(ts, ms, j, c) {`,
		to:   `b.first > c.end && helpedPurpose(ts, ms, j, c) && false {`,
		pkgs: []string{"./extract"}, breaks: "the near reading makes the covered the fighter's foe",
	},
	{
		name: "extract-cover-retreat-of", file: "extract/purposes.go",
		from: `n <= 3 && between[n-1].word == "of"`,
		to:   `n <= 3 && between[n-1].word == "ofx"`,
		pkgs: []string{"./extract"}, breaks: "\"fought to cover the retreat of the Eighth Army\" reads a fight with it",
	},
	{
		name: "extract-panic-index", file: "extract/pairs.go",
		from: `after := min(pastBracket(ts, pastAgentAside(ts, ms, ms[li].end), c.first), c.first+1)`,
		to:   `after := pastBracket(ts, pastAgentAside(ts, ms, ms[li].end), c.first)`,
		pkgs: []string{"./extract"}, breaks: "an index's line \"RG, routed by, 110\" panics the reader",
	},
	{
		name: "extract-csv-cells", file: "extract/document.go",
		from: `if cells, ok := csvCells(p); ok {`,
		to:   `if cells, ok := csvCells(p); ok && false {`,
		pkgs: []string{"./extract"}, breaks: "a spreadsheet's actors' cell reads as a list of parties to its event type's cell",
	},
	{
		name: "extract-clock-log", file: "extract/clocks.go",
		from: `log = log || !yearAt(text, m[2])`,
		to:   `log = log && !yearAt(text, m[2])`,
		pkgs: []string{"./extract"}, breaks: "a log's hour \"(N) 2000\" reads as the year 2000",
	},
	{
		name: "extract-clock-timeline", file: "extract/clocks.go",
		from: `if !log || len(out) < 3 {`,
		to:   `if len(out) < 3 {`,
		pkgs: []string{"./extract"}, breaks: "a timeline's \"1953 The Tughma fought\" loses its year",
	},
	{
		name: "extract-index-lines", file: "extract/document.go",
		from: `index := indexLines(p)`,
		to:   `index := false`,
		pkgs: []string{"./extract"}, breaks: "an index's group reads as one sentence: \"KF, member of\" under the KDP makes the Front the PUK's",
	},
	{
		name: "extract-teller-aside", file: "extract/parties.go",
		from: `ms = outsideTellerAsides(ts, outsideAgentAsides(ts, ms, c), c)`,
		to:   `ms = outsideAgentAsides(ts, ms, c)`,
		pkgs: []string{"./extract"}, breaks: "\"Colonel Gaddafi, says the Embassy, favours the Tughma\" makes the Embassy the Tughma's friend",
	},
	{
		name: "extract-teller-aside-account", file: "extract/tellerasides.go",
		from: `return !account || ts[k-1].word == "account" || ts[k-1].word == "accounts"`,
		to:   `return !account`,
		pkgs: []string{"./extract"}, breaks: "\"Moscow, by the Embassy's account, promised\" makes the Embassy the promiser",
	},
	{
		name: "extract-teller-aside-that", file: "extract/tellerasides.go",
		from: `if w := ts[j].word; w != "to" && w != "the" && w != "a" && w != "an" {`,
		to:   `if w := ts[j].word; w != "to" && !determiners[w] {`,
		pkgs: []string{"./extract"}, breaks: "\"claims that the Tughma, fighting side by side with\" drops the Tughma as a teller",
	},
	{
		name: "extract-given-shared-subject", file: "extract/support.go",
		from: `ts[v-1].word == "and" && s < giver`,
		to:   `ts[v-1].word == "andx" && s < giver`,
		pkgs: []string{"./extract"}, breaks: "\"welcomed al-Attas and promised the new men its support\" makes al-Attas the giver",
	},
	{
		name: "extract-present-verb-and", file: "extract/parties.go",
		from: `presentVerb(c.cue.words[0]) && !strings.Contains(ts[k].pre, ",")`,
		to:   `false`,
		pkgs: []string{"./extract"}, breaks: "\"Ali Nasir fights the Tughma and backs the Zumra\" makes the Tughma the Zumra's backer",
	},
	{
		name: "extract-wants-truce", file: "extract/cues.go",
		from: `c.cue.kind == alliances.Agreement && truceNouns[c.cue.words[0]]`,
		to:   `c.cue.kind == alliances.Agreement && false`,
		pkgs: []string{"./extract"}, breaks: "\"Moscow wants a ceasefire\" reads a ceasefire agreed",
	},
	{
		name: "extract-wants-verbs", file: "extract/cues.go",
		from: `"wants": true, "want": true, "wanting": true, "wishes": true, "wished": true}`,
		to:   `"wishes": true, "wished": true}`,
		pkgs: []string{"./extract"}, breaks: "\"wants talks with Belgrade, not war\" reads talks held",
	},
	{
		name: "extract-truce-offered", file: "extract/cues.go",
		from: `!(c.cue.kind == alliances.Agreement && offers[ts[k].word])`,
		to:   `true`,
		pkgs: []string{"./extract"}, breaks: "\"offered a truce to the Tughma\" reads no contact",
	},
	{
		name: "extract-trying-to-arrange", file: "extract/cues.go",
		from: `arrangings[ts[k].word] && ts[k-1].word == "to" && attempts[ts[k-2].word]`,
		to:   `false && arrangings[ts[k].word]`,
		pkgs: []string{"./extract"}, breaks: "\"trying to arrange talks between the Tughma and the Zumra\" reads talks held",
	},
	{
		name: "extract-purpose-between", file: "extract/purposes.go",
		from: `|| ts[k+1].word == "between" // "sent envoys to mediate between"`,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"sent envoys to mediate between\" makes the senders negotiate with each other",
	},
	{
		name: "extract-speaks-for", file: "extract/rules.yaml",
		from: `"speaks for", "spoke for", "speaking for", `,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"Al-Beidh now speaks for the Tughma\" tells nothing",
	},
	{
		name: "extract-office-backed", file: "extract/cues.go",
		from: `c.passive && c.kind != alliances.Support && rd.personsMen(ts, ms, i)`,
		to:   `c.passive && rd.personsMen(ts, ms, i)`,
		pkgs: []string{"./extract"}, breaks: "\"Feith's office, backed by the US\" makes Feith the US's backer",
	},
	{
		name: "extract-joined-talks", file: "extract/joinedpact.go",
		from: `if ts[ms[ri].end-1].possessive && rd.meetingAt(ts, ms[ri].end) {`,
		to:   `if false {`,
		pkgs: []string{"./extract"}, breaks: "\"joined the CB's talks\" makes Halimi the CB's member",
	},
	{
		name: "extract-amnesty", file: "extract/purposes.go",
		from: `, "proclamation", "amnesty", "pardon", "pardons":`,
		to:   `, "proclamation":`,
		pkgs: []string{"./extract"}, breaks: "\"signed the amnesty for UCPMB fighters\" reads a deal with the UCPMB",
	},
	{
		name: "extract-reinforcements", file: "extract/then.go",
		from: `|| w == "reinforcements" {`,
		to:   `{`,
		pkgs: []string{"./extract"}, breaks: "\"the MUP sent reinforcements\" helps the one helped last",
	},
	{
		name: "extract-possessive-no-holder", file: "extract/posts.go",
		from: `if person(*m) && !ts[m.end-1].possessive {`,
		to:   `if person(*m) {`,
		pkgs: []string{"./extract"}, breaks: "\"..., Obiang's most persistent opponent\" makes Obiang the exile government's president",
	},
	{
		name: "extract-in-our-play", file: "extract/rules.yaml",
		from: `"in our play", `,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"In our play Mugabe receives Obiang\" reads a meeting held",
	},
	{
		name: "extract-private-company", file: "extract/bodies.go",
		from: `|| privateWords[t.word] })`,
		to:   `})`,
		pkgs: []string{"./extract"}, breaks: "\"a South African private military company\" makes EO a body of South Africa",
	},
	{
		name: "extract-by-some-accounts", file: "extract/rules.yaml",
		from: `"by some accounts", `,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"By some accounts du Toit had done business with\" is reported",
	},
	{
		name: "extract-denied-post", file: "extract/statements.go",
		from: `(accusations[c.cue.text] || c.cue.text == "of")`,
		to:   `accusations[c.cue.text]`,
		pkgs: []string{"./extract"}, breaks: "\"the Spanish government of Aznar ...; Spain denied it\" disputes Aznar's office",
	},
	{
		name: "extract-purpose-object", file: "extract/pairs.go",
		from: `|| purposeObject(ts, ms, ri, c)) {`,
		to:   `) {`,
		pkgs: []string{"./extract"}, breaks: "\"hired to put Severo Moto in the presidential palace\" makes Moto a hirer",
	},
	{
		name: "extract-purpose-object-threat", file: "extract/purposes.go",
		from: `return (c.cue.kind == alliances.Support || c.cue.kind == alliances.Cooperation) && len(c.cue.words) == 1`,
		to:   `return (c.cue.kind == alliances.Support || c.cue.kind != alliances.Cooperation) && len(c.cue.words) == 1`,
		pkgs: []string{"./extract"}, breaks: "\"threatening to set Libya's clock back\" threatens no one",
	},
	{
		name: "extract-place-adverbs", file: "extract/passives.go",
		from: `adverb(ts[k].word) || placeAdverbs[ts[k].word]`,
		to:   `adverb(ts[k].word)`,
		pkgs: []string{"./extract"}, breaks: "\"arrested there in August 2004 by the Scorpions\" finds no arrester",
	},
	{
		name: "extract-rounded-up", file: "extract/rules.yaml",
		from: `"rounded up", "rounds up", "rounding up", `,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"police in Malabo rounded up Nick du Toit\" tells nothing",
	},
	{
		name: "extract-carried-every-message", file: "extract/rules.yaml",
		from: `"carried every message between", "carried all messages between", `,
		to:   ``,
		pkgs: []string{"./extract"}, breaks: "\"carried every message between the CB and the UCPMB\" mediates nothing",
	},
}
