package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// Who does the deed a cue tells, where the name nearest before it is not the doer: one
// judged for it, a deal's broker, a state's men before "who", one trained at a state's
// college, "its own", civilians who flee.

// deedOfObject reports whether the deed a cue after "for" tells, a gerund, is the deed of
// an object the reader does not know, between the actor a and the cue: "the United States
// prosecuted Curtiss-Wright for selling machine guns to La Paz" (the firm sold, not the
// United States); as "punished Vickers for selling" is the deed of Vickers.
func deedOfObject(ts []token, a mention, c cueSpan) bool {
	w := c.cue.words[0]
	if c.first < 3 || ts[c.first-1].word != "for" || !strings.HasSuffix(w, "ing") || a.end >= c.first-1 {
		return false
	}
	for k := c.first - 3; k >= a.end && c.first-k <= 6; k-- {
		if strings.ContainsAny(ts[k+1].pre, ",;:()") {
			return false
		}
		if judgingVerbs[ts[k].word] || punishingVerbs[ts[k].word] {
			return true
		}
	}
	return false
}

// punishingVerbs are the verbs that punish, try or reward another for a deed told after
// "for" (with judgingVerbs).
var punishingVerbs = map[string]bool{"prosecuted": true, "punished": true, "sanctioned": true, "fined": true, "arrested": true,
	"blamed": true, "thanked": true, "rewarded": true, "tried": true, "charged": true, "indicted": true, "jailed": true,
	"executed": true, "expelled": true, "sued": true, "prosecutes": true, "punishes": true, "sanctions": true, "blames": true, "thanks": true}

// brokerOfDeal reports whether b, right after a deal's noun, is the subject of a relative
// clause that urged or brokered it: "accepted a truce Paris had urged on both", "signed
// the truce France had brokered" (France is no party to it).
func brokerOfDeal(ts []token, b mention) bool {
	k := b.first - 1
	if k < 0 || b.end >= len(ts) || !dealNouns[ts[k].word] || strings.ContainsAny(ts[b.first].pre, ",;:()") {
		return false
	}
	v := b.end
	for v < len(ts)-1 && (auxiliaries[ts[v].word] || adverb(ts[v].word)) {
		v++
	}
	return (brokering[ts[v].word] || urgingVerbs[ts[v].word]) && !strings.ContainsAny(ts[v].pre, ",;:()")
}

// urgingVerbs are the verbs, besides those of brokering, of one who brings a deal about
// without being its party.
var urgingVerbs = map[string]bool{"urged": true, "proposed": true, "drafted": true, "imposed": true, "pressed": true, "guaranteed": true}

// giverBefore returns the token of a verb of giving before ms[li] where ms[li] stands between
// it and the support it gives, one word cue: "The Iraqi Government has sent Assad
// financial support" (Assad the object, the verb's subject the giver); else -1.
func giverBefore(d *Document, ts []token, ms []mention, li int, c cueSpan) int {
	if li < 1 || c.cue.kind != alliances.Support || len(c.cue.words) != 1 || strings.HasSuffix(c.cue.words[0], "ed") {
		return -1
	}
	k := ms[li].first - 1
	if k > 0 && ts[k].word == "the" {
		k-- // "sent the Taliban support"
	}
	if k > 0 && giveVerbs[ts[k].word] && c.first-ms[li].end <= 3 &&
		!slices.ContainsFunc(ts[ms[li].end:c.first+1], func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ",;:()") }) &&
		!boundary(d, ts, ms[li-1].end, k) && k-ms[li-1].end <= 3 {
		return k
	}
	return -1
}

// pastMen returns where the words of a state's men after mention m end, before token to:
// "the Pakistani authorities, who supplied the MNF" (the clause after the comma is theirs).
func pastMen(ts []token, m mention, to int) int {
	k := m.end
	for k < to && stateMen[ts[k].word] && !strings.ContainsAny(ts[k].pre, ",;:()") {
		k++
	}
	return k
}

