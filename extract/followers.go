package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// A leader's men: "Savimbi's men", "Kabila's fighters", "Talabani's forces" are the
// organization the text has made the man its leader of, and what they do is its act, as
// an analyst reads it. The leader's own tie to them is the membership read before.

// followerNouns are the nouns of a leader's armed men after the leader's possessive.
var followerNouns = map[string]bool{"men": true, "fighters": true, "forces": true, "troops": true, "militia": true,
	"militiamen": true, "guerrillas": true, "loyalists": true, "units": true, "gunmen": true, "followers": true,
	// and the nouns of the body itself: "Kabila's movement signed mining contracts".
	"movement": true, "party": true, "group": true, "organisation": true, "organization": true, "rebels": true, "faction": true}

// noteLeaders keeps what a sentence's proposals say of posts, for the sentences after:
// the state an individual holds a post in (offices), and the organization an individual
// leads (leads), none where the text has made the individual the leader of two.
func (rd *Reader) noteLeaders(found []Proposal) {
	for _, prop := range found {
		t := prop.Tie
		if t.Kind != alliances.Membership || rd.kinds[t.Subject] != "individual" {
			continue
		}
		if post := heldPostWord(prop.Cues); post != "" && prop.Confidence >= 0.5 && rd.holders != nil {
			rd.holders[post] = t.Subject // "the president" from then on
		}
		switch {
		case rd.kinds[t.Object] == "state" && !slices.ContainsFunc(prop.Cues, func(c string) bool { return strings.HasPrefix(c, "near: ") }):
			// (Not a guess from names that share a sentence with a cue: "Kadyrov ... broke
			// with Maskhadov ... and went over to Moscow" gives Maskhadov no post in Russia.)
			rd.offices[t.Subject] = t.Object
			if prop.Confidence >= 0.5 {
				rd.placed[t.Subject] = t.Object // a surer one, for the reading again (officesAt)
			}
			if _, ok := rd.leads[t.Subject]; ok {
				rd.leads[t.Subject] = "" // "Mugabe led ZANU ... Zimbabwe's prime minister": whose men now, the text does not say
			}
		case t.Role == alliances.Leader && ownedKinds[rd.kinds[t.Object]] && prop.Confidence >= 0.5:
			if led, ok := rd.leads[t.Subject]; ok && led != t.Object {
				rd.leads[t.Subject] = "" // two organizations: the men are either's
				continue
			}
			rd.leads[t.Subject] = t.Object
			rd.ledFrom[t.Subject] = cmp.Or(startYear(t.Valid.String()), startYear(strings.TrimLeft(t.Valid.String(), "./"))) // "By 2001": from then, as far as the text says
		}
	}
}

// leadersMen reads an individual's possessive before a noun of armed men as a mention of
// the organization the text has made the individual the leader of: "Savimbi's men
// fought on" names UNITA, where the text said Savimbi led it. Not where the noun goes on
// into another's ("Savimbi's men's families").
func (rd *Reader) leadersMen(ts []token, ms []mention) []mention {
	for i, m := range ms {
		if m.first < 0 || m.end >= len(ts) || rd.kinds[m.id] != "individual" || !ts[m.end-1].possessive || !followerNouns[ts[m.end].word] ||
			ts[m.end].possessive || slices.ContainsFunc(ms, func(o mention) bool { return o.first == m.end }) {
			continue
		}
		org, known := rd.leads[m.id]
		if !known {
			// Named before the text says so, and not before the time it gives the
			// leadership ("In 1997 Talabani's men fought ... In 1998 Talabani led the PUK").
			org = rd.ahead[m.id]
			if from, now := rd.aheadFrom[m.id], cmp.Or(rd.paraYear, rd.textYear); from != "" && now != "" && from > now {
				org = ""
			}
			if rd.unled != nil {
				rd.unled[m.id] = rd.paragraph
			}
		}
		if org != "" && !slices.ContainsFunc(ms, func(o mention) bool { return o.id == org && o.first > m.end && o.first <= m.end+4 }) {
			ms[i] = mention{org, m.first, m.end + 1} // not "Nkomo's men left ZAPU": the men and the body apart
		}
	}
	// "Minawi announced that his fighters would stand with the army": "his" is the
	// individual the sentence named last before it; "Minawi and Ibrahim announced that
	// their fighters ...": "their" the list of individuals named last, each leading one.
	for k := 0; k+1 < len(ts); k++ {
		if w := ts[k].word; w != "his" && w != "their" || !followerNouns[ts[k+1].word] || ts[k+1].possessive {
			continue
		}
		at := slices.IndexFunc(ms, func(m mention) bool { return m.first >= k })
		if at < 0 {
			at = len(ms)
		}
		if at == 0 || ms[at-1].first < 0 || at < len(ms) && ms[at].first <= k+1 {
			continue
		}
		led := []*mention{&ms[at-1]}
		if ts[k].word == "their" {
			if led = group(ts, ms, at-1, -1); len(led) < 2 {
				continue
			}
		}
		var orgs []mention
		for _, m := range led {
			if rd.kinds[m.id] != "individual" || rd.leads[m.id] == "" {
				orgs = nil
				break
			}
			orgs = append(orgs, mention{rd.leads[m.id], k, k + 2})
		}
		ms = slices.Insert(ms, at, orgs...)
	}
	return ms
}

