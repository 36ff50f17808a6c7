package extract

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

var (
	attributionRE = regexp.MustCompile(`[Aa]ccording to ((?:\b[A-Z]\.(?:[A-Z]\.)*|[^,.;])+)`) // "According to the U.S., ..."
	// "Taliban sources, however, reported ...", "Pakistani officials said ...".
	sourcesRE = regexp.MustCompile(`\b((?:[A-Z][\w'’-]*\s+){1,3}(?:sources|officials))\s*,?\s*(?:however,\s*)?(?:have\s+|had\s+)?(?:reported|said|claimed|told|say|claim)\b`)
	// "The PYD is deemed by Turkey to be ...", "seen by Iran as": the judge.
	judgedRE = regexp.MustCompile(`\b(?:` + strings.Join(slices.Sorted(maps.Keys(judging)), "|") + `)\s+by\s+(?:the\s+)?([A-Z][^,.;()]*?)\s+(?:to be|as)\b`)
)

// attribution returns whom a sentence attributes its claim to: "Taliban sources".
func attribution(text string) string {
	if text == "" {
		return ""
	}
	var m []string
	if strings.Contains(text, "ccording to") {
		m = attributionRE.FindStringSubmatch(text)
	}
	if m == nil && (strings.Contains(text, " sources") || strings.Contains(text, " officials")) {
		m = sourcesRE.FindStringSubmatch(text)
	}
	if m == nil && strings.Contains(text, " by ") {
		m = judgedRE.FindStringSubmatch(text) // "is deemed by Turkey to be"
	}
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// attributedClause returns the part of a sentence an attribution there speaks of, for a cue at
// byte at: the whole sentence where the sentence opens with it ("According to X, A did this,
// and B that"), else the clause of the cue, between the joints ", and", ", but" and ";"
// ("A did this, and B did that, according to press reports" attributes only B's).
func attributedClause(text string, at int) string {
	if strings.HasPrefix(strings.TrimSpace(text), "According to") || at < 0 || at > len(text) {
		return text
	}
	from, to := 0, len(text)
	for _, joint := range []string{", and ", ", but ", "; ", ", while "} {
		if k := strings.LastIndex(text[:at], joint); k >= 0 && k+len(joint) > from {
			from = k + len(joint)
		}
		if k := strings.Index(text[at:], joint); k >= 0 && at+k < to {
			to = at + k
		}
	}
	return text[from:to]
}

var (
	months  = "january|february|march|april|may|june|july|august|september|october|november|december"
	seasons = map[string]int{"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
	// "from the summer of 2013", "in 2015-18": a part of a year, a span to a year written short.
	timeRE  = regexp.MustCompile(`(?i)\b(in|by|since|from|until|after|before|during|around|as of)?\s*(?:the\s+)?(early|late|mid-?)?\s*(?:(` + months + `|spring|summer|autumn|fall|winter)(?:\s+of)?)?\s*((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)\d{2}|\d{2}\b))?(\s+onwards?)?`)
	monthRE = regexp.MustCompile(`(?i)\b(early|late|mid-?)?\s*(` + months + `)\b`)
	yearRE  = regexp.MustCompile(`\b(19|20)\d{2}s?\b`) // and a decade: "the 1990s"
	// The words that date a sentence by the one before: "at that point", "by then".
	thenRE = regexp.MustCompile(`(?i)\b(?:at that (?:point|time|moment)|by then|at the same time|around the same time|(?:on )?the same day|(?:later )?that (?:same )?day)\b`)
	// "The following day, the French military launched ...": the day after the time of the
	// sentence before.
	nextDayRE = regexp.MustCompile(`(?i)\b(?:the (?:following|next) day|the day after)\b`)
	// The death the sentence tells of one it names: "was killed", "died".
	deathRE = regexp.MustCompile(`\b(?:(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:killed|assassinated|executed|shot dead)|died)\b`)
	// othersDeathRE finds a death that dates another's act: "when Sadulayev was killed".
	othersDeathRE = regexp.MustCompile(`\b(?:when|after|once)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+(?:was|were)\s+(?:\w+ly\s+)?(?:killed|assassinated|executed|shot dead)\b`)
	toldRE        = regexp.MustCompile(`\b(?:said|says|stated|reported|announced|confirmed|claimed)\b`)
	// Two years of a span: "between 2015 and 2017", "from 2015 to 2017".
	// And two years joined after "in": "in 2016 and 2017".
	yearsRE = regexp.MustCompile(`(?i)\b(?:between|from|in|during)\s+((?:19|20)\d{2})\s+(?:and|to|until|till|through)\s+((?:19|20)\d{2})\b`)
	// "January–March 2017", "between January and March 2017": two months of one year;
	// "late June and early July 2021", each month with its part.
	monthsRE = regexp.MustCompile(`(?i)\b(?:(early|late|mid-?)\s*)?(` + months + `)\s*(?:and|to|until|through|–|-)\s*(?:(early|late|mid-?)\s*)?(` + months + `)\s+((?:19|20)\d{2})\b`)
)

// modelRE is a number that names a model, not a year: "Mirage 2000-D", "Su-25".
var modelRE = regexp.MustCompile(`\b(?:19|20)\d{2}-[A-Za-z]`)

// noModels returns text with the digits of model numbers put out of the reach of the
// years' patterns, every offset kept.
func noModels(text string) string {
	k := strings.IndexByte(text, '-')
	if k < 0 {
		return text
	}
	var b []byte // as modelRE.ReplaceAllStringFunc would write it, by hand
	for i := max(k-4, 0); i+6 <= len(text); i++ {
		if modelAt(text, i) {
			if b == nil {
				b = []byte(text)
			}
			copy(b[i:], "xxxx")
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// yearOfAThing reports whether a time found is a year that names a thing after "the": "the
// 1974 treaty", "the 1990 rebellion" (not "the 1990s", "the 1980s war" is a decade's).
func yearOfAThing(text string, loc []int) bool {
	m := strings.ToLower(strings.TrimSpace(text[loc[0]:loc[1]]))
	if loc[2] >= 0 || loc[4] >= 0 || loc[6] >= 0 || !strings.HasPrefix(m, "the ") || loc[1] >= len(text) || text[loc[1]] != ' ' {
		return false // a preposition, a part or a month of the year tell a time: "in the summer of 1990"
	}
	next := text[loc[1]+1:]
	if end := strings.IndexAny(next, " ,.;:)"); end >= 0 {
		next = next[:end]
	}
	if next == "" || strings.ToLower(next) != next || strings.HasSuffix(text[loc[0]:loc[1]], "s") {
		return false
	}
	_, season := seasons[next]
	return !strings.Contains(months, next) && !season
}

func lastYear(text string) string {
	last := ""
	text = noCitations(text)
	for start, end := range yearsOf(text) {
		last = text[start:end]
	}
	return strings.TrimSuffix(last, "s")
}

// when reads the time a sentence gives, in EDTF, and the words it read it from: a year
// ("in 2005"), a bound ("by 2018": to 2018 at the latest; "from 2011 onward"), a month
// or season, a span; a month without a year takes the paragraph's latest year.
func (rd *Reader) when(text, context string, from, to int, others ...int) (string, string) {
	// Of several times, the one nearest the statement, from its cue to its object: "Other
	// groups in 2001's Bonn Agreement ... reached an understanding with the Taliban in
	// spring 2021".
	text = lifespan(rd.unnamedYears(noCitations(rd.yearsAgo(text)))) // "(Schmidt, 1964)", "the 1920 Revolution Brigades", "Frank País (1934–1957):" date no claim
	context = rd.fullDates(rd.yearsAgo(context))
	if plain, at := fullDates(text, rd.shortBase, rd.yearsShort); plain != text {
		// "In Dec '54", "30 Oct 78": read as written in full.
		text = plain
		if from >= 0 {
			from = at(from)
		}
		if to >= 0 {
			to = at(to)
		}
		others = slices.Clone(others)
		for k, o := range others {
			others[k] = at(o)
		}
	}
	var m []string
	var mAt []int
	best := -1
	another := false // a time of the sentence is another cue's
	at := from
	if text != rd.timesOf {
		rd.timesOf, rd.times = text, nil
		if hasYear(text) { // the pattern asks for a year: most sentences have none
			rd.times = times(noModels(text))
		}
	}
	for _, loc := range rd.times {
		if yearOfAThing(text, loc) && (loc[1] <= from || to >= 0 && loc[0] >= to) {
			continue // "renounced the 1974 treaty and broke off relations": the treaty's year, not the act's ("a leader of the 1990 rebellion" is)
		}
		d := max(loc[0]-to, from-loc[1], 0)
		// A time across a clause's edge is another clause's: "In 2019 Houthi fighters
		// attacked Saudi Arabia, and in 2022 Houthi forces fired missiles at Israel".
		gap := ""
		if from >= 0 && to >= 0 && loc[0] >= to && to <= len(text) {
			gap = text[to:loc[0]]
		} else if from >= 0 && loc[1] <= from && from <= len(text) {
			gap = text[loc[1]:from]
		}
		if strings.Contains(gap, ";") && loc[0] >= to || from >= 0 && asideSince(text, loc, from, to) {
			continue // "walked out of the Junta in protest; the latter had long resented ... after 2 May": the other clause's
		}
		if strings.Contains(gap, ";") || strings.Contains(gap, ", and ") || strings.Contains(gap, ", but ") || strings.Contains(gap, ", while ") ||
			loc[0] >= to && (strings.Contains(gap, ", who ") || strings.Contains(gap, ", which ")) || // "beat Calderón, who had been president from 1940 to 1944"
			strings.Contains(gap, ", whereas ") || loc[1] <= from && relativeTime(text, loc[0], gap) {
			d += len(text)
		}
		// A time far after the cue, with another cue between, is that cue's: "the
		// Taliban's fight with the Islamic State even facilitated the U.S. decision ... in
		// its agreement with the group in February 2020".
		if to >= 0 && loc[0] >= to && loc[0]-to > 60 && slices.ContainsFunc(others, func(o int) bool { return o >= to && o < loc[0] }) {
			another = true
			continue
		}
		if best < 0 || d < best {
			best = d
			m, mAt = make([]string, len(loc)/2), loc
			for k := range m {
				if loc[2*k] >= 0 {
					m[k] = text[loc[2*k]:loc[2*k+1]]
				}
			}
		}
		if at < 0 {
			break
		}
	}
	if m != nil {
		prep, mod, unit, year, until, onward := strings.ToLower(m[1]), strings.ToLower(m[2]), strings.ToLower(m[3]), m[4], m[5], m[6]
		if len(until) == 2 {
			until = year[:2] + until // "2015-18"
		}
		words := "time: " + strings.TrimSpace(m[0])
		monthAt := [2]int{mAt[6], mAt[7]}
		if unit == "" && dayBefore(text[:mAt[8]]) {
			// "January 11, 2013": the month and its day before the year.
			if u := usDateRE.FindStringSubmatchIndex(text[:mAt[8]]); u != nil {
				unit, monthAt = strings.ToLower(text[u[2]:u[3]]), [2]int{u[2], u[3]}
				words = "time: " + strings.TrimSpace(text[u[2]:mAt[9]])
			}
		}
		date := year
		if end := mAt[9]; until == "" && end < len(text) && text[end] == 's' && strings.HasSuffix(year, "0") {
			// "in the 1990s": the decade, EDTF 199X.
			year = year[:3] + "X"
			date = year
			if strings.HasSuffix(words, m[4]) {
				words += "s"
			}
		}
		if i := strings.Index(months, unit); unit != "" && i >= 0 && !strings.Contains(unit, " ") {
			n := slices.Index(strings.Split(months, "|"), unit) + 1
			date = fmt.Sprintf("%s-%02d", year, n)
			if day := dayOf(text, monthAt[0], monthAt[1]); day > 0 && mod == "" && until == "" {
				date = fmt.Sprintf("%s-%02d-%02d", year, n, day) // "On 11 January 2013", "January 11, 2013"
				if k := dayStart(text, monthAt[0]); k < mAt[0] {
					words = "time: " + strings.TrimSpace(text[k:mAt[1]])
					// "By 1 April 2013": the preposition before the day.
					if f := strings.Fields(strings.ToLower(text[max(0, k-8):k])); prep == "" && len(f) > 0 && datePreps[f[len(f)-1]] {
						prep = f[len(f)-1]
					}
				}
			}
		} else if s, ok := seasons[unit]; ok {
			date = fmt.Sprintf("%s-%d", year, s)
		}
		if mod != "" && date != year {
			date += "~"
		}
		for _, r := range monthSpans(text, mAt[8], until) {
			if r[0] <= mAt[0] && mAt[1] <= r[1]+1 && until == "" {
				all := strings.Split(months, "|")
				first := slices.Index(all, strings.ToLower(text[r[4]:r[5]])) + 1
				last := slices.Index(all, strings.ToLower(text[r[8]:r[9]])) + 1
				if first < last {
					from, to := fmt.Sprintf("%s-%02d", year, first), fmt.Sprintf("%s-%02d", year, last)
					if r[2] >= 0 {
						from += "~" // "late June"
					}
					if r[6] >= 0 {
						to += "~"
					}
					return from + "/" + to, "time: " + text[r[0]:r[1]]
				}
			}
		}
		for _, r := range yearSpans(text) {
			if r[0] <= mAt[1] && mAt[0] <= r[1] && text[r[2]:r[3]] < text[r[4]:r[5]] && !twoYearsApart(text, r) {
				return text[r[2]:r[3]] + "/" + text[r[4]:r[5]], "time: " + text[r[0]:r[1]]
			}
		}
		// An interval's end is a year at the least: "since the 1980s" opens in 1980, "by
		// the 1990s" closes in 1999 (EDTF takes no decade "198X" as an endpoint).
		first, last, next := date, date, date
		if len(date) == 4 && strings.HasSuffix(date, "X") { // a decade
			first, last = date[:3]+"0", date[:3]+"9"
			if n, err := strconv.Atoi(date[:3]); err == nil {
				next = strconv.Itoa(n+1) + "0"
			}
		}
		switch {
		case until != "":
			return year + "/" + until, words
		case prep == "by" && progressiveRE.MatchString(text):
			// "By 2018, Hekmatyar was edging closer to the Taliban": under way by then, not
			// over.
			return last + "/..", words + ", under way then and on"
		case prep == "by" || prep == "until":
			return "/" + last, words
		case prep == "before":
			return "/" + first, words
		case prep == "after":
			return next + "/..", words
		case prep == "since" || prep == "from" || onward != "":
			return first + "/..", words
		}
		return date, words
	}
	// "At that point, Hazara militia commanders ... also sealed deals": the time of the
	// sentence before, in the paragraph.
	if w := nextDayIn(text); w != "" && rd.before.valid != "" {
		if next, ok := dayAfter(rd.before.valid); ok {
			return next, "time: " + w + " (after " + strings.TrimPrefix(rd.before.cue, "time: ") + ", the sentence before)"
		}
	}
	if w := thenIn(text); w != "" && rd.before.valid != "" {
		return rd.before.valid, "time: " + w + " (" + strings.TrimPrefix(rd.before.cue, "time: ") + ", the sentence before)"
	}
	if rd.entry[0] != "" && !hasYear(rd.entry[1]) && strings.HasPrefix(strings.TrimSpace(text), rd.entry[1]) {
		return rd.entry[0], rd.entryCue() // "30 December - ...": of the document's year
	}
	if loc := capitalMonthIn(text, (context != "" || rd.textYear != "") && !another); loc != nil && !namedForADate(text, loc[0], loc[1]) &&
		!(to >= 0 && to <= loc[0] && strings.Contains(text[to:loc[0]], ";")) { // "...; the latter had long resented ... after 2 May": the other clause's
		m0, unit := text[loc[0]:loc[1]], strings.ToLower(text[loc[4]:loc[5]])
		n := slices.Index(strings.Split(months, "|"), unit) + 1
		month := fmt.Sprintf("%02d", n)
		if day := dayOf(text, loc[4], loc[5]); day > 0 && loc[2] < 0 {
			end := loc[1]
			if d := dayDigitsRE.FindStringIndex(text[end:]); d != nil && dayStart(text, loc[4]) == loc[4] {
				end += d[1] // "March 1"
			}
			month, m0 = fmt.Sprintf("%02d-%02d", n, day), text[min(loc[0], dayStart(text, loc[4])):end] // "On 16 January"
		}
		if context == "" {
			// "In late June and early July, ..." opening a paragraph: the year the text
			// named last, or of its latest date with a month, where there is one ("On 1
			// April" after "On 20 March, AQIM executed a hostage kidnapped in 2011" is the
			// year of the March before it).
			year := rd.textYear
			if rd.narrative != "" {
				year = rd.narrative[:4]
			}
			if y, why := rd.nearYear(year, month, text); y != year {
				return fmt.Sprintf("%s-%s~", y, month), "time: " + strings.TrimSpace(m0) + why
			}
			return fmt.Sprintf("%s-%s~", year, month), "time: " + strings.TrimSpace(m0) + " (year from the text before)"
		}
		if rd.dateline != "" && context == rd.dateline[:4] && month[:2] > rd.dateline[5:7] && !futureRE.MatchString(text) {
			// "On 20 October" in an answer dated 9 February 2015: the October before.
			y, _ := strconv.Atoi(context)
			return fmt.Sprintf("%d-%s~", y-1, month), "time: " + strings.TrimSpace(m0) + " (the year before the dateline's, " + rd.dateline + ")"
		}
		if rd.told > context {
			// "In the election of 8 February 1948 ... Calderón, who had been president from 1940
			// to 1944 ... On 1 March the Congress annulled": the year of the date the paragraph
			// told with its month, later than a year it named only in passing.
			return fmt.Sprintf("%s-%s~", rd.told, month), "time: " + strings.TrimSpace(m0) + " (the year of the paragraph's date before)"
		}
		return fmt.Sprintf("%s-%s~", context, month), "time: " + strings.TrimSpace(m0) + " (year from the paragraph)"
	}
	if v, w := rd.ordinalDay(text); v != "" {
		return v, w // "On the 30th", after "On 28 October"
	}
	if before := text[max(0, from-40):max(from, 0)]; rd.entry[0] == "" && from > 0 && (presentRE.MatchString(before) && !modalPerfectRE.MatchString(before) || presentVerbAt(text, from)) && !quoted(text, from) {
		// "Khartoum continues to supply the LRA", "the SPLA is still receiving arms": told
		// in the present, of the document's time, not of the paragraph's year or the text's last.
		if at, whose := rd.asOf(); at != "" {
			return "/" + at, "time: up to " + whose + ", told in the present"
		}
		return "", ""
	}
	if rd.entry[0] != "" {
		return rd.entry[0], rd.entryCue()
	}
	if context != "" {
		return context + "~", "time: " + context + " (the paragraph's year)"
	}
	if longRE.MatchString(text) {
		return "", "" // "The UAE has long armed the STC": up to the document's time, from long before
	}
	if rd.paraYear != "" && earlyRE.MatchString(text) {
		// "fought beside the Party's units in the first years. In 1973 they were disarmed":
		// before the year the paragraph names after.
		return "/" + rd.paraYear, "time: by " + rd.paraYear + " (the year the paragraph names after; the sentence tells of before it)"
	}
	if rd.paraYear != "" {
		// "Another rationale for supporting the Taliban, pioneered by the Saudis, ... The
		// Saudis initially appeared to ... in 2003-2004": the year the paragraph names
		// after the sentence, nearer its matter than the paragraph before's.
		return rd.paraYear + "~", "time: " + rd.paraYear + " (the year the paragraph names after)"
	}
	if rd.textYear != "" {
		if rd.lookback != "" {
			// "China provided support ... on and off for quite some time": a paragraph
			// that looks back tells of what held up to the text's time, from earlier.
			return "/" + rd.textYear, "time: by " + rd.textYear + " (the year the text named last; the paragraph looks back: " + rd.lookback + ")"
		}
		return rd.textYear + "~", "time: " + rd.textYear + " (the year the text named last)"
	}
	return "", ""
}

// twoYearsApart reports whether a span yearSpans found is two years named after "in" or
// "during" that do not follow each other ("talks in 1999 and 2012": two times, no span).
func twoYearsApart(text string, r []int) bool {
	w := strings.ToLower(strings.Fields(text[r[0]:r[1]])[0])
	a, _ := strconv.Atoi(text[r[2]:r[3]])
	b, _ := strconv.Atoi(text[r[4]:r[5]])
	return (w == "in" || w == "during") && b-a > 1
}

// longRE finds a perfect of long standing: "has long armed", "have long accused".
// quoted reports whether the byte at of a sentence stands inside a quotation, whose
// present is its speaker's: "how Iran continues to provide guidance".
func quoted(text string, at int) bool {
	before := text[:at]
	return strings.Count(before, "\"")%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}

// presentRE is what tells, right before a cue, that a sentence speaks of the document's
// present: "continues to", "is still", "remains", "currently".
var presentRE = regexp.MustCompile(`(?i)\b(?:continues(?: to)?|continue(?: to)?|is still|are still|still|remains|remain|currently|is now|are now|keeps(?: on)?|keep(?: on)?|has|have|has been|have been)\s+(?:[a-z]+ly\s+)?$`)

// presentVerbAt reports whether a verb of help, command or enmity in the present's third
// person opens the text at byte from: "The UK trains Nigerian units", "Iran backs the
// Houthis" (not "arms", a noun as often).
func presentVerbAt(text string, from int) bool {
	w := text[from:]
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	return len(w) <= 10 && presentVerbs[strings.ToLower(w)]
}

// presentVerbs are the verbs presentVerbAt knows.
var presentVerbs = map[string]bool{"supports": true, "backs": true, "funds": true, "finances": true, "trains": true, "equips": true,
	"hosts": true, "shelters": true, "harbours": true, "harbors": true, "supplies": true, "provides": true, "leads": true, "heads": true,
	"commands": true, "controls": true, "opposes": true, "fights": true, "mediates": true, "chairs": true, "sponsors": true, "protects": true}

// modalPerfectRE is a perfect after a modal or "to", no present: "may have financed", "is
// said to have armed".
var modalPerfectRE = regexp.MustCompile(`(?i)\b(?:may|might|could|would|should|must|will|shall|can|to)\s+(?:not\s+)?(?:have|has)(?:\s+been)?\s+(?:[a-z]+ly\s+)?$`)

// earlyRE finds the words by which a sentence tells of a time before the one the
// paragraph goes on to name: "in the first years", "at first".
var earlyRE = regexp.MustCompile(`(?i)\b(?:in the (?:first|early|earliest) (?:years|months|days)|at first|early on|at the (?:start|outset))\b`)

var longRE = regexp.MustCompile(`(?i)\b(?:has|have)\s+long\b`)

// progressiveRE finds a verb in the progressive: "was edging", "were openly telling".
var progressiveRE = regexp.MustCompile(`(?i)\b(?:was|were|is|are)\s+(?:\w+ly\s+)?\w{2,}ing\b`)

// firstYear is the first year a text names as the time of what it tells ("in
// 2003-2004"), not as a bound ("By 2021, Russia was the third-largest source of support":
// the state reached by then, not when the support told before it began), or "".
func firstYear(text string) string {
	text = noCitations(text)
	for start, end := range yearsOf(text) {
		before := strings.Fields(strings.ToLower(text[max(0, start-12):start]))
		if len(before) > 0 {
			switch before[len(before)-1] {
			case "by", "until", "till", "before", "after", "since":
				continue
			}
		}
		return strings.TrimSuffix(text[start:end], "s")
	}
	return ""
}

// lookingBack finds the words by which a sentence looks back (rules.yaml, lookbacks): a
// phrase that ends in "been" only before a verb in "-ing" ("had been supporting the
// Taliban", not "the hospital had been overwhelmed").
func (rd *Reader) lookingBack(ts []token) (string, bool) {
	for _, w := range rd.marks["lookback"] {
		ws := rd.words(w)
		for i := 0; i+len(ws) <= len(ts); i++ {
			if !matchAt(ts, i, ws) {
				continue
			}
			if e := i + len(ws); ws[len(ws)-1] == "been" && (e >= len(ts) || !strings.HasSuffix(ts[e].word, "ing")) {
				continue
			}
			return w, true
		}
	}
	return "", false
}

// dayOf returns the day of the month a date gives around its month's name, at
// text[start:end]: before it ("11 January", "the 11th of January") or after it
// ("January 11, 2013"); 0 when none.
func dayOf(text string, start, end int) int {
	if k := dayStart(text, start); k < start {
		d, _ := strconv.Atoi(strings.TrimRight(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text[k:start]), "of")), "stndrh "))
		return validDay(d)
	}
	rest := text[end:]
	if m := dayAfterRE.FindStringSubmatch(rest); m != nil {
		d, _ := strconv.Atoi(m[1])
		return validDay(d)
	}
	return 0
}

// dayStart returns where the day before a month's name at start begins ("11 January",
// "11th of January"), or start when there is none.
func dayStart(text string, start int) int {
	if m := dayBeforeRE.FindStringIndex(text[:start]); m != nil {
		return m[0]
	}
	return start
}

var (
	usDateRE    = regexp.MustCompile(`(?i)\b(` + months + `)\s+\d{1,2}(?:st|nd|rd|th)?,?\s*$`)
	dayDigitsRE = regexp.MustCompile(`^\s+\d{1,2}(?:st|nd|rd|th)?\b`)
	dayBeforeRE = regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+$`)
	dayAfterRE  = regexp.MustCompile(`^\s+(\d{1,2})(?:st|nd|rd|th)?\b`) // "January 20", "**January 20** –", "January 11, 2013"
)

// dayAfter returns the day after a date of one day ("2013-01-10~" gives "2013-01-11~").
func dayAfter(valid string) (string, bool) {
	d, err := time.Parse("2006-01-02", strings.TrimSuffix(valid, "~"))
	if err != nil {
		return "", false
	}
	next := d.AddDate(0, 0, 1).Format("2006-01-02")
	if strings.HasSuffix(valid, "~") {
		next += "~"
	}
	return next, true
}

// datePreps are the prepositions a date's day may follow, which bound or open its time.
var datePreps = map[string]bool{"by": true, "until": true, "before": true, "since": true, "from": true, "after": true}

func validDay(d int) int {
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// recentYear returns the document's year for a day and month ("05-12", "12-06") the text
// gives no year, where the year the text named before is the one before the document's and
// the day falls before the document's date in the document's year: a record of 16 December
// 1971 that named the elections of 1970 tells "On 6 December we recognized" of 1971.
// Else year.
func (rd *Reader) recentYear(year, month string) string {
	doc := rd.Date.String()
	if rd.Date.IsZero() || len(doc) < 10 || len(month) != 5 || len(year) != 4 {
		return year
	}
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(doc[:4])
	if err1 != nil || err2 != nil || d-y != 1 || month > doc[5:10] {
		return year
	}
	return doc[:4]
}

// relativeTime reports whether the time at byte at stands in a relative clause that closes
// before the statement, gap the text between them: "The OLA, which broke from the Oromo
// Liberation Front after 2018, held talks with the government ... in 2023" (the talks are
// 2023's).
func relativeTime(text string, at int, gap string) bool {
	if !strings.Contains(gap, ",") {
		return false
	}
	open := strings.LastIndex(text[:at], ",")
	if open < 0 {
		return false
	}
	clause := strings.Fields(text[open+1 : at])
	return len(clause) > 0 && (clause[0] == "which" || clause[0] == "who" || clause[0] == "whose" || clause[0] == "whom")
}

// asideSince reports whether the time loc found is a post's "since" in an apposition set off
// by commas that the statement from..to stands outside: "Stroessner, commander-in-chief
// since 1951, overthrows Chaves", "Jamil Mahuad, Ecuador's president since August 1998,
// ended the dispute" (the post's own time, not the deed's).
func asideSince(text string, loc []int, from, to int) bool {
	if loc[2] < 0 || !strings.EqualFold(text[loc[2]:loc[3]], "since") {
		return false
	}
	open := strings.LastIndex(text[:loc[2]], ",")
	if open < 0 || loc[2]-open > 60 || strings.ContainsAny(text[open+1:loc[2]], ";:()") {
		return false
	}
	for _, w := range strings.Fields(text[open+1 : loc[2]]) {
		if relativeWords[w] || w == "and" {
			return false // "who had ruled since 1971", "and since 2015"
		}
	}
	rest := strings.TrimLeft(text[loc[1]:], " ")
	if rest != "" && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ")") && !strings.HasPrefix(rest, ".") {
		return false
	}
	closeAt := len(text) - len(rest)
	return to >= 0 && to <= open || from >= closeAt
}
