package datasets_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/datasets"
)

var readers = []func(string, io.Reader, datasets.Options) (*datasets.Part, error){
	datasets.ReadESD, datasets.ReadACD, datasets.ReadGED, datasets.ReadATOP, datasets.ReadACLED, datasets.ReadICEWS, datasets.ReadPLOVER, datasets.ReadSTIX,
}

// FuzzImporters feeds every importer any bytes: none may panic; each either reports a
// problem (an alliances error, or bad rows with their places) or returns a part that
// validates, whose every id begins with the importer's prefix and whose every citation
// cites one of its sources.
func FuzzImporters(f *testing.F) {
	for i, file := range []string{"ucdp-esd-1.0-taleban.csv", "ucdp-acd-22.1-afghanistan.csv", "ucdp-ged-23.1-afghanistan.csv",
		"atop-4.01-members-afghanistan.csv", "acled-afghanistan-2022.csv"} {
		b, err := os.ReadFile("testdata/" + file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8([]int{0, 1, 2, 3, 4}[i]), b[:min(len(b), 3000)])
	}
	f.Add(uint8(5), []byte(icewsHeader+icewsRow("1", "2018-03-02", "Russia", "", "Russia", "040", "1", "Iran", "", "Iran")))
	f.Add(uint8(6), []byte(`{"id": "p1", "date": "2021-03-02", "actor": [{"code": "USA", "sector": "GOV"}], "recipient": [{"entity_text": "Taliban"}], "event": ["CONSULT"]}`))
	f.Add(uint8(7), []byte(`{"type": "bundle", "objects": [{"type": "identity", "id": "identity--a", "name": "A"}, {"type": "identity", "id": "identity--b", "name": "B"},
		{"type": "relationship", "id": "relationship--c", "relationship_type": "alliance", "source_ref": "identity--a", "target_ref": "identity--b", "start_time": "2020-01-01T00:00:00Z", "confidence": 50}]}`))
	regRec, err := cases.Registry()
	if err != nil {
		f.Fatal(err)
	}
	reg := regRec.Actors
	var ids []string
	for _, a := range reg {
		ids = append(ids, a.ID)
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		read := readers[int(which)%len(readers)]
		p, err := read("f", bytes.NewReader(data), datasets.Options{Case: "fuzz", Known: reg})
		if err != nil {
			var probs *datasets.Problems
			if !errors.As(err, &probs) && alliances.KindOf(err) != alliances.Invalid {
				t.Fatalf("error of no kind: %v", err)
			}
			if err.Error() == "" || !strings.Contains(err.Error(), "f:") && !strings.Contains(err.Error(), "--where") {
				t.Fatalf("an error that does not say where: %q", err)
			}
			return
		}
		whole := *p.Record
		whole.Title = "fuzz"
		if ps := alliances.Errors(alliances.Shared(alliances.Validate(&whole), func(id string) bool { return slices.Contains(ids, id) })); len(ps) > 0 {
			t.Fatalf("the part does not validate: %v", ps)
		}
		sources := map[string]bool{}
		for _, s := range p.Record.Sources {
			sources[s.ID] = true
		}
		check := func(id string, cs []alliances.Citation) {
			if !datasets.Owns(p.Prefix, id) {
				t.Fatalf("id %s without the prefix %s", id, p.Prefix)
			}
			for _, c := range cs {
				if !sources[c.Source] {
					t.Fatalf("%s cites %s, no source of the part", id, c.Source)
				}
			}
		}
		for _, a := range p.Record.Actors {
			check(a.ID, nil)
		}
		for _, ti := range p.Record.Ties {
			check(ti.ID, ti.Citations)
		}
		for _, e := range p.Record.Events {
			check(e.ID, e.Citations)
		}
	})
}
