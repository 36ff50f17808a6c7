package datasets_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/datasets"
)

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
