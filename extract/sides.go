package extract

// Two sides a sentence sets against each other without a verb of fighting between them:
// "the war pitted A against B", "on one side stood A; on the other B"; and two on one
// side: "with X at its side".

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// opposedSides reads the two sides a sentence sets against each other: "The war pitted
// the government against an opposition of Islamists", "On one side stood the government
// in Dushanbe ...; on the other an opposition", "A fought on one side and B on the other".
// Each actor of one side is at war with each of the other's.
func (rd *Reader) opposedSides(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	if len(ms) < 2 {
		return nil
	}
	// after returns the mention that opens within a few words after token k, only an
	// article, a comma or a verb of standing between ("on the other, the opposition";
	// "on one side stood the government"), or -1. A possessor gives way to the name right
	// after it ("Milošević's Yugoslav army" is Yugoslavia's), and a state's word that only
	// qualifies men of no state is none ("the ethnic Albanian guerrillas").
	after := func(k int) int {
		i := slices.IndexFunc(ms, func(m mention) bool { return m.first > k && m.first <= k+3 })
		if i < 0 || slices.ContainsFunc(ts[k+1:ms[i].first], func(t token) bool { return !determiners[t.word] && !standVerbs[t.word] && t.word != "ethnic" }) {
			return -1
		}
		return rd.sideMention(ts, ms, i)
	}
	var left, right []*mention
	var cue string
	for k := 0; k < len(ts) && left == nil; k++ {
		switch w := ts[k].word; {
		case w == "pitted" || w == "pits" || w == "pitting":
			// "pitted A (and B) against C": the list after the verb, then the one after
			// "against" (A's place between: "the government in Dushanbe against"). Not
			// "the presidential election pitted A against B": rivals, no war.
			i := after(k)
			if i < 0 || slices.ContainsFunc(ts[max(0, k-3):k], func(t token) bool { return contestNouns[t.word] }) {
				continue
			}
			a := group(ts, ms, i, +1)
			end := a[len(a)-1].end
			for j := end; j < len(ts) && j <= end+6 && !strings.ContainsAny(ts[j].pre, ",;:"); j++ {
				if ts[j].word == "against" {
					if r := after(j); r >= 0 && ms[r].first == j+1 || r >= 0 && determiners[ts[j+1].word] {
						left, right, cue = a, group(ts, ms, r, +1), w+" against"
					}
					break
				}
			}
		case w == "one" && k > 0 && ts[k-1].word == "on" && k+1 < len(ts) && ts[k+1].word == "side":
			// The other side later in the sentence: "on the other (side)".
			other := -1
			for j := k + 2; j+2 < len(ts); j++ {
				if ts[j].word == "on" && ts[j+1].word == "the" && ts[j+2].word == "other" {
					other = j
					break
				}
			}
			if other < 0 {
				continue
			}
			if i := slices.IndexFunc(ms, func(m mention) bool {
				return m.end == k-1 || m.end == k-2 && standVerbs[ts[k-2].word]
			}); i >= 0 {
				// "A and B fought on one side and C on the other", "NATO stood on one side
				// and Serbia on the other": the lists before each.
				// Only "and" between ("Qatar funded the JEM on one side and courted Chad on
				// the other" sets no two against each other).
				if r := slices.IndexFunc(ms, func(m mention) bool { return m.end == other && m.first > k }); r >= 0 &&
					!slices.ContainsFunc(ts[k+2:ms[r].first], func(t token) bool { return t.word != "and" && !determiners[t.word] }) {
					left, right, cue = group(ts, ms, i, -1), group(ts, ms, r, -1), "on one side, on the other"
				}
				continue
			}
			// "On one side stood A; on the other B": the ones after each.
			at := other + 3
			if at < len(ts) && ts[at].word == "side" {
				at++
			}
			i, r := after(k+1), after(at-1)
			// Each side's name ends its clause: "on one side stood A; on the other B", not
			// "on one side Russia armed Abkhazia".
			ends := func(j int) bool { // (a place or a relative clause may follow: "the government in Dushanbe, which")
				e := ms[j].end
				return e >= len(ts) || strings.ContainsAny(ts[e].pre, ",;:.") || nounAfterNot[ts[e].word] || e == other
			}
			if i >= 0 && r >= 0 && ms[i].first < other && ms[r].first >= at && ends(i) && ends(r) {
				left, right, cue = group(ts, ms, i, +1), group(ts, ms, r, +1), "on one side, on the other"
			}
		}
	}
	if left == nil {
		// "Ansar Dine ruled Timbuktu with AQIM's commanders, Abou Zeid among them, at its
		// side": the one named after "with" fights beside the sentence's subject.
		for k := 3; k+2 < len(ts) && left == nil; k++ {
			if ts[k].word != "at" || ts[k+2].word != "side" || !possessives[ts[k+1].word] {
				continue
			}
			for w := k - 1; w >= max(1, k-10); w-- {
				if ts[w].word != "with" {
					continue
				}
				partner := mentionFrom(ts, ms, w+1)
				subj := subject(ts, ms)
				// (Or the subject after the aside: "with Haftar at his side, al-Sisi announced".)
				if partner >= 0 && (ms[subj].end <= w || ms[subj].first > k+2) && ms[subj].id != ms[partner].id {
					left, right, cue = []*mention{&ms[subj]}, []*mention{&ms[partner]}, "with ... at its side"
				}
				break
			}
		}
		if left != nil {
			return rd.sideBySide(d, p, s, left[0], right[0], cue, valid, timeCue)
		}
	}
	var out []Proposal
	for _, a := range left {
		for _, b := range right {
			if a.id == b.id {
				continue
			}
			t := alliances.Tie{Subject: a.id, Object: b.id, Kind: alliances.Hostility, Status: alliances.Reported}
			if prop, ok := rd.finish(d, p, s, t, []string{"cue: " + cue, "sides: the two the sentence sets against each other"}, valid, timeCue, 0.6); ok {
				out = append(out, prop)
			}
		}
	}
	return out
}

