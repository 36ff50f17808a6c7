package extract

// The scene of a deed, read as no party to it: the land a force crossed to strike
// another, the place a war was fought across, the partner of a claim, the dead.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// sceneOnly reports whether a cue of kind, read between left and right, names one of
// them as the scene of the deed or the dead rather than a party: the force "sent the
// gendarmerie, with armoured vehicles, against" another (no gift to the gendarmerie);
// "crossed into Myanmar and struck camps of the NSCN-K" (the camps' foe, not Myanmar's,
// and Myanmar strikes none); "claimed the attack together with the KYKL" (a partner);
// "across Manipur's hills", "along the Somali border" (a land); "a bomb at the
// headquarters of the IRP", "During the invasion of Iraq" (a place, an event); "Both
// were later shot dead" (the dead, where one phrase stands for both: not "13 Chadian
// soldiers and 65 Islamists were killed in heavy fighting", two sides); a meeting urged,
// a ban lifted, a deal signed by those who split from a body, a body's defectors, and a
// camp "run by" a company after its aside.
func (rd *Reader) sceneOnly(ts []token, c cueSpan, kind alliances.Kind, left, right *mention) bool {
	if kind == alliances.Agreement && (left.first < 0 || right.first < 0) && c.first >= 2 && ts[c.first-1].word == "the" && eventTimeWords[ts[c.first-2].word] {
		return true // "Days later, before the ceasefire took effect, NLA fighters crossed": a time, no deal of the paragraph's subject
	}
	if left.first < 0 || right.first < 0 || left.first >= len(ts) || right.first >= len(ts) || left.end > len(ts) || right.end > len(ts) {
		return false // a name the sentence leaves out ("implicit"), before it or after its end
	}
	switch {
	case kind == alliances.Support && sendingCues[c.cue.text] && right.first >= c.end:
		for k := right.end; k < min(right.end+6, len(ts)); k++ {
			if ts[k].word == "against" {
				return true
			}
			if strings.ContainsAny(ts[k].pre, ";:") {
				break
			}
		}
	case kind == alliances.Hostility && strings.HasSuffix(c.cue.text, " into") && right.first >= c.end && right.end+1 < len(ts) &&
		ts[right.end].word == "and" && strikeVerbs[ts[right.end+1].word]:
		return true
	case kind == alliances.Hostility && right.first >= 2 && right.first > c.end && partnerWith(ts, right.first):
		return true
	case right.first >= c.end && rd.landOf(ts, right) || left.end <= c.first && rd.landOf(ts, left):
		return true // not "Thailand's border police", "Russian border troops": a body
	case left.first >= 1 && ts[left.first-1].word == "into" && left.end < c.first && ts[left.end].word == "and":
		return true // "crossed into Myanmar and struck": the land entered strikes none
	case left.end <= c.first && sceneOf(ts, left.first):
		// "a bomb at the headquarters of the IRP killed its leader", "During the
		// invasion of Iraq in 2003 coalition aircraft bombed MEK camps": the place or
		// the event the deed is set in.
		return true
	case kind == alliances.Negotiation && c.cue.words[0] == "to" && c.first >= 2 && slices.ContainsFunc(ts[max(c.first-5, 0):c.first], func(t token) bool { return urgingVerbs[t.word] || t.word == "asked" }):
		return true // "urged the Minister to meet Mrs Rajavi": a meeting sought, none held
	case left.end < c.first && splitFrom(ts, left.first) && slices.ContainsFunc(ts[left.end:c.first], func(t token) bool { return t.word == "and" }):
		return true // "a breakaway faction split from the ONLF and signed a peace agreement": not the ONLF's
	case right.end < len(ts) && defectorNouns[ts[right.end].word] || left.end < len(ts) && defectorNouns[ts[left.end].word]:
		return true // "merged with a group of ONLF defectors": no ONLF
	case kind == alliances.Membership && ownerCues[c.cue.text] && strings.Contains(ts[c.first].pre, ",") && left.end != c.first && right.end != c.first:
		return true // "attacked the camp at Obole, near Degehabur, run by the ZPEB": the camp's
	case right.first == c.end+1 && (ts[c.end].word == "that" || ts[c.end].word == "which") && c.first > 0 && determiners[ts[c.first-1].word] &&
		kind != alliances.Agreement && kind != alliances.Negotiation && kind != alliances.Mediation:
		// "an arrest that Nicolas Sarkozy announced": the clause's subject, not the
		// arrested (but "a truce, which both governments accepted": its parties).
		return true
	case kind == alliances.Agreement && strings.HasPrefix(c.cue.text, "sign") && right.first >= c.end && right.first <= c.end+1 && strings.ContainsAny(ts[right.first].pre, "\"“'‘"):
		return true // "by then signing simply "FLNC"": a signature, no deal
	case kind == alliances.Support && strings.HasSuffix(c.cue.text, "exile in") && (right.first > c.end+2 || left.first > c.end+2):
		return true // "went into exile in the late 1990s, later came back to run the football club AC Ajaccio"
	case left.end <= c.first && left.first >= 1 && (ts[left.first-1].word == "entered" || ts[left.first-1].word == "invaded") && kind != alliances.Hostility:
		return true // "the ENDF entered Somalia in support of the TFG": the land entered gives none
	case left.end <= c.first && tellerBefore(ts, left.end, c.first) || right.end <= c.first && tellerBefore(ts, right.end, c.first):
		return true // "the residents allege that the raids were carried out at the request of": the teller
	case kind == alliances.Agreement && (calledForBy(ts, left.first) || calledForBy(ts, right.first)):
		return true // "the ceasefire with Iraq called for by the Security Council": no party
	case kind == alliances.Merger && strings.HasSuffix(c.cue.text, " into") && left.end <= c.first && right.first == c.end && c.end < len(ts) &&
		(ts[c.end].word == "it" || ts[c.end].word == "them") && slices.ContainsFunc(ts[left.end:c.first], func(t token) bool { return t.word == "and" }):
		// "Ghjustizia Paolina and the FPCL merged into it": into the one before, not
		// into the last of those who merged.
		return true
	case kind != alliances.Opposition && left.end <= c.first && right.first >= c.end && accuserOnly(ts, left, c.first):
		return true // "Pakistan accused India of funding and arming the BLA": India arms, not Pakistan
	case c.cue.text == "removed" && right.first >= c.end && slices.ContainsFunc(ts[right.end:min(right.end+5, len(ts))], func(t token) bool { return t.word == "list" }):
		return true // "removed the PMOI from its list of proscribed organisations": a ban ended
	case kind == alliances.Hostility && left.first == right.first && left.end == right.end && right.end <= c.first && c.first > 0 &&
		(beWords[ts[c.first-1].word] || c.first > 1 && beWords[ts[c.first-2].word] && !ts[c.first-1].upper && strings.TrimSpace(ts[c.first-1].pre) == "") &&
		(strings.HasSuffix(c.cue.words[0], "ed") || strings.HasSuffix(c.cue.words[0], "en") || c.cue.words[0] == "shot" || c.cue.words[0] == "slain") &&
		!(c.end < len(ts) && ts[c.end].word == "by"):
		return true
	}
	return false
}

