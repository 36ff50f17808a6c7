package answer

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/alliances-project/alliances"
	abalance "github.com/alliances-project/alliances/analysis/balance"
	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	"github.com/alliances-project/alliances/snapshot"
)

// BalanceStep is the structural balance of one snapshot.
type BalanceStep struct {
	Report
	At          string             `json:"at"`
	Actors      int                `json:"actors"` // actors with a signed tie
	Ties        int                `json:"ties"`   // signed pairs: the ties of a pair merge into one by their net value
	Census      Census             `json:"census"`
	Frustration Frustration        `json:"frustration"`
	Unbalanced  []Triangle         `json:"unbalanced"`
	Listed      Listed             `json:"unbalanced_listed"`
	Robust      *BalanceRobustness `json:"robust,omitempty"`
	sg          *snapshot.Graph
}

// Census is the triangle census of a signed network: its triangles by the signs of
// their three pairs, and the shares balanced.
type Census struct {
	PPP          int64   `json:"ppp"`
	PPN          int64   `json:"ppn"`
	PNN          int64   `json:"pnn"`
	NNN          int64   `json:"nnn"`
	Triangles    int64   `json:"triangles"`
	Balanced     float64 `json:"balanced"`      // share of +++ and +-- (Cartwright and Harary)
	WeakBalanced float64 `json:"weak_balanced"` // share counting --- as balanced too (Davis)
}

// Frustration is the frustration index, weighted by the ties' net values and
// counted, and the two camps that attain it.
type Frustration struct {
	Lower      float64 `json:"lower"` // weighted
	Upper      float64 `json:"upper"` // weighted
	Exact      bool    `json:"exact"`
	Count      float64 `json:"count"` // the fewest ties (unweighted), upper bound
	CountLower float64 `json:"count_lower"`
	CountExact bool    `json:"count_exact"`
	// Camps are the two sides of the first optimal split; Optima how many splits attain
	// the weighted index (OptimaComplete: all of them), Swing the actors they place on
	// different sides.
	Camps          [][]string `json:"camps"`
	Optima         int        `json:"optima"`
	OptimaComplete bool       `json:"optima_complete"`
	Swing          []string   `json:"swing"`
	// Always and Sometimes are the pairs frustrated in every optimal split and in some:
	// actor, actor, tie ids.
	Always    [][]string `json:"always"`
	Sometimes [][]string `json:"sometimes"`
}

// Triangle is an unbalanced triangle: its three actors, the signs of their pairs, and
// the ties behind them.
type Triangle struct {
	Actors [3]string `json:"actors"`
	Signs  string    `json:"signs"` // such as "++-"
	Ties   []string  `json:"ties"`
}

// BalanceRobustness is the share balanced, the triangles and the frustration index in
// each run of --robust.
type BalanceRobustness struct {
	Variants    []string  `json:"variants"`
	Balanced    []float64 `json:"balanced"`    // share balanced in each variant (0 without triangles)
	Triangles   []int64   `json:"triangles"`   // triangles in each variant
	Frustration []float64 `json:"frustration"` // upper bound of the weighted frustration index in each
}

