package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// Help told in a participle's phrase that opens a sentence, before its subject:
// "Re-equipped with Soviet tanks and aircraft, and reportedly advised by Soviet officers,
// the Iraqi army pushed the peshmerga back"; "Operating from Darfur with arms and money
// from Sudan and Egypt, the FAN advanced on N'Djamena".

// frontedParticiple proposes the support of each giver a sentence's opening phrase of help
// names to the subject after it: a phrase that opens on a participle of help ("Armed by",
// "Re-equipped with", "Backed by") names its givers anywhere in it; one that opens on
// another participle ("Operating from Darfur") names them after a noun of help and "from".
// The phrase ends at the last comma before the subject, a name a verb follows.
func (rd *Reader) frontedParticiple(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	subject, helping := frontedSubject(ts, ms)
	if subject < 1 {
		return nil
	}
	if ledParticiples[ts[0].word] {
		return rd.frontedLeader(d, p, s, ts, ms, subject, valid, timeCue)
	}
	var givers []mention
	for _, m := range ms[:subject] {
		if m.first < 0 || rd.kinds[m.id] == "" {
			continue
		}
		if helping || helpFromBefore(ts, m) {
			givers = append(givers, m)
		}
	}
	var out []Proposal
	for _, r := range group(ts, ms, subject, +1) {
		for _, g := range givers {
			if g.id == r.id {
				continue
			}
			t := alliances.Tie{Subject: g.id, Object: r.id, Kind: alliances.Support, Status: alliances.Reported}
			if _, hedge := rd.has(ts, 0, ms[subject].first, rd.rules.Hedges...); hedge {
				t.Status = alliances.Alleged
			}
			cues := []string{"cue: " + strings.Join(wordsOf(ts, 0, ms[0].first), " "), "fronted: help the opening phrase names, to the subject after it"}
			if prop, ok := rd.finish(d, p, s, t, cues, valid, timeCue, 0.7); ok {
				out = append(out, prop)
			}
		}
	}
	return out
}

// frontedLeader proposes the leadership of each person an opening phrase of leading
// names after its "by", of the organization after it: "Founded in England in the 1970s by
// Amanullah Khan, the JKLF ...", "Led by Syed Salahuddin, the Hizb ...". A state or a
// group after "by" is no leader: "Founded by Iran, Hezbollah" is told by the rules.
func (rd *Reader) frontedLeader(d *Document, p Paragraph, s Span, ts []token, ms []mention, subject int, valid, timeCue string) []Proposal {
	by := agentBy(ts, 1)
	org := ms[subject]
	if by < 0 || rd.kinds[org.id] == "individual" || rd.kinds[org.id] == "state" || rd.kinds[org.id] == "" {
		return nil
	}
	var out []Proposal
	for i, m := range ms[:subject] {
		if m.first != by+1 {
			continue
		}
		for _, l := range group(ts, ms, i, +1) {
			if rd.kinds[l.id] != "individual" || l.first >= org.first {
				continue
			}
			t := alliances.Tie{Subject: l.id, Object: org.id, Kind: alliances.Membership, Status: alliances.Reported}
			cues := []string{"cue: " + strings.Join(wordsOf(ts, 0, by+1), " "), "fronted: the leader the opening phrase names, of the organization after it"}
			if prop, ok := rd.finish(d, p, s, t, cues, valid, timeCue, 0.7); ok {
				out = append(out, prop)
			}
		}
	}
	return out
}

