package extract

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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

// Reader proposes the ties a document states between the actors it knows.
type Reader struct {
	rules      *Rules
	names      map[string]string // folded name -> actor id
	kinds      map[string]string // actor id -> kind
	longest    int               // the most words in a name
	cues       []cue             // longest first
	byFirst    map[string][]cue  // the cues by their first word, longest first
	marks      map[string][]string
	split      map[string][]string // phrases cut into words, once
	Taken      map[string]bool     // actor ids the record holds in other cases: an actor found gets another
	Source     string              // the source the proposals cite
	Date       edtf.Interval       // the document's date: the latest a tie it states may hold
	latest     string              // the latest year the document being read names, for want of its date
	places     map[string]bool
	prefixes   map[string]bool            // the first words of names in transliteration (name_prefixes), folded
	parts      map[string][]string        // actor id -> the actors its name holds
	ambiguous  map[string][]string        // a short name several actors share -> them
	heads      map[string]bool            // the short names that are a name's head
	allies     map[string]map[string]bool // actor id -> the actors its name says it is loyal or linked to
	qualifiers map[string][]string        // actor id -> the words that place or qualify its name
	topic      string                     // the actor the paragraph being read is about: its first
	context    string                     // the latest year the paragraph named before the sentence being read
	timesOf    string                     // the sentence whose times are found, and where they are
	times      [][]int
	asides     map[string]bool
	titles     [][]string // longest first
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

// shortForms returns the shorter names a name of an organization goes by, without the
// word that begins such names in transliteration (rules.yaml, name_prefixes) and its
// link: "Tahrir al-Sham" for "Hay'at Tahrir al-Sham", "al-Nusra" and "Nusra" for "Jabhat
// al-Nusra", "Wahdat" for "Hizb-e Wahdat". Each must be one actor's only, which the caller
// sees to.
func (rd *Reader) shortForms(name string) []string {
	words := strings.Fields(spelling(alliances.Fold(name)))
	if len(words) < 2 || !rd.prefixes[words[0]] {
		return nil
	}
	rest := words[1:]
	if len(rest) > 1 && (rest[0] == "e" || rest[0] == "i" || rest[0] == "ye" || rest[0] == "ul") {
		rest = rest[1:] // "Hizb-e Wahdat": the link
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

// add names an actor by a name, unless another holds that name already.
func (rd *Reader) add(name, id string) {
	f := alliances.Fold(name)
	f = strings.TrimPrefix(f, "the ")
	if f == "" || len(f) < 3 {
		return
	}
	f = spelling(f)
	if _, taken := rd.names[f]; !taken {
		rd.names[f] = id
	}
	if !strings.HasSuffix(f, "s") {
		if _, taken := rd.names[f+"s"]; !taken {
			rd.names[f+"s"] = id // a possessive, its apostrophe folded away: "hekmatyars"
		}
	}
	rd.longest = max(rd.longest, len(strings.Fields(f)))
	// An acronym of initials is also written with full stops: "US forces" as "U.S.
	// forces" (folded "u s forces").
	if w := strings.Fields(name); len(w) >= 2 && len(w[0]) >= 2 && len(w[0]) <= 3 && strings.ToUpper(w[0]) == w[0] && !strings.ContainsAny(w[0], ".-") {
		rd.add(strings.Join(strings.Split(w[0], ""), ".")+". "+strings.Join(w[1:], " "), id)
	}
}

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
		added = append(added, a.ID)
		rd.add(a.Name, a.ID)
		for _, al := range a.Aliases {
			rd.add(al, a.ID)
		}
		if !strings.Contains(a.ID, "-") {
			rd.add(a.ID, a.ID)
		}
	}
	for name, id := range rd.rules.Aliases {
		if slices.Contains(added, id) {
			rd.add(name, id)
		}
	}
}

// spelling reduces a folded name to the form names are compared in: doubled letters
// single, so that transliterations that double a consonant or not ("Qassem", "Qasem")
// meet.
func spelling(folded string) string {
	b := []byte(folded)
	out := b[:0]
	for i, c := range b {
		if i > 0 && c == b[i-1] && c >= 'a' && c <= 'z' {
			continue
		}
		out = append(out, c)
	}
	s := string(out)
	// The Arabic article written as it sounds before some letters ("Ahrar ash-Sham",
	// "Jabhat an-Nusra") is the same word as "al".
	if !strings.Contains(s, " ") {
		if slices.Contains(articles, " "+s+" ") {
			return "al"
		}
		return s
	}
	for _, variant := range articles {
		if strings.Contains(" "+s+" ", variant) {
			s = strings.TrimSpace(strings.ReplaceAll(" "+s+" ", variant, " al "))
		}
	}
	return s
}

var articles = []string{" ash ", " adh ", " ath ", " ad ", " ar ", " az ", " el ", " ul ", " an "}

type cue struct {
	words   []string
	kind    alliances.Kind
	passive bool
	text    string
}

// NewReader returns a reader of rules that knows the actors given (a case's and the
// registry's): their ids, names and aliases, and the rules' aliases of them.
func NewReader(r *Rules, actors []alliances.Actor) *Reader {
	rd := &Reader{rules: r, names: map[string]string{}, kinds: map[string]string{}, marks: map[string][]string{}, split: map[string][]string{}}
	known := map[string]bool{}
	add := rd.add
	for _, a := range actors {
		known[a.ID] = true
		rd.kinds[a.ID] = a.Kind
		add(a.Name, a.ID)
		for _, al := range a.Aliases {
			add(al, a.ID)
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
	rd.prefixes = map[string]bool{}
	for _, words := range r.NamePrefixes {
		for _, w := range words {
			rd.prefixes[spelling(alliances.Fold(w))] = true
		}
	}
	// An individual is also named by the last word of the name alone ("Ghani" for Ashraf
	// Ghani), where no other actor of the record is named so; an organization by its
	// short forms ("Tahrir al-Sham").
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
		if w := strings.Fields(spelling(alliances.Fold(a.Name))); len(w) >= 2 && len(w[len(w)-1]) >= 4 && !slices.Contains(surnames[w[len(w)-1]], a.ID) {
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
		if head, _ := headOf(f); len(strings.Fields(head)) >= 2 && !slices.Contains(surnames[head], a.ID) {
			surnames[head] = append(surnames[head], a.ID)
			rd.heads[head] = true
		}
	}
	rd.ambiguous = map[string][]string{}
	for w, ids := range surnames {
		if _, taken := rd.names[w]; len(ids) == 1 && !taken {
			add(w, ids[0])
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
	// The actors whose names hold another's: "Taliban hardliners", "Pakistani military",
	// "Militias of Haji Zahir Qadir".
	rd.parts = map[string][]string{}
	rd.allies = map[string]map[string]bool{}
	for _, a := range actors {
		if a.Kind == "individual" || a.Kind == alliances.Category {
			continue
		}
		words := strings.Fields(strings.TrimPrefix(spelling(alliances.Fold(a.Name)), "the "))
		for i := range words {
			for n := len(words) - i; n > 0; n-- {
				if i == 0 && n == len(words) {
					continue
				}
				key := strings.Join(words[i:i+n], " ")
				id, ok := rd.names[key]
				if i > 0 && (words[i-1] == "anti" || words[i-1] == "pro" || words[i-1] == "counter" || words[i-1] == "ex") || rd.heads[key] {
					ok = false // the "anti-ISIL coalition" is no part of the Islamic State; a head is no name of its own
				}
				// "Police officers loyal to Karzai": an ally, not a part or a leader.
				if ok && i >= 2 && slices.Contains([]string{"loyal to", "linked to", "tied to", "close to", "aligned with"}, words[i-2]+" "+words[i-1]) {
					if rd.allies[a.ID] == nil {
						rd.allies[a.ID] = map[string]bool{}
					}
					rd.allies[a.ID][id] = true
				}
				// A state is named in its organs' names; groups named after a country
				// ("Free Syrian Army") are no part of its state.
				if ok && id != a.ID && !strings.HasPrefix(id, "@") && rd.kinds[id] != alliances.Category && (rd.kinds[id] != "state" || a.Kind == "state-organ") && !slices.Contains(rd.parts[a.ID], id) {
					rd.parts[a.ID] = append(rd.parts[a.ID], id)
					break
				}
			}
		}
	}
	rd.places = map[string]bool{}
	for _, w := range r.Places {
		rd.places[alliances.Fold(w)] = true
	}
	rd.asides = map[string]bool{}
	for _, w := range r.Asides {
		rd.asides[alliances.Fold(w)] = true
	}
	for _, w := range r.Titles {
		rd.titles = append(rd.titles, strings.Fields(alliances.Fold(w)))
	}
	slices.SortStableFunc(rd.titles, func(a, b []string) int { return len(b) - len(a) })
	for _, p := range r.Pronouns {
		rd.names[alliances.Fold(p)] = "@previous"
	}
	for _, p := range r.Pairs {
		rd.names[alliances.Fold(p)] = "@pair"
	}
	for _, rel := range r.Relations {
		for _, c := range rel.Cues {
			rd.cues = append(rd.cues, cue{strings.Fields(alliances.Fold(c)), rel.Kind, false, c})
		}
		for _, c := range rel.Passive {
			rd.cues = append(rd.cues, cue{strings.Fields(alliances.Fold(c)), rel.Kind, true, c})
		}
	}
	slices.SortStableFunc(rd.cues, func(a, b cue) int { return len(b.words) - len(a.words) })
	rd.byFirst = map[string][]cue{}
	for _, c := range rd.cues {
		if len(c.words) > 0 {
			rd.byFirst[c.words[0]] = append(rd.byFirst[c.words[0]], c) // longest first still
		}
	}
	for _, l := range []struct {
		mark  string
		words []string
	}{{"negation", r.Negations}, {"end", r.Ends}, {"hedge", r.Hedges}, {"attribution", r.Attributions}} {
		for _, w := range l.words {
			rd.marks[l.mark] = append(rd.marks[l.mark], alliances.Fold(w))
		}
	}
	return rd
}

// token is a word of a sentence, folded, with its place in the document.
type token struct {
	word       string
	start, end int
	pre        string // the text between the word before and this one: spaces, punctuation
	upper      bool   // written with a capital
	possessive bool   // written with 's: "Hekmatyar's"
}

func tokens(text string, base int) []token {
	var out []token
	start, last := -1, 0
	for i, r := range text + " " {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '\'' || r == '’') && start >= 0
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			for k, w := range strings.Fields(alliances.Fold(text[start:i])) {
				pre := ""
				if k == 0 {
					pre = text[last:start]
				}
				r, _ := utf8.DecodeRuneInString(text[start:i])
				raw := text[start:i]
				poss := strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s")
				out = append(out, token{w, base + start, base + i, pre, unicode.IsUpper(r), poss})
			}
			last = i
			start = -1
		}
	}
	return out
}

type mention struct {
	id         string
	first, end int // token positions [first, end)
}

// qualified returns where a name's head read at token end-1 ends with what qualifies
// it, when the words after it join and name its qualifiers ("Police officers loyal to
// former president Hamid Karzai and to other southern notables"): the whole is one
// mention. Otherwise it returns end.
func (rd *Reader) qualified(ts []token, end int, id string) int {
	if end >= len(ts) || !slices.ContainsFunc(qualifying, func(q string) bool { return strings.HasPrefix(q[1:], ts[end].word+" ") }) {
		return end
	}
	last := end
	for k := end; k < min(end+12, len(ts)); k++ {
		if slices.Contains(rd.qualifiers[id], spelling(ts[k].word)) {
			last = k + 1
		}
	}
	return last
}

// choose returns, of actors sharing a short name, the one whose name's qualifiers the
// sentence holds ("Jami'at commanders ... in western Afghanistan"), or none.
func (rd *Reader) choose(ids []string, ts []token) string {
	best, bestN, tie := "", 0, false
	for _, id := range ids {
		n := 0
		for _, q := range rd.qualifiers[id] {
			if slices.ContainsFunc(ts, func(t token) bool { return spelling(t.word) == q }) {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = id, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// lastTwo returns the two distinct actors named last: in the sentence so far, else with
// those of the sentence before.
func (rd *Reader) lastTwo(out []mention, previous string, before []string) (string, string) {
	var ids []string
	for i := len(out) - 1; i >= 0 && len(ids) < 2; i-- {
		if !slices.Contains(ids, out[i].id) {
			ids = append(ids, out[i].id)
		}
	}
	for i := len(before) - 1; i >= 0 && len(ids) < 2; i-- {
		if !slices.Contains(ids, before[i]) {
			ids = append(ids, before[i])
		}
	}
	if len(ids) < 2 {
		return "", ""
	}
	return ids[1], ids[0]
}

// mentionsAfter finds the actors named in a sentence, the longest name first, knowing the
// subject of the sentence before (for "they", "the group") and the actors it named (for
// "the two").
func (rd *Reader) mentionsAfter(ts []token, previous string, pair []string) []mention {
	var out []mention
	subject := previous // the previous sentence's subject, for "the group"
	spelt := make([]string, len(ts))
	for i, t := range ts {
		spelt[i] = spelling(t.word) // once a word: the windows below join them
	}
	for i := 0; i < len(ts); {
		found := false
		for n := min(rd.longest, len(ts)-i); n > 0; n-- {
			words := make([]string, n)
			for k := range n {
				words[k] = ts[i+k].word
			}
			key := strings.Join(spelt[i:i+n], " ")
			if id, ok := rd.names[key]; ok {
				if id == "@pair" {
					// "the two": the two actors named last, as one mention each.
					if a, b := rd.lastTwo(out, previous, pair); a != "" {
						out = append(out, mention{a, i, i + n}, mention{b, i, i + n})
					}
					i += n
					found = true
					break
				}
				if id == "@ambiguous" {
					id = rd.choose(rd.ambiguous[spelling(strings.Join(words, " "))], ts)
				}
				if id == "@previous" {
					// "the group" is the actor the text was about; "they", "them", "it" the
					// one named last, unless "it" is no one ("it was assumed").
					id = previous
					if words[0] == "the" && words[len(words)-1] != "latter" {
						id = cmp.Or(rd.topic, subject) // "the latter" is the one named last
					}
					if words[0] == "it" && i+1 < len(ts) {
						switch ts[i+1].word {
						case "is", "was", "seems", "seemed", "appears", "appeared", "remains", "remained":
							id = ""
						}
					}
				}
				if id != "" && rd.kinds[id] == "state" && (rd.place(ts, i) || i > 1 && strings.Contains(ts[i].pre, ",") && ts[i-1].upper &&
					!notPlaces[ts[i-1].word] && (len(out) == 0 || out[len(out)-1].end < i)) {
					id = "" // "in Syria", "at Kilis, Turkey": a place, not an actor
				}
				if id != "" && rd.heads[key] {
					n = rd.qualified(ts, i+n, id) - i // "militia commanders loyal to ... Karzai and to other southern notables"
				}
				if k := len(out) - 1; id != "" && k >= 0 && out[k].id == id && out[k].end == i {
					out[k].end = i + n // "the People's Protection Units (YPG)": one mention
				} else if id != "" {
					out = append(out, mention{id, i, i + n})
					previous = id
				}
				i += n
				found = true
				break
			}
		}
		if !found {
			i++
		}
	}
	return out
}

// notPlaces are capitalized words before a comma that are no town's name: "On 16 July,
// Turkey", "Later, Iran".
var notPlaces = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(months+"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|however|meanwhile|later|instead|then|nevertheless|moreover|also|still|yet|today|afterwards|eventually", "|") {
		m[w] = true
	}
	return m
}()

// place reports whether the name at token i follows a word that makes it a place: "in
// Syria", "in eastern Syria".
func (rd *Reader) place(ts []token, i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		switch ts[k].word {
		case "eastern", "western", "northern", "southern", "central", "north", "south", "east", "west", "northeastern",
			"northwestern", "southeastern", "southwestern", "the", "rural":
			continue
		}
		return rd.places[ts[k].word]
	}
	return false
}

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

// has reports whether one of phrases (folded) occurs among the tokens in [from, to).
func (rd *Reader) has(ts []token, from, to int, phrases ...string) (string, bool) {
	for i := max(from, 0); i < min(to, len(ts)); i++ {
		for _, p := range phrases {
			words, ok := rd.split[p]
			if !ok {
				words = strings.Fields(p)
				rd.split[p] = words
			}
			if matchAt(ts, i, words) {
				return p, true
			}
		}
	}
	return "", false
}

// Found is an actor the reader proposes: an organization the record does not know,
// named in the report in the form of one.
type Found struct {
	Actor      alliances.Actor `json:"actor"`
	Paragraph  int             `json:"paragraph"` // where it is first named
	Quote      string          `json:"quote"`     // its name as written
	Document   string          `json:"document"`
	Why        string          `json:"why"`        // what made it a name: "an organization's name by its form", "a post before the name"
	Confidence float64         `json:"confidence"` // as a tie's: how often such a find is right
	Start, End int             `json:"-"`          // the name's byte offsets in the document
}

var capitalized = regexp.MustCompile(`[\p{Lu}][\p{L}'’.-]*`)

// Discover finds the organizations a document names that the reader does not know, by
// the form of their names (rules.yaml, organizations), and knows them from then on: the
// ties of the document may name them.
func (rd *Reader) Discover(d *Document) []Found {
	kindOf := map[string]string{}
	for kind, words := range rd.rules.Organizations {
		for _, w := range words {
			kindOf[w] = kind
		}
	}
	prefixOf := map[string]string{}
	for kind, words := range rd.rules.NamePrefixes {
		for _, w := range words {
			prefixOf[alliances.Fold(w)] = kind
		}
	}
	title := func(w string) bool {
		w = alliances.Fold(w)
		return slices.ContainsFunc(rd.titles, func(t []string) bool { return len(t) == 1 && t[0] == w })
	}
	// leadingPost returns how many words of a run a post takes before a name ("Vice
	// President", "Gen."), and whether one is a post's noun, not only an adjective
	// ("Senior Research Fellow" names no one).
	leadingPost := func(words []string) (int, bool) {
		n, noun := 0, false
		for n < len(words)-2 {
			k := 0
			for _, t := range rd.titles {
				if len(t) <= len(words)-n && slices.Equal(t, strings.Fields(alliances.Fold(strings.Join(words[n:n+len(t)], " ")))) {
					k = len(t)
					break
				}
			}
			if k == 0 {
				break
			}
			for _, w := range words[n : n+k] {
				noun = noun || !adjectives[alliances.Fold(w)]
			}
			n += k
		}
		return n, noun
	}
	// orgKind tells whether a run of capitalized words is an organization's name, and of
	// which kind: its form's word ends it ("Nusra Front") or is followed by "of" or "for"
	// ("Islamic Movement of Uzbekistan"), or a word that begins such names in
	// transliteration begins it ("Hizb-e Islami", "Jabhat al-Nusra").
	orgKind := func(words []string) (kind, head string) {
		for k, w := range words {
			last := k == len(words)-1
			if kd, ok := kindOf[w]; ok && (last && len(words) >= 2 || !last && (words[k+1] == "of" || words[k+1] == "for") && k+2 < len(words)) {
				return kd, w
			}
		}
		first := alliances.Fold(words[0])
		if i := strings.IndexByte(words[0], '-'); i > 0 {
			first = alliances.Fold(words[0][:i]) // "Hizb-e", "Jami'at-i"
		}
		if kd, ok := prefixOf[first]; ok && len(words) >= 2 {
			return kd, words[0]
		}
		return "", ""
	}
	var out []Found
	for _, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		runs := nameRuns(text)
		for ri, r := range runs {
			words := r.words
			// Another name of an actor named just before it, in parentheses ("Jaish
			// al-Fatah (Army of Conquest)"), or of one named at its start ("Southern
			// Front of the Free Syrian Army"): an alias, no new actor.
			same := ""
			if r.paren && ri > 0 && runs[ri-1].end == r.first {
				same = rd.names[spelling(strings.TrimPrefix(alliances.Fold(strings.Join(runs[ri-1].words, " ")), "the "))]
			}
			if k := slices.Index(words, "of"); same == "" && k > 0 {
				same = rd.names[spelling(strings.TrimPrefix(alliances.Fold(strings.Join(words[:k], " ")), "the "))]
			}
			if same != "" && !strings.HasPrefix(same, "@") {
				name := strings.Join(words, " ")
				rd.add(name, same)
				if i := slices.IndexFunc(out, func(f Found) bool { return f.Actor.ID == same }); i >= 0 && !slices.Contains(out[i].Actor.Aliases, name) {
					out[i].Actor.Aliases = append(out[i].Actor.Aliases, name)
				}
				continue
			}
			kind, head := orgKind(words)
			why, confidence := "an organization's name by its form", 0.6
			if kind == "" {
				// An individual: a name after a post ("former president Hamid Karzai",
				// "Gen. Abdul Rashid Dostum", "the candidate, Abdullah Abdullah"), or in
				// the possessive before an organization's ("Gulbuddin Hekmatyar's
				// Hizb-e Islami").
				n, noun := leadingPost(words)
				words = words[n:]
				post := noun || r.before != "" && title(r.before) && !adjectives[alliances.Fold(r.before)]
				owner := r.possessive && ri+1 < len(runs) && runs[ri+1].first == r.end
				if owner {
					next := runs[ri+1].words
					_, known := rd.names[spelling(strings.TrimPrefix(alliances.Fold(strings.Join(next, " ")), "the "))]
					k, _ := orgKind(next)
					owner = known || k != ""
				}
				if !post && !owner || len(words) < 2 || len(words) > 4 || slices.ContainsFunc(words, func(w string) bool { return kindOf[w] != "" }) {
					continue
				}
				kind, head = "individual", ""
				why, confidence = "an individual's name after a post", 0.6
				if !post {
					why, confidence = "an individual's name in the possessive before an organization's", 0.5
				}
			}
			if r0, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r0) {
				continue // "President of Iraqi Kurdistan" names a post, not a person
			}
			name := strings.TrimPrefix(strings.Join(words, " "), "The ")
			folded := strings.TrimPrefix(alliances.Fold(name), "the ")
			if id, known := rd.names[spelling(folded)]; known || folded == alliances.Fold(head) {
				if known && r.acronym != "" && !strings.HasPrefix(id, "@") {
					rd.add(r.acronym, id) // "the Kurdish People's Protection Units (YPG)"
				}
				continue
			}
			id := strings.ReplaceAll(folded, " ", "-")
			for n := 2; rd.Taken[id] || rd.kinds[id] != ""; n++ {
				id = fmt.Sprintf("%s-%d", strings.ReplaceAll(folded, " ", "-"), n) // another case's actor has the id
			}
			a := alliances.Actor{ID: id, Name: name, Kind: kind}
			if r.acronym != "" {
				a.Aliases = []string{r.acronym}
				rd.add(r.acronym, id)
			}
			rd.add(name, id)
			rd.kinds[id] = kind
			if kind == "individual" {
				if last := strings.Fields(spelling(folded)); len(last[len(last)-1]) >= 4 {
					rd.add(last[len(last)-1], id) // "Hekmatyar", where no one has the name
				}
			}
			at := p.Start + strings.Index(text, name)
			out = append(out, Found{Actor: a, Paragraph: p.N, Quote: name, Document: d.Name, Why: why, Confidence: confidence, Start: at, End: at + len(name)})
		}
	}
	// "Southern Front of the Free Syrian Army" named before "Southern Front": one actor,
	// the longer name its alias.
	for i := 0; i < len(out); i++ {
		long := out[i].Actor
		k := slices.IndexFunc(out, func(f Found) bool {
			return f.Actor.ID != long.ID && f.Actor.Kind != "individual" && strings.HasPrefix(long.Name, f.Actor.Name+" of ")
		})
		if k < 0 {
			continue
		}
		out[k].Actor.Aliases = append(out[k].Actor.Aliases, long.Name)
		out[k].Actor.Aliases = append(out[k].Actor.Aliases, long.Aliases...)
		for key, id := range rd.names {
			if id == long.ID {
				rd.names[key] = out[k].Actor.ID
			}
		}
		delete(rd.kinds, long.ID)
		out = slices.Delete(out, i, i+1)
		i--
	}
	// "Jami'at" for "Jami'at-i Islami", where no other name found begins so; "Tahrir
	// al-Sham" for "Hay'at Tahrir al-Sham", where no other is named so.
	bases := map[string][]string{}
	for _, f := range out {
		for _, short := range rd.shortForms(f.Actor.Name) {
			bases[short] = append(bases[short], f.Actor.ID)
		}
	}
	for _, f := range out {
		if w := strings.Fields(f.Actor.Name); f.Actor.Kind != "individual" && strings.Contains(w[0], "-") {
			base := w[0][:strings.IndexByte(w[0], '-')]
			bases[base] = append(bases[base], f.Actor.ID)
		}
	}
	for base, ids := range bases {
		if len(ids) == 1 && len(alliances.Fold(base)) >= 4 {
			rd.add(base, ids[0])
		}
	}
	return out
}

// adjectives are words of the rules' titles that name no post by themselves.
var adjectives = map[string]bool{"senior": true, "top": true, "former": true, "then": true, "chief": true, "deputy": true}

// opening are the words that open a sentence with a capital without being a name's.
var opening = map[string]bool{"when": true, "while": true, "after": true, "before": true, "as": true, "but": true, "and": true,
	"in": true, "on": true, "at": true, "by": true, "since": true, "although": true, "though": true, "if": true, "then": true,
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "for": true, "with": true,
	"from": true, "during": true, "under": true, "once": true, "until": true, "because": true, "however": true, "meanwhile": true}

// nameRun is a run of capitalized words of a paragraph: its words, their place among the
// paragraph's words [first, end), the word before it, and whether it ends in a
// possessive ("Hekmatyar's").
type nameRun struct {
	words      []string
	first, end int
	before     string
	possessive bool
	acronym    string // the abbreviation in parentheses after it: "(MNLA)"
	paren      bool   // written in parentheses: "(Army of Conquest)"
}

// nameRuns returns the runs of capitalized words of a text (joined by "of", "for", "the"
// inside a name: "Government of National Accord", "Army of Glory"; "al-" before a
// capital: "Jabhat al-Nusra"), each ended by a possessive.
func nameRuns(text string) []nameRun {
	var out []nameRun
	words := strings.Fields(text)
	trim := func(w string) string { return strings.Trim(w, ",.;:()\"“”‘’'") }
	capital := func(n string) bool {
		if n == "" {
			return false
		}
		if capitalized.FindString(n) == n {
			return true
		}
		// Arabic articles before a capital: "al-Nusra", "ash-Sham".
		for _, article := range []string{"al-", "ash-", "ad-", "as-", "an-", "ar-", "at-", "az-", "el-", "ul-"} {
			if rest := strings.TrimPrefix(n, article); rest != n && rest != "" && capitalized.FindString(rest) == rest {
				return true
			}
		}
		return false
	}
	particle := map[string]bool{"al": true, "el": true, "ash": true, "bin": true, "ibn": true, "abu": true, "de": true, "ul": true}
	possessive := func(raw string) (string, bool) {
		t := strings.TrimRight(raw, ",.;:)\"”")
		for _, suffix := range []string{"’s", "'s"} {
			if strings.HasSuffix(t, suffix) {
				return strings.TrimSuffix(t, suffix), true
			}
		}
		return raw, false
	}
	for i := 0; i < len(words); i++ {
		raw, poss := possessive(words[i])
		w := trim(raw)
		if !capitalized.MatchString(w) || capitalized.FindString(w) != w {
			continue
		}
		if opening[strings.ToLower(w)] && !poss {
			continue // "When Gulbuddin Hekmatyar's": the run begins after it
		}
		run := []string{w}
		j := i + 1
		ended := poss || strings.ContainsAny(words[i][len(words[i])-1:], ",.;:)")
		for ; j < len(words) && !ended; j++ {
			if strings.HasPrefix(words[j], "(") {
				break // "... Azawad (MNLA)": the name ends before its abbreviation
			}
			raw, p := possessive(words[j])
			n := trim(raw)
			if capital(n) || (n == "of" || n == "for" || n == "the" || particle[n] && j+1 < len(words) && capital(trim(words[j+1]))) && j+1 < len(words) {
				run = append(run, n)
				poss = p
				if p || strings.ContainsAny(words[j][len(words[j])-1:], ",.;:)") {
					j++
					break
				}
				continue
			}
			break
		}
		for len(run) > 0 && (run[len(run)-1] == "of" || run[len(run)-1] == "for" || run[len(run)-1] == "the") {
			run = run[:len(run)-1]
			poss = false
		}
		before := ""
		if i > 0 {
			before = trim(words[i-1])
		}
		acronym := ""
		if j < len(words) && !poss {
			if a := strings.TrimRight(words[j], ",.;:"); strings.HasPrefix(a, "(") && strings.HasSuffix(a, ")") && len(a) >= 4 &&
				strings.ToUpper(a) == a && !strings.ContainsAny(a[1:len(a)-1], " ()") {
				acronym = a[1 : len(a)-1] // "(MNLA)", "(YPG)"
			}
		}
		if len(run) >= 2 || len(run) == 1 && poss {
			out = append(out, nameRun{run, i, j, before, poss, acronym, strings.HasPrefix(words[i], "(")})
		}
		i = j - 1
	}
	return out
}

// Read proposes the ties a document states.
func (rd *Reader) Read(d *Document) []Proposal {
	rd.latest = ""
	for _, y := range yearRE.FindAllString(d.Text, -1) {
		if y > rd.latest {
			rd.latest = y
		}
	}
	var out []Proposal
	seen := map[string]bool{}
	named := map[string]bool{} // the memberships names give, proposed once
	heading, after := "", 0    // the year of the latest heading that names one ("### 2013")
	for _, p := range d.Paragraphs {
		for _, line := range strings.Split(d.Text[after:p.Start], "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				if y := lastYear(line); y != "" {
					heading = y
				}
			}
		}
		after = p.End
		previous := ""
		var named0 []string // the actors the sentence before named
		context := heading  // the latest year the paragraph, or the heading over it, names
		rd.topic = ""
		for _, s := range p.Sentences {
			text := d.Text[s.Start:s.End]
			ts := tokens(text, s.Start)
			ms := rd.mentionsAfter(ts, previous, named0)
			named0 = named0[:0]
			for _, m := range ms {
				named0 = append(named0, m.id)
			}
			if len(ms) > 0 {
				previous = ms[0].id // the sentence's subject, as a rule its first actor
				if rd.topic == "" {
					rd.topic = previous
				}
			}
			rd.context = context
			valid, timeCue := rd.when(text, context, -1, -1)
			if y := lastYear(text); y != "" {
				context = y
			}
			if len(ms) == 0 || len(ms) == 1 && (rd.topic == "" || rd.topic == ms[0].id) {
				continue
			}
			found, ms := rd.compounds(d, p, s, ts, ms, valid, timeCue)
			spans := rd.cueSpans(ts, ms)
			for _, c := range spans {
				found = append(found, rd.propose(d, p, s, ts, ms, c, valid, timeCue)...)
			}
			found = append(found, rd.leaders(d, p, s, ts, ms, valid, timeCue)...)
			found = append(found, rd.posts(d, p, s, ts, ms, valid, timeCue)...)
			for _, m := range ms {
				for _, part := range rd.parts[m.id] {
					if named[m.id+" "+part] {
						continue
					}
					named[m.id+" "+part] = true
					t := alliances.Tie{Subject: m.id, Object: part, Kind: alliances.Membership, Status: alliances.Reported}
					switch {
					case rd.allies[m.id][part]:
						t.Kind = alliances.Alliance
					case rd.kinds[part] == "individual":
						t.Subject, t.Object, t.Role = part, m.id, alliances.Leader
					}
					if prop, ok := rd.finish(d, p, s, t, []string{"name: " + m.id + " is named after " + part}, valid, timeCue, 0.6); ok {
						found = append(found, prop)
					}
				}
			}
			found = append(found, rd.nearby(d, p, s, ts, ms, spans, found, valid, timeCue)...)
			for _, prop := range found {
				key := fmt.Sprint(prop.Tie.Subject, prop.Tie.Object, prop.Tie.Kind, p.N)
				if alliances.SignOf(prop.Tie.Kind, "") != 0 && !prop.Tie.Kind.Directed() && prop.Tie.Subject > prop.Tie.Object {
					key = fmt.Sprint(prop.Tie.Object, prop.Tie.Subject, prop.Tie.Kind, p.N)
				}
				if seen[key] {
					continue
				}
				seen[key] = true
				out = append(out, prop)
			}
		}
	}
	return out
}

type cueSpan struct {
	cue        cue
	first, end int
}

// cueSpans finds the relation cues of a sentence, outside the actors' names.
func (rd *Reader) cueSpans(ts []token, ms []mention) []cueSpan {
	inName := func(i int) bool {
		return slices.ContainsFunc(ms, func(m mention) bool { return i >= m.first && i < m.end })
	}
	var out []cueSpan
	for i := 0; i < len(ts); i++ {
		if inName(i) {
			continue
		}
		for _, c := range rd.byFirst[ts[i].word] {
			// Cues may overlap where one reaches past another ("worked together
			// against"), never inside one.
			if matchAt(ts, i, c.words) && (len(out) == 0 || i+len(c.words) > out[len(out)-1].end) {
				out = append(out, cueSpan{c, i, i + len(c.words)})
				break
			}
		}
	}
	return out
}

// joined reports whether the tokens between two mentions only join them: "and", "or",
// a comma (folded away), "as well as".
func joined(ts []token, from, to int) bool {
	if from == to && from > 0 && from <= len(ts) && ts[from-1].possessive {
		return false // "Gulbuddin Hekmatyar's Hizb-e Islami": one possesses the other
	}
	for i := from; i < to; i++ {
		switch ts[i].word {
		case "and", "or", "as", "well", "both", "gen", "general", "president", "the":
		case "along", "together":
			if i+1 >= to || ts[i+1].word != "with" {
				return false
			}
			i++ // "along with", "together with"
		default:
			return false
		}
	}
	for i := max(from, 1); i <= to && i < len(ts); i++ {
		if strings.ContainsAny(ts[i].pre, "();:[]") {
			return false // "the old stakeholders (Karzai and Abdullah)": no list of three
		}
	}
	return to-from <= 3
}

// group returns the mention at i and those joined to it by "and", "or" and commas,
// toward step (-1: leftward, +1: rightward).
func group(ts []token, ms []mention, i, step int) []*mention {
	out := []*mention{&ms[i]}
	for j := i + step; j >= 0 && j < len(ms); j += step {
		a, b := out[len(out)-1], &ms[j]
		from, to := b.end, a.first
		if step > 0 {
			from, to = a.end, b.first
		}
		if !joined(ts, from, to) {
			break
		}
		out = append(out, b)
	}
	return out
}

// leaders proposes the membership an individual's name in the possessive states of the
// organization named after it: "Gulbuddin Hekmatyar's Hizb-e Islami".
func (rd *Reader) leaders(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if rd.kinds[a.id] != "individual" || rd.kinds[b.id] == "individual" || b.first != a.end || !strings.HasSuffix(ts[a.end-1].word, "s") {
			continue
		}
		t := alliances.Tie{Subject: a.id, Object: b.id, Kind: alliances.Membership, Role: alliances.Leader, Status: alliances.Reported}
		if prop, ok := rd.finish(d, p, s, t, []string{"possessive: the individual's organization"}, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	return out
}

type voiceOf int

const (
	active voiceOf = iota
	passiveBy
	passiveNoAgent
)

// voice tells whether a cue is passive: one of the rules' passive cues ("backed by"), or
// a participle after a form of "be" ("were killed by Turkish forces", "was attacked"),
// with its agent after "by" or with none.
func (rd *Reader) voice(ts []token, c cueSpan) voiceOf {
	if c.cue.passive {
		return passiveBy
	}
	if len(c.cue.words) != 1 || !strings.HasSuffix(c.cue.words[0], "ed") {
		return active
	}
	aux := false
	for i := c.first - 1; i >= max(0, c.first-3); i-- {
		switch ts[i].word {
		case "was", "were", "been", "being", "is", "are", "be", "got", "get":
			aux = true
		case "also", "later", "then", "first", "not", "never":
			continue
		}
		if strings.HasSuffix(ts[i].word, "ly") {
			continue // "was subsequently captured"
		}
		break
	}
	if !aux {
		return active
	}
	if c.end < len(ts) && ts[c.end].word == "by" {
		return passiveBy
	}
	return passiveNoAgent
}

// subordinators open a sentence with a clause that its first comma closes.
var subordinators = map[string]bool{"when": true, "while": true, "after": true, "before": true, "since": true, "although": true,
	"though": true, "if": true, "once": true, "because": true, "whereas": true, "as": true, "until": true, "unless": true}

// opensSentence reports whether the words before token i only open the sentence: an
// article, or a time ("In July 2018, the Iraqi Army ...").
func opensSentence(ts []token, i int) bool {
	if i > 7 {
		return false
	}
	for k := range i {
		w := ts[k].word
		if !(w == "the" || w == "in" || w == "on" || w == "by" || w == "during" || w == "early" || w == "late" || w == "mid" ||
			w == "of" || w == "later" || w == "then" || strings.Contains(months, w) && len(w) >= 3 || w[0] >= '0' && w[0] <= '9') {
			return false
		}
	}
	return true
}

// unknownName reports whether a name the reader does not know may stand before token
// to in its sentence: a capitalized word after the first ("the al-Nusra Front
// attacked"), or a first word joined to a capitalized one ("Al-Nusra attacked"). A cue
// with no known actor before it then speaks of that name, not of the paragraph's subject.
func unknownName(d *Document, ts []token, to int) bool {
	for i := 0; i < to && i < len(ts); i++ {
		raw := d.Text[ts[i].start:ts[i].end]
		r, _ := utf8.DecodeRuneInString(raw)
		if i > 0 && unicode.IsUpper(r) || strings.ContainsFunc(raw[1:], unicode.IsUpper) {
			return true
		}
	}
	return false
}

// boundary reports whether the edge of a clause lies between the tokens from and to: a
// semicolon, a colon, a parenthesis or a dash, or a comma before a word that opens a
// clause (", and China provided"; ", which").
func boundary(d *Document, ts []token, from, to int) bool {
	gapAt := func(k int) string {
		if k < 1 || k >= len(ts) {
			return ""
		}
		return d.Text[ts[k-1].end:ts[k].start]
	}
	// "When Hizb-e Islami signed a peace deal in 2016, the Taliban were upset": the
	// first comma of a sentence opened by a subordinate clause closes it.
	opener := len(ts) > 0 && subordinators[ts[0].word]
	for k := max(from, 1); k <= to && k < len(ts); k++ {
		gap := gapAt(k)
		if opener && strings.Contains(gap, ",") && !slices.ContainsFunc(ts[1:k], func(t token) bool { return strings.Contains(t.pre, ",") }) {
			return true
		}
		// A parenthesis around one word is an abbreviation: "Units (YPG) attacked".
		if strings.Contains(gap, ")") && strings.Contains(gapAt(k-1), "(") || strings.Contains(gap, "(") && strings.Contains(gapAt(k+1), ")") {
			gap = strings.NewReplacer("(", "", ")", "").Replace(gap)
		}
		if strings.ContainsAny(gap, ";:()[]—") {
			return true
		}
		if strings.Contains(gap, ",") && k < to {
			switch ts[k].word {
			case "which", "who", "whose":
				// "The Iranians, who had been supporting the Taliban": a relative clause
				// right after a name speaks of it.
				if k > from {
					return true
				}
			case "and", "but", "while", "whereas", "although", "though", "when", "because", "so", "yet", "however":
				return true
			}
		}
	}
	return false
}

// compounds proposes the ties named by two actors joined by a hyphen before a cue ("the
// U.S.-Taliban agreement", "Iran-Saudi rivalry"), and returns the mentions without them:
// such names qualify a noun and are no party to the sentence's other claims.
func (rd *Reader) compounds(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) ([]Proposal, []mention) {
	var out []Proposal
	var kept []mention
	for i := 0; i < len(ms); i++ {
		if i+1 < len(ms) && ms[i+1].first == ms[i].end && ms[i].id != ms[i+1].id {
			gap := strings.TrimLeft(d.Text[ts[ms[i].end-1].end:ts[ms[i+1].first].start], ".") // "U.S.-Taliban"
			if gap == "-" || gap == "–" || gap == "/" {
				a, b := ms[i], ms[i+1]
				for _, c := range rd.cues { // few: only after two names joined by a hyphen
					at := -1
					for k := b.end; k <= min(b.end+2, len(ts)-1); k++ {
						if matchAt(ts, k, c.words) {
							at = k
							break
						}
					}
					if at < 0 || c.kind.Directed() || c.passive {
						continue
					}
					t := alliances.Tie{Subject: a.id, Object: b.id, Kind: c.kind, Status: alliances.Reported}
					confidence := 0.7
					if c.kind == alliances.Agreement {
						confidence = 0.5
					}
					if prop, ok := rd.finish(d, p, s, t, []string{"cue: " + c.text, "compound: " + strings.TrimSpace(d.Text[ts[a.first].start:ts[b.end-1].end])}, valid, timeCue, confidence); ok {
						out = append(out, prop)
					}
					break
				}
				i++
				continue
			}
		}
		kept = append(kept, ms[i])
	}
	return out, kept
}

// nearby proposes, with less confidence, the ties of the actors of a sentence that no
// cue joins in the order the reader knows ("Kurdish forces expelled the jihadists",
// where the cue stands between them but not next to them; "the attack on X by Y"): each
// pair of actors of the sentence not yet in a proposal takes the kind of the cue nearest
// to them, within the same clause.
func (rd *Reader) nearby(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, found []Proposal, valid, timeCue string) []Proposal {
	if len(spans) == 0 || len(ms) > 6 {
		return nil
	}
	paired := map[[2]string]bool{}
	for _, f := range found {
		for _, pair := range [][2]string{{f.Tie.Subject, f.Tie.Object}, {f.Tie.Subject, f.Tie.Third}, {f.Tie.Object, f.Tie.Third}} {
			paired[pair], paired[[2]string{pair[1], pair[0]}] = true, true
		}
	}
	var out []Proposal
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			a, b := &ms[i], &ms[j]
			if a.id == b.id || paired[[2]string{a.id, b.id}] || joined(ts, a.end, b.first) {
				continue
			}
			best, dist := -1, 1<<30
			for k, c := range spans {
				var d0 int
				if c.first < a.end || c.end > b.first {
					continue // the cue between them
				}
				d0 = min(c.first-a.end, b.first-c.end)
				if d0 < dist {
					best, dist = k, d0
				}
			}
			if best < 0 || dist > 8 || boundary(d, ts, min(a.end, spans[best].end), max(b.first, spans[best].first)) {
				continue
			}
			c := spans[best]
			if _, neg := rd.has(ts, c.first-4, c.first, rd.marks["negation"]...); neg {
				continue
			}
			left, right := a, b
			switch rd.voice(ts, c) {
			case passiveBy:
				left, right = b, a
			case passiveNoAgent:
				continue
			}
			t := alliances.Tie{Subject: left.id, Object: right.id, Kind: c.cue.kind, Status: alliances.Reported}
			confidence := 0.4 // right about two times in five on the annotated texts
			if _, ok := rd.has(ts, 0, len(ts), rd.marks["hedge"]...); ok {
				t.Status = alliances.Alleged
				confidence -= 0.1
			}
			paired[[2]string{a.id, b.id}], paired[[2]string{b.id, a.id}] = true, true
			if prop, ok := rd.finish(d, p, s, t, []string{"cue: " + c.cue.text, "near: the actors share the sentence with the cue"}, valid, timeCue, confidence); ok {
				out = append(out, prop)
			}
		}
	}
	return out
}

