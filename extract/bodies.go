package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// Bodies named after the organization they belong to: "MONUSCO, the UN stabilisation
// mission", "the UN mission, MINUSMA", "AMISOM, the African Union's force in Somalia".

// parentBodies proposes the membership of an organization named by a noun of a body
// after the name of the organization it belongs to, the name of its own in apposition:
// "MONUSCO, the UN stabilisation mission", "handed over to the UN mission, MINURCAT"
// (the whole phrase a mention of the mission), the parent an international
// organization, a coalition or a state.
func (rd *Reader) parentBodies(d *Document, p Paragraph, s Span, ts []token, ms []mention) []Proposal {
	var out []Proposal
	member := func(body, parent string, why ...string) {
		t := alliances.Tie{Subject: body, Object: parent, Kind: alliances.Membership, Role: alliances.Member, Status: alliances.Reported}
		if len(why) == 0 {
			why = []string{"name: a body of " + parent}
		}
		if prop, ok := rd.finish(d, p, s, t, why, "", "", 0.6); ok {
			out = append(out, prop)
		}
	}
	for i := range ms {
		// "the UN mission, MINUSMA"; "AMISOM, the African Union's force in Somalia".
		if j := rd.apposedBody(ts, ms, i); j >= 0 {
			member(ms[j].id, ms[i].id)
		}
		if a, b := i, i+1; b < len(ms) && ms[a].first >= 0 && ms[b].first == ms[a].end+1 && strings.TrimSpace(ts[ms[a].end].pre) == "," && determiners[ts[ms[a].end].word] &&
			parentKinds[rd.kinds[ms[b].id]] && rd.kinds[ms[a].id] != "individual" && rd.kinds[ms[a].id] != "state" && ms[a].id != ms[b].id {
			// Not a private body of the state's people: "Executive Outcomes (EO), a South
			// African private military company".
			if e := slices.IndexFunc(ts[ms[b].end:min(ms[b].end+3, len(ts))], func(t token) bool { return anaphoricBodies[t.word] }); e >= 0 &&
				!slices.ContainsFunc(ts[ms[b].end:ms[b].end+e+1], func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ",;:()") || privateWords[t.word] }) {
				member(ms[a].id, ms[b].id)
			}
		}
	}
	// "Russia, Iran and Turkey, the three guarantors of the Astana format": each of the
	// three a member of the body after "of".
	for _, m := range ms {
		if m.first < 0 || m.end+1 >= len(ts) || ts[m.end].word != "of" || !partsNouns[ts[m.end-1].word] || !slices.ContainsFunc(ms, func(o mention) bool { return o.first == m.first && o.id != m.id }) {
			continue
		}
		if j := mentionFrom(ts, ms, m.end+1); j >= 0 && parentKinds[rd.kinds[ms[j].id]] && rd.kinds[ms[j].id] != "state" && ms[j].id != m.id {
			member(m.id, ms[j].id, "apposed: one of "+strings.Join(wordsOf(ts, m.first, m.end), " ")+" of "+ms[j].id)
		}
	}
	for _, m := range ms {
		k := m.first
		if k < 0 || rd.kinds[m.id] == "individual" || rd.kinds[m.id] == "state" {
			continue
		}
		if determiners[ts[k].word] {
			k++
		}
		for n := min(4, m.end-k-1); n > 0; n-- {
			words := make([]string, n)
			for j := range n {
				words[j] = spelling(ts[k+j].word)
			}
			id, ok := rd.names[strings.Join(words, " ")]
			if !ok && n == 1 && ts[k].caps {
				id, ok = rd.acronyms[ts[k].word] // "the UN mission", in capitals
			}
			if !ok || id == m.id || !parentKinds[rd.kinds[id]] {
				continue
			}
			// The parent's name, then lower-case words that end with a body's noun.
			b := k + n
			for b < m.end && !ts[b].upper && !anaphoricBodies[ts[b].word] && !strings.ContainsAny(ts[b].pre, ",;:()") {
				b++
			}
			if b >= m.end || ts[b].upper || !anaphoricBodies[ts[b].word] || strings.ContainsAny(ts[b].pre, ",;:()") {
				break
			}
			// Undated: the sentence's time is the mission's act, not when it became the
			// parent's ("In March 2009 EUFOR handed over to the UN mission, MINURCAT").
			// "A Moroccan-led force": the state leads it, no part of it.
			if ts[k+n].word == "led" {
				if slices.Contains(rd.ledBy[m.id], id) {
					break // read from the name (nameTies)
				}
				t := alliances.Tie{Subject: id, Object: m.id, Kind: alliances.Membership, Role: alliances.Leader, Status: alliances.Reported}
				if prop, ok := rd.finish(d, p, s, t, []string{"name: a body " + id + " leads"}, "", "", 0.6); ok {
					out = append(out, prop)
				}
				break
			}
			member(m.id, id)
			break
		}
	}
	return out
}

