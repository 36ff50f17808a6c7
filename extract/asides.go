package extract

// The readings that take a name from a verb's parties: a name in an aside, a request, an
// act named by its noun, a group left to join another.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// participleAside returns the mention before the aside that holds ms[i], where a
// participle or an indefinite article opens the aside right after that mention's comma and
// a comma closes it before token cue ("the Taliban, accused of sheltering al Qaeda,
// fought"; "Turkey, a NATO member with the alliance's second largest army, has had a
// friendly relationship with Syria"), or parentheses hold it, opened by a word in small
// letters ("the YPG (supported by the Shammar tribe) launched"), or a relative pronoun
// opens it ("Wagner, which had ties with Hemedti, was accused of sending"); else -1.
func participleAside(ts []token, ms []mention, i, cue int) int {
	open, closer := -1, ","
	listed := 0 // the commas of a list the aside holds: "made up of South African, Tanzanian and Malawian troops"
	for k := ms[i].first; k > 0 && ms[i].first-k <= 6+listed; k-- {
		if strings.Contains(ts[k].pre, "(") && !strings.Contains(ts[k].pre, ")") && !ts[k].upper {
			open, closer = k, ")" // "the YPG (supported by the Shammar tribe) launched"
			break
		}
		if strings.ContainsAny(ts[k].pre, ";:()") {
			return -1
		}
		if strings.Contains(ts[k].pre, ",") && ts[k].upper && listed < 6 && slices.ContainsFunc(ts[k:ms[i].first+1], func(t token) bool { return t.word == "and" }) {
			listed += 3
			continue
		}
		if strings.Contains(ts[k].pre, ",") {
			open = k
			break
		}
	}
	if open < 1 {
		return -1
	}
	opener := strings.HasSuffix(ts[open].word, "ed") || pastParticiples[ts[open].word] || indefinite(ts[open].word) || ts[open].word == "one" && open+1 < len(ts) && ts[open+1].word == "of" || closer == ")" ||
		ts[open].word == "which" || ts[open].word == "who" || ts[open].word == "whose" || // "Wagner, which had cultivated ties with Hemedti, was accused of"
		bearings[ts[open].word] && open+1 < len(ts) && (ts[open+1].word == "to" || ts[open+1].word == "with") || // "the RFC, close to Khartoum, attacked"
		ts[open].word == "part" && open+1 < len(ts) && ts[open+1].word == "of" // "The Manbij Military Council, part of the SDF, had liberated Manbij"
	// "The SDF, Washington's main partner against the Islamic State, accused Ankara": a
	// description of the name before, opened by a possessive or "the" before a noun.
	// So does "the" before a people's word and a noun: "Dostum, the Uzbek militia commander
	// whom Kabul had long paid to hold the north, mutinied".
	described := open+1 < len(ts) && (!ts[open+1].upper || ts[open].word == "the" && open+2 < len(ts) && ts[open+1].upper && !ts[open+2].upper && ts[open+2].word != "and") &&
		(ts[open].possessive || ts[open].word == "the")
	if ts[open].upper && !described || !opener && !described || !slices.ContainsFunc(ts[ms[i].end:min(cue+1, len(ts))], func(t token) bool { return strings.Contains(t.pre, closer) }) {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if ms[j].end == open || ms[j].end == open-1 && menNoun(ts[open-1].word) {
			return j // "ZIPRA fighters, backed by Zambia, attacked Rhodesia": ZIPRA's
		}
	}
	if opener && open >= 2 && menNoun(ts[open-1].word) {
		return asideOfUnnamed // "Ugandan rebel groups, backed by Mobutu, attacked Kenya": the groups attacked
	}
	if (ts[open].word == "who" || ts[open].word == "whose") && open >= 2 && !ts[open-1].upper && nounLike(ts[open-1]) {
		return asideOfUnnamed // "ZIPRA's commander, who answered to Nkomo, met Smith": the commander met him
	}
	return -1
}

