package csvio

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/edtf"
)

// formulaCases are texts a spreadsheet would run as formulas, or that look like the
// written form of one, with the cell Tables writes for each. The prefix is the single
// quote OWASP's CSV injection guidance recommends.
var formulaCases = []struct{ text, cell string }{
	{"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
	{"+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
	{"-2+3", "'-2+3"},
	{"@SUM(A1)", "'@SUM(A1)"},
	{"\tindented", "'\tindented"},
	{"'=already quoted", "''=already quoted"},
	{"''-twice", "'''-twice"},
	{"'plain quote", "'plain quote"},
	{"plain = text", "plain = text"},
	{"-", "-"},
	{"+", "+"},
}

func TestTablesEscapesFormulas(t *testing.T) {
	for _, tc := range formulaCases {
		t.Run(tc.text, func(t *testing.T) {
			r := fullRecord()
			r.Ties[0].Note = tc.text
			r.Sources[0].Title = tc.text
			tables, err := Tables(r)
			if err != nil {
				t.Fatal(err)
			}
			rows := strings.Split(string(tables["ties.csv"]), "\n")
			if got := lastField(t, rows[1]); got != tc.cell {
				t.Errorf("note written as %q, want %q", got, tc.cell)
			}
			got, diags := Read(r.Case, r.Title, filesOf(tables))
			checkDiags(t, diags, nil)
			if got.Ties[0].Note != tc.text || got.Sources[0].Title != tc.text {
				t.Errorf("read back note %q and title %q, want %q", got.Ties[0].Note, got.Sources[0].Title, tc.text)
			}
		})
	}
}

// lastField returns the last field of a CSV line as its cell holds it, unquoted.
func lastField(t *testing.T, line string) string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(line)).ReadAll()
	if err != nil || len(recs) != 1 {
		t.Fatalf("cannot read %q: %v", line, err)
	}
	return recs[0][len(recs[0])-1]
}

func TestReadNegativeDatesWithAndWithoutQuote(t *testing.T) {
	// EDTF years before year 1 begin with "-" (-0001 is 2 BC): Tables writes them behind a
	// quote, and Read takes them written either way.
	r := fullRecord()
	r.Ties[0].Valid = edtf.MustParse("-0100/0014")
	tables, err := Tables(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(tables["ties.csv"]), ",'-0100/0014,") {
		t.Errorf("ties.csv does not hold '-0100/0014:\n%s", tables["ties.csv"])
	}
	for _, cell := range []string{"'-0100/0014", "-0100/0014"} {
		ties := tiesHead + "t1,pakistan,taliban,support," + cell + ",3\n"
		rec, diags := Read("case", "", files(map[string]string{"ties.csv": ties}))
		checkDiags(t, diags, nil)
		if len(rec.Ties) != 1 || rec.Ties[0].Valid.String() != "-0100/0014" {
			t.Errorf("valid %q read as %+v", cell, rec.Ties)
		}
	}
}

func TestReadPlacesProblemsAfterTheQuote(t *testing.T) {
	// The cell starts at column 29; the bad month at byte 6 of the date, byte 7 of the
	// cell past its quote: column 36.
	ties := tiesHead + "t1,pakistan,taliban,support,'-0100-13,3\n"
	_, diags := Read("case", "", files(map[string]string{"ties.csv": ties}))
	checkDiags(t, diags, []want{{"ties.csv", 2, 36, "month 13"}})
}
