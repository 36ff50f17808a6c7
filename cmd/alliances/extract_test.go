package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractProposesOnce reads a report of two sentences against the built-in case:
// the table names the tie each states, --propose puts them in the review queue, and a
// second --propose offers none again.
func TestExtractProposesOnce(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	report := filepath.Join(t.TempDir(), "report.txt")
	text := "Iran reportedly armed the Taliban by 2018, as its fear of an American base in the west of the country grew stronger.\n\n" +
		"According to Taliban sources, Russia supplied weapons to the Taliban in 2017, through the north and by way of Central Asia.\n"
	if err := os.WriteFile(report, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := c.ok("extract", report, "--case", "afghanistan-2021")
	for _, want := range []string{"iran      support  taliban  /2018  alleged", "russia    support  taliban  2017   alleged", "hedge: reportedly", "attributed to Taliban sources"} {
		if !strings.Contains(strings.Join(strings.Fields(out), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("extract does not print %q:\n%s", want, out)
		}
	}
	if out := c.ok("extract", report, "--case", "afghanistan-2021", "--propose"); !strings.Contains(out, "2 proposals put in the review queue") {
		t.Errorf("--propose: %s", out)
	}
	if out := c.ok("extract", report, "--case", "afghanistan-2021", "--propose"); !strings.Contains(out, "0 proposals put in the review queue of case afghanistan-2021 (2 offered before") {
		t.Errorf("--propose again: %s", out)
	}
	if out := c.ok("audit", "--user", "extract"); strings.Count(out, "propose") != 2 {
		t.Errorf("the audit trail of extract:\n%s", out)
	}
}
