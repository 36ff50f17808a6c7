package edtf

import (
	"errors"
	"strings"
	"testing"
)

// errorCases are invalid inputs, the offset each error must point at and a
// part of its message.
var errorCases = []struct {
	name, in string
	offset   int
	msg      string
}{
	{"empty input", "", 0, "expected a date"},
	{"leading space", " 2021", 0, "expected a four-digit year"},
	{"trailing space", "2021-06-15 ", 10, "unexpected ' '"},
	{"trailing garbage", "2021-06-15x", 10, "unexpected 'x'"},
	{"short year", "21", 2, "found end of input"},
	{"letter in year", "20a1", 2, "found 'a'"},
	{"lone minus", "-", 1, "expected a four-digit year"},
	{"negative zero year", "-0000", 0, "-0000 does not exist"},
	{"five-digit year", "12345", 4, "Y prefix"},
	{"five-digit negative year", "-12345", 5, "Y prefix"},
	{"month 13", "2021-13", 5, "month 13 out of range, expected 01-12 or a season 21-24"},
	{"month 00", "2021-00", 5, "month 00 out of range"},
	{"month 20", "2021-20", 5, "month 20 out of range"},
	{"month 42", "2021-42", 5, "month 42 out of range"},
	{"one-digit month", "2021-6", 6, "found end of input"},
	{"one-digit month in interval", "2004-6/2005", 6, "found '/'"},
	{"dangling hyphen", "2021-", 5, "expected a two-digit month"},
	{"not a leap year", "2021-02-29", 8, "day 29 out of range for 2021-02, expected 01-28"},
	{"century not a leap year", "1900-02-29", 8, "expected 01-28"},
	{"February 30 in a leap year", "2020-02-30", 8, "expected 01-29"},
	{"April 31", "2021-04-31", 8, "day 31 out of range for 2021-04, expected 01-30"},
	{"day 00", "2021-04-00", 8, "day 00 out of range"},
	{"negative year not leap", "-0001-02-29", 9, "expected 01-28"},
	{"one-digit day", "2004-06-1", 9, "expected a two-digit day"},
	{"season with a day", "2001-21-03", 7, "season (21-24) cannot have a day"},
	{"old unspecified u", "199u", 3, "written X"},
	{"Y with four digits", "Y2001", 0, "write 2001"},
	{"Y with negative four digits", "Y-2001", 0, "write -2001"},
	{"Y with leading zero", "Y012345", 1, "cannot start with 0"},
	{"Y without digits", "Y", 1, "expected the digits of a year"},
	{"Y with ten digits", "Y1234567890", 10, "at most 9 digits"},
	{"Y year with month", "Y12345-01", 6, "cannot have a month"},
	{"Y year with X", "Y12345X", 6, "unspecified digits"},
	{"two qualifiers", "2004-06~~", 8, "only one qualifier"},
	{"mixed qualifiers", "2004-06?~", 8, "write % for uncertain and approximate"},
	{"open end alone", "..", 0, "only valid as an interval endpoint"},
	{"single dot", ".2004", 0, "found '.'"},
	{"time after month", "2004-06T10:00:00", 7, "needs a complete date"},
	{"time after unspecified day", "2004-06-XXT10:00:00", 10, "needs a complete date"},
	{"time without seconds", "1985-04-12T23:20", 16, "expected ':' before the second"},
	{"fractional seconds", "1985-04-12T23:20:30.5", 19, "fractional seconds"},
	{"hour 24", "1985-04-12T24:00:00", 11, "hour 24 out of range, expected 00-23"},
	{"minute 60", "1985-04-12T23:60:00", 14, "minute 60 out of range"},
	{"second 61", "1985-04-12T23:59:61", 17, "second 61 out of range"},
	{"offset without colon", "1985-04-12T23:20:30+0430", 22, "expected ':'"},
	{"negative zero offset", "1985-04-12T23:20:30-00", 19, "negative zero"},
	{"offset hour 24", "1985-04-12T23:20:30+24", 20, "offset hour 24 out of range"},
	{"garbage after zone", "2004-06-11T10:00:00Zx", 20, "unexpected 'x'"},
	{"qualified date-time", "1985-04-12T23:20:30~", 19, "cannot be qualified"},
	{"slash in ParseDate input via Parse end", "2004/2005/2006", 9, "exactly one '/'"},
	{"time in interval start", "2001-02-03T09:30:01/2002", 10, "time of day is not allowed in an interval"},
	{"time in interval end", "2001/2002-02-03T09:30:01", 15, "time of day is not allowed in an interval"},
	{"interval ends before it starts", "2011/2004", 5, "interval ends (2004) before it starts (2011)"},
	{"interval ends a day early", "2004-06-12/2004-06-11", 11, "ends (2004-06-11) before it starts (2004-06-12)"},
	{"interval of negative years reversed", "-0999/-1000", 6, "ends (-1000) before it starts (-0999)"},
	{"slash alone", "/", 1, "needs at least one date"},
	{"both ends open", "../..", 3, "needs at least one date"},
	{"unknown start open end", "/..", 1, "needs at least one date"},
	{"open start unknown end", "../", 3, "needs at least one date"},
	{"old open keyword", "2004/open", 5, "2012 draft"},
	{"old unknown keyword", "unknown/2004", 0, "2012 draft"},
	{"invalid UTF-8", "2004-\xff", 5, "found byte 0xff"},
}

func TestParseErrors(t *testing.T) {
	for _, tt := range errorCases {
		t.Run("rejects/"+tt.name, func(t *testing.T) {
			iv, err := Parse(tt.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want an error", tt.in, iv)
			}
			if !iv.IsZero() {
				t.Errorf("Parse(%q) returned %v with its error, want the zero Interval", tt.in, iv)
			}
			se := syntaxError(t, err)
			if se.Input != tt.in || se.Offset != tt.offset || !strings.Contains(se.Msg, tt.msg) {
				t.Errorf("got Input %q Offset %d Msg %q; want Offset %d and Msg containing %q",
					se.Input, se.Offset, se.Msg, tt.offset, tt.msg)
			}
		})
	}
}

func TestSyntaxErrorMessage(t *testing.T) {
	_, err := Parse("2021-13")
	want := `edtf: "2021-13": column 6: month 13 out of range, expected 01-12 or a season 21-24`
	if err == nil || err.Error() != want {
		t.Errorf("Parse(\"2021-13\") error = %v, want %s", err, want)
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		msg    string
	}{
		{"2004/2005", 4, "use Parse for intervals"},
		{"", 0, "expected a date"},
		{"2021-02-29", 8, "out of range"},
	}
	for _, tt := range tests {
		t.Run("rejects/"+tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if err == nil || !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v, %v; want the zero Date and an error", tt.in, d, err)
			}
			se := syntaxError(t, err)
			if se.Offset != tt.offset || !strings.Contains(se.Msg, tt.msg) {
				t.Errorf("Offset %d Msg %q; want %d and %q", se.Offset, se.Msg, tt.offset, tt.msg)
			}
		})
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		var se *SyntaxError
		if !ok || !errors.As(err, &se) {
			t.Errorf("MustParse panicked with %v, want a *SyntaxError", r)
		}
	}()
	MustParse("2021-13")
}
