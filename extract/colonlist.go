package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// colonList reads the objects a cue names as a list after a colon, past a plural noun of
// their kind: "Khartoum sheltered, armed and financed a succession of Chadian rebel
// movements: first Mahamat Nour's United Front for Change, then the Union of Forces for
// Democracy and Development of Mahamat Nouri, and the Rally of Forces for Change" (the
// Darfur feature's ¶6); "the army organised, armed and paid a network of pro-Indonesian
// militias: Aitarak in Dili ... and Besi Merah Putih in Liquiça" (the East Timor
// article's ¶11). Each is the cue's object, its subject the sentence's. Not "for a
// reason: ...", whose noun is no plural of those listed.
func (rd *Reader) colonList(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	colon := slices.IndexFunc(ts, func(t token) bool { return strings.Contains(t.pre, ":") })
	if out := rd.colonSubjects(d, p, s, ts, ms, spans, colon, valid, timeCue); out != nil {
		return out
	}
	if colon < 2 || !pluralBeforeColon(ts[colon-1].word) || len(ms) < 2 {
		return nil
	}
	c := -1 // the last cue before the colon ("The Platform grouped pro-government forces:" is no help)
	for i, sp := range spans {
		if sp.end <= colon {
			c = i
		}
	}
	// (The noun before the colon is no cue: "pro-government forces:".)
	if c < 0 || spans[c].end >= colon || colon-spans[c].end > 10 || spans[c].cue.passive || !listedKinds[spans[c].cue.kind] ||
		slices.ContainsFunc(ts[spans[c].end:colon], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
		return nil
	}
	subj := subject(ts, ms)
	if ms[subj].first < 0 || ms[subj].end > spans[c].first || rd.kinds[ms[subj].id] == "" {
		return nil
	}
	// "the other's rebels: Zaire was to drop the Flec and the FNLA, Angola the Katangese
	// gendarmes": a clause after the colon, its subject no item.
	if k := slices.IndexFunc(ms, func(m mention) bool { return m.first >= colon }); k >= 0 && ms[k].end < len(ts) && verbAfter(ts, ms[k].end) {
		return nil
	}
	st := statement{c: spans[c], ms: ms, li: subj, ri: -1, spans: spans, why: []string{"cue: " + spans[c].cue.text, "listed: the objects after the colon"}, listed: true}
	for i := range ms {
		m := &ms[i]
		if m.first < colon {
			continue
		}
		if strings.ContainsAny(ts[m.first].pre, ";") || slices.ContainsFunc(ts[colon+1:max(m.first, colon+1)], func(t token) bool { return strings.ContainsAny(t.pre, ";") }) {
			break
		}
		before := ""
		if m.first > 0 {
			before = ts[m.first-1].word
		}
		// Not the leader after "of", a possessor, nor a place after "in".
		if rd.kinds[m.id] == "individual" || rd.kinds[m.id] == "" || ts[m.end-1].possessive || before == "of" || placePreps[before] || m.id == ms[subj].id {
			continue
		}
		if st.ri < 0 {
			st.ri = i
		}
		st.pairs = append(st.pairs, [2]*mention{&ms[subj], m})
	}
	if len(st.pairs) < 2 {
		return nil // one name after a colon may be anything: a quotation, an example
	}
	return rd.proposals(d, p, s, ts, &st, valid, timeCue)
}

