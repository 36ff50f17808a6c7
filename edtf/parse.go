package edtf

import "strings"

// parseDateIn parses the date in in[start:end]; inInterval says it is an
// endpoint of an interval.
func parseDateIn(in string, start, end int, inInterval bool) (Date, error) {
	p := &scanner{in: in, pos: start, end: end, inInterval: inInterval}
	var d Date
	steps := [...]func(*Date) error{p.year, p.monthAndDay, p.timeOfDay, p.qualifier, p.finish}
	for _, step := range steps {
		if err := step(&d); err != nil {
			return Date{}, err
		}
	}
	return d, nil
}

// year reads the year: four digits (some may be X) with an optional minus
// sign, or a Y-prefixed year.
func (p *scanner) year(d *Date) error {
	if p.atEnd() {
		return p.fail(p.pos, "expected a date")
	}
	switch c := p.peek(); {
	case c == 'Y' || c == 'y':
		return p.longYear(d)
	case c == '{' || c == '[':
		return p.level2(p.pos, "sets of dates ({...} or [...])")
	case isQualifier(c):
		return p.level2(p.pos, "qualifier before a date component (individual qualification)")
	case c == '.':
		return p.dots()
	}
	d.neg = p.eat('-')
	return p.shortYear(d)
}

// dots explains a ".." where a date was expected.
func (p *scanner) dots() error {
	if p.peekAt(1) != '.' {
		return p.fail(p.pos, "expected a date, found '.'")
	}
	if c := p.peekAt(2); isDigit(c) || c == '-' || c == 'Y' {
		return p.level2(p.pos, "'..' before a date (on or before)")
	}
	return p.fail(p.pos, "expected a date; '..' (open end) is only valid as an interval endpoint")
}

// shortYear reads a four-character year, of which the last one or two
// digits may be X.
func (p *scanner) shortYear(d *Date) error {
	start := p.pos
	for i := 0; i < 4; i++ {
		c := p.peek()
		if !isDigit(c) && !isX(c) {
			return p.badYearChar()
		}
		p.pos++
	}
	if err := p.setShortYear(d, start); err != nil {
		return err
	}
	return p.afterShortYear()
}

// badYearChar reports a character that cannot be part of a four-digit year.
func (p *scanner) badYearChar() error {
	if c := p.peek(); c == 'u' || c == 'U' {
		return p.fail(p.pos, "unexpected 'u': unspecified digits are written X since EDTF 2019")
	}
	return p.fail(p.pos, "expected a four-digit year, found %s", p.found(p.pos))
}

// setShortYear stores the year in[start:start+4] into d.
func (p *scanner) setShortYear(d *Date, start int) error {
	digits := p.in[start : start+4]
	xs, err := p.yearXs(digits, start)
	if err != nil {
		return err
	}
	for i := range 4 {
		d.mag *= 10
		if i < 4-xs {
			d.mag += int64(digits[i] - '0')
		}
	}
	d.prec = [...]Precision{YearPrecision, DecadePrecision, CenturyPrecision}[xs]
	if d.neg && d.mag == 0 && xs == 0 {
		return p.fail(start-1, "year -0000 does not exist; the year before 0000 is -0001")
	}
	return nil
}

// yearXs counts the X digits of a four-character year at start: level 1
// allows only the last one or two ("201X", "20XX").
func (p *scanner) yearXs(digits string, start int) (int, error) {
	firstX := strings.IndexAny(digits, "Xx")
	if firstX < 0 {
		return 0, nil
	}
	if firstX < 2 || strings.ContainsAny(digits[firstX:], "0123456789") {
		return 0, p.level2(start+firstX, "unspecified digits X anywhere but the last one or two of a year")
	}
	return 4 - firstX, p.unspecifiedOK(start + firstX)
}

// afterShortYear rejects digits that would make the year too long.
func (p *scanner) afterShortYear() error {
	switch c := p.peek(); {
	case isDigit(c):
		return p.fail(p.pos, "year has more than four digits; years beyond ±9999 are written with a Y prefix, as in Y12345")
	case c == 'S' || c == 's':
		return p.level2(p.pos, "significant digits (S)")
	}
	return nil
}

// unspecifiedOK rejects an X at off inside an interval, where level 1 does
// not allow it.
func (p *scanner) unspecifiedOK(off int) error {
	if p.inInterval {
		return p.level2(off, "unspecified digits X in an interval endpoint")
	}
	return nil
}

// longYear reads a Y-prefixed year of five to nine digits.
func (p *scanner) longYear(d *Date) error {
	yAt := p.pos
	p.pos++
	d.neg = p.eat('-')
	start := p.pos
	for isDigit(p.peek()) && p.pos-start <= maxYearDigits {
		d.mag = d.mag*10 + int64(p.peek()-'0')
		p.pos++
	}
	d.prec = YearPrecision
	switch n := p.pos - start; {
	case n == 0:
		return p.fail(p.pos, "expected the digits of a year after Y, found %s", p.found(p.pos))
	case n > maxYearDigits:
		return p.fail(p.pos-1, "year out of range, expected at most %d digits", maxYearDigits)
	case p.in[start] == '0':
		return p.fail(start, "a Y-prefixed year cannot start with 0")
	}
	if err := p.afterLongYear(); err != nil || d.mag > 9999 {
		return err
	}
	return p.fail(yAt, "the Y prefix is only for years with more than four digits; write %s", appendYear(nil, d.year()))
}

