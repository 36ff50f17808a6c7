package main

import (
	"context"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
)

func (m *Main) runBrokers(ctx context.Context, args []string) error {
	f := m.flags("brokers", "--at D [--groups blocs|parents]", `Brokers finds who brokers between whom at a date, on the positive ties taken in their
direction (an alliance goes both ways). For each actor B it counts the open two-paths
A -> B -> C (no positive tie A -> C, and A and C not enemies: a broker between two
enemies has no opening) by Gould and Fernandez's (1989) roles, given groups:
  coordinator     A, B and C in one group
  itinerant       A and C in one group, B outside (also called consultant)
  representative  B in A's group, passing to C outside it
  gatekeeper      B in C's group, admitting A from outside it
  liaison         A, B and C in three groups
(the convention of Gould and Fernandez and of R's sna; some implementations swap the
representative and the gatekeeper). A recorded mediation counts as brokerage by the
mediator between its two parties, in its own column and in the total. Groups are the
blocs of the signed network at the date (default) or each actor's parent organization
(with --no-fold). Beside the roles: Burt's (1992) constraint and effective size on the
positive ties (as networkx.constraint and networkx.effective_size with weight=None; with
--weighted, on the net intensities, as with weight='weight').`).withJSON()
	sf := f.withSnapshot()
	groups := f.String("groups", "blocs", "groups for the roles: `blocs` or parents")
	weighted := f.Bool("weighted", false, "constraint and effective size on the net intensities of the ties, not their number")
	limit := f.Int("limit", -1, "list at most this many `brokers` (0: all; default 25 in tables, all in JSON)")
	if err := f.parse(args); err != nil {
		return err
	}
	filter, knownAt, err := sf.Filter()
	if err != nil {
		return err
	}
	o := answer.BrokersOptions{Groups: *groups, Weighted: *weighted, Limit: listLimit(*limit, f.json, 25), Explain: sf.Explain, Robust: sf.Robust}
	if err := o.Check(filter); err != nil {
		return err
	}
	rec, _, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	res, err := answer.Brokers(ctx, rec, filter, sf.At, o)
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return textreport.Brokers(m.Stdout, rec, res, sf.Explain)
}
