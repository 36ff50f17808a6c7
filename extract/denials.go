package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// hedgesAfter tells whether a hedge that is a verb ("claimed", "suspected"), found in
// [lo, hi), comes only after the statement's words, which end at end: it hedges what it
// introduces, not them ("the Taliban, backed by Pakistan, claimed it had regained the
// town" does not make the backing alleged).
func (rd *Reader) hedgesAfter(ts []token, w string, lo, hi, end int, c cue) bool {
	if unclaimed(ts, rd.words(w), lo, hi) {
		return true // "no group claimed responsibility for the attack, which came as ...": no one's claim
	}
	// "are accused of extorting", "is said to have": words that end in what they
	// introduce hedge it alone, after a verb ("militias backed by the Tatmadaw ... are
	// accused of extorting pickers" does not make the backing alleged), not after a noun
	// they are said of ("Talks ... between Mr Dulles and the French Ambassador ... are
	// said to have begun").
	verb := c.passive || strings.HasSuffix(c.words[0], "ed") || strings.HasSuffix(c.words[0], "ing") || pastVerbs[c.words[0]]
	if last := w[strings.LastIndex(w, " ")+1:]; !strings.HasSuffix(w, "ed") && (last != "of" && last != "to" && last != "that" || w == "according to" || !verb) {
		return false
	}
	_, before := rd.has(ts, lo, min(end, hi), w)
	return !before
}

// unclaimed reports whether every place of a claim's words w in [lo, hi) is denied by a
// word just before it: "no group claimed", "did not claim" hedge nothing.
func unclaimed(ts []token, w []string, lo, hi int) bool {
	seen := false
	for i := max(lo, 0); i < min(hi, len(ts)); i++ {
		if !matchAt(ts, i, w) {
			continue
		}
		seen = true
		if !slices.ContainsFunc(ts[max(i-2, 0):i], func(t token) bool {
			return t.word == "no" || t.word == "not" || t.word == "never" || t.word == "nobody"
		}) {
			return false
		}
	}
	return seen
}

// deniedAfter finds a denial in a clause after the statement's words, which end at from,
// opened by "but", "though", "although", "however" or ", and": "French forces fought in
// Diabaly, but the French defence minister denied it" disputes the fight; so does "Claims
// that the NUG pays the KIA are unverified, and the NUG denies them".
func deniedAfter(ts []token, from int) (string, bool) {
	opened := false
	for i := from; i < len(ts); i++ {
		switch w := ts[i].word; {
		case w == "but" || w == "though" || w == "although" || w == "however" || w == "and" && strings.Contains(ts[i].pre, ","):
			opened = true
		case strings.Contains(ts[i].pre, ";") || strings.Contains(ts[i].pre, ",") && (w == "which" || w == "a" || w == "an"):
			opened = true // "; Tehran denied it", ", which Abu Dhabi denied", ", a charge Iran denies"
		case opened && (w == "denied" || w == "denies" || w == "deny" || w == "disputed" || w == "disputes" || w == "rejected" || w == "rejects" || w == "dismissed" || w == "dismisses"):
			// Denying what was told ("denied this", "denied the reports"), not an act of
			// the denier's own ("though Iran denied arming anyone").
			if i+1 >= len(ts) || deniedObjects[ts[i+1].word] && (ts[i+1].word != "the" || i+2 < len(ts) && toldNouns[ts[i+2].word]) {
				return w, true
			}
		}
	}
	return "", false
}

// deniedObjects are the words after a denial that make it one of what was told before.
var deniedObjects = map[string]bool{"this": true, "it": true, "that": true, "these": true, "the": true, "such": true,
	"any": true, "reports": true, "claims": true, "them": true}

// toldNouns are the nouns of what was told, which "the" before them makes the denied:
// "denied the charge", not "dismissed the defence minister".
var toldNouns = map[string]bool{"charge": true, "charges": true, "claim": true, "claims": true, "accusation": true, "accusations": true,
	"allegation": true, "allegations": true, "report": true, "reports": true, "story": true, "findings": true}

// sufferedBefore reports whether what stands right before token k tells what its
// subject suffered: a form of "be", a word or two, and a participle or a word of harm
// ("was abducted", "were initially reported missing").
func sufferedBefore(ts []token, k int) bool {
	w := ts[max(k-1, 0)].word
	if k < 2 || !strings.HasSuffix(w, "ed") && !harmWords[w] {
		return false
	}
	for i := k - 2; i >= max(k-4, 0); i-- {
		if slices.Contains([]string{"was", "were", "been", "being"}, ts[i].word) {
			return true
		}
	}
	return false
}

// harmedBefore reports whether the words before token k are a verb of harm and its
// victim, whom "along with" at k joins another victim: "killed Karma along with the
// state Congress chief".
func harmedBefore(ts []token, k int) bool {
	for i := k - 1; i >= 1 && i >= k-5; i-- {
		if strings.ContainsAny(ts[i].pre, ",;:()") {
			return false
		}
		if harmVerbs[ts[i-1].word] {
			return i < 2 || !slices.Contains([]string{"was", "were", "been", "being"}, ts[i-2].word)
		}
	}
	return false
}

