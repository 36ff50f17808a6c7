package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

type cueSpan struct {
	cue        cue
	first, end int
}

// cueSpans finds the relation cues of a sentence, outside the actors' names.
func (rd *Reader) cueSpans(ts []token, ms []mention) []cueSpan {
	inName := func(i int) bool {
		return slices.ContainsFunc(ms, func(m mention) bool { return i >= m.first && i < m.end })
	}
	var out []cueSpan
	for i := 0; i < len(ts); i++ {
		if inName(i) || i > 0 && strings.Contains(ts[i].pre, "-") && backers[ts[i].word] {
			continue // "Turkish-backed": the backing of a name (see compounds)
		}
		if i > 0 && ts[i].upper && !ts[i].caps && !strings.ContainsAny(ts[i].pre, ":\"“(\n*•|=") && !rd.signedName(ts, i) {
			continue // "the Coordination of Movements of Azawad": a word of a name the reader does not know
		}
		for _, c := range rd.byFirst[ts[i].word] {
			if len(c.words) == 1 && (c.words[0] == "under" || c.words[0] == "of") && !rd.ledUnder(ts, ms, i) && !(c.words[0] == "of" && rd.statesOf(ts, ms, i)) {
				continue // "under pressure from" is a cue of its own
			}
			if (len(c.words) == 1 && leadVerbs[c.words[0]] && !ledRelative(ts, ms, i) || objectRight[c.text]) && !slices.ContainsFunc(ms, func(m mention) bool {
				at := i + len(c.words)
				if ownApposed(ts, at) {
					at += 3 // "founded his own, the National Union ... (UNITA)"
				}
				return m.first >= at && m.first <= at+2 && (m.first == at || determiners[ts[at].word]) && !slices.ContainsFunc(ts[at:m.first+1], func(t token) bool {
					return t.upper && t.start < ts[m.first].start || strings.ContainsAny(t.pre, ",;:()")
				}) && !ts[m.end-1].possessive && (m.end >= len(ts) || !nounAfter(ts[m.end])) || c.text == "opposed to" && secondTo(ts, at, m.first)
			}) {
				continue // "Arafat led Fatah", not "had led to", "led the Russian assault", "turned on the gas"
			}
			if e := i + len(c.words); e < len(ts) && (ts[e].word == "home" && (c.text == "closer to" || c.text == "close to") ||
				(c.words[0] == "gave" || c.words[0] == "give" || c.words[0] == "giving") && i+1 < len(ts) && (ts[i+1].word == "way" || ts[i+1].word == "up") || c.text == "signed" && decreed(ts, e)) {
				continue // "Closer to home", "Ridgway gave way to Clark", "gave up their arms", "signed decrees recognising": no favour, gift or deal
			}
			// "the two fought for the south", "fought for control of the city": a fight for
			// a place or a thing, no support of anyone; the fight's cue, shorter, reads it.
			if fightsFor(c) && !c.passive && thingAfter(ts, ms, i+len(c.words)) {
				continue
			}
			// Cues may overlap where one reaches past another ("worked together
			// against"), never inside one.
			if !c.passive && toldNoun(ts, i) || c.kind == alliances.Opposition && len(c.then) > 0 && labelInside(ts, ms, i+1) {
				continue // "He describes the Buraimi dispute with Saudi Arabia": no party; "which it calls a CCP front": the name qualifies the label
			}
			if c.kind == alliances.Membership && i > 0 && determiners[ts[i-1].word] && rd.holderApposed(ts, ms, i+len(c.words)) {
				continue // "the chief of the band, Ernesto Guevara,": the post's holder is named after it
			}
			if c.passive && c.kind != alliances.Support && rd.personsMen(ts, ms, i) {
				continue // "met President Thein Sein's negotiators, led by Aung Min": his men, no body named (but "Feith's office, backed by the US": help to him)
			}
			if len(c.words) == 1 && !c.passive && relativeObject(ts, ms, i) {
				continue // "councils, which the JSS boycotted and the SB attacked": the object is the thing before
			}
			if c.text == "took over" && (c.kind == alliances.Hostility) == rd.takenBody(ts, ms, i+2) || unitCues[c.text] && !unitApposed(ts, i) {
				continue // "took over the party": its leadership, not "took over Kabul"; "sent a unit of the Quds Force": no part
			}
			if len(c.words) == 1 && c.kind == alliances.Hostility && attributive(ts, i) {
				continue // "the fighting wing that became", "its striking force": a body's kind, no fight
			}
			if c.text == "dismissed" && !rd.personAfter(ts, ms, i+1) {
				continue // "dismissed his Vice-President", not "dismissed the experts' findings"
			}
			if c.text == "fighting with" && fightingBeside(ts, ms, i) {
				c.kind = alliances.Cooperation // "tribal levies fighting with the army": on its side
			}
			if c.text == "alarmed" && alarmedObject(ts, i) {
				c.passive = true // "the Guard's incursion alarmed even Picado's ministers": theirs the stance against it
			}
			end := cueEnd(ts, i, c.words, inName)
			if end > 0 && strings.HasSuffix(c.text, "... at") && !slices.ContainsFunc(ms, func(m mention) bool { return m.first == end || m.first == end+1 && determiners[ts[end].word] }) {
				continue // "had been launched at a rally at which Paisley appeared": a place, no target
			}
			if end > 0 && (len(out) == 0 || end > out[len(out)-1].end) {
				if c.text == "together with" && slices.ContainsFunc(ts[max(i-6, 0):i], func(t token) bool { return bringing[t.word] }) {
					continue // "brought the Taliban together with American envoys": a mediation (convened)
				}
				if _, ok := rd.has(ts, i, end, c.within...); len(c.within) > 0 && !ok {
					continue // "a gang that had broken away from the AFRC": no help in the gap, the shorter cue reads it
				}
				if _, ok := rd.has(ts, end, len(ts), c.then...); len(c.then) > 0 && c.twin && !ok {
					continue // "pressed JEM into signing": not the demand's "pressed" (to step aside), the coercion's
				}
				if ownAgent(ts, c, end) || c.kind == alliances.Cooperation && c.words[len(c.words)-1] == "with" && withMeans(ts, end) || c.kind == alliances.Hostility && len(c.words) <= 2 && (strings.HasPrefix(c.words[0], "stru") || c.text == "to strike") && dealNear(ts, end) {
					continue // "absorbed by its own troubles", "struck a bipartisan accord with Congress"
				}
				if len(c.words) == 1 && !c.passive && strings.HasSuffix(c.words[0], "ed") && end+2 < len(ts) && (ts[end].word == "and" || ts[end].word == "or") &&
					(strings.HasSuffix(ts[end+1].word, "ed") || pastVerbs[ts[end+1].word]) && ts[end+2].word == "by" {
					// "a militia armed and paid by the UAE": the passive cue of the first
					// participle, to the agent after "by".
					if k := slices.IndexFunc(rd.byFirst[c.words[0]], func(o cue) bool { return o.passive && slices.Equal(o.words, []string{c.words[0], "by"}) }); k >= 0 {
						c, end = rd.byFirst[c.words[0]][k], end+3
					}
				}
				var skip bool
				if c, skip = rd.recast(ts, ms, c, i, end); skip {
					continue
				}
				out = append(out, cueSpan{c, i, end})
				break
			}
		}
	}
	return out
}

