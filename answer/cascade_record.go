package answer

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	acascade "github.com/alliances-project/alliances/analysis/cascade"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/snapshot"
)

// RecordedMove is an actor that actually moved to the side in the record.
type RecordedMove struct {
	Actor   string `json:"actor"`
	Date    string `json:"date"` // the start of its first aligning tie with the side in the period
	Month   string `json:"month"`
	Tie     string `json:"tie"`
	Via     string `json:"via,omitempty"` // the actor the tie names, when folded into Actor on the day of the move
	Movable bool   `json:"movable"`       // an actor the model lets move; the others are left out of the comparison
	Why     string `json:"why,omitempty"` // why it is left out
	month   int    // the rank of Month in the period: 1 for its first month
}

// monthsSince counts the calendar months from the month of from to that of d: 0 in the
// same month, 1 in the next.
func monthsSince(from, d edtf.Day) int {
	fy, fm, _ := from.Civil()
	y, m, _ := d.Civil()
	return (y-fy)*12 + m - fm
}

// scorable reports whether the record holds a move of an actor that is not on the side
// from the start.
func scorable(observed, seeds []int) bool {
	for v, o := range observed {
		if o > 0 && !slices.Contains(seeds, v) {
			return true
		}
	}
	return false
}

// drawsFor is the number of draws of each null model: the one asked for, or 1000, fewer
// on large networks (each draw is a run of the model), down to 100.
func (c *cascadeRun) drawsFor() int {
	if c.draws > 0 {
		return c.draws
	}
	return max(100, min(1000, 20_000_000/max(1, len(c.g.Adj))))
}

func finiteOrNil(x float64) *float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	return &x
}

// fit fits the uniform threshold, only the movable actors moving.
func (c *cascadeRun) fit(ctx context.Context, observed []int) (acascade.FitResult, error) {
	res := acascade.FitResult{}
	grid := thresholdGrid()
	for i, th := range grid {
		r, err := acascade.Run(ctx, c.g.CSR, c.seedNodes, []float64{th}, acascade.Options{Movable: c.movable})
		if err != nil {
			return res, err
		}
		cmp, _ := acascade.Compare(r, observed)
		res.Scores = append(res.Scores, acascade.FitScore{Threshold: th, Errors: len(cmp.ModelOnly) + len(cmp.RecordOnly), Tau: cmp.Tau})
		if better(res.Scores[i], res.Scores[res.Best]) {
			res.Best = i
		}
	}
	best := res.Scores[res.Best]
	res.Lo, res.Hi = best.Threshold, best.Threshold
	for _, s := range res.Scores {
		if !better(s, best) && !better(best, s) {
			res.Lo, res.Hi = min(res.Lo, s.Threshold), max(res.Hi, s.Threshold)
		}
	}
	return res, nil
}

// better orders fit scores: fewer errors, then a higher tau (undefined lowest).
func better(a, b acascade.FitScore) bool {
	if a.Errors != b.Errors {
		return a.Errors < b.Errors
	}
	ta, tb := a.Tau, b.Tau
	if math.IsNaN(ta) {
		ta = math.Inf(-1)
	}
	if math.IsNaN(tb) {
		tb = math.Inf(-1)
	}
	return ta > tb
}

func thresholdGrid() []float64 {
	var grid []float64
	for t := 0.05; t < 1; t += 0.05 {
		grid = append(grid, math.Round(t*100)/100)
	}
	return grid
}

// alignsWithSide reports whether tie t records an actor joining the side: an alliance or
// a cooperation with it, support given to it, an agreement that aligns its parties, or a
// merger into it. (A membership is the side's own structure, not a move to it; a stance
// of favour is not a move; support the side gives is not the supported actor's move.)
func alignsWithSide(t *alliances.Tie, side string) (string, bool) {
	switch t.Kind {
	case alliances.Alliance, alliances.Cooperation:
	case alliances.Agreement:
		if !t.Type.Aligns() {
			return "", false
		}
	case alliances.Support, alliances.Merger:
		if t.Object != side {
			return "", false
		}
		return t.Subject, true
	default:
		return "", false
	}
	if o := t.Other(side); o != "" {
		return o, true
	}
	return "", false
}

