package extract

import (
	"slices"
	"strings"
)

// ledUnder reports whether "under" or "of" at i tells who leads the organization named
// right before it: a person named right after, or after the words of a post ("the RSF
// under Mohamed Hamdan Dagalo", "the army under General Burhan", "the SAF of army chief
// General Abdel Fattah al-Burhan"); not "under pressure", "came under fire", "the
// capture of Bashir".
func (rd *Reader) ledUnder(ts []token, ms []mention, i int) bool {
	before := slices.ContainsFunc(ms, func(m mention) bool {
		if m.end > i || rd.kinds[m.id] == "individual" || rd.kinds[m.id] == "" {
			return false
		}
		// "a KDP cabinet in Erbil under Roj Nuri Shaways": the body's noun after the name,
		// and its place.
		// "Soviet officers under General Vasily Petrov", "the USC's fighters, under General
		// Aidid,": men of the name's, and the one who commands them.
		return m.end == i || i-m.end <= 3 && (ledBodies[ts[m.end].word] || ledBodies[ts[m.end-1].word]) &&
			!slices.ContainsFunc(ts[m.end:i], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) &&
			(!strings.ContainsAny(ts[i].pre, ",;:()") || strings.TrimSpace(ts[i].pre) == "," && i-1 >= m.end && ledBodies[ts[i-1].word]) ||
			formedUnder(ts, ms, m, i)
	})
	after := slices.ContainsFunc(ms, func(m mention) bool {
		if rd.kinds[m.id] != "individual" || m.first <= i || m.first > i+4 || slices.ContainsFunc(ts[i+1:m.first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
			return false
		}
		if m.first == i+1 {
			// "the JEM of Gibril Ibrahim"; not "the killing by Russia of Prigozhin", an
			// agent's "of".
			return ts[i].word == "under" || ts[i+1].upper && !slices.ContainsFunc(ms, func(o mention) bool { return o.end == i && o.first > 0 && ts[o.first-1].word == "by" })
		}
		// The words of a post: "army chief General", "Finance Minister", "the former
		// president".
		posts := 0
		for k := i + 1; k < m.first; k++ {
			if only, n, _ := rd.title(ts, k, k+1); only {
				posts += n
			} else if !portfolioHeads[ts[k+1].word] && !postFields[ts[k].word] {
				return false
			}
		}
		return posts > 0
	})
	return before && after
}

// ledBodies are the nouns of a body after an organization's name that "under" a person
// tells the leader of: "a KDP cabinet under", "the PUK one in Sulaymaniyah under".
var ledBodies = map[string]bool{"cabinet": true, "government": true, "administration": true, "faction": true, "wing": true, "one": true,
	"branch": true, "militia": true, "officers": true, "forces": true, "troops": true, "fighters": true, "units": true, "soldiers": true,
	"men": true, "columns": true}

// namedLeader reports whether ms[i] is the leader the organization named right before
// it is named after: "the RSF under Hemedti", "the SAF of General Burhan". Not where
// the cue at token cue stands in an aside on him ("under Gen Antonio Imbert, one of the
// killers of Trujillo": his act).
func (rd *Reader) namedLeader(ts []token, ms []mention, i, cue int) bool {
	if i < 1 || rd.kinds[ms[i].id] != "individual" || ms[i-1].end >= ms[i].first {
		return false
	}
	if e := ms[i].end; e < cue && strings.Contains(ts[e].pre, ",") &&
		!slices.ContainsFunc(ts[e+1:min(cue+1, len(ts))], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
		return false
	}
	k := ms[i-1].end
	return (ts[k].word == "of" || ts[k].word == "under") && rd.ledUnder(ts, ms, k)
}

// formedUnder reports whether "under" at i ends the aside of a participle of founding
// after the organization named by m: "the GATIA, formed in August 2014 under Fahad Ag
// Almahmoud", "the Barzanist remnant, reorganised under Idris and Masud Barzani". The
// words between name no one else and close no clause.
func formedUnder(ts []token, ms []mention, m mention, i int) bool {
	if ts[i].word != "under" || i-m.end > 7 || !foundingParticiples[ts[m.end].word] ||
		slices.ContainsFunc(ts[m.end+1:i+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
		return false
	}
	return !slices.ContainsFunc(ms, func(o mention) bool { return o.first >= m.end && o.first < i })
}

// foundingParticiples are the participles of an organization's founding or remaking.
var foundingParticiples = map[string]bool{"formed": true, "founded": true, "created": true, "established": true, "raised": true,
	"reorganised": true, "reorganized": true, "re-formed": true, "reformed": true, "rebuilt": true, "regrouped": true,
	"reconstituted": true, "launched": true, "revived": true, "set": true}