// aides reads the posts a leader's possessive gives before a name: "Mobutu's prime
// minister, Léon Kengo wa Dondo", "Bashir's adviser Ghazi Salaheddin", "Savimbi stayed
// away; his secretary-general, Eugénio Manuvakola, signed": the one named holds the post
// in the state the text made the leader hold office in, else in the organization it made
// him the leader of; "his" is the individual the sentence named last before it. Not
// where the text has given the leader neither, nor another post of its own after the
// possessive ("Mobutu's prime minister of Zaire").
func (rd *Reader) aides(ts []token, ms []mention) []pair {
	var out []pair
	for i, m := range ms {
		if m.first < 0 || rd.kinds[m.id] != "individual" {
			continue
		}
		leader, k := "", -1 // the leader, and where the post's words begin
		if i > 0 && ms[i-1].first >= 0 && rd.kinds[ms[i-1].id] == "individual" && ts[ms[i-1].end-1].possessive {
			leader, k = ms[i-1].id, ms[i-1].end
		} else if j := hisBefore(ts, m.first); j >= 0 {
			// "his" a few words before the name: the individual named last before it.
			for l := i - 1; l >= 0; l-- {
				if ms[l].first >= 0 && ms[l].end <= j && rd.kinds[ms[l].id] == "individual" {
					leader, k = ms[l].id, j+1
					break
				}
			}
		}
		if leader == "" || leader == m.id || k >= m.first {
			continue
		}
		only, n, of := rd.title(ts, k, m.first)
		if !only || n == 0 || of {
			continue
		}
		org := rd.offices[leader]
		if org == "" {
			org = rd.leads[leader]
		}
		if org == "" || org == m.id {
			continue
		}
		out = append(out, pair{m, mention{id: org}, "post: " + strings.Join(wordsOf(ts, k, m.first), " ") + ", of the body the leader before heads (" + leader + ")"})
	}
	return out
}

// hisBefore returns the nearest "his" within five words before token first, or -1.
func hisBefore(ts []token, first int) int {
	for j := first - 1; j > 0 && first-j <= 5; j-- {
		if ts[j].word == "his" {
			return j
		}
	}
	return -1
}

// leadersOfMen reads the membership, as leader, that a leader's men state of the leader
// (leadersMen made them a mention of the organization): "Walid Jumblatt's fighters
// drove the Lebanese Forces out of the Chouf" says the PSP is Jumblatt's.
func (rd *Reader) leadersOfMen(ts []token, ms []mention) []pair {
	var out []pair
	for _, m := range ms {
		if m.first < 0 || m.end-m.first < 2 || !ts[m.end-2].possessive || !followerNouns[ts[m.end-1].word] || !ownedKinds[rd.kinds[m.id]] {
			continue
		}
		words := make([]string, 0, m.end-1-m.first)
		for _, t := range ts[m.first : m.end-1] {
			words = append(words, spelling(t.word))
		}
		words[len(words)-1] = strings.TrimSuffix(words[len(words)-1], "s")
		if id, ok := rd.names[strings.Join(words, " ")]; ok && rd.kinds[id] == "individual" {
			out = append(out, pair{mention{id, m.first, m.end - 1}, m, ownWhy})
		}
	}
	return out
}

// startYear returns the year an EDTF interval or date starts in ("1996" of "1996-12~/..",
// of "1998"), or "" where it has no start ("/2024").
func startYear(v string) string {
	if len(v) >= 4 && v[0] >= '0' && v[0] <= '9' {
		return v[:4]
	}
	return ""
}

// heldPostWord returns the head's post a membership's cues give its member ("post:
// president, ...", "post: the prime minister, ..."), or "".
func heldPostWord(cues []string) string {
	for _, c := range cues {
		post, ok := strings.CutPrefix(c, "post: ")
		if !ok {
			continue
		}
		post, _, _ = strings.Cut(post, ",")
		w := strings.Fields(post)
		if len(w) == 0 || slices.Contains(w, "deputy") || slices.Contains(w, "vice") || slices.Contains(w, "former") {
			return ""
		}
		switch last := w[len(w)-1]; {
		case last == "president" || last == "king" || last == "emir":
			return last
		case last == "minister" && len(w) >= 2 && w[len(w)-2] == "prime":
			return "prime minister"
		}
	}
	return ""
}

// heldBy reads "the president" (or "the prime minister", "the king", "the emir"), with no
// name, state or body after it, as the individual the text gave that post last: "Raduyev
// ... denounced the president as a traitor", after "Maskhadov won the presidential
// election".
func (rd *Reader) heldBy(ts []token, ms []mention) []mention {
	if len(rd.holders) == 0 {
		return ms
	}
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].word != "the" {
			continue
		}
		post, n := ts[k+1].word, 2
		if post == "prime" && k+2 < len(ts) && ts[k+2].word == "minister" {
			post, n = "prime minister", 3
		}
		id := rd.holders[strings.TrimSuffix(post, "s")]
		if ts[k+1].possessive {
			id = rd.holders[strings.TrimSuffix(ts[k+1].word, "s")] // "the president's guard"
		}
		e := k + n
		if id == "" || ts[k+1].upper || e < len(ts) && (ts[e].upper && strings.TrimSpace(ts[e].pre) == "" || ts[e].word == "of" || strings.TrimSpace(ts[e].pre) == "," && e+1 < len(ts) && ts[e].upper) ||
			slices.ContainsFunc(ms, func(m mention) bool { return m.first < e && m.end > k }) {
			continue // "the president of Ichkeria", "the president, Aslan Maskhadov,": named
		}
		ms = append(ms, mention{id, k, e})
	}
	slices.SortStableFunc(ms, func(a, b mention) int { return a.first - b.first })
	return ms
}
