package extract

import (
	"strings"

	"github.com/alliances-project/alliances"
)

// A branch phrase names a part of an organization by a noun of parts and the
// organization, the whole, beside the part's own name:
//
//	"al-Qaeda's Syrian affiliate, the Nusra Front," (the whole's possessive, then the part)
//	"the Syrian affiliate of al-Qaeda, the Nusra Front," (the noun, "of" and the whole)
//	"the Nusra Front, al-Qaeda's affiliate in Syria," (the part, then the whole's possessive)
//	"the Nusra Front was al-Qaeda's branch" (the part, a copula, the whole's possessive)
//
// The whole only qualifies the part: the part is the one a verb after the phrase speaks
// of, and a member of the whole.
type branchPhrase struct {
	whole, part int    // indexes of the mentions
	from, to    int    // the tokens of the phrase, the part's name included
	copula      bool   // the part is named before a copula: two phrases, not one
	noun        string // the noun of parts
}

// branchNouns are the nouns of a part of an organization a branch phrase gives.
var branchNouns = map[string]bool{"affiliate": true, "affiliates": true, "branch": true, "branches": true, "wing": true,
	"arm": true, "franchise": true, "chapter": true, "faction": true, "unit": true, "cell": true, "cells": true, "subsidiary": true,
	"leadership": true, "mission": true, "command": true}

// wholeKinds are the kinds of actor that have branches; a state's parts are its organs
// (posts reads them), an individual has none.
var wholeKinds = map[string]bool{"armed-group": true, "coalition": true, "party": true, "state-organ": true,
	"international-organization": true, "militia": true, "faction": true}

// memberKinds are the kinds of actor a coalition is made of.
var memberKinds = map[string]bool{"armed-group": true, "militia": true, "faction": true, "party": true}

// partCopulas are the copulas that make a name the branch a phrase after them gives.
var partCopulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "became": true, "remains": true, "remained": true}

// branch reads a branch phrase around the whole named by ms[i].
func (rd *Reader) branch(ts []token, ms []mention, i int) (branchPhrase, bool) {
	a := ms[i]
	other := rd.kinds[a.id] == "other"    // a tribe, an agency: the whole of a part named before it only
	led := rd.kinds[a.id] == "individual" // "UNITA, the rebel movement of Jonas Savimbi,": the body he leads, named before only
	if !wholeKinds[rd.kinds[a.id]] && !other && !led {
		return branchPhrase{}, false
	}
	partOK := func(j int) bool {
		if j < 0 || j >= len(ms) {
			return false
		}
		k := rd.kinds[ms[j].id]
		return ms[j].id != a.id && k != "state" && k != "individual" && k != alliances.Category && (!led || ownedKinds[k])
	}
	// The part named after the phrase that ends at token e: a comma, an article, the name.
	after := func(e int) int {
		if e >= len(ts) || !strings.Contains(ts[e].pre, ",") {
			return -1
		}
		if ts[e].word == "the" {
			e++
		}
		if partOK(i+1) && ms[i+1].first == e && !(ms[i+1].end < len(ts) && listJoint(ts[ms[i+1].end]) && !closedApposition(ts, ms[i+1].end)) {
			return i + 1
		}
		return -1
	}
	if (ts[a.end-1].possessive || a.end == a.first+1 && (ts[a.first].word == "its" || ts[a.first].word == "their")) && !other && !led {
		n := rd.branchNoun(ts, a.end)
		if n < 0 {
			return branchPhrase{}, false
		}
		e := n + 1
		if e+1 < len(ts) && ts[e].word == "in" && ts[e+1].upper { // "al-Qaeda's branch in Syria"
			for e++; e < len(ts) && ts[e].upper && !strings.ContainsAny(ts[e].pre, ",;:()") && e <= n+4; e++ {
			}
		}
		if j := after(e); j >= 0 {
			return branchPhrase{whole: i, part: j, from: a.first, to: ms[j].end, noun: ts[n].word}, true
		}
		if j := i - 1; partOK(j) && (e >= len(ts) || strings.ContainsAny(ts[e].pre, ",;:.") && !listJoint(ts[e])) {
			switch {
			case ms[j].end == a.first && strings.Contains(ts[a.first].pre, ","), // "the Nusra Front, al-Qaeda's affiliate,"
				ms[j].end+1 == a.first && ts[ms[j].end].word == "the" && strings.Contains(ts[ms[j].end].pre, ","): // "the CCRI, the EZLN's leadership,"
				return branchPhrase{whole: i, part: j, from: ms[j].first, to: e, noun: ts[n].word}, true
			case ms[j].end+1 == a.first && partCopulas[ts[ms[j].end].word]: // "the Nusra Front was al-Qaeda's branch"
				return branchPhrase{whole: i, part: j, from: ms[j].first, to: e, copula: true, noun: ts[n].word}, true
			}
		}
		return branchPhrase{}, false
	}
	// "the (Syrian) affiliate of (the) al-Qaeda, the Nusra Front,".
	k := a.first - 1
	// "the armed wing of the Muslim party Masyumi": the whole's noun before its name.
	if k >= 2 && describedNouns[ts[k].word] && !ts[k].upper && !strings.ContainsAny(ts[a.first].pre+ts[k].pre, ",;:()") {
		d := k - 1
		for d > 0 && d >= k-2 && ts[d].word != "the" && ts[d].word != "of" && !strings.ContainsAny(ts[d+1].pre, ",;:()") {
			d--
		}
		if ts[d].word == "the" || ts[d].word == "of" {
			k = d
		}
	}
	if k >= 1 && ts[k].word == "the" {
		k--
	}
	if k < 1 || ts[k].word != "of" || !branchNouns[ts[k-1].word] && !bodyOfNouns[ts[k-1].word] || led && !bodyOfNouns[ts[k-1].word] {
		return branchPhrase{}, false
	}
	from := k - 1
	for q := 0; q < 2 && from > 0 && rd.qualifier(ts, from-1); q++ {
		from--
	}
	if from == 0 || !determiners[ts[from-1].word] {
		return branchPhrase{}, false
	}
	if j := after(a.end); j >= 0 && branchNouns[ts[k-1].word] && !other && !led {
		return branchPhrase{whole: i, part: j, from: from - 1, to: ms[j].end, noun: ts[k-1].word}, true
	}
	j := i - 1
	if !partOK(j) || ts[from-1].word != "the" || a.end < len(ts) && (!strings.ContainsAny(ts[a.end].pre, ",;:.") || listJoint(ts[a.end])) {
		return branchPhrase{}, false
	}
	switch {
	case ms[j].end == from-1 && strings.TrimSpace(ts[from-1].pre) == ",":
		// "the Haganah, the defence organization of the Jewish Agency,", "the Al-Sanadid
		// Forces, the militia of the Shammar tribe": the part named before, in apposition.
		return branchPhrase{whole: i, part: j, from: ms[j].first, to: a.end, noun: ts[k-1].word}, true
	case ms[j].end == from-2 && partCopulas[ts[from-2].word] && bodyOfNouns[ts[k-1].word] && !strings.ContainsAny(ts[from-2].pre+ts[from-1].pre, ",;:"):
		// "Formally the Legion was the army of the Czechoslovak National Council".
		return branchPhrase{whole: i, part: j, from: ms[j].first, to: a.end, copula: true, noun: ts[k-1].word}, true
	}
	return branchPhrase{}, false
}

