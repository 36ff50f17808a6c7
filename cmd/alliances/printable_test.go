package main

import (
	"testing"

	"github.com/alliances-project/alliances"
)

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
