package main

import (
	"context"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
)

func (m *Main) runHistory(ctx context.Context, args []string) error {
	f := m.flags("history", "ID", `History lists every recorded version of the source, actor, tie or event with this id:
when each entered the record and when it was superseded or retracted.`).withJSON()
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() != 1 {
		f.Usage()
		return usageError("history needs one id")
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	vs, err := answer.History(ctx, db, f.Arg(0))
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, vs)
	}
	return textreport.History(m.Stdout, vs)
}
