package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// eachTheOther reports whether the cue at [first, end) stands between "each" and "the
// other": "each side blaming the other", "each accused the other of", "each party
// blamed the other". Its two are the last pair the sentence named before the cue
// (lastPair).
func eachTheOther(ts []token, first, end int) bool {
	if first < 1 || !matchAt(ts, end, []string{"the", "other"}) {
		return false
	}
	return ts[first-1].word == "each" || first >= 2 && ts[first-2].word == "each" && eachNouns[ts[first-1].word]
}

// eachNouns are the nouns of one of two after "each": "each side".
var eachNouns = map[string]bool{"side": true, "party": true, "camp": true, "one": true, "man": true, "group": true, "government": true, "leader": true}

// lastPair returns the two the sentence has set against each other before token k: the
// last list of two or more ("a handshake between dos Santos and Savimbi, staged by Mobutu,
// produced a ceasefire that collapsed, each side blaming the other"; "Kaunda mediated
// between Smith and Nkomo, and ZANLA and ZIPRA clashed, each side ..."), not one named as
// agents or helpers ("staged by Vorster and Kaunda", "with help from Zambia and
// Mozambique").
func lastPair(ts []token, ms []mention, k int) []*mention {
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].first < 0 || ms[i].end > k {
			continue
		}
		g := group(ts, ms, i, -1)
		if len(g) < 2 {
			continue
		}
		if first := g[len(g)-1].first; first > 0 && helperWords[ts[first-1].word] {
			i -= len(g) - 1 // "ZANLA and ZIPRA, helped by Zambia and Mozambique, clashed": the list before
			continue
		}
		return g
	}
	return nil
}

// helperWords are the words before a list of those who help or act for others, no sides
// of their own: "staged by A and B", "with help from A and B".
var helperWords = map[string]bool{"by": true, "from": true}

// relativeBetween reports whether the tokens in [from, to) are a relative clause set off
// by commas, between a subject and its verb: "Ahmed al-Sharaa, who until last week went by
// his nom de guerre, met ...".
func relativeBetween(ts []token, from, to int) bool {
	return from < to && to < len(ts) && strings.Contains(ts[from].pre, ",") && relativeWords[ts[from].word] && strings.Contains(ts[to].pre, ",") &&
		!slices.ContainsFunc(ts[from+1:to], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") })
}

// asideBetween reports whether the tokens in [from, to) are an aside set off by commas,
// with none inside it: "Kabarebe, the chairman of the AFDL, met Museveni".
func asideBetween(ts []token, from, to int) bool {
	return from < to && to < len(ts) && strings.TrimSpace(ts[from].pre) == "," && strings.TrimSpace(ts[to].pre) == "," &&
		!slices.ContainsFunc(ts[from+1:to], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()\"“”") })
}

// othersClause reports whether the tokens in [from, to) hold a participle right after a
// noun of men or bodies no mention holds: what follows it is the participle's, not the
// verb's before ("Mobutu let Ugandan rebel movements fighting Museveni's government
// operate": Mobutu let no government operate).
func othersClause(ts []token, ms []mention, from, to int) bool {
	if elidedSubject(ts, to) {
		return true
	}
	for k := from + 1; k < to; k++ {
		if unnamedParticiple(ts, ms, k) || nounsClause(ts, ms, from, k) {
			return true
		}
	}
	return false
}

// nounsClause reports whether token k opens a relative clause on the noun right after a
// cue's words, which end at from, or after their "by": "was hunted by soldiers whom the
// United States had trained" (the soldiers hunted; the clause's subject trained them).
func nounsClause(ts []token, ms []mention, from, k int) bool {
	if w := ts[k].word; w != "whom" && w != "who" && w != "that" || strings.ContainsAny(ts[k].pre, ",;:()") {
		return false
	}
	j := from
	if ts[j].word == "by" || determiners[ts[j].word] {
		j++
	} else if ts[k].word == "that" {
		return false // "partners should note that", "a truce so that both could turn on"
	}
	if ts[k].word == "that" && !menNoun(ts[k-1].word) {
		return false // "dropped by aircraft that no rebel owns": a thing's clause, read as before
	}
	if k-j < 1 || k-j > 2 {
		return false
	}
	for i := j; i < k; i++ {
		if ts[i].upper || determiners[ts[i].word] || i > from && strings.ContainsAny(ts[i].pre, ",;:()") ||
			slices.ContainsFunc(ms, func(m mention) bool { return m.first <= i && i < m.end }) {
			return false
		}
	}
	return true
}

