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

// TestDatesSaySeasonsInWords: a table's dates give EDTF's seasons in words; other dates,
// and numbers that are no season, stay as EDTF writes them.
func TestDatesSaySeasonsInWords(t *testing.T) {
	for in, want := range map[string]string{"2021-21": "spring 2021", "2021-21/..": "spring 2021/..", "2001/2020-24": "2001/winter 2020",
		"2021-06": "2021-06", "2016/2018": "2016/2018", "2021-25": "2021-25", "2021-22~": "summer 2021~"} {
		if got := dates(in); got != want {
			t.Errorf("dates(%q) = %q, want %q", in, got, want)
		}
	}
}