// objectRight are the cues whose object is the name right after them: "stood by Ukraine",
// not "stood by its demand"; "turned on the PLO", not "turned on the gas"; "Sihanouk
// launched FUNCINPEC", not "launched missiles at Israel"; "ECOWAS suspended Mali", not "suspended
// the constitution of Mali".
var objectRight = map[string]bool{"turned on": true, "turning on": true, "stood by": true, "stands by": true, "stood behind": true,
	"stands behind": true, "standing behind": true, "pushed aside": true, "launched": true, "operating with": true, "operated with": true, "operates with": true,
	"suspended": true, "betrayed": true, "betraying": true,
	"turned": true, "turning": true, "pressed": true, "pressing": true, "forced": true, "forcing": true, "coerced": true, // "turned Khalil Ibrahim back", not "turned the mistrust between A and B into"
	"paid": true, "pays": true, "paying": true, // "paid the rebels", not "paid tribute to Assad"
	"governs": true, "governed": true, "rules": true, "ruled": true, // "governs Chechnya", not "governs with the Kremlin's money"
	// "stripped Raduyev of his rank", not "stripped of his rank by Maskhadov"; "opposed to
	// the Mufti", not "opposed to the Shia government had joined ISIL".
	"stripped": true, "opposed to": true}

// nounAfter reports whether the word after a name makes the name qualify a noun: "the
// Russian assault", "the Syrian army's assault" (not a verb, a preposition or a clause's end).
func nounAfter(t token) bool {
	return !t.upper && !strings.ContainsAny(t.pre, ",;:.()") && !strings.HasSuffix(t.word, "ed") && !auxiliaries[t.word] && !pastVerbs[t.word] &&
		!nounAfterNot[t.word] && !numeric(t.word)
}

