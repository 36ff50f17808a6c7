package edtf

import "strconv"

// zoneKind is how the time zone of a date and time was written.
type zoneKind uint8

const (
	zoneNone         zoneKind = iota // local time, no designator
	zoneUTC                          // "Z"
	zoneHours                        // "+hh" or "-hh"
	zoneHoursMinutes                 // "+hh:mm" or "-hh:mm"
)

// clock is the time of day of a level 0 date and time.
type clock struct {
	set                  bool
	hour, minute, second uint8
	zone                 zoneKind
	offset               int16 // minutes east of UTC
}

// String returns the canonical form of d: upper-case X, Y, T and Z; a
// four-digit year, with a minus sign for negative years, or a Y prefix when
// the year has more than four digits; two-digit months, seasons and days;
// the time zone as it was written (Z, ±hh or ±hh:mm); the qualifier last.
// The zero Date formats as "".
func (d Date) String() string {
	if d.prec == 0 {
		return ""
	}
	b := d.appendYearPart(make([]byte, 0, 32))
	b = d.appendMonthDay(b)
	b = d.clock.append(b)
	return string(d.qual.append(b))
}

// appendYearPart appends the year, with its X digits or its Y prefix.
func (d Date) appendYearPart(b []byte) []byte {
	if d.mag > 9999 {
		b = append(b, 'Y')
		if d.neg {
			b = append(b, '-')
		}
		return strconv.AppendInt(b, d.mag, 10)
	}
	if d.neg {
		b = append(b, '-')
	}
	b = appendYear(b, d.mag)
	switch d.prec {
	case DecadePrecision:
		b[len(b)-1] = 'X'
	case CenturyPrecision:
		b[len(b)-1], b[len(b)-2] = 'X', 'X'
	}
	return b
}

// appendMonthDay appends the month or season and the day, if d has them.
func (d Date) appendMonthDay(b []byte) []byte {
	if d.prec < SeasonPrecision {
		return b
	}
	b = appendComponent(append(b, '-'), d.month)
	if d.prec == DayPrecision {
		b = appendComponent(append(b, '-'), d.day)
	}
	return b
}

// appendComponent appends a month or day, or XX when it is unspecified.
func appendComponent(b []byte, v uint8) []byte {
	if v == 0 {
		return append(b, 'X', 'X')
	}
	return append2(b, int(v))
}

// append appends "Thh:mm:ss" and the zone, if c is set.
func (c clock) append(b []byte) []byte {
	if !c.set {
		return b
	}
	b = append2(append(b, 'T'), int(c.hour))
	b = append2(append(b, ':'), int(c.minute))
	b = append2(append(b, ':'), int(c.second))
	return c.appendZone(b)
}

// appendZone appends the zone designator in the form it was written.
func (c clock) appendZone(b []byte) []byte {
	off := int(c.offset)
	switch c.zone {
	case zoneNone:
		return b
	case zoneUTC:
		return append(b, 'Z')
	}
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	b = append2(append(b, sign), off/60)
	if c.zone == zoneHoursMinutes {
		b = append2(append(b, ':'), off%60)
	}
	return b
}

// append appends the qualifier character, if any.
func (q qualifier) append(b []byte) []byte {
	switch q {
	case uncertain:
		return append(b, '?')
	case approximate:
		return append(b, '~')
	case uncertain | approximate:
		return append(b, '%')
	}
	return b
}

// itoa formats v in decimal.
func itoa(v int64) string {
	return strconv.FormatInt(v, 10)
}
