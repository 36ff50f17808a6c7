package extract

import (
	"fmt"
	"slices"
	"strings"
)

// exemplifiers are the words that open a list of examples of the collective named before
// them: "major Sunni states, most notably Saudi Arabia, Qatar and Turkey".
var exemplifiers = [][]string{{"most", "notably"}, {"notably"}, {"such", "as"}, {"including"}, {"in", "particular"},
	{"especially"}, {"particularly"}, {"among", "them"}, {"chiefly"}, {"above", "all"}}

// exemplified gives the actors a sentence lists as examples of a collective ("Western
// countries such as the United States, France and the United Kingdom have supported the
// opposition") the ties the sentence states of the collective, each its own.
func (rd *Reader) exemplified(ts []token, ms []mention, found []Proposal) []Proposal {
	var out []Proposal
	for k := 1; k < len(ts); k++ {
		var phrase []string
		for _, e := range exemplifiers {
			if matchAt(ts, k, e) && strings.ContainsAny(ts[k].pre, ",(—–") {
				phrase = e
				break
			}
		}
		if phrase == nil {
			continue
		}
		end := k + len(phrase)
		// The collective: the nearest actor of its kind before the words, within the clause.
		head := -1
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].end > k {
				continue
			}
			if k-ms[i].end > 15 {
				break
			}
			if kind := rd.kinds[ms[i].id]; kind == "category" || kind == "coalition" {
				head = i
				break
			}
		}
		// The examples follow the words at once ("especially against Christians" lists none).
		first := slices.IndexFunc(ms, func(m mention) bool { return m.first == end || m.first == end+1 && ts[end].word == "the" })
		if head < 0 || first < 0 {
			continue
		}
		members := group(ts, ms, first, +1)
		cue := "example of " + ms[head].id + ": " + strings.Join(phrase, " ")
		ids := []string{ms[head].id}
		for _, m := range members {
			ids = append(ids, m.id)
		}
		// What the sentence states of one of them, it states of each: of the collective
		// and of its examples.
		for _, p := range found {
			from := slices.Index(ids, p.Tie.Subject)
			subject := from >= 0
			if !subject {
				from = slices.Index(ids, p.Tie.Object)
			}
			if from < 0 {
				continue
			}
			for _, id := range ids {
				q := p
				q.Tie.Citations = slices.Clone(p.Tie.Citations)
				if subject {
					q.Tie.Subject = id
				} else {
					q.Tie.Object = id
				}
				if id == ids[from] || q.Tie.Subject == q.Tie.Object {
					continue
				}
				q.Tie.ID = fmt.Sprintf("x-%s-%s-%s-p%d", q.Tie.Subject, q.Tie.Kind, q.Tie.Object, p.Paragraph)
				q.Cues = append(slices.Clone(p.Cues), cue)
				out = append(out, q)
			}
		}
	}
	return out
}
