package casefile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
)

// textTemplate is a valid case in JSON whose every free-text field is a %[n]s verb for a
// JSON string literal. Field i takes the fuzzed text i%3.
const textTemplate = `{"case": "fuzz", "title": %[1]s, "description": %[2]s,
"sources": [{"id": "s", "title": %[3]s, "author": %[1]s, "publisher": %[2]s, "url": %[3]s,
  "kind": "analysis", "reliability": "B", "note": %[1]s}],
"actors": [{"id": "a", "name": %[2]s, "aliases": [%[3]s, "x"], "kind": "state", "province": %[1]s, "note": %[2]s},
  {"id": "b", "name": "B", "kind": "state"}],
"ties": [{"id": "a-b", "subject": "a", "object": "b", "kind": "alliance", "valid": "2016", "basis": "stated",
  "citations": [{"source": "s", "locator": %[3]s, "credibility": 2, "attributed_to": %[1]s, "note": %[2]s}], "note": %[3]s}],
"events": [{"id": "e", "title": %[1]s, "date": "2016", "actors": ["a"],
  "citations": [{"source": "s", "credibility": 2}], "note": %[2]s}]}
`

// literal writes s as a JSON string literal in one of three ways: as encoding/json
// writes it (0), with every character beyond ASCII escaped, surrogate pairs beyond the
// Basic Multilingual Plane (1), or as it is between quotes, s being JSON source text
// (2: the way escapes such as a lone "\ud800" reach the reader).
func literal(s string, how byte) string {
	switch how % 3 {
	case 0:
		b, _ := json.Marshal(s)
		return string(b)
	case 1:
		b, _ := json.Marshal(s)
		var out strings.Builder
		for _, r := range string(b) {
			if r < 0x80 {
				out.WriteRune(r)
				continue
			}
			for _, u := range utf16.Encode([]rune{r}) {
				fmt.Fprintf(&out, `\u%04x`, u)
			}
		}
		return out.String()
	}
	return `"` + s + `"`
}

// FuzzTextRoundTrip fuzzes the round trip itself: a record whose every free-text field
// holds fuzzed text, kept when the reader accepts it, must read back identical after
// being written as YAML and as JSON. Exports must import.
func FuzzTextRoundTrip(f *testing.F) {
	for _, s := range []string{
		"plain", "\ufffe", "\uffff", "note \ufffe and \uffff", "\x00", "nul \x00 inside", "\ufeff", "\ufeffbom first",
		"a\r\nb", "\r", "tab\there", "\t", "  leading spaces", "trailing spaces  ", "key: value", "# not a comment",
		"a #b", "---", "...", "--- x", "... x", "- item", "? key", "&anchor", "*alias", "!tag", "%YAML", "@", "`",
		"'single'", `"double"`, `back\slash`, "{a: b}", "[a]", "|", ">", "null", "~", "true", "0x1F", "1e3", "2016",
		"\x7f\u0085\u0080\u009f", "\u2028\u2029", "🚀", "\U0010ffff", "\xff\xfe", strings.Repeat("long text ", 2000),
		strings.Repeat("x", 70000), "\n\n", " ", "",
	} {
		f.Add(s, "plain", "more", byte(0))
		f.Add("plain", s, "more", byte(1))
	}
	for _, s := range []string{`\ud800`, `\udc00`, `\ud83d\ude80`, `\ud800\u0041`, `\u0000`, `\ufffe`, `\uffff`, `\ufeff`, `a\r\nb`, `\u0085x`, `\u2028`} {
		f.Add("plain", "more", s, byte(2))
	}
	f.Fuzz(func(t *testing.T, a, b, c string, how byte) {
		src := fmt.Sprintf(textTemplate, literal(a, how), literal(b, how), literal(c, how))
		rec, diags := Parse("fuzz.json", []byte(src))
		if rec == nil || len(diags.Errors()) > 0 {
			return
		}
		for _, format := range []string{"yaml", "json"} {
			var buf bytes.Buffer
			write := Write
			if format == "json" {
				write = WriteJSON
			}
			if err := write(&buf, rec); err != nil {
				t.Fatalf("write %s: %v", format, err)
			}
			back, err := Read("back."+format, buf.Bytes())
			if err != nil {
				t.Fatalf("reading the %s export of an accepted record: %v\n%s", format, err, buf.String())
			}
			if !reflect.DeepEqual(back, rec) {
				t.Fatalf("%s round trip differs:\n got %+v\nwant %+v", format, back, rec)
			}
		}
	})
}