// harmVerbs are the verbs of harm done to a victim named after them.
var harmVerbs = map[string]bool{"killed": true, "executed": true, "murdered": true, "assassinated": true, "shot": true,
	"abducted": true, "kidnapped": true, "captured": true, "arrested": true, "wounded": true, "ambushed": true, "beheaded": true}

// harmWords are what a passive says its subject came to be: "reported missing".
var harmWords = map[string]bool{"missing": true, "dead": true, "hostage": true, "hostages": true}

// styleBan reports whether a sentence bans words rather than telling a deed: "Do not call
// him a former FLNC member", "Never describe the group as Iran's proxy", a style guide's or
// an editor's order, which states no tie, whatever its words name.
func styleBan(ts []token) bool {
	k := 0
	switch {
	case len(ts) > 2 && ts[0].word == "do" && ts[1].word == "not":
		k = 2
	case len(ts) > 1 && (ts[0].word == "dont" || ts[0].word == "never" || ts[0].word == "avoid"):
		k = 1
	default:
		return false
	}
	return namingVerbs[ts[k].word]
}

// retracted reports whether a sentence of a corrections log tells what the paper itself
// printed, the error its entry corrects, not what the paper now states: "We described
// Joshua Nkomo as the leader of ZANU", "A caption on 9 May said the guerrillas were Zanla
// fighters", "On Saturday we said", "Our report of 27 July ... called their kidnappers
// Zipra guerrillas". A log is a text whose title names corrections.
func retracted(d *Document, ts []token) bool {
	said := -1 // where the paper's own telling stands: "we said", "a caption ... said"
	for k := 0; k < len(ts) && k < 12 && said < 0; k++ {
		switch w := ts[k].word; {
		case w == "we" && k+1 < len(ts) && printedVerbs[ts[k+1].word]:
			said = k + 1
		case printedThings[w] && k > 0 && (ts[k-1].word == "a" || ts[k-1].word == "an" || ts[k-1].word == "our" || ts[k-1].word == "same" || ts[k-1].word == "earlier"):
			for j := k + 1; j < len(ts) && j <= k+14 && said < 0; j++ {
				if printedVerbs[ts[j].word] && !strings.ContainsAny(ts[j].pre, ";:") {
					said = j
				}
			}
		}
	}
	if said < 0 {
		return false
	}
	title, _, _ := strings.Cut(d.Text, "\n")
	return strings.Contains(strings.ToLower(title), "correction")
}

