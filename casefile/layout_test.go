package casefile

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// samePaths reads a case file both ways, in chunks where it can be and whole, and fails
// when the records or the diagnostics differ. It reports whether the file was read in
// chunks.
func samePaths(t *testing.T, name string, data []byte) bool {
	t.Helper()
	l, ok := lay(trimBOMs(data))
	got, gotDiags := Parse(name, data)
	want, wantDiags := parseWhole(name, trimBOMs(data))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: record read in chunks differs from the record read whole:\n got %+v\nwant %+v", name, got, want)
	}
	if !reflect.DeepEqual(gotDiags, wantDiags) {
		t.Errorf("%s: diagnostics read in chunks differ from those read whole:\n got %v\nwant %v", name, gotDiags, wantDiags)
	}
	return ok && !l.broken
}

// TestChunksReadAsWhole: every case file of the project's tests and every built-in case
// reads to the same record and the same diagnostics, at the same lines and columns,
// whether read in chunks or whole; and the built-in cases are read in chunks.
func TestChunksReadAsWhole(t *testing.T) {
	var files []string
	for _, root := range []string{"testdata", "../cmd/alliances/testdata", "../cases"} {
		err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() && (strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml") || strings.HasSuffix(path, ".json")) {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(files) < 5 {
		t.Fatalf("found %d case files, want the project's test files and built-in cases", len(files))
	}
	chunked := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if samePaths(t, f, data) {
			chunked++
		} else if strings.HasPrefix(f, "../cases/") {
			t.Errorf("%s: a built-in case is read whole, want it read in chunks", f)
		}
		// Its JSON export, indented and minified.
		rec, _ := Parse(f, data)
		if rec == nil {
			continue
		}
		var buf bytes.Buffer
		if err := WriteJSON(&buf, rec); err != nil {
			t.Fatal(err)
		}
		var small bytes.Buffer
		if err := json.Compact(&small, buf.Bytes()); err != nil {
			t.Fatal(err)
		}
		for _, js := range [][]byte{buf.Bytes(), small.Bytes()} {
			if !samePaths(t, f+".json", js) && strings.HasPrefix(f, "../cases/") {
				t.Errorf("%s: the JSON export of a built-in case is read whole, want it read in chunks", f)
			}
		}
	}
	t.Logf("%d of %d files read in chunks", chunked, len(files))
}

// chunkSeeds are files whose layout is plain, or nearly so: each tries one way in which
// cutting a file into chunks could read it otherwise than whole.
var chunkSeeds = []string{
	head,
	head + "ties:\n  - id: a-b\n    subject: alpha\n    object: beta\n    kind: alliance\n    valid: 2016\n    citations: [{source: report, credibility: 2}]\n",
	"case: x\ntitle: y\nties:\n- {}\n- {}\n- id: 3\n",
	"# comment\n\ncase: x\ntitle: y\nactors:\n\n# before\n  - id: a\n# between, at the top\n  - id: b\n    note: |+\n      kept\n\n\n  - id: c\nties: []\n",
	"case: x\ntitle: y\nactors:\n  - id: &a a\n  - id: *a\n",
	"case: x\ntitle: y\nactors:\n  - id: a\n    note: \"two\n  - lines\"\n",
	"case: x\ntitle: \"a\nties:\n  - x\n\"\n",
	"case: x\ntitle: y\nties:\n  - id: a\n  note: z\n",
	"case: x\r\ntitle: y\r\nactors:\r\n  - id: a\r\n    name: A\r\n",
	"case: x\ntitle: y\nactors:\n  - id: a\n---\nties:\n  - id: b\n",
	"case: x\ntitle: y\nactors:\n  -\n    id: a\n  - - b\n  - c\n",
	"actors:\n  - id: a\nactors:\n  - id: b\ncase: x\n",
	"case: x\ntitle: y\nties:   # comment\n  - id: a\n    subject: [a,\n  b]\n",
	"case: x\ntitle: y\nevents:\n  - id: e\n    date: 2016~\n    actors:\n      - a\n      - b\n",
	"case: x\ntitle: y\nactors:\n   - id: a\n  - id: b\n",
	`{"case": "x", "title": "y", "actors": [{"id": "a", "name": "Ä"}, {"id": "b"}], "ties": [], "events": [{"id": 1}]}`,
	"{\"case\": \"é\", \"actors\": [\n\t{\"id\": \"a\"},\n\t{\"id\": \"b\",\n\t \"kind\": \"stat\"}], \"title\": \"ü\"}\n",
	`{"case": "x", "actors": [{"id": "a"}], "actors": [{"id": "b"}]}`,
	`{"case": "x", "actors": [{"id": "a", "name": "\ud83d\ude80"}, "x", [1], null], "title": {"a": [1]}}`,
	`{"case": "x", "actors": [{"id": "a"},]}`,
	`{"case": "x", "actors": [{id: a}]}`,
	`{"case": "x", "actors": [{"id": "a"}]} x`,
}

// FuzzChunksReadAsWhole: whatever the text, reading it in chunks gives the record and
// diagnostics that reading it whole gives.
func FuzzChunksReadAsWhole(f *testing.F) {
	for _, s := range chunkSeeds {
		f.Add([]byte(s))
	}
	for _, name := range []string{"testdata/valid/small.yaml", "../cases/afghanistan-2021.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		samePaths(t, "fuzz.yaml", data)
	})
}
