package extract

// What a sentence of support says of it besides its parties: support given with no one
// named to receive it, support "with" after a comma, and the rank of a supporter.

import "strings"

// givenAlone reports whether the noun of support at cue is what a verb of giving gives,
// with no one named to receive it: "provided significant support" (not "provides them
// with support", "pillars of support").
func givenAlone(ts []token, cue int) bool {
	for k := cue - 1; k >= max(0, cue-3); k-- {
		switch w := ts[k].word; {
		case giveVerbs[w] || w == "provided" || w == "provides" || w == "providing" || w == "provide":
			return true
		case ts[k].upper || pronounObjects[w] || w == "with" || w == "of" || w == "to" || w == "for":
			return false
		}
	}
	return false
}

// pronounObjects are the pronouns that receive what a verb gives: "provides them with".
var pronounObjects = map[string]bool{"them": true, "it": true, "him": true, "her": true, "us": true, "me": true, "you": true}

// withBefore reports whether the noun of a cue follows "with" and only the words that
// grade it: "first with very modest support".
func withBefore(ts []token, cue int) bool {
	for k := cue - 1; k >= max(0, cue-4); k-- {
		switch w := ts[k].word; {
		case w == "with":
			return strings.Contains(ts[k].pre, ",") || k > 0 && strings.Contains(ts[k-1].pre, ",")
		case ts[k].upper || !adverb(w) && !adjectiveLike(w):
			return false
		}
	}
	return false
}

// adjectiveLike reports whether a word may grade a noun of support: "modest",
// "significant", "financial", "first".
func adjectiveLike(w string) bool {
	switch w {
	case "first", "initially", "very", "some", "little", "much", "more", "modest", "limited", "significant", "substantial", "substantive", "major",
		"military", "financial", "political", "logistical", "covert", "open", "direct", "indirect", "growing", "increased", "considerable":
		return true
	}
	return false
}

// rank reads the rank of a supporter among an actor's, in the words just before the cue:
// "the third-largest source of support to the Taliban" (3), "its main backer" (1).
func rank(ts []token, cue int) (int, string) {
	if w := ts[cue].word; subjectNouns[w] && strings.HasSuffix(w, "s") {
		return 0, "" // "the main backers of X were A, B and C": no one of them first
	}
	for k := max(cue-5, 0); k < cue; k++ {
		w := ts[k].word
		if !superlatives[w] {
			continue
		}
		if k > 0 {
			if n := ordinals[ts[k-1].word]; n > 0 {
				return n, ts[k-1].word + "-" + w
			}
		}
		if k > 0 && (ts[k-1].word == "the" || ts[k-1].word == "its" || ts[k-1].word == "their") {
			return 1, w
		}
	}
	return 0, ""
}

// superlatives are the words that rank a supporter first, or after an ordinal, where it
// ranks: "the largest source of support", "the second-biggest backer".
var superlatives = map[string]bool{"largest": true, "biggest": true, "main": true, "principal": true, "chief": true, "leading": true, "top": true}

// ordinals are the ordinal words, to the rank they give.
var ordinals = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
