package extract

// The words and small readings the parties of a cue are found by.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// possessives make the noun after them the possessor's: "its support to".
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// postAt reports whether the words from token i (before token end) begin with a post's
// words: "leader of", "former commander of".
func (rd *Reader) postAt(ts []token, i, end int) bool {
	for k := i + 1; k <= min(i+3, end); k++ {
		if only, n, _ := rd.title(ts, i, k); only && n > 0 {
			return true
		}
	}
	return false
}

// adverb reports whether a word is an adverb that may stand between a subject and its
// verb: "also", "later", "reportedly".
func adverb(w string) bool {
	switch w {
	case "also", "later", "then", "again", "soon", "subsequently", "still", "once", "first", "twice", "eventually", "finally", "already", "meanwhile":
		return true
	}
	return strings.HasSuffix(w, "ly") && len(w) > 4
}

// formedTogether marks the cue of forming that a list of states are the subjects of.
const formedTogether = "formed together"

// stateMemberCues are the cues that make a state a member: not one that formed a body
// ("Iran formed the coalition": its sponsor).
var stateMemberCues = map[string]bool{"member of": true, "members of": true, "a part of": true, "part of": true, "guarantor of": true,
	"guarantors of": true, "joined": true, "join": true, "joining": true, "admitted to": true, "admitted into": true, "admission to": true,
	"brought together": true, "brings together": true, "bringing together": true, "grouped": true, "grouping": true,
	"composed of": true, "consists of": true, "consisting of": true, "made up of": true, "comprising": true, "comprises": true}

// meetingMen are the nouns of a body's people who meet for it: "AFDL delegations met".
var meetingMen = map[string]bool{"delegations": true, "delegation": true, "delegates": true, "negotiators": true, "envoys": true,
	"representatives": true, "officials": true, "emissaries": true}

// placedIn are the prepositions that make a state's name after them a place.
var placedIn = map[string]bool{"to": true, "in": true, "into": true, "at": true, "from": true, "near": true, "across": true, "inside": true}

// sendingVerbs are the verbs of sending arms to one named right after them.
var sendingVerbs = map[string]bool{"sent": true, "send": true, "sends": true, "sending": true, "supplied": true, "supplies": true,
	"supplying": true, "shipped": true, "flew": true, "flown": true, "dropped": true, "dropping": true, "airdropped": true}

// laterUnits and numberWords make a span of time after which a verb comes: "two years
// later".
var laterUnits = map[string]bool{"years": true, "year": true, "months": true, "month": true, "weeks": true, "week": true, "days": true, "day": true}

var numberWords = map[string]bool{"a": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "several": true, "some": true, "few": true}

// keptUnder are the nouns after a name that "under" governs that keep the name the
// verb's party: a campaign named after those it arms or enrols, or the hold of the
// places the verb acts on.
var keptUnder = map[string]bool{"campaign": true, "programme": true, "program": true, "scheme": true, "plan": true, "initiative": true,
	"control": true, "rule": true, "occupation": true, "siege": true} // and "villages under Armenian control": the place's holder

// objectPronouns are the pronouns that stand for a verb's object.
var objectPronouns = map[string]bool{"it": true, "them": true, "him": true, "her": true}

// adjectival are the words before a participle that make it an adjective.
// ("in a coordinated way" still tells how they acted).
var adjectival = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "by": true, "with": true, "of": true, "from": true}

// ledBefore reports whether the words from token from to token to, before a person's
// name, tell the body named before them led by the person: "the INC, the umbrella of the
// opposition chaired by", "the RSF of", "a cabinet under".
func ledBefore(ts []token, from, to int) bool {
	if to-from < 1 || to-from > 9 || slices.ContainsFunc(ts[from:to], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") }) {
		return false
	}
	switch ts[to-1].word {
	case "of", "under":
		return true
	case "by":
		return to-from >= 2 && leadVerbs[ts[to-2].word]
	}
	return false
}

