package main

import (
	"context"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
)

func (m *Main) runPath(ctx context.Context, args []string) error {
	f := m.flags("path", "A B --at D", `Path finds the chains of ties that link two actors at a date: the shortest (fewest steps)
and the strongest (the largest product of the steps' strengths, a step's strength being
the net intensity of its ties, an unknown intensity counting 3, over the largest in the
snapshot). Each step comes with the ties behind it. By default the chains follow the
positive ties of the alignment layer either way, between organizations (their parts
folded in); --sign +,- admits hostile ties too, --directed follows ties in their
direction, --layers alignment,process adds deals, talks and mediations. Actors may be
named by id, name or alias.`).withJSON()
	sf := f.withSnapshot()
	directed := f.Bool("directed", false, "follow directed ties (support, favour...) only from subject to object")
	limit := f.Int("limit", 5, "at most this many `chains` of each kind")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() != 2 {
		f.Usage()
		return usageError("path needs two actor ids")
	}
	o := answer.PathOptions{Directed: *directed, Limit: *limit, Robust: sf.Robust}
	if err := answer.PathActors(f.Arg(0), f.Arg(1), nil); err != nil {
		return err
	}
	filter, knownAt, err := sf.Filter()
	if err != nil {
		return err
	}
	if err := o.Check(filter); err != nil {
		return err
	}
	rec, ids, err := m.loadRecord(ctx, f, knownAt, f.Arg(0), f.Arg(1))
	if err != nil {
		return err
	}
	if err := answer.PathActors(f.Arg(0), f.Arg(1), ids); err != nil {
		return err
	}
	res, err := answer.Path(ctx, rec, filter, sf.At, ids[0], ids[1], o)
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return textreport.Path(m.Stdout, rec, res, sf.Explain)
}
