package datasets_test

import (
	"io"
	"os"
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/datasets"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/internal/shareddata"
)

// readFull reads a whole file of the shared data, or skips (see package shareddata).
func readFull(t *testing.T, f func(string, io.Reader, datasets.Options) (*datasets.Part, error), rel string, where map[string][]string) *datasets.Part {
	t.Helper()
	path := shareddata.Path(t, rel)
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	p, err := f(rel, fh, datasets.Options{Case: "full", Known: registry(t), Where: where})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// supportersIn returns the supporters of an actor whose ties cover a year.
func supportersIn(p *datasets.Part, recipient string, year string) []string {
	y := edtf.MustParse(year).Strict()
	var out []string
	for _, ti := range p.Record.Ties {
		if ti.Kind == alliances.Support && ti.Object == recipient && ti.Valid.Strict().Overlaps(y) && !slices.Contains(out, ti.Subject) {
			out = append(out, ti.Subject)
		}
	}
	slices.Sort(out)
	return out
}

// ESD 18.1, dyad 735 in 2017: the Taleban's seven supporters as the data's provenance
// note lists them (al-Qaida, ETIM, Iran, Qatar, Russia, JIG, TTP).
func TestFullESD18(t *testing.T) {
	p := readFull(t, datasets.ReadESD, "ucdp/ucdp-esd-ay-181.csv", map[string][]string{"dyad_id": {"735"}, "actor_id": {"303"}})
	want := []string{"al-qaeda", "iran", "qatar", "russia", "ttp", "ucdp-esd-18-etim", "ucdp-esd-18-jig"}
	if got := supportersIn(p, "taliban", "2017"); !slices.Equal(got, want) {
		t.Errorf("the Taleban's supporters in 2017: %v, want %v", got, want)
	}
}

// ESD 1.0, Afghanistan: the government's supporters in 2008 are the 41 states its rows
// name (84 rows; Romania's are doubled, as the provenance note says), and 43 in 2009.
func TestFullESD10(t *testing.T) {
	p := readFull(t, datasets.ReadESD, "ucdp/ucdp-esd-disaggregated-1.0.csv", map[string][]string{"bc_name": {"Afghanistan"}})
	if n := len(supportersIn(p, "afghanistan", "2008")); n != 41 {
		t.Errorf("the government's supporters in 2008: %d, want 41", n)
	}
	if n := len(supportersIn(p, "afghanistan", "2009")); n != 43 {
		t.Errorf("the government's supporters in 2009: %d, want 43", n)
	}
	// While the Taliban held Kabul, UCDP's government of Afghanistan is theirs: Pakistan,
	// which the rows show backing the government every year from 1997 to 2001, backed the
	// Taliban; in 1996 the government (Rabbani's, most of the year) had India, Iran, Russia
	// and Tajikistan behind it.
	if got := supportersIn(p, "taliban", "1999"); !slices.Equal(got, []string{"pakistan"}) {
		t.Errorf("the Taliban's supporters in 1999: %v, want Pakistan", got)
	}
	if got := supportersIn(p, "afghanistan", "1999"); len(got) != 0 {
		t.Errorf("the Afghan state's supporters in 1999: %v, want none (the government was the Taliban's)", got)
	}
	if got := supportersIn(p, "afghanistan", "1996"); !slices.Contains(got, "russia") || !slices.Contains(got, "iran") || !slices.Contains(got, "india") {
		t.Errorf("the government's supporters in 1996: %v, want India, Iran and Russia among them", got)
	}
	if p.Rows != 871 {
		t.Errorf("%d rows of Afghanistan, want 871 (the provenance note's count)", p.Rows)
	}
}

// ACLED's Afghan events of 2022: the NRF fought the Taliban's forces in 21 of them, from
// 11 January to 19 June, with 43 fatalities (counted in the file): one tie, intensity 2.
func TestFullACLED(t *testing.T) {
	p := readFull(t, datasets.ReadACLED, "acled-sample/acled_dummy_afghanistan_2022H1_subset.csv", nil)
	ts := tieOf(t, p, "acled-national-resistance-front", "taliban", alliances.Hostility)
	if len(ts) != 1 || ts[0].Valid.String() != "2022-01-11/2022-06-19" || ts[0].Intensity != 2 {
		t.Errorf("NRF - Taliban: %+v", ts)
	}
	if len(p.Record.Events) != 105 {
		t.Errorf("%d events, want one a row (105)", len(p.Record.Events))
	}
}

// ATOP's dyad-years, whole: every row read, and Afghanistan and the Soviet Union as the
// slice has them.
func TestFullATOP(t *testing.T) {
	p := readFull(t, datasets.ReadATOP, "atop/atop_v5.0_directed_dyad_year.csv", nil)
	if p.Rows != 273296 {
		t.Errorf("%d rows, want 273,296", p.Rows)
	}
	ts := tieOf(t, p, "afghanistan", "russia", alliances.Alliance)
	if len(ts) != 2 || ts[0].Valid.String() != "1926/1977" || ts[1].Valid.String() != "1978/1979" {
		t.Errorf("Afghanistan - Soviet Union: %+v", ts)
	}
}

// ICEWS's two days: every row read; Russia's and the United States' events cooperative
// enough in June 2018 to make a candidate tie.
func TestFullICEWS(t *testing.T) {
	p := readFull(t, datasets.ReadICEWS, "icews-sample/icews_events_2018-06-01_02.tab", nil)
	if p.Rows != 3705 {
		t.Errorf("%d rows, want 3,705", p.Rows)
	}
	if ts := tieOf(t, p, "russia", "united-states", alliances.Cooperation); len(ts) != 1 {
		t.Errorf("Russia - United States: %+v, want one candidate cooperation", ts)
	}
}

// The UCDP/PRIO conflict-years of conflict 333: the government against the Taleban was a
// minor conflict in 2003 and 2004 and a war from 2005 on (intensity_level in the file):
// the ties split where the intensity changes.
func TestFullACD(t *testing.T) {
	p := readFull(t, datasets.ReadACD, "ucdp/ucdp-prio-acd-221.csv", map[string][]string{"conflict_id": {"333"}})
	at := func(year string) int {
		y := edtf.MustParse(year).Strict()
		for _, ti := range tieOf(t, p, "afghanistan", "taliban", alliances.Hostility) {
			if ti.Valid.Strict().Overlaps(y) {
				return ti.Intensity
			}
		}
		return -1
	}
	if at("2003") != 3 || at("2004") != 3 || at("2010") != 5 {
		t.Errorf("intensity of the government against the Taleban: 2003 %d, 2004 %d, 2010 %d; want 3, 3, 5", at("2003"), at("2004"), at("2010"))
	}
}
