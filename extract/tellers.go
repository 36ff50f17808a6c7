package extract

// Who only tells or stands aside: the teller of a claim ("according to Iran", "as the
// Taliban confirmed") and the companions of a demand set off by commas.

import (
	"slices"
	"strings"
)

// withoutTellers drops the actors a sentence names as the tellers of what it says, who
// are no party to it ("According to Iran, the Taliban attacked Jami'at", "Iran said the
// Taliban attacked Jami'at", "Iran told reporters that ..."), and a pronoun a list
// restates ("two of them, Iran and Pakistan"). What the tellers are said to have done
// themselves is told by a pronoun ("Iran said it had armed the Taliban").
func withoutTellers(ts []token, ms []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		teller := m.first >= 2 && ts[m.first-2].word == "according" && ts[m.first-1].word == "to" || tellsAfter(ts, m)
		// "Soleimani was killed in an airstrike, as the Taliban confirmed": the teller, at
		// the sentence's end.
		if k, a := m.end, m.first-1; !teller && k < len(ts) && (tellerVerbs[ts[k].word] || ts[k].word == "confirmed") &&
			(k+1 == len(ts) || strings.ContainsAny(ts[k+1].pre, ",;:")) && a > 0 && (ts[a].word == "as" || determiners[ts[a].word] && ts[a-1].word == "as") {
			teller = true
		}
		// "Pakistan armed the Taliban, Ghani said.": the teller after the last comma.
		if !teller && m.end == len(ts)-1 && reporting[ts[m.end].word] && strings.Contains(ts[m.first].pre, ",") {
			teller = true
		}
		// "Iran continues to fund Hamas, Western and Israeli officials say.": the tellers
		// in the last comma's clause, a list of their names and nouns before the verb.
		teller = teller || lastClauseTellers(ts, ms, m)
		// "Two of them, Iran and Pakistan, were backing the Taliban": the pronoun is
		// the list that follows it, which names them.
		restated := (ts[m.first].word == "them" || ts[m.first].word == "they") && m.end < len(ts) && strings.Contains(ts[m.end].pre, ",") &&
			slices.ContainsFunc(ms, func(o mention) bool { return o.first == m.end })
		if !teller && !restated {
			out = append(out, m)
		}
	}
	return out
}

// lastClauseTellers tells whether mention m stands in a sentence's last clause, set off
// by a comma, which holds only names, "and", their officials and a verb of telling that
// ends the sentence: "..., Western and Israeli officials say".
func lastClauseTellers(ts []token, ms []mention, m mention) bool {
	n := len(ts)
	if n < 3 || m.first < 1 || !reporting[ts[n-1].word] && ts[n-1].word != "say" {
		return false
	}
	open := -1
	for k := n - 1; k > 0; k-- {
		if strings.ContainsAny(ts[k].pre, ",;:") {
			open = k
			break
		}
	}
	if open < 0 || m.first < open || m.end > n-1 {
		return false
	}
	for k := open; k < n-1; k++ {
		named := slices.ContainsFunc(ms, func(o mention) bool { return o.first >= 0 && k >= o.first && k < o.end })
		if !named && ts[k].word != "and" && !tellerNouns[ts[k].word] && !(ts[k].upper && k+1 < n && tellerNouns[ts[k+1].word]) {
			return false
		}
	}
	return true
}

// tellerNouns are those who tell on behalf of a name before them: "Israeli officials say".
var tellerNouns = map[string]bool{"officials": true, "sources": true, "diplomats": true, "officers": true, "aides": true,
	"spokesmen": true, "ministers": true, "leaders": true, "analysts": true, "commanders": true, "security": true}

// toldTo reports whether the verb of telling at token k tells another to act, a demand
// its subject makes, not a claim it tells: "Khartoum told the UFR's leaders to leave
// Sudan".
func toldTo(ts []token, k int) bool {
	if ts[k].word != "told" && ts[k].word != "tells" {
		return false
	}
	for j := k + 1; j+1 < len(ts) && j <= k+6; j++ {
		if strings.ContainsAny(ts[j].pre, ",;:()") || ts[j].word == "that" {
			return false
		}
		if ts[j].word == "to" {
			return true
		}
	}
	return false
}

// tellerVerbs tell what another says: the actor before one of them is the teller ("claimed"
// is not one: a group that claims an attack claims its own).
var tellerVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "stated": true, "states": true,
	"reported": true, "reports": true, "argued": true, "noted": true,
	"added": true, "insisted": true, "acknowledged": true, "admitted": true, "alleged": true, "alleges": true}

