package extract

// The clauses around a name that tell who a cue's party is: a relative clause whose verb
// is joined to the cue's, one whose pronoun is the cue's object, an apposition that ends
// right before the cue, and the second party of "between A ... and B".

import (
	"slices"
	"strings"
)

// relativeSubject returns the subject of the cue at token cue when the cue is, or is
// the object of, a verb joined by "and" to the verb of a relative clause: the name the
// clause follows ("China, which started losing interest in the Taliban and developed
// concerns about X"), or, where the clause has a subject of its own, that subject, the
// name then the cue's object ("ISKP, which the Taliban have fought and voiced concerns
// about": the Taliban's concern, about ISKP). It returns -1, -1 otherwise, and obj -1
// where the object is the cue's own.
func (rd *Reader) relativeSubject(ts []token, ms []mention, cue int) (subj, obj int) {
	k := cue - 1
	if k >= 1 && lightVerbs[ts[k].word] {
		k--
	}
	if k < 2 || ts[k].word != "and" || strings.Contains(ts[k].pre, ",") {
		return -1, -1
	}
	for i := k - 1; i > 0; i-- {
		if strings.ContainsAny(ts[i].pre, ";:()") || strings.ContainsAny(ts[i+1].pre, ";:()") {
			return -1, -1
		}
		if (ts[i].word == "which" || ts[i].word == "who" || ts[i].word == "whom") && strings.Contains(ts[i].pre, ",") {
			antecedent := slices.IndexFunc(ms, func(m mention) bool { return m.end == i })
			if ts[i].word == "who" {
				antecedent = rd.whoAntecedent(ts, ms, i) // past an apposition of his post
			}
			if j := slices.IndexFunc(ms, func(m mention) bool { return m.first > i && m.first <= i+2 }); j >= 0 {
				return j, antecedent
			}
			return antecedent, -1
		}
	}
	return -1, -1
}

// lightVerbs carry a noun that is the cue: "developed concerns about", "voiced support
// for".
var lightVerbs = map[string]bool{"developed": true, "expressed": true, "voiced": true, "showed": true, "raised": true,
	"had": true, "gave": true, "offered": true, "provided": true, "pledged": true, "announced": true}

// andAfter returns the mention that stands right after the first "and" after mention a
// that another name follows at once, within twelve words and the same clause: the second
// party of "between A ... and B". A name given as an example of A's ("such as",
// "including") is passed over. It returns -1 where there is none.
func andAfter(d *Document, ts []token, ms []mention, a int) int {
	// "between" stands before A ("contacts between Taliban leaders such as ..."), not
	// after it ("friction within the Taliban between ...").
	k := ms[a].first - 1
	for k > 0 && determiners[ts[k].word] {
		k--
	}
	if k < 0 || ts[k].word != "between" {
		return -1
	}
	aside := false // A's description set off by commas: its own "and" is not the one
	for k := ms[a].end; k < len(ts) && k-ms[a].end <= 12; k++ {
		if k > ms[a].end && strings.ContainsAny(gapText(d, ts, k), ";:()[]—") {
			return -1
		}
		comma := strings.Contains(ts[k].pre, ",")
		if ts[k].word != "and" {
			aside = aside || comma
			continue
		}
		if aside && !comma {
			continue // "between the Taliban, whom Pakistan and Qatar pressed, and ..."
		}
		for j := a + 1; j < len(ms); j++ {
			// "and the Pakistan-backed Taliban": a compound's qualifier before the name.
			qualified := ms[j].first > k+1 && ms[j].first <= k+4 && slices.ContainsFunc(ts[k+1:ms[j].first], func(t token) bool { return strings.Contains(t.pre, "-") })
			if ms[j].first > k && (ms[j].first <= k+2 || qualified) && ms[j].id != ms[a].id {
				return j
			}
		}
	}
	return -1
}

