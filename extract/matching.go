package extract

import (
	"slices"
	"strings"
)

// matchAt reports whether the words of a phrase start at token i.
func matchAt(ts []token, i int, words []string) bool {
	if i+len(words) > len(ts) {
		return false
	}
	for k, w := range words {
		if ts[i+k].word != w {
			return false
		}
	}
	return true
}

// words returns a phrase (folded) cut into words, once a phrase.
func (rd *Reader) words(p string) []string {
	words, ok := rd.split[p]
	if !ok {
		words = strings.Fields(p)
		rd.split[p] = words
	}
	return words
}

// has reports whether one of phrases (folded) occurs among the tokens in [from, to), and
// which: the first in the text, and of those at one place the first of phrases. Each
// phrase's words are looked up once, not once a token.
func (rd *Reader) has(ts []token, from, to int, phrases ...string) (string, bool) {
	from, to = max(from, 0), min(to, len(ts))
	found, at := "", to
	for _, p := range phrases {
		w := rd.words(p)
		for i := from; i < at; i++ {
			if matchAt(ts, i, w) {
				found, at = p, i
				break
			}
		}
	}
	return found, found != ""
}

// last returns where the last of the phrases found from token from to token to ends.
func (rd *Reader) last(ts []token, from, to int, phrases ...string) (int, bool) {
	for i := min(to, len(ts)) - 1; i >= max(from, 0); i-- {
		for _, p := range phrases {
			if w := rd.words(p); matchAt(ts, i, w) && i+len(w) <= to {
				return i + len(w), true
			}
		}
	}
	return 0, false
}

// bothObject reports whether "both" at token i is a verb's object that ends its clause:
// "The TPDF armed, fed and transported both." (the two named last).
func bothObject(ts []token, i int) bool {
	return i >= 1 && (pastVerbs[ts[i-1].word] || strings.HasSuffix(ts[i-1].word, "ed") && !ts[i-1].upper) &&
		(i+1 >= len(ts) || strings.ContainsAny(ts[i+1].pre, ",;:"))
}

// dealNear reports whether a deal's noun stands within three words after token from:
// "struck a bipartisan accord", no blow.
func dealNear(ts []token, from int) bool {
	return nounWithin(ts, from, func(w string) bool { return dealNouns[w] || w == "deal" || w == "deals" || w == "bargain" })
}

// bringing are the verbs of bringing two together.
var bringing = map[string]bool{"brought": true, "bring": true, "brings": true, "bringing": true}

// withMeans reports whether the words after "with" at token from name the help or the
// arms an act was done with, in a word or two: "fought with Cuban help", "fought with
// American tanks".
func withMeans(ts []token, from int) bool {
	return nounWithin(ts, from, func(w string) bool { return helpNouns[w] || supplyNouns[w] })
}

// nounWithin reports whether a word noun holds stands within three words from token
// from, in the clause.
func nounWithin(ts []token, from int, noun func(string) bool) bool {
	for k := from; k < min(from+3, len(ts)); k++ {
		if noun(ts[k].word) {
			return true
		}
		if strings.ContainsAny(ts[k].pre, ",;:()") {
			return false
		}
	}
	return false
}

// nameOrMen returns the actor the n words at token i name: a name the reader knows, or, where
// a clause opens on "its" or "their" and a noun of fighting men ("Britain played both
// parts. Its troops fought the Republicans"), the one "it" or "they" would stand for,
// words[0] made that pronoun.
func (rd *Reader) nameOrMen(ts []token, i, n int, key string, words []string) (string, bool) {
	if id, ok := rd.names[key]; ok || n > 2 {
		return id, ok
	}
	if n == 1 {
		return rd.ownWingAt(ts, i, words)
	}
	return ownMenAt(ts, i, words)
}

// ownWingAt reads "its" or "their" opening a sentence before a noun of a body's part, a
// comma and the part's name ("Its armed wing, the Izz el-Deen al-Qassam Brigades, has
// carried out") as the one "it" or "they" would stand for, the whole of the part.
func (rd *Reader) ownWingAt(ts []token, i int, words []string) (string, bool) {
	if i > 0 || ts[i].word != "its" && ts[i].word != "their" {
		return "", false
	}
	if n := rd.branchNoun(ts, i+1); n < 0 || n+1 >= len(ts) || !strings.Contains(ts[n+1].pre, ",") {
		return "", false
	}
	return previousOwner(ts[i].word, words)
}

