// Package extract reads a report and proposes the claims it states: ties between the
// actors of a record, each with the sentence it comes from (its paragraph, ¶N, and the
// character offsets of its evidence), the words that led to it, and what changes it
// (negation, hedges, attribution, time). Nothing it proposes enters the record
// unreviewed: the proposals go to the review queue (package team).
//
// The reader is rules, not a model: the words that name relations, change claims and
// give times are data (rules.yaml, extended with a file of the same shape), and every
// proposal says which of them it rests on.
package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// Document is a report cut into its body's paragraphs and their sentences.
type Document struct {
	Name       string
	Text       string
	Paragraphs []Paragraph
	// EndedAt is the byte where the body ended before the text did, 0 where it runs to
	// the end; EndHeading is the heading of end matter it ended at ("Notes"), "" where an
	// author's note ended it.
	EndedAt    int
	EndHeading string
	clocks     []int // where the times that open a log's entries start (timed)
}

// SentenceAt returns the sentence of the body that holds the byte at, or "".
func (d *Document) SentenceAt(at int) string {
	for _, p := range d.Paragraphs {
		for _, s := range p.Sentences {
			if s.Start <= at && at < s.End {
				return strings.TrimSpace(d.Text[s.Start:s.End])
			}
		}
	}
	return ""
}

// Paragraph is one paragraph of a report's body, numbered from 1 as analysts cite them
// (¶N), leaving out headings, captions and credits.
type Paragraph struct {
	N         int
	Start     int // byte offsets in the document's text
	End       int
	Sentences []Span
}

// Span is a stretch of the document's text, by byte offsets.
type Span struct{ Start, End int }

// Read cuts a text into paragraphs (separated by blank lines, or one a line where the
// text has no blank lines) and sentences. Markdown's headings and HTML's tags are read
// as what they are: headings are not body paragraphs, tags are not text.
func Read(name, text string, r *Rules) *Document {
	if strings.HasSuffix(strings.ToLower(name), ".html") || strings.HasSuffix(strings.ToLower(name), ".htm") || looksHTML(text) {
		text = htmlText(text)
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if looksWiki(text) {
		text = wikiText(text)
	}
	if strings.Contains(text, "′") {
		text = primes.ReplaceAllString(text, "$1’s")
	}
	d := &Document{Name: name, Text: text, clocks: clockTimes(text)}
	sep := "\n\n"
	if !strings.Contains(text, "\n\n") {
		sep = "\n"
	}
	n, off := 0, 0
	for _, block := range strings.SplitAfter(text, sep) {
		at := off
		off += len(block)
		// A Markdown heading on the first line of a block is no part of the paragraph
		// under it, nor are the images ("![French troops in Bamako](...)") on lines of
		// their own before it: a caption is no statement.
		captioned := false
		for strings.HasPrefix(strings.TrimLeft(block, " \n"), "#") || imageLine(strings.TrimLeft(block, " \n")) {
			trimmed := strings.TrimLeft(block, " \n")
			captioned = captioned || imageLine(trimmed)
			skip := len(block) - len(trimmed)
			nl := strings.IndexByte(trimmed, '\n')
			// "See also", "References", "External links": the end matter, whose titles and
			// links are no body (a list of articles names states no sentence relates).
			heading := trimmed
			if nl >= 0 {
				heading = trimmed[:nl]
			}
			if !imageLine(trimmed) && endMatter[alliances.Fold(strings.Trim(heading, "# *"))] {
				d.EndHeading, d.EndedAt = strings.Trim(heading, "# *"), at+skip
				return d
			}
			if nl < 0 {
				block = ""
				break
			}
			at += skip + nl + 1
			block = trimmed[nl+1:]
		}
		start := at + strings.Index(block, strings.TrimSpace(block))
		body := strings.TrimSpace(block)
		// Text under an image is the article's, even short: "Although the war was declared
		// over, ISIL continued a lower-scale insurgency."
		if body == "" || !r.isBody(body) && !(captioned && r.shortBody(body)) || n == 0 && strings.TrimSpace(text[:start]) == "" && titleLine(body) || headerField(body) {
			continue
		}
		// An author's note ("Dr. Antonio Giustozzi is Senior Research Fellow in ... at the
		// Royal United Services Institute") after the body's first paragraphs ends the
		// body: what follows it is the publisher's (disclaimers, other articles).
		if n >= 5 && authorNote.MatchString(body) {
			d.EndedAt = start
			return d
		}
		n++
		p := Paragraph{N: n, Start: start, End: start + len(body)}
		if tabular(body) {
			d.Paragraphs = append(d.Paragraphs, p) // counted, but no sentence to read
			continue
		}
		for _, s := range sentences(body) {
			p.Sentences = append(p.Sentences, Span{start + s.Start, start + s.End})
		}
		d.Paragraphs = append(d.Paragraphs, p)
	}
	return d
}

// titleLine reports whether the first block of a text, one short line, is its title: no
// sentence's end closes it ("Haiti: Situation Report No. 12 (1-14 March 2025)"), not even
// before a note's mark ("... in a hundred days.[1]"), and none stands inside it. A title
// with a line or two under it of the same form, a subtitle or a date line, is one too
// ("Chapter four of a book manuscript in comparative politics, autumn 2000").
func titleLine(block string) bool {
	if lines := strings.Split(block, "\n"); len(lines) > 1 {
		return len(lines) <= 3 && !slices.ContainsFunc(lines, func(l string) bool { return !titleLine(strings.TrimSpace(l)) })
	}
	if block == "" || len(block) > 160 {
		return false
	}
	block = footnoteMarks.ReplaceAllString(block, "")
	last, _ := utf8.DecodeLastRuneInString(block)
	if sentenceInside.MatchString(versus.ReplaceAllString(block, "v ")) {
		return false
	}
	if strings.ContainsRune("\"”'’", last) {
		// `After Mosul: Iraq's Fractured Victory and the Limits of "By, With and Through"`:
		// a quotation that closes a title ends no sentence.
		before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(block, "\"”'’"))
		return !strings.ContainsRune(".!?,", before) && strings.Count(block, " ") > 0
	}
	return !strings.ContainsRune(".!?", last)
}

