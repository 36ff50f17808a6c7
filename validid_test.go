package alliances

import (
	"regexp"
	"testing"
)

// idSpec is the pattern ValidID implements: lowercase ASCII letters, digits and single
// hyphens, starting with a letter (docs/case-files.md).
var idSpec = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

func TestValidIDAgreesWithItsPattern(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want bool
	}{
		{"taliban", true}, {"t1-0", true}, {"a", true}, {"afghanistan-2021", true}, {"x-1-y", true},
		{"", false}, {"1a", false}, {"-a", false}, {"a-", false}, {"a--b", false}, {"Taliban", false},
		{"a b", false}, {"a_b", false}, {"é", false}, {"a-B", false},
	} {
		if got := ValidID(tc.id); got != tc.want || got != idSpec.MatchString(tc.id) {
			t.Errorf("ValidID(%q) = %t, want %t", tc.id, got, tc.want)
		}
	}
}

func FuzzValidID(f *testing.F) {
	for _, s := range []string{"taliban", "t1-0", "a--b", "-a", "a-", "", "A", "a\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := ValidID(s), idSpec.MatchString(s); got != want {
			t.Errorf("ValidID(%q) = %t, the pattern says %t", s, got, want)
		}
	})
}
