package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// handCase imports a small case file written in a test, whose right answers the test
// derives by hand, and returns the CLI. Actors are given as "id kind"; every tie cites
// one source with credibility 2 unless its extra lines say otherwise.
func handCase(t *testing.T, id string, actors []string, ties ...string) *cli {
	t.Helper()
	c := newCLI(t)
	c.ok("import", writeFile(t, t.TempDir(), id+".yaml", handCaseYAML(id, actors, ties...)))
	return c
}

// handCaseYAML writes the case file of handCase.
func handCaseYAML(id string, actors []string, ties ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "case: %s\ntitle: A case worked by hand\n\nsources:\n  - id: notes\n    title: Notes\n    kind: analysis\n    reliability: B\n\nactors:\n", id)
	for _, a := range actors {
		f := strings.Fields(a)
		fmt.Fprintf(&b, "  - id: %s\n    name: %s\n    kind: %s\n", f[0], strings.ToUpper(f[0][:1])+f[0][1:], f[1])
	}
	b.WriteString("\nties:\n")
	for _, tie := range ties {
		b.WriteString(tie)
	}
	return b.String()
}

// tie writes one tie of a hand case; extra holds further fields as "key: value", and a
// "credibility: N" among them sets the citation's credibility.
func tie(id, subject, object, kind, valid string, extra ...string) string {
	cred := "2"
	var b strings.Builder
	fmt.Fprintf(&b, "  - id: %s\n    subject: %s\n    object: %s\n    kind: %s\n    valid: %s\n", id, subject, object, kind, valid)
	if !slices.ContainsFunc(extra, func(e string) bool { return strings.HasPrefix(e, "basis: ") }) {
		b.WriteString("    basis: stated\n")
	}
	for _, e := range extra {
		if v, ok := strings.CutPrefix(e, "credibility: "); ok {
			cred = v
			continue
		}
		fmt.Fprintf(&b, "    %s\n", e)
	}
	fmt.Fprintf(&b, "    citations:\n      - {source: notes, locator: p1, credibility: %s}\n", cred)
	return b.String()
}
