package casefile

import (
	"fmt"
	"strings"
	"testing"
)

func TestSyntaxErrorsPointAtTheMistake(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		line, col int
		phrase    string
	}{
		{"Empty", "", 1, 1, "empty file, expected a case"},
		{"TabIndent", "case: a\ntitle: b\nactors:\n\t- id: x\n", 4, 1, "tab in the indentation"},
		// Line 6 is indented by three spaces under a mapping indented by four: the
		// library blames line 3, where the list began.
		{"BadIndent", "case: a\ntitle: b\nactors:\n  - id: x\n    name: X\n   kind: state\n", 6, 4, "did not find expected"},
		{"SecondColon", "case: a\ntitle: b\nactors:\n  - id: x\n    name: A: B\n", 5, 12, "a second colon in a value"},
		{"UnclosedList", "case: a\ntitle: b\nactors:\n  - id: x\n    name: X\n    kind: state\n    aliases: [B\nties: []\n", 7, 14, "not closed"},
		// The library names line 2 (the problem it met) for a list opened on line 1, and
		// line 1 (counted from 0) for one opened on line 2.
		{"UnclosedListOnLine1", "title: [\nfoo: 1\nbar: 2\n", 1, 8, "not closed"},
		{"UnclosedListOnLine2", "case: a\ntitle: [\nfoo: 1\nbar: 2\n", 2, 8, "not closed"},
		// The library reads a second document only when asked, and stops at "...".
		{"SecondDocumentBroken", "case: a\ntitle: b\n---\nfoo: [x\n", 4, 6, "not closed"},
		{"YAMLDirective12", "%YAML 1.2\n---\ncase: a\ntitle: b\n", 1, 1, "remove the line"},
		{"SecondDocumentBadIndent", "case: a\ntitle: b\n---\nfoo:\n  - x\n  y: z\n", 6, 3, ""},
		{"TextAfterEndMarker", "case: a\ntitle: b\n...\n\n# a comment\nanything here\n", 6, 1, `after the end of the document ("..." on line 3)`},
		// JSON gets the exact character from the JSON parser: the missing comma after "a".
		{"MinifiedJSON", `{"case": "a", "title": "b" "actors": []}`, 1, 28, "invalid character"},
		// Valid JSON that YAML refuses: a surrogate escape without its other half.
		{"LoneSurrogate", "{\"case\": \"a\",\n \"title\": \"x\\ud800y\"}", 2, 13, "a surrogate without its pair"},
		{"JSONOnLines", "{\n  \"case\": \"a\",\n  \"title\": \"b\",,\n}", 3, 16, "invalid character ','"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Parse("bad.yaml", []byte(tt.src))
			if len(diags) != 1 {
				t.Fatalf("got %d diagnostics, want 1: %v", len(diags), diags)
			}
			d := diags[0]
			if d.Line != tt.line || d.Column != tt.col || !strings.Contains(d.Msg, tt.phrase) {
				t.Errorf("got %s, want %d:%d: ...%s...", d, tt.line, tt.col, tt.phrase)
			}
		})
	}
}

func TestJSONWithSurrogatePairsReads(t *testing.T) {
	// As Python's json.dumps writes "🚀" (U+1F680) by default; and a literal backslash
	// before "ud83d" (an escaped backslash) that must stay text.
	src := `{"case": "a", "title": "\ud83d\ude80 \\ud83d\\ude80", "sources": [], "actors": [], "ties": [], "events": []}`
	rec, diags := Parse("py.json", []byte(src))
	if len(diags) > 0 {
		t.Fatalf("unexpected problems: %v", diags)
	}
	if want := "🚀 \\ud83d\\ude80"; rec.Title != want {
		t.Errorf("title = %q, want %q", rec.Title, want)
	}
}

func TestJSONErrorAfterSurrogatePairKeepsItsColumn(t *testing.T) {
	// The stray string after the title starts at byte 46 of the file as written; the
	// escape before it must not shift the column.
	src := `{"case": "x", "title": "\ud83d\ude80 rocket" "oops"}`
	_, diags := Parse("a.json", []byte(src))
	if len(diags) != 1 || diags[0].Line != 1 || diags[0].Column != 46 {
		t.Errorf("diagnostics = %v, want one at 1:46", diags)
	}
}

// largeFile writes a case of n ties; with broken set, its last tie has a key indented by
// three spaces under keys indented by four, which the library blames on the line where
// the list of ties began. It returns the file and the line of that key.
func largeFile(n int, broken bool) ([]byte, int) {
	var src strings.Builder
	src.WriteString("case: big\ntitle: Big\nties:\n")
	for i := range n {
		fmt.Fprintf(&src, "  - id: tie-%d\n    subject: a\n    object: b\n    kind: alliance\n    valid: 2016\n", i)
	}
	if broken {
		src.WriteString("  - id: last\n    subject: a\n   object: b\n")
	}
	return []byte(src.String()), strings.Count(src.String(), "\n")
}

// BenchmarkSyntaxErrorInLargeFile reads files of growing size with a mistake at the end.
// Locating it should cost about one more parse whatever the size: compare with
// BenchmarkParseLargeFile.
func BenchmarkSyntaxErrorInLargeFile(b *testing.B) {
	for _, ties := range []int{1000, 10000, 100000} {
		data, line := largeFile(ties, true)
		b.Run(fmt.Sprintf("ties=%d", ties), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_, diags := Parse("big.yaml", data)
				if len(diags) != 1 || diags[0].Line != line {
					b.Fatalf("diagnostics = %v, want one on line %d", diags, line)
				}
			}
		})
	}
}

// BenchmarkParseLargeFile parses the files of BenchmarkSyntaxErrorInLargeFile without
// their mistake.
func BenchmarkParseLargeFile(b *testing.B) {
	for _, ties := range []int{1000, 10000, 100000} {
		data, _ := largeFile(ties, false)
		b.Run(fmt.Sprintf("ties=%d", ties), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := parseYAML(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestByteOrderMarks: one or more UTF-8 byte order marks before a case file are no part
// of it: the fields of the first mapping keep their names and columns, and a JSON
// syntax error is reported as itself, not as the mark.
func TestByteOrderMarks(t *testing.T) {
	for _, marks := range []string{"\ufeff", "\ufeff\ufeff", "\ufeff\ufeff\ufeff"} {
		rec, diags := Parse("bom.yaml", []byte(marks+"case: x\ntitle: t\n"))
		if rec == nil || len(diags.Errors()) > 0 || rec.Case != "x" || rec.Title != "t" {
			t.Errorf("%d marks: %v, %v; want case x titled t without problems", len(marks)/3, rec, diags)
		}
		_, diags = Parse("bom.json", []byte(marks+`{"case": "x",, }`))
		if len(diags) != 1 || diags[0].Line != 1 || diags[0].Column != 14 || strings.Contains(diags[0].Msg, "ï") {
			t.Errorf("%d marks, broken JSON: %v; want one syntax error at 1:14 about the comma", len(marks)/3, diags)
		}
	}
}
