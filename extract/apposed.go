package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// What a name is by the noun set beside it: "Taqaddum, a civilian coalition", "MONUSCO,
// the UN stabilisation mission", "the Wazalendo ("patriots" in Swahili), a loose
// coalition of".

// discoverApposed finds the organizations a report names with no form of an
// organization's name, where it sets a noun of a body in apposition after the name: an
// article, up to four words that qualify the noun, and the noun, which ends its phrase.
// The noun gives the kind. Not a name the reader knows, a state's or a people's word, a
// sentence's opening adverb, nor a name in the possessive.
func (rd *Reader) discoverApposed(d *Document) []Found {
	var out []Found
	for _, p := range d.Paragraphs {
		for _, sp := range p.Sentences {
			text := d.Text[sp.Start:sp.End]
			apposed := strings.Contains(text, ", a") || strings.Contains(text, ", the") || strings.Contains(text, ", an")
			defined := strings.Contains(text, " is ") || strings.Contains(text, " are ") || strings.Contains(text, " was ") || strings.Contains(text, " were ")
			if !apposed && !defined {
				continue // (only sentences with an apposition or a copula: tokens are dear)
			}
			ts := tokens(text, sp.Start)
			if apposed {
				out = append(out, rd.apposedIn(d, p, ts)...)
			}
			if defined {
				out = append(out, rd.definedIn(d, p, ts)...)
			}
		}
	}
	return out
}

// apposedIn finds the names set beside a noun of a body in a sentence's tokens.
func (rd *Reader) apposedIn(d *Document, p Paragraph, ts []token) []Found {
	var out []Found
	for i := 0; i < len(ts); i++ {
		if !ts[i].upper || i > 0 && ts[i-1].upper && !ts[i-1].possessive && !strings.ContainsAny(ts[i].pre, ",;:()\"“”") || i > 1 && joinedLower(ts, i-1) {
			continue
		}
		// The run of capitalized words, joined by spaces or hyphens, and by a short word
		// joined by a hyphen ("Ittihad-i Islami").
		j := i + 1
		for j < len(ts) && j-i < 4 && (ts[j].upper || joinedLower(ts, j)) && strings.Trim(ts[j].pre, " -") == "" {
			j++
		}
		if j >= len(ts) || slices.ContainsFunc(ts[i:j], func(t token) bool { return t.possessive }) {
			continue // nor "Jonas Savimbi's UNITA, the Angolan rebel movement": a name its possessor qualifies
		}
		a := j // the article of the noun set beside the name, past a gloss in parentheses
		if strings.Contains(ts[a].pre, "(") && !strings.Contains(ts[a].pre, ",") {
			for a < len(ts) && a-j < 10 && !strings.Contains(ts[a].pre, ")") {
				a++
			}
		}
		if a == j && strings.Contains(ts[a].pre, ")") {
			continue // a name inside parentheses: "(\"patriots\" in Swahili), a loose coalition"
		}
		if a >= len(ts) || !strings.Contains(ts[a].pre, ",") || strings.ContainsAny(strings.TrimLeft(ts[a].pre, ")\"”’ "), ";:(") {
			continue
		}
		kind, noun := apposedKind(ts, a)
		if kind == "" {
			continue
		}
		if f, ok := rd.apposedFind(d, p, ts, i, j, kind, noun); ok {
			out = append(out, f)
		}
	}
	return out
}

