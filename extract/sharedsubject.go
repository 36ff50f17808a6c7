package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// A verb joined by "and" to one before it shares that verb's subject.

// andBeforeVerb reports whether "and" stands before the verb at token first, past its
// auxiliaries, adverbs and a time ("was part of the rebellion and has been reported to be
// linked to", "and two years later founded", "and in 1966 founded"): a verb that shares
// the subject before; also after a comma, where no subject follows "and" ("King Hussein
// sent engineers, and in 1975 gave Oman some aircraft").
func andBeforeVerb(ts []token, first int) bool {
	k := first - 1
	for k > 0 && (auxiliaries[ts[k].word] || ts[k].word == "to" || ts[k].word == "be" || reportVerbs[ts[k].word] || adverb(ts[k].word) || reflexives[ts[k].word] ||
		ts[k+1].word == "to" && (tryingVerbs[ts[k].word] || goVerbs[ts[k].word])) {
		k-- // "and was himself ousted by", "and tried to mediate"
	}
	if k > 1 && k == first-1 && ownPronouns[ts[k].word] && (strings.HasSuffix(ts[k-1].word, "ed") || pastVerbs[ts[k-1].word]) {
		k -= 2 // "and transferred its support to FLOSY": the noun's verb and its owner
	}
	if k > 1 && laterUnits[ts[k].word] && numberWords[ts[k-1].word] && (ts[k+1].word == "later" || ts[k+1].word == "afterwards") {
		k -= 2
	} else if k > 1 && numeric(ts[k].word) {
		// "and in 1981 joined", "and in August 1981 joined", "and on 3 May 1981 joined"
		j := k - 1
		for j > 0 && k-j < 4 && (strings.Contains(months, ts[j].word) && len(ts[j].word) >= 3 || numeric(ts[j].word) || ts[j].word == "early" || ts[j].word == "late" || ts[j].word == "mid") {
			j--
		}
		if ts[j].word == "in" || ts[j].word == "on" && j < k-1 {
			k = j - 1
		}
	}
	// (After a comma, a verb's past only: "stopped supporting the Taliban, and support
	// from China" names a new subject, the noun's.)
	w := ts[first].word
	past := strings.HasSuffix(w, "ed") || pastVerbs[w] || auxiliaries[w] // "and to have received weapons from"
	// "It fought Batista's troops but quarrelled with the Directorio": "but" joins two
	// verbs of one subject as "and" does.
	// "fought beside KNLA units before signing their own ceasefire": a participle after
	// "before", "after" or "while" shares the clause's subject.
	if k > 0 && k == first-1 && participleLinks[ts[k].word] && len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.ContainsAny(ts[k].pre, ";:") &&
		!slices.ContainsFunc(ts[:k], func(t token) bool { return relativeWords[t.word] }) { // not "Huerta, who shelled ... while talking"
		return true
	}
	return k > 0 && ts[k].word == "and" && (k < first-1 && !strings.Contains(ts[k].pre, ",") || strings.TrimSpace(ts[k].pre) == "," && past) || andAside(ts, first) ||
		k == first-1 && seriesVerb(ts, first) ||
		k > 0 && ts[k].word == "but" && past && !strings.ContainsAny(ts[k].pre, ";:")
}

