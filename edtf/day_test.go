package edtf

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"
)

// timeDay returns the day of a UTC midnight computed by the time package.
func timeDay(year, month, day int) Day {
	return Day(time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func TestDayOfMatchesTimeForEveryDayOfFiveMillennia(t *testing.T) {
	// Every day from about 768 BC to AD 4707, both ways.
	for d := Day(-1_000_000); d <= 1_000_000; d++ {
		tm := time.Unix(int64(d)*86400, 0).UTC()
		y, m, dd := d.Civil()
		if y != tm.Year() || m != int(tm.Month()) || dd != tm.Day() {
			t.Fatalf("Day(%d).Civil() = %d-%d-%d, time says %s", d, y, m, dd, tm.Format("2006-01-02"))
		}
		if got := DayOf(y, m, dd); got != d {
			t.Fatalf("DayOf(%d, %d, %d) = %d, want %d", y, m, dd, got, d)
		}
	}
}

func TestDayOfMatchesTimeForDistantDays(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const span = 365_242_500_000 // about a billion years
	for range 200_000 {
		d := Day(r.Int64N(2*span) - span)
		tm := time.Unix(int64(d)*86400, 0).UTC()
		y, m, dd := d.Civil()
		if y != tm.Year() || m != int(tm.Month()) || dd != tm.Day() {
			t.Fatalf("Day(%d).Civil() = %d-%d-%d, time says %d-%d-%d", d, y, m, dd, tm.Year(), tm.Month(), tm.Day())
		}
		if got := DayOf(y, m, dd); got != d {
			t.Fatalf("DayOf(%d, %d, %d) = %d, want %d", y, m, dd, got, d)
		}
	}
}

func TestDayOfNormalizesLikeTimeDate(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200_000 {
		y, m, d := r.IntN(20001)-10000, r.IntN(61)-30, r.IntN(201)-100
		if got, want := DayOf(y, m, d), timeDay(y, m, d); got != want {
			t.Fatalf("DayOf(%d, %d, %d) = %d, time.Date gives %d", y, m, d, got, want)
		}
	}
}

func TestDayOfKnownDays(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    Day
	}{
		{1970, 1, 1, 0},
		{1969, 12, 31, -1},
		{2000, 3, 1, 11017},
		{0, 1, 1, -719528},
		{2021, 13, 1, DayOf(2022, 1, 1)},
		{2021, 3, 0, DayOf(2021, 2, 28)},
		{2021, 0, 1, DayOf(2020, 12, 1)},
		{2021, -11, 1, DayOf(2020, 1, 1)},
	}
	for _, tt := range tests {
		if got := DayOf(tt.y, tt.m, tt.d); got != tt.want {
			t.Errorf("DayOf(%d, %d, %d) = %d, want %d", tt.y, tt.m, tt.d, got, tt.want)
		}
	}
}

func TestCivilExtremes(t *testing.T) {
	// MinDay and MaxDay are far beyond any date, but Civil must still
	// give a consistent answer instead of overflowing, where int can hold
	// their years.
	if strconv.IntSize < 64 {
		t.Skip("the years of MinDay and MaxDay do not fit a 32-bit int")
	}
	for _, d := range []Day{MinDay, MaxDay, MinDay + 1, MaxDay - 1} {
		y, m, dd := d.Civil()
		if m < 1 || m > 12 || dd < 1 || dd > 31 {
			t.Errorf("Day(%d).Civil() = %d-%d-%d", d, y, m, dd)
		}
		if got := DayOf(y, m, dd); got != d {
			t.Errorf("DayOf(Day(%d).Civil()) = %d", d, got)
		}
	}
}

func TestLeapYears(t *testing.T) {
	tests := []struct {
		year int
		leap bool
	}{
		{2000, true}, {1900, false}, {2004, true}, {2021, false}, {2024, true},
		{1600, true}, {1700, false}, {0, true}, {-1, false}, {-4, true},
		{-100, false}, {-400, true}, {-1000, false},
	}
	for _, tt := range tests {
		name := "common/"
		if tt.leap {
			name = "leap/"
		}
		t.Run(name+itoa(int64(tt.year)), func(t *testing.T) {
			febLen := int(DayOf(tt.year, 3, 1) - DayOf(tt.year, 2, 1))
			if (febLen == 29) != tt.leap {
				t.Errorf("February %d has %d days", tt.year, febLen)
			}
			_, err := ParseDay(string(appendYear(nil, int64(tt.year))) + "-02-29")
			if (err == nil) != tt.leap {
				t.Errorf("ParseDay of February 29, %d: %v", tt.year, err)
			}
		})
	}
}

func TestDayFromTime(t *testing.T) {
	east := time.FixedZone("east", 5*3600)
	tests := []struct {
		t    time.Time
		want Day
	}{
		{time.Date(2021, 6, 15, 12, 0, 0, 0, time.UTC), DayOf(2021, 6, 15)},
		{time.Date(2021, 6, 15, 1, 0, 0, 0, east), DayOf(2021, 6, 14)},
		{time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC), -1},
		{time.Date(-44, 3, 15, 0, 0, 0, 0, time.UTC), DayOf(-44, 3, 15)},
	}
	for _, tt := range tests {
		if got := DayFromTime(tt.t); got != tt.want {
			t.Errorf("DayFromTime(%v) = %v, want %v", tt.t, got, tt.want)
		}
	}
}

