package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances/answer"

	acentrality "github.com/alliances-project/alliances/analysis/centrality"
	"github.com/alliances-project/alliances/graph"
	"github.com/alliances-project/alliances/snapshot"
)

// central is one actor's centrality at a date.
type central struct {
	Rank        int      `json:"rank"` // by the measure sorted on; equal values share a rank
	Actor       string   `json:"actor"`
	Degree      int      `json:"degree"` // ties in the network analysed (arcs out and in when directed)
	DegreePos   int      `json:"degree_pos"`
	DegreeNeg   int      `json:"degree_neg"`
	InDegree    int      `json:"in_degree"`
	OutDegree   int      `json:"out_degree"`
	Strength    float64  `json:"strength"` // summed intensities (3 when unknown)
	StrengthPos float64  `json:"strength_pos"`
	StrengthNeg float64  `json:"strength_neg"`
	Betweenness float64  `json:"betweenness"`
	PageRank    float64  `json:"pagerank"`
	Eigenvector *float64 `json:"eigenvector"`    // null when the power iteration does not converge
	Ties        []string `json:"ties,omitempty"` // with --explain: the ties behind its degree
	node        int
}

type centralityResult struct {
	answer.Report
	At          string             `json:"at"`
	Network     string             `json:"network"` // positive or all
	Directed    bool               `json:"directed"`
	Weighted    bool               `json:"weighted"`
	Approximate bool               `json:"approximate"`
	Bound       float64            `json:"bound,omitempty"` // with --approx: every betweenness is within this of the exact value, with 95% confidence
	Eigenvector string             `json:"eigenvector_note,omitempty"`
	SortedBy    string             `json:"sorted_by"`
	Actors      []central          `json:"actors"`
	Listed      answer.Listed      `json:"listed"`
	Robust      *answer.Robustness `json:"robust,omitempty"`
	Pieces      int                `json:"pieces"` // connected pieces of the network measured
	Largest     int                `json:"largest_piece"`
	LargestTied bool               `json:"largest_tied"` // several pieces have the largest size
}

type centralityOptions struct {
	all, directed, weighted bool
	approx, workers         int
	seed                    uint64
	sortBy                  string
	explain                 bool
}

func (m *Main) runCentrality(ctx context.Context, args []string) error {
	f := m.flags("centrality", "--at D [--all] [--directed] [--weighted]", `Centrality measures each actor's place in the network at a date: degree and strength
(summed net intensities, 3 when unknown), split by sign; betweenness (Brandes 2001; on
undirected networks each pair counts once, as NetworkX and igraph count it; with
--weighted a strong tie is a short step, of length 1/intensity); PageRank (damping 0.85);
and eigenvector centrality. By default on the positive ties of the alignment layer, with
the parts of organizations folded into them, undirected and unweighted; --all takes
hostile ties too (signs ignored, except in degree and strength). --approx N estimates
betweenness from N sampled sources, with a bound on its error. Equal values share a rank.`).withJSON()
	sf := f.withSnapshot()
	var o centralityOptions
	f.BoolVar(&o.all, "all", false, "the whole network, hostile ties included, not only the positive ties")
	f.BoolVar(&o.directed, "directed", false, "keep the direction of directed ties (support, favour...)")
	f.BoolVar(&o.weighted, "weighted", false, "weigh ties by intensity")
	f.IntVar(&o.approx, "approx", 0, "estimate betweenness from this many sampled `sources` (0: exact)")
	f.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "goroutines for betweenness and PageRank")
	f.Uint64Var(&o.seed, "seed", 1, "seed of the sampling of --approx")
	f.StringVar(&o.sortBy, "sort", "betweenness", "order actors by `measure`: degree, strength, betweenness, pagerank, eigenvector")
	limit := f.Int("limit", -1, "list at most this many `actors` (0: all; default 25 in tables, all in JSON)")
	if err := f.parse(args); err != nil {
		return err
	}
	if !slices.Contains([]string{"degree", "strength", "betweenness", "pagerank", "eigenvector"}, o.sortBy) {
		return usageError("--sort %q, expected degree, strength, betweenness, pagerank or eigenvector", o.sortBy)
	}
	filter, knownAt, err := sf.Filter()
	if err != nil {
		return err
	}
	if filter.At == nil {
		return usageError("centrality needs the date of the snapshot: --at 2016")
	}
	rec, _, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	s, err := rec.Index.Snapshot(ctx, filter)
	if err != nil {
		return err
	}
	o.explain = sf.Explain
	res, err := centralityOf(ctx, s, o)
	if err != nil {
		return err
	}
	res.At = sf.At
	res.Report = answer.NewReport(rec, filter, sf.At)
	res.Legend = centralityLegend
	if sf.Robust {
		res.Robust, err = answer.RobustNodes(ctx, rec.Index, filter, func(s *snapshot.Snapshot) (map[string]float64, error) {
			r, err := centralityOf(ctx, s, o)
			out := map[string]float64{}
			if err == nil {
				for _, c := range r.Actors {
					out[c.Actor] = measureOf(c, o.sortBy)
				}
			}
			return out, err
		})
		if err != nil {
			return err
		}
	}
	res.SnapshotWarnings(rec, s)
	res.PartialWarning(rec, s)
	res.centralityWarnings(s)
	res.Reading = res.reading(rec)
	n, l := answer.Cut(len(res.Actors), listLimit(*limit, f.json, 25))
	res.Actors, res.Listed = res.Actors[:n], l
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return res.print(m.Stdout, rec, s, o.sortBy, sf.Explain)
}

