package extract

// The agent of a passive past the words between it and "by": a degree ("funded in part
// by"), an adverb ("brokered largely by"), a phrase of reference ("supported in this
// by"), and the signatories of a deal ("signed in April 1988 by the governments of A and
// B").

import (
	"slices"
	"strings"
)

// agentBy returns where the "by" of a passive's agent stands at token k or past up to
// three phrases between it and the participle: a time ("for a decade", "from about
// 1991", "in the 1970s"), a degree ("in part", "largely"), a reference ("in this", "at
// first") or a place ("in England"), or past an attribution between commas; or -1.
func agentBy(ts []token, k int) int {
	// "trained, according to open sources, by Israeli advisers": past an attribution set
	// off by commas.
	if k+2 < len(ts) && strings.TrimSpace(ts[k].pre) == "," && ts[k].word == "according" && ts[k+1].word == "to" {
		for j := k + 2; j < len(ts) && j <= k+8 && !strings.ContainsAny(ts[j].pre, ";:()"); j++ {
			if strings.Contains(ts[j].pre, ",") {
				if ts[j].word == "by" {
					return j
				}
				return -1
			}
		}
		return -1
	}
	for range 4 {
		if k >= len(ts) || strings.ContainsAny(ts[k].pre, ",;:()") {
			return -1
		}
		if ts[k].word == "by" {
			return k
		}
		next := timePhraseEnd(ts, k)
		switch {
		case next > k:
		case k+1 < len(ts) && (ts[k].word == "in" || ts[k].word == "at") && referenceWords[ts[k+1].word]: // "supported in this by", "at first"
			next = k + 2
		case k+1 < len(ts) && ts[k].word == "in" && (ts[k+1].word == "part" || ts[k+1].word == "large"):
			next = k + 2
			if next < len(ts) && ts[next].word == "part" {
				next++ // "in large part"
			}
		case adverb(ts[k].word) || placeAdverbs[ts[k].word]: // "arrested there in August 2004 by the Scorpions"
			next = k + 1
		case (ts[k].word == "in" || ts[k].word == "at" || ts[k].word == "from" || ts[k].word == "on") && k+1 < len(ts) && ts[k+1].upper: // "led from Norway by"
			for next = k + 1; next < len(ts) && ts[next].upper && !strings.ContainsAny(ts[next].pre, ",;:()"); next++ {
			}
		case (ts[k].word == "in" || ts[k].word == "on" || ts[k].word == "from") && k+2 < len(ts) && ts[k+1].word == "the" && ts[k+2].upper:
			// "founded on the Don by", "run from the Ministry of Social Welfare by"
			for next = k + 2; next < len(ts) && (ts[next].upper || ts[next].word == "of" && next+1 < len(ts) && ts[next+1].upper) && !strings.ContainsAny(ts[next].pre, ",;:()"); next++ {
			}
		default:
			return -1
		}
		k = next
	}
	return -1
}

// timePhraseEnd returns where a phrase of time that opens at token k ends, or -1: "for
// a decade", "from about 1991", "in the late 1970s".
func timePhraseEnd(ts []token, k int) int {
	if k >= len(ts) || !timePreps[ts[k].word] {
		return -1
	}
	j, timed := k+1, false
	for ; j < len(ts) && j <= k+5 && !strings.ContainsAny(ts[j].pre, ",;:()"); j++ {
		w := ts[j].word
		if !determiners[w] && !numeric(w) && !timeNouns[w] && !strings.Contains(months, w) && !approximately[w] {
			break
		}
		timed = timed || !determiners[w]
	}
	if !timed {
		return -1 // "on the ground": no time
	}
	return j
}

// approximately are the words that make a time a rough one: "from about 1991".
var approximately = map[string]bool{"about": true, "around": true, "roughly": true, "approximately": true, "circa": true, "some": true}

// byAfter reports whether "by" stands at token k, or after an adverb there: "brokered
// largely by Saudi Arabia".
func byAfter(ts []token, k int) bool {
	return k < len(ts) && (ts[k].word == "by" || k+1 < len(ts) && adverb(ts[k].word) && ts[k+1].word == "by" && !strings.ContainsAny(ts[k+1].pre, ",;:()"))
}

// signedBy reports whether the signatories of a deal follow "signed" and "by", past a
// time ("signed in April 1988 by") and the words that name their governments ("the
// governments of").
func signedBy(ts []token, c cueSpan, m mention) bool {
	if c.cue.text != "signed" || m.first <= c.end {
		return false
	}
	if slices.ContainsFunc(ts[max(c.first-6, 0):c.first], func(t token) bool { return autographed[t.word] }) {
		return false // "Resolution 678, printed copy, signed by Sir David Hannay", "a copy of it signed by": an autograph, no deal
	}
	k := agentBy(ts, c.end) // "signed in Rome by Chissano and Dhlakama", "signed on 10 July 1999 by"
	if k < 0 || k >= m.first || slices.ContainsFunc(ts[c.end:m.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") }) {
		return false
	}
	return !slices.ContainsFunc(ts[k+1:m.first], func(t token) bool { return !signatoryWords[t.word] })
}

// autographed are the nouns of things one signs as an autograph, no deal: "a copy signed
// by".
var autographed = map[string]bool{"copy": true, "copies": true, "photograph": true, "photographs": true, "photo": true, "print": true,
	"prints": true, "card": true, "postcard": true, "book": true, "menu": true, "programme": true, "poster": true, "portrait": true,
	"edition": true, "certificate": true, "letter": true}

// signatoryWords are the words between "signed by" and the parties' names: "the
// governments of", "representatives of".
var signatoryWords = map[string]bool{"the": true, "governments": true, "government": true, "leaders": true, "of": true,
	"representatives": true, "presidents": true, "delegations": true, "heads": true, "head": true, "state": true}

// referenceWords are the words after "in" or "at" of a phrase between a participle and
// its agent: "in this", "in turn", "at first".
var referenceWords = map[string]bool{"this": true, "that": true, "turn": true, "first": true, "particular": true, "times": true}

// placeAdverbs are the adverbs of place and time between a participle and its agent.
var placeAdverbs = map[string]bool{"there": true, "here": true, "later": true, "again": true, "soon": true}
