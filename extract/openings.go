package extract

// The phrases that open a sentence or stand around a name without being its clause: the
// source after "According to", a phrase that sets the scene, a gloss in parentheses.

import (
	"slices"
	"strings"
	"unicode"
)

// sourcePhrase returns where a sentence's opening "According to X," ends (the token after
// its comma), or 0: the names in it are the source's, none of what it tells.
func sourcePhrase(ts []token) int {
	if !matchAt(ts, 0, []string{"according", "to"}) {
		return 0
	}
	for k := 3; k < len(ts); k++ {
		if strings.ContainsAny(ts[k].pre, ",;:") {
			return k
		}
	}
	return 0
}

// sceneOfFight are the words before a fight named by its noun that make it the
// sentence's subject's: "after clashes with".
var sceneOfFight = map[string]bool{"after": true, "following": true}

// glossOpened reports whether a parenthesis opens within the six words before token from
// after a name's word, and none closes there, the words in it a name's: the name that ends
// at from holds a gloss ("Ansar Dine (*Defenders of Faith*)"), not an aside ("the YPG
// (supported by the Shammar tribe)").
func glossOpened(ts []token, gapAt func(int) string, from int) bool {
	for j := from - 1; j > 0 && j >= from-6; j-- {
		if !ts[j].upper && !glossWords[ts[j].word] {
			return false
		}
		if g := gapAt(j); strings.Contains(g, ")") {
			return false
		} else if strings.Contains(g, "(") {
			return ts[j-1].upper
		}
	}
	return false
}

// opensClause reports whether the list whose first name is at token first opens a clause
// after a phrase that sets the scene and its comma: "after a month of hard fighting,
// government troops and Shiite militias overcame ISIL", "In the course of their
// campaign, ISIL militants and their allies seized". The phrase opens the sentence or
// follows "and".
func opensClause(ts []token, first int) bool {
	k := first
	if k > 0 && determiners[ts[k-1].word] {
		k--
	}
	if k < 2 || !strings.Contains(ts[k].pre, ",") {
		return false
	}
	j := k - 1
	for j > 0 && !strings.ContainsAny(ts[j].pre, ",;:") {
		j--
	}
	for ; j < k-1; j++ {
		if (openers[ts[j].word] || scenePreps[ts[j].word]) && (j == 0 || strings.ContainsAny(ts[j].pre, ",;:") || ts[j-1].word == "and" || ts[j-1].word == "but") {
			return true
		}
	}
	return false
}

// scenePreps open a phrase that sets an act's time or place: "In the course of",
// "On 2 March", "During the battle".
var scenePreps = map[string]bool{"in": true, "on": true, "at": true, "during": true, "amid": true, "throughout": true, "by": true, "under": true}

// scenePhrase reports whether the words before a sentence's first comma name something
// after a preposition, with no verb ("In the war between", "In support of"): a phrase
// that sets the scene, which the comma closes. Not "In 2020 the backers of the Taliban
// were Pakistan, Iran and Russia".
func scenePhrase(ts []token) bool {
	prep := false
	for i := 1; i < len(ts); i++ {
		if strings.ContainsAny(ts[i].pre, ",;:") {
			return prep
		}
		switch w := ts[i].word; {
		case w == "between" || w == "against" || w == "with" || w == "of" || w == "from":
			prep = true
		case auxiliaries[w] || strings.HasSuffix(w, "ed") || pastVerbs[w]:
			return false
		case i >= 2 && determiners[w] && numeric(ts[i-1].word):
			return false // "In 1994 a Force of troops from Fiji, Tonga and Vanuatu": a year's phrase, then the subject
		}
	}
	return false
}

// recitalEnd returns where the opening words of an agreement's recital end ("Recalling
// that", "Noting also that", "Acknowledging that"), 0 where there are none: the sentence
// opens after them.
func recitalEnd(ts []token) int {
	if len(ts) < 3 || !recitals[ts[0].word] {
		return 0
	}
	k := 1
	if ts[k].word == "also" || ts[k].word == "further" || ts[k].word == "with" {
		k++
	}
	for k < len(ts) && k <= 3 && ts[k].word != "that" {
		k++ // "Noting with gratitude that"
	}
	if k >= len(ts) || ts[k].word != "that" {
		return 0
	}
	return k + 1
}

// recitals are the participles that open an agreement's recitals.
var recitals = map[string]bool{"recalling": true, "noting": true, "acknowledging": true, "considering": true, "recognising": true,
	"recognizing": true, "welcoming": true, "reaffirming": true, "affirming": true, "believing": true}

