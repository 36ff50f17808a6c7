package edtf

import "testing"

func TestWords(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2018", "in 2018"},
		{"2018?", "in 2018, perhaps"},
		{"2018~", "around 2018"},
		{"2018%", "around 2018, perhaps"},
		{"2016-06", "in June 2016"},
		{"2021-08-15", "on 15 August 2021"},
		{"2021-08-15~", "around 15 August 2021"},
		{"2021-22", "in summer 2021"},
		{"201X", "in the 2010s"},
		{"19XX", "in the 1900s"},
		{"2004-XX", "in 2004"},
		{"1985-04-XX", "in April 1985"},
		{"0000", "in 1 BCE"},
		{"-0044-03-15", "on 15 March 45 BCE"},
		{"2016/2018", "from 2016 to 2018"},
		{"2016?/2018-06~", "from 2016 (perhaps) to around June 2018"},
		{"2021-03/..", "from March 2021 on, with no end given"},
		{"2021-03/", "from March 2021 to an unknown date"},
		{"../2001", "until 2001, with no start given"},
		{"/2018", "from an unknown date to 2018"},
	} {
		if got := MustParse(tt.in).Words(); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := (Interval{}).Words(); got != "" {
		t.Errorf("the zero interval: %q", got)
	}
}

// TestSeasonsInWords: a table's dates give EDTF's seasons in words; other dates,
// and numbers that are no season, stay as EDTF writes them.
func TestSeasonsInWords(t *testing.T) {
	for in, want := range map[string]string{"2021-21": "spring 2021", "2021-21/..": "spring 2021/..", "2001/2020-24": "2001/winter 2020",
		"2021-06": "2021-06", "2016/2018": "2016/2018", "2021-25": "2021-25", "2021-22~": "summer 2021~"} {
		if got := SeasonsInWords(in); got != want {
			t.Errorf("SeasonsInWords(%q) = %q, want %q", in, got, want)
		}
	}
}
