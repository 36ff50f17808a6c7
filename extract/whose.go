package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
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
	"notwithstanding": true, "also": true, "still": true, "already": true} // "Iran, for all its ties to the PMF, sent the Peshmerga arms" (not "like": "Turkey, like the US, lists HTS" tells both)

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

// deedOfObject reports whether the deed a cue after "for" tells, a gerund, is the deed of
// an object the reader does not know, between the actor a and the cue: "the United States
// prosecuted Curtiss-Wright for selling machine guns to La Paz" (the firm sold, not the
// United States); as "punished Vickers for selling" is the deed of Vickers.
func deedOfObject(ts []token, a mention, c cueSpan) bool {
	w := c.cue.words[0]
	if c.first < 3 || ts[c.first-1].word != "for" || !strings.HasSuffix(w, "ing") || a.end >= c.first-1 {
		return false
	}
	for k := c.first - 3; k >= a.end && c.first-k <= 6; k-- {
		if strings.ContainsAny(ts[k+1].pre, ",;:()") {
			return false
		}
		if judgingVerbs[ts[k].word] || punishingVerbs[ts[k].word] {
			return true
		}
	}
	return false
}

// punishingVerbs are the verbs that punish, try or reward another for a deed told after
// "for" (with judgingVerbs).
var punishingVerbs = map[string]bool{"prosecuted": true, "punished": true, "sanctioned": true, "fined": true, "arrested": true,
	"blamed": true, "thanked": true, "rewarded": true, "tried": true, "charged": true, "indicted": true, "jailed": true,
	"executed": true, "expelled": true, "sued": true, "prosecutes": true, "punishes": true, "sanctions": true, "blames": true, "thanks": true}

// brokerOfDeal reports whether b, right after a deal's noun, is the subject of a relative
// clause that urged or brokered it: "accepted a truce Paris had urged on both", "signed
// the truce France had brokered" (France is no party to it).
func brokerOfDeal(ts []token, b mention) bool {
	k := b.first - 1
	if k < 0 || b.end >= len(ts) || !dealNouns[ts[k].word] || strings.ContainsAny(ts[b.first].pre, ",;:()") {
		return false
	}
	v := b.end
	for v < len(ts)-1 && (auxiliaries[ts[v].word] || adverb(ts[v].word)) {
		v++
	}
	return brokerVerbs[ts[v].word] && !strings.ContainsAny(ts[v].pre, ",;:()")
}

// brokerVerbs are the verbs of one who brings a deal about without being its party.
var brokerVerbs = map[string]bool{"urged": true, "brokered": true, "mediated": true, "proposed": true, "sponsored": true,
	"drafted": true, "imposed": true, "arranged": true, "pressed": true, "guaranteed": true, "hosted": true}

// giverBefore returns the token of a verb of giving before ms[li] where ms[li] stands between
// it and the support it gives, one word cue: "The Iraqi Government has sent Assad
// financial support" (Assad the object, the verb's subject the giver); else -1.
func giverBefore(d *Document, ts []token, ms []mention, li int, c cueSpan) int {
	if li < 1 || c.cue.kind != alliances.Support || len(c.cue.words) != 1 || strings.HasSuffix(c.cue.words[0], "ed") {
		return -1
	}
	k := ms[li].first - 1
	if k > 0 && ts[k].word == "the" {
		k-- // "sent the Taliban support"
	}
	if k > 0 && giveVerbs[ts[k].word] && c.first-ms[li].end <= 3 &&
		!slices.ContainsFunc(ts[ms[li].end:c.first+1], func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ",;:()") }) &&
		!boundary(d, ts, ms[li-1].end, k) && k-ms[li-1].end <= 3 {
		return k
	}
	return -1
}

// pastMen returns where the words of a state's men after mention m end, before token to:
// "the Pakistani authorities, who supplied the MNF" (the clause after the comma is theirs).
func pastMen(ts []token, m mention, to int) int {
	k := m.end
	for k < to && stateMen[ts[k].word] && !strings.ContainsAny(ts[k].pre, ",;:()") {
		k++
	}
	return k
}

// chairedBody returns the body a "which" after a person's name stands for, the body the
// person leads named right before (after "chaired by", "led by"): "the INC, chaired by
// Ahmad Chalabi, which was funded by the United States"; else -1.
func (rd *Reader) chairedBody(ts []token, ms []mention, li int) int {
	if j := li - 1; j >= 0 && ms[j].first >= 0 && ms[j].end <= ms[li].first && rd.kinds[ms[j].id] != "individual" && ledBefore(ts, ms[j].end, ms[li].first) {
		return j
	}
	return -1
}

// trainedIn reports whether the cue c is an active "trained" with no object of its own
// before "in" or "at" and the state b: the subject was trained there ("Estigarribia ...
// trained in Chile and at the French war college"), the state its trainer.
func trainedIn(ts []token, b mention, c cueSpan) bool {
	if c.cue.passive || c.cue.text != "trained" || c.end >= len(ts) || ts[c.end].word != "in" && ts[c.end].word != "at" {
		return false
	}
	return b.first > c.end && b.first-c.end <= 8 && !slices.ContainsFunc(ts[c.end+1:b.first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") })
}

// fleeingPeople reports whether m, before the cue c, names the civilians of a people
// ("Afar civilians", "Hutu refugees"), whom a place they flee to shelters as no party.
func fleeingPeople(ts []token, m mention, c cueSpan) bool {
	return m.first >= 0 && m.end <= c.first && m.end < len(ts) && civilianNouns[ts[m.end].word]
}

// civilianNouns are the nouns of a people's civilians after its name.
var civilianNouns = map[string]bool{"civilians": true, "refugees": true, "villagers": true, "families": true, "inhabitants": true,
	"residents": true, "women": true, "children": true, "peasants": true, "farmers": true, "herders": true}

// ownSubject returns the subject of the cue's clause where "its own", "their own" or "his
// own" stands right before the cue, a noun, and the actor nearest before it is another,
// the object of the subject's verb ("Islamabad used the Front in its own quarrel with
// India"); else -1. The clause opens at the sentence's start or its last colon or
// semicolon before the cue.
func ownSubject(ts []token, ms []mention, li int, c cueSpan) int {
	if li < 1 || c.first < 2 || ts[c.first-1].word != "own" || !ownPronouns[ts[c.first-2].word] {
		return -1
	}
	from := 0
	for k := 1; k < c.first; k++ {
		if strings.ContainsAny(ts[k].pre, ";:") {
			from = k
		}
	}
	j := slices.IndexFunc(ms, func(m mention) bool { return m.first >= from })
	if j < 0 || j >= li || ms[j].id == ms[li].id {
		return -1
	}
	return j
}

// nounBefore reports whether the word before token k is a noun in small letters a
// participle at k may qualify: not a verb's helper, an adverb, a pronoun or a joining
// word ("children removed from the villages", not "it had removed", "and removed").
func nounBefore(ts []token, k int) bool {
	w := ts[k-1]
	return !w.upper && !auxiliaries[w.word] && !adverb(w.word) && !relativeWords[w.word] && !strings.ContainsAny(ts[k].pre, ",;:()") &&
		w.word != "and" && w.word != "or" && w.word != "he" && w.word != "she" && w.word != "it" && w.word != "they" && w.word != "then"
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
