package datasets_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/datasets"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/graphio"
)

// registry returns the built-in registry's actors.
func registry(t *testing.T) []alliances.Actor {
	t.Helper()
	reg, err := cases.Registry()
	if err != nil {
		t.Fatal(err)
	}
	return reg.Actors
}

func read(t *testing.T, f func(string, io.Reader, datasets.Options) (*datasets.Part, error), file string, o datasets.Options) *datasets.Part {
	t.Helper()
	fh, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	p, err := f(file, fh, o)
	if err != nil {
		t.Fatal(err)
	}
	whole := *p.Record
	whole.Title = "a case"
	if ps := alliances.Errors(alliances.Shared(alliances.Validate(&whole), func(string) bool { return true })); len(ps) > 0 {
		t.Fatalf("the part does not validate: %v", ps)
	}
	return p
}

func tieOf(t *testing.T, p *datasets.Part, subject, object string, kind alliances.Kind) []alliances.Tie {
	t.Helper()
	var out []alliances.Tie
	for _, ti := range p.Record.Ties {
		if ti.Subject == subject && ti.Object == object && ti.Kind == kind {
			out = append(out, ti)
		}
	}
	return out
}

// The expected values are those the data's provenance note gives for these rows: in 1996
// the Taleban got weapons, materiel and funding (WM$) from Pakistan, weapons from
// Uzbekistan and materiel and funding from Saudi Arabia; in 2009 access to territory
// from the TTP (confirmed), and, alleged, infrastructure (Y) from al-Qaida and weapons,
// materiel and training (WMT) from Iran.
func TestESD10(t *testing.T) {
	p := read(t, datasets.ReadESD, "testdata/ucdp-esd-1.0-taleban.csv", datasets.Options{Case: "afg", Known: registry(t)})
	want := []struct {
		supporter string
		valid     string
		forms     []alliances.Form
		status    alliances.Status
	}{
		{"pakistan", "1996", []alliances.Form{alliances.Weapons, alliances.Materiel, alliances.Funding}, alliances.Confirmed},
		{"uzbekistan", "1996", []alliances.Form{alliances.Weapons}, alliances.Confirmed},
		{"saudi-arabia", "1996", []alliances.Form{alliances.Materiel, alliances.Funding}, alliances.Confirmed},
		{"ttp", "2009", []alliances.Form{alliances.Territory}, alliances.Confirmed},
		{"al-qaeda", "2009", []alliances.Form{alliances.Infrastructure}, alliances.Alleged},
		{"iran", "2009", []alliances.Form{alliances.Weapons, alliances.Materiel, alliances.Training}, alliances.Alleged},
	}
	for _, w := range want {
		ts := tieOf(t, p, w.supporter, "taliban", alliances.Support)
		if len(ts) != 1 {
			t.Errorf("%s -> taliban: %d ties, want 1", w.supporter, len(ts))
			continue
		}
		ti := ts[0]
		if ti.Valid.String() != w.valid || !slices.Equal(ti.Forms, w.forms) || ti.Status != w.status {
			t.Errorf("%s -> taliban: %s %v %s, want %s %v %s", w.supporter, ti.Valid, ti.Forms, ti.Status, w.valid, w.forms, w.status)
		}
		if c := ti.Citations; len(c) != 1 || c[0].Source != "ucdp-esd-1" || !strings.HasPrefix(c[0].Locator, "external_id ") {
			t.Errorf("%s -> taliban cites %+v, want the data set by row", w.supporter, c)
		}
	}
	// Bahrain's two rows of 1996 are one year of support: one tie, both rows cited.
	if ts := tieOf(t, p, "ucdp-esd-1-bahrain", "taliban", alliances.Support); len(ts) != 1 || strings.Count(ts[0].Citations[0].Locator, ",") != 1 {
		t.Errorf("Bahrain -> taliban: %+v, want one tie citing both rows", ts)
	}
	// Qatar and Bahrain are not in the registry: created and listed, never guessed.
	var names []string
	for _, u := range p.Unresolved {
		names = append(names, u.Name)
	}
	if !slices.Equal(names, []string{"Bahrain", "Qatar"}) && !slices.Equal(names, []string{"Bahrain"}) {
		t.Errorf("unresolved %v, want Bahrain (Qatar is in the registry by its code 694)", names)
	}
}

