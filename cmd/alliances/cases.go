package main

import (
	"context"
	"time"

	"github.com/alliances-project/alliances/answer/textreport"
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
	return textreport.Cases(m.Stdout, cs)
}
