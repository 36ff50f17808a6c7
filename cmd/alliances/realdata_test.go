package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// gama imports Read's Gahuku-Gama tribes from the CSV tables in testdata, as an analyst
// would import a data set converted with scripts/edgelist2case.
func gama(t *testing.T) *cli {
	c := newCLI(t)
	tables, err := filepath.Glob("testdata/gahuku-gama/*.csv")
	if err != nil || len(tables) != 5 {
		t.Fatalf("tables %v (%v), want five", tables, err)
	}
	c.ok(append([]string{"import", "--case", "gahuku-gama"}, tables...)...)
	return c
}

// TestBalanceOfGahukuGama checks the census and the frustration index of the tribes:
// 19 +++, 2 ++-, 40 +--, 7 --- triangles (NetworkX 2.8.8, scripts/reference/signed.py),
// and a frustration index of 7 (Aref and Wilson 2018; confirmed by exhaustive search
// over the 2^15 splits in the same script).
func TestBalanceOfGahukuGama(t *testing.T) {
	c := gama(t)
	var b balanceStep
	if err := json.Unmarshal([]byte(c.ok("balance", "--at", "1954", "--json")), &b); err != nil {
		t.Fatal(err)
	}
	want := censusJSON{PPP: 19, PPN: 2, PNN: 40, NNN: 7, Triangles: 68}
	got := b.Census
	got.Balanced, got.WeakBalanced = 0, 0
	if got != want {
		t.Errorf("census = %+v, want %+v", got, want)
	}
	if b.Actors != 16 || b.Ties != 58 {
		t.Errorf("%d actors and %d pairs, want 16 and 58", b.Actors, b.Ties)
	}
	if !b.Frustration.Exact || b.Frustration.Upper != 7 || len(b.Frustration.Frustrated) != 7 {
		t.Errorf("frustration = %+v, want exactly 7 frustrated pairs", b.Frustration)
	}
	for _, p := range b.Frustration.Frustrated {
		if len(p) != 3 {
			t.Errorf("frustrated pair %v does not name its tie", p)
		}
	}
}

// TestBlocsOfGahukuGama: with at most three blocs and alpha 0.5 the best partition leaves
// two positive ties between blocs, P = 1 (signnet's vignette reports 2, counting each tie
// twice; Doreian and Mrvar 1996 find the same three blocs).
func TestBlocsOfGahukuGama(t *testing.T) {
	c := gama(t)
	var b blocsStep
	if err := json.Unmarshal([]byte(c.ok("blocs", "--at", "1954", "--k", "3", "--json")), &b); err != nil {
		t.Fatal(err)
	}
	if !b.Exact || b.K != 3 || b.P != 1 || len(b.PositiveBetween) != 2 || len(b.NegativeWithin) != 0 {
		t.Errorf("blocs: k=%d P=%g exact=%v, %d positive between, %d negative within; want k=3, P=1 exact, 2 and 0",
			b.K, b.P, b.Exact, len(b.PositiveBetween), len(b.NegativeWithin))
	}
	total := 0
	for _, bl := range b.Blocs {
		total += len(bl.Actors)
	}
	if total != 16 {
		t.Errorf("the blocs hold %d tribes, want all 16", total)
	}
}

// TestCentralityOfKarateClub compares the CLI's betweenness, PageRank and eigenvector
// centrality on Zachary's karate club, imported as CSV tables, with NetworkX 2.8.8's
// (analysis/centrality/testdata/karate_reference.json, written by
// scripts/reference/centrality.py): unweighted and undirected, each member by its number.
func TestCentralityOfKarateClub(t *testing.T) {
	c := newCLI(t)
	tables, _ := filepath.Glob("testdata/karate/*.csv")
	c.ok(append([]string{"import", "--case", "karate"}, tables...)...)
	var res centralityResult
	if err := json.Unmarshal([]byte(c.ok("centrality", "--at", "1971", "--limit", "0", "--json")), &res); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../analysis/centrality/testdata/karate_reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []struct {
			Graph, Name string
			Values      []float64
		}
	}
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	want := map[string][]float64{}
	for _, cs := range ref.Cases {
		if cs.Graph == "undirected" {
			want[cs.Name] = cs.Values
		}
	}
	if len(res.Actors) != 34 {
		t.Fatalf("%d members, want 34", len(res.Actors))
	}
	for _, a := range res.Actors {
		v, err := strconv.Atoi(strings.TrimPrefix(a.Actor, "n"))
		if err != nil {
			t.Fatalf("actor %q", a.Actor)
		}
		for name, got := range map[string]float64{"betweenness": a.Betweenness, "pagerank": a.PageRank, "eigenvector": *a.Eigenvector} {
			if math.Abs(got-want[name][v]) > 1e-6 {
				t.Errorf("member %d: %s = %.9g, NetworkX %.9g", v, name, got, want[name][v])
			}
		}
	}
}

