package edtf

import (
	"strings"
	"testing"
)

// specExample is an example of the EDTF specification with its expected
// reading. The ranges were worked out by hand from the rules in doc.go.
type specExample struct {
	in     string
	prec   Precision // of the start date; 0 when the start is open or unknown
	strict string    // "first/last", ".." for unbounded
	fuzzy  string
}

// level0Examples are all the examples of level 0 of the Library of
// Congress EDTF specification (2019), which ISO 8601-2 Annex A.4 repeats.
var level0Examples = []specExample{
	// Date.
	{"1985-04-12", DayPrecision, "1985-04-12/1985-04-12", "1985-04-12/1985-04-12"},
	{"1985-04", MonthPrecision, "1985-04-01/1985-04-30", "1985-04-01/1985-04-30"},
	{"1985", YearPrecision, "1985-01-01/1985-12-31", "1985-01-01/1985-12-31"},
	// Date and time: the ranges are those of the date.
	{"1985-04-12T23:20:30", DayPrecision, "1985-04-12/1985-04-12", "1985-04-12/1985-04-12"},
	{"1985-04-12T23:20:30Z", DayPrecision, "1985-04-12/1985-04-12", "1985-04-12/1985-04-12"},
	{"1985-04-12T23:20:30-04", DayPrecision, "1985-04-12/1985-04-12", "1985-04-12/1985-04-12"},
	{"1985-04-12T23:20:30+04:30", DayPrecision, "1985-04-12/1985-04-12", "1985-04-12/1985-04-12"},
	// Time interval.
	{"1964/2008", YearPrecision, "1964-01-01/2008-12-31", "1964-01-01/2008-12-31"},
	{"2004-06/2006-08", MonthPrecision, "2004-06-01/2006-08-31", "2004-06-01/2006-08-31"},
	{"2004-02-01/2005-02-08", DayPrecision, "2004-02-01/2005-02-08", "2004-02-01/2005-02-08"},
	{"2004-02-01/2005-02", DayPrecision, "2004-02-01/2005-02-28", "2004-02-01/2005-02-28"},
	{"2004-02-01/2005", DayPrecision, "2004-02-01/2005-12-31", "2004-02-01/2005-12-31"},
	{"2005/2006-02", YearPrecision, "2005-01-01/2006-02-28", "2005-01-01/2006-02-28"},
}

