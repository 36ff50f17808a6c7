package extract

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/alliances-project/alliances"
)

// The heads of state and government the reader knows by name, from a list the project
// keeps (rulers.tsv): whose post "President Idriss Déby" is, where the sentence names
// another state or none, and whose "Libya's Muammar Gaddafi" is without a post.
//
//go:embed rulers.tsv
var rulersTable string

// rulerPost is one post of the list: the state's code (ISO 3166, as the rules' states
// give it), the post, and the years it was held (to 0: held still).
type rulerPost struct {
	code, post string
	from, to   int
	surname    string // the last word of the first name its line gives, folded
}

// rulerList is the list by name: each folded name and spelling of a head, and each head's
// surname (the last word of the first name its line gives) with the posts of all the
// heads that bear it.
type rulerList struct {
	byName    map[string][]rulerPost
	bySurname map[string][]rulerPost
	monarchs  map[string][]rulerPost // a monarch's first name: "King Hussein", "Emir Tamim"
	surnames  map[string][]rulerPost // a surname the list gives alone, with its first name's initial: "vajpayee a"
	firsts    map[string]bool        // the words that open the names of two words or more: "farooq" of Farooq Leghari
	byCode    map[string][]rulerPost // each state's posts, by its code
}

var loadRulers = sync.OnceValue(func() *rulerList {
	l := &rulerList{byName: map[string][]rulerPost{}, bySurname: map[string][]rulerPost{}, monarchs: map[string][]rulerPost{}, surnames: map[string][]rulerPost{},
		firsts: map[string]bool{}, byCode: map[string][]rulerPost{}}
	for line := range strings.SplitSeq(rulersTable, "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) != 5 {
			continue
		}
		p := rulerPost{code: f[0], post: f[1]}
		p.from, _ = strconv.Atoi(f[2])
		p.to, _ = strconv.Atoi(f[3])
		names := strings.Split(f[4], "|")
		if w := strings.Fields(rulerKey(spelling(alliances.Fold(names[0])))); len(w) > 0 {
			p.surname = w[len(w)-1]
		}
		l.byCode[p.code] = append(l.byCode[p.code], p)
		first := strings.Fields(rulerKey(spelling(alliances.Fold(names[0]))))
		for i, n := range names {
			key := rulerKey(spelling(alliances.Fold(n)))
			if i > 0 && len(first) >= 2 && key == first[len(first)-1] {
				// "Vajpayee" of Atal Bihari Vajpayee: a surname said alone, found with
				// another spelling of the first names ("Atal Behari Vajpayee").
				l.surnames[key+" "+first[0][:1]] = append(l.surnames[key+" "+first[0][:1]], p)
			}
			l.byName[key] = append(l.byName[key], p)
			if w := strings.Fields(spelling(alliances.Fold(n))); len(w) >= 2 && len(w[0]) >= 3 && !notFirstWords[w[0]] {
				l.firsts[w[0]] = true
			}
			if w := strings.Fields(key); i == 0 && len(w) >= 2 && len(w[len(w)-1]) >= 4 {
				l.bySurname[w[len(w)-1]] = append(l.bySurname[w[len(w)-1]], p)
			}
			if w := strings.Fields(key); i == 0 && monarchTitles[p.post] {
				l.monarchs[w[0]] = append(l.monarchs[w[0]], p)
			}
		}
	}
	return l
})

