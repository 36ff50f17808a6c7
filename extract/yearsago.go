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

// asOf returns the date a sentence is told at, and whose it is: the date of the dated line
// over its paragraph that dates an item of the document, a circular's or a signal's
// ("CIRCULAR No. 1 (WR/NIG/67/1). 7th June 1967.", over biafra-1967's first, in a bound set
// of 1970), where it is the document's or before it (not a history's "6 October 1973" over
// a chapter: a day it tells of); else the document's; "" where neither is known.
func (rd *Reader) asOf() (date, whose string) {
	doc := ""
	if !rd.Date.IsZero() {
		doc = rd.Date.String()
	}
	if rd.itemDated && len(rd.dateline) >= 7 && (doc == "" || rd.dateline <= doc) && rd.dateline != doc {
		return rd.dateline, "the date of the dated line over the paragraph"
	}
	return doc, "the document's date"
}

// yearCounts are the numbers written as words that count years back.
var yearCounts = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// yearsAgo rewrites the years text counts back from the document's date as those years;
// text itself where the document has no date or the text counts none.
func (rd *Reader) yearsAgo(text string) string {
	told, _ := rd.asOf()
	if told == "" || !strings.Contains(text, " ago") && !strings.Contains(text, "ast year") {
		return text
	}
	doc, err := strconv.Atoi(yearOf(told))
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

// nearYear returns the year of a day and month the text gives no year, next to the
// document's date (recentYear, yearBefore), and why; year itself where neither moves it.
func (rd *Reader) nearYear(year, month, text string) (string, string) {
	if y := rd.recentYear(year, month); y != year {
		return y, " (the document's year, the day falling before the document's date)"
	}
	if y := rd.yearBefore(year, month, text); y != year {
		return y, " (the year before the document's, the day falling after the document's date)"
	}
	return year, ""
}

// yearBefore returns the year before the document's for a month or a day and month the
// text gives no year ("12", "12-13"), where the year the text named before is the
// document's and the month falls after the document's date, told of as done: a press
// conference of 24 January 2017 tells "we went to Banjul on 13 December" of 2016, but not
// "elections will be held in December"; nor in a report that names a year after its own.
// Else year.
func (rd *Reader) yearBefore(year, month, text string) string {
	doc := rd.Date.String()
	if rd.Date.IsZero() || len(doc) < 10 || len(month) != 2 && len(month) != 5 || year != doc[:4] || month <= doc[5:5+len(month)] || futureRE.MatchString(text) ||
		rd.latest > doc[:4] { // a report that names a later year tells of later events: a postscript's "In October"
		return year
	}
	y, err := strconv.Atoi(year)
	if err != nil {
		return year
	}
	return strconv.Itoa(y - 1)
}

// futureRE finds the words of a time to come: "will", "would", "must", "until", "next", "due".
var futureRE = regexp.MustCompile(`(?i)\b(?:will|shall|'ll|would|must|is to|are to|next|due|until|till|scheduled|planned|plans|expected|intends)\b`)
