package main

import (
	"context"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
)

func (m *Main) runActor(ctx context.Context, args []string) error {
	f := m.flags("actor", "ID", `Actor prints an actor's profile: names, kind, home, tags, parents and factions, and every
tie over time with its evidence, then the events it took part in.`).withJSON()
	at := f.String("at", "", "only ties active at this EDTF `date`")
	caseID := f.String("case", "", "only the ties and events of this case (default: of every case)")
	knownAt := f.String("known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() != 1 {
		f.Usage()
		return usageError("actor needs one actor id (find ids with `alliances actors QUERY`)")
	}
	filter, err := answer.TieFilter([]string{f.Arg(0)}, nil, nil, nil, 0, *at, false, *knownAt)
	if err != nil {
		return err
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	ids, err := answer.ResolveNames(ctx, db, []string{f.Arg(0)}, filter.KnownAt)
	if err != nil {
		return err
	}
	if err := answer.CaseExists(ctx, db, *caseID, filter.KnownAt); err != nil {
		return err
	}
	filter.Actors, filter.Case = ids, *caseID
	p, err := answer.LoadProfile(ctx, db, ids[0], filter)
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, p)
	}
	return textreport.Profile(m.Stdout, p)
}
