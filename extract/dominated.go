package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// qualifiedGroups proposes the membership of the people a group's noun is qualified by,
// where the group is named apart from the noun: in apposition after it ("Another
// Tuareg-dominated group, the Islamist Ansar Dine, fought", "a mostly Arab militia calling
// itself the FNLA"), before it ("the Ganda Iso, a Songhai militia,") or before a copula
// ("Ansar Dine is a Tuareg-dominated group"). A compound right before a name is read with
// the other compounds ("the FSA-dominated Mare' Operations Room").
func (rd *Reader) qualifiedGroups(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for k := 1; k+1 < len(ts); k++ {
		member, from, h := rd.qualifiedNoun(ts, k)
		if member == "" {
			continue
		}
		group := -1
		a := from - 1 // the article, after an adverb of share: "a mostly Arab militia"
		if a > 0 && shareAdverbs[ts[a].word] {
			a--
		}
		if a > 0 && indefinite(ts[a].word) {
			if copulas[ts[a-1].word] { // "Ansar Dine is a Tuareg-dominated group"
				group = slices.IndexFunc(ms, func(m mention) bool { return m.end == a-1 })
			} else if strings.Contains(ts[a].pre, ",") { // "the Ganda Iso, a Songhai militia"
				group = slices.IndexFunc(ms, func(m mention) bool { return m.end == a })
			}
		}
		// After the noun, the group's name at once: "group, the Islamist Ansar Dine",
		// "militia calling itself the FNLA" (not "militia, attacked Iran").
		at := h + 1
		if group < 0 && at+1 < len(ts) && (matchAt(ts, at, []string{"calling", "itself"}) || matchAt(ts, at, []string{"known", "as"})) {
			at += 2
		} else if group < 0 && (at >= len(ts) || !strings.Contains(ts[at].pre, ",")) {
			continue
		}
		for group < 0 && at < len(ts) && at <= h+4 && (determiners[ts[at].word] || ts[at].upper) {
			if j := slices.IndexFunc(ms, func(m mention) bool { return m.first == at }); j >= 0 {
				group = j
			}
			at++
		}
		if group < 0 || ms[group].id == member || rd.kinds[ms[group].id] == "state" {
			continue
		}
		t := alliances.Tie{Subject: member, Object: ms[group].id, Kind: alliances.Membership, Status: alliances.Reported}
		if rd.kinds[member] != alliances.Category {
			t.Subject, t.Object = ms[group].id, member // "an ECOWAS mission, AFISMA": the mission is ECOWAS's
		}
		why := []string{"cue: " + ts[h].word, "qualified: " + strings.TrimSpace(d.Text[ts[from].start:ts[h].end]) + ", of " + ms[group].id}
		if prop, ok := rd.finish(d, p, s, t, why, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	return out
}

// qualifiedNoun reads a group's noun qualified by a people's name at token k: a compound
// ending there ("Tuareg-dominated group") or a name opening there after an article ("a
// Songhai secular militia", "a mostly Arab militia"). It returns the people, where their
// name opens, and the noun's token; "" where none.
func (rd *Reader) qualifiedNoun(ts []token, k int) (member string, from, noun int) {
	if ts[k].word == "dominated" && strings.Contains(ts[k].pre, "-") && !rd.nameAt(ts, k+1) {
		for j := k - 1; j >= max(k-4, 0) && member == ""; j-- {
			if id, n := rd.nameIDAt(ts, j); id != "" && j+n == k {
				member, from = id, j
			}
		}
	} else if a := k - 1; a > 0 && (indefinite(ts[a].word) || shareAdverbs[ts[a].word] && indefinite(ts[a-1].word)) && !scenePreps[ts[a-1].word] &&
		!sceneOfFight[ts[a-1].word] {
		if id, n := rd.nameIDAt(ts, k); id != "" && rd.kinds[id] == alliances.Category {
			member, from, k = id, k, k+n-1 // k: the name's last word, as "dominated" above
		} else if id != "" && partOwners[rd.kinds[id]] && k+n < len(ts) && partNounsOne[ts[k+n].word] && k+n+1 < len(ts) && strings.Contains(ts[k+n+1].pre, ",") {
			// "An EU mission, EUTM Mali, began training": the body named after is the
			// organization's part (its member, as a people's militia is theirs).
			return id, k, k + n
		}
	}
	if member == "" || rd.kinds[member] == "state" {
		return "", 0, 0 // "the Kurdish-dominated parts of Turkey": a state's people, not its state
	}
	// The group noun, within three words: "group", "Islamist group", "secular militia".
	h := k + 1
	for h < len(ts) && h <= k+3 && !bodyNouns[ts[h].word] && !ts[h].upper && !strings.ContainsAny(ts[h].pre, ",;:()") {
		h++
	}
	if h >= len(ts) || h > k+3 || !bodyNouns[ts[h].word] {
		return "", 0, 0
	}
	return member, from, h
}

// partOwners are the kinds of organization whose word before a noun of a part ("an EU
// mission", "an ECOWAS force") names the part's whole.
var partOwners = map[string]bool{"international-organization": true, "coalition": true, "armed-group": true, "party": true,
	"militia": true, "faction": true}

// partNounsOne are the nouns of one part of an organization: "an EU mission".
var partNounsOne = map[string]bool{"mission": true, "force": true, "operation": true, "wing": true, "branch": true, "unit": true,
	"brigade": true, "battalion": true, "body": true, "agency": true, "militia": true, "faction": true}

// shareAdverbs tell how much of a group a people make: "a mostly Arab militia".
var shareAdverbs = map[string]bool{"mostly": true, "mainly": true, "largely": true, "predominantly": true, "primarily": true}

// bodyNouns are the nouns of a body of people that a compound may qualify.
var bodyNouns = map[string]bool{"group": true, "groups": true, "movement": true, "militia": true, "militias": true,
	"faction": true, "factions": true, "party": true, "organization": true, "organisation": true, "network": true,
	"outfit": true, "coalition": true, "alliance": true, "force": true, "forces": true, "army": true, "front": true,
	"government": true, "administration": true, "regime": true}

// indefinite reports whether a word is the indefinite article.
func indefinite(w string) bool { return w == "a" || w == "an" }
