package main

import (
	"fmt"
	"io"
	"slices"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// A case file is text from anywhere, and a terminal acts on some of the characters it
// may hold: ESC starts a sequence that sets the window's title or clears the screen, a
// carriage return or a newline inside a name forges a line of output, U+202E reverses
// the text after it. What the program prints for people shows them escaped, visibly, as
// \x1b, \r, \n or \u202e; JSON output stays exact (its encoder escapes the C0 controls
// itself).
//
// Two layers do it. Every stream a command prints for people goes through an escaper,
// which escapes all of these but newline and tab, the program's own layout. And the free
// text of the record (names, notes, locators, titles) is escaped where it enters a
// table cell or a report (escapeText, printable*), newline and tab included, so that a
// note cannot start a line or a column of its own.

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

// escapeText escapes s for a table cell or a line of a report: every character
// mustEscape names, newline and tab included.
func escapeText(s string) string {
	for _, r := range s {
		if mustEscape(r) || r == utf8.RuneError {
			return string(appendEscaped(nil, []byte(s), false))
		}
	}
	return s
}

// escaper is a stream for people: it escapes what a terminal would act on, keeping
// newlines and tabs. A character split between two writes is held until the next one,
// or flush.
type escaper struct {
	w       io.Writer
	pending []byte // the start of a character the last write ended in
	buf     []byte
}

// newEscaper wraps w, unless it is an escaper already.
func newEscaper(w io.Writer) *escaper {
	if e, ok := w.(*escaper); ok {
		return e
	}
	return &escaper{w: w}
}

func (e *escaper) Write(p []byte) (int, error) {
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

// flush writes what a write left held, escaped as the bytes it is.
func (e *escaper) flush() error {
	if len(e.pending) == 0 {
		return nil
	}
	b := appendEscaped(nil, e.pending, true)
	e.pending = nil
	_, err := e.w.Write(b)
	return err
}

// raw returns the stream under w, for output that must stay exact (JSON).
func raw(w io.Writer) io.Writer {
	if e, ok := w.(*escaper); ok {
		e.flush()
		return e.w
	}
	return w
}

// printableActor returns a copy of a with its free text escaped for people.
func printableActor(a alliances.Actor) alliances.Actor {
	a.Name, a.Kind, a.Country, a.Province, a.Note = escapeText(a.Name), escapeText(a.Kind), escapeText(a.Country), escapeText(a.Province), escapeText(a.Note)
	a.Aliases = escapeAll(a.Aliases)
	a.Tags = escapeAll(a.Tags)
	if a.External != nil {
		ext := make(map[string]string, len(a.External))
		for k, v := range a.External {
			ext[escapeText(k)] = escapeText(v)
		}
		a.External = ext
	}
	return a
}

// printableTie returns a copy of t with its free text, and its citations', escaped for
// people.
func printableTie(t alliances.Tie) alliances.Tie {
	t.Note = escapeText(t.Note)
	t.Citations = printableCitations(t.Citations)
	return t
}

// printableSource returns a copy of s with its free text escaped for people.
func printableSource(s alliances.Source) alliances.Source {
	s.Title, s.Author, s.Publisher, s.URL = escapeText(s.Title), escapeText(s.Author), escapeText(s.Publisher), escapeText(s.URL)
	s.Kind, s.Reliability, s.Note = escapeText(s.Kind), escapeText(s.Reliability), escapeText(s.Note)
	return s
}

// printableCitations returns cs with their free text escaped for people: cs itself when
// none needs it (the common case, which a large record would otherwise copy in full),
// else a copy.
func printableCitations(cs []alliances.Citation) []alliances.Citation {
	out := cs
	for i, c := range cs {
		c.Locator, c.AttributedTo, c.Note = escapeText(c.Locator), escapeText(c.AttributedTo), escapeText(c.Note)
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
		if e := escapeText(x); out != nil || e != x {
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
