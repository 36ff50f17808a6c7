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
		!unknownName(d, ts, st.c.first) && !unnamedSubject(ts, st.c.first) && !relativeOnNoun(ts, st.c.first) &&
		st.c.cue.kind != alliances.Membership && st.c.cue.kind != alliances.Mediation && !st.c.cue.passive
	if implicit {
		st.ms = append([]mention{{id: rd.topic, first: -100, end: -100}}, st.ms...)
		st.li, st.ri = 0, st.ri+1
		st.shared = true
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
