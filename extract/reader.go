package extract

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Proposal is a tie the reader proposes, with the sentence it comes from and why.
type Proposal struct {
	Tie        alliances.Tie `json:"tie"`
	Paragraph  int           `json:"paragraph"` // ¶N
	Start      int           `json:"start"`     // the evidence's byte offsets in the document
	End        int           `json:"end"`
	Quote      string        `json:"quote"`
	Cues       []string      `json:"cues"` // the words that led to it, and those that changed it
	Confidence float64       `json:"confidence"`
	Document   string        `json:"document"` // the name of the report read
}

// Reader proposes the ties a document states between the actors it knows. It keeps what
// it learns of the document being read (its subject, its years, the actors it finds), so
// one Reader reads one document at a time.
type Reader struct {
	rules              *Rules
	names              map[string]string // folded name -> actor id
	capitalAlias       map[string]string // a pronoun phrase -> the actor the case calls so, in capitals ("the Party")
	kinds              map[string]string // actor id -> kind
	longest            int               // the most words in a name
	bodies             *bodyIndex        // the rules' bodies by name, made once (knownbodies.go)
	cues               []cue             // longest first
	byFirst            map[string][]cue  // the cues by their first word, longest first
	marks              map[string][]string
	claimFirst         map[string]bool     // the first words of the claims' phrases
	acronyms           map[string]string   // names of two capitals (folded) -> actor id: "UK"
	possessives        map[string]string   // a name's possessive as the text's word is spelt -> actor id: "TTP's", spelt "tps"
	split              map[string][]string // phrases cut into words, once
	Taken              map[string]bool     // actor ids the record holds in other cases: an actor found gets another
	Source             string              // the source the proposals cite
	Date               edtf.Interval       // the document's date: the latest a tie it states may hold
	latest             string              // the latest year the document being read names, for want of its date
	shortBase          int                 // the year whose century a year written short ("'54") is of, else the one before
	yearsShort         bool                // the text writes a day, a month and a year short ("6 Mar 18"): "Jul 13" is a month and a year
	nameYears          map[string][]string // the years that open actors' names, with the word after each: "1920" "revolution"
	named              map[string]int      // how often the document has named each individual in full so far
	holders            map[string]string   // a head's post ("president") -> the individual the text gave it last
	nouns              map[string]bool     // the names that are a common noun after "the" ("the republic", "the commission"): none in another's words
	written            map[string]uint8    // a name -> how its names were written: 1 with a capital, 2 in small letters, 3 both
	articled           map[string]bool     // a name of one word written with "the" and a capital: "the Front", a common noun as a name
	plain              map[string]bool     // a name written without "the": where "the Kachin" is only an alias, "Kachin Defence Army" holds no name
	places             map[string]bool
	stateNames         map[string]bool             // the rules' states' names, folded
	formWords          map[string]bool             // the words that end or begin organizations' names (organizations), folded: "legion"
	prefixes           map[string]bool             // the first words of names in transliteration (name_prefixes) or nouns that open them (noun_first), folded
	nounFirst          map[string]bool             // the nouns of noun_first alone, folded: kept in a name's short forms
	common             map[string]bool             // the words many names share (common_names), folded: no short form
	parts              map[string][]string         // actor id -> the actors its name holds
	unitWords          map[string]bool             // the words that end the name of a unit of a group (see unit)
	ambiguous          map[string][]string         // a short name several actors share -> them
	derived            map[string]bool             // the names given by a name's form alone (surnames, heads)
	heads              map[string]bool             // the short names that are a name's head
	allies             map[string]map[string]bool  // actor id -> the actors its name says it is loyal or linked to
	ledBy              map[string][]string         // actor id -> the actors its name says lead it ("US-led coalition")
	before             struct{ valid, cue string } // the time the sentence before gave, in the paragraph: for "at that point"
	capitals           map[string]bool             // the folded capitals the reader knows as their states' names
	warring            [2]string                   // the two the document told fighting last: "the two sides", "the warring parties"
	facing             [2]string                   // the two the document told fighting, dealing or talking last, and in which paragraph
	facingIn           int
	helped             string // the one the document told helped last, and in which paragraph
	helpedIn           int
	forms              map[alliances.Kind][]kindForms  // the forms of each kind's relation, folded once
	they               []string                        // the list that opened the sentence before, two or more: what "they" stands for
	itWas, himWas      string                          // the actors "it" and "him" stood for last in the sentence before: the ones the text goes on about
	listed             []string                        // the organizations the sentence before listed, two or more: what "the groups" stands for
	themElse           bool                            // the sentence before had a "them" that stood for no actor: the next "them" is those unnamed
	singular           []string                        // the states the sentence before named by one name only ("Eritrea"): no "them"
	callers            map[*Document]map[string]string // a phone-in transcript's callers, by the label of their turns
	subjects           []string                        // the subjects of the paragraph's sentences so far, in order: "The three" after three sentences on one each
	unnamed            bool                            // a sentence of the paragraph had a man the reader does not know as its subject, and none it knows has been since
	nameWordsOnly      map[string]bool                 // the words the document writes with a capital inside a sentence and never in small letters: names
	recent             []string                        // the actors the sentences before named, the latest last, each once
	called             map[string]map[string]bool      // the nouns of bodies the text set a name beside: "a junta, the CNRDR"
	nameWords          map[string]map[string]bool      // an actor's id -> the words of its names, folded: "the force" finds "... Regional Force"
	narrative          string                          // the year and month of the latest date given with its month: "On 20 March" after "On 1 March 2013" is 2013's
	dateline           string                          // the date of the dated line over the paragraph: "Answered by ..., 9 February 2015:"
	itemDated          bool                            // and whether it dates an item, a circular or an answer (asOf)
	textYear           string                          // the year the paragraphs before named last: for a month without one
	bodyYear           string                          // the year the paragraphs read so far named last, not their datelines
	qualifiers         map[string][]string             // actor id -> the words that place or qualify its name
	examples           map[string][]string             // collective -> the examples of it the paragraph has listed so far
	combining          map[string]string               // "franco" -> france: a state's form before a hyphen ("Franco-Chadian")
	sectionOrg         string                          // the organization the latest heading names ("### Hezbollah"), or ""
	spokenFor          string                          // the state a transcript's speaker speaks for, whose "we" it is ("Mr. BHUTTO (Pakistan):"), or ""
	ourSide            string                          // the organization a text writes as its own, whose "we" and "our" it is ("our movement, the South West Africa People's Organisation"), or ""
	interviewee        string                          // the one an oral history's tape header names, whose "I" its answers say, or ""
	answering          bool                            // the paragraph is an answer's turn ("A: ...")
	profile, entryHead string                          // the group the title names, whose fields a profile lists (fields.go); the actor an entry's headword names ("ELF. Eritrean Liberation Front ...")
	labelEnd           int                             // where the paragraph's speaker label ends in the text, or 0
	said, told         string                          // the subject of the sentence before the one being read, for "its"; the year of a date with its month the paragraph told
	topic, lastSubject string                          // the actor the paragraph being read is about (its first); the paragraph before's last subject
	context            string                          // the latest year the paragraph named before the sentence being read
	entry              [2]string                       // the date a chronology's entry opens on, and its words ("5-6 January 1991 -")
	titleYear          string                          // the one year the document's title names: a notebook's entries' ("March to May 1972")
	paraYear           string                          // the first year the paragraph names, while no sentence read has named one
	lookback           string                          // the words by which the paragraph looks back ("for quite some time"), or ""
	dealt              string                          // the other party of the last deal told, and its paragraph: "started making deals ... as well"
	dealtIn            int
	paragraph          int                   // the paragraph being read
	country, docVoice  string                // the state the report names most, far more than any other: its conflict's, or ""; the body whose text it is ("The Security Council,"), or ""
	convenings         map[string]bool       // the words of one who convenes a meeting (the rules' convenings), folded
	given              map[string]bool       // the given names that open people's names (the rules' given_names), folded
	meetings           map[string][][]string // the nouns of a meeting (the rules' meetings) by their last word, in words
	external           map[string]string     // "ucdp:366" -> the actor known by that id elsewhere
	demonyms           map[string]string     // a folded alias of the rules -> its state ("@id" where the rules name no state of it)
	timesOf            string                // the sentence whose times are found, and where they are
	times              [][]int
	asides             map[string]bool
	titles             [][]string        // longest first
	statePosts         [][]string        // the posts only a state has, folded
	offices            map[string]string // individual -> the state the document has given a post in, as read so far
	leads, acts        map[string]string // individual -> the organization the document has made it the leader of ("" of two); an act's noun ("invasion") -> who did it, told last
	ahead              map[string]string // the same, as the whole document makes it: "Kabila's fighters" before the text says he led the AFDL
	unled              map[string]int    // the individuals whose men the text named before it made them anyone's leader, and the last paragraph it did
	upTo               int               // the last paragraph to read, reading again (0: all)
	ledFrom            map[string]string // individual -> the year its leadership in leads starts, as read ("" undated)
	aheadFrom          map[string]string // the same, for ahead
	placed             map[string]string // offices, of posts read at the default threshold or above
	formed             map[string]bool   // the states a new case found by their name's form alone ("Republic of South Maluku")
	officesAt          map[string]string // placed, as the whole document gives them: "President Paul Kagame", Rwanda's as the text says elsewhere
	unplaced           map[string]int    // the individuals whose post the text named before it placed it in a state, and the last paragraph it did
	section            string            // the state the section being read is about (its heading is the state's name), or ""
	sides              map[string]bool   // the actors found by a collective noun ("the Islamists")
	ruled              rulerCache        // the list of rulers' posts and states, as the names known now give them
}

