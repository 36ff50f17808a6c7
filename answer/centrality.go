package answer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
	acentrality "github.com/alliances-project/alliances/analysis/centrality"
	"github.com/alliances-project/alliances/graph"
	"github.com/alliances-project/alliances/snapshot"
)

// Central is one actor's centrality at a date.
type Central struct {
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

// CentralityResult is each actor's centrality at a date, ranked by one measure.
type CentralityResult struct {
	Report
	At          string      `json:"at"`
	Network     string      `json:"network"` // positive or all
	Directed    bool        `json:"directed"`
	Weighted    bool        `json:"weighted"`
	Approximate bool        `json:"approximate"`
	Bound       float64     `json:"bound,omitempty"` // with --approx: every betweenness is within this of the exact value, with 95% confidence
	Eigenvector string      `json:"eigenvector_note,omitempty"`
	SortedBy    string      `json:"sorted_by"`
	Actors      []Central   `json:"actors"`
	Listed      Listed      `json:"listed"`
	Robust      *Robustness `json:"robust,omitempty"`
	Pieces      int         `json:"pieces"` // connected pieces of the network measured
	Largest     int         `json:"largest_piece"`
	LargestTied bool        `json:"largest_tied"` // several pieces have the largest size
}

// CentralityOptions are the choices of a centrality reading: All ties, hostile ones
// too, not only the positive; Directed to keep the direction of directed ties; Weighted
// to weigh ties by intensity; Approx sampled sources to estimate betweenness from (0:
// exact); Workers for betweenness and PageRank; Seed of the sampling; SortBy the
// measure actors are ranked by; Limit the actors listed (0: all); Explain to give each
// actor's ties; Robust to rerun over the variants of the snapshot.
type CentralityOptions struct {
	All, Directed, Weighted bool
	Approx, Workers         int
	Seed                    uint64
	SortBy                  string
	Limit                   int
	Explain, Robust         bool
}

// Check reports options out of their ranges, and a filter without a date.
func (o CentralityOptions) Check(f snapshot.Filter) error {
	if !slices.Contains([]string{"degree", "strength", "betweenness", "pagerank", "eigenvector"}, o.SortBy) {
		return usageError("--sort %q, expected degree, strength, betweenness, pagerank or eigenvector", o.SortBy)
	}
	if f.At == nil {
		return usageError("centrality needs the date of the snapshot: --at 2016")
	}
	if !o.All && len(f.Signs) > 0 && !slices.Contains(f.Signs, alliances.Sign(1)) {
		return usageError("centrality measures the friendly (+) ties unless --all: --sign %s leaves none; add --all to measure the other ties as well", signList(f.Signs))
	}
	return nil
}

func signList(ss []alliances.Sign) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = s.String()
	}
	return strings.Join(parts, ",")
}

// Centrality measures each actor's place in the snapshot of the filter f, its date
// labelled label: degree and strength split by sign, betweenness, PageRank and
// eigenvector centrality, ranked by o.SortBy.
func Centrality(ctx context.Context, rec *Record, f snapshot.Filter, label string, o CentralityOptions) (*CentralityResult, error) {
	if err := o.Check(f); err != nil {
		return nil, err
	}
	s, err := rec.Index.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	res, err := centralityOf(ctx, s, o)
	if err != nil {
		return nil, err
	}
	res.At = label
	res.Report = newReport(rec, f, label)
	res.Legend = centralityLegend
	if o.Robust {
		res.Robust, err = robustNodes(ctx, rec.Index, f, func(s *snapshot.Snapshot) (map[string]float64, error) {
			r, err := centralityOf(ctx, s, o)
			out := map[string]float64{}
			if err == nil {
				for _, c := range r.Actors {
					out[c.Actor] = measureOf(c, o.SortBy)
				}
			}
			return out, err
		})
		if err != nil {
			return nil, err
		}
	}
	res.SnapshotWarnings(rec, s)
	res.PartialWarning(rec, s)
	res.centralityWarnings(s)
	res.Reading = res.reading(rec)
	n, l := cut(len(res.Actors), o.Limit)
	res.Actors, res.Listed = res.Actors[:n], l
	return res, nil
}

