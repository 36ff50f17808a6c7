package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

// These tests check the commands' answers actor by actor, against reference values
// (Read's Gahuku-Gama tribes, R sna's brokerage counts) and against small cases whose
// right answer is derived by hand in a comment, in JSON and in the table a user reads.

// cographCase is the four-node example of the cograph R package's documentation, whose
// brokerage counts R sna 2.7-1 gives (analysis/brokerage/testdata/brokerage_sna.json,
// case "cograph example"): arcs A->B, A->C, B->C, B->D, C->D, D->A, groups {A, B} and
// {C, D}. Here the arcs are support ties (directed, subject to object) and the groups
// the parent organizations g1 and g2, read with --groups parents --no-fold; a hostility
// between g1 and g2 places them in the network without adding a positive arc.
func cographCase(t *testing.T) *cli {
	return handCase(t, "cograph", []string{"a armed-group", "b armed-group", "c armed-group", "d armed-group", "g1 coalition", "g2 coalition"},
		tie("a-b", "a", "b", "support", "2020"), tie("a-c", "a", "c", "support", "2020"),
		tie("b-c", "b", "c", "support", "2020"), tie("b-d", "b", "d", "support", "2020"),
		tie("c-d", "c", "d", "support", "2020"), tie("d-a", "d", "a", "support", "2020"),
		tie("g1-g2", "g1", "g2", "hostility", "2020"),
		tie("a-in-g1", "a", "g1", "membership", "2020", "role: member"), tie("b-in-g1", "b", "g1", "membership", "2020", "role: member"),
		tie("c-in-g2", "c", "g2", "membership", "2020", "role: member"), tie("d-in-g2", "d", "g2", "membership", "2020", "role: member"))
}

// TestBrokersRolesByActor: sna's raw counts for the example (columns w_I, w_O, b_IO,
// b_OI, b_O) are A 0 1 0 1 0, B 0 0 1 0 0, C 0 0 0 1 0, D 0 1 1 0 0. By hand: through A,
// D->A->C is itinerant (D and C in g2, A outside) and D->A->B gatekeeping (A in B's
// group, admitting D); through B, A->B->D represents g1 to D (A->B->C is closed by
// A->C); through C, B->C->D admits B into g2; through D, C->D->A is representative
// and B->D->A itinerant. The representative is A's partner B, the gatekeeper A.
func TestBrokersRolesByActor(t *testing.T) {
	c := cographCase(t)
	res := decode[answer.BrokersResult](t, c, "brokers", "--at", "2020", "--case", "cograph", "--groups", "parents", "--no-fold")
	want := map[string][5]int64{ // coordinator, itinerant, representative, gatekeeper, liaison
		"a": {0, 1, 0, 1, 0}, "b": {0, 0, 1, 0, 0}, "c": {0, 0, 0, 1, 0}, "d": {0, 1, 1, 0, 0},
	}
	seen := 0
	for _, b := range res.Brokers {
		w, ok := want[b.Actor]
		if !ok {
			continue
		}
		seen++
		if got := [5]int64{b.Coordinator, b.Itinerant, b.Representative, b.Gatekeeper, b.Liaison}; got != w {
			t.Errorf("%s: roles %v, want %v (sna)", b.Actor, got, w)
		}
	}
	if seen != 4 {
		t.Fatalf("%d of the four actors listed: %+v", seen, res.Brokers)
	}
	// The table: the columns REPR and GATE of A's row read 0 and 1.
	out := c.ok("brokers", "--at", "2020", "--case", "cograph", "--groups", "parents", "--no-fold")
	header, row := tableRow(t, out, "RANK", "a")
	if header["REPR"] >= len(row) || row[header["REPR"]] != "0" || row[header["GATE"]] != "1" || row[header["ITIN"]] != "1" {
		t.Errorf("A's row %q under %v: want ITIN 1, REPR 0, GATE 1", row, header)
	}
}