// wordBefore returns where the word before the name at i stands, past a determiner: "of"
// in "of the IRP".
func wordBefore(ts []token, i int) int {
	k := i - 1
	if k >= 0 && determiners[ts[k].word] {
		k--
	}
	return k
}

// sceneOf reports whether the name at i follows "at the headquarters of" or, in a
// sentence that opens on it, "During the invasion of".
func sceneOf(ts []token, i int) bool {
	k := wordBefore(ts, i)
	if k < 2 || ts[k].word != "of" {
		return false
	}
	at := k - 2
	if determiners[ts[at].word] {
		at--
	}
	return placeOf[ts[k-1].word] && at >= 0 && ts[at].word == "at" || eventOf[ts[k-1].word] && sceneOpeners[ts[0].word] && at <= 1
}

// landOf reports whether the name m is a state's or a people's before a noun of its land
// that ends the phrase: "Manipur's hills", "along the Somali border", not "Thailand's
// border police".
func (rd *Reader) landOf(ts []token, m *mention) bool {
	if m.end >= len(ts) || !landNouns[ts[m.end].word] || ts[m.end].upper {
		return false
	}
	if !ts[m.end-1].possessive && !(m.end-m.first == 1 && rd.rules.Aliases[ts[m.first].word] != "") {
		return false
	}
	return m.end+1 == len(ts) || strings.ContainsAny(ts[m.end+1].pre, ",;:.()") || ts[m.end+1].upper || prepositions[ts[m.end+1].word] ||
		ts[m.end+1].word == "work" || ts[m.end+1].word == "works"
}

