package edtf

import (
	"fmt"
	"unicode/utf8"
)

// SyntaxError reports where the input is wrong. Every error returned by the
// parsing functions of this package is a *SyntaxError.
type SyntaxError struct {
	Input  string // the whole input
	Offset int    // 0-based byte offset of the offending character (len(Input) when input ended early)
	Msg    string // what is wrong and what was expected
}

// Error formats e as `edtf: "2021-13": column 6: month 13 out of range,
// expected 01-12 or a season 21-24`, where the column is Offset+1.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("edtf: %q: column %d: %s", e.Input, e.Offset+1, e.Msg)
}

// level2Prefix starts the message of every error about a level 2 feature.
const level2Prefix = "level 2 feature not supported: "

// scanner reads one date, or one endpoint of an interval, from in[pos:end].
// Offsets in its errors are offsets into the whole input.
type scanner struct {
	in         string
	pos, end   int
	inInterval bool // reading an interval endpoint: no time, no X
}

// atEnd reports whether the part being read is used up.
func (p *scanner) atEnd() bool { return p.pos >= p.end }

// peek returns the character i places ahead, or 0 past the end of the part.
func (p *scanner) peekAt(i int) byte {
	if p.pos+i >= p.end {
		return 0
	}
	return p.in[p.pos+i]
}

// peek returns the current character, or 0 at the end of the part.
func (p *scanner) peek() byte { return p.peekAt(0) }

// eat consumes c if it is the current character.
func (p *scanner) eat(c byte) bool {
	if p.peek() != c {
		return false
	}
	p.pos++
	return true
}

// fail returns a *SyntaxError at offset off.
func (p *scanner) fail(off int, format string, args ...any) error {
	return &SyntaxError{Input: p.in, Offset: off, Msg: fmt.Sprintf(format, args...)}
}

// level2 returns an error about a level 2 feature found at off.
func (p *scanner) level2(off int, what string) error {
	return p.fail(off, "%s%s", level2Prefix, what)
}

// found describes the character of the whole input at off, for messages.
func (p *scanner) found(off int) string {
	if off >= len(p.in) {
		return "end of input"
	}
	r, size := utf8.DecodeRuneInString(p.in[off:])
	if r == utf8.RuneError && size == 1 {
		return fmt.Sprintf("byte 0x%02x", p.in[off])
	}
	return fmt.Sprintf("%q", r)
}

func isDigit(c byte) bool     { return '0' <= c && c <= '9' }
func isX(c byte) bool         { return c == 'X' || c == 'x' }
func isQualifier(c byte) bool { return c == '?' || c == '~' || c == '%' }

// qualifierOf returns the qualification a qualifier character stands for.
func qualifierOf(c byte) qualifier {
	switch c {
	case '?':
		return uncertain
	case '~':
		return approximate
	}
	return uncertain | approximate
}
