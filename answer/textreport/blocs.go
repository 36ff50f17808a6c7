package textreport

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

// Blocs writes the blocs of one step: the partition shown and its fit, each bloc's core
// and swing actors (the limit largest blocs, all when limit is 0), the other optimal
// partitions, and the ties inconsistent with them, with their evidence when explain.
func Blocs(w io.Writer, rec *answer.Record, b *answer.BlocsStep, explain bool, limit int) error {
	printHeader(w, &b.Report)
	blocsBody(w, rec, b, explain, limit)
	printLegend(w, &b.Report)
	return nil
}

func blocsBody(w io.Writer, rec *answer.Record, b *answer.BlocsStep, explain bool, limit int) {
	how := "exact"
	if !b.Exact {
		how = fmt.Sprintf("best of %d local search starts, %d reached it", b.Starts, b.BestFound)
	}
	unit := "weighted by intensity"
	if !b.Weighted {
		unit = "ties counted"
	}
	optima := alliances.Count(b.Optima, "optimal partition") + " found"
	switch {
	case b.Optima == 1 && b.OptimaComplete:
		optima = fmt.Sprintf("the only optimal partition into %d blocs", b.K)
	case b.OptimaComplete:
		optima = fmt.Sprintf("%d optimal partitions, all of them", b.Optima)
	}
	fmt.Fprintf(w, "Blocs at %s: %d blocs, P = %g (%s, alpha %g; %s; %s)\n", b.At, b.K, b.P, unit, b.Alpha, how, optima)
	var perK []string
	for _, kv := range b.PerK {
		perK = append(perK, fmt.Sprintf("k=%d: %g", kv.K, kv.P))
	}
	fmt.Fprintf(w, "Least P for each number of blocs: %s\n", strings.Join(perK, ", "))
	listed := largest(b.Blocs, limit)
	rest, restActors := 0, 0
	for i, bj := range b.Blocs {
		if !listed[i] {
			rest, restActors = rest+1, restActors+len(bj.Actors)
			continue
		}
		fmt.Fprintf(w, "\nBloc %d (%s, %s):\n  core:  %s\n", bj.Bloc, bj.Name, alliances.Count(len(bj.Actors), "actor"), strings.Join(bj.Core, ", "))
		if len(bj.Swing) > 0 {
			fmt.Fprintf(w, "  swing: %s\n", strings.Join(bj.Swing, ", "))
		}
	}
	if rest > 0 {
		fmt.Fprintf(w, "\n(and %d smaller %s of %s; --limit 0 or --json lists them all)\n", rest, map[bool]string{true: "bloc", false: "blocs"}[rest == 1], alliances.Count(restActors, "actor"))
	}
	if b.Optima > 1 {
		printBlocsAlternatives(w, b)
	}
	if b.Robust != nil {
		blocsRobustness(w, b, listed)
	}
	printPairs(w, rec, "Ties inconsistent with every optimal partition", b.AlwaysInconsistent, explain)
	if len(b.SometimesInconsistent) > 0 {
		printPairs(w, rec, "Ties inconsistent with some optimal partitions only", b.SometimesInconsistent, explain)
	}
}

// blocsRobustness writes the spread of P over the runs of --robust, and the actors of
// the blocs listed that some run parts from most of their bloc-mates.
func blocsRobustness(w io.Writer, b *answer.BlocsStep, listed []bool) {
	fmt.Fprintf(w, "\nRobustness over %d runs: P from %g to %g; actors parted from most of their bloc-mates in some run:\n",
		len(b.Robust.Variants), minOf(b.Robust.P), maxOf(b.Robust.P))
	for i, bj := range b.Blocs {
		if !listed[i] {
			continue
		}
		for _, a := range bj.Actors {
			n, gone := b.Robust.Stable[a], b.Robust.Absent[a]
			if n+gone == len(b.Robust.Variants) && gone == 0 {
				continue
			}
			line := fmt.Sprintf("  %s: with most of its bloc-mates in %d of %d runs", a, n, len(b.Robust.Variants))
			if len(bj.Actors) == 1 {
				line = fmt.Sprintf("  %s: alone in %d of %d runs", a, n, len(b.Robust.Variants))
			}
			if gone > 0 {
				line += fmt.Sprintf(", absent (no ties, or folded) in %d", gone)
			}
			fmt.Fprintln(w, line)
		}
	}
}

// largest marks the limit blocs with the most actors (ties to the lower number), all of
// them when limit is 0 or more than there are.
func largest(blocs []answer.Bloc, limit int) []bool {
	listed := make([]bool, len(blocs))
	order := make([]int, len(blocs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(len(blocs[j].Actors), len(blocs[i].Actors)) })
	if limit <= 0 || limit > len(order) {
		limit = len(order)
	}
	for _, i := range order[:limit] {
		listed[i] = true
	}
	return listed
}

// printBlocsAlternatives lists, for each other optimal partition, its blocs that differ from
// those of the partition shown.
func printBlocsAlternatives(w io.Writer, b *answer.BlocsStep) {
	const shown = 10
	fmt.Fprintf(w, "\nThe other optimal partitions, by their blocs that differ from those above:\n")
	key := func(actors []string) string { return strings.Join(answer.SortedCopy(actors), ",") }
	same := map[string]bool{}
	for _, bj := range b.Blocs {
		same[key(bj.Actors)] = true
	}
	for i, p := range b.Partitions[1:min(len(b.Partitions), shown+1)] {
		var diffs []string
		for _, members := range p {
			if !same[key(members)] {
				diffs = append(diffs, "{"+strings.Join(members, ", ")+"}")
			}
		}
		fmt.Fprintf(w, "  %d. %s\n", i+2, strings.Join(diffs, " "))
	}
	if len(b.Partitions) > shown+1 {
		fmt.Fprintf(w, "  (and %d more; --json lists them all)\n", len(b.Partitions)-shown-1)
	}
}

// BlocsSeries writes a series of blocs as a table, a step a row, then the actors that
// changed bloc and those that swung between equally good partitions; when explain, each
// step in full too (see Blocs).
func BlocsSeries(w io.Writer, rec *answer.Record, s *answer.BlocsSeries, explain bool, limit int) error {
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
			blocsBody(w, rec, b, true, limit)
		}
	}
	printChanges(w, "Changes of bloc", s.Changes)
	if len(s.Swings) > 0 {
		printChanges(w, "Swings between equally good partitions, not moves", s.Swings)
	}
	fmt.Fprintln(w, "\nOPTIMA: distinct partitions of least P found (+: the search may have missed some); SWING: actors they place differently.")
	printLegend(w, &s.Report)
	return nil
}

// printChanges lists changes of bloc under a title, a line each: when, who, from which
// bloc to which, why, and the organization an actor was folded into.
func printChanges(w io.Writer, title string, cs []answer.BlocChange) {
	fmt.Fprintf(w, "\n%s (%d):\n", title, len(cs))
	t := newTable(w)
	for _, c := range cs {
		folded := ""
		if c.Folded != "" {
			folded = "(part of " + c.Folded + " at " + c.FoldedAt + ")"
		}
		t.row("  "+c.At, c.Actor, fmt.Sprintf("from %d (%s)", c.From, c.FromName), fmt.Sprintf("to %d (%s)", c.To, c.ToName), changeNote(c), folded)
	}
	t.flush()
}

// changeNote says why an actor changed bloc: the partners it moved with, or the ties it
// lost.
func changeNote(c answer.BlocChange) string {
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
	return partners
}
