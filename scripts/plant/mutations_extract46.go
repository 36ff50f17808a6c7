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
		from: `thirdAs(ts, ms[ri].end) || dealThird(ts, ms[ri], c)) {`,
		to:   `thirdAs(ts, ms[ri].end)) {`,
		pkgs: []string{"./extract"}, breaks: "\"they signed a ceasefire under the auspices of IGAD\" makes IGAD a party to the ceasefire",
	},
	{
		name: "extract-deal-third-of", file: "extract/actedas.go",
		from: `return f > 1 && ts[f-1].word == "of" && thirdOfNouns[ts[f-2].word]`,
		to:   `return f > 1 && ts[f-1].word == "of" && thirdOfNouns[ts[f-1].word]`,
		pkgs: []string{"./extract"}, breaks: "\"through the mediation of Welch\" makes Welch a party to the ceasefire",
	},
}
