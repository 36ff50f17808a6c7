package main

import (
	"context"
	"slices"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
)

func (m *Main) runTimeline(ctx context.Context, args []string) error {
	f := m.flags("timeline", "[--actor ACTOR] [--from DATE] [--to DATE]", `Timeline lists, in date order, when ties began and ended and the events, for the whole
record or for the actors given (by id, name or alias).`).withJSON()
	var actors listFlag
	f.Var(&actors, "actor", "only ties and events of these `actors`")
	f.StringVar(&f.caseID, "case", "", "only the ties and events of this `case`")
	knownAt := f.String("known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	from := f.String("from", "", "only the moments from this EDTF `date` on")
	to := f.String("to", "", "only the moments up to this EDTF `date`")
	if err := f.parse(args); err != nil {
		return err
	}
	first, last, err := answer.Period(*from, *to)
	if err != nil {
		return err
	}
	filter, err := answer.TieFilter(nil, nil, nil, nil, 0, "", false, *knownAt)
	if err != nil {
		return err
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	entries, err := answer.RecordTimeline(ctx, db, actors, f.caseID, filter.KnownAt)
	if err != nil {
		return err
	}
	entries = slices.DeleteFunc(entries, func(e answer.Entry) bool { return e.Day < first || e.Day > last })
	if f.json {
		return writeJSON(m.Stdout, entries)
	}
	rel, err := answer.Reliabilities(ctx, db, filter)
	if err != nil {
		return err
	}
	return textreport.Timeline(m.Stdout, entries, rel)
}
