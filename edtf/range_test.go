package edtf

import "testing"

// rangeCases give hand-checked strict and fuzzy ranges for each feature.
var rangeCases = []struct {
	name, in      string
	strict, fuzzy string
}{
	// Leap years.
	{"leap February", "2020-02", "2020-02-01/2020-02-29", "2020-02-01/2020-02-29"},
	{"common February", "2021-02", "2021-02-01/2021-02-28", "2021-02-01/2021-02-28"},
	{"400-year leap February", "2000-02", "2000-02-01/2000-02-29", "2000-02-01/2000-02-29"},
	{"century common February", "1900-02", "1900-02-01/1900-02-28", "1900-02-01/1900-02-28"},
	{"leap day", "2020-02-29", "2020-02-29/2020-02-29", "2020-02-29/2020-02-29"},
	{"approximate leap day", "2020-02-29~", "2020-02-29/2020-02-29", "2020-02-22/2020-03-07"},
	{"approximate January into leap February", "2020-01~", "2020-01-01/2020-01-31", "2019-12-01/2020-02-29"},
	// Negative years and year 0.
	{"negative year", "-0044", "-0044-01-01/-0044-12-31", "-0044-01-01/-0044-12-31"},
	{"negative day", "-0044-03-15", "-0044-03-15/-0044-03-15", "-0044-03-15/-0044-03-15"},
	{"negative leap February", "-0004-02", "-0004-02-01/-0004-02-29", "-0004-02-01/-0004-02-29"},
	{"uncertain negative year", "-0001?", "-0001-01-01/-0001-12-31", "-0002-01-01/0000-12-31"},
	{"year zero", "0000", "0000-01-01/0000-12-31", "0000-01-01/0000-12-31"},
	{"negative decade", "-199X", "-1999-01-01/-1990-12-31", "-1999-01-01/-1990-12-31"},
	{"negative century", "-19XX", "-1999-01-01/-1900-12-31", "-1999-01-01/-1900-12-31"},
	{"first negative century", "-00XX", "-0099-01-01/0000-12-31", "-0099-01-01/0000-12-31"},
	{"first decade", "000X", "0000-01-01/0009-12-31", "0000-01-01/0009-12-31"},
	{"negative interval", "-1000/-0999", "-1000-01-01/-0999-12-31", "-1000-01-01/-0999-12-31"},
	{"interval across year 0", "-0001-12/0001-01", "-0001-12-01/0001-01-31", "-0001-12-01/0001-01-31"},
	// Y-prefixed years.
	{"approximate Y year", "Y170000002~", "170000002-01-01/170000002-12-31", "170000001-01-01/170000003-12-31"},
	{"Y year interval", "Y-170000002/Y170000002", "-170000002-01-01/170000002-12-31", "-170000002-01-01/170000002-12-31"},
	// Seasons.
	{"spring", "2001-21", "2001-03-01/2001-05-31", "2001-03-01/2001-05-31"},
	{"summer", "2001-22", "2001-06-01/2001-08-31", "2001-06-01/2001-08-31"},
	{"autumn", "2001-23", "2001-09-01/2001-11-30", "2001-09-01/2001-11-30"},
	{"winter crosses into next year", "2001-24", "2001-12-01/2002-02-28", "2001-12-01/2002-02-28"},
	{"winter ends with leap day", "2003-24", "2003-12-01/2004-02-29", "2003-12-01/2004-02-29"},
	{"approximate winter", "2001-24~", "2001-12-01/2002-02-28", "2001-11-01/2002-03-31"},
	{"uncertain spring", "2001-21?", "2001-03-01/2001-05-31", "2001-02-01/2001-06-30"},
	{"negative winter", "-0001-24", "-0001-12-01/0000-02-29", "-0001-12-01/0000-02-29"},
	{"season interval", "2001-24/2002-22", "2001-12-01/2002-08-31", "2001-12-01/2002-08-31"},
	// Unspecified digits.
	{"decade", "199X", "1990-01-01/1999-12-31", "1990-01-01/1999-12-31"},
	{"approximate decade", "199X~", "1990-01-01/1999-12-31", "1989-01-01/2000-12-31"},
	{"uncertain century", "19XX?", "1900-01-01/1999-12-31", "1899-01-01/2000-12-31"},
	{"unspecified month", "2004-XX", "2004-01-01/2004-12-31", "2004-01-01/2004-12-31"},
	{"uncertain unspecified month", "2004-XX?", "2004-01-01/2004-12-31", "2003-12-01/2005-01-31"},
	{"unspecified day in leap February", "2004-02-XX", "2004-02-01/2004-02-29", "2004-02-01/2004-02-29"},
	{"approximate unspecified day", "1985-04-XX~", "1985-04-01/1985-04-30", "1985-03-25/1985-05-07"},
	{"unspecified month and day", "1985-XX-XX%", "1985-01-01/1985-12-31", "1984-12-25/1986-01-07"},
	// Qualifiers at each precision.
	{"approximate year", "2018~", "2018-01-01/2018-12-31", "2017-01-01/2019-12-31"},
	{"uncertain December", "2018-12?", "2018-12-01/2018-12-31", "2018-11-01/2019-01-31"},
	{"approximate day at year end", "2018-12-28%", "2018-12-28/2018-12-28", "2018-12-21/2019-01-04"},
	{"date-time day", "2001-02-03T09:30:01+05:00", "2001-02-03/2001-02-03", "2001-02-03/2001-02-03"},
	// Intervals.
	{"same year twice", "2004/2004", "2004-01-01/2004-12-31", "2004-01-01/2004-12-31"},
	{"approximate ends", "2004~/2006~", "2004-01-01/2006-12-31", "2003-01-01/2007-12-31"},
	{"overlapping ends", "2004/2004-06", "2004-01-01/2004-06-30", "2004-01-01/2004-06-30"},
	{"open end", "2016/..", "2016-01-01/..", "2016-01-01/.."},
	{"unknown start", "/2010", "2010-01-01/2010-12-31", "../2010-12-31"},
	{"approximate unknown end", "2004-06~/", "2004-06-01/2004-06-30", "2004-05-01/.."},
	{"open start approximate end", "../2004-06~", "../2004-06-30", "../2004-07-31"},
}

