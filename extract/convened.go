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
		if !rd.convenings[ts[k].word] && !obtainWords[ts[k].word] {
			continue
		}
		agents, sides, why := rd.convening(ts, ms, k)
		if len(agents) == 0 {
			continue
		}
		c := cueSpan{cue: cue{words: []string{ts[k].word}, kind: alliances.Mediation, text: ts[k].word}, first: k, end: k + 1}
		if ts[k].word == "go" {
			c.cue.text, c.end = "go-between", k+2
		}
		st := statement{c: c, ms: ms, li: -1, ri: -1, spans: spans, why: []string{"cue: " + c.cue.text, why}}
		if why == betweenTwo {
			st.why = append(st.why, "between")
		}
		passive := rd.voice(ts, c) == passiveBy // the statement swaps the agent after "by" back
		for _, a := range agents {
			if slices.ContainsFunc(sides, func(m *mention) bool { return m.id == a.id }) {
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
		if why == broughtToSign {
			// "brought Berri, Jumblatt and Hobeika to sign a Tripartite Agreement": those
			// brought sign it with each other.
			c.cue.kind, c.cue.text = alliances.Agreement, "brought to sign"
			deal := statement{c: c, ms: ms, li: -1, ri: -1, spans: spans, why: []string{"cue: brought to sign"}, listed: true}
			for i := range sides {
				for j := i + 1; j < len(sides); j++ {
					if sides[i].id != sides[j].id {
						deal.pairs = append(deal.pairs, [2]*mention{sides[i], sides[j]})
					}
				}
			}
			out = append(out, rd.proposals(d, p, s, ts, &deal, valid, timeCue)...)
		}
	}
	return out
}

