package answer

import (
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances/edtf"
)

// Step is one window of a series over time, with its label.
type Step struct {
	Label string
	Range edtf.Range
}

// steps cuts the period from..to into windows of the given length: "1y", "6m", "7d"
// (years, months, days); "" is a year, or a month when the period is shorter than three
// years. Each window starts on the first day of the period or of the
// previous window's end plus one, and is labelled with the EDTF that names it: a year,
// a month, a day, or an interval.
func steps(from, to, length string) ([]Step, error) {
	start, err := dateRange("from", from)
	if err != nil {
		return nil, err
	}
	end, err := dateRange("to", to)
	if err != nil {
		return nil, err
	}
	if length == "" {
		// A year a step, or a month over less than three years: a series of a few
		// months in one window would show no change at all.
		length = "1y"
		if end.Last-start.First < 3*365 {
			length = "1m"
		}
	}
	n, unit, err := parseStep(length)
	if err != nil {
		return nil, err
	}
	if end.Last < start.First {
		return nil, usageError("--to %s is before --from %s", to, from)
	}
	var out []Step
	// Each window starts k steps after the start of the period, counted from it (not
	// from the previous window), so that month steps from the 31st do not drift.
	for k := 0; ; k++ {
		d, next := advance(start.First, k*n, unit), advance(start.First, (k+1)*n, unit)
		if d > end.Last {
			break
		}
		r := edtf.Range{First: d, Last: min(next-1, end.Last)}
		out = append(out, Step{Label: label(r, n, unit), Range: r})
		if len(out) > 10000 {
			return nil, usageError("--step %s makes more than 10000 steps; choose a longer step", length)
		}
	}
	return out, nil
}

func parseStep(s string) (int, byte, error) {
	if s == "" {
		return 1, 'y', nil
	}
	n, err := strconv.Atoi(s[:len(s)-1])
	unit := s[len(s)-1]
	if err != nil || n < 1 || !strings.ContainsRune("ymd", rune(unit)) {
		return 0, 0, usageError("--step %q, expected a number and a unit: 1y, 6m, 7d", s)
	}
	return n, unit, nil
}

// advance returns the day n years, months or days after d; a day of the month that the
// later month lacks (the 31st, 29 February) becomes that month's last day.
func advance(d edtf.Day, n int, unit byte) edtf.Day {
	y, m, dd := d.Civil()
	switch unit {
	case 'y':
		y += n
	case 'm':
		months := y*12 + (m - 1) + n
		y, m = months/12, months%12+1
	default:
		return d + edtf.Day(n)
	}
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return edtf.DayOf(y, m, min(dd, last))
}

// label names a window: 2016, 2016-06, 2016-06-01, or first/last.
func label(r edtf.Range, n int, unit byte) string {
	y, m, d := r.First.Civil()
	ly, lm, ld := r.Last.Civil()
	switch {
	case n == 1 && unit == 'y' && m == 1 && d == 1 && ly == y && lm == 12 && ld == 31:
		return r.First.YearString()
	case n == 1 && unit == 'm' && d == 1 && ly == y && lm == m && r.Last+1 == advance(r.First, 1, 'm'):
		return r.First.MonthString()
	case r.First == r.Last:
		return r.First.String()
	}
	return r.First.String() + "/" + r.Last.String()
}

// Windows is the single window of --at, or the steps of --from, --to and --step.
func Windows(at, from, to, length string) ([]Step, error) {
	switch {
	case at != "" && (from != "" || to != ""):
		return nil, usageError("give either --at or --from and --to, not both")
	case at != "":
		r, err := parseAt("at", at)
		if err != nil {
			return nil, err
		}
		return []Step{{Label: at, Range: *r}}, nil
	case from != "" && to != "":
		return steps(from, to, length)
	}
	return nil, usageError("give the date of the snapshot with --at, or a series with --from and --to")
}
