package textreport

import (
	"fmt"
	"io"
	"slices"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

// mustEscape reports whether a terminal would act on r instead of showing it: a C0 or
// C1 control, DEL, a line or paragraph separator, a bidi embedding, override or isolate.
func mustEscape(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x2028, r == 0x2029, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// appendEscaped appends p to dst with the characters mustEscape names escaped (and the
// bytes that are not UTF-8), keeping newlines and tabs when layout is true.
func appendEscaped(dst, p []byte, layout bool) []byte {
	for len(p) > 0 {
		r, size := utf8.DecodeRune(p)
		switch {
		case r == utf8.RuneError && size == 1:
			dst = fmt.Appendf(dst, `\x%02x`, p[0])
		case layout && (r == '\n' || r == '\t'), !mustEscape(r):
			dst = append(dst, p[:size]...)
		case r == '\n':
			dst = append(dst, `\n`...)
		case r == '\r':
			dst = append(dst, `\r`...)
		case r == '\t':
			dst = append(dst, `\t`...)
		case r < 0x80:
			dst = fmt.Appendf(dst, `\x%02x`, r)
		default:
			dst = fmt.Appendf(dst, `\u%04x`, r)
		}
		p = p[size:]
	}
	return dst
}

// Escape escapes s for a table cell or a line of a report: every character
// mustEscape names, newline and tab included.
func Escape(s string) string {
	for _, r := range s {
		if mustEscape(r) || r == utf8.RuneError {
			return string(appendEscaped(nil, []byte(s), false))
		}
	}
	return s
}

// Escaper is a stream for people: it escapes what a terminal would act on, keeping
// newlines and tabs. A character split between two writes is held until the next one,
// or Flush.
type Escaper struct {
	w       io.Writer
	pending []byte // the start of a character the last write ended in
	buf     []byte
}

// NewEscaper wraps w, unless it is an escaper already.
func NewEscaper(w io.Writer) *Escaper {
	if e, ok := w.(*Escaper); ok {
		return e
	}
	return &Escaper{w: w}
}

// Write writes p to the stream under e, escaped, holding back the start of a character
// that p ends in.
func (e *Escaper) Write(p []byte) (int, error) {
	data := p
	if len(e.pending) > 0 {
		data = append(e.pending, p...)
		e.pending = nil
	}
	// Hold back a character cut off at the end: at most its first three bytes.
	for i := 1; i <= 3 && i <= len(data); i++ {
		if utf8.RuneStart(data[len(data)-i]) {
			if !utf8.FullRune(data[len(data)-i:]) {
				e.pending = append([]byte(nil), data[len(data)-i:]...)
				data = data[:len(data)-i]
			}
			break
		}
	}
	out := data
	if !plain(data) {
		e.buf = appendEscaped(e.buf[:0], data, true)
		out = e.buf
	}
	if _, err := e.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// plain reports whether p is printable ASCII, newlines and tabs: nothing to escape.
func plain(p []byte) bool {
	for _, b := range p {
		if (b < 0x20 && b != '\n' && b != '\t') || b >= 0x7f {
			return false
		}
	}
	return true
}

// Flush writes what a write left held, escaped as the bytes it is.
func (e *Escaper) Flush() error {
	if len(e.pending) == 0 {
		return nil
	}
	b := appendEscaped(nil, e.pending, true)
	e.pending = nil
	_, err := e.w.Write(b)
	return err
}

// Raw returns the stream under w, for output that must stay exact (JSON).
func Raw(w io.Writer) io.Writer {
	if e, ok := w.(*Escaper); ok {
		e.Flush()
		return e.w
	}
	return w
}

// EscapedText rewrites the free text of a record for people (see answer.Load): the
// names, notes, locators and titles of its actors, sources and ties come escaped, as
// Escape escapes them.
func EscapedText() *answer.Text {
	return &answer.Text{Actor: printableActor, Source: printableSource, Tie: printableTie}
}

// printableActor returns a copy of a with its free text escaped for people.
func printableActor(a alliances.Actor) alliances.Actor {
	a.Name, a.Kind, a.Country, a.Province, a.Note = Escape(a.Name), Escape(a.Kind), Escape(a.Country), Escape(a.Province), Escape(a.Note)
	a.Aliases = escapeAll(a.Aliases)
	a.Tags = escapeAll(a.Tags)
	if a.External != nil {
		ext := make(map[string]string, len(a.External))
		for k, v := range a.External {
			ext[Escape(k)] = Escape(v)
		}
		a.External = ext
	}
	return a
}

// printableTie returns a copy of t with its free text, and its citations', escaped for
// people.
func printableTie(t alliances.Tie) alliances.Tie {
	t.Note = Escape(t.Note)
	t.Citations = printableCitations(t.Citations)
	return t
}

// printableSource returns a copy of s with its free text escaped for people.
func printableSource(s alliances.Source) alliances.Source {
	s.Title, s.Author, s.Publisher, s.URL = Escape(s.Title), Escape(s.Author), Escape(s.Publisher), Escape(s.URL)
	s.Kind, s.Reliability, s.Note = Escape(s.Kind), Escape(s.Reliability), Escape(s.Note)
	return s
}

// printableCitations returns cs with their free text escaped for people: cs itself when
// none needs it (the common case, which a large record would otherwise copy in full),
// else a copy.
func printableCitations(cs []alliances.Citation) []alliances.Citation {
	out := cs
	for i, c := range cs {
		c.Locator, c.AttributedTo, c.Note = Escape(c.Locator), Escape(c.AttributedTo), Escape(c.Note)
		if c == cs[i] {
			continue
		}
		if &out[0] == &cs[0] {
			out = slices.Clone(cs)
		}
		out[i] = c
	}
	return out
}

func escapeAll(xs []string) []string {
	var out []string // a copy, made at the first text escaped
	for i, x := range xs {
		if e := Escape(x); out != nil || e != x {
			if out == nil {
				out = slices.Clone(xs)
			}
			out[i] = e
		}
	}
	if out == nil {
		return xs
	}
	return out
}
