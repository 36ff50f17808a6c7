package extract

import (
	"slices"
	"strings"
)

// The phrases around a cue that say whom it speaks of: an aside set off by commas, the
// judge of what is said, a list of subjects after a copula.

// apposed reports whether the actor b stands in a noun phrase set off by commas after a,
// before the cue: "Turkey, a NATO member with the alliance's second largest army, has had
// a relatively friendly relationship with Syria" tells of Turkey.
func apposed(ts []token, a, b mention, cue int) bool {
	if a.end >= len(ts) || b.first-a.end > 3 || b.first <= a.end || !strings.Contains(ts[a.end].pre, ",") {
		return false
	}
	if w := ts[a.end].word; w != "a" && w != "an" && w != "the" && w != "one" {
		return false
	}
	// Not a list's next item: "The U.S., the World Bank, and the African Development
	// Bank suspended ...".
	for i := b.end; i <= cue && i < len(ts); i++ {
		if strings.Contains(ts[i].pre, ",") {
			return ts[i].word != "and" && ts[i].word != "or"
		}
	}
	return false
}

// copulaList reads "the (major) parties supporting X are A, B and C": a participle of a
// directed cue after a plural noun that names no actor, its object right after it, then a
// copula and the list of its subjects. It returns the object's index and the subjects.
func copulaList(ts []token, ms []mention, c cueSpan) (int, []*mention) {
	if len(c.cue.words) != 1 || !strings.HasSuffix(c.cue.words[0], "ing") || c.cue.passive || !c.cue.kind.Directed() ||
		c.first < 2 || !listNouns[ts[c.first-1].word] || slices.ContainsFunc(ms, func(m mention) bool { return m.end <= c.first }) {
		return -1, nil
	}
	object := slices.IndexFunc(ms, func(m mention) bool { return m.first >= c.end })
	if object < 0 || ms[object].first-c.end > 1 || object+1 >= len(ms) {
		return -1, nil
	}
	k := ms[object].end
	if k+1 >= len(ts) || !copulas[ts[k].word] || strings.ContainsAny(ts[k].pre, ",;:") {
		return -1, nil
	}
	next := ms[object+1]
	if next.first != k+1 && !(next.first == k+2 && determiners[ts[k+1].word]) {
		return -1, nil
	}
	return object, group(ts, ms, object+1, +1)
}

// listNouns are the plural nouns of actors a list after a copula names: "the parties
// supporting X are A and B".
var listNouns = map[string]bool{"parties": true, "countries": true, "states": true, "powers": true, "groups": true,
	"actors": true, "governments": true, "backers": true, "sponsors": true, "allies": true, "supporters": true}

// nounGrades are the adjectives between a possessive and a noun of partners: "its major
// allies", "their closest partners".
var nounGrades = map[string]bool{"major": true, "main": true, "key": true, "principal": true, "chief": true, "closest": true,
	"close": true, "traditional": true, "regional": true, "foreign": true, "local": true, "new": true, "old": true, "former": true}

// copulas are the verbs that join a subject to the list that names it.
var copulas = map[string]bool{"are": true, "were": true, "include": true, "included": true, "includes": true}

// judgedBy reports whether an actor is named as the judge of what the sentence says of
// another: "deemed by Turkey to be", "seen by Iran as".
func judgedBy(ts []token, m mention) bool {
	k := m.first - 1
	if k >= 0 && ts[k].word == "the" {
		k--
	}
	if k < 1 || ts[k].word != "by" || !judging[ts[k-1].word] || m.end >= len(ts) {
		return false
	}
	return ts[m.end].word == "as" || ts[m.end].word == "to" && m.end+1 < len(ts) && ts[m.end+1].word == "be"
}

// judging are the participles by which a sentence says whose view it tells (the
// attribution's expression, judgedRE, is made of them too).
var judging = map[string]bool{"deemed": true, "considered": true, "regarded": true, "seen": true, "viewed": true,
	"described": true, "perceived": true, "labelled": true, "labeled": true, "branded": true}
