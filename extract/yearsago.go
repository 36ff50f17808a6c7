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
	if rd.Date.IsZero() || !strings.Contains(text, " ago") && !strings.Contains(strings.ToLower(text), "last year") {
		return text
	}
	doc, err := strconv.Atoi(yearOf(rd.Date.String()))
	if err != nil || doc == 0 {
		return text
	}
	return yearsAgoRE.ReplaceAllStringFunc(text, func(s string) string {
		n := 1
		if m := yearsAgoRE.FindStringSubmatch(s); m[1] != "" {
			if k, ok := yearCounts[strings.ToLower(m[1])]; ok {
				n = k
			} else {
				n, _ = strconv.Atoi(m[1])
			}
		}
		y := strconv.Itoa(doc - n)
		if len(y) > len(s) {
			return s
		}
		return y + strings.Repeat(" ", len(s)-len(y))
	})
}
