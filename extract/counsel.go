package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// cueKindIn returns the kind the cue c tells in its sentence, where the words around it
// make it another's: counsel against an act is a stance, not help ("had advised
// Washington against military action"); those facing each other at a signing negotiate
// ("A ceasefire was signed at Safwan by Iraqi generals facing Schwarzkopf": across the
// table).
func cueKindIn(ts []token, ms []mention, spans []cueSpan, c cueSpan) alliances.Kind {
	switch {
	case c.cue.kind == alliances.Support && (c.cue.text == "advised" || c.cue.text == "advising") && counselledAgainst(ts, ms, c):
		return alliances.Opposition
	case c.cue.text == "facing" && slices.ContainsFunc(spans, func(o cueSpan) bool { return o.end <= c.first && o.cue.kind == alliances.Agreement }):
		return alliances.Negotiation
	}
	return c.cue.kind
}

// counselledAgainst reports whether "against" and an act follow the one named right
// after the cue c, and no one the act is against: "advised Washington against military
// action" (not "advised the contras against the Sandinista army", a foe).
func counselledAgainst(ts []token, ms []mention, c cueSpan) bool {
	for _, m := range ms {
		if m.first != c.end && (m.first != c.end+1 || !determiners[ts[c.end].word]) {
			continue
		}
		k := m.end + 1
		if k >= len(ts) || ts[m.end].word != "against" || strings.ContainsAny(ts[m.end].pre+ts[k].pre, ",;:()") {
			return false
		}
		for k < len(ts) && (determiners[ts[k].word] || adjectives[ts[k].word] || actQualifiers[ts[k].word]) {
			k++
		}
		return k < len(ts) && counselledActs[ts[k].word] && !slices.ContainsFunc(ms, func(o mention) bool { return o.first > m.end && o.first <= k+3 })
	}
	return false
}

// actQualifiers are the words before an act one is advised against: "any military action".
var actQualifiers = map[string]bool{"any": true, "further": true, "military": true, "armed": true, "direct": true, "unilateral": true, "hasty": true}

// counselledActs are the acts one is advised against: "against military action".
var counselledActs = map[string]bool{"action": true, "intervention": true, "invasion": true, "landing": true, "war": true,
	"escalation": true, "force": true, "operation": true, "offensive": true, "reprisals": true, "retaliation": true}

// demandedThat reports whether the cue at token at is the verb, in its plain form, of a
// clause that a demand's "that" opens, its subject right before it: what one demands
// that another do is not done ("DR demands that the OAU condemn the coup"; "insisted that
// Pakistan should withdraw").
func demandedThat(ts []token, ms []mention, at int) bool {
	if at >= len(ts) {
		return false
	}
	k := at
	if k > 0 && modalWords[ts[k-1].word] {
		k-- // "should withdraw": the verb's form aside
	} else if w := ts[at].word; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") {
		return false // "said that the OAU condemned": done
	}
	i := slices.IndexFunc(ms, func(m mention) bool { return m.end == k })
	if i < 0 {
		return false
	}
	t := ms[i].first - 1
	if t > 0 && determiners[ts[t].word] {
		t--
	}
	return t > 0 && ts[t].word == "that" && demandVerbs[ts[t-1].word] && !strings.ContainsAny(ts[t].pre+ts[t+1].pre, ",;:()")
}

// modalWords are the words of a clause's wish before its verb: "that Pakistan should withdraw".
var modalWords = map[string]bool{"should": true, "must": true, "shall": true}

// demandVerbs are the verbs whose "that" opens what another is asked to do.
var demandVerbs = map[string]bool{"demand": true, "demands": true, "demanded": true, "demanding": true, "asked": true, "asks": true,
	"insist": true, "insists": true, "insisted": true, "request": true, "requests": true, "requested": true, "proposed": true, "proposes": true,
	"urged": true, "urges": true, "recommended": true, "recommends": true, "suggested": true, "suggests": true, "required": true, "requires": true}

