package edtf

import (
	"regexp"
	"strconv"
	"time"
)

// seasonNames are the names of EDTF's seasons, 21 to 24 (Level 1).
var seasonNames = [...]string{"spring", "summer", "autumn", "winter"}

// seasonRE matches a date of a season in EDTF text: "2021-21" is spring 2021.
var seasonRE = regexp.MustCompile(`\b(\d{4})-(2[1-4])\b`)

// SeasonsInWords writes EDTF text with its seasons named, for a table a person reads:
// "2021-21/.." as "spring 2021/..", "2001/2020-24" as "2001/winter 2020". Other dates
// stay as EDTF writes them.
func SeasonsInWords(edtf string) string {
	return seasonRE.ReplaceAllStringFunc(edtf, func(s string) string {
		m := seasonRE.FindStringSubmatch(s)
		return seasonNames[m[2][1]-'1'] + " " + m[1]
	})
}

// Words reads iv for people, in English, saying its uncertainty in words: "in 2018",
// "around June 2016, perhaps", "from 2016 to 2018", "from March 2021 on", "until 2001",
// "from an unknown date to 2018". An uncertain or approximate endpoint of an interval
// says so after its date. The zero Interval gives "".
func (iv Interval) Words() string {
	switch {
	case iv.IsZero():
		return ""
	case iv.single:
		return iv.start.Date.phrase(true)
	}
	start, end := iv.start, iv.end
	switch {
	case start.Kind == Closed && end.Kind == Closed:
		return "from " + start.Date.phrase(false) + " to " + end.Date.phrase(false)
	case start.Kind == Closed && end.Kind == Open:
		return "from " + start.Date.phrase(false) + " on, with no end given"
	case start.Kind == Closed:
		return "from " + start.Date.phrase(false) + " to an unknown date"
	case start.Kind == Open:
		return "until " + end.Date.phrase(false) + ", with no start given"
	}
	return "from an unknown date to " + end.Date.phrase(false)
}

// phrase reads d: "in 2018" (with its preposition when alone) or "2018", with its
// qualifiers in words.
func (d Date) phrase(alone bool) string {
	var s, in string
	y := d.year()
	year := strconv.FormatInt(y, 10)
	if y <= 0 {
		year = strconv.FormatInt(1-y, 10) + " BCE" // astronomical year 0 is 1 BCE
	}
	prec := d.prec
	switch {
	case prec >= SeasonPrecision && d.month == 0: // "2004-XX": some month of 2004
		prec = YearPrecision
	case prec == DayPrecision && d.day == 0: // "1985-04-XX"
		prec = MonthPrecision
	}
	switch prec {
	case CenturyPrecision, DecadePrecision:
		s, in = "the "+strconv.FormatInt(d.mag, 10)+"s", "in "
		if d.neg { // the X digits count away from zero: as written is clearest
			s = d.appendYearPartString()
		}
	case YearPrecision:
		s, in = year, "in "
	case SeasonPrecision:
		s, in = seasonNames[int(d.month)-firstSeason]+" "+year, "in "
	case MonthPrecision:
		s, in = time.Month(d.month).String()+" "+year, "in "
	default:
		s, in = strconv.Itoa(int(d.day))+" "+time.Month(d.month).String()+" "+year, "on "
	}
	switch {
	case d.Approximate() && d.Uncertain():
		return "around " + s + ", perhaps"
	case d.Approximate():
		return "around " + s
	case d.Uncertain() && alone:
		return in + s + ", perhaps"
	case d.Uncertain():
		return s + " (perhaps)"
	case alone:
		return in + s
	}
	return s
}

// appendYearPartString writes the year as EDTF does, with its X digits.
func (d Date) appendYearPartString() string { return string(d.appendYearPart(nil)) }