// definedIn finds the name a sentence opens with where a copula and a noun of a body
// define it: "The Shabiha are unofficial pro-government militias", "Taqaddum is a
// civilian coalition". Not a name in the possessive, nor one the noun's phrase goes on
// past ("The Shabiha are militias' enforcers").
func (rd *Reader) definedIn(d *Document, p Paragraph, ts []token) []Found {
	i := 0
	if len(ts) > 0 && ts[0].word == "the" {
		i = 1
	}
	j := i
	for j < len(ts) && j-i < 4 && ts[j].upper && !ts[j].possessive && (j == i || strings.Trim(ts[j].pre, " -") == "") {
		j++
	}
	if j == i || j+1 >= len(ts) || !definingCopulas[ts[j].word] || strings.Trim(ts[j].pre, " *_") != "" {
		return nil
	}
	kind, noun := apposedKind(ts, j+1)
	if kind == "" && ts[j+1].word != "a" && ts[j+1].word != "an" && ts[j+1].word != "the" {
		kind, noun = bodyNounAfter(ts, j) // "are unofficial pro-government militias"
	}
	if kind == "" || kind == "other" {
		return nil // "The Shona are the largest ethnic group": a people, no body
	}
	if f, ok := rd.apposedFind(d, p, ts, 0, j, kind, noun); ok {
		f.Why = "a name a copula defines by a noun of a body: " + strings.TrimPrefix(noun, ts[j].word+" ")
		return []Found{f}
	}
	return nil
}

// definingCopulas are the copulas that define the name before them.
var definingCopulas = map[string]bool{"is": true, "are": true, "was": true, "were": true}

// apposedFind makes the actor of the name ts[i:j], set beside a noun of kind kind.
func (rd *Reader) apposedFind(d *Document, p Paragraph, ts []token, i, j int, kind, noun string) (Found, bool) {
	start := i
	if ts[i].word == "the" {
		start++ // "The Wazalendo, a loose coalition"
	}
	if start >= j {
		return Found{}, false
	}
	// Not a list's last item ("Qusayr, Homs and Aleppo, the armed wing of"), the end of a
	// longer name ("Islamic Movement of Azawad, an Ansar Dine breakaway group"), nor a
	// place ("around Lake Chad, a coalition of Western African countries launched").
	if i > 0 && (strings.Contains(ts[i].pre, ",") || ts[i-1].word == "and" || ts[i-1].word == "or" || ts[i-1].word == "of" ||
		ts[i-1].word == "for" || placePreps[ts[i-1].word] || rd.places[ts[i-1].word] || areaPreps[ts[i-1].word]) {
		return Found{}, false
	}
	words := make([]string, 0, j-start)
	for _, t := range ts[start:j] {
		words = append(words, t.word)
	}
	folded := strings.Join(words, " ")
	if _, known := rd.names[spelling(folded)]; known || rd.stateWord(words, 0) || sideWords[words[0]] || opening[words[0]] || strings.Contains(months, words[0]) && len(words[0]) >= 3 {
		return Found{}, false
	}
	// A sentence's opening word is no name where it is an adverb: "However, the group";
	// nor is a phrase a preposition or a word of time opens: "Across Borno State, a
	// movement of vigilantes grew", "Last Tuesday, the army".
	if i == 0 && j-start == 1 && !ts[start].caps && (strings.HasSuffix(words[0], "ly") || transitions[words[0]]) ||
		prepositions[words[0]] || areaPreps[words[0]] || openingWords[words[0]] {
		return Found{}, false
	}
	name := d.Text[ts[start].start:ts[j-1].end]
	id := rd.freeID(strings.ReplaceAll(folded, " ", "-"))
	rd.add(name, id)
	rd.kinds[id] = kind
	if f := strings.Fields(noun); len(f) > 0 {
		rd.nameWord(id, f[len(f)-1]) // "the company" is the one set beside "a South African company"
	}
	return Found{Actor: alliances.Actor{ID: id, Name: name, Kind: kind}, Paragraph: p.N, Quote: name, Document: d.Name,
		Why: "a name set beside a noun of a body: " + noun, Confidence: 0.5, Start: ts[start].start, End: ts[j-1].end}, true
}

// apposedKind returns the kind of organization the noun phrase at token a names (an
// article, up to four words that qualify the noun, the noun, which ends the phrase), and
// its words; or "".
func apposedKind(ts []token, a int) (string, string) {
	if w := ts[a].word; w != "a" && w != "an" && w != "the" {
		return "", ""
	}
	return bodyNounAfter(ts, a)
}