// unnamedAgent reports whether a participle's cue acts for the men or bodies named right
// before it by a noun no mention holds: "Mobutu had let Ugandan rebel movements fighting
// Museveni's government operate from Zairean soil" (the movements fight, not Mobutu).
func unnamedAgent(ts []token, ms []mention, c cueSpan) bool {
	return len(c.cue.words) == 1 && !c.cue.passive && (unnamedParticiple(ts, ms, c.first) || thingsClause(ts, ms, c.first))
}

// thingsClause reports whether token k is the verb of a relative clause on a thing no
// mention holds: "a raid that killed several Peshmerga", "every draft that threatened
// Khartoum" (the raid kills, the draft threatens; not the names before them).
func thingsClause(ts []token, ms []mention, k int) bool {
	if k < 2 || ts[k-1].word != "that" && ts[k-1].word != "which" || strings.ContainsAny(ts[k].pre, ",;:") {
		return false
	}
	w := ts[k-2]
	if w.upper || determiners[w.word] || possessivePronouns[w.word] || menNoun(w.word) || partiesNouns[w.word] || strings.ContainsAny(ts[k-1].pre, ";:") {
		return false // "the states that support the Taliban are Pakistan and Iran": others, named after
	}
	return !slices.ContainsFunc(ms, func(m mention) bool { return m.first <= k-2 && k-2 < m.end })
}

// unnamedParticiple reports whether token k is a participle right after a noun of men or
// bodies no mention holds ("movements fighting").
func unnamedParticiple(ts []token, ms []mention, k int) bool {
	if k == 0 || !strings.HasSuffix(ts[k].word, "ing") || strings.TrimSpace(ts[k].pre) != "" || !menNoun(ts[k-1].word) {
		return false
	}
	return !slices.ContainsFunc(ms, func(m mention) bool { return m.first <= k-1 && k-1 < m.end })
}

// menNoun reports whether a word is a noun of armed men, of people or of their bodies:
// "forces", "rebels", "civilians", "movements".
func menNoun(w string) bool {
	return forceNouns[w] || civilians[w] || w == "movements"
}

// ownVerbs reports whether the name m is the subject of the verbs it stands right before,
// joined by the "and" at token and: "Savimbi rebuilt UNITA: Pretoria trained and advised
// the movement", "Pretoria armed, fed and advised the movement" (not the sentence's first
// subject's), where no more than three words stand between, with no name's capital and
// no comma but those of a list of verbs.
func ownVerbs(ts []token, m mention, and int) bool {
	if m.first < 0 || and <= m.end {
		return false
	}
	j := m.end // past an auxiliary: "Moscow had armed and advised"
	if strings.TrimSpace(ts[j].pre) == "," && !ts[j].upper && ts[j].word != "who" && ts[j].word != "which" {
		// Past an apposition of the man's post to the clause on him: "Philip Effiong, his
		// Chief of General Staff, who broadcast ... and surrendered".
		for k := j + 1; k < and && k <= j+8; k++ {
			if strings.ContainsAny(ts[k].pre, ";:()") {
				break
			}
			if strings.Contains(ts[k].pre, ",") {
				if ts[k].word == "who" {
					j = k
				}
				break
			}
		}
	}
	if (ts[j].word == "who" || ts[j].word == "which") && strings.TrimSpace(ts[j].pre) == "," {
		// Or the verbs of a relative clause on the name: "with Jammeh, who for years
		// allegedly armed and sheltered the rebels".
		j++
		if j+2 < and && (ts[j].word == "for" || ts[j].word == "since") && !ts[j+1].upper {
			j += 2 // "for years", "since 2000"
		}
		if slices.ContainsFunc(ts[j:and+1], func(t token) bool { return strings.Contains(t.pre, ",") || beWords[t.word] }) {
			return false // not past the clause's end ("al-Baghdadi, who accepted the pledge, and took the name"), nor a passive ("which had been attacked and invaded by")
		}
		if and-j > 3 {
			// A longer clause, its first word a verb, no other clause inside: "Philip
			// Effiong, his Chief of General Staff, who broadcast the end of secession on
			// 12th January and surrendered to General Gowon" (biafra-1967's ¶29).
			return !ts[j].upper && !determiners[ts[j].word] && !prepositions[ts[j].word] && !relativeWords[ts[j].word] &&
				!slices.ContainsFunc(ts[j+1:and], func(t token) bool { return relativeWords[t.word] || strings.ContainsAny(t.pre, ";:()") })
		}
	} else if and-m.end > 4 || strings.Contains(ts[m.end].pre, ",") {
		return false
	}
	// Its subject: right before a verb ("Pretoria armed"), not a noun ("relied on Pakistani
	// support and ...").
	for j+1 < and && (auxiliaries[ts[j].word] || adverb(ts[j].word)) {
		j++
	}
	if w := ts[j].word; !strings.HasSuffix(w, "ed") && !pastVerbs[w] {
		return false
	}
	return !slices.ContainsFunc(ts[m.end:and+1], func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ";:()") })
}

