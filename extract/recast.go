package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// The cues whose kind the words around them change, or that tell nothing there.

// recast returns the cue c found at tokens [i, end) as its sentence reads it, and whether
// it tells nothing there: relations said to be hostile are a rivalry ("Relations with
// ISWAP are hostile"); a group joined in an alliance is an ally ("joined the Sinaloa
// Cartel and La Familia in an alliance"); "together with" after a verb of leading or
// founding names another leader, no partner of the first ("was led by Guzmán Loera together
// with Zambada"); "cooperating witnesses" cooperate with no one; attacks called for are a
// stance against their target, no fight ("called for attacks on United States interests");
// a man expelled is coerced.
func (rd *Reader) recast(ts []token, ms []mention, c cue, i, end int) (cue, bool) {
	switch {
	case c.kind == alliances.Favour && (c.text == "relations with" || c.text == "relationship with") && rd.soured(ts, ms, end):
		c.kind = alliances.Rivalry
	case c.text == "joined" && !c.passive && inAlliance(ts, end):
		c.kind = alliances.Alliance
	case c.text == "together with" && leadingBefore(ts, i):
		return c, true
	case c.kind == alliances.Cooperation && len(c.words) == 1 && c.words[0] == "cooperating" && end < len(ts) && witnessWords[ts[end].word]:
		return c, true
	case c.kind == alliances.Hostility && !c.passive && len(c.words) >= 2 && calledFor(ts, i):
		c.kind = alliances.Opposition
	case c.kind == alliances.Hostility && !c.passive && expelVerbs[c.text] &&
		slices.ContainsFunc(ms, func(m mention) bool {
			return m.first == end && rd.kinds[m.id] == "individual"
		}):
		c.kind = alliances.Coercion // "it expelled bin Laden": a man sent away, no fight
	}
	return c, false
}

// leadingBefore reports whether a verb of leading or founding stands shortly before token
// i, in its clause, its agent after "by" or its subject before it: "was led by Guzmán Loera
// together with", "which Mr Ona founded together with".
func leadingBefore(ts []token, i int) bool {
	for k := i - 1; k >= 1 && i-k <= 8; k-- {
		if strings.ContainsAny(ts[k+1].pre, ";:()") {
			return false
		}
		if w := ts[k].word; w == "by" && (leadVerbs[ts[k-1].word] || ts[k-1].word == "run") || w == "founded" || w == "co-founded" || w == "established" {
			return true
		}
	}
	return false
}

// witnessWords are the people who cooperate with an inquiry, with no party: "according to
// cooperating witnesses".
var witnessWords = map[string]bool{"witness": true, "witnesses": true, "defendant": true, "defendants": true, "sources": true, "source": true}

// inAlliance reports whether "in an alliance" or "in a coalition" follows the objects of
// "joined" after token end, in its clause: "joined the Sinaloa Cartel and La Familia in an
// alliance against Los Zetas".
func inAlliance(ts []token, end int) bool {
	for k := end; k+2 < len(ts) && k <= end+10; k++ {
		if k > end && strings.ContainsAny(ts[k].pre, ";:") {
			return false
		}
		if ts[k].word == "in" && (indefinite(ts[k+1].word) || ts[k+1].word == "the") && (ts[k+2].word == "alliance" || ts[k+2].word == "coalition") {
			return true
		}
	}
	return false
}

// soured reports whether the name right after a cue of relations ending at token end is
// followed by a verb of being and a word of ill will: "Relations with ISWAP are hostile",
// "its relationship with Kigali remained tense".
func (rd *Reader) soured(ts []token, ms []mention, end int) bool {
	k := slices.IndexFunc(ms, func(m mention) bool { return m.first == end || m.first == end+1 && determiners[ts[end].word] })
	if k < 0 {
		return false
	}
	j := ms[k].end
	if j+2 < len(ts) && (ts[j].word == "have" || ts[j].word == "has") && (ts[j+1].word == "since" || ts[j+1].word == "long" || ts[j+1].word == "always") && ts[j+2].word == "been" {
		j += 2 // "have since been difficult"
	} else if j+1 < len(ts) && (ts[j].word == "have" || ts[j].word == "has") && ts[j+1].word == "been" {
		j++
	}
	if j+1 >= len(ts) || !beWords[ts[j].word] && ts[j].word != "remain" && ts[j].word != "remained" && ts[j].word != "remains" {
		return false
	}
	j++
	if j+1 < len(ts) && adverb(ts[j].word) {
		j++
	}
	return illWill[ts[j].word]
}

