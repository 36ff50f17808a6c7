package main

import (
	"context"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
)

func (m *Main) runDiff(ctx context.Context, args []string) error {
	f := m.flags("diff", "D1 D2 [--focal ACTORS]", `Diff compares the snapshots at two EDTF dates: the ties begun and ended between them, the
pairs whose net sign flipped (the sign of their net value: per kind the strongest tie,
summed with the kinds' signs; the alignment layer by default, so that a cease-fire or a
peace deal flips nothing), and, with --focal, the actors whose net stance toward the focal
actors changed: flipped (+ to - or - to +), new (from no ties), ended (to no ties), or
cancelled (to ties that net to nothing) and uncancelled.
The focal actors' own parts (members, leaders, factions, elements) are not realignments.`).withJSON()
	sf := f.withSignedSnapshot()
	var focal listFlag
	f.Var(&focal, "focal", "focal actor `ids`: report who realigned toward or away from them (a bloc when several)")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() != 2 {
		f.Usage()
		return usageError("diff needs two dates, such as 2016 2019")
	}
	if sf.At != "" {
		return usageError("diff takes its two dates as arguments, not --at")
	}
	filter, knownAt, err := sf.Filter()
	if err != nil {
		return err
	}
	// The dates are read before the record, which answer.Diff reads them again: a
	// mistyped date is told without waiting for a large record.
	if _, err := answer.DateArg("first date", f.Arg(0)); err != nil {
		return err
	}
	if _, err := answer.DateArg("second date", f.Arg(1)); err != nil {
		return err
	}
	if err := sf.Signed(filter); err != nil {
		return err
	}
	rec, focalIDs, err := m.loadRecord(ctx, f, knownAt, focal...)
	if err != nil {
		return err
	}
	c, err := answer.Diff(ctx, rec, filter, f.Arg(0), f.Arg(1), focalIDs, sf.Robust)
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, c)
	}
	return textreport.Diff(m.Stdout, rec, c, sf.Explain)
}
