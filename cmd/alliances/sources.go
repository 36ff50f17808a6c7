package main

import (
	"context"
	"fmt"
	"slices"

	"github.com/alliances-project/alliances/answer"

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
	cases := map[string]bool{}
	for _, s := range srcs {
		if s.Recorded != nil {
			cases[s.Recorded.Case] = true
		}
	}
	if f.json {
		return writeJSON(m.Stdout, srcs)
	}
	header := []string{"ID", "REL", "KIND", "DATE", "AUTHOR", "PUBLISHER", "TITLE"}
	if len(cases) > 1 {
		header = append([]string{"CASE"}, header...)
	}
	t := newTable(m.Stdout, header...)
	for _, s := range srcs {
		date := ""
		if s.Date != nil {
			date = s.Date.String()
		}
		row := []string{s.ID, s.Reliability, s.Kind, date, s.Author, s.Publisher, s.Title}
		if len(cases) > 1 {
			row = append([]string{s.Recorded.Case}, row...)
		}
		t.row(row...)
	}
	if err := t.flush(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%s", alliances.Count(len(srcs), "source"))
	if len(cases) > 1 {
		fmt.Fprintf(m.Stdout, " of %d cases (--case keeps one)", len(cases))
	}
	fmt.Fprintln(m.Stdout)
	return nil
}
