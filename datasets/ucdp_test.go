package datasets_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/datasets"
)

// The UCDP/PRIO conflict-years of conflict 333 (Afghanistan: Government), 2017-2021, as the
// file gives them: the government (130) against the Taleban (303) every year, a war each
// year (intensity_level 2); against the High Council of the Islamic Emirate (6252) in 2020
// and the NRF (8114) in 2021; the United States a secondary warring party on the
// government's side every year, Pakistan in 2017 and 2018. The names of 6252 and 8114
// come from the rows that list them (the side's names, less the Taleban's).
func TestACD(t *testing.T) {
	p := read(t, datasets.ReadACD, "testdata/ucdp-acd-22.1-afghanistan.csv", datasets.Options{Case: "afg", Known: registry(t)})
	check := func(kind alliances.Kind, a, b, valid string, intensity int) {
		t.Helper()
		ts := tieOf(t, p, a, b, kind)
		if len(ts) != 1 || ts[0].Valid.String() != valid || ts[0].Intensity != intensity {
			t.Errorf("%s %s %s: %+v, want one tie %s of intensity %d", a, kind, b, ts, valid, intensity)
		}
	}
	check(alliances.Hostility, "afghanistan", "taliban", "2017/2021", 5)
	// Against the NRF in 2021 UCDP's government is the Taliban's (they held Kabul from
	// August, and the NRF fought them); against the Taleban it is the Republic's.
	check(alliances.Hostility, "taliban", "ucdp-acd-nrf", "2021", 5)
	check(alliances.Support, "united-states", "afghanistan", "2017/2021", 0)
	check(alliances.Support, "pakistan", "afghanistan", "2017/2018", 0)
	check(alliances.Hostility, "pakistan", "taliban", "2017/2018", 5)
	check(alliances.Hostility, "taliban", "united-states", "2017/2021", 5)
	if ts := tieOf(t, p, "pakistan", "taliban", alliances.Hostility); len(ts) == 1 && ts[0].Basis != alliances.Inferred {
		t.Errorf("Pakistan, a secondary party, against the Taleban: basis %q, want inferred (the data do not say they fought)", ts[0].Basis)
	}
	if ts := tieOf(t, p, "afghanistan", "taliban", alliances.Hostility); len(ts) == 1 && ts[0].Basis != alliances.Stated {
		t.Errorf("the government against the Taleban: basis %q, want stated (a dyad of the conflict)", ts[0].Basis)
	}
	if ts := tieOf(t, p, "united-states", "afghanistan", alliances.Support); len(ts) == 1 && !slices.Equal(ts[0].Forms, []alliances.Form{alliances.Troops}) {
		t.Errorf("the United States' support: forms %v, want troops (a secondary warring party)", ts[0].Forms)
	}
	if ts := tieOf(t, p, "afghanistan", "taliban", alliances.Hostility); len(ts) == 1 && ts[0].Citations[0].Locator != "conflict_id/year 333/2017, 333/2018, 333/2019, 333/2020, 333/2021" {
		t.Errorf("the government against the Taliban cites %q, want the five conflict-years", ts[0].Citations[0].Locator)
	}
}

