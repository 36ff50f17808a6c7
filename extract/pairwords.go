package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// The words around a cue's pair that tell who its parties are: an enemy after "against",
// an object of the verb's own, a description between a name and its verb, the adverbs of a
// meeting.

// enemyAfter reports whether the name at token at follows "against" (and an article)
// within a few words after cue c, no comma between: the enemy of the cue's parties, none
// of them.
func enemyAfter(ts []token, c cueSpan, at int) bool {
	k := at - 1
	if k > c.end && determiners[ts[k].word] {
		k--
	}
	return k >= c.end && k-c.end <= 3 && ts[k].word == "against" && !slices.ContainsFunc(ts[c.end:at+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") })
}

// byMeans are the words after "by" that tell a way, not an agent: "by way of Chad".
var byMeans = map[string]bool{"way": true, "means": true, "road": true, "air": true, "sea": true, "land": true}

// withoutBases drops from the objects g of a verb of fighting those it fights from, its
// bases, no enemies: "fights on from Myanmar".
func withoutBases(ts []token, c cueSpan, g []*mention) []*mention {
	if c.cue.kind != alliances.Hostility || !fightVerbs[c.cue.words[0]] || len(c.cue.words) != 1 {
		return g
	}
	return slices.DeleteFunc(g, func(m *mention) bool {
		k := wordBefore(ts, m.first)
		return k >= c.end && ts[k].word == "from"
	})
}

// fightVerbs are the verbs of fighting whose object is the enemy.
var fightVerbs = map[string]bool{"fought": true, "fight": true, "fights": true, "fighting": true, "attacked": true, "attacking": true, "battled": true, "battling": true}

// dateComma reports whether the comma before token i is one of a date's: "on April 15,
// 2023, between".
func dateComma(ts []token, i int) bool {
	p := strings.TrimSpace(ts[i].pre)
	digit := func(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
	return p == "," && (digit(ts[i].word) || i > 0 && digit(ts[i-1].word))
}

// ownObject reports whether the word after a verb opens an object of its own, not an
// actor's name the reader knows: an article, a name, "power" ("seized power").
func ownObject(t token) bool {
	return determiners[t.word] || t.upper || t.word == "power" || t.word == "control"
}

// warNoun reports whether the words at token k are a war or a battle, after an article
// and the words that grade it: "fought an intermittent war for the region" is a war
// between those who fought it, not one side by side.
func warNoun(ts []token, k int) bool {
	for j := k; j < len(ts) && j <= k+3; j++ {
		if warNouns[ts[j].word] {
			return true
		}
		if ts[j].upper || j > k && strings.ContainsAny(ts[j].pre, ",;:()") {
			return false
		}
	}
	return false
}

// warNouns are the nouns of a war two fight with each other.
var warNouns = map[string]bool{"war": true, "wars": true, "battle": true, "battles": true, "feud": true, "duel": true}

// brokering are the verbs by which a third party makes talks happen between others.
var brokering = map[string]bool{"brokered": true, "mediated": true, "facilitated": true, "hosted": true, "sponsored": true,
	"convened": true, "organized": true, "organised": true, "arranged": true, "brokering": true, "mediating": true, "hosting": true}

// ledOrgs returns the list g with each leader named after an organization and "of" read
// as the organization: "the Democratic Party of Shodmon Yusuf and Lali Badakhshon came
// together" names the party, not its leader.
func (rd *Reader) ledOrgs(ts []token, ms []mention, g []*mention) []*mention {
	out, queue := g[:0:0], slices.Clone(g)
	seen := map[*mention]bool{}
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		if seen[m] {
			continue
		}
		seen[m] = true
		if rd.kinds[m.id] == "individual" && m.first >= 2 && ts[m.first-1].word == "of" {
			if j := slices.IndexFunc(ms, func(o mention) bool {
				return o.first >= 0 && o.end == m.first-1 && rd.kinds[o.id] != "individual" && rd.kinds[o.id] != "state"
			}); j >= 0 {
				// The organization, and the list before it: "the IRP, the Democratic Party of
				// ...", "the RPF of Kagame and the NRA of Museveni".
				queue = append(queue, group(ts, ms, j, -1)...)
				continue
			}
		}
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}

// describing reports whether the words [from, to) between a name and its verb describe
// the name, set off by commas: ", an elderly former banker," of "Son Sann, an elderly
// former banker, founded the front".
func describing(ts []token, from, to int) bool {
	return to < len(ts) && strings.Contains(ts[to].pre, ",") && describedTo(ts, from, to)
}

// describedTo reports whether the words [from, to) after a name open a description of it
// after a comma, an article first, and go on to token to with no punctuation: ", a former
// speaker" before "allied with the front".
func describedTo(ts []token, from, to int) bool {
	if from < 0 || to-from < 2 || to-from > 10 || to > len(ts) || !strings.Contains(ts[from].pre, ",") || !articles3[ts[from].word] {
		return false
	}
	return !slices.ContainsFunc(ts[from+1:to], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") || t.word == "who" || t.word == "which" })
}

// onlyAdverbs reports whether the words [from, to) are auxiliaries and adverbs, with no
// punctuation before them: "first", "had secretly".
func onlyAdverbs(ts []token, from, to int) bool {
	if from < 0 || from > to || to > len(ts) {
		return false // a mention the reader supplied, named nowhere in the sentence
	}
	return !slices.ContainsFunc(ts[from:to], func(t token) bool {
		return !auxiliaries[t.word] && !adverb(t.word) || strings.ContainsAny(t.pre, ",;:()")
	})
}

// meetPlaces are the words after "met" that tell where or when, not whom: "met in
// Brussels".
var meetPlaces = map[string]bool{"in": true, "at": true, "on": true, "for": true, "during": true, "twice": true, "again": true, "secretly": true, "last": true}

// describedBy reports whether the tokens from mention li to the cue at token cue are a
// description of it set off by a comma, an article and a few words that name no one and
// hold no verb: "the INC, the umbrella of the Iraqi opposition chaired by Chalabi"; an
// adverb of time may open it ("then a cultural movement").
func describedBy(ts []token, ms []mention, li, cue int) bool {
	if ms[li].first < 0 {
		return false // one the reader supplied: an entry's headword
	}
	k := ms[li].end
	if k+1 < cue && descriptionAdverbs[ts[k].word] && strings.Contains(ts[k].pre, ",") && !strings.ContainsAny(ts[k+1].pre, ",;:()") {
		k++ // "Inkatha, then a cultural movement led by Mangosuthu Buthelezi"
	}
	if k >= cue || cue-k > 8 || !strings.Contains(ts[ms[li].end].pre, ",") || !determiners[ts[k].word] || li+1 < len(ms) && ms[li+1].first >= 0 && ms[li+1].first < cue {
		return false
	}
	for _, t := range ts[k+1 : cue] {
		if strings.ContainsAny(t.pre, ",;:()") || relativeWords[t.word] || beWords[t.word] || auxiliaries[t.word] || strings.HasSuffix(t.word, "ed") {
			return false
		}
	}
	return true
}

// meetingWords are the words of a meeting that others join.
var meetingWords = map[string]bool{"met": true, "meet": true, "meeting": true, "talks": true, "summit": true, "conference": true, "gathered": true}

// objectBound reports whether a cue is a relation only with the object right after it
// (and its particle): "met", "visited", "drove ... from". Near it, it is none.
func objectBound(c cueSpan) bool {
	w := c.cue.words[0]
	return len(c.cue.words) == 1 && !c.cue.passive && (particleVerbs[w] || w == "met" || w == "meets" || w == "visited" || receives[w])
}

// receives are the verbs of receiving a visitor, a meeting with the one received right
// after them ("Sarkozy, who received Jibril at the Élysée"); not "received Qatari money".
var receives = map[string]bool{"received": true, "receives": true}

// particleVerbs are the verbs of pushing that are fights with a particle after their
// object ("drove X from", "threw X back", "chased X out"); particles those words.
var (
	particleVerbs = map[string]bool{"drove": true, "drives": true, "drive": true, "threw": true, "chased": true}
	particles     = map[string]bool{"back": true, "out": true, "from": true, "off": true, "south": true, "north": true, "east": true, "west": true, "across": true, "beyond": true}
)

// commandedUnder are the membership cues of a body put under one: "the Pakistan Army
// under the command of General Tikka Khan". A person after them leads the body, as one
// after "under" does; a body after them has the one before as its member ("the PSP
// fought under the command of Syria").
var commandedUnder = map[string]bool{"under the command of": true, "fought under the command of": true, "fighting under the command of": true}

// ownNounBefore reports whether a noun phrase of no actor's name, opened by an article
// or a possessive, stands after the last comma before a passive's cue at token cue, past
// the name that ends at from: the passive's subject ("contingents from Benin, Niger and
// the Gambia followed, their transport and upkeep largely paid for by France": the
// upkeep was paid for, not Benin).
func ownNounBefore(ts []token, from, cue int) bool {
	k := cue - 1
	for k > from && !strings.Contains(ts[k].pre, ",") {
		k--
	}
	if k <= from {
		return false
	}
	if w := ts[cue].word; !strings.HasSuffix(w, "ed") && !pastVerbs[w] {
		return false // "administer the province with the support of": no participle's subject
	}
	for j := k; j+1 < cue; j++ {
		if w := ts[j].word; (w == "their" || w == "its" || w == "the" || w == "his" || w == "her") && ts[j+1].word != "latter" && ts[j+1].word != "former" {
			return true // not "the latter backed by", which names one before
		}
	}
	return false
}
