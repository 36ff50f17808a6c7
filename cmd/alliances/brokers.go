package main

import (
	"context"
	"fmt"
	"io"

	"github.com/alliances-project/alliances/answer"
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
	return printBrokers(m.Stdout, rec, res, sf.Explain)
}

func printBrokers(w io.Writer, rec *answer.Record, r *answer.BrokersResult, explain bool) error {
	printHeader(w, &r.Report)
	weights := "ties counted"
	if r.Weighted {
		weights = "net intensities"
	}
	fmt.Fprintf(w, "Brokers at %s (groups: %s; constraint and effective size on %s)\n", r.At, r.Groups, weights)
	t := newTable(w, "RANK", "ACTOR", "GROUP", "COORD", "ITIN", "REPR", "GATE", "LIAIS", "MEDIATE", "TOTAL", "Z", "CONSTR", "EFFSIZE")
	for _, b := range r.Brokers {
		z := fmt.Sprintf("%.2f", b.Z)
		if !b.Scored() {
			z = "-" // a mediator without a positive tie of its own: no roles to score
		}
		t.row(fmt.Sprint(b.Rank), b.Actor, b.Group, fmt.Sprint(b.Coordinator), fmt.Sprint(b.Itinerant), fmt.Sprint(b.Representative),
			fmt.Sprint(b.Gatekeeper), fmt.Sprint(b.Liaison), fmt.Sprint(b.Mediation), fmt.Sprint(b.Total), z,
			optional(b.Constraint), optional(b.EffectiveSize))
	}
	if err := t.flush(); err != nil {
		return err
	}
	if note := r.Listed.Note("actors"); note != "" {
		fmt.Fprintln(w, note)
	}
	if len(r.Mediations) > 0 {
		fmt.Fprintf(w, "\nRecorded mediations (%d):\n", len(r.Mediations))
		for _, md := range r.Mediations {
			fmt.Fprintf(w, "  %s mediated between %s and %s (%s, %s, credibility %d) [%s]\n", md.Mediator, md.Between[0], md.Between[1], md.Valid, md.Status, md.Credibility, md.Tie)
			if explain {
				explainTies(w, rec, []string{md.Tie})
			}
		}
	}
	for _, b := range r.Brokers {
		if len(b.Explained) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s brokers %d two-paths:\n", b.Actor, b.Total-b.Mediation)
		for _, re := range b.Explained {
			fmt.Fprintf(w, "  %s: %d (%d listed)\n", re.Role, re.Count, len(re.Paths))
			for _, p := range re.Paths {
				fmt.Fprintf(w, "    %s -> %s -> %s  %v %v\n", p.From, b.Actor, p.To, p.InTies, p.OutTies)
			}
		}
	}
	if r.Robust != nil {
		printRobustness(w, r.Robust, "the total brokerage", len(r.Brokers))
	}
	printLegend(w, &r.Report)
	return nil
}

func optional(x *float64) string {
	if x == nil {
		return "-"
	}
	return fmt.Sprintf("%.3f", *x)
}
