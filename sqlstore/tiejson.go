package sqlstore

import (
	"encoding/json"
	"errors"
	"strconv"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Reading the ties of a large record is mostly decoding their JSON, so ties are decoded
// by tieDecoder, which reads the JSON that json.Marshal writes for an alliances.Tie
// (the stored bodies) without reflection, and the valid times through a cache, since
// many ties share one. Anything it does not expect (an escape in a string, a null, an
// unknown or repeated key, white space) sends the body to json.Unmarshal, so that a
// tie reads the same either way; FuzzTieDecoder checks that.

// errUnusual is returned by tieDecoder for a body it leaves to encoding/json.
var errUnusual = errors.New("unusual tie JSON")

// tieDecoder decodes ties; one goroutine uses it.
type tieDecoder struct {
	dates map[string]edtf.Interval
}

func newTieDecoder() *tieDecoder { return &tieDecoder{dates: map[string]edtf.Interval{}} }

// decode decodes body into t, which must be the zero Tie, as json.Unmarshal would.
// (Zeroing a million fresh ties again costs more than decoding them.)
func (d *tieDecoder) decode(body []byte, t *alliances.Tie) error {
	if err := d.fast(body, t); err == nil {
		return nil
	}
	*t = alliances.Tie{}
	return json.Unmarshal(body, t)
}

// scanner reads the JSON json.Marshal writes: no white space.
type scanner struct {
	b []byte
	i int
}

func (s *scanner) next(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// str reads a string without escapes, in valid UTF-8.
func (s *scanner) str() (string, bool) {
	b, ok := s.raw()
	return string(b), ok
}

// raw reads a string without escapes, in valid UTF-8, returning its bytes in the body.
func (s *scanner) raw() ([]byte, bool) {
	if !s.next('"') {
		return nil, false
	}
	start := s.i
	ascii := true
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == '"':
			v := s.b[start:s.i]
			s.i++
			if !ascii && !utf8.Valid(v) {
				return nil, false
			}
			return v, true
		case c == '\\' || c < 0x20:
			return nil, false
		case c >= 0x80:
			ascii = false
		}
		s.i++
	}
	return nil, false
}

// int reads an integer that fits in an int.
func (s *scanner) int() (int, bool) {
	start := s.i
	if s.i < len(s.b) && s.b[s.i] == '-' {
		s.i++
	}
	digits := s.i
	for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
		s.i++
	}
	if s.i-digits > 1 && s.b[digits] == '0' {
		return 0, false // a leading zero is not JSON
	}
	v, err := strconv.Atoi(string(s.b[start:s.i]))
	return v, err == nil
}

func (s *scanner) bool() (bool, bool) {
	switch {
	case s.i+4 <= len(s.b) && string(s.b[s.i:s.i+4]) == "true":
		s.i += 4
		return true, true
	case s.i+5 <= len(s.b) && string(s.b[s.i:s.i+5]) == "false":
		s.i += 5
		return false, true
	}
	return false, false
}

// object reads the members of an object. member reads the value of a key and returns
// the key's number (below 32), or -1 with an unknown key; a key seen twice is unusual.
func (s *scanner) object(member func(key []byte) int) bool {
	if !s.next('{') {
		return false
	}
	if s.next('}') {
		return true
	}
	var seen uint32
	for {
		key, ok := s.raw()
		if !ok || !s.next(':') {
			return false
		}
		n := member(key)
		if n < 0 || seen&(1<<n) != 0 {
			return false
		}
		seen |= 1 << n
		if s.next('}') {
			return true
		}
		if !s.next(',') {
			return false
		}
	}
}

// array reads the elements of an array, calling elem for each.
func (s *scanner) array(elem func() bool) bool {
	if !s.next('[') {
		return false
	}
	if s.next(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if s.next(']') {
			return true
		}
		if !s.next(',') {
			return false
		}
	}
}

func (d *tieDecoder) fast(body []byte, t *alliances.Tie) error {
	s := &scanner{b: body}
	ok := s.object(func(key []byte) int { return d.member(s, key, t) })
	if !ok || s.i != len(body) {
		return errUnusual
	}
	return nil
}

// member reads the value of one key of a tie, returning the key's number, -1 when the
// key or its value is unusual.
func (d *tieDecoder) member(s *scanner, key []byte, t *alliances.Tie) int {
	var ok bool
	var v string
	n := 0
	switch string(key) {
	case "id":
		t.ID, ok = s.str()
	case "subject":
		n = 1
		t.Subject, ok = s.str()
	case "object":
		n = 2
		t.Object, ok = s.str()
	case "kind":
		n = 3
		v, ok = s.str()
		t.Kind = alliances.Kind(v)
	case "type":
		n = 4
		v, ok = s.str()
		t.Type = alliances.AgreementType(v)
	case "sign":
		n = 5
		var b []byte
		if b, ok = s.raw(); ok {
			ok = t.Sign.UnmarshalText(b) == nil
		}
	case "directed":
		n = 6
		t.Directed, ok = s.bool()
	case "forms":
		n = 7
		t.Forms = []alliances.Form{}
		ok = s.array(func() bool {
			f, ok := s.str()
			t.Forms = append(t.Forms, alliances.Form(f))
			return ok
		})
	case "third":
		n = 8
		t.Third, ok = s.str()
	case "role":
		n = 9
		v, ok = s.str()
		t.Role = alliances.Role(v)
	case "valid":
		n = 10
		var b []byte
		if b, ok = s.raw(); ok {
			t.Valid, ok = d.date(b)
		}
	case "intensity":
		n = 11
		t.Intensity, ok = s.int()
	case "rank":
		n = 12
		t.Rank, ok = s.int()
	case "status":
		n = 13
		v, ok = s.str()
		t.Status = alliances.Status(v)
	case "basis":
		n = 14
		v, ok = s.str()
		t.Basis = alliances.Basis(v)
	case "citations":
		n = 15
		t.Citations = []alliances.Citation{}
		ok = s.array(func() bool {
			var c alliances.Citation
			ok := s.object(func(key []byte) int { return citationMember(s, key, &c) })
			t.Citations = append(t.Citations, c)
			return ok
		})
	case "note":
		n = 16
		t.Note, ok = s.str()
	}
	if !ok {
		return -1
	}
	return n
}

func citationMember(s *scanner, key []byte, c *alliances.Citation) int {
	var ok bool
	var v string
	n := 0
	switch string(key) {
	case "source":
		c.Source, ok = s.str()
	case "locator":
		n = 1
		c.Locator, ok = s.str()
	case "credibility":
		n = 2
		var cr int
		cr, ok = s.int()
		c.Credibility = alliances.Credibility(cr)
	case "attributed_to":
		n = 3
		c.AttributedTo, ok = s.str()
	case "stance":
		n = 4
		v, ok = s.str()
		c.Stance = alliances.Stance(v)
	case "note":
		n = 5
		c.Note, ok = s.str()
	}
	if !ok {
		return -1
	}
	return n
}

// date parses a valid time through the cache.
func (d *tieDecoder) date(b []byte) (edtf.Interval, bool) {
	if iv, ok := d.dates[string(b)]; ok {
		return iv, true
	}
	var iv edtf.Interval
	if err := iv.UnmarshalText(b); err != nil {
		return iv, false
	}
	if len(d.dates) < 1<<16 {
		d.dates[string(b)] = iv
	}
	return iv, true
}