// shortForms returns the shorter names a name of an organization goes by, without the
// word that begins such names in transliteration (rules.yaml, name_prefixes) and its
// link: "Tahrir al-Sham" for "Hay'at Tahrir al-Sham", "al-Nusra" and "Nusra" for "Jabhat
// al-Nusra", "Wahdat" for "Hizb-e Wahdat"; each one actor's only, as the caller sees to.
func (rd *Reader) shortForms(name string) []string {
	words := strings.Fields(spelling(alliances.Fold(name)))
	if len(words) < 2 || !rd.prefixes[words[0]] || rd.nounFirst[words[0]] {
		return nil // (not "ng Bayan" of "Partido ng Bayan": a Romance name's noun stays)
	}
	rest := words[1:]
	if len(rest) > 1 && (rest[0] == "e" || rest[0] == "i" || rest[0] == "ye" || rest[0] == "ul") {
		rest = rest[1:] // "Hizb-e Wahdat": the link
	}
	if rd.common[rest[len(rest)-1]] && (len(rest) == 1 || len(rest) == 2 && rest[0] == "al") {
		return nil // "Ahrar al-Sham": "al-Sham" would be "Tahrir al-Sham" too
	}
	var out []string
	if f := strings.Join(rest, " "); len(f) >= 4 {
		out = append(out, f)
	}
	if len(rest) > 1 && rest[0] == "al" {
		if f := strings.Join(rest[1:], " "); len(f) >= 4 {
			out = append(out, f)
		}
	}
	return out
}

