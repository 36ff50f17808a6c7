package main

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
)

// knownAtCase imports testdata/small.yaml at 2026-03-01T12:00:00Z (the test clock) and
// an edit of beta-supports-alpha's valid time (2004/... to 2005/...) two days later,
// at 2026-03-03T12:00:00Z, and returns the CLI with the two instants.
func knownAtCase(t *testing.T) (c *cli, imported, edited time.Time) {
	c = newCLI(t)
	imported = c.now
	c.ok("import", "testdata/small.yaml")
	data, err := os.ReadFile("testdata/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, t.TempDir(), "small.yaml", strings.Replace(string(data), "valid: 2004/2021-08~", "valid: 2005/2021-08~", 1))
	c.now = c.now.Add(48 * time.Hour)
	edited = c.now
	if out := c.ok("import", path); out != "small: 0 added, 1 changed, 0 retracted, 9 unchanged\n" {
		t.Fatalf("import of the edit = %q", out)
	}
	c.now = c.now.Add(24 * time.Hour)
	return c, imported, edited
}

// versionsKnown returns, for each version of beta-supports-alpha that ties --known-at
// lists, its version number and valid time, as "1 2004/2021-08~".
func versionsKnown(t *testing.T, c *cli, knownAt string) []string {
	t.Helper()
	var out []string
	for _, tie := range decode[[]alliances.Tie](t, c, "ties", "--known-at", knownAt) {
		if tie.ID == "beta-supports-alpha" {
			out = append(out, strings.Join([]string{strconv.Itoa(tie.Recorded.Version), tie.Valid.String()}, " "))
		}
	}
	return out
}

// TestKnownAtAtTheInstant: a version is known from the instant it was recorded,
// inclusive, to the instant it was superseded, exclusive (sqlite's asOf): at the
// import's instant the first version is known, a nanosecond earlier nothing; at the
// edit's instant the second version alone, a nanosecond earlier the first alone.
func TestKnownAtAtTheInstant(t *testing.T) {
	c, imported, edited := knownAtCase(t)
	tests := []struct {
		at   time.Time
		want []string
	}{
		{imported.Add(-time.Nanosecond), nil},
		{imported, []string{"1 2004/2021-08~"}},
		{edited.Add(-time.Nanosecond), []string{"1 2004/2021-08~"}},
		{edited, []string{"2 2005/2021-08~"}},
		{edited.Add(time.Nanosecond), []string{"2 2005/2021-08~"}},
	}
	before := imported.Add(-time.Nanosecond).Format(time.RFC3339Nano)
	if _, errOut, code := c.run("ties", "--case", "small", "--known-at", before); code != exitNotFound || !strings.Contains(errOut, `no case "small"`) {
		t.Errorf("--case small before its import: exit %d, %q; want exit %d, no case", code, errOut, exitNotFound)
	}
	for _, tt := range tests {
		at := tt.at.Format(time.RFC3339Nano)
		if got := versionsKnown(t, c, at); !equalStrings(got, tt.want) {
			t.Errorf("--known-at %s: versions %v, want %v", at, got, tt.want)
		}
	}
}

// TestKnownAtDateMeansItsEnd: a date, a month or a year given to --known-at means its
// last instant (UTC), so that "known on 2026-03-01" includes what was recorded that day
// (parseKnownAt; docs/analysis.md). The import was at noon on 1 March, the edit at noon
// on 3 March.
func TestKnownAtDateMeansItsEnd(t *testing.T) {
	c, _, _ := knownAtCase(t)
	tests := []struct {
		at   string
		want []string
	}{
		{"2026-02-28", nil},                         // the day before the import
		{"2026-03-01", []string{"1 2004/2021-08~"}}, // the import's day, to its end
		{"2026-03-02", []string{"1 2004/2021-08~"}},
		{"2026-03-03", []string{"2 2005/2021-08~"}}, // the edit's day, to its end
		{"2026-02", nil},
		{"2026-03", []string{"2 2005/2021-08~"}}, // to the end of March
		{"2025", nil},
		{"2026", []string{"2 2005/2021-08~"}},
	}
	for _, tt := range tests {
		if got := versionsKnown(t, c, tt.at); !equalStrings(got, tt.want) {
			t.Errorf("--known-at %s: versions %v, want %v", tt.at, got, tt.want)
		}
	}
}

func equalStrings(a, b []string) bool {
	return strings.Join(a, "|") == strings.Join(b, "|") && len(a) == len(b)
}
