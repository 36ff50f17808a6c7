package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cli runs the program against one database file, with a clock the test moves.
type cli struct {
	t     *testing.T
	db    string
	now   time.Time
	stdin string
}

func newCLI(t *testing.T) *cli {
	return &cli{t: t, db: filepath.Join(t.TempDir(), "test.db"), now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
}

// run runs one command and returns its standard output, standard error and exit code.
func (c *cli) run(args ...string) (stdout, stderr string, code int) {
	c.t.Helper()
	var out, errOut bytes.Buffer
	m := &Main{
		Stdin: strings.NewReader(c.stdin), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string {
			if k == "ALLIANCES_DB" {
				return c.db
			}
			return ""
		},
		Now: func() time.Time { return c.now },
	}
	err := m.Run(context.Background(), args)
	m.Close()
	if err != nil {
		printError(&errOut, err)
	}
	return out.String(), errOut.String(), ExitCode(err)
}

// ok runs a command that must succeed and returns its standard output.
func (c *cli) ok(args ...string) string {
	c.t.Helper()
	out, errOut, code := c.run(args...)
	if code != 0 {
		c.t.Fatalf("alliances %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// withCase returns a command line on a new database into which the case file given (YAML)
// is imported.
func withCase(t *testing.T, yaml string) *cli {
	t.Helper()
	c := newCLI(t)
	c.ok("import", writeFile(t, t.TempDir(), "case.yaml", yaml))
	return c
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCheckValidFile(t *testing.T) {
	out := newCLI(t).ok("check", "testdata/small.yaml")
	if want := "small: ok: 1 source, 4 actors, 4 ties, 1 event\n"; out != want {
		t.Errorf("check output = %q, want %q", out, want)
	}
}

func TestCheckBrokenFileReportsEveryProblem(t *testing.T) {
	c := newCLI(t)
	data, _ := os.ReadFile("testdata/small.yaml")
	broken := strings.Replace(string(data), "subject: beta\n", "subject: betta\n", 1)
	broken = strings.Replace(broken, "valid: 2016~", "valid: 2016~~", 1)
	path := writeFile(t, t.TempDir(), "broken.yaml", broken)
	out, errOut, code := c.run("check", path)
	if code != exitInvalid {
		t.Fatalf("exit code = %d, want %d", code, exitInvalid)
	}
	want := []string{
		path + `:40:14: unknown actor "betta", did you mean "beta"?`,
		path + `:57:17: invalid valid time "2016~~": only one qualifier is allowed`,
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want prefix %q", i+1, lines[i], w)
		}
	}
	if !strings.Contains(errOut, "2 problems") {
		t.Errorf("stderr = %q, want a count of problems", errOut)
	}
	if _, err := os.Stat(c.db); err == nil {
		t.Errorf("check created the database; it must not touch it")
	}
}

func TestImportBadFileWritesNothing(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	data, _ := os.ReadFile("testdata/small.yaml")
	edited := strings.Replace(string(data), "intensity: 4", "intensity: 3", 1)
	edited = strings.Replace(edited, "kind: hostility", "kind: hostile", 1)
	path := writeFile(t, t.TempDir(), "edited.yaml", edited)
	_, errOut, code := c.run("import", path)
	if code != exitInvalid || !strings.Contains(errOut, `unknown tie kind "hostile"`) || !strings.Contains(errOut, "nothing imported") {
		t.Fatalf("import of a bad file: exit %d, stderr %q", code, errOut)
	}
	if out := c.ok("ties", "--actor", "beta", "--kind", "support", "--json"); !strings.Contains(out, `"intensity": 4`) {
		t.Errorf("the good edit in the bad file was written:\n%s", out)
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	first := newCLI(t)
	first.ok("import", "testdata/small.yaml")
	yaml1 := first.ok("export")
	json1 := first.ok("export", "--format", "json")
	dir := t.TempDir()
	yamlPath := writeFile(t, dir, "export.yaml", yaml1)
	jsonPath := writeFile(t, dir, "export.json", json1)

	if out := first.ok("import", yamlPath); out != "small: 0 added, 0 changed, 0 retracted, 10 unchanged; nothing changed\n" {
		t.Errorf("re-import of the export = %q, want no change", out)
	}
	for _, in := range []string{yamlPath, jsonPath} {
		second := newCLI(t)
		second.ok("import", in)
		if yaml2 := second.ok("export"); yaml2 != yaml1 {
			t.Errorf("export after importing %s differs:\n%s\nwant\n%s", filepath.Base(in), yaml2, yaml1)
		}
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(json1), &doc); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"sources", "actors", "ties", "events"} {
		if _, ok := doc[key]; !ok {
			t.Errorf("JSON export has no top-level %q", key)
		}
	}
}

func TestKnownAtShowsVersionBeforeEdit(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	firstImport := c.now
	data, _ := os.ReadFile("testdata/small.yaml")
	edited := strings.Replace(string(data), "valid: 2004/2021-08~", "valid: 2005/2021-08~", 1)
	path := writeFile(t, t.TempDir(), "small.yaml", edited)
	c.now = c.now.Add(48 * time.Hour)
	if out := c.ok("import", path); out != "small: 0 added, 1 changed, 0 retracted, 9 unchanged\n" {
		t.Fatalf("import of the edit = %q", out)
	}
	now := c.ok("ties", "--actor", "beta", "--kind", "support")
	before := c.ok("ties", "--actor", "beta", "--kind", "support", "--known-at", firstImport.Add(time.Hour).Format(time.RFC3339))
	if !strings.Contains(now, "2005/2021-08~") || strings.Contains(now, "2004/") {
		t.Errorf("current ties:\n%s\nwant the edited valid time 2005/2021-08~", now)
	}
	if !strings.Contains(before, "2004/2021-08~") || strings.Contains(before, "2005/") {
		t.Errorf("ties known before the edit:\n%s\nwant the original valid time 2004/2021-08~", before)
	}
	hist := c.ok("history", "beta-supports-alpha")
	if !strings.Contains(hist, "2026-03-01T12:00:00Z  2026-03-03T12:00:00Z") || !strings.Contains(hist, "2026-03-03T12:00:00Z  current") {
		t.Errorf("history:\n%s\nwant version 1 superseded on 3 March and version 2 current", hist)
	}
}

func TestUsageErrors(t *testing.T) {
	c := newCLI(t)
	tests := []struct {
		args   []string
		code   int
		phrase string
	}{
		{[]string{"tie"}, exitUsage, `unknown command "tie", did you mean "ties"?`},
		{[]string{"ties", "--kind", "friendship"}, exitUsage, `--kind "friendship" is not a tie kind`},
		{[]string{"ties", "--at", "2016-13"}, exitUsage, `--at "2016-13"`},
		{[]string{"ties", "--known-at", "yesterday"}, exitUsage, `--known-at "yesterday"`},
		{[]string{"ties", "--min-credibility", "9"}, exitUsage, "--min-credibility 9"},
		{[]string{"actor", "talbian"}, exitNotFound, `no actor "talbian", did you mean "taliban"?`},
		{[]string{"ties", "--actor", "pakistn"}, exitNotFound, `no actor "pakistn", did you mean "pakistan"?`},
		{[]string{"import", "no-such-file.yaml"}, exitInvalid, "cannot read no-such-file.yaml: no such file or directory"},
		{[]string{"export", "--format", "xml"}, exitUsage, `--format "xml"`},
		{[]string{"history", "nothing-here"}, exitNotFound, `nothing with id "nothing-here" was ever recorded`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			_, errOut, code := c.run(tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.phrase) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, tt.code, tt.phrase)
			}
		})
	}
}

func TestUnreadableDatabase(t *testing.T) {
	c := newCLI(t)
	if err := os.WriteFile(c.db, bytes.Repeat([]byte("garbage "), 512), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := c.run("actors")
	if code != exitUnavailable || !strings.Contains(errOut, "is not an alliances database") || strings.Contains(errOut, "goroutine") {
		t.Errorf("exit %d, stderr %q; want a clear unavailable message", code, errOut)
	}
}

func TestCSVExportImportRoundTrip(t *testing.T) {
	first := newCLI(t)
	first.ok("import", "testdata/small.yaml")
	dir := t.TempDir()
	first.ok("export", "--format", "csv", "--out", dir)
	tables, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil || len(tables) != 5 {
		t.Fatalf("export wrote %v (%v), want five tables", tables, err)
	}
	reimport := first.ok(append([]string{"import", "--case", "small"}, tables...)...)
	if reimport != "small: 0 added, 0 changed, 0 retracted, 10 unchanged; nothing changed\n" {
		t.Errorf("re-import of the exported tables = %q, want no change", reimport)
	}
	// Into an empty database (the bulk path) and into one that holds a case (row by
	// row), the tables' streamed ties record what the case file did.
	second, third := newCLI(t), newCLI(t)
	third.ok("import", "--case", "other", writeFile(t, t.TempDir(), "sources.csv", "id,title,kind,reliability\nother-source,A source,analysis,C\n"))
	for i, c := range []*cli{second, third} {
		c.ok(append([]string{"import", "--case", "small", "--title", "A small case for tests"}, tables...)...)
		var a, b map[string]json.RawMessage
		if err := json.Unmarshal([]byte(first.ok("export", "--format", "json")), &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(c.ok("export", "--case", "small", "--format", "json")), &b); err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{"sources", "actors", "ties", "events"} {
			if string(a[key]) != string(b[key]) || len(a[key]) < 10 {
				t.Errorf("database %d: %s differ after a CSV round trip:\n%s\nwant\n%s", i, key, b[key], a[key])
			}
		}
	}
}

// TestCSVImportOfACaseNamingRegistryActors: the built-in case names actors of the
// registry without defining them; exported as CSV tables, it imports into a new
// database and again into the same one, its ties streamed, unchanged.
func TestCSVImportOfACaseNamingRegistryActors(t *testing.T) {
	first := newCLI(t)
	dir := t.TempDir()
	first.ok("export", "--case", "afghanistan-2021", "--format", "csv", "--out", dir)
	tables, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil || len(tables) != 5 {
		t.Fatalf("export wrote %v (%v), want five tables", tables, err)
	}
	c := newCLI(t)
	args := append([]string{"import", "--case", "afghanistan-2021", "--title", "Afghanistan"}, tables...)
	if out := c.ok(args...); !strings.HasPrefix(out, "afghanistan-2021: 258 added, 0 changed, 0 retracted, 0 unchanged") {
		t.Errorf("import of the tables = %q, want the case's 258 claims added", out)
	}
	if out := c.ok(args...); !strings.HasPrefix(out, "afghanistan-2021: 0 added, 0 changed, 0 retracted, 258 unchanged; nothing changed") {
		t.Errorf("import again = %q, want nothing changed", out)
	}
	want, got := first.ok("export", "--case", "afghanistan-2021", "--format", "json"), c.ok("export", "--case", "afghanistan-2021", "--format", "json")
	cut := func(s string) string { return s[strings.Index(s, `"sources"`):] } // the title differs
	if cut(got) != cut(want) {
		t.Errorf("the case imported from its tables differs from the built-in one")
	}
}

func TestCSVImportErrorsNameTheCell(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	actors := writeFile(t, dir, "actors.csv", "id,name,kind\nalpha,Alpha,armed-group\nbeta,Beta,state\n")
	ties := writeFile(t, dir, "ties.csv", "id,subject,object,kind,valid\na-b,alpha,betta,alliance,2016/2018\n")
	_, errOut, code := c.run("import", "--case", "tables", actors, ties)
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d; stderr %q", code, exitInvalid, errOut)
	}
	for _, want := range []string{
		ties + `:2:11: unknown actor "betta", did you mean "beta"?`,
		ties + `:2:1: no citation for tie "a-b"`,
		"nothing imported",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if _, errOut, code := c.run("import", "--case", "Bad Id", actors); code != exitUsage || !strings.Contains(errOut, `--case "Bad Id" is not a valid id`) {
		t.Errorf("bad --case: exit %d, stderr %q", code, errOut)
	}
}

func TestExportToFile(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	path := filepath.Join(t.TempDir(), "out.yaml")
	c.ok("export", "--out", path)
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(data), "case: small\n") {
		t.Fatalf("exported file: %q, %v", data, err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("export left %d files in the folder, want only out.yaml", len(entries))
	}
}

// cliLogin is who the audit trail names for the commands the tests run: their
// environment gives no $USER, so the process's account.
func cliLogin() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return "cli:" + u.Username
	}
	return "cli"
}
