package extract

// What a pronoun and a phrase of two stand for: "it" after ", but" or ", and" (the
// sentence's subject), after a fronted clause (that clause's subject), and "the two
// sides" (the two named last, or the two the report told fighting).

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// lastTwo returns the two distinct actors named last: in the sentence so far, else with
// those of the sentence before (which leaves out a person it names as a body's officer:
// see officerOf). "The two countries", "both governments" are two states; "the two men",
// "the two leaders" two people.
func (rd *Reader) lastTwo(out []mention, previous string, before []string, states, bodies, people bool) (string, string) {
	var ids []string
	add := func(id string) {
		if !slices.Contains(ids, id) && (!states || rd.kinds[id] == "state") && (!bodies || rd.kinds[id] != "individual") && (!people || rd.kinds[id] == "individual") {
			ids = append(ids, id)
		}
	}
	var one []string // the sentence's one man: "until Karimov shut it down and both men fled" are two others
	for _, m := range out {
		if rd.kinds[m.id] == "individual" && !slices.Contains(one, m.id) {
			one = append(one, m.id)
		}
	}
	for i := len(out) - 1; i >= 0 && (!people || len(one) != 1); i-- {
		add(out[i].id)
	}
	for i := len(before) - 1; i >= 0; i-- {
		if !people || len(one) != 1 || before[i] != one[0] {
			add(before[i])
		}
	}
	if len(ids) < 2 {
		return "", ""
	}
	return ids[1], ids[0]
}

// countsThree reports whether the words at ts[i:i+n] that the rules give for "the three"
// count three actors: not a name ("the Three Brotherhood Alliance"), a compound ("the
// three-party government"), three things ("the three days of talks"), some of the three
// ("two of the three", "none of the three"), nor a possessive ("the three leaders' rivalry").
func countsThree(ts []token, i, n int) bool {
	if i+1 < len(ts) && ts[i+1].upper || ts[i+n-1].possessive || i > 0 && ts[i-1].word == "of" {
		return false
	}
	if i+n < len(ts) {
		next := ts[i+n]
		if strings.Contains(next.pre, "-") || ts[i+n-1].word == "three" && !next.upper && strings.HasSuffix(next.word, "s") && !strings.ContainsAny(next.pre, ",;:()") {
			return false
		}
	}
	return true
}

// lastThree returns the three actors "the three" stands for: a list of three the
// sentence has just named ("A, B and C met, and the three agreed"), else the list of
// three the sentence before opened on ("A, B and C met at Alvor. There the three leaders
// signed"), else the subjects of the sentences just before, one each, where bySubjects;
// individuals only where the words are theirs ("the three leaders"); nil otherwise: three
// names named apart are no three the text counts.
func (rd *Reader) lastN(n int, ts []token, out []mention, people, leaders, bySubjects bool) []string {
	var ids []string
	for k := len(out) - 1; k >= 0 && ids == nil; k-- {
		if k+1 < len(out) && joined(ts, out[k].end, out[k+1].first) {
			continue // within a list: its last item ends it
		}
		if g := group(ts, out, k, -1); len(g) == n {
			for _, m := range g {
				ids = append(ids, m.id)
			}
			slices.Reverse(ids)
		}
	}
	if len(ids) != n {
		ids = rd.they
	}
	if len(ids) != n && len(rd.listed) == n {
		ids = rd.listed // "The FPL, the ERP, the RN and the PCS ... the four organizations": the list named last
	}
	if k := len(rd.subjects) - n; len(ids) != n && k >= 0 && !leaders && bySubjects {
		// "The Prolonged People's War tendency ... held to a long rural war. The
		// Proletarian tendency ... looked to the towns. The third, the Terceristas, ...
		// The three quarrelled": the subjects of the sentences just before, one each.
		ids = rd.subjects[k:]
		if slices.ContainsFunc(ids, func(id string) bool { return (rd.kinds[id] == "individual") != people }) {
			ids = nil
		}
	}
	if len(ids) != n && leaders {
		// "The MPLA, led by Agostinho Neto, ... The FNLA of Holden Roberto ... Jonas
		// Savimbi founded UNITA. At Alvor the three leaders signed": the three the text
		// made leaders of bodies, named last.
		ids = nil
		for k := len(rd.recent) - 1; k >= 0 && len(ids) < n; k-- {
			if id := rd.recent[k]; rd.kinds[id] == "individual" && rd.leads[id] != "" && !slices.ContainsFunc(ids, func(o string) bool { return rd.leads[o] == rd.leads[id] }) {
				ids = append(ids, id)
			}
		}
		slices.Reverse(ids)
	}
	if len(ids) != n || len(slices.Compact(slices.Sorted(slices.Values(ids)))) != n ||
		people && slices.ContainsFunc(ids, func(id string) bool { return rd.kinds[id] != "individual" }) {
		return nil
	}
	return slices.Clone(ids)
}