// title reads the words of a post in [from, to): whether they are only a post's words
// and the small words around them, how many post words they hold, and whether "of" is
// among them ("the president of").
func (rd *Reader) title(ts []token, from, to int) (only bool, posts int, of bool) {
	for i := from; i < to; {
		switch ts[i].word {
		case "the", "a", "an", "s", "its", "their", "his", "her", "then", "and", "also", "more", "two", "three", "several", "such", "as", "including", "like", "new", "al", "el":
			i++
			continue
		case "of":
			of = true
			i++
			continue
		}
		n := 0
		for _, t := range rd.titles {
			if matchAt(ts, i, t) {
				n = len(t)
				break
			}
		}
		if n == 0 {
			return false, posts, of
		}
		posts++
		i += n
	}
	return true, posts, of
}

// posts proposes the memberships a post states: an individual named with a post beside
// an organization or a state ("Egyptian President Mohamed Morsi", "Ashraf Ghani, the
// president of the Islamic Republic", "General X of the Revolutionary Guards",
// "commanders of the IRGC, A and B"), and a state's organ named in its possessive
// ("Iran's Quds Force").
func (rd *Reader) posts(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	person := func(m mention) bool { return rd.kinds[m.id] == "individual" }
	type pair struct {
		member, of mention
		why        string
	}
	var pairs []pair
	after := map[int]bool{} // individuals whose post names the organization after them
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if person(a) && !person(b) {
			if only, _, of := rd.title(ts, a.end, b.first); only && of && b.first-a.end <= 6 {
				pairs = append(pairs, pair{a, b, "post: an individual of an organization"})
				after[i] = true
			}
		}
	}
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		switch {
		case !person(a) && person(b) && !after[i+1] && b.first > a.end && b.first-a.end <= 4:
			if only, n, of := rd.title(ts, a.end, b.first); only && n > 0 && !of {
				pairs = append(pairs, pair{b, a, "post: the organization's post before the name"})
			}
		case person(a) && !person(b) && b.first-a.end <= 1 && !after[i]:
			// "Hossein Amir-Abdollahian, Iranian deputy foreign minister", "Subhi
			// al-Tufayli, Hezbollah's former leader": the post after the organization.
			end := b.end
			for end < len(ts) && end-b.end < 4 {
				if only, n, _ := rd.title(ts, b.end, end+1); !only || n == 0 && end-b.end >= 2 {
					break
				}
				end++
			}
			if only, n, of := rd.title(ts, b.end, end); only && n > 0 && !of && (b.first == a.end || ts[a.end].word == "the" || ts[a.end].word == "an" || ts[a.end].word == "a") {
				pairs = append(pairs, pair{a, b, "post: the organization's post after the name"})
			}
		case !person(a) && person(b) && b.first == a.end:
			// "commanders of the IRGC, A and B": the post before the organization.
			from := a.first
			for from > 0 && a.first-from < 6 {
				if only, _, _ := rd.title(ts, from-1, a.first); !only {
					break
				}
				from--
			}
			if only, n, of := rd.title(ts, from, a.first); only && n > 0 && of {
				for _, m := range group(ts, ms, i+1, +1) {
					if person(*m) {
						pairs = append(pairs, pair{*m, a, "post: the organization's post before the names"})
					}
				}
			}
		case rd.kinds[a.id] == "state" && (rd.kinds[b.id] == "state-organ" || rd.kinds[b.id] == "militia") && b.first == a.end && strings.HasSuffix(ts[a.end-1].word, "s"):
			pairs = append(pairs, pair{b, a, "possessive: the state's organ"})
		}
	}
	var out []Proposal
	for _, pr := range pairs {
		if pr.member.id == pr.of.id {
			continue
		}
		t := alliances.Tie{Subject: pr.member.id, Object: pr.of.id, Kind: alliances.Membership, Status: alliances.Reported}
		if prop, ok := rd.finish(d, p, s, t, []string{pr.why}, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	return out
}

// propose makes the ties a cue states between the actors around it: those before it
// (joined by "and") with those after it, or, for a symmetric kind with none after,
// those before it with each other.
func (rd *Reader) propose(d *Document, p Paragraph, s Span, ts []token, ms []mention, c cueSpan, valid, timeCue string) []Proposal {
	li, ri := -1, -1
	for i := range ms {
		if ms[i].end <= c.first {
			li = i
		}
		if ms[i].first >= c.end && ri < 0 {
			ri = i
		}
	}
	shared := false
	// "an airstrike campaign by the United States": a noun's agent comes after "by",
	// and the actor before it is none of its parties.
	if li >= 0 && !c.cue.passive && c.end < len(ts) && (ts[c.end].word == "by" || c.end+1 < len(ts) && ts[c.end+1].word == "by" && !strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed")) &&
		!strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed") {
		li = -1
	}
	// A verb joined to one before it shares its subject: "Russians, Iranians, and
	// Pakistanis lobbied the old stakeholders ... and mediated between them and the
	// Taliban".
	// So does a verb of purpose: "The Iranians, who had been supporting the Taliban in
	// order to hurt the Americans".
	purpose := c.first >= 3 && (matchAt(ts, c.first-3, []string{"in", "order", "to"}) || matchAt(ts, c.first-3, []string{"so", "as", "to"}))
	// A participle after a comma speaks of the sentence's subject: "the Iraqi Army,
	// Popular Mobilization Forces and Peshmerga launched an operation ..., supported by
	// the US-led coalition".
	participle := c.cue.passive && strings.Contains(ts[c.first].pre, ",") && li >= 0 && ms[li].end < c.first
	if k := c.first - 1; k > 0 && (purpose || participle || len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && (ts[k].word == "and" || k > 1 && ts[k-1].word == "and" && strings.HasSuffix(ts[k].word, "ly"))) && len(ms) > 0 && ms[0].end <= c.first {
		if g := group(ts, ms, 0, +1); len(g) > 0 && li >= 0 && ms[li].first > g[len(g)-1].first && opensSentence(ts, ms[0].first) {
			li = slices.IndexFunc(ms, func(m mention) bool { return m.first == g[len(g)-1].first })
			shared = true
		}
	}
	// The actors nearest the cue, unless a clause's edge lies between ("Saudi Arabia
	// provided support, and China ...") or a word sets the actor aside ("through
	// Pakistan").
	// "the YPG (supported by the Shammar tribe)": a parenthesis that opens on the cue
	// right after an actor speaks of that actor.
	aside := li >= 0 && ms[li].end == c.first && c.first > 0 && strings.Contains(d.Text[ts[c.first-1].end:ts[c.first].start], "(")
	if li >= 0 && !shared && !aside && boundary(d, ts, ms[li].end, c.first) {
		li = -1
	}
	// "except for Pakistan, the surrounding countries would all be terrorized":
	// the actor set aside is no subject either.
	if li >= 0 && ms[li].first > 0 && (rd.asides[ts[ms[li].first-1].word] || ms[li].first > 1 && rd.asides[ts[ms[li].first-2].word]) {
		li = -1
	}
	// A list after a colon is what the cue names: "Assyrian forces included: A, B".
	listed := c.cue.kind == alliances.Membership && ri >= 0 && ms[ri].first == c.end && strings.TrimSpace(ts[c.end].pre) == ":"
	if ri >= 0 && !listed && (boundary(d, ts, c.end, ms[ri].first) || ms[ri].first > 0 && rd.asides[ts[ms[ri].first-1].word]) {
		ri = -1
	}
	// "Ahrar al-Sham and their allies": a possessive before the cue makes its noun the
	// possessor's, not a tie with the actor after it.
	if c.first > 0 && !c.cue.kind.Directed() && len(c.cue.words) == 1 {
		switch ts[c.first-1].word {
		case "their", "its", "his", "her":
			ri = -1
		}
	}
	// "joined the fighting": joining names whom it joins, right after it.
	if w := c.cue.words[0]; (w == "joined" || w == "join" || w == "joining") && len(c.cue.words) == 1 && (ri < 0 || ms[ri].first-c.end > 2) {
		return nil
	}
	// Too far from the cue to be one statement (the nearest of a list counts).
	if li >= 0 && c.first-ms[li].end > 12 && !shared && !c.cue.passive {
		li = -1
	}
	if ri >= 0 && ms[ri].first-c.end > 12 {
		ri = -1
	}
	cues := []string{"cue: " + c.cue.text}
	// A cue with no actor before it in its sentence speaks of the paragraph's subject:
	// "Inside Afghanistan, the Taliban have been building relations ... Relations were
	// established with the militias of Haji Zahir Qadir".
	implicit := li < 0 && ri >= 0 && ms[0].first >= c.end && ms[ri].first-c.end <= 6 && rd.topic != "" && rd.topic != ms[ri].id &&
		!unknownName(d, ts, c.first) &&
		c.cue.kind != alliances.Membership && c.cue.kind != alliances.Mediation && !c.cue.passive
	if implicit {
		ms = append([]mention{{id: rd.topic, first: -100, end: -100}}, ms...)
		li, ri = 0, ri+1
		shared = true
	}
	symmetric := !c.cue.kind.Directed()
	between := false
	for i := c.end; i < min(c.end+5, len(ts)); i++ {
		between = between || ts[i].word == "between" // "clashes in the area between"
	}
	var pairs [][2]*mention
	var third *mention
	// "the genocide of Yazidis by ISIL": the target after the noun, its agent after "by".
	byAgent := false
	if !c.cue.passive && ri >= 0 && ri+1 < len(ms) && ms[ri].first-c.end <= 1 && ms[ri+1].first-ms[ri].end <= 3 && !strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed") {
		for k := ms[ri].end; k < ms[ri+1].first; k++ {
			byAgent = byAgent || ts[k].word == "by" // "of Yazidis by ISIL", "of Jami'at fighters by the Taliban"
		}
	}
	switch {
	case byAgent:
		pairs = append(pairs, [2]*mention{&ms[ri+1], &ms[ri]})
		cues = append(cues, "agent after by")
	case c.cue.kind == alliances.Membership:
		// "X, a member of Y", "Y, led by X": the actors next to the cue only, and no
		// state a member.
		if li < 0 || ri < 0 || c.first-ms[li].end > 3 || ms[ri].first-c.end > 2 {
			return nil
		}
		right := []*mention{&ms[ri]}
		if c.cue.passive {
			right = group(ts, ms, ri, +1) // "the Front, which consists of A and B"
		}
		for _, r := range right {
			pairs = append(pairs, [2]*mention{&ms[li], r})
		}
	case c.cue.kind == alliances.Mediation:
		// A mediation names the two it brings together: "Iran mediated between Russia
		// and the Taliban"; the first is its object, the second its third party.
		if li < 0 || ri < 0 || ri+1 >= len(ms) || ms[ri+1].first-ms[ri].end > 3 {
			return nil
		}
		third = &ms[ri+1]
		for _, l := range group(ts, ms, li, -1) {
			pairs = append(pairs, [2]*mention{l, &ms[ri]})
		}
	case ri >= 0 && symmetric && between && len(group(ts, ms, ri, +1)) >= 2:
		// "clashes erupted between A and B".
		g := group(ts, ms, ri, +1)
		pairs = append(pairs, [2]*mention{g[0], g[1]})
		cues = append(cues, "between")
	case li >= 0 && ri >= 0:
		for _, l := range group(ts, ms, li, -1) {
			for _, r := range group(ts, ms, ri, +1) {
				pairs = append(pairs, [2]*mention{l, r})
			}
		}
	case li >= 0 && symmetric:
		// "A and B have been jointly taxing": actors before the cue, joined; or the
		// sentence's subjects, where the cue qualifies what they did ("Russians,
		// Iranians, and Pakistanis lobbied the old stakeholders, often in a coordinated
		// way").
		g := group(ts, ms, li, -1)
		if first := group(ts, ms, 0, +1); len(g) == 1 && len(first) >= 2 && opensSentence(ts, ms[0].first) && ms[li].first > first[len(first)-1].first {
			g = first
		}
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pairs = append(pairs, [2]*mention{g[j], g[i]})
			}
		}
		cues = append(cues, "joined before the cue")
	}
	if c.first < len(ts) {
		end := ts[c.end-1].end
		if ri >= 0 {
			end = max(end, ts[ms[ri].end-1].end)
		}
		valid, timeCue = rd.when(d.Text[s.Start:s.End], rd.context, ts[c.first].start-s.Start, end-s.Start)
	}
	// The lists on either side stand next to the cue, by their nearest names: "A, B and
	// C sealed deals with the Taliban" is as sure for A as for C.
	near := li >= 0 && ri >= 0 && ms[li].first >= 0 && c.first-ms[li].end <= 3 && ms[ri].first-c.end <= 3
	voice := rd.voice(ts, c)
	if voice == passiveNoAgent && c.cue.kind.Directed() {
		return nil // "X was supported": by whom, the sentence does not say
	}
	var out []Proposal
	for _, pair := range pairs {
		left, right := pair[0], pair[1]
		if left.id == right.id {
			continue
		}
		if voice == passiveBy {
			left, right = right, left
		}
		if c.cue.kind == alliances.Membership && (rd.kinds[left.id] == "state" || rd.kinds[right.id] == "individual") {
			continue
		}
		cues := cues
		if left.first < 0 || right.first < 0 {
			cues = append(slices.Clone(cues), "implicit: "+rd.topic+", the paragraph's subject")
		}
		if prop, ok := rd.one(d, p, s, ts, c, left, right, slices.Clone(cues), valid, timeCue, near); ok {
			if third != nil {
				if third.id == left.id || third.id == right.id {
					continue
				}
				prop.Tie.Third = third.id
			}
			out = append(out, prop)
		}
	}
	return out
}

