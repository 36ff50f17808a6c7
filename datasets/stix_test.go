package datasets_test

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/datasets"
	"github.com/alliances-project/alliances/graphio"
)

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
