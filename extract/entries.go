package extract

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The dates entries open on: a chronology's, a live blog's or a diary's, and a notebook's
// in the year its title names.

// entryDate returns the date a chronology's entry opens on, before a dash or a colon
// ("5-6 January 1991 - Georgian police ...", "Spring 1993: ..."), with its words, for
// the sentences of the entry that give none; none where the paragraph opens otherwise.
func (rd *Reader) entryDate(text string) [2]string {
	m := entryRE.FindStringSubmatch(text)
	if m == nil {
		m = entryStopRE.FindStringSubmatch(text) // "1995. EO fights the RUF", "7 March 2004. Zimbabwe impounds the 727"
	}
	if m == nil {
		if e := rd.labelEntry(text); e[0] != "" {
			return e
		}
		return rd.undatedEntry(text)
	}
	valid, cue := rd.when(m[1], "", -1, -1)
	if valid == "" || !strings.HasPrefix(cue, "time: ") {
		return [2]string{}
	}
	return [2]string{valid, strings.TrimSpace(m[1])}
}

// entryCue tells the time of the entry's date: its words, and the document's year where
// they give none.
func (rd *Reader) entryCue() string {
	if hasYear(rd.entry[1]) {
		return "time: " + rd.entry[1] + " (the date the entry opens on)"
	}
	return "time: " + rd.entry[1] + ", in the document's year (the date the entry opens on)"
}

// undatedEntry returns the date a live blog's or a diary's entry opens on, a day and a
// month with no year ("13 August, 21:40 GMT - ..."), in the document's year: the year
// before where the day falls after the document's. None where the document has no date.
func (rd *Reader) undatedEntry(text string) [2]string {
	m := undatedEntryRE.FindStringSubmatch(text)
	doc := rd.Date.String()
	if m == nil && rd.titleYear != "" {
		// "9 March. Boké. Two days waiting": a notebook's entry, in the year its title
		// names ("Notebook from the Liberated Zones: Portuguese Guinea, March to May 1972").
		if m = notebookEntryRE.FindStringSubmatch(text); m != nil {
			doc = rd.titleYear
		}
	}
	if m == nil || rd.Date.IsZero() || len(doc) < 4 {
		return [2]string{}
	}
	day, name := m[2], m[3]
	if day == "" {
		day, name = m[5], m[4]
	}
	d, _ := strconv.Atoi(day)
	month := slices.Index(strings.Split(months, "|"), strings.ToLower(name)) + 1
	year, _ := strconv.Atoi(doc[:4])
	if md := fmt.Sprintf("%02d-%02d", month, d); len(doc) >= 10 && md > doc[5:10] {
		year-- // "30 December" in a diary of 2 January
	}
	return [2]string{fmt.Sprintf("%04d-%02d-%02d", year, month, d), strings.TrimSpace(m[1])}
}

// undatedEntryRE is an entry's opening day and month, and perhaps its hour, then a dash or
// a colon: "13 August, 21:40 GMT -", "July 12:".
var undatedEntryRE = regexp.MustCompile(`(?i)^((?:(\d{1,2}) (` + months + `)|(` + months + `) (\d{1,2}))(?:,? \d{1,2}[:.]\d{2}(?: ?[a-z]{2,4})?)?)\s*[-–—:]\s`)

// notebookEntryRE is a notebook's entry's opening day and month, then a full stop: "9
// March. Boké."
var notebookEntryRE = regexp.MustCompile(`(?i)^((\d{1,2}) (` + months + `))\.\s`)

// titleYear returns the one year the first line of a text names, or "".
func titleYear(text string) string {
	line, _, _ := strings.Cut(text, "\n")
	years := slices.Compact(slices.Sorted(slices.Values(yearInTitleRE.FindAllString(line, -1))))
	if len(years) != 1 {
		return ""
	}
	return years[0]
}

// yearInTitleRE is a year of a title.
var yearInTitleRE = regexp.MustCompile(`\b(?:1[6-9]|20)\d\d\b`)

// entryRE is a chronology entry's opening date: a year in the first words, then a dash
// or a colon.
// entryStopRE matches a date a timeline's entry opens on, a sentence of its own: a year,
// after a month and a day or none, a full stop, and a capital ("7 March 2004. Zimbabwe
// impounds the 727"); not a sentence that ends on a year ("Elections were held in 2004.").
var entryStopRE = regexp.MustCompile(`^((?:\d{1,2}\s+)?(?:(?i:` + months + `)\s+)?(?:1[89]|20)\d\d)\.\s+[A-Z]`)

var entryRE = regexp.MustCompile(`^((?:[\w,.\-–]+ ){0,4}?(?:1[89]|20)\d\d(?:\s*[-–]\s*(?:[\w,]+ ){0,3}?(?:1[89]|20)\d\d)?)\s*(?:[-–—:])\s`)

// entryContext returns the year of the dateline or heading over a paragraph (a post's, a
// letter's, a report's date line) as its context, unless the paragraph, whose last year
// is last, or the paragraphs before it where it names none, tell of a time more than ten
// years before it: "#4 Old_Africa_Hand | 2 Apr 2011", over a post on the Shaba war of
// 1977, dates the post, not what it tells. It keeps the year the paragraphs named last
// (bodyYear), and where the dateline is set aside, that year is the text's last too.
func (rd *Reader) entryContext(dateline, last string) string {
	told := cmp.Or(last, rd.bodyYear)
	rd.bodyYear = told
	d, err1 := strconv.Atoi(dateline)
	y, err2 := strconv.Atoi(told)
	if err1 == nil && err2 == nil && d-y > 10 {
		rd.textYear = told // nor is the year of its line the year the text named last
		return ""
	}
	return dateline
}

// labelEntry returns the date a timeline's entry opens on, a month in capitals and perhaps
// its day or its year, then a full stop ("8 MAR.", "MID-AUG.", "OCT 1948."), with its
// words: in the year the text named last where the label gives none.
func (rd *Reader) labelEntry(text string) [2]string {
	m := labelEntryRE.FindStringSubmatch(text)
	if m == nil {
		return [2]string{}
	}
	year, words := m[5], strings.TrimSpace(m[1])
	if year == "" {
		if year = rd.textYear; year == "" {
			return [2]string{}
		}
		words += ", of " + year + ", the year the text named last"
	}
	month := slices.IndexFunc(strings.Split(months, "|"), func(n string) bool { return len(n) >= 3 && strings.HasPrefix(strings.ToLower(m[4]), n[:3]) }) + 1
	if month == 0 {
		return [2]string{}
	}
	valid := fmt.Sprintf("%s-%02d", year, month)
	if day, _ := strconv.Atoi(m[3]); day > 0 && !strings.ContainsAny(m[1], "-–") {
		valid = fmt.Sprintf("%s-%02d", valid, day)
	} else if m[2] != "" {
		valid += "~" // "MID-AUG."
	}
	return [2]string{valid, words}
}

// labelEntryRE is a timeline entry's label: a month in capitals, perhaps its part, its day
// or days and its year, then a full stop.
var labelEntryRE = regexp.MustCompile(`^((?:(EARLY|LATE|MID)-? ?)?(?:(\d{1,2})(?:[-–]\d{1,2})? )?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?(?: ((?:19|20)\d\d))?)\.\s`)