// nounAfterNot are the small words after a name that open no noun it qualifies.
var nounAfterNot = map[string]bool{"in": true, "from": true, "since": true, "until": true, "for": true, "during": true, "and": true,
	"at": true, "to": true, "with": true, "when": true, "after": true, "before": true, "between": true, "against": true, "on": true,
	"into": true, "as": true, "by": true, "of": true, "which": true, "who": true, "that": true, "but": true, "or": true, "throughout": true,
	"through": true, "right": true, // "stood by London right through the seventies"
	"back": true, "out": true, "away": true} // "turned Khalil Ibrahim back"

// postFields are the words before a post's noun that say where it is held: "army chief".
var postFields = map[string]bool{"army": true, "military": true, "party": true, "movement": true, "group": true, "rebel": true, "militia": true}

// cueEnd returns where a cue's words matched at i end, or -1. A gap in the words spans
// one to maxGap words of the clause that name no actor ("received their salaries and
// military equipment from"), up to the first word that follows it.
func cueEnd(ts []token, i int, words []string, inName func(int) bool) int {
	g := slices.Index(words, gap)
	if g < 0 {
		if matchAt(ts, i, words) {
			if slices.ContainsFunc(ts[i+1:i+len(words)], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
				return -1 // "the Russian side, with the Turkish brothers as guarantors": no "side with"
			}
			return i + len(words)
		}
		// "sided openly with", "worked closely with", "given refuge first in": an adverb
		// between a verb and the preposition that ends its cue.
		if n := len(words); n >= 2 && prepositionEnds[words[n-1]] && i+n < len(ts) && matchAt(ts, i, words[:n-1]) && adverb(ts[i+n-1].word) && !strings.ContainsAny(ts[i+n-1].pre+ts[i+n].pre, ",;:()") && matchAt(ts, i+n, words[n-1:]) {
			return i + n + 1
		}
		// "had been sheltered for a decade by President Mobutu", "funded in part by",
		// "led from about 1991 by", "founded in England in the 1970s by": a time, a
		// degree or a place between a passive's participle and its "by".
		if n := len(words); n >= 2 && words[n-1] == "by" && matchAt(ts, i, words[:n-1]) {
			if k := agentBy(ts, i+n-1); k > i+n-1 {
				return k + 1
			}
		}
		return -1
	}
	if !matchAt(ts, i, words[:g]) {
		return -1
	}
	rest := words[g+1:]
	route := false // a name after "via" is the way, not a party: "smuggling of weapons via Syria to Hezbollah"
	for k := i + g; k < len(ts) && k <= i+g+maxGap; k++ {
		if k > i+g && matchAt(ts, k, rest) {
			// "had taken most of Manbij from the SDF": what is taken from a foe is a place,
			// not "money from Cuba".
			if takeWords[words[g-1]] && slices.Equal(rest, []string{"from"}) && !slices.ContainsFunc(ts[i+g:k], func(t token) bool { return t.upper }) {
				return -1
			}
			if rest[len(rest)-1] == "to" && (purposeAt(ts, k+len(rest)) || k == i+g+1 && travelAdverbs[ts[i+g].word] || ts[k-1].word == "according") {
				return -1 // "sent its army into South Kivu to smash the bases of the FDD": a purpose, no receiver; "flew on to Beijing": a journey
			}
			return k + len(rest)
		}
		switch {
		case ts[k].word == "via" || ts[k].word == "through":
			route = true
		case inName(k):
			if !route {
				return -1
			}
		case !determiners[ts[k].word]:
			route = false
		}
		if strings.ContainsAny(ts[k].pre, ";:()") || strings.Contains(ts[k].pre, ",") && !listedNoun(ts, k) && !thousands(ts, k) {
			return -1
		}
		// "recruited exiles who refused to fight for ZIPRA": a relative clause in the gap
		// has a verb of its own.
		if relativeWords[ts[k].word] || k > i+g && coordinatedVerb(ts, k) {
			return -1 // nor another verb joined by "and": "sends volunteers north and calls a general strike against"
		}
		// "recaptured Benghazi with air support from Egypt": what comes with the act
		// brings another party; the gap ends there ("along with" goes on).
		if k > i+g && ts[k].word == "with" && ts[k-1].word != "along" && ts[k-1].word != "together" {
			return -1
		}
	}
	return -1
}