// asideOfUnnamed is what participleAside returns where the aside's subject is men or
// bodies no mention names.
const asideOfUnnamed = -2

// eventNoun reports whether the cue is a noun after an article (and at most two words
// that qualify it) after a preposition of time or a verb that judges or tells of an act
// rather than does it: "after the strikes on", "condemned the attack on".
func eventNoun(ts []token, c cueSpan) bool {
	w := c.cue.words[0]
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || c.cue.passive {
		return false
	}
	k := c.first - 1
	for k > 0 && c.first-k <= 2 && ts[k].word != "the" && !ts[k].upper && !strings.ContainsAny(ts[k+1].pre, ",;:()") {
		k--
	}
	if k < 1 || ts[k].word != "the" || strings.ContainsAny(ts[k].pre, ",;:()") {
		return false
	}
	return eventWords[ts[k-1].word]
}

// alliesBeforeVerb reports whether cue c is a noun of partners, or an adverb of acting
// together, right before a verb's cue: "Hizb-e Islami allies attacked Pakistan", "Turkey and
// the FSA jointly attacked the YPG" have no partner after the verb.
func alliesBeforeVerb(ts []token, c cueSpan, spans []cueSpan) bool {
	next := c.end // past an adverb: "Al-Islah allies then attacked"
	if next < len(ts) && (ts[next].word == "then" || ts[next].word == "later" || ts[next].word == "also" || strings.HasSuffix(ts[next].word, "ly")) {
		next++
	}
	if len(c.cue.words) != 1 || !slices.ContainsFunc(spans, func(o cueSpan) bool { return o.first == next }) {
		return false
	}
	w := c.cue.words[0]
	return c.cue.kind == alliances.Alliance && (w == "allies" || w == "ally" || w == "partners" || w == "partner") ||
		c.cue.kind == alliances.Cooperation && (w == "jointly" || w == "together")
}

// helpAside reports whether mention m names the giver of help in an aside before cue c,
// who is not the subject of the verb after it: "the Taliban and Jami'at, with Iran's
// backing, fought ISKP".
func helpAside(ts []token, m mention, c cueSpan) bool {
	h := helpNounAt(ts, m.end)
	if m.first > 1 && ts[m.first-1].word == "from" && m.end < len(ts) && strings.Contains(ts[m.end].pre, ",") && m.end <= c.first {
		// "the GUNT, with troops from Libya, attacked": the giver after "from"
		for k := m.first - 2; k > 0 && k >= m.first-5; k-- {
			if ts[k].word == "with" {
				return strings.Contains(ts[k].pre, ",")
			}
		}
	}
	return m.first > 0 && ts[m.first-1].word == "with" && strings.Contains(ts[m.first-1].pre, ",") &&
		h >= 0 && h+1 < len(ts) && strings.Contains(ts[h+1].pre, ",") && h+1 <= c.first
}

// onSide reports whether a cue of fighting is followed by the side fought on, not the
// enemy: "fought on the Syrian government's side" (possessedSide reads the support).
func onSide(ts []token, c cueSpan) bool {
	if c.cue.kind != alliances.Hostility || c.end >= len(ts) || ts[c.end].word != "on" {
		return false
	}
	for k := c.end + 1; k < len(ts) && k <= c.end+6; k++ {
		if ts[k].word == "side" {
			return ts[k-1].possessive || ts[k-1].upper // "fought on the Moldovan side"
		}
		if strings.ContainsAny(ts[k].pre, ",;:()") {
			return false
		}
	}
	return false
}

