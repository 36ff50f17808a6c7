package edtf

import "testing"

// FuzzParse checks that Parse never panics, that what it accepts formats
// to a stable canonical form with consistent ranges, and that what it
// rejects is reported as a *SyntaxError inside the input.
func FuzzParse(f *testing.F) {
	for _, group := range [][]specExample{level0Examples, level1Examples} {
		for _, ex := range group {
			f.Add(ex.in)
		}
	}
	for _, ex := range level2Examples {
		f.Add(ex.in)
	}
	for _, tt := range errorCases {
		f.Add(tt.in)
	}
	for _, in := range canonicalInputs {
		f.Add(in)
	}
	f.Fuzz(checkParse)
}

// checkParse is the property FuzzParse checks for one input.
func checkParse(t *testing.T, in string) {
	iv, err := Parse(in)
	if err != nil {
		se := syntaxError(t, err)
		if se.Offset < 0 || se.Offset > len(in) || se.Input != in || se.Msg == "" {
			t.Fatalf("Parse(%q): bad error %#v", in, se)
		}
		return
	}
	s := iv.String()
	again, err := Parse(s)
	if err != nil || again != iv || again.String() != s {
		t.Fatalf("Parse(%q) = %q, which reparses as %q, %v", in, s, again, err)
	}
	strict, fuzzy := iv.Strict(), iv.Fuzzy()
	if strict.First > strict.Last {
		t.Fatalf("Parse(%q): Strict() = %v is empty", in, strict)
	}
	if fuzzy.First > strict.First || strict.Last > fuzzy.Last {
		t.Fatalf("Parse(%q): Strict() = %v is not within Fuzzy() = %v", in, strict, fuzzy)
	}
}
