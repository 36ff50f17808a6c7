package datasets_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/datasets"
)

// ATOP's member rows for three of Afghanistan's alliances, as the file gives them: a
// defense pact with Turkey from 1921-03-01 to July 1950; neutrality and non-aggression
// with the Soviet Union from 1926-08-31 to 1979-12-24; with Iran, neutrality and
// non-aggression from 1927-11-27 (phase 1), consultation added from 1928-06-15 (phase 2)
// to 1937-07-08.
func TestATOPMembers(t *testing.T) {
	p := read(t, datasets.ReadATOP, "testdata/atop-4.01-members-afghanistan.csv", datasets.Options{Case: "atop", Known: registry(t)})
	want := []struct {
		other, valid string
		forms        []alliances.Form
		intensity    int
	}{
		{"turkey", "1921-03-01/1950-07", []alliances.Form{alliances.Defense}, 4},
		{"russia", "1926-08-31/1979-12-24", []alliances.Form{alliances.Neutrality, alliances.Nonaggression}, 2},
		{"iran", "1927-11-27/1928-06-15", []alliances.Form{alliances.Neutrality, alliances.Nonaggression}, 2},
		{"iran", "1928-06-15/1937-07-08", []alliances.Form{alliances.Neutrality, alliances.Nonaggression, alliances.Consultation}, 2},
	}
	if len(p.Record.Ties) != len(want) {
		t.Errorf("%d ties, want %d", len(p.Record.Ties), len(want))
	}
	for _, w := range want {
		found := false
		for _, ti := range p.Record.Ties {
			if ti.Involves("afghanistan") && ti.Involves(w.other) && ti.Valid.String() == w.valid {
				found = true
				if ti.Kind != alliances.Alliance || !slices.Equal(ti.Forms, w.forms) || ti.Intensity != w.intensity {
					t.Errorf("afghanistan - %s %s: %s %v intensity %d, want alliance %v %d", w.other, w.valid, ti.Kind, ti.Forms, ti.Intensity, w.forms, w.intensity)
				}
			}
		}
		if !found {
			t.Errorf("no alliance of Afghanistan with %s over %s: %+v", w.other, w.valid, p.Record.Ties)
		}
	}
}

// ATOP's directed dyad-years of Afghanistan (700) and the Soviet Union (365): 1926-1979,
// each year twice (once each way); neutrality and non-aggression every year, consultation
// too in 1978 and 1979. Two ties: one per run of years with the same obligations.
func TestATOPDyadYears(t *testing.T) {
	p := read(t, datasets.ReadATOP, "testdata/atop-5.0-dyad-years-700-365.csv", datasets.Options{Case: "atop", Known: registry(t)})
	ts := tieOf(t, p, "afghanistan", "russia", alliances.Alliance)
	if len(ts) != 2 || ts[0].Valid.String() != "1926/1977" || ts[1].Valid.String() != "1978/1979" ||
		!slices.Equal(ts[1].Forms, []alliances.Form{alliances.Neutrality, alliances.Nonaggression, alliances.Consultation}) {
		t.Errorf("Afghanistan - Soviet Union: %+v", ts)
	}
	if p.Rows != 108 || p.Used != 108 {
		t.Errorf("rows %d used %d, want 108 and 108", p.Rows, p.Used)
	}
}

// A directed dyad-year gives one side's obligations: a defense pledge of the United States
// (2) to Iran (630) that Iran did not return is one alliance whose note says whose
// obligation is whose, citing both directions; a dyad-year without any is counted.
func TestATOPOneWayObligation(t *testing.T) {
	rows := `"ccode1","ccode2","year","atop_defense","atop_offense","atop_neutral","atop_nonagg","atop_consul"` + "\n" +
		"2,630,1959,1,0,0,0,1\n630,2,1959,0,0,0,0,1\n2,630,1960,1,0,0,0,1\n630,2,1960,0,0,0,0,1\n2,640,1960,0,0,0,0,0\n"
	p, err := datasets.ReadATOP("ddy.csv", strings.NewReader(rows), datasets.Options{Case: "c", Known: registry(t)})
	if err != nil {
		t.Fatal(err)
	}
	ts := tieOf(t, p, "iran", "united-states", alliances.Alliance)
	if len(ts) != 1 || ts[0].Valid.String() != "1959/1960" || !slices.Equal(ts[0].Forms, []alliances.Form{alliances.Defense, alliances.Consultation}) ||
		!strings.Contains(ts[0].Note, "Obligations of iran toward united-states: consultation; of united-states toward iran: defense, consultation") ||
		ts[0].Citations[0].Locator != "ccode1/ccode2/year 630/2/1959/1960, 2/630/1959/1960" {
		t.Errorf("Iran - United States: %+v", ts)
	}
	if !slices.Contains(p.Notes, "1 dyad-year without any obligation left out") {
		t.Errorf("notes %v, want the dyad-year without obligations counted", p.Notes)
	}
}
