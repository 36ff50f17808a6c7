package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// Names a clause holds that are no party to its act, or a party other than the nearest
// reading makes them: the body a deserter or its former men left, the one an act is done
// for, those a passive tells were struck together, one whose arrest the clause tells, a
// journey's end, help in a relative clause on "whose", agents named in apposition; the
// target of an act listed before the cue's, a merger's partner "into" a third, the last
// of a list a relative clause tells of alone, the agents of a participle on a noun, a
// name in an apposition, another's post after a preposition, a man in a body's ranks,
// and a title written after a man's name.

// after tells whether m is the object of the preposition w, an article between: "for the Sultan".
func after(ts []token, m mention, w string) bool {
	f := m.first
	if f >= 1 && determiners[ts[f-1].word] {
		f--
	}
	return f >= 1 && ts[f-1].word == w
}

// causeFor tells whether the "for" before m names a cause: "retaliation for Barzani's
// intention", "revenge for".
func causeFor(ts []token, m mention) bool {
	f := m.first - 1
	if f < 1 {
		return false
	}
	if determiners[ts[f].word] {
		f--
	}
	return f >= 1 && retaliations[ts[f-1].word]
}

// retaliations are the nouns of an act done for a cause: "reprisal for".
var retaliations = map[string]bool{"retaliation": true, "revenge": true, "reprisal": true, "reprisals": true, "punishment": true, "vengeance": true,
	"responsibility": true, "blame": true}

// deserted tells whether m names the body a deserter left: "a deserter from the Legion".
func deserted(ts []token, m mention) bool {
	f := m.first // past the article "after" skips too
	if f >= 1 && determiners[ts[f-1].word] {
		f--
	}
	return f >= 2 && ts[f-1].word == "from" && desertNouns[ts[f-2].word]
}

// formerMen tells whether m names the body whose former men the clause speaks of:
// "former ABM members who rejected the IS pledge" rejected it, not ABM.
func formerMen(ts []token, m mention) bool {
	return m.first > 0 && ts[m.first-1].word == "former" && m.end < len(ts) && memberNouns[ts[m.end].word] && strings.HasSuffix(ts[m.end].word, "s")
}

// desertNouns are those who left the body named after them and "from": its deserters act
// for themselves, not for it.
var desertNouns = map[string]bool{"deserter": true, "deserters": true, "defector": true, "defectors": true, "runaway": true, "escapee": true}

// sufferedTogether tells whether the hostile cue at c is a passive without its agent
// after a list of names: "Bhindranwale, Shabeg Singh and Amrik Singh were killed" tells
// what befell them, not that they fought each other (the caller asks it of people: "13
// Chadian soldiers and 65 Islamists were killed" tells of a fight between their sides).
func sufferedTogether(ts []token, c cueSpan) bool {
	w := c.cue.words[0]
	return c.first > 0 && beWords[ts[c.first-1].word] && len(c.cue.words) == 1 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "shot" || w == "struck")
}

// travelAdverbs alone between a verb of sending and its "to" make it a journey of the
// subject's own: "flew on to Beijing", "went back to".
var travelAdverbs = map[string]bool{"on": true, "out": true, "back": true, "home": true, "off": true, "away": true, "straight": true, "directly": true, "onward": true, "onwards": true}

