package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/ingest"
)

// smallYAML returns testdata/small.yaml, the case the import tests start from: 1 source,
// 4 actors, 4 ties and 1 event.
func smallYAML(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("testdata/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestImportRefusesToRetractAWholeList(t *testing.T) {
	small := smallYAML(t)
	tests := []struct {
		name, file string
		want       []string
	}{
		// Cut short before its events: a valid case without its only event.
		{"TruncatedBeforeEvents", small[:strings.Index(small, "\nevents:")+1], []string{"retract 1 claim of case small (1 event)", "all its events"}},
		// Cut short before its ties: the event cites no tie, and stays valid.
		{"TruncatedBeforeTies", small[:strings.Index(small, "\nties:")+1], []string{"retract 5 claims of case small (4 ties, 1 event)", "all its ties and all its events"}},
		{"EmptyTies", strings.Replace(small[:strings.Index(small, "\nties:")+1], "\nactors:", "\nties: []\nactors:", 1) + small[strings.Index(small, "\nevents:")+1:],
			[]string{"retract 4 claims of case small (4 ties)", "all its ties"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(t)
			c.ok("import", "testdata/small.yaml")
			before := c.ok("export")
			path := writeFile(t, t.TempDir(), "cut.yaml", tt.file)
			c.ok("check", path) // the file is valid by itself
			_, errOut, code := c.run("import", path)
			if code != exitConflict {
				t.Fatalf("exit %d, want %d (conflict); stderr %q", code, exitConflict, errOut)
			}
			for _, w := range append(tt.want, path+": importing would", "--allow-retract", "nothing imported") {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if after := c.ok("export"); after != before {
				t.Errorf("the refused import changed the store:\n%s", after)
			}
			if out := c.ok("import", "--allow-retract", path); !strings.Contains(out, " retracted") || strings.Contains(out, " 0 retracted") {
				t.Errorf("import --allow-retract = %q, want the claims retracted", out)
			}
		})
	}
}

// manyTies writes a valid case of n ties between two actors, t0 to t(n-1), leaving out
// those from drop on.
func manyTies(n, drop int) string {
	var b strings.Builder
	b.WriteString("case: many\ntitle: Many ties\nsources:\n  - {id: s, title: S, kind: analysis, reliability: B}\n")
	b.WriteString("actors:\n  - {id: a, name: A, kind: state}\n  - {id: b, name: B, kind: state}\nties:\n")
	for i := range min(n, drop) {
		fmt.Fprintf(&b, "  - {id: t%d, subject: a, object: b, kind: alliance, valid: %d, basis: stated, citations: [{source: s, credibility: 2}]}\n", i, 1990+i)
	}
	return b.String()
}

func TestImportRefusesToRetractManyClaims(t *testing.T) {
	// 33 claims (1 source, 2 actors, 30 ties): retracting 5 ties is an edit. Of the 28
	// claims left, retracting 6 is more than 5 and more than a tenth: refused.
	c := newCLI(t)
	dir := t.TempDir()
	c.ok("import", writeFile(t, dir, "many.yaml", manyTies(30, 30)))
	if out := c.ok("import", writeFile(t, dir, "five.yaml", manyTies(30, 25))); !strings.Contains(out, "5 retracted") {
		t.Errorf("import retracting 5 ties = %q", out)
	}
	six := writeFile(t, dir, "six.yaml", manyTies(30, 19))
	_, errOut, code := c.run("import", six)
	if code != exitConflict || !strings.Contains(errOut, "retract 6 claims of case many (6 ties): more than a tenth of the 28 claims it holds") {
		t.Errorf("import retracting 6 of 28: exit %d, stderr %q", code, errOut)
	}
	if out := c.ok("import", "--allow-retract", six); !strings.Contains(out, "6 retracted") {
		t.Errorf("import --allow-retract = %q", out)
	}
}

func TestImportConflictNamesLineAndField(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	// Line 6 gives the id of the second actor, "beta", which case small recorded.
	other := "case: other\ntitle: Other\nactors:\n  - {id: delta, name: Delta, kind: state}\n  - name: Beta again\n    id: beta\n    kind: state\n"
	path := writeFile(t, t.TempDir(), "other.yaml", other)
	_, errOut, code := c.run("import", path)
	if code != exitConflict {
		t.Fatalf("exit %d, want %d (conflict); stderr %q", code, exitConflict, errOut)
	}
	if want := path + `:6:9: actor id "beta" is already recorded by case small`; !strings.Contains(errOut, want) {
		t.Errorf("stderr lacks %q:\n%s", want, errOut)
	}
	t.Run("CSV", func(t *testing.T) {
		dir := t.TempDir()
		actors := writeFile(t, dir, "actors.csv", "id,name,kind\ndelta,Delta,state\nbeta,Beta again,state\n")
		_, errOut, code := c.run("import", "--case", "tables", actors)
		if want := actors + `:3:1: actor id "beta" is already recorded by case small`; code != exitConflict || !strings.Contains(errOut, want) {
			t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, exitConflict, want)
		}
		// A tie's id, which the import reads again from ties.csv to look up.
		actors = writeFile(t, dir, "actors.csv", "id,name,kind\ndelta,Delta,state\nepsilon,Epsilon,state\n")
		sources := writeFile(t, dir, "sources.csv", "id,title,kind,reliability\nnews,News,news,C\n")
		ties := writeFile(t, dir, "ties.csv", "id,subject,object,kind,valid,basis\nd-e,delta,epsilon,alliance,2019,stated\nbeta-supports-alpha,delta,epsilon,rivalry,2020,stated\n")
		cites := writeFile(t, dir, "citations.csv", "claim,source,credibility\nd-e,news,2\nbeta-supports-alpha,news,3\n")
		_, errOut, code = c.run("import", "--case", "tables", sources, actors, ties, cites)
		if want := ties + `:3:1: tie id "beta-supports-alpha" is already recorded by case small`; code != exitConflict || !strings.Contains(errOut, want) {
			t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, exitConflict, want)
		}
	})
}