// askedWhat reports whether a sentence asks rather than tells, in reported speech: "Mr.
// Hartwell asked the Secretary of State by whom the forces opposed to the Lebanese
// Government are led", "asked whether the President visited Moscow". A verb of asking,
// its addressee, then a question's word, with no comma, "to", "for" or "that" between.
func askedWhat(ts []token) bool {
	for k := 0; k < len(ts) && k < 16; k++ {
		if w := ts[k].word; w != "asked" && w != "asks" && w != "enquired" && w != "inquired" {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+14 && !strings.ContainsAny(ts[j].pre, ",;:()"); j++ {
			if w := ts[j].word; w == "to" || w == "for" && (j+1 >= len(ts) || !ts[j+1].upper) || w == "that" {
				return false // "asked Britain for help", "asked the US to intervene": a request
			}
			if questionWords[ts[j].word] {
				return true
			}
		}
	}
	return false
}

// questionWords open a question told in reported speech.
var questionWords = map[string]bool{"whether": true, "what": true, "why": true, "how": true, "when": true, "which": true, "whom": true,
	"who": true, "where": true, "if": true}

// printedVerbs are the verbs by which a corrections log tells what the paper printed;
// printedThings the nouns of what it printed.
var (
	printedVerbs = map[string]bool{"said": true, "described": true, "reported": true, "wrote": true, "called": true, "stated": true,
		"named": true, "identified": true, "referred": true, "gave": true, "quoted": true, "attributed": true, "listed": true, "suggested": true}
	printedThings = map[string]bool{"report": true, "article": true, "caption": true, "story": true, "headline": true, "picture": true,
		"photograph": true, "map": true, "graphic": true, "obituary": true, "item": true, "feature": true, "review": true, "editorial": true,
		"piece": true, "profile": true, "interview": true}
)

// namingVerbs are the verbs by which a style guide bans a word: "do not call", "avoid
// calling".
var namingVerbs = map[string]bool{"call": true, "calling": true, "describe": true, "describing": true, "refer": true, "referring": true,
	"label": true, "labelling": true, "write": true, "writing": true, "term": true, "name": true, "use": true, "using": true}

// withoutDenied returns the mentions but those a denial sets off by commas, the one the
// sentence says was not there: "Mr Mugabe is to visit Pyongyang, not Peking, to discuss
// military training with North Korea's president" (China trains no one).
func withoutDenied(ts []token, ms []mention) []mention {
	denied := func(m mention) bool {
		return m.first >= 2 && ts[m.first-1].word == "not" && strings.TrimSpace(ts[m.first-1].pre) == "," && m.end < len(ts) &&
			strings.HasPrefix(strings.TrimSpace(ts[m.end].pre), ",")
	}
	if !slices.ContainsFunc(ms, denied) {
		return ms
	}
	return slices.DeleteFunc(slices.Clone(ms), denied)
}

// deniedNext makes disputed the ties of the sentence before that one of their parties
// denies in a sentence of its own, short and bare: "Saleh told MPs that Iran and Libya are
// funding the rebels. Tehran denies.", "... Iran denied it." A measure or a charge
// against the one who denies its own part is no tie it denies ("the Council imposed
// sanctions on Sudan ... Sudan denied complicity": what the sanctions were for).
func deniedNext(out []Proposal, before []told, ts []token, ms []mention) {
	if len(before) == 0 || len(ms) == 0 || ms[0].first > 1 || ms[0].first == 1 && ts[0].word != "the" || ms[0].end >= len(ts) {
		return
	}
	k := ms[0].end
	if ts[k-1].possessive && denierSides[ts[k].word] && k+1 < len(ts) {
		k++ // "MR's side denies this", "DR's camp denies hiring anyone": the possessor's denial
	}
	if k+1 < len(ts) && (ts[k].word == "has" || ts[k].word == "have" || ts[k].word == "had") {
		k++ // "The MILF has denied both." (mindanao-1972's ¶11)
	}
	if k+1 < len(ts) && denialAdverbs[ts[k].word] {
		k++ // "Havana flatly denies it"
	}
	switch ts[k].word {
	case "denies", "denied", "deny", "rejects", "rejected":
	default:
		return
	}
	if rest := ts[k+1:]; slices.ContainsFunc(rest, func(t token) bool { return t.word == "nothing" || t.word == "none" }) ||
		(len(rest) > 3 && !anySide(rest)) || slices.ContainsFunc(rest, func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ",;:") }) {
		return // not "Iran denies that it armed the rebels, but ...": what is denied is told there
	}
	start := before[len(before)-1].span.Start
	for i := range out {
		if p := &out[i]; p.Start >= start && p.Start < before[len(before)-1].span.End && (p.Tie.Status == alliances.Reported || p.Tie.Status == alliances.Alleged) &&
			(p.Tie.Subject == ms[0].id || p.Tie.Object == ms[0].id && (!ownDenial(ts[k+1:]) || p.Tie.Kind != alliances.Coercion && p.Tie.Kind != alliances.Opposition) && !accusersStance(*p)) {
			p.Tie.Status, p.Cues = alliances.Disputed, append(p.Cues, "denied in the sentence after: "+strings.Join(wordsOf(ts, 0, min(len(ts), k+1)), " "))
		}
	}
}

// accusersStance reports whether p is the stance of one who accused or blamed another, which
// the other's denial of what it was accused of leaves a fact: "DR accused MR of paying the
// strikers. MR's side denies this."
func accusersStance(p Proposal) bool {
	return p.Tie.Kind == alliances.Opposition && slices.ContainsFunc(p.Cues, func(c string) bool {
		return strings.HasPrefix(c, "cue: accus") || strings.HasPrefix(c, "cue: blam")
	})
}

// denialAdverbs are the adverbs of a flat denial: "Havana flatly denies it".
var denialAdverbs = map[string]bool{"flatly": true, "firmly": true, "strongly": true, "strenuously": true, "categorically": true,
	"vehemently": true, "repeatedly": true, "again": true, "also": true, "always": true, "still": true}

// denierSides are the nouns of those who deny for their possessor: "MR's side", "DR's camp".
var denierSides = map[string]bool{"side": true, "camp": true, "government": true, "spokesman": true, "spokesmen": true,
	"spokeswoman": true, "aides": true, "office": true, "entourage": true, "lawyers": true, "party": true}

// ownDenial reports whether the words after a verb of denial name the denier's own part:
// "complicity", "any involvement", "responsibility".
func ownDenial(rest []token) bool {
	for _, t := range rest {
		switch t.word {
		case "complicity", "involvement", "responsibility", "role", "part", "links", "link", "wrongdoing", "knowledge":
			return true
		}
	}
	return false
}

// anySide reports whether the words after a verb of denial deny a part in what was told,
// a side named by none: "Paris denies supplying arms to either side" (biafra-1967's ¶19),
// "denies any part in it", "denies any role"; not a part in something else ("denies any
// involvement in the kidnappings").
func anySide(rest []token) bool {
	if len(rest) > 7 {
		return false
	}
	for k := 0; k+1 < len(rest); k++ {
		if rest[k].word == "either" && (rest[k+1].word == "side" || rest[k+1].word == "party") ||
			rest[k].word == "any" && (rest[k+1].word == "part" || rest[k+1].word == "role" || rest[k+1].word == "involvement") {
			after := rest[k+2:]
			return len(after) == 0 || len(after) == 2 && after[0].word == "in" && (demonstratives[after[1].word] || after[1].word == "it")
		}
	}
	return false
}