func centralityOf(ctx context.Context, s *snapshot.Snapshot, o centralityOptions) (*centralityResult, error) {
	res := &centralityResult{Network: "positive", Directed: o.directed, Weighted: o.weighted, Approximate: o.approx > 0, SortedBy: o.sortBy}
	if o.all {
		res.Network = "all"
	}
	g := s.Graph(snapshot.View{Directed: o.directed, Positive: !o.all, Signed: true, Weighted: true})
	// Actors whose ties all fall outside the view (hostile ones, in the positive view)
	// are not part of the network measured: they would take PageRank's teleport mass.
	full, nodes := g.CSR.Compact()
	res.Actors = []central{}
	if len(nodes) == 0 {
		res.Eigenvector = "no ties in the snapshot: nothing to measure"
		return res, nil
	}
	measured := full
	if !o.weighted {
		plain := *full
		plain.W = nil
		measured = &plain
	}
	res.Pieces, res.Largest, res.LargestTied = pieces(full)
	deg := acentrality.Degree(full)
	bo := acentrality.Options{Workers: o.workers}
	var btw []float64
	var err error
	if o.approx < 0 {
		return nil, usageError("--approx %d, expected a number of sources (0: exact)", o.approx)
	}
	if o.approx > 0 {
		btw, res.Bound, err = acentrality.ApproxBetweenness(ctx, measured, o.approx, rand.New(rand.NewPCG(o.seed, 0)), bo)
	} else {
		btw, err = acentrality.Betweenness(ctx, measured, bo)
	}
	if err != nil {
		return nil, err
	}
	pr, err := acentrality.PageRank(ctx, measured, acentrality.PageRankOptions{Workers: o.workers})
	if err != nil {
		return nil, err
	}
	eig, err := acentrality.Eigenvector(ctx, measured, acentrality.EigenOptions{MaxIter: 1000})
	if errors.Is(err, acentrality.ErrNotConverged) {
		res.Eigenvector, eig, err = "the power iteration did not converge (a network in pieces, or bipartite): no eigenvector centrality", nil, nil
	}
	if err != nil {
		return nil, err
	}
	for v := range nodes {
		c := central{Actor: s.Actor(int(nodes[v])), node: int(nodes[v]), Degree: deg.All.Total[v], InDegree: deg.All.In[v], OutDegree: deg.All.Out[v],
			Strength: deg.All.TotalStrength[v], Betweenness: btw[v], PageRank: pr[v]}
		if deg.Pos.Total != nil {
			c.DegreePos, c.DegreeNeg = deg.Pos.Total[v], deg.Neg.Total[v]
			c.StrengthPos, c.StrengthNeg = deg.Pos.TotalStrength[v], deg.Neg.TotalStrength[v]
		}
		if eig != nil {
			c.Eigenvector = &eig[v]
		}
		if o.explain {
			c.Ties = nodeTies(g, c.node)
		}
		res.Actors = append(res.Actors, c)
	}
	sortCentral(res.Actors, o.sortBy)
	values := make([]float64, len(res.Actors))
	for i, c := range res.Actors {
		values[i] = measureOf(c, o.sortBy)
	}
	for i, r := range answer.Ranks(values) {
		res.Actors[i].Rank = r
	}
	return res, nil
}

