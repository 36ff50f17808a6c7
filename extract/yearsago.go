package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// Years counted back from the document's date: "two years ago", "a year ago", "last
// year". Each is written as the year it names, padded with spaces to its own length, so
// that the offsets of the sentence stay as they were.

var yearsAgoRE = regexp.MustCompile(`(?i)\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago|last year)\b`)

// yearCounts are the numbers written as words that count years back.
var yearCounts = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// yearsAgo rewrites the years text counts back from the document's date as those years;
// text itself where the document has no date or the text counts none.
func (rd *Reader) yearsAgo(text string) string {
	if rd.Date.IsZero() || !strings.Contains(text, " ago") && !strings.Contains(text, "ast year") {
		return text
	}
	doc, err := strconv.Atoi(yearOf(rd.Date.String()))
	if err != nil || doc == 0 {
		return text
	}
	var b strings.Builder
	at := 0
	for _, m := range yearsAgoRE.FindAllStringSubmatchIndex(text, -1) {
		s := text[m[0]:m[1]]
		if m[0] > 0 && (text[m[0]-1] == '-' || text[m[0]-1] == '\'') || quotedBefore(text[:m[0]]) {
			continue // "Twenty-two years ago"; "two years ago" in another's words, of their day
		}
		n := 1
		if m[2] >= 0 {
			if k, ok := yearCounts[strings.ToLower(text[m[2]:m[3]])]; ok {
				n = k
			} else {
				n, _ = strconv.Atoi(text[m[2]:m[3]])
			}
		} else if before := strings.Fields(text[:m[0]]); len(before) > 0 && ownedYear[strings.ToLower(before[len(before)-1])] ||
			strings.HasPrefix(text[m[1]:], " of") || strings.HasPrefix(text[m[1]:], " in office") {
			continue // "the last year of the war", "his last year in office"
		}
		y := strconv.Itoa(doc - n)
		b.WriteString(text[at:m[0]])
		b.WriteString(y + strings.Repeat(" ", len(s)-len(y)))
		at = m[1]
	}
	if at == 0 {
		return text
	}
	b.WriteString(text[at:])
	return b.String()
}

// ownedYear are the words before "last year" that make it a year of someone's or
// something's: "the last year", "his last year".
var ownedYear = map[string]bool{"the": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "a": true, "that": true}

// quotedBefore reports whether text leaves a quotation open: its straight quotes odd, or
// more curly ones opened than closed.
func quotedBefore(text string) bool {
	return strings.Count(text, "\"")%2 == 1 || strings.Count(text, "“") > strings.Count(text, "”")
}