func TestImportTellsTitleChangeFromNoChange(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	if out := c.ok("import", "testdata/small.yaml"); out != "small: 0 added, 0 changed, 0 retracted, 10 unchanged; nothing changed\n" {
		t.Errorf("re-import = %q, want nothing changed", out)
	}
	retitled := strings.Replace(smallYAML(t), "title: A small case for tests", "title: A retitled case", 1)
	path := writeFile(t, t.TempDir(), "retitled.yaml", retitled)
	if out := c.ok("import", path); out != "small: 0 added, 0 changed, 0 retracted, 10 unchanged; title or description changed\n" {
		t.Errorf("import of a new title = %q, want the title change told", out)
	}
}

func TestCheckSaysWhyFilesOfOneCaseCannotImport(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	actors := writeFile(t, dir, "actors.csv", "id,name,kind\nalpha,Alpha,state\n")
	out, errOut, code := c.run("check", "--case", "small", "testdata/small.yaml", actors)
	if code != exitInvalid || !strings.Contains(out, actors+":1:1: holds case small, as testdata/small.yaml does") {
		t.Errorf("check of a case file and tables of the same case: exit %d\n%s%s", code, out, errOut)
	}
	if _, _, code := c.run("import", "--case", "small", "testdata/small.yaml", actors); code != exitInvalid {
		t.Errorf("import of the same: exit %d, want %d", code, exitInvalid)
	}
}

func TestCheckCountsInTheSingular(t *testing.T) {
	// small.yaml holds 1 source and 1 event.
	if out := newCLI(t).ok("check", "testdata/small.yaml"); out != "small: ok: 1 source, 4 actors, 4 ties, 1 event\n" {
		t.Errorf("check = %q", out)
	}
	broken := strings.Replace(smallYAML(t), "subject: beta\n", "subject: betta\n", 1)
	_, errOut, _ := newCLI(t).run("check", writeFile(t, t.TempDir(), "broken.yaml", broken))
	if errOut != "1 problem\n" {
		t.Errorf("stderr = %q, want \"1 problem\"", errOut)
	}
}

func TestCheckListsAtMost100Problems(t *testing.T) {
	// 150 ties citing a source the file does not define: one cause, 150 problems.
	var b strings.Builder
	b.WriteString("case: many\ntitle: Many\nactors:\n  - {id: a, name: A, kind: state}\n  - {id: b, name: B, kind: state}\nties:\n")
	for i := range 150 {
		fmt.Fprintf(&b, "  - {id: t%d, subject: a, object: b, kind: alliance, valid: 2016, basis: stated, citations: [{source: gone, credibility: 2}]}\n", i)
	}
	path := writeFile(t, t.TempDir(), "many.yaml", b.String())
	out, errOut, code := newCLI(t).run("check", path)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != exitInvalid || len(lines) != 102 {
		t.Fatalf("exit %d, %d lines, want %d and 102 (a summary, 100 problems, a count):\n%s", code, len(lines), exitInvalid, out)
	}
	if want := `150 of the 150 problems are the same: unknown source "gone"`; !strings.HasPrefix(lines[0], want) {
		t.Errorf("first line = %q, want prefix %q", lines[0], want)
	}
	if lines[101] != "and 50 more problems" || errOut != "150 problems\n" {
		t.Errorf("last line %q, stderr %q", lines[101], errOut)
	}
}

