package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/alliances-project/alliances/answer"

	abalance "github.com/alliances-project/alliances/analysis/balance"
	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	"github.com/alliances-project/alliances/snapshot"
)

// balanceStep is the structural balance of one snapshot.
type balanceStep struct {
	answer.Report
	At          string             `json:"at"`
	Actors      int                `json:"actors"` // actors with a signed tie
	Ties        int                `json:"ties"`   // signed pairs: the ties of a pair merge into one by their net value
	Census      censusJSON         `json:"census"`
	Frustration frustrationJSON    `json:"frustration"`
	Unbalanced  []triangleJSON     `json:"unbalanced"`
	Listed      answer.Listed      `json:"unbalanced_listed"`
	Robust      *balanceRobustness `json:"robust,omitempty"`
	sg          *snapshot.Graph
}

type censusJSON struct {
	PPP          int64   `json:"ppp"`
	PPN          int64   `json:"ppn"`
	PNN          int64   `json:"pnn"`
	NNN          int64   `json:"nnn"`
	Triangles    int64   `json:"triangles"`
	Balanced     float64 `json:"balanced"`      // share of +++ and +-- (Cartwright and Harary)
	WeakBalanced float64 `json:"weak_balanced"` // share counting --- as balanced too (Davis)
}

// frustrationJSON is the frustration index, weighted by the ties' net values and
// counted, and the two camps that attain it.
type frustrationJSON struct {
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

type triangleJSON struct {
	Actors [3]string `json:"actors"`
	Signs  string    `json:"signs"` // such as "++-"
	Ties   []string  `json:"ties"`
}

type balanceRobustness struct {
	Variants    []string  `json:"variants"`
	Balanced    []float64 `json:"balanced"`    // share balanced in each variant (0 without triangles)
	Triangles   []int64   `json:"triangles"`   // triangles in each variant
	Frustration []float64 `json:"frustration"` // upper bound of the weighted frustration index in each
}

func (m *Main) runBalance(ctx context.Context, args []string) error {
	f := m.flags("balance", "--at D | --from D1 --to D2 [--step 1y]", `Balance measures structural balance (Heider; Cartwright and Harary) on the signed network:
the census of +++, ++-, +-- and --- triangles, the share balanced (and weakly balanced, after
Davis, counting --- too), the unbalanced triangles, and the frustration index: the least
weight of ties (each weighing its net intensity) whose removal leaves the network balanced,
beside the fewest ties (counted), split into two camps. The index is exact when its bounds
meet (small networks, and those like the states of 1946-1999); otherwise its bounds are
given. The splits that attain it are often not unique: the output says how many, which
actors swing between them, and which pairs every optimal split frustrates.`).withJSON()
	sf := f.withSnapshot()
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
	var out []*balanceStep
	for _, w := range windows {
		fw := filter
		fw.At = &w.Range
		b, err := balanceAt(ctx, rec, fw, w.Label, *limit)
		if err != nil {
			return err
		}
		b.SnapshotWarnings(rec, b.sg.Snapshot) // answer.Robustness reruns need no warnings: the asked run alone
		b.balanceWarnings()
		b.Reading = b.reading(rec)
		if len(windows) == 1 {
			b.PartialWarning(rec, b.sg.Snapshot)
		}
		if sf.Robust {
			if b.Robust, err = balanceRobust(ctx, rec, fw, w.Label); err != nil {
				return err
			}
		}
		out = append(out, b)
	}
	if f.json {
		if len(out) == 1 {
			return writeJSON(m.Stdout, out[0])
		}
		return writeJSON(m.Stdout, out)
	}
	if len(out) > 1 {
		if err := printBalanceSeries(m.Stdout, rec, filter, out); err != nil || !sf.Explain {
			return err
		}
		for _, b := range out {
			fmt.Fprintln(m.Stdout)
			if err := b.print(m.Stdout, rec, true); err != nil {
				return err
			}
		}
		return nil
	}
	return out[0].print(m.Stdout, rec, sf.Explain)
}

func balanceAt(ctx context.Context, rec *answer.Record, f snapshot.Filter, label string, limit int) (*balanceStep, error) {
	s, err := rec.Index.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	g := s.Graph(snapshot.View{Signed: true, Weighted: true})
	census, err := abalance.Census(ctx, g.CSR)
	if err != nil {
		return nil, err
	}
	weighted, err := abalance.Frustration(ctx, g.CSR, abalance.Options{Weighted: true})
	if err != nil {
		return nil, err
	}
	counted, err := abalance.Frustration(ctx, g.CSR, abalance.Options{})
	if err != nil {
		return nil, err
	}
	tris, err := abalance.Unbalanced(ctx, g.CSR, limit)
	if err != nil {
		return nil, err
	}
	b := &balanceStep{Report: answer.NewReport(rec, f, label), At: label, Ties: signedPairs(g), sg: g,
		Census: censusJSON{census.PPP, census.PPN, census.PNN, census.NNN, census.Triangles, census.Balanced, census.WeakBalanced},
		Frustration: frustrationJSON{Lower: weighted.Lower, Upper: weighted.Upper, Exact: weighted.Exact,
			Count: counted.Upper, CountLower: counted.Lower, CountExact: counted.Exact, Camps: [][]string{{}, {}}, Swing: []string{}},
		Unbalanced: []triangleJSON{}}
	b.Legend = balanceLegend
	for v := range g.N() {
		if g.Degree(v) > 0 {
			b.Actors++
		}
	}
	if err := b.camps(ctx, g, weighted); err != nil {
		return nil, err
	}
	b.Listed = answer.Listed{Total: int(census.PPN + census.NNN), Limit: max(limit, 0)}
	for _, tr := range tris {
		tj := triangleJSON{Actors: [3]string{s.Actor(int(tr.Nodes[0])), s.Actor(int(tr.Nodes[1])), s.Actor(int(tr.Nodes[2]))}}
		for _, arc := range tr.Arcs {
			tj.Signs += signChar(g.S[arc])
			tj.Ties = append(tj.Ties, g.ArcTies(int(arc))...)
		}
		tj.Signs = sortSigns(tj.Signs)
		b.Unbalanced = append(b.Unbalanced, tj)
	}
	return b, nil
}

// camps finds the two-camp splits of least weighted frustration with the bloc search
// (two blocs, alpha 0.5, whose P is half the frustration), which lists every optimal
// split of a small network; when the frustration search did better on a large one, its
// split is kept alone.
func (b *balanceStep) camps(ctx context.Context, g *snapshot.Graph, fr abalance.Result) error {
	res, err := ablocs.Partition(ctx, g.CSR, ablocs.Options{K: 2, Alpha: 0.5, Weighted: true})
	if err != nil {
		return err
	}
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
		return nil
	}
	fj.Optima = 1
	for v, side := range fr.Side {
		if g.Degree(v) > 0 {
			fj.Camps[side] = append(fj.Camps[side], s.Actor(v))
		}
	}
	fj.Always, fj.Sometimes = arcPairs(g, fr.Frustrated), [][]string{}
	return nil
}

