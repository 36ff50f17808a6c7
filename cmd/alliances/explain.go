package main

import (
	"fmt"
	"io"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
)

// explainTies prints ties with their full evidence, for --explain.
func explainTies(w io.Writer, rec *answer.Record, ids []string) {
	seen := map[string]bool{}
	for _, id := range ids {
		t, ok := rec.Tie(id)
		if !ok || seen[id] {
			continue
		}
		seen[id] = true
		explainTie(w, rec, t)
	}
}

func explainTie(w io.Writer, rec *answer.Record, t *alliances.Tie) {
	fmt.Fprintf(w, "    %s: %s %s %s %s, %s, %s", t.ID, t.Subject, t.Sign, tieLabel(t), objectLabel(t), t.Valid, statusLabel(t))
	if t.Intensity > 0 {
		fmt.Fprintf(w, ", intensity %d", t.Intensity)
	}
	fmt.Fprintln(w)
	for _, c := range t.Citations {
		fmt.Fprintf(w, "      %s: %s %s (%s%d)", c.Stance, c.Source, c.Locator, rec.Sources[c.Source].Reliability, c.Credibility)
		if c.AttributedTo != "" {
			fmt.Fprintf(w, " per %s", c.AttributedTo)
		}
		if c.Note != "" {
			fmt.Fprintf(w, ": %s", c.Note)
		}
		fmt.Fprintln(w)
	}
	if t.Note != "" {
		fmt.Fprintf(w, "      note: %s\n", t.Note)
	}
}
