package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A log's entries open with the hour in four digits ("(N) 2000 The Soviet Consul came off
// in the last boat", "0640 Heavy gunfire ashore"): no year, though "2000" and "1900" read
// as one. The times of such a text are masked where the reader looks for dates.

// clockTimes returns where the times that open a log's entries start in text: four
// digits at a line's start, after a log's mark of one capital in brackets ("(N) ", "(D) ")
// or after a sentence's end, hours 00 to 23 and minutes 00 to 59, then a capital, a bracket
// or the line's end, the zone's letter between or none. None where fewer than three open
// entries or every one could be a year ("1950 North Korea invades", a timeline's), that is,
// where none is such as "0730" or "1015". (A scan by hand: a pattern over the whole text
// took a thirtieth of the reading.)
func clockTimes(text string) []int {
	var out []int
	log := false
	for i := 0; i+4 <= len(text); i++ {
		if !digit(text[i]) || i > 0 && wordByte(text[i-1]) {
			continue
		}
		if !digit(text[i+1]) || !digit(text[i+2]) || !digit(text[i+3]) {
			i += 1
			continue
		}
		if entryHour(text, i) {
			out = append(out, i)
			log = log || !yearAt(text, i)
		}
		i += 3
	}
	if !log || len(out) < 3 {
		return nil
	}
	// In a log, an hour after "at" or "by" is the day's too: "By 1900 'stopped' near
	// Karlovac", "at 2100 the column turned back"; not a year near the log's own, which its
	// title and date lines give ("By 2003 the mercenaries had fought", in a log of 2011).
	own, _ := strconv.Atoi(firstYear(text[:min(300, len(text))]))
	for i := 1; i+4 <= len(text); i++ {
		if hourAt(text, i) && !wordByte(text[i-1]) && (i+4 == len(text) || !wordByte(text[i+4])) && hourAfter(text, i) && !nearOwnYear(text[i:i+4], own) {
			out = append(out, i)
			i += 3
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// nearOwnYear reports whether four digits are a year within fifteen of the year own.
func nearOwnYear(digits string, own int) bool {
	n, err := strconv.Atoi(digits)
	return err == nil && own > 0 && n >= own-15 && n <= own+15
}

// hourAt reports whether text holds four digits at byte i that are an hour and its
// minutes, "0000" to "2359".
func hourAt(text string, i int) bool {
	return i+4 <= len(text) && digit(text[i]) && digit(text[i+1]) && digit(text[i+2]) && digit(text[i+3]) &&
		(text[i]-'0')*10+text[i+1]-'0' <= 23 && text[i+2] <= '5'
}

// hourAfter reports whether the hour at text[i] (hourAt) stands after "at", "by", "until"
// or "till" (clockTimes).
func hourAfter(text string, i int) bool {
	before := strings.ToLower(text[max(0, i-6):i])
	for _, w := range []string{" at ", " by ", "until ", " till "} {
		if strings.HasSuffix(" "+before, w) {
			return true
		}
	}
	return false
}

// entryHour reports whether the four digits at text[i] are an hour that opens a log's
// entry (clockTimes).
func entryHour(text string, i int) bool {
	if !hourAt(text, i) {
		return false
	}
	e := i + 4
	if e < len(text) && text[e] == 'Z' {
		e++
	}
	switch {
	case e == len(text) || text[e] == '\n':
	case text[e] == ' ' && e+1 < len(text) && (text[e+1] >= 'A' && text[e+1] <= 'Z' || text[e+1] == '('):
	case strings.HasPrefix(text[e:], " / ") || strings.HasPrefix(text[e:], " hrs"): // "1950 / 41.300 MHz", "1950 hrs"
	default:
		return false
	}
	b := i
	if b >= 4 && text[b-1] == ' ' && text[b-2] == ')' && text[b-3] >= 'A' && text[b-3] <= 'Z' && text[b-4] == '(' {
		b -= 4 // "(N) 2000"
	}
	if b == 0 || text[b-1] == '\n' {
		return true
	}
	for b > 0 && text[b-1] == ' ' {
		b--
	}
	if r, n := utf8.DecodeLastRuneInString(text[:b]); strings.ContainsRune("\"”’)", r) {
		b -= n // a quotation mark or a bracket closed after the sentence's end
	}
	return b < i && b > 0 && (text[b-1] == '.' || text[b-1] == '!' || text[b-1] == '?')
}

// timed returns the text from byte from to byte to with the times that open a log's
// entries written "0000", no year, for the reading of dates: the same length, so that
// what is found there is where it is in the text.
func (d *Document) timed(from, to int) string {
	text := d.Text[from:to]
	if len(d.clocks) == 0 {
		return text
	}
	var b []byte
	for _, c := range d.clocks {
		if c >= from && c+4 <= to && yearAt(text, c-from) {
			if b == nil {
				b = []byte(text)
			}
			copy(b[c-from:], "0000")
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}
