package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// exemplifiers are the words that open a list of examples of the collective named before
// them: "major Sunni states, most notably Saudi Arabia, Qatar and Turkey".
var exemplifiers = [][]string{{"most", "notably"}, {"notably"}, {"such", "as"}, {"including"}, {"in", "particular"},
	{"especially"}, {"particularly"}, {"among", "them"}, {"chiefly"}, {"above", "all"}}

// exemplified gives the actors a sentence lists as examples of a collective ("Western
// countries such as the United States, France and the United Kingdom have supported the
// opposition") the ties the sentence states of the collective, each its own; the
// examples of a coalition are its members ("the Army of Conquest coalition, including
// the Al-Nusra Front").
func (rd *Reader) exemplified(d *Document, p Paragraph, s Span, ts []token, ms []mention, found []Proposal, valid, timeCue string) []Proposal {
	var out []Proposal
	heads := map[string]bool{} // the collectives the sentence lists examples of
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
				// Not past an agent: "The Forum was founded by Democrats, among them Neritan
				// Ceka" lists Democrats, not members of the Forum.
				if !slices.ContainsFunc(ts[ms[i].end:k], func(t token) bool { return t.word == "by" }) {
					head = i
				}
				break
			}
		}
		// Not the examples of another noun before the words: "they have taken hostages from a
		// downtown hotel, among them Americans" (the hostages', not theirs).
		if head >= 0 && slices.ContainsFunc(ts[ms[head].end:k], func(t token) bool { return takenPeople[t.word] }) &&
			!slices.ContainsFunc(ts[ms[head].end:k], func(t token) bool { return relativeWords[t.word] || t.word == "whose" }) { // not "governments whose citizens were held as hostages, notably France"
			head = -1
		}
		// The examples follow the words at once ("especially against Christians" lists none).
		first := slices.IndexFunc(ms, func(m mention) bool { return m.first >= end && m.first <= end+6 && qualifiers(ts, end, m.first) })
		if head < 0 || first < 0 {
			continue
		}
		members := group(ts, ms, first, +1)
		// A people's word right before a man's name is his nationality, no example of its
		// own: "European mercenaries, among them the German Rolf Steiner" (biafra-1967's
		// ¶26).
		members = slices.DeleteFunc(members, func(m *mention) bool {
			return rd.kinds[m.id] == "state" && slices.ContainsFunc(members, func(o *mention) bool {
				return o.first == m.end && strings.TrimSpace(ts[o.first].pre) == "" && rd.kinds[o.id] == "individual"
			})
		})
		cue := "example of " + ms[head].id + ": " + strings.Join(phrase, " ")
		ids := []string{ms[head].id}
		for _, m := range members {
			ids = append(ids, m.id)
			if rd.kinds[ms[head].id] == "coalition" && m.id != ms[head].id {
				t := alliances.Tie{Subject: m.id, Object: ms[head].id, Kind: alliances.Membership, Status: alliances.Reported}
				if prop, ok := rd.finish(d, p, s, t, []string{"member of a coalition: " + strings.Join(phrase, " ")}, valid, timeCue, 0.6); ok {
					out = append(out, prop)
				}
			}
		}
		// What the sentence states of one of them, it states of each: of the collective
		// and of its examples; but not what a relative clause on the last example tells of
		// that one ("among them the German Rolf Steiner, who commanded a Biafran brigade
		// until Colonel Ojukwu expelled him").
		told := found
		if last := members[len(members)-1]; last.end < len(ts) && (ts[last.end].word == "who" || ts[last.end].word == "whose") && strings.Contains(ts[last.end].pre, ",") {
			clause := relativeClause(ts, last.end) // "who commanded ... until Colonel Ojukwu expelled him"
			told = slices.DeleteFunc(slices.Clone(found), func(f Proposal) bool {
				return (f.Tie.Subject == last.id || f.Tie.Object == last.id) && f.Tie.Subject != ms[head].id && f.Tie.Object != ms[head].id &&
					slices.ContainsFunc(f.Cues, func(c string) bool {
						cue, ok := strings.CutPrefix(c, "cue: ")
						return ok && strings.Contains(clause, " "+cue+" ")
					})
			})
		}
		out = append(out, spread(told, ids, cue, 0)...)
		heads[ms[head].id] = true
		if rd.examples == nil {
			rd.examples = map[string][]string{}
		}
		rd.examples[ms[head].id] = append(rd.examples[ms[head].id], ids[1:]...)
	}
	// What a later sentence of the paragraph states of a collective, it states, less
	// surely, of the examples listed before ("old stakeholders such as Rabbani's Jami'at
	// and Karzai. ... lobbied the old stakeholders").
	for _, head := range slices.Sorted(maps.Keys(rd.examples)) {
		if !heads[head] {
			out = append(out, spread(found, append([]string{head}, rd.examples[head]...), "example of "+head+", listed before", -0.1)...)
		}
	}
	return out
}

