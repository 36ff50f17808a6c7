package extract

// Acts done together: a fight of several against one, "a joint attack", help "alongside"
// another, and the common enemy an "against" after them names.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// jointSubjects reports whether the actors of g (nearest the cue first) are the subjects
// of the verb at cue: they open the sentence (or follow a colon), the last two are
// joined by "and", and the verb follows them.
func jointSubjects(ts []token, g []*mention, cue int) bool {
	// "A, B and C conducted a joint attack on": a verb and "joint" between them.
	joint := cue > 0 && jointWords[ts[cue-1].word] && len(g) > 0 && cue-g[0].end <= 4 && !slices.ContainsFunc(ts[g[0].end:cue+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:") })
	// A long list of those who fought one enemy lists sides, not partners ("The Iraqi
	// Armed Forces, the Peshmerga and various Turkmen, Assyrian and Yezidi forces faced
	// ISIL"), unless the act is said to be joint.
	if len(g) < 2 || cue-g[0].end > 1 && !joint || len(g) > 3 && !joint {
		return false
	}
	and := false
	for k := g[1].end; k < g[0].first; k++ {
		and = and || ts[k].word == "and"
	}
	first := g[len(g)-1].first
	return and && (opensSentence(ts, first) || strings.Contains(ts[first].pre, ":") || includedSubjects(ts, first) || opensClause(ts, first) || forcesOf(ts, first))
}

// forcesOf reports whether the list opening at token first follows a plural noun of
// forces and "of" that open the sentence or a clause: "In early January, however,
// columns of Ansar Dine, AQIM and MUJAO captured Konna".
func forcesOf(ts []token, first int) bool {
	k := first - 1
	if k >= 0 && ts[k].word == "the" {
		k--
	}
	if k < 1 || ts[k].word != "of" || !columnNouns[ts[k-1].word] {
		return false
	}
	j := k - 1
	return opensSentence(ts, j) || strings.ContainsAny(ts[j].pre, ",;:")
}

// columnNouns are the plural nouns of forces that move or fight together: "columns of",
// "Ethiopian troops".
var columnNouns = map[string]bool{"columns": true, "forces": true, "fighters": true, "units": true, "troops": true, "men": true,
	"soldiers": true, "militias": true,
	"militants": true, "convoys": true, "elements": true, "contingents": true}

// includedSubjects reports whether the list opening at token first follows "including"
// or "such as" after a plural noun of groups that opens the sentence: "5 FSA factions
// including the Levant Front, the Hamza Division and the Sultan Murad Division
// conducted a joint attack".
func includedSubjects(ts []token, first int) bool {
	k := first - 1
	if k >= 0 && ts[k].word == "the" {
		k--
	}
	switch {
	case k >= 0 && ts[k].word == "including":
	case k >= 1 && ts[k].word == "as" && ts[k-1].word == "such":
		k--
	default:
		return false
	}
	if k < 1 || !partNouns[ts[k-1].word] || strings.ContainsAny(ts[k].pre, ",;:") {
		return false
	}
	// Back over the group's name, a number and an article to the sentence's opening.
	j := k - 1
	for j > 0 && k-j < 6 && !strings.ContainsAny(ts[j].pre, ",;:") {
		j--
	}
	return opensSentence(ts, j) || j > 0 && strings.Contains(ts[j].pre, ",") && opensSentence(ts, j-1)
}

// jointWords are the adjectives of an act done together: "a joint attack".
var jointWords = map[string]bool{"joint": true, "combined": true, "coordinated": true, "common": true}

// againstAt returns the token of "against" after an object ending at token k: right
// after it, or past a short phrase with no comma and no name ("cooperated with al-Qaeda
// in the ground against the Syrian government"); -1 where none follows.
func againstAt(ts []token, ms []mention, k int) int {
	for j := k; j < min(k+5, len(ts)-1); j++ {
		if j > k && strings.ContainsAny(ts[j].pre, ",;:()") || slices.ContainsFunc(ms, func(m mention) bool { return m.first == j }) {
			return -1
		}
		if ts[j].word == "against" {
			return j
		}
	}
	return -1
}

// alongside reports whether a cue tells of fighting beside another: "fought alongside",
// "fighting together with".
func alongside(c cue) bool {
	return (c.kind == alliances.Cooperation || c.kind == alliances.Alliance) && slices.ContainsFunc(c.words, func(w string) bool {
		return w == "alongside" || w == "beside" || w == "fought" || w == "fighting" || w == "fight"
	})
}

// fightsFor reports whether cue c is support given by fighting for another: "fought
// for its government against UNITA" is a fight with UNITA, the fighter's and the
// government's.
func fightsFor(c cue) bool {
	switch c.words[0] {
	case "fought", "fighting", "fight", "fights":
		return c.kind == alliances.Support
	}
	return false
}

// jointOperations proposes the cooperation of those who launch one operation together:
// "the Iraqi Army, the Popular Mobilization Forces and the Peshmerga launched Operation
// Vengeance for the Martyrs", "Operation Ashura was launched by Iraqi forces and Shia
// militias". Operations in the plural are each one's ("Kenya and Ethiopia launched
// separate operations"), unless they are said to be joint.
func (rd *Reader) jointOperations(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for k := 1; k+1 < len(ts); k++ {
		if !launchVerbs[ts[k].word] {
			continue
		}
		passive := k >= 2 && k+2 < len(ts) && ts[k+1].word == "by" && beWords[ts[k-1].word] &&
			slices.ContainsFunc(ts[max(k-4, 0):k-1], func(t token) bool { return operationNouns[t.word] })
		var g []*mention
		if passive {
			if j := slices.IndexFunc(ms, func(m mention) bool { return m.first > k+1 && m.first <= k+3 }); j >= 0 {
				g = agentsAfter(ts, ms, j) // "was launched by A and B"
			}
		} else if slices.ContainsFunc(ts[k+1:min(k+4, len(ts))], func(t token) bool { return operationNouns[t.word] }) && oneOperation(ts, k+1) {
			if j := slices.IndexFunc(ms, func(m mention) bool { return m.end == k }); j >= 0 {
				g = group(ts, ms, j, -1) // "A, B and C launched"
				if first := g[len(g)-1].first; !opensSentence(ts, first) && !opensClause(ts, first) {
					g = nil
				}
			}
		}
		if len(g) < 2 {
			continue
		}
		c := cueSpan{cue: cue{words: []string{ts[k].word}, kind: alliances.Cooperation, text: ts[k].word}, first: k, end: k + 1}
		st := statement{c: c, ms: ms, li: -1, ri: -1, spans: spans, why: []string{"cue: " + ts[k].word, "an operation launched together"}}
		for a := range g {
			for b := a + 1; b < len(g); b++ {
				if g[a].id != g[b].id {
					st.pairs = append(st.pairs, [2]*mention{g[a], g[b]})
				}
			}
		}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// jointMoves proposes the cooperation of those who take, enter or cross a place together,
// named as one subject: "Cuban and Ethiopian forces took the Marda Pass", "Ethiopia and
// the SSDF crossed the border in 1982" (the verbs of capture that are cues read it too,
// with their target: "captured Konna").
func (rd *Reader) jointMoves(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for k := 1; k+1 < len(ts); k++ {
		if !moveVerbs[ts[k].word] || !ownObject(ts[k+1]) || slices.ContainsFunc(ms, func(m mention) bool { return m.first == k+1 || m.first == k+2 && determiners[ts[k+1].word] }) ||
			slices.ContainsFunc(ts[k+1:min(k+3, len(ts))], func(t token) bool { return cabinetNouns[t.word] }) { // "entered the cabinet": posts, no place
			continue
		}
		j := slices.IndexFunc(ms, func(m mention) bool { return m.end == k || m.end == k-1 && columnNouns[ts[k-1].word] })
		if j < 0 {
			continue
		}
		g := group(ts, ms, j, -1)
		if len(g) < 2 || len(g) > 3 || !jointSubjects(ts, g, g[0].end) {
			continue // "A, B, C and D took": sides listed, not partners
		}
		c := cueSpan{cue: cue{words: []string{ts[k].word}, kind: alliances.Cooperation, text: ts[k].word}, first: k, end: k + 1}
		st := statement{c: c, ms: ms, li: -1, ri: -1, spans: spans, why: []string{"cue: " + ts[k].word, "together: " + strings.Join(wordsOf(ts, k, min(k+4, len(ts))), " ")}}
		for a := range g {
			for b := a + 1; b < len(g); b++ {
				if g[a].id != g[b].id {
					st.pairs = append(st.pairs, [2]*mention{g[b], g[a]}) // in the text's order
				}
			}
		}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// moveVerbs are the verbs of taking or entering a place that are no cues of a fight.
var moveVerbs = map[string]bool{"took": true, "entered": true, "crossed": true, "reached": true, "occupied": true}

// oneOperation reports whether the words from token k name one operation, or several
// said to be joint: "Operation Vengeance", "a joint offensive", not "separate operations".
func oneOperation(ts []token, k int) bool {
	for j := k; j < min(k+4, len(ts)); j++ {
		switch w := ts[j].word; {
		case jointWords[w]:
			return true
		case apartWords[w]:
			return false
		case operationNouns[w]:
			return !strings.HasSuffix(w, "s")
		}
	}
	return false
}

// launchVerbs are the verbs of an operation launched.
var launchVerbs = map[string]bool{"launched": true, "launch": true, "launching": true, "conducted": true, "mounted": true}

// operationNouns are the nouns of an operation.
var operationNouns = map[string]bool{"operation": true, "operations": true, "offensive": true, "offensives": true, "campaign": true, "campaigns": true}

// apartWords tell that acts named together were each one's: "separate operations".
var apartWords = map[string]bool{"separate": true, "rival": true, "respective": true, "parallel": true, "own": true}

// agentsAfter returns the list of agents that opens at ms[j], the words of a compound that
// qualifies one of them passed over: "by Iraqi forces and Iranian-backed Shia militias".
func agentsAfter(ts []token, ms []mention, j int) []*mention {
	g := []*mention{&ms[j]}
	for i := j + 1; i < len(ms); i++ {
		and := false
		for k := g[len(g)-1].end; k < ms[i].first; k++ {
			compound := strings.Contains(ts[k].pre, "-") || k+1 < len(ts) && strings.Contains(ts[k+1].pre, "-")
			switch {
			case strings.ContainsAny(ts[k].pre, ";:()"):
				return g
			case ts[k].word == "and":
				and = true
			case !determiners[ts[k].word] && !compound:
				return g
			}
		}
		if !and && !strings.Contains(ts[ms[i].first].pre, ",") {
			return g
		}
		g = append(g, &ms[i])
	}
	return g
}

// joinedBefore reports whether the words [from, cue) are the rest of a list of partners
// and at most three words before the cue, a verb of signing among them: "the MNLA and the
// HCUA signed a preliminary agreement" from "the MNLA"; not "opposed the treaty".
func joinedBefore(ts []token, from, cue int) bool {
	n, signed := 0, false
	// Past an apposition on the last partner: "the Shah and Saddam Hussein, then
	// vice-president of the council, signed".
	if from < cue && strings.TrimSpace(ts[from].pre) == "," && appositionOpeners[ts[from].word] {
		if k := slices.IndexFunc(ts[from+1:cue], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }); k >= 0 && strings.TrimSpace(ts[from+1+k].pre) == "," {
			from += 1 + k
		}
	}
	from = pastBracket(ts, from, cue)
	for k, t := range ts[from:cue] {
		switch {
		case strings.ContainsAny(t.pre, ";:()") && (k > 0 || strings.TrimSpace(t.pre) != ")"):
			return false
		case t.upper || t.word == "and" || determiners[t.word]:
		default:
			n++
			signed = signed || signVerbs[t.word]
		}
	}
	return n <= 3 && (signed || cue < len(ts) && signVerbs[ts[cue].word])
}

// pastBracket returns where a bracket that opens at token k closes, the token after it,
// where it closes before token cue: "the Government and the Southern Sudan Liberation
// Movement (SSLM) signed" stand as next to the verb as without the abbreviation. Else k.
func pastBracket(ts []token, k, cue int) int {
	if k < 0 || k >= cue || k >= len(ts) || !strings.HasSuffix(strings.TrimSpace(ts[k].pre), "(") {
		return k
	}
	for j := k + 1; j < cue; j++ {
		if strings.ContainsAny(ts[j].pre, "(;:") {
			return k
		}
		if strings.Contains(ts[j].pre, ")") {
			return j
		}
	}
	return k
}

// signVerbs are the verbs of making a deal together.
var signVerbs = map[string]bool{"signed": true, "sign": true, "signs": true, "signing": true, "agreed": true, "concluded": true,
	"reached": true, "struck": true, "initialled": true, "initialed": true, "sealed": true, "inked": true}

// qualifiersOnly reports whether the two to four words in [from, to) only qualify the
// name after them: an article, a body's possessive, words of grade ("who commanded the
// army's elite Fourth Division"); no name, verb, preposition, plural noun or punctuation.
func qualifiersOnly(ts []token, from, to int) bool {
	if to-from > 4 {
		return false
	}
	for k, t := range ts[from:to] {
		w := t.word
		if w == "called" && k > 0 && ts[from+k-1].word == "so" && t.pre == "-" {
			continue // "formed the so-called Contact Group"
		}
		if t.upper || strings.ContainsAny(t.pre, ",;:()") || prepositions[w] || objectWords[w] || placePreps[w] || strings.HasSuffix(w, "ing") ||
			strings.HasSuffix(w, "ed") && !t.possessive || pastVerbs[w] || auxiliaries[w] || w == "and" || w == "or" ||
			strings.HasSuffix(w, "s") && !t.possessive && len(w) > 3 && !numeric(w) { // "commanded units beside the Fourth Division": the units'
			return false
		}
	}
	return true
}

// jointModifiers reports whether the list g names those who made the attack the noun at
// cue c names, the list before it after an article: "ran from a Pathet Lao and North
// Vietnamese assault" (theirs together, not one on the other).
func jointModifiers(ts []token, g []*mention, c cueSpan) bool {
	if len(g) < 2 || len(c.cue.words) != 1 || !attackNouns[c.cue.words[0]] || g[0].end != c.first {
		return false
	}
	k := g[len(g)-1].first - 1
	return k >= 0 && (ts[k].word == "a" || ts[k].word == "an" || ts[k].word == "the" || ts[k].possessive)
}

// sideBySide reports whether the words at k, after a list's verb of fighting, say they
// fought together: "the Corvin boys, the workers of Csepel and the students fought on
// alone", "fought side by side", "fought together".
func sideBySide(ts []token, k int) bool {
	if k < len(ts) && (ts[k].word == "on" || ts[k].word == "back") && !strings.ContainsAny(ts[k].pre, ",;:") {
		k++
	}
	if k >= len(ts) || strings.ContainsAny(ts[k].pre, ",;:") {
		return false
	}
	w := strings.Join(wordsOf(ts, k, min(k+3, len(ts))), " ")
	return ts[k].word == "alone" || ts[k].word == "together" || ts[k].word == "jointly" || w == "side by side" || w == "shoulder to shoulder"
}

// pronounPartner reports whether a cue ending at token k names its partner by a pronoun
// after a preposition, past "side by side" or "together": "fight shoulder to shoulder
// with us", "fought alongside them". Those before the cue then act beside another, not
// with or against each other.
func pronounPartner(ts []token, k int) bool {
	if k < len(ts) && (ts[k].word == "together" || ts[k].word == "jointly") {
		k++
	} else if w := strings.Join(wordsOf(ts, k, min(k+3, len(ts))), " "); w == "side by side" || w == "shoulder to shoulder" {
		k += 3
	}
	if k < len(ts) && partnerPrepositions[ts[k].word] {
		k++
	}
	// (the preposition may end the cue: "fought against them")
	return k > 0 && k < len(ts) && partnerPrepositions[ts[k-1].word] && (objectPronouns[ts[k].word] || ts[k].word == "us" || ts[k].word == "me") &&
		!strings.ContainsAny(ts[k-1].pre+ts[k].pre, ",;:()")
}

// partnerPrepositions are the words before a cue's partner or foe.
var partnerPrepositions = map[string]bool{"with": true, "alongside": true, "beside": true, "against": true}

// attackNouns are the nouns of an attack its makers may qualify: "a Pathet Lao and North
// Vietnamese assault".
var attackNouns = map[string]bool{"assault": true, "attack": true, "offensive": true, "raid": true, "ambush": true, "invasion": true,
	"counteroffensive": true, "counter-offensive": true, "onslaught": true, "advance": true}

// comitatives are the cues of a fight's companions, named after its object: "alongside",
// "in coordination with".
// comitativeSubject returns the mention a comitative cue ("alongside", "together with")
// makes a partner of, given li, the one nearest before it: the subject of a fight whose
// object li is ("the Brigade fought the RSF alongside regular troops", "fought the
// Germans in coordination with the Partisans"), or the sentence's subject where li is
// the object of "against" and a comma stands before the cue ("Turkey began Operation
// Olive Branch against the YPG in Afrin, together with Free Syrian Army groups").
func comitativeSubject(ts []token, ms []mention, li int, c cueSpan) int {
	if !comitatives[c.cue.text] || li < 1 || ms[li].end > c.first {
		return li
	}
	k := ms[li].first - 1
	if k > 0 && determiners[ts[k].word] {
		k--
	}
	switch {
	case k >= 0 && fightVerbs[ts[k].word] && ms[li-1].end <= k:
		return li - 1
	case k >= 0 && ts[k].word == "against" && strings.Contains(ts[c.first].pre, ","):
		if s := subject(ts, ms); s >= 0 && s < li && ms[s].end <= k {
			return s
		}
	}
	return li
}

var comitatives = map[string]bool{"alongside": true, "in coordination with": true, "together with": true, "side by side with": true, "in cooperation with": true, "jointly with": true}

// asideAfter returns where the words after a name resume past an aside on it that
// pastAside reads ("Siad Barre, long a force in the army, seized"), or the name's end.
func asideAfter(ts []token, m mention) int {
	for cue := m.end + 2; cue < len(ts) && cue <= m.end+15; cue++ {
		if k := pastAside(ts, m, cue); k > m.end {
			return k
		}
	}
	return m.end
}

// pastAside returns where the words after a name resume past an aside on it that commas
// or brackets set off, right before the verb at cue (an auxiliary or an adverb between):
// "Tanner, long a force in the party, led", "Kabila, who had fought Mobutu for thirty
// years, had Masasu arrested", "Déby (see above) visited". The name stands as next to the
// verb as without the aside. Else the name's end: where the aside names another or the
// name is a preposition's object.
func pastAside(ts []token, m mention, cue int) int {
	from := m.end
	if from <= 0 || from >= cue || cue > len(ts) || m.first < 0 || m.first > 0 && prepositions[ts[m.first-1].word] {
		return from // "the Zapad battalion under Said-Magomed Kakiev, raised from volunteers, are": the name qualifies another
	}
	open := strings.TrimSpace(ts[from].pre)
	closing := ","
	switch {
	case open == "(":
		closing = ")"
	case open != ",":
		return from
	}
	if w := ts[from].word; w == "and" || w == "or" || w == "but" || w == "while" || w == "whereas" || w == "then" {
		return from // "A, and B": a list or a clause, no aside
	}
	for k := from + 1; k <= cue && k <= from+14; k++ {
		pre := strings.TrimSpace(ts[k].pre)
		if strings.ContainsAny(pre, ";:") || closing == ")" && strings.ContainsAny(pre, ",(") {
			return from
		}
		if ts[k].upper && !strings.Contains(pre, closing) && !relativeWords[ts[from].word] && ts[from].word != "whose" {
			return from // "its army, the Rwandan Patriotic Army, was led by": the aside names it
		}
		if !strings.Contains(pre, closing) {
			continue
		}
		for j := k; j < cue; j++ {
			if !auxiliaries[ts[j].word] && !adverb(ts[j].word) || strings.ContainsAny(ts[j].pre, ",;:()") && j > k {
				return from
			}
		}
		return k
	}
	return from
}

// cabinetNouns are the bodies of a government one enters by taking a post in it.
var cabinetNouns = map[string]bool{"cabinet": true, "government": true, "ministry": true, "parliament": true}

// possessedAt returns the mention a man's possessive at mention j names right after it,
// the body his possessive makes his ("against Ahmad Shah Massoud's Northern Alliance": the
// alliance, no man alone), else j.
func (rd *Reader) possessedAt(ts []token, ms []mention, j int) int {
	if j >= 0 && j+1 < len(ms) && ms[j].first >= 0 && rd.kinds[ms[j].id] == "individual" && ts[ms[j].end-1].possessive &&
		ms[j+1].first == ms[j].end && rd.kinds[ms[j+1].id] != "individual" {
		return j + 1
	}
	return j
}

// objectsTogether reports whether "together with" after a comma follows a verb's object,
// naming more of its objects: "Obiang pardoned him, together with du Toit and three other
// South Africans" (both pardoned; neither the other's partner).
func objectsTogether(ts []token, ms []mention, c cueSpan) bool {
	if c.cue.text != "together with" || c.first < 2 || !strings.Contains(ts[c.first].pre, ",") {
		return false
	}
	first := -1 // where the object opens: a name or a pronoun right before the comma
	if i := slices.IndexFunc(ms, func(m mention) bool { return m.end == c.first && m.first > 0 }); i >= 0 {
		first = ms[i].first
	} else if objectPronouns[ts[c.first-1].word] {
		first = c.first - 1
	}
	if first < 1 || strings.ContainsAny(ts[first].pre, ",;:()") {
		return false
	}
	v := ts[first-1]
	if determiners[v.word] && first >= 2 {
		v = ts[first-2]
	}
	return !v.upper && (strings.HasSuffix(v.word, "ed") || pastVerbs[v.word])
}

// unjoinedPair reports whether two names before a cue stand apart with a comma alone, no
// list: "a visit by a Security Council mission led by the US ambassador, Richard Holbrooke,
// Ethiopia attacked on the western front" (eritrea-1998's ¶17) ends an opening phrase on
// the one and opens the clause on the other, no fight between them.
func unjoinedPair(ts []token, g []*mention) bool {
	if len(g) != 2 {
		return false
	}
	a, b := g[0], g[1]
	if a.first > b.first {
		a, b = b, a
	}
	return a.end <= b.first && strings.TrimSpace(ts[b.first].pre) == "," && !listAnd(ts, a.end, b.first)
}