// between returns the cue as it states a tie between left and right, by their kinds, and
// false where it states none: no state is a member and no person has members; no state
// splits from or is split from ("Machar quit the government"); "dominated by" tells the
// people a group is made of ("dominated by Tuaregs") and a coalition's main member ("the
// SDF, dominated by the YPG"), not another group's sway over it ("the LNA was dominated by
// Wagner"); a person who breaks with a group leaves it ("Chipenda, who had broken with the
// MPLA").
func (rd *Reader) between(c cueSpan, left, right *mention) (cueSpan, bool) {
	l, r := rd.kinds[left.id], rd.kinds[right.id]
	switch c.cue.kind {
	case alliances.Membership:
		// A state is a member of an international organization or a coalition of
		// states ("Turkey, one of the guarantors of the Astana format"), of nothing else.
		// States that form a coalition together are its members ("five Western powers ...
		// formed the Contact Group"), where one alone that forms it sponsors it ("Iran
		// formed the Anti-Taliban coalition"; pairUp marks the list).
		// One who served with or in a unit is its member; volunteers "serving with Serb
		// units" are a help the units had.
		if strings.HasPrefix(c.cue.text, "serv") && l != "individual" {
			return c, false
		}
		if l == "state" && !((stateMemberCues[c.cue.text] || c.cue.text == formedTogether) && (r == "international-organization" || r == "coalition")) || r == "individual" ||
			strings.HasSuffix(c.cue.text, "dominated by") && l != alliances.Category && !(r == "coalition" && memberKinds[l]) {
			return c, false
		}
	case alliances.Splinter:
		if l == "state" || r == "state" || r == "individual" {
			return c, false
		}
	case alliances.Opposition:
		if strings.HasPrefix(c.cue.text, "bro") && l == "individual" && memberKinds[r] {
			c.cue.kind = alliances.Splinter
		}
	}
	return c, true
}

// nonMember reports whether an actor is of a kind no one joins as a member: a state, an
// individual or a category.
func (rd *Reader) nonMember(id string) bool {
	k := rd.kinds[id]
	return k == "state" || k == "individual" || k == alliances.Category
}

// unmoved reports whether actor id is no movement that "the movement" may stand for: a
// state's organ, a body of states, or a body named as a council, a committee, a church's
// ("the Episcopal Committee ... the Liga put itself at the head of the movement").
func (rd *Reader) unmoved(id string) bool {
	if k := rd.kinds[id]; k == "state-organ" || k == "international-organization" {
		return true
	}
	for w := range rd.nameWords[id] {
		if councilNouns[w] {
			return true
		}
	}
	return false
}

// councilNouns are the nouns of a body that deliberates, no movement.
var councilNouns = map[string]bool{"committee": true, "council": true, "commission": true, "conference": true, "church": true,
	"bishops": true, "synod": true, "assembly": true, "congress": true, "court": true, "ministry": true}

// acts are the nouns of fighting that a group is joined in: "joined the Taliban
// offensive", "joined ISIL in clashes".
var acts = map[string]bool{"offensive": true, "offensives": true, "attack": true, "attacks": true, "assault": true, "clashes": true,
	"fighting": true, "fight": true, "battle": true, "battles": true, "operation": true, "operations": true, "campaign": true,
	"war": true, "raid": true, "raids": true, "siege": true, "advance": true, "push": true, "insurgency": true, "rebellion": true}

// statement is what a cue states in its sentence, as the reader reads it: the cue (its
// kind as read: a fight only intended is opposition), the sentence's mentions (the
// paragraph's subject first where the cue implies it), the mentions of its parties
// nearest it on either side (or -1), whether the left one is a subject the cue shares
// with a verb before it, the words that led to it, and the pairs it ties.
type statement struct {
	c       cueSpan
	ms      []mention
	li, ri  int
	shared  bool
	why     []string
	pairs   [][2]*mention // subject and object
	against [][2]*mention // an enemy named after "against": "support for A against B"
	allied  [][2]*mention // subjects of one fight against another: "A and B attacked C"
	with    []*mention    // companions who say it too: "insists, along with the US and France, that"
	third   *mention      // a mediation's other party
	more    []*mention    // its other parties, where it names several
	spans   []cueSpan     // the sentence's cues, this one among them
	listed  bool          // the pairs are of one list the cue names next to it
}

