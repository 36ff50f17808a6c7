package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
)

// Dates written short, as staff papers, threads and press digests write them: a month
// abbreviated ("Oct. 1917", "30 Oct 78", "mid-Feb 79", "20 JUN 08"), a year of two digits after an
// apostrophe ("'54", "mid-'57", "'59-'60", "the '60s").
var (
	shortMonthRE = regexp.MustCompile(`^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\b\.?(\s+)(\d{1,4}\b|['’]\d{2}\b)`)
	dayEndRE     = regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th)?\s+$`)
	// A day, a month abbreviated and a year of two digits: "6 Mar 18", as digests write.
	dayMonthYearRE = regexp.MustCompile(`\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec) \d{2}\b`)
	yearAfterRE    = regexp.MustCompile(`^,? \d{4}\b`)
	shortMonths    = map[string]string{"Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June", "Jul": "July",
		"Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October", "Nov": "November", "Dec": "December",
		// In capitals, as signals and advisories write them: "20 JUN 08", "13-15 MAY 09".
		"JAN": "January", "FEB": "February", "MAR": "March", "APR": "April", "MAY": "May", "JUN": "June", "JUL": "July",
		"AUG": "August", "SEP": "September", "SEPT": "September", "OCT": "October", "NOV": "November", "DEC": "December"}
)

// edit is one rewriting of text[from:to] as with.
type edit struct {
	from, to int
	with     string
}

// fullDates rewrites the dates a text writes short in the forms the time patterns read:
// "Oct. 1917" as "October 1917", "30 Oct 78" as "30 October 1978", "'54" as "1954". A
// year of two digits is of the century of base (the document's year, else the latest the
// text names) where that puts it no later than base, else of the century before ("'54"
// in a thread of 2014 is 1954, "'09" 2009). Where yearsShort, the text writes a day, a
// month and a year short ("6 Mar 18"), and a month abbreviated before two digits with no
// day before it is a month and a year ("Jul 13"). It returns the text rewritten and where each
// offset of the old text falls in the new; text itself where it writes no date short.
func fullDates(text string, base int, yearsShort bool) (string, func(int) int) {
	same := func(o int) int { return o }
	if !shortDateIn(text) {
		return text, same
	}
	var edits []edit
	for i := 0; i+3 < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' && (i == 0 || !wordByte(text[i-1])) && shortMonths[text[i:i+3]] != "" {
			if e, ok := shortMonthAt(text, i, base, yearsShort); ok {
				edits = append(edits, e)
			}
			continue
		}
		// "'54", "mid-'57", "the '60s": an apostrophe, straight or curly, after a space, a
		// bracket, a dash or a slash, and two digits that end the word (but for an "s").
		n := 0
		switch {
		case c == '\'':
			n = 1
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x99:
			n = 3
		}
		if n == 0 || i+n+1 >= len(text) || !isDigit(text[i+n]) || !isDigit(text[i+n+1]) {
			continue
		}
		if i > 0 && !strings.ContainsRune(" \t\n(-/", rune(text[i-1])) && !strings.HasSuffix(text[:i], "–") {
			continue
		}
		end := i + n + 2
		if end < len(text) && text[end] == 's' {
			end++
		}
		if end < len(text) && wordByte(text[end]) {
			continue
		}
		y, _ := strconv.Atoi(text[i+n : i+n+2])
		edits = append(edits, edit{i, i + n + 2, century(y, base)})
	}
	if len(edits) == 0 {
		return text, same
	}
	sortEdits(edits)
	kept := edits[:0]
	for _, e := range edits {
		if len(kept) == 0 || e.from >= kept[len(kept)-1].to {
			kept = append(kept, e)
		}
	}
	edits = kept
	var b strings.Builder
	at := 0
	for _, e := range edits {
		b.WriteString(text[at:e.from])
		b.WriteString(e.with)
		at = e.to
	}
	b.WriteString(text[at:])
	return b.String(), func(o int) int {
		shift := 0
		for _, e := range edits {
			switch {
			case o >= e.to:
				shift += len(e.with) - (e.to - e.from)
			case o > e.from:
				return e.from + shift + min(o-e.from, len(e.with))
			default:
				return o + shift
			}
		}
		return o + shift
	}
}

// shortMonthAt reads a month abbreviated at text[i] and the number after it, and returns
// the edit that writes them in full ("Oct. 1917", "30 Oct 78"; the month alone before a
// year written "'54", whose apostrophe the caller reads). A number of two digits with no
// day before the month is the day ("Oct 12, 1978"), but in a text that writes its years
// short after a day and a month (yearsShort: "6 Mar 18"), where it is the year: "Jul 13".
func shortMonthAt(text string, i, base int, yearsShort bool) (edit, bool) {
	m := shortMonthRE.FindStringSubmatchIndex(text[i:min(len(text), i+24)])
	if m == nil || m[0] != 0 {
		return edit{}, false
	}
	for k := range m {
		m[k] += i
	}
	num := text[m[6]:m[7]]
	full := shortMonths[text[m[2]:m[3]]]
	switch {
	case num[0] == '\'' || strings.HasPrefix(num, "’"):
		return edit{m[2], m[5], full + text[m[4]:m[5]]}, true
	case len(num) == 2:
		n, _ := strconv.Atoi(num)
		if n <= 31 && !dayEndRE.MatchString(text[max(0, m[0]-6):m[0]]) && (!yearsShort || yearAfterRE.MatchString(text[m[7]:min(len(text), m[7]+7)])) {
			return edit{m[2], m[5], full + text[m[4]:m[5]]}, true // "Oct 12, 1978": the day
		}
		num = century(n, base) // "30 Oct 78", "mid-Feb 79"
	case len(num) != 4:
		return edit{m[2], m[5], full + text[m[4]:m[5]]}, true // "Oct. 3": a day
	}
	return edit{m[2], m[7], full + text[m[4]:m[5]] + num}, true
}

// shortDateIn tells, cheaply, whether text may write a date short: an apostrophe before
// two digits, or a month's abbreviation before a space and a number.
func shortDateIn(text string) bool {
	for i := 0; i+2 < len(text); i++ {
		switch c := text[i]; {
		case c == '\'' && isDigit(text[i+1]) && isDigit(text[i+2]):
			return true
		case c == 0x99 && i >= 2 && text[i-2] == 0xE2 && text[i-1] == 0x80 && isDigit(text[i+1]) && isDigit(text[i+2]): // ’
			return true
		case c >= 'A' && c <= 'Z' && i+4 < len(text) && (i == 0 || !wordByte(text[i-1])) && shortMonths[text[i:i+3]] != "":
			j := i + 3 // "Oct 78", "Oct. 1917", "Sept 1939": the abbreviation, a space, a number
			if text[j] == 't' || text[j] == 'T' {
				j++
			}
			if j < len(text) && text[j] == '.' {
				j++
			}
			if j+1 < len(text) && text[j] == ' ' && (isDigit(text[j+1]) || text[j+1] == '\'' || text[j+1] == 0xE2) {
				return true
			}
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// century gives a year of two digits its century: base's where that is no later than
// base, else the one before.
func century(n, base int) string {
	y := 1900 + n
	if base >= 2000 && 2000+n <= base {
		y = 2000 + n
	}
	return strconv.Itoa(y)
}

// sortEdits orders edits by where they start (few: an insertion sort).
func sortEdits(es []edit) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].from < es[j-1].from; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// fullDates is fullDates(text, rd.shortBase) without the offsets, and the years that open
// actors' names made no years (unnamedYears).
func (rd *Reader) fullDates(text string) string {
	plain, _ := fullDates(lifespan(rd.unnamedYears(text)), rd.shortBase, rd.yearsShort)
	return plain
}

// unnamedYears writes over the years that open the names of actors the reader knows
// ("the 1920 Revolution Brigades") and the numbers that close a unit's name ("Battalion
// 2000", "Brigade 2506"), which date nothing; text itself where none does.
func (rd *Reader) unnamedYears(text string) string {
	var b []byte
	for start, end := range yearsOf(text) {
		if !unitNumber(text, start) {
			nexts := rd.nameYears[text[start:end]]
			if len(nexts) == 0 || end >= len(text) || text[end] != ' ' {
				continue
			}
			word, _, _ := strings.Cut(text[end+1:], " ")
			if !slices.Contains(nexts, spelling(alliances.Fold(strings.TrimRight(word, ",.;:'’s")))) {
				continue
			}
		}
		if b == nil {
			b = []byte(text)
		}
		copy(b[start:end], "xxxx")
	}
	if b == nil {
		return text
	}
	return string(b)
}

// unitNumber tells whether the digits at text[i] close a unit's name: "Battalion 2000",
// "Brigade 2506", after the noun with its capital (not "the Contact Group 1994 map").
func unitNumber(text string, i int) bool {
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	k := strings.LastIndexByte(text[:i-1], ' ') + 1
	return numberedUnits[text[k:i-1]]
}

// numberedUnits are the nouns of units, written with a capital, that a number after them
// names: "Battalion 2000".
var numberedUnits = map[string]bool{"Battalion": true, "Brigade": true, "Regiment": true, "Division": true, "Squadron": true,
	"Column": true, "Detachment": true, "Flotilla": true}

// lastYear is lastYear of the text with its dates written in full.
func (rd *Reader) lastYear(text string) string { return lastYear(rd.fullDates(text)) }

// lifespanLabel matches a line's label that gives a person's years in brackets before
// its colon: "Frank País (1934–1957):", "Eloy Gutiérrez Menoyo (born 1934):".
var lifespanLabel = regexp.MustCompile(`^[^():\n]{1,80}\((?:b\. |born |d\. |died |c\. )?(\d{4})(?:\s?[–-]\s?(\d{2,4}))?\)\s*:`)

// lifeYears matches brackets that give a person's years after the name, with a family
// tree's reference before them or none: "Rodrigo Solano Arias (FT 2.3, 1924-2009)",
// "Alfredo (1920-1993)". A span of thirty years or more is a life's, not a war's.
var lifeYears = regexp.MustCompile(`\p{Lu}[\p{L}.]*\s\((?:[^()
]{1,20}, )?(\d{4})\s?[–-]\s?(\d{4})\)`)

// lifeYearsIn returns lifeYears' matches in text, where a bracket closes on a year ("1993)"):
// most texts have none, and are not run through the pattern.
func lifeYearsIn(text string) [][]int {
	for i := strings.IndexByte(text, ')'); i >= 0; {
		if i >= 4 && strings.Trim(text[i-4:i], "0123456789") == "" {
			return lifeYears.FindAllStringSubmatchIndex(text, -1)
		}
		next := strings.IndexByte(text[i+1:], ')')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return nil
}

// lifespan blanks the years of a label's brackets, which tell when its person lived, not
// when the deeds after the colon were done; and the years a bracket after a name gives as
// a life's.
func lifespan(text string) string {
	if !strings.Contains(text, ")") {
		return text // most sentences: no bracket, no regexp run
	}
	var spans [][]int
	if m := lifespanLabel.FindStringSubmatchIndex(text); m != nil {
		spans = append(spans, m)
	}
	for _, m := range lifeYearsIn(text) {
		if from, _ := strconv.Atoi(text[m[2]:m[3]]); from > 0 {
			if to, _ := strconv.Atoi(text[m[4]:m[5]]); to-from >= 30 && to-from < 110 {
				spans = append(spans, m)
			}
		}
	}
	if spans == nil {
		return text
	}
	b := []byte(text)
	for _, m := range spans {
		for k := 2; k+1 < len(m); k += 2 {
			if m[k] >= 0 {
				copy(b[m[k]:m[k+1]], strings.Repeat("x", m[k+1]-m[k]))
			}
		}
	}
	return string(b)
}
