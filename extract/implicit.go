package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// implicitParties gives a statement whose sentence names one party only the other its
// context gives: the paragraph's subject, whom the deals told before were made with, or
// the state of the report's conflict.
func (rd *Reader) implicitParties(d *Document, ts []token, st *statement) {
	// A cue with no actor before it in its sentence speaks of the paragraph's subject:
	// "Inside Afghanistan, the Taliban have been building relations ... Relations were
	// established with the militias of Haji Zahir Qadir".
	implicit := st.li < 0 && st.ri >= 0 && st.ms[0].first >= st.c.end && st.ms[st.ri].first-st.c.end <= 6 && rd.topic != "" && rd.topic != st.ms[st.ri].id &&
		!unknownName(d, ts, st.c.first) && !rd.unknownOpener(ts, st.c.first) && !unnamedSubject(ts, st.c.first) && !relativeOnNoun(ts, st.c.first) &&
		st.c.cue.kind != alliances.Membership && st.c.cue.kind != alliances.Mediation && !st.c.cue.passive &&
		(rd.docVoice == "" || !opensVoice(ts, st.c.first)) // a resolution's clause is its body's, read as its voice
	// "TPLF. Tigray People's Liberation Front. ... Chaired from 1989 by Meles Zenawi.": an
	// entry's sentence that opens on its verb, a passive's too, speaks of the headword.
	headword := st.li < 0 && st.ri >= 0 && rd.entryHead != "" && st.c.first <= 2 && st.ms[0].first >= st.c.end && rd.entryHead != st.ms[st.ri].id &&
		!slices.ContainsFunc(ts[:st.c.end], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") || backReferences[t.word] })
	if headword {
		// (An empty mention where the elided subject would stand: the words around it
		// are read as around a subject.)
		st.ms = append([]mention{{id: rd.entryHead, first: 0, end: 0}}, st.ms...)
		st.li, st.ri = 0, st.ri+1
		st.shared = true
		st.why = append(st.why, "implicit: "+rd.entryHead+", the entry's headword")
	} else if implicit {
		st.ms = append([]mention{{id: rd.topic, first: -100, end: -100}}, st.ms...)
		st.li, st.ri = 0, st.ri+1
		st.shared = true
	} else if label := labelOf(ts, st.ms); st.li < 0 && st.ri >= 0 && label >= 0 && st.c.first >= label && st.ms[st.ri].first >= st.c.end && st.ms[st.ri].id != st.ms[0].id {
		// "- Liyu Police (influence: high): reformed but not trusted; fought the Oromia
		// regional police": a line of an actors' table or a glossary, its label the
		// subject of each clause after its colon.
		st.why = append(st.why, "implicit: "+st.ms[0].id+", the label the line opens on")
		st.li, st.shared = 0, true
	}
	// "Saudi Arabia also provided significant support, and China provided support through
	// Pakistan", in a paragraph about the Taliban: support given to no one the clause
	// names goes to the paragraph's subject.
	if st.li >= 0 && st.ri < 0 && st.c.cue.kind == alliances.Support && !st.c.cue.passive && len(st.c.cue.then) == 0 && rd.topic != "" && rd.topic != st.ms[st.li].id &&
		!rd.nonMember(rd.topic) && !strings.HasSuffix(st.c.cue.words[0], "ed") && !strings.HasSuffix(st.c.cue.words[0], "ing") && givenAlone(ts, st.c.first) {
		st.ms = append(slices.Clone(st.ms), mention{id: rd.topic, first: len(ts), end: len(ts)})
		st.ri = len(st.ms) - 1
		st.why = append(st.why, "implicit: "+rd.topic+", the paragraph's subject, supported")
	}
	// "Jami'at commanders more loosely aligned with Rabbani started making deals": the
	// name a participle's phrase ends on qualifies the noun before it, which is the
	// subject.
	if st.li >= 1 && !st.shared && slices.ContainsFunc(st.spans, func(o cueSpan) bool {
		return participles[o.cue.words[0]] && len(o.cue.words) == 2 && o.end <= st.ms[st.li].first && st.ms[st.li].first-o.end <= 1 && o.first >= st.ms[st.li-1].end && o.first-st.ms[st.li-1].end <= 4 &&
			!strings.ContainsAny(ts[o.first].pre, ",;:()")
	}) {
		st.li--
	}
	// "Jami'at commanders ... started making deals in western Afghanistan as well", after
	// a paragraph of deals with the Taliban: deals made with no one the sentence names
	// were made with the one the deals told before were.
	if st.li >= 0 && st.ri < 0 && st.c.cue.kind == alliances.Agreement && rd.dealt != "" && rd.dealt != st.ms[st.li].id && rd.paragraph-rd.dealtIn <= 1 &&
		slices.Contains([]string{"deals", "deal"}, st.c.cue.words[len(st.c.cue.words)-1]) {
		st.ms = append(slices.Clone(st.ms), mention{id: rd.dealt, first: len(ts), end: len(ts)})
		st.ri = len(st.ms) - 1
		st.why = append(st.why, "implicit: "+rd.dealt+", with whom the deals told before were made")
	}
	// "When Gulbuddin Hekmatyar's Hizb-e Islami signed a peace deal in 2016": a peace
	// deal of a group whose counterpart the sentence does not name is with the state of
	// the report's conflict, for the reviewer to confirm.
	// Not where two or more sign it: "Kabbah and Sankoh signed a peace accord" is theirs.
	if st.li >= 0 && st.ri < 0 && st.c.cue.kind == alliances.Agreement && rd.country != "" && rd.country != st.ms[st.li].id && rd.kinds[st.ms[st.li].id] != "state" &&
		len(group(ts, st.ms, st.li, -1)) == 1 {
		if _, ok := rd.has(ts, max(st.c.first-2, 0), st.c.end+1, rd.rules.AgreementTypes[string(alliances.PeaceDeal)]...); ok {
			st.ms = append(slices.Clone(st.ms), mention{id: rd.country, first: len(ts), end: len(ts)})
			st.ri = len(st.ms) - 1
			st.why = append(st.why, "implicit: "+rd.country+", the state of the report's conflict, the counterpart of a peace deal")
		}
	}
}

// relativeOnNoun reports whether the cue at token cue is the verb of a relative clause on
// a noun that names no actor: "to hand over its sons who have joined the Khawarij", the
// sons joined, not the paragraph's subject.
func relativeOnNoun(ts []token, cue int) bool {
	k := relativeBefore(ts, cue)
	return k > 0 && (ts[k].word == "who" || ts[k].word == "which") && !ts[k-1].upper
}

// relativeOnSomeone reports whether the cue at token cue is the verb of a relative clause
// on a word for people that names none: "lists of those who sheltered militants", where
// the police whose lists they are sheltered no one.
func relativeOnSomeone(ts []token, cue int) bool {
	k := relativeBefore(ts, cue)
	return k > 0 && ts[k].word == "who" && someoneWords[ts[k-1].word]
}

// relativeBefore returns the token before the cue at token cue and its auxiliaries, where
// a relative pronoun would open the clause: "who" in "who have joined".
func relativeBefore(ts []token, cue int) int {
	k := cue - 1
	for k > 0 && auxiliaries[ts[k].word] {
		k--
	}
	return k
}

// someoneWords stand for people the text does not name.
var someoneWords = map[string]bool{"those": true, "anyone": true, "people": true, "someone": true, "others": true, "sons": true,
	"civilians": true, "villagers": true, "families": true, "residents": true}

// labelOf returns where the colon after a line's label stands, where the sentence opens on
// a name, a bracket after it or none, then a colon ("Liyu Police (influence: high):",
// "Eritrea:"), and no verb or name comes between; else -1. Not a person's years in the
// brackets: the deeds after them would take the paragraph's latest year.
func labelOf(ts []token, ms []mention) int {
	if len(ms) == 0 || ms[0].first != 0 || ms[0].end >= len(ts) {
		return -1
	}
	j := ms[0].end
	if strings.Contains(ts[j].pre, "(") {
		for j < len(ts) && !strings.Contains(ts[j].pre, ")") {
			if len(ts[j].word) >= 4 && ts[j].word[0] >= '1' && ts[j].word[0] <= '2' && strings.Trim(ts[j].word[:4], "0123456789") == "" {
				return -1 // "Frank País (1934–1957):", a glossary's person, whose deeds its line dates by the paragraph's years
			}
			j++
		}
	}
	if j >= len(ts) || !strings.Contains(ts[j].pre, ":") {
		return -1
	}
	return j
}

// unknownOpener reports whether the sentence opens on a name the reader does not know,
// a word the text writes only with a capital, right before the verb at cue: "Rodrigo
// joined Figueres's National Liberation Party" is Rodrigo's joining, no one's the
// paragraph was about.
func (rd *Reader) unknownOpener(ts []token, cue int) bool {
	if cue < 1 || cue > 3 || !ts[0].upper || !rd.nameWordsOnly[ts[0].word] {
		return false
	}
	for k := 1; k < cue; k++ {
		if !auxiliaries[ts[k].word] && !adverb(ts[k].word) && !ts[k].upper {
			return false
		}
	}
	return true
}