func balanceAt(ctx context.Context, rec *Record, f snapshot.Filter, label string, limit int) (*BalanceStep, error) {
	s, err := rec.Index.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	g := s.Graph(snapshot.View{Signed: true, Weighted: true})
	// The weighted index, the counted one and the two-camp split (see camps) are
	// searches of their own, each on one core: they run side by side.
	var (
		weighted, counted abalance.Result
		camps             ablocs.Result
		werr, cerr        error
		wg                sync.WaitGroup
	)
	wg.Go(func() { weighted, werr = abalance.Frustration(ctx, g.CSR, abalance.Options{Weighted: true}) })
	wg.Go(func() { camps, cerr = ablocs.Partition(ctx, g.CSR, campsOptions) })
	census, err := abalance.Census(ctx, g.CSR)
	if err == nil {
		counted, err = abalance.Frustration(ctx, g.CSR, abalance.Options{})
	}
	var tris []abalance.Triangle
	if err == nil {
		tris, err = abalance.Unbalanced(ctx, g.CSR, limit)
	}
	wg.Wait()
	if err := cmp.Or(err, werr, cerr); err != nil {
		return nil, err
	}
	b := &BalanceStep{Report: newReport(rec, f, label), At: label, Ties: signedPairs(g), sg: g,
		Census: Census{census.PPP, census.PPN, census.PNN, census.NNN, census.Triangles, census.Balanced, census.WeakBalanced},
		Frustration: Frustration{Lower: weighted.Lower, Upper: weighted.Upper, Exact: weighted.Exact,
			Count: counted.Upper, CountLower: counted.Lower, CountExact: counted.Exact, Camps: [][]string{{}, {}}, Swing: []string{}},
		Unbalanced: []Triangle{}}
	b.Legend = balanceLegend
	for v := range g.N() {
		if g.Degree(v) > 0 {
			b.Actors++
		}
	}
	b.camps(g, camps, weighted)
	b.Listed = Listed{Total: int(census.PPN + census.NNN), Limit: max(limit, 0)}
	for _, tr := range tris {
		tj := Triangle{Actors: [3]string{s.Actor(int(tr.Nodes[0])), s.Actor(int(tr.Nodes[1])), s.Actor(int(tr.Nodes[2]))}}
		for _, arc := range tr.Arcs {
			tj.Signs += signChar(g.S[arc])
			tj.Ties = append(tj.Ties, g.ArcTies(int(arc))...)
		}
		tj.Signs = sortSigns(tj.Signs)
		b.Unbalanced = append(b.Unbalanced, tj)
	}
	return b, nil
}

// campsOptions make the bloc search (two blocs, alpha 0.5, whose P is half the
// frustration) find the two-camp splits of least weighted frustration.
var campsOptions = ablocs.Options{K: 2, Alpha: 0.5, Weighted: true}

// camps sets out the two-camp splits res of the bloc search, which lists every optimal
// split of a small network; when the frustration search fr did better on a large one,
// its split is kept alone.
func (b *BalanceStep) camps(g *snapshot.Graph, res ablocs.Result, fr abalance.Result) {
	s := g.Snapshot
	fj := &b.Frustration
	if 2*res.P <= fr.Upper+1e-9*max(1, fr.Upper) {
		fj.Upper = min(fj.Upper, 2*res.P)
		fj.Optima, fj.OptimaComplete = len(res.Optima), res.OptimaComplete
		for v, c := range res.Cluster {
			if c >= 0 {
				fj.Camps[c] = append(fj.Camps[c], s.Actor(v))
			}
		}
		for _, v := range res.Consensus.Swing {
			fj.Swing = append(fj.Swing, s.Actor(int(v)))
		}
		fj.Always, fj.Sometimes = arcPairs(g, res.Consensus.Always), arcPairs(g, res.Consensus.Sometimes)
		return
	}
	fj.Optima = 1
	for v, side := range fr.Side {
		if g.Degree(v) > 0 {
			fj.Camps[side] = append(fj.Camps[side], s.Actor(v))
		}
	}
	fj.Always, fj.Sometimes = arcPairs(g, fr.Frustrated), [][]string{}
}

func (b *BalanceStep) balanceWarnings() {
	fr := b.Frustration
	switch {
	case b.Census.Triangles == 0:
		b.Warn("no triangle of signed ties: the share balanced is undefined, and the frustration index rests on longer cycles only")
	case b.Census.Triangles < 10:
		b.Warn("only %d triangles: the share balanced moves by %.0f points with each one", b.Census.Triangles, 100/float64(b.Census.Triangles))
	}
	if fr.Optima > 1 {
		b.Warn("the split into two camps is not unique: %d splits frustrate as little%s; %s between camps",
			fr.Optima, map[bool]string{true: " (all of them found)", false: " (there may be more)"}[fr.OptimaComplete], swingPhrase(len(fr.Swing)))
	}
	if !fr.Exact {
		b.Warn("the network is too large to solve exactly: the frustration index lies between %g and %g", fr.Lower, fr.Upper)
	}
}