func centralityOf(ctx context.Context, s *snapshot.Snapshot, o CentralityOptions) (*CentralityResult, error) {
	res := &CentralityResult{Network: "positive", Directed: o.Directed, Weighted: o.Weighted, Approximate: o.Approx > 0, SortedBy: o.SortBy}
	if o.All {
		res.Network = "all"
	}
	g := s.Graph(snapshot.View{Directed: o.Directed, Positive: !o.All, Signed: true, Weighted: true})
	// Actors whose ties all fall outside the view (hostile ones, in the positive view)
	// are not part of the network measured: they would take PageRank's teleport mass.
	full, nodes := g.CSR.Compact()
	res.Actors = []Central{}
	if len(nodes) == 0 {
		res.Eigenvector = "no ties in the snapshot: nothing to measure"
		return res, nil
	}
	measured := full
	if !o.Weighted {
		plain := *full
		plain.W = nil
		measured = &plain
	}
	res.Pieces, res.Largest, res.LargestTied = pieces(full)
	deg := acentrality.Degree(full)
	bo := acentrality.Options{Workers: o.Workers}
	var btw []float64
	var err error
	if o.Approx < 0 {
		return nil, usageError("--approx %d, expected a number of sources (0: exact)", o.Approx)
	}
	if o.Approx > 0 {
		btw, res.Bound, err = acentrality.ApproxBetweenness(ctx, measured, o.Approx, rand.New(rand.NewPCG(o.Seed, 0)), bo)
	} else {
		btw, err = acentrality.Betweenness(ctx, measured, bo)
	}
	if err != nil {
		return nil, err
	}
	pr, err := acentrality.PageRank(ctx, measured, acentrality.PageRankOptions{Workers: o.Workers})
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
		c := Central{Actor: s.Actor(int(nodes[v])), node: int(nodes[v]), Degree: deg.All.Total[v], InDegree: deg.All.In[v], OutDegree: deg.All.Out[v],
			Strength: deg.All.TotalStrength[v], Betweenness: btw[v], PageRank: pr[v]}
		if deg.Pos.Total != nil {
			c.DegreePos, c.DegreeNeg = deg.Pos.Total[v], deg.Neg.Total[v]
			c.StrengthPos, c.StrengthNeg = deg.Pos.TotalStrength[v], deg.Neg.TotalStrength[v]
		}
		if eig != nil {
			c.Eigenvector = &eig[v]
		}
		if o.Explain {
			c.Ties = nodeTies(g, c.node)
		}
		res.Actors = append(res.Actors, c)
	}
	sortCentral(res.Actors, o.SortBy)
	values := make([]float64, len(res.Actors))
	for i, c := range res.Actors {
		values[i] = measureOf(c, o.SortBy)
	}
	for i, r := range ranks(values) {
		res.Actors[i].Rank = r
	}
	return res, nil
}

// sortCentral orders actors by a measure, greatest first, then by id.
func sortCentral(cs []Central, by string) {
	type key struct {
		value float64
		actor string
	}
	sortRecords(cs, func(c *Central) key { return key{measureOf(*c, by), c.Actor} }, func(x, y *key) int {
		return cmp.Or(cmp.Compare(y.value, x.value), cmp.Compare(x.actor, y.actor))
	})
}

// sortRecords sorts xs by the keys key takes from them, in the order compare gives,
// which must order every two keys (ties broken by an id). The keys are sorted beside
// their positions and the records moved once: the records of an analysis are large and
// may be hundreds of thousands, and a comparison that reached into them would miss the
// cache at every step.
func sortRecords[T, K any](xs []T, key func(*T) K, compare func(a, b *K) int) {
	type keyed struct {
		key K
		at  int32
	}
	keys := make([]keyed, len(xs))
	for i := range xs {
		keys[i] = keyed{key(&xs[i]), int32(i)}
	}
	slices.SortFunc(keys, func(a, b keyed) int { return compare(&a.key, &b.key) })
	sorted := make([]T, len(xs))
	for i, k := range keys {
		sorted[i] = xs[k.at]
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
func (r *CentralityResult) centralityWarnings(s *snapshot.Snapshot) {
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
	if ss := singleSourced(s, top); len(ss) > 0 {
		r.Warn("the ties of %s rest on one source each", strings.Join(ss, ", "))
	}
}

func (r *CentralityResult) reading(rec *Record) string {
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

func formatMeasure(c Central, measure string) string {
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

func measureOf(c Central, measure string) float64 {
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