// noAct reports whether a cue, read in its sentence, tells no act: a participle that
// qualifies a noun ("the ousted Ghani administration"), a verb after "to" that is no
// agreement ("struggling to deal with").
func (rd *Reader) noAct(ts []token, c cueSpan) bool {
	if urgedTalks(ts, c) {
		return true // "He urged talks with the fronts rather than more troops": none held
	}
	if (c.cue.text == "meets" || c.cue.text == "met" || c.cue.text == "meet") && c.end < len(ts) && (numeric(ts[c.end].word) || numberWords[ts[c.end].word] && ts[c.end].word != "a") {
		return true // "meets two FAS Mustangs and shoots one down": met in battle
	}
	if c.cue.kind == alliances.Negotiation && c.first > 1 && ts[c.first-1].word == "for" && (c.end >= len(ts) || ts[c.end].word != "with") &&
		slices.ContainsFunc(ts[max(0, c.first-6):c.first-1], func(t token) bool { return travelVerbs[t.word] }) {
		return true // "arrested when they came to parliament for talks": talks with another, not each other
	}
	if c.cue.text == "expelled" && c.end < len(ts) && ts[c.end].word == "from" && c.first > 0 && (ts[c.first-1].word == "had" || ts[c.first-1].word == "has") {
		return true // "Imre Nagy, whom Rakosi had expelled from the Party": the body he was expelled from is no object
	}
	if strings.HasPrefix(c.cue.text, "drove") && c.end < len(ts) && ts[c.end].word == "to" {
		return true // "drove out to the Soviet headquarters at Tokol to negotiate": a journey
	}
	// "the Taliban, accused of sheltering al Qaeda": an accusation whose accuser goes
	// unnamed accuses no one named after it.
	if len(c.cue.words) == 1 && accusing[c.cue.words[0]] && c.end < len(ts) && ts[c.end].word == "of" {
		return true
	}
	// "opposed the overthrow of Assad": a verb of overthrowing after an article is a noun
	// of what another does, or did not.
	if len(c.cue.words) == 1 && infinitiveActs[c.cue.words[0]] && c.first > 0 && (determiners[ts[c.first-1].word] || ts[c.first-1].possessive) {
		return true
	}
	// "which the Government attributes to supporters of the opposition": the supporters
	// after a preposition are others, whom the subject names; it backs no one.
	if (c.cue.text == "supporters of" || c.cue.text == "backers of") && c.first > 0 && objectWords[ts[c.first-1].word] {
		return true
	}
	// "the DP calls it a front for the SP": the caller names what another is, no act of its own.
	if calledAs(ts, c.first) {
		return true
	}
	// "Tripoli and Misrata armed groups", "armed men": "armed" before a noun of armed men
	// qualifies it; it tells no act.
	if c.cue.text == "armed" && c.end < len(ts) && armedNouns[ts[c.end].word] && !(armedPeople[ts[c.end].word] && c.first > 0 && ts[c.first-1].upper) {
		return true
	}
	if c.cue.text == "armed" && c.end < len(ts) && armedActs[ts[c.end].word] && (c.end+1 == len(ts) || objectWords[ts[c.end+1].word] || ts[c.end+1].word == "from" || ts[c.end+1].word == "in" || strings.ContainsAny(ts[c.end+1].pre, ",;:")) {
		return true
	}
	// "the ousted Ghani administration", "its armed wing", "aided by armed drones": a
	// participle after an article or a preposition qualifies a noun; it tells no act.
	if len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.first > 0 && adjectival[ts[c.first-1].word] {
		return true
	}
	// "have taken in guerrilla wounded and several thousand children": a participle after
	// a noun and before "and" names people, as "the wounded" does; not "wounded and
	// killed", two verbs.
	if len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.first > 0 && c.end+1 < len(ts) && !ts[c.first-1].upper &&
		!auxiliaries[ts[c.first-1].word] && !adverb(ts[c.first-1].word) && (ts[c.end].word == "and" || ts[c.end].word == "or") &&
		!strings.ContainsAny(ts[c.end].pre, ",;:") && !strings.HasSuffix(ts[c.end+1].word, "ed") && !ts[c.end+1].upper {
		return true
	}
	// "went to meet Chin Peng", "agreed to meet the Party": the one met right after it; not
	// "to meet its obligations to Britain".
	if c.cue.text == "to meet" && (c.end >= len(ts) || !ts[c.end].upper && !(ts[c.end].word == "the" && c.end+1 < len(ts) && ts[c.end+1].upper)) {
		return true
	}
	if helpCame(ts, c) {
		return true // "the DSE's foreign support has come from Yugoslavia" (cameFrom)
	}
	if judgedAttack(ts, c) {
		return true // "Turkey condemned the bombing of Lebanon": another's attack, its victim no foe
	}
	// "Athens has seized upon it as proof": to make use of, no capture.
	if c.cue.text == "seized" && c.end < len(ts) && ts[c.end].word == "upon" {
		return true
	}
	// "Cissé was abducted along with six others", "were reported missing together with a
	// soldier": fellow victims of a passive, no partners.
	if (c.cue.text == "along with" || c.cue.text == "together with") && (sufferedBefore(ts, c.first) || harmedBefore(ts, c.first)) {
		return true
	}
	// "was reported to have been killed by ISIL, along with other Hezbollah fighters": the
	// fellow victims of a passive with its agent.
	if c.cue.text == "along with" && strings.Contains(ts[c.first].pre, ",") {
		for k := c.first - 1; k > 1 && k >= c.first-5; k-- {
			if ts[k].word == "by" && strings.HasSuffix(ts[k-1].word, "ed") && slices.Contains([]string{"was", "were", "been", "being"}, ts[k-2].word) {
				return true
			}
		}
	}
	// "the better financed Ansar Dine", "its well armed fighters": an adverb of degree
	// between them too.
	if len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.first > 1 && degrees[ts[c.first-1].word] &&
		(adjectival[ts[c.first-2].word] || determiners[ts[c.first-2].word]) {
		return true
	}
	// "after an assault in which French armoured vehicles took part", "struck PKK camps, a
	// raid that killed several Peshmerga": a noun of a fight whose relative clause follows
	// it names no foe after it (the clause's own verb reads its own).
	if c.cue.kind == alliances.Hostility && len(c.cue.words) == 1 && !strings.HasSuffix(c.cue.words[0], "ed") && c.end+1 < len(ts) &&
		(relativeWords[ts[c.end].word] || ts[c.end].word == "that" || (ts[c.end].word == "in" || ts[c.end].word == "during") && relativeWords[ts[c.end+1].word]) {
		return true
	}
	// "passed targeting files to the UDA's gunmen": a noun's word, no fight. (Blame "put
	// down to" another is a cue of its own, longer than the suppression's "put down".)
	if c.cue.text == "targeting" && c.end < len(ts) && targetedThings[ts[c.end].word] {
		return true
	}
	// "have attacked trains on the Congo-Ocean Railway": the noun, no training.
	if c.cue.text == "trains" && c.first > 0 && (determiners[ts[c.first-1].word] || strings.HasSuffix(ts[c.first-1].word, "ed") || c.end < len(ts) && ts[c.end].word == "on") {
		return true
	}
	// "an embargo on all deliveries of weapons to Yugoslavia": help forbidden, none given.
	if c.cue.kind == alliances.Support && slices.ContainsFunc(ts[max(0, c.first-5):c.first], func(t token) bool { return bans[t.word] }) &&
		!slices.ContainsFunc(ts[max(0, c.first-5):c.first], func(t token) bool { return strings.ContainsAny(t.pre, ",;:") }) {
		return true
	}
	// "MINUSCA took over from MISCA": the one it followed, no fight.
	if c.cue.text == "took over" && c.end < len(ts) && ts[c.end].word == "from" {
		return true
	}
	// "missiles routed through eastern Libya": sent by a way, no defeat.
	if c.cue.text == "routed" && c.end < len(ts) && (ts[c.end].word == "through" || ts[c.end].word == "via") {
		return true
	}
	// "Hezbollah, funded and armed by Iran": a participle before "and" and a passive
	// cue's; the passive reads the sentence, with both forms (not "kidnapped and raped
	// by", which no cue reads).
	if len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.end+2 < len(ts) && (ts[c.end].word == "and" || ts[c.end].word == "or") &&
		slices.ContainsFunc(rd.byFirst[ts[c.end+1].word], func(o cue) bool { return o.passive && matchAt(ts, c.end+1, o.words) }) {
		return true
	}
	// "launched coordinated attacks against", "supported attacks on": a participle before
	// another cue's noun qualifies it; the noun's cue reads the sentence.
	// But "Saudi Arabia brokered talks between A and B": a mediator's verb before the
	// talks it brought about is a verb, after no article.
	brokered := c.cue.kind == alliances.Mediation && (c.first == 0 || !determiners[ts[c.first-1].word])
	if len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.end < len(ts) && !strings.ContainsAny(ts[c.end].pre, ",;:") &&
		slices.ContainsFunc(rd.byFirst[ts[c.end].word], func(o cue) bool {
			return o.kind != c.cue.kind && matchAt(ts, c.end, o.words) && !(brokered && (o.kind == alliances.Negotiation || o.kind == alliances.Agreement))
		}) {
		return true
	}
	// "the YPG and allied forces killed ...", "and allied rebel groups": a participle
	// after "and" or an article, before a noun of forces, qualifies it ("Iran armed
	// militias" is told).
	if len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.end+1 < len(ts) && !strings.ContainsAny(ts[c.end].pre, ",;:") &&
		c.first > 0 && (ts[c.first-1].word == "and" || ts[c.first-1].word == "or" || determiners[ts[c.first-1].word]) &&
		(forceNouns[ts[c.end].word] || !strings.ContainsAny(ts[c.end+1].pre, ",;:") && forceNouns[ts[c.end+1].word] && !ts[c.end].upper &&
			!determiners[ts[c.end].word] && !quantity(ts[c.end].word)) {
		return true
	}
	// "an armed group", "a backed faction": an adjective after an article.
	if c.cue.kind == alliances.Support && len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.first > 0 &&
		(ts[c.first-1].word == "a" || ts[c.first-1].word == "an") {
		return true
	}
	// "80 support personnel", "in a support role": the noun qualifies another.
	if c.cue.kind == alliances.Support && c.cue.text == "support" && c.end < len(ts) && supportQualified[ts[c.end].word] &&
		strings.TrimSpace(ts[c.end].pre) == "" {
		return true
	}
	// "assault rifles", "attack helicopters": a noun of fighting that names a weapon.
	if c.cue.kind == alliances.Hostility && len(c.cue.words) == 1 && c.end < len(ts) && weaponNouns[ts[c.end].word] &&
		!strings.ContainsAny(ts[c.end].pre, ",;:") {
		return true
	}
	// "the US would continue this support now that Russia had joined": support told
	// before, whose recipient is not the actor after it.
	// Not "the states that support X", a relative clause.
	if c.cue.kind == alliances.Support && len(c.cue.words) == 1 && c.first > 0 && demonstratives[ts[c.first-1].word] &&
		!(ts[c.first-1].word == "that" && c.first >= 2 && listNouns[ts[c.first-2].word]) {
		return true
	}
	// "struggling to deal with the Taliban": the verb, no agreement.
	if c.cue.kind == alliances.Agreement && c.first > 0 && ts[c.first-1].word == "to" && len(c.cue.words) == 1 {
		return true
	}
	return false
}