// TestEveryAnalysisRunsOnImportedNetworks runs each analysis on Zachary's karate club and
// on Read's tribes, imported as CSV tables, with --json, --explain and --robust: each
// must succeed and say something about the network.
func TestEveryAnalysisRunsOnImportedNetworks(t *testing.T) {
	c := gama(t)
	tables, _ := filepath.Glob("testdata/karate/*.csv")
	c.ok(append([]string{"import", "--case", "karate"}, tables...)...)
	runs := [][]string{
		{"centrality", "--at", "1971"},
		{"brokers", "--at", "1971"},
		{"balance", "--at", "1954"},
		{"blocs", "--at", "1954"},
		{"path", "n0", "n33", "--at", "1971"},
		{"cascade", "--at", "1971", "--seed", "n33", "--threshold", "0.5"},
		{"diff", "1954", "1971"},
	}
	for _, args := range runs {
		t.Run(args[0], func(t *testing.T) {
			for _, extra := range [][]string{{"--json"}, {"--explain"}, {"--robust", "--json"}} {
				out := c.ok(append(append([]string{}, args...), extra...)...)
				if len(out) < 50 {
					t.Errorf("%v %v printed only %q", args, extra, out)
				}
				if extra[0] == "--json" && !json.Valid([]byte(out)) {
					t.Errorf("%v %v: not JSON:\n%s", args, extra, out)
				}
			}
		})
	}
	// Between 1954 and 1971 the tribes' ties end and the club's begin: nothing else.
	var ch change
	if err := json.Unmarshal([]byte(c.ok("diff", "1954", "1971", "--json")), &ch); err != nil {
		t.Fatal(err)
	}
	if len(ch.Ended) != 58 || len(ch.Begun) != 78 {
		t.Errorf("diff 1954 1971: %d ended, %d begun; want the tribes' 58 and the club's 78", len(ch.Ended), len(ch.Begun))
	}
}

// TestCascadeOnKarateClub: from the instructor (n0) with a threshold of one half, the
// members whose ties mostly go to n0's side follow; n0's own friends with no other ties
// move at the first round (n11, whose only friend is n0, for one).
func TestCascadeOnKarateClub(t *testing.T) {
	c := newCLI(t)
	tables, _ := filepath.Glob("testdata/karate/*.csv")
	c.ok(append([]string{"import", "--case", "karate"}, tables...)...)
	var res cascadeResult
	if err := json.Unmarshal([]byte(c.ok("cascade", "--at", "1971", "--seed", "n0", "--threshold", "0.5", "--json")), &res); err != nil {
		t.Fatal(err)
	}
	round := map[string]int{}
	for _, tp := range res.Tipped {
		round[tp.Actor] = tp.Round
	}
	if round["n0"] != 0 || round["n11"] != 1 {
		t.Errorf("rounds: n0 %d, n11 %d; want 0 and 1", round["n0"], round["n11"])
	}
	if _, ok := round["n33"]; ok {
		t.Errorf("the president n33 followed the instructor: %v", round)
	}
	// n1 shares only part of its tie weight with n0, so it does not follow at the first
	// round with a threshold of one half; with its own threshold of 0 it does.
	if round["n1"] == 1 {
		t.Fatalf("n1 moved at round 1 with a threshold of one half: %v", round)
	}
	if err := json.Unmarshal([]byte(c.ok("cascade", "--at", "1971", "--seed", "n0", "--threshold", "0.5", "--threshold-for", "n1=0", "--json")), &res); err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Tipped, func(tp tipping) bool { return tp.Actor == "n1" && tp.Round == 1 }) {
		t.Errorf("n1 with its own threshold 0 did not move at round 1: %+v", res.Tipped)
	}
}