// beforeRelative returns the mention a relative clause or an apposition follows when it,
// set off by commas, ends right before the cue at token cue (or before adverbs that
// come before it): "Iran, which had long opposed the Taliban, armed Jami'at", "Walid
// Jumblatt, leader of the Progressive Socialist Party, also called on Hezbollah". It
// returns -1 otherwise.
func (rd *Reader) beforeRelative(ts []token, ms []mention, cue int) int {
	for cue > 3 && !strings.Contains(ts[cue].pre, ",") && adverb(ts[cue-1].word) {
		cue--
	}
	if cue < 3 || !strings.Contains(ts[cue].pre, ",") || strings.ContainsAny(ts[cue].pre, ";:()") {
		return -1
	}
	for r := cue - 1; r > 0; r-- {
		if !strings.Contains(ts[r].pre, ",") {
			continue
		}
		// A relative clause, or an apposition: "Jami'at, a splinter group of the
		// Taliban, attacked Iran", "X, leader of Y, called on Z".
		// A participle's clause: "Cuban gunners and MPLA troops, helped by Katangese
		// exiles who had fled Mobutu, broke an assault".
		participle := strings.HasSuffix(ts[r].word, "ed") && r+1 < cue && ts[r+1].word == "by"
		if w := ts[r].word; w != "which" && w != "who" && w != "whose" && w != "a" && w != "an" && w != "the" && !participle && !rd.postAt(ts, r, cue) {
			return -1 // the comma before the cue closes something else
		}
		if participle {
			return slices.IndexFunc(ms, func(m mention) bool {
				return m.end == r || m.end == r-1 && (forceNouns[ts[r-1].word] || troopNouns[ts[r-1].word])
			})
		}
		return slices.IndexFunc(ms, func(m mention) bool { return m.end == r })
	}
	return -1
}

// objectRelative returns, for a cue at token cue inside a relative clause whose pronoun
// is its object ("Jami'at, which the Taliban have fought since 2015"), the clause's
// subject and its antecedent; -1, -1 otherwise.
func objectRelative(ts []token, ms []mention, cue int) (subj, antecedent int) {
	if strings.Contains(ts[cue].pre, ",") {
		return -1, -1 // after the clause's closing comma
	}
	for i := cue - 1; i > 0; i-- {
		if strings.ContainsAny(ts[i].pre, ";:") || strings.ContainsAny(ts[i].pre, "()") && !acronymParen(ts, i) {
			return -1, -1
		}
		if (ts[i].word == "that" && bodyNouns[ts[i-1].word] || ts[i].word == "whom" && !ts[i-1].upper) && !strings.Contains(ts[i].pre, ",") {
			// "the Janjaweed, the Arab militias that Bashir's government armed": a body's
			// noun set beside a name, and a clause on it; a person's too ("Eskinder Nega,
			// the journalist whom Abiy's police jailed").
			k := i - 1
			for k > 0 && !strings.Contains(ts[k].pre, ",") && i-k <= 4 && !ts[k].possessive {
				k--
			}
			if !strings.Contains(ts[k].pre, ",") || !determiners[ts[k].word] && !indefinite(ts[k].word) {
				return -1, -1
			}
			subj = slices.IndexFunc(ms, func(m mention) bool { return m.first > i && m.first <= i+2 && m.end <= cue })
			antecedent = slices.IndexFunc(ms, func(m mention) bool { return m.end == k })
			if subj < 0 || antecedent < 0 || !clauseVerb(ts, ms, subj, cue) {
				return -1, -1
			}
			return subj, antecedent
		}
		if !strings.Contains(ts[i].pre, ",") || strings.Contains(ts[i].pre, ")") {
			continue
		}
		if w := ts[i].word; w != "which" && w != "whom" {
			if slices.ContainsFunc(ms, func(m mention) bool { return m.first == i || m.first == i+1 && determiners[w] }) {
				continue // a comma of the clause's subject list: "whom the DPT, the IRP and Iran backed"
			}
			return -1, -1
		}
		subj = slices.IndexFunc(ms, func(m mention) bool { return m.first > i && m.first <= i+2 && m.end <= cue })
		antecedent = slices.IndexFunc(ms, func(m mention) bool { return m.end == i })
		if subj < 0 || antecedent < 0 || !clauseVerb(ts, ms, subj, cue) {
			return -1, -1
		}
		return subj, antecedent
	}
	return -1, -1
}

// acronymParen reports whether the parenthesis before ts[i] opens or closes one that
// holds a single word, a name's acronym: "the Islamic Renaissance Party (IRP) backed".
func acronymParen(ts []token, i int) bool {
	if strings.Contains(ts[i].pre, "(") {
		return i+1 < len(ts) && strings.Contains(ts[i+1].pre, ")") && !strings.Contains(ts[i+1].pre, "(")
	}
	return i > 0 && strings.Contains(ts[i-1].pre, "(") && !strings.Contains(ts[i].pre, "(")
}