// tellerBefore reports whether a verb of telling and "that" stand in [from, to), before
// the cue, with no name after them: the name before is the teller, not a party ("the
// residents allege that the raids were carried out at the request of").
func tellerBefore(ts []token, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if (tellerVerbs[ts[k].word] || ts[k].word == "allege") && ts[k+1].word == "that" {
			return !slices.ContainsFunc(ts[k+2:to], func(t token) bool { return t.upper })
		}
	}
	return false
}

// calledForBy reports whether the name at i follows "called for by", "proposed by",
// "demanded by": the one who asked for a deal, no party to it.
func calledForBy(ts []token, i int) bool {
	k := wordBefore(ts, i)
	if k < 1 || ts[k].word != "by" {
		return false
	}
	w := ts[k-1].word
	return w == "for" && k >= 2 && ts[k-2].word == "called" || w == "proposed" || w == "demanded" || w == "urged" || w == "drafted"
}

// accuserOnly reports whether the name left stands before the verb of accusing whose
// deed the cue at tells: the accuser, who does not do what they accuse another of (but
// "Ethiopia and the Sudan accused each other of harbouring rebels": each did; nor "Hemedti
// ... was accused in 2023 of arming the JEM": the accused).
func accuserOnly(ts []token, left *mention, at int) bool {
	k := accusingAt(ts, at)
	return k >= 1 && left.end <= k && at-k > 2 && !beWords[ts[k-1].word] && !(k+2 < len(ts) && (ts[k+1].word == "each" || ts[k+1].word == "one") && (ts[k+2].word == "other" || ts[k+2].word == "another"))
}

// eventTimeWords open a phrase that tells when, by an event: "before the ceasefire".
var eventTimeWords = map[string]bool{"before": true, "after": true, "until": true, "since": true, "when": true, "once": true}

// ownerCues are the cues of a body's head that may be said of a place: "a camp run by".
var ownerCues = map[string]bool{"run by": true, "owned by": true, "operated by": true, "managed by": true}

// splitFrom reports whether the name at i is the object of a split: "split from the
// ONLF", "broke away from it".
func splitFrom(ts []token, i int) bool {
	k := wordBefore(ts, i)
	if k < 1 || ts[k].word != "from" {
		return false
	}
	w := ts[k-1].word
	return w == "split" || w == "away" || w == "seceded" || w == "defected" || w == "deserted"
}

// defectorNouns are the nouns after a body's name of those who left it: "ONLF defectors".
var defectorNouns = map[string]bool{"defectors": true, "deserters": true, "dissidents": true, "breakaways": true, "renegades": true,
	"defector": true, "deserter": true, "dissident": true, "renegade": true}

// placeOf are the nouns of a body's place ("at the headquarters of the IRP"); eventOf those
// of an event a sentence opens in ("During the invasion of Iraq").
var placeOf = map[string]bool{"headquarters": true, "offices": true, "office": true, "embassy": true, "base": true, "camp": true,
	"home": true, "residence": true, "compound": true, "consulate": true}

var eventOf = map[string]bool{"invasion": true, "occupation": true, "liberation": true, "siege": true, "fall": true, "partition": true,
	"independence": true, "collapse": true}

// sceneOpeners are the words that open a sentence on the time of an event.
var sceneOpeners = map[string]bool{"during": true, "after": true, "before": true, "following": true, "since": true, "until": true, "in": true}

// partnerWith reports whether the name at i follows "together with", "along with" or
// "jointly with", a determiner between: the partner of the deed before.
func partnerWith(ts []token, i int) bool {
	k := wordBefore(ts, i)
	return k >= 1 && ts[k].word == "with" && (ts[k-1].word == "together" || ts[k-1].word == "along" || ts[k-1].word == "jointly")
}

// sendingCues are the cues of support that send something, which "against" after their
// object makes a force sent to fight.
var sendingCues = map[string]bool{"sent": true, "send": true, "sends": true, "sending": true, "dispatched": true, "deployed": true}

// strikeVerbs are the verbs of a strike a force makes after crossing into a land.
var strikeVerbs = map[string]bool{"struck": true, "attacked": true, "raided": true, "hit": true, "destroyed": true, "bombed": true,
	"shelled": true, "overran": true}

// landNouns are the nouns of a land after its state's or people's name: "Manipur's hills",
// "the Somali border".
var landNouns = map[string]bool{"hills": true, "mountains": true, "border": true, "borders": true, "frontier": true, "countryside": true,
	"soil": true, "territory": true, "villages": true, "towns": true, "coast": true, "highlands": true, "lowlands": true, "plains": true,
	"north": true, "south": true, "east": true, "west": true, "interior": true, "heartland": true, "borderlands": true}

