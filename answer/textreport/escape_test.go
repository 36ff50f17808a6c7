package textreport

import (
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
)

func TestEscaperHoldsSplitCharacters(t *testing.T) {
	var b strings.Builder
	e := NewEscaper(&b)
	// "é" (C3 A9) and U+202E (E2 80 AE) cut between writes, then a byte that is not UTF-8
	// and a tab and newline, which stay.
	for _, p := range []string{"caf\xc3", "\xa9 \xe2", "\x80", "\xae!\t\xff\n\xe2\x80"} {
		if n, err := e.Write([]byte(p)); n != len(p) || err != nil {
			t.Fatalf("Write(%q) = %d, %v", p, n, err)
		}
	}
	if err := e.Flush(); err != nil {
		t.Fatal(err)
	}
	if want := "café \\u202e!\t\\xff\n\\xe2\\x80"; b.String() != want {
		t.Errorf("escaped %q, want %q", b.String(), want)
	}
}

// TestPrintableCitationsCopiesOnlyWhenEscaped: citations without anything to escape are
// returned as they are; those with a control character come back escaped in a copy,
// the original untouched.
func TestPrintableCitationsCopiesOnlyWhenEscaped(t *testing.T) {
	plain := []alliances.Citation{{Source: "s", Locator: "p. 4", Note: "fine"}}
	if got := printableCitations(plain); &got[0] != &plain[0] {
		t.Errorf("citations with nothing to escape were copied")
	}
	raw := []alliances.Citation{{Source: "s", Locator: "p. 4"}, {Source: "s", Note: "bell\a"}}
	got := printableCitations(raw)
	if &got[0] == &raw[0] {
		t.Fatalf("citations with a control character were escaped in place")
	}
	if raw[1].Note != "bell\a" {
		t.Errorf("the original citation changed: %q", raw[1].Note)
	}
	if got[1].Note == raw[1].Note || got[0] != raw[0] {
		t.Errorf("escaped citations = %+v, want the second note escaped, the first citation as it was", got)
	}
}