// openedSubject returns the index of the mention that is a sentence's subject, past an
// opening clause.
func openedSubject(ts []token, ms []mention) int {
	// "On 6 June 2020, with Haftar and Aguila Saleh at his side, President al-Sisi
	// announced": past a time set off by a comma, an opening clause.
	at := 0
	if comma := slices.IndexFunc(ts[min(1, len(ts)):], func(t token) bool { return strings.Contains(t.pre, ",") }) + 1; comma > 0 && timeOpening(ts[:comma], ms) &&
		comma < len(ts) && (openers[ts[comma].word] || strings.HasSuffix(ts[comma].word, "ing")) {
		at = comma
	}
	if len(ts) == 0 || !openers[ts[at].word] && !strings.HasSuffix(ts[at].word, "ing") {
		return 0
	}
	for k := at + 1; k < len(ts); k++ {
		if strings.Contains(ts[k].pre, ",") {
			for i, m := range ms {
				if m.first >= k {
					return i
				}
			}
			break
		}
	}
	// No comma after the opening clause ("Since 1971 the PLO had made"): a verb's name.
	return max(slices.IndexFunc(ms, func(m mention) bool { return verbAfter(ts, m.end) }), 0)
}

// timeOpening reports whether the words ts, before a sentence's first comma, tell a time
// and name no actor: "On 6 June 2020", "In late 1985".
func timeOpening(ts []token, ms []mention) bool {
	if len(ts) < 2 || !timeOpeners[ts[0].word] || slices.ContainsFunc(ms, func(m mention) bool { return m.first >= 0 && m.first < len(ts) }) {
		return false
	}
	return slices.ContainsFunc(ts, func(t token) bool { return numeric(t.word) || calendarWords[t.word] })
}

// detachedOpening returns where the words after a phrase that opens a sentence and
// only sets its time or its place in the story begin ("In those years, the army had
// taken", "Meanwhile, Jordan sent"), 0 where there is none: the phrase names no actor,
// holds no pronoun and neither negates, hedges nor attributes what the sentence says, so
// the sentence reads as if it opened after its comma.
func (rd *Reader) detachedOpening(ts []token, ms []mention) int {
	if len(ts) < 4 || !detachedOpeners[ts[0].word] {
		return 0
	}
	for k := 1; k < len(ts) && k <= 10; k++ {
		if strings.ContainsAny(ts[k].pre, ";:()[]\"“”—–") {
			return 0
		}
		if !strings.Contains(ts[k].pre, ",") {
			// The phrase is one: not a time and then the subject, "In 1978 the envoy,
			// who", "In 1948 no state, the USSR included,"; nor a clause's object
			// before its comma, "While the army held the city,".
			w, before := ts[k].word, ts[k-1].word
			if backReferences[w] || k > 1 && ts[k].upper && !calendarWords[w] ||
				numeric(before) && !numeric(w) && !calendarWords[w] && w != "and" && w != "or" && w != "to" ||
				determiners[w] && !detachedOpeners[before] && !phrasePreps[before] {
				return 0
			}
			continue
		}
		// Not where another opening follows, which openedSubject reads past: "On 11
		// April 1992, after talks mediated by Algeria, the transitional government".
		if k+3 > len(ts) || ts[k].word == "and" || ts[k].word == "or" || ts[k].word == "but" ||
			openers[ts[k].word] || detachedOpeners[ts[k].word] || strings.HasSuffix(ts[k].word, "ing") ||
			slices.ContainsFunc(ms, func(m mention) bool { return m.first < k }) {
			return 0
		}
		if rd.reserved(ts, 0, k) {
			return 0
		}
		return k
	}
	return 0
}

// reserved reports whether the words [from, to) negate, hedge, attribute, claim,
// suppose or weigh what a sentence says: words the reader may not read past.
func (rd *Reader) reserved(ts []token, from, to int) bool {
	for _, mark := range []string{"negation", "hedge", "attribution", "claim", "supposition", "consideration"} {
		if _, ok := rd.has(ts, from, to, rd.marks[mark]...); ok {
			return true
		}
	}
	return false
}

