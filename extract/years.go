package extract

import (
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The patterns of times ask for a year, a month's name or a word of their own ("the
// same day"), which most sentences lack, and a pattern is slow to find that out: what
// follows looks for those by hand first, and runs a pattern only near what it found.

// space is \s of the patterns.
func space(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// wordByte is \w, what \b tells from what is not.
func wordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func digit(c byte) bool { return c >= '0' && c <= '9' }

// yearAt tells whether a year's four digits start at text[i]: "2013", the "1990" of
// "1990s" and of "19905" alike.
func yearAt(text string, i int) bool {
	return i >= 0 && i+4 <= len(text) && (text[i] == '1' && text[i+1] == '9' || text[i] == '2' && text[i+1] == '0') &&
		digit(text[i+2]) && digit(text[i+3])
}

// yearEnd returns where a match of yearRE at text[i] ends, or -1: "2013", "1990s", not
// "20150" nor the "2013" of "x2013".
func yearEnd(text string, i int) int {
	if !yearAt(text, i) || i > 0 && wordByte(text[i-1]) {
		return -1
	}
	end := i + 4
	if end < len(text) && text[end] == 's' && (end+1 == len(text) || !wordByte(text[end+1])) {
		return end + 1 // "the 1990s"
	}
	if end < len(text) && wordByte(text[end]) {
		return -1
	}
	return end
}

// resolutionNumber tells whether the digits at text[i] number a resolution, no year:
// "resolution 1973", "Resolutions 1970 and 1973", "resolution No. 2100".
func resolutionNumber(text string, i int) bool {
	words := strings.Fields(strings.ToLower(text[max(0, i-40):i]))
	for k := len(words) - 1; k >= 0 && k >= len(words)-5; k-- {
		switch w := strings.TrimRight(words[k], ","); {
		case w == "resolution" || w == "resolutions":
			return true
		case w != "and" && w != "no." && w != "nos." && !(len(w) == 4 && yearAt(w, 0)):
			return false
		}
	}
	return false
}

// modelAt tells whether a match of modelRE starts at text[i]: the "2000" of "Mirage
// 2000-D".
func modelAt(text string, i int) bool {
	return i+5 < len(text) && text[i+4] == '-' && (text[i+5]|0x20 >= 'a' && text[i+5]|0x20 <= 'z') &&
		yearAt(text, i) && (i == 0 || !wordByte(text[i-1]))
}

// hasYear is yearRE.MatchString.
func hasYear(text string) bool {
	for i := strings.IndexAny(text, "12"); i >= 0 && i+4 <= len(text); i++ {
		if yearEnd(text, i) >= 0 {
			return true
		}
	}
	return false
}

// yearsOf gives where each match of yearRE in noModels(text) starts and ends, in order.
func yearsOf(text string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i+4 <= len(text); i++ {
			end := yearEnd(text, i)
			if end < 0 || modelAt(text, i) {
				continue
			}
			if !yield(i, end) {
				return
			}
			i = end - 1
		}
	}
}

// times is timeRE.FindAllStringSubmatchIndex(text, -1), the pattern run only around the
// years it asks for (timeStart, timeEnd), on while another year is in reach ("2014 and
// 2015 - 16").
func times(text string) [][]int {
	var out [][]int
	at := 0 // where the pattern would look next
	for y := nextYear(text, 0); y >= 0; {
		from, to := max(at, timeStart(text, y)), timeEnd(text, y)
		for z := nextYear(text, y+1); z >= 0 && z < to; z = nextYear(text, z+1) {
			to = max(to, timeEnd(text, z))
		}
		// The pattern's \b sees the byte before the window: the window starts with it where
		// it is no word's, as no time starts so ("(", " "), or else with an "x", a word's
		// that starts no time either (the byte before might: the "2" of "20120991 2013").
		var m []int
		switch {
		case from == 0:
			m = timeRE.FindStringSubmatchIndex(text[:to])
		case !wordByte(text[from-1]):
			m = timeRE.FindStringSubmatchIndex(text[from-1 : to])
			from--
		default:
			m = timeRE.FindStringSubmatchIndex("x" + text[from:to])
			from--
		}
		if m == nil {
			y = nextYear(text, to)
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
		out = append(out, m)
		at = m[1]
		y = nextYear(text, at)
	}
	return out
}

// nextYear returns where the first year's digits at or after text[i] start, or -1.
func nextYear(text string, i int) int {
	for ; i+4 <= len(text); i++ {
		if yearAt(text, i) {
			return i
		}
	}
	return -1
}

// timeWords are the words timeRE reads before a year, "as of" in two.
var timeWords = append(strings.Split("in|by|since|from|until|after|before|during|around|as|of|the|early|late|mid-|mid|spring|summer|autumn|fall|winter", "|"),
	strings.Split(months, "|")...)

// timeStart returns where a time whose year starts at text[y] starts at the earliest.
// Before its year it has at most six words of timeWords ("as of the early September of
// 2013"), some run together ("mid-2014"); the first may follow other signs in its word
// ("(in 2013"), or the time starts with the space after a word (" 2013"). So a word
// not of timeWords alone is the time's first, or the one before it.
func timeStart(text string, y int) int {
	i := y
	for n := 0; n < 6 && i > 0; n++ {
		for i > 0 && space(text[i-1]) {
			i--
		}
		end := i
		for i > 0 && !space(text[i-1]) {
			i--
		}
		if !ofTimeWords(text[i:end]) {
			break
		}
	}
	return i
}

// ofTimeWords tells whether word is timeWords run together, in any case: "in",
// "mid-September", "inthe".
func ofTimeWords(word string) bool {
	if len(word) > 32 { // the longest the pattern reads, "duringearlyſeptember", has 21 bytes
		return false
	}
	reached := uint64(1) // bit i: word[:i] is timeWords run together
	for i := range len(word) {
		if reached&(1<<i) == 0 {
			continue
		}
		for _, w := range timeWords {
			if n := prefixFold(word[i:], w); n > 0 {
				reached |= 1 << (i + n)
			}
		}
	}
	return reached&(1<<len(word)) != 0
}

// prefixFold returns how many bytes of s spell word, a lower case ASCII word, in any
// case ("ſeptember"), or 0 where s does not start with it.
func prefixFold(s, word string) int {
	n := 0
	for i := range len(word) {
		if n == len(s) {
			return 0
		}
		if c := s[n]; c < utf8.RuneSelf {
			if c != word[i] && !(lower(word[i]) && c|0x20 == word[i]) {
				return 0
			}
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		if !foldsTo(r, rune(word[i])) {
			return 0
		}
		n += size
	}
	return n
}

func lower(c byte) bool { return c >= 'a' && c <= 'z' }

// timeEnd returns where a time whose year starts at text[y] ends at the latest: the end
// of the year's word, or of a word after it that goes on with a span or "onwards" ("2015
// - 18 onwards"), at most three.
func timeEnd(text string, y int) int {
	i := y
	for n := 0; n < 4; n++ {
		j := i
		for j < len(text) && space(text[j]) {
			j++
		}
		if j == len(text) || n > 0 && !goesOn(text[j:]) {
			break
		}
		i = j
		for i < len(text) && !space(text[i]) {
			i++
		}
	}
	return i
}

// goesOn tells whether a word may go on with a time before it: "- 18", "–18", "/16",
// "18", "onwards".
func goesOn(word string) bool {
	c := word[0]
	return c == '-' || c == '/' || digit(c) || c|0x20 == 'o' || strings.HasPrefix(word, "–")
}

// containsWord tells whether text has word in it, in any case; word is in lower case,
// without an "s" or a "k", which a letter beyond ASCII folds to ("ſ", the Kelvin sign).
func containsWord(text, word string) bool {
	for i := 0; i+len(word) <= len(text); i++ {
		j := 0
		for j < len(word) && (text[i+j] == word[j] || lower(word[j]) && text[i+j]|0x20 == word[j]) {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

var monthNames = strings.Split(months, "|")

// mayNameMonth tells whether text names a month as monthRE reads one: a word of its own
// in any case ("March", not "remarks"), run on from "early", "late" or "mid"
// ("midMarch"), or after any letter where \b sees none ("xſeptember"); false where
// monthRE finds none.
func mayNameMonth(text string) bool {
	for q := range len(text) {
		if strings.IndexByte("jfmasond", text[q]|0x20) < 0 && text[q] != "ſ"[0] {
			continue // no month's first letter
		}
		if q > 0 && wordByte(text[q-1]) && wordByte(text[q]) && !afterPart(text[:q]) {
			continue
		}
		for _, m := range monthNames {
			if n := prefixFold(text[q:], m); n > 0 && (q+n == len(text) || !wordByte(text[q+n])) {
				return true
			}
		}
	}
	return false
}

// afterPart tells whether text ends with the part of a month monthRE reads: "early".
func afterPart(text string) bool {
	return hasSuffixFold(text, "early") || hasSuffixFold(text, "late") || hasSuffixFold(text, "mid")
}

// monthBefore tells whether text ends with a month's name and a space, in any case
// ("March ", "ſeptember "): where monthsRE's span of months ends, before its year.
func monthBefore(text string) bool {
	s := strings.TrimRight(text, " \t\n\f\r")
	if len(s) == len(text) {
		return false
	}
	for _, m := range monthNames {
		if hasSuffixFold(s, m) {
			return true
		}
	}
	return false
}

// hasSuffixFold is strings.HasSuffix in any case, as the patterns' (?i) folds: a lower
// case ASCII suffix.
func hasSuffixFold(s, suffix string) bool {
	for i := len(suffix) - 1; i >= 0; i-- {
		r, n := utf8.DecodeLastRuneInString(s)
		if n == 0 || !foldsTo(r, rune(suffix[i])) {
			return false
		}
		s = s[:len(s)-n]
	}
	return true
}

func foldsTo(r, c rune) bool {
	for f := r; ; {
		if f == c {
			return true
		}
		if f = unicode.SimpleFold(f); f == r {
			return false
		}
	}
}

// dayBefore tells whether text may end with a day after its month ("January 11, "):
// false where usDateRE finds none.
func dayBefore(text string) bool {
	s := strings.TrimSuffix(strings.TrimRight(text, " \t\n\f\r"), ",")
	n := len(s)
	// "11", "11th", "11ſt"
	return n >= 1 && digit(s[n-1]) || n >= 3 && digit(s[n-3]) || n >= 4 && digit(s[n-4])
}

// monthSpans returns what of monthsRE.FindAllStringSubmatchIndex(text, -1) ends with the
// year at text[year], the span of months of a time ("January–March 2017"), or nil. A
// span's only digits are its year's: it starts after the digits before, from where the
// pattern run on the whole text would find it first.
func monthSpans(text string, year int, until string) [][]int {
	if until != "" || !monthBefore(text[:year]) || year+4 < len(text) && wordByte(text[year+4]) {
		return nil
	}
	from := max(strings.LastIndexAny(text[:year], "0123456789"), 0) // a digit starts no span, and \b sees it
	r := monthsRE.FindStringSubmatchIndex(text[from : year+4])
	if r == nil || r[1] != year+4-from {
		return nil
	}
	for k := range r {
		if r[k] >= 0 {
			r[k] += from
		}
	}
	return [][]int{r}
}

// yearSpans is yearsRE.FindAllStringSubmatchIndex(noModels(text), -1), nil at once where
// text has none of "between", "from", "in" and "during".
func yearSpans(text string) [][]int {
	if !containsWord(text, "between") && !containsWord(text, "from") && !containsWord(text, "in") && !containsWord(text, "during") {
		return nil
	}
	return yearsRE.FindAllStringSubmatchIndex(noModels(text), -1)
}

// nextDayIn is nextDayRE.FindString(text): "the following day".
func nextDayIn(text string) string { return findWith(nextDayRE, text, "day") }

// thenIn is thenRE.FindString(text): "at that point", "by then", "the same day".
func thenIn(text string) string {
	return findWith(thenRE, text, "that point", "that time", "that moment", "that day", "by then", "ame time", "ame day")
}

// findWith is re.FindString(text) where text has one of the words that each of re's
// matches has, "" at once where it has none.
func findWith(re *regexp.Regexp, text string, words ...string) string {
	for _, w := range words {
		if containsWord(text, w) {
			return re.FindString(text)
		}
	}
	return ""
}

// monthIn is monthRE.FindStringSubmatchIndex(text) where ok, nil where not or where text
// names no month.
func monthIn(text string, ok bool) []int {
	if !ok || !mayNameMonth(text) {
		return nil
	}
	return monthRE.FindStringSubmatchIndex(text)
}

// capitalMonthIn is monthIn, of a month's name in capitals only: "may have financed",
// "the march on Comrat" name no month.
func capitalMonthIn(text string, ok bool) []int {
	loc := monthIn(text, ok)
	for loc != nil && !unicode.IsUpper(rune(text[loc[4]])) {
		next := monthIn(text[loc[5]:], true)
		if next == nil {
			return nil
		}
		for k := range next {
			if next[k] >= 0 {
				next[k] += loc[5]
			}
		}
		loc = next
	}
	return loc
}

// namedForADate reports whether the month at text[from:to], and the day after it, name a
// body after "the": "the March 14 alliance", "the 8 March coalition"; no time.
func namedForADate(text string, from, to int) bool {
	before := strings.Fields(text[:from])
	if len(before) > 0 && numeric(before[len(before)-1]) {
		before = before[:len(before)-1] // "the 8 March coalition"
	}
	if len(before) == 0 || !strings.EqualFold(before[len(before)-1], "the") {
		return false
	}
	after := strings.Fields(text[to:])
	if len(after) > 0 && numeric(after[0]) {
		after = after[1:]
	}
	return len(after) > 0 && dateNamedBodies[strings.ToLower(strings.Trim(after[0], ",.;:"))]
}

// dateNamedBodies are the nouns of bodies named after a date: "the March 14 alliance".
var dateNamedBodies = map[string]bool{"alliance": true, "coalition": true, "movement": true, "camp": true, "bloc": true,
	"forces": true, "group": true, "revolution": true}

// numeric reports whether a word is a number's, or a part of one ("5,000": "5", "000").
func numeric(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// headingYear notes the year a heading line names at its level (its number of "#"),
// forgetting those of the headings under it, and returns the year of the headings over
// what follows: the deepest that names one. A heading that names none ("## The Toyota
// War") ends the year of the one before it at its level ("## Libya's War, 1983-1986"), and
// so does one that names a span of years: a span's last year is none of its paragraphs'
// ("Background, 1978-1982" over events of 1966).
func headingYear(years []string, line string) string {
	t := strings.TrimSpace(line)
	level := max(min(len(t)-len(strings.TrimLeft(t, "#")), len(years))-1, 0)
	for i := level; i < len(years); i++ {
		years[i] = ""
	}
	if y := lastYear(t); y != "" && firstYear(t) == y {
		years[level] = y
	}
	for i := len(years) - 1; i >= 0; i-- {
		if years[i] != "" {
			return years[i]
		}
	}
	return ""
}

// capsHeading reports whether a line between paragraphs is a heading in capitals that
// names a year and no month: a yearbook's "THE 1998 EDITION" (eritrea-1998), a
// chronology's "--- 2005 ---" (saada-2004), an atlas's "MAP 41. THE CONSTITUTIONALIST WAR
// AGAINST HUERTA, 1913–1914" (mexico-1913). The paragraphs under it are of its one year,
// as under a Markdown heading's, or of none it names where it names a span.
func capsHeading(line string) bool {
	t := strings.TrimSpace(line)
	return t != "" && len(t) <= 80 && !strings.HasPrefix(t, "#") && lastYear(t) != "" &&
		!strings.ContainsFunc(t, unicode.IsLower) && datelineDate(t) == ""
}

// capsDateline returns the date of a line in capitals that gives a date to the day, the
// first of a block of lines ("REEL 62/80. RELEASE THURS. 4 OCT. 1962.", yemen-1962's
// items), or "". The line's dates are written in full only once it is one in capitals.
func (rd *Reader) capsDateline(line string) string {
	t := strings.TrimSpace(line)
	if t == "" || len(t) > 80 || strings.ContainsFunc(t, unicode.IsLower) {
		return ""
	}
	if date := datelineDate(rd.fullDates(t)); len(date) == 10 {
		return date
	}
	return ""
}

// itemLineRE finds the words of a line that dates an item of a document, not a day a
// history tells of: "CIRCULAR No. 1", "RELEASE MON.", "Answered by", a signal, a log.
var itemLineRE = regexp.MustCompile(`(?i)\b(?:circular|releases?|released|issued|dated|posted|filed|sitrep|bulletin|no\.|answered|written|reel|edition|log|entry|telegram|cable|signal|dispatch|despatch|memo|minute|report)\b`)

// headingYearOnly returns a heading in capitals as its year reads: a year after a
// preposition ("THE ROAD TO 1973", "THE SUEZ WAR OF 1956 AND ITS AFTERMATH") is what the
// section tells of, no year of its own, and the line's words without it.
func headingYearOnly(line string) string {
	if yearAfterPrepRE.MatchString(line) {
		return yearInTitleRE.ReplaceAllString(line, "")
	}
	return line
}

// yearAfterPrepRE finds a year after a preposition.
var yearAfterPrepRE = regexp.MustCompile(`(?i)\b(?:to|of|after|before|since|until|from|towards|by)\s+(?:1[6-9]|20)\d\d\b`)

// datelineRE is a date in full on a line of its own between paragraphs: "19 March
// 2018", "March 19, 2018", "May 1965".
var datelineRE = regexp.MustCompile(`(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:` + months + `)\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(\d{4})\b`)

// datelineDate returns the last date in full on a line between paragraphs (EDTF, to the
// month or the day), which dates the paragraphs under it as a heading's year does: an
// answer's date line, a signal's date-time group. Not an image's caption, a line
// longer than a dateline or one that names a span of years.
func datelineDate(line string) string {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 200 || strings.HasPrefix(line, "![") || firstYear(line) != lastYear(line) {
		return "" // nor a span's last date: "SLIDE 3 – TALKS, OCT 2004 – JAN 2005"
	}
	m := datelineRE.FindAllStringSubmatchIndex(line, -1)
	if m == nil {
		return ""
	}
	last := m[len(m)-1]
	if open := strings.LastIndex(line[:last[0]], "("); open >= 0 && !strings.Contains(line[open:last[0]], ")") || dayRangeRE.MatchString(line[:last[0]+3]) {
		return "" // "2.0 SCENARIO 1: ROSARIO (2-3 April 1982)": the days a heading tells of, no date the text was written on
	}
	date := line[last[0]:last[1]]
	month := slices.Index(strings.Split(months, "|"), strings.ToLower(strings.Trim(monthWordRE.FindString(date), ". "))) + 1
	day := dayRE.FindString(strings.TrimSuffix(date, line[last[2]:last[3]]))
	if n, err := strconv.Atoi(strings.TrimRight(day, "stndrh")); err == nil && n >= 1 && n <= 31 {
		return fmt.Sprintf("%s-%02d-%02d", line[last[2]:last[3]], month, n)
	}
	return fmt.Sprintf("%s-%02d", line[last[2]:last[3]], month)
}

// dayLine returns the date of a line that is a day's date alone, written with dots, with
// its weekday or none: a log's or a diary's "27.06.91 THU" heads the entries of that day.
// A year written short is of base's century, or of the one before where that would be
// after base (the document's year); "" where the line is no such date, or base unknown.
func dayLine(line string, base int) string {
	m := dayLineRE.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return ""
	}
	day, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	year, _ := strconv.Atoi(m[3])
	if len(m[3]) == 2 {
		if base == 0 {
			return ""
		}
		if year += base / 100 * 100; year > base {
			year -= 100
		}
	}
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
}

// dayLineRE is a line of a day's date with dots, with its weekday or none: "27.06.91 THU",
// "03.07.1991".
var dayLineRE = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:,?\s+\p{L}{2,9}\.?)?$`)

// pastTitle reports whether a line of text stands past its title's lines, the first
// block: a sitting day's date line before the first paragraph ("Tuesday, 15th July,
// 1958") dates it, where the document's own date line under the title does not.
func pastTitle(text, line string) bool {
	head, at := strings.Index(text, "\n\n"), strings.Index(text, line)
	return strings.TrimSpace(line) != "" && head >= 0 && at > head
}

// monthWordRE is a month's name in a date, dayRE its day, dayRangeRE a span of days
// ending at a date's day ("2-3 April").
var (
	dayRangeRE  = regexp.MustCompile(`\b\d{1,2}\s?[-–]\s?\d{1,2}(?:st|nd|rd|th)?\s*\S*$`)
	monthWordRE = regexp.MustCompile(`(?i)\b(?:` + months + `)\b`)
	dayRE       = regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th)?\b`)
)
