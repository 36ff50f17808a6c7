package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// deployedIn reads the men a passive deploys in a state: "several hundred Russian
// mercenaries from the Wagner Group were deployed in Mali, as well as soldiers from the
// Russian regular army". The names before the verb in its clause, and those after "as
// well as" behind the state, are the sides whose men they are, and support the state with
// troops. "In Mali" is a place for the other readings, which find no tie here.
func (rd *Reader) deployedIn(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for k := 1; k+2 < len(ts); k++ {
		if !deployWords[ts[k].word] || ts[k+1].word != "in" && ts[k+1].word != "to" {
			continue
		}
		// "the German Patriots stationed in Turkey": the men right before the participle.
		reduced := !beWords[ts[k-1].word]
		if reduced && !slices.ContainsFunc(ms, func(m mention) bool { return m.end == k || m.end == k-1 && !strings.ContainsAny(ts[k].pre, ",;:") }) {
			continue
		}
		at := k + 2
		if ts[at].word == "the" {
			at++
		}
		// "In Mali" is a place to the mentions: the state is found by its name here.
		id, n := rd.nameIDAt(ts, at)
		if id == "" || rd.kinds[id] != "state" || rd.negated(ts, k) {
			continue
		}
		state, from := mention{id: id, first: at, end: at + n}, clauseStart(ts, k-1)
		if reduced {
			from = k // only the men the participle follows
		}
		var sides []mention
		for _, m := range ms {
			if m.first >= from && m.end < k || reduced && (m.end == k || m.end == k-1) {
				sides = append(sides, m)
			}
		}
		// ", as well as soldiers from the Russian regular army": more men, deployed too.
		if e := state.end; e+3 < len(ts) && strings.Contains(ts[e].pre, ",") && matchAt(ts, e, []string{"as", "well", "as"}) {
			for _, m := range ms {
				if m.first > e+2 && !slices.ContainsFunc(ts[e+3:m.first], func(t token) bool { return strings.ContainsAny(t.pre, ",;:") }) {
					sides = append(sides, m)
				}
			}
		}
		for _, m := range sides {
			if m.id == state.id || rd.kinds[m.id] == "individual" {
				continue
			}
			t := alliances.Tie{Subject: m.id, Object: state.id, Kind: alliances.Support, Forms: []alliances.Form{"troops"}, Status: alliances.Reported}
			why := []string{"cue: " + strings.Join(wordsOf(ts, k-1, k+2), " ") + ": the men's side supports the state they are deployed in"}
			if !reduced {
				why = append(why, "start: "+ts[k].word) // "were deployed in Mali in January 2022": there from then on
			}
			if prop, ok := rd.finish(d, p, s, t, why, valid, timeCue, 0.6); ok {
				out = append(out, prop)
			}
		}
	}
	return out
}

// nameIDAt returns the actor whose name opens at token j, the longest, and its length in
// tokens ("@previous" and the like for the words that stand for another); "" where none
// does.
func (rd *Reader) nameIDAt(ts []token, j int) (string, int) {
	for n := min(rd.longest, len(ts)-j); n > 0; n-- {
		words := make([]string, n)
		for k := range n {
			words[k] = spelling(ts[j+k].word)
		}
		if id, ok := rd.names[strings.Join(words, " ")]; ok {
			return id, n
		}
	}
	return "", 0
}

// deployWords are the participles of men sent to stay: "were deployed in Mali".
var deployWords = map[string]bool{"deployed": true, "redeployed": true, "stationed": true}

// beWords are the forms of "be" before a passive's participle.
var beWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true}
