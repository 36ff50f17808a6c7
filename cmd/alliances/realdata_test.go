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

	"github.com/alliances-project/alliances/answer"
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
	var b answer.BalanceStep
	if err := json.Unmarshal([]byte(c.ok("balance", "--at", "1954", "--json")), &b); err != nil {
		t.Fatal(err)
	}
	want := answer.Census{PPP: 19, PPN: 2, PNN: 40, NNN: 7, Triangles: 68}
	got := b.Census
	got.Balanced, got.WeakBalanced = 0, 0
	if got != want {
		t.Errorf("census = %+v, want %+v", got, want)
	}
	if b.Actors != 16 || b.Ties != 58 {
		t.Errorf("%d actors and %d pairs, want 16 and 58", b.Actors, b.Ties)
	}
	// The tables give no intensities: every tie weighs the default 3, so the weighted
	// index is three times the count.
	fr := b.Frustration
	if !fr.Exact || !fr.CountExact || fr.Count != 7 || fr.Upper != 21 {
		t.Errorf("frustration = %+v, want exactly 7 ties, weight 21", fr)
	}
	if len(fr.Always) > 7 || fr.Optima < 1 || !fr.OptimaComplete {
		t.Errorf("frustration = %+v: want every optimal split listed, and at most 7 pairs in all of them", fr)
	}
	for _, p := range append(fr.Always, fr.Sometimes...) {
		if len(p) != 3 {
			t.Errorf("frustrated pair %v does not name its tie", p)
		}
	}
}

// TestBlocsOfGahukuGama: with at most three blocs and alpha 0.5 the best partition leaves
// two positive ties between blocs, P = 1 counting ties (signnet's vignette reports 2,
// counting each tie twice; Doreian and Mrvar 1996 find the same three blocs). Weighted,
// every tie weighs the default intensity 3 (the tables give none): P = 3, same blocs.
func TestBlocsOfGahukuGama(t *testing.T) {
	c := gama(t)
	var w answer.BlocsStep
	if err := json.Unmarshal([]byte(c.ok("blocs", "--at", "1954", "--k", "3", "--json")), &w); err != nil {
		t.Fatal(err)
	}
	if !w.Weighted || w.P != 3 || len(w.PositiveBetween) != 2 {
		t.Errorf("weighted blocs: P=%g, %d positive between; want P=3 (2 ties of weight 3, times 0.5)", w.P, len(w.PositiveBetween))
	}
	var b answer.BlocsStep
	if err := json.Unmarshal([]byte(c.ok("blocs", "--at", "1954", "--k", "3", "--unweighted", "--json")), &b); err != nil {
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
	var res answer.CentralityResult
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
	for _, name := range []string{"betweenness", "pagerank", "eigenvector"} {
		if len(want[name]) != 34 {
			t.Fatalf("the reference file gives %d %s values, want one for each of the 34 members", len(want[name]), name)
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
		{"centrality", "--at", "1971", "--case", "karate"},
		{"brokers", "--at", "1971", "--case", "karate"},
		{"balance", "--at", "1954", "--case", "gahuku-gama"},
		{"blocs", "--at", "1954", "--case", "gahuku-gama"},
		{"path", "n0", "n33", "--at", "1971"}, // the case of the actors named
		{"cascade", "--at", "1971", "--seed", "n33", "--threshold", "0.5", "--movers", "all"},
		{"diff", "1953", "1954", "--case", "gahuku-gama"},
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
	// The tribes' 58 pairs are recorded for 1954 alone: they all begin then. An analysis
	// reads one case: the club's ties are not among them.
	var ch answer.Change
	if err := json.Unmarshal([]byte(c.ok("diff", "1953", "1954", "--case", "gahuku-gama", "--json")), &ch); err != nil {
		t.Fatal(err)
	}
	if len(ch.Ended) != 0 || len(ch.Begun) != 58 || ch.Case != "gahuku-gama" {
		t.Errorf("diff 1953 1954: %d ended, %d begun in case %s; want the tribes' 58 begun", len(ch.Ended), len(ch.Begun), ch.Case)
	}
	// Without --case, an analysis of a database of two cases that names no actor of
	// either (and holds no built-in case) asks which.
	if _, errOut, code := c.run("balance", "--at", "1954"); code != exitUsage || !strings.Contains(errOut, "choose one with --case") {
		t.Errorf("balance without --case: exit %d, %q; want a usage error asking for --case", code, errOut)
	}
}

// TestCascadeOnKarateClub: from the instructor (n0) with a threshold of one half, the
// members whose ties mostly go to n0's side follow; n0's own friends with no other ties
// move at the first round (n11, whose only friend is n0, for one).
func TestCascadeOnKarateClub(t *testing.T) {
	c := newCLI(t)
	tables, _ := filepath.Glob("testdata/karate/*.csv")
	c.ok(append([]string{"import", "--case", "karate"}, tables...)...)
	var res answer.CascadeResult
	// The club's members are of kind "other", which a cascade of defections leaves
	// still unless --movers lets every kind move; and a friend of the instructor has not
	// followed him until it moves: --seeds-only.
	if err := json.Unmarshal([]byte(c.ok("cascade", "--at", "1971", "--seed", "n0", "--threshold", "0.5", "--movers", "all", "--seeds-only", "--json")), &res); err != nil {
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
	if err := json.Unmarshal([]byte(c.ok("cascade", "--at", "1971", "--seed", "n0", "--threshold", "0.5", "--threshold-for", "n1=0", "--movers", "all", "--seeds-only", "--json")), &res); err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Tipped, func(tp answer.Tipping) bool { return tp.Actor == "n1" && tp.Round == 1 }) {
		t.Errorf("n1 with its own threshold 0 did not move at round 1: %+v", res.Tipped)
	}
}