// listCounts are the counts the words of a list stand for: "the three", "the four".
var listCounts = map[string]int{"@three": 3, "@four": 4, "@five": 5}

// person returns whom "he" or "him" at token i stands for. "he" after a verb of speech
// is its speaker ("Erdogan, who had spoken with Putin, said he would"), or no one the
// reader knows where the speaker is no name ("a wounded soldier told reporters he had");
// else the sentence's first individual, its subject ("Prigozhin had served Putin, but he
// turned on him"), else the sentence before's subject where it is one, else the
// individual the sentences before named last. "him" is none of the individuals of its
// own clause's subject ("and Putin backed him"): the one named before them.
func (rd *Reader) person(ts []token, out []mention, i int, previous string, object bool) string {
	individual := func(m mention) bool { // not the speaker a label names: "Mr. Selwyn Lloyd: General Chehab ..., he"
		return rd.kinds[m.id] == "individual" && !(rd.labelEnd > 0 && m.first >= 0 && m.first < len(ts) && ts[m.first].start < rd.labelEnd)
	}
	skip := "" // "and Putin backed him": not Putin
	if object {
		// (Not "expelled Scott, accusing him of": the object before a participle's comma.)
		if n := len(out) - 1; n >= 0 && i-out[n].end <= 3 && !slices.ContainsFunc(ts[out[n].end:i+1], func(t token) bool { return strings.Contains(t.pre, ",") && strings.HasSuffix(t.word, "ing") }) {
			skip = out[n].id
		}
		for k := len(out) - 1; k >= 0; k-- { // not the clause's subject: "Then Dzhokhar Dudayev, Chechnya's rebel president, gave him refuge"
			if individual(out[k]) && out[k].id != skip && out[k].id != clauseSubjectBefore(ts, out, i) {
				return out[k].id
			}
		}
	} else {
		if id, said := rd.speaker(ts, out, i); said {
			return id
		}
		if rd.unknownNameSubject(ts, out, i) {
			return "" // "Blundell had led the settlers, and in 1959 he set up": a man the reader does not know
		}
		for _, m := range out {
			// "With Arthur Griffith (q.v.) he led the delegation": a man named after a
			// preposition before "he" is no subject.
			if individual(m) && m.first > 0 && m.end <= i && frontedPreps[ts[m.first-1].word] && !slices.ContainsFunc(ts[m.end:i], func(t token) bool { return strings.ContainsAny(t.pre, ",;") && t.word != "he" }) {
				skip = m.id
				continue
			}
			if individual(m) {
				return m.id
			}
		}
	}
	if rd.unnamed {
		return ""
	}
	if previous != skip && rd.kinds[previous] == "individual" {
		return previous
	}
	if !object {
		// "He voted against the Treaty", after a sentence whose subject was no one: the
		// paragraph's last subject who was a person, not the man its objects named last.
		for k := len(rd.subjects) - 1; k >= 0; k-- {
			if rd.kinds[rd.subjects[k]] == "individual" && rd.subjects[k] != skip {
				return rd.subjects[k]
			}
		}
		if id := rd.paragraphBefore(skip); id != "" {
			return id
		}
	}
	if object && rd.himWas != "" && rd.himWas != skip {
		// "The RAID arrested him ..., an arrest that Nicolas Sarkozy announced. The courts
		// convicted him": the man "him" stood for in the sentence before, not the one it
		// named after him.
		return rd.himWas
	}
	for k := len(rd.recent) - 1; k >= 0; k-- {
		if rd.kinds[rd.recent[k]] == "individual" && rd.recent[k] != skip {
			return rd.recent[k]
		}
	}
	return ""
}