// observed reads who actually moved: for each actor, the first tie aligning it with the
// side (see alignsWithSide) that begins in the period, read under the network's filters
// (statuses, credibility, basis, folding). observed gives each movable node the rank of
// its month, seeds 0, the others -1.
func (c *cascadeRun) observed(ctx context.Context, period string) ([]int, []RecordedMove, error) {
	window, err := parseAt("record", period)
	if err != nil {
		return nil, nil, err
	}
	f := c.filter
	f.At, f.Overlap, f.Kinds, f.Signs, f.AllActors = window, snapshot.Any, nil, nil, false
	f.Layers = []snapshot.LayerWeight{{Layer: alliances.Alignment, Weight: 1}, {Layer: alliances.Hierarchy, Weight: 1}, {Layer: alliances.Process, Weight: 1}}
	f.Fold = false
	deals, err := c.rec.Index.Snapshot(ctx, f)
	if err != nil {
		return nil, nil, err
	}
	first := map[string]*alliances.Tie{}
	via := map[string]string{}
	for e := range deals.Edges {
		t := deals.TieOf(e)
		named, ok := alignsWithSide(t, c.side)
		// A move is dated by its tie's start: a tie whose start is unknown ("held by
		// June") may have begun before the period, and dates no move.
		if !ok || t.Valid.Start().Kind != edtf.Closed || t.Valid.Strict().First < window.First {
			continue
		}
		start := t.Valid.Strict().First
		who := c.standsForAt(ctx, named, start)
		if who == c.side || slices.Contains(c.seeds, who) || c.alignedBefore(named, who, start) {
			continue
		}
		if prev := first[who]; prev == nil || t.Valid.Strict().First < prev.Valid.Strict().First {
			first[who], via[who] = t, ""
			if named != who {
				via[who] = named
			}
		}
	}
	var moves []RecordedMove
	for a, t := range first {
		d := t.Valid.Strict().First
		v := c.s.Node(a)
		date := t.Valid.String()
		if st := t.Valid.Start(); st.Kind == edtf.Closed {
			date = st.Date.String()
		}
		mv := RecordedMove{Actor: a, Date: date, Month: d.MonthString(), month: monthsSince(window.First, d) + 1, Tie: t.ID, Via: via[a], Movable: v >= 0 && c.movable[v]}
		switch {
		case v < 0:
			mv.Why = "not in the network at the date the cascade starts from"
			if into, folded := c.s.FoldedInto(a); folded {
				mv.Why = "part of " + into + " at the date the cascade starts from: its ties count as " + into + "'s (--no-fold lets it move alone)"
			}
		case !c.movable[v]:
			mv.Why = "cannot move in the model: " + c.fixedReason(a)
		}
		moves = append(moves, mv)
	}
	slices.SortFunc(moves, func(x, y RecordedMove) int {
		return cmpDays(first[x.Actor], first[y.Actor], x.Actor, y.Actor)
	})
	observed := make([]int, c.s.N())
	for v := range observed {
		observed[v] = -1
	}
	for _, v := range c.seedNodes {
		observed[v] = 0
	}
	// The actors on the side from the start (seeds, their parts, those already in their
	// bloc) are neither a move nor a miss.
	for i, mv := range moves {
		if v := c.s.Node(mv.Actor); v >= 0 && mv.Movable && observed[v] == 0 {
			moves[i].Movable, moves[i].Why = false, "on the side from the start: in the bloc of a seed at the date the cascade starts from"
		}
	}
	for _, mv := range moves {
		if v := c.s.Node(mv.Actor); v >= 0 && mv.Movable {
			observed[v] = mv.month // months: ties share an order
		}
	}
	return observed, moves, nil
}

func (c *cascadeRun) fixedReason(a string) string {
	for _, fx := range c.fixed {
		if fx.Actor == a {
			return fx.Reason
		}
	}
	return ""
}

// alignedBefore reports whether the actor (as named in a tie, or as the organization it
// stands for) was already aligned with the side the day before d: a tie of positive sign
// with the side certainly active that day. A claim that continues an earlier one, or a
// deal with a partner of old, is no move.
func (c *cascadeRun) alignedBefore(named, who string, d edtf.Day) bool {
	ix := c.rec.Index
	side, ok := ix.Actor(c.side)
	if !ok {
		return false
	}
	for i := range ix.Len() {
		if s, o, _ := ix.Parties(i); s != side && o != side {
			continue // only the side's ties are read in full
		}
		t := ix.Tie(i)
		other := t.Other(c.side)
		if other != named && other != who || alliances.SignOf(t.Kind, t.Type) <= 0 || t.Status == alliances.Denied || t.Status == alliances.Retracted {
			continue
		}
		if r := t.Valid.Strict(); r.First <= d-1 && d-1 <= r.Last {
			return true
		}
	}
	return false
}

// standsForAt maps an actor to the organization it is folded into on day d (itself when
// it is not): a part that made its own deal is its own actor on the day it made it.
func (c *cascadeRun) standsForAt(ctx context.Context, id string, d edtf.Day) string {
	f := c.filter
	f.At, f.Overlap = &edtf.Range{First: d, Last: d}, snapshot.Majority
	s, err := c.rec.Index.Snapshot(ctx, f)
	if err != nil {
		return id
	}
	if into, folded := s.FoldedInto(id); folded {
		return into
	}
	return id
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

func (c *cascadeRun) compare(res *CascadeResult, r acascade.Result, observed []int) error {
	cmp, err := acascade.Compare(r, observed)
	if err != nil {
		return err
	}
	for _, list := range []struct {
		nodes []int32
		out   *[]string
	}{{cmp.ModelOnly, &res.ModelOnly}, {cmp.RecordOnly, &res.RecordOnly}, {cmp.Both, &res.Both}} {
		for _, v := range list.nodes {
			if observed[v] == 0 {
				continue // the seeds, and the actors on the side before the period
			}
			*list.out = append(*list.out, c.s.Actor(int(v)))
		}
	}
	if !math.IsNaN(cmp.Tau) {
		res.Tau = &cmp.Tau
	}
	return nil
}