// nameWord records that a name of the actor id holds the folded word w.
func (rd *Reader) nameWord(id, w string) {
	if rd.nameWords[id] == nil {
		rd.nameWords[id] = map[string]bool{}
	}
	rd.nameWords[id][w] = true
}

// wrote records how a name, spelt key, was written: with a capital or in small letters.
// One written only with capitals is read only where the text writes it so: "the
// Secretary-General" is not the "secretary-general of the Yemeni Socialist Party".
func (rd *Reader) wrote(name, key string) {
	how := uint8(2)
	if strings.ContainsFunc(name, unicode.IsUpper) {
		how = 1
	}
	rd.written[key] |= how
	rd.written[key+"s"] |= how
}

// add names an actor by a name, unless another holds that name already.
func (rd *Reader) add(name, id string) {
	f := alliances.Fold(name)
	f = strings.TrimPrefix(f, "the ")
	bare := strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ") // "the UN"
	if len(f) == 2 && strings.ToUpper(bare) == bare && strings.ToLower(bare) != bare {
		if _, taken := rd.acronyms[f]; !taken {
			rd.acronyms[f] = id // read only where written in capitals: "UK", "US", never "us"
		}
		return
	}
	if f == "" || len(f) < 3 {
		return
	}
	for w := range strings.FieldsSeq(f) {
		rd.nameWord(id, w)
	}
	folded := f
	f = spelling(f)
	if _, taken := rd.names[f]; !taken {
		rd.names[f] = id
	}
	rd.wrote(bare, f)
	if y, rest, ok := strings.Cut(f, " "); ok && len(y) == 4 && yearAt(y, 0) {
		next, _, _ := strings.Cut(rest, " ")
		rd.nameYears[y] = append(rd.nameYears[y], next) // "the 1920 Revolution Brigades": no time
	}
	if bare != name && strings.ToLower(bare) == bare {
		rd.nouns[f], rd.nouns[f+"s"] = true, true // "the republic": no name another's holds
	}
	if bare != name && !strings.Contains(bare, " ") && strings.ToLower(bare) != bare {
		rd.articled[f] = true // "the Front": not "the front line"
	} else if bare == name {
		rd.plain[f] = true
	}
	if !strings.HasSuffix(f, "s") {
		if _, taken := rd.names[f+"s"]; !taken {
			rd.names[f+"s"] = id // a possessive, its apostrophe folded away: "hekmatyars"
		}
		// Spelt as the text's word is: "TTP's", folded "ttps", is spelt "tps", its
		// doubled letter one where the word has four.
		if p := spelling(folded + "s"); p != f+"s" {
			if _, taken := rd.possessives[p]; !taken {
				rd.possessives[p] = id // read only where no name is spelt so: "SAA's" is no "SAS"
			}
		}
	}
	rd.longest = max(rd.longest, len(strings.Fields(f)))
	// A government named after its head is written with any of the nouns of one: the
	// "Assad government" is the "Assad regime" and the "Assad administration".
	// And with the head in the possessive: "Assad's government".
	for _, noun := range governmentNouns {
		if head, ok := strings.CutSuffix(f, " "+noun); ok && len(strings.Fields(head)) <= 2 {
			for _, other := range governmentNouns {
				for _, name := range []string{head + " " + other, head + "s " + other} {
					if _, taken := rd.names[name]; !taken && name != f {
						rd.names[name] = id
						rd.nouns[name] = rd.nouns[f] // "the republic's administration" is "the republic's government"
					}
				}
			}
		}
	}
	// An acronym of initials is also written with full stops: "US forces" as "U.S.
	// forces" (folded "u s forces").
	if w := strings.Fields(name); len(w) >= 2 && len(w[0]) >= 2 && len(w[0]) <= 3 && strings.ToUpper(w[0]) == w[0] && !strings.ContainsAny(w[0], ".-") {
		rd.add(strings.Join(strings.Split(w[0], ""), ".")+". "+strings.Join(w[1:], " "), id)
	}
}

