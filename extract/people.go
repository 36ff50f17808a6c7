package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// The people a report names with no post near their name, found by how it goes on naming
// them: by the last word of the name alone.

// aloneCounts counts, for each capitalized word of a text, how often it stands alone: not
// after another capitalized word of a name (a sentence's first word aside), nor after an
// article or a preposition of place ("the Alliance", "in Kabul"), nor joined by a hyphen
// to a particle ("al-Assad" counts for "al-Assad", not "Assad").
func aloneCounts(text string) map[string]int {
	counts := map[string]int{}
	fields := strings.Fields(text)
	for i, f := range fields {
		w := strings.TrimRight(strings.Trim(f, "\"“”‘’'()[]*_"), ",.;:!?")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || len(w) < 4 {
			continue
		}
		if i > 0 {
			prev := fields[i-1]
			if !strings.ContainsAny(prev[len(prev)-1:], ".!?:;\"”") {
				if r, _ := utf8.DecodeRuneInString(strings.Trim(prev, "\"“”‘’'(")); unicode.IsUpper(r) {
					continue // "Gulbuddin Hekmatyar": in a longer name
				}
				if p := strings.ToLower(strings.Trim(prev, "\"“”‘’'(,")); aloneBlockers[p] {
					continue
				}
			}
		}
		counts[w]++
	}
	return counts
}

// aloneBlockers are the words before a capitalized word that make it no person's name
// said alone: an article, a preposition of place or of a possessor.
var aloneBlockers = map[string]bool{"the": true, "a": true, "an": true, "in": true, "at": true, "near": true, "into": true, "from": true,
	"of": true, "to": true, "around": true, "outside": true, "across": true, "toward": true, "towards": true, "via": true}

// namedAlone reports whether a run of two to four capitalized words (words, opening at
// field first of fields) is a person's name by the text naming its holder by the last
// word alone, twice or more ("Gulbuddin Hekmatyar ... Hekmatyar rejected ...
// Hekmatyar's rockets"), as reports name people and seldom places. Not a place ("in Spin
// Boldak", "West Beirut"), nor a name whose last word is an actor's name, a state's or a
// word of organizations' names.
func (rd *Reader) namedAlone(words, fields []string, first int, alone map[string]int) bool {
	if len(words) < 2 || len(words) > 4 || directions[strings.ToLower(words[0])] || placeHeads[strings.ToLower(words[0])] ||
		strings.HasSuffix(words[0], "ing") || strings.Contains(words[0], "-") || rd.stateDemonym(alliances.Fold(words[0])) {
		return false // "Mount Sinjar", "Following December", "Iranian-backed Shia", "Kurdish Peshmerga"
	}
	if strings.HasSuffix(words[0], "ed") || strings.HasSuffix(words[0], "ish") || strings.HasSuffix(words[len(words)-1], "ing") || rd.onlyPost(words[:1]) ||
		honorifics[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		return false // "Suspected Islamist", "Kurdish Peshmerga", "Easter Rising", "General Belgrano", "Mr Putin"
	}
	for _, w := range words {
		l := strings.ToLower(w)
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !nameParticles[l] && !strings.HasPrefix(l, "al-") && !strings.HasPrefix(l, "el-") {
			return false // "One of the MNLA"
		}
		_, demonym := rd.rules.Aliases[l]
		_, demonyms := rd.rules.Aliases[strings.TrimSuffix(l, "s")]
		if demonym || demonyms || l == "arab" || l == "al-arab" {
			return false // "Ayn al-Arab", "Krajina Serbs", "Karabakh Armenians"
		}
		if strings.Contains("|"+months+"|"+weekdays+"|", "|"+l+"|") || rd.rules.States[w] != "" || sideWords[l] || slices.ContainsFunc(rd.rules.CommonNames, func(c string) bool { return strings.EqualFold(c, w) }) ||
			slices.ContainsFunc(rd.rules.Collectives, func(c string) bool { return l == c || l+"s" == c }) {
			return false // "Wednesday January", "Port Sudan", "Touareg Islamist", "Ansarul Islam"
		}
	}
	if first > 0 && aloneBlockers[strings.ToLower(strings.Trim(fields[first-1], "\"“”‘’'(,"))] && strings.ToLower(fields[first-1]) != "of" &&
		strings.ToLower(fields[first-1]) != "to" && strings.ToLower(fields[first-1]) != "from" {
		return false // "in Spin Boldak", "at Charasiab"
	}
	last := words[len(words)-1]
	folded := alliances.Fold(last)
	if _, known := rd.names[spelling(folded)]; known || rd.formWords[folded] || rd.stateWord([]string{folded}, 0) || rd.places[folded] {
		return false
	}
	n := alone[last]
	if core, ok := strings.CutPrefix(last, "al-"); ok {
		n += alone[core] // "Bashar al-Assad ... Assad"
	}
	return n >= 2
}

