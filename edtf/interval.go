package edtf

import "strings"

// EndKind says what an interval endpoint is.
type EndKind uint8

// The kinds of interval endpoints. The zero EndKind belongs to the
// endpoints of the zero Interval only.
const (
	Closed  EndKind = iota + 1 // a date
	Open                       // "..": no bound, or not specified
	Unknown                    // "": a bound exists but is not known
)

var endKindNames = [...]string{"none", "closed", "open", "unknown"}

// String returns the lower-case name of k ("closed", "open", "unknown").
func (k EndKind) String() string {
	if int(k) < len(endKindNames) {
		return endKindNames[k]
	}
	return "EndKind(" + itoa(int64(k)) + ")"
}

// Endpoint is the start or end of an Interval. Date is set only when Kind
// is Closed.
type Endpoint struct {
	Kind EndKind
	Date Date
}

// String returns the endpoint as it appears in an interval: the date, ".."
// or "".
func (e Endpoint) String() string {
	if e.Kind == Open {
		return ".."
	}
	return e.Date.String()
}

// Interval is an EDTF date or interval. A single date parses to an interval
// whose start and end are that date, and formats back as the single date.
// Intervals are comparable with ==; two intervals are equal exactly when
// their canonical strings are. The zero Interval holds nothing; it formats
// as "".
type Interval struct {
	start, end Endpoint
	single     bool
}

// Parse parses an EDTF date or interval of level 0 or 1. Errors are
// *SyntaxError values.
func Parse(s string) (Interval, error) {
	slash := strings.IndexByte(s, '/')
	if slash < 0 {
		return parseSingle(s)
	}
	return parseInterval(s, slash)
}

// MustParse is like Parse but panics if s is not valid EDTF. It is meant
// for constants in programs and tests.
func MustParse(s string) Interval {
	iv, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return iv
}

// parseSingle parses a date that is not an interval.
func parseSingle(s string) (Interval, error) {
	d, err := parseDateIn(s, 0, len(s), false)
	if err != nil {
		return Interval{}, err
	}
	e := Endpoint{Kind: Closed, Date: d}
	return Interval{start: e, end: e, single: true}, nil
}

// parseInterval parses "start/end", where s[slash] is the '/'.
func parseInterval(s string, slash int) (Interval, error) {
	start, err := parseEndpoint(s, 0, slash)
	if err != nil {
		return Interval{}, err
	}
	end, err := parseEndpoint(s, slash+1, len(s))
	if err != nil {
		return Interval{}, err
	}
	iv := Interval{start: start, end: end}
	if err := iv.check(s, slash+1); err != nil {
		return Interval{}, err
	}
	return iv, nil
}

// parseEndpoint parses in[start:end] as an interval endpoint.
func parseEndpoint(in string, start, end int) (Endpoint, error) {
	switch seg := in[start:end]; seg {
	case "":
		return Endpoint{Kind: Unknown}, nil
	case "..":
		return Endpoint{Kind: Open}, nil
	case "open", "unknown":
		p := &scanner{in: in, pos: start, end: end}
		return Endpoint{}, p.fail(start, "%q is the syntax of the 2012 draft; write \"..\" for an open end or nothing for an unknown one", seg)
	}
	d, err := parseDateIn(in, start, end, true)
	return Endpoint{Kind: Closed, Date: d}, err
}

// check rejects intervals without any date and intervals that certainly
// end before they start; endAt is the offset of the end in s.
func (iv Interval) check(s string, endAt int) error {
	p := &scanner{in: s}
	switch {
	case iv.start.Kind != Closed && iv.end.Kind != Closed:
		return p.fail(endAt, "expected a date: an interval needs at least one date, both ends cannot be open or unknown")
	case iv.start.Kind != Closed || iv.end.Kind != Closed:
		return nil
	case iv.end.Date.Strict().Last < iv.start.Date.Strict().First:
		return p.fail(endAt, "interval ends (%s) before it starts (%s)", iv.end.Date, iv.start.Date)
	}
	return nil
}

// String returns the canonical form of iv: a single date as the date, an
// interval as start "/" end with ".." for an open end and nothing for an
// unknown one. The zero Interval formats as "".
func (iv Interval) String() string {
	if iv.single || iv.IsZero() {
		return iv.start.String()
	}
	return iv.start.String() + "/" + iv.end.String()
}

// Start returns the start of iv; for a single date, the date.
func (iv Interval) Start() Endpoint { return iv.start }

// End returns the end of iv; for a single date, the date.
func (iv Interval) End() Endpoint { return iv.end }

// IsSingle reports whether iv was written as a single date, not as an
// interval. "2004" is single, "2004/2004" is not.
func (iv Interval) IsSingle() bool { return iv.single }

// IsZero reports whether iv is the zero Interval.
func (iv Interval) IsZero() bool { return iv == Interval{} }

// Strict returns the days iv certainly covers: from the first day of the
// start to the last day of the end. An open start is MinDay and an open
// end MaxDay. An unknown start gives the first day of the end date and an
// unknown end the last day of the start date, since all that is certain is
// the known date. The zero Interval gives the zero Range.
func (iv Interval) Strict() Range {
	r := Range{First: iv.start.Date.Strict().First, Last: iv.end.Date.Strict().Last}
	switch iv.start.Kind {
	case Open:
		r.First = MinDay
	case Unknown:
		r.First = iv.end.Date.Strict().First
	}
	switch iv.end.Kind {
	case Open:
		r.Last = MaxDay
	case Unknown:
		r.Last = iv.start.Date.Strict().Last
	}
	return r
}

// Fuzzy returns the days iv may cover: from the first fuzzy day of the
// start date to the last fuzzy day of the end date (see Date.Fuzzy). Open
// and unknown ends are unbounded: MinDay at the start, MaxDay at the end.
// The zero Interval gives the zero Range.
func (iv Interval) Fuzzy() Range {
	r := Range{First: iv.start.Date.Fuzzy().First, Last: iv.end.Date.Fuzzy().Last}
	if iv.start.Kind == Open || iv.start.Kind == Unknown {
		r.First = MinDay
	}
	if iv.end.Kind == Open || iv.end.Kind == Unknown {
		r.Last = MaxDay
	}
	return r
}

// MarshalText implements encoding.TextMarshaler with the canonical form.
// The zero Interval marshals as empty text.
func (iv Interval) MarshalText() ([]byte, error) {
	return []byte(iv.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with Parse. Empty text
// gives the zero Interval, so that MarshalText and UnmarshalText round-trip
// every Interval.
func (iv *Interval) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*iv = Interval{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*iv = v
	return nil
}