// GED events in Afghanistan: UCDP's Government of Afghanistan against the NRF on
// 2021-09-09, 2022-05-26 and 2022-09-12/14 (1, 0 and 10 deaths: gaps under a year, one tie,
// intensity 2), after the Taliban took Kabul on 2021-08-15: the registry reads that
// government as the Taliban's; against the Taleban four times from 2021-05-28 to
// 2021-06-25 (10+18+5+1 = 34 deaths, intensity 2), the Islamic Republic's, read as the
// state; one-sided violence by the Taleban: an event, no tie.
func TestGED(t *testing.T) {
	p := read(t, datasets.ReadGED, "testdata/ucdp-ged-23.1-afghanistan.csv", datasets.Options{Case: "afg", Known: registry(t)})
	ts := tieOf(t, p, "taliban", "ucdp-ged-nrf", alliances.Hostility)
	if len(ts) != 1 || ts[0].Valid.String() != "2021-09-09/2022-09-12" || ts[0].Intensity != 2 || !strings.Contains(ts[0].Note, "Panjsher (AF-PAN) 3") {
		t.Errorf("the Taliban's government - NRF: %+v", ts)
	}
	ts = tieOf(t, p, "afghanistan", "taliban", alliances.Hostility)
	if len(ts) != 1 || ts[0].Valid.String() != "2021-05-28/2021-06-25" || !strings.HasPrefix(ts[0].Note, "4 GED events, 34 deaths") {
		t.Errorf("government - Taleban: %+v", ts)
	}
	if len(p.Record.Ties) != 2 {
		t.Errorf("%d ties, want 2 (one-sided violence makes none)", len(p.Record.Ties))
	}
	for _, e := range p.Record.Events {
		switch e.ID {
		case "ucdp-ged-387642":
			if !slices.Equal(e.Actors, []string{"taliban"}) || e.Title != "Taleban against civilians" {
				t.Errorf("one-sided event: %+v", e)
			}
		case "ucdp-ged-447368":
			if e.Date.String() != "2022-09-12/2022-09-14" {
				t.Errorf("event 447368 dated %s, want 2022-09-12/2022-09-14", e.Date)
			}
		}
	}
}

// A side's names are listed alphabetically and its ids in another order: an id's name is
// the one every row listing the id also lists, the others set aside as they pair.
func TestACDNamesPairedAcrossRows(t *testing.T) {
	const header = "conflict_id,location,side_a,side_a_id,side_a_2nd,side_b,side_b_id,side_b_2nd,incompatibility,territory_name,year,intensity_level,cumulative_intensity,type_of_conflict\n"
	rows := header +
		`9,Ruritania,Government of Ruritania,900,,"Alpha, Beta","10, 11",,2,,2001,1,0,3` + "\n" +
		`9,Ruritania,Government of Ruritania,900,,"Beta, Gamma","12, 11",,2,,2002,1,0,3` + "\n"
	p, err := datasets.ReadACD("acd.csv", strings.NewReader(rows), datasets.Options{Case: "c"})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, a := range p.Record.Actors {
		names[a.External["ucdp"]] = a.Name
	}
	for id, want := range map[string]string{"10": "Alpha", "11": "Beta", "12": "Gamma", "900": "Government of Ruritania"} {
		if names[id] != want {
			t.Errorf("UCDP %s named %q, want %q (all: %v)", id, names[id], want, names)
		}
	}
}

// With UCDP's Actor Dataset, an id is named as UCDP names it, however its rows list the
// names: two ids always listed together get their own names, not a placeholder.
func TestACDWithUCDPNames(t *testing.T) {
	names, err := datasets.ReadUCDPActors("actors.csv", strings.NewReader("\ufeffActorId,NameData,Org\n10,Alpha,1\n11,Beta,1\n900,Government of Ruritania,4\n"))
	if err != nil {
		t.Fatal(err)
	}
	const header = "conflict_id,location,side_a,side_a_id,side_a_2nd,side_b,side_b_id,side_b_2nd,incompatibility,territory_name,year,intensity_level,cumulative_intensity,type_of_conflict\n"
	rows := header + `9,Ruritania,Government of Ruritania,900,,"Alpha, Beta","11, 10",,2,,2001,1,0,3` + "\n"
	for _, o := range []datasets.Options{{Case: "c"}, {Case: "c", UCDPNames: names}} {
		p, err := datasets.ReadACD("acd.csv", strings.NewReader(rows), o)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, a := range p.Record.Actors {
			got[a.External["ucdp"]] = a.Name
		}
		if o.UCDPNames == nil {
			if !strings.HasPrefix(got["10"], "UCDP actor 10 (side: Alpha, Beta)") {
				t.Errorf("without UCDP's names, id 10 is %q, want a placeholder naming the side", got["10"])
			}
			continue
		}
		if got["10"] != "Alpha" || got["11"] != "Beta" {
			t.Errorf("with UCDP's names: %v, want 10 Alpha and 11 Beta", got)
		}
	}
	if _, err := datasets.ReadUCDPActors("x.csv", strings.NewReader("id,name\n1,a\n")); err == nil || !strings.Contains(err.Error(), "x.csv:1:1: the header lacks ActorId, NameData") {
		t.Errorf("a file that is not UCDP's actor list: %v", err)
	}
}
