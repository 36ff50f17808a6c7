package main

import (
	"context"
	"fmt"
	"time"
)

func (m *Main) runCases(ctx context.Context, args []string) error {
	f := m.flags("cases", "", "Cases lists the cases in the database.").withJSON()
	if err := f.parse(args); err != nil {
		return err
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	cs, err := db.Cases(ctx, time.Time{})
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, cs)
	}
	t := newTable(m.Stdout, "ID", "SOURCES", "ACTORS", "TIES", "EVENTS", "CHANGED", "TITLE")
	for _, c := range cs {
		t.row(c.ID, fmt.Sprint(c.Sources), fmt.Sprint(c.Actors), fmt.Sprint(c.Ties), fmt.Sprint(c.Events),
			c.Recorded.Format("2006-01-02 15:04"), c.Title)
	}
	return t.flush()
}