// afterLongYear rejects what cannot follow a Y-prefixed year.
func (p *scanner) afterLongYear() error {
	switch c := p.peek(); {
	case c == 'E' || c == 'e':
		return p.level2(p.pos, "exponential years (E)")
	case c == 'S' || c == 's':
		return p.level2(p.pos, "significant digits (S)")
	case c == '-':
		return p.fail(p.pos, "a Y-prefixed year cannot have a month or day")
	case isX(c):
		return p.fail(p.pos, "a Y-prefixed year cannot have unspecified digits")
	}
	return nil
}

// monthAndDay reads an optional "-MM" (or season) and "-DD".
func (p *scanner) monthAndDay(d *Date) error {
	if p.peek() != '-' {
		return nil
	}
	if d.prec != YearPrecision {
		return p.level2(p.pos, "a month after a year with unspecified digits")
	}
	p.pos++
	if err := p.month(d); err != nil || p.peek() != '-' {
		return err
	}
	if d.prec == SeasonPrecision {
		return p.fail(p.pos, "a season (21-24) cannot have a day")
	}
	p.pos++
	return p.day(d)
}

// month reads a two-digit month, a season 21-24 or XX.
func (p *scanner) month(d *Date) error {
	at := p.pos
	v, unspecified, err := p.component("month (01-12) or season (21-24)")
	switch {
	case err != nil:
		return err
	case unspecified:
		d.prec = MonthPrecision
	case v >= 1 && v <= 12:
		d.month, d.prec = uint8(v), MonthPrecision
	case v >= firstSeason && v <= lastSeason:
		d.month, d.prec = uint8(v), SeasonPrecision
	case v > lastSeason && v <= 41:
		return p.level2(at, "sub-year grouping "+itoa(int64(v))+" (hemisphere seasons, quarters, quadrimesters, semestrals)")
	default:
		return p.fail(at, "month %02d out of range, expected 01-12 or a season 21-24", v)
	}
	return nil
}

// day reads a two-digit day that exists in the date's month, or XX.
func (p *scanner) day(d *Date) error {
	at := p.pos
	v, unspecified, err := p.component("day")
	switch {
	case err != nil:
		return err
	case unspecified:
	case d.month == 0:
		return p.level2(at, "a day in an unspecified month")
	case v < 1 || v > daysIn(d.year(), int(d.month)):
		return p.fail(at, "day %02d out of range for %s, expected 01-%02d", v, d, daysIn(d.year(), int(d.month)))
	}
	d.day, d.prec = uint8(v), DayPrecision
	return nil
}

// component reads two digits, or XX (unspecified is then true).
func (p *scanner) component(what string) (v int, unspecified bool, err error) {
	at := p.pos
	a, b := p.peekAt(0), p.peekAt(1)
	switch {
	case isQualifier(a):
		return 0, false, p.level2(at, "qualifier before a date component (individual qualification)")
	case isX(a) && isX(b):
		p.pos += 2
		return 0, true, p.unspecifiedOK(at)
	case isX(a) && isDigit(b):
		return 0, false, p.level2(at, "unspecified digit X in part of a month or day")
	case isDigit(a) && isX(b):
		return 0, false, p.level2(at+1, "unspecified digit X in part of a month or day")
	case isDigit(a) && isDigit(b):
		p.pos += 2
		return int(a-'0')*10 + int(b-'0'), false, nil
	}
	if isDigit(a) || isX(a) {
		at++
	}
	return 0, false, p.fail(at, "expected a two-digit %s, found %s", what, p.found(at))
}

// qualifier reads an optional '?', '~' or '%' ending the date.
func (p *scanner) qualifier(d *Date) error {
	c := p.peek()
	if !isQualifier(c) {
		return nil
	}
	if d.clock.set {
		return p.fail(p.pos, "a date with a time of day cannot be qualified")
	}
	d.qual = qualifierOf(c)
	p.pos++
	switch next := p.peek(); {
	case isQualifier(next):
		return p.fail(p.pos, "only one qualifier is allowed; write %% for uncertain and approximate")
	case next == '-':
		return p.level2(p.pos-1, "qualifier inside a date (group qualification)")
	}
	return nil
}

// finish rejects anything left after the date.
func (p *scanner) finish(*Date) error {
	at := p.pos
	switch c := p.peek(); {
	case p.atEnd():
		return nil
	case c == '.' && p.peekAt(1) == '.':
		return p.level2(at, "'..' after a date (on or after)")
	case c == '/' && p.inInterval:
		return p.fail(at, "unexpected '/': an interval has exactly one '/'")
	case c == '/':
		return p.fail(at, "unexpected '/': ParseDate reads a single date, use Parse for intervals")
	}
	return p.fail(at, "unexpected %s after the date", p.found(at))
}
