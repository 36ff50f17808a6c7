package extract

// The finders of years.go against the patterns they stand in for: the same matches, to
// the byte, on every sentence of the texts of testdata, on phrases made to trip them and
// on text made up of the patterns' words at random.

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/internal/shareddata"
)

// trickyTimes are times at the edges of what the patterns read.
var trickyTimes = []string{
	"2013", "2013 was a year", "It ended in 2013", "in 2013.", "(2013)", "[in 2013]", "since, 2013", "by 1999",
	"mid-2014", "in mid-2014", "MID-2014", "mid 2014", "in the mid-1990s", "the 1990s", "1990s", "1990sx", "2013s",
	"late June and early July 2021", "In late June and early July, the Taliban", "January–March 2017",
	"between January and March 2017", "mid-June to late-July 2020", "June-July 2019",
	"2015–18", "2015-18", "2015 - 18 onwards", "2015/16", "2015 / 2016", "2015--16", "in 2015-1", "2015-18a", "2015-2018",
	"as of 2019 onwards", "as of 2019 onward", "2015 onwardsx", "as  of 2019", "AS OF THE EARLY SEPTEMBER OF 2013",
	"a b c d e f g h as of the early September of 2013 - 14 onwards and on", "20150", "x2013", "2012013", "20122013",
	"2013in 2014", "2013n 2014", "2013 onwarduring 2014", "20120991 2013", "x2013 2014 - 15 onwards",
	"in 2013 2014 2015 2016 2017 2018 2019 2020 2021 2022",
	"as ofthe 2013", "inthe early 2013", "duringearlyſeptember 2013", "a (in 2013", "the Taliban in mid-September of 2013",
	"in the early june of 2013 - 14 onwards", "2015 -18", "2015 –18", "2015 /16", "2015 18", "2015 Onwards", "2015 ONWARD",
	"January–March 20175", "June and July 2013s", "2013June and July 2014", "5 June-July 2014", "at that moment",
	"at that time", "at that point", "2015 —18", "2015 - x18", "2015 - - 18", "2015 - 18 - 19",
	"2015 - 2018 onwards onwards", "in 2015 -",
	"in the summer of 2013", "from the summer of 2013", "during the winter 2014", "in fall2015", "inthe 2013",
	"é2013", "—2013", "in é 2013", "ſince 2013", "ſeptember 2013", "auguſt 2013", "the ſame day", "K2013", "in\v2013",
	"in\t\n2013", "in \f\r 2013", "12 September 2013", "On 11 January 2013", "January 11, 2013", "January 11th, 2013",
	"January 11ſt, 2013", "the 11th of January 2013", "By 1 April 2013, the group", "Mirage 2000-D in 2001",
	"Mirage 2000-D", "2000-D2001", "a-b 2000-D and 2001", "between 2015 and 2017", "from 2015 to 2017",
	"BETWEEN 2015 AND 2017", "between 2015 and 2017-x", "at that point", "by then", "at the same time",
	"on the same day", "later that same day", "The following day", "the day after", "That day in May",
	"it may be", "In March", "early march", "mid-September", "a 19th-century 1900", "1900-01-01", "2021-09-09",
}

// timeTexts are the sentences of the texts of testdata, and of the seed article where
// the shared folder holds it, each text whole, and trickyTimes.
func timeTexts(t *testing.T) []string {
	paths, err := filepath.Glob("testdata/wikipedia/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no texts in testdata/wikipedia: %v", err)
	}
	if seed := filepath.Join(shareddata.Dir(), "..", "seed", "taliban-alliances-2021.txt"); shareddata.Dir() != "" && fileExists(seed) {
		paths = append(paths, seed)
	} else if os.Getenv(shareddata.RequireEnv) == "1" {
		t.Errorf("no seed article beside the checkout, and %s=1 requires it", shareddata.RequireEnv)
	} else {
		t.Log("no seed article beside the checkout: its sentences are not compared")
	}
	rules := DefaultRules()
	var texts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := Read(filepath.Base(p), string(data), rules)
		texts = append(texts, d.Text)
		for _, para := range d.Paragraphs {
			texts = append(texts, d.Text[para.Start:para.End])
			for _, s := range para.Sentences {
				texts = append(texts, d.Text[s.Start:s.End])
			}
		}
	}
	return append(texts, trickyTimes...)
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func TestTimesAsThePattern(t *testing.T) {
	texts := timeTexts(t)
	found := 0
	for _, text := range texts {
		found += len(sameTimes(t, text))
	}
	if found < 1000 {
		t.Errorf("%d times found in %d texts: the texts were not read", found, len(texts))
	}
}

// TestTimesAsThePatternOnMadeUpText: strings of the patterns' words, spaces and signs
// at random.
func TestTimesAsThePatternOnMadeUpText(t *testing.T) {
	words := []string{"in", "IN", "as", "of", "as of", "the", "early", "late", "mid-", "mid", "September", "june",
		"summer", "Fall", "ſince", "ſeptember", "K", "x", "onward", "onwards", "-", "–", "/", "2013", "1990", "20", "19",
		"2015", "18", "20150", "99", "s", "é", "—", "(", ",", ".", "between", "from", "and", "to", "day", "same", "that",
		"then", "Mirage", "2000-D", "11", "11th", "January", "may", "20xx", "2", "1", "n", "uring", "d"}
	seps := []string{"", " ", " ", " ", "  ", "\t", "\n", "\v", "\r\n"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 30000 {
		var b strings.Builder
		for range 1 + r.IntN(16) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString(seps[r.IntN(len(seps))])
		}
		sameTimes(t, b.String())
	}
}

