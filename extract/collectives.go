package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// collective is a side a report names by a collective noun: "the Islamists", "Tuareg
// rebels", "Islamist groups".
type collective struct {
	qualifier, head string   // folded: "tuareg", "rebels"; "" and "islamists"
	forms           []string // every form met, as written
	count           int
	at              token
	n               int // the paragraph where first met
}

// discoverCollectives finds the sides a report names by a collective noun of armed men
// (rules.yaml, collectives) rather than by an organization's name: "the Islamists",
// "Islamist groups" and "Islamist forces" as one side, "Tuareg rebels" (a people's or a
// state's word before the noun) as another. Each named twice or more becomes an actor of
// kind category, the report's name for a side it tells of as one: the ties it is party
// to speak of the side, not of a group. A bare noun ("the rebels") is the one qualified
// side of that noun where the report names one alone ("Tuareg rebels"), else its own.
func (rd *Reader) discoverCollectives(d *Document) []Found {
	heads := map[string]string{} // the plural noun -> itself, and its adjective ("islamist") -> the plural
	for _, h := range rd.rules.Collectives {
		f := alliances.Fold(h)
		heads[f] = f
		heads[strings.TrimSuffix(f, "s")] = f
	}
	byKey := map[[2]string]*collective{}
	var order [][2]string
	for _, p := range d.Paragraphs {
		ts := tokens(d.Text[p.Start:p.End], p.Start)
		starts := map[int]bool{}
		for _, sp := range p.Sentences {
			starts[sp.Start] = true
		}
		for i := 0; i < len(ts); i++ {
			t := ts[i]
			head, ok := heads[t.word]
			if !ok || strings.Contains(t.pre, "-") || i+1 < len(ts) && strings.Contains(ts[i+1].pre, "-") {
				continue // "anti-rebel", "Islamist-held": the word qualifies something else
			}
			if i >= 2 && ts[i-1].word == "of" && ts[i-2].upper && t.upper {
				continue // "Army of Mujahideen", "Council of Militias": a name's last word
			}
			first, end := i, i+1
			if t.word != head {
				// The adjective names the side only before a noun of groups or men:
				// "Islamist groups", "rebel forces", not "an Islamist ideology".
				if i+1 >= len(ts) || !collectiveNouns[ts[i+1].word] || strings.TrimSpace(ts[i+1].pre) != "" {
					continue
				}
				end = i + 2
			}
			qualifier := ""
			if q := i - 1; q >= 0 && ts[q].upper && !ts[q].caps && strings.TrimSpace(t.pre) == "" {
				if q > 0 && (ts[q-1].upper || nameParticles[ts[q-1].word]) && strings.TrimSpace(ts[q].pre) == "" {
					continue // "Ansar Dine rebels", "Jama'at Nasr al-Islam wal Muslimin Islamists": the men of a group named before
				}
				switch h, ok := heads[ts[q].word]; {
				case ok && h != ts[q].word:
					head, first = h, q // "Islamist rebels" are of the Islamists
				case rd.qualifies(ts, q, q == 0 || starts[ts[q].start] || strings.ContainsAny(ts[q].pre, "–—:*•")):
					qualifier, first = ts[q].word, q
				}
			}
			key := [2]string{qualifier, head}
			c := byKey[key]
			if c == nil {
				c = &collective{qualifier: qualifier, head: head, at: ts[first], n: p.N}
				byKey[key] = c
				order = append(order, key)
			}
			c.count++
			form := d.Text[ts[first].start:ts[end-1].end]
			if !slices.Contains(c.forms, form) {
				c.forms = append(c.forms, form)
			}
			i = end - 1
		}
	}
	// A bare noun is the side of its one qualified form, where there is one, qualified by a
	// people's or a state's word ("the rebels" of a report that names the Tuareg ones).
	for _, key := range order {
		c := byKey[key]
		if key[0] != "" {
			continue
		}
		var qualified []*collective
		for _, k := range order {
			if k[0] != "" && k[1] == key[1] {
				qualified = append(qualified, byKey[k])
			}
		}
		if len(qualified) == 1 && !sideWords[qualified[0].qualifier] && !rd.stateWord([]string{qualified[0].qualifier}, 0) {
			continue
		}
		if len(qualified) == 1 {
			q := qualified[0]
			q.count += c.count
			q.forms = append(q.forms, c.forms...)
			delete(byKey, key)
		}
	}
	var out []Found
	for _, key := range order {
		c := byKey[key]
		if c == nil || c.count < 2 {
			continue
		}
		name := c.head
		if c.qualifier != "" {
			name = d.Text[c.at.start:c.at.end] + " " + c.head
		}
		name = upperFirst(name)
		if _, known := rd.names[spelling(alliances.Fold(name))]; known {
			continue
		}
		base := strings.ReplaceAll(alliances.Fold(name), " ", "-")
		id := rd.freeID(base)
		a := alliances.Actor{ID: id, Name: name, Kind: alliances.Category}
		rd.add(name, id)
		for _, f := range c.forms {
			if alliances.Fold(f) != alliances.Fold(name) && !slices.Contains(a.Aliases, f) {
				a.Aliases = append(a.Aliases, f)
			}
			if _, taken := rd.names[spelling(alliances.Fold(f))]; !taken {
				rd.add(f, id)
			}
			rd.wrote(f, spelling(alliances.Fold(f))) // "guerrillas", its name "Guerrillas" written by the reader
		}
		rd.kinds[id] = alliances.Category
		if rd.sides == nil {
			rd.sides = map[string]bool{}
		}
		rd.sides[id] = true
		out = append(out, Found{Actor: a, Paragraph: c.n, Quote: c.forms[0], Document: d.Name,
			Why:        fmt.Sprintf("a collective noun of armed men, named %d times: the report's name for a side", c.count),
			Confidence: 0.5, Start: c.at.start, End: c.at.start + len(c.forms[0])})
	}
	return out
}

