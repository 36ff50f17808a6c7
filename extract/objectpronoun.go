package extract

import (
	"slices"
	"strings"
)

// objectPronoun returns the actor an object pronoun w ("it", "them") at token i stands
// for where it comes right after the verb of the name before, else id as read: another
// than that verb's subjects ("The Revolutionary Guards armed it"), the other the sentence
// named, else the one the sentence before named last.
func (rd *Reader) objectPronoun(ts []token, out []mention, i int, w, id string, pair []string, before string) string {
	if !((w == "it" || w == "them") && len(out) > 0 && out[len(out)-1].id == id && i > 0 && (i-out[len(out)-1].end <= 3 || verbRun(ts, out[len(out)-1].end, i)) &&
		!ts[i-1].upper && (strings.HasSuffix(ts[i-1].word, "ed") || i >= 2 && ts[i-2].word == "to" && !prepositions[ts[i-1].word] || // "refused to recognise it"
		accusedOf(ts, i))) { // "accused the United States and Israel of backing it"
		return id
	}
	other := ""
	// Nor one of the verb's subjects: "Iran, Russia and India supplied it"
	// (but "Libya armed JEM, Chad sheltered it": JEM no subject).
	subjectIDs := map[string]bool{}
	for _, m := range subjects(ts, out, len(out)-1) {
		subjectIDs[m.id] = true
	}
	// "them" is no one man: "went to see Keke; his men killed them".
	one := func(id string) bool { return w == "them" && rd.kinds[id] == "individual" }
	for k := len(out) - 1; k >= 0 && other == ""; k-- {
		if !subjectIDs[out[k].id] && !one(out[k].id) && !(w == "them" && rd.kinds[out[k].id] == "state" && tellsAfter(ts, out[k])) && // nor "Moscow said al-Qaeda financed them"
			!accuserOf(ts, out, i, out[k].id) { // nor the accuser: "Tehran accused Israel of backing it"
			other = out[k].id // "organised Hezbollah, and the Guards armed it"
		}
	}
	if rd.itWas != "" && !subjectIDs[rd.itWas] && slices.Contains(pair, rd.itWas) && rd.kinds[rd.itWas] != "individual" {
		// "Sayyaf joined it, and Rabbani remained its head and kept
		// the seat at the United Nations. Iran, Russia and India
		// supplied it": the one "it" stood for before, the text's
		// topic, not the one it named last.
		other = rd.itWas
	}
	if t := rd.topic; other == "" && leadingVerbs[ts[i-1].word] && t != "" && !subjectIDs[t] && rd.kinds[t] != "individual" && rd.kinds[t] != "state" {
		other = t // "Founded by Abdolmalek Rigi, the group mostly targeted the IRGC and the police. Rigi led it": the paragraph's body
	}
	if other == "" && accusedOf(ts, i) && !subjectIDs[before] && !accuserOf(ts, out, i, before) {
		other = before // "Tehran accused Israel of backing it": the sentence before's subject
	}
	for k := len(pair) - 1; k >= 0 && other == "" && !accusedOf(ts, i); k-- {
		if !subjectIDs[pair[k]] && !one(pair[k]) {
			other = pair[k] // "The US backed Ukraine. Russia attacked it": Ukraine
		}
	}
	return other
}

// notItsSubject returns the actor an object pronoun w ("it", "them") at token i stands
// for, id as read, or none where id is one of the subjects the sentence opens on and no
// comma, clause or report stands between them and the pronoun after its verb or
// preposition: a pronoun is none of its own clause's subjects ("Guard and Mkhedrioni
// units raided the villages of Samegrelo in search of them").
func (rd *Reader) notItsSubject(ts []token, out []mention, i int, w, id string) string {
	if w != "it" && w != "them" || id == "" || len(out) == 0 || i < 1 || !opensSentence(ts, out[0].first) ||
		!objectPreps[ts[i-1].word] && !strings.HasSuffix(ts[i-1].word, "ed") {
		return id
	}
	g := group(ts, out, 0, +1)
	last := g[len(g)-1].end
	if last > i || !slices.ContainsFunc(g, func(m *mention) bool { return m.id == id }) ||
		slices.ContainsFunc(ts[last:i+1], func(t token) bool {
			return strings.ContainsAny(t.pre, ",;:()") || t.word == "that" || t.word == "and" || t.word == "but" || reportVerbs[t.word] || relativeWords[t.word] ||
				subordinators[t.word] || clauseWords[t.word]
		}) {
		return id
	}
	return ""
}

// objectPreps are the prepositions whose object a pronoun after them is.
var objectPreps = map[string]bool{"of": true, "to": true, "for": true, "against": true, "with": true, "on": true, "at": true, "from": true}

// clauseSubjectBefore returns the actor the sentence opens on where the object pronoun at
// token i stands in its clause, past asides set off by commas but no other clause ("Then
// Dzhokhar Dudayev, Chechnya's rebel president, gave him refuge"): none the pronoun can
// be. Else "".
func clauseSubjectBefore(ts []token, out []mention, i int) string {
	if len(out) == 0 || out[0].end > i || !opensSentence(ts, out[0].first) ||
		slices.ContainsFunc(ts[out[0].end:i+1], func(t token) bool {
			return strings.ContainsAny(t.pre, ";:()") || t.word == "that" || t.word == "and" || t.word == "but" || t.word == "or" ||
				reportVerbs[t.word] || relativeWords[t.word] || subordinators[t.word] || clauseWords[t.word] || t.word == "where" || t.word == "when"
		}) {
		return ""
	}
	return out[0].id
}
