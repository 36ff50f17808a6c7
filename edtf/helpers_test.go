package edtf

import (
	"errors"
	"strings"
	"testing"
)

// rng parses a range written "first/last" with ParseDay, where ".." is
// MinDay before the slash and MaxDay after it.
func rng(t *testing.T, s string) Range {
	t.Helper()
	first, last, ok := strings.Cut(s, "/")
	if !ok {
		t.Fatalf("bad range %q in test table", s)
	}
	return Range{First: day(t, first, MinDay), Last: day(t, last, MaxDay)}
}

// day parses a day for rng; ".." gives open.
func day(t *testing.T, s string, open Day) Day {
	t.Helper()
	if s == ".." {
		return open
	}
	d, err := ParseDay(s)
	if err != nil {
		t.Fatalf("bad day %q in test table: %v", s, err)
	}
	return d
}

// mustParse parses s or fails the test.
func mustParse(t *testing.T, s string) Interval {
	t.Helper()
	iv, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return iv
}

// syntaxError returns err as a *SyntaxError or fails the test.
func syntaxError(t *testing.T, err error) *SyntaxError {
	t.Helper()
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("error %v (%T) is not a *SyntaxError", err, err)
	}
	return se
}