// frontedPreps are the prepositions of a phrase that may open a sentence before its
// subject: "With Arthur Griffith he led the delegation".
var frontedPreps = map[string]bool{"with": true, "after": true, "like": true, "unlike": true, "against": true, "beside": true,
	"alongside": true, "behind": true, "under": true, "before": true, "despite": true}

// speaker returns the individual who says what "he" at token i is the subject of, and
// whether a verb of speech stands right before it: "Erdogan, who had spoken with Putin,
// said he" (the subject before the aside), "Erdogan told Putin that he"; "" where the
// speaker is no name ("a wounded soldier told reporters he had fought").
func (rd *Reader) speaker(ts []token, out []mention, i int) (string, bool) {
	individual := func(m mention) bool { return rd.kinds[m.id] == "individual" }
	for k := i - 1; k > 0 && k >= i-3; k-- {
		if !speech[ts[k].word] && ts[k].word != "told" && ts[k].word != "tells" && ts[k].word != "says" {
			continue
		}
		if strings.Contains(ts[k].pre, ",") {
			if n := slices.IndexFunc(out, func(m mention) bool { return m.end <= k && individual(m) }); n >= 0 && opensSentence(ts, out[0].first) {
				return out[n].id, true
			}
			return "", true
		}
		j := k - 1
		for j > 0 && adverb(ts[j].word) {
			j--
		}
		if n := slices.IndexFunc(out, func(m mention) bool { return m.end == j+1 || m.end == k-1 && ts[k].word == "told" }); n >= 0 && individual(out[n]) {
			return out[n].id, true
		}
		if n := slices.IndexFunc(out, func(m mention) bool { return m.end == j+1 }); n < 0 {
			return "", true
		}
	}
	return "", false
}

// lastPeople returns the two individuals the sentences before named last, or none.
func (rd *Reader) lastPeople() (string, string) {
	var ids []string
	for i := len(rd.recent) - 1; i >= 0 && len(ids) < 2; i-- {
		if rd.kinds[rd.recent[i]] == "individual" {
			ids = append(ids, rd.recent[i])
		}
	}
	if len(ids) < 2 {
		return "", ""
	}
	return ids[1], ids[0]
}

// sidesWords end the phrases that name the two sides of a war ("the two sides", "the
// warring parties"), not merely the two named last.
// stateWords are the nouns of a pair that are two states: "the two countries".
// bodyPlurals are the nouns of "the two forces": bodies, no individuals.
var bodyPlurals = map[string]bool{"forces": true, "groups": true, "factions": true, "movements": true, "parties": true, "armies": true,
	"organizations": true, "organisations": true, "militias": true, "coalitions": true, "alliances": true, "fronts": true}

// pairNoun returns the noun of words that stand for the two named last: their last
// word, or where that is a number ("the two"), the noun up to two words after it ("the
// two non-communist forces": forces).
func pairNoun(ts []token, end int, last string) string {
	if last != "two" && last != "both" {
		return last
	}
	for k := end; k < min(end+3, len(ts)) && !strings.ContainsAny(ts[k].pre, ",;:()"); k++ {
		if w := ts[k].word; bodyPlurals[w] || stateWords[w] || peopleWords[w] {
			return w
		}
	}
	return last
}

// peopleWords are the nouns of "the three leaders", "the two men": individuals only.
var peopleWords = map[string]bool{"leaders": true, "men": true, "generals": true, "presidents": true, "commanders": true, "chiefs": true,
	"envoys": true, "ministers": true, "mediators": true, "women": true, "rivals": true}