// one makes the tie a cue states between two actors.
func (rd *Reader) one(d *Document, p Paragraph, s Span, ts []token, c cueSpan, left, right *mention, cues []string, valid, timeCue string, near bool) (Proposal, bool) {
	if c.cue.passive {
		cues = append(cues, "passive")
	}
	if _, ok := rd.has(ts, c.first-4, c.first, rd.marks["negation"]...); ok {
		return Proposal{}, false // "did not support" states no tie
	}
	t := alliances.Tie{Subject: left.id, Object: right.id, Kind: c.cue.kind, Status: alliances.Reported}
	confidence := 0.6
	if w, ok := rd.has(ts, 0, len(ts), rd.marks["hedge"]...); ok {
		t.Status = alliances.Alleged
		cues = append(cues, "hedge: "+w)
		confidence -= 0.1
	}
	if w, ok := rd.has(ts, c.first-3, c.first, rd.marks["end"]...); ok {
		cues = append(cues, "end: "+w)
	}
	cite := alliances.Citation{Source: rd.Source, Locator: "¶" + strconv.Itoa(p.N), Credibility: 3}
	text := d.Text[s.Start:s.End]
	if at := attribution(text); at != "" {
		cite.AttributedTo = at
		t.Status = alliances.Alleged
		cues = append(cues, "attributed to "+at)
	}
	for f, words := range rd.relation(c.cue.kind).Forms {
		for _, w := range words {
			if _, ok := rd.has(ts, 0, len(ts), alliances.Fold(w)); ok && !slices.Contains(t.Forms, alliances.Form(f)) {
				t.Forms = append(t.Forms, alliances.Form(f))
				cues = append(cues, "form "+f+": "+w)
				break
			}
		}
	}
	slices.Sort(t.Forms)
	cite.Note = "“" + strings.TrimSpace(text) + "”"
	t.Citations = []alliances.Citation{cite}
	if near || c.first-left.end <= 3 && right.first-c.end <= 3 || c.cue.passive && c.first-right.end <= 3 && left.first-c.end <= 3 ||
		slices.Contains(cues, "between") && min(left.first, right.first)-c.end <= 5 {
		confidence += 0.2 // the actors stand next to the cue ("a ceasefire was signed between A and B")
	}
	if t.Kind == alliances.Agreement {
		// An agreement needs its type, which decides its sign: the sentence's words
		// give it ("cease-fire", "defection"), or nothing does.
		if typ, w := rd.agreementType(ts); typ != "" {
			t.Type = typ
			cues = append(cues, "type "+string(typ)+": "+w)
		} else {
			confidence -= 0.2
		}
	}
	if left.first < 0 || right.first < 0 {
		confidence -= 0.15 // an actor the sentence does not name: below the default threshold
	}
	return rd.finish(d, p, s, t, cues, valid, timeCue, confidence)
}