// frontedSubject returns the index in ms of the subject after a sentence's opening phrase
// of a participle, and whether the participle is one of help; -1 where the sentence opens
// with none. The subject is the first name after a comma that a verb follows.
func frontedSubject(ts []token, ms []mention) (int, bool) {
	if len(ts) < 4 || len(ms) < 2 || ms[0].first == 0 {
		return -1, false
	}
	open := ts[0].word
	if open == "re" && strings.TrimSpace(ts[1].pre) == "-" {
		open = ts[1].word // "Re-equipped with Soviet tanks"
	}
	helping := helpParticiples[open]
	if !helping && !ledParticiples[open] && (!strings.HasSuffix(open, "ing") || len(open) < 6 || open == "during" || open == "according") {
		return -1, false
	}
	for i, m := range ms {
		if m.first > 0 && m.first < len(ts) && strings.TrimSpace(ts[m.first].pre) == "," || m.first > 1 && determiners[ts[m.first-1].word] && strings.TrimSpace(ts[m.first-1].pre) == "," {
			g := group(ts, ms, i, +1)
			e := g[len(g)-1].end
			if e < len(ts) && (forceNouns[ts[e].word] || troopNouns[ts[e].word] || ts[e].word == "army" || ts[e].word == "military") {
				e++ // "the Iraqi army pushed"
			}
			if verbAfter(ts, e) || e < len(ts) && adverb(ts[e].word) && verbAfter(ts, e+1) {
				if slices.ContainsFunc(ts[:m.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") }) {
					return -1, false
				}
				return i, helping
			}
		}
	}
	return -1, false
}

// helpFromBefore reports whether the giver m follows "from" after a noun of help in the
// words before it: "with arms and money from Sudan and Egypt".
func helpFromBefore(ts []token, m mention) bool {
	k := m.first - 1
	for k >= 0 && (ts[k].word == "and" || ts[k].word == "the" || determiners[ts[k].word]) {
		k--
	}
	for k >= 0 && m.first-k <= 12 && ts[k].word != "from" {
		k-- // past the list's other names
	}
	if k < 1 || ts[k].word != "from" {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 5; j-- {
		if helpNouns[ts[j].word] || supplyNouns[ts[j].word] {
			return true
		}
	}
	return false
}

// helpParticiples are the participles of help that open a phrase before the one helped:
// "Armed by Iran, the Houthis ...".
var helpParticiples = map[string]bool{"equipped": true, "armed": true, "rearmed": true, "backed": true, "supported": true,
	"supplied": true, "trained": true, "advised": true, "funded": true, "financed": true, "aided": true, "assisted": true,
	"helped": true, "reinforced": true, "bolstered": true, "sustained": true, "resupplied": true, "bankrolled": true}

// supplyNouns are the nouns of what is supplied: "arms and money from Sudan".
var supplyNouns = map[string]bool{"arms": true, "weapons": true, "money": true, "funds": true, "ammunition": true, "supplies": true,
	"equipment": true, "fuel": true, "advisers": true, "advisors": true, "instructors": true, "training": true, "cash": true,
	"aircraft": true, "armour": true, "armor": true, "tanks": true, "rifles": true, "guns": true}

// frontedPressure proposes the coercion of the one whose pressure a sentence's opening
// phrase names, of the subject after it: "Under heavy American pressure, Pakistan agreed
// to pull back", "Under Saudi prodding, the two sides met" (the pressure "from" a name is
// the passive cue's, read by the rules).
func (rd *Reader) frontedPressure(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	if len(ts) < 5 || ts[0].word != "under" || len(ms) < 2 {
		return nil
	}
	noun := slices.IndexFunc(ts[:min(len(ts), 5)], func(t token) bool { return pressureNouns[t.word] })
	if noun < 2 || noun+1 < len(ts) && ts[noun+1].word == "from" {
		return nil
	}
	var agent *mention
	for i := range ms {
		if m := ms[i]; m.first > 0 && m.end == noun && rd.kinds[m.id] != "" {
			agent = &ms[i] // "American", "Washington's"
		}
	}
	if agent == nil || noun+1 >= len(ts) {
		return nil
	}
	var out []Proposal
	for i, m := range ms {
		if m.first != noun+1 && !(m.first == noun+2 && ts[noun+1].word == "the") {
			continue
		}
		for _, r := range group(ts, ms, i, +1) {
			if r.id == agent.id || rd.kinds[r.id] == "" {
				continue
			}
			t := alliances.Tie{Subject: agent.id, Object: r.id, Kind: alliances.Coercion, Status: alliances.Reported}
			cues := []string{"cue: " + strings.Join(wordsOf(ts, 0, noun+1), " "), "fronted: the pressure the opening phrase names, on the subject after it"}
			if prop, ok := rd.finish(d, p, s, t, cues, valid, timeCue, 0.7); ok {
				out = append(out, prop)
			}
		}
		break
	}
	return out
}

// pressureNouns are the nouns of pressure that "under" opens: "under American pressure".
var pressureNouns = map[string]bool{"pressure": true, "pressures": true, "prodding": true, "duress": true}