// ESD 18.1 lists the Taleban's supporters of 2016 and 2017 in one row a year; its types
// are all supporters' together, so the ties have none. Lashkar-e-Taiba is listed in 2016
// only: its tie ends there, while the others run over both years.
func TestESD18(t *testing.T) {
	p := read(t, datasets.ReadESD, "testdata/ucdp-esd-18.1-dyad-735.csv", datasets.Options{Case: "afg", Known: registry(t)})
	for _, sup := range []string{"al-qaeda", "iran", "qatar", "russia", "ttp"} {
		ts := tieOf(t, p, sup, "taliban", alliances.Support)
		if len(ts) != 1 || ts[0].Valid.String() != "2016/2017" || len(ts[0].Forms) != 0 || !strings.Contains(ts[0].Note, "all of the recipient's supporters") {
			t.Errorf("%s -> taliban: %+v, want one tie 2016/2017 without forms, its note saying the types are all supporters'", sup, ts)
		}
	}
	var let []alliances.Tie
	for _, ti := range p.Record.Ties {
		if strings.Contains(ti.Subject, "lashkar") {
			let = append(let, ti)
		}
	}
	if len(let) != 1 || let[0].Valid.String() != "2016" {
		t.Errorf("Lashkar-e-Taiba: %+v, want one tie in 2016", let)
	}
	if len(p.Record.Ties) != 8 {
		t.Errorf("%d ties, want 8 (the eight supporters of 2016, seven of them again in 2017)", len(p.Record.Ties))
	}
}

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