// agreementType reads an agreement's type from the words of its sentence (rules.yaml,
// agreement_types).
func (rd *Reader) agreementType(ts []token) (alliances.AgreementType, string) {
	for _, typ := range alliances.AgreementTypes {
		if w, ok := rd.has(ts, 0, len(ts), rd.rules.AgreementTypes[string(typ)]...); ok {
			return typ, w
		}
	}
	return "", ""
}

// finish dates and cites a tie the reader proposes.
func (rd *Reader) finish(d *Document, p Paragraph, s Span, t alliances.Tie, cues []string, valid, timeCue string, confidence float64) (Proposal, bool) {
	text := d.Text[s.Start:s.End]
	if len(t.Citations) == 0 {
		t.Citations = []alliances.Citation{{Source: rd.Source, Locator: "¶" + strconv.Itoa(p.N), Credibility: 3, Note: "“" + strings.TrimSpace(text) + "”"}}
	}
	if t.Valid.IsZero() {
		if valid == "" {
			switch {
			case !rd.Date.IsZero():
				valid, timeCue = "/"+rd.Date.String(), "no time: before the document"
			case rd.latest != "":
				valid, timeCue = "/"+rd.latest, "no time: by the latest year the document names"
			default:
				return Proposal{}, false
			}
		}
		iv, err := edtf.Parse(valid)
		if err != nil {
			return Proposal{}, false
		}
		t.Valid = iv
		cues = append(cues, timeCue)
	}
	t.ID = fmt.Sprintf("x-%s-%s-%s-p%d", t.Subject, t.Kind, t.Object, p.N)
	t.Normalize()
	return Proposal{Tie: t, Paragraph: p.N, Start: s.Start, End: s.End, Quote: strings.TrimSpace(text), Cues: cues, Confidence: confidence,
		Document: d.Name}, true
}