// colonSubjects reads the subjects a list after a colon gives a cue whose subject is a
// plural noun of their kind and whose object is named before the colon: "The lasykar
// militias fought beside the army: Pesindo, ...; Hizbullah, ...; and the Barisan Banteng"
// (indonesia-1945 ¶4). The items are set apart by semicolons where the list has any
// (each may hold an apposition), else by commas and "and".
func (rd *Reader) colonSubjects(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, colon int, valid, timeCue string) []Proposal {
	if colon < 3 || len(ms) < 3 || spans == nil {
		return nil
	}
	ci := slices.IndexFunc(spans, func(sp cueSpan) bool { return sp.end < colon && !sp.cue.passive })
	if ci < 0 {
		return nil
	}
	c := spans[ci]
	obj := slices.IndexFunc(ms, func(m mention) bool { return m.first >= c.end && m.first <= c.end+1 && m.end <= colon })
	if obj < 0 || c.first < 1 || !pluralBeforeColon(ts[c.first-1].word) || slices.ContainsFunc(ms, func(m mention) bool { return m.first >= 0 && m.first < c.first }) ||
		c.cue.kind != alliances.Cooperation && c.cue.kind != alliances.Alliance && !listedKinds[c.cue.kind] {
		return nil
	}
	semicolons := slices.ContainsFunc(ts[colon:], func(t token) bool { return strings.Contains(t.pre, ";") })
	opens := func(k int) bool { // an item begins at token k, past its "and" and "the"
		and := false
		for k-1 >= colon && (ts[k-1].word == "the" || ts[k-1].word == "and") && !strings.ContainsAny(ts[k].pre, ",;:") {
			k--
			and = and || ts[k].word == "and"
		}
		return k == colon || strings.Contains(ts[k].pre, ";") || !semicolons && (strings.Contains(ts[k].pre, ",") || and)
	}
	st := statement{c: c, ms: ms, li: -1, ri: obj, spans: spans, why: []string{"cue: " + c.cue.text, "listed: the subjects after the colon"}, listed: true}
	for i := range ms {
		m := &ms[i]
		if m.first < colon || !opens(m.first) || rd.kinds[m.id] == "individual" || rd.kinds[m.id] == "" || ts[m.end-1].possessive || m.id == ms[obj].id {
			continue
		}
		if st.li < 0 {
			st.li = i
		}
		st.pairs = append(st.pairs, [2]*mention{m, &ms[obj]})
	}
	if len(st.pairs) < 2 {
		return nil
	}
	return rd.proposals(d, p, s, ts, &st, valid, timeCue)
}

// listedKinds are the kinds of the cues whose object a list after a colon may give.
// (Not cooperation: "had joined the militant groups: the Tigers, TELO, ..." makes members.)
var listedKinds = map[alliances.Kind]bool{alliances.Support: true, alliances.Hostility: true, alliances.Coercion: true, alliances.Opposition: true}

// pluralBeforeColon reports whether a word before a colon is a plural noun of those listed after
// it: "movements", "militias", "groups", "factions".
func pluralBeforeColon(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 && !stopNouns[w]
}

// stopNouns end in "s" and name no one listed: "as follows:", "this:", "reasons:".
var stopNouns = map[string]bool{"follows": true, "reasons": true, "terms": true, "its": true, "his": true, "was": true, "is": true,
	"has": true, "words": true, "lines": true, "says": true, "news": true, "results": true, "means": true}

