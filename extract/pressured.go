package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// pressurePhrase reads a sentence that opens with a phrase of pressure from others, after
// at most an opening time or place and a comma ("There, under heavy pressure from Washington, whose
// deputy secretary of state, Robert Zoellick, flew in, and from London, Minawi signed";
// "Under pressure from the Americans, from Tehran and, not least, from the clerics of
// Najaf, the prime minister gave way"; "Under pressure from Washington, and with
// Belgrade's consent, Croatian and Serb representatives negotiated"). It returns the
// indexes in ms of the agents after each "from", and the token where the main clause
// starts, past the commas of the phrase's own further agents, asides and relative
// clauses.
func pressurePhrase(ts []token, ms []mention) (agents []int, end int, ok bool) {
	k := 0 // "under", or after an opening time or place and its comma ("There, under", "In May 2006, under")
	for k < len(ts) && k <= 4 && !(ts[k].word == "under" && (k == 0 || strings.TrimSpace(ts[k].pre) == ",")) {
		k++
	}
	if k >= len(ts) || k > 4 || slices.ContainsFunc(ms, func(m mention) bool { return m.first >= 0 && m.first < k }) {
		return nil, 0, false // "Pakistan agreed, under pressure from Washington, to pull back": no opening
	}
	p := k + 1
	for p < len(ts) && p <= k+3 && !pressureNouns[ts[p].word] {
		p++
	}
	if ts[k].word != "under" || p+1 >= len(ts) || !pressureNouns[ts[p].word] || ts[p+1].word != "from" {
		return nil, 0, false
	}
	end, relative := -1, false
	for t := p + 2; t < len(ts) && end < 0; t++ {
		if strings.ContainsAny(ts[t].pre, ";:()") {
			return nil, 0, false
		}
		if !strings.Contains(ts[t].pre, ",") {
			continue
		}
		w := ts[t].word
		switch {
		case w == "and" || w == "from":
			relative = false // ", and from London": another agent
		case w == "whose" || w == "which" || w == "who":
			relative = true
		case pressureGoesOn[w]:
		case listGoesOn(ts, ms, t):
		case relative && (ts[t].upper || !ts[t].upper && !determiners[w]):
			// "whose deputy secretary of state, Robert Zoellick, flew in": the clause's
			// apposition and its verb.
		default:
			end = t
		}
	}
	if end < 0 {
		return nil, 0, false
	}
	for t := p + 1; t < end; t++ {
		if ts[t].word != "from" {
			continue
		}
		for i, m := range ms {
			if m.first == t+1 || m.first == t+2 && determiners[ts[t+1].word] {
				for _, g := range group(ts, ms, i, +1) {
					if g.first < end {
						agents = append(agents, slices.IndexFunc(ms, func(o mention) bool { return o.first == g.first && o.id == g.id }))
					}
				}
				// "from MONUC, the United States and South Africa,": each item right after
				// the one before, past a comma or "and".
				for j := i + 1; j < len(ms) && ms[j].first < end && nextItem(ts, ms[j-1], ms[j]); j++ {
					if !slices.Contains(agents, j) {
						agents = append(agents, j)
					}
				}
				break
			}
		}
	}
	return agents, end, true
}

// pressureGoesOn are the words after a comma that go on with a phrase of pressure: its
// further agents ("and from", "not least from", "above all from") and what else comes
// with it ("and with Belgrade's consent").
var pressureGoesOn = map[string]bool{"not": true, "above": true, "especially": true, "notably": true, "including": true, "with": true,
	"as": true, "in": true, "at": true, "among": true}

// pressured proposes the coercion a sentence's opening phrase of pressure states, by each
// agent after "from" on the main clause's subject, where a name opens that clause (the
// clause's other readings leave the phrase's names out: fronted in group).
func (rd *Reader) pressured(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	agents, end, ok := pressurePhrase(ts, ms)
	if !ok {
		return nil
	}
	subject := slices.IndexFunc(ms, func(m mention) bool { return m.first >= end && m.first <= end+2 })
	if subject < 0 || rd.kinds[ms[subject].id] == "" {
		return nil
	}
	var out []Proposal
	for _, a := range agents {
		if a < 0 || ms[a].id == ms[subject].id || rd.kinds[ms[a].id] == "" {
			continue
		}
		t := alliances.Tie{Subject: ms[a].id, Object: ms[subject].id, Kind: alliances.Coercion, Status: alliances.Reported}
		cues := []string{"cue: under pressure from", "fronted: the pressure of each agent after \"from\", on the subject of the clause after the phrase"}
		if prop, ok := rd.finish(d, p, s, t, cues, valid, timeCue, 0.7); ok {
			out = append(out, prop)
		}
	}
	return out
}

// mainClause keeps, of a sentence opened by a phrase of pressure, the names and the cues of
// its main clause, which the phrase's agents do not act in (the pressure is read by
// pressured); of any other sentence, all.
func mainClause(ts []token, ms []mention, spans []cueSpan) ([]mention, []cueSpan) {
	_, end, ok := pressurePhrase(ts, ms)
	if !ok {
		return ms, spans
	}
	return slices.DeleteFunc(slices.Clone(ms), func(m mention) bool { return m.first < end }),
		slices.DeleteFunc(slices.Clone(spans), func(c cueSpan) bool { return c.first < end })
}

// listGoesOn reports whether the name at token t (after its article) goes on the list of a
// phrase of pressure's agents: more names joined to it by "and" and a comma after them
// ("Under pressure from MONUC, the United States and South Africa, Nkunda pulled his men
// back"), not the main clause's subject ("Under pressure from MONUC, the United States
// pulled out").
func listGoesOn(ts []token, ms []mention, t int) bool {
	i := slices.IndexFunc(ms, func(m mention) bool { return m.first == t || m.first == t+1 && determiners[ts[t].word] })
	if i < 0 {
		return false
	}
	for j := i + 1; j < len(ms) && nextItem(ts, ms[j-1], ms[j]); j++ {
		if m := ms[j]; ts[ms[j-1].end].word == "and" {
			// The list's last item, and the main clause's subject after its comma: not
			// "under pressure from South Africa, the RCD and the MLC, both backed by ..., signed".
			return m.end < len(ts) && strings.TrimSpace(ts[m.end].pre) == "," && ts[m.end].upper && slices.ContainsFunc(ms, func(o mention) bool { return o.first == m.end })
		}
	}
	return false
}

// nextItem reports whether b is the item of a list right after a: nothing but a comma,
// "and" and an article between them.
func nextItem(ts []token, a, b mention) bool {
	k := a.end
	if k < b.first && ts[k].word == "and" {
		k++
	}
	if k < b.first && determiners[ts[k].word] {
		k++
	}
	return a.first >= 0 && k == b.first && a.end < len(ts) && (strings.TrimSpace(ts[a.end].pre) == "," || ts[a.end].word == "and")
}