// unnamedSubject reports whether the clause before the cue at token cue has a subject of
// its own that names no actor the reader knows: men or a government named by their noun
// ("The government, aided by ..., pushed", "Federal troops, fighting alongside Eritrean
// units, captured"), not one after a preposition ("Relations were established with the
// militias of"). The paragraph's subject is then not the clause's.
func unnamedSubject(ts []token, cue int) bool {
	for k := 0; k < cue; k++ {
		// (Or a government named by its noun after a pronoun: "his administration began to
		// arm the Hmong", a state's act, not the paragraph's man.)
		if w := ts[k].word; !forceNouns[w] && !stateMen[w] && w != "army" && w != "authorities" && !(headedNouns[w] && k > 0 && ownPronouns[ts[k-1].word]) {
			continue
		}
		j := k - 1
		for j >= 0 && (determiners[ts[j].word] || !ts[j].upper && !prepositions[ts[j].word] && !strings.ContainsAny(ts[j+1].pre, ",;:()")) {
			j-- // past its article and words that qualify it
		}
		if j < 0 || strings.ContainsAny(ts[j+1].pre, ",;:") || ts[j].upper && !prepositions[ts[j].word] {
			return true
		}
	}
	return false
}

// prepositions are the words that put a noun after them out of its clause's subject.
var prepositions = map[string]bool{"of": true, "with": true, "by": true, "against": true, "to": true, "from": true, "for": true,
	"on": true, "in": true, "at": true, "among": true, "between": true, "alongside": true, "under": true}