func TestRanges(t *testing.T) {
	for _, tt := range rangeCases {
		t.Run("covers/"+tt.name, func(t *testing.T) {
			iv := mustParse(t, tt.in)
			if got, want := iv.Strict(), rng(t, tt.strict); got != want {
				t.Errorf("Strict(%s) = %v, want %v", tt.in, got, want)
			}
			if got, want := iv.Fuzzy(), rng(t, tt.fuzzy); got != want {
				t.Errorf("Fuzzy(%s) = %v, want %v", tt.in, got, want)
			}
		})
	}
}

func TestDateRangesMatchSingleInterval(t *testing.T) {
	for _, tt := range rangeCases {
		iv := mustParse(t, tt.in)
		if !iv.IsSingle() {
			continue
		}
		d := iv.Start().Date
		if d.Strict() != iv.Strict() || d.Fuzzy() != iv.Fuzzy() {
			t.Errorf("%s: date ranges %v %v, interval ranges %v %v",
				tt.in, d.Strict(), d.Fuzzy(), iv.Strict(), iv.Fuzzy())
		}
	}
}

func TestZeroValues(t *testing.T) {
	var d Date
	var iv Interval
	switch {
	case !d.IsZero() || !iv.IsZero():
		t.Error("zero values do not report IsZero")
	case d.String() != "" || iv.String() != "":
		t.Errorf("zero values format as %q and %q, want empty", d.String(), iv.String())
	case d.Strict() != Range{} || d.Fuzzy() != Range{}:
		t.Errorf("zero Date ranges %v %v, want zero", d.Strict(), d.Fuzzy())
	case d.Precision() != 0 || d.Precision().String() != "none":
		t.Errorf("zero Date precision %v", d.Precision())
	case iv.Start().Kind != 0 || iv.End().Kind.String() != "none":
		t.Errorf("zero Interval ends %v %v", iv.Start(), iv.End())
	case mustParse(t, "2004").IsZero():
		t.Error("a parsed Interval reports IsZero")
	}
}

func TestEndpoints(t *testing.T) {
	tests := []struct {
		in         string
		start, end EndKind
		single     bool
	}{
		{"2004", Closed, Closed, true},
		{"2004/2004", Closed, Closed, false},
		{"2004/..", Closed, Open, false},
		{"../2004", Open, Closed, false},
		{"2004/", Closed, Unknown, false},
		{"/2004", Unknown, Closed, false},
	}
	for _, tt := range tests {
		t.Run("kinds/"+tt.in, func(t *testing.T) {
			iv := mustParse(t, tt.in)
			if iv.Start().Kind != tt.start || iv.End().Kind != tt.end || iv.IsSingle() != tt.single {
				t.Errorf("got %v %v single=%v, want %v %v single=%v",
					iv.Start().Kind, iv.End().Kind, iv.IsSingle(), tt.start, tt.end, tt.single)
			}
			for _, e := range []Endpoint{iv.Start(), iv.End()} {
				if (e.Kind == Closed) == e.Date.IsZero() {
					t.Errorf("endpoint %v of kind %v has date %q", e, e.Kind, e.Date)
				}
			}
		})
	}
}

func TestPrecisionNames(t *testing.T) {
	want := map[Precision]string{
		CenturyPrecision: "century", DecadePrecision: "decade", YearPrecision: "year",
		SeasonPrecision: "season", MonthPrecision: "month", DayPrecision: "day", 99: "Precision(99)",
	}
	for p, name := range want {
		if p.String() != name {
			t.Errorf("Precision(%d).String() = %q, want %q", uint8(p), p.String(), name)
		}
	}
	kinds := map[EndKind]string{Closed: "closed", Open: "open", Unknown: "unknown", 9: "EndKind(9)"}
	for k, name := range kinds {
		if k.String() != name {
			t.Errorf("EndKind(%d).String() = %q, want %q", uint8(k), k.String(), name)
		}
	}
}
