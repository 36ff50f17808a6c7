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
	report := writeReport(t)
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

// TestReviewOnTheCommandLine proposes two ties from a report, then reviews them as a
// person at the terminal: the first shown changed (its dates) and accepted, the second
// rejected; the record holds the first as changed, and the audit trail both decisions.
func TestReviewOnTheCommandLine(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	report := writeReport(t)
	c.ok("extract", report, "--case", "afghanistan-2021", "--propose")
	c.stdin = "e valid=2016/2018 -- the report's ¶1 says from 2016\nr the report's sources are one side's\n"
	out := c.ok("review", "--case", "afghanistan-2021", "--author", "extract")
	if !strings.Contains(out, "1 accepted, 1 rejected") || !strings.Contains(out, "confidence 0.") || !strings.Contains(out, "why: ¶1:") {
		t.Errorf("review:\n%s", out)
	}
	// The two were proposed in one run, at the test's one instant: either comes first.
	if out := c.ok("ties", "--actor", "iran,russia", "--kind", "support", "--case", "afghanistan-2021"); !strings.Contains(out, "2016/2018") {
		t.Errorf("the support of Iran and Russia after the review:\n%s", out)
	}
	audit := c.ok("audit", "--case", "afghanistan-2021")
	for _, want := range []string{"accept", "reject", "the report's sources are one side's"} {
		if !strings.Contains(audit, want) {
			t.Errorf("the audit trail does not say %q:\n%s", want, audit)
		}
	}
	if out := c.ok("review", "--case", "afghanistan-2021"); !strings.Contains(out, "nothing waits for review") {
		t.Errorf("review with nothing left:\n%s", out)
	}
}

// writeReport writes a report of two paragraphs, a sentence each, stating a tie each:
// Iran's support of the Taliban, hedged, and Russia's, attributed.
func writeReport(t *testing.T) string {
	t.Helper()
	report := filepath.Join(t.TempDir(), "report.txt")
	text := "Iran reportedly armed the Taliban by 2018, as its fear of an American base in the west of the country grew stronger.\n\n" +
		"According to Taliban sources, Russia supplied weapons to the Taliban in 2017, through the north and by way of Central Asia.\n"
	if err := os.WriteFile(report, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return report
}