// ruledState returns the state the list makes an individual the head of (its posts as
// rulerPosts finds them), and its post there. Of the states the reader knows only, and not
// of a post first taken after the year the sentence ts names (or, for a month it names,
// the paragraph's), nor of one left before that year unless the sentence calls it former.
// Where the list gives two (Mobutu's Congo and Zaire), the one whose post the sentence's
// year, else the paragraph's, falls in; "" where none, or two still.
func (rd *Reader) ruledState(id string, ts []token) (state, post string) {
	posts := rd.rulerPosts(id)
	if len(posts) == 0 {
		return "", ""
	}
	told, _ := strconv.Atoi(sentenceYear(ts))
	// A post held before the sentence's time is a former one the sentence says so of
	// ("the former president", "the deposed president"); else it is none of his then
	// ("Goukouni's forces" of 1985 were rebels).
	past := slices.ContainsFunc(ts, func(t token) bool { return formerWords[t.word] })
	if told == 0 && slices.ContainsFunc(ts, func(t token) bool { return slices.Contains(monthNames, t.word) }) {
		told, _ = strconv.Atoi(yearOf(rd.context)) // "In October the PUK attacked ... Talabani's forces", October of the paragraph's 1997
	}
	year, _ := strconv.Atoi(yearOf(sentenceYear(ts), rd.context, rd.paraYear, rd.textYear))
	ids := map[string]rulerPost{}
	for _, p := range posts {
		// Not a post taken after the year the sentence tells: "Supreme Leader Akhundzada"
		// in 2018 led the Taliban, not yet Afghanistan (one named after his post is a
		// former head; the paragraph's years before may be another time's, "the 1974
		// disengagement agreement").
		if s := rd.stateOfCode(p.code); s != "" && (told == 0 || told >= p.from && (p.to == 0 || told <= p.to+1 || past)) {
			ids[s] = p
		}
	}
	if len(ids) > 1 && year > 0 {
		for s, p := range ids {
			if year < p.from || p.to != 0 && year > p.to {
				delete(ids, s)
			}
		}
	}
	if len(ids) != 1 {
		return "", ""
	}
	for s, p := range ids {
		state, post = s, p.post
	}
	return state, post
}

// rulerOf returns the state the list of rulers makes an individual the head of, in the
// sentence ts, or "".
func (rd *Reader) rulerOf(id string, ts []token) string {
	state, _ := rd.ruledState(id, ts)
	return state
}

// sentenceYear returns the first year a sentence's words name, or "".
func sentenceYear(ts []token) string {
	for _, t := range ts {
		if len(t.word) == 4 && (strings.HasPrefix(t.word, "19") || strings.HasPrefix(t.word, "20")) {
			if _, err := strconv.Atoi(t.word); err == nil {
				return t.word
			}
		}
	}
	return ""
}

// rulerPosts returns the posts the list gives an individual the reader knows: by its
// full names, else by a full name's surname that the list gives a head alone, whose first
// name opens with the same letter ("Atal Behari Vajpayee", "Atal Bihari Vajpayee"), else
// (where the reader knows it by one word only) by that word, and by its surname where
// every head of that surname headed the same state.
func (rd *Reader) rulerPosts(id string) []rulerPost {
	rd.ruled.fresh(len(rd.names))
	if posts, ok := rd.ruled.posts[id]; ok {
		return posts
	}
	list := loadRulers()
	var full, single []string
	for name, of := range rd.names {
		if of != id {
			continue
		}
		if strings.Contains(name, " ") {
			full = append(full, name)
		} else {
			single = append(single, name)
		}
	}
	var posts []rulerPost
	for _, n := range full {
		n = rulerKey(n)
		posts = append(posts, list.byName[n]...)
		// "King Hussein", "Emir Tamim": a monarch named by the title and the first name,
		// each monarch of that name, whose years tell them apart ("King Faisal" of 1965 is
		// Saudi Arabia's, not Iraq's Faisal II; yemen-1962's ¶16).
		if title, rest, ok := strings.Cut(n, " "); ok && monarchTitles[title] && !strings.Contains(rest, " ") {
			// (Only where the reader knows each of those states, so that the year may
			// choose among them: not "King Abdullah" of 1948 where it knows no Jordan.)
			titled := list.monarchs[rest]
			if len(codesOf(titled)) > 1 {
				titled = slices.DeleteFunc(slices.Clone(titled), func(p rulerPost) bool { return p.post != title })
				if slices.ContainsFunc(titled, func(p rulerPost) bool { return rd.stateOfCode(p.code) == "" }) {
					titled = nil
				}
			}
			posts = append(posts, titled...)
		}
	}
	if len(posts) == 0 {
		for _, n := range full {
			w := strings.Fields(rulerKey(n))
			if k := w[len(w)-1] + " " + w[0][:1]; len(codesOf(list.surnames[k])) == 1 {
				posts = append(posts, list.surnames[k]...)
			}
		}
	}
	if len(full) == 0 {
		for _, n := range single {
			n = rulerKey(n)
			posts = append(posts, list.byName[n]...)
			if codes := codesOf(list.bySurname[n]); len(codes) == 1 {
				posts = append(posts, list.bySurname[n]...)
			}
		}
	}
	rd.ruled.posts[id] = posts
	return posts
}