// subjectBeforeAnd returns the subject a verb after "and" shares with the verb before it,
// past that verb's objects, whose last is at li, and whether it found one; or -1 where a
// pronoun is the subject: "Kamou Ag Meinly quitting the group and joining the MNLA" (not
// the group), "has since fought the Islamic State and rival jihadists and courted
// Turkey"; and -1 where the cue is a verb (verb) and no name stands right before the verb
// whose objects those are ("a faction ... ousted Dini's leadership and opened talks").
func (rd *Reader) subjectBeforeAnd(ts []token, ms []mention, li int, verb bool) (int, bool) {
	objs := group(ts, ms, li, -1)
	first := slices.IndexFunc(ms, func(m mention) bool { return m.first == objs[len(objs)-1].first })
	k := ms[first].first - 1
	for k > 0 && determiners[ts[k].word] {
		k--
	}
	// "Kadyrov broke with Maskhadov and made common cause with Moscow": past the
	// preposition of the verb before.
	// So past what the verb gave: "cut off money and arms to the NLF and transferred
	// its support to FLOSY".
	if k > 1 && (ts[k].word == "with" || ts[k].word == "from" || ts[k].word == "against" || ts[k].word == "to") && !strings.ContainsAny(ts[k].pre, ",;:()") {
		for j := k - 1; j > 0 && j >= k-5 && !ts[j].upper && !strings.ContainsAny(ts[j+1].pre, ",;:()"); j-- {
			// ("returned from the Soviet Union and took over the PKI": a verb of going.)
			if pastVerbs[ts[j].word] || (j < k-1 || ts[k].word == "from") && strings.HasSuffix(ts[j].word, "ed") {
				k = j
				break
			}
		}
	}
	if k > 1 && (ts[k].word == "over" || ts[k].word == "up") && pastVerbs[ts[k-1].word] && !strings.ContainsAny(ts[k].pre, ",;:()") {
		k-- // "Santu took over the party and the Bahini ... and fought the Priti group": past the verb's particle
	}
	// "the KIA sheltered the NUG, trained PDFs and fights alongside them": the verb before
	// is a series' later item, and its first verb's subject is the subject of them all.
	if j := seriesFirst(ts, k); j != k {
		if b := rd.beforeRelative(ts, ms, j); b >= 0 {
			return b, true // "the KIA, which clashed with the Tatmadaw, sheltered ..., trained ... and fights"
		}
		if m := slices.IndexFunc(ms, func(m mention) bool { return m.end == j }); m >= 0 {
			return m, true
		}
	}
	if k > 0 && (strings.HasSuffix(ts[k].word, "ing") || strings.HasSuffix(ts[k].word, "ed") || pastVerbs[ts[k].word]) && !strings.ContainsAny(ts[k+1].pre, ",;:()") {
		for n := 0; n < 3 && k > 1 && !ts[k-1].upper && (auxiliaries[ts[k-1].word] || adverb(ts[k-1].word) || ts[k-1].word == "since"); n++ {
			k-- // "has since fought", "had reportedly armed"
		}
		switch {
		case first > 0 && ms[first-1].end == k:
			return first - 1, true
		case k > 0 && (ts[k-1].word == "he" || ts[k-1].word == "she"):
			return -1, false // "In April he addressed the European Parliament and warned that": his, not the Parliament's
		case verb && k+1 == ms[first].first && (strings.HasSuffix(ts[k].word, "ed") || pastVerbs[ts[k].word]):
			return -1, false // "a faction ... ousted Dini's leadership and opened talks": the verb's object opens none
		}
	}
	return li, false
}

// clauseAfterAnd reports whether b, after ", and" at token from, opens a clause of its
// own: a verb follows it, past a noun of its men ("and MFDC fighters were reported").
func clauseAfterAnd(ts []token, from int, b mention) bool {
	if from < 0 || from >= len(ts) || ts[from].word != "and" || strings.TrimSpace(ts[from].pre) != "," || b.end >= len(ts) {
		return false
	}
	k := b.end
	if k < len(ts) && (memberNouns[ts[k].word] || forceNouns[ts[k].word]) && strings.TrimSpace(ts[k].pre) == "" {
		k++
	}
	for k < len(ts) && adverb(ts[k].word) && !ts[k].upper && strings.TrimSpace(ts[k].pre) == "" {
		k++ // "and Indian intelligence allegedly trained"
	}
	if k >= len(ts) || strings.ContainsAny(ts[k].pre, ",;:()") {
		return false
	}
	w := ts[k].word
	return w == "were" || w == "was" || w == "had" || w == "has" || w == "have" || !ts[k].upper && (pastVerbs[w] || strings.HasSuffix(w, "ed") && !determiners[w])
}

// listedBetween reports whether the tokens in [from, to) join a list ("and", "or", a
// comma) or give an example of many ("such as", "including").
var examples = map[string]bool{"such": true, "as": true, "including": true, "like": true, "several": true, "two": true, "three": true}

func listedBetween(ts []token, from, to int) bool {
	for i := from; i < to; i++ {
		switch {
		case ts[i].word == "and" || ts[i].word == "or" || strings.Contains(ts[i].pre, ","):
			return true
		case examples[ts[i].word]:
			return true // "Taliban leaders such as Baradar": one of many, the leaders the organization's
		}
	}
	return to < len(ts) && strings.Contains(ts[to].pre, ",")
}

// participleLinks are the words after which a participle shares the subject of the
// clause before: "before signing", "after killing", "while fighting".
var participleLinks = map[string]bool{"before": true, "after": true, "while": true, "without": true}

