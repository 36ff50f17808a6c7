package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// The people a report names by their surname alone and nowhere in full: a lecture on the
// Russian Civil War says "Denikin", "Trotsky" and "Semenov" and never their first names,
// as histories do of the famous. One capitalized word is a person's name when the text
// writes it alone twice or more, never in lower case, never after an article or a
// preposition of place, and says of it at least once what is said only of a person.

// discoverSurnames finds the people a document names by one word alone.
func (rd *Reader) discoverSurnames(d *Document) []Found {
	type seen struct {
		alone, start, n int
		not             bool
		cue             string
		singular        bool // the cue is a singular's: a post, "was", "his"
	}
	lower := map[string]bool{} // the words the text writes in lower case somewhere
	words := map[string]*seen{}
	var order []string
	for _, p := range d.Paragraphs {
		ts := tokens(d.Text[p.Start:p.End], p.Start)
		for _, t := range ts {
			if !t.upper {
				lower[t.word] = true
			}
		}
		for i, t := range ts {
			w := t.word
			if t.possessive {
				w = strings.TrimSuffix(w, "s") // folded without its apostrophe: "denikins"
			}
			if !t.upper || t.caps || len(w) < 4 || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
				continue
			}
			sw := words[w]
			if sw == nil {
				sw = &seen{start: -1}
				words[w] = sw
				order = append(order, w)
			}
			opens := i == 0 || strings.ContainsAny(t.pre, ".!?:;\n")
			var prev token
			if i > 0 {
				prev = ts[i-1]
			}
			// Part of a longer name ("Anton Denikin", "Denikin Street"): the run is read as
			// a whole elsewhere.
			if !opens && prev.upper && strings.TrimSpace(t.pre) == "" && !opening[prev.word] ||
				i+1 < len(ts) && ts[i+1].upper && strings.TrimSpace(ts[i+1].pre) == "" {
				continue
			}
			// "in Omsk", "the Bolsheviks", "a Cossack": a place, a people or a common noun.
			if !opens && (!t.possessive && surnameBlockers[prev.word] || prev.word == "the" || prev.word == "a" || prev.word == "an") {
				sw.not = true
				continue
			}
			sw.alone++
			if sw.start < 0 {
				sw.start, sw.n = t.start, p.N
			}
			if !sw.singular {
				if cue, one := rd.personCue(ts, i); cue != "" && (sw.cue == "" || one) {
					sw.cue, sw.singular = cue, one
				}
			}
		}
	}
	var out []Found
	for _, w := range order {
		sw := words[w]
		// "Serbs met Milosevic": a people in the plural takes what a person's name takes,
		// but not a post, "was" or "his".
		if sw.alone < 2 || sw.cue == "" || sw.not || lower[w] || !rd.surnameWord(w) || strings.HasSuffix(w, "s") && !sw.singular {
			continue
		}
		name := d.Text[sw.start : sw.start+len(w)]
		id := rd.freeID(w)
		rd.add(name, id)
		rd.kinds[id] = "individual"
		out = append(out, Found{Actor: alliances.Actor{ID: id, Name: name, Kind: "individual"}, Paragraph: sw.n, Quote: name,
			Document: d.Name, Why: fmt.Sprintf("an individual's name said alone %d times, %s", sw.alone, sw.cue), Confidence: 0.5,
			Start: sw.start, End: sw.start + len(name)})
	}
	return out
}

// surnameBlockers are the words before a capitalized word that make it a place's name:
// "in Omsk", "near Kiev", "into Crimea".
var surnameBlockers = map[string]bool{"in": true, "at": true, "near": true, "into": true, "around": true, "outside": true,
	"across": true, "toward": true, "towards": true, "via": true, "inside": true, "throughout": true, "within": true}

// personCue returns what the text says of the capitalized word at token i that only a
// person's name takes, or "", and whether only a singular's name takes it.
func (rd *Reader) personCue(ts []token, i int) (string, bool) {
	t := ts[i]
	next := func(k int) string {
		if i+k < len(ts) && !strings.ContainsAny(ts[i+k].pre, ".;:()") {
			return ts[i+k].word
		}
		return ""
	}
	if i > 0 && !strings.ContainsAny(t.pre, ".;:()") {
		// "Cossack ataman Semenov", "their ataman, Krasnov": a post in lower case before
		// the name.
		prev := ts[i-1]
		apposed := strings.TrimSpace(t.pre) == "," && i >= 2 && ownersOfPost[ts[i-2].word] // "their ataman, Krasnov"; not "as president, Krim at defence"
		if !prev.upper && !adjectives[prev.word] && (strings.TrimSpace(t.pre) == "" || apposed) &&
			slices.ContainsFunc(rd.titles, func(tl []string) bool { return len(tl) == 1 && tl[0] == prev.word }) {
			return "after the post \"" + prev.word + "\"", true
		}
	}
	if t.possessive {
		if personOwned[next(1)] {
			return "whose " + next(1) + " the text names", true
		}
		return "", false
	}
	switch n := next(1); {
	case n == "who" || n == "whom":
		return "followed by \"" + n + "\"", false
	case personVerbs[n]:
		return "before a verb only a person's name takes: " + n, false
	case n == "took" && next(2) == "office":
		return "before \"took office\"", true
	case (n == "a" || n == "an") && strings.TrimSpace(ts[i+1].pre) == "," && (personNouns[next(2)] || personNouns[next(3)] || personNouns[next(4)]):
		return "before a person's noun in apposition", true // "Madero, a Coahuila landowner"
	case (n == "was" || n == "had") && personPassives[next(2)] || n == "had" && personVerbs[next(2)]:
		return "before a verb only a person's name takes: " + n + " " + next(2), n == "was"
	case (strings.HasSuffix(n, "ed") || pastVerbs[n]) && slices.Contains([]string{"his", "her", "himself", "herself"}, next(2)):
		return "before a verb and \"" + next(2) + "\"", true
	}
	return "", false
}

