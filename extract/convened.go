package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// convened reads one who hosts, sponsors or convenes a meeting or a deal between two as
// the mediator between them: "Germany hosted talks between Haftar and Sarraj", "talks
// between the two in Moscow, sponsored by Russia and Turkey", "the GNA and the LNA signed
// a ceasefire under UN auspices". The words are the rules' convenings and meetings; each
// agent a list names mediates.
func (rd *Reader) convened(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for k := range ts {
		if !rd.convenings[ts[k].word] {
			continue
		}
		agents, sides, why := rd.convening(ts, ms, k)
		if len(agents) == 0 {
			continue
		}
		c := cueSpan{cue: cue{words: []string{ts[k].word}, kind: alliances.Mediation, text: ts[k].word}, first: k, end: k + 1}
		st := statement{c: c, ms: ms, li: -1, ri: -1, spans: spans, why: []string{"cue: " + ts[k].word, why}}
		if why == betweenTwo {
			st.why = append(st.why, "between")
		}
		passive := rd.voice(ts, c) == passiveBy // the statement swaps the agent after "by" back
		for _, a := range agents {
			if a.id == sides[0].id || slices.ContainsFunc(sides[1:], func(m *mention) bool { return m.id == a.id }) {
				continue
			}
			if passive {
				st.pairs = append(st.pairs, [2]*mention{sides[0], a})
			} else {
				st.pairs = append(st.pairs, [2]*mention{a, sides[0]})
			}
		}
		st.third, st.more = sides[1], sides[2:]
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// betweenTwo is why a convening reads the two after "between": the meeting's parties.
const betweenTwo = "the meeting's parties"

// convening returns the agents of the convening word at token k and the two (or more) the
// meeting it convenes brings together, with why; no agents where the sentence does not
// read so. The agents stand after "by" ("sponsored by Russia"), before the verb ("Germany
// hosted"), or with "auspices" and "sponsorship" before them or after "of".
func (rd *Reader) convening(ts []token, ms []mention, k int) (agents, sides []*mention, why string) {
	switch w := ts[k].word; {
	case w == "auspices" || w == "sponsorship":
		if a := slices.IndexFunc(ms, func(m mention) bool { return m.first >= 0 && m.end == k }); a >= 0 {
			agents = group(ts, ms, a, -1) // "UN auspices", "Pakistan's auspices", "American sponsorship"
		} else if k+1 < len(ts) && ts[k+1].word == "of" {
			if a := mentionFrom(ts, ms, k+2); a >= 0 {
				agents = group(ts, ms, a, +1) // "the auspices of the United Nations"
			}
		}
		if len(agents) == 0 {
			return nil, nil, ""
		}
		for j := range ts {
			if j != k && rd.meetingAt(ts, j) {
				if sides = betweenSides(ts, ms, j, len(ts)); len(sides) >= 2 {
					return agents, sides, betweenTwo
				}
			}
		}
		// "Haftar and Sarraj met under the auspices of the UN": the list of those the
		// sentence names first, before the cue, none of them an agent.
		first := slices.IndexFunc(ms, func(m mention) bool {
			return m.first >= 0 && !slices.ContainsFunc(agents, func(a *mention) bool { return a.id == m.id })
		})
		if first < 0 || ms[first].end > k {
			return nil, nil, ""
		}
		if g := group(ts, ms, first, +1); len(g) >= 2 && g[len(g)-1].end <= k {
			return agents, g, "those who met or signed: the list the sentence opens with"
		}
		// "Sarraj signed a ceasefire with Haftar under UN auspices".
		for j := ms[first].end; j < k; j++ {
			if ts[j].word == "with" {
				if x := mentionFrom(ts, ms, j+1); x >= 0 && ms[x].end <= k {
					return agents, []*mention{&ms[first], &ms[x]}, "those who met or signed: the subject and the one it met with"
				}
				break
			}
		}
		return nil, nil, ""
	case k+1 < len(ts) && ts[k+1].word == "by":
		// "talks between A and B in Moscow were sponsored by Russia and Turkey": the
		// meeting named before the verb, in its clause.
		a := rd.postHolder(ts, ms, mentionFrom(ts, ms, k+2))
		if a < 0 {
			// "chaired by the UN's special representative, Alioune Blondin Beye": the
			// possessor is no mention of its own beside the post's holder.
			a = slices.IndexFunc(ms, func(m mention) bool {
				return m.first > k+2 && m.first <= k+8 && rd.kinds[m.id] == "individual" && strings.Contains(ts[m.first].pre, ",") &&
					!slices.ContainsFunc(ts[k+2:m.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") || strings.HasSuffix(t.word, "ed") })
			})
		}
		if a < 0 {
			return nil, nil, ""
		}
		for j := k - 1; j >= max(0, k-14) && !strings.ContainsAny(ts[j+1].pre, ";:"); j-- {
			if rd.meetingAt(ts, j) {
				if sides = betweenSides(ts, ms, j, k); len(sides) >= 2 {
					return group(ts, ms, a, +1), sides, betweenTwo
				}
				break
			}
		}
	default:
		// "Germany hosted talks between A and B", "Russia and Turkey jointly sponsored a
		// round of talks between ...": the subject right before the verb.
		a := slices.IndexFunc(ms, func(m mention) bool { return m.first >= 0 && (m.end == k || m.end == k-1 && adverb(ts[k-1].word)) })
		if a < 0 {
			return nil, nil, ""
		}
		for j := k + 1; j < min(len(ts), k+6) && !strings.ContainsAny(ts[j].pre, ",;:"); j++ {
			if rd.meetingAt(ts, j) {
				if sides = betweenSides(ts, ms, j, len(ts)); len(sides) >= 2 {
					return group(ts, ms, a, -1), sides, betweenTwo
				}
				if j+1 < len(ts) && ts[j+1].word == "of" {
					continue // "a round of talks between"
				}
				break
			}
		}
	}
	return nil, nil, ""
}

// postHolder returns, for the mention a in the possessive before a post, the individual
// named after the post in apposition ("the UN's special representative, Alioune Blondin
// Beye"), else a.
func (rd *Reader) postHolder(ts []token, ms []mention, a int) int {
	if a < 0 || !ts[ms[a].end-1].possessive {
		return a
	}
	for j := a + 1; j < len(ms) && ms[j].first-ms[a].end <= 4; j++ {
		if rd.kinds[ms[j].id] == "individual" && strings.Contains(ts[ms[j].first].pre, ",") &&
			!slices.ContainsFunc(ts[ms[a].end:ms[j].first], func(t token) bool { return t.upper && !rd.postAt(ts, ms[a].end, ms[j].first) }) {
			return j
		}
	}
	return a
}

// mentionFrom returns the index of the mention that opens at token k, or after the
// article there, or -1.
func mentionFrom(ts []token, ms []mention, k int) int {
	if k < len(ts) && determiners[ts[k].word] {
		k++
	}
	return slices.IndexFunc(ms, func(m mention) bool { return m.first == k })
}

// betweenSides returns the list of two or more a meeting's noun at token j names after
// "between", within a few words ("talks in Moscow between A and B"), that ends before
// token limit; or nil.
func betweenSides(ts []token, ms []mention, j, limit int) []*mention {
	for t := j + 1; t < min(len(ts), j+5) && !strings.ContainsAny(ts[t].pre, ",;:"); t++ {
		if ts[t].word != "between" {
			continue
		}
		x := mentionFrom(ts, ms, t+1)
		if x < 0 {
			return nil
		}
		g := group(ts, ms, x, +1)
		for len(g) > 0 && g[len(g)-1].end > limit {
			g = g[:len(g)-1]
		}
		if len(g) < 2 {
			return nil
		}
		return g
	}
	return nil
}

// meetingAt reports whether a meeting's noun (the rules' meetings) ends at token j.
func (rd *Reader) meetingAt(ts []token, j int) bool {
	for _, w := range rd.meetings[ts[j].word] {
		if j+1 >= len(w) && matchAt(ts, j+1-len(w), w) {
			return true
		}
	}
	return false
}

// tokenWords returns the words a phrase of the rules is read as: "cease-fire" is "cease"
// and "fire", as the text's tokens are.
func tokenWords(phrase string) []string {
	var out []string
	for _, t := range tokens(alliances.Fold(phrase), 0) {
		out = append(out, t.word)
	}
	return out
}
