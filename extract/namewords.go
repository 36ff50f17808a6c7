package extract

// Names a report gives without the form of an organization's: abbreviations, alone or
// beside the name they stand for, and single words known by the words around them
// ("Hezbollah fighters", "the Ghani administration"). Discover calls them after the
// names found by their form.

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// discoverByContext finds the organizations and leaders a report names by one word
// that has no form of a name, from the words around it: a capitalized word before a noun
// of members or forces twice or more ("Hezbollah fighters", "Peshmerga forces") is an
// organization's name; one before "administration", "government" or "regime", or in the
// possessive before one ("the Ghani administration", "Ghani's regime"), is the name of
// the individual at its head, where the report writes the word twice or more. Not a word
// after another capitalized one or after a hyphen, nor one opening a sentence, nor a
// name the reader knows, a state's name or demonym, or a word of peoples, faiths and
// sides ("Kurdish", "Shia", "Islamist", "Western").
func (rd *Reader) discoverByContext(d *Document) []Found {
	forms := map[string]bool{}
	for _, words := range rd.rules.Organizations {
		for _, w := range words {
			forms[alliances.Fold(w)] = true
		}
	}
	type seen struct {
		org, head, all int
		of             int  // after an organization's post and "of": "leader of the Kataeb"
		placed         bool // once after a preposition of place: "in Kanombe"
		formed         bool // once before an organization's word: "Ba'ath Party"
		personal       bool // once as a person's name: in the possessive, after a first name or a post
		at             token
		n              int // the paragraph where first met in a context
	}
	words := map[string]*seen{}
	for _, p := range d.Paragraphs {
		ts := tokens(d.Text[p.Start:p.End], p.Start)
		starts := map[int]bool{}
		for _, sp := range p.Sentences {
			starts[sp.Start] = true
		}
		for i, t := range ts {
			w := t.word
			if t.possessive {
				w = strings.TrimSuffix(w, "s")
			}
			if !t.upper || t.caps || len(w) < 4 {
				continue
			}
			sw := words[w]
			if sw == nil {
				sw = &seen{}
				words[w] = sw
			}
			sw.all++
			if i+1 < len(ts) && ts[i+1].upper && forms[ts[i+1].word] {
				sw.formed = true
			}
			if t.possessive || i > 0 && strings.TrimSpace(t.pre) == "" && (ts[i-1].upper && !opening[ts[i-1].word] && !rd.stateWord([]string{ts[i-1].word}, 0) ||
				slices.ContainsFunc(rd.titles, func(title []string) bool { return len(title) == 1 && title[0] == ts[i-1].word })) {
				sw.personal = true // "Ghani's regime", "Ashraf Ghani", "President Ghani"
			}
			// After another capitalized word it is part of a longer name, unless that
			// word is a state's demonym: "Lebanese Hezbollah fighters".
			afterName := i > 0 && ts[i-1].upper && strings.TrimSpace(t.pre) == "" && !opening[ts[i-1].word] && !rd.stateWord([]string{ts[i-1].word}, 0)
			if i > 0 && placePreps[ts[i-1].word] {
				sw.placed = true // "in Kanombe": a place's name
			}
			// The word ends its phrase: "the leader of the Kataeb, ...", not "of the Hutu
			// militias", "commander of Byumba sector".
			ends := i+1 >= len(ts) || strings.ContainsAny(ts[i+1].pre, ",.;:()") || closers[ts[i+1].word] && !ts[i+1].upper
			if !opening[w] && !afterName && !t.possessive && !strings.Contains(t.pre, "-") && !strings.HasSuffix(w, "s") && w != "staff" &&
				ends && headedOf(ts, i) { // (a month is followed by its day: "the March 14 alliance")
				if sw.org+sw.head+sw.of == 0 {
					sw.at, sw.n = t, p.N
				}
				sw.of++ // "the founder and leader of the Kataeb"
				continue
			}
			if opening[w] || i == 0 || starts[t.start] || afterName || strings.Contains(t.pre, "-") || i+1 >= len(ts) ||
				strings.ContainsAny(ts[i+1].pre, ",.;:()") {
				continue
			}
			switch next := ts[i+1].word; {
			case memberNouns[next] && !t.possessive && !ts[i+1].upper: // "Syrian Democratic Forces" is a name
				sw.org++
			case headedNouns[next]:
				sw.head++
			default:
				continue
			}
			if sw.org+sw.head+sw.of == 1 {
				sw.at, sw.n = t, p.N
			}
		}
	}
	var out []Found
	for _, w := range slices.Sorted(maps.Keys(words)) {
		sw := words[w]
		kind, why := "", ""
		switch {
		case sw.org >= 2:
			kind, why = "other", "a word before a noun of members or forces twice or more: an organization's name"
		case sw.of >= 1 && sw.all >= 2 && !sw.personal && !sw.placed:
			kind, why = "other", "a word after an organization's post and \"of\", named twice or more: an organization's name"
		case sw.head >= 1 && sw.all >= 2 && !sw.formed && sw.personal: // "the Tripoli government" is a city's
			kind, why = "individual", "a word before a government's noun: the name of its head"
		default:
			continue
		}
		if sideWords[w] || governmentKinds[w] || rd.stateWord([]string{w}, 0) || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ists") {
			continue
		}
		// Nor a post's word: "the Sultan's government" names its head by his title.
		if slices.ContainsFunc(rd.titles, func(t []string) bool { return len(t) == 1 && t[0] == w }) {
			continue
		}
		if _, known := rd.names[spelling(w)]; known {
			continue
		}
		if _, state := rd.rules.States[w]; state {
			continue
		}
		name := strings.TrimSuffix(strings.TrimSuffix(d.Text[sw.at.start:sw.at.end], "'s"), "’s")
		id := rd.freeID(w)
		rd.add(name, id)
		rd.kinds[id] = kind
		out = append(out, Found{Actor: alliances.Actor{ID: id, Name: name, Kind: kind}, Paragraph: sw.n, Quote: name, Document: d.Name,
			Why: why, Confidence: 0.5, Start: sw.at.start, End: sw.at.start + len(name)})
	}
	return out
}