// actedUnder reports whether m, named after cue c, is what the act was under, not its
// object: "launched the offensive from Idlib under a joint Military Operations Command";
// not "arming civilians under a popular resistance campaign", whom it names. Nor is a
// pronoun that opens a clause of its own after the cue's noun: "against an invasion he
// blamed on the Caribbean Legion" is no invasion of his.
func actedUnder(ts []token, m mention, c cueSpan) bool {
	if w := ts[max(m.first, 0)].word; m.first == c.end && m.end < len(ts) && (w == "he" || w == "she" || w == "they" || w == "we") && len(c.cue.words) == 1 &&
		c.first > 0 && (indefinite(ts[c.first-1].word) || ts[c.first-1].word == "the") && // not "With Ben M'hidi's support he pushed through"
		nounLike(ts[c.first]) && !strings.HasSuffix(c.cue.words[0], "ed") && (strings.HasSuffix(ts[m.end].word, "ed") || pastVerbs[ts[m.end].word]) {
		return true
	}
	k := m.first - 1
	for n := 0; n < 2 && k > c.end && (determiners[ts[k].word] || !ts[k].upper && ts[k].word != "under" && !strings.ContainsAny(ts[k+1].pre, ",;:()")); n++ {
		k--
	}
	return k >= c.end && ts[k].word == "under" && !(m.end < len(ts) && keptUnder[ts[m.end].word])
}

// actorFor returns the subject of the cue c of acting for another where it is the one
// who acts, the subject of the act before, not the act's object: "Jami'at fought the
// Taliban on behalf of Pakistan"; else li.
func actorFor(ts []token, ms []mention, spans []cueSpan, c cueSpan, li int) int {
	if li > 0 && c.cue.kind == alliances.Support && (c.cue.words[0] == "on" || c.cue.words[0] == "in") && len(ms) > 0 && opensSentence(ts, ms[0].first) &&
		slices.ContainsFunc(spans, func(o cueSpan) bool {
			return o.cue.kind == alliances.Hostility && o.first >= ms[0].end && (o.end == ms[li].first || o.end+1 == ms[li].first && determiners[ts[o.end].word])
		}) {
		g := group(ts, ms, 0, +1)
		return slices.IndexFunc(ms, func(m mention) bool { return m.first == g[len(g)-1].first })
	}
	return li
}

// leftToJoin returns the one who left a body before "to" and the cue c, who is the one
// who joins, not the body left: "Hekmatyar left Hizb-e Islami to join the Taliban"; else
// -1.
func leftToJoin(ts []token, ms []mention, li int, c cueSpan) int {
	if li <= 0 || c.first == 0 || ts[c.first-1].word != "to" || ms[li].end != c.first-1 {
		return -1
	}
	k := ms[li].first - 1
	if k > 0 && determiners[ts[k].word] {
		k--
	}
	if k > 0 && leaving[ts[k].word] && ms[li-1].end == k {
		return li - 1
	}
	return -1
}

// thenObject returns the object of a cue read with what follows it, from ri, the name
// after the cue: the one possessed there ("let Rwanda's Interahamwe use the Kivus"). A
// pronoun after a verb of sending is the sentence before's subject where that is whom it
// stands for and the sentence names no one before the cue but the senders ("His FAP
// fighters turned on the Libyans. Habre sent them arms"); else none, for the sentence's
// names often mislead about whom it stands for ("Mobutu let Ugandan rebels operate ...,
// while Sudan ... flew them arms", "sent him tanks").
func thenObject(ts []token, ms []mention, li, ri int, c cueSpan, said string) int {
	if ri >= 0 && objectPronouns[ts[ms[ri].first].word] && sendingVerbs[c.cue.words[0]] {
		if li < 0 || ms[ri].id != said || ms[li].id == said || !sendersOnly(ts, ms, li, c.first) {
			return -1
		}
	}
	if ri < 0 {
		return -1
	}
	if ri+1 < len(ms) && ts[ms[ri].end-1].possessive && ms[ri+1].first == ms[ri].end {
		return ri + 1
	}
	return ri
}

// noObject reports whether the mention m after the cue c is none of its parties: the
// stake fought for ("fought for control of the customs revenue at the Turkish border"),
// or the subject of what two agreed ("Nasser and Faisal agreed that Egypt would
// withdraw": their agreement, not one with Egypt).
func noObject(ts []token, m mention, c cueSpan) bool {
	if c.cue.kind == alliances.Hostility && c.end < len(ts) && ts[c.end].word == "for" && m.first > c.end+1 && ts[m.first-1].word != "by" {
		return true
	}
	return c.cue.text == "agreed that" || consentGiver(ts, m) || objectBefore(ts, m, c)
}

// examplesAfter are the words after a comma that name the nouns before it: "three persons,
// among them Mr. Blé Goudé".
var examplesAfter = map[string]bool{"and": true, "including": true, "among": true, "notably": true, "namely": true, "such": true,
	"especially": true, "chiefly": true, "mainly": true}

