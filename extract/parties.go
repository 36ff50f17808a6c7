package extract

// Who a cue's parties are where the nearest names are not: the subject of a relative
// clause, an apposition or a clause joined by "and"; the second party of "between";
// the teller of a report, who is none; the object a reader does not know.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// relativeSubject returns the subject of the cue at token cue when the cue is, or is
// the object of, a verb joined by "and" to the verb of a relative clause: the name the
// clause follows ("China, which started losing interest in the Taliban and developed
// concerns about X"), or, where the clause has a subject of its own, that subject, the
// name then the cue's object ("ISKP, which the Taliban have fought and voiced concerns
// about": the Taliban's concern, about ISKP). It returns -1, -1 otherwise, and obj -1
// where the object is the cue's own.
func relativeSubject(ts []token, ms []mention, cue int) (subj, obj int) {
	k := cue - 1
	if k >= 1 && lightVerbs[ts[k].word] {
		k--
	}
	if k < 2 || ts[k].word != "and" || strings.Contains(ts[k].pre, ",") {
		return -1, -1
	}
	for i := k - 1; i > 0; i-- {
		if strings.ContainsAny(ts[i].pre, ";:()") || strings.ContainsAny(ts[i+1].pre, ";:()") {
			return -1, -1
		}
		if (ts[i].word == "which" || ts[i].word == "who" || ts[i].word == "whom") && strings.Contains(ts[i].pre, ",") {
			antecedent := slices.IndexFunc(ms, func(m mention) bool { return m.end == i })
			if j := slices.IndexFunc(ms, func(m mention) bool { return m.first > i && m.first <= i+2 }); j >= 0 {
				return j, antecedent
			}
			return antecedent, -1
		}
	}
	return -1, -1
}

// lightVerbs carry a noun that is the cue: "developed concerns about", "voiced support
// for".
var lightVerbs = map[string]bool{"developed": true, "expressed": true, "voiced": true, "showed": true, "raised": true,
	"had": true, "gave": true, "offered": true, "provided": true, "pledged": true, "announced": true}

// andAfter returns the mention that stands right after the first "and" after mention a
// that another name follows at once, within twelve words and the same clause: the second
// party of "between A ... and B". A name given as an example of A's ("such as",
// "including") is passed over. It returns -1 where there is none.
func andAfter(d *Document, ts []token, ms []mention, a int) int {
	// "between" stands before A ("contacts between Taliban leaders such as ..."), not
	// after it ("friction within the Taliban between ...").
	k := ms[a].first - 1
	for k > 0 && determiners[ts[k].word] {
		k--
	}
	if k < 0 || ts[k].word != "between" {
		return -1
	}
	aside := false // A's description set off by commas: its own "and" is not the one
	for k := ms[a].end; k < len(ts) && k-ms[a].end <= 12; k++ {
		if k > ms[a].end && strings.ContainsAny(d.Text[ts[k-1].end:ts[k].start], ";:()[]—") {
			return -1
		}
		comma := strings.Contains(ts[k].pre, ",")
		if ts[k].word != "and" {
			aside = aside || comma
			continue
		}
		if aside && !comma {
			continue // "between the Taliban, whom Pakistan and Qatar pressed, and ..."
		}
		for j := a + 1; j < len(ms); j++ {
			if ms[j].first > k && ms[j].first <= k+2 && ms[j].id != ms[a].id {
				return j
			}
		}
	}
	return -1
}