// headedOf reports whether the word ts[i] stands after the post of an organization's
// head or its men and "of": "the founder and leader of the Kataeb", "commander of
// Fatemiyoun".
func headedOf(ts []token, i int) bool {
	k := i - 1
	if k >= 0 && ts[k].word == "the" {
		k--
	}
	return k >= 1 && ts[k].word == "of" && orgHeadNouns[ts[k-1].word] && !strings.ContainsAny(ts[k].pre+ts[k+1].pre, ",;:()")
}

// orgHeadNouns are the posts and men of an organization before "of" and its name.
var orgHeadNouns = map[string]bool{"leader": true, "founder": true, "head": true, "commander": true, "chief": true,
	"spokesman": true, "spokesperson": true, "fighters": true, "militiamen": true, "ranks": true, "leaders": true, "commanders": true}

// memberNouns are the nouns of members and forces that follow an organization's name:
// "Hezbollah fighters".
var memberNouns = map[string]bool{"fighters": true, "militants": true, "forces": true, "members": true, "commander": true,
	"commanders": true, "troops": true, "units": true, "militia": true, "militias": true, "militiamen": true, "operatives": true,
	"rebels": true, "insurgents": true, "leadership": true, "spokesman": true, "positions": true, "strongholds": true, "mercenaries": true,
	"allies": true}

// headedNouns are the nouns of a government named after its head: "the Ghani
// administration".
var headedNouns = map[string]bool{"administration": true, "government": true, "regime": true, "cabinet": true}