// TestBrokersExplainNamesTheTiesInOrder: --explain lists A's gatekeeping two-path as
// d -> a -> b, the tie into A (d-a) first and the tie out of A (a-b) second.
func TestBrokersExplainNamesTheTiesInOrder(t *testing.T) {
	c := cographCase(t)
	res := decode[answer.BrokersResult](t, c, "brokers", "--at", "2020", "--case", "cograph", "--groups", "parents", "--no-fold", "--explain")
	i := slices.IndexFunc(res.Brokers, func(b answer.Broker) bool { return b.Actor == "a" })
	if i < 0 {
		t.Fatalf("no broker a: %+v", res.Brokers)
	}
	found := 0
	for _, re := range res.Brokers[i].Explained {
		for _, p := range re.Paths {
			var want answer.TwoPath
			switch re.Role {
			case "gatekeeper":
				want = answer.TwoPath{From: "d", To: "b", InTies: []string{"d-a"}, OutTies: []string{"a-b"}}
			case "itinerant":
				want = answer.TwoPath{From: "d", To: "c", InTies: []string{"d-a"}, OutTies: []string{"a-c"}}
			default:
				t.Errorf("a has a %s path %+v, want none", re.Role, p)
				continue
			}
			found++
			if p.From != want.From || p.To != want.To || !slices.Equal(p.InTies, want.InTies) || !slices.Equal(p.OutTies, want.OutTies) {
				t.Errorf("a's %s path = %+v, want %+v", re.Role, p, want)
			}
		}
	}
	if found != 2 {
		t.Errorf("a's explained paths: %+v, want two", res.Brokers[i].Explained)
	}
	out := c.ok("brokers", "--at", "2020", "--case", "cograph", "--groups", "parents", "--no-fold", "--explain")
	if !strings.Contains(out, "d -> a -> b  [d-a] [a-b]") {
		t.Errorf("the table does not list d -> a -> b with its ties in order:\n%s", out)
	}
}

// tableRow finds the header line of a table (the line starting with first) and the row
// whose second column is key, split on runs of spaces; it returns the columns by name.
// Only the columns before the first that may be empty can be read this way.
func tableRow(t *testing.T, out, first, key string) (map[string]int, []string) {
	t.Helper()
	var header map[string]int
	for line := range strings.Lines(out) {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if f[0] == first && header == nil {
			header = map[string]int{}
			for i, h := range f {
				if _, ok := header[h]; !ok {
					header[h] = i // the first: a later column's name may share a word
				}
			}
			continue
		}
		if header != nil && len(f) > 1 && f[1] == key {
			return header, f
		}
	}
	t.Fatalf("no table row %q under a header %q in:\n%s", key, first, out)
	return nil, nil
}

