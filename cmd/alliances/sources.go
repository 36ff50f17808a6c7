package main

import (
	"context"
	"slices"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"

	"github.com/alliances-project/alliances"
)

func (m *Main) runSources(ctx context.Context, args []string) error {
	f := m.flags("sources", "", "Sources lists the sources the record cites, with their Admiralty reliability.").withJSON()
	knownAt := f.String("known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	f.StringVar(&f.caseID, "case", "", "only the sources of this `case`")
	if err := f.parse(args); err != nil {
		return err
	}
	at, err := answer.ParseKnownAt(*knownAt)
	if err != nil {
		return err
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	srcs, err := db.Sources(ctx, at)
	if err != nil {
		return err
	}
	if err := answer.CaseExists(ctx, db, f.caseID, at); err != nil {
		return err
	}
	srcs = slices.DeleteFunc(srcs, func(s alliances.Source) bool { return !answer.InCase(s.Recorded, f.caseID) })
	if f.json {
		return writeJSON(m.Stdout, srcs)
	}
	return textreport.Sources(m.Stdout, srcs)
}