// rulerCache keeps what the list of rulers gives the actors the reader knows: each
// individual's posts, each code's state; made again when the reader knows more names.
type rulerCache struct {
	names  int // how many names the reader knew when they were kept
	posts  map[string][]rulerPost
	states map[string]string
}

// fresh empties the cache where the reader has come to know more names than it knew.
func (c *rulerCache) fresh(names int) {
	if c.posts == nil || c.names != names {
		c.names, c.posts, c.states = names, map[string][]rulerPost{}, map[string]string{}
	}
}

// ruledIn reports whether the list gives an individual a post in a state (by code) held
// in a year, give or take one.
func (rd *Reader) ruledIn(id, state string, year int) bool {
	for _, p := range rd.rulerPosts(id) {
		if rd.stateOfCode(p.code) == state && year >= p.from-1 && (p.to == 0 || year <= p.to+1) {
			return true
		}
	}
	return false
}

// codesOf returns the states' codes of posts, each once.
func codesOf(posts []rulerPost) map[string]bool {
	codes := map[string]bool{}
	for _, p := range posts {
		codes[p.code] = true
	}
	return codes
}

// yearOf returns the year the first of years opens with, or "".
func yearOf(years ...string) string {
	for _, y := range years {
		if len(y) >= 4 {
			return y[:4]
		}
	}
	return ""
}

// stateOfCode returns the actor the reader knows as the state of an ISO 3166 code, by
// the rules' names of that state and their aliases ("Soviet Union" of Russia where the
// actor is named so); "" where it knows none, or two.
func (rd *Reader) stateOfCode(code string) string {
	rd.ruled.fresh(len(rd.names))
	if state, ok := rd.ruled.states[code]; ok {
		return state
	}
	found := rd.codeState(code)
	rd.ruled.states[code] = found
	return found
}

// codeState is stateOfCode, worked out.
func (rd *Reader) codeState(code string) string {
	found := ""
	for name, c := range rd.rules.States {
		if c != code {
			continue
		}
		f := alliances.Fold(name)
		keys := []string{spelling(f)}
		for alias, id := range rd.rules.Aliases {
			if id == stateID(f) {
				keys = append(keys, spelling(alliances.Fold(alias)))
			}
		}
		for _, k := range keys {
			if id, ok := rd.names[k]; ok && rd.kinds[id] == "state" {
				if found != "" && found != id {
					return ""
				}
				found = id
			}
		}
	}
	return found
}

// guessedYear reports whether a time's cue gives a year the sentence does not tell: the
// paragraph's, or the text's named last.
func guessedYear(cue string) bool {
	return strings.Contains(cue, "(the paragraph's year)") || strings.Contains(cue, "(the year the paragraph names after)") ||
		strings.Contains(cue, "(the year the text named last")
}

// rulerForces are the nouns of a state's armed men that a ruler's possessive makes the
// state's: "Saddam Hussein's army".
var rulerForces = map[string]bool{"army": true, "armies": true, "troops": true, "forces": true, "soldiers": true, "military": true,
	"air": true, "navy": true, "police": true, "security": true, "intelligence": true, "secret": true}

// headNouns are the nouns of a head's post, by the posts of the list each may name:
// "the Iraqi president" is the list's president or head of state of Iraq then.
var headNouns = map[string][]string{
	"president": {"president", "head of state"}, "premier": {"prime minister", "premier"},
	"king": {"king", "queen", "emir", "sultan"}, "emir": {"emir", "king"}, "shah": {"king", "head of state"},
	"leader": nil, "ruler": nil, "dictator": nil, "strongman": nil, // any head
}