// possessorOnly reports whether mention m is only the possessor of those who do the act of
// cue c, named by a noun of its clients, parts, partners or foes right before the cue:
// "Iran's Iraqi proxies attacked", "al-Qaeda's Somali affiliate attacked", "Turkey's
// Kurdish enemies attacked".
func possessorOnly(ts []token, m mention, c cueSpan) bool {
	if !ts[m.end-1].possessive || c.first-m.end < 1 || c.first-m.end > 3 {
		return false
	}
	n := ts[c.first-1].word
	return (clientNouns[n] || placedParts[n] || foeNouns[n] || n == "allies" || n == "ally") &&
		!slices.ContainsFunc(ts[m.end:c.first], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") })
}

// possessorOfNamed reports whether m, in the possessive, owns only a noun of those it
// keeps, borders or fights, whom n, right after the noun, names: "Syria's neighbours
// Jordan, Lebanon, Iraq and Israel", "Turkey's proxies the SNA"; or a post, whose holder n
// names: "a visit by Bashir's adviser Ghazi Salaheddin".
func (rd *Reader) possessorOfNamed(ts []token, m, n mention) bool {
	if m.first < 0 || n.first < 0 || !ts[m.end-1].possessive || n.first <= m.end || strings.ContainsAny(ts[m.end].pre+ts[n.first].pre, ";:()") {
		return false
	}
	if rd.kinds[n.id] == "individual" && rd.kinds[m.id] == "individual" {
		only, posts, of := rd.title(ts, m.end, n.first)
		return only && posts > 0 && !of
	}
	// "Syria's neighbours, Jordan and Lebanon": past a comma, a list.
	listed := !strings.Contains(ts[n.first].pre, ",") || n.end < len(ts) && (ts[n.end].word == "and" || strings.Contains(ts[n.end].pre, ","))
	return n.first == m.end+1 && listed && keptNoun(ts[m.end].word)
}

// keptNoun reports whether w, after a possessive, is a noun of those the possessor keeps,
// borders or fights: "proxies", "allies", "neighbours", "enemies".
func keptNoun(w string) bool {
	return clientNouns[w] || foeNouns[w] || w == "allies" || w == "ally" || w == "neighbours" || w == "neighbors" || w == "neighbour" || w == "neighbor"
}

// succeeded reports whether b, in the possessive, is named before a noun of succession
// right before cue c, in apposition to a, named right before it: "Karim Khalili, Mazari's
// successor at the head of Wahdat".
func succeeded(ts []token, a, b mention, c cueSpan) bool {
	return b.first > 0 && a.end == b.first && strings.Contains(ts[b.first].pre, ",") && ts[b.end-1].possessive && c.first == b.end+1 &&
		successorNouns[ts[b.end].word]
}

var successorNouns = map[string]bool{"successor": true, "predecessor": true, "heir": true}

// foeNouns are the nouns of those a possessor stands against: "Turkey's Kurdish enemies".
var foeNouns = map[string]bool{"enemies": true, "enemy": true, "rivals": true, "rival": true, "foes": true, "foe": true,
	"opponents": true, "opponent": true, "adversaries": true, "adversary": true}

// possessedHelp reports whether the passive cue c of help ("backing of", "support of")
// stands right after a possessive, whose owner gives the help: "Pakistan's backing of the
// Taliban", not "with the backing of Pakistan".
func possessedHelp(ts []token, m mention, c cueSpan) bool {
	return c.cue.passive && c.cue.kind == alliances.Support && (c.cue.text == "backing of" || c.cue.text == "support of") &&
		(m.end == c.first && ts[m.end-1].possessive || c.first > 0 && possessivePronouns[ts[c.first-1].word]) // "ending its support of RENAMO"
}

// possessivePronouns are the pronouns whose noun is their antecedent's: "its support of".
var possessivePronouns = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// nounActs reports whether cue c is a participle that tells what the noun right before it
// does, a noun with its article that the clause's subject stood against: "Russia vetoed a
// resolution condemning Syria" (the resolution condemns; Russia blocked it). A noun the
// subject made is its own ("Tahrir al-Sham released a statement condemning Zenki").
func nounActs(ts []token, c cueSpan) bool {
	if len(c.cue.words) != 1 || !strings.HasSuffix(c.cue.words[0], "ing") || c.cue.passive || c.first < 3 {
		return false
	}
	n, det := ts[c.first-1], ts[c.first-2]
	if n.upper || !phraseOpeners[det.word] || copulas[n.word] || partCopulas[n.word] || strings.ContainsAny(det.pre+n.pre+ts[c.first].pre, ",;:()") ||
		strings.HasSuffix(n.word, "ly") || n.word == "and" || n.word == "of" {
		return false
	}
	return blocking[ts[c.first-3].word]
}

// blocking are the verbs by which one stands against a text or a measure, whose act is
// then not one's own: "vetoed a resolution condemning".
var blocking = map[string]bool{"vetoed": true, "vetoes": true, "veto": true, "blocked": true, "blocks": true, "rejected": true,
	"rejects": true, "opposed": true, "opposes": true, "dismissed": true, "condemned": true, "criticized": true,
	"criticised": true, "denounced": true, "against": true}

// phraseOpeners are the articles and possessives that open a noun phrase (not "that", which
// also opens a clause: "a program that is training").
var phraseOpeners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// eventWords come before an act named by its noun whose doer they do not say: "after the
// strikes on", "condemned the attack on".
var eventWords = map[string]bool{"after": true, "before": true, "following": true, "during": true, "amid": true, "despite": true,
	"since": true, "condemned": true, "condemning": true, "condemns": true, "criticized": true, "criticised": true,
	"denounced": true, "welcomed": true, "blamed": true, "reported": true, "described": true, "called": true, "protested": true,
	"deplored": true, "praised": true, "investigated": true}

// leaving are the verbs of leaving a group, whose subject an infinitive after the group
// left speaks of: "left Hizb-e Islami to join the Taliban".
var leaving = map[string]bool{"left": true, "leaving": true, "leaves": true, "quit": true, "quitting": true, "abandoned": true,
	"abandoning": true, "deserted": true, "deserting": true}

// unknownAfter reports whether the first word after a cue (past its preposition and
// article), in tokens [from, to), is a capitalized word that is no name the reader knows:
// not a demonym ("Syrian government forces"), a post ("President Assad") or a month.
func (rd *Reader) unknownAfter(ts []token, from, to int) bool {
	for k := from; k < to; k++ {
		switch ts[k].word {
		case "against", "on", "with", "to", "the", "a", "an", "its", "their":
			continue // "airstrikes against the Houthis"
		}
		if !ts[k].upper || notPlaces[ts[k].word] {
			return false // "the capture of Abu Kamal from ISIL": a place after "of" is no party
		}
		if _, demonym := rd.rules.Aliases[ts[k].word]; demonym {
			continue
		}
		if only, n, _ := rd.title(ts, k, k+1); only && n > 0 {
			continue
		}
		if k+1 < to && portfolioHeads[ts[k+1].word] {
			continue // "of Finance Minister Gibril Ibrahim": a portfolio's word before its post
		}
		if k+1 == to && ts[k].possessive {
			continue // "let Darfur's JEM use": the name after the possessive is the object
		}
		return true
	}
	return false
}

// inAnAct reports whether the words from token k, after "joined X", make it joining X in
// an act rather than as a member: "joined ISIL in clashes with the YPG", "joined the
// Taliban offensive on Kabul", "joined the army against the rebels" (not "joined the
// Taliban in 2020", "joined the SNA in Aleppo").
func inAnAct(ts []token, k int) bool {
	if k >= len(ts) {
		return false
	}
	if acts[ts[k].word] || ts[k].word == "against" {
		return true
	}
	switch ts[k].word {
	case "in", "on", "at", "for", "during":
		for j := k + 1; j < len(ts) && j <= k+3; j++ {
			w := ts[j].word
			if acts[w] || strings.HasSuffix(w, "ing") && len(w) > 5 {
				return true
			}
			if !determiners[w] && w != "its" && w != "their" {
				return false
			}
		}
	}
	return false
}

// notTheCuesObject reports whether the name at token at, after cue c, is no object of c
// though it is the first name after it:
//   - "relied on the element of surprise against Jami'at", "support had led to increased
//     effectiveness against the FSA": the name after "against" is the enemy, not the one
//     who gave or got; but "to help prevent a massacre against X" helps X, the victim of
//     the act between;
//   - "Hezbollah was fighting in Qusayr on the same side as Assad's forces", "fighting on
//     behalf of Pakistan": a fight beside, or for, the name after, not against it;
//   - "protested against the imposition of Sharia and in support of the MNLA": a name after
//     a cue of the other sign joined by "and" or "but", which stands between, is that
//     cue's party;
//   - "US airstrikes and Kurdish ground forces broke the siege": a name joined by "and" to
//     the noun of an act is its fellow, not its target, which would follow "on" or "against".
func notTheCuesObject(ts []token, spans []cueSpan, c cueSpan, at int) bool {
	between := func(o cueSpan) bool { return o.first >= c.end && o.end <= at }
	if fellowAfter(ts, c, at) || objectThenVerb(ts, c, at) || visitedOther(ts, c, at) || c.cue.kind != alliances.Support && forBehalf(ts, c, at) ||
		c.cue.kind == alliances.Hostility && withTheirArms(ts, at) {
		return true
	}
	switch c.cue.kind {
	case alliances.Support:
		if slices.ContainsFunc(ts[c.end:at], func(t token) bool { return t.word == "against" }) &&
			(c.cue.passive || !slices.ContainsFunc(spans, between)) {
			return true
		}
	case alliances.Hostility:
		if slices.ContainsFunc(spans, func(o cueSpan) bool {
			return between(o) && alliances.SignOf(o.cue.kind, "") > 0 &&
				(o.cue.words[0] == "on" || len(o.cue.words) > 1 && o.cue.words[0] == "in" && (o.cue.words[1] == "support" || o.cue.words[1] == "favour" || o.cue.words[1] == "favor"))
		}) {
			return true
		}
	}
	return slices.ContainsFunc(spans, func(o cueSpan) bool {
		return o.first > c.end+1 && o.end <= at && (ts[o.first-1].word == "and" || ts[o.first-1].word == "but") &&
			alliances.SignOf(o.cue.kind, "")*alliances.SignOf(c.cue.kind, "") < 0
	})
}

// forBehalf reports whether the name at token at is the one "on" whose "behalf" the act
// of cue c is done, its ally, not its enemy: "general strikes on FLOSY's behalf" (actedFor
// reads the support), "strikes on behalf of FLOSY" (the cue "on behalf of").
func forBehalf(ts []token, c cueSpan, at int) bool {
	if c.end+1 < len(ts) && c.cue.words[len(c.cue.words)-1] == "on" && ts[c.end].word == "behalf" && ts[c.end+1].word == "of" {
		return true
	}
	if at < 1 || ts[at-1].word != "on" && !(at >= 2 && ts[at-2].word == "on" && determiners[ts[at-1].word]) {
		return false // "struck Hezbollah on Lebanon's behalf": Hezbollah struck, for another
	}
	for k := at; k < len(ts)-1 && k < at+5; k++ {
		if ts[k].possessive {
			return ts[k+1].word == "behalf"
		}
		if k > at && strings.ContainsAny(ts[k].pre, ",;:()") {
			break
		}
	}
	return false
}

// fellowAfter reports whether the name at token at is joined by "and" to the noun of an
// act that cue c is: "US airstrikes and Kurdish ground forces".
func fellowAfter(ts []token, c cueSpan, at int) bool {
	w := c.cue.words[len(c.cue.words)-1]
	return (acts[w] || strikes[w]) && c.end < at && at-c.end <= 3 && ts[c.end].word == "and" &&
		!slices.ContainsFunc(ts[c.end+1:at], func(t token) bool { return strings.HasSuffix(t.word, "ed") })
}

// strikes are the nouns of blows struck from afar, besides the acts of fighting.
var strikes = map[string]bool{"airstrikes": true, "strikes": true, "bombing": true, "bombings": true, "shelling": true,
	"bombardment": true, "bombardments": true, "sorties": true}

// affairs are the nouns of a state of affairs one keeps over another: "a blockade of Yemen".
var affairs = map[string]bool{"blockade": true, "siege": true, "control": true, "presence": true, "occupation": true,
	"embargo": true, "ceasefire": true, "isolation": true}

// andAside reports whether the verb at token first follows "and" and a phrase set off by
// commas: "removed Bashir in April 2019 and, in October 2021, seized power", the verb
// of the sentence's subject.
func andAside(ts []token, first int) bool {
	if first < 3 || !strings.Contains(ts[first].pre, ",") {
		return false
	}
	for j := first - 1; j > 0 && j >= first-6; j-- {
		if strings.ContainsAny(ts[j].pre, ";:()") {
			return false
		}
		if strings.Contains(ts[j].pre, ",") {
			return ts[j-1].word == "and" && j-1 > 0 && strings.TrimSpace(ts[j].pre) == ","
		}
	}
	return false
}

// helperOf returns the mention of one who helped the actor at ms[li] do the act at cue
// c, a bare infinitive right after it: "Angolan troops helped Laurent-Désiré Kabila
// overthrow Mobutu" (Angolan troops); else -1.
func helperOf(ts []token, ms []mention, li int, c cueSpan) int {
	if li < 1 || ms[li].end != c.first || ms[li].first < 2 || !helpVerbs[ts[ms[li].first-1].word] {
		return -1
	}
	h := li - 1
	if ms[h].end != ms[li].first-1 && !(ms[h].end == ms[li].first-2 && forceNouns[ts[ms[li].first-2].word]) {
		return -1 // "Angola helped", "Angolan troops helped"
	}
	if strings.ContainsAny(ts[ms[li].first-1].pre+ts[ms[li].first].pre, ",;:()") || ms[h].id == ms[li].id {
		return -1
	}
	return h
}

// helpVerbs are the verbs of helping another do an act named after it.
var helpVerbs = map[string]bool{"helped": true, "helps": true, "help": true, "helping": true, "assisted": true, "enabled": true}

// causeVerbs are the verbs of having another done to: "had Masasu arrested".
var causeVerbs = map[string]bool{"had": true, "has": true, "have": true, "having": true, "got": true}

// ownedOther reports whether mention m, in the possessive, owns another person or body
// or an outcome named right after it (past one adjective): "Mobutu's nephew", "the
// FNLA's former allies", "Kabila's downfall"; not "the FNLA's positions".
func ownedOther(ts []token, m mention) bool {
	if m.first < 0 || m.end >= len(ts) || !ts[m.end-1].possessive {
		return false
	}
	k := m.end
	if k+1 < len(ts) && !ts[k].upper && (ts[k].word == "former" || ts[k].word == "new" || ts[k].word == "old" || ts[k].word == "own" || adverb(ts[k].word)) {
		k++
	}
	w := ts[k].word
	return !strings.ContainsAny(ts[k].pre, ",;:()") && (keptNoun(w) || otherNouns[w])
}

// otherNouns are the nouns of another a possessive names (kin, men, deputies) and of what
// befalls the possessor.
var otherNouns = map[string]bool{"nephew": true, "son": true, "sons": true, "brother": true, "brothers": true, "daughter": true,
	"wife": true, "widow": true, "father": true, "cousin": true, "deputy": true, "successor": true, "friends": true, "friend": true,
	"killers": true, "killer": true, "critics": true, "victims": true, "downfall": true, "defeat": true, "victory": true,
	"overthrow": true, "collapse": true, "death": true, "demise": true, "removal": true, "ouster": true, "release": true}

// companionAside returns, where the mention at li ends an aside of companions opened by
// ", with" after a subject and closed by a comma right before the verb at cue c ("Syrian
// troops, with Lebanese army units loyal to Hrawi, overran"), the subject, the
// companions' mentions (the first of each list: not one a companion is loyal to) and
// where the aside closes; else -1.
func companionAside(ts []token, ms []mention, li int, c cueSpan) (int, []int, int) {
	if li < 1 || c.cue.passive || c.cue.kind.Layer() == alliances.Hierarchy {
		return -1, nil, 0
	}
	v := c.first
	for v > 0 && (auxiliaries[ts[v-1].word] || adverb(ts[v-1].word)) && !strings.ContainsAny(ts[v].pre, ",;:()") {
		v-- // "Syrian troops, with ..., had overrun"
	}
	if !strings.Contains(ts[v].pre, ",") || strings.ContainsAny(ts[v].pre, ";:()") {
		return -1, nil, 0
	}
	w := -1 // the aside's "with"
	for k := v - 1; k > 0 && v-k <= 12; k-- {
		if strings.ContainsAny(ts[k].pre, ";:()") {
			return -1, nil, 0
		}
		if ts[k].word == "with" && strings.Contains(ts[k].pre, ",") {
			w = k
			break
		}
		if strings.Contains(ts[k].pre, ",") {
			return -1, nil, 0
		}
	}
	if w < 0 || w+1 < len(ts) && helpNouns[ts[w+1].word] {
		return -1, nil, 0
	}
	subject := -1
	var comp []int
	for j := 0; j <= li; j++ {
		switch {
		case ms[j].first < 0:
		case ms[j].end == w || ms[j].end+1 == w && forceNouns[ts[w-1].word]:
			subject = j // "Syrian troops, with"
		case ms[j].first > w && ms[j].end <= v && ms[j].first <= w+3:
			comp = append(comp, j) // "with Lebanese army units", not "loyal to Hrawi"
		}
	}
	if subject < 0 || len(comp) == 0 || slices.ContainsFunc(ts[w+1:v], func(t token) bool { return helpNouns[t.word] }) {
		return -1, nil, 0
	}
	return subject, comp, v
}

// pastParticiples are the participles not ending in "ed" that open an aside after a name:
// "SAMIDRC, made up mainly of South African troops, fought the M23".
var pastParticiples = map[string]bool{"made": true, "led": true, "built": true, "drawn": true, "held": true, "known": true, "run": true,
	"kept": true, "brought": true, "taken": true, "given": true, "sent": true, "set": true, "paid": true, "driven": true, "split": true}

// kinNamed reports whether m, in the possessive, owns a noun of kin or of another whom n,
// within a few words after, names: "Bashir's son-in-law, Ahmed Haroun".
func kinNamed(ts []token, m, n mention) bool {
	return m.first >= 0 && n.first > m.end && n.first <= m.end+4 && ts[m.end-1].possessive && otherNouns[ts[m.end].word] &&
		!slices.ContainsFunc(ts[m.end:n.first], func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ";:()") })
}