// bodyNounAfter returns the kind of organization the noun phrase after token a names (up to
// four words that qualify the noun, then the noun, which ends the phrase), and its words
// from a; or "".
func bodyNounAfter(ts []token, a int) (string, string) {
	split := false // "a splinter group"
	for k := a + 1; k < len(ts) && k <= a+5; k++ {
		if k > a+1 && strings.ContainsAny(ts[k].pre, ",;:()") {
			return "", ""
		}
		if notQualifiers[ts[k].word] || ts[k].possessive {
			return "", "" // "a city run by the party", "the headquarters of the force", "the group's ally"
		}
		kind, ok := apposedNouns[ts[k].word]
		if !ok {
			continue
		}
		if k+1 < len(ts) && !strings.ContainsAny(ts[k+1].pre, ",.;:)") && apposedNouns[ts[k+1].word] != "" {
			if kind == "faction" {
				split = true
			}
			continue // "a splinter group": the noun after, a faction
		}
		if k+1 < len(ts) && !strings.ContainsAny(ts[k+1].pre, ",.;:)") && !phraseAfter[ts[k+1].word] && !apposedAfter[ts[k+1].word] && !participleAfter(ts[k+1].word) {
			return "", "" // "a coalition government", "the militia's leader"
		}
		quals := ts[a+1 : k]
		international := slices.ContainsFunc(quals, func(t token) bool { return internationalWords[t.word] })
		armed := slices.ContainsFunc(quals, func(t token) bool { return armedWords[t.word] })
		commercial := ts[k].word == "company" || ts[k].word == "firm" || ts[k].word == "contractor"
		switch {
		case international && !commercial && (kind == "state-organ" || kind == "force" || kind == "other"):
			kind = "international-organization"
		case kind == "force" && armed || kind == "group" && armed:
			kind = "armed-group"
		case kind == "force":
			kind = "armed-group"
		case kind == "group" && split:
			kind = "faction"
		case kind == "group":
			kind = "other"
		}
		words := make([]string, 0, k-a+1)
		for _, t := range ts[a : k+1] {
			words = append(words, t.word)
		}
		return kind, strings.Join(words, " ")
	}
	return "", ""
}

// joinedLower reports whether token j is a short word in lower case joined by a hyphen
// to the capitalized word before it, inside a name that goes on with another: the "i"
// of "Ittihad-i Islami", the "e" of "Hizb-e Islami".
func joinedLower(ts []token, j int) bool {
	return j > 0 && j+1 < len(ts) && !ts[j].upper && len(ts[j].word) <= 3 && ts[j].pre == "-" && ts[j-1].upper &&
		ts[j+1].upper && strings.Trim(ts[j+1].pre, " -") == ""
}

// apposedNouns are the nouns of bodies set beside a name, and the kind of actor each
// makes it ("force" and "group" as their qualifiers say).
var apposedNouns = map[string]string{"coalition": "coalition", "alliance": "coalition", "umbrella": "coalition", "bloc": "coalition",
	"platform": "coalition", "grouping": "coalition", "confederation": "coalition", "militia": "militia", "party": "party",
	"faction": "faction", "wing": "faction", "offshoot": "faction", "splinter": "faction", "mission": "international-organization",
	"force": "force", "group": "group", "movement": "group", "organisation": "group", "organization": "group", "network": "group",
	"company": "other", "firm": "other", "contractor": "other", "parliament": "state-organ", "legislature": "state-organ",
	"ministry": "state-organ", "agency": "other", "commission": "other", "council": "other", "committee": "other",
	"militias": "militia", "factions": "faction", "movements": "group", "groups": "group", "parties": "party"}

// apposedAfter are the words after a body's noun that go on telling what the body is:
// "a coalition led by", "a militia based in", "a group that".
var apposedAfter = map[string]bool{"led": true, "based": true, "founded": true, "formed": true, "that": true, "which": true,
	"backed": true, "made": true, "set": true, "created": true, "known": true, "run": true, "headed": true, "linked": true,
	"allied": true, "loyal": true, "close": true, "drawn": true, "active": true, "operating": true, "fighting": true, "for": true,
	"against": true, "at": true, "under": true, "on": true, "since": true, "to": true}

