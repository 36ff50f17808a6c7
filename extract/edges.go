package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// edgeRead reads a line of a link chart's edge list ("E02  BACAR -> FGA : commands (2001 -
// 03/08)"): of the ties read in the line, only those between its nodes stand, the names
// in its label ("per several Comorian officials") no parties; where none of them is the
// first node's, the node before the arrow (or the double dash: the first written) acts on
// the one after it by the label's first cue.
func (rd *Reader) edgeRead(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, found []Proposal, valid, timeCue string) []Proposal {
	text := d.Text[s.Start:s.End]
	if !arrowed(text) || !edgeLines(d.Text[p.Start:p.End]) {
		return found // an edge list's line, not prose with a dash and a colon
	}
	loc := edgeLineRE.FindStringSubmatchIndex(text)
	if loc == nil {
		return found
	}
	arrow, colon := s.Start+loc[2]-1, s.Start+loc[1]-2 // the space before the arrow; the label's colon
	var from, to []*mention
	for i := range ms {
		switch pos := ms[i].first; {
		case pos < 0:
		case ts[pos].start < arrow:
			from = append(from, &ms[i])
		case ts[pos].start < colon:
			to = append(to, &ms[i])
		}
	}
	nodes := map[string]bool{}
	for _, m := range append(slices.Clone(from), to...) {
		nodes[m.id] = true
	}
	joins := false
	kept := slices.DeleteFunc(found, func(f Proposal) bool {
		if !nodes[f.Tie.Subject] || !nodes[f.Tie.Object] || f.Tie.Third != "" && !nodes[f.Tie.Third] {
			return true
		}
		joins = joins || len(from) > 0 && len(to) > 0 && (f.Tie.Subject == from[len(from)-1].id || f.Tie.Object == from[len(from)-1].id)
		return false
	})
	if joins || len(from) == 0 || len(to) == 0 {
		return kept
	}
	// The label's first cue but a wish ("Pretoria for more talks"), and no name in the label
	// before it or right after it but the nodes' and pronouns, whose the cue would be
	// ("fought alongside Uganda", "backed by Uganda").
	i := slices.IndexFunc(spans, func(c cueSpan) bool {
		return c.first < len(ts) && ts[c.first].start > colon && !(c.first > 0 && (ts[c.first-1].word == "for" || ts[c.first-1].word == "more"))
	})
	if i < 0 || slices.ContainsFunc(ms, func(m mention) bool {
		c := spans[i]
		return m.first >= 0 && ts[m.first].start > colon && !nodes[m.id] && !objectPronouns[ts[m.first].word] &&
			(m.first < c.first || m.first <= c.end+2 && ts[m.first-1].word != "of" && !slices.ContainsFunc(ts[c.end:m.first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;(") }))
	}) {
		return kept
	}
	c := spans[i]
	st := statement{c: c, ms: ms, li: -1, ri: -1, spans: spans, why: []string{"cue: " + c.cue.text, "an edge of a link chart: the node before the arrow to the one after"}}
	st.pairs = [][2]*mention{{from[len(from)-1], to[0]}}
	if k := c.first - 1; k >= 0 && (soughtWords[ts[k].word] || k > 0 && soughtWords[ts[k-1].word] && ts[k].upper) {
		st.pairs[0][0], st.pairs[0][1] = st.pairs[0][1], st.pairs[0][0] // "BACAR -> FRANCE : sought French backing": France's
	}
	if len(to) > 1 && c.cue.kind == alliances.Mediation {
		st.third = to[1] // "MADEIRA -> BACAR / UNION GOVT : mediates"
	}
	return append(kept, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
}

// soughtWords are the verbs of seeking another's help, which the one sought gives.
var soughtWords = map[string]bool{"sought": true, "seeks": true, "seeking": true, "requested": true, "requests": true}
