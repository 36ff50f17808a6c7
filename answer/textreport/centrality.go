package textreport

import (
	"fmt"
	"io"

	"github.com/alliances-project/alliances/answer"
)

// Centrality writes the actors ranked by a measure of centrality, each with its degree,
// strength, betweenness, PageRank and eigenvector centrality; with explain, the ties
// behind each actor's degree.
func Centrality(w io.Writer, rec *answer.Record, r *answer.CentralityResult, explain bool) error {
	sortBy := r.SortedBy
	printHeader(w, &r.Report)
	how := "undirected"
	if r.Directed {
		how = "directed"
	}
	if r.Weighted {
		how += ", weighted by intensity"
	}
	network := r.Network + " ties"
	if r.Network == "all" {
		network = "ties of every sign"
	}
	fmt.Fprintf(w, "Centrality at %s on the %s (%s), by %s\n", r.At, network, how, sortBy)
	if r.Approximate {
		fmt.Fprintf(w, "Betweenness estimated from sampled sources: within %.4g of the exact values with 95%% confidence\n", r.Bound)
	}
	if len(r.Actors) == 0 {
		return nil
	}
	t := newTable(w, "RANK", "ACTOR", "DEGREE", "+", "-", "STRENGTH", "BETWEENNESS", "PAGERANK", "EIGENVECTOR")
	for _, c := range r.Actors {
		eig := "-"
		if c.Eigenvector != nil {
			eig = fmt.Sprintf("%.4f", *c.Eigenvector)
		}
		t.row(fmt.Sprint(c.Rank), c.Actor, fmt.Sprint(c.Degree), fmt.Sprint(c.DegreePos), fmt.Sprint(c.DegreeNeg), fmt.Sprintf("%g", c.Strength),
			fmt.Sprintf("%.4g", c.Betweenness), fmt.Sprintf("%.4f", c.PageRank), eig)
	}
	if err := t.flush(); err != nil {
		return err
	}
	if note := r.Listed.Note("actors"); note != "" {
		fmt.Fprintln(w, note)
	}
	if r.Robust != nil {
		printRobustness(w, r.Robust, sortBy, len(r.Actors))
	}
	if explain {
		for _, c := range r.Actors {
			fmt.Fprintf(w, "\n%s: degree %d, on these ties\n", c.Actor, c.Degree)
			explainTies(w, rec, c.Ties)
		}
	}
	printLegend(w, &r.Report)
	return nil
}