// apposedBody returns the mention of the body named in apposition after ms[i] and a noun
// of a body that ms[i] qualifies ("the UN mission, MINUSMA", "the African Union's
// mission, AMIS"), or -1.
func (rd *Reader) apposedBody(ts []token, ms []mention, i int) int {
	if i+1 >= len(ms) || ms[i].first < 1 || !parentKinds[rd.kinds[ms[i].id]] || !bodyNamed(ts, ms[i].end, ms[i+1].first) {
		return -1
	}
	if ts[ms[i].first-1].word != "the" && !ts[ms[i].end-1].possessive {
		return -1 // "From Afghanistan his organisation, al-Qaeda": a place, not its body
	}
	if k := rd.kinds[ms[i+1].id]; k == "individual" || k == "state" || ms[i+1].id == ms[i].id {
		return -1
	}
	return i + 1
}

// bodyNamed reports whether the words in [from, to) are lower-case words that end with a
// noun of a body, then a comma: "mission, ", "stabilisation mission, ".
func bodyNamed(ts []token, from, to int) bool {
	if to-from < 1 || to-from > 3 || strings.TrimSpace(ts[to].pre) != "," || !anaphoricBodies[ts[to-1].word] {
		return false
	}
	return !slices.ContainsFunc(ts[from:to], func(t token) bool {
		return t.upper || strings.ContainsAny(t.pre, ",;:()") || t.word == "his" || t.word == "her" || t.word == "its" || t.word == "their"
	})
}

// parentKinds are the kinds of actor a body named after it may belong to.
var parentKinds = map[string]bool{"international-organization": true, "coalition": true, "state": true}

// partsNouns are the plural nouns of members that "the two" or "the three" may end with:
// "the three guarantors of the Astana format".
var partsNouns = map[string]bool{"guarantors": true, "members": true, "founders": true, "signatories": true, "partners": true}

// interstate reports whether an organization's name is a body of states': the United
// Nations' ("UN Security Council", "the Security Council"), or two words that name a
// continent's union or league ("African Union", "Arab League").
func interstate(words []string) bool {
	switch {
	case words[0] == "UN" || words[0] == "U.N." || slices.Contains(words, "Nations"):
		return true
	case len(words) == 2 && words[0] == "Security" && words[1] == "Council":
		return true
	case len(words) == 2 && (words[1] == "Union" || words[1] == "League") && continental[words[0]]:
		return true
	}
	return false
}

// interstateForce reports whether an armed force's name is that of states' force: a
// regional, multinational or peacekeeping force ("East African Community Regional Force",
// "Multinational Joint Task Force"; not one a possessive owns, "the Taliban's Regional
// Force", which its caller reads).
func interstateForce(words []string) bool {
	if h := words[len(words)-1]; h != "Force" && h != "Forces" && h != "Brigade" {
		return false
	}
	return slices.ContainsFunc(words, func(w string) bool {
		return w == "Regional" || w == "Multinational" || w == "Peacekeeping" || w == "Nations"
	})
}

// continental are the words of a continent or region a union of states is named by.
var continental = map[string]bool{"African": true, "European": true, "Arab": true, "Asian": true, "Eurasian": true}

// privateWords make a body named after a state its people's, not the state's: "a South
// African private military company" (but "a Chinese state-owned company" is the state's).
var privateWords = map[string]bool{"private": true, "contractor": true, "contractors": true}
