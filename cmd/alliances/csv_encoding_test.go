package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exportTables exports the small case as CSV tables and returns their folder.
func exportTables(t *testing.T, c *cli) string {
	t.Helper()
	c.ok("import", "testdata/small.yaml")
	dir := t.TempDir()
	c.ok("export", "--format", "csv", "--out", dir)
	return dir
}

func tablePaths(dir string) []string {
	var out []string
	for _, name := range []string{"sources.csv", "actors.csv", "ties.csv", "citations.csv", "events.csv"} {
		out = append(out, filepath.Join(dir, name))
	}
	return out
}

func TestCheckRefusesWindows1252Table(t *testing.T) {
	c := newCLI(t)
	dir := exportTables(t, c)
	before := c.ok("export")
	actors := filepath.Join(dir, "actors.csv")
	data, err := os.ReadFile(actors)
	if err != nil {
		t.Fatal(err)
	}
	// "Alpha's Front" with a Windows-1252 right single quote (0x92) for the apostrophe, as
	// Excel saves it; the store holds the ASCII apostrophe.
	data = []byte(strings.Replace(string(data), "Alpha's Front", "Alpha\x92s Front", 1))
	if err := os.WriteFile(actors, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"check", "import"} {
		out, errOut, code := c.run(append([]string{cmd, "--case", "small"}, tablePaths(dir)...)...)
		if code != exitInvalid || !strings.Contains(out+errOut, "byte 0x92 is not valid UTF-8") {
			t.Errorf("%s of a Windows-1252 table: exit %d, %s%s; want exit %d and the bad byte named", cmd, code, out, errOut, exitInvalid)
		}
	}
	if after := c.ok("export"); after != before {
		t.Errorf("the refused import changed the case:\n%s\nwant\n%s", after, before)
	}
	// Named, the encoding is converted. As Excel saves them, every table is in
	// Windows-1252: the pilcrows of the locators (U+00B6) are the byte 0xb6, and 0x92 is
	// U+2019, a change to the name the store holds, recorded as such.
	for _, p := range tablePaths(dir) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(strings.ReplaceAll(string(data), "¶", "\xb6")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c.ok(append([]string{"check", "--encoding", "windows-1252", "--case", "small"}, tablePaths(dir)...)...)
	out := c.ok(append([]string{"import", "--encoding", "windows-1252", "--case", "small"}, tablePaths(dir)...)...)
	if !strings.Contains(out, "0 added, 1 changed, 0 retracted") {
		t.Errorf("import --encoding windows-1252 = %q, want the one actor changed", out)
	}
	if got := c.ok("actors", "Alpha’s"); !strings.Contains(got, "Alpha’s Front") {
		t.Errorf("actors after the converted import:\n%s\nwant Alpha’s Front", got)
	}
	_, errOut, code := c.run(append([]string{"check", "--encoding", "cp437", "--case", "small"}, tablePaths(dir)...)...)
	if code != exitUsage || !strings.Contains(errOut, "windows-1252, latin1") {
		t.Errorf("check --encoding cp437: exit %d, %s; want a usage error naming the encodings", code, errOut)
	}
}

// A table with the wrong separator explains the other problems of the import (the
// citations of ties that no longer read): it is listed first, before the problems of
// tables whose names sort before its own.
func TestRootCauseOfTablesComesFirst(t *testing.T) {
	c := newCLI(t)
	dir := exportTables(t, c)
	ties := filepath.Join(dir, "ties.csv")
	data, err := os.ReadFile(ties)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ties, []byte(strings.ReplaceAll(string(data), ",", ";")), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := c.run(append([]string{"check", "--case", "small"}, tablePaths(dir)...)...)
	lines := strings.Split(out, "\n")
	if code != exitInvalid || !strings.Contains(lines[0], "ties.csv") || !strings.Contains(lines[0], `separated by ";"`) {
		t.Errorf("check of a table split by semicolons: exit %d,\n%s\nwant the separator named on the first line", code, out)
	}
}

func TestImportCSVWithFormulaLikeTextRoundTrips(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	// Give a note that spreadsheets would run as a formula, through a case file.
	yaml := strings.Replace(c.ok("export"), "note: Gamma denied it.", `note: "=HYPERLINK(\"http://x\")"`, 1)
	c.ok("import", writeFile(t, t.TempDir(), "small.yaml", yaml))
	dir := t.TempDir()
	c.ok("export", "--format", "csv", "--out", dir)
	citations, _ := os.ReadFile(filepath.Join(dir, "citations.csv"))
	if !strings.Contains(string(citations), `"'=HYPERLINK(""http://x"")"`) {
		t.Errorf("citations.csv does not hold the note behind a quote:\n%s", citations)
	}
	out := c.ok(append([]string{"import", "--case", "small"}, tablePaths(dir)...)...)
	if !strings.Contains(out, "0 added, 0 changed, 0 retracted") {
		t.Errorf("re-import of the exported tables = %q, want no change", out)
	}
}