// illWill are the words of relations gone bad: "relations with ISWAP are hostile".
var illWill = map[string]bool{"hostile": true, "tense": true, "strained": true, "poor": true, "bad": true, "frosty": true, "cold": true,
	"sour": true, "soured": true, "difficult": true, "acrimonious": true}

// calledFor reports whether a verb of calling and "for" stand right before token i, past an
// article: "called for attacks on", "calls for a jihad against", "urged war on".
func calledFor(ts []token, i int) bool {
	k := i - 1
	if k >= 0 && (ts[k].word == "a" || ts[k].word == "an" || ts[k].word == "the") {
		k--
	}
	if k >= 1 && ts[k].word == "for" {
		k--
	}
	return k >= 0 && callVerbs[ts[k].word] && !strings.ContainsAny(ts[k+1].pre, ",;:()")
}

// expelVerbs are the verbs of sending one away.
var expelVerbs = map[string]bool{"expelled": true, "expel": true, "expels": true, "expelling": true}

// contendedOver reports whether "over" opens the phrase of the name at token first, after a
// cue ending at token end with at most an adverb between: "fell out, chiefly over
// Abdel-Rahman's claim", "clashed over Kashmir" (what they fought over, no party).
func contendedOver(ts []token, end, first int) bool {
	k := first - 1
	if k > end && determiners[ts[k].word] {
		k--
	}
	if k < end || ts[k].word != "over" {
		return false
	}
	return k == end || k == end+1 && strings.HasSuffix(ts[end].word, "ly")
}

// listObject reports whether the name at token first, past the names and "and" of its list
// before it, is a verb's object: "who met Mr. Ouattara and Mr. Gbagbo on behalf of ECOWAS".
func listObject(ts []token, first int) bool {
	k := first - 1
	for k >= 0 && (ts[k].upper || ts[k].word == "and") && !strings.ContainsAny(ts[k+1].pre, ",;:()") {
		k--
	}
	if k < 0 || strings.ContainsAny(ts[k+1].pre, ",;:()") {
		return false
	}
	w := ts[k].word
	return !prepositions[w] && !determiners[w] && !relativeWords[w] && !copulas[w] && !subordinators[w] && w != "and" && w != "or" && !ownPronouns[w] &&
		!strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) && !slices.Contains(strings.Split(months, "|"), w)
}

