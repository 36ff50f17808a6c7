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
		if !slices.ContainsFunc(agents, func(m *mention) bool { return m.id == pair[1].id }) {
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