// headerField reports whether a block is a field of a document's header, no paragraph: a
// line that opens on a label and a colon and ends no sentence ("Classified By: Deputy
// Chief of Mission for reasons 1.4 (b) and (d)", "SUBJECT: NORTHERN UGANDA ...").
func headerField(block string) bool {
	return !strings.Contains(block, "\n") && len(block) <= 240 && headerLabel.MatchString(block) && titleLine(block)
}

// headerLabel is a header field's label: up to three capitalized words and a colon.
var headerLabel = regexp.MustCompile(`^[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2}:\s`)

// versus is the "v." of a case's name, no sentence's end: "(Democratic Republic of the
// Congo v. Uganda)".
var versus = regexp.MustCompile(`\b(?:v|vs)\.\s`)

// sentenceInside is a sentence's end and the next one's capital: "Kigali fell. The RPF"
// (not "Situation Report No. 12").
var sentenceInside = regexp.MustCompile(`[a-z][.!?]\s+[A-Z]`)

// footnoteMarks are the marks of notes at a line's end: "[1]", "[12][13]".
var footnoteMarks = regexp.MustCompile(`(\[[0-9a-z]{1,3}\])+\s*$`)

// authorNote is the first words of a note on the author: a name, then "is" and a post
// of research or writing.
var authorNote = regexp.MustCompile(`^(?:Dr\.?\s+|Prof\.?\s+)?(?:[A-Z][\p{L}'’.-]*\s+){1,4}(?:is|was)\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}&-]+\s+){0,4}(?i:fellow|professor|researcher|analyst|journalist|author|director|editor|lecturer|scholar|correspondent)\b`)

// endMatter are the headings after which a document's body has ended.
var endMatter = map[string]bool{"see also": true, "references": true, "external links": true, "notes": true,
	"further reading": true, "bibliography": true, "footnotes": true, "citations": true, "sources": true, "notes and references": true}

// tabular reports whether a paragraph is a table or an infobox rather than prose: most
// of its lines are a Markdown table's rows ("| ... |") or "* key = value" pairs. Its
// cells are no sentences: a row puts side by side what no sentence relates.
func tabular(p string) bool {
	lines := strings.Split(p, "\n")
	rows := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "|") || strings.HasPrefix(l, "* ") && strings.Contains(l, " = ") || strings.HasPrefix(l, "{{") {
			rows++
		}
	}
	return rows >= 2 && 2*rows >= len(lines)
}