// detachedOpeners are the words that open a phrase that sets a sentence's time or its
// place in the story: "In those years,", "Meanwhile,", "By then,".
var detachedOpeners = map[string]bool{"in": true, "on": true, "at": true, "during": true, "throughout": true, "by": true,
	"since": true, "until": true, "after": true, "before": true, "within": true, "over": true, "from": true, "for": true,
	"early": true, "late": true, "that": true, "this": true, "those": true, "meanwhile": true, "later": true, "then": true,
	"eventually": true, "soon": true, "subsequently": true, "initially": true, "earlier": true, "thereafter": true,
	"afterwards": true, "afterward": true, "however": true, "moreover": true, "nevertheless": true, "nonetheless": true,
	"likewise": true, "similarly": true, "instead": true, "finally": true, "again": true, "still": true, "once": true,
	"when": true, "while": true, "as": true, "meantime": true, "next": true, "first": true}

// phrasePreps are the prepositions after which a phrase names what sets its time: "after
// the fall of the city", "in the wake of the offensive".
var phrasePreps = map[string]bool{"of": true, "in": true, "on": true, "at": true, "by": true, "for": true, "from": true,
	"with": true, "into": true, "to": true, "between": true, "against": true, "under": true, "amid": true, "across": true,
	"following": true, "among": true, "during": true, "after": true, "before": true}

// backReferences refer back to an actor named before: a phrase that holds one is no mere setting.
var backReferences = map[string]bool{"it": true, "its": true, "they": true, "their": true, "them": true, "he": true,
	"his": true, "him": true, "she": true, "her": true, "we": true, "our": true, "us": true, "i": true, "my": true}

// detached returns a sentence's words and mentions past a phrase that only sets its time
// (detachedOpening) and without an aside on the name that opens it (subjectAside), the
// mentions' positions moved to match.
func (rd *Reader) detached(ts []token, ms []mention) ([]token, []mention) {
	if k := rd.detachedOpening(ts, ms); k > 0 {
		ts, ms = cut(ts, ms, 0, k)
	}
	if from, to := rd.subjectAside(ts, ms); to > from {
		ts, ms = cut(ts, ms, from, to)
	}
	// "... the Sudanese army disarmed its units. → ELF-RC, Falul.": a glossary's
	// cross-reference after an arrow names what to look up, no party of the sentence.
	if k := slices.IndexFunc(ts, func(t token) bool { return strings.ContainsAny(t.pre, "→⇒") }); k > 0 {
		ts, ms = ts[:k], slices.DeleteFunc(slices.Clone(ms), func(m mention) bool { return m.end > k })
	}
	return ts, ms
}

// subjectAside returns the words [from, to) of an aside on the name that opens a
// sentence, before its verb, that names no one, neither negates nor hedges and tells
// nothing the reader reads elsewhere: "JEM, long a force in Darfur, signed", "Déby (see
// above) took power". The sentence reads as without it. Else from == to.
func (rd *Reader) subjectAside(ts []token, ms []mention) (from, to int) {
	if len(ms) == 0 || ms[0].first > 1 || ms[0].first == 1 && !determiners[ts[0].word] {
		return 0, 0
	}
	from, to = ms[0].end, asideAfter(ts, ms[0])
	if to <= from || to >= len(ts) || ts[to].upper || ts[to].word == "and" || ts[to].word == "or" ||
		slices.ContainsFunc(ms[1:], func(m mention) bool { return m.first < to }) {
		return 0, 0
	}
	if rd.reserved(ts, from, to) {
		return 0, 0
	}
	// Nor one that tells what the name is or did, read elsewhere: a relative clause
	// ("Ibrahim Abboud, who seized power in November 1958,"), a description ("Son Sann,
	// an elderly former banker,"), a post ("Abdul Jalil, the former justice minister,").
	if relativeWords[ts[from].word] || describing(ts, from, to) || slices.ContainsFunc(ts[from:to], func(t token) bool { return backReferences[t.word] }) {
		return 0, 0
	}
	for j := from; j < to; j++ {
		if rd.titleAt(ts, j) > 0 || slices.ContainsFunc([]int{1, 2, 3}, func(n int) bool { return j+n <= to && rd.statePost(ts[j:j+n]) }) {
			return 0, 0
		}
	}
	return from, to
}

// cut returns the words without those in [from, to), and the mentions, none of which
// stands there, moved to match.
func cut(ts []token, ms []mention, from, to int) ([]token, []mention) {
	out := append(append([]token(nil), ts[:from]...), ts[to:]...)
	if from == 0 {
		out[0].pre = ""
	} else {
		out[from].pre = " "
	}
	moved := make([]mention, len(ms))
	for i, m := range ms {
		moved[i] = m
		if m.first >= to {
			moved[i].first, moved[i].end = m.first-(to-from), m.end-(to-from)
		}
	}
	return out, moved
}

