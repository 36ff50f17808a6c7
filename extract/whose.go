package extract

import (
	"slices"
	"strings"
)

// whosePosts reads the post a relative clause gives a body's holder: "the Mouvement
// patriotique de Côte d'Ivoire (MPCI), whose secretary-general was a former student
// leader, Guillaume Soro", "the 9th Corps, whose chief of staff was Colonel Ratko
// Mladić". The holder is a member of the body before "whose".
func (rd *Reader) whosePosts(ts []token, ms []mention) []pair {
	var out []pair
	for _, o := range ms {
		k := o.end
		if o.first < 0 || rd.kinds[o.id] == "individual" || rd.kinds[o.id] == "" || k+3 >= len(ts) || ts[k].word != "whose" || !strings.Contains(ts[k].pre, ",") {
			continue
		}
		n := rd.titleAt(ts, k+1)
		c := k + 1 + n // the copula, past a phrase of the time: "whose President at the material time was"
		if n > 0 && c+1 < len(ts) && (ts[c].word == "at" || ts[c].word == "in") {
			for e := c + 1; e < len(ts) && e <= c+4 && !strings.ContainsAny(ts[e].pre, ",;:()"); e++ {
				if postCopulas[ts[e].word] && (ts[e-1].word == "time" || ts[e-1].word == "moment" || ts[e-1].word == "period" || numeric(ts[e-1].word)) {
					c = e
					break
				}
			}
		}
		if n == 0 || c >= len(ts) || !postCopulas[ts[c].word] {
			continue
		}
		from := c + 1
		for _, m := range ms {
			if m.first < from || m.first > from+8 || rd.kinds[m.id] != "individual" {
				continue
			}
			if !slices.ContainsFunc(ts[from:m.first+1], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") }) {
				out = append(out, pair{m, o, "post: " + strings.Join(wordsOf(ts, k+1, k+1+n), " ") + whoseWhy})
			}
			break
		}
	}
	return out
}

// whoseWhy ends the reason of a post a relative clause gives; "former" before the holder
// ("whose secretary-general was a former student leader, Guillaume Soro") is of another
// post.
const whoseWhy = ", of the body whose holder the relative clause names"

// postCopulas are the verbs that give a post its holder: "whose leader was".
var postCopulas = map[string]bool{"was": true, "is": true, "were": true, "became": true, "becomes": true, "remained": true}

// setUpAfter reports whether a passive of setting a body up follows the body's name,
// ending at token end: "the Republic of Serbian Krajina was proclaimed, with Babić as
// President".
func setUpAfter(ts []token, end int) bool {
	return end+1 < len(ts) && (ts[end].word == "was" || ts[end].word == "were") && (foundingParticiples[ts[end+1].word] || ts[end+1].word == "proclaimed" || ts[end+1].word == "declared")
}

// carriedFights are the verbs whose subjects, listed, wage together the fight that is
// their object: "the CTS, the army's 9th Division and the Federal Police carried the
// fight into the city".
var carriedFights = map[string]bool{"carried": true, "took": true, "led": true, "launched": true, "joined": true, "brought": true,
	"pressed": true, "mounted": true, "spearheaded": true, "opened": true, "began": true, "started": true, "resumed": true, "renewed": true}

// appositionOpeners are the words that open an apposition after a name and a comma.
var appositionOpeners = map[string]bool{"a": true, "an": true, "the": true, "no": true, "once": true, "long": true, "its": true, "his": true,
	"their": true, "her": true, "then": true, "now": true, "later": true, "formerly": true, // "Saddam Hussein, then vice-president of the council, signed"
	"for": true, "despite": true, "unlike": true, "after": true, "before": true, "in": true, "since": true, "following": true,
	"notwithstanding": true, "also": true, "still": true, "already": true, // "Iran, for all its ties to the PMF, sent the Peshmerga arms" (not "like": "Turkey, like the US, lists HTS" tells both)
	"back": true, "fresh": true} // "Mr Nkomo, back from London this month, has condemned Super Zapu"

// ownPronouns are the possessive pronouns of a person or a body.
var ownPronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// discussedTogether reports whether the list before "discussed" discussed with each
// other, whatever they discussed: "Tuđman and Milošević are said to have discussed the
// partition of Bosnia" (no talks with Bosnia).
func discussedTogether(ts []token, ms []mention, li int, c cueSpan) bool {
	if c.cue.text != "discussed" || li < 0 || ms[li].first < 0 || ms[li].end > c.first || c.first-ms[li].end > 5 || len(group(ts, ms, li, -1)) < 2 {
		return false
	}
	return !slices.ContainsFunc(ts[ms[li].end:c.first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") })
}

// personAfter reports whether a person is named from token k on, past only articles,
// possessive pronouns and the words of a post: "dismissed his Vice-President, Ali Salim
// al-Beidh", "dismissed General Mané".
func (rd *Reader) personAfter(ts []token, ms []mention, k int) bool {
	i := slices.IndexFunc(ms, func(m mention) bool { return m.first >= k })
	if i < 0 || rd.kinds[ms[i].id] != "individual" || ms[i].first > k+5 {
		return false
	}
	for j := k; j < ms[i].first; {
		if n := rd.titleAt(ts, j); n > 0 {
			j += n
			continue
		}
		if !determiners[ts[j].word] && !possessivePronouns[ts[j].word] && !strings.HasPrefix(ts[j].word, "vice") {
			return false
		}
		j++
	}
	return true
}

// apposedPosts are the nouns of a post that open an apposition after a name, before "of"
// and the body: "Zhiuli Shartava, head of the Council of Ministers, was shot".
var apposedPosts = map[string]bool{"head": true, "leader": true, "chief": true, "commander": true, "chairman": true,
	"president": true, "secretary": true, "founder": true, "spokesman": true, "deputy": true, "member": true, "minister": true}

// postNoun tells whether a word right after a comma and before "of" is a post held: one of
// apposedPosts, or any noun in small letters ("mufti of Ichkeria"), not a count ("most
// of"), a part ("part of"), a participle or a verb's past ("accused of").
func postNoun(t token) bool {
	w := t.word
	return apposedPosts[w] || !t.upper && len(w) > 3 && !quantifiers[w] && w != "part" && w != "both" && w != "each" &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

// subjectOwner returns the mention "its" or "their" at token k stands for where the
// sentence's subject is the last name before it, a verb between ("Washington leant hard
// on its Dutch ally"); -1 otherwise.
func subjectOwner(ts []token, ms []mention, k int) int {
	last := -1
	for i, m := range ms {
		if m.first >= 0 && m.end <= k {
			last = i
		}
	}
	if last < 0 || last != subject(ts, ms) || !opensSentence(ts, ms[last].first) ||
		slices.ContainsFunc(ts[ms[last].end:k], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
		return -1
	}
	return last
}
