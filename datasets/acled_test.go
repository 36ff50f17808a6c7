package datasets_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/datasets"
)

// ACLED: the NRF fought the Taliban's forces (ACLED's Military Forces of Afghanistan
// (2021-), which the registry reads as the Taliban) in eight of these events, March to
// June 2022, with 13 fatalities in all (3+2+3+1+0+1+3+0, the rows' fatalities).
func TestACLED(t *testing.T) {
	p := read(t, datasets.ReadACLED, "testdata/acled-afghanistan-2022.csv", datasets.Options{Case: "afg", Known: registry(t)})
	ts := tieOf(t, p, "acled-national-resistance-front", "taliban", alliances.Hostility)
	if len(ts) != 1 {
		t.Fatalf("NRF - Taliban: %d hostility ties, want 1: %+v", len(ts), p.Record.Ties)
	}
	ti := ts[0]
	if ti.Valid.String() != "2022-03-15/2022-06-19" || !strings.HasPrefix(ti.Note, "8 violent events, 13 fatalities") || ti.Intensity != 2 {
		t.Errorf("NRF - Taliban: %s, intensity %d, note %q; want 2022-03-15/2022-06-19, 8 events, 13 fatalities, intensity 2", ti.Valid, ti.Intensity, ti.Note)
	}
	// The Islamic State's clash with the Taliban and its intelligence service (one actor
	// through the registry) is one hostility tie, and no tie of the Taliban with itself.
	if ts := tieOf(t, p, "islamic-state-khorasan", "taliban", alliances.Hostility); len(ts) != 1 {
		t.Errorf("ISKP - Taliban: %d ties, want 1", len(ts))
	}
	for _, ti := range p.Record.Ties {
		if ti.Subject == ti.Object {
			t.Errorf("tie %s of %s with itself", ti.ID, ti.Subject)
		}
	}
	events := map[string]alliances.Event{}
	for _, e := range p.Record.Events {
		events[e.ID] = e
	}
	if len(events) != 12 {
		t.Errorf("%d events, want one a row (12)", len(events))
	}
	if e := events["acled-afg64466"]; e.Date.String() != "2022-06-19~" || !strings.Contains(e.Note, "Panjshir (AF-PAN)") || e.Type != "ASSAULT" {
		t.Errorf("AFG64466: %s %q %s, want 2022-06-19~ (time precision 2), Panjshir (AF-PAN), ASSAULT", e.Date, e.Note, e.Type)
	}
	// Civilians and protesters are people in a role, and an unidentified armed group is
	// no organization: named in the event, never actors.
	for _, a := range p.Record.Actors {
		if strings.Contains(a.Name, "Civilians") || strings.Contains(a.Name, "Protesters") || strings.Contains(a.Name, "Farmers") || strings.Contains(a.Name, "Unidentified") {
			t.Errorf("actor %s created for people in a role", a.Name)
		}
	}
	if e := events["acled-afg63144"]; len(e.Actors) != 0 || e.Type != "PROTEST" {
		t.Errorf("the protest: actors %v type %s, want none and PROTEST", e.Actors, e.Type)
	}
}

const acledHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n"

// Associated actors of an organized side cooperate with its actor: an inferred tie, one
// for events less than ACLEDGap apart, two beyond.
func TestACLEDCooperation(t *testing.T) {
	rows := acledHeader +
		"X1,2022-01-05,2022,1,Political violence,Battles,Armed clash,Alpha Front,Beta Brigade,2,Gamma Army,,1,12,,4,,Afghanistan,Kabul,,,,0,0,1,s,,n,4,,0\n" +
		"X2,2022-02-05,2022,1,Political violence,Battles,Armed clash,Alpha Front,Beta Brigade,2,Gamma Army,,1,12,,4,,Afghanistan,Kabul,,,,0,0,1,s,,n,0,,0\n" +
		"X3,2023-06-05,2022,1,Political violence,Battles,Armed clash,Alpha Front,Beta Brigade,2,Gamma Army,,1,12,,4,,Afghanistan,Kabul,,,,0,0,1,s,,n,0,,0\n"
	p, err := datasets.ReadACLED("t.csv", strings.NewReader(rows), datasets.Options{Case: "c"})
	if err != nil {
		t.Fatal(err)
	}
	coop := tieOf(t, p, "acled-alpha-front", "acled-beta-brigade", alliances.Cooperation)
	if len(coop) != 2 || coop[0].Valid.String() != "2022-01-05/2022-02-05" || coop[0].Basis != alliances.Inferred || coop[1].Valid.String() != "2023-06-05" {
		t.Errorf("cooperation: %+v, want 2022-01-05/2022-02-05 and 2023-06-05, inferred", coop)
	}
	if len(p.Unresolved) != 3 {
		t.Errorf("unresolved %v, want the three names (no registry given)", p.Unresolved)
	}
}