// sideWords are capitalized words of peoples, faiths, regions and sides, which name no
// organization before "fighters" or "forces".
var sideWords = map[string]bool{"shia": true, "shiite": true, "shiites": true, "sunni": true, "sunnis": true, "alawite": true,
	"druze": true, "arab": true, "arabs": true, "christian": true, "muslim": true, "yazidi": true, "tuareg": true, "turkmen": true,
	"assyrian": true, "pashtun": true, "hazara": true, "tajik": true, "uzbek": true, "baloch": true, "bedouin": true, "tribal": true,
	"western": true, "eastern": true, "northern": true, "southern": true, "central": true, "government": true, "opposition": true,
	"rebel": true, "regime": true, "coalition": true, "security": true, "special": true, "elite": true, "allied": true, "enemy": true,
	"foreign": true, "local": true, "national": true, "federal": true, "state": true, "army": true, "police": true, "militia": true,
	"jihadi": true, "salafi": true, "kurd": true, "kurds": true, "african": true, "european": true, "american": true, "asian": true,
	"coalition's": true, "loyalist": true, "pro": true, "anti": true, "interim": true, "transitional": true, "provisional": true,
	// peoples whose names name no organization before "militias" or after "leader of the"
	"hutu": true, "tutsi": true, "hausa": true, "fulani": true, "igbo": true, "yoruba": true, "kikuyu": true, "luo": true,
	"kalenjin": true, "nuer": true, "dinka": true, "zaghawa": true, "fur": true, "masalit": true, "somali": true, "amhara": true,
	"oromo": true, "tigrayan": true, "afar": true, "tamil": true, "sinhalese": true, "karen": true, "kachin": true, "shan": true,
	"rohingya": true, "baluch": true, "berber": true, "bakongo": true, "ovimbundu": true, "mbundu": true, "lendu": true,
	"hema": true, "banyamulenge": true, "serb": true, "croat": true, "bosniak": true, "albanian": true, "chechen": true,
	"ingush": true, "ossetian": true, "abkhaz": true, "uyghur": true, "mestizo": true, "miskito": true, "mayan": true}

// followers are the nouns of armed men named by the man they follow, with the word
// that qualifies them: "the militias of Haji Zahir Qadir", "Hazara militia commanders
// linked to Khalili".
var followers = regexp.MustCompile(`\b(?:[A-Z][a-z]+ )?(?:[Mm]ilitias?|[Ff]orces|[Ff]ighters|[Ll]oyalists|[Mm]ilitiamen|[Mm]ilitia commanders)\s+(?:of|loyal to|linked to)\s+`)

// discoverFollowers finds the armed men a report names by the individual they follow
// ("the militias of Haji Zahir Qadir"): each an actor of kind militia, led by that
// individual, named as the report names it. Followers of a state ("forces of Iran") are
// the state's.
func (rd *Reader) discoverFollowers(d *Document) []Found {
	var out []Found
	for _, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		for _, m := range followers.FindAllStringIndex(text, -1) {
			ts := tokens(text[m[1]:], p.Start+m[1])
			k := 0
			for k < len(ts) && k < 3 && rd.titleAt(ts, k) > 0 {
				k += rd.titleAt(ts, k) // "former president", "Haji"
			}
			person, end := "", 0
			for n := min(4, len(ts)-k); n >= 1 && person == ""; n-- {
				if !ts[k].upper {
					break
				}
				words := make([]string, n)
				for j := range n {
					words[j] = spelling(ts[k+j].word)
				}
				if id, ok := rd.names[strings.Join(words, " ")]; ok && rd.kinds[id] == "individual" {
					person, end = id, ts[k+n-1].end
				}
			}
			// "loyalists of Bashir's National Congress Party": the party's, not Bashir's.
			if person == "" || strings.HasSuffix(text[:end-p.Start], "'s") || strings.HasSuffix(text[:end-p.Start], "’s") {
				continue
			}
			name := text[m[0] : end-p.Start]
			if w, rest, _ := strings.Cut(name, " "); opening[strings.ToLower(w)] {
				name = rest // "The militias of ...", not "Hazara militia commanders linked to ..."
			}
			name = strings.ToUpper(name[:1]) + name[1:]
			if _, known := rd.names[spelling(alliances.Fold(name))]; known || rd.knownFollowers(name, person) {
				continue
			}
			id := rd.freeID(person + "-militias")
			rd.add(name, id)
			rd.kinds[id] = "militia"
			rd.ledBy[id] = append(rd.ledBy[id], person)
			out = append(out, Found{Actor: alliances.Actor{ID: id, Name: name, Kind: "militia"}, Paragraph: p.N, Quote: name, Document: d.Name,
				Why: "armed men named by the individual they follow", Confidence: 0.6, Start: p.Start + m[0], End: end})
		}
	}
	return out
}

