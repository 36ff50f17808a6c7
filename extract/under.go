package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// underActor proposes the tie a phrase "under" an actor's pressure, protection or
// auspices states with the clause's subject: "Under Syrian pressure, Gemayel abrogated the
// accord" (coercion), "Hoss's government was under Syrian protection" (support), "two
// exile forces fought under TPDF command" (membership; under a person's, led by them), "the
// agreement was signed under American sponsorship" (mediation, of what was signed: none
// named here). The actor is named in the phrase, by its name or its demonym; the subject
// is the name after the phrase where the phrase opens the clause, else the nearest name
// before it in the clause.
func (rd *Reader) underActor(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for i, m := range ms {
		k := m.first - 1
		if k > 0 && ts[k].word == "the" {
			k--
		}
		if k < 0 || ts[k].word != "under" || m.end >= len(ts) || strings.ContainsAny(ts[m.first].pre+ts[m.end].pre, ",;:()") {
			continue
		}
		kind, ok := underNouns[ts[m.end].word]
		if !ok || rd.kinds[m.id] == "individual" && kind == alliances.Coercion {
			continue
		}
		var subject *mention
		if k == 0 || strings.ContainsAny(ts[k].pre, ",;:") {
			// "Under Syrian pressure, Gemayel abrogated": the name after the phrase.
			if i+1 < len(ms) && ms[i+1].first > m.end && ms[i+1].first-m.end <= 3 {
				subject = &ms[i+1]
			}
		} else if i > 0 && !slices.ContainsFunc(ts[ms[i-1].end:k+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
			subject = &ms[i-1] // "Hoss's government was under Syrian protection"
		} else if e := ms[max(i-1, 0)].end; i > 0 && e < k && (ts[e].word == "who" || ts[e].word == "which") && strings.TrimSpace(ts[e].pre) == "," &&
			!slices.ContainsFunc(ts[e+1:k+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
			subject = &ms[i-1] // "Hobeika, who fled to Zahle under Syrian protection"
		}
		if subject == nil || subject.id == m.id || rd.negated(ts, k) {
			continue
		}
		if b := subject.first - 1; b > 0 && (ts[b].word == "at" || ts[b].word == "in") && rd.capitals[spelling(strings.Join(wordsOf(ts, subject.first, subject.end), " "))] {
			continue // "formed at Tallinn in August 1919 under British pressure": a place, not the one pressed
		}
		if kind == alliances.Membership && (rd.kinds[subject.id] == "state" || rd.kinds[subject.id] == "international-organization") {
			continue // "the European Union deployed under French command": a force lent, no member
		}
		t := alliances.Tie{Subject: m.id, Object: subject.id, Kind: kind, Status: alliances.Reported}
		switch {
		case kind == alliances.Membership && rd.kinds[m.id] == "individual":
			t.Role = alliances.Leader // "fought under Tito's command": Tito led them
		case kind == alliances.Membership:
			t.Subject, t.Object = subject.id, m.id // "two exile forces fought under TPDF command"
		case kind == alliances.Support:
			t.Forms = []alliances.Form{alliances.OtherForm} // protection: guards, a shield, rarely named
		}
		if prop, ok := rd.finish(d, p, s, t, []string{"under: " + strings.Join(wordsOf(ts, k, m.end+1), " ")}, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	return out
}

// underNouns are the nouns after "under" and an actor that tie the actor to the clause's
// subject, and how.
var underNouns = map[string]alliances.Kind{"pressure": alliances.Coercion, "protection": alliances.Support, "guard": alliances.Support,
	"patronage": alliances.Support, "tutelage": alliances.Support, "escort": alliances.Support, "command": alliances.Membership}

// withoutUnder drops the names of a phrase "under" an actor's pressure or protection,
// which underActor reads, from the clause's cues: "The North-Western Government, formed
// under British pressure, recognised Estonia" (no recognition by Britain). Not a name
// under another's command, which other cues may take, nor one after "pressure on".
func withoutUnder(ts []token, ms []mention) []mention {
	if !slices.ContainsFunc(ts, func(t token) bool { return t.word == "under" }) {
		return ms
	}
	return slices.DeleteFunc(slices.Clone(ms), func(m mention) bool {
		k := m.first - 1
		if k > 0 && ts[k].word == "the" {
			k--
		}
		if k < 0 || ts[k].word != "under" || m.end >= len(ts) || strings.ContainsAny(ts[m.first].pre+ts[m.end].pre, ",;:()") {
			return false
		}
		kind, ok := underNouns[ts[m.end].word]
		return ok && kind != alliances.Membership && !(m.end+1 < len(ts) && (ts[m.end+1].word == "on" || ts[m.end+1].word == "upon")) // "under Indonesian pressure on the UDT": the cue's
	})
}