// pairApposed proposes the relation a plural noun set off by commas after two names
// states between them: "Talabani and Barzani, long bitter rivals, had joined in a
// Kurdistan Front"; not a relation that was ("former allies", "once enemies"), whose
// time the sentence does not give.
func (rd *Reader) pairApposed(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.first < 0 || b.first != a.end+1 || ts[a.end].word != "and" || b.end >= len(ts) || strings.TrimSpace(ts[b.end].pre) != "," ||
			rd.kinds[a.id] == "" || rd.kinds[b.id] == "" || a.id == b.id {
			continue
		}
		k := b.end
		for k < len(ts) && k-b.end < 3 && !(pairNouns[ts[k].word] != "") && (adverb(ts[k].word) || pairAdjectives[ts[k].word]) {
			k++
		}
		if k >= len(ts) || !(pairNouns[ts[k].word] != "") || k+1 < len(ts) && strings.TrimSpace(ts[k+1].pre) != "," || k+1 >= len(ts) {
			continue
		}
		t := alliances.Tie{Subject: a.id, Object: b.id, Kind: pairNouns[ts[k].word], Status: alliances.Reported}
		if prop, ok := rd.finish(d, p, s, t, []string{"apposed: " + strings.Join(wordsOf(ts, b.end, k+1), " ") + ", said of the two named before"}, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	return out
}

// pairNouns are the plural nouns that, set off after two names, state a relation between
// them.
var pairNouns = map[string]alliances.Kind{"rivals": alliances.Rivalry, "allies": alliances.Alliance, "enemies": alliances.Opposition,
	"foes": alliances.Opposition, "adversaries": alliances.Opposition}

// pairAdjectives are the words that may stand before such a noun and keep the relation
// one that holds: "long bitter rivals", "old allies", "sworn enemies".
var pairAdjectives = map[string]bool{"long": true, "bitter": true, "old": true, "sworn": true, "close": true, "longtime": true,
	"long-time": true, "traditional": true, "historic": true, "natural": true, "arch": true, "uneasy": true, "fierce": true}

// formerRelation reports whether the cue is the noun of a relation that was and is no
// more, its time not given: "Talabani and Barzani, former allies, fought".
func formerRelation(ts []token, c cueSpan) bool {
	if c.end-c.first != 1 || c.first == 0 || !allyNouns[ts[c.first].word] && pairNouns[ts[c.first].word] == "" {
		return false
	}
	return pastWords[ts[c.first-1].word]
}

// partiesNouns are the nouns of states and bodies a clause may name after: "the states
// that support the Taliban are".
var partiesNouns = map[string]bool{"states": true, "countries": true, "governments": true, "groups": true, "parties": true, "powers": true,
	"nations": true, "organizations": true, "organisations": true, "factions": true, "militias": true, "states'": true}

// eachOthers reports whether "each other's" or "one another's" stands right before token
// i: what it owns is a different one for each of two ("pledged to stop hosting each
// other's rebels"), no one actor a name stands for.
func eachOthers(ts []token, i int) bool {
	return i >= 2 && ts[i-1].possessive && (ts[i-1].word == "others" && ts[i-2].word == "each" || ts[i-1].word == "anothers" && ts[i-2].word == "one")
}

// elidedSubject reports whether the mention that opens at token k is the subject of a
// clause whose verb is elided after "as": "denounced linkage, as did our movement",
// "condemned the raid, as had Zambia" (another who did the same, no object of the verb).
func elidedSubject(ts []token, k int) bool {
	j := k - 1
	for j > 0 && (determiners[ts[j].word] || ts[j].word == "our" || ts[j].word == "its" || ts[j].word == "their") {
		j--
	}
	if j < 1 || ts[j-1].word != "as" {
		return false
	}
	switch ts[j].word {
	case "did", "do", "does", "had", "has", "have", "was", "were", "would", "will", "could":
		return true
	}
	return false
}

// coordinatedVerb reports whether token k is an "and" that joins another verb, or another
// verb's gerund, to a cue's object: "backs a failed barracks plot and escapes to the
// Brazilian embassy", "sends volunteers north and calls a general strike against the
// regime", "of financing terrorism and of interfering ... through contacts with al-Wefaq".
func coordinatedVerb(ts []token, k int) bool {
	if ts[k].word != "and" || k+1 >= len(ts) || strings.ContainsAny(ts[k+1].pre, ",;:()") {
		return false
	}
	w := ts[k+1].word
	if w == "of" && k+2 < len(ts) && strings.HasSuffix(ts[k+2].word, "ing") {
		return true
	}
	if nounVerbs[w] && k+2 < len(ts) && (ts[k+2].upper || determiners[ts[k+2].word]) && !strings.ContainsAny(ts[k+2].pre, ",;:()") && !strings.HasSuffix(ts[k-1].word, "s") {
		return true // "and protests JNA aircraft in its airspace", not "and protests by the students", "the rallies and protests the DPR staged"
	}
	return !ts[k+1].upper && (pastVerbs[w] || presentVerbs[w] || movedVerbs[w] || strings.HasSuffix(w, "ed") && len(w) > 4 && !helpNouns[w])
}

// nounVerbs are verbs in the present, third person, that read as plural nouns too, a
// verb where a name or an article follows: "and protests JNA aircraft", "and demands the
// army's withdrawal".
var nounVerbs = map[string]bool{"protests": true, "demands": true, "warns": true, "objects": true}

// movedVerbs are verbs in the present, third person, that a timeline or a summary joins to
// another: "escapes to", "calls a strike".
var movedVerbs = map[string]bool{"calls": true, "escapes": true, "flees": true, "returns": true, "goes": true, "joins": true,
	"declares": true, "announces": true, "takes": true, "becomes": true, "makes": true, "moves": true, "seizes": true,
	"marches": true, "crosses": true, "launches": true, "proclaims": true, "leaves": true, "sets": true, "turns": true,
	"hands": true, "names": true, "sends": true, "signs": true, "wins": true, "loses": true, "dies": true, "resigns": true}

// objectThenVerb reports whether a noun phrase after cue c is its object and an "and"
// after it joins another verb, whose own the name at token at is: "Stroessner backs a
// failed barracks plot and escapes to the Brazilian embassy" (no help to Brazil); not
// "armed and trained the Houthis", one object of two verbs.
func objectThenVerb(ts []token, c cueSpan, at int) bool {
	if c.cue.passive || at <= c.end+1 {
		return false
	}
	for k := c.end + 1; k < at; k++ {
		if strings.ContainsAny(ts[k].pre, ";:()") || ts[k].upper {
			return false
		}
		if coordinatedVerb(ts, k) {
			return true
		}
	}
	return false
}

// visitedOther reports whether the verb of a visit, cue c, has an object of its own before
// the name at token at, which another word governs: "visits troops near the Cenepa beside
// General Hermoza Ríos" (no talks with his own general); not "visited Moscow", "visited
// the Taliban in Kandahar".
func visitedOther(ts []token, c cueSpan, at int) bool {
	if w := c.cue.words[0]; len(c.cue.words) > 1 || w != "visits" && w != "visited" && w != "visit" && w != "visiting" {
		return false
	}
	k := c.end
	if k < at && determiners[ts[k].word] {
		k++
	}
	return k < at && !ts[k].upper
}
