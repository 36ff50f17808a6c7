package extract

import (
	"cmp"
	"slices"
	"strings"
)

// The posts of a state an individual takes or holds, told after the name, and the posts
// one takes by succeeding another.

// postTaken returns the state's post the individual m takes in the words right after the
// name: "became prime minister", "was elected president", "was sworn in as president",
// "won the presidential election" (the president's); "" where none.
func (rd *Reader) postTaken(ts []token, m mention) string {
	if post := rd.postTakenPast(ts, m, false); post != "" {
		return post
	}
	return rd.postTakenPast(ts, m, true) // "Siad Barre, long a force in the army, seized power"
}

// postTakenPast is postTaken, past an aside on the name where aside is true (not
// "Ibrahim Abboud, who seized power in November 1958, pursued", a post taken in it).
func (rd *Reader) postTakenPast(ts []token, m mention, aside bool) string {
	k := m.end
	// "Akbarsho Iskandarov, the speaker of the Supreme Soviet, became": past a description
	if e := slices.IndexFunc(ts[min(k+1, len(ts)):], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) + k + 1; e > k && describing(ts, k, e) {
		k = e
	}
	if aside {
		if k = asideAfter(ts, m); k == m.end {
			return ""
		}
	}
	if k == m.end && k+1 < len(ts) && ts[k].word == "who" && strings.TrimSpace(ts[k].pre) == "," {
		k++ // "Ranasinghe Premadasa, who succeeded Jayewardene as president"
	}
	for k < len(ts) && k-m.end < 3 && (auxiliaries[ts[k].word] || adverb(ts[k].word) || reflexives[ts[k].word]) && !strings.ContainsAny(ts[k].pre, ",;:()") {
		k++
	}
	if k >= len(ts) || strings.ContainsAny(ts[k].pre, ";:") || strings.ContainsAny(ts[k].pre, "()") && !aside || strings.Contains(ts[k].pre, ",") && k > m.end && ts[k].word != "became" && !aside ||
		strings.Contains(ts[k].pre, ",") && k == m.end && ts[k].word != "elected" && ts[k].word != "appointed" { // "Bashir, elected president"
		return ""
	}
	// "Souvanna was prime minister", "Dini had been the country's first prime minister",
	// "Basayev served as prime minister": a post held then.
	// Not "the Kenya African Union, of which he was president": the body's.
	held := k > m.end && (ts[k-1].word == "was" || ts[k-1].word == "is" || ts[k-1].word == "been") && !strings.ContainsAny(ts[k].pre, ",;:()") &&
		!(m.first >= 2 && ts[m.first-1].word == "which" && ts[m.first-2].word == "of")
	switch {
	case ts[k].word == "became" || ts[k].word == "elected" || ts[k].word == "appointed" || ts[k].word == "named":
		k++
	case ts[k].word == "served" && k+1 < len(ts) && ts[k+1].word == "as":
		k, held = k+2, true
	case (ts[k].word == "entered" || ts[k].word == "joined") && matchAt(ts, k+1, []string{"the", "cabinet"}):
		return "minister" // "Ougoureh and Ali Mohamed Daoud entered the cabinet in June 1995"
	case ts[k].word == "as" && k == m.end && k+1 < len(ts) && slices.ContainsFunc(ts[max(m.first-2, 0):m.first], func(t token) bool { return t.word == "with" || t.word == "under" || t.word == "and" }) &&
		!slices.ContainsFunc(ts[:m.first], func(t token) bool { return rivalGovernments[t.word] || rivalBodies[t.word] }): // not "formed the Transitional Government of National Unity, with Goukouni as president"
		k, held = k+1, true // "a government with Pasteur Bizimungu as president and Kagame as vice-president"
		if ts[k].word == "his" || ts[k].word == "its" {
			k++ // "with Museveni as his Minister of Defence"
		}
	case matchAt(ts, k, []string{"sworn", "in", "as"}):
		k += 3
	case matchAt(ts, k, []string{"won", "the", "presidential", "election"}) || matchAt(ts, k, []string{"won", "the", "presidential", "elections"}) ||
		matchAt(ts, k, []string{"won", "the", "presidency"}):
		return "president"
	case (ts[k].word == "took" || ts[k].word == "seized" || ts[k].word == "assumed" || ts[k].word == "came" && k+1 < len(ts) && ts[k+1].word == "to") &&
		k+1 < len(ts) && (ts[k+1].word == "power" || ts[k+1].word == "office" || k+2 < len(ts) && (ts[k+2].word == "power" || ts[k+2].word == "office")):
		return "ruler" // "Déby took power in December 1990", "came to power in a coup", "after F. W. de Klerk took office"
	case ts[k].word == "succeeded" && k+1 < len(ts) && !strings.ContainsAny(ts[k+1].pre, ",;:()"):
		return "successor" // "dos Santos succeeded him", "succeeded Neto as president"
	case !held:
		return ""
	}
	if k < len(ts) && (ts[k].word == "the" || ts[k].word == "a" || ts[k].word == "an" || ts[k].word == "acting" || ts[k].word == "interim") {
		k++ // "became a minister"
	}
	if held && k+1 < len(ts) && ts[k-1].word == "the" && ts[k].possessive && (ts[k].word == "countrys" || ts[k].word == "nations") {
		k++ // "the country's first prime minister"
	}
	if held && k+1 < len(ts) && (ts[k].word == "first" || ts[k].word == "last") {
		k++
	}
	for n := 3; n > 0; n-- { // the longest post: "prime minister", not "minister"
		if k+n <= len(ts) && rd.statePost(ts[k:k+n]) && (k+n == len(ts) || ts[k+n].word != "of" && !ts[k+n].possessive) {
			if held {
				return "held: " + strings.Join(wordsOf(ts, k, k+n), " ")
			}
			return strings.Join(wordsOf(ts, k, k+n), " ")
		}
	}
	return ""
}