// participleAfter reports whether a word after a body's noun goes on telling what the
// body is, as a participle or a superlative does: "a company built from veterans", "the
// party closest to the Saudis".
func participleAfter(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") || irregularParticiples[w] || apposedSuperlatives[w]
}

var irregularParticiples = map[string]bool{"built": true, "drawn": true, "grown": true, "born": true, "kept": true, "paid": true,
	"held": true, "sent": true, "trained": true, "armed": true, "begun": true, "taken": true, "split": true, "broken": true}

var apposedSuperlatives = map[string]bool{"closest": true, "nearest": true, "largest": true, "biggest": true, "strongest": true, "oldest": true,
	"most": true, "best": true, "main": true, "only": true}

// internationalWords make a body's noun an international organization's: "the UN
// stabilisation mission", "a regional force".
var internationalWords = map[string]bool{"un": true, "u.n": true, "united": true, "international": true, "regional": true,
	"multinational": true, "peacekeeping": true, "intergovernmental": true, "au": true, "eu": true, "ecowas": true, "sadc": true,
	"nato": true, "intervention": true}

// notQualifiers are the words that end a noun phrase before a body's noun, which then
// is another noun's: "a city run by the party", "a city close to the militia", "an ally
// of the group", "a city with a UN mission".
var notQualifiers = map[string]bool{"of": true, "by": true, "to": true, "with": true, "in": true, "for": true, "from": true, "on": true,
	"at": true, "run": true, "close": true, "near": true, "that": true, "which": true, "who": true, "whose": true, "like": true, "than": true}

// armedWords make a group or force an armed group: "a Hutu armed group", "a jihadist
// movement".
var armedWords = map[string]bool{"armed": true, "rebel": true, "jihadist": true, "jihadi": true, "militant": true, "insurgent": true,
	"islamist": true, "guerrilla": true, "separatist": true, "paramilitary": true, "terrorist": true, "salafist": true,
	"salafi-jihadist": true, "mercenary": true, "vigilante": true, "self-defence": true, "self-defense": true}

// transitions are the adverbs that open a sentence before a comma: "However, the
// group".
var transitions = map[string]bool{"however": true, "meanwhile": true, "moreover": true, "nevertheless": true, "nonetheless": true,
	"instead": true, "still": true, "yet": true, "thus": true, "therefore": true, "indeed": true, "today": true, "later": true,
	"afterwards": true, "first": true, "second": true, "third": true, "finally": true, "overall": true, "elsewhere": true,
	"again": true, "then": true, "now": true, "here": true, "there": true, "also": true, "besides": true, "furthermore": true,
	"hence": true, "otherwise": true, "soon": true, "once": true, "together": true, "above": true, "below": true, "yesterday": true}

// openCounts count the members of a name they open: "Some Home Guard units", "Most of
// the Party" ("All" opens names of its own: "All Parties Hurriyat Conference").
var openCounts = map[string]bool{"Some": true, "Many": true, "Most": true, "Several": true, "Few": true, "Each": true,
	"Every": true, "Both": true}

// areaPreps are the prepositions of a place besides the rules' ("around Lake Chad").
var areaPreps = map[string]bool{"around": true, "from": true, "to": true, "toward": true, "towards": true, "outside": true,
	"across": true, "over": true, "through": true, "beyond": true}

// openingWords open a phrase of place or time before a sentence's comma.
var openingWords = map[string]bool{"another": true, "one": true, "others": true, "some": true, "many": true, "most": true, "both": true,
	"each": true, "all": true, "several": true, "neither": true, "either": true, "none": true, "across": true, "besides": true, "along": true, "within": true, "inside": true, "despite": true,
	"last": true, "next": true, "this": true, "that": true, "during": true, "after": true, "before": true, "since": true, "until": true,
	"throughout": true, "beyond": true, "amid": true, "among": true, "outside": true, "upon": true, "unlike": true, "like": true,
	"following": true, "early": true, "late": true, "later": true, "earlier": true, "today": true, "yesterday": true, "meanwhile": true}