// supportQualified are the nouns "support" qualifies rather than names an act before:
// "support personnel".
var supportQualified = map[string]bool{"personnel": true, "staff": true, "role": true, "roles": true, "unit": true, "units": true,
	"elements": true, "aircraft": true, "vehicles": true, "ship": true, "ships": true, "base": true, "bases": true}

// weaponNouns are the nouns after which a noun of fighting names a weapon.
var weaponNouns = map[string]bool{"rifle": true, "rifles": true, "helicopter": true, "helicopters": true, "aircraft": true,
	"vehicle": true, "vehicles": true, "weapon": true, "weapons": true, "boats": true, "drones": true, "drone": true, "jets": true}

// demonstratives point back to what the text told before.
var demonstratives = map[string]bool{"this": true, "that": true, "these": true, "those": true, "such": true}

// degrees are the adverbs of degree before a participle that qualifies a noun.
var degrees = map[string]bool{"better": true, "best": true, "well": true, "poorly": true, "heavily": true, "lightly": true,
	"more": true, "most": true, "less": true, "least": true, "newly": true, "largely": true, "lavishly": true, "generously": true}

// frontedHelp finds the agents of a passive cue of help or pressure that opens its
// clause, before the clause's subject ("With the help of X, Y took the city"; "By April,
// with the help of X, Y ..."; "Under pressure from X and Z, Y asked"): the list right
// after the cue, followed by a comma and then the subject's. It returns the first agent's
// index in ms and the last's.
func frontedHelp(ts []token, ms []mention, c cueSpan) (int, int, bool) {
	if !c.cue.passive || c.cue.words[0] != "with" && c.cue.text != "under pressure from" || c.first > 0 && !strings.ContainsAny(ts[c.first].pre, ",;:") {
		return -1, -1, false
	}
	for i := range ms {
		if ms[i].end <= c.first && ms[i].first >= 0 {
			return -1, -1, false // a name before the cue: "Y took the city, with the help of X"
		}
		if ms[i].first >= c.end {
			g := group(ts, ms, i, +1)
			j := slices.IndexFunc(ms, func(m mention) bool { return m.first == g[len(g)-1].first })
			if ms[i].first-c.end > 4 || j+1 >= len(ms) {
				return -1, -1, false
			}
			comma := slices.IndexFunc(ts[ms[j].end:ms[j+1].first+1], func(t token) bool { return strings.Contains(t.pre, ",") })
			if comma < 0 || ms[j+1].first-(ms[j].end+comma) > 2 {
				return -1, -1, false
			}
			return i, j, true
		}
	}
	return -1, -1, false
}