var stateWords = map[string]bool{"countries": true, "governments": true, "capitals": true, "states": true, "nations": true}

// mediating are the verbs of one who goes between two: "the two" after them and
// "between" are not the mediator (see convenings too).
var mediating = map[string]bool{"mediated": true, "mediating": true, "mediate": true, "mediates": true, "shuttled": true, "shuttling": true, "shuttles": true,
	"brokered": true, "brokering": true, "broker": true}

var sidesWords = map[string]bool{"sides": true, "parties": true, "belligerents": true, "forces": true, "armies": true, "rivals": true,
	"governments": true, "countries": true, "capitals": true, "factions": true, "movements": true, "camps": true}

// frontedClause reports whether the pronoun at token i follows a clause that opens the
// sentence with a subordinating word and ends at the comma before the pronoun ("Once
// these regional powers accepted ..., they"), and where the clause's subject begins.
func frontedClause(ts []token, i int) (int, bool) {
	if i < 3 || !strings.Contains(ts[i].pre, ",") {
		return 0, false
	}
	switch ts[0].word {
	case "once", "when", "after", "as", "because", "although", "though", "since", "while", "if", "before", "until":
	default:
		return 0, false
	}
	for k := 1; k < i; k++ {
		if strings.ContainsAny(ts[k].pre, ",;:()") {
			return 0, false // the comma before the pronoun is the clause's first
		}
	}
	return 1, true
}

// participleBy reports whether a participle and "by" open at ts[k], after adverbs: "actively
// aided by" (a subject pronoun's verb, not an expletive's "it is said that").
func participleBy(ts []token, k int) bool {
	for k < len(ts) && strings.HasSuffix(ts[k].word, "ly") {
		k++
	}
	return k+1 < len(ts) && strings.HasSuffix(ts[k].word, "ed") && ts[k+1].word == "by"
}

// contrastives are the conjunctions after a comma whose clause's pronoun is the sentence's
// subject: "X did A, but it did B".
var contrastives = map[string]bool{"but": true, "yet": true, "while": true, "although": true, "though": true}

// quantifiers count some of a group: "one of them".
var quantifiers = map[string]bool{"one": true, "two": true, "some": true, "several": true, "many": true, "most": true, "each": true}

// distinct counts the actors mentions name.
func distinct(ms []mention) int {
	seen := map[string]bool{}
	for _, m := range ms {
		seen[m.id] = true
	}
	return len(seen)
}

// officerOf reports whether mention m is named as a body's officer, its post after a
// possessive pronoun ("which killed its leader Hassan Nasrallah"): no side of "the two"
// after it. Not "his rival Haftar".
func (rd *Reader) officerOf(ts []token, m mention) bool {
	for k := m.first - 2; k >= 0 && k >= m.first-4; k-- {
		if possessives[ts[k].word] {
			return rd.postAt(ts, k+1, m.first)
		}
		if strings.ContainsAny(ts[k+1].pre, ",;:()") || ts[k].upper {
			return false
		}
	}
	return false
}

// inAside reports whether mention m stands in a relative clause set off by commas, one
// that closes before the sentence's end: "The movement, which sent men to rescue Assad,
// had been drained by a war with Israel" names Assad in an aside, no side of "the two"
// after it.
func inAside(ts []token, m mention) bool {
	if m.first < 0 || !slices.ContainsFunc(ts[m.end:], func(t token) bool { return strings.Contains(t.pre, ",") }) {
		return false
	}
	for k := m.first; k >= 0; k-- {
		if strings.ContainsAny(ts[k].pre, ",;:()") {
			return strings.Contains(ts[k].pre, ",") && (ts[k].word == "which" || ts[k].word == "who" || ts[k].word == "whose")
		}
	}
	return false
}