// subjectList reports whether ms[li] is a later item of the list that opens at ms[subj]:
// "whom the Democratic Party and the Islamic Renaissance Party backed".
func subjectList(ts []token, ms []mention, subj, li int) bool {
	return subj >= 0 && li > subj && li <= listEnd(ts, ms, subj, len(ts))
}

// listEnd returns the last item of the list of names that opens at ms[i], before token
// cue: "the DPT, the Islamic Renaissance Party (IRP) and Iran" (the abbreviation's
// parenthesis, which group does not join past, too).
func listEnd(ts []token, ms []mention, i, cue int) int {
	k := i
	for k+1 < len(ms) && ms[k+1].first >= ms[k].end && ms[k+1].end <= cue && listGap(ts, ms[k].end, ms[k+1].first) {
		k++
	}
	return k
}

// clauseVerb reports whether the cue at token cue is the verb of the relative clause
// whose subject list opens at ms[subj], or words it governs ("which the Taliban have long
// fought", "whom Turkey regarded as an ally"): not the verb after "to" or "and", whose
// object is its own ("that the government armed to crush a rebellion").
func clauseVerb(ts []token, ms []mention, subj, cue int) bool {
	k := listEnd(ts, ms, subj, cue)
	if ms[k].end > cue {
		return false
	}
	from := ms[k].end
	if from < cue && ts[from-1].possessive {
		return false // "that Bashir's government armed": the government, not the man
	}
	for k := from; k < cue; k++ {
		if w := ts[k].word; w == "to" || w == "and" || w == "or" || strings.ContainsAny(ts[k].pre, ",;:") {
			return false
		}
	}
	return cue-from <= 5
}

// listGap reports whether the words in [from, to) only join two items of a list: commas,
// "and", "or", an article, a parenthesis closing an abbreviation.
func listGap(ts []token, from, to int) bool {
	for k := from; k < to; k++ {
		if w := ts[k].word; w != "and" && w != "or" && !determiners[w] || strings.ContainsAny(ts[k].pre, ";:") {
			return false
		}
	}
	return from == to && strings.ContainsAny(ts[to].pre, ",") || from < to
}