// otherRelative reports whether a relative clause on another name opens between the
// subject ms[li] and token to: "Sharaa ... set up the Nusra Front, which refused to merge
// and pledged allegiance to al-Qaeda" (the front's verbs, not Sharaa's); not one on the
// subject itself ("Htay Maung, commander of the 7th Brigade, who took men out of the KNU
// and founded the Peace Council": "who" of a man past a body).
func (rd *Reader) otherRelative(ts []token, ms []mention, li, to int) bool {
	r := slices.IndexFunc(ts[ms[li].end:to], func(t token) bool { return relativeWords[t.word] })
	if r < 0 {
		return false
	}
	r += ms[li].end
	return slices.ContainsFunc(ms[li+1:], func(m mention) bool {
		return m.first >= ms[li].end && m.end <= r && m.id != ms[li].id &&
			!(ts[r].word == "who" && rd.kinds[ms[li].id] == "individual" && rd.kinds[m.id] != "individual")
	})
}

// unnamedMembers reports whether a membership cue after "and" or "or" speaks of members
// the sentence does not name: "IRGC soldiers along with forces from Hezbollah and members
// of the Basij" (not Hezbollah); but a verb that shares the subject before it (li, shared)
// is its subject's ("In 1971 Grivas returned and founded EOKA-B").
func (rd *Reader) unnamedMembers(ts []token, ms []mention, c cueSpan, li int, shared bool) bool {
	if c.cue.kind != alliances.Membership || c.cue.passive || c.first == 0 || ts[c.first-1].word != "and" && ts[c.first-1].word != "or" {
		return false
	}
	w := c.cue.words[0]
	return !(shared && li >= 0 && (strings.HasSuffix(w, "ed") || pastVerbs[w]) && !rd.otherRelative(ts, ms, li, c.first))
}

// verbSeries reports whether the cue, a verb's past after a comma, is a later item of a
// series of verbs of one subject, the verb before it and its object right before the
// comma: "the KIA sheltered NUG figures, trained People's Defence Forces and fights
// alongside them" (the KIA trained them, not the NUG).
func verbSeries(ts []token, c cueSpan) bool {
	if len(c.cue.words) != 1 || c.cue.passive {
		return false
	}
	_, ok := seriesBefore(ts, c.first)
	return ok
}

// seriesFirst returns the first verb of the series of past verbs whose later item, after a
// comma, is at token k ("sheltered the NUG, trained PDFs"), or k where none is.
func seriesFirst(ts []token, k int) int {
	for n := 0; n < 3; n++ {
		j, ok := seriesBefore(ts, k)
		if !ok {
			break
		}
		k = j
	}
	return k
}

// seriesBefore returns the past verb before the one at token k, where k, a past after a
// comma with an object of its own, is a later item of their series: the one before it
// takes its object right after it and before the comma, is no participle ("having armed
// one side for a decade, pushed", "Amin, elected in his place, signed") and stands in no
// relative clause ("which their opponents called the Harmad Vahini, fought").
func seriesBefore(ts []token, k int) (int, bool) {
	past := func(t token) bool {
		return !t.upper && (strings.HasSuffix(t.word, "ed") && !edWords[t.word] || pastVerbs[t.word])
	}
	if k < 2 || k+1 >= len(ts) || strings.TrimSpace(ts[k].pre) != "," || !past(ts[k]) || seriesPrepositions[ts[k+1].word] {
		return k, false // "tanks and aircraft, supplied for the defence of Turkey": a participle on the noun
	}
	j := k - 1
	for j > 0 && k-j <= 6 && !strings.ContainsAny(ts[j].pre, ",;:()") && !past(ts[j]) {
		j--
	}
	if !past(ts[j]) || k-j > 6 || seriesPrepositions[ts[j+1].word] || j > 0 && (ts[j-1].word == "having" || auxiliaries[ts[j-1].word]) {
		return k, false
	}
	for i := j - 1; i >= 0 && !strings.ContainsAny(ts[i+1].pre, ",;:()"); i-- {
		if relativeWords[ts[i].word] || ts[i].word == "whom" || ts[i].word == "that" {
			return k, false
		}
	}
	return j, true
}

// edWords are words ending in "ed" that are no verb's past: "never more than a few hundred
// men, killed" is one verb.
var edWords = map[string]bool{"hundred": true, "hundreds": true, "red": true, "bed": true, "need": true, "speed": true, "creed": true,
	"sacred": true, "naked": true, "wicked": true, "kindred": true, "hatred": true, "seed": true, "shed": true, "breed": true}

