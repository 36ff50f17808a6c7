package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
	acascade "github.com/alliances-project/alliances/analysis/cascade"
	"github.com/alliances-project/alliances/snapshot"
)

// tipping is one actor moving to the side in a model run.
type tipping struct {
	Actor string   `json:"actor"`
	Round int      `json:"round"`
	Share float64  `json:"share"` // weighted share of its partners already on the side when it moved
	By    []string `json:"by"`    // the partners on the side that pushed it over
	Ties  []string `json:"ties"`  // the ties to them: the share's numerator
	All   []string `json:"all"`   // all its positive ties: the share's denominator
}

// recordedMove is an actor that actually moved to the side in the record.
type recordedMove struct {
	Actor string `json:"actor"`
	Date  string `json:"date"` // the start of its first deal with the side in the period
	Tie   string `json:"tie"`
}

type cascadeResult struct {
	At         string           `json:"at"`
	Side       string           `json:"side"`
	Seeds      []string         `json:"seeds"`
	Threshold  float64          `json:"threshold"`
	Fit        *fitJSON         `json:"fit,omitempty"`
	Tipped     []tipping        `json:"tipped"` // by round
	Record     []recordedMove   `json:"record"` // by date
	ModelOnly  []string         `json:"model_only"`
	RecordOnly []string         `json:"record_only"`
	Both       []string         `json:"both"`
	Tau        *float64         `json:"tau"` // Kendall's tau-b between the model's rounds and the record's dates, over Both
	WhatIf     *whatIf          `json:"what_if,omitempty"`
	Robust     *countRobustness `json:"robust,omitempty"`
	rounds     []int32
}

type fitJSON struct {
	Lo     float64 `json:"lo"`
	Hi     float64 `json:"hi"`
	Errors int     `json:"errors"`
}

// whatIf is the same run with actors or ties taken out.
type whatIf struct {
	Without     []string  `json:"without"`
	WithoutTies []string  `json:"without_ties"`
	Tipped      []tipping `json:"tipped"`
	Lost        []string  `json:"lost"`   // tipped in the run as recorded, not in the what-if
	Gained      []string  `json:"gained"` // the reverse
}

func (m *Main) runCascade(ctx context.Context, args []string) error {
	f := m.flags("cascade", "--at D --seed ACTORS [--record PERIOD] [--threshold T | --fit]", `Cascade runs Granovetter's (1978) linear threshold model on the positive ties of the
snapshot at D: the seeds are on the side from the start; at each round every actor whose
partners already on the side hold at least its threshold of its tie weight (summed
intensities) moves too, until nobody moves. With --record PERIOD the run is compared with
who actually made deals with the side during that period (agreement and alliance ties with
the side that begin then), and --fit chooses the uniform threshold that best reproduces
them. --without and --without-tie ask what if an actor or a tie had not been there.`).withJSON()
	sf := f.withSnapshot()
	var seeds, without, withoutTies listFlag
	f.Var(&seeds, "seed", "the `actors` on the side from the start (the first is the side)")
	side := f.String("side", "", "the `actor` whose side the cascade is toward (default: the first seed)")
	threshold := f.Float64("threshold", 0.5, "every actor's threshold: the share of partners on the side that makes it move")
	fit := f.Bool("fit", false, "fit the threshold to the record (needs --record)")
	period := f.String("record", "", "compare with the deals made with the side in this EDTF `period`, such as 2021-06/2021-08")
	var own listFlag
	f.Var(&own, "threshold-for", "an actor's own threshold, as `ACTOR=T` (repeat or separate by commas); the others keep --threshold")
	f.Var(&without, "without", "what if these `actors` had not been there")
	f.Var(&withoutTies, "without-tie", "what if these `ties` had not been there")
	if err := f.parse(args); err != nil {
		return err
	}
	filter, knownAt, err := sf.filter()
	if err != nil {
		return err
	}
	switch {
	case filter.At == nil:
		return usageError("cascade needs the date of the network it runs on: --at 2021-05")
	case len(seeds) == 0:
		return usageError("cascade needs at least one --seed actor")
	case *fit && *period == "":
		return usageError("--fit needs --record PERIOD: the deals to fit the threshold to")
	case *threshold < 0 || *threshold > 1:
		return usageError("--threshold %g, expected a share from 0 to 1", *threshold)
	}
	if *side == "" {
		*side = seeds[0]
	}
	if !slices.Contains(seeds, *side) {
		return usageError("--side %s is not among the seeds %v: the side's own actor starts on it", *side, []string(seeds))
	}
	rec, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	c := &cascadeRun{rec: rec, filter: filter, side: *side, seeds: seeds, threshold: *threshold}
	if err := c.check(own, without, withoutTies, *fit); err != nil {
		return err
	}
	res, err := c.run(ctx, *period, *fit, without, withoutTies)
	if err != nil {
		return err
	}
	res.At = sf.at
	if sf.robust {
		if res.Robust, err = c.robust(ctx, res.Threshold); err != nil {
			return err
		}
	}
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return res.print(m.Stdout, rec, sf.explain)
}