// selfNamed finds the subject a cue's clause names after its object: "a splinter group
// of X, calling itself Y" (also "called", "named", "known as"), where no name comes
// before the cue. It returns the indexes in ms of Y and X.
func selfNamed(ts []token, ms []mention, c cueSpan) (named, obj int, ok bool) {
	for i := range ms {
		if ms[i].end <= c.first && ms[i].first >= 0 {
			return -1, -1, false
		}
		if ms[i].first < c.end {
			continue
		}
		e := ms[i].end
		if ms[i].first-c.end > 3 || i+1 >= len(ms) || e+2 >= len(ts) || !strings.ContainsAny(ts[e].pre, ",;") {
			return -1, -1, false
		}
		k := -1
		switch {
		case ts[e].word == "calling" && ts[e+1].word == "itself", ts[e].word == "known" && ts[e+1].word == "as":
			k = e + 2
		case ts[e].word == "called" || ts[e].word == "named":
			k = e + 1
		}
		if k < 0 || k < len(ts) && ts[k].word == "the" && ms[i+1].first != k {
			k++
		}
		if k < 0 || ms[i+1].first != k {
			return -1, -1, false
		}
		return i + 1, i, true
	}
	return -1, -1, false
}

// armedNouns are the nouns "armed" qualifies as an adjective: "armed groups", "armed
// men" ("armed militias", "armed rebels" are as often a verb and its object).
var armedNouns = map[string]bool{"groups": true, "group": true, "men": true, "gangs": true, "gang": true, "wing": true, "wings": true,
	"opposition": true, "conflict": true, "conflicts": true, "struggle": true, "violence": true, "clashes": true, "drones": true, "forces": true,
	"civilians": true, "supporters": true, "volunteers": true, "villagers": true, "youths": true, "bands": true, "settlers": true}