// titledRulers reads a state's head named by the post alone, after the state's people's
// word or possessive ("the Iraqi president repaid the loans ... by invading them in
// 1990", "Zaire's president"), as the one the list of rulers has in that post in the year
// the sentence names, else the paragraph's before it, where the reader knows that one
// and no other: the mention of the state becomes the head's, over the post's words. Not
// where a name follows or comes before ("Iraq's president, Saddam Hussein", "Nelson
// Mandela, South Africa's president": an apposition, read as such).
func (rd *Reader) titledRulers(ts []token, ms []mention) []mention {
	year, _ := strconv.Atoi(yearOf(sentenceYear(ts), rd.context, rd.paraYear))
	if year == 0 {
		return ms
	}
	for i, m := range ms {
		if m.first < 0 || rd.kinds[m.id] != "state" || m.end >= len(ts) || m.end-m.first != 1 && !ts[m.end-1].possessive {
			continue
		}
		noun, n := ts[m.end].word, 1
		if m.end+1 < len(ts) && noun == "prime" && ts[m.end+1].word == "minister" {
			noun, n = "premier", 2
		}
		kinds, ok := headNouns[noun]
		if !ok || strings.ContainsAny(ts[m.end].pre, ",;:()") {
			continue
		}
		if e := m.end + n; e < len(ts) && (ts[e].upper || strings.TrimSpace(ts[e].pre) == "," && e+1 < len(ts) && ts[e+1].upper) || i+1 < len(ms) && ms[i+1].first == m.end+n {
			continue // "Iraq's president Saddam Hussein", "the Iraqi president, Saddam Hussein,"
		}
		if i > 0 && rd.kinds[ms[i-1].id] == "individual" && m.first-ms[i-1].end <= 1 &&
			slices.ContainsFunc(ts[ms[i-1].end:m.first+1], func(t token) bool { return strings.Contains(t.pre, ",") }) {
			continue // "Nelson Mandela, South Africa's president,": the post of the one named before
		}
		if head := rd.headIn(m.id, kinds, year); head != "" {
			ms[i] = mention{head, m.first, m.end + n}
		}
	}
	return ms
}

// headIn returns the one individual the reader knows whom the list of rulers has in one
// of the posts (any, where none is given) of a state in a year, or "".
func (rd *Reader) headIn(state string, posts []string, year int) string {
	found := ""
	for id, kind := range rd.kinds {
		if kind != "individual" {
			continue
		}
		for _, p := range rd.rulerPosts(id) {
			if (posts == nil || slices.Contains(posts, p.post)) && year >= p.from && (p.to == 0 || year <= p.to) && rd.stateOfCode(p.code) == state {
				if found != "" && found != id {
					return ""
				}
				found = id
			}
		}
	}
	return found
}

// hasHeadNoun reports whether a word is a noun of a head's post: "president", "king".
func hasHeadNoun(w string) bool {
	_, ok := headNouns[w]
	return ok
}

// monarchTitles are the posts of a monarch, and the titles a monarch is named by.
var monarchTitles = map[string]bool{"king": true, "queen": true, "emir": true, "sultan": true}

// underRulers reads a state named before "under" its head, or after a phrase "Under" its
// head opens, as led by him, where the list of rulers makes him its head: "Iran under the
// Shah sent arms", "Under Nimeiri, Khartoum had backed Habre".
func (rd *Reader) underRulers(ts []token, ms []mention) []pair {
	var out []pair
	for i, m := range ms {
		if m.first < 1 || rd.kinds[m.id] != "individual" {
			continue
		}
		k := m.first - 1
		if k > 0 && ts[k].word == "the" {
			k--
		}
		if ts[k].word != "under" {
			continue
		}
		state := -1
		switch {
		case i > 0 && ms[i-1].end == k && !strings.ContainsAny(ts[k].pre, ",;:()"):
			state = i - 1 // "Iran under the Shah"
		case k == 0 && i+1 < len(ms) && m.end < len(ts) && strings.TrimSpace(ts[m.end].pre) == "," && ms[i+1].first == m.end:
			state = i + 1 // "Under Nimeiri, Khartoum"
		}
		if state >= 0 && rd.kinds[ms[state].id] == "state" && rd.rulerOf(m.id, ts) == ms[state].id {
			out = append(out, pair{m, ms[state], "post: ruler, of the state under him, as the list of rulers has it"})
		}
	}
	return out
}

// rulerKey is a folded name as the list of rulers is looked up by: a word's final "y"
// read as "i", for the transliterations that differ so ("Jaafar Nimeiri", "Nimeiry").
func rulerKey(folded string) string {
	if !strings.Contains(folded, "y ") && !strings.HasSuffix(folded, "y") {
		return folded
	}
	w := strings.Fields(folded)
	for i, x := range w {
		if len(x) > 3 && strings.HasSuffix(x, "y") {
			w[i] = x[:len(x)-1] + "i"
		}
	}
	return strings.Join(w, " ")
}