func TestDayString(t *testing.T) {
	tests := []struct {
		d    Day
		want string
	}{
		{DayOf(2021, 6, 15), "2021-06-15"},
		{DayOf(-44, 3, 15), "-0044-03-15"},
		{DayOf(0, 1, 1), "0000-01-01"},
		{DayOf(12021, 1, 1), "12021-01-01"},
		{DayOf(-170000002, 12, 31), "-170000002-12-31"},
		{MinDay, ".."},
		{MaxDay, ".."},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("Day(%d).String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in   string
		want Day
	}{
		{"2021-06-15", DayOf(2021, 6, 15)},
		{"2021-06", DayOf(2021, 6, 1)},
		{"2021", DayOf(2021, 1, 1)},
		{"-0044-03-15", DayOf(-44, 3, 15)},
		{"2000-02-29", DayOf(2000, 2, 29)},
		{"12021-01-01", DayOf(12021, 1, 1)},
		{"-999999999-12-31", DayOf(-999999999, 12, 31)},
	}
	for _, tt := range tests {
		t.Run("accepts/"+tt.in, func(t *testing.T) {
			got, err := ParseDay(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseDay(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseDayErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		msg    string
	}{
		{"", 0, "at least four digits"},
		{"21", 2, "at least four digits"},
		{"2021-13", 5, "month 13 out of range, expected 01-12"},
		{"2021-00", 5, "month 00 out of range"},
		{"2021-02-29", 8, "day 29 out of range, expected 01-28"},
		{"2021-06-00", 8, "day 00 out of range"},
		{"2021-06-15T10:00:00", 10, "unexpected 'T'"},
		{"2021-6-15", 6, "two-digit month"},
		{"-0000-01-01", 0, "-0000"},
		{"1234567890", 9, "at most 9 digits"},
		{"2021~", 4, "unexpected '~'"},
	}
	for _, tt := range tests {
		t.Run("rejects/"+tt.in, func(t *testing.T) {
			_, err := ParseDay(tt.in)
			if err == nil {
				t.Fatalf("ParseDay(%q) succeeded", tt.in)
			}
			se := syntaxError(t, err)
			if se.Offset != tt.offset || !strings.Contains(se.Msg, tt.msg) {
				t.Errorf("Offset %d Msg %q; want %d and %q", se.Offset, se.Msg, tt.offset, tt.msg)
			}
		})
	}
}

func TestParseDayRoundTripsString(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 100_000 {
		d := Day(r.Int64N(2*365_000_000_000) - 365_000_000_000)
		got, err := ParseDay(d.String())
		if err != nil || got != d {
			t.Fatalf("ParseDay(%q) = %v, %v; want %d", d.String(), got, err, d)
		}
	}
}

func TestRange(t *testing.T) {
	june := Range{DayOf(2021, 6, 1), DayOf(2021, 6, 30)}
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"contains first day", june.Contains(DayOf(2021, 6, 1)), true},
		{"contains last day", june.Contains(DayOf(2021, 6, 30)), true},
		{"excludes day before", june.Contains(DayOf(2021, 5, 31)), false},
		{"excludes day after", june.Contains(DayOf(2021, 7, 1)), false},
		{"overlaps itself", june.Overlaps(june), true},
		{"overlaps on one shared day", june.Overlaps(Range{DayOf(2021, 6, 30), DayOf(2021, 8, 1)}), true},
		{"overlaps open range", june.Overlaps(Range{MinDay, DayOf(2021, 6, 1)}), true},
		{"does not overlap adjacent range", june.Overlaps(Range{DayOf(2021, 7, 1), MaxDay}), false},
		{"does not overlap earlier range", june.Overlaps(Range{MinDay, DayOf(2021, 5, 31)}), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v", tt.name, tt.got)
		}
	}
	if got := june.String(); got != "2021-06-01/2021-06-30" {
		t.Errorf("String() = %q", got)
	}
}

func TestYearAndMonthString(t *testing.T) {
	tests := []struct {
		d           Day
		year, month string
	}{
		{DayOf(2021, 6, 15), "2021", "2021-06"},
		{DayOf(-44, 3, 15), "-0044", "-0044-03"},
		{DayOf(0, 1, 1), "0000", "0000-01"},
		{DayOf(-1, 12, 31), "-0001", "-0001-12"},
		{DayOf(12021, 1, 1), "12021", "12021-01"},
		{MinDay, "..", ".."},
	}
	for _, tt := range tests {
		if got := tt.d.YearString(); got != tt.year {
			t.Errorf("%s.YearString() = %q, want %q", tt.d, got, tt.year)
		}
		if got := tt.d.MonthString(); got != tt.month {
			t.Errorf("%s.MonthString() = %q, want %q", tt.d, got, tt.month)
		}
		if s := tt.d.String(); s != ".." && !strings.HasPrefix(s, tt.month+"-") {
			t.Errorf("%s does not start with its MonthString %q", s, tt.month)
		}
	}
}