// withThirds makes a tie for each third the statement names besides the two of prop:
// "Gaddafi hosted talks at which the government signed with the UFDD and the RFC"
// mediates between the government and each. Not between the thirds: those the one side
// signs with are no two sides of their own.
func withThirds(prop Proposal, paragraph int, thirds []*mention, left, right string) []Proposal {
	var out []Proposal
	for _, th := range thirds {
		if th.id == left || th.id == right {
			continue
		}
		q := prop
		q.Tie.Third = th.id
		q.Tie.ID = proposalID(q.Tie, paragraph)
		out = append(out, q)
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
	case obtainWords[w]:
		return rd.obtaining(ts, ms, k)
	case w == "mediating" || w == "mediator" || w == "mediators" || w == "moderator" || w == "moderators" || w == "host" || w == "intermediary" || w == "facilitator" || w == "facilitators" ||
		w == "go" && k+1 < len(ts) && ts[k+1].word == "between" && strings.TrimSpace(ts[k+1].pre) == "-":
		// "With Crocker mediating and Soviet diplomats in attendance, Angola, Cuba and South
		// Africa signed the New York accords", "with Compaoré as mediator", "with Burkina
		// Faso's President Blaise Compaoré acting as the Community's mediator", "with the
		// Algerian government as host", "with the bishop as go-between": those who sign or
		// meet in the sentence, before or after.
		end, acted := k, false // where the agent's name ends; "Welch acted as go-between"
		if w != "mediating" {
			end = -1
			for j := k - 1; j >= max(1, k-3); j-- {
				if ts[j].word == "as" {
					end = j
					switch ts[j-1].word {
					case "acting", "serving":
						end = j - 1
					case "acted", "served", "acts", "serves":
						end, acted = j-1, true
					}
					break
				}
				if !determiners[ts[j].word] && !ts[j].possessive {
					break
				}
			}
		}
		a := slices.IndexFunc(ms, func(m mention) bool { return m.first >= 0 && m.end == end })
		if a < 0 {
			return nil, nil, ""
		}
		agents = group(ts, ms, a, -1)
		if acted {
			if sides, why := rd.actedBetween(ts, ms, agents, k); len(sides) >= 2 {
				return agents, sides, why
			}
			return nil, nil, ""
		}
		with := agents[len(agents)-1].first - 1 // "with", perhaps before a post: "with Burkina Faso's President"
		for with > 0 && with >= agents[len(agents)-1].first-4 && ts[with].word != "with" && !strings.ContainsAny(ts[with+1].pre, ",;:") {
			with--
		}
		if with < 0 || ts[with].word != "with" || with > 0 && moodWords[ts[with-1].word] {
			return nil, nil, "" // "unhappy with Kenya as mediator"
		}
		for j := range ts {
			if j >= with && j <= k || !meetingVerbs[ts[j].word] {
				continue
			}
			// In the mediator's clause: "With Norway as mediator, talks dragged on;
			// meanwhile Russia and Iran signed" names no one it mediated between.
			if from, to := min(j, with), max(j, k); slices.ContainsFunc(ts[from+1:to+1], func(t token) bool { return strings.ContainsAny(t.pre, ";:") }) {
				continue
			}
			last := slices.IndexFunc(ms, func(m mention) bool { return (m.first > k || m.end <= with) && m.end <= j && m.end >= j-1 })
			if last < 0 && j > 0 && ts[j-1].word == "to" && ts[j].word == "meet" && len(ms) > 0 && ms[0].first >= 0 && ms[0].end < j {
				last = 0 // "Aznar ... sent envoys to meet ETA": the sentence's subject, through its envoys
			}
			if last < 0 {
				continue
			}
			if g := group(ts, ms, last, -1); len(g) >= 2 {
				slices.Reverse(g)
				return agents, g, "those who met or signed"
			}
			// "Aznar met ETA in Switzerland": the subject and the one it met.
			if o := mentionFrom(ts, ms, j+1); o >= 0 && ms[o].first <= j+2 && (ts[j].word == "met" || ts[j].word == "meet") {
				return agents, []*mention{&ms[last], &ms[o]}, "those who met: the subject and the one it met"
			}
			// "the junta signed a framework agreement with ECOWAS": the subject and the
			// one it signed with.
			for x := j + 1; x < len(ts) && x <= j+6 && !strings.ContainsAny(ts[x].pre, ",;:"); x++ {
				if ts[x].word == "with" {
					if o := mentionFrom(ts, ms, x+1); o >= 0 {
						return agents, []*mention{&ms[last], &ms[o]}, "those who met or signed: the subject and the one it met with"
					}
				}
			}
		}
		return nil, nil, ""
	case w == "auspices" || w == "sponsorship" || w == "facilitation" || w == "mediation" || w == "patronage" || w == "offices" && k > 1 && ts[k-1].word == "good":
		at := k // "under the good offices of the Solomon Islands", "Pakistan's good offices"
		if w == "offices" {
			at = k - 1
		}
		if a := slices.IndexFunc(ms, func(m mention) bool { return m.first >= 0 && m.end == at }); a >= 0 {
			agents = group(ts, ms, a, -1) // "UN auspices", "Pakistan's auspices", "American sponsorship"
		} else if k+1 < len(ts) && ts[k+1].word == "of" {
			if a := mentionFrom(ts, ms, k+2); a >= 0 {
				agents = group(ts, ms, a, +1) // "the auspices of the United Nations"
			}
		}
		if len(agents) == 0 && w == "mediation" {
			return rd.ledMediation(ts, ms, k)
		}
		if len(agents) == 0 {
			return nil, nil, ""
		}
		// "Libya's mediation between Eritrea and Sudan" (eritrea-1998's ¶15): the two
		// after it.
		if sides = betweenSides(ts, ms, k, len(ts)); len(sides) >= 2 && k+1 < len(ts) && ts[k+1].word == "between" {
			return agents, sides, betweenTwo
		}
		// In the cue's own clause: a meeting between two, or those who met or signed; or
		// relations between two ("relations between Eritrea and Sudan were restored
		// through Libyan mediation").
		from := meetingClause(ts, k)
		for j := from; j < k; j++ {
			if rd.meetingAt(ts, j) || ts[j].word == "relations" {
				if sides = betweenSides(ts, ms, j, k); len(sides) >= 2 {
					return agents, sides, betweenTwo
				}
			}
		}
		if sides, why := signers(ts, ms, from, k); len(sides) >= 2 {
			return agents, sides, why
		}
		if sides, why := signers(ts, ms, k+1, frontedUnder(ts, k)); len(sides) >= 2 {
			return agents, sides, why // "In 1988, under American mediation, South Africa and Angola agreed"
		}
		// "bringing republicans and royalists together under Egyptian and Saudi
		// auspices": those brought together.
		for j := from; j < k; j++ {
			if o := mentionFrom(ts, ms, j+1); bringWords[ts[j].word] && o >= 0 {
				if g := group(ts, ms, o, +1); len(g) >= 2 && g[len(g)-1].end < k && ts[g[len(g)-1].end].word == "together" {
					return agents, g, "those it brought together"
				}
			}
		}
		for j := from; j < k; j++ {
			if !rd.meetingAt(ts, j) {
				continue
			}
			if sides, why := rd.facingSides(ts, ms, agents, j); len(sides) == 2 {
				return agents, sides, why // "the Riyadh accord was signed under Saudi auspices"
			}
		}
		return nil, nil, ""
	case w == "brought" || w == "bringing" || w == "brings" || w == "bring":
		// "He had already brought Déby and Bashir together in Tripoli": the subject
		// brings together the list after the verb.
		o := mentionFrom(ts, ms, k+1)
		if o < 0 {
			return nil, nil, ""
		}
		sides = group(ts, ms, o, +1)
		if e := ms[o].end; e+1 < len(ts) && ts[e].word == "together" && ts[e+1].word == "with" {
			sides = sides[:1] // "brought Kinshasa together with ...", read below
		}
		last := sides[len(sides)-1].end
		if last < len(ts) && strings.Contains(ts[last].pre, ",") && (ts[last].word == "who" || ts[last].word == "which") {
			// "brought Berri, Jumblatt and Hobeika, who had taken over the Lebanese Forces,
			// to sign": past the relative clause.
			for j := last + 1; j < len(ts) && !strings.ContainsAny(ts[j].pre, ";:()"); j++ {
				if strings.Contains(ts[j].pre, ",") {
					last = j
					break
				}
			}
		}
		switch {
		case len(sides) == 1 && last+2 < len(ts) && ts[last].word == "together" && ts[last+1].word == "with":
			// "brought Kinshasa together with dozens of armed groups"
			if w := mentionFrom(ts, ms, last+2); w >= 0 {
				sides = append(sides, group(ts, ms, w, +1)...)
			}
		case len(sides) < 2 || last >= len(ts):
			return nil, nil, ""
		case ts[last].word == "together":
		case ts[last].word == "to" && last+1 < len(ts) && (broughtTo(ts[last+1:]) || ts[last+1].upper && envoysAt(ts, k+1) && !strings.ContainsAny(ts[last+1].pre, ",;:()")):
			// "brought envoys of the two leaders to Paris": their envoys to a place, to meet
			// there (not "brought the Phnom Penh government and the Khmer Rouge to Jakarta")
			// "brought the Phnom Penh government and the three resistance groups to one
			// table", "brought Berri, Jumblatt and Hobeika to sign"
		default:
			return nil, nil, ""
		}
		if len(sides) < 2 {
			return nil, nil, ""
		}
		a := slices.IndexFunc(ms, func(m mention) bool {
			return m.first >= 0 && m.end <= k && m.end >= k-2 && !slices.ContainsFunc(ts[m.end:k+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:") })
		})
		// "Nelson Mandela, South Africa's president, working with the joint envoy,
		// brought Mobutu and Kabila together": the subject past its aside.
		if s := subject(ts, ms); a < 0 && s < len(ms) && ms[s].first >= 0 && ms[s].end < k && strings.Contains(ts[ms[s].end].pre, ",") &&
			strings.Contains(ts[k].pre, ",") && !slices.ContainsFunc(ts[ms[s].end:k+1], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") }) {
			a = s
		}
		if a < 0 {
			return nil, nil, ""
		}
		if ts[last].word == "to" && (ts[last+1].word == "sign" || ts[last+1].word == "agree") {
			return group(ts, ms, a, -1), sides, broughtToSign
		}
		return group(ts, ms, a, -1), sides, "those it brought together"
	case k+1 < len(ts) && ts[k+1].word == "by":
		// "talks between A and B in Moscow were sponsored by Russia and Turkey": the
		// meeting named before the verb is its subject.
		a := rd.postHolder(ts, ms, mentionFrom(ts, ms, k+2))
		if a < 0 {
			// "chaired by the UN's special representative, Alioune Blondin Beye": the
			// possessor is no mention of its own beside the post's holder.
			a = slices.IndexFunc(ms, func(m mention) bool {
				return m.first > k+2 && m.first <= k+8 && rd.kinds[m.id] == "individual" && strings.Contains(ts[m.first].pre, ",") &&
					!ts[m.end-1].possessive && !slices.ContainsFunc(ts[k+2:m.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") || strings.HasSuffix(t.word, "ed") })
			})
		}
		if a < 0 {
			return nil, nil, ""
		}
		for j := k - 1; j >= max(0, k-20) && !strings.ContainsAny(ts[j+1].pre, ";:"); j-- {
			if rd.meetingAt(ts, j) {
				if sides = betweenSides(ts, ms, j, k); len(sides) >= 2 && subjectOfPassive(ts, ms, sides[len(sides)-1].end, k) {
					return group(ts, ms, a, +1), sides, betweenTwo
				}
				// "Talks in Lomé, hosted by Togo's president, produced an agreement between
				// the government and the RUF": the two of the deal the talks produced.
				if sides := dealBetween(ts, ms, k); len(sides) >= 2 && (strings.Contains(ts[k].pre, ",") || j == k-1) {
					return group(ts, ms, a, +1), sides, betweenTwo
				}
				// "The RUF agreed a ceasefire with the government at Abuja, mediated by
				// ECOWAS": the deal right before the participle, and those who signed it.
				if strings.Contains(ts[k].pre, ",") && mediatingWords[w] {
					if sides, why := signers(ts, ms, meetingClause(ts, j), k); len(sides) >= 2 {
						return group(ts, ms, a, +1), sides, why
					}
				}
				// "the Dakar accord was brokered by Senegal's president": the two the
				// text told facing each other.
				if agents := group(ts, ms, a, +1); j >= k-4 {
					if sides, why := rd.facingSides(ts, ms, agents, j); len(sides) == 2 {
						return agents, sides, why
					}
				}
				break
			}
		}
	default:
		// "Germany hosted talks between A and B", "Russia and Turkey jointly sponsored a
		// round of talks between ...": the subject right before the verb, the meeting its
		// object.
		v := k // past an adverb or "co-": "co-facilitated the resumed talks"
		for v > 0 && v >= k-2 && (adverb(ts[v-1].word) || ts[v-1].word == "co") {
			v--
		}
		a := slices.IndexFunc(ms, func(m mention) bool { return m.first >= 0 && m.end == v })
		if a < 0 {
			return nil, nil, ""
		}
		for j := k + 1; j < min(len(ts), k+12) && !strings.ContainsAny(ts[j].pre, ";:") && (j < k+6 && !strings.Contains(ts[j].pre, ",") || placeTimeAside(ts, k+1, j)); j++ {
			if rd.meetingAt(ts, j) {
				if sides = betweenSides(ts, ms, j, len(ts)); len(sides) >= 2 {
					return group(ts, ms, a, -1), sides, betweenTwo
				}
				if sides = signedAt(ts, ms, j); len(sides) >= 2 {
					return group(ts, ms, a, -1), sides, "those who signed at the meeting"
				}
				if j+1 < len(ts) && ts[j+1].word == "of" {
					continue // "a round of talks between"
				}
				// "Qatar and Libya brokered yet another deal in Doha": between the two the
				// text told facing each other.
				if sides, why := rd.facingSides(ts, ms, group(ts, ms, a, -1), j); len(sides) == 2 {
					return group(ts, ms, a, -1), sides, why
				}
				break
			}
			if notObject[ts[j].word] && !placeTimeAside(ts, k+1, j+1) || slices.ContainsFunc(ms, func(m mention) bool { return m.first == j }) {
				break // "hosted Haftar during talks between", "hosted the UFDD under a deal"
			}
		}
	}
	return nil, nil, ""
}

// bringWords are the verbs of bringing two together.
var bringWords = map[string]bool{"brought": true, "bringing": true, "brings": true, "bring": true}

// broughtToSign is why a convening reads those it brought to sign: they agree.
const broughtToSign = "those it brought to sign"

// broughtTo reports whether the words after "brought A and B to" bring them to talk:
// "to one table", "to the negotiating table", "to sign", "to talks".
func broughtTo(ts []token) bool {
	switch ts[0].word {
	case "sign", "talks", "negotiate", "negotiations", "agree", "meet":
		return true
	}
	for k := 0; k < min(len(ts), 3); k++ {
		if ts[k].word == "table" {
			return true
		}
	}
	return false
}

// postHolder returns, for the mention a in the possessive before a post, the individual
// named after the post in apposition ("the UN's special representative, Alioune Blondin
// Beye"), else a.
func (rd *Reader) postHolder(ts []token, ms []mention, a int) int {
	if a < 0 || !ts[ms[a].end-1].possessive {
		return a
	}
	for j := a + 1; j < len(ms) && ms[j].first-ms[a].end <= 4; j++ {
		if rd.kinds[ms[j].id] == "individual" && (strings.Contains(ts[ms[j].first].pre, ",") || ms[j].first == ms[a].end) &&
			!slices.ContainsFunc(ts[ms[a].end:ms[j].first], func(t token) bool { return t.upper && !rd.postAt(ts, ms[a].end, ms[j].first) }) {
			return j
		}
	}
	return a
}

// mentionFrom returns the index of the mention that opens at token k, or after the
// article there, or -1: "the government" and "the two" open at their article.
func mentionFrom(ts []token, ms []mention, k int) int {
	if i := slices.IndexFunc(ms, func(m mention) bool { return m.first == k }); i >= 0 || k >= len(ts) || !determiners[ts[k].word] {
		return i
	}
	return slices.IndexFunc(ms, func(m mention) bool { return m.first == k+1 })
}

// mediatingWords are the participles of mediating a deal named before them: "a ceasefire
// ..., mediated by ECOWAS", "an accord, brokered by Senegal's president".
var mediatingWords = map[string]bool{"mediated": true, "brokered": true}

// notObject are the words after a verb of convening that leave the meeting after them no
// object of the verb: "hosted Haftar during talks between".
var notObject = map[string]bool{"under": true, "during": true, "in": true, "at": true, "with": true, "for": true, "after": true, "before": true,
	"by": true, "while": true, "as": true, "to": true, "amid": true, "on": true, "against": true, "over": true, "near": true}

// subjectOfPassive reports whether the words from token from (the end of a meeting's two)
// to the passive verb at token k leave the meeting the verb's subject: no other verb
// ("After talks between A and B collapsed, the LNA, sponsored by Egypt"), and no name but
// a place's ("in Moscow").
func subjectOfPassive(ts []token, ms []mention, from, k int) bool {
	for j := from; j < k; j++ {
		if w := ts[j].word; strings.HasSuffix(w, "ed") || w == "fell" || w == "broke" {
			return false
		}
		if slices.ContainsFunc(ms, func(m mention) bool { return m.first == j }) && (j == 0 || !placePreps[ts[j-1].word]) {
			return false
		}
	}
	return true
}

// placePreps are the prepositions of a place a name after them is.
var placePreps = map[string]bool{"in": true, "at": true, "near": true}

// betweenSides returns the list of two or more a meeting's noun at token j names after
// "between", within a few words ("talks in Moscow between A and B"), that ends before
// token limit; or nil.
func betweenSides(ts []token, ms []mention, j, limit int) []*mention {
	for t := j + 1; t < min(len(ts), j+10) && !strings.ContainsAny(ts[t].pre, ",;:"); t++ {
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

// moodWords are the words of a mood before "with": "unhappy with Kenya as mediator".
var moodWords = map[string]bool{"unhappy": true, "happy": true, "satisfied": true, "dissatisfied": true, "content": true,
	"displeased": true, "pleased": true, "frustrated": true, "angry": true, "furious": true, "comfortable": true, "uncomfortable": true}

// signedAt returns those a clause after the meeting at token j says met or signed there:
// "hosted talks in Sirte at which the government signed a peace agreement with the UFDD
// and the RFC" (the subject first, then each it signed with), or none.
func signedAt(ts []token, ms []mention, j int) []*mention {
	for x := j + 1; x < len(ts) && x <= j+4; x++ {
		if !(ts[x].word == "which" && (ts[x-1].word == "at" || ts[x-1].word == "in") || ts[x].word == "where") {
			continue
		}
		for y := x + 1; y < len(ts) && y <= x+6; y++ {
			if !meetingVerbs[ts[y].word] {
				continue
			}
			subject := slices.IndexFunc(ms, func(m mention) bool { return m.first > x && m.end <= y && m.end >= y-1 })
			if subject < 0 {
				return nil
			}
			for w := y + 1; w < len(ts) && w <= y+6 && !strings.ContainsAny(ts[w].pre, ";:"); w++ {
				if ts[w].word == "with" {
					if o := mentionFrom(ts, ms, w+1); o >= 0 {
						return append([]*mention{&ms[subject]}, group(ts, ms, o, +1)...)
					}
					return nil
				}
			}
			return nil
		}
	}
	return nil
}

// thirdAs reports whether the words from token k give the part a third takes in a deal
// or talks: "as mediator", "acting as the Community's mediator", "as guarantor".
func thirdAs(ts []token, k int) bool {
	if k+1 < len(ts) && (ts[k].word == "acting" || ts[k].word == "serving") {
		k++
	}
	if k >= len(ts) || ts[k].word != "as" {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+4; j++ {
		if thirdNouns[ts[j].word] || ts[j].word == "go" && j+1 < len(ts) && ts[j+1].word == "between" {
			return true
		}
		if !determiners[ts[j].word] && !ts[j].possessive {
			return false
		}
	}
	return false
}

// thirdNouns are the parts a third takes in a deal or talks.
var thirdNouns = map[string]bool{"mediator": true, "mediators": true, "guarantor": true, "guarantors": true, "witness": true,
	"witnesses": true, "facilitator": true, "facilitators": true, "host": true, "hosts": true, "observer": true, "observers": true,
	"broker": true, "sponsor": true, "sponsors": true, "go-between": true, "intermediary": true}

// placeTimeAside reports whether the words [from, to) after a verb of hosting are a place
// and a time set off by commas, before its meeting: "hosted at Burnham military camp, in
// July 1997, talks between"; no name, verb or relative clause among them.
func placeTimeAside(ts []token, from, to int) bool {
	if from >= len(ts) || ts[from].word != "at" && ts[from].word != "in" && ts[from].word != "on" {
		return false
	}
	for _, t := range ts[from:to] {
		if relativeWords[t.word] || auxiliaries[t.word] || pastVerbs[t.word] || t.word == "and" {
			return false
		}
	}
	return true
}
