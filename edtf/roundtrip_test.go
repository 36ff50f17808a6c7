package edtf

import (
	"encoding/json"
	"testing"
)

// canonicalInputs are written the way people usually write EDTF; String
// must give each back unchanged.
var canonicalInputs = []string{
	"2021-06-15", "2021-06", "2021", "0000", "-0044-03-15", "-0001",
	"2018~", "2018?", "2018%", "2004-06-11~",
	"2004/2011", "2016/..", "../2016", "/2010", "2010/", "2004/2004",
	"2001-21", "2001-24~", "Y170000002", "Y-170000002", "Y10000", "Y-10000?",
	"201X", "20XX", "-199X", "-00XX", "201X?", "2004-XX", "1985-04-XX", "1985-XX-XX~",
	"2004-06~/2004-08", "2004-02-01/2005-02-08?", "2001-21/2001-23",
	"2001-02-03T09:30:01", "2001-02-03T09:30:01Z", "2001-02-03T09:30:01+05",
	"2001-02-03T09:30:01-03:30", "2001-02-03T00:00:00+00:00",
}

func TestCanonicalInputsUnchanged(t *testing.T) {
	for _, in := range canonicalInputs {
		t.Run("keeps/"+in, func(t *testing.T) {
			if got := mustParse(t, in).String(); got != in {
				t.Errorf("String() = %q, want %q", got, in)
			}
		})
	}
}

func TestNonCanonicalInputsNormalized(t *testing.T) {
	tests := []struct{ in, want string }{
		{"20xx", "20XX"},
		{"201x~", "201X~"},
		{"-199x", "-199X"},
		{"2004-xx", "2004-XX"},
		{"1985-04-xX", "1985-04-XX"},
		{"y170000002", "Y170000002"},
		{"y-170000002/y170000003", "Y-170000002/Y170000003"},
		{"1985-04-12t23:20:30z", "1985-04-12T23:20:30Z"},
	}
	for _, tt := range tests {
		t.Run("normalizes/"+tt.in, func(t *testing.T) {
			iv := mustParse(t, tt.in)
			if got := iv.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			if again := mustParse(t, iv.String()); again != iv {
				t.Errorf("Parse(%q) = %#v, want %#v", iv.String(), again, iv)
			}
		})
	}
}

func TestRoundTripEveryAcceptedExample(t *testing.T) {
	var all []string
	for _, group := range [][]specExample{level0Examples, level1Examples} {
		for _, ex := range group {
			all = append(all, ex.in)
		}
	}
	for _, tt := range rangeCases {
		all = append(all, tt.in)
	}
	for _, in := range append(all, canonicalInputs...) {
		t.Run("stable/"+in, func(t *testing.T) {
			iv := mustParse(t, in)
			again := mustParse(t, iv.String())
			if again != iv || again.String() != iv.String() {
				t.Errorf("Parse(%q) = %v, which reparses as %v", in, iv, again)
			}
			if !iv.IsSingle() {
				return
			}
			d, err := ParseDate(in)
			if err != nil || d != iv.Start().Date || d.String() != iv.String() {
				t.Errorf("ParseDate(%q) = %v, %v; Parse gave %v", in, d, err, iv)
			}
		})
	}
}

func TestTextMarshaling(t *testing.T) {
	type record struct {
		When Interval `json:"when"`
		Also Interval `json:"also"`
	}
	in := record{When: MustParse("2004-06~/..")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"when":"2004-06~/..","also":""}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out record
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("round trip gave %+v, want %+v", out, in)
	}
	err = json.Unmarshal([]byte(`{"when":"2021-13"}`), &out)
	syntaxError(t, err)
}