// TestCheckCountsProblemsPastTheKeptOnes: a file with more problems than the reader keeps
// (casefile.MaxDiagnostics) has them all counted. 12,000 ties citing an undefined source
// make 12,000 problems; the reader keeps 10,000.
func TestCheckCountsProblemsPastTheKeptOnes(t *testing.T) {
	var b strings.Builder
	b.WriteString("case: many\ntitle: Many\nactors:\n  - {id: a, name: A, kind: state}\n  - {id: b, name: B, kind: state}\nties:\n")
	for i := range 12000 {
		fmt.Fprintf(&b, "  - {id: t%d, subject: a, object: b, kind: alliance, valid: 2016, basis: stated, citations: [{source: gone, credibility: 2}]}\n", i)
	}
	path := writeFile(t, t.TempDir(), "many.yaml", b.String())
	c := newCLI(t)
	out, errOut, code := c.run("check", path)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != exitInvalid || errOut != "12000 problems\n" || lines[len(lines)-1] != "and 11900 more problems" {
		t.Errorf("exit %d, stderr %q, last line %q; want exit %d, 12000 problems, and 11900 more", code, errOut, lines[len(lines)-1], exitInvalid)
	}
	if want := "10000 of the first 10000 problems are the same"; !strings.HasPrefix(lines[0], want) {
		t.Errorf("first line = %q, want prefix %q", lines[0], want)
	}
	out, _, _ = c.run("check", "--json", path)
	var res struct {
		Problems []json.RawMessage `json:"problems"`
		Omitted  int               `json:"omitted"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Problems)+res.Omitted != 12000 {
		t.Errorf("check --json: %d problems listed and %d omitted (%v), want 12000 in all", len(res.Problems), res.Omitted, err)
	}
	_, errOut, _ = c.run("import", path)
	if !strings.Contains(errOut, "12000 problems; nothing imported") {
		t.Errorf("import: stderr ends %q, want 12000 problems counted", errOut[max(0, len(errOut)-80):])
	}
}

func TestBinaryAndEndlessInputsAreRefused(t *testing.T) {
	c := newCLI(t)
	_, errOut, code := c.run("check", "/dev/zero")
	if code != exitInvalid || !strings.Contains(errOut, "/dev/zero is not a text file: a NUL byte on line 1") {
		t.Errorf("check /dev/zero: exit %d, stderr %q", code, errOut)
	}
	c.stdin = "case: a\ntitle: b\x00\n"
	if _, errOut, code := c.run("check", "-"); code != exitInvalid || !strings.Contains(errOut, "standard input is not a text file: a NUL byte on line 2") {
		t.Errorf("check - with a NUL byte: exit %d, stderr %q", code, errOut)
	}
}

func TestLargeFileIsRefusedBeforeReading(t *testing.T) {
	// A sparse file one byte over the limit takes no room on disk.
	path := filepath.Join(t.TempDir(), "huge.yaml")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, ingest.MaxInput+1); err != nil {
		t.Skipf("cannot make a sparse file: %v", err)
	}
	_, errOut, code := newCLI(t).run("check", path)
	if code != exitInvalid || !strings.Contains(errOut, path+" is larger than 1 GiB") {
		t.Errorf("check of a file over 1 GiB: exit %d, stderr %q", code, errOut)
	}
}

func TestImportRefusesJSONWithoutItsTies(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(c.ok("export", "--format", "json")), &doc); err != nil {
		t.Fatal(err)
	}
	delete(doc, "ties")
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, t.TempDir(), "noties.json", string(data))
	_, errOut, code := c.run("import", path)
	if code != exitConflict || !strings.Contains(errOut, "retract 4 claims of case small (4 ties): all its ties") {
		t.Errorf("import of JSON without ties: exit %d, stderr %q", code, errOut)
	}
}

// TestImportCountsEveryClashWithAnotherCase: a case imported again under another id
// clashes on every claim; the first 100 are placed and listed, all are counted. 150
// actors make 150 clashes.
func TestImportCountsEveryClashWithAnotherCase(t *testing.T) {
	var b strings.Builder
	b.WriteString("case: first\ntitle: First\nactors:\n")
	for i := range 150 {
		fmt.Fprintf(&b, "  - {id: a%d, name: A%d, kind: state}\n", i, i)
	}
	dir := t.TempDir()
	c := newCLI(t)
	c.ok("import", writeFile(t, dir, "first.yaml", b.String()))
	again := writeFile(t, dir, "second.yaml", strings.Replace(b.String(), "case: first", "case: second", 1))
	_, errOut, code := c.run("import", again)
	if code != exitConflict || !strings.Contains(errOut, "and 50 more problems\n150 problems; nothing imported") ||
		!strings.Contains(errOut, `second.yaml:4:10: actor id "a0" is already recorded by case first`) {
		t.Errorf("exit %d, stderr ends %q; want exit %d, the first clash placed, 150 counted", code, errOut[max(0, len(errOut)-200):], exitConflict)
	}
}