// namedBodyNouns are the nouns of bodies that, after "the" and a word or two that qualify
// them, set a name right after them: "the Pamiri movement Lali Badakhshon", "the rebel
// group Raia Mutomboki"; and the kind of body each names (a movement or group an armed
// one only where a word of arms qualifies it: "the rights group Amnesty International" is
// of kind other).
var namedBodyNouns = map[string]string{"movement": "armed-group", "group": "armed-group", "militia": "militia", "party": "party",
	"faction": "faction", "coalition": "coalition"}

// bodyBefore returns the kind of body whose noun stands right before the name run opening
// at field first, after "the" and at most two words that qualify it, with no punctuation
// between (a field with a comma is no noun's); or "".
func bodyBefore(fields []string, first int) string {
	if first < 2 {
		return ""
	}
	kind := namedBodyNouns[fields[first-1]] // in lower case, and no punctuation after: not "the Democratic Party", "the movement, X"
	if kind == "" {
		return ""
	}
	armed := false // "the rebel group", not "the rights group Amnesty International"
	for k := first - 2; k >= 0 && k >= first-4; k-- {
		w := strings.Trim(fields[k], "\"“”'’*_")
		switch {
		case w == "the" || w == "The":
			if kind == "armed-group" && !armed {
				return "other"
			}
			return kind
		case strings.ContainsAny(fields[k], ",.;:()"):
			return ""
		}
		armed = armed || armedWords[strings.ToLower(w)]
	}
	return ""
}

// appositionPart reports whether b, in an apposition to a, names the whole a is part of:
// "Turkey, a NATO member", "Hizb-e Islami, a Taliban faction", "X, the Taliban's armed
// wing".
func appositionPart(ts []token, a, b mention) bool {
	k := a.end // the article after the comma
	if k >= len(ts) || !strings.Contains(ts[k].pre, ",") {
		return false
	}
	switch {
	case (ts[k].word == "a" || ts[k].word == "an") && b.first == k+1:
	case ts[k].word == "the" && (b.first == k+1 || b.first == k) && ts[b.end-1].possessive: // "the Party's" is a name with its article
	case ts[k].word == "the" && b.first == k+1 && b.end+1 < len(ts) && !ts[b.end].upper && missionNouns[ts[b.end+1].word] && strings.TrimSpace(ts[b.end].pre) == "":
		return true // "MONUSCO, the UN stabilisation mission": a body's mission
	default:
		return false
	}
	n := b.end + partAdjective(ts, b.end)
	return n < len(ts) && appositionNouns[ts[n].word] && strings.TrimSpace(ts[b.end].pre) == ""
}

// partAdjective returns 1 where the word at k qualifies a part's noun ("armed wing",
// "political wing", "local branch"), else 0.
func partAdjective(ts []token, k int) int {
	if k+1 < len(ts) && (ts[k].word == "armed" || ts[k].word == "military" || ts[k].word == "political" || ts[k].word == "local" ||
		ts[k].word == "regional" || ts[k].word == "main" || wingAdjectives[ts[k].word]) && appositionNouns[ts[k+1].word] {
		return 1
	}
	return 0
}

// wingAdjectives are the words that name what a wing does, before "wing" or "arm": "the
// Party's civilian wing", "its youth wing".
var wingAdjectives = map[string]bool{"civilian": true, "youth": true, "student": true, "students": true, "women's": true, "paramilitary": true,
	"underground": true, "clandestine": true, "urban": true, "intelligence": true, "propaganda": true, "mass": true}

// missionNouns are the nouns of a body's mission after a word that qualifies it: "the UN
// stabilisation mission", "the AU peacekeeping force".
var missionNouns = map[string]bool{"mission": true, "force": true, "operation": true}

// appositionNouns are the nouns of a part that an apposition names with its whole.
var appositionNouns = map[string]bool{"member": true, "members": true, "faction": true, "affiliate": true, "branch": true,
	"wing": true, "unit": true, "subsidiary": true, "arm": true}
