package main

import (
	"context"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
)

func (m *Main) runSupporters(ctx context.Context, args []string) error {
	f := m.flags("supporters", "ACTOR [--from D1] [--to D2]", `Supporters ranks who supported ACTOR over a period, in which forms, for how long, how
intensely and on what evidence, beside the ranks the sources themselves give.

The score of a supporter is, averaged over the days of the period, the strongest support it
certainly gave that day: intensity (3 when unknown) times (7 - credibility) / 6, so that a
decisive, lasting, confirmed support scores highest and two claims of the same support
count once. Where a tie's start or end is not known, the score counts only the days it
certainly covers, and MAX the days it possibly covers; the table says what is unknown.
Equal scores share a rank. Parts of an organization (an intelligence service, an army)
count as the organization unless --no-fold. The period defaults to the span of the
support ties; --at DATE is the period of that date (--at 2021: the year).`).withJSON()
	sf := f.withSnapshot()
	from := f.String("from", "", "start of the period, an EDTF `date`")
	to := f.String("to", "", "end of the period, an EDTF `date`")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() != 1 {
		f.Usage()
		return usageError("supporters needs one actor id")
	}
	if sf.At != "" {
		// "--at 2021" is the period of that date: its first day to its last.
		if *from != "" || *to != "" {
			return usageError("supporters takes --at or a period with --from and --to, not both")
		}
		*from, *to, sf.At = sf.At, sf.At, ""
	}
	filter, knownAt, err := sf.Filter()
	if err != nil {
		return err
	}
	rec, ids, err := m.loadRecord(ctx, f, knownAt, f.Arg(0))
	if err != nil {
		return err
	}
	res, err := answer.Supporters(ctx, rec, filter, ids[0], *from, *to, sf.Robust)
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return textreport.Supporters(m.Stdout, rec, res, sf.Explain)
}