// bodyOfNouns are the nouns of a body that, after "the" and before "of" and another body,
// set in apposition after a name, make the name the other's part: "the Haganah, the
// defence organization of the Jewish Agency".
var bodyOfNouns = map[string]bool{"militia": true, "army": true, "organization": true, "organisation": true, "force": true,
	"movement": true, "party": true, "instrument": true}

// branchNoun returns the token of a noun of parts at k, past at most two words that
// qualify it ("Syrian affiliate", "armed wing", "most powerful faction"), or -1.
func (rd *Reader) branchNoun(ts []token, k int) int {
	for n := k; n < len(ts) && n <= k+3; n++ {
		if strings.ContainsAny(ts[n].pre, ",;:()") {
			return -1
		}
		if branchNouns[ts[n].word] {
			return n
		}
		if !rd.qualifier(ts, n) {
			return -1
		}
	}
	return -1
}

// partQualifiers are the words of a part's kind before its noun, some cues elsewhere:
// "armed wing", "military wing", "political wing".
var partQualifiers = map[string]bool{"armed": true, "military": true, "political": true, "local": true, "regional": true, "main": true}

// qualifier reports whether the word at k can qualify a noun of parts: a state's word
// ("Syrian"), a word of a part's kind ("armed"), or a word in lower case that is no cue
// ("most powerful").
func (rd *Reader) qualifier(ts []token, k int) bool {
	t := ts[k]
	if rd.stateWord([]string{t.word}, 0) || partQualifiers[t.word] {
		return true // "Syrian", "armed" (a cue of its own)
	}
	return !t.upper && len(rd.byFirst[t.word]) == 0 && !determiners[t.word] && t.word != "and" && t.word != "of"
}

// listJoint reports whether a token joins the next item of a list, with or without a
// comma before it: a name then "and" is a list's item, no apposition's.
func listJoint(t token) bool {
	return t.word == "and" || t.word == "or"
}

// branchPairs returns the memberships the branch phrases of a sentence give.
func (rd *Reader) branchPairs(ts []token, ms []mention) []pair {
	var out []pair
	for i := range ms {
		b, ok := rd.branch(ts, ms, i)
		switch {
		case ok && rd.kinds[ms[b.whole].id] == "individual":
			out = append(out, pair{ms[b.whole], ms[b.part], ledBranchWhy})
		case ok:
			out = append(out, pair{ms[b.part], ms[b.whole], "branch: the " + b.noun + " of the organization, named beside it"})
		}
	}
	return out
}

// ledBranchWhy is the cue of a body an individual's name after "of" gives him to lead.
const ledBranchWhy = "branch: the body of the individual named after it"

// placesPart reports whether mention m, a state's one word between an article and a cue of
// membership, only places the part the cue names: "the Iraq branch of the Islamic State"
// (a state's adjective, "the Syrian affiliate of", is no mention at all, see people).
func (rd *Reader) placesPart(ts []token, m mention, c cueSpan) bool {
	return c.cue.kind == alliances.Membership && c.cue.text != "of" && m.end == c.first && rd.kinds[m.id] == "state" &&
		m.first > 0 && determiners[ts[m.first-1].word] && m.end-m.first == 1
}

// closedApposition reports whether the "and" at token k, after a part named in
// apposition, follows the comma that closes the apposition and joins the next item of the
// sentence's own list: "the PYD's armed wing, the People's Protection Units (YPG), and the
// Women's Protection Units (YPJ) took control".
func closedApposition(ts []token, k int) bool {
	return strings.Contains(ts[k].pre, ",")
}
