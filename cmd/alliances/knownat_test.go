package main

import (
	"strings"
	"testing"
)

// TestKnownAtOutsideNanosecondRange asks for the record as known at dates the store's
// nanosecond clock cannot hold (before 1677 or after 2262): a date after every record
// time knows everything recorded, one before any knows nothing. testdata/small.yaml
// holds 4 ties, all current.
func TestKnownAtOutsideNanosecondRange(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	const all = "4 ties."
	for _, at := range []string{"9999-12-31", "9999", "2263-01-01T00:00:00Z", "2262-12"} {
		if out := c.ok("ties", "--known-at", at); !strings.Contains(out, all) {
			t.Errorf("ties --known-at %s:\n%s\nwant every current tie (%s)", at, out, all)
		}
	}
	for _, at := range []string{"1600", "0001-01-01", "0001-01-01T00:00:00Z", "1677-09-21"} {
		if out := c.ok("ties", "--known-at", at); !strings.Contains(out, "0 ties.") {
			t.Errorf("ties --known-at %s:\n%s\nwant no tie: nothing was recorded yet", at, out)
		}
	}
	// An analysis reads the same record: nothing known in 1600, so no case.
	if _, errOut, code := c.run("centrality", "--at", "2016", "--known-at", "1600"); code != exitNotFound || !strings.Contains(errOut, "holds no case") {
		t.Errorf("centrality --known-at 1600: exit %d, stderr %q; want no case known yet", code, errOut)
	}
	if out := c.ok("centrality", "--at", "2016", "--known-at", "9999-12-31", "--json"); !strings.Contains(out, `"case": "small"`) {
		t.Errorf("centrality --known-at 9999-12-31 --json:\n%s\nwant the case small", out)
	}
}

// TestKnownAtBeforeTheClockSaysSo: a --known-at before 1677, read as before anything was
// recorded, is named so in messages, not as the clock's first instant (1677-09-21).
func TestKnownAtBeforeTheClockSaysSo(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	_, errOut, code := c.run("actor", "alpha", "--known-at", "1600")
	if code != exitNotFound || !strings.Contains(errOut, "before anything was recorded") || strings.Contains(errOut, "1677") {
		t.Errorf("actor --known-at 1600: exit %d, %s; want exit %d saying before anything was recorded", code, errOut, exitNotFound)
	}
}