// objectBefore reports whether a cue of force or help has its object in words no mention
// holds, up to a comma before m: "accused the BIR of killing detainees, charges the
// Ministry of Defence denies" killed no ministry, "supplied most of its weapons, Cuba sent
// doctors" armed no Cuba; not a list going on ("killed villagers, soldiers and the mayor").
func objectBefore(ts []token, m mention, c cueSpan) bool {
	if c.cue.kind != alliances.Hostility && c.cue.kind != alliances.Coercion && c.cue.kind != alliances.Support || m.first <= c.end+1 || m.first > c.end+6 {
		return false
	}
	for k := c.end; k < m.first; k++ {
		if ts[k].upper || strings.ContainsAny(ts[k].pre, ";:()") {
			return false
		}
		if k > c.end && strings.TrimSpace(ts[k].pre) == "," {
			w := ts[k-1].word
			return k-1 >= c.end && strings.HasSuffix(w, "s") && !determiners[w] && !examplesAfter[ts[k].word] &&
				!slices.ContainsFunc(ts[k:m.first], func(t token) bool { return t.word == "and" || t.word == "or" })
		}
	}
	// "supplied most of its weapons, Cuba sent doctors": the comma right before the name,
	// which a verb of its own follows.
	w, e := ts[m.first-1].word, m.end
	return strings.TrimSpace(ts[m.first].pre) == "," && strings.HasSuffix(w, "s") && !determiners[w] && e < len(ts) && !ts[e].upper &&
		(strings.HasSuffix(ts[e].word, "ed") || pastVerbs[ts[e].word]) && !strings.ContainsAny(ts[e].pre, ",;:()")
}

// consentGiver reports whether a mention names the one whose consent or blessing goes
// with an act, in the possessive after "with" ("supplied some arms, apparently with
// Washington's tacit consent" supplied no arms to Washington), or the one whose help
// does ("kept up attacks in the Ogaden with Somali help" attacked no Somalis).
func consentGiver(ts []token, m mention) bool {
	if m.first < 1 {
		return false
	}
	k := m.first - 1
	if ts[k].word == "the" && k > 0 {
		k--
	}
	if ts[k].word != "with" && ts[k].word != "without" {
		return false
	}
	for j := m.end; j < len(ts) && j <= m.end+2; j++ {
		if consentNouns[ts[j].word] && ts[m.end-1].possessive || helpNouns[ts[j].word] || advisers[ts[j].word] {
			return true // "with Washington's tacit consent", "with Somali help", "with Russian air support"
		}
		if ts[j].upper || strings.ContainsAny(ts[j].pre, ",;:()") {
			return false
		}
	}
	return false
}

// recipientPast returns the mention after ms[ri], where ms[ri] gives its consent or help
// and the next is named after "to", "against", "on" or "into" ("supplied some arms, apparently with Washington's tacit
// consent, to the Somali army"); else -1.
func recipientPast(ts []token, ms []mention, ri int) int {
	if !consentGiver(ts, ms[ri]) || ri+1 >= len(ms) {
		return -1
	}
	n := ms[ri+1].first
	for k := n - 1; k >= ms[ri].end && k >= n-3; k-- {
		if ts[k].word == "to" || ts[k].word == "against" || ts[k].word == "on" || ts[k].word == "into" {
			return ri + 1 // "fought with Cuban help against Ethiopia"
		}
	}
	return -1
}

// advisers are the men another lends to plan or train: "an offensive planned with Soviet
// advisers" is no offensive against the Soviets.
var advisers = map[string]bool{"advisers": true, "advisors": true, "instructors": true, "trainers": true}

// consentNouns are the nouns of one's leave for another's act.
var consentNouns = map[string]bool{"consent": true, "blessing": true, "approval": true, "acquiescence": true, "knowledge": true,
	"permission": true, "connivance": true, "encouragement": true, "agreement": true, "backing": true}

// addressedThrough reports whether a demand made of an actor's men or leaders, named in
// the possessive before them, is made of the actor ("told the UFR's leaders to leave
// Sudan", "urged the group's fighters to disarm"), and whether camps or offices closed
// are the actor's, named so ("closed the SNM's camps"); a gift to another's men is theirs:
// "granted Habyarimana's widow asylum".
func addressedThrough(ts []token, m mention, c cueSpan) bool {
	if m.end >= len(ts) {
		return false
	}
	w := ts[m.end].word
	switch c.cue.kind {
	case alliances.Opposition:
		return forceNouns[w] || w == "leaders" || w == "leadership" || w == "commanders" || w == "men"
	case alliances.Support:
		return w == "use" || w == "presence" || w == "bases" || w == "camps" || w == "activities" // "tolerated RENAMO's use of"
	case alliances.Coercion:
		return w == "camps" || w == "bases" || w == "offices" || w == "headquarters" || // "closed the SNM's camps"
			envoyNouns[w] // "expelled the GNA's ambassador"
	}
	return false
}

