package extract

// Help told by where it came from: "the DSE's foreign support has come chiefly from
// Yugoslavia" is Yugoslavia's support of the DSE, not the DSE's of Yugoslavia.

import "slices"

// cameFrom reads a possessive, a noun of help or of what is given, a verb of coming and
// "from" a list of givers: each giver supports the possessor. The noun is the cue, for
// the forms it names ("arms", "money").
func (rd *Reader) cameFrom(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := range ms {
		m := ms[i]
		n, v, from := cameFromAt(ts, m)
		if from < 0 {
			continue
		}
		g := slices.IndexFunc(ms, func(o mention) bool { return o.first == from+1 || o.first == from+2 && determiners[ts[from+1].word] })
		if g < 0 || ms[g].id == m.id {
			continue
		}
		c := cueSpan{cue: cue{words: []string{ts[n].word}, kind: "support", text: ts[n].word}, first: n, end: n + 1}
		st := statement{c: c, ms: ms, li: g, ri: i, spans: spans, why: []string{"cue: " + ts[n].word + " " + ts[v].word + " from", "the possessor's, from the givers after"}}
		for _, giver := range group(ts, ms, g, +1) {
			st.pairs = append(st.pairs, [2]*mention{giver, &ms[i]})
		}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// cameFromAt returns, for a possessive mention, the noun of help after it (past up to two
// words that qualify it), the verb of coming, and the "from" after them ("the DSE's
// foreign support has come chiefly from"); -1s where the words do not follow so.
func cameFromAt(ts []token, m mention) (noun, verb, from int) {
	if m.first < 0 || m.end >= len(ts) || !ts[m.end-1].possessive {
		return -1, -1, -1
	}
	k := m.end
	for k < len(ts) && k < m.end+2 && !given[ts[k].word] && !ts[k].upper {
		k++
	}
	if k >= len(ts) || !given[ts[k].word] {
		return -1, -1, -1
	}
	v := k + 1
	if v < len(ts) && (ts[v].word == "has" || ts[v].word == "have" || ts[v].word == "had") {
		v++
	}
	if v >= len(ts) || !comingVerbs[ts[v].word] {
		return -1, -1, -1
	}
	f := v + 1
	if f < len(ts) && adverb(ts[f].word) {
		f++
	}
	if f >= len(ts) || ts[f].word != "from" {
		return -1, -1, -1
	}
	return k, v, f
}

// given are the nouns of help and of what is given: "support", "arms", "money".
var given = map[string]bool{"support": true, "aid": true, "help": true, "backing": true, "assistance": true, "arms": true,
	"weapons": true, "money": true, "funding": true, "funds": true, "supplies": true, "ammunition": true, "weaponry": true}

// comingVerbs are the verbs of coming by which help is told from where it came.
var comingVerbs = map[string]bool{"came": true, "come": true, "comes": true, "coming": true, "arrived": true, "flowed": true,
	"flows": true, "flow": true}

// helpCame reports whether the cue c is a noun of help after a possessive that came from
// givers named after it: "the DSE's foreign support has come from Yugoslavia", which
// cameFrom reads; no act of the possessor's.
func helpCame(ts []token, c cueSpan) bool {
	if len(c.cue.words) != 1 || !given[c.cue.words[0]] {
		return false
	}
	for j := c.first - 1; j >= max(c.first-3, 0); j-- {
		if ts[j].possessive {
			_, _, from := cameFromAt(ts, mention{first: j, end: j + 1})
			return from >= 0
		}
	}
	return false
}
