package casefile

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestParseKeepsAtMostMaxDiagnostics: a file with more problems than MaxDiagnostics lists
// the first MaxDiagnostics of them by place, then one diagnostic saying how many more,
// at the first left out. Each empty tie lacks its id, subject, object, kind, valid time
// and citations (six problems, as TestParseReportsEveryProblemWithItsPlace shows for one
// field each), and the case may lack more besides.
func TestParseKeepsAtMostMaxDiagnostics(t *testing.T) {
	_, one := Parse("one.yaml", []byte("case: empty\ntitle: Empty ties\nties:\n- {}\n"))
	perFile, perTie := len(one)-6, 6
	if perFile < 0 {
		t.Fatalf("one empty tie: %d problems, want at least 6: %v", len(one), one)
	}
	n := MaxDiagnostics/perTie + 100
	data := []byte("case: empty\ntitle: Empty ties\nties:\n" + strings.Repeat("- {}\n", n))
	_, diags := Parse("many.yaml", data)
	total := perFile + perTie*n
	if len(diags) != MaxDiagnostics+1 {
		t.Fatalf("got %d diagnostics for %d problems, want %d and one that counts the rest", len(diags), total, MaxDiagnostics)
	}
	last := diags[MaxDiagnostics]
	want := fmt.Sprintf("and %d more problems from here on", total-MaxDiagnostics)
	if !strings.HasPrefix(last.Msg, want) || last.Warning {
		t.Errorf("last diagnostic = %v, want an error beginning %q", last, want)
	}
	if got := len(diags) - 1 + Omitted(diags); got != total {
		t.Errorf("len(diags) - 1 + Omitted(diags) = %d, want all %d problems", got, total)
	}
	if got := Omitted(one); got != 0 {
		t.Errorf("Omitted of %d diagnostics = %d, want 0", len(one), got)
	}
	for i := 1; i < len(diags); i++ {
		if a, b := diags[i-1], diags[i]; a.Line > b.Line || a.Line == b.Line && a.Column > b.Column {
			t.Fatalf("diagnostics %d and %d out of order: %v, %v", i-1, i, a, b)
		}
	}
	// The items are one a line from line 4: the problems kept are those of the first
	// items, every one of them.
	lastItem := 4 + (MaxDiagnostics-perFile)/perTie - 1
	if got := diags[MaxDiagnostics-1].Line; got < lastItem-1 || got > lastItem+1 {
		t.Errorf("last problem kept on line %d, want about %d", got, lastItem)
	}
	if bytes.Count(data, []byte("\n")) < last.Line {
		t.Errorf("the count of the rest is on line %d, past the end of the file", last.Line)
	}
}