// knownFollowers reports whether the reader knows the followers a name gives by another
// name of theirs: one that holds the same noun and the surname of the one they follow ("Militia commanders loyal to Karzai and other southern notables" for
// "militia commanders loyal to former president Hamid Karzai").
func (rd *Reader) knownFollowers(name, person string) bool {
	words := strings.Fields(spelling(alliances.Fold(name)))
	k := slices.IndexFunc(words, func(w string) bool { return w == "of" || w == "loyal" || w == "linked" })
	if k < 1 {
		return false
	}
	noun := strings.Join(words[k-1:k], " ") // "militias", "commanders" ("Pashtun militia commanders")
	var surnames []string
	for n, id := range rd.names {
		if id == person && !strings.Contains(n, " ") && len(n) >= 4 {
			surnames = append(surnames, n)
		}
	}
	for n, id := range rd.names {
		if id != person && strings.Contains(" "+n+" ", " "+noun+" ") && slices.ContainsFunc(surnames, func(s string) bool { return slices.Contains(strings.Fields(n), s) }) {
			return true
		}
	}
	return false
}

// factionOf finds a faction named by its leader, and the organization it is of: "The
// faction of Salahuddin Rabbani in Jami'at".
// factionOwned, factionOfNamed and factionOwnedBefore find a faction named by its leader
// and its organization: "Minni Minawi's faction of the Sudan Liberation Movement", "the
// SPLM-North faction of Abdelaziz al-Hilu", "al-Hadi Idris's SLM faction".
var (
	factionOwned       = regexp.MustCompile(`((?:\p{Lu}|al-|el-)[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’-]*){0,3})['’]s (?:faction|wing) of ((?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})`)
	factionOfNamed     = regexp.MustCompile(`\b[Tt]he (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}) (?:faction|wing) of ((?:\p{Lu}|al-|el-)[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’-]*|al-[\p{L}'’-]+)){0,3})`)
	factionOwnedBefore = regexp.MustCompile(`((?:\p{Lu}|al-|el-)[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’-]*){0,3})['’]s (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}) (?:faction|wing)\b`)
)

var factionOf = regexp.MustCompile(`\b[Tt]he (?:faction|wing|branch) of ((?:\p{Lu}[\p{L}'’.-]* ){0,3}\p{Lu}[\p{L}'’-]*)(?: (?:in|of) ((?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}))?`)

// discoverFactions finds the factions a report names by their leader ("the faction of
// Salahuddin Rabbani in Jami'at"): each an actor of kind faction, led by that
// individual, as the report names it, its organization's where the report says which.
func (rd *Reader) discoverFactions(d *Document) []Found {
	var out []Found
	for _, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		var found [][]int
		for _, re := range []*regexp.Regexp{factionOf, factionOwned, factionOwnedBefore, factionOfNamed} {
			for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
				if re == factionOfNamed {
					m[2], m[3], m[4], m[5] = m[4], m[5], m[2], m[3] // the organization first
				}
				if re != factionOf {
					m = append(m, 1) // the name is made, not the text's
				}
				found = append(found, m)
			}
		}
		for _, m := range found {
			person := ""
			for words := strings.Fields(text[m[2]:m[3]]); person == "" && len(words) > 0; words = words[1:] {
				if id := rd.names[spelling(alliances.Fold(strings.Join(words, " ")))]; rd.kinds[id] == "individual" {
					person = id // "Mullah Omar Yusufzai": the name after the post
				}
			}
			if person == "" {
				continue
			}
			name := strings.TrimPrefix(strings.TrimPrefix(text[m[0]:m[1]], "The "), "the ")
			org := ""
			if m[4] >= 0 {
				if org = rd.orgNamed(text[m[4]:m[5]]); org == "" {
					name = strings.TrimPrefix(strings.TrimPrefix(text[m[0]:m[3]], "The "), "the ")
				}
			}
			if len(m) > 6 {
				// "Minni Minawi's faction of the SLM": the organization's faction of the
				// person, by the organization's name the report gives.
				if org == "" {
					continue
				}
				name = strings.TrimPrefix(text[m[4]:m[5]], "the ") + " faction of " + text[m[2]:m[3]]
			}
			name = strings.ToUpper(name[:1]) + name[1:]
			if _, known := rd.names[spelling(alliances.Fold(name))]; known {
				continue
			}
			// "Rabbani's followers", "Rabbani's Jami'at": the faction by its leader's
			// surname, where no one else has it.
			var aliases []string
			if last := strings.Fields(text[m[2]:m[3]]); len(last) >= 2 && rd.names[spelling(alliances.Fold(last[len(last)-1]))] == person {
				sur := last[len(last)-1]
				aliases = append(aliases, sur+"'s followers", sur+"'s faction")
				if m[4] >= 0 && org != "" {
					aliases = append(aliases, sur+"'s "+strings.TrimPrefix(text[m[4]:m[5]], "the "))
				}
			}
			id := rd.freeID(person + "-faction")
			rd.add(name, id)
			for _, a := range aliases {
				rd.add(a, id)
			}
			rd.kinds[id] = "faction"
			rd.ledBy[id] = append(rd.ledBy[id], person)
			if org != "" {
				rd.parts[id] = append(rd.parts[id], org)
			}
			out = append(out, Found{Actor: alliances.Actor{ID: id, Name: name, Aliases: aliases, Kind: "faction"}, Paragraph: p.N, Quote: name, Document: d.Name,
				Why: "a faction named by its leader", Confidence: 0.6, Start: p.Start + m[0], End: p.Start + m[1]})
		}
	}
	return out
}