// envoyNouns are the nouns of the men a state or an organization sends to another, whom
// the other expels: "expelled the GNA's ambassador".
var envoyNouns = map[string]bool{"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "diplomats": true,
	"mission": true, "advisers": true, "advisors": true, "observers": true, "investigators": true, "monitors": true, "experts": true}

// sendersOnly reports whether the names before the cue at token cue are only the
// subject li and those listed with it, or set beside them between commas: "Saddam
// Hussein, eager to repay Assad, sent him tanks".
func sendersOnly(ts []token, ms []mention, li, cue int) bool {
	subjects := group(ts, ms, li, -1)
	for i, m := range ms {
		if m.first >= cue || i == li || m.first < 0 {
			continue
		}
		if slices.ContainsFunc(subjects, func(s *mention) bool { return s.first == m.first }) || inAside(ts, m) {
			continue
		}
		return false
	}
	return true
}

// formingCues are the cues of several that became one, each a member of it: "A and B
// united as the National Coalition", "the EGP, ORPA and the FAR united in the URNG".
var formingCues = map[string]bool{"united as": true, "united to form": true, "joined to form": true, "merged to form": true,
	"came together to form": true, "came together as": true, "helped set up": true, "helped to set up": true, "helped form": true,
	"helped to form": true, "helped found": true, "co-founded": true, "founded": true, "set up": true, "established": true, "created": true,
	"united in": true, "united into": true, "grouped in": true, "grouped into": true, "came together in": true, "joined together in": true}

// phaseVerbs are the verbs in the present that begin, go on with or end another after
// "to" or in "-ing": "the United States and Pakistan continue to supply the resistance".
var phaseVerbs = map[string]bool{"continue": true, "continues": true, "begin": true, "begins": true, "start": true, "starts": true,
	"keep": true, "keeps": true, "stop": true, "stops": true, "refuse": true, "refuses": true, "want": true, "wants": true,
	"hope": true, "hopes": true, "seek": true, "seeks": true, "try": true, "tries": true, "plan": true, "plans": true}

// opposedDeal reports whether the cue c is a deal after a verb of opposing it: "opposed
// the accord and the Indian presence", the accord another's.
func opposedDeal(ts []token, c cueSpan) bool {
	return c.cue.kind == alliances.Agreement && c.first >= 2 && determiners[ts[c.first-1].word] && opposedThings[ts[c.first-2].word]
}

// opposedThings are the verbs whose object, a deal, is no deal of their subject's: "the JVP
// bitterly opposed the accord".
var opposedThings = map[string]bool{"opposed": true, "opposes": true, "opposing": true, "rejected": true, "rejects": true,
	"denounced": true, "denounces": true, "condemned": true, "condemns": true, "criticised": true, "criticized": true}

// possessedAdjective reports whether cue c is a participle between a possessive, or "a",
// and the noun it qualifies: "the PKK's imprisoned founder, Abdullah Öcalan" tells no act
// of the PKK's, nor "with a captured order of the Hammurabi Division" the Guard's (but "in
// a coordinated way" tells those who coordinated).
func possessedAdjective(ts []token, c cueSpan) bool {
	return len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.first > 0 && (ts[c.first-1].possessive || (ts[c.first-1].word == "a" || ts[c.first-1].word == "an") && (c.cue.kind == alliances.Hostility || c.cue.kind == alliances.Coercion)) &&
		c.end < len(ts) && !ts[c.end].upper && nounLike(ts[c.end]) && !strings.ContainsAny(ts[c.first].pre, ",;:()")
}

// stateBodies are the kinds of a state and its bodies, whose making of a body makes it
// their part: "the army formed a joint battalion".
var stateBodies = map[string]bool{"state": true, "state-organ": true}

// ordered returns the pair of a and b, or of b and a where swapped.
func ordered(a, b *mention, swapped bool) [2]*mention {
	if swapped {
		return [2]*mention{b, a}
	}
	return [2]*mention{a, b}
}