// seriesPrepositions are the words after a past that make it a participle on the noun
// before it, not a verb of the series.
var seriesPrepositions = map[string]bool{"for": true, "by": true, "to": true, "in": true, "from": true, "with": true, "at": true,
	"on": true, "under": true, "into": true, "as": true}

// andSubject returns the actor a pronoun opening a clause after ", and" stands for: the
// sentence's subject ("Sudan recalled its ambassador to Kenya, and this month it cut
// relations with the UAE"), or after ", and that" the subject of the clause told before
// ("said that Iran's Ministry of Intelligence had sent relatives ..., and that it paid").
func andSubject(ts []token, out []mention, i int) (string, bool) {
	if len(out) == 0 {
		return "", false
	}
	if k := clauseAndBefore(ts, i); k > 0 && out[subject(ts, out)].end <= k && out[len(out)-1].end <= k {
		return out[subject(ts, out)].id, true
	}
	if i < 3 || ts[i-1].word != "that" || ts[i-2].word != "and" || !strings.Contains(ts[i-2].pre, ",") {
		return "", false
	}
	t := slices.IndexFunc(ts[:i-2], func(t token) bool { return t.word == "that" })
	for _, m := range out {
		// The clause's first name that is no possessive and follows no preposition:
		// "that, by the autumn of 1991, the JNA answered ..., and that it armed the TO".
		if t >= 0 && m.first > t && m.end <= i-2 && !ts[m.end-1].possessive && !prepositions[ts[m.first-1].word] &&
			!(m.first >= 2 && determiners[ts[m.first-1].word] && prepositions[ts[m.first-2].word]) {
			return m.id, true
		}
	}
	return "", false
}

// clauseAndBefore returns where ", and" opens the clause whose subject is the pronoun
// at i, past a few words of time ("and this month it", "and in 2019 they"), or -1.
func clauseAndBefore(ts []token, i int) int {
	for j := i - 1; j > 0 && j >= i-4; j-- {
		if ts[j].word == "that" && j == i-1 {
			return -1 // "said that A had sent relatives, and that it paid": the clause told's own subject
		}
		if ts[j].word == "and" {
			if strings.Contains(ts[j].pre, ",") {
				return j
			}
			return -1
		}
		if ts[j].upper && !strings.Contains("|"+months+"|", "|"+ts[j].word+"|") || strings.ContainsAny(ts[j+1].pre, ",;:()") {
			return -1
		}
	}
	return -1
}

// semicolonClause reports whether the pronoun at i opens the clause after a semicolon,
// past a few small words ("rebuilt its armed wing; in exile it made common cause with the
// OLF"): the sentence's subject, as after a colon.
func semicolonClause(ts []token, i int) bool {
	for k := i; k >= max(i-3, 1); k-- {
		if k < i && ts[k].upper {
			return false // "; Sayyaf joined it": the clause's own subject
		}
		if strings.Contains(ts[k].pre, ";") {
			return true
		}
		if strings.ContainsAny(ts[k].pre, ",:()") {
			return false
		}
	}
	return false
}