// isBody reports whether a paragraph is one of the body's: not a heading (short, with no
// full stop at its end), a caption or a credit.
func (r *Rules) isBody(p string) bool {
	if strings.HasPrefix(p, "#") {
		return false // a Markdown heading
	}
	folded := alliances.Fold(p)
	for _, s := range r.SkipParagraphs {
		if strings.Contains(folded, alliances.Fold(s)) {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	full := strings.ContainsRune(".!?\"”'’)", last)
	// "27 September 1993 - Sukhumi falls.": a chronology's entry, however short; "HOST: So
	// Libya armed the IRA in 1986.": a sentence of half as many words closed by a full stop,
	// which no heading ends with.
	return full && (len(strings.Fields(p)) >= r.MinWords || entryRE.MatchString(p) || last == '.' && r.shortBody(p)) || len(strings.Fields(p)) >= 2*r.MinWords
}

// shortBody tells whether a paragraph too short for isBody is a sentence of half as many
// words or more.
func (r *Rules) shortBody(p string) bool {
	last, _ := utf8.DecodeLastRuneInString(p)
	return strings.ContainsRune(".!?\"”'’)", last) && 2*len(strings.Fields(p)) >= r.MinWords
}

// logHeading reports whether a line is a log entry's heading: its hour in four digits,
// then a slash and the channel, the call signs or the source ("0930 / monitoring, Radio
// Zagreb and RTV Ljubljana"), a line of its own before the entry's sentences.
func logHeading(line string) bool {
	if len(line) < 8 || !digit(line[0]) || !digit(line[1]) || !digit(line[2]) || !digit(line[3]) {
		return false
	}
	if !hourAt(line, 0) {
		return false // "1993 / 94 when Zagreb armed": a wrapped line's years
	}
	rest := strings.TrimPrefix(line[4:], "Z")
	return strings.HasPrefix(rest, " / ") && !strings.ContainsAny(rest, "!?\"") && !strings.HasSuffix(strings.TrimSpace(rest), ".") && !strings.HasSuffix(strings.TrimSpace(rest), ",")
}

// abbreviations end in a full stop without ending a sentence.
var abbreviations = map[string]bool{"u.s.": true, "u.k.": true, "mr.": true, "dr.": true, "gen.": true, "st.": true,
	"e.g.": true, "i.e.": true, "vs.": true, "no.": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true,
	"oct.": true, "nov.": true, "dec.": true, "u.n.": true, "col.": true, "lt.": true, "capt.": true, "maj.": true,
	"brig.": true, "sgt.": true, "gov.": true, "sen.": true, "rep.": true, "prof.": true, "jr.": true, "sr.": true,
	"mt.": true, "ft.": true, "cpl.": true, "adm.": true, "cmdr.": true, "cf.": true, "al.": true, "pp.": true, "vol.": true,
	"ibid.": true, "ca.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "sep.": true, "m.": true, "mm.": true}

// sentences cuts a paragraph into sentences: at a full stop, question or exclamation mark
// followed by a space or a line break and a capital (or a quotation mark), not after an
// abbreviation; where a line opens an item of a list ("* ", "- ", "3. "), whose items
// are statements of their own even without a full stop (a timeline's days); and between
// two rows of a table written with bars ("June 2005 | Saravan County | Gunmen seized ...");
// and into the cells of comma-separated values (csvCells); and at each line of a book's
// index (indexLines) or of a link chart's edge list (edgeLines).
func sentences(p string) []Span {
	if cells, ok := csvCells(p); ok {
		return cells
	}
	index := indexLines(p) || edgeLines(p)
	var out []Span
	start := 0
	cut := func(end, next int) {
		if end > start && strings.TrimSpace(p[start:end]) != "" {
			out = append(out, Span{start, end})
		}
		start = max(start, next)
	}
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		i += size
		if r == '\n' && (index || listItem(p[i:]) || tableRows(p[:i-1], p[i:]) || logHeading(p[strings.LastIndexByte(p[:i-1], '\n')+1:i-1])) {
			cut(i-1, i)
			continue
		}
		if r != '.' && r != '?' && r != '!' {
			continue
		}
		j := i
		for j < len(p) {
			// Closing quotes and brackets after the full stop, curly ones too: "the
			// “red line.” (The PYD ...".
			q, n := utf8.DecodeRuneInString(p[j:])
			if !strings.ContainsRune("\"”’')<>", q) {
				break
			}
			j += n
		}
		// Footnote marks after the full stop: "2010.[^11] By", "2010.[3][4] By".
		for j < len(p) && p[j] == '[' {
			k := strings.IndexByte(p[j:], ']')
			if k < 2 || k > 24 || strings.ContainsAny(p[j+1:j+k], " \n") && !strings.HasPrefix(p[j+1:], "citation needed") {
				break
			}
			j += k + 1
		}
		// And a note's number in brackets: "we did not forget it.(7) That same October".
		if j+2 < len(p) && p[j] == '(' && digit(p[j+1]) {
			if k := strings.IndexByte(p[j:], ')'); k >= 2 && k <= 4 && strings.Trim(p[j+1:j+k], "0123456789") == "" {
				j += k + 1
			}
		}
		// Superscript ones: "in 1975.³ Gusmão".
		for j < len(p) {
			q, n := utf8.DecodeRuneInString(p[j:])
			if !strings.ContainsRune("⁰¹²³⁴⁵⁶⁷⁸⁹", q) {
				break
			}
			j += n
		}
		if j >= len(p) || !strings.ContainsRune(" \n\t\r", rune(p[j])) {
			continue
		}
		word := p[strings.LastIndexAny(p[:i], " \n(")+1 : i]
		if k := strings.LastIndexAny(word, "–-/"); k >= 0 {
			_, n := utf8.DecodeRuneInString(word[k:])
			word = word[k+n:] // "Oct.–Nov. 1962": the abbreviation after the dash
		}
		if abbreviations[strings.ToLower(word)] {
			// "... aided by the U.S. ) At the end of October": an abbreviation's full
			// stop, then a parenthesis closed and a capital, ends the sentence after it.
			if rest := strings.TrimLeft(p[j:], " "); strings.HasPrefix(rest, ")") {
				after := strings.TrimLeft(rest[1:], " ")
				if next, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(next) {
					end := len(p) - len(rest) + 1
					cut(end, end+1)
					i = end
				}
			}
			continue
		}
		if initials(word) {
			continue // "the EPRLF's leader, K. Padmanabha", "J.R. Jayewardene": a name's initials
		}
		if line := p[strings.LastIndexByte(p[:i], '\n')+1 : i]; strings.TrimLeft(line, " \t") == word && listItem(line+" ") {
			continue // "1. " opens an item of a numbered list
		}
		rest := strings.TrimLeft(p[j:], " \t\r")
		if m := spacedMark.FindString(rest); m != "" {
			j = len(p) - len(rest) + len(m) // "by 2010. [3] The Group": a note's mark after a space is the sentence's
			rest = strings.TrimLeft(p[j:], " \t\r")
		}
		item := strings.HasPrefix(rest, "\n") && listItem(rest[1:])
		after := strings.TrimLeft(rest, "\n ")
		next, n := utf8.DecodeRuneInString(after)
		if next == '(' {
			next, _ = utf8.DecodeRuneInString(after[n:]) // "(The PYD is deemed ...)": a sentence in parentheses
		} else if dash := strings.TrimLeft(after, "-–—"); len(dash) < len(after) && len(dash) > 1 && dash[0] == ' ' {
			next, _ = utf8.DecodeRuneInString(dash[1:]) // "KENYATTA GREETS UNION. -- The Prime Minister": a headline's dash
		}
		if !item && !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '"' && next != '“' {
			continue
		}
		cut(j, j+1)
		i = j
	}
	cut(len(p), len(p))
	return out
}

// spacedMark is a note's mark after a sentence's full stop and a space: "[3]", "[^12]".
var spacedMark = regexp.MustCompile(`^(\[\^?\d{1,3}\])+`)

// initials reports whether a word is a name's initials, each a capital and its full stop
// ("K.", "J.R.", "M.H.M."); not "I." ("World War I."), a numeral more often than a name's.
func initials(word string) bool {
	if len(word) < 2 || word == "I." {
		return false
	}
	for k := 0; k < len(word); k += 2 {
		if k+1 >= len(word) || word[k] < 'A' || word[k] > 'Z' || word[k+1] != '.' {
			return false
		}
	}
	return true
}

// locator is where a sentence of paragraph p is, as a citation gives it: "¶14", and in a
// paragraph that is a list of two items or more (a year of a timeline), its item:
// "¶1, item 12".
func locator(d *Document, p Paragraph, s Span) string {
	at := "¶" + strconv.Itoa(p.N)
	item, items := 0, 0
	for line := range strings.SplitSeq(d.Text[p.Start:p.End], "\n") {
		if listItem(line) {
			items++
		}
	}
	if items < 2 {
		return at
	}
	from := min(s.Start, p.End)
	for from < p.End && strings.ContainsRune(" \t\n", rune(d.Text[from])) {
		from++ // the sentence's first word
	}
	end := p.End // to the end of the sentence's first line, which opens its item
	if k := strings.IndexByte(d.Text[from:p.End], '\n'); k >= 0 {
		end = from + k
	}
	for line := range strings.SplitSeq(d.Text[p.Start:end], "\n") {
		if listItem(line) {
			item++
		}
	}
	if item == 0 {
		return at
	}
	return fmt.Sprintf("%s, item %d", at, item)
}

// listItem reports whether a line opens an item of a Markdown list: a bullet ("*", "-",
// "+", "•") or a number and a full stop or parenthesis, then a space.
func listItem(line string) bool {
	line = strings.TrimLeft(line, " \t")
	if len(line) >= 2 && strings.ContainsRune("*-+", rune(line[0])) && line[1] == ' ' {
		return true
	}
	if strings.HasPrefix(line, "• ") {
		return true
	}
	n := 0
	for n < len(line) && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	return n > 0 && n < 4 && len(line) > n+1 && (line[n] == '.' || line[n] == ')') && line[n+1] == ' '
}

var (
	htmlTag   = regexp.MustCompile(`(?s)<(script|style)\b.*?</(script|style)>|<!--.*?-->|<[^>]*>`)
	htmlBlock = regexp.MustCompile(`(?i)</?(p|div|h[1-6]|li|br|tr|section|article|blockquote)\b[^>]*>`)
	htmlHead  = regexp.MustCompile(`(?is)<h[1-6]\b[^>]*>(.*?)</h[1-6]>`)
)

// primes finds the prime (′) some texts write for an apostrophe ("the US government′s
// reaction"): a possessive the reader would not know. Both marks take three bytes, so
// the offsets of the text read are those of the file.
var primes = regexp.MustCompile(`(\pL)′s\b`)

func looksHTML(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	return strings.HasPrefix(t, "<!doctype html") || strings.HasPrefix(t, "<html")
}

// htmlText keeps the text of an HTML page, a paragraph a block, headings marked as
// Markdown's.
func htmlText(s string) string {
	s = htmlHead.ReplaceAllString(s, "\n\n# $1\n\n")
	s = htmlBlock.ReplaceAllString(s, "\n\n")
	s = htmlTag.ReplaceAllString(s, "")
	for _, e := range [][2]string{{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", `"`}, {"&#39;", "'"}, {"&nbsp;", " "}, {"&rsquo;", "’"}, {"&lsquo;", "‘"}, {"&ldquo;", "“"}, {"&rdquo;", "”"}} {
		s = strings.ReplaceAll(s, e[0], e[1])
	}
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		lines = append(lines, strings.Join(strings.Fields(l), " "))
	}
	return regexp.MustCompile(`\n{3,}`).ReplaceAllString(strings.Join(lines, "\n"), "\n\n")
}

// imageLine tells whether text begins with a line that is a Markdown image and nothing
// else: "![alt](url)".
func imageLine(text string) bool {
	line, _, _ := strings.Cut(text, "\n")
	line = strings.TrimSpace(line)
	return strings.HasPrefix(line, "![") && strings.HasSuffix(line, ")") && strings.Contains(line, "](")
}

// tableRows reports whether the line that ends before and the one that opens after are
// rows of a table whose cells bars part: each a row of its own.
func tableRows(before, after string) bool {
	line := before[strings.LastIndexByte(before, '\n')+1:]
	next, _, _ := strings.Cut(after, "\n")
	return strings.Contains(line, " | ") && strings.Contains(next, " | ")
}