func FuzzTimes(f *testing.F) {
	for _, s := range trickyTimes {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { sameTimes(t, text) })
}

// sameTimes fails t where a finder of years.go and its pattern differ on text, and
// returns the times timeRE finds in it.
func sameTimes(t *testing.T, text string) [][]int {
	t.Helper()
	want := timeRE.FindAllStringSubmatchIndex(text, -1)
	if got := times(text); !reflect.DeepEqual(got, want) {
		t.Fatalf("times(%q) = %v, timeRE finds %v", text, got, want)
	}
	unmodelled := modelRE.ReplaceAllStringFunc(text, func(m string) string { return "xxxx" + m[4:] })
	if got := noModels(text); got != unmodelled {
		t.Fatalf("noModels(%q) = %q, want %q", text, got, unmodelled)
	}
	if got, want := times(unmodelled), timeRE.FindAllStringSubmatchIndex(unmodelled, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("times(%q) = %v, timeRE finds %v", unmodelled, got, want)
	}
	if got, want := hasYear(text), yearRE.MatchString(text); got != want {
		t.Fatalf("hasYear(%q) = %v, yearRE says %v", text, got, want)
	}
	var years [][]int
	for start, end := range yearsOf(text) {
		years = append(years, []int{start, end})
	}
	if want := yearRE.FindAllStringIndex(unmodelled, -1); !reflect.DeepEqual(years, want) {
		t.Fatalf("yearsOf(%q) = %v, yearRE finds %v", text, years, want)
	}
	if got, want := yearSpans(text), yearsRE.FindAllStringSubmatchIndex(unmodelled, -1); got != nil && !reflect.DeepEqual(got, want) || got == nil && want != nil {
		t.Fatalf("yearSpans(%q) = %v, yearsRE finds %v", text, got, want)
	}
	if got, want := nextDayIn(text), nextDayRE.FindString(text); got != want {
		t.Fatalf("nextDayIn(%q) = %q, nextDayRE finds %q", text, got, want)
	}
	if got, want := thenIn(text), thenRE.FindString(text); got != want {
		t.Fatalf("thenIn(%q) = %q, thenRE finds %q", text, got, want)
	}
	if got, want := monthIn(text, true), monthRE.FindStringSubmatchIndex(text); !reflect.DeepEqual(got, want) {
		t.Fatalf("monthIn(%q) = %v, monthRE finds %v", text, got, want)
	}
	if len(want) == 0 || len(text) > 2000 {
		return want // what follows reads a sentence again for each of its times
	}
	// A span of months that ends with a year, as monthsRE finds it in the whole text.
	spans := monthsRE.FindAllStringSubmatchIndex(text, -1)
	for y := range len(text) {
		if !yearAt(text, y) {
			continue
		}
		var want [][]int
		for _, r := range spans {
			if r[1] == y+4 {
				want = append(want, r)
			}
		}
		if got := monthSpans(text, y, ""); !reflect.DeepEqual(got, want) {
			t.Fatalf("monthSpans(%q, %d) = %v, monthsRE finds %v", text, y, got, want)
		}
	}
	// Where dayBefore says no, usDateRE finds no day before a year.
	for i := range len(text) + 1 {
		if yearAt(text, i) && !dayBefore(text[:i]) && usDateRE.MatchString(text[:i]) {
			t.Fatalf("dayBefore(%q) is false, usDateRE matches it", text[:i])
		}
	}
	return want
}

// TestTimeWordsAreThePatterns: timeStart knows every word timeRE reads before a year.
func TestTimeWordsAreThePatterns(t *testing.T) {
	pattern := regexp.MustCompile(`\\[a-zA-Z]|\(\?i\)|onwards\?`).ReplaceAllString(timeRE.String(), "")
	for _, w := range regexp.MustCompile(`[a-z-]+`).FindAllString(pattern, -1) {
		if w != "-" && !ofTimeWords(w) {
			t.Errorf("timeRE reads %q, not of timeWords", w)
		}
	}
	for _, w := range strings.Fields("in By mid- SEPTEMBER as of ofthe inearly aroundmid-ſeptember") {
		if !ofTimeWords(w) {
			t.Errorf("%q is not of timeWords", w)
		}
	}
	for _, w := range strings.Fields("(in Taliban x 2013 mid-2014 inn") {
		if ofTimeWords(w) {
			t.Errorf("%q is of timeWords", w)
		}
	}
}

// TestCitationsDateNothing: the years of a citation in parentheses are put out of the
// years' reach, offsets kept; a parenthesis of time or of a name's abbreviation is not a
// citation (the Iraqi Kurdish report's "(Schmidt, 1964)" once dated a leadership).
func TestCitationsDateNothing(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Ahmad led the politburo (Schmidt, 1964).", "Ahmad led the politburo (Schmidt, xxxx)."},
		{"Iran fought Iraq (cf. Ghareeb, 1981; Jawad 1981: 45).", "Iran fought Iraq (cf. Ghareeb, xxxx; Jawad xxxx: 45)."},
		{"as Sluglett and Sluglett argue (1987)", "as Sluglett and Sluglett argue (1987)"},
		{"(Vanly et al., 1980a) and (McDowall, 1996, pp. 320-4)", "(Vanly et al., xxxxa) and (McDowall, xxxx, pp. 320-4)"},
		{"the accord (signed in March 1970) held", "the accord (signed in March 1970) held"},
		{"the truce (June 1964) broke", "the truce (June 1964) broke"},
	} {
		if got := noCitations(c.text); got != c.want {
			t.Errorf("noCitations(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