// robust reruns the cascade, with the threshold found, over the variants of --robust.
func (c *cascadeRun) robust(ctx context.Context, threshold float64) (*countRobustness, error) {
	return robustCounts(ctx, c.filter, func(v snapshot.Filter) ([]string, error) {
		vc := *c
		vc.filter, vc.threshold = v, threshold
		r, err := vc.run(ctx, "", false, nil, nil)
		if err != nil {
			return nil, err
		}
		return tippedFindings(r.Tipped), nil
	})
}

// check reads the actors' own thresholds and checks that every actor and tie named
// exists.
func (c *cascadeRun) check(own, without, withoutTies []string, fit bool) error {
	for _, id := range append(slices.Clone(c.seeds), without...) {
		if err := c.rec.requireActor(id); err != nil {
			return err
		}
	}
	for _, id := range withoutTies {
		if _, ok := c.rec.ties[id]; !ok {
			return alliances.Errorf(alliances.NotFound, "", "--without-tie %s: no such tie in the record", id)
		}
	}
	c.own = map[string]float64{}
	for _, kv := range own {
		id, value, ok := strings.Cut(kv, "=")
		t, err := strconv.ParseFloat(value, 64)
		if !ok || err != nil || t < 0 || t > 1 {
			return usageError("--threshold-for %q, expected ACTOR=T with T a share from 0 to 1", kv)
		}
		if err := c.rec.requireActor(id); err != nil {
			return err
		}
		c.own[id] = t
	}
	if fit && len(c.own) > 0 {
		return usageError("--fit fits one threshold for all; it cannot be combined with --threshold-for")
	}
	return nil
}

// cascadeRun holds what one cascade command works on.
type cascadeRun struct {
	rec       *record
	filter    snapshot.Filter
	side      string
	seeds     []string
	threshold float64
	own       map[string]float64 // actors' own thresholds
	s         *snapshot.Snapshot
	g         *snapshot.Graph
}