// struckBefore reports whether the cue c, a fight's participle after a comma ("killing"),
// follows an active verb of fighting in its sentence, whose subject is the participle's:
// "a missile struck a barracks of the 14th Quartermaster Detachment, a US Army reserve
// unit, killing twenty-eight American soldiers".
func struckBefore(ts []token, spans []cueSpan, c cueSpan) bool {
	return c.cue.kind == alliances.Hostility && slices.ContainsFunc(spans, func(o cueSpan) bool {
		return o.cue.kind == alliances.Hostility && !o.cue.passive && o.end < c.first && !strings.HasSuffix(o.cue.words[0], "ing") &&
			!slices.ContainsFunc(ts[o.end:c.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") || t.word == "and" || t.word == "but" })
	})
}

// tryingVerbs are the verbs of trying or setting out, before "to" and the verb they try:
// "leaned towards Iraq and tried to mediate".
// goVerbs are the verbs of going "to" an act: "has signed twice with the MNLF and gone to
// war twice against the MILF" (mindanao-1972's ¶4), the war the signer's.
var goVerbs = map[string]bool{"go": true, "goes": true, "went": true, "gone": true, "going": true}

var tryingVerbs = map[string]bool{"tried": true, "sought": true, "attempted": true, "offered": true, "began": true, "continued": true,
	"promised": true, "pledged": true, "decided": true, "managed": true, "failed": true, "hoped": true}

// seriesVerb reports whether the verb at token first is one of a series of a subject's
// verbs set off by commas, the last joined by "and": "El Salvador broke off relations
// with Honduras on 26 June, invaded on 14 July, accepted an OAS ceasefire on 18 July and
// withdrew in early August". It shares the subject of the first.
func seriesVerb(ts []token, first int) bool {
	pastAt := func(k int) bool {
		return k < len(ts) && !ts[k].upper && (strings.HasSuffix(ts[k].word, "ed") || pastVerbs[ts[k].word]) &&
			!slices.ContainsFunc(ts[k+1:min(k+5, len(ts))], func(t token) bool { return t.word == "by" }) // not "led by", "founded in 1961 by"
	}
	if first < 3 || strings.TrimSpace(ts[first].pre) != "," || !pastAt(first) || slices.ContainsFunc(ts[:first], func(t token) bool { return relativeWords[t.word] }) {
		return false
	}
	// A verb of the subject's before it, in the clause ("the dissidents, never more than a
	// few hundred men, killed" has none).
	before := false
	for k := first - 1; k > 0 && !strings.ContainsAny(ts[k+1].pre, ";:()"); k-- {
		before = before || pastAt(k)
	}
	for k := first + 1; before && k+1 < len(ts) && !strings.ContainsAny(ts[k].pre, ";:()"); k++ {
		if ts[k].word == "and" && strings.Contains(ts[k].pre, ",") && ts[k+1].upper {
			return false // ", and South Africa armed": another subject's clause
		}
		if ts[k].word == "and" && pastAt(k+1) {
			return true
		}
	}
	return false
}

// seriesVerbBetween reports whether another verb of a series stands after a comma in the
// tokens (from, to]: "invaded on 14 July, accepted an OAS ceasefire": the OAS is no
// object of the invasion.
func seriesVerbBetween(ts []token, from, to int) bool {
	for k := from + 1; k <= to && k < len(ts); k++ {
		if seriesVerb(ts, k) {
			return true
		}
	}
	return false
}

// presentVerb reports whether a cue's first word is a verb in the present tense ("Ali
// Nasir fights the Tughma and backs the Zumra"), not a plural noun that cues too ("money
// and arms", "meetings and talks").
func presentVerb(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !pluralCues[w]
}

// pluralCues are the cues' plural nouns that read as no verb.
var pluralCues = map[string]bool{"talks": true, "arms": true, "funds": true, "forces": true, "ties": true, "relations": true, "negotiations": true,
	"weapons": true, "supplies": true, "troops": true, "contacts": true, "links": true, "meetings": true, "clashes": true, "attacks": true,
	"subsidies": true, "loans": true, "advisers": true, "advisors": true, "instructors": true, "volunteers": true, "mercenaries": true}

// spokenTo reports whether the name m, the sentence's first word, is one the speaker
// addresses, a comma and a clause of time or reason right after it: "Assemblywoman, since
// the Jabidah killings of 1968 this Republic has signed twice with the MNLF and gone to war
// twice against the MILF" (mindanao-1972's ¶4); not "the Levies, as they were then".
func spokenTo(ts []token, m mention) bool {
	if m.first != 0 || m.end >= len(ts) || strings.TrimSpace(ts[m.end].pre) != "," || !subordinators[ts[m.end].word] || ts[m.end].word == "as" {
		return false
	}
	// Not where the clause closes on a comma and the name's verb follows: "Assemblywoman,
	// since the MNLF signed in 1996, has backed the MILF".
	for j := m.end + 1; j < len(ts); j++ {
		if strings.Contains(ts[j].pre, ",") {
			return !auxiliaries[ts[j].word] && !strings.HasSuffix(ts[j].word, "ed") && !pastVerbs[ts[j].word]
		}
	}
	return true
}

// unaddressed returns ms without the individual the speaker addresses by a post alone at
// the sentence's head (spokenTo), no party to what the sentence tells; not a man named
// ("Obregón, after trying to mediate between the two men, chose Carranza").
func (rd *Reader) unaddressed(ts []token, ms []mention) []mention {
	if len(ms) > 0 && rd.kinds[ms[0].id] == "individual" && spokenTo(ts, ms[0]) {
		if only, n, _ := rd.title(ts, ms[0].first, ms[0].end); !only || n == 0 {
			return ms
		}
		return ms[1:]
	}
	return ms
}
