package extract

import (
	"slices"
	"strings"
)

// outsideTellerAsides returns ms without the tellers of an aside set off by commas before
// the cue c: "Colonel Gaddafi, says the Embassy, favours the Tughma", "Moscow, by the
// Embassy's account, has welcomed him": the Embassy tells, it neither favours nor welcomes.
func outsideTellerAsides(ts []token, ms []mention, c cueSpan) []mention {
	teller := func(m mention) bool { return m.end <= c.first && tellerAside(ts, m, c.first) }
	if !slices.ContainsFunc(ms, teller) {
		return ms
	}
	return slices.DeleteFunc(slices.Clone(ms), teller)
}

// tellerAside reports whether the mention m stands in an aside of telling that a comma
// opens a few words before it and another closes right after it, at or before the cue
// at token cue: ", says the Embassy,", ", according to Western diplomats,", ", by the
// Embassy's account,".
func tellerAside(ts []token, m mention, cue int) bool {
	if m.first < 0 {
		return false
	}
	open := -1
	for j := m.first; j >= max(1, m.first-4); j-- {
		if strings.ContainsAny(ts[j].pre, ";:()") {
			return false
		}
		if strings.Contains(ts[j].pre, ",") {
			open = j
			break
		}
	}
	if open < 0 || open+1 >= len(ts) {
		return false
	}
	// Only the verb, "to" and an article before the teller: not ", claims that Pathet Lao
	// forces,", a clause of what is told.
	for j := open + 1; j < m.first; j++ {
		if w := ts[j].word; w != "to" && w != "the" && w != "a" && w != "an" {
			return false
		}
	}
	account := false
	switch w := ts[open].word; {
	case saying[w] || w == "claims" || w == "claimed" || w == "insists" || w == "insisted" || w == "according" && ts[open+1].word == "to":
	case w == "by":
		account = true // ", by the Embassy's account,"
	default:
		return false
	}
	for k := m.end; k <= min(cue, m.end+1, len(ts)-1); k++ {
		if strings.ContainsAny(ts[k].pre, ";:()") {
			return false
		}
		if strings.Contains(ts[k].pre, ",") {
			return !account || ts[k-1].word == "account" || ts[k-1].word == "accounts"
		}
	}
	return false
}
