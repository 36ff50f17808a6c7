package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	abalance "github.com/alliances-project/alliances/analysis/balance"
	"github.com/alliances-project/alliances/snapshot"
)

// balanceStep is the structural balance of one snapshot.
type balanceStep struct {
	At          string             `json:"at"`
	Actors      int                `json:"actors"`
	Ties        int                `json:"ties"` // signed pairs: parallel ties merge into one, by the sign of their summed intensities
	Census      censusJSON         `json:"census"`
	Frustration frustrationJSON    `json:"frustration"`
	Unbalanced  []triangleJSON     `json:"unbalanced"`
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

type frustrationJSON struct {
	Lower      float64    `json:"lower"`
	Upper      float64    `json:"upper"`
	Exact      bool       `json:"exact"`
	Camps      [][]string `json:"camps"`      // the two sides that attain Upper
	Frustrated [][]string `json:"frustrated"` // the pairs whose ties the camps frustrate, with their tie ids
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
	Frustration []float64 `json:"frustration"` // upper bound of the frustration index in each
}

func (m *Main) runBalance(ctx context.Context, args []string) error {
	f := m.flags("balance", "--at D | --from D1 --to D2 [--step 1y]", `Balance measures structural balance (Heider; Cartwright and Harary) on the signed network:
the census of +++, ++-, +-- and --- triangles, the share balanced (and weakly balanced, after
Davis, counting --- too), the unbalanced triangles, and the frustration index: the fewest ties
whose removal leaves the network balanced, split into two camps. The index is exact when the
bounds meet (small networks and those like the states of 1946-1999); otherwise a lower and an
upper bound are given, and said to be bounds.

Pairs with several ties count once, with the sign of the sum of sign times intensity.`).withJSON()
	sf := f.withSnapshot()
	from := f.String("from", "", "start of a series, an EDTF `date`")
	to := f.String("to", "", "end of a series, an EDTF `date`")
	stepLen := f.String("step", "1y", "length of each step of a series: `1y`, 6m, 7d")
	limit := f.Int("limit", 20, "list at most this many unbalanced `triangles` (0: all)")
	if err := f.parse(args); err != nil {
		return err
	}
	filter, knownAt, err := sf.filter()
	if err != nil {
		return err
	}
	windows, err := analysisWindows(sf.at, *from, *to, *stepLen)
	if err != nil {
		return err
	}
	rec, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	var out []*balanceStep
	for _, w := range windows {
		fw := filter
		fw.At = &w.Range
		b, err := balanceAt(ctx, rec.index, fw, *limit)
		if err != nil {
			return err
		}
		b.At = w.Label
		if sf.robust {
			if b.Robust, err = balanceRobust(ctx, rec.index, fw); err != nil {
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
		if err := printBalanceSeries(m.Stdout, out); err != nil || !sf.explain {
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
	return out[0].print(m.Stdout, rec, sf.explain)
}

// analysisWindows is the single window of --at, or the steps of --from/--to/--step.
func analysisWindows(at, from, to, length string) ([]step, error) {
	switch {
	case at != "" && (from != "" || to != ""):
		return nil, usageError("give either --at or --from and --to, not both")
	case at != "":
		r, err := parseAt("at", at)
		if err != nil {
			return nil, err
		}
		return []step{{Label: at, Range: *r}}, nil
	case from != "" && to != "":
		return steps(from, to, length)
	}
	return nil, usageError("give the date of the snapshot with --at, or a series with --from and --to")
}

func balanceAt(ctx context.Context, ix *snapshot.Index, f snapshot.Filter, limit int) (*balanceStep, error) {
	s, err := ix.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	g := s.Graph(snapshot.View{Signed: true, Weighted: true})
	census, err := abalance.Census(ctx, g.CSR)
	if err != nil {
		return nil, err
	}
	fr, err := abalance.Frustration(ctx, g.CSR, abalance.Options{})
	if err != nil {
		return nil, err
	}
	tris, err := abalance.Unbalanced(ctx, g.CSR, limit)
	if err != nil {
		return nil, err
	}
	b := &balanceStep{Actors: s.N(), Ties: signedPairs(g), sg: g,
		Census: censusJSON{census.PPP, census.PPN, census.PNN, census.NNN, census.Triangles, census.Balanced, census.WeakBalanced},
		Frustration: frustrationJSON{Lower: fr.Lower, Upper: fr.Upper, Exact: fr.Exact, Camps: [][]string{{}, {}},
			Frustrated: [][]string{}}, Unbalanced: []triangleJSON{}}
	for v, side := range fr.Side {
		if g.Degree(v) > 0 {
			b.Frustration.Camps[side] = append(b.Frustration.Camps[side], s.Actor(v))
		}
	}
	for _, arc := range fr.Frustrated {
		b.Frustration.Frustrated = append(b.Frustration.Frustrated, arcPair(g, int(arc)))
	}
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

func balanceRobust(ctx context.Context, ix *snapshot.Index, f snapshot.Filter) (*balanceRobustness, error) {
	r := &balanceRobustness{}
	for _, v := range snapshot.Variants(f, robustDraws, robustSeed) {
		b, err := balanceAt(ctx, ix, v.Filter, 1)
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

func (b *balanceStep) print(w io.Writer, rec *record, explain bool) error {
	c := b.Census
	fmt.Fprintf(w, "Structural balance at %s: %d actors, %d signed pairs\n\n", b.At, b.Actors, b.Ties)
	fmt.Fprintf(w, "Triangles: %d  (+++ %d, ++- %d, +-- %d, --- %d)\n", c.Triangles, c.PPP, c.PPN, c.PNN, c.NNN)
	if c.Triangles > 0 {
		fmt.Fprintf(w, "Balanced: %.1f%% (strong), %.1f%% (weak, --- counted balanced)\n", 100*c.Balanced, 100*c.WeakBalanced)
	}
	fr := b.Frustration
	if fr.Exact {
		fmt.Fprintf(w, "Frustration index: %g (exact)\n", fr.Upper)
	} else {
		fmt.Fprintf(w, "Frustration index: between %g and %g (bounds: the network is too large to solve exactly)\n", fr.Lower, fr.Upper)
	}
	if b.Robust != nil {
		fmt.Fprintf(w, "Robustness over %d runs: balanced %s, frustration %g to %g\n", len(b.Robust.Variants),
			b.Robust.balancedRange(), minOf(b.Robust.Frustration), maxOf(b.Robust.Frustration))
	}
	fmt.Fprintf(w, "\nCamps that attain it:\n  1: %v\n  2: %v\n", fr.Camps[0], fr.Camps[1])
	fmt.Fprintf(w, "\nFrustrated pairs (%d):\n", len(fr.Frustrated))
	for _, p := range fr.Frustrated {
		fmt.Fprintf(w, "  %s - %s  %v\n", p[0], p[1], p[2:])
		if explain {
			explainTies(w, rec, p[2:])
		}
	}
	fmt.Fprintf(w, "\nUnbalanced triangles (%d listed):\n", len(b.Unbalanced))
	for _, tr := range b.Unbalanced {
		fmt.Fprintf(w, "  %s  %s, %s, %s  %v\n", tr.Signs, tr.Actors[0], tr.Actors[1], tr.Actors[2], tr.Ties)
		if explain {
			explainTies(w, rec, tr.Ties)
		}
	}
	return nil
}

func printBalanceSeries(w io.Writer, steps []*balanceStep) error {
	header := []string{"AT", "ACTORS", "PAIRS", "TRIANGLES", "+++", "++-", "+--", "---", "BALANCED", "FRUSTRATION"}
	robust := steps[0].Robust != nil
	if robust {
		header = append(header, "BALANCED, ALL RUNS", "FRUSTRATION, ALL RUNS")
	}
	t := newTable(w, header...)
	for _, b := range steps {
		c := b.Census
		fr := fmt.Sprintf("%g", b.Frustration.Upper)
		if !b.Frustration.Exact {
			fr = fmt.Sprintf("%g-%g", b.Frustration.Lower, b.Frustration.Upper)
		}
		row := []string{b.At, fmt.Sprint(b.Actors), fmt.Sprint(b.Ties), fmt.Sprint(c.Triangles), fmt.Sprint(c.PPP), fmt.Sprint(c.PPN),
			fmt.Sprint(c.PNN), fmt.Sprint(c.NNN), balancedShare(c), fr}
		if robust {
			row = append(row, b.Robust.balancedRange(), fmt.Sprintf("%g-%g", minOf(b.Robust.Frustration), maxOf(b.Robust.Frustration)))
		}
		t.row(row...)
	}
	if err := t.flush(); err != nil || !robust {
		return err
	}
	_, err := fmt.Fprintf(w, "(ALL RUNS: over the %d runs of --robust)\n", len(steps[0].Robust.Variants))
	return err
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
