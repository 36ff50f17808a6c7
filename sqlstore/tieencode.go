package sqlstore

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// Writing the JSON of a tie, which an import does for each of millions of claims, is
// done without reflection by appendTie for the ties whose text needs no escape (nearly
// all); the others go to json.Marshal. Either way the bytes are json.Marshal's: a stored
// body is compared byte for byte on the next import (TestTieEncoderIsEncodingJSON,
// FuzzTieEncoder).

// appendJSON appends the JSON of v to buf, as json.Marshal writes it.
func appendJSON(buf []byte, v any) ([]byte, error) {
	if t, ok := v.(*alliances.Tie); ok {
		if out, ok := appendTie(buf, t); ok {
			return out, nil
		}
	}
	b, err := json.Marshal(v)
	return append(buf, b...), err
}

// appendTie appends the JSON of t as json.Marshal writes it, and false, with buf as it
// was, when t holds a text that needs an escape or has its recorded times.
func appendTie(buf []byte, t *alliances.Tie) ([]byte, bool) {
	if t.Recorded != nil {
		return buf, false
	}
	e := tieWriter{b: buf, ok: true}
	e.str(`{"id":`, t.ID)
	e.str(`,"subject":`, t.Subject)
	e.str(`,"object":`, t.Object)
	e.str(`,"kind":`, string(t.Kind))
	e.opt(`,"type":`, string(t.Type))
	e.str(`,"sign":`, t.Sign.String())
	e.b = strconv.AppendBool(append(e.b, `,"directed":`...), t.Directed)
	if len(t.Forms) > 0 {
		e.b = append(e.b, `,"forms":[`...)
		for i, f := range t.Forms {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.str("", string(f))
		}
		e.b = append(e.b, ']')
	}
	e.opt(`,"third":`, t.Third)
	e.opt(`,"role":`, string(t.Role))
	e.str(`,"valid":`, t.Valid.String())
	if t.Intensity != 0 {
		e.b = strconv.AppendInt(append(e.b, `,"intensity":`...), int64(t.Intensity), 10)
	}
	if t.Rank != 0 {
		e.b = strconv.AppendInt(append(e.b, `,"rank":`...), int64(t.Rank), 10)
	}
	e.str(`,"status":`, string(t.Status))
	e.opt(`,"basis":`, string(t.Basis))
	if t.Citations == nil {
		e.b = append(e.b, `,"citations":null`...)
	} else {
		e.b = append(e.b, `,"citations":[`...)
		for i := range t.Citations {
			c := &t.Citations[i]
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.str(`{"source":`, c.Source)
			e.opt(`,"locator":`, c.Locator)
			e.b = strconv.AppendInt(append(e.b, `,"credibility":`...), int64(c.Credibility), 10)
			e.opt(`,"attributed_to":`, c.AttributedTo)
			e.opt(`,"stance":`, string(c.Stance))
			e.opt(`,"note":`, c.Note)
			e.b = append(e.b, '}')
		}
		e.b = append(e.b, ']')
	}
	e.opt(`,"note":`, t.Note)
	e.b = append(e.b, '}')
	if !e.ok {
		return buf, false
	}
	return e.b, true
}

// tieWriter writes a tie's JSON; ok turns false at the first text that needs an escape.
type tieWriter struct {
	b  []byte
	ok bool
}

// str writes key (the JSON before the value) and s as a JSON string.
func (e *tieWriter) str(key, s string) {
	if !plain(s) {
		e.ok = false
		return
	}
	e.b = append(append(append(append(e.b, key...), '"'), s...), '"')
}

// opt writes key and s unless s is empty (omitempty).
func (e *tieWriter) opt(key, s string) {
	if s != "" {
		e.str(key, s)
	}
}

// plain reports whether json.Marshal writes s between quotes as it is: valid UTF-8
// without control characters, quotes, backslashes, the characters it escapes for HTML
// (<, >, &) or U+2028 and U+2029.
func plain(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			return false
		}
		i += size
	}
	return true
}