func (rd *Reader) relation(k alliances.Kind) Relation {
	for _, r := range rd.rules.Relations {
		if r.Kind == k {
			return r
		}
	}
	return Relation{}
}

var attributionRE = regexp.MustCompile(`(?i)according to ([^,.;]+)`)

// attribution returns whom a sentence attributes its claim to: "Taliban sources".
func attribution(text string) string {
	m := attributionRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

var (
	months  = "january|february|march|april|may|june|july|august|september|october|november|december"
	seasons = map[string]int{"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
	timeRE  = regexp.MustCompile(`(?i)\b(in|by|since|from|until|after|before|during|around|as of)?\s*(early|late|mid-?)?\s*(` + months + `|spring|summer|autumn|fall|winter)?\s*((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)\d{2}))?(\s+onwards?)?`)
	monthRE = regexp.MustCompile(`(?i)\b(early|late|mid-?)?\s*(` + months + `)\b`)
	yearRE  = regexp.MustCompile(`\b(19|20)\d{2}\b`)
)

func lastYear(text string) string {
	ys := yearRE.FindAllString(text, -1)
	if len(ys) == 0 {
		return ""
	}
	return ys[len(ys)-1]
}

// when reads the time a sentence gives, in EDTF, and the words it read it from: a year
// ("in 2005"), a bound ("by 2018": to 2018 at the latest; "from 2011 onward"), a month
// or season, a span; a month without a year takes the paragraph's latest year.
func (rd *Reader) when(text, context string, from, to int) (string, string) {
	// Of several times, the one nearest the statement, from its cue to its object: "Other
	// groups in 2001's Bonn Agreement ... reached an understanding with the Taliban in
	// spring 2021".
	var m []string
	best := -1
	at := from
	if text != rd.timesOf {
		rd.timesOf, rd.times = text, nil
		if yearRE.MatchString(text) { // the pattern asks for a year: most sentences have none
			rd.times = timeRE.FindAllStringSubmatchIndex(text, -1)
		}
	}
	for _, loc := range rd.times {
		d := max(loc[0]-to, from-loc[1], 0)
		if best < 0 || d < best {
			best = d
			m = make([]string, len(loc)/2)
			for k := range m {
				if loc[2*k] >= 0 {
					m[k] = text[loc[2*k]:loc[2*k+1]]
				}
			}
		}
		if at < 0 {
			break
		}
	}
	if m != nil {
		prep, mod, unit, year, until, onward := strings.ToLower(m[1]), strings.ToLower(m[2]), strings.ToLower(m[3]), m[4], m[5], m[6]
		date := year
		if i := strings.Index(months, unit); unit != "" && i >= 0 && !strings.Contains(unit, " ") {
			n := slices.Index(strings.Split(months, "|"), unit) + 1
			date = fmt.Sprintf("%s-%02d", year, n)
		} else if s, ok := seasons[unit]; ok {
			date = fmt.Sprintf("%s-%d", year, s)
		}
		if mod != "" && date != year {
			date += "~"
		}
		words := "time: " + strings.TrimSpace(m[0])
		switch {
		case until != "":
			return year + "/" + until, words
		case prep == "by" || prep == "until" || prep == "before":
			return "/" + date, words
		case prep == "since" || prep == "from" || prep == "after" || onward != "":
			return date + "/..", words
		}
		return date, words
	}
	if m := monthRE.FindStringSubmatch(text); m != nil && context != "" {
		n := slices.Index(strings.Split(months, "|"), strings.ToLower(m[2])) + 1
		return fmt.Sprintf("%s-%02d~", context, n), "time: " + strings.TrimSpace(m[0]) + " (year from the paragraph)"
	}
	if context != "" {
		return context + "~", "time: " + context + " (the paragraph's year)"
	}
	return "", ""
}