// chairedBody returns the body a "which" after a person's name stands for, the body the
// person leads named right before (after "chaired by", "led by"): "the INC, chaired by
// Ahmad Chalabi, which was funded by the United States"; else -1.
func (rd *Reader) chairedBody(ts []token, ms []mention, li int) int {
	if j := li - 1; j >= 0 && ms[j].first >= 0 && ms[j].end <= ms[li].first && rd.kinds[ms[j].id] != "individual" && ledBefore(ts, ms[j].end, ms[li].first) {
		return j
	}
	return -1
}

// trainedIn reports whether the cue c is an active "trained" with no object of its own
// before "in" or "at" and the state b: the subject was trained there ("Estigarribia ...
// trained in Chile and at the French war college"), the state its trainer.
func trainedIn(ts []token, b mention, c cueSpan) bool {
	if c.cue.passive || c.cue.text != "trained" || c.end >= len(ts) || ts[c.end].word != "in" && ts[c.end].word != "at" {
		return false
	}
	return b.first > c.end && b.first-c.end <= 8 && !slices.ContainsFunc(ts[c.end+1:b.first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") })
}

// fleeingPeople reports whether m, before the cue c, names the civilians of a people
// ("Afar civilians", "Hutu refugees"), whom a place they flee to shelters as no party.
func fleeingPeople(ts []token, m mention, c cueSpan) bool {
	return m.first >= 0 && m.end <= c.first && m.end < len(ts) && civilianNouns[ts[m.end].word]
}

// civilianNouns are the nouns of a people's civilians after its name.
var civilianNouns = map[string]bool{"civilians": true, "refugees": true, "villagers": true, "families": true, "inhabitants": true,
	"residents": true, "women": true, "children": true, "peasants": true, "farmers": true, "herders": true}

// ownSubject returns the subject of the cue's clause where "its own", "their own" or "his
// own" stands right before the cue, a noun, and the actor nearest before it is another,
// the object of the subject's verb ("Islamabad used the Front in its own quarrel with
// India"); else -1. The clause opens at the sentence's start or its last colon or
// semicolon before the cue.
func ownSubject(ts []token, ms []mention, li int, c cueSpan) int {
	if li < 1 || c.first < 2 || ts[c.first-1].word != "own" || !ownPronouns[ts[c.first-2].word] {
		return -1
	}
	from := 0
	for k := 1; k < c.first; k++ {
		if strings.ContainsAny(ts[k].pre, ";:") {
			from = k
		}
	}
	j := slices.IndexFunc(ms, func(m mention) bool { return m.first >= from })
	if j < 0 || j >= li || ms[j].id == ms[li].id {
		return -1
	}
	return j
}

// nounBefore reports whether the word before token k is a noun in small letters a
// participle at k may qualify: not a verb's helper, an adverb, a pronoun or a joining
// word ("children removed from the villages", not "it had removed", "and removed").
func nounBefore(ts []token, k int) bool {
	w := ts[k-1]
	return !w.upper && !auxiliaries[w.word] && !adverb(w.word) && !relativeWords[w.word] && !strings.ContainsAny(ts[k].pre, ",;:()") &&
		w.word != "and" && w.word != "or" && w.word != "he" && w.word != "she" && w.word != "it" && w.word != "they" && w.word != "then"
}

// harmedAt reports whether the pronoun at token i is the one a verb of fighting, coercion
// or opposition right before it harms: "France bombed them", "the army drove them back",
// "the Government called them terrorists".
func (rd *Reader) harmedAt(ts []token, i int) bool {
	if i < 1 || strings.ContainsAny(ts[i].pre, ",;:()") {
		return false
	}
	return slices.ContainsFunc(rd.byFirst[ts[i-1].word], func(c cue) bool {
		return len(c.words) == 1 && !c.passive && (c.kind == alliances.Hostility || c.kind == alliances.Coercion || c.kind == alliances.Opposition)
	})
}

// attributive reports whether the word of fighting at token i, in -ing, qualifies the noun
// of a body after it, an article or a possessive before: "the fighting wing", "its
// striking force" (not "were fighting forces loyal to").
func attributive(ts []token, i int) bool {
	return i > 0 && i+1 < len(ts) && strings.HasSuffix(ts[i].word, "ing") && (determiners[ts[i-1].word] || ts[i-1].possessive) &&
		!strings.ContainsAny(ts[i+1].pre, ",;:()") && (fightingBodies[ts[i+1].word] || forceNouns[ts[i+1].word])
}

// fightingBodies are the nouns of a body or its part that a word of fighting may qualify.
var fightingBodies = map[string]bool{"wing": true, "arm": true, "force": true, "unit": true, "men": true, "column": true, "columns": true,
	"formation": true, "formations": true, "strength": true, "core": true, "capacity": true, "capability": true, "branch": true}

// takenNouns are the nouns of a body one may take over the leadership of.
var takenNouns = map[string]bool{"party": true, "movement": true, "organisation": true, "organization": true, "group": true, "front": true}

// takenBody reports whether what "took over" takes, from token at, is an organization,
// whose leadership one takes ("Santu took over the party and the Bahini"), not a place,
// a state or an organization's things ("took over the PCJSS headquarters").
func (rd *Reader) takenBody(ts []token, ms []mention, at int) bool {
	if at < len(ts) && determiners[ts[at].word] {
		at++
	}
	if at >= len(ts) {
		return false
	}
	if takenNouns[ts[at].word] && (at+1 >= len(ts) || !nounAfter(ts[at+1])) {
		return true // "took over the party"
	}
	if k := slices.IndexFunc(ms, func(m mention) bool { return m.first == at }); k >= 0 {
		m := ms[k]
		return !rd.nonMember(m.id) && rd.kinds[m.id] != "" && !ts[m.end-1].possessive && (m.end >= len(ts) || !nounAfter(ts[m.end]))
	}
	return false
}

// relativeObject reports whether the verb at token i ends a relative clause on its object,
// a name its subject: "three councils, which the JSS boycotted and the SB attacked"; its
// object is the thing "which" stands for, and the verb is followed by no object of its own.
func relativeObject(ts []token, ms []mention, i int) bool {
	if i+1 < len(ts) && ts[i+1].word != "and" && ts[i+1].word != "or" && !strings.ContainsAny(ts[i+1].pre, ",;:()") {
		return false
	}
	k := slices.IndexFunc(ms, func(m mention) bool { return m.end == i })
	if k < 0 || ms[k].first < 1 {
		return false
	}
	j := ms[k].first - 1
	if determiners[ts[j].word] && j > 0 {
		j--
	}
	// Not "the Iraqi Turkmen Front, which Ankara sponsors": its object is that actor.
	return (ts[j].word == "which" || ts[j].word == "whom") && !strings.ContainsAny(ts[j+1].pre, ",;:()") &&
		!slices.ContainsFunc(ms, func(m mention) bool { return m.end == j })
}

// victimsAfter reports whether the people's word at token i names its dead or wounded,
// or one private person of it, no party: "the Flec-PM regrets the Togolese dead", "the
// Angolan driver was killed at the wheel".
func victimsAfter(ts []token, i int) bool {
	return i+1 < len(ts) && victimNouns[ts[i+1].word] && !strings.ContainsAny(ts[i+1].pre, ",;:()")
}

// victimNouns are the nouns of those a fight harmed, and of private persons.
var victimNouns = map[string]bool{"dead": true, "wounded": true, "victims": true, "casualties": true, "hostages": true, "captives": true,
	"driver": true, "journalist": true, "reporter": true, "photographer": true, "tourist": true, "passenger": true, "student": true,
	"teacher": true, "nurse": true, "priest": true, "missionary": true, "businessman": true, "worker": true, "engineer": true, "boy": true, "girl": true}

// toldNoun reports whether the cue at token i is the noun a teller's verb names as its
// topic, an article and at most three capitalized words between: "He describes the Buraimi
// dispute with Saudi Arabia", "recalled the war against".
func toldNoun(ts []token, i int) bool {
	j := i - 1
	for j > 0 && i-j <= 3 && ts[j].upper && !strings.ContainsAny(ts[j+1].pre, ",;:()") {
		j--
	}
	return j > 0 && (ts[j].word == "the" || ts[j].word == "a") && !strings.ContainsAny(ts[j+1].pre, ",;:()") && (topicVerbs[ts[j-1].word] ||
		verdictVerbs[ts[j-1].word] && i+1 < len(ts) && !prepositions[ts[i+1].word] && ts[i+1].word != "on" && ts[i+1].word != "between")
}

// verdictVerbs are the verbs by which one declares what a thing is: "declared the conflict
// an internal Nigerian affair" (biafra-1967's ¶11) names the war, no party to it (but
// "declared a jihad against Russia" is one's own, and "termed the Russian attack on Ukraine
// a war crime" names the attack's sides).
var verdictVerbs = map[string]bool{"declared": true, "declares": true, "declaring": true, "termed": true, "terms": true,
	"pronounced": true, "branded": true, "dubbed": true}

// topicVerbs are the verbs by which a teller names what a text or a talk is about.
var topicVerbs = map[string]bool{"describes": true, "described": true, "recalls": true, "recalled": true, "recounts": true,
	"recounted": true, "discusses": true, "discussed": true, "mentions": true, "mentioned": true, "explains": true,
	"explained": true, "covers": true, "remembers": true, "remembered": true, "narrates": true, "traces": true}

// unitCues are the cues of a part that name it only in apposition or after a copula:
// "the Sinchis, a counter-insurgency battalion of the Civil Guard", "was a unit of".
var unitCues = map[string]bool{"unit of": true, "battalion of": true, "brigade of": true, "regiment of": true, "detachment of": true,
	"contingent of": true, "cell of": true, "component of": true}

// unitApposed reports whether the noun at token i, its article and at most two words
// before it, stands in apposition after a comma or after a copula.
func unitApposed(ts []token, i int) bool {
	k := i - 1
	for k > 0 && i-k <= 3 && !determiners[ts[k].word] && !ts[k].upper && !strings.ContainsAny(ts[k+1].pre, ",;:()") {
		k--
	}
	if k < 1 || !determiners[ts[k].word] || strings.ContainsAny(ts[k+1].pre, ",;:()") && k+1 < i {
		return false
	}
	return strings.TrimSpace(ts[k].pre) == "," || beWords[ts[k-1].word] || partCopulas[ts[k-1].word]
}

// labelInside reports whether the first name after token k stands in the label a verb of
// calling gives, after "a": "which it calls a CCP front" labels no CCP.
func labelInside(ts []token, ms []mention, k int) bool {
	j := slices.IndexFunc(ms, func(m mention) bool { return m.first >= k })
	return j >= 0 && ms[j].first > 0 && (ts[ms[j].first-1].word == "a" || ts[ms[j].first-1].word == "an")
}

// seizures are the cues of taking what another held, which several named before them with
// no one after did together, not to each other: "the YPG and the YPJ took control".
var seizures = map[string]bool{"captured": true, "seized": true, "took control": true, "took over": true, "recaptured": true}

// holderApposed reports whether the body named at token at, after a post's words and
// "of", is followed by a person set off by a comma, the post's holder: "the communiqué of
// the Commander in Chief, Gen. Ovando, that the chief of the band, Ernesto Guevara, had
// died" (Guevara is the chief, not the name before the post).
func (rd *Reader) holderApposed(ts []token, ms []mention, at int) bool {
	k := slices.IndexFunc(ms, func(m mention) bool { return m.first == at || m.first == at+1 && determiners[ts[at].word] })
	if k < 0 || k+1 >= len(ms) || rd.kinds[ms[k].id] == "individual" {
		return false
	}
	next := ms[k+1]
	return next.first == ms[k].end && strings.TrimSpace(ts[next.first].pre) == "," && rd.kinds[next.id] == "individual"
}

// personsMen reports whether a passive cue at token i, after a comma, qualifies a noun no
// mention holds that a person's possessive names: "The KIO met President Thein Sein's
// negotiators, led by Aung Min" (Aung Min led the president's men, not the KIO).
func (rd *Reader) personsMen(ts []token, ms []mention, i int) bool {
	if i < 2 || strings.TrimSpace(ts[i].pre) != "," || ts[i-1].upper || determiners[ts[i-1].word] || !ts[i-2].possessive {
		return false
	}
	if slices.ContainsFunc(ms, func(m mention) bool { return m.first <= i-1 && i-1 < m.end }) {
		return false
	}
	k := slices.IndexFunc(ms, func(m mention) bool { return m.end == i-1 })
	return k >= 0 && rd.kinds[ms[k].id] == "individual"
}

// singularStates returns the states the sentence named by a name that is one, and by no
// plural ("Eritrea", not "the Saudis", "the Chinese" or "Saudi forces"): none of them is
// the "them" of the sentence after.
func (rd *Reader) singularStates(ts []token, ms []mention) []string {
	var one, many []string
	for _, m := range ms {
		if m.first < 0 || rd.kinds[m.id] != "state" {
			continue
		}
		w := ts[m.end-1].word
		if slices.ContainsFunc(ts[m.first:m.end], func(t token) bool { return strings.HasSuffix(t.word, "s") }) ||
			m.first > 0 && ts[m.first-1].word == "the" && (strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ch")) ||
			m.end < len(ts) && !ts[m.end].upper && strings.HasSuffix(ts[m.end].word, "s") && !notPlurals[ts[m.end].word] && !strings.HasSuffix(ts[m.end].word, "ss") {
			many = append(many, m.id)
		} else {
			one = append(one, m.id)
		}
	}
	return slices.DeleteFunc(one, func(id string) bool { return slices.Contains(many, id) })
}

// notPlurals are the small words after a name that end in "s" and name no men of it.
var notPlurals = map[string]bool{"is": true, "was": true, "has": true, "does": true, "says": true, "as": true, "its": true,
	"his": true, "this": true, "thus": true, "us": true, "plus": true, "sends": true, "gives": true, "helps": true, "backs": true}

// weighed returns the words before the cue at token first by which a sentence tells of an
// act weighed, not done: the rules' considerations ("considering the possibility of"), or
// "talked of" or "spoke of" right before the cue's participle ("some OLA and Fano
// commanders talked of coordinating against the same enemy"; not "spoke of them as his
// boys").
func (rd *Reader) weighed(ts []token, first int) (string, bool) {
	if w, ok := rd.has(ts, 0, first, rd.marks["consideration"]...); ok {
		return w, true
	}
	if first >= 2 && ts[first-1].word == "of" && talkVerbs[ts[first-2].word] && strings.HasSuffix(ts[first].word, "ing") {
		return ts[first-2].word + " of", true
	}
	return "", false
}

// talkVerbs are the verbs of talk that, with "of" and a participle, tell an act weighed.
var talkVerbs = map[string]bool{"talked": true, "talk": true, "talks": true, "talking": true, "spoke": true, "spoken": true,
	"speaks": true, "speaking": true}

// denialKept returns a status a denial gave, disputed or denied, which an attribution
// keeps; "" otherwise.
func denialKept(s alliances.Status) alliances.Status {
	if s == alliances.Disputed || s == alliances.Denied {
		return s
	}
	return ""
}

// accusations are the cues of an accusation, which the accused's denial after it does not
// dispute: the accuser did accuse ("Belgrade accused Tirana of arming the rebels, and
// Tirana denied it"); the arming is disputed.
var accusations = map[string]bool{"accused": true, "accuses": true, "accuse": true, "blame": true, "accusing": true, "blamed": true, "blames": true, "blaming": true}

// itFor returns what the pronoun w at token i stands for, the reader's rules having given
// it id: after a fronted participle's agent ("Armed by CIA airdrops from 1961, it raided
// PLA convoys"), the sentence before's subject, not the agent; and "it" opening a clause
// is no person ("Its commissar was Tan Guansan. It destroyed most of the CIA teams"), nor
// the accused of "accusing it of" (a man is "him"), but
// the paragraph's subject or the sentence before's (an object "it" may be a man's deed:
// "Fujimori sent his resignation ...; Congress rejected it").
func (rd *Reader) itFor(ts []token, i int, w, id, before string) string {
	if (w == "it" || w == "they") && before != "" && frontedBy(ts, i) {
		return before
	}
	if w == "it" && rd.kinds[id] == "individual" && (i == 0 || strings.ContainsAny(ts[i].pre, ";:") || accusing[ts[i-1].word] && i+1 < len(ts) && ts[i+1].word == "of") {
		return cmp.Or(rd.notPerson(rd.topic), rd.notPerson(before))
	}
	return id
}

// frontedBy reports whether the pronoun at token i follows a participle's phrase that
// opens the sentence with its agent: "Armed by CIA airdrops from 1961, it".
func frontedBy(ts []token, i int) bool {
	if i < 3 || strings.TrimSpace(ts[i].pre) != "," || ts[1].word != "by" || !strings.HasSuffix(ts[0].word, "ed") && !pastVerbs[ts[0].word] {
		return false
	}
	return !slices.ContainsFunc(ts[1:i], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") })
}

// notPerson returns id where it is no individual's, else "".
func (rd *Reader) notPerson(id string) string {
	if rd.kinds[id] == "individual" {
		return ""
	}
	return id
}

// copulaBetween reports whether the words in [from, to) are a copula and an article only
// ("had been the", "was a"): the name after them, a possessive, qualifies the subject's
// predicate.
func copulaBetween(ts []token, from, to int) bool {
	if to-from < 2 || to-from > 4 || !determiners[ts[to-1].word] {
		return false
	}
	for k := from; k < to-1; k++ {
		if strings.ContainsAny(ts[k].pre, ",;:()") || !partCopulas[ts[k].word] && !auxiliaries[ts[k].word] && ts[k].word != "been" {
			return false
		}
	}
	return true
}

// armyMade reports whether a party's or an armed group's army is the name right after
// its "formed": "In 1987 the MEK formed the National Liberation Army of Iran" makes the
// army the MEK's part, not the MEK the army's member.
func (rd *Reader) armyMade(ts []token, maker, made *mention) bool {
	if k := rd.kinds[maker.id]; k != "party" && k != "armed-group" || rd.kinds[made.id] != "armed-group" && rd.kinds[made.id] != "militia" ||
		made.first < 0 || made.end > len(ts) {
		return false
	}
	return slices.ContainsFunc(ts[made.first:made.end], func(t token) bool { return t.upper && armyNames[t.word] })
}

// armyNames are the words of an armed wing's name.
var armyNames = map[string]bool{"army": true, "brigade": true, "brigades": true, "wing": true, "guard": true, "militia": true}

// rebelsNamedAfter reports whether an armed group, a party or a militia bears the name of
// a state or a state's body, which makes it no part of them: "the Revolutionary
// Government of Manipur", "Manipur People's Army", insurgents against Manipur's
// government.
func (rd *Reader) rebelsNamedAfter(id, part string) bool {
	switch rd.kinds[id] {
	case "armed-group", "party", "militia":
		return rd.kinds[part] == "state" || rd.kinds[part] == "state-organ"
	}
	return false
}