// level1Examples are all the examples of level 1 of the Library of
// Congress EDTF specification (2019), those of ISO 8601-2 Annex A.5, and
// the qualified intervals of the earlier EDTF drafts.
var level1Examples = []specExample{
	// Letter-prefixed calendar year.
	{"Y170000002", YearPrecision, "170000002-01-01/170000002-12-31", "170000002-01-01/170000002-12-31"},
	{"Y-170000002", YearPrecision, "-170000002-01-01/-170000002-12-31", "-170000002-01-01/-170000002-12-31"},
	// Seasons.
	{"2001-21", SeasonPrecision, "2001-03-01/2001-05-31", "2001-03-01/2001-05-31"},
	// Qualification of a date (complete).
	{"1984?", YearPrecision, "1984-01-01/1984-12-31", "1983-01-01/1985-12-31"},
	{"2004-06~", MonthPrecision, "2004-06-01/2004-06-30", "2004-05-01/2004-07-31"},
	{"2004-06-11%", DayPrecision, "2004-06-11/2004-06-11", "2004-06-04/2004-06-18"},
	{"1985-04-12?", DayPrecision, "1985-04-12/1985-04-12", "1985-04-05/1985-04-19"},
	{"1985-04?", MonthPrecision, "1985-04-01/1985-04-30", "1985-03-01/1985-05-31"},
	{"1985~", YearPrecision, "1985-01-01/1985-12-31", "1984-01-01/1986-12-31"},
	// Unspecified digit(s) from the right.
	{"201X", DecadePrecision, "2010-01-01/2019-12-31", "2010-01-01/2019-12-31"},
	{"20XX", CenturyPrecision, "2000-01-01/2099-12-31", "2000-01-01/2099-12-31"},
	{"2004-XX", MonthPrecision, "2004-01-01/2004-12-31", "2004-01-01/2004-12-31"},
	{"1985-04-XX", DayPrecision, "1985-04-01/1985-04-30", "1985-04-01/1985-04-30"},
	{"1985-XX-XX", DayPrecision, "1985-01-01/1985-12-31", "1985-01-01/1985-12-31"},
	// Extended interval: open end.
	{"1985-04-12/..", DayPrecision, "1985-04-12/..", "1985-04-12/.."},
	{"1985-04/..", MonthPrecision, "1985-04-01/..", "1985-04-01/.."},
	{"1985/..", YearPrecision, "1985-01-01/..", "1985-01-01/.."},
	// Extended interval: open start.
	{"../1985-04-12", 0, "../1985-04-12", "../1985-04-12"},
	{"../1985-04", 0, "../1985-04-30", "../1985-04-30"},
	{"../1985", 0, "../1985-12-31", "../1985-12-31"},
	// Extended interval: unknown end. Strictly, only the start is known.
	{"1985-04-12/", DayPrecision, "1985-04-12/1985-04-12", "1985-04-12/.."},
	{"1985-04/", MonthPrecision, "1985-04-01/1985-04-30", "1985-04-01/.."},
	{"1985/", YearPrecision, "1985-01-01/1985-12-31", "1985-01-01/.."},
	{"1986-04/", MonthPrecision, "1986-04-01/1986-04-30", "1986-04-01/.."},
	// Extended interval: unknown start.
	{"/1985-04-12", 0, "1985-04-12/1985-04-12", "../1985-04-12"},
	{"/1985-04", 0, "1985-04-01/1985-04-30", "../1985-04-30"},
	{"/1985", 0, "1985-01-01/1985-12-31", "../1985-12-31"},
	// Extended interval: qualified dates.
	{"1984?/2004%", YearPrecision, "1984-01-01/2004-12-31", "1983-01-01/2005-12-31"},
	{"1984-01-02~/2004-06-04", DayPrecision, "1984-01-02/2004-06-04", "1983-12-26/2004-06-04"},
	{"1984~/2004-06", YearPrecision, "1984-01-01/2004-06-30", "1983-01-01/2004-06-30"},
	{"../1985-04-12?", 0, "../1985-04-12", "../1985-04-19"},
	{"1985-04-12~/", DayPrecision, "1985-04-12/1985-04-12", "1985-04-05/.."},
	{"1984/2004-06~", YearPrecision, "1984-01-01/2004-06-30", "1984-01-01/2004-07-31"},
	{"1984~/2004~", YearPrecision, "1984-01-01/2004-12-31", "1983-01-01/2005-12-31"},
	{"1984-06?/2004-08?", MonthPrecision, "1984-06-01/2004-08-31", "1984-05-01/2004-09-30"},
	{"1984-06-02?/2004-08-08~", DayPrecision, "1984-06-02/2004-08-08", "1984-05-26/2004-08-15"},
	{"1984-06-02?/", DayPrecision, "1984-06-02/1984-06-02", "1984-05-26/.."},
	{"1984-06-02?/..", DayPrecision, "1984-06-02/..", "1984-05-26/.."},
	{"2004-06~/2004-08", MonthPrecision, "2004-06-01/2004-08-31", "2004-05-01/2004-08-31"},
	{"2004-02-01/2005-02-08?", DayPrecision, "2004-02-01/2005-02-08", "2004-02-01/2005-02-15"},
	// Negative calendar year.
	{"-1985", YearPrecision, "-1985-01-01/-1985-12-31", "-1985-01-01/-1985-12-31"},
}

func TestSpecExamplesParse(t *testing.T) {
	for _, group := range [][]specExample{level0Examples, level1Examples} {
		for _, ex := range group {
			t.Run("accepts/"+ex.in, func(t *testing.T) {
				iv := mustParse(t, ex.in)
				if got := iv.String(); got != ex.in {
					t.Errorf("String() = %q, want the input back", got)
				}
				if got := iv.Start().Date.Precision(); got != ex.prec {
					t.Errorf("start precision = %v, want %v", got, ex.prec)
				}
				if got, want := iv.Strict(), rng(t, ex.strict); got != want {
					t.Errorf("Strict() = %v, want %v", got, want)
				}
				if got, want := iv.Fuzzy(), rng(t, ex.fuzzy); got != want {
					t.Errorf("Fuzzy() = %v, want %v", got, want)
				}
			})
		}
	}
}

