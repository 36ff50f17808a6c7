package edtf

import (
	"math"
	"strconv"
	"time"
)

// Day is a calendar day, counted in days since 1970-01-01 in the proleptic
// Gregorian calendar. Day 0 is 1970-01-01, day -1 is 1969-12-31. Year 0
// exists (it is 1 BC) and negative years count further back, as in ISO 8601.
type Day int64

// MinDay and MaxDay stand for no bound: they are the first or last day of
// a range whose start or end is open or unknown. They lie far beyond any
// date this package parses, so comparisons with real days work as expected.
const (
	MinDay Day = math.MinInt64 / 2
	MaxDay Day = math.MaxInt64 / 2
)

// Days per 400-year Gregorian cycle, and the day number of 1970-01-01
// counted from 0000-03-01 (the origin of the civil-date algorithm below).
const (
	daysPerEra  = 146097
	epochOffset = 719468
)

// DayOf returns the day for a year, month and day of the proleptic
// Gregorian calendar. Like time.Date it normalizes out-of-range values:
// month 13 is January of the next year, day 0 is the last day of the
// previous month. Years beyond ±999,999,999 are outside what this package
// promises to handle.
func DayOf(year, month, day int) Day {
	return dayOf64(int64(year), month, day)
}

// dayOf64 is DayOf with a 64-bit year, so that year arithmetic is the same
// on every platform.
func dayOf64(year int64, month, day int) Day {
	m := int64(month) - 1
	year += floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12 // 0 = January
	if m < 2 {
		year-- // the algorithm's years start on March 1
	}
	era := floorDiv(year, 400)
	yoe := year - era*400
	mp := (m + 10) % 12 // 0 = March
	doy := (153*mp+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return Day(era*daysPerEra + doe - epochOffset)
}

// DayFromTime returns the UTC calendar day of t.
func DayFromTime(t time.Time) Day {
	return Day(floorDiv(t.Unix(), 86400))
}

// Civil returns the year, month (1-12) and day of the month (1-31) of d.
// The year of a day beyond ±2 billion years, such as MinDay or MaxDay,
// does not fit a 32-bit int and is only right where int has 64 bits.
func (d Day) Civil() (year, month, day int) {
	era := floorDiv(int64(d), daysPerEra)
	doe := int64(d) - era*daysPerEra + epochOffset
	era += doe / daysPerEra
	doe %= daysPerEra
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	month = int((mp+2)%12 + 1)
	y := yoe + era*400
	if month <= 2 {
		y++
	}
	return int(y), month, day
}

// String formats d as YYYY-MM-DD, with a leading minus sign for years
// before year 0 and more than four year digits where needed
// ("2021-06-15", "-0044-03-15", "12021-01-01"). MinDay and MaxDay
// (and anything beyond them) format as "..", the EDTF mark for an open end.
func (d Day) String() string {
	if d <= MinDay || d >= MaxDay {
		return ".."
	}
	y, m, dd := d.Civil()
	b := appendYear(make([]byte, 0, 16), int64(y))
	b = append(b, '-')
	b = append2(b, m)
	b = append(b, '-')
	return string(append2(b, dd))
}

// YearString formats the year of d as EDTF writes it, with a leading minus sign
// before year 0 and at least four digits ("2021", "-0044", "0000"), or ".." as String.
func (d Day) YearString() string {
	if d <= MinDay || d >= MaxDay {
		return ".."
	}
	y, _, _ := d.Civil()
	return string(appendYear(make([]byte, 0, 16), int64(y)))
}

// MonthString formats the year and month of d as EDTF writes them ("2021-06",
// "-0044-03"), or ".." as String.
func (d Day) MonthString() string {
	if d <= MinDay || d >= MaxDay {
		return ".."
	}
	y, m, _ := d.Civil()
	return string(append2(append(appendYear(make([]byte, 0, 16), int64(y)), '-'), m))
}

// ParseDay parses a plain calendar day, YYYY-MM-DD, as Day.String writes
// it: an optional minus sign, four to nine year digits, and a month and day
// that exist in that year. YYYY and YYYY-MM are accepted too and mean their
// first day. Errors are *SyntaxError values.
func ParseDay(s string) (Day, error) {
	p := &scanner{in: s, end: len(s)}
	return p.plainDay()
}

// Range is an inclusive range of days, from First to Last.
type Range struct {
	First, Last Day
}

// Contains reports whether d lies within r.
func (r Range) Contains(d Day) bool {
	return r.First <= d && d <= r.Last
}

// Overlaps reports whether r and o have at least one day in common.
func (r Range) Overlaps(o Range) bool {
	return r.First <= o.Last && o.First <= r.Last
}

// String formats r as an ISO 8601 interval of days, "2021-06-01/2021-06-30",
// with ".." for an unbounded end.
func (r Range) String() string {
	return r.First.String() + "/" + r.Last.String()
}

// isLeap reports whether year is a leap year of the proleptic Gregorian
// calendar (year 0 is one).
func isLeap(year int64) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days of a month (1-12) in year.
func daysIn(year int64, month int) int {
	switch month {
	case 2:
		if isLeap(year) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// floorDiv divides a by a positive b, rounding towards minus infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// appendYear appends a signed year with at least four digits.
func appendYear(b []byte, year int64) []byte {
	if year < 0 {
		b = append(b, '-')
		year = -year
	}
	s := strconv.FormatInt(year, 10)
	for i := len(s); i < 4; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// append2 appends v (0-99) as two digits.
func append2(b []byte, v int) []byte {
	return append(b, byte('0'+v/10), byte('0'+v%10))
}
