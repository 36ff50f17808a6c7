package edtf

// timeOfDay reads an optional level 0 time of day, "Thh:mm:ss" with an
// optional zone, after a complete date.
func (p *scanner) timeOfDay(d *Date) error {
	if c := p.peek(); c != 'T' && c != 't' {
		return nil
	}
	switch {
	case p.inInterval:
		return p.fail(p.pos, "time of day is not allowed in an interval; EDTF intervals take dates only")
	case d.prec != DayPrecision || d.day == 0:
		return p.fail(p.pos, "a time of day needs a complete date (YYYY-MM-DD)")
	}
	p.pos++
	return p.clock(&d.clock)
}

// clockFields names the fields of a time of day and their largest values;
// second 60 is a leap second.
var clockFields = [3]struct {
	name string
	max  int
}{{"hour", 23}, {"minute", 59}, {"second", 60}}

// clock reads "hh:mm:ss" and the zone.
func (p *scanner) clock(c *clock) error {
	var v [3]int
	for i, f := range clockFields {
		if i > 0 && !p.eat(':') {
			return p.fail(p.pos, "expected ':' before the %s, found %s", f.name, p.found(p.pos))
		}
		n, err := p.field(f.name, f.max)
		if err != nil {
			return err
		}
		v[i] = n
	}
	if x := p.peek(); x == '.' || x == ',' {
		return p.fail(p.pos, "fractional seconds are not allowed in EDTF")
	}
	c.set = true
	c.hour, c.minute, c.second = uint8(v[0]), uint8(v[1]), uint8(v[2])
	return p.zone(c)
}

// field reads a two-digit number from 00 to max.
func (p *scanner) field(name string, max int) (int, error) {
	at := p.pos
	a, b := p.peekAt(0), p.peekAt(1)
	if !isDigit(a) || !isDigit(b) {
		if isDigit(a) {
			at++
		}
		return 0, p.fail(at, "expected a two-digit %s, found %s", name, p.found(at))
	}
	p.pos += 2
	v := int(a-'0')*10 + int(b-'0')
	if v > max {
		return 0, p.fail(at, "%s %02d out of range, expected 00-%02d", name, v, max)
	}
	return v, nil
}

// zone reads an optional "Z", "±hh" or "±hh:mm".
func (p *scanner) zone(c *clock) error {
	switch p.peek() {
	case 'Z', 'z':
		p.pos++
		c.zone = zoneUTC
	case '+', '-':
		return p.offset(c)
	}
	return nil
}

// offset reads "±hh" or "±hh:mm". A negative zero offset is rejected: ISO
// 8601 writes a zero offset with '+'.
func (p *scanner) offset(c *clock) error {
	signAt := p.pos
	neg := p.in[p.pos] == '-'
	p.pos++
	h, err := p.field("offset hour", 23)
	if err != nil {
		return err
	}
	m, err := p.offsetMinutes(c)
	switch {
	case err != nil:
		return err
	case neg && h == 0 && m == 0:
		return p.fail(signAt, "negative zero time zone offset; write Z or +00:00")
	case neg:
		h, m = -h, -m
	}
	c.offset = int16(h*60 + m)
	return nil
}

// offsetMinutes reads the optional ":mm" of a zone offset and records
// which form the offset has.
func (p *scanner) offsetMinutes(c *clock) (int, error) {
	if p.eat(':') {
		c.zone = zoneHoursMinutes
		return p.field("offset minute", 59)
	}
	if isDigit(p.peek()) {
		return 0, p.fail(p.pos, "expected ':' between the offset hours and minutes")
	}
	c.zone = zoneHours
	return 0, nil
}

// plainDay reads ParseDay's [-]YYYY[-MM[-DD]].
func (p *scanner) plainDay() (Day, error) {
	neg := p.eat('-')
	start := p.pos
	var year int64
	for isDigit(p.peek()) && p.pos-start < maxYearDigits {
		year = year*10 + int64(p.peek()-'0')
		p.pos++
	}
	switch {
	case p.pos-start < 4:
		return 0, p.fail(p.pos, "expected a year of at least four digits, found %s", p.found(p.pos))
	case isDigit(p.peek()):
		return 0, p.fail(p.pos, "year out of range, expected at most %d digits", maxYearDigits)
	case neg && year == 0:
		return 0, p.fail(0, "year -0000 does not exist; the year before 0000 is -0001")
	case neg:
		year = -year
	}
	return p.plainMonthDay(year)
}

// plainMonthDay reads ParseDay's optional "-MM" and "-DD" and returns the
// first day they leave possible.
func (p *scanner) plainMonthDay(year int64) (Day, error) {
	month, day := 1, 1
	var err error
	if p.eat('-') {
		month, err = p.plainField("month", 12)
		if err == nil && p.eat('-') {
			day, err = p.plainField("day", daysIn(year, month))
		}
	}
	if err == nil && !p.atEnd() {
		err = p.fail(p.pos, "unexpected %s after the date", p.found(p.pos))
	}
	if err != nil {
		return 0, err
	}
	return dayOf64(year, month, day), nil
}

// plainField reads a two-digit month or day from 01 to max.
func (p *scanner) plainField(name string, max int) (int, error) {
	at := p.pos
	v, err := p.field(name, 99)
	if err == nil && (v < 1 || v > max) {
		err = p.fail(at, "%s %02d out of range, expected 01-%02d", name, v, max)
	}
	return v, err
}
