package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
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

// Reader proposes the ties a document states between the actors it knows.
type Reader struct {
	rules   *Rules
	names   map[string]string // folded name -> actor id
	kinds   map[string]string // actor id -> kind
	longest int               // the most words in a name
	cues    []cue             // longest first
	marks   map[string][]string
	Source  string        // the source the proposals cite
	Date    edtf.Interval // the document's date: the latest a tie it states may hold
	latest  string        // the latest year the document being read names, for want of its date
}

type cue struct {
	words   []string
	kind    alliances.Kind
	passive bool
	text    string
}

// NewReader returns a reader of rules that knows the actors given (a case's and the
// registry's): their ids, names and aliases, and the rules' aliases of them.
func NewReader(r *Rules, actors []alliances.Actor) *Reader {
	rd := &Reader{rules: r, names: map[string]string{}, kinds: map[string]string{}, marks: map[string][]string{}}
	known := map[string]bool{}
	add := func(name, id string) {
		f := alliances.Fold(name)
		f = strings.TrimPrefix(f, "the ")
		if f == "" || len(f) < 3 {
			return
		}
		if _, taken := rd.names[f]; !taken {
			rd.names[f] = id
		}
		if !strings.HasSuffix(f, "s") {
			if _, taken := rd.names[f+"s"]; !taken {
				rd.names[f+"s"] = id // a possessive, its apostrophe folded away: "hekmatyars"
			}
		}
		rd.longest = max(rd.longest, len(strings.Fields(f)))
	}
	for _, a := range actors {
		if a.Kind == alliances.Category {
			continue // names of groups of actors, not actors
		}
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
	for _, p := range r.Pronouns {
		rd.names[alliances.Fold(p)] = "@previous"
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
}

func tokens(text string, base int) []token {
	var out []token
	start := -1
	for i, r := range text + " " {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '\'' || r == '’') && start >= 0
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			for _, w := range strings.Fields(alliances.Fold(text[start:i])) {
				out = append(out, token{w, base + start, base + i})
			}
			start = -1
		}
	}
	return out
}

type mention struct {
	id         string
	first, end int // token positions [first, end)
}