// csvRows reads a CSV table of testdata as maps from header to value.
func csvRows(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// gamaGroups are Read's three groups of Gahuku-Gama tribes as Hage and Harary (1983)
// drew them and signnet's blockmodeling vignette finds them (membership 1 1 2 2 3 2 2 2
// 3 3 2 2 3 3 1 1 over UCINET's order; analysis/blocs TestGahukuGamaThreeBlocs).
// Each group is in id order, the groups by their first id.
var gamaGroups = [][]string{
	{"alika", "asaro", "gahuk", "geham", "masil", "ove", "ukudz"},
	{"gama", "gavev", "kotun", "nagad"},
	{"kohik", "nagam", "notoh", "seuve", "uheto"},
}

// TestBlocsOfGahukuGamaByActor: each tribe sits in Read's group, in JSON and in the
// table, and the two positive ties between blocs are Nagamidzuha - Masilakidzuha and
// Masilakidzuha - Uheto, named by their two tribes and their tie.
func TestBlocsOfGahukuGamaByActor(t *testing.T) {
	c := gama(t)
	b := decode[answer.BlocsStep](t, c, "blocs", "--at", "1954", "--k", "3", "--unweighted")
	var got [][]string
	for _, bl := range b.Blocs {
		got = append(got, answer.SortedCopy(bl.Actors))
	}
	slices.SortFunc(got, func(x, y []string) int { return strings.Compare(x[0], y[0]) })
	if !slices.EqualFunc(got, gamaGroups, slices.Equal) {
		t.Errorf("blocs = %v, want Read's groups %v", got, gamaGroups)
	}
	// The table: each bloc's core (the optimal partition is unique: no swing actor).
	out := c.ok("blocs", "--at", "1954", "--k", "3", "--unweighted")
	var cores [][]string
	for line := range strings.Lines(out) {
		if core, ok := strings.CutPrefix(strings.TrimSpace(line), "core:"); ok {
			cores = append(cores, answer.SortedCopy(strings.Split(strings.TrimSpace(core), ", ")))
		}
	}
	slices.SortFunc(cores, func(x, y []string) int { return strings.Compare(x[0], y[0]) })
	if !slices.EqualFunc(cores, gamaGroups, slices.Equal) {
		t.Errorf("the table's cores = %v, want Read's groups %v:\n%s", cores, gamaGroups, out)
	}
	checkPairs(t, "positive between", b.PositiveBetween, [][2]string{{"masil", "nagam"}, {"masil", "uheto"}})
}

// checkPairs compares pairs as the analyses print them ([actor, actor, tie ids...]) with
// the pairs wanted, in either order, and checks that each pair's ties join its two
// actors (testdata/gahuku-gama/ties.csv, or the hand cases' tie ids "x-y").
func checkPairs(t *testing.T, what string, pairs [][]string, want [][2]string) {
	t.Helper()
	var got [][2]string
	for _, p := range pairs {
		if len(p) < 3 {
			t.Errorf("%s: pair %v names no tie", what, p)
			continue
		}
		got = append(got, [2]string{min(p[0], p[1]), max(p[0], p[1])})
		for _, id := range p[2:] {
			ends := tieEnds(t, id)
			if !(ends == [2]string{p[0], p[1]} || ends == [2]string{p[1], p[0]}) {
				t.Errorf("%s: pair %v names tie %s, which joins %v", what, p, id, ends)
			}
		}
	}
	slices.SortFunc(got, func(x, y [2]string) int { return strings.Compare(x[0]+" "+x[1], y[0]+" "+y[1]) })
	if !slices.Equal(got, want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

// tieEnds returns the subject and object of a tie of the Gahuku-Gama tables, or of a
// hand case's tie named "subject-object".
func tieEnds(t *testing.T, id string) [2]string {
	t.Helper()
	if strings.HasPrefix(id, "gahuku-gama-") {
		for _, r := range csvRows(t, "testdata/gahuku-gama/ties.csv") {
			if r["id"] == id {
				return [2]string{r["subject"], r["object"]}
			}
		}
		t.Fatalf("no tie %s in testdata/gahuku-gama/ties.csv", id)
	}
	s, o, _ := strings.Cut(id, "-")
	return [2]string{s, o}
}

// TestBalanceNamesTheFrustratedPair: in a triangle of strong friendships a-b and b-c
// (intensity 5) and a weak enmity a-c (intensity 1), the one split that costs least puts
// all three together and frustrates the enmity a-c alone (weight 1; any other split
// frustrates a friendship of weight 5). The pair is a and c, with the tie a-c.
func TestBalanceNamesTheFrustratedPair(t *testing.T) {
	c := handCase(t, "triangle", []string{"a armed-group", "b armed-group", "c armed-group"},
		tie("a-b", "a", "b", "alliance", "2020", "intensity: 5"),
		tie("b-c", "b", "c", "alliance", "2020", "intensity: 5"),
		tie("a-c", "a", "c", "hostility", "2020", "intensity: 1"))
	b := decode[answer.BalanceStep](t, c, "balance", "--at", "2020", "--case", "triangle")
	fr := b.Frustration
	if !fr.Exact || fr.Upper != 1 || fr.Count != 1 || len(fr.Sometimes) != 0 {
		t.Errorf("frustration = %+v, want exactly weight 1, one tie, always the same", fr)
	}
	checkPairs(t, "always frustrated", fr.Always, [][2]string{{"a", "c"}})
	if len(b.Unbalanced) != 1 || !slices.Equal(answer.SortedCopy(b.Unbalanced[0].Actors[:]), []string{"a", "b", "c"}) {
		t.Errorf("unbalanced triangles = %+v, want a, b, c", b.Unbalanced)
	}
}

// TestTiesOfAPeriodAndABasis: --from and --to list the ties active on some day of the
// period, as --at FROM/TO, and --basis keeps the stated or the inferred (a newcomer's
// review looked for both).
func TestTiesOfAPeriodAndABasis(t *testing.T) {
	c := handCase(t, "basis", []string{"a armed-group", "b armed-group", "c armed-group"},
		tie("a-b", "a", "b", "alliance", "2020"),
		tie("a-c", "a", "c", "hostility", "2021", "basis: inferred"),
		tie("b-c", "b", "c", "alliance", "2022"))
	ids := func(args ...string) []string {
		var out []string
		for _, t := range decode[[]alliances.Tie](t, c, append([]string{"ties", "--case", "basis"}, args...)...) {
			out = append(out, t.ID)
		}
		slices.Sort(out)
		return out
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--from", "2021", "--to", "2022"}, []string{"a-c", "b-c"}},
		{[]string{"--from", "2021"}, []string{"a-c", "b-c"}},
		{[]string{"--to", "2020"}, []string{"a-b"}},
		{[]string{"--basis", "inferred"}, []string{"a-c"}},
		{[]string{"--basis", "stated", "--from", "2021"}, []string{"b-c"}},
	} {
		if got := ids(tc.args...); !slices.Equal(got, tc.want) {
			t.Errorf("ties %v: %v, want %v", tc.args, got, tc.want)
		}
	}
	if _, stderr, code := c.run("ties", "--case", "basis", "--at", "2021", "--from", "2020"); code != 2 || !strings.Contains(stderr, "give one period") {
		t.Errorf("--at with --from: exit %d, %s", code, stderr)
	}
	// An analysis of one snapshot says where its period goes.
	if _, stderr, code := c.run("centrality", "--case", "basis", "--from", "2020"); code != 2 || !strings.Contains(stderr, "centrality reads one snapshot, a date or a window given to --at") {
		t.Errorf("centrality --from: exit %d, %s", code, stderr)
	}
}

// TestDiffSaysARelationToldAgain: a pair with a tie that ended and another of the same
// sign that began (a timeline's attacks of each year) is named as the same relation told
// again, not left to read as a change; one of another sign is a change of sign.
func TestDiffSaysARelationToldAgain(t *testing.T) {
	c := handCase(t, "again", []string{"a armed-group", "b state", "c state"},
		tie("a-b-1", "a", "b", "hostility", "2019-05-01"),
		tie("a-b-2", "a", "b", "hostility", "2021-05-01"),
		tie("a-c-1", "a", "c", "hostility", "2019-05-01"),
		tie("a-c-2", "a", "c", "alliance", "2021-05-01"))
	d := decode[answer.Change](t, c, "diff", "2019", "2021", "--overlap", "any", "--case", "again")
	if want := "of them, 1 pair ended a tie and began another of the same sign, the relation told again at each date: A and B); 1 pair changed sign: A and C (- to +)"; !strings.Contains(d.Reading, want) {
		t.Errorf("diff reading: %q, want %q", d.Reading, want)
	}
}

// TestBlocsSayWhyMoreBlocsThanCamps: where the ties ask for fewer camps than the blocs
// listed, the reading says the blocs are those camps split into the groups no tie joins
// (a newcomer's review found the earlier wording hard to read).
func TestBlocsSayWhyMoreBlocsThanCamps(t *testing.T) {
	c := handCase(t, "camps", []string{"a armed-group", "b armed-group", "c armed-group", "d armed-group", "e armed-group"},
		tie("a-b", "a", "b", "alliance", "2020"),
		tie("a-c", "a", "c", "hostility", "2020"),
		tie("d-e", "d", "e", "alliance", "2020"))
	b := decode[answer.BlocsStep](t, c, "blocs", "--at", "2020", "--case", "camps")
	if want := "2 camps are enough to fit the ties as well: the 3 blocs are those camps split into the groups that no tie joins."; !strings.Contains(b.Reading, want) {
		t.Errorf("blocs reading: %q, want %q", b.Reading, want)
	}
}

// TestBalanceSeriesWithoutTriangles: a series none of whose steps holds a triangle says
// so, rather than reading an empty list of shares.
func TestBalanceSeriesWithoutTriangles(t *testing.T) {
	c := handCase(t, "pair", []string{"a armed-group", "b armed-group"}, tie("a-b", "a", "b", "alliance", "2020/2022"))
	out := c.ok("balance", "--from", "2020", "--to", "2022", "--case", "pair")
	if want := "No step from 2020 to 2022 holds a triangle of signed ties"; !strings.Contains(out, want) || strings.Contains(out, "balanced: .") {
		t.Errorf("balance of a series without triangles:\n%s\nwant %q", out, want)
	}
}

// TestBalanceOfGahukuGamaNamesPairs: every pair the frustration lists for the tribes
// names the two tribes its tie joins.
func TestBalanceOfGahukuGamaNamesPairs(t *testing.T) {
	b := decode[answer.BalanceStep](t, gama(t), "balance", "--at", "1954")
	pairs := append(slices.Clone(b.Frustration.Always), b.Frustration.Sometimes...)
	if len(pairs) == 0 {
		t.Fatal("no frustrated pair listed")
	}
	for _, p := range pairs {
		for _, id := range p[2:] {
			if ends := tieEnds(t, id); !(ends == [2]string{p[0], p[1]} || ends == [2]string{p[1], p[0]}) {
				t.Errorf("pair %v names tie %s, which joins %v", p, id, ends)
			}
		}
	}
}

// supportCase: four actors support x through all of 2020, each tie closed, so that the
// strict and the possible days agree (366, the whole period). By the score's rule
// (intensity times (7 - credibility) / 6, averaged over the period; supporters' help):
// a, intensity 5 and credibility 1 (confirmed): 5·6/6 = 5; c and d, intensity 2 and
// credibility 1: 2; b, intensity 5 and credibility 6 (cannot be judged): 5·1/6 = 0.83.
// Ranks: a 1, c and d 2 (equal scores share a rank), b 4.
func supportCase(t *testing.T) *cli {
	return handCase(t, "support", []string{"x state", "a state", "b state", "c state", "d state"},
		tie("a-x", "a", "x", "support", "2020-01-01/2020-12-31", "intensity: 5", "credibility: 1"),
		tie("b-x", "b", "x", "support", "2020-01-01/2020-12-31", "intensity: 5", "credibility: 6"),
		tie("c-x", "c", "x", "support", "2020-01-01/2020-12-31", "intensity: 2", "credibility: 1"),
		tie("d-x", "d", "x", "support", "2020-01-01/2020-12-31", "intensity: 2", "credibility: 1"))
}

var supportWant = []struct {
	actor string
	rank  int
	score float64
}{{"a", 1, 5}, {"c", 2, 2}, {"d", 2, 2}, {"b", 4, 5.0 / 6}}

// TestSupportersRankStrongestFirst checks the ranks and scores of supportCase, in JSON
// and in the table.
func TestSupportersRankStrongestFirst(t *testing.T) {
	c := supportCase(t)
	res := decode[answer.SupportResult](t, c, "supporters", "x", "--case", "support")
	if len(res.Supporters) != len(supportWant) {
		t.Fatalf("supporters: %+v, want %d", res.Supporters, len(supportWant))
	}
	for i, w := range supportWant {
		sp := res.Supporters[i]
		if sp.Actor != w.actor || sp.Rank != w.rank || !answer.Same(sp.Score, w.score) || sp.Days != 366 {
			t.Errorf("supporter %d: %s rank %d score %g over %d days; want %s rank %d score %g over 366 days",
				i+1, sp.Actor, sp.Rank, sp.Score, sp.Days, w.actor, w.rank, w.score)
		}
	}
	out := c.ok("supporters", "x", "--case", "support")
	for _, w := range supportWant {
		header, row := tableRow(t, out, "RANK", w.actor)
		if row[header["RANK"]] != fmt.Sprint(w.rank) || row[header["SCORE"]] != fmt.Sprintf("%.2f", w.score) {
			t.Errorf("table row %q: want rank %d, score %.2f", row, w.rank, w.score)
		}
	}
}

// TestRobustRanksShared: under --robust every variant keeps c and d equal (the same
// intensity, credibility and dates), so they share their rank in every run: both
// range over the same ranks, and a is first in every run.
func TestRobustRanksShared(t *testing.T) {
	res := decode[answer.SupportResult](t, supportCase(t), "supporters", "x", "--case", "support", "--robust")
	if res.Robust == nil || len(res.Robust.Variants) < 2 {
		t.Fatalf("robust: %+v", res.Robust)
	}
	spread := map[string]answer.NodeSpread{}
	for _, sp := range res.Robust.Spread {
		spread[sp.Actor] = sp
	}
	cs, ds := spread["c"], spread["d"]
	if cs.RankMin != 2 || cs.RankMax != 2 || ds.RankMin != 2 || ds.RankMax != 2 {
		t.Errorf("c ranks %d-%d, d ranks %d-%d; want both 2 in every run", cs.RankMin, cs.RankMax, ds.RankMin, ds.RankMax)
	}
	if a := spread["a"]; a.RankMin != 1 || a.RankMax != 1 || !answer.Same(a.Min, 5) {
		t.Errorf("a: %+v, want rank 1 in every run", a)
	}
}

// TestDiffSaysWhatBeganAndEnded: a-b holds from 2010 to 2015 and b-c from 2014 to
// 2020; between 2012 and 2017, b-c began and a-b ended.
func TestDiffSaysWhatBeganAndEnded(t *testing.T) {
	c := handCase(t, "turns", []string{"a armed-group", "b armed-group", "c armed-group"},
		tie("a-b", "a", "b", "alliance", "2010/2015"), tie("b-c", "b", "c", "alliance", "2014/2020"))
	d := decode[answer.Change](t, c, "diff", "2012", "2017", "--case", "turns")
	ids := func(ts []alliances.Tie) []string {
		var out []string
		for _, x := range ts {
			out = append(out, x.ID)
		}
		return out
	}
	if got := ids(d.Begun); !slices.Equal(got, []string{"b-c"}) {
		t.Errorf("begun = %v, want [b-c]", got)
	}
	if got := ids(d.Ended); !slices.Equal(got, []string{"a-b"}) {
		t.Errorf("ended = %v, want [a-b]", got)
	}
	out := c.ok("diff", "2012", "2017", "--case", "turns")
	begun, ended, ok := strings.Cut(out[strings.Index(out, "Begun (1)"):], "Ended (1)")
	if !ok || !strings.Contains(begun, "b-c") || strings.Contains(begun, "a-b") || !strings.Contains(ended, "a-b") {
		t.Errorf("the table does not list b-c under Begun and a-b under Ended:\n%s", out)
	}
}

// TestTimelinePlacesEndsAtTheirLastDay: a tie held 2016/2018 ends on the last day of
// 2018, after an event of 2018-06-01 and before one of 2019-01-01; its start, 2016,
// comes first. In JSON and in the table, the order is begins, event, ends, event.
func TestTimelinePlacesEndsAtTheirLastDay(t *testing.T) {
	file := handCaseYAML("moments", []string{"a armed-group", "b armed-group"}, tie("a-b", "a", "b", "alliance", "2016/2018"))
	events := "events:\n" +
		"  - {id: mid, title: Midway, date: 2018-06-01, actors: [a], citations: [{source: notes, locator: p2, credibility: 2}]}\n" +
		"  - {id: after, title: Afterwards, date: 2019-01-01, actors: [a], citations: [{source: notes, locator: p3, credibility: 2}]}\n"
	c := newCLI(t)
	c.ok("import", writeFile(t, t.TempDir(), "moments.yaml", file+"\n"+events))
	entries := decode[[]answer.Entry](t, c, "timeline", "--case", "moments")
	var got []string
	for _, e := range entries {
		what := e.What
		if e.Event != nil {
			what += " " + e.Event.ID
		}
		got = append(got, e.Date+" "+what)
	}
	want := []string{"2016 begins", "2018-06-01 event mid", "2018 ends", "2019-01-01 event after"}
	if !slices.Equal(got, want) {
		t.Errorf("timeline = %v, want %v", got, want)
	}
	out := c.ok("timeline", "--case", "moments")
	if i, j := strings.Index(out, "Midway"), strings.Index(out, "ends"); i < 0 || j < i || strings.Index(out, "Afterwards") < j {
		t.Errorf("the table does not place the end between the two events:\n%s", out)
	}
}
