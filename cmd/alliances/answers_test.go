package main

import (
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"
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
	res := decode[brokersResult](t, c, "brokers", "--at", "2020", "--case", "cograph", "--groups", "parents", "--no-fold")
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
	res := decode[brokersResult](t, c, "brokers", "--at", "2020", "--case", "cograph", "--groups", "parents", "--no-fold", "--explain")
	i := slices.IndexFunc(res.Brokers, func(b broker) bool { return b.Actor == "a" })
	if i < 0 {
		t.Fatalf("no broker a: %+v", res.Brokers)
	}
	found := 0
	for _, re := range res.Brokers[i].Explained {
		for _, p := range re.Paths {
			var want twoPath
			switch re.Role {
			case "gatekeeper":
				want = twoPath{From: "d", To: "b", InTies: []string{"d-a"}, OutTies: []string{"a-b"}}
			case "itinerant":
				want = twoPath{From: "d", To: "c", InTies: []string{"d-a"}, OutTies: []string{"a-c"}}
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
				header[h] = i
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

// csvColumn reads a CSV table of testdata as maps from header to value.
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