// tellsAfter tells whether a mention is the subject of a verb of telling right after it
// ("Iran said the Taliban attacked Jami'at", "Iran reportedly said", "Moscow has long
// said"; not "Iran armed ... and said", nor "Barzani's stated intention").
func tellsAfter(ts []token, m mention) bool {
	for k := m.end; !ts[m.end-1].possessive && k < len(ts) && k <= m.end+2; k++ {
		if tellerVerbs[ts[k].word] && k+1 < len(ts) && ts[k+1].word != "to" && !strings.ContainsAny(ts[k].pre, ",;:") && !toldTo(ts, k) {
			return true
		}
		if k+1 < len(ts) && thatTellers[ts[k].word] && ts[k+1].word == "that" || parentheticalTeller(ts, k) == m.first {
			return true // "Smith argues that ...", "Thailand, Smith argues, sheltered"
		}
		if !strings.HasSuffix(ts[k].word, "ly") && !tellerAdverbs[ts[k].word] || strings.ContainsAny(ts[k].pre, ",;:") {
			return false
		}
	}
	return false
}

// tellerAdverbs are the words that may stand between a teller and its verb besides those
// in -ly: "Moscow has long said", "Kabul has always said".
var tellerAdverbs = map[string]bool{"has": true, "have": true, "had": true, "long": true, "always": true, "also": true, "often": true, "since": true, "again": true}

// asideEnd returns where an aside of companions right after token k-1 ends, the token
// after its closing comma (", along with the US and France, that"), or 0 where none
// opens there.
func asideEnd(ts []token, k int) int {
	if k+1 >= len(ts) || !strings.Contains(ts[k].pre, ",") || !(matchAt(ts, k, []string{"along", "with"}) || matchAt(ts, k, []string{"together", "with"}) || ts[k].word == "alongside") {
		return 0
	}
	for j := k + 2; j < min(len(ts), k+20); j++ {
		if strings.ContainsAny(ts[j].pre, ";:()") {
			return 0
		}
		if strings.Contains(ts[j].pre, ",") && ts[j].word == "that" {
			return j
		}
	}
	return 0
}

// accusation reads whether the cue at token at tells what one accuses another of:
// "Ghani accused Pakistan of sending fighters to help the Taliban", "Iran was accused of
// arming the Taliban". It returns the accuser's words where the sentence names them
// before the verb ("Ghani", "US officials").
func accusation(d *Document, ts []token, at int) (string, bool) {
	if k := accusingAt(ts, at); k >= 0 {
		return speakerBefore(d, ts, k), true
	}
	return "", false
}

// accusingAt returns where the verb of accusing stands whose "of" the cue at token at
// follows ("accused India of funding and arming the BLA"), or -1.
func accusingAt(ts []token, at int) int {
	of := -1
	for k := at - 1; k > 0 && at-k <= 3; k-- {
		if strings.ContainsAny(ts[k+1].pre, ",;:()") {
			break
		}
		if ts[k].word == "of" {
			of = k
			break
		}
	}
	if of < 1 {
		return -1
	}
	// "accusing it of refusing fuel to the army and of smuggling oil to Argentina": the
	// "of" of a second deed is the first's.
	for k := of - 2; of > 1 && ts[of-1].word == "and" && k > 0 && of-k <= 9 && !strings.ContainsAny(ts[k+1].pre, ",;:()"); k-- {
		if ts[k].word == "of" {
			of = k
			break
		}
	}
	// "accused the United States, the United Kingdom and Israel of backing it": past a
	// list's commas, to its "and".
	listed := slices.ContainsFunc(ts[max(0, of-14):of], func(t token) bool { return listJoint(t) })
	for k := of - 1; k >= 0 && (of-k <= 6 || listed && of-k <= 14); k-- {
		if !accusing[ts[k].word] {
			if strings.ContainsAny(ts[k].pre, ";:()") || strings.Contains(ts[k].pre, ",") && !slices.ContainsFunc(ts[k:of], func(t token) bool { return listJoint(t) }) {
				return -1
			}
			continue
		}
		return k
	}
	return -1
}

// speakerBefore returns the words that name who speaks before the verb at token k: the
// capitalized words right before it and their people's noun ("Ghani", "US officials",
// "Western intelligence officials"), or "" where none stands there.
func speakerBefore(d *Document, ts []token, k int) string {
	j := k
	for j > 0 && (ts[j-1].upper || accuserNouns[ts[j-1].word]) && !strings.ContainsAny(ts[j].pre, ",;:()") {
		j--
	}
	if j == k || k-j == 1 && expletives[ts[j].word] {
		return "" // "There were reports that": no one named
	}
	return strings.TrimSpace(d.Text[ts[j].start:ts[k-1].end])
}