// sortCentral orders actors by a measure, greatest first, then by id.
func sortCentral(cs []central, by string) {
	value := make([]float64, len(cs))
	for i := range cs {
		value[i] = measureOf(cs[i], by)
	}
	sortRecords(cs, func(a, b int) int {
		return cmp.Or(cmp.Compare(value[b], value[a]), cmp.Compare(cs[a].Actor, cs[b].Actor))
	})
}

// sortRecords sorts xs by compare, given positions in xs, which must order every two
// records (ties broken by an id): an order of positions is sorted and the records moved
// once, as the records of an analysis are large and may be hundreds of thousands.
func sortRecords[T any](xs []T, compare func(a, b int) int) {
	order := make([]int32, len(xs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return compare(int(a), int(b)) })
	sorted := make([]T, len(xs))
	for i, k := range order {
		sorted[i] = xs[k]
	}
	copy(xs, sorted)
}

// pieces returns the number of connected pieces of g (arcs read both ways) and the size
// of the largest.
func pieces(g *graph.CSR) (n, largest int, tied bool) {
	parent := make([]int32, g.N())
	for v := range parent {
		parent[v] = int32(v)
	}
	find := func(v int32) int32 {
		for parent[v] != v {
			parent[v] = parent[parent[v]]
			v = parent[v]
		}
		return v
	}
	for u := range g.N() {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			if a, b := find(int32(u)), find(g.Adj[i]); a != b {
				parent[a] = b
			}
		}
	}
	size := map[int32]int{}
	for v := range parent {
		size[find(int32(v))]++
	}
	for _, k := range size {
		largest = max(largest, k)
	}
	at := 0
	for _, k := range size {
		if k == largest {
			at++
		}
	}
	return len(size), largest, at > 1
}

// listLimit is the number of entries a list shows: the limit asked for, or by default
// def in a table and all in JSON (a negative flag value means the default).
func listLimit(asked int, asJSON bool, def int) int {
	switch {
	case asked >= 0:
		return asked
	case asJSON:
		return 0
	}
	return def
}

var centralityLegend = [][2]string{
	{"RANK", "rank by the measure sorted on; equal values share a rank"},
	{"DEGREE + -", "ties in the network measured (arcs out and in when directed), and among them the positive and the negative"},
	{"STRENGTH", "summed net intensities of those ties (an unknown intensity counts 3)"},
	{"BETWEENNESS", "how many shortest paths between other actors run through the actor (pairs counted once when undirected)"},
	{"PAGERANK", "the share of time a random walk on the ties spends at the actor (damping 0.85)"},
	{"EIGENVECTOR", "centrality from being tied to central actors (the leading eigenvector)"},
}