// gapText returns the text between token k-1 and token k: the words' own punctuation,
// or, where the reader cut an aside out between them (cut) or read a colon as a comma
// (glossed), the token's.
func gapText(d *Document, ts []token, k int) string {
	if gap := d.Text[ts[k-1].end:ts[k].start]; !strings.ContainsFunc(gap, unicode.IsLetter) && !(strings.Contains(gap, ":") && !strings.Contains(ts[k].pre, ":")) {
		return gap
	}
	return ts[k].pre
}

// glossed returns the words of a glossary's or a who's who's entry, a name and a colon
// before what it is ("MNLF: Moro National Liberation Front, led by Nur Misuari", "Fidel
// V. Ramos: President since 1992"), with the colon read as the comma of an apposition,
// so that what follows speaks of the name. Not a speaker's words after their name ("SISON:
// We never", "GONZÁLEZ: The Government has"): the words up to the first stop after the
// colon hold no pronoun and no verb.
func (rd *Reader) glossed(ts []token, ms []mention) []token {
	rd.entryHead = entryHeadword(ts, ms)
	if len(ms) == 0 || ms[0].first > 1 || ms[0].first == 1 && ts[0].word != "the" || ms[0].end+1 >= len(ts) {
		return ts
	}
	// The colon after the name, or inside the mention where the entry spells the name
	// out after it ("MNLF: Moro National Liberation Front").
	k := slices.IndexFunc(ts[ms[0].first+1:ms[0].end+1], func(t token) bool { return strings.TrimSpace(t.pre) == ":" }) + ms[0].first + 1
	if k == ms[0].first || determiners[ts[k].word] && rd.kinds[ms[0].id] == "individual" {
		return ts // not a speaker's label: "Mr. GALLACHER: The Basque Government ... stood by"
	}
	for j := ms[0].first; j < k; j++ {
		if ts[j].caps && len(ts[j].word) > 4 && j > ms[0].first {
			return ts // "Mr. GALLACHER:", a verbatim record's speaker
		}
	}
	for j := k; j < len(ts) && (j == k || !strings.ContainsAny(ts[j].pre, ",;:.()")); j++ {
		if w := ts[j].word; backReferences[w] || auxiliaries[w] || pastVerbs[w] || strings.HasSuffix(w, "ed") && j > k {
			return ts
		}
	}
	ts = slices.Clone(ts)
	ts[k].pre = ", "
	return ts
}

// entryHeadword returns the actor a paragraph's first sentence names and nothing else, but
// for a gloss in brackets: the headword of an entry in a glossary, a who's who or a
// dictionary ("ELF.", "Derg (Amh. ደርግ, "committee").", "Hamid Idris Awate."); else "".
func entryHeadword(ts []token, ms []mention) string {
	if len(ms) == 0 || ms[0].first > 1 || ms[0].first == 1 && ts[0].word != "the" {
		return ""
	}
	if ms[0].end < len(ts) && (!strings.Contains(ts[ms[0].end].pre, "(") ||
		slices.ContainsFunc(ts[ms[0].end+1:], func(t token) bool { return strings.Contains(t.pre, ")") })) {
		return ""
	}
	return ms[0].id
}

// entryPronouns gives an entry's headword (entryHead) the pronouns of its kind that the
// entry's sentences hold: "ELF. ... Egypt gave it offices and airtime .... It crushed the
// ELM in 1965" (the ELF, not Egypt), "Second Revolutionary Army. The Ethiopian army's
// command in Eritrea .... Its commander, Major-General Demissie Bulto" (the army's, not
// Ethiopia's).
func (rd *Reader) entryPronouns(ts []token, ms []mention) []mention {
	head := rd.entryHead
	if head == "" {
		return ms
	}
	person := rd.kinds[head] == "individual"
	for k, m := range ms {
		if m.first < 0 || m.end-m.first != 1 || m.id == head {
			continue
		}
		switch ts[m.first].word {
		case "he", "him", "his":
			if person {
				ms[k].id = head
			}
		case "it", "its":
			if !person && rd.kinds[head] != "" {
				ms[k].id = head
			}
		}
	}
	return ms
}

// itsOwner returns whom "its" stands for where its sentence names no one before it: an
// entry's headword where that is a body, else the sentence before's subject.
func (rd *Reader) itsOwner() string {
	if rd.entryHead != "" && rd.kinds[rd.entryHead] != "individual" {
		return rd.entryHead
	}
	return rd.said
}
