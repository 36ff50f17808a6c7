package answer

import (
	"slices"
	"testing"
)

func TestSteps(t *testing.T) {
	tests := []struct {
		from, to, step string
		want           []string
	}{
		{"2019", "2021", "1y", []string{"2019", "2020", "2021"}},
		{"2021-05", "2021-08", "1m", []string{"2021-05", "2021-06", "2021-07", "2021-08"}},
		{"2021-06-01", "2021-06-03", "1d", []string{"2021-06-01", "2021-06-02", "2021-06-03"}},
		// Two-year windows; the last is cut at the end of the period.
		{"2016", "2020", "2y", []string{"2016-01-01/2017-12-31", "2018-01-01/2019-12-31", "2020-01-01/2020-12-31"}},
		// Years before year 0 as EDTF writes them, a sign and four digits.
		{"-0002", "0001", "1y", []string{"-0002", "-0001", "0000", "0001"}},
		{"-0001-11", "0000-02", "1m", []string{"-0001-11", "-0001-12", "0000-01", "0000-02"}},
		{"-0044-03-14", "-0044-03-15", "1d", []string{"-0044-03-14", "-0044-03-15"}},
	}
	for _, tt := range tests {
		ss, err := steps(tt.from, tt.to, tt.step)
		if err != nil {
			t.Fatalf("%s..%s by %s: %v", tt.from, tt.to, tt.step, err)
		}
		var got []string
		for _, s := range ss {
			got = append(got, s.Label)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s..%s by %s = %v, want %v", tt.from, tt.to, tt.step, got, tt.want)
		}
	}
	for _, bad := range []string{"1w", "0y", "y", "-1m"} {
		if _, err := steps("2016", "2017", bad); !IsParam(err) {
			t.Errorf("step %q: err = %v, want a usage error", bad, err)
		}
	}
	if _, err := steps("2017", "2016", "1y"); !IsParam(err) {
		t.Errorf("a period that ends before it starts: err = %v, want a usage error", err)
	}
}

func TestMonthStepsFromThe31stDoNotDrift(t *testing.T) {
	ss, err := steps("2021-01-31", "2021-05-30", "1m")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range ss {
		got = append(got, s.Label)
	}
	// 31 January, then the last day of February, then the 31st again.
	want := []string{"2021-01-31/2021-02-27", "2021-02-28/2021-03-30", "2021-03-31/2021-04-29", "2021-04-30/2021-05-30"}
	if !slices.Equal(got, want) {
		t.Errorf("steps = %v, want %v", got, want)
	}
}
