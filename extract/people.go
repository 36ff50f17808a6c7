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
	if len(words) < 2 || len(words) > 4 || directions[strings.ToLower(words[0])] || placeHeads[strings.ToLower(words[0])] || nameOpeners[strings.ToLower(words[0])] ||
		strings.HasSuffix(words[0], "ing") || strings.Contains(words[0], "-") || rd.stateDemonym(alliances.Fold(words[0])) || len(words[0]) >= 2 && strings.ToUpper(words[0]) == words[0] ||
		len(words[len(words)-1]) >= 3 && strings.ToUpper(words[len(words)-1]) == words[len(words)-1] {
		return false // "Mount Sinjar", "Following December", "Iranian-backed Shia", "Kurdish Peshmerga", "KDP Peshmerga", "Perpetrator JNIM"
	}
	if strings.HasSuffix(words[0], "ed") || strings.HasSuffix(words[0], "ish") || strings.HasSuffix(words[len(words)-1], "ing") || rd.onlyPost(words[:1]) ||
		honorifics[strings.ToLower(strings.TrimSuffix(words[0], "."))] || bodyQualifiers[strings.ToLower(words[0])] {
		return false // "Suspected Islamist", "Kurdish Peshmerga", "Easter Rising", "General Belgrano", "Mr Putin", "Super Zapu"
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

// bodyQualifiers open a body's name before another's, no given name: "Super Zapu".
var bodyQualifiers = map[string]bool{"super": true, "new": true, "greater": true, "free": true, "united": true, "real": true, "true": true,
	"old": true, "grand": true, "great": true, "supreme": true, "central": true, "national": true, "popular": true, "revolutionary": true, "democratic": true}

// nameOpeners are the words that open a sentence with a capital before a name, no part of it:
// "Many Acholi", "Without Khartoum".
var nameOpeners = map[string]bool{"many": true, "most": true, "some": true, "without": true, "with": true, "after": true, "before": true,
	"during": true, "under": true, "despite": true, "both": true, "all": true, "several": true, "few": true, "other": true, "such": true,
	"these": true, "those": true, "each": true, "every": true, "no": true, "any": true, "only": true, "even": true, "while": true,
	"when": true, "since": true, "until": true, "unlike": true, "like": true, "among": true, "against": true, "between": true,
	"through": true, "within": true, "for": true, "from": true, "by": true, "if": true, "as": true, "but": true, "and": true}

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
func (rd *Reader) givenFirst(words, fields []string, first int, possessive bool) bool {
	given, _, _ := strings.Cut(words[0], "-") // "Laurent-Désiré Kabila"
	if len(words) < 2 || len(words) > 4 || !rd.given[alliances.Fold(words[0])] && !rd.given[alliances.Fold(given)] && !listedFirst(words[0]) {
		return false
	}
	if first > 0 && first <= len(fields) && placeBefore[strings.ToLower(strings.Trim(fields[first-1], "\"“”‘’'(,"))] && !possessive {
		return false // not "in Ali Sabieh"; "in Atal Behari Vajpayee's government" is no place
	}
	for _, w := range words[1:] {
		f := alliances.Fold(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !articled(w) && !nameParticles[w] || rd.formWords[f] || rd.stateDemonym(f) || directions[f] || placeTails[f] {
			return false
		}
	}
	return true
}

// placeBefore are the words before a name that make it a place's or a thing's: "in Ali
// Sabieh", "the Hassan Fathy bridge".
var placeBefore = map[string]bool{"the": true, "in": true, "at": true, "near": true, "into": true, "across": true, "around": true,
	"outside": true, "toward": true, "towards": true, "via": true}

// writtenAlone returns the word of a person's name of two words or more, but its last,
// that the text writes alone, twice at least, as the person's name: its first ("Mobutu"
// of Mobutu Sese Seko, "Goukouni" of Goukouni Oueddei, "Souvanna" of Souvanna Phouma),
// else its second after a given name ("Kisase" of André Kisase Ngandu); not followed by a
// capitalized word. It returns "" where there is none.
func writtenAlone(text string, words []string, given func(string) bool) string {
	if len(words) < 2 {
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
	return dealNouns[w] || w == "declaration" || w == "charter" || w == "communique" || w == "communiqué" || w == "staff" || // "Chief of General Staff"
		w == "your" || w == "against" // "Mr President, Your Honours"; a lot's title in capitals, "AGAINST THE REBEL" (not "the": "Trinh Minh The")
}

// postAfter reports whether the words after a run of capitalized words (ending at field
// end) give its holder a post or a lead: an apposition ("Corneille Nangaa, a former head
// of the electoral commission", "Uhuru Kenyatta, Kenya's president"), a relative clause
// ("Sultani Makenga, who led the mutiny") or a verb of leading ("Bertrand Bisimwa heads
// the political wing"): the run is a person's name.
func postAfter(fields []string, end int, title func(string) bool) bool {
	if end <= 0 || end >= len(fields) {
		return false
	}
	word := func(k int) string {
		if k >= len(fields) {
			return ""
		}
		return strings.ToLower(strings.Trim(fields[k], ",.;:()\"“”'’"))
	}
	// titleAt: a post of one word or two ("deputy", "prime minister") at field k.
	titleAt := func(k int) bool {
		// Past the words that name no post by themselves: "the self-proclaimed caliph", not
		// "became a de facto protectorate", "became a major base".
		for n := 0; n < 2 && notPosts[word(k)]; n++ {
			k++
		}
		return !notPosts[word(k)] && (title(word(k)) || title(word(k)+" "+word(k+1)))
	}
	if !strings.HasSuffix(fields[end-1], ",") {
		if word(end) == "as" && (word(end+1) == "its" || word(end+1) == "their" || word(end+1) == "the") && title(word(end+2)) {
			return true // "with Lakhdar Brahimi as its envoy"
		}
		if word(end) == "as" && titleAt(end+1) {
			return true // "with Son Sann as prime minister and Khieu Samphan as vice-president"
		}
		if word(end) == "and" && (word(end+1) == "his" || word(end+1) == "her") {
			return true // "Pol Pot and his lieutenants fled west" (the caller keeps states out: "Sierra Leone and her allies")
		}
		if word(end) == "became" || word(end) == "becomes" {
			// "Hun Sen became his deputy", "Hun Sen became prime minister".
			k := end + 1
			if w := word(k); w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "its" || w == "their" {
				k++
			}
			return titleAt(k)
		}
		return leadVerbs[word(end)]
	}
	k := end
	if w := word(k); w == "who" && (word(k+1) == "became" || word(k+1) == "becomes") {
		k += 2 // "André Kisase Ngandu, who became the alliance's military commander"
	} else if w == "who" && (word(k+1) == "emerged" || word(k+1) == "served" || word(k+1) == "acted") && word(k+2) == "as" {
		k += 3 // "Mengistu Haile Mariam, who emerged as the Derg's undisputed chairman"
	} else if w == "who" {
		return leadVerbs[word(k+1)]
	}
	for from := k; k < len(fields) && k < from+4; {
		w := word(k)
		switch {
		case w == "a" || w == "an" || w == "the" || adjectives[w] || w == "current" || formerly[w] || postAdjectives[w]: // "the veteran leader of"
			k++
			continue
		case strings.HasSuffix(strings.Trim(fields[k], ",.;:"), "'s") || strings.HasSuffix(strings.Trim(fields[k], ",.;:"), "’s"):
			k++ // "Kenya's president"
			continue
		}
		if titleAt(k) {
			return true
		}
		break
	}
	return personNoun(fields, end, title)
}

// personNoun reports whether the name whose run ends at field end is set in apposition
// to a noun that only a person is, after an article and up to three words that qualify
// it: "Sangak Safarov, a former convict", "Son Sann, an elderly former banker", "Saad
// Haddad, a renegade army officer", "El Hadji Ag Gamou, a Tuareg officer of".
func personNoun(fields []string, end int, title func(string) bool) bool {
	if end >= len(fields) || !strings.HasSuffix(fields[end-1], ",") {
		return false
	}
	if w := strings.ToLower(fields[end]); w != "a" && w != "an" {
		return false
	}
	for k := end + 1; k < len(fields) && k <= end+4; k++ {
		f := fields[k]
		w := strings.ToLower(strings.Trim(f, ",.;:()\"“”"))
		if occupations[w] || title(w) && !notPosts[w] && !adjectives[w] {
			// The noun ends its phrase: "a former banker,", "an officer of", not "a
			// commander's son" or "a Taliban commander network".
			return strings.ContainsAny(f, ",.;:)") || k+1 < len(fields) && phraseAfter[strings.ToLower(fields[k+1])]
		}
		if strings.ContainsAny(f, ",.;:()") {
			return false
		}
	}
	return false
}

// occupations are the nouns of what a person is or does that are no post in an
// organization: after "a" in apposition to a name they make it a person's.
var occupations = map[string]bool{"convict": true, "banker": true, "lawyer": true, "businessman": true, "businesswoman": true,
	"film-maker": true, "filmmaker": true, "politician": true, "poet": true, "writer": true, "journalist": true, "academic": true,
	"professor": true, "teacher": true, "doctor": true, "physician": true, "surgeon": true, "engineer": true, "economist": true,
	"diplomat": true, "activist": true, "preacher": true, "imam": true, "strongman": true, "tycoon": true, "magnate": true,
	"smuggler": true, "trader": true, "landowner": true, "aristocrat": true, "dissident": true, "defector": true, "veteran": true,
	"soldier": true, "scholar": true, "theologian": true, "novelist": true, "playwright": true, "singer": true,
	"student": true, "guerrilla": true, "nephew": true, "son": true, "daughter": true, "brother": true, "cousin": true,
	"son-in-law": true, "brother-in-law": true, "widow": true, "wife": true, "protégé": true, "protege": true}

// phraseAfter are the words after a noun that end its phrase: "an officer of the army",
// "a lawyer who", "a cleric from Kandahar".
var phraseAfter = map[string]bool{"of": true, "who": true, "from": true, "in": true, "with": true, "whose": true, "and": true, "turned": true}

// notPosts are the words of the rules' titles that name no post after a name: "South
// Ossetia, de facto independent", "Camp Bondsteel became a major base".
var notPosts = map[string]bool{"major": true, "top": true, "former": true, "senior": true, "then": true, "de": true, "facto": true,
	"self-proclaimed": true, "acting": true}

// leadVerbs are the verbs of leading after a person's name: "Bisimwa heads the wing".
var leadVerbs = map[string]bool{"heads": true, "headed": true, "leads": true, "led": true, "commands": true, "commanded": true,
	"chairs": true, "chaired": true, "founded": true}

// ledFrom reports whether the words before a run of capitalized words (at field first)
// put it at the head of armed men: "a force under Samir Geagea", "under the lawyer Nabih
// Berri".
func ledFrom(fields []string, first int) bool {
	// "led by Sak Sutsakhan and Dien Del": past a name before "and" to the first's "by".
	if k := first - 1; k > 1 && fields[k] == "and" {
		j := k - 1
		for j > 0 && k-j <= 4 && startsUpper(fields[j]) && !strings.ContainsAny(fields[j], ",.;:()") {
			j--
		}
		if j < k-1 && ledBy(fields, j) {
			return true
		}
	}
	if ledBy(fields, first-1) {
		return true // "generals led by Sak Sutsakhan"
	}
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		w := strings.ToLower(strings.Trim(fields[k], ",.;:()"))
		if w == "under" {
			return true
		}
		if w != "the" && (w == "" || w != fields[k] || strings.ContainsAny(fields[k], ",.;:()")) {
			return false // only "the" and a noun in small letters between: "the lawyer"
		}
	}
	return false
}

// ledBy reports whether field k is the "by" of a participle of leading: "led by",
// "headed by", "commanded by", "founded by".
func ledBy(fields []string, k int) bool {
	return k > 0 && fields[k] == "by" && ledParticiples[strings.ToLower(fields[k-1])]
}

// ledParticiples are the participles of leading before "by".
var ledParticiples = map[string]bool{"led": true, "headed": true, "commanded": true, "founded": true, "co-founded": true, "chaired": true}

// oneBearer reports whether the text gives the first word of a person's name of two
// words to no other name: a given name written alone names the person where no other
// name opens with it ("Goukouni" of Goukouni Oueddei; not "Ahmad" where the text names
// Ahmad Shah Massoud and Ahmad Massoud).
func oneBearer(text string, words []string) bool {
	if len(words) != 2 {
		return false
	}
	for rest := text; ; {
		i := strings.Index(rest, words[0]+" ")
		if i < 0 {
			return true
		}
		rest = rest[i+len(words[0])+1:]
		if next, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(next) && !strings.HasPrefix(rest, words[1]) {
			return false
		}
	}
}

// singleNamed reports whether a word after a post may be a person's one name: of four
// letters or more, not in capitals, written in the text twice at least.
func singleNamed(text, word string) bool {
	if len([]rune(word)) < 4 || strings.ToUpper(word) == word || strings.ContainsAny(word, ".") {
		return false
	}
	n := 0
	for rest := text; n < 2; {
		i := strings.Index(rest, word)
		if i < 0 {
			break
		}
		before, after := rest[:i], rest[i+len(word):]
		rest = after
		r, _ := utf8.DecodeLastRuneInString(before)
		a, _ := utf8.DecodeRuneInString(after)
		if !unicode.IsLetter(r) && !unicode.IsLetter(a) {
			n++
		}
	}
	return n >= 2
}

// namedByKin reports whether the one capitalized word at field first names a person by his
// kin: after a noun of kin after a possessive ("deposed by his son Qaboos", "Birendra's
// brother Gyanendra took the throne"), written alone in the text again (singleNamed).
func namedByKin(fields []string, first int, text string) bool {
	if first < 2 || first >= len(fields) || !kinNouns[strings.ToLower(fields[first-1])] {
		return false
	}
	owner := strings.ToLower(fields[first-2])
	return (possessivePronouns[owner] || strings.HasSuffix(owner, "'s") || strings.HasSuffix(owner, "’s")) &&
		singleNamed(text, strings.Trim(fields[first], ",.;:()\"“”'’"))
}

// kinNouns are the nouns of a person's kin.
var kinNouns = map[string]bool{"son": true, "daughter": true, "brother": true, "sister": true, "father": true, "mother": true,
	"nephew": true, "niece": true, "cousin": true, "uncle": true, "wife": true, "widow": true, "husband": true,
	"half-brother": true, "son-in-law": true, "brother-in-law": true, "grandson": true}

// discoverUnits finds the units named by one word after their organization's
// possessive (possessedUnit): "the MRND's Interahamwe".
func (rd *Reader) discoverUnits(d *Document) []Found {
	var out []Found
	for _, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		fields := strings.Fields(text)
		starts := make([]int, len(fields)) // where each field opens in the text
		for k, at := 0, 0; k < len(fields); k++ {
			starts[k] = strings.Index(text[at:], fields[k]) + at
			at = starts[k] + len(fields[k])
		}
		for k := 1; k < len(fields); k++ {
			w := strings.Trim(fields[k], ",.;:()\"“”'’")
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || !rd.possessedUnit(fields, k, d.Text) {
				continue
			}
			if _, known := rd.names[spelling(alliances.Fold(w))]; known || rd.titleWord(w) {
				continue // nor a post: "Hezbollah's Secretary-General"
			}
			id := rd.freeID(strings.ToLower(alliances.Fold(w)))
			rd.add(w, id)
			rd.kinds[id] = "armed-group"
			i := starts[k] + strings.Index(fields[k], w)
			out = append(out, Found{Actor: alliances.Actor{ID: id, Name: w, Kind: "armed-group"}, Paragraph: p.N, Quote: w, Document: d.Name,
				Why: "a unit's one name after its organization's possessive", Confidence: 0.5, Start: p.Start + i, End: p.Start + i + len(w)})
		}
	}
	return out
}

// possessedUnit reports whether the one capitalized word at field first names a unit of the
// organization whose possessive comes right before it ("two youth militias, the MRND's
// Interahamwe and the CDR's Impuzamugambi"): an organization the reader knows, a word no
// post, people or place is, standing as a noun (its phrase ends after it, or a
// conjunction or a verb follows), and written in the text again.
func (rd *Reader) possessedUnit(fields []string, first int, text string) bool {
	if first < 1 || first >= len(fields) {
		return false
	}
	owner, ok := strings.CutSuffix(fields[first-1], "'s")
	if !ok {
		if owner, ok = strings.CutSuffix(fields[first-1], "’s"); !ok {
			return false
		}
	}
	id := rd.names[spelling(strings.TrimPrefix(alliances.Fold(strings.Trim(owner, "\"“”(")), "the "))]
	if k := rd.kinds[id]; id == "" || strings.HasPrefix(id, "@") || k == "" || k == "individual" || k == "state" || k == alliances.Category {
		return false
	}
	w := strings.Trim(fields[first], ",.;:()\"“”'’")
	f := alliances.Fold(w)
	if rd.given[f] || rd.stateWord([]string{f}, 0) || rd.capitals[spelling(f)] || calendarWords[f] || occupations[f] || adjectives[f] || bodyWords[f] || placeHeads[f] {
		return false
	}
	ends := strings.ContainsAny(fields[first][len(fields[first])-1:], ",.;:)")
	if !ends && (first+1 >= len(fields) || !unitFollowers[strings.ToLower(fields[first+1])]) {
		return false
	}
	return singleNamed(text, w)
}

// unitFollowers are the words after a unit's one name that leave it a noun: "the MRND's
// Interahamwe and the CDR's", "Fatah's Tanzim was".
var unitFollowers = map[string]bool{"and": true, "or": true, "which": true, "who": true, "was": true, "were": true, "is": true,
	"are": true, "had": true, "has": true, "have": true}

// patronymic reports whether a person's name of up to six words holds a patronymic's
// particle, as long Arabic names do: "Mohammed bin Abdulrahman Al Thani".
func patronymic(words []string) bool {
	return len(words) <= 6 && slices.ContainsFunc(words[1:], func(w string) bool { return w == "bin" || w == "ibn" || w == "bint" })
}

// genericHeads are the nouns of organizations after a name's own word, which the name

// holdersOf cuts a run that holds a post and its holder before "of" in two: "Iranian
// Brigadier General Mohammad Jamali-Paqaleh of the Revolutionary Guards" names an
// individual, a member of the organization after "of" (read with the sentence's posts),
// not one organization; so does an organization's name before "of" and a person's after
// it ("the Rwandan Patriotic Front of Paul Kagame").
func (rd *Reader) holdersOf(runs []nameRun) []nameRun {
	var out []nameRun
	for _, r := range runs {
		k := slices.Index(r.words, "of")
		// "the Rwandan Patriotic Front of Paul Kagame": an organization's name by its form,
		// then a person's that opens with a given name, after "of".
		// So "the Rally for Democracy and Liberty of Mahamat Nour", its form's word first.
		formed := k >= 2 && (rd.formWords[alliances.Fold(r.words[k-1])] || rd.formWords[alliances.Fold(r.words[0])] && r.words[1] == "for")
		led := formed && len(r.words)-k-1 >= 2 && len(r.words)-k-1 <= 4 &&
			rd.given[alliances.Fold(strings.SplitN(r.words[k+1], "-", 2)[0])]
		if !led && (k <= 2 || k+1 >= len(r.words) || !rd.postAndHolder(r.words[:k])) {
			out = append(out, r)
			continue
		}
		rest := nameRun{words: r.words[k+1:], first: r.first + k + 1, end: r.end, before: "of", possessive: r.possessive, acronym: r.acronym}
		if rest.words[0] == "the" && len(rest.words) > 1 {
			rest.words, rest.first, rest.before = rest.words[1:], rest.first+1, "the"
		}
		r.words, r.end, r.possessive, r.acronym = r.words[:k], r.first+k, false, ""
		out = append(out, r, rest)
	}
	return out
}

// postAndHolder reports whether words hold a post and then its holder's name, three words
// or more together: "Iranian Brigadier General Mohammad Jamali-Paqaleh", "Brigadier
// General Haftar", not "General Command".
func (rd *Reader) postAndHolder(words []string) bool {
	ts := tokens(strings.Join(words, " "), 0)
	for i := range ts {
		if n := rd.titleAt(ts, i); n > 0 && len(ts) > i+n && len(ts)-i >= 3 {
			return true
		}
	}
	return false
}

// crowns are the titles of monarchs that, with "of" and a state, name their holder:
// "the Shah of Iran".
var crowns = map[string]bool{"shah": true, "sultan": true, "negus": true, "emperor": true, "khan": true, "amir": true}

// ownedPeople reports whether the people's word at token i qualifies the men of an owner
// named by a possessive before it, past the other peoples of a list: "its Arab and Uzbek
// cadres", "al-Qaeda's Uzbek fighters".
func ownedPeople(ts []token, i int) bool {
	h := i + 1
	for h < len(ts) && (ts[h].upper || ts[h].word == "and") && !strings.ContainsAny(ts[h].pre, ",;:()") {
		h++
	}
	if h >= len(ts) || !cadreNouns[ts[h].word] {
		return false // "its Zairian allies", "his Turkish counterpart": the state
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch {
		case ownPronouns[ts[k].word] || ts[k].possessive:
			return !strings.ContainsAny(ts[k+1].pre, ";:()")
		case ts[k].word == "and" || ts[k].upper && strings.TrimSpace(ts[k+1].pre) != "-":
		default:
			return false
		}
	}
	return false
}

// cadreNouns are the nouns of an organization's own men, whom a people's word before them
// only describes.
var cadreNouns = map[string]bool{"cadres": true, "cadre": true, "fighters": true, "members": true, "recruits": true, "militants": true,
	"jihadists": true, "volunteers": true, "followers": true, "commanders": true, "operatives": true}