// level2Examples are the level 2 examples of the Library of Congress EDTF
// specification (and ISO 8601-2 Annex A.6), each with the offset of the
// character where the level 2 syntax is detected.
var level2Examples = []struct {
	in     string
	offset int
}{
	{"Y-17E7", 4},
	{"Y17E7", 3},
	{"1950S2", 4},
	{"Y171010000S3", 10},
	{"Y3388E2S3", 5},
	{"2001-34", 5},
	{"2001-25", 5},
	{"2001-41", 5},
	{"[1667,1668,1670..1672]", 0},
	{"[..1760-12-03]", 0},
	{"[1760-12..]", 0},
	{"[1760-01,1760-02,1760-12..]", 0},
	{"[1667,1760-12]", 0},
	{"[..1984]", 0},
	{"{1667,1668,1670..1672}", 0},
	{"{1960,1961-12}", 0},
	{"{..1984}", 0},
	{"..1983-12-31", 0},
	{"1984-10-10..", 10},
	{"2004-06~-11", 7},
	{"2004?-06-11", 4},
	{"?2004-06-~11", 0},
	{"2004-%06-11", 5},
	{"2004-06?-~11", 7},
	{"156X-12-25", 4},
	{"15XX-12-25", 4},
	{"XXXX-12-XX", 0},
	{"1XXX-XX", 1},
	{"1XXX-12", 1},
	{"1XX3", 1},
	{"1984-1X", 6},
	{"1560-X2", 5},
	{"1560-XX-25", 8},
	{"2004-06-~01/2004-06-~20", 8},
	{"2004-06-XX/2004-07-03", 8},
	{"..2004-06-01/2004-06-~20", 0},
	{"2004-06-01~/2004-06-20..", 22},
}

func TestSpecLevel2Rejected(t *testing.T) {
	for _, ex := range level2Examples {
		t.Run("rejects/"+ex.in, func(t *testing.T) {
			_, err := Parse(ex.in)
			if err == nil {
				t.Fatalf("Parse(%q) succeeded, want a level 2 error", ex.in)
			}
			se := syntaxError(t, err)
			if !strings.HasPrefix(se.Msg, level2Prefix) {
				t.Errorf("Msg = %q, want it to start with %q", se.Msg, level2Prefix)
			}
			if se.Offset != ex.offset {
				t.Errorf("Offset = %d, want %d (%v)", se.Offset, ex.offset, err)
			}
		})
	}
}

func TestSpecExamplesFeatures(t *testing.T) {
	tests := []struct {
		in                     string
		uncertain, approximate bool
	}{
		{"1984?", true, false},
		{"2004-06~", false, true},
		{"2004-06-11%", true, true},
		{"2004-06-11", false, false},
	}
	for _, tt := range tests {
		t.Run("qualifier/"+tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if d.Uncertain() != tt.uncertain || d.Approximate() != tt.approximate {
				t.Errorf("Uncertain, Approximate = %v, %v; want %v, %v",
					d.Uncertain(), d.Approximate(), tt.uncertain, tt.approximate)
			}
		})
	}
}

func TestDateTimeParts(t *testing.T) {
	tests := []struct {
		in         string
		h, m, s    int
		offset     int
		zoneOK     bool
		wantString string
	}{
		{"1985-04-12T23:20:30", 23, 20, 30, 0, false, "1985-04-12T23:20:30"},
		{"1985-04-12T23:20:30Z", 23, 20, 30, 0, true, "1985-04-12T23:20:30Z"},
		{"1985-04-12T23:20:30-04", 23, 20, 30, -240, true, "1985-04-12T23:20:30-04"},
		{"1985-04-12T23:20:30+04:30", 23, 20, 30, 270, true, "1985-04-12T23:20:30+04:30"},
		{"2001-02-03T09:30:01-03:30", 9, 30, 1, -210, true, "2001-02-03T09:30:01-03:30"},
		{"2016-12-31T23:59:60+00", 23, 59, 60, 0, true, "2016-12-31T23:59:60+00"},
	}
	for _, tt := range tests {
		t.Run("keeps/"+tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			h, m, s := d.Clock()
			off, ok := d.Zone()
			if !d.HasTime() || h != tt.h || m != tt.m || s != tt.s || off != tt.offset || ok != tt.zoneOK {
				t.Errorf("HasTime, Clock, Zone = %v, %d:%d:%d, %d %v", d.HasTime(), h, m, s, off, ok)
			}
			if got := d.String(); got != tt.wantString {
				t.Errorf("String() = %q, want %q", got, tt.wantString)
			}
		})
	}
}
