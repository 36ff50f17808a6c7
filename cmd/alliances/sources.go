package main

import (
	"context"
	"fmt"
)

func (m *Main) runSources(ctx context.Context, args []string) error {
	f := m.flags("sources", "", "Sources lists the sources the record cites, with their Admiralty reliability.").withJSON()
	knownAt := f.String("known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	if err := f.parse(args); err != nil {
		return err
	}
	at, err := parseKnownAt(*knownAt)
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
	if f.json {
		return writeJSON(m.Stdout, srcs)
	}
	t := newTable(m.Stdout, "ID", "REL", "KIND", "DATE", "AUTHOR", "PUBLISHER", "TITLE")
	for _, s := range srcs {
		date := ""
		if s.Date != nil {
			date = s.Date.String()
		}
		t.row(s.ID, s.Reliability, s.Kind, date, s.Author, s.Publisher, s.Title)
	}
	if err := t.flush(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%d sources\n", len(srcs))
	return nil
}
