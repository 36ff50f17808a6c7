package answer

import (
	"math"
	"testing"

	"github.com/alliances-project/alliances/edtf"
)

// TestPeriod: --from 2018 --to 2019 is 2018-01-01 to 2019-12-31 (the first day of the
// one, the last of the other); a missing end is open; a period that ends before it
// begins, or a date that does not parse, is a parameter error naming the flag.
func TestPeriod(t *testing.T) {
	day := func(s string) edtf.Day {
		iv, err := edtf.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return iv.Strict().First
	}
	if first, last, err := Period("2018", "2019"); err != nil || first != day("2018-01-01") || last != day("2019-12-31") {
		t.Errorf("Period(2018, 2019) = %v, %v, %v", first, last, err)
	}
	if first, last, err := Period("", "2019-06"); err != nil || first != edtf.Day(math.MinInt64) || last != day("2019-06-30") {
		t.Errorf("Period(\"\", 2019-06) = %v, %v, %v", first, last, err)
	}
	if _, _, err := Period("2020", "2019"); !IsParam(err) || err.Error() != "--from 2020 comes after --to 2019" {
		t.Errorf("Period(2020, 2019): %v", err)
	}
	if _, _, err := Period("", "2019-13-01"); !IsParam(err) || err.Error()[:5] != "--to " {
		t.Errorf("Period(\"\", 2019-13-01): %v", err)
	}
}
