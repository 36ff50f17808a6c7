package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// possessedIts reads "Libya had been its principal patron" and "Rome was its main
// ally": a copula's subject, "its" or "their", and a noun of those who hold a tie with
// another (heldNouns); the other is the one "its" stands for: named before the subject in
// the sentence, else the subject of the sentence before ("By 1978 Uganda's army was weak.
// Libya had been its principal patron since 1972").
func (rd *Reader) possessedIts(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for k, t := range ts {
		if t.word != "its" && t.word != "their" {
			continue
		}
		j := k + 1
		for j < len(ts) && rd.grading(ts, j, k+1) {
			j++
		}
		if j >= len(ts) || strings.ContainsAny(ts[j].pre, ",;:()") {
			continue
		}
		kind, ok := heldNouns[ts[j].word]
		if !ok || slices.ContainsFunc(ts[k+1:j], func(t token) bool { return t.word == "former" || t.word == "erstwhile" || t.word == "old" }) {
			continue
		}
		i := -1 // the copula's subject
		for x := range ms {
			if ms[x].first >= 0 && ms[x].end <= k {
				i = x
			}
		}
		if i < 0 || !rd.copulaBetween(ts, ms[i].end, k) {
			continue
		}
		owner := ""
		for x := i - 1; x >= 0 && owner == ""; x-- {
			if ms[x].first >= 0 && ms[x].id != ms[i].id && rd.kinds[ms[x].id] != "individual" && rd.kinds[ms[x].id] != "category" {
				owner = ms[x].id
			}
		}
		for _, o := range []string{rd.said, rd.topic} {
			if owner == "" && o != "" && o != ms[i].id && rd.kinds[o] != "individual" && rd.kinds[o] != "category" {
				owner = o // "By 1978 the UA was an army in name more than in fact. Amin held it together ... Libya had been its principal patron"
			}
		}
		if owner == "" || owner == ms[i].id || rd.kinds[owner] == "individual" || rd.kinds[owner] == "category" || t.word == "their" && rd.kinds[owner] == "state" {
			continue // nor a state for "their": "The army's Unit 838 was their quartermaster", after China and the Khmer Rouge
		}
		its := mention{id: owner, first: k, end: k + 1}
		c := cueSpan{cue: cue{words: []string{ts[j].word}, kind: kind, text: ts[j].word}, first: j, end: j + 1}
		all := append(slices.Clone(ms), its)
		subject := &all[i]
		st := statement{c: c, ms: all, li: i, ri: len(all) - 1, spans: spans, why: []string{"cue: " + ts[j].word, "the copula's subject", "its: " + owner},
			pairs: [][2]*mention{{subject, &all[len(all)-1]}}}
		if proxyNouns[ts[j].word] { // "Hezbollah was its proxy": it supports Hezbollah
			st.pairs[0] = [2]*mention{&all[len(all)-1], subject}
		}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// possessedSource reads "the Soviet Union was the main source of Uganda's aircraft and
// armour": a copula's subject, a noun of the source of what is supplied, and the one
// whose supplies they are (support, of the subject to the possessor).
func (rd *Reader) possessedSource(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 1; i < len(ms); i++ {
		m := ms[i]
		if m.first < 3 || m.end >= len(ts) || !ts[m.end-1].possessive || ts[m.first-1].word != "of" || !sourceNouns[ts[m.first-2].word] || !supplyNouns[ts[m.end].word] {
			continue
		}
		start := m.first - 2 // the noun phrase of the source: "the main source"
		for start > 0 && rd.grading(ts, start-1, start-1) {
			start--
		}
		if start > 0 && (ts[start-1].word == "the" || ts[start-1].word == "a") {
			start--
		}
		subject := ms[i-1]
		if subject.first < 0 || subject.id == m.id || !rd.copulaBetween(ts, subject.end, start+1) {
			continue
		}
		k := m.first - 2
		c := cueSpan{cue: cue{words: []string{ts[k].word}, kind: alliances.Support, text: ts[k].word + " of"}, first: k, end: k + 1}
		st := statement{c: c, ms: ms, li: i - 1, ri: i, spans: spans, why: []string{"cue: " + ts[k].word + " of", "the copula's subject"},
			pairs: [][2]*mention{{&ms[i-1], &ms[i]}}}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// sourceNouns are the nouns of one a supply comes from: "the main source of Uganda's
// aircraft".
var sourceNouns = map[string]bool{"source": true, "sources": true, "supplier": true, "suppliers": true, "provider": true}

// possessedCommand reads a body a person's possessive and a noun of a force name in
// apposition: "Denikin's new command, the Armed Forces of South Russia", "Villa's army,
// the Division of the North": the person leads it.
func (rd *Reader) possessedCommand(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.first < 0 || a.end >= len(ts) || !ts[a.end-1].possessive || rd.kinds[a.id] != "individual" || rd.kinds[b.id] == "individual" || rd.kinds[b.id] == "state" {
			continue
		}
		k := a.end
		for k < b.first && (headGrades[ts[k].word] || ts[k].word == "own") {
			k++
		}
		if k >= b.first || !commandNouns[ts[k].word] || strings.ContainsAny(ts[k].pre, ",;:()") {
			continue
		}
		j := k + 1
		if j < b.first && ts[j].word == "the" {
			j++
		}
		if j != b.first || strings.TrimSpace(ts[k+1].pre) != "," {
			continue
		}
		t := alliances.Tie{Subject: a.id, Object: b.id, Kind: alliances.Membership, Role: alliances.Leader, Status: alliances.Reported}
		if prop, ok := rd.finish(d, p, s, t, []string{"his " + ts[k].word + ", named after it"}, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	return out
}

// commandNouns are the nouns of a force a person's possessive gives its leader: "Denikin's
// new command".
var commandNouns = map[string]bool{"command": true, "army": true, "forces": true, "force": true, "militia": true, "movement": true}

// postEnd returns where the post "its" at token its opens ends before a name at token
// first: the name itself, or the copula right before it, where nothing but the post
// stands between ("its commander was Mahdi al-Harati", "Its leader is Iyad Ag Ghali").
func postEnd(ts []token, its, first int) int {
	if first-2 > its && copulas[ts[first-1].word] && !strings.ContainsAny(ts[first-1].pre+ts[first].pre, ",;:()") {
		return first - 1
	}
	return first
}

// postOfAnother reports whether the n words at token i, a post's words alone (an
// individual's alias such as "Secretary-General"), stand before "of" and another body's
// name, in apposition to another man's name (out holds the mentions before): "Mr. Soro,
// Secretary-General of the FN," and "the Secretary-General of the FN, Mr. Soro," are the
// FN's, not the holder the alias names ("which made him First Chief of the
// Constitutionalist Army" is his).
func (rd *Reader) postOfAnother(ts []token, out []mention, id string, i, n int) bool {
	k := i + n
	if k+1 >= len(ts) || ts[k].word != "of" {
		return false
	}
	if only, posts, _ := rd.title(ts, i, i+n); !only || posts == 0 {
		return false
	}
	if ts[k+1].word == "the" {
		k++
	}
	if k+1 >= len(ts) || !ts[k+1].upper {
		return false
	}
	if last := len(out) - 1; last >= 0 && out[last].end == i && strings.TrimSpace(ts[i].pre) == "," && rd.kinds[out[last].id] == "individual" {
		return out[last].id != id // not "Dr. You Chan Yang, Ambassador of the Republic of Korea", the alias his own
	}
	k++ // past the body's name: "of the FN, Mr. Soro"
	for k < len(ts) && ts[k].upper && !strings.ContainsAny(ts[k].pre, ",;:()") {
		k++
	}
	return k+1 < len(ts) && strings.TrimSpace(ts[k].pre) == "," && ts[k].upper
}

// personApposed reports whether the post at token from stands in apposition to a person
// named right before it: "Señor Galo Plaza, a former President of Ecuador, Mr. Rajeshwar
// Dayal and Major-General Odd Bull" (Plaza's post, not the names after it).
func (rd *Reader) personApposed(ts []token, ms []mention, from int) bool {
	return from > 0 && strings.TrimSpace(ts[from].pre) == "," &&
		slices.ContainsFunc(ms, func(m mention) bool { return m.end == from && rd.kinds[m.id] == "individual" })
}