// placeHeads are the words that open the names of places; weekdays the days' names.
var placeHeads = map[string]bool{"mount": true, "lake": true, "river": true, "camp": true, "fort": true, "port": true, "cape": true,
	"gulf": true, "bay": true, "wadi": true, "jebel": true, "jabal": true, "tell": true, "tal": true, "ras": true, "bab": true, "saint": true, "san": true,
	"santa": true, "new": true, "upper": true, "lower": true, "greater": true, "al": true, "el": true, "nagorno": true, "azad": true,
	"ciudad": true, "nuevo": true, "nueva": true, "cabo": true, "puerto": true, "porto": true, "rio": true, "sao": true, "bahr": true, "middle": true}

// honorifics are the words of address before a name, no part of it: "Mr Putin".
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "lady": true, "lord": true, "sheikh": true,
	"ayatollah": true, "mullah": true, "imam": true, "king": true, "queen": true, "prince": true, "emir": true}

const weekdays = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

// onlyPost reports whether the words of a run are a post's and nothing more ("Special
// Representative", after "Acting"): no one's name.
func (rd *Reader) onlyPost(words []string) bool {
	folded := strings.Fields(alliances.Fold(strings.Join(words, " ")))
	for i := 0; i < len(folded); {
		n := 0
		for _, t := range rd.titles {
			if len(t) > n && len(t) <= len(folded)-i && slices.Equal(t, folded[i:i+len(t)]) {
				n = len(t)
			}
		}
		if n == 0 && !adjectives[folded[i]] && !postQualifiers[folded[i]] {
			return false
		}
		i += max(n, 1)
	}
	return len(folded) > 0
}

// postQualifiers are the words that qualify a post: "Special Representative", "Acting".
var postQualifiers = map[string]bool{"special": true, "acting": true, "deputy": true, "senior": true, "chief": true, "personal": true,
	"interim": true, "assistant": true, "executive": true, "general": true, "high": true, "vice": true, "joint": true}

// givenFirst reports whether a run of two to four capitalized words (words, opening at
// field first of fields) opens with a given name of the rules' and goes on with words of a
// name: "Sergei Lavrov", "Elie Hobeika"; not one with an organization's word ("Abdullah
// Azzam Brigades"), a state's or a direction, nor one after an article or a preposition
// of place ("in Ali Sabieh").
func (rd *Reader) givenFirst(words, fields []string, first int) bool {
	given, _, _ := strings.Cut(words[0], "-") // "Laurent-Désiré Kabila"
	if len(words) < 2 || len(words) > 4 || !rd.given[alliances.Fold(words[0])] && !rd.given[alliances.Fold(given)] {
		return false
	}
	if first > 0 && first <= len(fields) && placeBefore[strings.ToLower(strings.Trim(fields[first-1], "\"“”‘’'(,"))] {
		return false
	}
	for _, w := range words[1:] {
		f := alliances.Fold(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !articled(w) && !nameParticles[w] || rd.formWords[f] || rd.stateDemonym(f) || directions[f] {
			return false
		}
	}
	return true
}

// placeBefore are the words before a name that make it a place's or a thing's: "in Ali
// Sabieh", "the Hassan Fathy bridge".
var placeBefore = map[string]bool{"the": true, "in": true, "at": true, "near": true, "into": true, "across": true, "around": true,
	"outside": true, "toward": true, "towards": true, "via": true}

// writtenAlone returns the word of a person's name of three words or more, but its last,
// that the text writes alone, twice at least, as the person's name: its first ("Mobutu"
// of Mobutu Sese Seko), else its second after a given name ("Kisase" of André Kisase
// Ngandu); not followed by a capitalized word. It returns "" where there is none.
func writtenAlone(text string, words []string, given func(string) bool) string {
	if len(words) < 3 {
		return ""
	}
	if alone(text, words[0]) {
		return words[0]
	}
	if given(words[0]) && alone(text, words[1]) {
		return words[1]
	}
	return ""
}

// alone reports whether the text writes word alone, twice at least, not followed by a
// capitalized word.
func alone(text, word string) bool {
	if len([]rune(word)) < 4 || strings.ContainsAny(word, ".-'’") {
		return false
	}
	n := 0
	for rest := text; ; {
		i := strings.Index(rest, word)
		if i < 0 {
			break
		}
		before, after := rest[:i], rest[i+len(word):]
		rest = after
		if before != "" {
			if r, _ := utf8.DecodeLastRuneInString(before); unicode.IsLetter(r) {
				continue // within another word
			}
			if strings.HasSuffix(before, "the ") || strings.HasSuffix(before, "The ") {
				continue // "the Shah": a title's, no one's name
			}
		}
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(strings.TrimPrefix(after, " ")); strings.HasPrefix(after, " ") && unicode.IsUpper(next) {
			continue // "Mobutu Sese Seko", "Nguyen Cao Ky": in a longer name
		}
		n++
	}
	return n >= 2
}

// formerly are the adverbs of a post held once, between a name and the post: "Nito
// Alves, lately interior minister".
var formerly = map[string]bool{"lately": true, "once": true, "formerly": true, "previously": true, "later": true}

// notNameWord reports whether a capitalized word is one no person's name holds: a deal's
// noun ("the General Agreement of June 1997" names no General; nor does "the Juba
// Declaration of January"). (Not a month's: "Theresa May".)
func notNameWord(w string) bool {
	w = strings.ToLower(w)
	return dealNouns[w] || w == "declaration" || w == "charter" || w == "communique" || w == "communiqué"
}