// spread gives each of ids (a collective and its examples) the ties found of one of
// them, with the cue and the confidence changed by change.
func spread(found []Proposal, ids []string, cue string, change float64) []Proposal {
	var out []Proposal
	for _, p := range found {
		if slices.ContainsFunc(p.Cues, func(c string) bool { return strings.HasPrefix(c, "compound: ") }) {
			continue // "the Saudi-backed Al-Nusra Front": the backing is the example's own
		}
		if p.Tie.Kind.Layer() == alliances.Hierarchy && p.Tie.Subject != ids[0] {
			// "Islamist groups, including MOJWA, a splinter group of AQIM", "old
			// stakeholders, such as Rabbani's Jami'at": the parts and wholes of an example
			// are its own. The members of a collective are each a member ("fighters drawn
			// from communities such as the Tuareg").
			continue
		}
		// The role the collective or example plays: subject, object, or the third of a
		// mediation ("between the Taliban and old stakeholders, such as Karzai").
		role := &p.Tie.Subject
		from := slices.Index(ids, p.Tie.Subject)
		if from < 0 {
			role, from = &p.Tie.Object, slices.Index(ids, p.Tie.Object)
		}
		if from < 0 && p.Tie.Third != "" {
			role, from = &p.Tie.Third, slices.Index(ids, p.Tie.Third)
		}
		if from < 0 {
			continue
		}
		was := *role
		for _, id := range ids {
			*role = id
			q := p
			*role = was
			q.Tie.Citations = slices.Clone(p.Tie.Citations)
			if id == ids[from] || q.Tie.Subject == q.Tie.Object || q.Tie.Third != "" && (q.Tie.Third == q.Tie.Subject || q.Tie.Third == q.Tie.Object) {
				continue
			}
			q.Tie.ID = proposalID(q.Tie, p.Paragraph)
			q.Cues = append(slices.Clone(p.Cues), cue)
			q.Confidence += change
			out = append(out, q)
		}
	}
	return out
}

// qualifiers reports whether the words [from, to) are no more than an article and the
// backers that qualify a name ("the Saudi/Turkish-backed"), which an example may begin
// with.
func qualifiers(ts []token, from, to int) bool {
	for i := from; i < to; i++ {
		switch {
		case i == from && ts[i].word == "the":
		case backers[ts[i].word] && strings.Contains(ts[i].pre, "-"):
		case i+1 < to && strings.ContainsAny(ts[i+1].pre, "-/") && ts[i].upper:
		default:
			return false
		}
	}
	return true
}

// examplesInParentheses reports whether the mention at li closes a parenthesis of
// examples of a subject the reader does not know ("the regional powers (especially
// Pakistan, Iran, and Russia) moved in with their own plan of ..."): the parenthesis
// opens on an exemplifier after a word that is no actor's, and no clause's edge stands
// between it and the cue.
func (rd *Reader) examplesInParentheses(d *Document, ts []token, ms []mention, li, cue int) bool {
	m := ms[li]
	if m.end >= cue || !strings.Contains(ts[m.end].pre, ")") || boundary(d, ts, m.end+1, cue) || cue-m.end > 10 {
		return false
	}
	g := group(ts, ms, li, -1)
	first := g[len(g)-1].first
	for _, e := range exemplifiers {
		k := first - len(e)
		if k < 1 || !matchAt(ts, k, e) || !strings.Contains(ts[k].pre, "(") {
			continue
		}
		// The word before the parenthesis is a noun of the text, not an actor's name.
		return !ts[k-1].upper && !slices.ContainsFunc(ms, func(o mention) bool { return o.end == k })
	}
	return false
}

// examplesOfUnnamed returns the examples after a mediation's named party of its other
// party, one the reader does not know: "between the Taliban and old stakeholders of the
// Islamic Republic, such as Rabbani's Jami'at, Karzai, and others".
func examplesOfUnnamed(ts []token, ms []mention, ri int) []*mention {
	k := ms[ri].end
	if k >= len(ts) || ts[k].word != "and" {
		return nil
	}
	for j := k + 1; j < min(k+10, len(ts)); j++ {
		if ri+1 < len(ms) && ms[ri+1].first <= j {
			return nil // a name before the examples: no unnamed party
		}
		for _, e := range exemplifiers {
			if matchAt(ts, j, e) && strings.ContainsAny(ts[j].pre, ",(") {
				end := j + len(e)
				if ri+1 < len(ms) && ms[ri+1].first >= end && ms[ri+1].first <= end+1 {
					return group(ts, ms, ri+1, +1)
				}
				return nil
			}
		}
	}
	return nil
}

// takenPeople are the nouns of people whom an act befalls, whose examples a list after
// them gives: "hostages, among them Americans".
var takenPeople = map[string]bool{"hostages": true, "prisoners": true, "captives": true, "victims": true, "civilians": true,
	"dead": true, "wounded": true, "casualties": true, "passengers": true, "refugees": true, "detainees": true}

// relativeClause returns the words of the relative clause that opens at token k, to the
// comma that closes it or the sentence's end, each between spaces.
func relativeClause(ts []token, k int) string {
	var b strings.Builder
	b.WriteString(" ")
	for j := k; j < len(ts) && (j == k || !strings.ContainsAny(ts[j].pre, ",;:()")); j++ {
		b.WriteString(ts[j].word + " ")
	}
	return b.String()
}

// withoutNationals returns ms without a state's word right before a man's name, his
// people, no party to what the sentence tells: "European mercenaries, among them the German
// Rolf Steiner, fought for Biafra" (biafra-1967's ¶26) tells no German help.
func (rd *Reader) withoutNationals(ts []token, ms []mention) []mention {
	return slices.DeleteFunc(slices.Clone(ms), func(m mention) bool {
		return m.first >= 1 && m.end-m.first == 1 && rd.kinds[m.id] == "state" && !ts[m.first].possessive && ts[m.first-1].word == "the" &&
			slices.ContainsFunc(ms, func(o mention) bool {
				return o.first == m.end && strings.TrimSpace(ts[o.first].pre) == "" && rd.kinds[o.id] == "individual"
			})
	})
}
