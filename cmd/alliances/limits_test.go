package main

import (
	"fmt"
	"strings"
	"testing"
)

// TestBlocsTableListsTheLargest: a network of twenty-nine unlinked pairs and one trio
// has thirty blocs; the table lists the 25 largest (the trio among them) and counts the
// others, --limit 0 lists them all, and JSON always does.
func TestBlocsTableListsTheLargest(t *testing.T) {
	c := newCLI(t)
	var b strings.Builder
	b.WriteString("case: many\ntitle: Many pairs\nsources: [{id: s, title: S, kind: analysis, reliability: B}]\nactors:\n")
	tie := func(id, a, o string) string {
		return fmt.Sprintf("  - {id: %s, subject: %s, object: %s, kind: alliance, valid: \"2010\", basis: stated, citations: [{source: s, credibility: 2}]}\n", id, a, o)
	}
	var ties strings.Builder
	for i := range 30 {
		fmt.Fprintf(&b, "  - {id: a%02d, name: A%02d, kind: militia}\n  - {id: b%02d, name: B%02d, kind: militia}\n", i, i, i, i)
		ties.WriteString(tie(fmt.Sprintf("t%02d", i), fmt.Sprintf("a%02d", i), fmt.Sprintf("b%02d", i)))
	}
	b.WriteString("  - {id: c29, name: C29, kind: militia}\nties:\n")
	b.WriteString(ties.String())
	b.WriteString(tie("t30", "b29", "c29"))
	c.ok("import", writeFile(t, t.TempDir(), "many.yaml", b.String()))
	out := c.ok("blocs", "--at", "2010", "--case", "many")
	if n := strings.Count(out, "\nBloc "); n != 25 {
		t.Errorf("%d blocs listed, want 25:\n%s", n, out)
	}
	if !strings.Contains(out, "(b29, 3 actors)") || !strings.Contains(out, "(and 5 smaller blocs of 10 actors; --limit 0 or --json lists them all)") {
		t.Errorf("the trio or the count of the others missing:\n%s", out)
	}
	if n := strings.Count(c.ok("blocs", "--at", "2010", "--case", "many", "--limit", "0"), "\nBloc "); n != 30 {
		t.Errorf("--limit 0 listed %d blocs, want 30", n)
	}
	if n := strings.Count(c.ok("blocs", "--at", "2010", "--case", "many", "--json"), `"bloc":`); n != 30 {
		t.Errorf("JSON holds %d blocs, want 30", n)
	}
}