// tellsNoneBetween reports whether a cue of kind tells no tie between left and right: the
// objects of a verb before "on behalf of" ("Mbeki, who met Mr. Ouattara and Mr. Gbagbo on
// behalf of ECOWAS": the one who met them acted for it); the one a signer signed for
// ("Taha signed, for GI, the declaration"); what two fell out over ("then fell out,
// chiefly over Abdel-Rahman's claim to lead both"); those "as endorsed by" another named
// before what it endorsed ("the Panel, composed of the Presidents of ..., as endorsed by
// the Peace and Security Council": the Council endorsed the Panel's conclusions); a name
// in a second infinitive's clause after the cue's own ("to arrest such persons and to
// prevent the use of its territory against Côte d'Ivoire"); a name before a mediation
// "facilitated by" another after a comma, no mediator of it ("under the Ouagadougou
// Political Agreement, facilitated by President Blaise Compaoré": the deal's); those a
// deal's clause of content names ("they signed papers that the Ingush would go back": the
// Ingush no party); one named
// before troops "loyal to" another, no party to their loyalty ("Mutebutsi's men clashed
// with troops loyal to ... Mbuza Mabe"); an act one sets out to stop ("acting to stop a
// genocide of the Banyamulenge").
func (rd *Reader) tellsNoneBetween(ts []token, c cueSpan, kind alliances.Kind, left, right *mention) bool {
	switch {
	case c.cue.text == "on behalf of" && left.end <= c.first && listObject(ts, left.first):
		return true
	case kind == alliances.Agreement && c.first >= 2 && ts[c.first-1].word == "the" && ts[c.first-2].word == "on" && c.end < len(ts) && ts[c.end].word == "that":
		return true // "has recognised Sallal's republic, on the understanding that President Nasser brings his soldiers home": a condition, no deal
	case kind == alliances.Support && c.first >= 2 && left.end == c.first-2 && ts[c.first-2].word == "of" && ownPronouns[ts[c.first-1].word] &&
		slices.ContainsFunc(ts[max(0, left.first-3):left.first], func(t token) bool { return assureVerbs[t.word] }):
		return true // "to assure General Gowon of its support for Nigeria's territorial integrity": the one assured gives none
	case c.first >= 2 && appliedNouns[ts[c.first-1].word] && (ts[c.first-2].word == "a" || ts[c.first-2].word == "an") && strings.Contains(ts[c.first-2].pre, ",") && left.end <= c.first-2:
		return true // "deported tens of thousands of Eritreans, a policy condemned by human rights organizations": the act condemned, not those it befell
	case (kind == alliances.Negotiation || kind == alliances.Agreement) && left.end <= c.first && left.first > 0 && ts[left.first-1].word == "with" && thirdAs(ts, left.end):
		return true
	case kind == alliances.Agreement && right.first > c.end && (right.first-1 == c.end || right.first-2 == c.end && determiners[ts[c.end+1].word]) && ts[c.end].word == "for" && strings.Contains(ts[c.end].pre, ","):
		return true
	case (kind == alliances.Rivalry || kind == alliances.Hostility) && right.first > c.end && contendedOver(ts, c.end, right.first):
		return true
	case (c.cue.passive || c.end < len(ts) && ts[c.end].word == "by") && c.first > 0 && ts[c.first-1].word == "as" && strings.Contains(ts[c.first-1].pre, ","):
		return true
	case right.first > c.end && secondInfinitive(ts, c.end, right.first):
		return true
	case kind == alliances.Agreement && right.first > c.end+1 && ts[c.end].word != "that" && ts[right.first-1].word == "that" || kind == alliances.Agreement && right.first > c.end+2 && ts[right.first-2].word == "that" && determiners[ts[right.first-1].word]:
		return right.end < len(ts) && contentModals[ts[right.end].word] // "signed papers that the Ingush would go back", not "a truce that Japan brokered"
	case c.cue.text == "loyal to" && c.first > 0 && columnNouns[ts[c.first-1].word] && left.end < c.first-1 && right.first >= c.end:
		return true
	case kind == alliances.Hostility && !c.cue.passive && atrocities[c.cue.words[0]] && stoppedAct(ts, c.first) && left.end <= c.first:
		return true
	case kind == alliances.Mediation && !c.cue.passive && c.end < len(ts) && ts[c.end].word == "by" && left.end <= c.first && right.first > c.end &&
		rd.kinds[left.id] != "" && c.first > 0 && strings.Contains(ts[c.first].pre, ","):
		return true
	}
	return false
}

// assureVerbs are the verbs of assuring another of one's stance.
var assureVerbs = map[string]bool{"assure": true, "assured": true, "assures": true, "assuring": true, "reassure": true,
	"reassured": true, "reassuring": true}

// appliedNouns are the nouns of an act or a policy an apposition names: "a policy condemned
// by".
var appliedNouns = map[string]bool{"policy": true, "move": true, "act": true, "decision": true, "practice": true, "step": true,
	"measure": true}

// secondInfinitive reports whether "and to" and a verb stand between tokens end and first.
func secondInfinitive(ts []token, end, first int) bool {
	for k := end; k+2 < first; k++ {
		if ts[k].word == "and" && ts[k+1].word == "to" && !ts[k+2].upper && !determiners[ts[k+2].word] {
			return true
		}
	}
	return false
}

// stoppedAct reports whether a verb of stopping and an article stand right before token k:
// "to stop a genocide of", "to prevent the massacre of".
func stoppedAct(ts []token, k int) bool {
	if k > 0 && (ts[k-1].word == "a" || ts[k-1].word == "the" || ts[k-1].word == "any" || ts[k-1].word == "further") {
		k--
	}
	return k > 0 && stopVerbs[ts[k-1].word]
}

// atrocities are the nouns of acts on victims that one may set out to stop, the victims no
// enemy of the one who stops them ("to prevent the recapture of Guzmán" is the captors').
var atrocities = map[string]bool{"genocide": true, "massacre": true, "massacres": true, "killing": true, "killings": true,
	"persecution": true, "extermination": true, "slaughter": true, "pogrom": true, "pogroms": true, "cleansing": true}

// stopVerbs are the verbs of stopping an act before it is done or goes on.
var stopVerbs = map[string]bool{"stop": true, "prevent": true, "halt": true, "avert": true, "stopping": true, "preventing": true,
	"halting": true, "averting": true, "stopped": true, "prevented": true, "averted": true, "halted": true}

// contentModals are the modals a clause of a deal's content opens its verb with: "that the
// Ingush would go back".
var contentModals = map[string]bool{"would": true, "will": true, "should": true, "shall": true, "must": true, "could": true, "may": true}
