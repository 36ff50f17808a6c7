package main

import (
	"strings"
	"testing"
)

// TestNegativeYearIsAnArgument: an EDTF year before year 0 ("-0001", 2 BC) starts with a
// dash, but no flag starts with a digit: it is an argument. Real flags still parse,
// before, between and after the dates, and a flag's value may be a negative year.
func TestNegativeYearIsAnArgument(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	for _, args := range [][]string{
		{"diff", "-9999", "2019"},
		{"diff", "-0001", "2019"},
		{"diff", "-0001-03", "2019"},
		{"diff", "-0001", "2019", "--focal", "alpha"},
		{"diff", "--focal", "alpha", "-0001", "2019"},
		{"diff", "-0001", "--focal=alpha", "2019", "--json"},
		{"diff", "--explain", "-0001", "2019"},
	} {
		out, errOut, code := c.run(args...)
		if code != 0 || !strings.Contains(out, "2019") {
			t.Errorf("%s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
		}
	}
	// A negative year as a flag's value, and flags that are no such thing.
	if out := c.ok("ties", "--at", "-0001"); !strings.Contains(out, "--at -0001 lists") {
		t.Errorf("ties --at -0001:\n%s\nwant the ties of the year -0001", out)
	}
	for _, tt := range []struct {
		args   []string
		phrase string
	}{
		{[]string{"diff", "-x", "2019"}, "flag provided but not defined: -x"},
		{[]string{"diff", "-0001"}, "diff needs two dates"},
		{[]string{"diff", "2019", "--focal"}, "flag needs an argument: -focal"},
	} {
		_, errOut, code := c.run(tt.args...)
		if code != exitUsage || !strings.Contains(errOut, tt.phrase) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d and %q", strings.Join(tt.args, " "), code, errOut, exitUsage, tt.phrase)
		}
	}
}

// TestNonFiniteFloatFlags: NaN and the infinities parse as floats, and no range check
// written as "x < lo || x > hi" refuses NaN. Every float flag refuses them.
func TestNonFiniteFloatFlags(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	for _, args := range [][]string{
		{"blocs", "--at", "2016", "--alpha", "NaN"},
		{"blocs", "--at", "2016", "--alpha", "Inf"},
		{"cascade", "--at", "2016", "--seed", "beta", "--threshold", "NaN"},
		{"cascade", "--at", "2016", "--seed", "beta", "--threshold", "-Inf"},
		{"cascade", "--at", "2016", "--seed", "beta", "--threshold-for", "alpha=NaN"},
		{"centrality", "--at", "2016", "--part-weight", "NaN"},
		{"centrality", "--at", "2016", "--part-weight", "+Inf"},
		{"centrality", "--at", "2016", "--layers", "alignment,process=NaN"},
	} {
		flagName := args[len(args)-2]
		_, errOut, code := c.run(args...)
		if code != exitUsage || !strings.Contains(errOut, flagName) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d naming %s", strings.Join(args, " "), code, errOut, exitUsage, flagName)
		}
	}
	// A float flag whose command forgot a range check is refused all the same.
	m := &Main{Stderr: new(strings.Builder)}
	for _, v := range []string{"NaN", "nan", "Inf", "-Infinity"} {
		f := m.flags("test", "", "")
		f.Float64("weight", 1, "")
		err := f.parse([]string{"--weight", v})
		if ExitCode(err) != exitUsage || err == nil || !strings.Contains(err.Error(), "--weight") {
			t.Errorf("--weight %s: %v (exit %d), want a usage error naming --weight", v, err, ExitCode(err))
		}
	}
	f := m.flags("test", "", "")
	w := f.Float64("weight", 1, "")
	if err := f.parse([]string{"--weight", "-2.5e3"}); err != nil || *w != -2500 {
		t.Errorf("--weight -2.5e3: %v, %g; want -2500", err, *w)
	}
}
