package extract

import (
	"slices"
	"strings"
)

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
		st.pairs = heldPairs(ts, ms, i, j, ts[n].word)
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return append(out, rd.heldWere(d, p, s, ts, ms, spans, valid, timeCue)...)
}

// heldWere reads the ties a possessive's noun of what they were to it gives those named
// after "were": "FRELIMO's own friends were, for the most part, the Soviet bloc", "the
// regime's patrons were Moscow and Havana".
func (rd *Reader) heldWere(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 0; i+1 < len(ms); i++ {
		n := ms[i].end
		if ms[i].first < 0 || !ts[n-1].possessive || n+1 >= len(ts) {
			continue
		}
		if ts[n].word == "own" {
			n++
		}
		kind, ok := heldNouns[strings.TrimSuffix(ts[n].word, "s")]
		if !ok || !strings.HasSuffix(ts[n].word, "s") || n+1 >= len(ts) || ts[n+1].word != "were" && ts[n+1].word != "are" || strings.ContainsAny(ts[n+1].pre, ",;:()") {
			continue
		}
		j := i + 1
		if j >= len(ms) || ms[j].first <= n+1 || ms[j].first > n+9 || strings.ContainsAny(ts[ms[j].first].pre, ";:()") {
			continue
		}
		if k := n + 2; ms[j].first > k+1 && !strings.Contains(ts[k].pre, ",") || slices.ContainsFunc(ts[n+2:ms[j].first], func(t token) bool { return t.word == "not" || t.word == "never" }) {
			continue // right after "were", or past an aside between commas ("were, for the most part, the"); not "were not"
		}
		c := cueSpan{cue: cue{words: []string{ts[n].word}, kind: kind, text: ts[n].word + " were"}, first: n, end: n + 2}
		st := statement{c: c, ms: ms, li: i, ri: j, spans: spans, why: []string{"cue: " + c.cue.text, "the possessive's " + ts[n].word + " named after it"}}
		st.pairs = heldPairs(ts, ms, i, j, ts[n].word)
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// heldPairs pairs the holder ms[i] with each of the list opening at ms[j] as the noun of
// what they are to it says: "had two patrons: A and B" (they support it), "had two
// clients: A and B" (it supports them).
func heldPairs(ts []token, ms []mention, i, j int, noun string) [][2]*mention {
	var pairs [][2]*mention
	for _, m := range group(ts, ms, j, +1) {
		if proxyNouns[strings.TrimSuffix(noun, "s")] {
			pairs = append(pairs, [2]*mention{&ms[i], m})
		} else {
			pairs = append(pairs, [2]*mention{m, &ms[i]})
		}
	}
	return pairs
}
