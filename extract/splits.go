package extract

// Splits told as one leading men out of a body.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// ledOutOf reads a split told as one leading or taking men "out of" a body: "Dimas Pundato
// led a Reformist Group out of the MNLF in 1982" (mindanao-1972's ¶16), "Alghabass Ag
// Intalla led a faction out of Ansar Dine" (mali-2012's ¶17), "Sajna took most of the South
// Waziristan Mehsuds out of the TTP" (pakistan-2007's ¶14), "Htay Maung, who took several
// hundred men out of the KNU" (karen-1949's ¶11). The body named between the verb and
// "out of" is the splinter; where none is named ("a faction", "several hundred men"), the
// one who led them is, the verb's subject right before it. Not a place named after a body
// ("out of Taliban territory", "out of NATO's military command"), men of no name that are
// no men of a body ("took the navy out of NATO"), nor a man another took out.
func (rd *Reader) ledOutOf(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for b, m := range ms {
		k := m.first - 2
		if k >= 1 && determiners[ts[k+1].word] && ts[k+1].word != "its" && ts[k+1].word != "their" {
			k--
		}
		if k < 2 || ts[k].word != "out" || ts[k+1].word != "of" || strings.ContainsAny(ts[k].pre+ts[k+1].pre, ",;:()") {
			continue
		}
		if ts[m.end-1].possessive || !bodyEnds(ts, m.end) {
			continue // "led his fighters out of Taliban territory", "out of the Northern Alliance's reach": a place
		}
		v := k - 1
		for v > 0 && k-v <= 8 && !outVerbs[ts[v].word] && !strings.ContainsAny(ts[v+1].pre, ",;:()") {
			v--
		}
		if !outVerbs[ts[v].word] || strings.ContainsAny(ts[v+1].pre, ",;:()") {
			continue
		}
		a := slices.IndexFunc(ms, func(o mention) bool { return o.first > v && o.end == k && !ts[o.end-1].possessive })
		if a >= 0 && rd.kinds[ms[a].id] == "individual" {
			continue // "Misuari took Salamat out of the MNLF": a man removed, no body split
		}
		why := "the body led out"
		if a < 0 && v < k-1 && (!splitMen[ts[k-1].word] || slices.ContainsFunc(ms, func(o mention) bool { return o.first > v && o.end <= k })) {
			continue // "He took Greek forces out of NATO's military command": no split
		}
		if a < 0 {
			// The one who led men of no name out: the name right before the verb, or before
			// ", who".
			if v >= 2 && ts[v-1].word == "who" && strings.Contains(ts[v-1].pre, ",") {
				a = rd.whoAntecedent(ts, ms, v-1)
			} else {
				a = slices.IndexFunc(ms, func(o mention) bool { return o.end == v })
				if a > 0 && ms[a].first >= 2 && (ts[ms[a].first-1].word == "that" || ts[ms[a].first-1].word == "which") && ms[a-1].end == ms[a].first-1 {
					// "the Democratic Front that Nayef Hawatmeh led out of the PFLP"
					// (jordan-1970's ¶4): the body the clause follows, its object
					a, why = a-1, "the body led out, the clause's object"
				}
			}
			if why == "the body led out" {
				why = "the one who led men out"
			}
			if e := m.end; e+1 < len(ts) && ts[e].word == "as" {
				// "led a faction out of Ansar Dine as the MIA": the faction's name after "as"
				if n := slices.IndexFunc(ms, func(o mention) bool { return o.first == e+1 || o.first == e+2 && determiners[ts[e+1].word] }); n >= 0 {
					a, why = n, "the body led out, named after \"as\""
				}
			}
		}
		if a < 0 || ms[a].id == m.id {
			continue
		}
		c := cueSpan{cue: cue{words: []string{"out", "of"}, kind: alliances.Splinter, text: ts[v].word + " ... out of"}, first: k, end: k + 2}
		if _, ok := rd.between(c, &ms[a], &ms[b]); !ok {
			continue
		}
		st := statement{c: c, ms: ms, li: a, ri: b, spans: spans, why: []string{"cue: " + c.cue.text, why},
			pairs: [][2]*mention{{&ms[a], &ms[b]}}}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// outVerbs are the verbs of leading men "out of" a body.
var outVerbs = map[string]bool{"led": true, "leads": true, "leading": true, "took": true, "takes": true, "taking": true,
	"pulled": true, "pulls": true, "pulling": true, "brought": true, "walked": true}

// whoAntecedent returns the mention "who" at token w stands for: the name before it, or
// the man's name before an apposition of his post ("Htay Maung, commander of the 7th
// Brigade, who took several hundred men out of the KNU"; "Philip Effiong, his Chief of
// General Staff, who ... surrendered"); -1 where none.
func (rd *Reader) whoAntecedent(ts []token, ms []mention, w int) int {
	r := w - 1
	for r > 0 && !strings.ContainsAny(ts[r].pre, ",;:()") {
		r--
	}
	if r > 0 && strings.TrimSpace(ts[r].pre) == "," && (determiners[ts[r].word] || rd.postAt(ts, r, w)) {
		if j := slices.IndexFunc(ms, func(m mention) bool { return m.end == r }); j >= 0 && rd.kinds[ms[j].id] == "individual" {
			return j
		}
	}
	return slices.IndexFunc(ms, func(m mention) bool { return m.end == w })
}

// splitMen are the nouns of the men one leads out of a body, named by none: "several
// hundred men", "a faction".
var splitMen = map[string]bool{"men": true, "fighters": true, "faction": true, "followers": true, "supporters": true,
	"loyalists": true, "cadres": true, "members": true, "wing": true, "group": true, "commanders": true}

// bodyEnds reports whether a body's name ends at token e, not a place named after it: the
// sentence's end, a clause's edge, or a word that opens a phrase after a noun ("in 1982",
// "as the MIA"); not "Taliban territory", "the MNLF camp", "Taliban-held Kunduz".
func bodyEnds(ts []token, e int) bool {
	if e >= len(ts) || strings.ContainsAny(ts[e].pre, ",;:()") {
		return true
	}
	w := ts[e].word
	return !strings.Contains(ts[e].pre, "-") && (prepositions[w] || subordinators[w] || relativeWords[w] || w == "in" || w == "on" || w == "at" ||
		w == "and" || w == "or" || w == "but" || w == "during" || w == "to")
}
