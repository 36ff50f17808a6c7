package extract

import (
	"slices"
	"strings"
)

// The asides that may stand after an item of a list, before ", and" and the next item,
// and those of an agent after a participle.

// shortAside returns where a short aside after a list's item closes, before ", and"
// and the next item ("Faisal, now king, and Nasser"), or from where none: a word of time
// and up to two words in small letters, no verb among them, between commas.
func shortAside(ts []token, from, to int) int {
	if from >= to || !strings.Contains(ts[from].pre, ",") || !asideTimes[ts[from].word] {
		return from
	}
	for k := from + 1; k < to && k <= from+3; k++ {
		if !strings.Contains(ts[k].pre, ",") {
			continue
		}
		if ts[k].word != "and" || slices.ContainsFunc(ts[from+1:k], func(t token) bool {
			return t.upper || strings.ContainsAny(t.pre, ";:()") || pastVerbs[t.word] || auxiliaries[t.word] || strings.HasSuffix(t.word, "ed") || relativeWords[t.word]
		}) {
			return from
		}
		return k
	}
	return from
}

// asideTimes open a short aside of when in a list: "Faisal, now king, and Nasser".
var asideTimes = map[string]bool{"now": true, "then": true, "later": true, "once": true, "still": true, "newly": true, "meanwhile": true}

// itemAside returns where a participle's aside after a list's item closes, at
// the token after its closing comma when that is "and" ("the WSLF, revived in the
// mid-1970s among the Ogadeni clans, and the SALF"), or from where none: a past
// participle opens it, not of an agent ("led by", read by agentAside), and it names
// no one (the tokens [from, to) hold no mention), holds no verb of a clause, no
// relative word and no stop past a comma.
func itemAside(ts []token, from, to int) int {
	if from+2 >= to || from < 1 || !strings.Contains(ts[from].pre, ",") || ts[from+1].word == "by" ||
		!strings.HasSuffix(ts[from].word, "ed") && !pastParticiples[ts[from].word] {
		return from
	}
	for k := from + 1; k < to && k <= from+14; k++ {
		if strings.ContainsAny(ts[k].pre, ";:()") || auxiliaries[ts[k].word] || relativeWords[ts[k].word] {
			return from
		}
		if !strings.Contains(ts[k].pre, ",") && (ts[k].word == "and" || ts[k].word == "or") {
			return from // "who had quarrelled with the leadership, moved to Kisangani and then to Bunia, and his wing": a clause's verbs
		}
		if strings.Contains(ts[k].pre, ",") {
			if ts[k].word != "and" || slices.ContainsFunc(ts[k+1:to], func(t token) bool { return t.word != "the" && !indefinite(t.word) }) {
				return from
			}
			return k
		}
	}
	return from
}

// asideAgent reports whether m is the agent after "by" of an aside a participle opens
// after a comma and a comma closes before token i: "Hezbollah, funded and armed by Iran,
// had grown".
func asideAgent(ts []token, m mention, i int) bool {
	if m.first < 2 || ts[m.first-1].word != "by" || m.end >= i ||
		!slices.ContainsFunc(ts[m.end:i], func(t token) bool { return strings.Contains(t.pre, ",") }) {
		return false
	}
	for k := m.first - 1; k > 0 && m.first-k <= 6; k-- {
		if strings.ContainsAny(ts[k].pre, ";:()") {
			return false
		}
		if strings.Contains(ts[k].pre, ",") {
			return strings.HasSuffix(ts[k].word, "ed") || pastParticiples[ts[k].word]
		}
	}
	return false
}