// armedActs are the nouns of acts "armed" qualifies where no noun follows them: "met armed
// resistance from LDF soldiers"; not "armed resistance movements such as the ANC".
var armedActs = map[string]bool{"resistance": true, "rebellion": true, "revolt": true, "uprising": true, "insurrection": true, "attack": true, "attacks": true, "robbery": true}

// armedPeople are the people "armed" qualifies after "and" ("government forces and armed
// civilians"), whom a name before it arms ("Rhodesia armed volunteers of the UANC"; not
// "ZANLA had armed villagers attack Rhodesia").
var armedPeople = map[string]bool{"civilians": true, "supporters": true, "volunteers": true, "villagers": true, "youths": true, "bands": true, "settlers": true}

// infinitiveActs are the verbs of overthrowing the rules give in the infinitive, which are
// nouns too: "helped Kabila overthrow Mobutu", not "the overthrow of Assad".
var infinitiveActs = map[string]bool{"overthrow": true, "topple": true, "oust": true, "crush": true}

// timePreps open a phrase of time; timeNouns are its words.
var (
	timePreps = map[string]bool{"for": true, "in": true, "since": true, "during": true, "throughout": true, "until": true, "from": true, "over": true, "on": true}
	timeNouns = map[string]bool{"decade": true, "decades": true, "year": true, "years": true, "month": true, "months": true, "week": true,
		"weeks": true, "war": true, "time": true, "while": true, "long": true, "several": true, "many": true, "two": true, "three": true,
		"first": true, "early": true, "late": true, "mid": true, "spring": true, "summer": true, "autumn": true, "winter": true, "fall": true,
		"1970s": true, "1980s": true, "1990s": true, "2000s": true, "2010s": true, "period": true, "same": true, "next": true, "following": true,
		"coup": true}
)