// placeBeforeRequest reports whether the mention li before a request's phrase ("at the
// request of", "at the invitation of") is the place or the object of the act requested,
// after a preposition, its subject before it in the clause: "U.S. forces had landed on
// Grenada at the request of the OECS" (the forces' act was asked for, not Grenada's).
func placeBeforeRequest(ts []token, ms []mention, li int, c cueSpan) bool {
	m := ms[li]
	if !requestPhrase(c) || m.first < 1 || !requestPlaces[ts[m.first-1].word] || m.end > c.first {
		return false
	}
	return !slices.ContainsFunc(ts[ms[li-1].end:m.first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") })
}

// requestPlaces are the prepositions before where or against whom a requested act was done.
var requestPlaces = map[string]bool{"on": true, "in": true, "into": true, "against": true, "to": true}

// requestAcross reports whether a "that" stands between the mention m and a request's
// phrase after it: the act asked for is told in another clause, not m's ("told the
// Security Council that the landing was a lawful action taken at the request of the
// OECS").
func requestAcross(ts []token, m mention, c cueSpan) bool {
	return requestPhrase(c) && m.end <= c.first && slices.ContainsFunc(ts[m.end:c.first], func(t token) bool { return t.word == "that" })
}

// requestPhrase reports whether the cue c is a request's phrase, its asker after it: "at
// the request of", "at the invitation of".
func requestPhrase(c cueSpan) bool {
	return c.cue.passive && len(c.cue.words) >= 3 && c.cue.words[0] == "at"
}

// askedTo reports whether the verb at token at is what another was asked to do: "to"
// before it, and before that one name, the one asked, after a verb of asking.
func askedTo(ts []token, ms []mention, at int) bool {
	if at+1 < len(ts) && ts[at].word == "to" {
		at++ // the cue "to shell": its verb
	}
	to := -1 // "to negotiate", "to join talks", "to attend the talks"
	reach := 3
	if at > 0 && ts[at-1].word == "and" && !strings.HasSuffix(ts[at].word, "ed") && !pastVerbs[ts[at].word] && !presentVerb(ts[at].word) {
		reach = 8 // "to lay down their arms and join": the second of two verbs asked (not "and backed the RCD", the asker's own)
	}
	for k := at - 1; k >= max(at-reach, 1); k-- {
		if ts[k].word == "to" {
			to = k
			break
		}
		if ts[k].upper || strings.ContainsAny(ts[k+1].pre, ",;:()") {
			return false
		}
	}
	if to < 2 || to+1 < at && endVerbs[ts[to+1].word] {
		return false // "urged the Taliban to stop attacking Jami'at": the attacks went on
	}
	i := slices.IndexFunc(ms, func(m mention) bool {
		return m.end == to || m.end == to-1 && (ts[to-1].word == "units" || civilians[ts[to-1].word] || stateMen[ts[to-1].word] || memberNounsAfter[ts[to-1].word] || ts[to-1].word == "followers" || ts[to-1].word == "members" || ts[to-1].word == "fighters") // "FSA units to attack", "Zanu (PF) supporters to crush Zapu"
	})
	if i < 0 {
		return false
	}
	k := ms[i].first - 1
	if k > 0 && determiners[ts[k].word] {
		k--
	}
	if k > 0 && (ts[k].word == "on" || ts[k].word == "upon") && (ts[k-1].word == "called" || ts[k-1].word == "calling" || ts[k-1].word == "calls") {
		return true
	}
	return k >= 0 && askers[ts[k].word] && !strings.ContainsAny(ts[k+1].pre, ",;:()")
}

// endVerbs ask an act to end, which tells it was done.
var endVerbs = map[string]bool{"stop": true, "end": true, "cease": true, "halt": true, "quit": true}

// askers are the verbs of asking another to act.
var askers = map[string]bool{"urged": true, "urging": true, "urges": true, "urge": true, "asked": true, "asking": true, "asks": true,
	"pressed": true, "pressing": true, "pressured": true, "pressuring": true, "encouraged": true, "encouraging": true, "encourages": true,
	"persuaded": true, "persuade": true, "convinced": true, "invited": true, "inviting": true, "invites": true, "told": true,
	"order": true} // "he may order FSA units to attack": not "ordered", which tells it done