// qualifies tells whether the capitalized word at q qualifies a collective noun after it
// as a people's or a state's word ("Tuareg", "Syrian"), not as the name of an actor the
// reader knows ("Houthi rebels" are the Houthis) nor as a word that begins the sentence.
func (rd *Reader) qualifies(ts []token, q int, sentenceStart bool) bool {
	w := ts[q].word
	if len(w) < 3 || determiners[w] || opening[w] || slices.Contains(strings.Split(months, "|"), w) {
		return false
	}
	if rd.stateWord([]string{w}, 0) {
		return true
	}
	if _, known := rd.names[spelling(w)]; known {
		return false
	}
	return sideWords[w] || !sentenceStart
}

// someOf tells whether the collective noun of a side found, at i and n words long, names
// some of its men rather than the side: after a quantity ("any rebels", "dozens of
// rebels") or before examples ("Islamist factions such as Ahrar al-Sham", which names
// them).
func (rd *Reader) someOf(ts []token, i, n int) bool {
	if k := i + n; k < len(ts) && (ts[k].word == "such" || ts[k].word == "including" || ts[k].word == "like" ||
		ts[k].word == "especially" || ts[k].word == "notably") {
		return true
	}
	if i > 0 && ts[i-1].word == "of" && strings.TrimSpace(ts[i].pre) == "" {
		i--
	}
	return i > 0 && strings.TrimSpace(ts[i].pre) == "" && (quantities[ts[i-1].word] || quantity(ts[i-1].word))
}

// quantities are the words before a collective noun that count some of its men.
var quantities = map[string]bool{"any": true, "some": true, "several": true, "many": true, "few": true, "dozens": true,
	"hundreds": true, "thousands": true, "numerous": true, "number": true, "individual": true, "most": true, "more": true}

// nameParticles are the lowercase words inside transliterated names: "Jama'at Nasr
// al-Islam wal Muslimin", "Osama bin Laden".
var nameParticles = map[string]bool{"al": true, "el": true, "ash": true, "bin": true, "ibn": true, "abu": true, "wal": true, "wa": true, "ul": true, "de": true,
	"da": true, "dos": true, "das": true, "du": true, "van": true, "von": true, "del": true, "della": true}

// peopleParticles are the particles of nameParticles that join a name's words only where
// a given name opens the name: "José Eduardo dos Santos", not "Mocímboa da Praia".
var peopleParticles = map[string]bool{"da": true, "dos": true, "das": true, "du": true, "van": true, "von": true, "del": true, "della": true}