func (b *BalanceStep) reading(rec *Record) string {
	c, fr := b.Census, b.Frustration
	if b.Ties == 0 {
		return fmt.Sprintf("No signed ties at %s: nothing to balance.", b.At)
	}
	s := fmt.Sprintf("At %s, %d actors and %d signed pairs", b.At, b.Actors, b.Ties)
	if c.Triangles > 0 {
		s += fmt.Sprintf("; %.0f%% of the %d triangles are balanced", 100*c.Balanced, c.Triangles)
	}
	s += fmt.Sprintf(". Making the network balanced takes removing ties of weight %g (%s counted)", fr.Upper, alliances.Count(int(fr.Count), "tie"))
	if fr.Upper == 0 {
		return s + ": it splits into two camps with no tie against the split."
	}
	lead := func(camp []string) string {
		if len(camp) == 0 {
			return "nobody"
		}
		return rec.Names(camp[:min(3, len(camp))])
	}
	camps := [2][]string{strongest(b.sg, fr.Camps[0]), strongest(b.sg, fr.Camps[1])}
	s += fmt.Sprintf(": the best split puts %s on one side and %s on the other", lead(camps[0]), lead(camps[1]))
	if n := len(fr.Always); n > 0 {
		s += fmt.Sprintf(", and %s %s against it in every best split", alliances.Count(n, "pair"), plural(n, "stands", "stand"))
	}
	// "Syria, the Army of Conquest and the Free Syrian Army on one side": a camp whose
	// named actors no positive tie joins, even through others of the camp, holds them
	// together for want of a tie against it, not for one that binds them.
	var apart []string
	for _, camp := range camps {
		if shown := camp[:min(3, len(camp))]; len(shown) > 1 && !positivelyJoined(b.sg, camp, shown) {
			apart = append(apart, rec.Names(shown))
		}
	}
	if len(apart) > 0 {
		s += fmt.Sprintf(" (%s are not all joined by positive ties, even through others of their camp: a camp holds those no tie sets against it, not only allies)",
			strings.Join(apart, "; "))
	}
	return s + "."
}

// positivelyJoined reports whether the actors shown are joined by positive ties within
// their camp: one component of the camp's positive ties holds them all.
func positivelyJoined(g *snapshot.Graph, camp, shown []string) bool {
	in := map[int]bool{}
	for _, a := range camp {
		if v := g.Snapshot.Node(a); v >= 0 {
			in[v] = true
		}
	}
	start := g.Snapshot.Node(shown[0])
	if start < 0 {
		return false
	}
	seen := map[int]bool{start: true}
	queue := []int{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for i := g.Off[v]; i < g.Off[v+1]; i++ {
			if w := int(g.Adj[i]); g.S[i] > 0 && in[w] && !seen[w] {
				seen[w] = true
				queue = append(queue, w)
			}
		}
	}
	for _, a := range shown[1:] {
		if v := g.Snapshot.Node(a); v < 0 || !seen[v] {
			return false
		}
	}
	return true
}

// strongest orders actors by their positive tie weight in g, strongest first.
func strongest(g *snapshot.Graph, actors []string) []string {
	out := append([]string(nil), actors...)
	sortByStrength(g, out)
	return out
}

func sortByStrength(g *snapshot.Graph, actors []string) {
	type weighed struct {
		id string
		w  float64
	}
	ws := make([]weighed, len(actors))
	for i, a := range actors {
		ws[i].id = a
		if v := g.Snapshot.Node(a); v >= 0 {
			ws[i].w = positiveStrength(g, v)
		}
	}
	slices.SortFunc(ws, func(a, b weighed) int {
		return cmp.Or(cmp.Compare(b.w, a.w), strings.Compare(a.id, b.id))
	})
	for i := range ws {
		actors[i] = ws[i].id
	}
}

var balanceLegend = [][2]string{
	{"+++ ++- +-- ---", "triangles by the signs of their three pairs; +++ and +-- are balanced (a friend's friend is a friend, an enemy's enemy a friend)"},
	{"weak", "the share counting --- as balanced too (Davis 1967: several camps may all be enemies)"},
	{"frustration", "the least weight of ties to remove for two camps with friends inside and enemies across; counted: the fewest ties"},
	{"always / sometimes", "pairs frustrated by every best split (the network's real tensions), or only by some"},
}