// pastWords make a post or a relation one that was: "the former president", "former
// allies".
var pastWords = map[string]bool{"former": true, "ex": true, "erstwhile": true, "onetime": true, "one-time": true, "sometime": true}

// formerWords are pastWords and the words of a head put out: "the deposed president".
var formerWords = func() map[string]bool {
	m := map[string]bool{"deposed": true, "ousted": true, "overthrown": true, "exiled": true}
	for w := range pastWords {
		m[w] = true
	}
	return m
}()

// namedHead reports whether a state named after an individual ("Syria (government of
// Bashar al-Assad)", "the Assad government") may say he leads it at a time: where the list
// of rulers holds him, only as its head, and then in the time given (or the paragraph's
// year); "Rifaat al-Assad" heads no Syria, nor Bashar the Syria of 1985. An individual the
// list does not hold, and any part of another kind, may.
func (rd *Reader) namedHead(state, part, valid string) bool {
	if rd.kinds[state] != "state" || rd.kinds[part] != "individual" {
		return true
	}
	posts := rd.rulerPosts(part)
	if len(posts) == 0 {
		return !rd.knownRulerName(part)
	}
	if rd.rulerOf(part, nil) != state {
		return false
	}
	y, _ := strconv.Atoi(yearOf(strings.TrimPrefix(valid, "/"), rd.context))
	return y == 0 || rd.ruledIn(part, state, y)
}

// knownRulerName reports whether an individual bears the surname of a head the list
// holds ("Rifaat al-Assad", of the Assads): one the list does not hold, named as a head
// of the same family is.
func (rd *Reader) knownRulerName(id string) bool {
	list := loadRulers()
	for name, of := range rd.names {
		if of != id || !strings.Contains(name, " ") {
			continue
		}
		w := strings.Fields(rulerKey(name))
		if len(list.bySurname[w[len(w)-1]]) > 0 {
			return true
		}
	}
	return false
}

// notFirstWords are the words that open heads' names in the list without being a name a
// person is known by: titles of address and rank, particles, and words that open other
// names ("Christian Democrats", "Sidi Bouzid").
var notFirstWords = map[string]bool{"sheikh": true, "shaikh": true, "sheik": true, "sultan": true, "emir": true, "amir": true, "king": true,
	"queen": true, "prince": true, "princess": true, "crown": true, "ratu": true, "tunku": true, "tun": true, "datuk": true, "dato": true,
	"haji": true, "hajji": true, "sir": true, "lord": true, "dom": true, "don": true, "dona": true, "abu": true, "ibn": true, "bin": true,
	"ben": true, "sidi": true, "mar": true, "said": true, "sri": true, "saint": true, "general": true, "colonel": true, "major": true,
	"marshal": true, "field": true, "mullah": true, "mulla": true, "pir": true, "mian": true, "sardar": true, "chaudhry": true, "nawab": true,
	"christian": true, "grand": true, "duke": true, "los": true, "las": true, "del": true, "van": true, "von": true, "der": true,
	"the": true, "new": true, "little": true, "big": true, "old": true, "young": true, "black": true, "white": true,
	"red": true, "green": true, "north": true, "south": true, "east": true, "west": true, "central": true, "upper": true,
	"justice": true, "judge": true, "pope": true, "father": true, "bishop": true, "archbishop": true, "cardinal": true, "reverend": true}

// listedFirst reports whether a word opens a name of two words or more in the list of
// rulers, as a given name does ("Farooq", "Atal", "Syed"): a run of capitalized words
// that opens with it is a person's name, as one that opens with a given name of the rules.
func listedFirst(w string) bool {
	return loadRulers().firsts[spelling(alliances.Fold(w))]
}

// listedAlone reports whether a word is a name the list of rulers gives a head alone, as
// reports name him after a title: "Colonel Gaddafi".
func listedAlone(w string) bool {
	return loadRulers().byName[rulerKey(spelling(alliances.Fold(w)))] != nil
}

