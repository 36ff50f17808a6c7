package textreport

import (
	"fmt"
	"io"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

// Path writes the shortest and the strongest chains of ties between two actors, step by
// step; with explain, the ties of each step.
func Path(w io.Writer, rec *answer.Record, r *answer.PathResult, explain bool) error {
	printHeader(w, &r.Report)
	fmt.Fprintf(w, "Chains from %s to %s at %s\n", r.From, r.To, r.At)
	if len(r.Shortest) == 0 {
		fmt.Fprintln(w, "\nNo chain of ties links them at that date.")
		if r.Why != "" {
			fmt.Fprintln(w, wrap(strings.ToUpper(r.Why[:1])+r.Why[1:]+".", 100))
		}
		return nil
	}
	section := func(title string, cs []answer.Chain) {
		fmt.Fprintf(w, "\n%s:\n", title)
		for i, c := range cs {
			var b strings.Builder
			for j, a := range c.Actors {
				if j > 0 {
					fmt.Fprintf(&b, " -[%s]- ", strings.Join(c.Steps[j-1], ","))
				}
				b.WriteString(a)
			}
			fmt.Fprintf(w, "  %d. %s  (%s, strength %.3g)\n", i+1, b.String(), alliances.Count(len(c.Steps), "step"), c.Strength)
			if explain {
				for _, step := range c.Steps {
					explainTies(w, rec, step)
				}
			}
		}
	}
	section("Shortest", r.Shortest)
	section("Strongest", r.Strongest)
	fmt.Fprintf(w, "\nA step's strength is the summed intensity of its ties over %g, the largest pair in the snapshot.\n", r.MaxWeight)
	if r.Robust != nil {
		printCountRobustness(w, r.Robust, "the runs in which the actors are linked, and by which chains", answer.SortedFindings(r.Robust, answer.ChainFindings(r)))
	}
	return nil
}