func (b *balanceStep) balanceWarnings() {
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

func (b *balanceStep) reading(rec *answer.Record) string {
	c, fr := b.Census, b.Frustration
	if b.Ties == 0 {
		return fmt.Sprintf("No signed ties at %s: nothing to balance.", b.At)
	}
	s := fmt.Sprintf("At %s, %d actors and %d signed pairs", b.At, b.Actors, b.Ties)
	if c.Triangles > 0 {
		s += fmt.Sprintf("; %.0f%% of the %d triangles are balanced", 100*c.Balanced, c.Triangles)
	}
	s += fmt.Sprintf(". Making the network balanced takes removing ties of weight %g (%s counted)", fr.Upper, count(int(fr.Count), "tie"))
	if fr.Upper == 0 {
		return s + ": it splits into two camps with no tie against the split."
	}
	lead := func(camp []string) string {
		if len(camp) == 0 {
			return "nobody"
		}
		return rec.Names(camp[:min(3, len(camp))])
	}
	s += fmt.Sprintf(": the best split puts %s on one side and %s on the other", lead(strongest(b.sg, fr.Camps[0])), lead(strongest(b.sg, fr.Camps[1])))
	if n := len(fr.Always); n > 0 {
		s += fmt.Sprintf(", and %s %s against it in every best split", count(n, "pair"), answer.Plural(n, "stands", "stand"))
	}
	return s + "."
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

func balanceRobust(ctx context.Context, rec *answer.Record, f snapshot.Filter, label string) (*balanceRobustness, error) {
	r := &balanceRobustness{}
	for _, v := range snapshot.Variants(f, answer.RobustDraws, answer.RobustSeed) {
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

func (b *balanceStep) print(w io.Writer, rec *answer.Record, explain bool) error {
	printHeader(w, &b.Report)
	c := b.Census
	fmt.Fprintf(w, "Structural balance at %s: %d actors, %d signed pairs\n\n", b.At, b.Actors, b.Ties)
	fmt.Fprintf(w, "Triangles: %d  (+++ %d, ++- %d, +-- %d, --- %d)\n", c.Triangles, c.PPP, c.PPN, c.PNN, c.NNN)
	if c.Triangles > 0 {
		fmt.Fprintf(w, "Balanced: %.1f%% (strong), %.1f%% (weak, --- counted balanced)\n", 100*c.Balanced, 100*c.WeakBalanced)
	}
	fr := b.Frustration
	if fr.Exact {
		fmt.Fprintf(w, "Frustration index: %g weighted (exact), %s\n", fr.Upper, countedIndex(fr))
	} else {
		fmt.Fprintf(w, "Frustration index: between %g and %g weighted (bounds: too large to solve exactly), %s\n", fr.Lower, fr.Upper, countedIndex(fr))
	}
	if b.Robust != nil {
		fmt.Fprintf(w, "Robustness over %d runs: balanced %s, weighted frustration %g to %g\n", len(b.Robust.Variants),
			b.Robust.balancedRange(), minOf(b.Robust.Frustration), maxOf(b.Robust.Frustration))
	}
	fmt.Fprintf(w, "\nCamps of the first best split (%s):\n  1: %s\n  2: %s\n", optimaPhrase(fr.Optima, fr.OptimaComplete, "split"),
		strings.Join(fr.Camps[0], ", "), strings.Join(fr.Camps[1], ", "))
	if len(fr.Swing) > 0 {
		fmt.Fprintf(w, "  swing between camps: %s\n", strings.Join(fr.Swing, ", "))
	}
	printPairs(w, rec, "Pairs frustrated by every best split", fr.Always, explain)
	if len(fr.Sometimes) > 0 {
		printPairs(w, rec, "Pairs frustrated by some best splits only", fr.Sometimes, explain)
	}
	fmt.Fprintf(w, "\nUnbalanced triangles (%d listed of %d):\n", len(b.Unbalanced), b.Listed.Total)
	for _, tr := range b.Unbalanced {
		fmt.Fprintf(w, "  %s  %s, %s, %s  %v\n", tr.Signs, tr.Actors[0], tr.Actors[1], tr.Actors[2], tr.Ties)
		if explain {
			explainTies(w, rec, tr.Ties)
		}
	}
	printLegend(w, &b.Report)
	return nil
}

func countedIndex(fr frustrationJSON) string {
	if fr.CountExact {
		return fmt.Sprintf("%g ties counted (exact)", fr.Count)
	}
	return fmt.Sprintf("%g to %g ties counted", fr.CountLower, fr.Count)
}

func optimaPhrase(n int, complete bool, noun string) string {
	switch {
	case n == 1 && complete:
		return "the only best " + noun
	case complete:
		return fmt.Sprintf("one of %d equally good %ss, all found", n, noun)
	}
	return fmt.Sprintf("one of %d equally good %ss found, maybe more", n, noun)
}

func printBalanceSeries(w io.Writer, rec *answer.Record, f snapshot.Filter, steps []*balanceStep) error {
	r := answer.NewSeriesReport(rec, f, steps[0].At, steps[len(steps)-1].At)
	r.Legend = balanceLegend
	var readings []string
	for _, b := range steps {
		if b.Census.Triangles > 0 {
			readings = append(readings, fmt.Sprintf("%s %.0f%%", b.At, 100*b.Census.Balanced))
		}
	}
	r.Reading = "Share of triangles balanced: " + strings.Join(readings, ", ") + "."
	var reps []*answer.Report
	for _, b := range steps {
		reps = append(reps, &b.Report)
	}
	r.Warnings = answer.StepWarnings(reps)
	var snaps []*snapshot.Snapshot
	var labels []string
	for _, b := range steps {
		snaps, labels = append(snaps, b.sg.Snapshot), append(labels, b.At)
	}
	r.SeriesPartialWarning(rec, snaps, labels)
	printHeader(w, &r)
	header := []string{"AT", "ACTORS", "PAIRS", "TRIANGLES", "+++", "++-", "+--", "---", "BALANCED", "FRUSTRATION", "COUNTED", "SPLITS"}
	robust := steps[0].Robust != nil
	if robust {
		header = append(header, "BALANCED, ALL RUNS", "FRUSTRATION, ALL RUNS")
	}
	t := newTable(w, header...)
	for _, b := range steps {
		c, fr := b.Census, b.Frustration
		frs := fmt.Sprintf("%g", fr.Upper)
		if !fr.Exact {
			frs = fmt.Sprintf("%g-%g", fr.Lower, fr.Upper)
		}
		splits := fmt.Sprint(fr.Optima)
		if !fr.OptimaComplete {
			splits += "+"
		}
		row := []string{b.At, fmt.Sprint(b.Actors), fmt.Sprint(b.Ties), fmt.Sprint(c.Triangles), fmt.Sprint(c.PPP), fmt.Sprint(c.PPN),
			fmt.Sprint(c.PNN), fmt.Sprint(c.NNN), balancedShare(c), frs, fmt.Sprintf("%g", fr.Count), splits}
		if robust {
			row = append(row, b.Robust.balancedRange(), fmt.Sprintf("%g-%g", minOf(b.Robust.Frustration), maxOf(b.Robust.Frustration)))
		}
		t.row(row...)
	}
	if err := t.flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nFRUSTRATION: weighted by net intensity; COUNTED: ties; SPLITS: two-camp splits that attain it (+: maybe more).")
	if robust {
		fmt.Fprintf(w, "ALL RUNS: over the %d runs of --robust.\n", len(steps[0].Robust.Variants))
	}
	printLegend(w, &r)
	return nil
}

// balancedShare prints the share balanced, or "-" when there is no triangle.
func balancedShare(c censusJSON) string {
	if c.Triangles == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*c.Balanced)
}

// balancedRange is the range of the share balanced over the runs that have triangles.
func (r *balanceRobustness) balancedRange() string {
	var shares []float64
	for i, s := range r.Balanced {
		if r.Triangles[i] > 0 {
			shares = append(shares, s)
		}
	}
	if len(shares) == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%-%.1f%%", 100*minOf(shares), 100*maxOf(shares))
}

func minOf(xs []float64) float64 {
	m := xs[0]
	for _, x := range xs {
		m = min(m, x)
	}
	return m
}

func maxOf(xs []float64) float64 {
	m := xs[0]
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}
