package extract

import (
	"slices"
	"strings"
)

// What "the force", "the mission", "the alliance" stand for: the organization named last
// whose own name holds the noun ("the East African Community Regional Force ... accused
// the force of cohabiting with the rebels"), as a report goes on naming one it has named
// in full. Not in the possessive ("the force's mandate"): read so it lost a held-out
// report a tie (docs/extraction.md); but before a post ("the alliance's spokesman").

// anaphoricBodies are the nouns of organizations that "the" and the noun alone may stand
// for, once the text has named one whose name holds the noun. ("the group", "the
// movement" and "the party" are the rules' pronouns: the sentence before's subject.)
var anaphoricBodies = map[string]bool{"force": true, "mission": true, "alliance": true, "coalition": true, "front": true, "council": true,
	"committee": true, "commission": true, "militia": true, "brigade": true, "division": true, "platform": true, "union": true,
	"league": true, "bloc": true, "network": true, "agency": true, "assembly": true, "organisation": true, "organization": true,
	"corps": true, "legion": true, "battalion": true, "regiment": true, "junta": true, "company": true, "firm": true}

// notBodyAfter are the words after "the front", "the union" that make a phrase of them, no
// body: "the front line", "on the front foot".
var notBodyAfter = map[string]bool{"line": true, "lines": true, "foot": true, "page": true, "pages": true, "row": true, "runner": true,
	"runners": true, "door": true, "office": true}

// unnamedBefore reports whether the sentence before token i speaks of a body of the noun
// that it does not name: "a trade mission", "a committee".
func unnamedBefore(ts []token, i int, noun string) bool {
	for k := 0; k < i; k++ {
		if ts[k].word == noun && slices.ContainsFunc(ts[max(k-3, 0):k], func(t token) bool { return indefinite(t.word) }) {
			return true
		}
	}
	return false
}

// firms are the nouns of a company, one for the other: "Executive Outcomes, a South
// African company ... the firm".
var firms = map[string]bool{"firm": true, "company": true}

// bodyAnaphora adds the mentions "the" and a noun of organizations make (anaphoricBodies)
// where no name is read there: of the organization named last, in the sentence before
// them or in the sentences before it, whose name holds the noun. Not "the front line",
// nor "at the front", a place of war.
func (rd *Reader) bodyAnaphora(ts []token, out []mention) []mention {
	rd.noteCalled(ts, out)
	var more []mention
	for i := 0; i+1 < len(ts); i++ {
		noun := ts[i+1].word
		if ts[i+1].possessive && i+2 < len(ts) && rd.titleAt(ts, i+2) > 0 {
			noun = strings.TrimSuffix(noun, "s") // "the alliance's spokesman": a post of the body's
		}
		if ts[i].word != "the" || !anaphoricBodies[noun] || strings.ContainsAny(ts[i+1].pre, ",;:()") {
			continue
		}
		if i+2 < len(ts) && (ts[i+2].upper && strings.TrimSpace(ts[i+2].pre) == "" || notBodyAfter[ts[i+2].word] ||
			ts[i+2].word == "of" && (i+3 >= len(ts) || !strings.HasSuffix(ts[i+3].word, "ing"))) {
			continue // "the Force Intervention Brigade", "the front line", "the union of two parties": no short form ("accused the force of cohabiting" is)
		}
		if noun == "front" && i > 0 && (placePreps[ts[i-1].word] || ts[i-1].word == "to" || ts[i-1].word == "from") {
			continue // "sent to the front"
		}
		if j := slices.IndexFunc(out, func(m mention) bool { return m.first <= i+1 && m.end > i }); j >= 0 {
			// "the junta" is the report's state's government, unless the text set the noun
			// beside a body's name ("formed a junta, the CNRDR"), or the sentence spoke of
			// another it does not name ("a Guinean junta seized power, and the junta signed").
			if out[j].id == rd.country && out[j].first >= i && out[j].end == i+2 && rd.calledSo(noun) {
				if unnamedBefore(ts, i, noun) {
					out[j].id = ""
				} else if id := rd.lastHolding(noun, out, i); id != "" {
					out[j].id = id
				}
			}
			continue // a name the reader knows: "the alliance" of the case's own
		}
		if unnamedBefore(ts, i, noun) {
			continue // "Iran sent a trade mission to Turkey; the mission signed deals": that one
		}
		if id := rd.lastHolding(noun, out, i); id != "" {
			more = append(more, mention{id, i + 1, i + 2}) // the noun, as a name after "the" is read
		}
	}
	out = slices.DeleteFunc(out, func(m mention) bool { return m.id == "" })
	if len(more) == 0 {
		return out
	}
	out = append(out, more...)
	slices.SortStableFunc(out, func(a, b mention) int { return a.first - b.first })
	return out
}

