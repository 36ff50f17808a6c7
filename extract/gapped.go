package extract

import (
	"slices"
	"strings"
)

// gappedFroms returns the cue spans a sentence states again with its verb left out: help
// from one, "and" more help from another ("received tanks from Moscow and artillery from
// East Germany", "weapons from Iran and money from Qatar"). Each is the cue of the first,
// reaching to the second "from", so that its subject and the second giver are its
// parties.
func gappedFroms(ts []token, ms []mention, spans []cueSpan) []cueSpan {
	var out []cueSpan
	for _, c := range spans {
		if !c.cue.passive || c.cue.words[len(c.cue.words)-1] != "from" || c.cue.kind.Sign() <= 0 {
			continue
		}
		a := slices.IndexFunc(ms, func(m mention) bool { return m.first == c.end || m.first == c.end+1 && determiners[ts[c.end].word] })
		for a >= 0 {
			end := secondFrom(ts, ms[a].end)
			if end < 0 {
				break
			}
			b := slices.IndexFunc(ms, func(m mention) bool { return m.first == end || m.first == end+1 && determiners[ts[end].word] })
			if b < 0 {
				break
			}
			out = append(out, cueSpan{cue: c.cue, first: c.first, end: end})
			a = b
		}
	}
	return out
}

// secondFrom returns the token after a second "from" that follows a giver's name ending
// at token k: "and" (or a comma), at most four words that name more help, no verb, then
// "from"; else -1.
func secondFrom(ts []token, k int) int {
	if k >= len(ts) || ts[k].word != "and" && !strings.Contains(ts[k].pre, ",") {
		return -1
	}
	start := k
	if ts[k].word == "and" {
		start++
	}
	for j := start; j < len(ts) && j <= start+4; j++ {
		t := ts[j]
		if j > k && strings.ContainsAny(t.pre, ",;:()") || t.upper {
			return -1
		}
		if t.word == "from" {
			if j+1 < len(ts) {
				return j + 1
			}
			return -1
		}
		if strings.HasSuffix(t.word, "ed") || pastVerbs[t.word] || auxiliaries[t.word] || relativeWords[t.word] {
			return -1 // "weapons from Iran and fled from": another verb, another clause
		}
	}
	return -1
}

// thousands reports whether the comma before token k separates a number's thousands:
// "sent 15,000 men to".
func thousands(ts []token, k int) bool {
	return ts[k].pre == "," && k > 0 && numeric(ts[k-1].word) && numeric(ts[k].word) && len(ts[k].word) == 3
}

// listedNoun reports whether the word at k, after a comma, goes on a list of nouns rather
// than opening a clause: "received money, weapons and training from".
func listedNoun(ts []token, k int) bool {
	w := ts[k]
	if (w.word == "and" || w.word == "or") && k+1 < len(ts) {
		w = ts[k+1] // "money, weapons, and training": the list's last noun
	}
	switch w.word {
	case "and", "but", "or", "which", "who", "whose", "while", "as", "when", "after", "before", "the", "a", "an", "its", "their",
		"it", "they", "he", "she", "then", "also":
		return false
	}
	// "the money that the ISI distributed during the jihad, rejected the arrangement": a
	// verb and its object after the comma open a clause of its own (not "the town of
	// Konna, located 600 km from the capital, from the army": a participle's aside).
	if (len(w.word) > 4 && strings.HasSuffix(w.word, "ed") || pastVerbs[w.word]) && k+1 < len(ts) && (determiners[ts[k+1].word] || ts[k+1].upper) {
		return false
	}
	return !w.upper && !numeric(w.word)
}
