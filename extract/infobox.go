package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// An encyclopedia article's infobox of a conflict, as its wikitext gives it (one
// parameter a line, its entries after "*" on the lines below): "| combatant1 = FARDC",
// "* Mai-Mai auxiliaries", "Supported by: Rwanda (alleged)", "| commander2 = Brig. Gen.
// Laurent Nkunda; Col. Jules Mutebutsi".

// infoboxParam is a parameter's line: its name, its number and its value.
var infoboxParam = regexp.MustCompile(`^\|\s*(combatant|commander)(\d)\s*=\s*(.*)$|^\|\s*[a-z_]+\d*\s*=`)

// infoboxEntry is one entry of a side's parameter: its span in the document, the side's
// number, whether it is a commander's, and whether it follows "Supported by:".
type infoboxEntry struct {
	start, end int
	side, line int
	commander  bool
	supporter  bool
}

// infoboxEntries cuts an infobox's parameters of combatants and commanders into their
// entries: each line after the parameter's own until the next parameter, each cut at ";"
// and ",", those after "Supported by:" its supporters.
func infoboxEntries(text string, base int) []infoboxEntry {
	var out []infoboxEntry
	side, commander, supporter := 0, false, false
	off, n := 0, 0
	for line := range strings.SplitAfterSeq(text, "\n") {
		at := off
		off += len(line)
		n++
		body := strings.TrimRight(line, "\n")
		if m := infoboxParam.FindStringSubmatchIndex(body); m != nil {
			side, supporter = 0, false
			if m[2] >= 0 {
				side, commander = int(body[m[4]]-'0'), body[m[2]:m[3]] == "commander"
				at += m[6]
				body = body[m[6]:]
			}
		}
		if side == 0 {
			continue
		}
		lead := len(body) - len(strings.TrimLeft(body, "*-: "))
		at, body = at+lead, body[lead:]
		cut := func(body string, at int) {
			from := 0
			for i := 0; i <= len(body); i++ {
				if i < len(body) && body[i] != ';' && body[i] != ',' {
					continue
				}
				if s, e := trimSpan(body, from, i); e > s {
					out = append(out, infoboxEntry{start: base + at + s, end: base + at + e, side: side, line: n, commander: commander, supporter: supporter})
				}
				from = i + 1
			}
		}
		// "PCJSS (Shanti Bahini); Supported by: India (alleged)": the side's, then its supporters'.
		if k := strings.Index(strings.ToLower(body), "supported by"); k >= 0 {
			cut(body[:k], at)
			supporter = true
			colon := strings.IndexAny(body[k:], ":")
			if colon < 0 {
				continue
			}
			at, body = at+k+colon+1, body[k+colon+1:]
		}
		cut(body, at)
	}
	return out
}

// readInfobox proposes the ties an infobox of a conflict gives: each side's combatants
// fight each other side's, stand allied with the first of their own, take support from
// those listed after "Supported by:" (alleged where "(alleged)" follows), and the
// commanders each side lists (and the men whose troops it lists: "Troops loyal to Laurent
// Nkunda") are members of its first combatant; a body named after a state and a colon is
// the state's ("Bangladesh: Bangladesh Army, Bangladesh Rifles").
func (rd *Reader) readInfobox(d *Document, p Paragraph) []Proposal {
	text := d.Text[p.Start:p.End]
	if !strings.Contains(text, "combatant1") || !strings.Contains(text, "combatant2") {
		return nil
	}
	type named struct {
		id   string
		e    infoboxEntry
		part string // the state a colon made it part of
	}
	var fighters, supporters, men []named
	state, line := "", 0 // the state a colon follows on the entry's line: "Bangladesh: Bangladesh Army, ..."
	for _, e := range infoboxEntries(text, p.Start) {
		ts := tokens(d.Text[e.start:e.end], e.start)
		ms := rd.mentionsAfter(ts, "", nil)
		if e.line != line {
			state, line = "", e.line
		}
		for i, m := range ms {
			if m.first < 0 || rd.kinds[m.id] == "" || rd.kinds[m.id] == alliances.Category {
				continue
			}
			n := named{id: m.id, e: e}
			if i == 0 && rd.kinds[m.id] == "state" && m.end < len(ts) && strings.Contains(ts[m.end].pre, ":") {
				state = m.id
			} else if state != "" {
				n.part = state
			}
			switch {
			case rd.kinds[m.id] == "individual" || e.commander:
				men = append(men, n)
			case e.supporter:
				supporters = append(supporters, n)
			default:
				fighters = append(fighters, n)
			}
		}
	}
	var out []Proposal
	date := infoboxDate(text)
	emit := func(subject, object string, kind alliances.Kind, e infoboxEntry, why string) {
		if subject == object || subject == "" || object == "" {
			return
		}
		entry := d.Text[e.start:e.end]
		t := alliances.Tie{Subject: subject, Object: object, Kind: kind, Status: alliances.Reported}
		cues := []string{why}
		if strings.Contains(strings.ToLower(entry), "alleged") {
			t.Status, cues = alliances.Alleged, append(cues, "hedge: (alleged)")
		}
		valid, cue := cellTime(entry), ""
		if valid != "" {
			cue = "time: " + entry
		} else if valid = date; valid != "" {
			cue = "time: the infobox's date"
		}
		if prop, ok := rd.finish(d, p, Span{e.start, e.end}, t, cues, valid, cue, 0.6); ok {
			out = append(out, prop)
		}
	}
	first := map[int]string{} // each side's first combatant
	for _, f := range fighters {
		if first[f.e.side] == "" {
			first[f.e.side] = f.id
		}
	}
	for i, a := range fighters {
		if a.part != "" {
			emit(a.id, a.part, alliances.Membership, a.e, "infobox: listed under "+a.part)
		} else if lead := first[a.e.side]; lead != a.id && !slices.ContainsFunc(fighters[:i], func(b named) bool { return b.id == lead && b.e == a.e }) {
			emit(a.id, lead, alliances.Alliance, a.e, "infobox: a combatant on the side of "+lead)
		}
		for _, b := range fighters[i+1:] {
			if b.e.side != a.e.side {
				emit(a.id, b.id, alliances.Hostility, b.e, "infobox: combatants of opposite sides")
			}
		}
	}
	for _, s := range supporters {
		for _, f := range fighters {
			if f.e.side == s.e.side && f.part == "" {
				emit(s.id, f.id, alliances.Support, s.e, "infobox: listed as supporting the side of "+f.id)
			}
		}
	}
	rank := func(n named) int { // the commanders' own entries first, with their times
		if n.e.commander {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(men, func(a, b named) int { return rank(a) - rank(b) })
	for _, m := range men {
		if rd.kinds[m.id] == "individual" {
			emit(m.id, first[m.e.side], alliances.Membership, m.e, "infobox: a commander of the side of "+first[m.e.side])
		}
	}
	return out
}

// infoboxDate returns the time an infobox's "date" parameter gives, by its years: "26 May
// – 9 June 2004" 2004, "1975–1997" 1975/1997; "" where it gives none.
func infoboxDate(text string) string {
	m := infoboxDateRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	var years []string
	for start, end := range yearsOf(m[1]) {
		years = append(years, m[1][start:end])
	}
	switch {
	case len(years) == 0 || strings.HasSuffix(years[0], "s"):
		return ""
	case len(years) == 1 || years[len(years)-1] == years[0]:
		return years[0]
	}
	return years[0] + "/" + years[len(years)-1]
}

// infoboxDateRE is an infobox's line of its date.
var infoboxDateRE = regexp.MustCompile(`(?m)^\|\s*date\s*=\s*(.*)$`)
