package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// actedBetween returns the two that one who "acted as go-between", "as mediator" or "as
// facilitator" at token k went between, with why: those named after "between" or "for"
// right after the noun ("acted as go-between for Bio and the RUF"), else the two the text
// told facing each other ("At Arusha Tanzania acted as facilitator"); none where the
// sentence names others after the noun.
func (rd *Reader) actedBetween(ts []token, ms []mention, agents []*mention, k int) ([]*mention, string) {
	if ts[k].word == "go" {
		k++ // "go-between"
	}
	for t := k + 1; t < len(ts) && t <= k+3 && !strings.ContainsAny(ts[t].pre, ",;:()"); t++ {
		if ts[t].word != "between" && ts[t].word != "for" {
			continue
		}
		if o := mentionFrom(ts, ms, t+1); o >= 0 {
			if g := group(ts, ms, o, +1); len(g) >= 2 {
				return g, betweenTwo
			}
		}
		return nil, ""
	}
	return rd.facingSides(ts, ms, agents, k)
}

// ledMediation returns the subject of a verb that takes up a mediation at token k ("Portugal
// then took up the mediation", "Algeria led the mediation of the Algiers talks between the
// government and the armed groups") and the two it went between: those after "between"
// close by, else the two the text told facing each other.
func (rd *Reader) ledMediation(ts []token, ms []mention, k int) (agents, sides []*mention, why string) {
	v := k - 1
	if v < 1 {
		return nil, nil, "" // "Mediation between the KDP and the PUK failed": no one took it up
	}
	if determiners[ts[v].word] {
		v--
	}
	end := v
	switch {
	case v > 0 && ts[v].word == "up" && (ts[v-1].word == "took" || ts[v-1].word == "takes" || ts[v-1].word == "taken"),
		v > 0 && ts[v].word == "over" && (ts[v-1].word == "took" || ts[v-1].word == "takes"):
		end = v - 1
	case ledVerbs[ts[v].word]:
	default:
		return nil, nil, ""
	}
	if end > 0 && adverb(ts[end-1].word) {
		end-- // "Portugal then took up"
	}
	a := -1
	for i := range ms {
		if ms[i].first >= 0 && ms[i].end == end {
			a = i
		}
	}
	if a < 0 {
		return nil, nil, ""
	}
	agents = group(ts, ms, a, -1)
	if sides = betweenSides(ts, ms, k, len(ts)); len(sides) >= 2 {
		return agents, sides, betweenTwo
	}
	if sides, why = rd.facingSides(ts, ms, agents, k); len(sides) == 2 {
		return agents, sides, why
	}
	return nil, nil, ""
}

// ledVerbs are the verbs of leading a mediation: "Algeria led the mediation".
var ledVerbs = map[string]bool{"led": true, "leads": true, "headed": true, "heads": true, "ran": true, "runs": true, "assumed": true, "chaired": true}

// dealThird reports whether m, after the cue of a deal or talks c, is named as the one under
// whose auspices, mediation or good offices they were held: "signed a ceasefire under the
// auspices of IGAD", "through the mediation of Welch".
func dealThird(ts []token, m mention, c cueSpan) bool {
	if c.cue.kind != alliances.Agreement && c.cue.kind != alliances.Negotiation || m.first < c.end {
		return false
	}
	f := m.first
	if f > 0 && determiners[ts[f-1].word] {
		f--
	}
	return f > 1 && ts[f-1].word == "of" && thirdOfNouns[ts[f-2].word]
}

// thirdOfNouns are the nouns whose "of" names the one who hosts or mediates a deal.
var thirdOfNouns = map[string]bool{"auspices": true, "mediation": true, "offices": true, "sponsorship": true, "facilitation": true, "aegis": true, "patronage": true}

// agentPastPhrase reports whether m, after a passive cue that ends in "by", stands past a
// phrase of its own rather than as the agent: "blamed by many for the killings of Arabs
// and Asians" names no one who blamed.
func agentPastPhrase(ts []token, m mention, c cueSpan) bool {
	if !c.cue.passive || c.cue.words[len(c.cue.words)-1] != "by" || m.first <= c.end {
		return false
	}
	return slices.ContainsFunc(ts[c.end:m.first], func(t token) bool { return t.word == "for" || t.word == "over" })
}

// revoltSite reports whether the states named at mention ri, with those joined to it,
// name where a revolt broke out, before its noun: "put down the Uganda and Kenya
// mutinies" puts down no state.
func (rd *Reader) revoltSite(ts []token, ms []mention, ri int) bool {
	if rd.kinds[ms[ri].id] != "state" || ts[ms[ri].end-1].possessive {
		return false
	}
	g := group(ts, ms, ri, +1)
	e := g[len(g)-1].end
	return e < len(ts) && revoltNouns[ts[e].word] && !ts[e-1].possessive
}

// revoltNouns are the nouns of a revolt a state's name may qualify.
var revoltNouns = map[string]bool{"mutiny": true, "mutinies": true, "revolt": true, "revolts": true, "rebellion": true, "uprising": true,
	"uprisings": true, "insurgency": true, "insurrection": true, "riots": true, "unrest": true}

// calledAs reports whether the words before the cue at token k are a verb of calling, a
// pronoun its object, and an article: "calls it a front for", "branded them the allies of"
// (not "a militia called UNITA, backed by").
func calledAs(ts []token, k int) bool {
	j := k - 1
	if j >= 0 && (determiners[ts[j].word] || ts[j].word == "as") {
		j--
	}
	if j >= 0 && ts[j].word == "as" {
		j--
	}
	return j >= 1 && objectPronouns[ts[j].word] && callingVerbs[ts[j-1].word]
}

// callingVerbs are the verbs by which one names what another is.
var callingVerbs = map[string]bool{"calls": true, "called": true, "call": true, "calling": true, "branded": true, "brands": true,
	"labelled": true, "labeled": true, "labels": true, "dubbed": true, "dubs": true}