// Importing a data set again replaces its part of the case and keeps the rest, and what
// the analyst recorded of the actors the part created.
func TestReplace(t *testing.T) {
	p := read(t, datasets.ReadACLED, "testdata/acled-afghanistan-2022.csv", datasets.Options{Case: "afg", Known: registry(t)})
	own := alliances.Tie{ID: "mine", Subject: "acled-national-resistance-front", Object: "taliban", Kind: alliances.Rivalry}
	old := datasets.Replace(nil, p, "t")
	old.Ties = append(old.Ties, own)
	for i := range old.Actors {
		if old.Actors[i].ID == "acled-national-resistance-front" {
			old.Actors[i].MergedInto, old.Actors[i].MergeNote = "nrf", "merged by me"
		}
	}
	again := datasets.Replace(old, p, "")
	if again.Title != "t" || len(again.Ties) != len(old.Ties) || again.Ties[len(again.Ties)-1].ID != "mine" && !slices.ContainsFunc(again.Ties, func(x alliances.Tie) bool { return x.ID == "mine" }) {
		t.Errorf("the analyst's tie or the title is gone: %d ties, title %q", len(again.Ties), again.Title)
	}
	i := slices.IndexFunc(again.Actors, func(a alliances.Actor) bool { return a.ID == "acled-national-resistance-front" })
	if i < 0 || again.Actors[i].MergedInto != "nrf" {
		t.Errorf("the analyst's merge of the NRF is gone")
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Hizb-i Islami (Khalis)": "hizb-i-islami-khalis", "Jam'iyyat-i Islami": "jamiyyat-i-islami",
		"1920 Revolution Brigades": "actor-1920-revolution-brigades", "": "actor", "Ṭālibān": "taliban",
	} {
		if got := datasets.Slug(in); got != want || !alliances.ValidID(got) {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

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

// A case written as STIX by the export and read back is the same case: every tie with
// its kind, dates as written, forms, status, basis, intensity, third party, role, note
// and citations (credibility, locator, attribution, stance, note); the registry's actors
// found again by their ids, the case's own created under the importer's prefix.
func TestSTIXRoundTrip(t *testing.T) {
	for _, f := range cases.All() {
		rec, err := cases.Standalone(f)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := graphio.WriteSTIX(&buf, rec); err != nil {
			t.Fatal(err)
		}
		p, err := datasets.ReadSTIX("case.stix.json", &buf, datasets.Options{Case: "rt", Known: registry(t)})
		if err != nil {
			t.Fatal(err)
		}
		shared := map[string]bool{}
		for _, a := range registry(t) {
			shared[a.ID] = true
		}
		back := func(id string) string {
			if id == "" || shared[id] {
				return id
			}
			return "stix-" + id
		}
		got := map[string]alliances.Tie{}
		for _, ti := range p.Record.Ties {
			got[ti.ID] = ti
		}
		if len(got) != len(rec.Ties) {
			t.Errorf("%s: %d ties read back, want %d", f.Name, len(got), len(rec.Ties))
		}
		for _, want := range rec.Ties {
			ti, ok := got["stix-"+want.ID]
			if !ok {
				t.Errorf("%s: tie %s not read back", f.Name, want.ID)
				continue
			}
			want.ID, want.Subject, want.Object, want.Third = ti.ID, back(want.Subject), back(want.Object), back(want.Third)
			for i := range want.Citations {
				want.Citations[i].Source = "stix-" + want.Citations[i].Source
			}
			if !reflect.DeepEqual(ti, want) {
				t.Errorf("%s: tie read back\n %+v\nwant\n %+v", f.Name, ti, want)
			}
		}
		orig := map[string]alliances.Actor{}
		for _, a := range rec.Actors {
			orig["stix-"+a.ID] = a
		}
		for _, a := range p.Record.Actors {
			if !strings.HasPrefix(a.ID, "stix-") || a.Kind == "" {
				t.Errorf("%s: actor %+v created without the prefix or a kind", f.Name, a)
			}
			if o := orig[a.ID]; o.Kind != a.Kind || !reflect.DeepEqual(o.External, a.External) || !slices.Equal(o.Aliases, a.Aliases) {
				t.Errorf("%s: actor %s read back as %+v, want %+v", f.Name, a.ID, a, o)
			}
		}
		if len(p.Unresolved) != 0 {
			t.Errorf("%s: %d actors the bundle defines listed as unresolved", f.Name, len(p.Unresolved))
		}
	}
}

// Another tool's bundle: an intrusion set targeting an identity is hostility, dated by
// start_time and stop_time (midnight: the day before), confidence 70 credibility 2,
// external references citations; a malware relationship is left out and counted.
func TestSTIXForeign(t *testing.T) {
	bundle := `{"type": "bundle", "id": "bundle--1", "objects": [
  {"type": "intrusion-set", "id": "intrusion-set--a", "name": "Red Group", "aliases": ["RG"], "created": "2020-01-01T00:00:00Z"},
  {"type": "identity", "id": "identity--b", "name": "Blue Ministry", "identity_class": "organization", "created": "2020-01-01T00:00:00Z"},
  {"type": "malware", "id": "malware--c", "name": "x", "created": "2020-01-01T00:00:00Z"},
  {"type": "relationship", "id": "relationship--d", "relationship_type": "targets", "source_ref": "intrusion-set--a", "target_ref": "identity--b",
   "start_time": "2019-03-01T00:00:00Z", "stop_time": "2019-07-01T00:00:00Z", "confidence": 70, "created": "2020-01-01T00:00:00Z",
   "external_references": [{"source_name": "Some Report", "external_id": "R-1", "description": "page 4"}]},
  {"type": "relationship", "id": "relationship--e", "relationship_type": "uses", "source_ref": "intrusion-set--a", "target_ref": "malware--c", "created": "2020-01-01T00:00:00Z"},
  {"type": "relationship", "id": "relationship--f", "relationship_type": "targets", "source_ref": "intrusion-set--a", "target_ref": "identity--b", "created": "2020-02-03T10:00:00Z"}
]}`
	p, err := datasets.ReadSTIX("b.json", strings.NewReader(bundle), datasets.Options{Case: "c"})
	if err != nil {
		t.Fatal(err)
	}
	ts := tieOf(t, p, "stix-red-group", "stix-blue-ministry", alliances.Hostility)
	if len(ts) != 2 {
		t.Fatalf("ties %+v, want two hostility ties", p.Record.Ties)
	}
	if ts[0].Valid.String() != "2019-03-01/2019-06-30" || ts[0].Citations[0].Credibility != 2 || ts[0].Citations[0].Locator != "R-1" || ts[0].Citations[0].Note != "page 4" {
		t.Errorf("the dated relationship: %+v", ts[0])
	}
	if ts[1].Valid.String() != "/2020-02-03" || ts[1].Citations[0].Credibility != 6 {
		t.Errorf("the undated relationship: %s, credibility %d; want /2020-02-03 (held by its creation), 6", ts[1].Valid, ts[1].Citations[0].Credibility)
	}
	if !slices.Contains(p.Notes, "1 relationship type uses left out") {
		t.Errorf("notes %v, want the malware relationship counted", p.Notes)
	}
	for _, bad := range []string{`{"type": "bundle", "objects": [{"type": "identity", "id": "identity--x"}]}`, `{"objects": [}`, `[1]`} {
		if _, err := datasets.ReadSTIX("bad.json", strings.NewReader(bad), datasets.Options{Case: "c"}); err == nil || !strings.Contains(err.Error(), "bad.json:") {
			t.Errorf("%s: err %v, want the place", bad, err)
		}
	}
}

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

const icewsHeader = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n"

func icewsRow(id, date, src, srcSectors, srcCountry, code, g, dst, dstSectors, dstCountry string) string {
	return strings.Join([]string{id, date, src, srcSectors, srcCountry, "text", code, g, dst, dstSectors, dstCountry, "1", "1", "Wire", "", "", "", "", "", ""}, "\t") + "\n"
}

// The ICEWS rule: a pair's month counts with three events or more, cooperative at a
// mean Goldstein score of 1 or more, conflictual at -1 or less; consecutive months of one
// sign make one tie (hostility when an event is violent, CAMEO 18-20); names resolve
// through the registry, a group's sector to the group, a state's organ to the state;
// people resolve to nothing and their events are left out.
func TestICEWS(t *testing.T) {
	rows := icewsHeader +
		// Russia and Iran: March and April 2018 cooperative (3 events, mean 3.4 and 4.0).
		icewsRow("1", "2018-03-02", "Russia", "", "Russia", "040", "1", "Iran", "", "Iran") +
		icewsRow("2", "2018-03-05", "Foreign Affairs (Russia)", "Government,Foreign Ministry", "Russia", "057", "8", "Iran", "", "Iran") +
		icewsRow("3", "2018-03-09", "Iran", "", "Iran", "036", "1.2", "Russia", "", "Russia") +
		icewsRow("4", "2018-04-01", "Russia", "", "Russia", "040", "1", "Iran", "", "Iran") +
		icewsRow("5", "2018-04-02", "Russia", "", "Russia", "061", "6", "Iran", "", "Iran") +
		icewsRow("6", "2018-04-03", "Russia", "", "Russia", "043", "5", "Iran", "", "Iran") +
		// Militants of the Taliban against Afghanistan's police: May 2018, one assault.
		icewsRow("7", "2018-05-01", "Militant (Taliban)", "Insurgents", "Afghanistan", "190", "-10", "Police (Afghanistan)", "Police", "Afghanistan") +
		icewsRow("8", "2018-05-02", "Taliban", "Insurgents", "Afghanistan", "111", "-2", "Government (Afghanistan)", "Government", "Afghanistan") +
		icewsRow("9", "2018-05-03", "Taliban", "Insurgents", "Afghanistan", "130", "-4.4", "Afghanistan", "", "Afghanistan") +
		// Two events only: no month, no tie.
		icewsRow("10", "2018-05-03", "China", "", "China", "040", "1", "Pakistan", "", "Pakistan") +
		icewsRow("11", "2018-05-04", "China", "", "China", "040", "1", "Pakistan", "", "Pakistan") +
		// People: no actor.
		icewsRow("12", "2018-05-04", "Taliban", "Insurgents", "Afghanistan", "190", "-10", "Citizen (Afghanistan)", "Social", "Afghanistan") +
		// Afghanistan's government after 15 August 2021: the Taliban's.
		icewsRow("13", "2021-09-01", "Government (Afghanistan)", "Government", "Afghanistan", "040", "1", "Government (Pakistan)", "Government", "Pakistan")
	p, err := datasets.ReadICEWS("e.tab", strings.NewReader(rows), datasets.Options{Case: "c", Known: registry(t)})
	if err != nil {
		t.Fatal(err)
	}
	if ts := tieOf(t, p, "iran", "russia", alliances.Cooperation); len(ts) != 1 || ts[0].Valid.String() != "2018-03-02/2018-04-03" || ts[0].Basis != alliances.Inferred {
		t.Errorf("Iran - Russia: %+v, want one inferred cooperation tie over the events' days, 2018-03-02/2018-04-03", ts)
	}
	if ts := tieOf(t, p, "afghanistan", "taliban", alliances.Hostility); len(ts) != 1 || ts[0].Valid.String() != "2018-05-01/2018-05-03" {
		t.Errorf("Afghanistan - Taliban: %+v, want hostility 2018-05-01/2018-05-03 (the days of events 7 to 9)", ts)
	}
	if len(p.Record.Ties) != 2 {
		t.Errorf("%d ties, want 2 (China and Pakistan have two events only)", len(p.Record.Ties))
	}
	if len(p.Record.Events) != 12 || len(p.Unresolved) != 1 || p.Unresolved[0].Name != "Citizen (Afghanistan)" {
		t.Errorf("%d events, unresolved %v; want 12 and Citizen (Afghanistan)", len(p.Record.Events), p.Unresolved)
	}
	if e := p.Record.Events[len(p.Record.Events)-1]; !slices.Equal(e.Actors, []string{"taliban", "pakistan"}) {
		t.Errorf("Afghanistan's government in September 2021: %v, want the Taliban's (and Pakistan)", e.Actors)
	}
}

// PLOVER records as the manual specifies them: organs of a state resolve to the state by
// their country code, a group by its name or its Wikidata id; the ICEWS rule on PLOVER's
// scores (CONSULT 2.5, COOPERATE 9.5, ASSAULT -9, or the record's event_scale).
func TestPLOVER(t *testing.T) {
	lines := []string{
		`{"id": "p1", "date": "2021-03-02", "actor": [{"code": "USA", "sector": "GOV"}], "recipient": [{"code": "PAK", "sector": ["GOV"]}], "event": ["CONSULT"]}`,
		`{"id": "p2", "date": "2021-03-09", "actor": [{"code": "PAK", "sector": "GOV"}], "recipient": [{"code": "USA", "sector": "MIL"}], "event": ["COOPERATE"]}`,
		`{"id": "p3", "date": "2021-03-20", "actor": [{"code": "USA", "sector": "GOV"}], "recipient": [{"code": "PAK", "sector": "GOV"}], "event": "AGREE", "event_scale": 3}`,
		`{"id": "p4", "date": "2021-07-01", "actor": [{"entity_text": "Taliban"}], "recipient": [{"code": "AFG", "sector": "MIL"}], "event": ["ASSAULT"]}`,
		`{"id": "p5", "date": "2021-07-02", "actor": [{"entity_text": "Taliban"}], "recipient": [{"code": "AFG", "sector": "MIL"}], "event": ["ASSAULT"]}`,
		`{"id": "p6", "date": "2021-07-03", "actor": [{"identifier_id": "https://www.wikidata.org/wiki/Q42934", "identifier_text": "Taliban"}], "recipient": [{"code": "AFG", "sector": "GOV"}], "event": ["THREATEN"]}`,
		`{"id": "p7", "date": "2021-07-04", "actor": [{"identifier_id": "Q2429253"}], "recipient": [{"code": "AFG", "sector": "CVL"}], "event": ["ASSAULT"]}`,
		``,
	}
	p, err := datasets.ReadPLOVER("e.jsonl", strings.NewReader(strings.Join(lines, "\n")), datasets.Options{Case: "c", Known: registry(t)})
	if err != nil {
		t.Fatal(err)
	}
	if ts := tieOf(t, p, "pakistan", "united-states", alliances.Cooperation); len(ts) != 1 || ts[0].Valid.String() != "2021-03-02/2021-03-20" {
		t.Errorf("Pakistan - United States: %+v, want cooperation from the first event to the last, 2021-03-02/2021-03-20", ts)
	}
	if ts := tieOf(t, p, "afghanistan", "taliban", alliances.Hostility); len(ts) != 1 || ts[0].Valid.String() != "2021-07-01/2021-07-03" {
		t.Errorf("Afghanistan - Taliban: %+v, want hostility 2021-07-01/2021-07-03", ts)
	}
	if len(p.Unresolved) != 1 || p.Unresolved[0].Name != "AFG CVL" || len(p.Record.Events) != 6 {
		t.Errorf("unresolved %v, %d events; want AFG CVL (civilians are no actor) and 6 events", p.Unresolved, len(p.Record.Events))
	}
	_, err = datasets.ReadPLOVER("bad.jsonl", strings.NewReader(lines[0]+"\n{\"id\": \"x\", \"date\": \"2021-01-01\", \"event\": [\"HUG\"]}\nnot json\n"), datasets.Options{Case: "c"})
	var probs *datasets.Problems
	if !errors.As(err, &probs) || len(probs.Diags) != 2 || probs.Diags[0].Line != 2 || !strings.Contains(probs.Diags[0].Msg, `unknown event category "HUG"`) || probs.Diags[1].Line != 3 {
		t.Errorf("bad records: %v", err)
	}
}

// A name two actors share is not guessed: the importer creates an actor for it and lists
// it with the actors it matched.
func TestAmbiguousNameIsListed(t *testing.T) {
	known := []alliances.Actor{
		{ID: "front-a", Name: "Alpha Front", Aliases: []string{"The Front"}, Kind: "armed-group"},
		{ID: "front-b", Name: "Beta Front", Aliases: []string{"The Front"}, Kind: "armed-group"},
	}
	r := datasets.NewResolver(known)
	if id, among := r.Name("the front"); id != "" || !slices.Equal(among, []string{"front-a", "front-b"}) {
		t.Errorf("Name(the front) = %q, %v; want none, and both actors", id, among)
	}
	rows := acledHeader + "X1,2022-01-05,2022,1,Political violence,Battles,Armed clash,The Front,,2,Gamma Army,,1,12,,4,,Afghanistan,Kabul,,,,0,0,1,s,,n,4,,0\n"
	p, err := datasets.ReadACLED("t.csv", strings.NewReader(rows), datasets.Options{Case: "c", Known: known})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(p.Unresolved, func(u datasets.Unresolved) bool { return u.Name == "The Front" })
	if i < 0 || p.Unresolved[i].Actor != "acled-the-front" || !slices.Equal(p.Unresolved[i].Among, []string{"front-a", "front-b"}) {
		t.Errorf("unresolved %+v, want The Front created as acled-the-front, matching front-a and front-b", p.Unresolved)
	}
}

// UCDP's Government of Afghanistan (130) is the Taliban's while they held Kabul, as the
// registry's crosswalk says: from 27 September 1996 to 13 November 2001, and from 15
// August 2021. A year counts when the period covers most of it: 1996 and 2021 do not,
// 1997 and 2001 do.
func TestDatedCrosswalk(t *testing.T) {
	r := datasets.NewResolver(registry(t))
	for at, want := range map[string]string{"1995": "afghanistan", "1996": "afghanistan", "1997": "taliban", "2001": "taliban",
		"2002": "afghanistan", "2021": "afghanistan", "2021-09-09": "taliban", "2022": "taliban", "1996-10": "taliban"} {
		if got, _ := r.ExternalAt("ucdp", "130", edtf.MustParse(at).Strict()); got != want {
			t.Errorf("UCDP 130 in %s: %s, want %s", at, got, want)
		}
	}
	if got, _ := r.External("ucdp", "130"); got != "afghanistan" {
		t.Errorf("UCDP 130 undated: %s, want afghanistan", got)
	}
	if !r.Dated("gw", "700") || r.Dated("gw", "770") {
		t.Errorf("dated ids: gw 700 should be, gw 770 should not")
	}
}

// Names an actor may go by without matching: an acronym, or a name that ends with the
// other word for word. They are suggested, never resolved.
func TestSimilarNames(t *testing.T) {
	r := datasets.NewResolver([]alliances.Actor{
		{ID: "nrf", Name: "National Resistance Front", Kind: "armed-group"},
		{ID: "ttp", Name: "TTP", Kind: "armed-group"},
		{ID: "macedonia", Name: "North Macedonia", Kind: "state"},
		{ID: "front", Name: "Front", Kind: "armed-group"},
	})
	for name, want := range map[string][]string{
		"NRF": {"nrf"}, "Tehrik-i-Taliban Pakistan": {"ttp"}, "Government of North Macedonia": {"macedonia"},
		"Watandost Front": nil, // one word in common is no suggestion
	} {
		if got := r.Similar(name); !slices.Equal(got, want) {
			t.Errorf("Similar(%q) = %v, want %v", name, got, want)
		}
		if id, _ := r.Name(name); id != "" {
			t.Errorf("Name(%q) resolved to %s: a similar name is no match", name, id)
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