// mentions finds the actors named in a sentence, the longest name first.
func (rd *Reader) mentions(ts []token, previous string) []mention {
	var out []mention
	for i := 0; i < len(ts); {
		found := false
		for n := min(rd.longest, len(ts)-i); n > 0; n-- {
			words := make([]string, n)
			for k := range n {
				words[k] = ts[i+k].word
			}
			if id, ok := rd.names[strings.Join(words, " ")]; ok {
				if id == "@previous" {
					id = previous
				}
				if id != "" {
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

// has reports whether one of phrases occurs among the tokens in [from, to).
func has(ts []token, from, to int, phrases []string) (string, bool) {
	for i := max(from, 0); i < min(to, len(ts)); i++ {
		for _, p := range phrases {
			if matchAt(ts, i, strings.Fields(p)) {
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
	Start, End int             `json:"-"` // the name's byte offsets in the document
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
	var out []Found
	for _, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		for _, m := range nameRuns(text) {
			words := strings.Fields(m)
			// The word that makes it an organization's name ends it ("Nusra Front"), or
			// is followed by "of" or "for" ("Islamic Movement of Uzbekistan").
			kind, head := "", ""
			for k, w := range words {
				last := k == len(words)-1
				if kd, ok := kindOf[w]; ok && (last && len(words) >= 2 || !last && (words[k+1] == "of" || words[k+1] == "for") && k+2 < len(words)) {
					kind, head = kd, w
					break
				}
			}
			if kind == "" {
				continue
			}
			name := strings.TrimPrefix(m, "The ")
			folded := strings.TrimPrefix(alliances.Fold(name), "the ")
			if _, known := rd.names[folded]; known || folded == alliances.Fold(head) {
				continue
			}
			id := strings.ReplaceAll(folded, " ", "-")
			a := alliances.Actor{ID: id, Name: name, Kind: kind}
			rd.names[folded] = id
			rd.kinds[id] = kind
			rd.longest = max(rd.longest, len(strings.Fields(folded)))
			at := p.Start + strings.Index(text, m)
			out = append(out, Found{Actor: a, Paragraph: p.N, Quote: m, Document: d.Name, Start: at, End: at + len(m)})
		}
	}
	return out
}

// nameRuns returns the runs of capitalized words of a text (joined by "of", "for", "the",
// "and" inside a name: "Government of National Accord", "Army of Glory").
func nameRuns(text string) []string {
	var out []string
	words := strings.Fields(text)
	for i := 0; i < len(words); i++ {
		w := strings.Trim(words[i], ",.;:()\"“”‘’'")
		if !capitalized.MatchString(w) || capitalized.FindString(w) != w {
			continue
		}
		run := []string{w}
		j := i + 1
		for ; j < len(words); j++ {
			raw := words[j]
			n := strings.Trim(raw, ",.;:()\"“”‘’'")
			if capitalized.FindString(n) == n && n != "" || (n == "of" || n == "for" || n == "the") && j+1 < len(words) {
				run = append(run, n)
				if strings.ContainsAny(raw[len(raw)-1:], ",.;:)") {
					j++
					break
				}
				continue
			}
			break
		}
		for len(run) > 0 && (run[len(run)-1] == "of" || run[len(run)-1] == "for" || run[len(run)-1] == "the") {
			run = run[:len(run)-1]
		}
		if len(run) >= 2 {
			out = append(out, strings.Join(run, " "))
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
	for _, p := range d.Paragraphs {
		previous := ""
		context := "" // the latest year the paragraph names
		for _, s := range p.Sentences {
			text := d.Text[s.Start:s.End]
			ts := tokens(text, s.Start)
			ms := rd.mentions(ts, previous)
			if len(ms) > 0 {
				previous = ms[0].id // the sentence's subject, as a rule its first actor
			}
			valid, timeCue := rd.when(text, context)
			if y := lastYear(text); y != "" {
				context = y
			}
			if len(ms) < 2 {
				continue
			}
			var found []Proposal
			for _, c := range rd.cueSpans(ts, ms) {
				found = append(found, rd.propose(d, p, s, ts, ms, c, valid, timeCue)...)
			}
			found = append(found, rd.leaders(d, p, s, ts, ms, valid, timeCue)...)
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
		for _, c := range rd.cues {
			if matchAt(ts, i, c.words) {
				out = append(out, cueSpan{c, i, i + len(c.words)})
				i += len(c.words) - 1
				break
			}
		}
	}
	return out
}

// joined reports whether the tokens between two mentions only join them: "and", "or",
// a comma (folded away), "as well as".
func joined(ts []token, from, to int) bool {
	for i := from; i < to; i++ {
		if w := ts[i].word; w != "and" && w != "or" && w != "as" && w != "well" && w != "both" {
			return false
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
	cues := []string{"cue: " + c.cue.text}
	symmetric := !c.cue.kind.Directed()
	between := false
	for i := c.end; i < min(c.end+3, len(ts)); i++ {
		between = between || ts[i].word == "between"
	}
	var pairs [][2]*mention
	var third *mention
	switch {
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
		// "A and B have been jointly taxing": actors before the cue, joined.
		g := group(ts, ms, li, -1)
		for i := 1; i < len(g); i++ {
			pairs = append(pairs, [2]*mention{g[i], g[0]})
		}
		cues = append(cues, "joined before the cue")
	}
	var out []Proposal
	for _, pair := range pairs {
		left, right := pair[0], pair[1]
		if left.id == right.id {
			continue
		}
		if c.cue.passive {
			left, right = right, left
		}
		if prop, ok := rd.one(d, p, s, ts, c, left, right, slices.Clone(cues), valid, timeCue); ok {
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
func (rd *Reader) one(d *Document, p Paragraph, s Span, ts []token, c cueSpan, left, right *mention, cues []string, valid, timeCue string) (Proposal, bool) {
	if c.cue.passive {
		cues = append(cues, "passive")
	}
	// Too far apart to be one statement.
	if c.first-left.end > 12 && !c.cue.passive || right.first-c.end > 12 {
		return Proposal{}, false
	}
	if _, ok := has(ts, c.first-3, c.first, rd.marks["negation"]); ok {
		return Proposal{}, false // "did not support" states no tie
	}
	t := alliances.Tie{Subject: left.id, Object: right.id, Kind: c.cue.kind, Status: alliances.Reported}
	confidence := 0.6
	if w, ok := has(ts, 0, len(ts), rd.marks["hedge"]); ok {
		t.Status = alliances.Alleged
		cues = append(cues, "hedge: "+w)
		confidence -= 0.1
	}
	if w, ok := has(ts, c.first-3, c.first, rd.marks["end"]); ok {
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
			if _, ok := has(ts, 0, len(ts), []string{alliances.Fold(w)}); ok && !slices.Contains(t.Forms, alliances.Form(f)) {
				t.Forms = append(t.Forms, alliances.Form(f))
				cues = append(cues, "form "+f+": "+w)
				break
			}
		}
	}
	slices.Sort(t.Forms)
	cite.Note = "“" + strings.TrimSpace(text) + "”"
	t.Citations = []alliances.Citation{cite}
	if c.first-left.end <= 3 && right.first-c.end <= 3 || c.cue.passive && c.first-right.end <= 3 && left.first-c.end <= 3 {
		confidence += 0.2
	}
	if t.Kind == alliances.Agreement {
		confidence -= 0.2 // an agreement needs its type, which the words rarely give
	}
	return rd.finish(d, p, s, t, cues, valid, timeCue, confidence)
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
func (rd *Reader) when(text, context string) (string, string) {
	if m := timeRE.FindStringSubmatch(text); m != nil {
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
