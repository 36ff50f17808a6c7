package extract

// The agent of a passive past the words between it and "by": a degree ("funded in part
// by"), an adverb ("brokered largely by"), and the signatories of a deal ("signed in April
// 1988 by the governments of A and B").

import (
	"slices"
	"strings"
)

// degreeBetween returns where "by" stands after a phrase of degree at token k, between a
// passive's participle and its agent ("funded in part by", "armed largely by"), or -1.
func degreeBetween(ts []token, k int) int {
	if k >= len(ts) || strings.ContainsAny(ts[k].pre, ",;:()") {
		return -1
	}
	switch {
	case k+2 < len(ts) && ts[k].word == "in" && (ts[k+1].word == "part" || ts[k+1].word == "large") && ts[k+2].word == "by" &&
		!strings.ContainsAny(ts[k+1].pre+ts[k+2].pre, ",;:()"):
		return k + 2
	case k+1 < len(ts) && strings.HasSuffix(ts[k].word, "ly") && ts[k+1].word == "by" && !strings.ContainsAny(ts[k+1].pre, ",;:()"):
		return k + 1 // "largely", "mainly", "partly", "reportedly"
	}
	return -1
}

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
	k := c.end
	if t := timeBetween(ts, k); t > 0 {
		k = t
	}
	if k+1 < m.first && (ts[k].word == "in" || ts[k].word == "at") && ts[k+1].upper {
		for k += 2; k < m.first && ts[k].upper && !strings.ContainsAny(ts[k].pre, ",;:()"); k++ {
		} // "signed in Rome by Chissano and Dhlakama": where, then by whom
		if t := timeBetween(ts, k); t > 0 {
			k = t
		}
	}
	if k >= m.first || ts[k].word != "by" || slices.ContainsFunc(ts[c.end:m.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") }) {
		return false
	}
	return !slices.ContainsFunc(ts[k+1:m.first], func(t token) bool { return !signatoryWords[t.word] })
}

// signatoryWords are the words between "signed by" and the parties' names: "the
// governments of", "representatives of".
var signatoryWords = map[string]bool{"the": true, "governments": true, "government": true, "leaders": true, "of": true,
	"representatives": true, "presidents": true, "delegations": true}
