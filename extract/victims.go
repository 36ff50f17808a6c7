package extract

// Who suffered an act rather than did it: one killed in an attack on a camp, and the
// camp, are its victims, not each other's enemies; and the names "between" stands before.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// jointAgents proposes the cooperation of the agents of one hostile act a passive tells:
// "35 civilians were massacred by the Malian army and the Wagner Group". The pairs are
// the passive's, before its parties are turned (the agent second).
func (rd *Reader) jointAgents(d *Document, p Paragraph, s Span, ts []token, c cueSpan, pairs [][2]*mention, cues []string, valid, timeCue string) []Proposal {
	joint, agents := c, []*mention{}
	joint.cue.kind = alliances.Cooperation
	for _, pair := range pairs {
		victim := slices.ContainsFunc(pairs, func(o [2]*mention) bool { return o[0].id == pair[1].id }) // "Deposed by the Derg, he": no agent
		if !victim && !slices.ContainsFunc(agents, func(m *mention) bool { return m.id == pair[1].id }) {
			agents = append(agents, pair[1])
		}
	}
	var out []Proposal
	for a := range agents {
		for b := a + 1; b < len(agents); b++ {
			if prop, ok := rd.one(d, p, s, ts, joint, agents[a], agents[b], append(slices.Clone(cues), "the agents of one act, together"), valid, timeCue, false); ok {
				out = append(out, prop)
			}
		}
	}
	return out
}

// sufferedBetween reports whether a passive with no agent stands between tokens i and j,
// telling what the name before it suffered: "a French soldier was killed and nine were
// injured in a mortar attack on ...".
func sufferedBetween(ts []token, i, j int) bool {
	for k := i; k+1 < j; k++ {
		switch ts[k].word {
		case "was", "were", "been":
			if w := ts[k+1].word; strings.HasSuffix(w, "ed") && w != "attacked" || w == "shot" || w == "hit" || w == "slain" {
				return !slices.ContainsFunc(ts[k+2:j], func(t token) bool { return t.word == "by" })
			}
		}
	}
	return false
}

// betweenBefore reports whether "between" (and an article) stands right before token k.
func betweenBefore(ts []token, k int) bool {
	if k > 0 && determiners[ts[k-1].word] {
		k--
	}
	return k > 0 && ts[k-1].word == "between"
}

// targetBefore reports whether the name at token k is the target or the place of an act,
// after "on", "at" or "near" and the article before it ("an attack on the Barkhane camp").
func targetBefore(ts []token, k int) bool {
	if k > 0 && determiners[ts[k-1].word] {
		k--
	}
	return k > 0 && (ts[k-1].word == "on" || ts[k-1].word == "at" || ts[k-1].word == "near")
}

