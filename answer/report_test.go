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

// TestDisputedWarningListsTwenty: a large record reads thousands of disputed ties; the
// warning names the first twenty, in the order of the edges, says how many more, and
// where to list them all.
func TestDisputedWarningListsTwenty(t *testing.T) {
	var ties []alliances.Tie
	for i := range 25 {
		ties = append(ties, alliances.Tie{ID: fmt.Sprintf("t%02d", i), Subject: fmt.Sprintf("a%02d", i), Object: fmt.Sprintf("b%02d", i),
			Kind: alliances.Alliance, Status: alliances.Disputed, Valid: edtf.MustParse("2010")})
	}
	for i := range ties {
		ties[i].Normalize()
	}
	ix := snapshot.NewIndex(ties, nil, nil)
	at := edtf.MustParse("2010").Strict()
	s, err := ix.Snapshot(context.Background(), snapshot.Filter{At: &at, Layers: []snapshot.LayerWeight{{Layer: alliances.Alignment, Weight: 1}}})
	if err != nil {
		t.Fatal(err)
	}
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