// governmentNouns are the nouns a government named after its head goes by.
var governmentNouns = []string{"government", "regime", "administration"}

// Know makes the reader know more actors, after those it was made with: each by its
// names and the rules' aliases of it, where none of the first holds that name (nor the
// short forms the reader gives them). The registry's actors that a case does not name
// come this way: "Islamic State" in a report on Afghanistan stays the case's Islamic
// State in Khorasan.
func (rd *Reader) Know(more []alliances.Actor) {
	var added []string
	for _, a := range more {
		if _, known := rd.kinds[a.ID]; known {
			continue
		}
		rd.kinds[a.ID] = a.Kind
		rd.knowExternal(a)
		added = append(added, a.ID)
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if a.Kind == "individual" { // not "Islamic State", which stays the case's head's
				rd.shareDerived(n, a.ID)
			}
			rd.add(n, a.ID)
		}
		if !strings.Contains(a.ID, "-") {
			rd.add(a.ID, a.ID)
		}
	}
	for _, names := range []map[string]string{rd.rules.Aliases, rd.rules.Capitals} {
		for name, id := range names {
			if slices.Contains(added, id) {
				rd.add(name, id)
			}
		}
	}
	var actors []alliances.Actor
	for _, a := range more {
		if slices.Contains(added, a.ID) {
			actors = append(actors, a)
		}
	}
	rd.nameParts(actors)
}