// killedIn proposes the hostility between one killed and the agent of the act that killed
// them, where the agent is named with the act rather than as the verb's: "was killed along
// with several other militants in an ambush by the Free Syrian Army", "confirmed the death
// of Omar Ould Hamaha in a French airstrike", "his death at the hands of the Israelis".
func (rd *Reader) killedIn(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := range ms {
		agent := &ms[i]
		at := actAgent(ts, agent)
		if at < 0 {
			continue
		}
		// The death before the act: "killed", "the death of", within the clause.
		death := -1
		for k := at - 1; k >= 0 && at-k <= 14; k-- {
			if deathWords[ts[k].word] {
				death = k
				break
			}
			if strings.ContainsAny(ts[k+1].pre, ";:") {
				break
			}
		}
		// One killed, not one who killed: "was killed", "died", "the death of", not "the STC
		// killed militants in a UAE operation".
		if death < 0 || activeDeath[ts[death].word] && (death < 1 || !beWords[ts[death-1].word] && !(death >= 2 && beWords[ts[death-2].word] && adverb(ts[death-1].word))) {
			continue
		}
		// The one who died: the name before the verb, or after "the death of".
		victim := -1
		if death+1 < len(ts) && ts[death+1].word == "of" {
			// "the death of MOJWA spokesman, Omar Ould Hamaha": the individual, not the
			// post's organization.
			for j := range ms {
				if ms[j].first > death+1 && ms[j].first <= death+6 && ms[j].end <= at && (victim < 0 || rd.kinds[ms[j].id] == "individual" && rd.kinds[ms[victim].id] != "individual") {
					victim = j
				}
			}
		} else {
			for j := range ms {
				if ms[j].end <= death && death-ms[j].end <= 4 {
					victim = j
				}
			}
			// "Sadulayev, Maskhadov's successor, was killed": the one the apposition is of;
			// "Maskhadov's bodyguard was killed": no one named.
			if victim >= 0 && ts[ms[victim].end-1].possessive {
				if v, _ := pastApposition(ts, ms, victim, cueSpan{first: death, end: death + 1}); v != victim {
					victim = v
				} else if ms[victim].end < death && !beWords[ts[ms[victim].end].word] {
					victim = -1
				}
			}
		}
		if victim < 0 || ms[victim].id == agent.id {
			continue
		}
		c := cueSpan{cue: cue{words: []string{ts[death].word}, kind: alliances.Hostility, text: ts[death].word}, first: death, end: death + 1}
		st := statement{c: c, ms: ms, li: victim, ri: i, spans: spans, why: []string{"cue: " + ts[death].word, "the act's agent: " + agent.id},
			pairs: [][2]*mention{{agent, &ms[victim]}}}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// actAgent returns the token where the act whose agent mention m names opens ("in", "at"),
// or -1: "in an ambush by the FSA", "in a French airstrike", "at the hands of the Israelis".
func actAgent(ts []token, m *mention) int {
	k := wordBefore(ts, m.first)
	switch {
	case k >= 3 && ts[k].word == "of" && ts[k-1].word == "hands" && ts[k-2].word == "the" && ts[k-3].word == "at":
		return k - 3
	case k >= 1 && ts[k].word == "by" && killingActs[ts[k-1].word]: // "in an ambush by"
		for j := k - 2; j >= 0 && k-j <= 4; j-- {
			if ts[j].word == "in" || ts[j].word == "during" {
				return j
			}
		}
	case m.end < len(ts) && (killingActs[ts[m.end].word] || m.end+1 < len(ts) && killingActs[ts[m.end+1].word] && !ts[m.end].upper): // "in a French airstrike"
		if k >= 0 && (ts[k].word == "in" || ts[k].word == "during") {
			return k
		}
	}
	return -1
}

// deathWords tell of one killed.
var deathWords = map[string]bool{"killed": true, "death": true, "slain": true, "died": true, "executed": true, "assassinated": true,
	"killing": true, "assassination": true}

// killingActs are the acts one may be killed in.
var killingActs = map[string]bool{"ambush": true, "attack": true, "airstrike": true, "airstrikes": true, "strike": true, "strikes": true,
	"raid": true, "raids": true, "bombing": true, "bombardment": true, "assault": true, "operation": true, "shelling": true}

// activeDeath are the death words that, without "was" or "were" before them, tell of a
// killer rather than of one killed.
var activeDeath = map[string]bool{"killed": true, "slain": true, "executed": true, "assassinated": true}

// apposedVictims adds to a hostile act's pairs the man its object's possessive gives a
// post to, set off by commas: "killed UNITA's vice-president, Jeremias Chitunda," is an
// act against the man as well as his movement.
func (rd *Reader) apposedVictims(ts []token, st *statement) {
	if st.c.cue.kind != alliances.Hostility || st.c.cue.passive || !deathWords[st.c.cue.words[0]] || st.ri < 0 {
		return
	}
	owner := st.ms[st.ri]
	k := owner.end // the post's words, then the comma and the man
	for k < len(ts) && k < owner.end+3 && !strings.ContainsAny(ts[k].pre, ",;:()") && !ts[k].upper {
		k++
	}
	i := slices.IndexFunc(st.ms, func(m mention) bool { return m.first == k })
	if !ts[owner.end-1].possessive || k == owner.end || i < 0 || strings.TrimSpace(ts[k].pre) != "," || rd.kinds[st.ms[i].id] != "individual" {
		return
	}
	for _, pair := range slices.Clone(st.pairs) {
		if pair[1].first == owner.first {
			st.pairs = append(st.pairs, [2]*mention{pair[0], &st.ms[i]})
		}
	}
}