// previousOwner reads the possessive pronoun w as what "it" ("its") or "they" ("their")
// would stand for, words[0] made that pronoun.
func previousOwner(w string, words []string) (string, bool) {
	if words[0] = "they"; w == "its" {
		words[0] = "it"
	}
	return "@previous", true
}

// ownMenAt reads the two words at token i as "its" or "their" and a noun of fighting men
// opening a clause. (Not after "and": "Kagame's movement denounced it, and its troops
// clashed".)
func ownMenAt(ts []token, i int, words []string) (string, bool) {
	if ts[i].word != "its" && ts[i].word != "their" || !ownMen[ts[i+1].word] || i > 0 && !strings.Contains(ts[i].pre, ";") {
		return "", false
	}
	return previousOwner(ts[i].word, words)
}

// ownMen are the nouns of the fighting men a body or a state has: "its troops".
var ownMen = map[string]bool{"troops": true, "forces": true, "fighters": true, "soldiers": true, "men": true, "army": true,
	"militias": true, "units": true, "gunmen": true}

// pluralOfMan reports whether the words at token i name an individual only by the form
// kept for his possessive, without its apostrophe, of a surname several men share: "the
// army and the Houthis clashing" is a family's or a movement's name, no more Hussein
// al-Houthi's than Yahya al-Houthi's (but "an old friend of the Assads" may be Hafez's).
func (rd *Reader) pluralOfMan(ts []token, i, n int, key, id string) bool {
	if rd.kinds[id] != "individual" || ts[i+n-1].possessive || !strings.HasSuffix(key, "s") {
		return false
	}
	return rd.names[strings.TrimSuffix(key, "s")] == "@ambiguous" // "Houthi", the surname of several
}

// otherStatesOrgan reports whether the name at token i, of a body that is no state and no
// person, follows the people's word of a state other than one its own names name: "the
// Chilean air force chief" is no officer of the Argentine Air Force, which the case calls
// "the Air Force" too.
func (rd *Reader) otherStatesOrgan(ts []token, i int, id string) bool {
	if i == 0 || rd.kinds[id] == "state" || rd.kinds[id] == "individual" || !rd.stateDemonym(ts[i-1].word) {
		return false
	}
	here := strings.TrimPrefix(rd.demonyms[ts[i-1].word], "@")
	for w := range rd.nameWords[id] {
		if rd.stateDemonym(w) && strings.TrimPrefix(rd.demonyms[w], "@") != here {
			return true
		}
		if s, ok := rd.names[w]; ok && rd.kinds[s] == "state" && s != here {
			return true
		}
	}
	return false
}

// otherStatesGovernment returns the other state whose name qualifies, after "of", the
// name at [i, i+n) of the state id, a noun the case calls it by: "the Government of
// Angola", "the Government and people of Angola" are Angola's, not Lesotho's, which the
// case calls "the Government". Else "".
func (rd *Reader) otherStatesGovernment(ts []token, i, n int, id string) string {
	if rd.kinds[id] != "state" || !slices.ContainsFunc(ts[i:i+n], func(t token) bool { return stateNouns[t.word] }) {
		return "" // "Mali and parts of Algeria": a state's own name
	}
	k := i + 1 // "of Angola" may be read with the words as one name, or after them
	for k < i+n && ts[k].word != "of" && ts[k].word != "and" {
		k++
	}
	if k < i+n && rd.written[spelt(ts[i:i+n])] != 0 {
		return "" // "Provisional Government of Eritrea": a name of the case's own
	}
	if k+2 < len(ts) && ts[k].word == "and" && !ts[k+1].upper && ts[k+2].word == "of" {
		k += 2 // "and people of"
	}
	if k+1 >= len(ts) || ts[k].word != "of" {
		return ""
	}
	for m := 1; m <= 3 && k+m < len(ts); m++ {
		if other, ok := rd.names[spelt(ts[k+1:k+1+m])]; ok && other != id && rd.kinds[other] == "state" {
			return other
		}
	}
	return ""
}

// spelt returns the words of ts spelt as names are looked up, joined by spaces.
func spelt(ts []token) string {
	words := make([]string, len(ts))
	for i, t := range ts {
		words[i] = spelling(t.word)
	}
	return strings.Join(words, " ")
}

// stateNouns are the nouns by which a case may call a state: "the Government".
var stateNouns = map[string]bool{"government": true, "regime": true, "authorities": true, "administration": true, "republic": true, "state": true, "cabinet": true}