// statesInBrackets reads the states a coalition's or an international body's name lists
// in brackets after it, each its member: "the Contadora Group (Mexico, Colombia,
// Venezuela and Panama) sought from 1983 a regional settlement" (the Guatemala release's
// ¶14).
func (rd *Reader) statesInBrackets(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for b, m := range ms {
		k := m.end
		if m.first < 0 || k >= len(ts) || !strings.Contains(ts[k].pre, "(") || rd.kinds[m.id] != "coalition" && rd.kinds[m.id] != "international-organization" {
			continue
		}
		a := slices.IndexFunc(ms, func(o mention) bool { return o.first == k || o.first == k+1 && ts[k].word == "the" })
		if a < 0 {
			continue
		}
		g := group(ts, ms, a, +1)
		last := g[len(g)-1]
		if len(g) < 2 || slices.ContainsFunc(g, func(o *mention) bool { return rd.kinds[o.id] != "state" }) || last.end >= len(ts) || !strings.Contains(ts[last.end].pre, ")") {
			continue
		}
		c := cueSpan{cue: cue{words: []string{"("}, kind: alliances.Membership, text: "members of"}, first: k, end: k}
		st := statement{c: c, ms: ms, li: a, ri: b, spans: spans, why: []string{"cue: the states in brackets after a coalition's name"}, listed: true}
		for _, o := range g {
			st.pairs = append(st.pairs, [2]*mention{o, &ms[b]})
		}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	// "Argentina, Brazil and Chile (the ABC powers) offered to mediate": the coalition's
	// name in brackets after the list of its states.
	for b, m := range ms {
		start := m.first
		if start >= 1 && ts[start].word != "the" && ts[start-1].word == "the" {
			start-- // the name's article
		}
		if b == 0 || start < 1 || m.end >= len(ts) || !strings.Contains(ts[start].pre, "(") || !strings.Contains(ts[m.end].pre, ")") ||
			rd.kinds[m.id] != "coalition" && rd.kinds[m.id] != "international-organization" || ms[b-1].end != start {
			continue
		}
		g := group(ts, ms, b-1, -1)
		if len(g) < 2 || slices.ContainsFunc(g, func(o *mention) bool { return rd.kinds[o.id] != "state" }) {
			continue
		}
		c := cueSpan{cue: cue{words: []string{"("}, kind: alliances.Membership, text: "members of"}, first: start, end: start}
		st := statement{c: c, ms: ms, li: b - 1, ri: b, spans: spans, why: []string{"cue: a coalition's name in brackets after its states"}, listed: true}
		for _, o := range g {
			st.pairs = append(st.pairs, [2]*mention{o, &ms[b]})
		}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// statesApposed proposes the membership of each state a list names in apposition to a
// coalition's name, after it ("the Frontline States, Tanzania, Zambia and, from 1980,
// Zimbabwe, denounced linkage") or before it ("operating with Mauritania, Mali, Niger,
// Burkina Faso and Chad, the so-called G5 Sahel"): two states or more, the apposition
// closed by a comma or the sentence's end, no relative clause after it ("the African
// Union, Ethiopia and Kenya, which ..." names three), and "and" before its last.
func (rd *Reader) statesApposed(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	closed := func(end int) bool {
		if end >= len(ts) {
			return true
		}
		return strings.TrimSpace(ts[end].pre) == "," && !relativeWords[ts[end].word] && !openingWords[ts[end].word] && ts[end].word != "and"
	}
	propose := func(g []*mention, b int, why string) {
		// A closed list, "and" before its last: "Japan, the United States, the European
		// Union, the World Bank and other donors" names the Union among the others.
		if len(g) < 2 || !listAnd(ts, g[len(g)-2].end, g[len(g)-1].first) ||
			slices.ContainsFunc(g, func(o *mention) bool { return rd.kinds[o.id] != "state" || o.id == ms[b].id }) {
			return
		}
		c := cueSpan{cue: cue{words: []string{","}, kind: alliances.Membership, text: "members of"}, first: ms[b].first, end: ms[b].first}
		st := statement{c: c, ms: ms, li: slices.IndexFunc(ms, func(o mention) bool { return o.first == g[0].first }), ri: b, spans: spans, why: []string{why}, listed: true}
		for _, o := range g {
			st.pairs = append(st.pairs, [2]*mention{o, &ms[b]})
		}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	for b, m := range ms {
		if m.first < 0 || rd.kinds[m.id] != "coalition" && rd.kinds[m.id] != "international-organization" {
			continue
		}
		// After the name: "the Frontline States, Tanzania, Zambia ..., denounced".
		if k := m.end; k < len(ts) && strings.TrimSpace(ts[k].pre) == "," {
			if a := slices.IndexFunc(ms, func(o mention) bool { return o.first == k || o.first == k+1 && ts[k].word == "the" }); a >= 0 {
				g := group(ts, ms, a, +1)
				if closed(g[len(g)-1].end) {
					propose(g, b, "cue: the states named in apposition after a coalition's name")
				}
			}
		}
		// Before it: "Mali, Niger and Chad, the so-called G5 Sahel".
		k := m.first
		for k > 0 && (ts[k-1].word == "the" || ts[k-1].word == "called" || ts[k-1].word == "so") && !strings.Contains(ts[k].pre, ",") {
			k--
		}
		if k == m.first || !strings.Contains(ts[k].pre, ",") || strings.TrimSpace(ts[k].pre) != "," || !closed(m.end) {
			continue
		}
		if z := slices.IndexFunc(ms, func(o mention) bool { return o.end == k }); z >= 0 {
			g := group(ts, ms, z, -1)
			slices.Reverse(g)
			propose(g, b, "cue: the states named in apposition before a coalition's name")
		}
	}
	return out
}