// pronounStood returns the actor the last pronoun w ("it", "him") of a sentence stood for;
// "" where the sentence has no such pronoun that stands for an actor.
func pronounStood(ts []token, ms []mention, w string) string {
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.end == m.first+1 && m.first >= 0 && m.first < len(ts) && ts[m.first].word == w {
			return m.id
		}
	}
	return ""
}

// themOfSubjects returns what "them" at token i stands for, the reader's rules having
// given it id, where the sentence opens on a name. "Russia, Iran, and Pakistan lobbied X
// and mediated between them and the Taliban": an object pronoun is none of its own
// clause's subjects. But where the sentence names no one else before it, one given help
// or harmed is the sentence before's subject, or the list it opened on ("The FAP fought
// on. France sent arms to them", "France bombed them"; not "formed them into a unit",
// "most of them"); nor a state the sentence before named by one name ("Eritrea is helping
// Fano. Isaias is giving them weapons").
func (rd *Reader) themOfSubjects(ts []token, out []mention, i int, id, before string) string {
	if slices.Contains(rd.singular, id) && !slices.ContainsFunc(out, func(m mention) bool { return m.id == id }) {
		id = "" // "Eritrea is helping Fano. Isaias is giving them weapons": not Eritrea
	}
	if len(out) == 0 || out[0].first > 2 {
		return id
	}
	subjects := group(ts, out, 0, +1)
	among := func(id string) bool {
		return slices.ContainsFunc(subjects, func(m *mention) bool { return m.id == id })
	}
	if id != "" && !among(id) {
		return id
	}
	people := rd.kinds[before] != "individual" || len(rd.they) >= 2 && rd.they[0] == before // "Ghalib and Talib fled. Riyadh gave them refuge"
	if before != "" && !rd.themElse && !among(before) && len(subjects) == len(out) && people && !slices.Contains(rd.singular, before) && (receiverAt(ts, i) || rd.harmedAt(ts, i)) {
		return before
	}
	return ""
}

// relativeThem returns the actors "them" at token i stands for where a relative clause on
// the name right before it gives them help: the list the sentence opened on ("Talib,
// Ghalib and Suleiman got away to Saudi Arabia, which gave them refuge"); nil otherwise.
func (rd *Reader) relativeThem(ts []token, out []mention, i int) []string {
	if i < 2 || len(out) < 2 || ts[i-2].word != "which" && ts[i-2].word != "who" || strings.TrimSpace(ts[i-2].pre) != "," ||
		out[len(out)-1].end != i-2 || !receiverAt(ts, i) {
		return nil
	}
	s := subject(ts, out)
	if !opensSentence(ts, out[s].first) {
		return nil
	}
	var ids []string
	for _, m := range group(ts, out, s, +1) {
		if m.id == out[len(out)-1].id || m.end > i-2 {
			return nil
		}
		ids = append(ids, m.id)
	}
	return ids
}

// themUnnamed reports whether the sentence holds a "them" that stands for no actor the
// reader knows: "Transjordan, Syria and Lebanon have given them shelter" (the refugees).
// The "them" of the next sentence is most likely the same unnamed people.
func themUnnamed(ts []token, ms []mention) bool {
	for i, t := range ts {
		if t.word == "them" && i > 0 && !slices.ContainsFunc(ms, func(m mention) bool { return m.first <= i && m.end > i }) {
			return true
		}
	}
	return false
}

// documentAfter reports whether the words from token i on, capitalized, are the rest of a
// text's name ("the Indo-Sri Lankan Accord", "the Franco-Chadian Treaty"): a document,
// not its parties.
func documentAfter(ts []token, i int) bool {
	for k := i; k < min(len(ts), i+4) && ts[k].upper && !strings.ContainsAny(ts[k].pre, ",;:()"); k++ {
		if documentNouns[ts[k].word] {
			return true
		}
	}
	return false
}

// longerAfter reports whether a name of more than n-1 words opens at word i of a
// sentence's spellings: "four smaller sheikhdoms", after "the", is a name of its own.
func longerAfter(names map[string]string, spelt []string, i, n int) bool {
	for m := min(len(spelt)-i, n+6); m >= n; m-- {
		if _, ok := names[strings.Join(spelt[i:i+m], " ")]; ok {
			return true
		}
	}
	return false
}