// lastHolding returns the organization named last before token i, in the sentence's
// mentions out or in the sentences before, whose names hold the word noun; "" where none.
func (rd *Reader) lastHolding(noun string, out []mention, i int) string {
	holds := func(id string) bool {
		k, w := rd.kinds[id], rd.nameWords[id]
		return k != "" && k != "individual" && k != "state" && (w[noun] || rd.called[id][noun] || firms[noun] && (w["firm"] || w["company"]))
	}
	for k := len(out) - 1; k >= 0; k-- {
		if out[k].end <= i && holds(out[k].id) {
			return out[k].id
		}
	}
	for k := len(rd.recent) - 1; k >= 0; k-- {
		if holds(rd.recent[k]) {
			return rd.recent[k]
		}
	}
	return ""
}

// calledSo reports whether the text set the noun beside a body's name (noteCalled).
func (rd *Reader) calledSo(noun string) bool {
	for _, nouns := range rd.called {
		if nouns[noun] {
			return true
		}
	}
	return false
}

// noteCalled notes the nouns of bodies the sentence sets beside an organization's name, in
// apposition: "the officers formed a junta, the National Committee for the Restoration of
// Democracy and the State (CNRDR)", "the CNRDR, a junta of officers": "the junta" stands
// for it after (bodyAnaphora).
func (rd *Reader) noteCalled(ts []token, out []mention) {
	note := func(id, noun string) {
		if k := rd.kinds[id]; k == "" || k == "individual" || k == "state" || rd.called == nil {
			return
		}
		if rd.called[id] == nil {
			rd.called[id] = map[string]bool{}
		}
		rd.called[id][noun] = true
	}
	for _, m := range out {
		if m.first < 0 {
			continue
		}
		// "a junta, the CNRDR": the noun after an article, with at most one word between.
		if k := m.first - 1; k >= 2 && ts[k].word == "the" && strings.Contains(ts[k].pre, ",") && anaphoricBodies[ts[k-1].word] &&
			(indefinite(ts[k-2].word) || k >= 3 && indefinite(ts[k-3].word) && !ts[k-2].upper) {
			note(m.id, ts[k-1].word)
		}
		// "the CNRDR, a junta of officers", "the CNRDR, a military junta".
		if k := m.end; k+1 < len(ts) && strings.Contains(ts[k].pre, ",") && indefinite(ts[k].word) {
			if anaphoricBodies[ts[k+1].word] {
				note(m.id, ts[k+1].word)
			} else if k+2 < len(ts) && !ts[k+1].upper && anaphoricBodies[ts[k+2].word] && !strings.ContainsAny(ts[k+2].pre, ",;:()") {
				note(m.id, ts[k+2].word)
			}
		}
	}
}

// paragraphBefore returns whom "he" opening a paragraph stands for where no sentence of
// its own has had a subject: the paragraph before's last subject, where that was a man
// and not the one skipped ("SEP 1940. War minister Morinigo is made president by the
// army chiefs after President Estigarribia dies", then "1942. He outlaws the Liberal
// Party": Morinigo, not the man named last).
func (rd *Reader) paragraphBefore(skip string) string {
	if len(rd.subjects) > 0 || rd.kinds[rd.lastSubject] != "individual" || rd.lastSubject == skip {
		return ""
	}
	return rd.lastSubject
}

// lastOf returns the last of ids, or "".
func lastOf(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[len(ids)-1]
}
