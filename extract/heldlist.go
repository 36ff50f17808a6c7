package extract

import "strings"

// heldList reads the ties a subject "had" with those a list names after a noun of what
// they were to it and a colon: "Phoumi had two powerful friends: the Americans and his
// kinsman Marshal Sarit" (each his ally); "the regime had two patrons, Moscow and
// Havana".
func (rd *Reader) heldList(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 0; i+1 < len(ms); i++ {
		v := ms[i].end // the verb right after the subject
		if v >= len(ts) || ts[v].word != "had" && ts[v].word != "has" && ts[v].word != "have" || strings.ContainsAny(ts[v].pre, ",;:()") {
			continue
		}
		n := -1 // the noun, a word or two of number and quality before it
		for k := v + 1; k < len(ts) && k <= v+4 && !strings.ContainsAny(ts[k].pre, ",;:()"); k++ {
			if _, ok := heldNouns[strings.TrimSuffix(ts[k].word, "s")]; ok && strings.HasSuffix(ts[k].word, "s") {
				n = k
				break
			}
		}
		if n < 0 || n+1 >= len(ts) || strings.TrimSpace(ts[n+1].pre) != ":" && strings.TrimSpace(ts[n+1].pre) != "," {
			continue
		}
		j := i + 1 // the list, right after the colon (past an article)
		for j < len(ms) && ms[j].first < n+1 {
			j++
		}
		if j >= len(ms) || ms[j].first > n+3 {
			continue
		}
		kind := heldNouns[strings.TrimSuffix(ts[n].word, "s")]
		c := cueSpan{cue: cue{words: []string{ts[n].word}, kind: kind, text: ts[v].word + " ... " + ts[n].word}, first: n, end: n + 1}
		st := statement{c: c, ms: ms, li: i, ri: j, spans: spans, why: []string{"cue: " + c.cue.text, "the list the noun names"}}
		for _, m := range group(ts, ms, j, +1) {
			if proxyNouns[strings.TrimSuffix(ts[n].word, "s")] {
				st.pairs = append(st.pairs, [2]*mention{&ms[i], m}) // "had two clients: A and B": it supports them
			} else {
				st.pairs = append(st.pairs, [2]*mention{m, &ms[i]}) // "had two patrons: A and B": they support it
			}
		}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}