// collectiveNouns are the nouns of groups and men after an adjective of a side: "Islamist
// groups", "rebel forces".
var collectiveNouns = map[string]bool{"groups": true, "forces": true, "fighters": true, "militants": true, "factions": true,
	"movements": true, "militias": true, "organizations": true, "organisations": true}

// upperFirst writes a name's first letter as a capital.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// discoverPlurals finds the groups a report names in the plural after "the", with a
// capital and no actor the reader knows by the name ("the Houthis", "the Sunnis"),
// named twice or more: each an actor of kind other, for the reviewer to make a movement,
// a people or a category, known by its singular too ("Houthi forces"). Not a state's
// people ("the Saudis": the rules' demonyms), nor a collective noun ("the Islamists").
func (rd *Reader) discoverPlurals(d *Document) []Found {
	seen := map[string]int{}
	first := map[string][2]int{} // the plural -> its first paragraph and byte
	var order []string
	for _, p := range d.Paragraphs {
		ts := tokens(d.Text[p.Start:p.End], p.Start)
		for i := 1; i < len(ts); i++ {
			t := ts[i]
			if ts[i-1].word != "the" || !t.upper || t.caps || t.possessive || len(t.word) < 5 || !strings.HasSuffix(t.word, "s") ||
				strings.HasSuffix(t.word, "ss") || i+1 < len(ts) && ts[i+1].upper && strings.TrimSpace(ts[i+1].pre) == "" {
				continue // "the Houthis", not "the Houthis Movement", "the Philippines Army"
			}
			if _, known := rd.names[spelling(t.word)]; known && !(rd.surname(spelling(t.word)) && singularWritten(d.Text, t)) || rivers[t.word] || notGroups[t.word] || strings.HasSuffix(t.word, "us") || i >= 2 && (rd.places[ts[i-2].word] || ts[i-2].word == "along") {
				continue // "the Euphrates", "across the Balkans": a place
			}
			if _, known := rd.names[spelling(strings.TrimSuffix(t.word, "s"))]; known && !(rd.surname(spelling(strings.TrimSuffix(t.word, "s"))) && singularWritten(d.Text, t)) {
				continue
			}
			if _, demonym := rd.rules.Aliases[t.word]; demonym || slices.Contains(rd.rules.Collectives, t.word) || rd.rules.States[d.Text[t.start:t.end]] != "" {
				continue
			}
			if seen[t.word] == 0 {
				order = append(order, t.word)
				first[t.word] = [2]int{p.N, t.start}
			}
			seen[t.word]++
		}
	}
	var out []Found
	for _, w := range order {
		if seen[w] < 2 {
			continue
		}
		at := first[w]
		name := d.Text[at[1] : at[1]+len(w)]
		id := rd.freeID(w)
		singular := strings.TrimSuffix(name, "s")
		if key := spelling(alliances.Fold(name)); rd.surname(key) {
			rd.names[key] = id // "the Houthis", no longer a surname read as no one
			delete(rd.ambiguous, key)
		}
		rd.add(name, id)
		aliases := []string{}
		if _, known := rd.names[spelling(alliances.Fold(singular))]; !known && strings.Contains(d.Text, " "+singular+" ") && !strings.Contains(d.Text, " "+strings.ToLower(singular)+" ") {
			rd.add(singular, id) // "Houthi forces", "a Houthi attack"; not "Time" for "the Times" ("at the time")
			aliases = append(aliases, singular)
		}
		rd.kinds[id] = "other"
		out = append(out, Found{Actor: alliances.Actor{ID: id, Name: name, Aliases: aliases, Kind: "other"}, Paragraph: at[0], Quote: name,
			Document: d.Name, Why: fmt.Sprintf("a name in the plural after \"the\", named %d times: a movement, a people or a category", seen[w]),
			Confidence: 0.5, Start: at[1], End: at[1] + len(name)})
	}
	return out
}

