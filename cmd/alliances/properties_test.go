package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
)

// These tests check properties every analysis must have, on both built-in cases.

// builtIn returns the record of a built-in case.
func builtIn(t *testing.T, id string) *alliances.Record {
	t.Helper()
	recs, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs {
		if rec.Case == id {
			return rec
		}
	}
	t.Fatalf("no built-in case %s", id)
	return nil
}

// loaded returns a CLI whose database holds rec alone.
func loaded(t *testing.T, rec *alliances.Record) *cli {
	t.Helper()
	var b bytes.Buffer
	if err := casefile.Write(&b, rec); err != nil {
		t.Fatal(err)
	}
	c := newCLI(t)
	c.ok("import", writeFile(t, t.TempDir(), rec.Case+".yaml", b.String()))
	return c
}

// analyses are the commands the properties are checked on, per case: every analysis, the
// unsigned ones with the process layer read too, where mediations and deals matter (the
// signed ones refuse it).
var analyses = map[string][][]string{
	"afghanistan-2021": {
		{"brokers", "--at", "2016"},
		{"brokers", "--at", "2020-06", "--layers", "alignment,process"},
		{"centrality", "--at", "2020-06", "--layers", "alignment,process"},
		{"balance", "--at", "2020-06"},
		{"blocs", "--at", "2016"},
		{"blocs", "--from", "2021-04", "--to", "2021-08", "--step", "1m"},
		{"path", "russia", "hamid-karzai", "--at", "2020-06", "--layers", "alignment,process"},
		{"diff", "2016", "2021", "--focal", "taliban"},
		{"cascade", "--at", "2021-05", "--seed", "taliban", "--record", "2021-06/2021-08"},
		{"supporters", "taliban"},
	},
	"idlib-2018-2019": {
		{"brokers", "--at", "2018-04-01"},
		{"centrality", "--at", "2018-04-01", "--layers", "alignment,process"},
		{"balance", "--at", "2018-03"},
		{"blocs", "--at", "2018-04-01"},
		{"blocs", "--from", "2018-01", "--to", "2018-06", "--step", "1m"},
		{"path", "sham-legion", "syrian-liberation-front", "--at", "2018-04-01", "--layers", "alignment,process"},
		{"diff", "2018-03", "2018-07", "--focal", "hayat-tahrir-al-sham"},
		{"cascade", "--at", "2018-03", "--seed", "hayat-tahrir-al-sham"},
	},
}

// TestMediationPartiesAreUnordered: a mediation between A and B is the same claim as one
// between B and A. Swapping the object and the third actor of every mediation of a case
// changes no output of any analysis.
func TestMediationPartiesAreUnordered(t *testing.T) {
	for id, runs := range analyses {
		t.Run(id, func(t *testing.T) {
			rec := builtIn(t, id)
			swapped := *rec
			swapped.Ties = slices.Clone(rec.Ties)
			n := 0
			for i := range swapped.Ties {
				if tie := &swapped.Ties[i]; tie.Kind == alliances.Mediation {
					tie.Object, tie.Third = tie.Third, tie.Object
					n++
				}
			}
			if n == 0 {
				t.Fatal("the case holds no mediation")
			}
			a, b := loaded(t, rec), loaded(t, &swapped)
			for _, args := range runs {
				args = append(slices.Clone(args), "--json", "--explain")
				if x, y := unordered(t, a.ok(args...)), unordered(t, b.ok(args...)); x != y {
					t.Errorf("%v: swapping the parties of the %d mediations changes the output", args, n)
				}
			}
		})
	}
}

// unordered rewrites the mediations an output quotes as claims (diff lists the ties begun
// and ended as recorded) with their two parties in order, and returns the JSON: the only
// difference a swap may make is in the record it quotes.
func unordered(t *testing.T, out string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			if x["kind"] == "mediation" {
				if o, ok := x["object"].(string); ok {
					if th, ok := x["third"].(string); ok && th < o {
						x["object"], x["third"] = th, o
					}
				}
			}
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(v)
	b, _ := json.Marshal(v)
	return string(b)
}

// TestCeaseFiresNeverMergeBlocs: a cease-fire, a non-aggression pact or a peace deal
// between enemies does not make them friends. Adding one, of the highest intensity,
// between every pair of actors at war at the date changes no optimal partition.
func TestCeaseFiresNeverMergeBlocs(t *testing.T) {
	for id, dates := range map[string][]string{"afghanistan-2021": {"2016", "2021-07"}, "idlib-2018-2019": {"2018-03", "2018-04-10"}} {
		t.Run(id, func(t *testing.T) {
			rec := builtIn(t, id)
			a := loaded(t, rec)
			for _, d := range dates {
				hostile := decode[[]alliances.Tie](t, a, "ties", "--kind", "hostility", "--at", d)
				if len(hostile) == 0 {
					t.Fatalf("no war at %s", d)
				}
				truce := *rec
				truce.Ties = slices.Clone(rec.Ties)
				types := []alliances.AgreementType{alliances.CeaseFire, alliances.NonAggression, alliances.PeaceDeal}
				for i, h := range hostile {
					truce.Ties = append(truce.Ties, alliances.Tie{ID: fmt.Sprintf("test-truce-%d", i), Subject: h.Subject, Object: h.Object,
						Kind: alliances.Agreement, Type: types[i%3], Valid: edtf.MustParse(d), Intensity: 5, Basis: alliances.Stated,
						Citations: h.Citations})
				}
				b := loaded(t, &truce)
				x := decode[answer.BlocsStep](t, a, "blocs", "--at", d)
				y := decode[answer.BlocsStep](t, b, "blocs", "--at", d)
				if !slices.EqualFunc(x.Partitions, y.Partitions, func(p, q [][]string) bool { return slices.EqualFunc(p, q, slices.Equal) }) {
					t.Errorf("%s: %d cease-fires between enemies change the blocs:\n%v\n%v", d, len(hostile), x.Partitions, y.Partitions)
				}
				// A signed analysis does not read them even when asked: it refuses the layer.
				if _, errOut, code := b.run("blocs", "--at", d, "--layers", "alignment,process"); code != exitUsage || !strings.Contains(errOut, "alignment layer only") {
					t.Errorf("%s: blocs with the process layer: exit %d, %s", d, code, errOut)
				}
			}
		})
	}
}