// NewReader returns a reader of rules that knows the actors given (a case's and the
// registry's): their ids, names and aliases, and the rules' aliases of them.
func NewReader(r *Rules, actors []alliances.Actor) *Reader {
	rd := &Reader{rules: r, names: map[string]string{}, nameYears: map[string][]string{}, capitalAlias: map[string]string{}, acronyms: map[string]string{}, possessives: map[string]string{}, kinds: map[string]string{}, marks: map[string][]string{},
		split: map[string][]string{}, derived: map[string]bool{}, capitals: map[string]bool{}, nameWords: map[string]map[string]bool{}, nouns: map[string]bool{}, written: map[string]uint8{}, articled: map[string]bool{}, plain: map[string]bool{}}
	for c := range r.Capitals {
		rd.capitals[spelling(alliances.Fold(c))] = true
	}
	known := map[string]bool{}
	add := rd.add
	// An alias made of another actor's name or demonym and then the actor's own name
	// ("Russian president Vladimir Putin", "Hezbollah leader Hassan Nasrallah",
	// "Turkish-backed Free Syrian Army") is read as its parts, which say the post or the
	// backing; the name alone names the actor.
	single := map[string]string{} // one-word names and demonyms -> their actor
	for _, a := range actors {
		if f := spelling(strings.TrimPrefix(alliances.Fold(a.Name), "the ")); !strings.Contains(f, " ") {
			single[f] = a.ID
		}
	}
	for name, id := range r.Aliases {
		if f := spelling(alliances.Fold(name)); !strings.Contains(f, " ") {
			single[f] = cmp.Or(single[f], id)
		}
	}
	// ... and of another actor's one-word alias ("FSA's 13th Division"), or the actor's
	// own name and then another's after "of" ("Southern Front of the Free Syrian Army").
	every := map[string]string{} // every name and alias -> its actor
	kindOf := map[string]string{}
	for _, a := range actors {
		kindOf[a.ID] = a.Kind
	}
	groupKind := func(id string) bool { return kindOf[id] == "armed-group" || kindOf[id] == "coalition" }
	rd.external = map[string]string{}
	for _, a := range actors {
		rd.knowExternal(a)
	}
	for _, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			f := spelling(strings.TrimPrefix(alliances.Fold(n), "the "))
			every[f] = cmp.Or(every[f], a.ID)
			if !strings.Contains(f, " ") {
				single[f] = cmp.Or(single[f], a.ID)
			}
		}
	}
	compound := func(alias string, a alliances.Actor) bool {
		f := spelling(strings.TrimPrefix(alliances.Fold(alias), "the "))
		own := spelling(strings.TrimPrefix(alliances.Fold(a.Name), "the "))
		if rest, ok := strings.CutPrefix(f, own+" of "); ok {
			// A group's unit, not a name that holds a place ("Islamic State of Iraq").
			other := every[strings.TrimPrefix(rest, "the ")]
			return other != "" && other != a.ID && groupKind(other)
		}
		if pre, ok := strings.CutSuffix(f, " "+own); ok {
			// "Free Syrian Army's 13th Division": another's whole name in the possessive.
			if other := cmp.Or(every[pre], every[strings.TrimSuffix(pre, "s")]); other != "" && other != a.ID && groupKind(other) {
				return true
			}
		}
		first, _, _ := strings.Cut(f, " ")
		other := single[strings.TrimSuffix(first, "s")]
		if id := single[first]; id != "" {
			other = id
		}
		return other != "" && other != a.ID && f != own && strings.HasSuffix(f, " "+own)
	}
	for _, a := range actors {
		known[a.ID] = true
		rd.kinds[a.ID] = a.Kind
		add(a.Name, a.ID)
		for _, al := range a.Aliases {
			if !compound(al, a) {
				add(al, a.ID)
			}
		}
		if !strings.Contains(a.ID, "-") {
			add(a.ID, a.ID)
		}
	}
	for name, id := range r.Aliases {
		if known[id] || id == "@previous" {
			add(name, id)
		}
	}
	for name, id := range r.Capitals {
		if known[id] && rd.kinds[id] == "state" {
			add(name, id)
		}
	}
	// A name that begins with another actor's name or demonym is also written with that
	// actor in the possessive: "Taliban military commission" as "the Taliban's military
	// commission", "Pakistani military" as "Pakistan's military".
	canonical := map[string]string{}
	for _, a := range actors {
		canonical[a.ID] = strings.TrimPrefix(spelling(alliances.Fold(a.Name)), "the ")
	}
	for _, a := range actors {
		w := strings.Fields(canonical[a.ID])
		if a.Kind == "individual" || len(w) < 2 {
			continue
		}
		if id, ok := rd.names[w[0]]; ok && id != a.ID && !strings.HasPrefix(id, "@") && canonical[id] != "" && !strings.Contains(canonical[id], " ") {
			add(canonical[id]+"s "+strings.Join(w[1:], " "), a.ID)
		}
	}
	rd.common = map[string]bool{}
	for _, w := range r.CommonNames {
		rd.common[spelling(alliances.Fold(w))] = true
	}
	rd.prefixes, rd.nounFirst = prefixSet(r.NamePrefixes), prefixSet(r.NounFirst)
	maps.Copy(rd.prefixes, rd.nounFirst)
	// An individual is also named by its name's last word alone ("Ghani"), where no other
	// actor of the record is named so; an organization by its short forms ("Tahrir al-Sham").
	surnames := map[string][]string{}
	rd.heads = map[string]bool{}
	for _, a := range actors {
		if a.Kind == "individual" {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			for _, f := range rd.shortForms(n) {
				if !slices.Contains(surnames[f], a.ID) {
					surnames[f] = append(surnames[f], a.ID)
				}
			}
		}
	}
	// A short form of one word that other names hold too ("Sham" of "Ahrar al-Sham", in
	// "Sham Legion" and "Suqour al-Sham") names no one: it is shared.
	for _, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			for w := range strings.FieldsSeq(spelling(alliances.Fold(n))) {
				if ids, ok := surnames[w]; ok && !slices.Contains(ids, a.ID) {
					surnames[w] = append(ids, a.ID)
				}
			}
		}
	}
	for _, a := range actors {
		if a.Kind != "individual" {
			continue
		}
		if w := strings.Fields(spelling(alliances.Fold(a.Name))); len(w) >= 2 && len(w[len(w)-1]) >= 4 && !slices.Contains(surnames[w[len(w)-1]], a.ID) &&
			!slices.Contains(r.Titles, w[len(w)-1]) && !slices.Contains(w, "of") && !slices.Contains(w, "for") { // not "Major" of John Major: "Major General Barry McCaffrey"; nor a post's last word ("Special Representative ... for Côte d'Ivoire")
			surnames[w[len(w)-1]] = append(surnames[w[len(w)-1]], a.ID)
		}
	}
	// A name that places or qualifies its head ("Islamic State in Khorasan", "Drug
	// traders in the south") is also named by its head alone, where no other actor is.
	for _, a := range actors {
		if a.Kind == "individual" {
			continue
		}
		f := strings.TrimPrefix(spelling(alliances.Fold(a.Name)), "the ")
		head, rest := headOf(f)
		if len(strings.Fields(head)) >= 2 && rest != "" && !slices.Contains(surnames[head], a.ID) {
			surnames[head] = append(surnames[head], a.ID) // not a name that is its own head: "East African Community"
			rd.heads[head] = true
		}
		// A head that is an organization's name and a plural noun ("Jami'at commanders")
		// is also written the other way round, with any of the organization's names
		// ("commanders of Jami'at-i Islami").
		w := strings.Fields(head)
		if len(w) < 2 || !strings.HasSuffix(w[len(w)-1], "s") {
			continue
		}
		org, ok := rd.names[strings.Join(w[:len(w)-1], " ")]
		if !ok || org == a.ID || strings.HasPrefix(org, "@") || rd.kinds[org] == "individual" {
			continue
		}
		for _, o := range actors {
			if o.ID != org {
				continue
			}
			for _, n := range append([]string{o.Name}, o.Aliases...) {
				v := w[len(w)-1] + " of " + strings.TrimPrefix(spelling(alliances.Fold(n)), "the ")
				if !slices.Contains(surnames[v], a.ID) {
					surnames[v] = append(surnames[v], a.ID)
					rd.heads[v] = true
				}
			}
		}
	}
	rd.ambiguous = map[string][]string{}
	for w, ids := range surnames {
		held, taken := rd.names[w]
		if len(ids) == 1 && !taken {
			add(w, ids[0])
			rd.derived[spelling(w)], rd.derived[spelling(w)+"s"] = true, true // and its possessive
		} else if len(ids) == 1 && rd.derived[w] && held != ids[0] && rd.kinds[held] == "individual" && rd.kinds[ids[0]] == "individual" {
			// "the twin brothers Timan and Tom Erdimi", known one after the other: the
			// surname the first was given is the two's, the sentence's words choose.
			rd.names[w] = "@ambiguous"
			rd.ambiguous[w] = []string{held, ids[0]}
		} else if !taken && len(ids) > 1 {
			// "Jami'at commanders" of two actors, in western Afghanistan and in
			// Badakhshan: the sentence's own words choose (qualifiers, below).
			rd.names[w] = "@ambiguous"
			rd.ambiguous[w] = ids
			rd.longest = max(rd.longest, len(strings.Fields(w)))
		}
	}
	rd.qualifiers = map[string][]string{}
	for _, a := range actors {
		if _, rest := headOf(spelling(alliances.Fold(a.Name))); rest != "" {
			for w := range strings.FieldsSeq(rest) {
				if len(w) >= 4 && w != "afghanistan" && w != "other" && !opening[w] {
					rd.qualifiers[a.ID] = append(rd.qualifiers[a.ID], w)
				}
			}
		}
	}
	rd.parts = map[string][]string{}
	rd.allies = map[string]map[string]bool{}
	rd.ledBy = map[string][]string{}
	rd.formWords = map[string]bool{}
	for _, ws := range r.Organizations {
		for _, w := range ws {
			rd.formWords[alliances.Fold(w)] = true
		}
	}
	rd.stateNames = map[string]bool{}
	for name := range r.States {
		rd.stateNames[alliances.Fold(name)] = true
	}
	rd.places = map[string]bool{}
	for _, w := range r.Places {
		rd.places[alliances.Fold(w)] = true
	}
	rd.nameParts(actors)
	rd.asides = map[string]bool{}
	for _, w := range r.Asides {
		rd.asides[alliances.Fold(w)] = true
	}
	for _, w := range r.Titles {
		rd.titles = append(rd.titles, strings.Fields(alliances.Fold(w)))
	}
	slices.SortStableFunc(rd.titles, func(a, b []string) int { return len(b) - len(a) })
	for _, w := range r.StatePosts {
		rd.statePosts = append(rd.statePosts, strings.Fields(alliances.Fold(w)))
	}
	for _, p := range r.Pronouns {
		// "the party" is the one named before; "the Party", where the case calls an actor
		// so, is that actor: the Malayan Communist Party throughout a memoir.
		f := spelling(alliances.Fold(p))
		base := strings.TrimPrefix(f, "the ")
		if id, taken := rd.names[base]; taken && base != f && !strings.HasPrefix(id, "@") && !rd.nouns[base] {
			rd.capitalAlias[f] = id
		}
		rd.names[f] = "@previous"
	}
	// Looked up by their spelling, as names are ("the belligerents", "the three").
	for _, p := range r.Pairs {
		rd.names[spelling(alliances.Fold(p))] = "@pair"
	}
	for _, p := range r.Threes {
		rd.names[spelling(alliances.Fold(p))] = "@three"
		// "the four organizations", "all five": the same words of a list of four or five.
		for _, n := range []string{"four", "five"} {
			if w := strings.Replace(alliances.Fold(p), "three", n, 1); w != alliances.Fold(p) {
				rd.names[spelling(w)] = "@" + n
			}
		}
	}
	rd.combining = map[string]string{}
	for form, id := range r.Combining {
		rd.combining[alliances.Fold(form)] = id
	}
	for _, p := range r.Governments {
		// "the government" is the report's state, unless the case names an actor so: an
		// analyst's alias is what the words stand for in their reports.
		f := spelling(alliances.Fold(p))
		if id, taken := rd.names[strings.TrimPrefix(f, "the ")]; taken && !strings.HasPrefix(id, "@") {
			rd.names[f] = id
		} else if id, taken := rd.names[f]; !taken || strings.HasPrefix(id, "@") {
			rd.names[f] = "@country"
		}
	}
	for _, rel := range r.Relations {
		then, before, within := foldAll(rel.Then), foldAll(rel.Before), foldAll(rel.Within)
		for _, c := range rel.Cues {
			rd.cues = append(rd.cues, cue{words: cueWords(c), kind: rel.Kind, text: c, then: then, before: before, within: within})
		}
		for _, c := range rel.Passive {
			rd.cues = append(rd.cues, cue{words: cueWords(c), kind: rel.Kind, passive: true, text: c, then: then, before: before, within: within})
		}
	}
	texts := map[string]int{}
	for _, c := range rd.cues {
		texts[c.text]++
	}
	for i := range rd.cues {
		rd.cues[i].twin = texts[rd.cues[i].text] > 1
	}
	slices.SortStableFunc(rd.cues, func(a, b cue) int { return len(b.words) - len(a.words) })
	rd.learnWords(r)
	return rd
}