// orgNamed returns the organization a name names, known by it or by the first word of
// its name ("Jami'at" for "Jami'at-i Islami"), or "".
func (rd *Reader) orgNamed(name string) string {
	f := spelling(strings.TrimPrefix(alliances.Fold(name), "the "))
	org := func(id string) bool { k := rd.kinds[id]; return k != "" && k != "individual" && k != "state" }
	if id, ok := rd.names[f]; ok && org(id) {
		return id
	}
	found := ""
	for n, id := range rd.names {
		if head, _, ok := strings.Cut(n, "-"); ok && head == f && org(id) {
			if found != "" && found != id {
				return "" // two organizations' names begin so
			}
			found = id
		}
	}
	return found
}

// qualifying are the words that join a name's head to what places or qualifies it:
// "Drug traders in the south", "Police officers loyal to Karzai".
var qualifying = []string{" in ", " of ", " from ", " based in ", " loyal to ", " linked to ", " tied to ", " close to ",
	" funded by ", " aligned with ", " led by "}

// headOf cuts a folded name at the first word that qualifies its head.
func headOf(folded string) (head, rest string) {
	at, sep := -1, ""
	for _, q := range qualifying {
		if i := strings.Index(folded, q); i > 0 && (at < 0 || i < at) {
			at, sep = i, q
		}
	}
	if at < 0 {
		return folded, ""
	}
	return folded[:at], folded[at+len(sep):]
}

// afterSmall reports whether the text before a word ends with a word in small letters (a
// comma between): the word stands inside a sentence.
func afterSmall(before string) bool {
	before = strings.TrimRight(before, " ,\t")
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsLower(r)
}

// notOrgName reports whether a name with an organization's form names none: a faith's
// mission or community ("Lacor Catholic Mission", "Muslim Community"), a rally for one
// cause ("Rally for Peace", an event), a law or a document ("Authorization for Use of
// Military Force").
func notOrgName(words []string, head string) bool {
	first := alliances.Fold(words[0])
	switch {
	case (head == "Mission" || head == "Community") && slices.ContainsFunc(words, func(w string) bool { return faithWords[alliances.Fold(w)] }):
		return true
	case head == "Rally" && len(words) < 4:
		return true
	}
	return documentWords[first]
}

// faithWords are the words of faiths, whose missions and communities are no actors of a war.
var faithWords = map[string]bool{"muslim": true, "catholic": true, "christian": true, "jewish": true, "protestant": true,
	"orthodox": true, "hindu": true, "buddhist": true, "evangelical": true, "baptist": true, "methodist": true, "anglican": true}

// documentWords open the names of laws and documents: "Authorization for Use of Military Force".
var documentWords = map[string]bool{"authorization": true, "authorisation": true, "act": true, "resolution": true, "law": true,
	"treaty": true, "convention": true}

