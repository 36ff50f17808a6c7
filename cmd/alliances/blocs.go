package main

import (
	"context"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
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
		return textreport.BlocsSeries(m.Stdout, rec, series, sf.Explain, *limit)
	}
	return textreport.Blocs(m.Stdout, rec, b, sf.Explain, *limit)
}
