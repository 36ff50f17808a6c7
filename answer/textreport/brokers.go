package textreport

import (
	"fmt"
	"io"

	"github.com/alliances-project/alliances/answer"
)

// Brokers writes the brokers at a date, ranked: their two-paths by Gould and Fernandez's
// roles, the mediations recorded, Burt's constraint and effective size; with explain,
// the two-paths listed and the ties of each mediation.
func Brokers(w io.Writer, rec *answer.Record, r *answer.BrokersResult, explain bool) error {
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