// listedGovernments reads a government named after a head the reader does not know but
// the list of rulers holds, by surname, in one state the reader knows: "the Carter
// administration resumed military aid to the junta" is the United States' act, where no
// actor is named Carter. Where the sentence names a year, the head must hold the post
// then; a name the reader knows is read as that actor's (headsGovernments).
func (rd *Reader) listedGovernments(ts []token, ms []mention) []mention {
	var out []mention
	for k := 1; k+1 < len(ts); k++ {
		if !ts[k].upper || !slices.Contains(governmentNouns, ts[k+1].word) || ts[k-1].word != "the" && !ts[k].possessive ||
			ts[k-1].upper && ts[k-1].word != "the" || slices.ContainsFunc(ms, func(m mention) bool { return m.first <= k && k < m.end }) {
			continue
		}
		year, _ := strconv.Atoi(sentenceYear(ts))
		var states []string
		for _, p := range loadRulers().bySurname[rulerKey(spelling(strings.TrimSuffix(ts[k].word, "s")))] {
			if s := rd.stateOfCode(p.code); s != "" && !slices.Contains(states, s) && (year == 0 || year >= p.from && (p.to == 0 || year <= p.to)) {
				states = append(states, s)
			}
		}
		if len(states) == 1 {
			out = append(out, mention{states[0], k, k + 2})
		}
	}
	if len(out) == 0 {
		return ms
	}
	ms = append(ms, out...)
	slices.SortStableFunc(ms, func(a, b mention) int { return a.first - b.first })
	return ms
}

// heldByAnother reports whether the list of rulers has another than the individual id in
// a head's post (president, prime minister, king ...) of the state in the year the
// sentence tells (else the paragraph's, else the text's): "Maskhadov won the presidential
// election" of 1997, in a report on Russia's wars, is no post of Russia's, whose president
// the list has Yeltsin then.
func (rd *Reader) heldByAnother(state, post, id string, ts []token) bool {
	posts := headNouns[post]
	if post == "prime minister" {
		posts = headNouns["premier"]
	}
	year, _ := strconv.Atoi(yearOf(sentenceYear(ts), rd.context, rd.paraYear, rd.textYear))
	if len(posts) == 0 || year == 0 {
		return false
	}
	var holders []string // the surnames of those the list has in the post then
	for code, ps := range loadRulers().byCode {
		if rd.stateOfCode(code) != state {
			continue
		}
		for _, p := range ps {
			if slices.Contains(posts, p.post) && year >= p.from && (p.to == 0 || year <= p.to) {
				holders = append(holders, p.surname)
			}
		}
	}
	if len(holders) == 0 {
		return false
	}
	for name, of := range rd.names {
		if w := strings.Fields(rulerKey(name)); of == id && len(w) > 0 && slices.Contains(holders, w[len(w)-1]) {
			return false // one the list spells otherwise: "Keita" of Ibrahim Boubacar Keïta
		}
	}
	for _, p := range rd.rulerPosts(id) {
		if rd.stateOfCode(p.code) == state && slices.Contains(posts, p.post) {
			return false // his, as the list has it
		}
	}
	return true
}

// rulerAliases folds into one the individuals the list of rulers gives as names of one
// head on one line: "Abdurrahman Wahid" and "Gus Dur", "Mahmoud Abbas" and "Abu Mazen".
func (rd *Reader) rulerAliases(out []Found) []Found {
	posts := func(f Found) []rulerPost {
		if f.Actor.Kind != "individual" {
			return nil
		}
		return loadRulers().byName[rulerKey(spelling(alliances.Fold(f.Actor.Name)))]
	}
	for i := 0; i < len(out); i++ {
		pi := posts(out[i])
		if len(pi) == 0 {
			continue
		}
		for j := i + 1; j < len(out); j++ {
			if pj := posts(out[j]); out[j].Actor.ID != out[i].Actor.ID && slices.ContainsFunc(pj, func(p rulerPost) bool { return slices.Contains(pi, p) }) {
				rd.fold(out[j].Actor.ID, out[i].Actor.ID)
				out[i].Actor.Aliases = append(out[i].Actor.Aliases, out[j].Actor.Name)
				out = slices.Delete(out, j, j+1)
				j--
			}
		}
	}
	return out
}
