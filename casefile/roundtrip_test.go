package casefile

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

func TestWriteThenParseGivesBackTheRecord(t *testing.T) {
	data, err := os.ReadFile("testdata/valid/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Read("small.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"yaml", "json"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			write := Write
			if format == "json" {
				write = WriteJSON
			}
			if err := write(&buf, rec); err != nil {
				t.Fatal(err)
			}
			back, err := Read("out."+format, buf.Bytes())
			if err != nil {
				t.Fatalf("reading what %s wrote: %v\n%s", format, err, buf.String())
			}
			if !reflect.DeepEqual(back, rec) {
				t.Errorf("record differs after writing and reading %s:\n got %+v\nwant %+v", format, back, rec)
			}
		})
	}
}

func TestJSONSignMustFitKind(t *testing.T) {
	src := head + `ties:
  - {id: a-b, subject: alpha, object: beta, kind: hostility, sign: "+", directed: true, valid: 2016,
     citations: [{source: report, credibility: 2}]}
`
	_, diags := Parse("broken.yaml", []byte(src))
	assertDiagnostics(t, diags, headLines, []want{
		{2, 68, `sign "+" does not fit kind hostility, expected -`},
		{2, 83, `directed "true" does not fit kind hostility, expected false`},
	})
}

// FuzzParse feeds arbitrary bytes to the reader: it must never panic, every diagnostic
// must have a place and a message, and a file it accepts must write back, as YAML and as JSON, to
// files that read the same.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"testdata/valid/small.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(head))
	f.Add([]byte("case: x\ntitle: y\nties: [{id: a, valid: 2016/..}]\n"))
	f.Add([]byte("{case: x, title: y, actors: [{id: a, name: A, kind: state, external: {wikidata: Q1}}]}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, diags := Parse("fuzz.yaml", data)
		for _, d := range diags {
			if d.Line < 1 || d.Column < 1 || d.Msg == "" {
				t.Fatalf("diagnostic without a place or message: %+v", d)
			}
		}
		if len(diags) > 0 {
			return
		}
		var buf bytes.Buffer
		if err := Write(&buf, rec); err != nil {
			t.Fatalf("write: %v", err)
		}
		back, err := Read("back.yaml", buf.Bytes())
		if err != nil {
			t.Fatalf("reading what Write wrote: %v\n%s", err, buf.String())
		}
		if !reflect.DeepEqual(back, rec) {
			t.Fatalf("round trip differs:\n got %+v\nwant %+v", back, rec)
		}
		buf.Reset()
		if err := WriteJSON(&buf, rec); err != nil {
			t.Fatalf("write JSON: %v", err)
		}
		if back, err = Read("back.json", buf.Bytes()); err != nil || !reflect.DeepEqual(back, rec) {
			t.Fatalf("JSON round trip: %v\n%s", err, buf.String())
		}
	})
}

func TestJSONExportOfControlCharactersReadsBack(t *testing.T) {
	// A double-quoted YAML escape puts DEL and a C1 control into a note; JSON writes
	// them raw unless told otherwise, and YAML refuses them raw.
	src := head + "ties: []\nevents: []\ndescription: \"del \\x7f and \\u0081 here\"\n"
	rec, err := Read("ctl.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, rec); err != nil {
		t.Fatal(err)
	}
	back, err := Read("ctl.json", buf.Bytes())
	if err != nil {
		t.Fatalf("reading the JSON export: %v\n%s", err, buf.String())
	}
	if back.Description != "del \x7f and \u0081 here" {
		t.Errorf("description = %q", back.Description)
	}
}

func TestJSONExportOfNoncharactersReadsBack(t *testing.T) {
	// JSON escapes put the noncharacters U+FFFE and U+FFFF into a note; YAML refuses them
	// raw, so the JSON export must write them escaped.
	src := `{"case": "a", "title": "b", "description": "\ufffe and \uffff"}`
	rec, err := Read("nonchar.json", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, rec); err != nil {
		t.Fatal(err)
	}
	back, err := Read("back.json", buf.Bytes())
	if err != nil {
		t.Fatalf("reading the JSON export: %v\n%s", err, buf.String())
	}
	if back.Description != "\ufffe and \uffff" {
		t.Errorf("description = %q", back.Description)
	}
}