// expletives are the words that open a sentence in a speaker's place without naming one.
var expletives = map[string]bool{"there": true, "it": true}

// accusing are the verbs of an accusation, whose "of" tells the accused's deed.
var accusing = map[string]bool{"accused": true, "accuses": true, "accuse": true, "accusing": true, "charged": true, "charges": true,
	"accusations": true, "accusation": true} // "exchanged accusations of backing"

// accuserNouns are the nouns that may end the name of an accuser: "US officials".
var accuserNouns = map[string]bool{"officials": true, "official": true, "sources": true, "source": true, "government": true, "officers": true,
	"spokesman": true, "security": true, "intelligence": true, "military": true, "senior": true, "diplomatic": true}

// toldBy reads whether the cue at token at is in what a teller before it tells: "The
// Guardian reported in May 2011 that the Iranian government was assisting", "a U.S.
// official said members of Iran's intelligence service were assisting". It returns the
// teller's words where the sentence names them before the verb.
func toldBy(d *Document, ts []token, at int) (string, bool) {
	for k := at - 1; k > 0; k-- {
		if strings.Contains(ts[k+1].pre, ";") {
			return "", false
		}
		if n := claimCopula(ts, k); n > 0 && k+1 < at {
			if possessives[ts[n-1].word] {
				return "", true // "Its case is that": whose, the sentence does not name
			}
			return strings.TrimSuffix(strings.TrimSuffix(speakerBefore(d, ts, n), "'s"), "’s"), true // "India's case is that"
		}
		if aside := parentheticalTeller(ts, k); aside > 0 {
			return speakerBefore(d, ts, k), true // "Thai officers, she claims, warned the Karen"
		}
		if !reporting[ts[k].word] && !(thatTellers[ts[k].word] && k+1 < at && ts[k+1].word == "that") || ts[k].upper || k+1 >= at || k > 0 && determiners[ts[k-1].word] {
			continue // not "an estimated 10,000 forces"
		}
		if instructed(ts, k, at) {
			continue // "the junta told ceasefire groups to turn their forces into": an order, nothing told
		}
		// What is told opens after the verb: "that"; or, after "said" and its like, a
		// clause at once ("said members of ... were assisting"), not "announced the end".
		opens := false
		for j := k + 1; j < min(at, k+6); j++ {
			if ts[j].word == "that" {
				opens = true
				break
			}
		}
		if !opens && (!saying[ts[k].word] || tellerPreps[ts[k+1].word] || strings.ContainsAny(ts[k+1].pre, ",;:()")) {
			continue // "reported to be", "said in a statement" without "that"
		}
		// The teller: the words before the verb (and its auxiliaries and adverbs).
		v := k
		for v > 0 && (auxiliaries[ts[v-1].word] || strings.HasSuffix(ts[v-1].word, "ly") && !ts[v-1].upper || ts[v-1].word == "also") {
			v--
		}
		return speakerBefore(d, ts, v), true // "" for "it was reported that"
	}
	return "", false
}

// thatTellers are the verbs of one who argues a case, a teller before "that": "Smith
// argues that Thailand sheltered the KNU" (not "claims the attack").
var thatTellers = map[string]bool{"argues": true, "argue": true, "contends": true, "contended": true, "claims": true,
	"claimed": true, "maintains": true, "maintained": true, "asserts": true,
	"believes": true, "believed": true, "writes": true, "concludes": true, "concluded": true}

// parentheticalTeller returns where the teller of a told sentence set off by commas
// opens, the verb of telling at k: "Thailand, Smith argues, sheltered", "Thai officers,
// she claims, warned"; else -1.
func parentheticalTeller(ts []token, k int) int {
	if k < 2 || k+1 >= len(ts) || !speech[ts[k].word] && !thatTellers[ts[k].word] || !strings.Contains(ts[k+1].pre, ",") {
		return -1
	}
	for j := k - 1; j > 0 && k-j <= 4; j-- {
		if strings.Contains(ts[j].pre, ",") {
			if strings.ContainsAny(ts[j].pre, ";:()") || !ts[j].upper && !pronounWords[ts[j].word] && ts[j].word != "he" && ts[j].word != "she" && !determiners[ts[j].word] {
				return -1
			}
			return j
		}
	}
	return -1
}

// saying are the verbs of telling whose told clause may follow without "that".
var saying = map[string]bool{"said": true, "says": true, "say": true, "stated": true, "states": true, "told": true, "reported": true, "reports": true}

