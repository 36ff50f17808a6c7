package edtf

// Precision is how finely a Date is given. The zero Precision belongs to
// the zero Date only.
type Precision uint8

// The precisions, from the coarsest to the finest. CenturyPrecision and
// DecadePrecision are the level 1 years with unspecified digits ("20XX",
// "201X"). A date whose month or day is written XX ("2004-XX",
// "1985-04-XX") keeps the precision it is written with, as EDTF says, even
// though it only pins down its year or month. A date with a time of day has
// DayPrecision; see Date.HasTime.
const (
	CenturyPrecision Precision = iota + 1
	DecadePrecision
	YearPrecision
	SeasonPrecision
	MonthPrecision
	DayPrecision
)

var precisionNames = [...]string{"none", "century", "decade", "year", "season", "month", "day"}

// String returns the lower-case name of p ("year", "season", ...).
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "Precision(" + itoa(int64(p)) + ")"
}

// qualifier holds the level 1 qualification of a whole date.
type qualifier uint8

const (
	uncertain   qualifier = 1 << iota // '?'
	approximate                       // '~'
)

// Seasons (level 1 "month" values 21-24) and their first months.
const (
	firstSeason = 21
	lastSeason  = 24
)

// maxMag is the largest year magnitude accepted: nine digits, as in the
// specification's Y170000002, and small enough for a 32-bit int.
const (
	maxYearDigits       = 9
	maxMag        int64 = 999_999_999
)

// Date is one EDTF date of level 0 or 1: a year, year-month, season or
// year-month-day, possibly with unspecified digits (X), possibly qualified
// as uncertain (?), approximate (~) or both (%), or a level 0 date and time
// of day. Dates are comparable with ==; two dates are equal exactly when
// their canonical strings are. The zero Date is not a valid date.
type Date struct {
	neg   bool      // the year was written with a minus sign
	mag   int64     // the year's magnitude, with X digits read as 0
	month uint8     // 1-12, 21-24 for a season, 0 when absent or XX
	day   uint8     // 1-31, 0 when absent or XX
	prec  Precision // 0 only for the zero Date
	qual  qualifier
	clock clock
}

// ParseDate parses a single EDTF date (no interval). Errors are
// *SyntaxError values.
func ParseDate(s string) (Date, error) {
	return parseDateIn(s, 0, len(s), false)
}

// year returns the signed year. For a decade or century it is the year
// closest to zero ("201X" gives 2010, "-199X" gives -1990).
func (d Date) year() int64 {
	if d.neg {
		return -d.mag
	}
	return d.mag
}

// Uncertain reports whether d is qualified as uncertain ("?" or "%").
func (d Date) Uncertain() bool { return d.qual&uncertain != 0 }

// Approximate reports whether d is qualified as approximate ("~" or "%").
func (d Date) Approximate() bool { return d.qual&approximate != 0 }

// Precision returns the precision d is written with.
func (d Date) Precision() Precision { return d.prec }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// HasTime reports whether d is a level 0 date and time of day, such as
// 2001-02-03T09:30:01Z. Its ranges are those of its date part.
func (d Date) HasTime() bool { return d.clock.set }

// Clock returns the time of day of a date with a time, and zeros otherwise.
func (d Date) Clock() (hour, minute, second int) {
	c := d.clock
	return int(c.hour), int(c.minute), int(c.second)
}

// Zone returns the time zone offset of a date with a time, in minutes east
// of UTC ("Z" is 0). ok is false when no zone was given (local time) or
// when d has no time.
func (d Date) Zone() (offsetMinutes int, ok bool) {
	return int(d.clock.offset), d.clock.zone != zoneNone
}

// Strict returns the days d certainly covers: its whole year, season, month
// or day; for unspecified digits, every day they could stand for ("199X" is
// 1990-01-01..1999-12-31, "2004-XX" is all of 2004, "1985-04-XX" all of
// April 1985). Spring (21) is March-May, summer (22) June-August, autumn
// (23) September-November and winter (24) December of the year to the end
// of February of the next year. A date with a time covers its date's day.
// The zero Date gives the zero Range.
func (d Date) Strict() Range {
	y := d.year()
	switch {
	case d.prec == 0:
		return Range{}
	case d.prec == CenturyPrecision:
		return d.yearSpan(100)
	case d.prec == DecadePrecision:
		return d.yearSpan(10)
	case d.prec == SeasonPrecision:
		first := 3 * (int(d.month) - firstSeason + 1)
		return monthSpan(y, first, 3)
	case d.prec < SeasonPrecision || d.month == 0:
		return yearRange(y, y)
	case d.prec == MonthPrecision || d.day == 0:
		return monthSpan(y, int(d.month), 1)
	}
	day := dayOf64(y, int(d.month), int(d.day))
	return Range{day, day}
}

// yearSpan returns the range of a decade (n=10) or century (n=100). The X
// digits of a negative year count away from zero: "-199X" is -1999..-1990.
func (d Date) yearSpan(n int64) Range {
	if d.neg {
		return yearRange(-d.mag-n+1, -d.mag)
	}
	return yearRange(d.mag, d.mag+n-1)
}

// Fuzzy returns Strict widened when d is approximate or uncertain: by one
// year on each side at year, decade or century precision, by one month at
// month or season precision, by seven days at day precision (also when the
// day or month is unspecified: "1985-04-XX~" is 1985-03-25..1985-05-07).
// For an unqualified date it equals Strict.
func (d Date) Fuzzy() Range {
	r := d.Strict()
	switch {
	case d.qual == 0:
		return r
	case d.prec == DayPrecision:
		return Range{r.First - 7, r.Last + 7}
	case d.prec >= SeasonPrecision:
		return widenMonths(r, 1)
	}
	return widenMonths(r, 12)
}

// yearRange returns the days from January 1 of first to December 31 of last.
func yearRange(first, last int64) Range {
	return Range{dayOf64(first, 1, 1), dayOf64(last, 12, 31)}
}

// monthSpan returns the days of n months starting with month (1-12) of
// year; the span may run into the next year.
func monthSpan(year int64, month, n int) Range {
	return Range{dayOf64(year, month, 1), dayOf64(year, month+n, 1) - 1}
}

// widenMonths widens a range of whole months by n months on each side.
func widenMonths(r Range, n int) Range {
	y1, m1, _ := r.First.Civil()
	y2, m2, _ := r.Last.Civil()
	return Range{
		First: dayOf64(int64(y1), m1-n, 1),
		Last:  dayOf64(int64(y2), m2+n+1, 1) - 1,
	}
}
