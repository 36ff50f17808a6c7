package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
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
	vs, err := db.History(ctx, f.Arg(0))
	if err != nil {
		return err
	}
	if f.json {
		type version struct {
			Entity  string          `json:"entity"`
			ID      string          `json:"id"`
			Case    string          `json:"case"`
			Version int             `json:"version"`
			From    time.Time       `json:"from"`
			To      time.Time       `json:"to,omitzero"`
			Claim   json.RawMessage `json:"claim"`
		}
		out := make([]version, len(vs))
		for i, v := range vs {
			out[i] = version{v.Entity, v.ID, v.Recorded.Case, v.Recorded.Version, v.Recorded.From, v.Recorded.To, v.Body}
		}
		return writeJSON(m.Stdout, out)
	}
	t := newTable(m.Stdout, "VERSION", "RECORDED", "SUPERSEDED", "CASE", "CLAIM")
	for _, v := range vs {
		to := "current"
		if !v.Recorded.To.IsZero() {
			to = v.Recorded.To.Format(time.RFC3339)
		}
		t.row(fmt.Sprint(v.Recorded.Version), v.Recorded.From.Format(time.RFC3339), to, v.Recorded.Case, string(v.Body))
	}
	return t.flush()
}
