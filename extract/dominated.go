package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// dominatedGroups proposes the membership of the people a compound names as a group's main
// part, where the group is named apart from the compound: in apposition after it
// ("Another Tuareg-dominated group, the Islamist Ansar Dine, fought") or after a copula
// ("Ansar Dine is a Tuareg-dominated group"). The compound right before a name is read
// with the other compounds ("the FSA-dominated Mare' Operations Room").
func (rd *Reader) dominatedGroups(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for k := 1; k+1 < len(ts); k++ {
		if ts[k].word != "dominated" || !strings.Contains(ts[k].pre, "-") || rd.nameAt(ts, k+1) {
			continue
		}
		member, from := "", -1
		for j := k - 1; j >= max(k-4, 0) && member == ""; j-- {
			if id, n := rd.nameIDAt(ts, j); id != "" && j+n == k {
				member, from = id, j
			}
		}
		if member == "" || rd.kinds[member] == "state" {
			continue // "the Kurdish-dominated parts of Turkey": a state's people, not its state
		}
		// The group noun the compound qualifies, within three words: "group", "Islamist group".
		h := k + 1
		for h < len(ts) && h <= k+3 && !bodyNouns[ts[h].word] && !strings.ContainsAny(ts[h].pre, ",;:()") {
			h++
		}
		if h >= len(ts) || h > k+3 || !bodyNouns[ts[h].word] {
			continue
		}
		group := -1
		if h+1 < len(ts) && strings.Contains(ts[h+1].pre, ",") {
			group = slices.IndexFunc(ms, func(m mention) bool { return m.first > h && m.first <= h+4 })
		}
		if a := from - 1; group < 0 && a > 0 && (ts[a].word == "a" || ts[a].word == "an") && copulas[ts[a-1].word] {
			group = slices.IndexFunc(ms, func(m mention) bool { return m.end == a-1 })
		}
		if group < 0 || ms[group].id == member {
			continue
		}
		t := alliances.Tie{Subject: member, Object: ms[group].id, Kind: alliances.Membership, Status: alliances.Reported}
		why := []string{"cue: dominated", "compound: " + strings.TrimSpace(d.Text[ts[from].start:ts[h].end]) + ", of " + ms[group].id}
		if prop, ok := rd.finish(d, p, s, t, why, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	return out
}

// bodyNouns are the nouns of a body of people that a compound may qualify.
var bodyNouns = map[string]bool{"group": true, "groups": true, "movement": true, "militia": true, "militias": true,
	"faction": true, "factions": true, "party": true, "organization": true, "organisation": true, "network": true,
	"outfit": true, "coalition": true, "alliance": true, "force": true, "forces": true, "army": true, "front": true,
	"government": true, "administration": true, "regime": true, "rebellion": true, "insurgency": true}