// Bad rows are reported with their line and column, and what was expected; nothing is
// returned.
func TestBadRows(t *testing.T) {
	rows := acledHeader +
		"X1,2022-13-05,2022,1,Political violence,Battles,Armed clash,A,,2,B,,1,12,,4,,Afghanistan,Kabul,,,,0,0,1,s,,n,4,,0\n" +
		"X2,2022-02-05,2022,7,Political violence,Battles,Armed clash,A,,2,B,,1,12,,4,,Afghanistan,Kabul,,,,0,0,1,s,,n,0,,0\n" +
		"X3,2022-02-05,2022,1,Political violence,Battles,Armed clash,A,,2,B,,1,12,,4,,Afghanistan,Kabul,,,,0,0,1,s,,n,many,,0\n" +
		"X3,2022-02-05,2022,1,Political violence,Battles,Armed clash,A,,2,B,,1,12,,4,,Afghanistan,Kabul,,,,0,0,1,s,,n,0,,0\n" +
		"X4,2022-02-05,2022,1,Political violence,Dancing,Armed clash,A,,2,B,,1,12,,4,,Afghanistan,Kabul,,,,0,0,1,s,,n,0,,0\n" +
		"X5,2022-02-05,2022,1,Political violence,Battles,Armed clash,A,,x,B,,1,12,,4,,Afghanistan,Kabul,,,,0,0,1,s,,n,0,,0\n"
	_, err := datasets.ReadACLED("t.csv", strings.NewReader(rows), datasets.Options{Case: "c"})
	var p *datasets.Problems
	if !errors.As(err, &p) {
		t.Fatalf("got %v, want the problems", err)
	}
	want := []string{
		`t.csv:2:4: column event_date: "2022-13-05" is not a date, expected YYYY-MM-DD`,
		`t.csv:3:20: column time_precision: "7", expected 1 (the day), 2 (within a week) or 3 (within a month)`,
		`t.csv:4:110: column fatalities: "many" is not a count, expected a whole number, 0 or more`,
		`t.csv:5:1: column event_id_cnty: X3 given again (first on line 4), expected each event once`,
		`t.csv:6:41: column event_type: "Dancing", expected one of ACLED's event types: Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments`,
		`t.csv:7:64: column inter1: "x", expected ACLED's actor type, a digit from 0 to 8`,
	}
	for i, w := range want {
		if i >= len(p.Diags) || p.Diags[i].String() != w {
			t.Errorf("problem %d: %v, want %s", i, p.Diags, w)
		}
	}
	// A wrong file: ESD's header is not ACLED's.
	_, err = datasets.ReadACLED("esd.csv", strings.NewReader("external_id,ywp_year\n1,1996\n"), datasets.Options{Case: "c"})
	if err == nil || !strings.Contains(err.Error(), "esd.csv:1:1: the header lacks event_id_cnty") {
		t.Errorf("ESD read as ACLED: %v", err)
	}
	_, err = datasets.ReadESD("x.csv", strings.NewReader("a,b\n1,2\n"), datasets.Options{Case: "c"})
	if err == nil || !strings.Contains(err.Error(), "expected a UCDP External Support Dataset file") {
		t.Errorf("not ESD: %v", err)
	}
	_, err = datasets.ReadESD("x.csv", strings.NewReader("external_nameid\n1\n"), datasets.Options{Case: "c", Where: map[string][]string{"country": {"X"}}})
	if err == nil || !strings.Contains(err.Error(), "--where country=...: x.csv has no column country") {
		t.Errorf("a --where on a missing column: %v", err)
	}
}