// tellerPreps after a verb of telling open no told clause.
var tellerPreps = map[string]bool{"to": true, "by": true, "in": true, "on": true, "at": true, "for": true, "with": true, "of": true, "about": true}

// toldAfter returns the teller a sentence names at its end, after what it tells:
// "Pakistan armed the Taliban, Ghani said." The teller is the name after the last comma,
// a verb of telling after it, and the sentence's end. Or the statement whose words the
// cue at token cue stands in, quoted after a noun of a statement: 'Houthi statement fwd:
// "the Saudi regime lets Saleh's army use its territory"'.
func toldAfter(d *Document, ts []token, cue int) (string, bool) {
	for q := min(cue, len(ts)-1); q > 0; q-- {
		if strings.ContainsAny(ts[q].pre, "\"“”") {
			from := max(0, q-4)
			if k := slices.IndexFunc(ts[from+1:q], func(t token) bool { return strings.Contains(t.pre, ":") }); k >= 0 {
				from += k + 1 // "mo_sanaa: Houthi statement fwd:": the statement, not the chat's user
			}
			if slices.ContainsFunc(ts[from:q], func(t token) bool { return statementNouns[t.word] }) {
				return strings.TrimSpace(d.Text[ts[from].start:ts[q-1].end]), true
			}
			break
		}
	}
	n := len(ts)
	if n < 3 || !reporting[ts[n-1].word] {
		return "", false
	}
	j := n - 1
	for j > 0 && (ts[j-1].upper || accuserNouns[ts[j-1].word] || ts[j-1].word == "the") && !strings.Contains(ts[j].pre, ",") {
		j--
	}
	if j == n-1 || !strings.Contains(ts[j].pre, ",") {
		return "", false
	}
	return strings.TrimPrefix(strings.TrimSpace(d.Text[ts[j].start:ts[n-2].end]), "the "), true
}

// statementNouns are the nouns of a statement whose words a text quotes after them.
var statementNouns = map[string]bool{"statement": true, "communique": true, "communiqué": true, "declaration": true, "leaflet": true,
	"message": true, "tweet": true, "broadcast": true, "press": true, "release": true}

// reporting are the verbs by which a sentence tells what another said.
var reporting = map[string]bool{"said": true, "says": true, "say": true, "stated": true, "states": true, "reported": true, "reports": true,
	"told": true, "announced": true, "confirmed": true, "noted": true, "argued": true, "insisted": true, "acknowledged": true,
	"admitted": true, "wrote": true, "estimated": true, "asserted": true, "declared": true, "revealed": true}

// tells reports whether a verb of speech and "that" stand between tokens from and to:
// what follows is told, and the teller no party to it.
func tells(ts []token, from, to int) bool {
	for k := max(from, 0); k+1 < min(to, len(ts)); k++ {
		if ts[k+1].word == "that" && (speech[ts[k].word] || claimCopula(ts, k) > 0) {
			// Not "Minawi announced that his fighters would stand with the army".
			return !(k+3 < len(ts) && (ts[k+2].word == "its" || ts[k+2].word == "their" || ts[k+2].word == "his") && (forceNouns[ts[k+3].word] || ts[k+3].word == "men"))
		}
		// "the execution of a man it said had smuggled weapons to Hamas": a relative
		// clause told, its subject the noun before the teller.
		if speech[ts[k].word] && k+1 < to && ts[k+1].word == "had" && k > 0 && (ts[k-1].word == "it" || ts[k-1].word == "they") {
			return true
		}
		// "Opposition parties say plain-clothes SHIK men beat students": a clause told right
		// after its teller, without "that", its own subject a name before the cue.
		if k == from && sayWords[ts[k].word] && !strings.ContainsAny(ts[k].pre+ts[k+1].pre, ",;:(") && ts[k+1].word != "to" && ts[k+1].word != "so" && slices.ContainsFunc(ts[k+1:to], func(t token) bool { return t.upper }) {
			return true
		}
		// "Rebels claimed the captives were linked to the IRGC": a clause told without
		// "that", its subject a noun.
		if speech[ts[k].word] && determiners[ts[k+1].word] {
			for j := k + 2; j < min(k+5, to, len(ts)); j++ {
				if strings.ContainsAny(ts[j].pre, ",;:()") {
					break // "whose president denied the charge, has backed": the aside ends
				}
				if auxiliaries[ts[j].word] {
					return true
				}
				if ts[j].upper {
					break
				}
			}
		}
	}
	return false
}

