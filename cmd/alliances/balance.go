package main

import (
	"context"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
)

func (m *Main) runBalance(ctx context.Context, args []string) error {
	f := m.flags("balance", "--at D | --from D1 --to D2 [--step 1y]", `Balance measures structural balance (Heider; Cartwright and Harary) on the signed network:
the census of +++, ++-, +-- and --- triangles, the share balanced (and weakly balanced, after
Davis, counting --- too), the unbalanced triangles, and the frustration index: the least
weight of ties (each weighing its net intensity) whose removal leaves the network balanced,
beside the fewest ties (counted), split into two camps. The index is exact when its bounds
meet (small networks, and those like the states of 1946-1999); otherwise its bounds are
given. The splits that attain it are often not unique: the output says how many, which
actors swing between them, and which pairs every optimal split frustrates.`).withJSON()
	sf := f.withSignedSnapshot()
	from := f.String("from", "", "start of a series, an EDTF `date`")
	to := f.String("to", "", "end of a series, an EDTF `date`")
	stepLen := f.String("step", "", "length of each step of a series: `1y`, 6m, 7d (default: 1y, or 1m over less than three years)")
	limit := f.Int("limit", 20, "list at most this many unbalanced `triangles` (0: all)")
	if err := f.parse(args); err != nil {
		return err
	}
	filter, knownAt, err := sf.Filter()
	if err != nil {
		return err
	}
	if err := sf.Signed(filter); err != nil {
		return err
	}
	windows, err := answer.Windows(sf.At, *from, *to, *stepLen)
	if err != nil {
		return err
	}
	rec, _, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	out, series, err := answer.Balance(ctx, rec, filter, windows, *limit, sf.Robust)
	if err != nil {
		return err
	}
	if f.json {
		if len(out) == 1 {
			return writeJSON(m.Stdout, out[0])
		}
		return writeJSON(m.Stdout, out)
	}
	if len(out) > 1 {
		return textreport.BalanceSeries(m.Stdout, rec, series, out, sf.Explain)
	}
	return textreport.Balance(m.Stdout, rec, out[0], sf.Explain)
}