// sideBySide proposes the cooperation of two who fight side by side.
func (rd *Reader) sideBySide(d *Document, p Paragraph, s Span, a, b *mention, cue, valid, timeCue string) []Proposal {
	t := alliances.Tie{Subject: a.id, Object: b.id, Kind: alliances.Cooperation, Status: alliances.Reported}
	if prop, ok := rd.finish(d, p, s, t, []string{"cue: " + cue, "side by side: the subject and the one named after \"with\""}, valid, timeCue, 0.6); ok {
		return []Proposal{prop}
	}
	return nil
}

// standVerbs are the verbs of a side's standing between "on one side" and its name: "on
// one side stood the government".
var standVerbs = map[string]bool{"stood": true, "stand": true, "stands": true, "was": true, "were": true, "is": true, "are": true,
	"fought": true, "fight": true, "fights": true}

// contestNouns are the contests that pit rivals against each other, not enemies: "the
// presidential election pitted Museveni against Besigye".
var contestNouns = map[string]bool{"election": true, "elections": true, "race": true, "vote": true, "poll": true, "polls": true,
	"contest": true, "runoff": true, "primary": true, "campaign": true, "debate": true}

// sideMention returns the mention of a side at ms[i]: the name after a possessor that
// opens right after it ("Milošević's Yugoslav army"), and none (-1) where a state's word
// only qualifies men of no state ("Albanian guerrillas"; not "the Yugoslav army").
func (rd *Reader) sideMention(ts []token, ms []mention, i int) int {
	if ts[ms[i].end-1].possessive && i+1 < len(ms) && ms[i+1].first == ms[i].end {
		i++
	}
	if m := ms[i]; rd.kinds[m.id] == "state" && m.end < len(ts) && nounAfter(ts[m.end]) && !stateMen[ts[m.end].word] {
		return -1
	}
	return i
}

// actedFor reads an act done "on" an actor's "behalf", the actor named in the possessive:
// "The ATUC has called a series of general strikes on FLOSY's behalf" (aden-1963's ¶9),
// "a network calling itself the Popular Movement Peru ... spread propaganda on the Party's
// behalf": who acts so supports it. The one who acts is the sentence's subject, the name
// that opens it, or a name after "calling itself"; not the verb's object ("Iran threatened
// Israel on Hezbollah's behalf": Iran's), nor one a passive befalls ("Kabul was shelled on
// Pakistan's behalf"), nor one who refused, denied or only might act, or stopped.
func (rd *Reader) actedFor(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 1; i < len(ms); i++ {
		m := ms[i]
		if m.end >= len(ts) || ts[m.end].word != "behalf" || !ts[m.end-1].possessive {
			continue
		}
		on := m.first - 1
		if on > 0 && determiners[ts[on].word] {
			on-- // "on the Party's behalf"
		}
		if on < 1 || ts[on].word != "on" {
			continue
		}
		a := -1
		switch {
		case ms[i-1].first >= 2 && ms[i-1].end < on && (ts[ms[i-1].first-1].word == "itself" || ts[ms[i-1].first-2].word == "itself" && determiners[ts[ms[i-1].first-1].word]):
			a = i - 1 // "a network calling itself the Popular Movement Peru"
		case (opensSentence(ts, ms[0].first) || ms[0].first == 3 && ts[0].word == "since" && numeric(ts[1].word) && ts[2].word == "the") && ms[0].end < on:
			a = 0 // "The ATUC has called", "Since 1966 the ATUC has called"
		}
		if a < 0 || ms[a].id == m.id || ts[ms[a].end-1].possessive || !actedUntold(ts[ms[a].end:on]) {
			continue
		}
		c := cueSpan{cue: cue{words: []string{"behalf"}, kind: alliances.Support, text: "on ... behalf"}, first: m.end, end: m.end + 1}
		st := statement{c: c, ms: ms, li: a, ri: i, spans: spans, why: []string{"cue: on ... behalf", "the one who acts for the one named"},
			pairs: [][2]*mention{{&ms[a], &ms[i]}}}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// actedUntold reports whether the words between an act's subject and "on ... behalf" tell
// it was done: no clause's edge, no passive, no refusal, denial, doubt or end ("refused to
// intervene on Kabul's behalf", "might yet intervene", "stopped acting").
func actedUntold(between []token) bool {
	for k, t := range between {
		if strings.ContainsAny(t.pre, ";:()") || untoldWords[t.word] || strings.HasSuffix(t.word, "n't") ||
			beWords[t.word] && k+1 < len(between) && (strings.HasSuffix(between[k+1].word, "ed") || pastVerbs[between[k+1].word]) {
			return false
		}
	}
	return true
}

// untoldWords are the words that leave an act undone: refused, denied, doubted or ended.
var untoldWords = map[string]bool{"not": true, "never": true, "no": true, "refused": true, "refuses": true, "declined": true,
	"declines": true, "denied": true, "denies": true, "deny": true, "might": true, "may": true, "could": true, "would": true,
	"should": true, "will": true, "stopped": true, "ceased": true, "offered": true}