// ownersOfPost are the words before a post that say whose it is: "their ataman, Krasnov".
var ownersOfPost = map[string]bool{"the": true, "their": true, "its": true, "his": true, "her": true, "our": true}

// personOwned are the nouns a person's name owns and an organization's does not: "Denikin's
// successor", "Kolchak's execution".
var personOwned = map[string]bool{"wife": true, "widow": true, "son": true, "sons": true, "daughter": true, "brother": true,
	"father": true, "mother": true, "uncle": true, "nephew": true, "cousin": true, "deputy": true, "successor": true,
	"predecessor": true, "lieutenants": true, "lieutenant": true, "assassination": true, "execution": true, "murder": true,
	"death": true, "arrest": true, "presidency": true, "premiership": true, "resignation": true, "abdication": true,
	"bodyguards": true, "bodyguard": true, "mistress": true, "biographer": true, "memoirs": true, "wishes": true}

// personNouns are the nouns of what a person is, said in apposition after the name: "Madero,
// a Coahuila landowner".
var personNouns = map[string]bool{"landowner": true, "lawyer": true, "priest": true, "cleric": true, "businessman": true, "merchant": true,
	"teacher": true, "journalist": true, "politician": true, "veteran": true, "farmer": true, "chieftain": true, "banker": true,
	"aristocrat": true, "nobleman": true, "schoolteacher": true, "doctor": true, "physician": true, "poet": true, "novelist": true,
	"student": true, "worker": true, "rancher": true, "planter": true, "settler": true, "trader": true, "smuggler": true, "bandit": true}

// surnameWord reports whether a folded capitalized word may be a person's surname: no
// name the reader knows, nor a word of states, places, months, posts or names of bodies.
func (rd *Reader) surnameWord(w string) bool {
	if _, known := rd.names[spelling(w)]; known {
		return false
	}
	if rd.stateWord([]string{w}, 0) || rd.stateDemonym(w) || rd.stateDemonym(strings.TrimSuffix(w, "s")) || rd.places[w] || rd.capitals[spelling(w)] || rd.formWords[w] || rd.given[w] ||
		strings.Contains("|"+months+"|"+weekdays+"|", "|"+w+"|") || opening[w] || honorifics[w] || sideWords[w] || placeHeads[w] ||
		transitions[w] || nameOpeners[w] || rd.common[w] || rd.onlyPost([]string{w}) {
		return false
	}
	_, demonym := rd.rules.Aliases[w]
	_, demonyms := rd.rules.Aliases[strings.TrimSuffix(w, "s")]
	if _, state := rd.rules.States[w]; state || demonym || demonyms {
		return false
	}
	return !slices.ContainsFunc(rd.rules.Collectives, func(c string) bool { return w == c || w+"s" == c }) &&
		!slices.ContainsFunc(rd.titles, func(t []string) bool { return len(t) == 1 && t[0] == w })
}

// postedOnce reports whether a post and one word, written once ("installed Hetman
// Skoropadsky"), name a person: the word is none of a body's, a place's or a state's, and
// the text never writes it in lower case.
func (rd *Reader) postedOnce(words []string, text string) bool {
	w := alliances.Fold(words[1])
	if len([]rune(w)) < 4 || strings.ToUpper(words[1]) == words[1] || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) ||
		bodyWords[w] || writtenLower(text, strings.ToLower(words[1])) {
		return false
	}
	return rd.surnameWord(w)
}

// writtenLower reports whether text holds the word w, in lower case, as a word of its own.
func writtenLower(text, w string) bool {
	for rest := text; ; {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		before, after := rest[:i], rest[i+len(w):]
		r, _ := utf8.DecodeLastRuneInString(before)
		a, _ := utf8.DecodeRuneInString(after)
		if !unicode.IsLetter(r) && !unicode.IsLetter(a) {
			return true
		}
		rest = after
	}
}