// successorOf returns the one who succeeded or replaced ms[i] "as" the post at token
// from, named right before the verb: "Zoramthanga succeeded Laldenga as president of the
// MNF"; else -1.
func successorOf(ts []token, ms []mention, i, from int) int {
	a := ms[i]
	if i == 0 || a.first < 1 || from >= len(ts) || ts[from].word != "as" || !succeedingVerbs[ts[a.first-1].word] || ms[i-1].end != a.first-1 {
		return -1
	}
	return i - 1
}

// succeedingVerbs are the verbs of taking another's post.
var succeedingVerbs = map[string]bool{"succeeded": true, "replaced": true, "succeeds": true, "replaces": true, "succeeding": true, "replacing": true}

// succeededBy reads the post of one who succeeded another, named after "was succeeded
// by": the body the other led as far as the text has said, else the state the list of
// rulers or the text gave him a post in ("Barkat Gourad Hamadou ... retired in March 2001
// and was succeeded by Dileita Mohamed Dileita").
func (rd *Reader) succeededBy(ts []token, ms []mention) []pair {
	var out []pair
	for j := 1; j < len(ms); j++ {
		k := ms[j].first
		if k < 3 || rd.kinds[ms[j].id] != "individual" || ts[k-1].word != "by" || ts[k-2].word != "succeeded" || ts[k-3].word != "was" && ts[k-3].word != "been" {
			continue
		}
		i := slices.IndexFunc(ms[:j], func(m mention) bool { return m.first >= 0 && rd.kinds[m.id] == "individual" && m.id != ms[j].id })
		if i < 0 {
			continue
		}
		org := cmp.Or(rd.leads[ms[i].id], rd.rulerOf(ms[i].id, ts), rd.offices[ms[i].id])
		if org != "" && org != ms[j].id {
			out = append(out, pair{ms[j], mention{id: org}, "post: successor in post, taken after the name, of the body or the state of the one he succeeded (" + org + ")"})
		}
	}
	return out
}

