package answer

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/snapshot"
)

// snapshot2010 indexes ties (normalized) and reads them at 2010, in the alignment layer.
func snapshot2010(t *testing.T, ties []alliances.Tie) (*snapshot.Index, *snapshot.Snapshot) {
	t.Helper()
	for i := range ties {
		ties[i].Normalize()
	}
	ix := snapshot.NewIndex(ties, nil, nil)
	at := edtf.MustParse("2010").Strict()
	s, err := ix.Snapshot(context.Background(), snapshot.Filter{At: &at, Layers: []snapshot.LayerWeight{{Layer: alliances.Alignment, Weight: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	return ix, s
}

// TestDisputedWarningListsTwenty: a large record reads thousands of disputed ties; the
// warning names the first twenty, in the order of the edges, says how many more, and
// where to list them all.
func TestDisputedWarningListsTwenty(t *testing.T) {
	var ties []alliances.Tie
	for i := range 25 {
		ties = append(ties, alliances.Tie{ID: fmt.Sprintf("t%02d", i), Subject: fmt.Sprintf("a%02d", i), Object: fmt.Sprintf("b%02d", i),
			Kind: alliances.Alliance, Status: alliances.Disputed, Valid: edtf.MustParse("2010")})
	}
	ix, s := snapshot2010(t, ties)
	var r Report
	r.RecordWarnings(&Record{Index: ix}, s)
	var got string
	for _, w := range r.Warnings {
		if strings.HasPrefix(w, "disputed ties are read") {
			got = w
		}
	}
	var first []string
	for i := range 20 {
		first = append(first, fmt.Sprintf("t%02d", i))
	}
	want := "disputed ties are read (a source denies them): " + strings.Join(first, ", ") +
		" and 5 more (ties --status disputed lists them); --robust shows what holds without them"
	if got != want {
		t.Errorf("warning\n%s\nwant\n%s", got, want)
	}
}

// TestBlocsReadingNamesTheTenLargest: a split partition of a large network has tens of
// thousands of blocs; the reading names the ten largest, in their order, and counts the
// others. Here twelve unlinked groups: one of three actors, eleven pairs.
func TestBlocsReadingNamesTheTenLargest(t *testing.T) {
	var ties []alliances.Tie
	var actors []alliances.Actor
	pair := func(a, b string) {
		ties = append(ties, alliances.Tie{ID: a + "-" + b, Subject: a, Object: b, Kind: alliances.Alliance, Status: alliances.Reported,
			Valid: edtf.MustParse("2010")})
	}
	for i := range 12 {
		a, b := fmt.Sprintf("a%02d", i), fmt.Sprintf("b%02d", i)
		pair(a, b)
		actors = append(actors, alliances.Actor{ID: a, Name: "A" + a[1:], Kind: "armed-group"}, alliances.Actor{ID: b, Name: "B" + b[1:], Kind: "armed-group"})
	}
	pair("a11", "c11") // the last group has three actors
	actors = append(actors, alliances.Actor{ID: "c11", Name: "C11", Kind: "armed-group"})
	for i := range ties {
		ties[i].Normalize()
	}
	rec := &Record{Case: "c", Index: snapshot.NewIndex(ties, nil, actors), Actors: map[string]*alliances.Actor{}, List: actors}
	for i := range rec.List {
		rec.Actors[rec.List[i].ID] = &rec.List[i]
	}
	at := edtf.MustParse("2010").Strict()
	f := snapshot.Filter{Layers: []snapshot.LayerWeight{{Layer: alliances.Alignment, Weight: 1}}}
	b, _, err := Blocs(context.Background(), rec, f, []Step{{Label: "2010", Range: at}}, BlocsOptions{Alpha: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Blocs) != 12 {
		t.Fatalf("%d blocs, want 12 (the unlinked groups set apart)", len(b.Blocs))
	}
	// The group of three is the largest; then the pairs, in the order of their blocs,
	// the first nine of the eleven.
	for _, want := range []string{"12 blocs at 2010: ", "(3 actors)", "; and 2 smaller blocs of 4 actors in all."} {
		if !strings.Contains(b.Reading, want) {
			t.Errorf("reading %q\nwants %q", b.Reading, want)
		}
	}
	if n := strings.Count(b.Reading, "(2 actors)") + strings.Count(b.Reading, "(3 actors)"); n != 10 {
		t.Errorf("reading names %d blocs, want 10: %q", n, b.Reading)
	}
}

// TestPartialWarningNamesTwentyLost: ties active on part of a period leave their actors
// out altogether; the warning names twenty of them and counts the others.
func TestPartialWarningNamesTwentyLost(t *testing.T) {
	var ties []alliances.Tie
	for i := range 25 {
		tie := alliances.Tie{ID: fmt.Sprintf("t%02d", i), Subject: fmt.Sprintf("a%02d", i), Object: fmt.Sprintf("b%02d", i),
			Kind: alliances.Alliance, Status: alliances.Reported, Valid: edtf.MustParse("2010-01/2010-03")}
		ties = append(ties, tie)
	}
	ix, s := snapshot2010(t, ties)
	var r Report
	r.PartialWarning(&Record{Index: ix, Actors: map[string]*alliances.Actor{}}, s)
	if len(r.Warnings) != 1 {
		t.Fatalf("warnings %q, want one", r.Warnings)
	}
	// 50 actors lost, sorted by id: a00 to a19 named, then 30 more.
	w := r.Warnings[0]
	if !strings.Contains(w, "25 ties active on only part of") || !strings.Contains(w, "leaves out altogether a00, a01,") ||
		!strings.Contains(w, ", a19 and 30 more actors (no tie covering most of it)") || strings.Contains(w, "a20") {
		t.Errorf("warning %q", w)
	}
}