// whoseOwn returns the mention that opens a relative clause on "whose" before token k,
// the clause going on to k, before mention i: "whose Khmer Serei had fought Sihanouk for
// years with": the Khmer Serei. Else -1.
func whoseOwn(ts []token, ms []mention, i, k int) int {
	for j := i - 1; j >= 0; j-- {
		m := ms[j]
		if m.first < 1 || m.end > k {
			continue
		}
		if ts[m.first-1].word == "whose" && !slices.ContainsFunc(ts[m.end:k+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
			return j
		}
	}
	return -1
}

// withOwnHelp tells whether the cue c is a noun of help after "with" and its giver's
// possessive, ms[li], and ms[ri] stands past a comma after it: "with Saigon's backing,
// returned to serve Lon Nol". Its receiver is the clause's subject, which withHelp reads,
// not a name in the next clause (but "With Ben M'hidi's support he pushed": his).
func withOwnHelp(ts []token, ms []mention, li, ri int, c cueSpan) bool {
	return li >= 0 && ms[li].end == c.first && ts[c.first-1].possessive && ms[li].first > 0 && ts[ms[li].first-1].word == "with" &&
		ms[ri].first > c.end && slices.ContainsFunc(ts[c.end:ms[ri].first+1], func(t token) bool { return strings.Contains(t.pre, ",") })
}

// sufferedNoun tells whether the cue c is a noun of what befell the one whose
// possessive stands before it: "After Chaheru's arrest the KCF passed to Zaffarwal" tells
// of no act of Chaheru's (but "the army's arrest of Guzmán" is the army's).
func sufferedNoun(ts []token, c cueSpan) bool {
	return len(c.cue.words) == 1 && sufferedNouns[c.cue.words[0]] && c.first > 0 && ts[c.first-1].possessive &&
		(c.end >= len(ts) || ts[c.end].word != "of")
}

// sufferedNouns are the nouns of what one undergoes at another's hands.
var sufferedNouns = map[string]bool{"arrest": true, "capture": true, "detention": true, "assassination": true, "execution": true,
	"murder": true, "killing": true, "kidnapping": true, "abduction": true, "imprisonment": true, "overthrow": true, "ouster": true,
	"expulsion": true, "extradition": true}

// namedMen tells whether the names from ms[ri] to the sentence's end are the men a noun
// after "by" counts, named in apposition: "shot dead by two of her Sikh bodyguards, Beant
// Singh and Satwant Singh" (but "supported by war jets, the Malian army pushed": the next
// clause's subject).
func namedMen(ts []token, ms []mention, ri, from int) bool {
	g := group(ts, ms, ri, +1)
	if len(g) == 0 || g[len(g)-1].end != len(ts) || !strings.Contains(ts[ms[ri].first].pre, ",") {
		return false
	}
	return slices.ContainsFunc(ts[from:ms[ri].first], func(t token) bool { return apposedMen[t.word] })
}

// namedOne tells whether ms[ri] is the one a noun after "by" names in apposition, the
// noun an indefinite one's, a person's or a body's, the apposition closed after the name:
// "commanded by a Belgian veteran, Christian Tavernier;", "is commanded by a British
// officer, Glubb Pasha, and" (but "supported by an air strike, the Malian army pushed").
func namedOne(ts []token, ms []mention, ri, from int) bool {
	m := ms[ri]
	if from >= m.first-1 || m.first-from > 5 || !indefinite(ts[from].word) || !strings.Contains(ts[m.first].pre, ",") {
		return false
	}
	if head := ts[m.first-1].word; !personHeads[head] && !memberWords[head] && !bodyNouns[head] {
		return false
	}
	if slices.ContainsFunc(ts[from+1:m.first], func(t token) bool { return strings.TrimSpace(t.pre) != "" }) {
		return false
	}
	return m.end == len(ts) || strings.ContainsAny(ts[m.end].pre, ",;:()")
}

// apposedOne returns the index of the one a passive's "by" names in apposition after a
// noun a people's word qualifies, else ri: "commanded by a British officer, Glubb Pasha"
// names Glubb, not Britain.
func apposedOne(ts []token, ms []mention, ri int, c cueSpan) int {
	if ri < 0 || ri+1 >= len(ms) || !c.cue.passive || c.cue.words[len(c.cue.words)-1] != "by" || ms[ri].first <= c.end {
		return ri
	}
	if ms[ri+1].first > ms[ri].end && namedOne(ts, ms, ri+1, c.end) {
		return ri + 1
	}
	return ri
}

// apposedMen are the nouns of men that a list of their names may follow in apposition.
var apposedMen = map[string]bool{"bodyguards": true, "gunmen": true, "men": true, "guards": true, "soldiers": true, "officers": true,
	"assassins": true, "agents": true, "members": true, "commanders": true, "militants": true, "fighters": true, "policemen": true}

// actsListed reports whether a mention is the target of an act listed before the cue's
// ("claimed the failed attempt on Interior Minister Mohamed Ibrahim and the bombing of
// the police headquarters"): the next act in the list is not his.
func actsListed(ts []token, m mention, c cueSpan) bool {
	if c.first < 2 || ts[c.first-1].word != "the" || ts[c.first-2].word != "and" && strings.TrimSpace(ts[c.first-1].pre) != "," {
		return false
	}
	k := m.first - 1
	for k > 0 && m.first-k <= 3 && ts[k].upper {
		k-- // "on Interior Minister Mohamed Ibrahim": past the post
	}
	return k >= 0 && (ts[k].word == "on" || ts[k].word == "against") && !slices.ContainsFunc(ts[m.end:c.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") })
}

// mergedInto returns the mention "into" names after the partners a merger names ("JFS
// merged with Zenki and smaller groups into Hay'at Tahrir al-Sham": into the new body,
// not into Zenki), in the same clause, or the body a verb of founding names after "to"
// past a list set off by commas ("merged with two smaller groups, the Somali Workers'
// Party and the DFLS, to form the SSDF"); else ri.
func mergedInto(ts []token, ms []mention, ri int, c cueSpan) int {
	if ri < 0 || c.cue.kind != alliances.Merger {
		return ri
	}
	comma := false
	for j := ri + 1; j < len(ms) && ms[j].first >= ms[j-1].end && ms[j].first-ms[j-1].end <= 6; j++ {
		for _, t := range ts[ms[j-1].end:ms[j].first] {
			if strings.ContainsAny(t.pre, ";:") {
				return ri
			}
			comma = comma || strings.ContainsAny(t.pre, ",()")
		}
		k := ms[j].first - 1
		if k > 0 && ts[k].word == "the" {
			k--
		}
		if k > 0 && ts[k].word == "into" && !comma || k > 1 && ts[k-1].word == "to" && foundingVerbs[ts[k].word] {
			return j
		}
	}
	return ri
}

// foundingVerbs are the verbs after "to" that name the body a merger made: "to form the SSDF".
var foundingVerbs = map[string]bool{"form": true, "create": true, "found": true, "establish": true}

// relativeOfLast reports whether the cue stands in a relative clause set off after the
// last name of a list, where that name alone is its subject: set off by ", and" after a
// list joined by "and" of its own ("to discredit Britain and France, and Djemal Pasha,
// who had hanged the Arab nationalists"), or the second of a pair "between" two men
// ("between Mr. Gbagbo and Alassane Ouattara, who had the backing of"). Not "Russia,
// Iran, and Pakistan, which had started their rapprochement": the whole list's.
func relativeOfLast(ts []token, m mention, c cueSpan) bool {
	if m.first < 2 || m.end >= c.first || ts[m.end].word != "who" && ts[m.end].word != "which" || !strings.Contains(ts[m.end].pre, ",") ||
		slices.ContainsFunc(ts[m.end+1:c.first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) || ts[m.first-1].word != "and" {
		return false
	}
	before := ts[max(0, m.first-8) : m.first-1]
	if i := slices.IndexFunc(before, func(t token) bool { return strings.ContainsAny(t.pre, ";:()") }); i >= 0 {
		before = before[i+1:]
	}
	if strings.Contains(ts[m.first-1].pre, ",") {
		return slices.ContainsFunc(before, func(t token) bool { return t.word == "and" })
	}
	return ts[m.end].word == "who" && slices.ContainsFunc(before, func(t token) bool { return t.word == "between" })
}

// nounParticiple reports whether the cue is a participle after "by"'s agents that
// qualifies a noun of no actor's before it, with its article ("concluded the secret
// agreement negotiated by Sir Mark Sykes and M. Georges-Picot"): the agents acted on the
// noun, and the name m before it, the sentence's subject, is none of the participle's
// parties. Not where the noun stands in apposition to m ("Hezbollah, the militia armed
// by Iran").
func nounParticiple(ts []token, m mention, c cueSpan) bool {
	if !strings.HasSuffix(c.cue.words[0], "ed") || c.cue.words[len(c.cue.words)-1] != "by" && (c.end >= len(ts) || ts[c.end].word != "by") {
		return false
	}
	k := c.first - 1
	if k < 2 || m.first < 0 || m.end > k-1 || ts[k].upper || !nounLike(ts[k]) || strings.ContainsAny(ts[c.first].pre, ",;:()") ||
		c.cue.kind == alliances.Mediation || strings.Contains(ts[m.end].pre, ",") && determiners[ts[m.end].word] {
		return false // not "signed a ceasefire brokered by the United States", a mediation between the signers, nor "the INC, the umbrella of the opposition chaired by"
	}
	for d := k - 1; d >= max(k-3, m.end); d-- {
		if ts[d].upper || strings.ContainsAny(ts[d+1].pre, ",;:()") {
			return false
		}
		if ownPronouns[ts[d].word] {
			return false // "had their homes raided by government troops": theirs, so they suffered it
		}
		if determiners[ts[d].word] {
			// Not "Hezbollah, the militia armed by Iran", an apposition ("Inkatha, then a
			// cultural movement led by"), nor "Jaish al-Fatah was the coalition led by
			// Nusra", a copula's.
			return !strings.ContainsAny(ts[d].pre, ",;:()") && (d == 0 || !beWords[ts[d-1].word] && ts[d-1].word != "became" && ts[d-1].word != "become" &&
				!(descriptionAdverbs[ts[d-1].word] && strings.Contains(ts[d-1].pre, ",")))
		}
	}
	return false
}

// agentOfOther reports whether a participle and "by" stand in [from, to), before a name:
// "the secret agreement negotiated by Sir Mark Sykes" makes him the agent of the
// negotiating, no party to the cue before it.
func agentOfOther(ts []token, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if strings.HasSuffix(ts[k].word, "ed") && ts[k+1].word == "by" {
			return true
		}
	}
	return false
}

// inApposition reports whether ms[i] stands in an apposition to the name before it,
// closed before the cue ("the Idrisi of Asir, also in treaty with Britain, fought the
// Turks"): the name before acts, not it.
func inApposition(ts []token, ms []mention, i int, c cueSpan) bool {
	j, _ := pastApposition(ts, ms, i, c)
	return j != i
}

// trailingTitles are the titles written after a man's name: "Djemal Pasha", "Enver Bey".
var trailingTitles = map[string]bool{"pasha": true, "bey": true, "effendi": true, "agha": true}

// addressedPost reports whether a preposition stands between a name and the post after
// it ("met with the commander of Ahrar al-Sham", "to the brother commander of"): the post
// is another's, one the name meets or writes to.
func addressedPost(ts []token, from, to int) bool {
	k := to - 1
	for k > from && to-k <= 2 && !ts[k].upper && !postPrepositions[ts[k].word] && !determiners[ts[k].word] {
		k-- // "the brother commander": a word before the post
	}
	return k > from && determiners[ts[k].word] && postPrepositions[ts[k-1].word] && !strings.ContainsAny(ts[k].pre, ",;:()")
}

// postPrepositions are the prepositions before a post held by another than the name
// before them.
var postPrepositions = map[string]bool{"to": true, "with": true, "from": true, "against": true}

// foughtIn reports whether the cue says a man fought in a body's ranks: "Dicko, who had
// fought with Katiba Macina", "commanders had fought with the KLA" (a state's are its
// soldiers', no man's).
func (rd *Reader) foughtIn(m, o mention, c cueSpan) bool {
	return (c.cue.text == "fought with" || c.cue.text == "had fought with" || c.cue.text == "fights with") &&
		rd.kinds[m.id] == "individual" && rd.kinds[o.id] != "individual" && rd.kinds[o.id] != "state"
}

// takenOver returns what one who "took over" took the lead of, where it is no seizure:
// "took over AQI's operations" (the body's operations); "Musso returned from the Soviet
// Union and took over the PKI" (a man who takes over a party or a group leads it); else "".
func (rd *Reader) takenOver(ts []token, c cueSpan, left, right *mention) string {
	if c.cue.text != "took over" || right.first != c.end && (right.first != c.end+1 || ts[c.end].word != "the") {
		return ""
	}
	if right.first == c.end && right.end < len(ts) && ts[right.end-1].possessive && (postNouns[ts[right.end].word] || ts[right.end].word == "operations") {
		return "the body's " + ts[right.end].word
	}
	if rd.kinds[left.id] == "individual" && ownedKinds[rd.kinds[right.id]] && (right.end == len(ts) || !ts[right.end-1].possessive) {
		return "a man takes the lead of a body"
	}
	return ""
}

// notParties tells whether the two a cue pairs are no parties to it: one killed apart
// from the other (killedApart), or some men of a body in its place (menInPlace).
func (rd *Reader) notParties(ts []token, c cueSpan, voice voiceOf, left, right *mention) bool {
	return killedApart(ts, c, voice, left, right) || rd.menInPlace(ts, c, left, right)
}

// menInPlace tells whether a membership or a stand against another is some of a body's
// men's, not the body's: "Buddhist soldiers of the KNLA, led by the monk U Thuzana, broke
// with the KNU"; any tie some of its members hold.
func (rd *Reader) menInPlace(ts []token, c cueSpan, left, right *mention) bool {
	membership := c.cue.kind == alliances.Membership
	if (membership || c.cue.kind == alliances.Opposition) && (left.first >= 0 && someMenOf(ts, *left) || right.first >= 0 && someMenOf(ts, *right)) {
		return true
	}
	// Some members of a body, on either side, are not the body; but "named Mr. Soro and
	// several members of the FN": a man among them is a member.
	someOf := func(m *mention) bool { return m.first >= 0 && someMembersOf(ts, *m, membership) }
	return someOf(left) || someOf(right) && !(membership && rd.kinds[left.id] == "individual")
}

// someMembersOf tells whether "members of" and a word of some of them stand before mention
// m: "those members of the FDS who had rallied to the legitimate President" (some, not the
// FDS). Where listed, only as a list's item: "the FN and those members of the FDS" make no
// member of the FDS of the name before them ("exiles, among them some members of the
// NPG" do, and so does a man: "named Mr. Soro and several members of the FN").
func someMembersOf(ts []token, m mention, listed bool) bool {
	k := m.first
	if k > 0 && ts[k-1].word == "the" {
		k--
	}
	return k >= 3 && ts[k-1].word == "of" && ts[k-2].word == "members" && someWords[ts[k-3].word] && (!listed || k >= 4 && ts[k-4].word == "and")
}

// someWords are the words of some of a whole's members before "members of".
var someWords = map[string]bool{"those": true, "some": true, "several": true, "many": true, "most": true, "few": true,
	"individual": true, "certain": true}

// killedApart tells whether the hostile cue c is a passive with no agent whose one killed
// stands before it and the other past a comma after it: "who took over when Sadulayev
// was killed in June 2006, proclaimed an Emirate" makes the Emirate no foe of his.
func killedApart(ts []token, c cueSpan, voice voiceOf, left, right *mention) bool {
	return c.cue.kind == alliances.Hostility && voice == passiveNoAgent && left.first >= 0 && left.end <= c.first && right.first > c.end &&
		slices.ContainsFunc(ts[c.end:right.first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;") }) &&
		!slices.ContainsFunc(ts[c.end:right.first], func(t token) bool { return t.word == "by" }) // "were routed at Guadalajara in March, 1937, partly by"
}

// electionDefeat tells whether the hostile cue c is a defeat at the polls: "won the
// parliamentary election, defeating Fatah".
func electionDefeat(ts []token, c cueSpan) bool {
	if c.cue.kind != alliances.Hostility || !defeatWords[c.cue.words[0]] {
		return false
	}
	return slices.ContainsFunc(ts, func(t token) bool { return pollWords[t.word] })
}

var (
	defeatWords = map[string]bool{"defeating": true, "defeated": true, "defeats": true, "defeat": true, "beat": true, "beating": true, "routed": true}
	pollWords   = map[string]bool{"election": true, "elections": true, "poll": true, "polls": true, "vote": true, "ballot": true, "runoff": true, "run-off": true,
		"candidate": true, "candidates": true, "presidential": true, "electoral": true, "votes": true}
)

// partsOfMention tells whether a noun of parts or of men and "of" stand before mention m:
// "units of the army", "Karen soldiers of the army".
func partsOfMention(ts []token, m mention) bool {
	w := nounOfBefore(ts, m)
	return partNouns[w] || menNoun(w) || partMen[w]
}

// someMenOf tells whether a noun of some of a body's men and "of" stand before mention
// m: "Buddhist soldiers of the KNLA" (not "the troops of the South-West Zone", all of it).
func someMenOf(ts []token, m mention) bool {
	return partMen[nounOfBefore(ts, m)]
}

// nounOfBefore returns the word before "of" (and "the") before mention m, or "".
func nounOfBefore(ts []token, m mention) string {
	k := m.first
	if k > 0 && ts[k-1].word == "the" {
		k--
	}
	if k < 2 || ts[k-1].word != "of" {
		return ""
	}
	return ts[k-2].word
}

// partMen are the nouns of some of a body's men: "Buddhist soldiers of the KNLA".
var partMen = map[string]bool{"soldiers": true, "officers": true, "cadres": true, "commanders": true, "deserters": true, "defectors": true}

// clauseSubject returns the mention that opens the clause holding ms[i]: the last before
// it set after ", and" with its verb after it ("The GPM ... named members ..., and
// Pelangi trained their secretariats at Governor Latuconsina's request"), else 0.
func clauseSubject(ts []token, ms []mention, i int) int {
	for j := i - 1; j > 0; j-- {
		if ms[j].first > 0 && andBefore(ts, ms[j].first) && verbAfter(ts, ms[j].end) {
			return j
		}
	}
	return 0
}

// placeOfAct reports whether the name m after the cue c is where the act was done: a
// capital after a bare verb and "at" or "in" ("The North-Western Government, formed at
// Tallinn").
func (rd *Reader) placeOfAct(ts []token, m mention, c cueSpan) bool {
	return len(c.cue.words) == 1 && m.first == c.end+1 && (ts[c.end].word == "at" || ts[c.end].word == "in") &&
		rd.capitals[spelling(strings.Join(wordsOf(ts, m.first, m.end), " "))]
}