// takeWords open the cues of taking a place from another: "had taken most of Manbij
// from".
var takeWords = map[string]bool{"taken": true, "took": true, "take": true, "taking": true}

// thingAfter reports whether the words at token k name a thing, no actor: a word in lower
// case, after "the" or none, where no name the reader knows begins ("the south",
// "control", "independence"; not "its government", "the Zairean army").
func thingAfter(ts []token, ms []mention, k int) bool {
	if k < len(ts) && ts[k].word == "the" {
		k++
	}
	if k >= len(ts) || ts[k].upper || determiners[ts[k].word] || possessives[ts[k].word] {
		return false
	}
	return !slices.ContainsFunc(ms, func(m mention) bool { return m.first >= 0 && m.first <= k && m.end > k })
}

// ownApposed reports whether "his own", "her own", "its own" or "their own" and a comma
// stand at token at, a name in apposition after them: "founded his own, the National
// Union for the Total Independence of Angola".
func ownApposed(ts []token, at int) bool {
	return at+2 < len(ts) && ts[at+1].word == "own" && strings.TrimSpace(ts[at+2].pre) == "," &&
		(ts[at].word == "his" || ts[at].word == "her" || ts[at].word == "its" || ts[at].word == "their")
}

// ownAgent reports whether a cue's "by" at the end of words ending at end has its
// own troubles or the like after it, no actor: "Moscow, absorbed by its own troubles".
func ownAgent(ts []token, c cue, end int) bool {
	if c.words[len(c.words)-1] != "by" || end+1 >= len(ts) {
		return false
	}
	w := ts[end].word
	return (w == "its" || w == "their" || w == "his" || w == "her") && ts[end+1].word == "own"
}

// urgedTalks reports whether the cue is a noun of talks that a verb of urging or offering
// governs, talks asked for and not held: "urged talks with the fronts", "called for
// negotiations with", "proposed a dialogue with".
func urgedTalks(ts []token, c cueSpan) bool {
	if !(c.cue.kind == alliances.Negotiation && talkNouns[c.cue.words[0]] || c.cue.kind == alliances.Agreement && truceNouns[c.cue.words[0]]) {
		return false // "Moscow wants a ceasefire": none agreed
	}
	k := c.first - 1
	if k >= 0 && (determiners[ts[k].word] || ts[k].word == "direct" || ts[k].word == "peace" || ts[k].word == "new") {
		k--
	}
	if k >= 0 && ts[k].word == "for" {
		k-- // "called for talks", "pressed for"
	}
	if k >= 2 && arrangings[ts[k].word] && ts[k-1].word == "to" && attempts[ts[k-2].word] {
		return true // "trying to arrange talks between the victors and the fugitives": none held yet
	}
	// (A truce offered is talks: "offered a truce to Oseguera Cervantes, who rejected it".)
	return k >= 0 && urgings[ts[k].word] && !(c.cue.kind == alliances.Agreement && offers[ts[k].word]) && !strings.ContainsAny(ts[k+1].pre, ",;:()")
}

// talkNouns are the nouns of talks; urgings the verbs that ask for them.
var (
	talkNouns  = map[string]bool{"talks": true, "negotiations": true, "dialogue": true}
	truceNouns = map[string]bool{"ceasefire": true, "cease-fire": true, "truce": true, "armistice": true}
	offers     = map[string]bool{"offered": true, "offering": true, "offers": true}
	arrangings = map[string]bool{"arrange": true, "organise": true, "organize": true, "broker": true, "convene": true, "hold": true, "start": true}
	attempts   = map[string]bool{"trying": true, "tried": true, "tries": true, "try": true, "attempting": true, "attempted": true, "seeking": true,
		"sought": true, "hoping": true, "hoped": true, "hopes": true, "working": true}
	urgings = map[string]bool{"urged": true, "urging": true, "urges": true, "urge": true, "proposed": true, "proposing": true, "proposes": true,
		"called": true, "calling": true, "calls": true, "pressed": true, "pressing": true, "pushed": true, "pushing": true, "demanded": true,
		"demanding": true, "offered": true, "offering": true, "offers": true, "sought": true, "seeking": true, "seeks": true, "wanted": true,
		"wants": true, "want": true, "wanting": true, "wishes": true, "wished": true}
)

// travelVerbs are the verbs of coming to a place, before "for talks".
var travelVerbs = map[string]bool{"came": true, "come": true, "comes": true, "went": true, "go": true, "arrived": true, "arrive": true,
	"travelled": true, "traveled": true, "flew": true, "returned": true}