// centralityWarnings warns about shared first ranks, measures that do not converge and
// leading actors whose ties rest on one source.
func (r *centralityResult) centralityWarnings(s *snapshot.Snapshot) {
	if r.Eigenvector != "" {
		r.Warn("%s", r.Eigenvector)
	}
	if r.Pieces > 1 {
		r.Warn("the network measured falls into %d pieces (the largest holds %d of %d actors): eigenvector centrality is 0 outside the piece that carries it, paths never cross pieces, and ranks across pieces compare unlike things",
			r.Pieces, r.Largest, len(r.Actors))
		if r.LargestTied {
			r.Warn("several pieces are the largest (%d actors each): which of them carries the eigenvector centrality is arbitrary", r.Largest)
		}
	}
	if len(r.Actors) > 1 && r.Actors[1].Rank == 1 {
		n := 0
		for _, c := range r.Actors {
			if c.Rank == 1 {
				n++
			}
		}
		r.Warn("%d actors share the first rank by %s", n, r.SortedBy)
	}
	var top []string
	for _, c := range r.Actors[:min(10, len(r.Actors))] {
		top = append(top, c.Actor)
	}
	if ss := answer.SingleSourced(s, top); len(ss) > 0 {
		r.Warn("the ties of %s rest on one source each", strings.Join(ss, ", "))
	}
}

func (r *centralityResult) reading(rec *answer.Record) string {
	if len(r.Actors) == 0 {
		return fmt.Sprintf("No %s ties at %s: no centrality to measure.", r.Network, r.At)
	}
	var lead []string
	rest := 0
	for _, c := range r.Actors {
		switch {
		case measureOf(c, r.SortedBy) <= 0:
			rest++
		case len(lead) < 5:
			lead = append(lead, fmt.Sprintf("%s (%s)", rec.Name(c.Actor), formatMeasure(c, r.SortedBy)))
		}
	}
	network := r.Network + " ties"
	if r.Network == "all" {
		network = "ties of every sign"
	}
	s := fmt.Sprintf("At %s, on the %s of %d actors, the most central by %s: %s.", r.At, network, len(r.Actors), r.SortedBy, strings.Join(lead, ", "))
	if len(lead) == 0 {
		s = fmt.Sprintf("At %s, on the %s of %d actors, no actor scores above 0 by %s.", r.At, network, len(r.Actors), r.SortedBy)
	}
	if rest > 0 && len(lead) > 0 {
		s += fmt.Sprintf(" The other %d score 0 and share the last rank: no path runs through them.", rest)
		if r.SortedBy != "betweenness" {
			s = strings.TrimSuffix(s, " no path runs through them.") + "."
		}
	}
	return s
}

func formatMeasure(c central, measure string) string {
	switch measure {
	case "degree":
		return fmt.Sprint(c.Degree)
	case "strength":
		return fmt.Sprintf("%g", c.Strength)
	}
	x := measureOf(c, measure)
	if measure == "betweenness" && x >= 1 {
		return strconv.FormatFloat(x, 'f', -1, 64) // a count of paths, halves where a pair's paths split: as the table prints it
	}
	return fmt.Sprintf("%.3g", x)
}

func measureOf(c central, measure string) float64 {
	switch measure {
	case "degree":
		return float64(c.Degree)
	case "strength":
		return c.Strength
	case "pagerank":
		return c.PageRank
	case "eigenvector":
		if c.Eigenvector == nil {
			return 0
		}
		return *c.Eigenvector
	}
	return c.Betweenness
}

func (r *centralityResult) print(w io.Writer, rec *answer.Record, s *snapshot.Snapshot, sortBy string, explain bool) error {
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

// nodeTies returns the ties behind the arcs of v in the view: out-arcs, and in-arcs
// when the view is directed, each tie once.
func nodeTies(g *snapshot.Graph, v int) []string {
	var ids []string
	for a := g.Off[v]; a < g.Off[v+1]; a++ {
		ids = append(ids, g.ArcTies(int(a))...)
	}
	if g.Directed {
		for a := range g.Adj {
			if int(g.Adj[a]) == v {
				ids = append(ids, g.ArcTies(a)...)
			}
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