// objectHer reports whether "her" at token i is an object, not a possessive: after a verb
// of giving ("Kenya gave her asylum"), or before no noun ("met her in Nairobi", "armed
// her.").
func objectHer(ts []token, i int) bool {
	return i > 0 && giveVerbs[ts[i-1].word] || i+1 >= len(ts) || strings.ContainsAny(ts[i+1].pre, ",;:.()") || closers[ts[i+1].word] || ts[i+1].upper
}

// noAntecedent reports whether the pronoun w at token i stands for none of the actors,
// though the reader's rules gave it id: "them" after "among" that a count of others
// precedes ("sanctions on three persons, among them Mr. Blé Goudé"), "they" or "them" for
// a state this sentence named by its name, which is one ("accused Burkina Faso of having
// armed and trained them", the rebels of the sentence before).
func (rd *Reader) noAntecedent(ts []token, out []mention, i int, w, id string) bool {
	if w == "them" && i > 1 && ts[i-1].word == "among" && countedBefore(ts, out, i-1) {
		return true
	}
	if (w != "they" && w != "them") || rd.kinds[id] != "state" || len(out) == 0 || out[len(out)-1].id != id || out[len(out)-1].first < 0 {
		return false
	}
	m := out[len(out)-1]
	plural := slices.ContainsFunc(ts[m.first:m.end], func(t token) bool { return strings.HasSuffix(t.word, "s") }) ||
		m.end < len(ts) && !ts[m.end].upper && strings.HasSuffix(ts[m.end].word, "s")
	return !plural // "the Americans ... them", "Indian officials deny that they" may be the state
}

// countedBefore reports whether the phrase before "among" at i is a count of others no
// name gives ("three persons, among them", "several officers, among them"): no
// possessive ("its units around Knin, among them" are the JNA's) and no name in it.
func countedBefore(ts []token, out []mention, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if possessivePronouns[ts[k].word] || slices.ContainsFunc(out, func(m mention) bool { return m.end > k && m.first <= k }) {
			return false
		}
		if countWords[ts[k].word] || ts[k].word != "" && ts[k].word[0] >= '0' && ts[k].word[0] <= '9' {
			return k == 0 || !possessivePronouns[ts[k-1].word] // "its two brigades, among them" are its
		}
		if strings.ContainsAny(ts[k].pre, ",;:(") {
			return false
		}
	}
	return false
}

// countWords count those a noun names: "three persons", "several officers".
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true, "several": true, "many": true, "some": true, "few": true}

// unknownNameSubject reports whether the clause of "he" at token i opens with a name the
// reader does not know as its subject, a name's word or up to three before a verb
// ("Blundell had led the European members, and then he set up"): "he" is most likely
// that man, whom no actor stands for, not the last individual named before.
func (rd *Reader) unknownNameSubject(ts []token, out []mention, i int) bool {
	n := 0
	for n < min(i, 3) && ts[n].upper && !ts[n].possessive && rd.nameWordsOnly[ts[n].word] && !calendarWords[ts[n].word] {
		n++
	}
	if n == 0 && i > 1 && ts[0].upper && !ts[0].possessive && authorVerbs[ts[1].word] && !opening[ts[0].word] {
		n = 1 // "Dunleavy traces the Four Cuts ... He credits the campaign": an author the reader does not know
	}
	if n == 0 || n >= i || ts[n].upper || strings.ContainsAny(ts[n].pre, ",;:()") {
		return false
	}
	if slices.ContainsFunc(out, func(m mention) bool { return m.first < n && m.end > 0 }) {
		return false
	}
	v := ts[n].word
	return subjectVerbs[v] || authorVerbs[v] || strings.HasSuffix(v, "ed") && len(v) > 4
}

