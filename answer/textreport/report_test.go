package textreport

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestPairsListsFifty: a list of pairs in a table stops at fifty and counts the rest.
func TestPairsListsFifty(t *testing.T) {
	var ps [][]string
	for i := range 60 {
		ps = append(ps, []string{fmt.Sprintf("a%02d", i), fmt.Sprintf("b%02d", i), fmt.Sprintf("t%02d", i)})
	}
	var w bytes.Buffer
	printPairs(&w, nil, "Ties inconsistent", ps, false)
	out := w.String()
	if !strings.HasPrefix(out, "\nTies inconsistent (60):\n") || strings.Count(out, " - ") != 50 || !strings.Contains(out, "a49 - b49") ||
		strings.Contains(out, "a50") || !strings.HasSuffix(out, "  (and 10 more; --json lists them all)\n") {
		t.Errorf("pairs listed:\n%s", out)
	}
}
