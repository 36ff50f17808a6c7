package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// What a name is by the words that give it: a body's noun set before it ("Dostum's
// movement, the Junbish-i Milli,", "his own brigade, al-Mulathamun."), a verb of naming
// ("a group calling itself Islamic Jihad", "the army, now called the ex-FAR", "the
// so-called G5 Sahel", "merged with MUJAO to form al-Mourabitoun"), or a body's noun
// after an abbreviation ("whose SCUD movement").

// namedCue finds where a sentence may give a name so: a body's noun before a comma, a
// verb of naming, or "to form".
var namedCue = regexp.MustCompile(`(?i)\b(?:(?:movement|party|militia|faction|wing|coalition|alliance|group|mission|force|brigade|company|organi[sz]ation|front|army|committee|council)(?:\s+of(?:\s+[a-z]+){1,3})?,|call(?:ing|s|ed) (?:itself|themselves)|(?:called|dubbed|so-called|to form|now known as)\b|[A-Z]{3,}\s(?:movement|militia|party|faction|coalition|rebels|group)\b)`)

// discoverNamed finds the organizations a report names by the words that give their
// names, where no form of an organization's name does: not a name the reader knows, a
// state's or a people's word, a word of sides, nor a person's name.
func (rd *Reader) discoverNamed(d *Document) []Found {
	var out []Found
	for _, p := range d.Paragraphs {
		for _, sp := range p.Sentences {
			text := d.Text[sp.Start:sp.End]
			if !namedCue.MatchString(text) {
				continue // (tokens are dear)
			}
			ts := tokens(text, sp.Start)
			for i := range ts {
				kind, at, why := rd.namedAt(ts, i)
				if kind == "" {
					continue
				}
				if f, ok := rd.namedFind(d, p, ts, at, kind, why, namedBy(why)); ok {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// namedAt tells whether token i opens a phrase that gives a name, and returns the kind
// of body it names, the token the name begins at, and why it is a name.
func (rd *Reader) namedAt(ts []token, i int) (kind string, at int, why string) {
	t := ts[i]
	switch {
	case t.word == "calling" || t.word == "calls" || t.word == "called" && i+1 < len(ts) && (ts[i+1].word == "itself" || ts[i+1].word == "themselves"):
		// "a group calling itself Islamic Jihad"
		if i+2 < len(ts) && (ts[i+1].word == "itself" || ts[i+1].word == "themselves") {
			if k, noun := bodyNounBefore(ts, i); k != "" {
				return k, i + 2, "a name a body gives itself: " + noun
			}
			return "other", i + 2, "a name a body gives itself"
		}
	case (t.word == "called" || t.word == "dubbed" || t.word == "known" && i+1 < len(ts) && ts[i+1].word == "as") && i > 0 &&
		(nowWords[ts[i-1].word] || namedBodies[ts[i-1].word] != ""):
		// "the army, now called the ex-FAR", "a women's wing called"; not "the city called
		// Goma", nor "rejected the Coalition and called Sharia law"
		next := i + 1
		if t.word == "known" {
			next++
		}
		if k, noun := bodyNounBefore(ts, i); k != "" && next < len(ts) {
			return k, next, "a name a body is called by: " + noun
		}
	case t.word == "so" && i+1 < len(ts) && ts[i+1].word == "called" && strings.Trim(ts[i+1].pre, " ") == "-":
		// "the so-called G5 Sahel": a name, of a body the reviewer says
		return "other", i + 2, "a name after \"so-called\""
	case t.word == "to" && i+1 < len(ts) && ts[i+1].word == "form" && i > 0 && mergeVerbs[ts[i-1].word] || t.word == "to" && i+1 < len(ts) && ts[i+1].word == "form" && i > 1 && ts[i-2].word == "with":
		// "merged with MUJAO to form al-Mourabitoun"
		return "armed-group", i + 2, "a name of what a merger formed"
	case t.caps && len(t.word) >= 3 && i+1 < len(ts) && i > 0 && acronymBodies[ts[i+1].word] != "" && strings.TrimSpace(ts[i+1].pre) == "" &&
		(ts[i-1].word == "the" || ts[i-1].word == "whose" || ts[i-1].word == "his" || ts[i-1].word == "their" || ts[i-1].possessive) &&
		!strings.ContainsAny(ts[i].pre, "-'’"):
		// "whose SCUD movement": an abbreviation before a body's noun
		return acronymBodies[ts[i+1].word], i, "an abbreviation before a noun of a body: " + ts[i+1].word
	case t.word == "the" || t.word == "a" || t.word == "an" || t.word == "his" || t.word == "her" || t.word == "its" || t.word == "their" || t.possessive:
		// "Dostum's movement, the Junbish-i Milli," : a body's noun, a comma, the name
		if i > 0 && (prepositions[ts[i-1].word] && ts[i-1].word != "by" || areaPreps[ts[i-1].word] || openingWords[ts[i-1].word] || ts[i-1].word == "as" || ts[i-1].word == "inside") {
			return "", 0, "" // "Inside the movement, Massoud, ...": a phrase of place
		}
		if i > 1 && ts[i-1].word == "own" && (prepositions[ts[i-2].word] || areaPreps[ts[i-2].word]) {
			return "", 0, ""
		}
		k, noun, end := bodyNounThen(ts, i)
		end = ofWhom(ts, end) // "a committee of junior officers, the Derg"
		if k == "" || end+1 >= len(ts) || !strings.Contains(ts[end+1].pre, ",") || strings.ContainsAny(ts[end+1].pre, ";:(") {
			return "", 0, ""
		}
		return k, end + 1, "a name set after a noun of a body: " + noun
	}
	return "", 0, ""
}

// namedBy tells how the name a phrase gives ends: "closed" by a comma, a full stop, a
// parenthesis or the sentence's end (a name set after a body's noun), or where its
// capitalized words do (a name given by a verb: "calling itself Islamic Jihad claimed",
// an abbreviation before a body's noun: "whose SCUD movement").
func namedBy(why string) string {
	if strings.HasPrefix(why, "a name set after") {
		return "closed"
	}
	return ""
}

// namedFind makes the actor of the name that begins at token at: a run of capitalized
// words (or one opened by a particle joined to it: "al-Mulathamun", "ex-FAR"), after an
// article, which ends as end says (namedBy).
func (rd *Reader) namedFind(d *Document, p Paragraph, ts []token, at int, kind, why, end string) (Found, bool) {
	if at < len(ts) && ts[at].word == "the" && !ts[at].upper {
		at++
	}
	j := at
	for j < len(ts) && j-at < 8 && (j == at || strings.Trim(ts[j].pre, " -") == "") {
		t := ts[j]
		particle := namedParticles[t.word] && !t.upper && j+1 < len(ts) && ts[j+1].pre == "-" && ts[j+1].upper
		inner := j > at && nameConnectors[t.word] && j+1 < len(ts) && (ts[j+1].upper || nameConnectors[ts[j+1].word]) && strings.Trim(ts[j+1].pre, " -") == ""
		if !t.upper && !particle && !inner {
			break
		}
		j++
	}
	for j > at && !ts[j-1].upper {
		j-- // not "Army of"
	}
	if j == at || end == "closed" && j < len(ts) && (!strings.ContainsAny(ts[j].pre, ",.)") || strings.Contains(ts[j].pre, "(")) {
		return Found{}, false
	}
	if !ts[at].upper && !namedParticles[ts[at].word] {
		return Found{}, false
	}
	words := make([]string, 0, j-at)
	for _, t := range ts[at:j] {
		words = append(words, t.word)
	}
	folded := strings.Join(words, " ")
	if _, known := rd.names[spelling(folded)]; known || rd.statesJoined(words) || rd.stateWord(words, 0) && len(words) == 1 || sideWords[words[0]] || opening[words[0]] ||
		transitions[words[0]] || rd.given[words[0]] && len(words) >= 2 || strings.Contains(months, words[0]) && len(words[0]) >= 3 {
		return Found{}, false
	}
	if _, demonym := rd.rules.Aliases[words[0]]; demonym {
		return Found{}, false
	}
	name := d.Text[ts[at].start:ts[j-1].end]
	id := rd.freeID(strings.ReplaceAll(alliances.Fold(name), " ", "-"))
	rd.add(name, id)
	rd.kinds[id] = kind
	return Found{Actor: alliances.Actor{ID: id, Name: name, Kind: kind}, Paragraph: p.N, Quote: name, Document: d.Name,
		Why: why, Confidence: 0.5, Start: ts[at].start, End: ts[j-1].end}, true
}

// bodyNounThen returns the kind of body whose noun ends the phrase that token a opens
// (an article or a possessor, up to three words that qualify the noun, the noun), its
// words, and the noun's token; or "".
func bodyNounThen(ts []token, a int) (string, string, int) {
	for k := a + 1; k < len(ts) && k <= a+4; k++ {
		if strings.ContainsAny(ts[k].pre, ",;:()") || notQualifiers[ts[k].word] || ts[k].possessive || ts[k].upper && !ts[k].caps && k > a+1 {
			return "", "", 0
		}
		kind, ok := namedBodies[ts[k].word]
		if !ok {
			continue
		}
		words := make([]string, 0, k-a+1)
		for _, t := range ts[a : k+1] {
			words = append(words, t.word)
		}
		if kind == "armed-group" && ts[k].word == "group" && !armedIn(ts[a+1:k]) {
			kind = "other"
		}
		if kind == "other" || kind == "armed-group" || kind == "state-organ" {
			if internationalIn(ts[a+1 : k]) {
				kind = "international-organization" // "An EU mission"
			}
		}
		return kind, strings.Join(words, " "), k
	}
	return "", "", 0
}

// statesJoined reports whether a name's words join states by "and": "Iran and Russia" are
// two, not one body's name.
func (rd *Reader) statesJoined(words []string) bool {
	return slices.Contains(words, "and") && slices.ContainsFunc(words, func(w string) bool { return rd.stateWord([]string{w}, 0) })
}

// ofWhom returns where a body's noun at token k ends its phrase, past "of" and up to
// three words in lower case that say whom the body gathers ("a committee of junior
// officers"); k where none follow.
func ofWhom(ts []token, k int) int {
	if k+2 >= len(ts) || ts[k+1].word != "of" || strings.ContainsAny(ts[k+1].pre, ",;:()") {
		return k
	}
	for j := k + 2; j < len(ts) && j <= k+4; j++ {
		if ts[j].upper || strings.ContainsAny(ts[j].pre, ",;:()") || determiners[ts[j].word] && j > k+2 || numberWords[ts[j].word] || numeric(ts[j].word) {
			return k
		}
		if j+1 < len(ts) && strings.Contains(ts[j+1].pre, ",") {
			return j
		}
	}
	return k
}

// bodyNounBefore returns the kind of body whose noun stands a few words before token i
// ("a group calling itself", "that defeated army, now called"), and the noun; or "".
func bodyNounBefore(ts []token, i int) (string, string) {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if ts[k].upper || strings.ContainsAny(ts[k].pre, ".;:") {
			return "", "" // "the Syrian National Coalition and called": a name's word
		}
		if kind, ok := namedBodies[ts[k].word]; ok {
			return kind, ts[k].word
		}
	}
	return "", ""
}

func armedIn(ts []token) bool {
	for _, t := range ts {
		if armedWords[t.word] {
			return true
		}
	}
	return false
}

func internationalIn(ts []token) bool {
	for _, t := range ts {
		if internationalWords[t.word] {
			return true
		}
	}
	return false
}

// namedBodies are the nouns of bodies a name is given to, and the kind each makes it.
var namedBodies = map[string]string{"movement": "armed-group", "party": "party", "militia": "militia", "faction": "faction",
	"wing": "faction", "coalition": "coalition", "alliance": "coalition", "group": "armed-group", "mission": "international-organization",
	"force": "armed-group", "brigade": "armed-group", "company": "other", "organisation": "other", "organization": "other",
	"front": "armed-group", "army": "armed-group", "committee": "other", "council": "other"}

// acronymBodies are the nouns of bodies after an abbreviation that name it ("whose SCUD
// movement").
var acronymBodies = map[string]string{"movement": "armed-group", "militia": "militia", "party": "party", "faction": "faction",
	"coalition": "coalition", "rebels": "armed-group", "group": "armed-group"}

// mergeVerbs are the verbs before "to form" whose subjects formed a body by joining:
// "merged with MUJAO to form", "joined to form".
var mergeVerbs = map[string]bool{"merged": true, "joined": true, "combined": true, "united": true, "came": true, "together": true}

// namedParticles open a name joined to it by a hyphen: "al-Mulathamun", "ex-FAR".
var namedParticles = map[string]bool{"al": true, "el": true, "ex": true, "ad": true, "ash": true, "as": true, "an": true, "ar": true,
	"at": true, "az": true, "ath": true}

// nowWords are the words before "called" or "known as" that give a body's new name:
// "now called the ex-FAR".
var nowWords = map[string]bool{"now": true, "also": true, "later": true, "since": true, "formerly": true, "once": true, "then": true}

// nameConnectors are the short words inside a name between capitalized ones: "Front for
// the Liberation of the Azawad", "Ittihad-i Islami".
var nameConnectors = map[string]bool{"of": true, "for": true, "the": true, "and": true, "i": true, "e": true, "al": true, "wal": true}
