package extract

// What a sentence of support says of it besides its parties: support given with no one
// named to receive it, support "with" after a comma, the rank of a supporter, and the
// words that make a cue of support state none or come from the one after it.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

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

// receiverAt reports whether the pronoun at token i receives help: after a verb of giving
// or helping, or after "to" ("sent them arms", "armed them", "sent arms to them").
func receiverAt(ts []token, i int) bool {
	if i < 1 {
		return false
	}
	w := ts[i-1].word
	return giveVerbs[w] || sendingVerbs[w] || helpingVerbs[w] || w == "to" && i >= 2 && !strings.ContainsAny(ts[i-1].pre, ",;:()")
}

// helpingVerbs are the verbs whose object a pronoun right after them stands for as the
// one helped.
var helpingVerbs = map[string]bool{"provided": true, "provides": true, "provide": true, "providing": true, "armed": true, "arms": true,
	"arming": true, "trained": true, "trains": true, "training": true, "funded": true, "funds": true, "funding": true, "financed": true,
	"paid": true, "backed": true, "backs": true, "supported": true, "supports": true, "helped": true, "helps": true, "sheltered": true,
	"hosted": true, "equipped": true, "supplied": true}

// commaWith reports whether a noun of help at token cue follows ", with" and at most two
// words that grade it: ", with decisive help from France".
func commaWith(ts []token, cue int) bool {
	for k := cue - 1; k >= max(0, cue-3); k-- {
		switch {
		case ts[k].word == "with":
			return strings.TrimSpace(ts[k].pre) == ","
		case ts[k].upper || strings.ContainsAny(ts[k].pre, ",;:()") || prepositions[ts[k].word] || determiners[ts[k].word]:
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

// givenTo returns the giver and the receiver of support told by a verb of giving, its
// receiver and the noun: "Egypt has given Burhan steady political support", "lent the
// army its backing" (the noun graded by adjectives only, the giver the clause's name
// before the verb).
func givenTo(ts []token, ms []mention, c cueSpan) (giver, receiver int, ok bool) {
	if c.cue.kind != alliances.Support || len(c.cue.words) != 1 || c.cue.passive || strings.HasSuffix(c.cue.words[0], "ed") {
		return 0, 0, false // a noun of support, not a verb ("They armed Assad")
	}
	k := c.first - 1
	for k > 0 && (adjectiveLike(ts[k].word) || gradeWords[ts[k].word] || adverb(ts[k].word)) && !strings.ContainsAny(ts[k+1].pre, ",;:()") {
		k--
	}
	receiver = -1
	for i, m := range ms {
		if m.end == k+1 {
			receiver = i
		}
	}
	if receiver < 1 || strings.ContainsAny(ts[k+1].pre, ",;:()") {
		return 0, 0, false
	}
	v := ms[receiver].first - 1
	if v >= 1 && ts[v].word == "the" {
		v--
	}
	if v < 1 || !giveVerbs[ts[v].word] && ts[v].word != "given" && ts[v].word != "gives" {
		return 0, 0, false
	}
	giver = receiver - 1
	if j := subjectPastAside(ts, ms, v); j >= 0 {
		giver = j // "Egypt, which sees the army as the backbone of the state, has given"
	} else if s := subject(ts, ms); ts[v-1].word == "and" && s < giver && ms[s].first >= 0 && !strings.ContainsAny(ts[v-1].pre, ",;:") {
		giver = s // "Moscow has welcomed al-Attas and promised the new men its support": the verbs' subject, not the object before
	}
	if ms[giver].end > v || strings.ContainsAny(ts[ms[giver].end].pre, ";:") {
		return 0, 0, false
	}
	return giver, receiver, true
}

// gradeWords grade a noun of support besides adjectiveLike's: "steady political support".
var gradeWords = map[string]bool{"steady": true, "strong": true, "unwavering": true, "full": true, "crucial": true, "vital": true,
	"key": true, "tacit": true, "diplomatic": true, "material": true, "moral": true, "its": true, "their": true, "his": true}

// subjectPastAside returns the name before a relative clause or a participle's set off
// by commas that ends right before the verb at v (after its auxiliaries): "Egypt, which
// sees the army as the backbone of the Sudanese state, has given", Egypt; else -1.
func subjectPastAside(ts []token, ms []mention, v int) int {
	for v > 0 && (auxiliaries[ts[v-1].word] || adverb(ts[v-1].word)) && !strings.ContainsAny(ts[v].pre, ",;:()") {
		v--
	}
	if !strings.Contains(ts[v].pre, ",") {
		return -1
	}
	for k := v - 1; k > 0 && v-k <= 16; k-- {
		if strings.ContainsAny(ts[k].pre, ";:()") {
			return -1
		}
		if strings.Contains(ts[k].pre, ",") {
			w := ts[k].word
			if w != "which" && w != "who" && w != "whose" && !strings.HasSuffix(w, "ed") {
				return -1
			}
			for i, m := range ms {
				if m.end == k {
					return i
				}
			}
			return -1
		}
	}
	return -1
}

// stated reports whether a cue with the subject ms[li] (-1: none) states the relation
// it names. A cue read only with what follows its object ("gave Mobutu refuge") states
// nothing where that is nowhere after it: most "given" give no refuge (Relation.Then).
// "Pakistan recognised that the Taliban held Kabul", "an entity
// internationally recognised as terrorist": what is known, or what one is taken for, is
// no recognition. "Saudi money is said to have reached UNITA": a cue of help arriving
// needs what arrived between the subject and the verb, near it (Relation.Before).
func (rd *Reader) stated(ts []token, ms []mention, li int, c cueSpan) bool {
	if _, ok := rd.has(ts, c.end, len(ts), c.cue.then...); len(c.cue.then) > 0 && !ok {
		return false
	}
	if c.cue.kind == alliances.Support && strings.HasPrefix(c.cue.words[0], "recogni") && c.end < len(ts) && (ts[c.end].word == "that" || ts[c.end].word == "as" || recognisedThing(ts, c.end) || takenForFoe(ts, c.end)) {
		return false
	}
	if c.cue.kind == alliances.Support && (c.cue.passive || c.first > 0 && ts[c.first-1].word != "to") && requested(ts, c.first) {
		return false // "the Taliban sought help from Pakistan", "requests for air support": asked for, not given
	}
	if fleeing[c.cue.words[0]] && c.cue.words[len(c.cue.words)-1] == "to" && c.end < len(ts) && !ts[c.end].upper && !determiners[ts[c.end].word] && !ownPronouns[ts[c.end].word] {
		return false // "fled to escape questioning about the dissidents": a purpose, no refuge
	}
	if c.cue.kind == alliances.Support && c.cue.passive && li >= 0 && ms[li].end <= c.first && c.first-ms[li].end <= 1 && betweenPair(ts, ms[li].first) {
		return false // "arranged between the Jordanian Government and Britain with the help of the Secretary-General": help to both, a go-between's
	}
	if li >= 0 && rd.personOfBody(ts, ms[li], c) {
		return false // "Former askari of the Italian colonial army, who on 1 September 1961 ... fired on": the man's, no army's
	}
	if strings.Contains(c.cue.text, "guest") && (li < 0 || rd.kinds[ms[li].id] != "individual") {
		return false // "went into Portuguese Guinea as a guest of the PAIGC": a guest is a person
	}
	if len(c.cue.before) == 0 {
		return true
	}
	if _, ok := rd.has(ts, c.first-3, c.first, c.cue.before...); ok && li >= 0 && !strings.Contains(ts[c.first].pre, ",") {
		return true // "Hasan di Tiro, from a family of religious scholars in Pidie, proclaimed Aceh's independence from": the words right before the cue
	}
	if li < 0 || c.first-ms[li].end > 8 {
		return false
	}
	if k := rd.kinds[ms[li].id]; c.cue.kind == alliances.Hostility && ms[li].end == c.first && (k == "armed-group" || k == "militia" || k == "state-organ" || k == "state") && (c.cue.text == "advanced on" || c.cue.text == "moved against") {
		return true // "FAPLA advanced on UNITA's strongholds": an armed force by its name moves
	}
	// "UFR columns crossed into eastern Chad": the mention's own noun, not an aside's
	// ("Mutebutsi's column, pushed south by government troops, crossed into Rwanda").
	end := c.first
	if k := slices.IndexFunc(ts[min(ms[li].end, c.first):c.first], func(t token) bool { return strings.Contains(t.pre, ",") }); k >= 0 && ms[li].end <= c.first {
		end = ms[li].end + k
	}
	_, ok := rd.has(ts, ms[li].first, end, c.cue.before...)
	return ok
}

// requested reports whether a verb of asking stands before the noun of help at token k,
// past up to two words that qualify it: "sought military help from", "appealed for
// support from", "asked for assistance from".
func requested(ts []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if askVerbs[ts[j].word] {
			return true
		}
		if strings.ContainsAny(ts[j+1].pre, ",;:()") || ts[j].upper {
			return false
		}
	}
	return false
}

// askVerbs are the verbs of asking for help, which none gave yet.
var askVerbs = map[string]bool{"sought": true, "seek": true, "seeks": true, "seeking": true, "asked": true, "ask": true, "asks": true,
	"asking": true, "requested": true, "request": true, "requests": true, "requesting": true, "appealed": true, "appeal": true,
	"appeals": true, "appealing": true, "begged": true, "pleaded": true, "wanted": true, "wants": true, "needed": true, "needs": true,
	"lobbied": true, "courted": true, "courting": true, "solicited": true}

// recognisedThing reports whether the words at token k, after a verb of recognition,
// name a thing of another's, not a government: "recognized Azerbaijan's borders", "its
// sovereignty over the region", "the territorial integrity of Syria". Recognising a
// government, a movement or a state's independence is political support; recognising a
// border or a claim is not.
func recognisedThing(ts []token, k int) bool {
	for j := k; j < len(ts) && j <= k+4; j++ {
		if recognisedThings[ts[j].word] {
			return true
		}
		if j > k && (strings.ContainsAny(ts[j].pre, ",;:()") || ts[j].word == "of") {
			return false
		}
	}
	return false
}

// takenForFoe reports whether the words from token k say one is taken "as" a foe:
// "recognised the PKK as a terrorist organisation" is no recognition of the PKK.
func takenForFoe(ts []token, k int) bool {
	for j := k; j < len(ts) && j <= k+8; j++ {
		if ts[j].word == "as" {
			for _, t := range ts[j+1 : min(j+5, len(ts))] {
				if foeWords[t.word] {
					return true
				}
			}
			return false
		}
		if strings.ContainsAny(ts[j].pre, ",;:()") {
			return false
		}
	}
	return false
}

// foeWords name what one is taken for that makes it a foe.
var foeWords = map[string]bool{"terrorist": true, "terrorists": true, "terror": true, "enemy": true, "enemies": true, "threat": true,
	"illegitimate": true, "illegal": true, "criminal": true, "criminals": true, "hostile": true}

// recognisedThings are the nouns of a thing of another's that one recognises.
var recognisedThings = map[string]bool{"border": true, "borders": true, "frontier": true, "frontiers": true, "sovereignty": true,
	"integrity": true, "claim": true, "claims": true, "right": true, "rights": true, "role": true, "interests": true, "concerns": true}

// helpFrom reports whether the support cue c is a noun of help that, with the other
// nouns of help listed after it, comes "from" m: "relied on training and weapons from
// Uganda and Sudan" is Uganda's training, not the subject's.
func (rd *Reader) helpFrom(ts []token, c cueSpan, m mention) bool {
	if c.cue.kind != alliances.Support || c.cue.passive || len(c.cue.words) != 1 || strings.HasSuffix(c.cue.words[0], "ed") ||
		!rd.helpNoun(c.cue.words[0]) || m.first-1 < c.end || ts[m.first-1].word != "from" {
		return false
	}
	for k := c.end; k < m.first-1; k++ {
		if strings.ContainsAny(ts[k].pre, ";:()") || ts[k].word != "and" && !rd.helpNoun(ts[k].word) && !helpQualifiers[ts[k].word] {
			return false
		}
	}
	return true
}

// helpNoun reports whether the folded word is one of the words of a form of support.
func (rd *Reader) helpNoun(w string) bool {
	return slices.ContainsFunc(rd.formsOf(alliances.Support), func(f kindForms) bool { return slices.Contains(f.folded, w) })
}

// helpQualifiers are the words that grade a noun of help in a list of them: "military
// and financial aid".
var helpQualifiers = map[string]bool{"military": true, "financial": true, "covert": true, "direct": true, "logistical": true, "some": true}

// sentMan reports whether the man m is the one sent by the cue c of sending: "Talabani,
// sent to Baghdad", "Turki was sent to Kandahar".
func sentMan(ts []token, m mention, c cueSpan) bool {
	if w := c.cue.words[0]; w != "sent" && w != "dispatched" || len(c.cue.words) != 2 {
		return false // "sent to", not "sent fighters to"
	}
	if m.end == c.first && strings.TrimSpace(ts[c.first].pre) == "," {
		return true
	}
	k := c.first - 1
	for k > m.end && adverb(ts[k].word) {
		k--
	}
	return k >= m.end && (ts[k].word == "was" || ts[k].word == "were")
}

// betweenPair reports whether the name at token k is the second of "between" and two
// names, in one phrase: "arranged between the Jordanian Government and Britain".
func betweenPair(ts []token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 8 && !strings.ContainsAny(ts[j+1].pre, ",;:()"); j-- {
		if ts[j].word == "between" {
			return ts[j+1].word[0] > '9' && slices.ContainsFunc(ts[j:k], func(t token) bool { return t.word == "and" }) // not "between 1981 and 1983"
		}
	}
	return false
}

// sentGreetings reports whether what the cue c, "sent ... to", sends is greetings or
// congratulations: "sent warm brotherly greetings to Mr. Nyerere", a favour, no help.
func sentGreetings(ts []token, c cueSpan) bool {
	return (c.cue.words[0] == "sent" || c.cue.words[0] == "sends") && slices.Contains(c.cue.words, "...") &&
		slices.ContainsFunc(ts[c.first+1:c.end], func(t token) bool { return greetingNouns[t.word] })
}

// greetingNouns are the things sent as a mark of favour.
var greetingNouns = map[string]bool{"greetings": true, "congratulations": true, "condolences": true, "wishes": true}

// sentAsEnvoy reports whether the cue c, "sent to", names where one went as an envoy:
// "whom the United Nations had sent to Niger as its special envoy", to talk, no help.
func sentAsEnvoy(ts []token, c cueSpan) bool {
	if w := c.cue.words[0]; w != "sent" && w != "dispatched" {
		return false
	}
	if slices.Contains(c.cue.words, "...") && slices.ContainsFunc(ts[c.first+1:c.end], func(t token) bool { return talkerNouns[t.word] }) {
		return true // "sent a commission to both countries": to inquire and talk, no help
	}
	for k := c.end; k < len(ts) && k <= c.end+6 && !strings.ContainsAny(ts[k].pre, ",;:()"); k++ {
		if ts[k].word != "as" {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			if talkerNouns[ts[j].word] {
				return true
			}
		}
		return false
	}
	return false
}

// talkerNouns are the nouns of one sent to talk or inquire, or of a body sent so.
var talkerNouns = map[string]bool{"envoy": true, "envoys": true, "representative": true, "ambassador": true, "emissary": true,
	"emissaries": true, "mediator": true, "mediators": true, "negotiator": true, "negotiators": true, "observer": true, "observers": true,
	"commission": true, "delegation": true, "delegations": true, "investigators": true, "monitors": true, "inquiry": true,
	"representatives": true, "delegates": true}

// withdrawnBefore reports whether a verb of withdrawing stands before a noun of help at
// token k, past a possessive pronoun or an article: "withdrew his support from".
func withdrawnBefore(ts []token, k int) bool {
	j := k - 1
	if j >= 0 && (ownPronouns[ts[j].word] || determiners[ts[j].word]) {
		j--
	}
	return j >= 0 && withdrawing[ts[j].word]
}

// withdrawing are the verbs of taking one's help back.
var withdrawing = map[string]bool{"withdrew": true, "withdrawn": true, "withdraw": true, "withdraws": true, "withdrawing": true,
	"pulled": true, "removed": true, "cut": true, "ended": true}

// pastOwnHelp returns the receiver of help "from" another: the name li, else the one
// before it, past those named before a help of their own ("relied on covert American
// funds and on training from Singapore": the Americans give theirs, and receive none).
func (rd *Reader) pastOwnHelp(ts []token, ms []mention, li int, c cueSpan) int {
	for li >= 0 && ms[li].end < c.first && (supplyNouns[ts[ms[li].end].word] || rd.helpNoun(ts[ms[li].end].word)) {
		li--
	}
	return li
}

// personOfBody reports whether "who" right after body m opens the clause of cue c, m
// named after "of" and a person's noun before it, whom the clause is about: "Former askari
// of the Italian colonial army, who ... fired on an Ethiopian police post".
func (rd *Reader) personOfBody(ts []token, m mention, c cueSpan) bool {
	if m.first < 2 || m.end >= c.first || ts[m.end].word != "who" || !strings.Contains(ts[m.end].pre, ",") || rd.kinds[m.id] == "individual" {
		return false
	}
	k := m.first - 1
	if determiners[ts[k].word] {
		k--
	}
	if k < 1 || ts[k].word != "of" {
		return false
	}
	w := ts[k-1].word // one man, not "soldiers of his Special Presidential Division, who fought": its men
	return personHeads[w] || memberWords[w] || w == "askari"
}

// relativeHead returns the mention a relative clause that holds cue c is on, the clause
// opened by ", who" or ", which" after it and running to the cue with no stop between:
// "Fujimori, who had closed Congress in 1992 with the backing of the army" (help to
// Fujimori, not Congress); else -1. The head stands before li, the name nearest the cue.
func relativeHead(ts []token, ms []mention, li int, c cueSpan) int {
	for k := c.first - 1; k > 0 && k >= c.first-16; k-- {
		if k+1 < c.first && strings.ContainsAny(ts[k+1].pre, ",;:()") {
			return -1
		}
		if ts[k].word == "who" || ts[k].word == "which" {
			if !strings.Contains(ts[k].pre, ",") {
				return -1
			}
			return slices.IndexFunc(ms[:li], func(m mention) bool { return m.end == k && m.first >= 0 })
		}
	}
	return -1
}

// helpedSubject returns whom help told at a clause's end goes to: the head of the
// relative clause that holds it, else the last of the names that open the sentence,
// where it stands before li; else -1.
func helpedSubject(ts []token, ms []mention, li int, c cueSpan) int {
	if r := relativeHead(ts, ms, li, c); r >= 0 {
		return r
	}
	if g := group(ts, ms, 0, +1); len(g) > 0 && g[len(g)-1].first < ms[li].first {
		return slices.IndexFunc(ms, func(m mention) bool { return m.first == g[len(g)-1].first })
	}
	return -1
}