func (c *cascadeRun) run(ctx context.Context, period string, fit bool, without, withoutTies []string) (*cascadeResult, error) {
	var err error
	if c.s, err = c.rec.index.Snapshot(ctx, c.filter); err != nil {
		return nil, err
	}
	if err := notFolded(c.s, c.seeds...); err != nil {
		return nil, err
	}
	c.g = c.s.Graph(snapshot.View{Positive: true, Weighted: true})
	res := &cascadeResult{Side: c.side, Seeds: c.seeds, Threshold: c.threshold, Record: []recordedMove{},
		ModelOnly: []string{}, RecordOnly: []string{}, Both: []string{}}
	seeds := c.nodes(c.seeds)
	var observed []int
	if period != "" {
		if observed, res.Record, err = c.observed(ctx, period, seeds); err != nil {
			return nil, err
		}
	}
	if fit {
		fr, err := acascade.Fit(ctx, c.g.CSR, seeds, observed, thresholdGrid())
		if err != nil {
			return nil, err
		}
		res.Threshold = fr.Scores[fr.Best].Threshold
		res.Fit = &fitJSON{Lo: fr.Lo, Hi: fr.Hi, Errors: fr.Scores[fr.Best].Errors}
	}
	base, err := acascade.Run(ctx, c.g.CSR, seeds, c.thresholds(res.Threshold), acascade.Options{})
	if err != nil {
		return nil, err
	}
	res.Tipped, res.rounds = c.tipped(base), base.Round
	if observed != nil {
		if err := c.compare(res, base, observed); err != nil {
			return nil, err
		}
	}
	if len(without) > 0 || len(withoutTies) > 0 {
		if res.WhatIf, err = c.whatIf(ctx, seeds, res, without, withoutTies); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// thresholds gives every node the uniform threshold, or its actor's own.
func (c *cascadeRun) thresholds(uniform float64) []float64 {
	if len(c.own) == 0 {
		return []float64{uniform}
	}
	ts := make([]float64, c.s.N())
	for v := range ts {
		ts[v] = uniform
		if t, ok := c.own[c.s.Actor(v)]; ok {
			ts[v] = t
		}
	}
	return ts
}

// nodes maps actor ids to nodes, leaving out those without ties in the snapshot.
func (c *cascadeRun) nodes(ids []string) []int {
	var out []int
	for _, id := range ids {
		if v := c.s.Node(id); v >= 0 {
			out = append(out, v)
		}
	}
	return out
}

func thresholdGrid() []float64 {
	var grid []float64
	for t := 0.05; t < 1; t += 0.05 {
		grid = append(grid, math.Round(t*100)/100)
	}
	return grid
}

// observed reads who actually moved: for each actor of the snapshot, the first
// agreement or alliance with the side that begins in the period, ranked by date (seeds 0).
//
// The deals are read from a snapshot of the period under the same filters as the
// network (statuses, credibility, reliability, folding), whatever kinds the network uses.
func (c *cascadeRun) observed(ctx context.Context, period string, seeds []int) ([]int, []recordedMove, error) {
	window, err := parseAt("record", period)
	if err != nil {
		return nil, nil, err
	}
	f := c.filter
	f.At, f.Kinds, f.Signs, f.AllActors = window, []alliances.Kind{alliances.Agreement, alliances.Alliance}, nil, false
	deals, err := c.rec.index.Snapshot(ctx, f)
	if err != nil {
		return nil, nil, err
	}
	first := map[string]*alliances.Tie{}
	side := deals.Node(c.side)
	for e, ed := range deals.Edges {
		t := deals.TieOf(e)
		start := t.Valid.Strict().First
		if side < 0 || (int(ed.From) != side && int(ed.To) != side) || start < window.First {
			continue
		}
		other := deals.Actor(int(ed.From) + int(ed.To) - side)
		if prev := first[other]; prev == nil || start < prev.Valid.Strict().First {
			first[other] = t
		}
	}
	var moves []recordedMove
	for a, t := range first {
		moves = append(moves, recordedMove{Actor: a, Date: t.Valid.Start().Date.String(), Tie: t.ID})
	}
	slices.SortFunc(moves, func(x, y recordedMove) int {
		return cmpDays(first[x.Actor], first[y.Actor], x.Actor, y.Actor)
	})
	observed := make([]int, c.s.N())
	for v := range observed {
		observed[v] = -1
	}
	for _, v := range seeds {
		observed[v] = 0
	}
	for i, mv := range moves {
		if v := c.s.Node(mv.Actor); v >= 0 && observed[v] != 0 {
			observed[v] = int(c.rank(first, moves, i)) + 1
		}
	}
	return observed, moves, nil
}

// rank gives moves on the same day the same order number.
func (c *cascadeRun) rank(first map[string]*alliances.Tie, moves []recordedMove, i int) int {
	for i > 0 && first[moves[i-1].Actor].Valid.Strict().First == first[moves[i].Actor].Valid.Strict().First {
		i--
	}
	return i
}

func cmpDays(a, b *alliances.Tie, x, y string) int {
	da, db := a.Valid.Strict().First, b.Valid.Strict().First
	switch {
	case da < db:
		return -1
	case da > db:
		return 1
	}
	return strings.Compare(x, y)
}

func (c *cascadeRun) tipped(r acascade.Result) []tipping {
	out := []tipping{}
	for _, v := range r.Active {
		t := tipping{Actor: c.s.Actor(int(v)), Round: int(r.Round[v]), By: []string{}, Ties: []string{}}
		if !math.IsNaN(r.Share[v]) {
			t.Share = r.Share[v]
		}
		for _, arc := range r.TippedBy(int(v)) {
			t.Ties = append(t.Ties, c.g.ArcTies(int(arc))...)
			t.By = append(t.By, arcOther(c.g, int(arc), int(v)))
		}
		t.All = orEmpty(nodeTies(c.g, int(v)))
		out = append(out, t)
	}
	return out
}

// arcOther returns the actor at the end of arc other than v.
func arcOther(g *snapshot.Graph, arc, v int) string {
	if int(g.Adj[arc]) != v {
		return g.Snapshot.Actor(int(g.Adj[arc]))
	}
	return g.Snapshot.Actor(g.Tail(arc))
}

func (c *cascadeRun) compare(res *cascadeResult, r acascade.Result, observed []int) error {
	cmp, err := acascade.Compare(r, observed)
	if err != nil {
		return err
	}
	for _, list := range []struct {
		nodes []int32
		out   *[]string
	}{{cmp.ModelOnly, &res.ModelOnly}, {cmp.RecordOnly, &res.RecordOnly}, {cmp.Both, &res.Both}} {
		for _, v := range list.nodes {
			*list.out = append(*list.out, c.s.Actor(int(v)))
		}
	}
	if !math.IsNaN(cmp.Tau) {
		res.Tau = &cmp.Tau
	}
	return nil
}

func (c *cascadeRun) whatIf(ctx context.Context, seeds []int, res *cascadeResult, without, withoutTies []string) (*whatIf, error) {
	w := &whatIf{Without: orEmpty(without), WithoutTies: orEmpty(withoutTies), Lost: []string{}, Gained: []string{}}
	// Taking a tie out redraws the graph without it (the pair may keep other ties, and
	// its net sign may change); the actors keep their numbers.
	g := c.s.Graph(snapshot.View{Positive: true, Weighted: true, Skip: func(e int) bool {
		return slices.Contains(withoutTies, c.s.TieOf(e).ID)
	}})
	r, err := acascade.Run(ctx, g.CSR, seeds, c.thresholds(res.Threshold), acascade.Options{RemoveNodes: c.nodes(without)})
	if err != nil {
		return nil, err
	}
	full := c.g
	c.g = g
	w.Tipped = c.tipped(r)
	c.g = full
	for v := range r.Round {
		switch {
		case res.rounds[v] >= 0 && r.Round[v] < 0:
			w.Lost = append(w.Lost, c.s.Actor(v))
		case res.rounds[v] < 0 && r.Round[v] >= 0:
			w.Gained = append(w.Gained, c.s.Actor(v))
		}
	}
	return w, nil
}

func (r *cascadeResult) print(w io.Writer, rec *record, explain bool) error {
	fmt.Fprintf(w, "Cascade toward %s on the positive ties at %s, threshold %g", r.Side, r.At, r.Threshold)
	if len(r.Tipped) == 0 {
		fmt.Fprintf(w, "\nNone of the seeds has a positive tie at %s: nothing to run.\n", r.At)
		return nil
	}
	if r.Fit != nil {
		fmt.Fprintf(w, " (fitted: %g to %g reproduce the record as well, with %d mismatches)", r.Fit.Lo, r.Fit.Hi, r.Fit.Errors)
	}
	fmt.Fprintln(w)
	printTipped(w, rec, r.Tipped, explain)
	if len(r.Record) > 0 {
		fmt.Fprintf(w, "\nIn the record, deals with %s:\n", r.Side)
		t := newTable(w)
		for _, mv := range r.Record {
			t.row("  "+mv.Date, mv.Actor, "["+mv.Tie+"]")
		}
		t.flush()
		fmt.Fprintf(w, "\nModel and record agree on %d: %s\n", len(r.Both), strings.Join(r.Both, ", "))
		fmt.Fprintf(w, "Moved in the model only: %s\n", strings.Join(r.ModelOnly, ", "))
		fmt.Fprintf(w, "Moved in the record only: %s\n", strings.Join(r.RecordOnly, ", "))
		if r.Tau != nil {
			fmt.Fprintf(w, "Kendall's tau between the model's rounds and the record's order: %.2f\n", *r.Tau)
		}
	}
	if r.WhatIf != nil {
		fmt.Fprintf(w, "\nWhat if without %s:\n", strings.Join(append(append([]string{}, r.WhatIf.Without...), r.WhatIf.WithoutTies...), ", "))
		printTipped(w, rec, r.WhatIf.Tipped, false)
		fmt.Fprintf(w, "No longer moving: %s\nNow moving: %s\n", strings.Join(r.WhatIf.Lost, ", "), strings.Join(r.WhatIf.Gained, ", "))
	}
	if r.Robust != nil {
		r.Robust.print(w, fmt.Sprintf("the runs in which each actor moves (threshold %g)", r.Threshold), sortedFindings(r.Robust, tippedFindings(r.Tipped)))
	}
	return nil
}

func printTipped(w io.Writer, rec *record, ts []tipping, explain bool) {
	t := newTable(w, "ROUND", "ACTOR", "SHARE", "PUSHED BY")
	for _, tp := range ts {
		share := ""
		if tp.Round > 0 {
			share = fmt.Sprintf("%.2f", tp.Share)
		}
		t.row(fmt.Sprint(tp.Round), tp.Actor, share, strings.Join(tp.By, ", "))
	}
	t.flush()
	if explain {
		for _, tp := range ts {
			if len(tp.Ties) == 0 {
				continue
			}
			fmt.Fprintf(w, "\n%s moved at a share of %.2f: its ties to partners on the side\n", tp.Actor, tp.Share)
			explainTies(w, rec, tp.Ties)
			if rest := slices.DeleteFunc(slices.Clone(tp.All), func(id string) bool { return slices.Contains(tp.Ties, id) }); len(rest) > 0 {
				fmt.Fprintf(w, "  over all its positive ties, these too:\n")
				explainTies(w, rec, rest)
			}
		}
	}
}