// nonMember reports whether an actor is of a kind no one joins as a member: a state, an
// individual or a category.
func (rd *Reader) nonMember(id string) bool {
	k := rd.kinds[id]
	return k == "state" || k == "individual" || k == alliances.Category
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

// acts are the nouns of fighting that a group is joined in: "joined the Taliban
// offensive", "joined ISIL in clashes".
var acts = map[string]bool{"offensive": true, "offensives": true, "attack": true, "attacks": true, "assault": true, "clashes": true,
	"fighting": true, "fight": true, "battle": true, "battles": true, "operation": true, "operations": true, "campaign": true,
	"war": true, "raid": true, "raids": true, "siege": true, "advance": true, "push": true, "insurgency": true, "rebellion": true}

// possessives make the noun after them the possessor's: "its support to".
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// beforeRelative returns the mention a relative clause or an apposition follows when it,
// set off by commas, ends right before the cue at token cue (or before adverbs that
// come before it): "Iran, which had long opposed the Taliban, armed Jami'at", "Walid
// Jumblatt, leader of the Progressive Socialist Party, also called on Hezbollah". It
// returns -1 otherwise.
func (rd *Reader) beforeRelative(ts []token, ms []mention, cue int) int {
	for cue > 3 && !strings.Contains(ts[cue].pre, ",") && adverb(ts[cue-1].word) {
		cue--
	}
	if cue < 3 || !strings.Contains(ts[cue].pre, ",") || strings.ContainsAny(ts[cue].pre, ";:()") {
		return -1
	}
	for r := cue - 1; r > 0; r-- {
		if !strings.Contains(ts[r].pre, ",") {
			continue
		}
		// A relative clause, or an apposition: "Jami'at, a splinter group of the
		// Taliban, attacked Iran", "X, leader of Y, called on Z".
		if w := ts[r].word; w != "which" && w != "who" && w != "whose" && w != "a" && w != "an" && w != "the" && !rd.postAt(ts, r, cue) {
			return -1 // the comma before the cue closes something else
		}
		return slices.IndexFunc(ms, func(m mention) bool { return m.end == r })
	}
	return -1
}

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
	case "also", "later", "then", "again", "soon", "subsequently", "still", "once":
		return true
	}
	return strings.HasSuffix(w, "ly") && len(w) > 4
}

// adjectival are the words before a participle that make it an adjective.
// ("in a coordinated way" still tells how they acted).
var adjectival = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true}

// objectRelative returns, for a cue at token cue inside a relative clause whose pronoun
// is its object ("Jami'at, which the Taliban have fought since 2015"), the clause's
// subject and its antecedent; -1, -1 otherwise.
func objectRelative(ts []token, ms []mention, cue int) (subj, antecedent int) {
	if strings.Contains(ts[cue].pre, ",") {
		return -1, -1 // after the clause's closing comma
	}
	for i := cue - 1; i > 0; i-- {
		if strings.ContainsAny(ts[i].pre, ";:()") {
			return -1, -1
		}
		if !strings.Contains(ts[i].pre, ",") {
			continue
		}
		if w := ts[i].word; w != "which" && w != "whom" {
			return -1, -1
		}
		subj = slices.IndexFunc(ms, func(m mention) bool { return m.first > i && m.first <= i+2 && m.end <= cue })
		antecedent = slices.IndexFunc(ms, func(m mention) bool { return m.end == i })
		if subj < 0 || antecedent < 0 {
			return -1, -1
		}
		return subj, antecedent
	}
	return -1, -1
}

// withoutTellers drops the actors a sentence names as the tellers of what it says, who
// are no party to it, and a pronoun a list restates ("two of them, Iran and Pakistan"): "According to Iran, the Taliban attacked Jami'at", "Iran said the
// Taliban attacked Jami'at", "Iran told reporters that ...". What they are said to have
// done themselves is told by a pronoun ("Iran said it had armed the Taliban").
func withoutTellers(ts []token, ms []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		teller := m.first >= 2 && ts[m.first-2].word == "according" && ts[m.first-1].word == "to"
		for k := m.end; !teller && !ts[m.end-1].possessive && k < len(ts) && k <= m.end+1; k++ { // not "Barzani's stated intention"
			if tellerVerbs[ts[k].word] && k+1 < len(ts) && ts[k+1].word != "to" && !strings.ContainsAny(ts[k].pre, ",;:") {
				teller = true
			}
			if !strings.HasSuffix(ts[k].word, "ly") {
				break // "Iran reportedly said", not "Iran armed ... and said"
			}
		}
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

// tellerVerbs tell what another says: the actor before one of them is the teller ("claimed"
// is not one: a group that claims an attack claims its own).
var tellerVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "stated": true, "states": true,
	"reported": true, "reports": true, "argued": true, "noted": true,
	"added": true, "insisted": true, "acknowledged": true, "admitted": true, "alleged": true, "alleges": true}

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
		return true
	}
	return false
}