// withoutLawNames leaves out the names found that name a law, not an actor ("the
// Terrorism Act"), which the reader then no longer reads as anyone. Not an operation's: a
// force goes by one ("Operation Serval").
func (rd *Reader) withoutLawNames(found []Found) []Found {
	return slices.DeleteFunc(found, func(f Found) bool {
		w := strings.Fields(f.Actor.Name)
		if f.Actor.Kind == "state" || len(w) < 2 || w[len(w)-1] != "Act" {
			return false
		}
		for key, id := range rd.names {
			if id == f.Actor.ID {
				delete(rd.names, key)
			}
		}
		delete(rd.kinds, f.Actor.ID)
		return true
	})
}

// spelledBy reports whether an abbreviation is the initials of a name's capitalized words,
// each in order and nothing else: "EACRF" of "East African Community Regional Force".
func spelledBy(abbr string, words []string) bool {
	var initials []byte
	for _, w := range words {
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			initials = append(initials, w[0])
		}
	}
	return len(initials) >= 3 && string(initials) == abbr
}

// linked reports whether a word is a transliterated name of two nouns joined by a
// particle between hyphens: "Jaish-e-Mohammed", "Harkat-ul-Ansar", "Tehrik-i-Taliban".
func linked(w string) bool {
	parts := strings.Split(strings.ToLower(w), "-")
	return len(parts) == 3 && len(parts[0]) >= 3 && len(parts[2]) >= 3 && linkParticles[parts[1]]
}

// linkParticles are the particles that join the nouns of a transliterated name.
var linkParticles = map[string]bool{"e": true, "i": true, "ul": true, "ut": true, "ud": true, "un": true, "us": true, "ur": true,
	"al": true, "as": true, "ash": true, "ad": true, "at": true}

// cableWords are the words in capitals of a cable's or a memorandum's form, no body's
// abbreviation: its markings of classification ("2. (SBU)") and its labels ("COMMENT:").
var cableWords = map[string]bool{"SBU": true, "FOUO": true, "NOFORN": true, "NF": true, "UNCLAS": true, "CONFIDENTIAL": true,
	"SECRET": true, "COMMENT": true, "SUMMARY": true, "SUBJECT": true, "END": true, "NOTE": true, "REF": true, "REFTEL": true,
	"SEPTEL": true, "TAGS": true, "ACTION": true, "INFO": true}

// governmentKinds are the words of a kind of government before its noun, no head's name:
// "the Union government", "the military government".
var governmentKinds = map[string]bool{"union": true, "unity": true, "military": true, "civilian": true, "colonial": true,
	"royal": true, "imperial": true, "puppet": true, "caretaker": true, "minority": true, "majority": true, "unionist": true}

// withoutCredits leaves out the people found only in a credit line, whose label names the
// work they did on the document ("Curators: Ana Lucía Ferreira and Thomas Whitcombe.",
// "Graphic: M. Ortiz-Lenz."): the makers of the text, no actors of its war.
func withoutCredits(d *Document, found []Found) []Found {
	return slices.DeleteFunc(found, func(f Found) bool {
		if f.Actor.Kind != "individual" || f.Start <= 0 || f.Start > len(d.Text) {
			return false
		}
		line := d.Text[strings.LastIndexByte(d.Text[:f.Start], '\n')+1 : f.Start]
		return creditLabel.MatchString(line) && strings.Count(d.Text, f.Quote) == 1 // the whole text counted only for a credit line's names
	})
}

// creditLabel is the label of a credit line: the work done, a colon.
var creditLabel = regexp.MustCompile(`(?i)^\s*(?:curators?|graphics?|design(?:er|ers|ed by)?|photos?|photograph(?:s|y|er|ers)?|text|words|research(?:ers?)?|editors?|illustrations?|maps?|credits?|artwork|layout|compiled by|written by|produced by|reporting|translation|translators?)\s*:`)

// titleWord reports whether a word is a post's, its hyphen a space: "Secretary-General".
func (rd *Reader) titleWord(w string) bool {
	return rd.titleWords(strings.Fields(strings.ReplaceAll(alliances.Fold(w), "-", " ")))
}

// titleWords reports whether folded words are a post of the rules' titles, whole.
func (rd *Reader) titleWords(ws []string) bool {
	return slices.ContainsFunc(rd.titles, func(t []string) bool { return slices.Equal(t, ws) })
}