// verbsOnly reports whether the words from token from to token to are a verb of holding
// a post and its helpers only, after the comma that closes an aside: "became", "was then".
func verbsOnly(ts []token, from, to int) bool {
	for k := from; k < to; k++ {
		w := ts[k].word
		if k > from && strings.ContainsAny(ts[k].pre, ",;:()") || !postVerbs[w] && !auxiliaries[w] && !adverb(w) && w != "then" && w != "later" {
			return false
		}
	}
	return to > from
}

// describedHolder reports whether the words from token from to the name at token to
// describe the one named, as a passive's agent: an article, then a people's word, a
// post's or a common noun, a comma at most before the name ("run by the Palestinian
// cleric Abdullah Azzam", "chaired by the Defence Minister, Godwin Abbe").
func (rd *Reader) describedHolder(ts []token, from, to int) bool {
	if to-from < 2 || to-from > 5 || to >= len(ts) || ts[from].word != "the" && ts[from].word != "a" {
		return false
	}
	for k := from + 1; k < to; k++ {
		t := ts[k]
		if strings.ContainsAny(t.pre, ",;:()") || t.possessive || prepositions[t.word] || auxiliaries[t.word] || t.word == "and" || t.word == "or" ||
			strings.HasSuffix(t.word, "ing") || strings.HasSuffix(t.word, "ed") {
			return false
		}
		if only, n, _ := rd.title(ts, k, k+1); t.upper && !(only && n > 0) && rd.rules.Aliases[t.word] == "" {
			return false // a capital that is no post and no people's word: another name
		}
	}
	return !strings.ContainsAny(ts[to].pre, ";:()")
}

// selfStyled returns the words by which a relative clause after the name m says the one
// named gives himself a post ("Rodrigues Mingas, who calls himself secretary-general of
// the Flec-PM": his claim), or "".
func selfStyled(ts []token, m mention) string {
	k := m.end
	if m.first < 0 || k+2 >= len(ts) || ts[k].word != "who" || strings.TrimSpace(ts[k].pre) != "," {
		return ""
	}
	switch ts[k+1].word {
	case "calls", "called", "styles", "styled", "presents", "presented", "describes", "described":
		if w := ts[k+2].word; w == "himself" || w == "herself" {
			return ts[k+1].word + " " + w
		}
	}
	return ""
}

// appointedAs reads the post a body gives one it appoints "as its" post: "the EU appointed
// François Léotard as its special envoy", "named Alfredo Castillo Cervantes as its
// commissioner". The body is the sentence's subject, named before the verb.
func (rd *Reader) appointedAs(ts []token, ms []mention) []pair {
	var out []pair
	for i, m := range ms {
		k := m.end
		if k < len(ts) && strings.TrimSpace(ts[k].pre) == "," { // "François Léotard, a former French defence minister, as its"
			for j := k + 1; j < len(ts) && j <= k+10 && !strings.ContainsAny(ts[j].pre, ";:()"); j++ {
				if strings.Contains(ts[j].pre, ",") {
					k = j
					break
				}
			}
		}
		if i == 0 || m.first < 1 || rd.kinds[m.id] != "individual" || k+2 >= len(ts) || ts[k].word != "as" || ts[k+1].word != "its" && ts[k+1].word != "their" ||
			!appointing[ts[m.first-1].word] {
			continue
		}
		at := k + 2
		if postAdjectives[ts[at].word] || ts[at].word == "first" {
			at++
		}
		n := rd.titleAt(ts, at)
		s := subject(ts, ms)
		if n == 0 || s >= i || !opensSentence(ts, ms[s].first) || rd.kinds[ms[s].id] == "individual" || rd.kinds[ms[s].id] == "category" ||
			slices.ContainsFunc(ts[ms[s].end:m.first], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
			continue
		}
		out = append(out, pair{m, ms[s], "post: " + strings.Join(wordsOf(ts, k+2, at+n), " ") + ", of the body that " + ts[m.first-1].word + " the individual"})
	}
	return out
}

// appointing are the verbs by which a body gives one a post: "appointed X as its envoy".
var appointing = map[string]bool{"appointed": true, "named": true, "designated": true, "nominated": true, "chose": true, "elected": true,
	"installed": true, "appoints": true, "names": true}
