package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/alliances-project/alliances/answer"
)

// blocsSeries partitions each window with the actors numbered alike, and tracks the
// blocs.

func printBlocsSeries(w io.Writer, rec *answer.Record, s *answer.BlocsSeries, explain bool, limit int) error {
	printHeader(w, &s.Report)
	header := []string{"AT", "BLOCS", "P", "OPTIMA", "SWING", "SIZES"}
	robust := s.Steps[0].Robust != nil
	if robust {
		header = append(header, "P, ALL RUNS")
	}
	t := newTable(w, header...)
	for _, b := range s.Steps {
		var sizes []string
		for _, bj := range b.Blocs {
			sizes = append(sizes, fmt.Sprintf("%d:%s %d", bj.Bloc, bj.Name, len(bj.Actors)))
		}
		optima := fmt.Sprint(b.Optima)
		if !b.OptimaComplete {
			optima += "+"
		}
		row := []string{b.At, fmt.Sprint(b.K), fmt.Sprintf("%g", b.P), optima, fmt.Sprint(len(b.Swing)), strings.Join(sizes, ", ")}
		if robust {
			row = append(row, fmt.Sprintf("%g-%g", minOf(b.Robust.P), maxOf(b.Robust.P)))
		}
		t.row(row...)
	}
	if err := t.flush(); err != nil {
		return err
	}
	if explain {
		for _, b := range s.Steps {
			fmt.Fprintf(w, "\n== %s\n", b.At)
			fmt.Fprintln(w, wrap(b.Reading, 100))
			printBlocsBody(w, rec, b, true, limit)
		}
	}
	printChanges := func(title string, cs []answer.BlocChange) {
		fmt.Fprintf(w, "\n%s (%d):\n", title, len(cs))
		t := newTable(w)
		for _, c := range cs {
			folded := ""
			if c.Folded != "" {
				folded = "(part of " + c.Folded + " at " + c.FoldedAt + ")"
			}
			partners := "left: no positive tie there"
			if len(c.Partners) > 0 {
				partners = "moved: with " + strings.Join(c.Partners, ", ")
			}
			switch c.Kind {
			case "cancelled":
				var why []string
				for _, l := range c.Lost {
					if l.Now == "cancelled" {
						why = append(why, l.Partner+": "+l.Terms)
					}
				}
				partners = "ties cancel out (" + strings.Join(why, "; ") + ")"
			case "dissolved":
				var gone []string
				for _, l := range c.Lost {
					gone = append(gone, l.Partner)
				}
				partners = "partners gone: " + strings.Join(gone, ", ")
			case "joined":
				partners = "joined " + c.Folded
			case "pushed":
				partners = "pushed out: hostile to " + strings.Join(c.Against, ", ")
			}
			t.row("  "+c.At, c.Actor, fmt.Sprintf("from %d (%s)", c.From, c.FromName), fmt.Sprintf("to %d (%s)", c.To, c.ToName), partners, folded)
		}
		t.flush()
	}
	printChanges("Changes of bloc", s.Changes)
	if len(s.Swings) > 0 {
		printChanges("Swings between equally good partitions, not moves", s.Swings)
	}
	fmt.Fprintln(w, "\nOPTIMA: distinct partitions of least P found (+: the search may have missed some); SWING: actors they place differently.")
	printLegend(w, &s.Report)
	return nil
}