// speech are the verbs that tell what another clause says.
var speech = map[string]bool{"said": true, "says": true, "stated": true, "states": true, "reported": true, "reports": true,
	"claimed": true, "claims": true, "believed": true, "believe": true, "believes": true, "announced": true, "confirmed": true,
	"alleged": true, "argued": true, "noted": true, "wrote": true, "suggested": true, "added": true, "insisted": true,
	"denied": true, "acknowledged": true, "admitted": true, "warned": true, "thought": true, "estimated": true,
	// An inquiry's findings: "It found that Paraguay declared war on Bolivia".
	"found": true, "finds": true, "concluded": true, "concludes": true, "determined": true, "established": true, "ruled": true}

// claimCopula returns where the noun of a claim stands whose content the "is that" at k
// opens, written after its owner's name: "The Government of India's case, set out in the
// report, is that the ISI trained militants" tells India's claim, as "India says that"
// would. It returns 0 where k opens no such clause.
func claimCopula(ts []token, k int) int {
	if k+1 >= len(ts) || ts[k+1].word != "that" || ts[k].word != "is" && ts[k].word != "was" {
		return 0
	}
	for n := k - 1; n > max(0, k-12); n-- {
		if claimNouns[ts[n].word] && (ts[n-1].possessive || possessives[ts[n-1].word]) && (n+1 == k || strings.Contains(ts[n+1].pre, ",")) {
			return n
		}
	}
	return 0
}

// claimNouns are the nouns of what a party holds: "its case is that", "his view was that".
var claimNouns = map[string]bool{"case": true, "view": true, "position": true, "claim": true, "contention": true, "argument": true,
	"submission": true, "account": true, "allegation": true, "belief": true, "assessment": true, "conclusion": true, "version": true}

// instructed reports whether "told" at token k, before the cue at token at, gives an order:
// its object, then "to" and a verb ("told ceasefire groups to turn their forces into
// Border Guard Forces"), before any "that".
func instructed(ts []token, k, at int) bool {
	if w := ts[k].word; w != "told" && w != "tells" && w != "telling" && w != "tell" {
		return false
	}
	for j := k + 1; j < min(at, k+7) && j+1 < len(ts); j++ {
		if ts[j].word == "that" || strings.ContainsAny(ts[j].pre, ",;:()") {
			return false
		}
		if ts[j].word == "to" && j > k+1 && !ts[j+1].upper && !determiners[ts[j+1].word] {
			return true
		}
	}
	return false
}

// accusedOf reports whether the pronoun at token i is the object of a deed one named after
// the verb is accused of: "accused the United States and Israel of backing it" (not
// "villages they accused of helping them", whose accused stand before).
func accusedOf(ts []token, i int) bool {
	if i < 2 || ts[i-2].word != "of" || !strings.HasSuffix(ts[i-1].word, "ing") {
		return false
	}
	v := accusingAt(ts, i-1)
	return v >= 0 && v < i-3
}

// accuserOf reports whether id accuses in the accusation whose deed's object is the
// pronoun at token i: the sentence's subject before the verb of accusing, or the name
// right before it ("Maoist leaders accuse royalists of backing them"). The pronoun is
// another; nor is it what one was described "as" before the verb.
func accuserOf(ts []token, out []mention, i int, id string) bool {
	if !accusedOf(ts, i) {
		return false
	}
	v := accusingAt(ts, i-1)
	return slices.ContainsFunc(out, func(m mention) bool {
		return m.id == id && m.end <= v && (m.end == v || m.first == out[0].first && opensSentence(ts, m.first) ||
			m.first > 0 && ts[m.first-1].word == "as") // nor one a name is described as: "described the rebels as Afar ... and accused Addis Ababa of letting them cross"
	})
}

// blamedList reports whether the list g is the object of a verb of accusing right before
// it ("Iran blames US and Israel after mosque bombing"): the accused, no two who fought
// each other.
func blamedList(ts []token, g []*mention) bool {
	if len(g) == 0 {
		return false
	}
	k := slices.MinFunc(g, func(a, b *mention) int { return a.first - b.first }).first - 1
	if k > 0 && determiners[ts[k].word] {
		k-- // "blames the United States and Israel"
	}
	return k >= 0 && (accusing[ts[k].word] || accusations[ts[k].word])
}

// sayWords are the verbs of saying that take a clause without "that" right after their
// teller: "Opposition parties say plain-clothes SHIK men beat students".
var sayWords = map[string]bool{"say": true, "says": true, "said": true, "allege": true, "alleges": true, "insist": true, "insists": true}
