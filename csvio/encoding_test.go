package csvio

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 with a byte order mark, little- or big-endian.
func utf16Bytes(s string, little bool) []byte {
	units := utf16.Encode([]rune("\uFEFF" + s))
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if little {
			out = append(out, byte(u), byte(u>>8))
		} else {
			out = append(out, byte(u>>8), byte(u))
		}
	}
	return out
}

func TestReadDecodesUTF16WithByteOrderMark(t *testing.T) {
	actors := "id,name,kind\r\ntaliban,Ṭālibān 𝔗,armed-group\r\npakistan,Pakistan,state\r\n"
	want, diags := Read("case", "", files(map[string]string{"actors.csv": actors}))
	checkDiags(t, diags, nil)
	for _, tc := range []struct {
		name   string
		little bool
	}{{"little-endian", true}, {"big-endian", false}} {
		t.Run(tc.name, func(t *testing.T) {
			got, diags := Read("case", "", files(map[string]string{"actors.csv": string(utf16Bytes(actors, tc.little))}))
			checkDiags(t, diags, nil)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("read %+v, want as from UTF-8 %+v", got.Actors, want.Actors)
			}
			if lists := Lists(files(map[string]string{"actors.csv": string(utf16Bytes(actors, tc.little))})); len(lists) != 4 {
				t.Errorf("Lists = %v, want the four tables given, actors among them", lists)
			}
		})
	}
}

func TestReadDoubledByteOrderMarkKeepsFirstColumn(t *testing.T) {
	// A file saved twice with a byte order mark: both go, "id" stays whole.
	rec, diags := Read("case", "", files(map[string]string{"actors.csv": "\xEF\xBB\xBF\xEF\xBB\xBF" + base["actors.csv"]}))
	checkDiags(t, diags, nil)
	if len(rec.Actors) != 2 || rec.Actors[0].ID != "taliban" {
		t.Errorf("actors = %+v, want taliban and pakistan", rec.Actors)
	}
}

func TestReadRefusesInvalidUTF8(t *testing.T) {
	// "Café" and a curly quote in Windows-1252, as Excel saves "CSV" by default:
	// 0xE9 is é and 0x93 is “. The first bad byte, 0xE9, is at column 32 of line 2.
	actors := "id,name,kind,note\ntaliban,Taliban,armed-group,Caf\xe9 \x93x\x94\npakistan,Pakistan,state,\n"
	_, diags := Read("case", "", files(map[string]string{"actors.csv": actors}))
	checkDiags(t, diags, []want{{"actors.csv", 2, 32, "not valid UTF-8"}})
	if errs := diags.Errors(); len(errs) == 1 && !strings.Contains(errs[0].Msg, "Windows-1252") {
		t.Errorf("message %q gives no hint about the encoding", errs[0].Msg)
	}
}

func TestReadReportsRootCauseOnce(t *testing.T) {
	var manyRows strings.Builder
	manyRows.WriteString("id,name,kind\n")
	for range 500 {
		manyRows.WriteString("taliban;Taliban;armed-group\n")
	}
	for _, tc := range []struct {
		name    string
		replace map[string]string
		want    []want
	}{
		{"semicolons as separator", map[string]string{
			"actors.csv": "id;name;kind\ntaliban;Taliban;armed-group\npakistan;Pakistan;state\n"},
			[]want{{"actors.csv", 1, 3, `fields separated by ";"`}}},
		{"tabs as separator", map[string]string{
			"actors.csv": "id\tname\tkind\ntaliban\tTaliban\tarmed-group\npakistan\tPakistan\tstate\n"},
			[]want{{"actors.csv", 1, 3, `fields separated by "\t"`}}},
		{"rows with semicolons under a header with commas", map[string]string{
			"actors.csv": manyRows.String()},
			[]want{{"actors.csv", 2, 8, `500 rows have fields separated by ";"`}}},
		{"UTF-16 without byte order mark", map[string]string{
			"actors.csv": strings.TrimPrefix(string(utf16Bytes(base["actors.csv"], true)), "\xFF\xFE")},
			[]want{{"actors.csv", 1, 2, "NUL bytes"}}},
		{"a JSON file named as a table", map[string]string{
			"actors.csv": "{\n  \"case\": \"x\",\n  \"actors\": [\n    {\"id\": \"taliban\", \"name\": \"Taliban\"}\n  ]\n}\n"},
			[]want{{"actors.csv", 1, 1, `header "{" fits no table`}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := Read("case", "", files(tc.replace))
			// The file is left out, so the tie names actors that no table holds: the
			// root cause comes first, whatever the order of the file names.
			if errs := diags.Errors(); len(errs) == 0 || !strings.Contains(errs[0].Msg, tc.want[0].phrase) {
				t.Errorf("first problem of %v is not the root cause %v", errs, tc.want[0])
			}
			var inFile []want
			for _, d := range diags.Errors() {
				if d.File == "actors.csv" {
					inFile = append(inFile, want{d.File, d.Line, d.Column, d.Msg})
				}
			}
			if len(inFile) != 1 || inFile[0].line != tc.want[0].line || inFile[0].col != tc.want[0].col || !strings.Contains(inFile[0].phrase, tc.want[0].phrase) {
				t.Errorf("problems in actors.csv:\n%v\nwant only\n%v", inFile, tc.want)
			}
		})
	}
}

func TestReadConvertsNamedEncoding(t *testing.T) {
	// 0xE9 is é in both; 0x93 and 0x94 are “ and ” in Windows-1252 and C1 controls in
	// Latin-1 (ISO 8859-1 maps each byte to the code point of its value).
	actors := "id,name,kind,note\ntaliban,Taliban,armed-group,Caf\xe9 \x93x\x94\npakistan,Pakistan,state,\n"
	for _, tc := range []struct{ encoding, note string }{
		{"windows-1252", "Café “x”"},
		{"latin1", "Café \u0093x\u0094"},
	} {
		t.Run(tc.encoding, func(t *testing.T) {
			fs := files(nil)
			for i := range fs {
				if fs[i].Name == "actors.csv" {
					fs[i].Data, fs[i].Encoding = []byte(actors), tc.encoding
				}
			}
			rec, diags := Read("case", "", fs)
			checkDiags(t, diags, nil)
			if len(rec.Actors) != 2 || rec.Actors[0].Note != tc.note {
				t.Errorf("actors = %+v, want the first with note %q", rec.Actors, tc.note)
			}
		})
	}
	_, diags := Read("case", "", []File{{Name: "actors.csv", Data: []byte(actors), Encoding: "ebcdic"}})
	checkDiags(t, diags, []want{{"actors.csv", 1, 1, `unknown encoding "ebcdic"`}})
}

func TestReadListsHeaderProblemFirst(t *testing.T) {
	// An actors table without its header row, under a name that sorts after ties.csv:
	// the missing header, which leaves the file out, comes before the unknown actors
	// it causes in ties.csv.
	fs := []File{
		{Name: "ties.csv", Data: []byte(base["ties.csv"])},
		{Name: "citations.csv", Data: []byte(base["citations.csv"])},
		{Name: "sources.csv", Data: []byte(base["sources.csv"])},
		{Name: "x-actors.csv", Data: []byte("taliban,Taliban,armed-group\npakistan,Pakistan,state\n")},
	}
	_, diags := Read("case", "", fs)
	errs := diags.Errors()
	if len(errs) != 3 || errs[0].File != "x-actors.csv" || !strings.Contains(errs[0].Msg, "fits no table") {
		t.Errorf("problems:\n%v\nwant the header of x-actors.csv first, then the two unknown actors", errs)
	}
}
