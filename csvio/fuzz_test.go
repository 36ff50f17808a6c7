package csvio

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// FuzzRead reads one or two CSV files (b empty: one). Read never panics; every
// diagnostic has a line, a column and a message; Scan reports the same ones and, when
// they hold no error, reads the same record, its ties one at a time; and a record read
// without problems writes out as tables that read back equal.
func FuzzRead(f *testing.F) {
	names, _ := filepath.Glob("testdata/valid/*.csv")
	var prev []byte
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, prev)
		prev = data
	}
	for _, name := range TableNames {
		f.Add([]byte(base[name]), []byte(base["actors.csv"]))
	}
	f.Add([]byte(tiesHead+"t1,paki\"stan,taliban,support,2004/2021,3\n"), []byte(base["citations.csv"]))
	f.Add([]byte("\xEF\xBB\xBFid,name,kind,external\r\nx,X,state,\"wikidata=Q1; ucdp=2\"\r\n"), []byte{})
	f.Add([]byte("id,name,kind\nx,\"a\r\r\nb\",state\nz,\"\"\"q\"\"\",state\r"), []byte("id,title,kind,reliability,date\ns,S,news,A,2021~\n"))
	f.Add([]byte("\xFF\xFEi\x00d\x00,\x00n\x00a\x00m\x00e\x00,\x00k\x00i\x00n\x00d\x00\n\x00x\x00,\x00X\x00,\x00s\x00t\x00a\x00t\x00e\x00"), []byte{})
	f.Add([]byte("id;name;kind\nx;X;state\n"), []byte("id,name,kind,note\nx,X,state,'=1+1\ny,Caf\xe9,state,''-x\n"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		files := []File{{Name: "a.csv", Data: a}}
		if len(b) > 0 {
			files = append(files, File{Name: "b.csv", Data: b})
		}
		checkRead(t, files)
		// Again with the base case's tables for those the files do not hold, so that
		// fuzzed ties and citations too can read without problems.
		d := &reader{failed: map[string]bool{}}
		held := d.read(files)
		for _, s := range schemas {
			if held[s] == nil && base[s.file] != "" {
				files = append(files, File{Name: s.file, Data: []byte(base[s.file])})
			}
		}
		checkRead(t, files)
	})
}

// checkRead checks the properties of FuzzRead on one set of files.
func checkRead(t *testing.T, files []File) {
	rec, diags := Read("case", "Case", files)
	for _, d := range diags {
		if d.Line < 1 || d.Column < 1 || d.Msg == "" {
			t.Fatalf("bad diagnostic %#v", d)
		}
	}
	if rec == nil {
		t.Fatal("nil record")
	}
	sameScan(t, files, rec, diags)
	if len(diags.Errors()) > 0 {
		return
	}
	tables, err := Tables(rec)
	if err != nil {
		t.Fatalf("Tables of a record read without problems: %v", err)
	}
	again, diags := Read("case", "Case", filesOf(tables))
	if len(diags.Errors()) > 0 || !reflect.DeepEqual(again, rec) {
		t.Fatalf("read back\n%+v\nwith %v, want\n%+v\ntables:\n%s", again, diags, rec, dump(tables))
	}
}

// sameScan checks that Scan reads files as Read did: the same diagnostics and, when
// they hold no error, the same record, its ties given by Each (twice: it reads them
// again each time).
func sameScan(t *testing.T, files []File, rec *alliances.Record, diags alliances.Diagnostics) {
	t.Helper()
	sameScanOf(t, files, rec, diags)
	// Again with files that Each opens and reads again, rather than keeping their text.
	dir := t.TempDir()
	onDisk := make([]File, len(files))
	for i, f := range files {
		path := filepath.Join(dir, fmt.Sprint(i, ".csv"))
		if err := os.WriteFile(path, f.Data, 0o600); err != nil {
			t.Fatal(err)
		}
		onDisk[i] = f
		onDisk[i].Open = func() (io.ReadCloser, error) { return os.Open(path) }
	}
	sameScanOf(t, onDisk, rec, diags)
}

func sameScanOf(t *testing.T, files []File, rec *alliances.Record, diags alliances.Diagnostics) {
	t.Helper()
	sc, scanned := Scan(rec.Case, rec.Title, files)
	if !reflect.DeepEqual(scanned, diags) {
		t.Fatalf("Scan reports\n%v\nRead reports\n%v", scanned, diags)
	}
	// Actors named but not defined may be the registry's: the ties are read then.
	if slices.ContainsFunc(diags.Errors(), func(d alliances.Diagnostic) bool { return d.Unknown == "" }) {
		if err := sc.Each(func(*alliances.Tie) error { return nil }); err == nil {
			t.Fatal("Each read the ties of tables with problems")
		}
		return
	}
	if sc.Ties != len(rec.Ties) {
		t.Fatalf("Scan counts %d ties, Read reads %d", sc.Ties, len(rec.Ties))
	}
	for range 2 {
		got := *sc.Record
		err := sc.Each(func(tie *alliances.Tie) error {
			got.Ties = append(got.Ties, *tie)
			return nil
		})
		if got.Ties == nil {
			got.Ties = []alliances.Tie{}
		}
		if err != nil || !reflect.DeepEqual(&got, rec) {
			t.Fatalf("Scan and Each read (error %v)\n%+v\nRead reads\n%+v", err, &got, rec)
		}
	}
}

// FuzzTextRoundTrip writes any text into the free-text cells of a record and reads the
// tables back: Tables refuses the text only when it holds a carriage return, a NUL or
// bytes that are not UTF-8, and otherwise Read gives back the same record, whatever
// quotes and formula characters the text begins with.
func FuzzTextRoundTrip(f *testing.F) {
	for _, tc := range formulaCases {
		f.Add(tc.text)
	}
	for _, s := range []string{"", "'", "''", "'x", "=", "'=", "-0001", " =x", "a\nb", "\"q\"", "x,y", "Ṭālibān", "\x00", "\xff", "a\rb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := unescapeFormula(escapeFormula(s)); got != s {
			t.Fatalf("cell %q of text %q reads back as %q", escapeFormula(s), s, got)
		}
		r := fullRecord()
		r.Sources[0].Author, r.Sources[0].Note = s, s
		r.Actors[0].Province, r.Actors[0].Note = s, s
		r.Ties[0].Note, r.Ties[0].Citations[0].Locator, r.Ties[0].Citations[0].Note = s, s, s
		r.Ties[0].Citations[0].AttributedTo = s
		r.Events[0].Note = s
		tables, err := Tables(r)
		refused := strings.ContainsAny(s, "\r\x00") || !utf8.ValidString(s)
		if refused != (err != nil) {
			t.Fatalf("Tables of text %q: error %v, want one: %t", s, err, refused)
		}
		if err != nil {
			return
		}
		got, diags := Read(r.Case, r.Title, filesOf(tables))
		r.Normalize()
		if len(diags.Errors()) > 0 || !reflect.DeepEqual(got, r) {
			t.Fatalf("text %q read back with %v as\n%+v\nwant\n%+v\ntables:\n%s", s, diags, got, r, dump(tables))
		}
	})
}