// cueObject reports whether ms[ri] stands right after a cue ending at token end, in the
// cue's own clause: the object the cue has of its own ("which it regards as biased
// towards the LNA"), where a relative clause's antecedent is none.
func cueObject(ts []token, ms []mention, ri, end int) bool {
	if ri < 0 || ms[ri].first < end || ms[ri].first > end+2 {
		return false
	}
	return !slices.ContainsFunc(ts[end:ms[ri].first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") })
}

// sharedPassive returns the subject of a passive whose agent is ms[li], where "and" and a
// second passive's participle follow the agent up to the cue at token cue: "a Services
// Bureau that is run by Azzam and funded in part by bin Laden" (the Bureau); the subject
// past a relative clause or a noun set beside it; -1 otherwise.
func sharedPassive(ts []token, ms []mention, li, cue int) int {
	if a := relativeBeforePassive(ts, ms, li, cue); a >= 0 {
		return a
	}
	if a := describedName(ts, ms, li, cue); a >= 0 {
		return a
	}
	m := ms[li] // the agent, or the list of agents it ends
	for _, o := range group(ts, ms, li, -1) {
		m.first = min(m.first, o.first)
	}
	k := m.first - 1
	// The first passive's agent after "by", or where it was made "from" ("drawn largely
	// from Turkmen and Assyrian units and paid for by Washington").
	for k >= 1 && m.first-k <= 4 && ts[k].word != "by" && ts[k].word != "from" && !strings.ContainsAny(ts[k+1].pre, ",;:()") &&
		!slices.ContainsFunc(ms, func(o mention) bool { return o.first <= k && k < o.end }) {
		k-- // "by the Palestinian cleric Abdullah Azzam"
	}
	if k < 2 || ts[k].word != "by" && ts[k].word != "from" || strings.ContainsAny(ts[k].pre+ts[k+1].pre, ",;:()") {
		return -1
	}
	if m.end+1 < cue && !ts[m.end].upper && ts[m.end+1].word == "and" && !strings.ContainsAny(ts[m.end].pre, ",;:()") {
		m.end++ // "Turkmen and Assyrian units and paid for by": a noun after the names
	}
	if m.end >= cue || ts[m.end].word != "and" || cue-m.end > 2 || strings.ContainsAny(ts[m.end].pre, ";:()") {
		return -1
	}
	v := k - 1 // the first participle: "run", "led", "backed"
	if ts[k].word == "from" && adverb(ts[v].word) && v > 1 {
		v--
	}
	if ts[k].word == "from" && !madeFrom[ts[v].word] {
		return -1
	}
	if w := ts[v].word; !strings.HasSuffix(w, "ed") && !pastVerbs[w] && !madeFrom[w] && w != "run" || ts[v].upper {
		return -1
	}
	j := v - 1
	for j >= 0 && v-j <= 3 && (auxiliaries[ts[j].word] || relativeWords[ts[j].word] || adverb(ts[j].word)) && !strings.ContainsAny(ts[j+1].pre, ";:()") {
		j--
	}
	a := slices.IndexFunc(ms, func(o mention) bool { return o.end == j+1 && o.first >= 0 })
	if a < 0 {
		// "a Services Bureau in Peshawar that is run by": past a place after the name.
		a = slices.IndexFunc(ms, func(o mention) bool { return o.end <= j+1 && o.end >= j-2 && o.first >= 0 && o.end > 0 })
		if a >= 0 && !slices.ContainsFunc(ts[ms[a].end:j+1], func(t token) bool { return t.word == "in" || t.word == "at" || t.upper }) {
			a = -1
		}
	}
	return a
}

// asAlly reports whether the cue is the noun of an ally that "as" makes what the one
// named before it is taken for ("counts Pakistan as a frontline ally in its war on
// al-Qaeda"): the name after it is no party, but after "of", "to" or "with" ("as an ally
// of Iran").
func asAlly(ts []token, c cueSpan) bool {
	if c.end-c.first != 1 || !allyNouns[ts[c.first].word] || c.end < len(ts) && (ts[c.end].word == "of" || ts[c.end].word == "to" || ts[c.end].word == "with") {
		return false
	}
	for k := c.first - 1; k >= 0 && c.first-k <= 3; k-- {
		if ts[k].word == "as" {
			return true
		}
		if strings.ContainsAny(ts[k+1].pre, ",;:()") {
			return false
		}
	}
	return false
}

// allyNouns are the nouns of an ally: "a frontline ally", "its partners".
var allyNouns = map[string]bool{"ally": true, "allies": true, "partner": true, "partners": true}

// besideFronted reports whether a fight's cue has the one it fights beside fronted before
// it and its subject after it: "Alongside them fought the Ikhwan", "Beside the army fought
// the militias".
func besideFronted(ts []token, l, r mention, c cueSpan) bool {
	k := l.first - 1
	for k >= 0 && (determiners[ts[k].word] || ts[k].word == "the") {
		k--
	}
	if k < 0 || ts[k].word != "alongside" && ts[k].word != "beside" {
		return false
	}
	opens := k == 0 || strings.ContainsAny(ts[k].pre, ",;:") || k >= 2 && ts[k-2].word == "in" && len(ts[k-1].word) == 4 // "In 1994 alongside the army"
	between := r.first - c.end
	return opens && l.end <= c.first && c.first-l.end <= 2 && (between == 0 || between == 1 && ts[c.end].word == "the")
}

// fightingBeside reports whether "fighting with" at token i qualifies the men named before
// it, as one of them fights beside the one after it ("tribal levies from Hashid areas
// fighting with the army", "Salafis from Dammaj reportedly fighting with the army"), not
// as a noun of the fight's own ("after three days of fighting with", "sporadic fighting
// with", "were fighting with").
func fightingBeside(ts []token, ms []mention, i int) bool {
	k := i - 1
	for k > 0 && strings.HasSuffix(ts[k].word, "ly") {
		k--
	}
	if k < 0 || strings.ContainsAny(ts[i].pre, ",;:()") {
		return false
	}
	return slices.ContainsFunc(ms, func(m mention) bool { return m.end == k+1 }) ||
		!ts[k].upper && strings.HasSuffix(ts[k].word, "s") && !laterUnits[ts[k].word] && !auxiliaries[ts[k].word]
}

// joinedIn reports whether m follows the cue's "in", and an article: "had joined in a
// Kurdistan Front".
func joinedIn(ts []token, c cueSpan, m mention) bool {
	if c.end >= len(ts) || ts[c.end].word != "in" || strings.ContainsAny(ts[c.end].pre, ",;:()") {
		return false
	}
	return m.first == c.end+1 || m.first == c.end+2 && (indefinite(ts[c.end+1].word) || ts[c.end+1].word == "the")
}

// ledRelative reports whether the verb at token i is one of a relative clause on the
// name before it whose subject stands right before the verb: "the PKK, which Öcalan
// founded in 1978", "the BRA, which Mr Ona had founded": the name the clause follows is
// the verb's object.
func ledRelative(ts []token, ms []mention, i int) bool {
	subj, antecedent := objectRelative(ts, ms, i)
	if subj < 0 || antecedent < 0 {
		return false
	}
	e := ms[subj].end
	return e == i || e == i-1 && auxiliaries[ts[e].word]
}

// partnerAfterObject reports whether the cue c is "together with" or "along with" after
// ms[li], the object of a verb before it that the sentence's first name is the subject of:
// the partners after it are the subject's ("fought Los Zetas together with Zambada").
func partnerAfterObject(ts []token, ms []mention, spans []cueSpan, c cueSpan, li int) bool {
	return (c.cue.text == "together with" || c.cue.text == "along with") && ms[li].end == c.first && !strings.ContainsAny(ts[c.first].pre, ",;:()") &&
		slices.ContainsFunc(spans, func(o cueSpan) bool { return o.end <= ms[li].first && ms[li].first-o.end <= 1 && o.first > ms[0].first })
}

// causedAct reports whether the cue c, a participle of ill will right after ms[li], is
// what the name before caused to be done to ms[li]: "Kabila had Masasu arrested".
func causedAct(ts []token, ms []mention, li int, c cueSpan) bool {
	if li < 1 || ms[li].end != c.first || c.cue.kind.Sign() >= 0 || len(c.cue.words) != 1 || !strings.HasSuffix(c.cue.words[0], "ed") ||
		ms[li].first < 1 || !causeVerbs[ts[ms[li].first-1].word] || ms[li-1].id == ms[li].id || strings.ContainsAny(ts[ms[li].first].pre+ts[c.first].pre, ",;:()") {
		return false
	}
	had := ms[li].first - 1
	if ms[li-1].end == had {
		return !strings.ContainsAny(ts[had].pre, ",;:()")
	}
	return pastAside(ts, ms[li-1], had) == had // "Kabila, who had fought Mobutu for thirty years, had Masasu arrested"
}

// firstAgainstList reports whether the list g after "between" is one name, "and", and a
// list of two or more joined by commas or the people of a list: "between the government
// and the EPRDF, the EPLF and the OLF", "between the Transitional Government and the
// leaders of the BRA and the Interim Government", the first facing each of the rest.
func firstAgainstList(ts []token, g []*mention) bool {
	if len(g) < 3 || g[0].end >= g[1].first || g[1].end >= g[2].first {
		return false
	}
	if ts[g[0].end].word != "and" || strings.TrimSpace(ts[g[0].end].pre) != "" {
		return false
	}
	// "and the EPRDF, the EPLF and the OLF"; "and the leaders of the BRA and the Interim
	// Government": the people of a list.
	return strings.Contains(ts[g[1].end].pre, ",") || slices.ContainsFunc(ts[g[0].end:g[1].first], func(t token) bool { return t.word == "of" })
}

// relativeBeforePassive returns the subject of a passive whose relative clause, with no
// comma or set off by commas, stands between it and "were" or "was" before the
// participle: "PLAN combatants who had come forward to report to UNTAG were fallen upon by
// Koevoet" (the combatants were, not UNTAG), or -1.
func relativeBeforePassive(ts []token, ms []mention, li, cue int) int {
	k := cue - 1
	for k > 0 && adverb(ts[k].word) {
		k--
	}
	if k < 1 || ts[k].word != "were" && ts[k].word != "was" {
		return -1
	}
	if strings.TrimSpace(ts[k].pre) == "," {
		// "La Familia Michoacana, which had fought alongside Los Zetas until about 2006
		// before turning on them, was led by Nazario Moreno", "The PUK, by then at war
		// with the KDP, was accused by Barzani": the clause set off by commas.
		before := func(j int) int {
			return slices.IndexFunc(ms, func(m mention) bool { return m.end == j && m.first >= 0 && m.first < ms[li].first })
		}
		opened := -1 // the first comma back
		for j := k - 1; j > 0 && k-j <= 40 && !strings.ContainsAny(ts[j].pre, ";:"); j-- {
			if w := ts[j].word; (w == "which" || w == "who") && strings.TrimSpace(ts[j].pre) == "," {
				return before(j)
			}
			if opened < 0 && strings.Contains(ts[j].pre, ",") {
				opened = j
			}
		}
		p := ms[li].first - 1 // the aside's name an object in it ("with the KDP"), not the name it sets beside ("from 1970 the PDRY")
		if p > 0 && determiners[ts[p].word] {
			p--
		}
		if opened < 0 || k-opened > 12 || ts[opened].word == "and" || ts[opened].word == "or" || ts[opened].word == "but" || p < opened || !prepositions[ts[p].word] {
			return -1
		}
		return before(opened)
	}
	if ms[li].end != k {
		return -1
	}
	for a := li - 1; a >= 0 && ms[a].first >= 0; a-- {
		e := ms[a].end
		if e < len(ts) && (ts[e].word == "who" || ts[e].word == "which" || ts[e].word == "that") && !strings.ContainsAny(ts[e].pre, ",;:()") &&
			!slices.ContainsFunc(ts[e:k], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
			return a
		}
	}
	return -1
}

// madeFrom are the participles of a body made from others' men: "drawn from", "recruited
// from".
var madeFrom = map[string]bool{"drawn": true, "recruited": true, "formed": true, "raised": true, "built": true, "assembled": true}

// subjectPast returns the subject of the cue at c where it is not ms[li], the name nearest
// before it: a passive's past a clause, a noun or a second participle (sharedPassive);
// the one accused of a deed by another ("The PUK, by then at war with the KDP, was
// accused by Barzani of arming the PKK": the PUK's deed, as Barzani tells it); or -1.
func subjectPast(ts []token, ms []mention, li int, c cueSpan) int {
	if li < 0 {
		return -1
	}
	if c.cue.passive {
		return sharedPassive(ts, ms, li, c.first)
	}
	if li > 0 && ms[0].first >= 0 && (ms[0].first <= 3 || strings.Contains(ts[ms[0].first].pre, ":")) && !prepositionObject(ts, ms[0]) && strings.Contains(ts[c.first].pre, ",") && c.first == ms[li].end+slices.IndexFunc(ts[ms[li].end:c.first+1], func(t token) bool { return strings.Contains(t.pre, ",") }) &&
		pastVerb(ts[c.first]) && (c.end >= len(ts) || !prepositions[ts[c.end].word]) && verbsObject(ts, ms[li], ms[0].end) {
		// "Tashkent's jets struck at suspected IMU camps on both sides of the border, killed
		// Kyrgyz villagers": a verb after a comma in a series is the first verb's subject's,
		// no name's that was the object of a preposition.
		return 0
	}
	a := accusingAt(ts, c.first)
	if a < 2 || ts[a+1].word != "by" || ms[li].first <= a {
		return -1
	}
	j := a - 1
	for j > 0 && (auxiliaries[ts[j].word] || adverb(ts[j].word)) && !strings.ContainsAny(ts[j+1].pre, ";:()") {
		j--
	}
	if j+1 == a || !beWords[ts[j+1].word] && ts[j+1].word != "had" && ts[j+1].word != "has" {
		return -1 // "Barzani, accused by": no passive's subject
	}
	if strings.Contains(ts[j+1].pre, ",") {
		return relativeBeforePassive(ts, ms, li, a)
	}
	return slices.IndexFunc(ms, func(m mention) bool { return m.end == j+1 && m.first >= 0 })
}

// describedName returns the name a noun set beside it after a comma describes, where the
// participle of a passive at token cue qualifies that noun and ms[li] is a name inside
// it: "The Union des patriotes congolais (UPC), a Hema movement led by Thomas Lubanga"
// (the UPC is led by him, not the Hema), or -1.
func describedName(ts []token, ms []mention, li, cue int) int {
	if cue < 3 || !nounLike(ts[cue-1]) || ts[cue-1].upper {
		return -1
	}
	open := -1 // the comma before the noun's phrase
	for k := cue - 1; k >= 1 && cue-k <= 8; k-- {
		if strings.ContainsAny(ts[k].pre, ";:") || strings.ContainsAny(ts[k].pre, "()") && !acronymClosed(ts, k) {
			return -1
		}
		if strings.Contains(ts[k].pre, ",") {
			open = k
			break
		}
	}
	if open < 0 || ms[li].first <= open {
		return -1
	}
	k := open
	if descriptionAdverbs[ts[k].word] {
		k++ // "then a cultural movement"
	}
	if ts[k].word != "a" && ts[k].word != "an" {
		return -1
	}
	for j := k + 1; j < cue; j++ {
		inName := slices.ContainsFunc(ms, func(m mention) bool { return m.first <= j && j < m.end })
		if !inName && (ts[j].upper || !nounLike(ts[j])) {
			return -1 // "a group that was led by", "a force of Chad and Niger led by"
		}
	}
	return slices.IndexFunc(ms, func(m mention) bool { return m.end == open && m.first >= 0 })
}

// descriptionAdverbs are the adverbs of time that may open a noun set beside a name:
// "Inkatha, then a cultural movement led by Mangosuthu Buthelezi".
var descriptionAdverbs = map[string]bool{"then": true, "now": true, "once": true, "still": true, "later": true, "formerly": true}

// prepositionObject reports whether the name m is governed by a preposition before it,
// past an adjective or two: "at suspected IMU camps", "against the army".
func prepositionObject(ts []token, m mention) bool {
	k := m.first - 1
	for n := 0; k > 0 && n < 2 && !ts[k].upper && !prepositions[ts[k].word] && ts[k].word != "into" && !strings.ContainsAny(ts[k+1].pre, ",;:()") &&
		!strings.ContainsAny(ts[k].word, "0123456789") && !objectPronouns[ts[k].word] && ts[k].word != "and" && ts[k].word != "or"; n++ {
		k-- // "the", "suspected"
	}
	return k >= 0 && (prepositions[ts[k].word] || ts[k].word == "into") && !strings.ContainsAny(ts[k+1].pre, ",;:()")
}

// alarmedObject reports whether "alarmed" at token i has an object after it, the one
// alarmed, whose stance it is: "the incursion alarmed even Picado's ministers", not
// "Kabul was alarmed by", "alarmed at".
func alarmedObject(ts []token, i int) bool {
	if i+1 >= len(ts) || i > 0 && (beWords[ts[i-1].word] || auxiliaries[ts[i-1].word] && ts[i-1].word != "had" && ts[i-1].word != "has") {
		return false
	}
	switch ts[i+1].word {
	case "by", "at", "about", "over", "that", "when", "as", "to":
		return false
	}
	return !strings.ContainsAny(ts[i+1].pre, ",;:()")
}

// verbsObject reports whether the name m is in the object that a verb in the past, right
// after the subject ending at token subject (past a noun), governs by a preposition:
// "Tashkent's jets struck at suspected IMU camps"; not "a number of UA soldiers, many of
// them", nor "the SPM, drawn from the Ogadeni, split between a wing under".
func verbsObject(ts []token, m mention, subject int) bool {
	for k := m.first - 1; k > 0 && m.first-k <= 8 && !strings.ContainsAny(ts[k+1].pre, ",;:()"); k-- {
		if (prepositions[ts[k].word] || ts[k].word == "into") && pastVerb(ts[k-1]) && !strings.ContainsAny(ts[k].pre, ",;:()") {
			v := k - 1
			return v >= subject && v-subject <= 2 && !slices.ContainsFunc(ts[subject:v+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") })
		}
	}
	return false
}

// pastVerb reports whether a token is a verb in the past: "struck", "killed" (not a name
// that ends in "ed").
func pastVerb(t token) bool {
	return pastVerbs[t.word] || !t.upper && strings.HasSuffix(t.word, "ed") && len(t.word) > 4
}