// singularWritten reports whether the text writes the plural at t in the singular too, a
// word of its own or a name's last part ("al-Houthi" of "the Houthis"); not "Santos" of
// "the Santos government", a surname of its own.
func singularWritten(text string, t token) bool {
	singular := strings.TrimSuffix(text[t.start:t.end], "s")
	for i := strings.Index(text, singular); i >= 0; {
		if e := i + len(singular); e == len(text) || !wordByte(text[e]) {
			return true
		}
		next := strings.Index(text[i+1:], singular)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// surname says whether a name the reader knows is only a man's or men's: "Houthi" of
// Hussein al-Houthi, or of him and his brothers. "The Houthis" are then their movement or
// their family, and "Houthi" alone theirs too.
func (rd *Reader) surname(key string) bool {
	id := rd.names[key]
	if id == "@ambiguous" {
		for _, other := range rd.ambiguous[key] {
			if rd.kinds[other] != "individual" {
				return false
			}
		}
		return len(rd.ambiguous[key]) > 0
	}
	return rd.kinds[id] == "individual"
}

// pluralHeads makes a plural the text names after "the" twice or more, with a capital, an
// alias of the one organization found whose name holds it as a word: "the Tigers" are the
// Liberation Tigers of Tamil Eelam, "a Tiger ambush" theirs. It returns the finds with
// the aliases added.
func (rd *Reader) pluralHeads(d *Document, found []Found) []Found {
	seen := map[string]int{}
	var order []string
	for _, p := range d.Paragraphs {
		ts := tokens(d.Text[p.Start:p.End], p.Start)
		for i := 1; i < len(ts); i++ {
			t := ts[i]
			if ts[i-1].word != "the" || !t.upper || t.caps || len(t.word) < 4 || !strings.HasSuffix(t.word, "s") || strings.HasSuffix(t.word, "ss") ||
				i+1 < len(ts) && ts[i+1].upper && strings.TrimSpace(ts[i+1].pre) == "" {
				continue
			}
			w := d.Text[t.start:t.end]
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'"), "’")
			if seen[w] == 0 {
				order = append(order, w)
			}
			seen[w]++
		}
	}
	for _, w := range order {
		if _, known := rd.names[spelling(alliances.Fold(w))]; known || seen[w] < 2 {
			continue
		}
		owner := -1
		for i, f := range found {
			if ownedKinds[f.Actor.Kind] && len(strings.Fields(f.Actor.Name)) >= 2 && slices.Contains(strings.Fields(f.Actor.Name), w) {
				if owner >= 0 && found[owner].Actor.ID != f.Actor.ID {
					owner = -2 // two organizations' word: neither's
					break
				}
				owner = i
			}
		}
		if owner < 0 {
			continue
		}
		a := &found[owner].Actor
		rd.add(w, a.ID)
		a.Aliases = append(a.Aliases, w)
		if singular := strings.TrimSuffix(w, "s"); strings.Contains(d.Text, " "+singular+" ") && !strings.Contains(d.Text, " "+strings.ToLower(singular)+" ") {
			rd.add(singular, a.ID) // "a Tiger ambush"
			a.Aliases = append(a.Aliases, singular)
		}
	}
	return found
}

// notGroups are plural names after "the" that name no group: mountains, islands, papers,
// games, a service's men.
var notGroups = map[string]bool{"times": true, "marines": true, "olympics": true, "emirates": true, "maldives": true, "andes": true,
	"pyrenees": true, "alps": true, "balkans": true, "americas": true, "nations": true, "games": true, "himalayas": true, "rockies": true,
	"seychelles": true, "comoros": true, "bahamas": true, "philippines": true, "netherlands": true, "falklands": true, "highlands": true}

// discoverSingulars finds the groups a report names by one capitalized word in the
// singular after "the" ("the Interahamwe"), named so twice or more and at least once
// before a noun of armed men ("the Interahamwe militia"): each an actor of kind other, for
// the reviewer to make a militia, a people or a category; or before a verb of grouping
// ("The Platform grouped pro-government forces"): a coalition. A word the text ever
// writes after a preposition of place ("in the Bekaa"), after a verb of going there
// ("entered the Sahel"), before "of" ("the Horn of Africa"), or next to another
// capitalized word is a place's or a longer name's; a meeting's noun ("The Summit grouped
// the presidents") is no body; a state's people ("the Malian army"), a people ("the Druze
// militia") and the names the reader knows are not looked at.
func (rd *Reader) discoverSingulars(d *Document) []Found {
	type seen struct {
		the, n, start        int
		armed, grouping, not bool
	}
	words := map[string]*seen{}
	var order []string
	for _, p := range d.Paragraphs {
		ts := tokens(d.Text[p.Start:p.End], p.Start)
		for i := 1; i < len(ts); i++ {
			t := ts[i]
			if !t.upper || t.caps || t.possessive || len(t.word) < 5 || strings.HasSuffix(t.word, "s") || strings.Contains(t.word, "-") {
				continue
			}
			sw := words[t.word]
			if sw == nil {
				sw = &seen{n: p.N, start: -1}
				words[t.word] = sw
				order = append(order, t.word)
			}
			next := i+1 < len(ts) && !strings.ContainsAny(ts[i+1].pre, ",.;:()")
			if rd.places[ts[i-1].word] || ts[i-1].word == "the" && i >= 2 && (rd.places[ts[i-2].word] || towardPlaces[ts[i-2].word]) ||
				ts[i-1].upper && !opening[ts[i-1].word] && strings.TrimSpace(t.pre) == "" || next && (ts[i+1].upper || ts[i+1].word == "of") {
				sw.not = true // "in the Bekaa", "the Horn of Africa", "Lachin Corridor", "Tamil Tigers"
			}
			if next && (memberNouns[ts[i+1].word] || peoplesMen[ts[i+1].word]) {
				sw.armed = true // "Hezbollah fighters", "Hmong hillmen", "a Hmong colonel"
			}
			if next && (groupingVerbs[ts[i+1].word] || i+2 < len(ts) && ts[i+2].word == "together" && (ts[i+1].word == "brought" || ts[i+1].word == "brings")) {
				sw.grouping = true // "The Platform grouped pro-government forces"
			}
			if ts[i-1].word == "the" {
				if sw.the == 0 {
					sw.n, sw.start = p.N, t.start
				}
				sw.the++
			}
		}
	}
	var out []Found
	for _, w := range order {
		sw := words[w]
		if sw.the < 2 || !sw.armed && !sw.grouping || sw.not || rd.stateWord([]string{w}, 0) || sideWords[w] || len(rd.meetings[w]) > 0 {
			continue
		}
		if _, known := rd.names[spelling(w)]; known {
			continue
		}
		if _, state := rd.rules.States[w]; state || rd.rules.Aliases[w] != "" || slices.Contains(rd.rules.Collectives, w) {
			continue
		}
		name := d.Text[sw.start : sw.start+len(w)]
		id := rd.freeID(w)
		kind, why := "other", "before a noun of armed men: a militia, a people or a category"
		if sw.grouping {
			kind, why = "coalition", "before a verb of grouping: a coalition"
		}
		rd.add(name, id)
		rd.kinds[id] = kind
		out = append(out, Found{Actor: alliances.Actor{ID: id, Name: name, Kind: kind}, Paragraph: sw.n, Quote: name,
			Document: d.Name, Why: fmt.Sprintf("a capitalized word after \"the\", named so %d times, and %s", sw.the, why),
			Confidence: 0.5, Start: sw.start, End: sw.start + len(name)})
	}
	return out
}

// peoplesMen are the nouns of a people's armed men or chiefs after its name: "an army of
// Hmong hillmen", "a Hmong colonel", "Zaghawa officers".
var peoplesMen = map[string]bool{"soldiers": true, "officers": true, "guerrillas": true, "tribesmen": true, "hillmen": true,
	"clansmen": true, "colonel": true, "general": true, "chiefs": true, "elders": true, "warriors": true, "irregulars": true}

// groupingVerbs are the verbs after a body's name that make it a coalition of those after:
// "The Platform grouped pro-government forces".
var groupingVerbs = map[string]bool{"grouped": true, "groups": true, "united": true, "unites": true, "comprised": true, "comprises": true}

// towardPlaces are the words before "the" and a name that make the name a place's: "French
// troops entered the Sahel", "fled through the Ituri".
var towardPlaces = map[string]bool{"entered": true, "crossed": true, "reached": true, "through": true, "toward": true, "towards": true,
	"from": true} // (and the rules' words of place: "across", "into")