// authorVerbs are the verbs of an author telling of a work, after the author's name:
// "Dunleavy traces", "Smith argues".
var authorVerbs = map[string]bool{"traces": true, "argues": true, "writes": true, "shows": true, "describes": true, "covers": true,
	"recounts": true, "contends": true, "credits": true, "doubts": true, "follows": true, "examines": true, "surveys": true,
	"documents": true, "concludes": true, "reconstructs": true, "narrates": true, "charts": true, "maps": true}

// subjectVerbs are the verbs, other than a past in -ed, that may follow a sentence's subject.
var subjectVerbs = map[string]bool{"had": true, "has": true, "was": true, "is": true, "said": true, "would": true,
	"could": true, "then": true, "also": true, "led": true, "set": true, "took": true, "made": true, "became": true,
	"went": true, "told": true, "wrote": true, "left": true, "broke": true, "fought": true, "ran": true, "sent": true}

// soleNames returns the words a text writes with a capital inside a sentence, after a
// word that ends none, and never in small letters: the words of names ("Blundell"), not
// a common noun that opens a sentence ("Critics called him").
func soleNames(text string) map[string]bool {
	fields := strings.Fields(text)
	word := func(f string) string {
		w := strings.TrimRight(strings.Trim(f, "\"“”‘’'()[]*_"), ",.;:!?")
		return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	caps := map[string]string{} // a capitalized word in small letters -> folded
	for i, f := range fields {
		w := word(f)
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && i > 0 && !strings.ContainsAny(fields[i-1][len(fields[i-1])-1:], ".!?:;\"”") {
			caps[strings.ToLower(w)] = alliances.Fold(w)
		}
	}
	var first [256]bool // the first bytes of those words: most small words need no look-up
	for w := range caps {
		first[w[0]] = true
	}
	for _, f := range fields {
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) && first[f[0]] {
			delete(caps, word(f))
		}
	}
	out := make(map[string]bool, len(caps))
	for _, folded := range caps {
		out[folded] = true
	}
	return out
}

// verbRun reports whether the words from token from to token to are verbs joined by "and"
// and their adverbs, up to six: "Indian intelligence allegedly trained and armed it".
func verbRun(ts []token, from, to int) bool {
	if to-from > 6 || to <= from {
		return false
	}
	for k := from; k < to; k++ {
		w := ts[k].word
		if ts[k].upper || strings.ContainsAny(ts[k].pre, ",;:()") || w != "and" && !adverb(w) && !auxiliaries[w] && !pastVerbs[w] && !strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// itAfterPreposition returns the actor "it" stands for after a verb and its preposition right
// after the verb's subjects ("Ghjustizia Paolina and the FPCL, merged into it"): none of
// them, but the sentence before's subject, where the sentence named no one else; else id.
func (rd *Reader) itAfterPreposition(ts []token, out []mention, i int, w, id, before string) string {
	if w != "it" || len(out) == 0 || out[len(out)-1].id != id || i < 2 || i-out[len(out)-1].end > 3 || !strings.HasSuffix(ts[i-2].word, "ed") ||
		!prepositions[ts[i-1].word] && ts[i-1].word != "into" || strings.ContainsAny(ts[i-1].pre+ts[i].pre, ",;:()") {
		return id
	}
	subjectIDs := map[string]bool{id: true}
	for _, m := range subjects(ts, out, len(out)-1) {
		subjectIDs[m.id] = true
	}
	for k := len(out) - 2; k >= 0; k-- { // a list's names before the last subject are subjects too
		if n := out[k+1]; subjectIDs[n.id] && (n.first == out[k].end && strings.Contains(ts[n.first].pre, ",") ||
			n.first > out[k].end && n.first-out[k].end <= 2 && ts[out[k].end].word == "and") {
			subjectIDs[out[k].id] = true
		}
	}
	if before == "" || subjectIDs[before] || rd.kinds[before] == "individual" || slices.ContainsFunc(out, func(m mention) bool { return !subjectIDs[m.id] }) {
		return id
	}
	return before
}