// withoutThings returns the mentions but a person's name that names a thing made after
// him, after an article or a people's word and before a weapon's noun ("an Iraqi
// al-Hussein missile" is no Saddam Hussein), a state's name that names a ship, and a
// common noun that describes the name before it (describingNoun).
func (rd *Reader) withoutThings(ts []token, ms []mention) []mention {
	thing := func(m mention) bool {
		k := m.first - 1
		if k > 0 && (ts[k].word == "al" || ts[k].word == "el") {
			k-- // "an Iraqi al-Hussein missile"
		}
		return m.first >= 0 && m.end < len(ts) && rd.kinds[m.id] == "individual" && namedWeapons[ts[m.end].word] && strings.TrimSpace(ts[m.end].pre) == "" &&
			ts[m.end-1].upper && !ts[m.end-1].possessive && k >= 0 && (determiners[ts[k].word] || rd.rules.Aliases[ts[k].word] != "") // not "sent Aoun tanks", "Saddam's tanks"
	}
	noOne := func(m mention) bool { return rd.shipNamed(ts, m) || describingNoun(ts, ms, m) }
	if !slices.ContainsFunc(ms, thing) && !slices.ContainsFunc(ms, noOne) {
		return ms
	}
	return slices.DeleteFunc(slices.DeleteFunc(slices.Clone(ms), thing), noOne)
}

// describingNoun reports whether m is a common noun, an alias in small letters, set in
// apposition after another actor's name, which it describes: "Waad, the secular leftist
// society of Ebrahim Sharif," is no other "society".
func describingNoun(ts []token, ms []mention, m mention) bool {
	if m.first < 2 || slices.ContainsFunc(ts[m.first:m.end], func(t token) bool { return t.upper || numberWords[t.word] || t.word == "both" || t.word == "all" }) {
		return false // nor "Chad, Iraq and Turkey, the three guarantors of": the list itself
	}
	k := m.first
	for k > 0 && m.first-k < 4 && !strings.Contains(ts[k].pre, ",") && !ts[k-1].upper && (determiners[ts[k-1].word] || !prepositions[ts[k-1].word] && !relativeWords[ts[k-1].word]) {
		k--
	}
	if !strings.Contains(ts[k].pre, ",") || strings.ContainsAny(ts[k].pre, ";:()") || !determiners[ts[k].word] || pronounWords[ts[m.first].word] {
		return false // "Pahlawan, betrayed him,": no noun
	}
	// The apposition closes after the noun, or goes on with "of": not "Trained ... by SAS
	// teams, the firqat fought alongside the SAF", the next clause's subject.
	if m.end < len(ts) && ts[m.end].word != "of" && !strings.Contains(ts[m.end].pre, ",") {
		return false
	}
	return slices.ContainsFunc(ms, func(o mention) bool { return o.end == k && o.id != m.id && o.first >= 0 })
}

// shipNamed reports whether a state's name at m names a ship: after a ship's noun, or after
// "the" in apposition to one ("Two river gunboats, the Paraguay and the Humaita, slip
// north", "the gunboat Paraguay"); not "the gunboats of the Congo".
func (rd *Reader) shipNamed(ts []token, m mention) bool {
	if m.first < 1 || rd.kinds[m.id] != "state" {
		return false
	}
	if shipNouns[ts[m.first-1].word] {
		return true
	}
	if ts[m.first-1].word != "the" {
		return false
	}
	for k := m.first - 2; k >= 0 && m.first-k <= 6; k-- {
		switch {
		case shipNouns[ts[k].word]:
			return true
		case prepositions[ts[k].word] || ts[k].upper && ts[k].word != "the":
			return false
		}
	}
	return false
}

// shipNouns are the nouns of ships a state's name may name.
var shipNouns = map[string]bool{"gunboat": true, "gunboats": true, "warship": true, "warships": true, "cruiser": true, "frigate": true,
	"destroyer": true, "corvette": true, "steamer": true, "steamers": true, "monitor": true, "monitors": true, "flagship": true}

// namedWeapons are the nouns of weapons a person's name may name: "al-Hussein missile".
var namedWeapons = map[string]bool{"missile": true, "missiles": true, "rocket": true, "rockets": true, "rifle": true, "rifles": true,
	"tank": true, "tanks": true, "launcher": true, "launchers": true, "gun": true, "guns": true, "bomb": true, "bombs": true}
