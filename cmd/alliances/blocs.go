package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

func (m *Main) runBlocs(ctx context.Context, args []string) error {
	f := m.flags("blocs", "--at D | --from D1 --to D2 [--step 1y] [--k K]", `Blocs partitions the signed network into the blocs that best fit it (Doreian and Mrvar
1996): the partition minimizing alpha times the weight of the negative ties inside blocs plus
(1 - alpha) times that of the positive ties between them, each tie weighing its intensity
(--unweighted counts ties instead). Optimal partitions are often not unique: the output lists
every one found (all of them when the search is exact, up to 20 actors with ties), each
bloc's core (the actors always together), the swing actors, and the ties inconsistent in
every optimal partition and in some. Groups that no tie links sit in blocs of their own:
joining them would cost nothing and mean nothing. Over a series, blocs keep their
numbers from step to step (carried by their weightiest members), and an actor changes
bloc only when no pair of optimal partitions of the two steps keeps it with its old
partners; other changes of label are listed as swings.`).withJSON()
	sf := f.withSignedSnapshot()
	from := f.String("from", "", "start of a series, an EDTF `date`")
	to := f.String("to", "", "end of a series, an EDTF `date`")
	stepLen := f.String("step", "", "length of each step of a series: `1y`, 6m, 7d (default: 1y, or 1m over less than three years)")
	k := f.Int("k", 0, "the number of blocs, at most (0: the best of 1 to 5)")
	alpha := f.Float64("alpha", 0.5, "weight of negative ties inside blocs against positive ties between, in (0, 1)")
	seed := f.Uint64("seed", 1, "seed of the local search")
	unweighted := f.Bool("unweighted", false, "count ties instead of weighing them by intensity")
	limit := f.Int("limit", 25, "list at most this many `blocs`, the largest, in a table (0: all; JSON lists all)")
	if err := f.parse(args); err != nil {
		return err
	}
	o := answer.BlocsOptions{K: *k, Alpha: *alpha, Seed: *seed, Unweighted: *unweighted, Robust: sf.Robust}
	if err := o.Check(); err != nil {
		return err
	}
	filter, knownAt, err := sf.Filter()
	if err != nil {
		return err
	}
	if err := sf.Signed(filter); err != nil {
		return err
	}
	windows, err := answer.Windows(sf.At, *from, *to, *stepLen)
	if err != nil {
		return err
	}
	rec, _, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	b, series, err := answer.Blocs(ctx, rec, filter, windows, o)
	if err != nil {
		return err
	}
	switch {
	case f.json && series != nil:
		return writeJSON(m.Stdout, series)
	case f.json:
		return writeJSON(m.Stdout, b)
	case series != nil:
		return printBlocsSeries(m.Stdout, rec, series, sf.Explain, *limit)
	}
	return printBlocs(m.Stdout, rec, b, sf.Explain, *limit)
}

func printBlocs(w io.Writer, rec *answer.Record, b *answer.BlocsStep, explain bool, limit int) error {
	printHeader(w, &b.Report)
	printBlocsBody(w, rec, b, explain, limit)
	printLegend(w, &b.Report)
	return nil
}

func printBlocsBody(w io.Writer, rec *answer.Record, b *answer.BlocsStep, explain bool, limit int) {
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
	printPairs(w, rec, "Ties inconsistent with every optimal partition", b.AlwaysInconsistent, explain)
	if len(b.SometimesInconsistent) > 0 {
		printPairs(w, rec, "Ties inconsistent with some optimal partitions only", b.SometimesInconsistent, explain)
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

// printAlternatives lists, for each other optimal partition, its blocs that differ from
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