// pastApposition returns the subject of the cue c past an apposition between it and the
// cue, set off by commas and opened by an article, "no" or a participle ("Jordan's King
// Hussein, no friend of Nasser either, sent military advisers to help the royalists"):
// the mention before the apposition, not ms[li] inside it, where the cue stands in the
// clause the apposition's closing comma resumes, with the token that resumes it; li and
// 0 where no such apposition holds ms[li].
func pastApposition(ts []token, ms []mention, li int, c cueSpan) (subject, resume int) {
	if li <= 0 || ms[li].first < 0 || ms[li].end > c.first {
		return li, 0
	}
	// The apposition's close: the first comma after ms[li].
	close := -1
	for k := ms[li].end; k <= c.first && k < len(ts); k++ {
		if strings.ContainsAny(ts[k].pre, ";:()") {
			return li, 0
		}
		if strings.Contains(ts[k].pre, ",") {
			close = k
			break
		}
	}
	to := c.first
	if to-2 >= close && close >= 0 && ts[to-1].word == "and" && (strings.HasSuffix(ts[to-2].word, "ed") || pastVerbs[ts[to-2].word]) {
		to -= 2 // "captured and shot by": two verbs of one subject
	}
	if close < 0 || slices.ContainsFunc(ts[close:to], func(t token) bool { return t.word == "and" || t.word == "but" || t.word == "or" }) ||
		slices.ContainsFunc(ms, func(m mention) bool { return m.first >= close && m.first < c.first }) {
		return li, 0 // the cue in the clause the apposition's subject opens ("either, sent advisers to help"), not in one joined after
	}
	// The apposition's opening: the last comma before ms[li], after the name it follows.
	open := -1
	for k := ms[li].first; k > 0; k-- {
		if strings.ContainsAny(ts[k].pre, ";:()") {
			return li, 0
		}
		if strings.Contains(ts[k].pre, ",") {
			open = k
			break
		}
	}
	if open < 0 {
		return li, 0
	}
	participle := len(ts[open].word) > 5 && strings.HasSuffix(ts[open].word, "ing") && ts[open].word != "including" // "Israel, seeing the Egyptian army tied down, flew"
	possessed := ms[li].first == open && ts[ms[li].end-1].possessive && close-ms[li].end <= 4                       // "Syria, Iraq's bitter rival, backed"
	posted := postNoun(ts[open]) && open+1 < close && ts[open+1].word == "of"                                       // "Zhiuli Shartava, head of the Council of Ministers, was shot", "Akhmad Kadyrov, mufti of Ichkeria, broke"
	if !appositionOpeners[ts[open].word] && !participle && !possessed && !posted || slices.ContainsFunc(ts[open:close], func(t token) bool { return relativeWords[t.word] }) {
		return li, 0 // (a relative clause inside is read as one: relativeAntecedent)
	}
	for j := li - 1; j >= 0; j-- {
		if ms[j].first >= 0 && ms[j].end == open {
			return j, close
		}
	}
	return li, 0
}