func balanceRobust(ctx context.Context, rec *Record, f snapshot.Filter, label string) (*BalanceRobustness, error) {
	r := &BalanceRobustness{}
	for _, v := range snapshot.Variants(f, RobustDraws, RobustSeed) {
		b, err := balanceAt(ctx, rec, v.Filter, label, 1)
		if err != nil {
			return nil, err
		}
		r.Variants = append(r.Variants, v.Name)
		r.Balanced = append(r.Balanced, b.Census.Balanced)
		r.Triangles = append(r.Triangles, b.Census.Triangles)
		r.Frustration = append(r.Frustration, b.Frustration.Upper)
	}
	return r, nil
}

// signedPairs counts the pairs whose ties do not cancel out (net sign + or -).
func signedPairs(g *snapshot.Graph) int {
	n := 0
	for _, s := range g.S {
		if s != 0 {
			n++
		}
	}
	return n / 2
}

// arcPair names the two actors of an arc and the ties behind it.
func arcPair(g *snapshot.Graph, arc int) []string {
	return append([]string{g.Snapshot.Actor(g.Tail(arc)), g.Snapshot.Actor(int(g.Adj[arc]))}, g.ArcTies(arc)...)
}

// sortSigns writes a triangle's signs as the census names them: + before -.
func sortSigns(s string) string {
	plus := strings.Count(s, "+")
	return strings.Repeat("+", plus) + strings.Repeat("-", len(s)-plus)
}

func signChar(s int8) string {
	switch {
	case s > 0:
		return "+"
	case s < 0:
		return "-"
	}
	return "0"
}

// Balance measures structural balance at each window of the filter f (one for a date,
// several for a series), listing at most limit unbalanced triangles of each (0: all),
// and, when robust, reruns each over the variants of the snapshot. A series also has a
// report of its own, its reading the share balanced step by step and its warnings those
// of the steps; a single window has none.
func Balance(ctx context.Context, rec *Record, f snapshot.Filter, windows []Step, limit int, robust bool) ([]*BalanceStep, *Report, error) {
	var out []*BalanceStep
	for _, w := range windows {
		fw := f
		fw.At = &w.Range
		b, err := balanceAt(ctx, rec, fw, w.Label, limit)
		if err != nil {
			return nil, nil, err
		}
		b.SnapshotWarnings(rec, b.sg.Snapshot) // robustness reruns need no warnings: the asked run alone
		b.balanceWarnings()
		b.Reading = b.reading(rec)
		if len(windows) == 1 {
			b.PartialWarning(rec, b.sg.Snapshot)
		}
		if robust {
			if b.Robust, err = balanceRobust(ctx, rec, fw, w.Label); err != nil {
				return nil, nil, err
			}
		}
		out = append(out, b)
	}
	if len(out) < 2 {
		return out, nil, nil
	}
	return out, balanceSeries(rec, f, out), nil
}

// balanceSeries is the report of a series of balance steps.
func balanceSeries(rec *Record, f snapshot.Filter, steps []*BalanceStep) *Report {
	r := newSeriesReport(rec, f, steps[0].At, steps[len(steps)-1].At)
	r.Legend = balanceLegend
	var readings []string
	for _, b := range steps {
		if b.Census.Triangles > 0 {
			readings = append(readings, fmt.Sprintf("%s %.0f%%", b.At, 100*b.Census.Balanced))
		}
	}
	r.Reading = "Share of triangles balanced: " + strings.Join(readings, ", ") + "."
	if len(readings) == 0 {
		r.Reading = fmt.Sprintf("No step from %s to %s holds a triangle of signed ties: the share balanced is undefined throughout.",
			steps[0].At, steps[len(steps)-1].At)
	}
	var reps []*Report
	for _, b := range steps {
		reps = append(reps, &b.Report)
	}
	r.Warnings = stepWarnings(reps)
	var snaps []*snapshot.Snapshot
	var labels []string
	for _, b := range steps {
		snaps, labels = append(snaps, b.sg.Snapshot), append(labels, b.At)
	}
	r.SeriesPartialWarning(rec, snaps, labels)
	return &r
}
