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
	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	acascade "github.com/alliances-project/alliances/analysis/cascade"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/snapshot"
)

// tipping is one actor moving to the side in a model run.
type tipping struct {
	Actor string   `json:"actor"`
	Round int      `json:"round"`
	Share float64  `json:"share"`           // net weighted share of its partners on the side when it moved
	By    []string `json:"by"`              // the partners on the side that pushed it over
	Held  []string `json:"held"`            // the enemies on the side that held it back
	Ties  []string `json:"ties"`            // the ties to them: the share's numerator
	All   []string `json:"all"`             // all its ties in the network: the partners' ties are the denominator
	Parts []string `json:"parts,omitempty"` // actors folded into it, which move with it
	On    string   `json:"on,omitempty"`    // round 0: why it is on the side from the start (a seed, a part of a seed, already aligned)
}

// recordedMove is an actor that actually moved to the side in the record.
type recordedMove struct {
	Actor   string `json:"actor"`
	Date    string `json:"date"` // the start of its first aligning tie with the side in the period
	Month   string `json:"month"`
	Tie     string `json:"tie"`
	Via     string `json:"via,omitempty"` // the actor the tie names, when folded into Actor on the day of the move
	Movable bool   `json:"movable"`       // an actor the model lets move; the others are left out of the comparison
	Why     string `json:"why,omitempty"` // why it is left out
}

type cascadeResult struct {
	report
	At         string           `json:"at"`
	Side       string           `json:"side"`
	Seeds      []string         `json:"seeds"`
	Movers     []string         `json:"mover_kinds"` // the actor kinds that can move
	Fixed      []fixedActor     `json:"fixed"`       // actors with ties that cannot move, and why
	Threshold  float64          `json:"threshold"`
	Fit        *fitJSON         `json:"fit,omitempty"`
	Tipped     []tipping        `json:"tipped"` // by round
	Record     []recordedMove   `json:"record"` // by date
	ModelOnly  []string         `json:"model_only"`
	RecordOnly []string         `json:"record_only"`
	Both       []string         `json:"both"`
	Already    []string         `json:"already_aligned"` // in a seed's bloc in every optimal partition at the date: on the side from the start
	Unscorable bool             `json:"unscorable"`      // the record holds no move the model could make: nothing to score
	Tau        *float64         `json:"tau"`             // Kendall's tau-b between the model's rounds and the record's months, over Both
	Chance     *chanceJSON      `json:"chance,omitempty"`
	WhatIf     *whatIf          `json:"what_if,omitempty"`
	Robust     *countRobustness `json:"robust,omitempty"`
	rounds     []int32
}

type fixedActor struct {
	Actor  string `json:"actor"`
	Reason string `json:"reason"`
}

type fitJSON struct {
	Lo     float64 `json:"lo"`
	Hi     float64 `json:"hi"`
	Errors int     `json:"errors"`
}

// chanceJSON compares the run's agreement with the record with two null models.
type chanceJSON struct {
	Draws               int      `json:"draws"`
	Errors              int      `json:"errors"`
	MeanThresholdErrors float64  `json:"mean_errors_random_thresholds"`
	MeanOrderErrors     float64  `json:"mean_errors_random_orders"`
	PThreshold          float64  `json:"p_random_thresholds"` // share of draws at least as good
	POrder              float64  `json:"p_random_orders"`
	PTauThreshold       *float64 `json:"p_tau_random_thresholds"`
	PTauOrder           *float64 `json:"p_tau_random_orders"`
	BeatsChance         bool     `json:"beats_chance"`
}

// whatIf is the same run with actors or ties taken out.
type whatIf struct {
	Without     []string  `json:"without"`
	Parts       []string  `json:"parts"` // the removed actors' own parts, taken out with them
	WithoutTies []string  `json:"without_ties"`
	Tipped      []tipping `json:"tipped"`
	Lost        []string  `json:"lost"`              // tipped in the baseline, not in the what-if
	Gained      []string  `json:"gained"`            // the reverse
	Already     []string  `json:"already,omitempty"` // the actors taken out that were on the side from the start
}

// defaultMovers are the kinds of actor that can choose a side in a cascade of
// defections: groups, factions, militias, parties, individuals and the state's organs
// (a police force, an army unit); states, international organizations and categories
// back sides or broker between them, and do not defect.
var defaultMovers = []string{"armed-group", "party", "faction", "militia", "criminal-network", "individual", "state-organ", "coalition"}

func (m *Main) runCascade(ctx context.Context, args []string) error {
	f := m.flags("cascade", "--at D --seed ACTORS [--record PERIOD] [--threshold T | --fit]", `Cascade runs Granovetter's (1978) linear threshold model on the signed network at D: the
seeds are on the side from the start; at each round every actor that can choose a side
moves once its partners already there, less its enemies already there, hold at least its
threshold of its partners' weight (net intensities), until nobody moves. The actors that
share a seed's bloc in every optimal partition at D (see blocs) are on the side from the
start too (--seeds-only starts from the seeds alone, as in a network of friendships, where a
friend of an adopter has not adopted). Only actors of
the kinds in --movers can move (by default armed groups, parties, factions, militias,
criminal networks, individuals, state organs and coalitions); states and the mediators
between the side and others stay where they are, their ties still counting.

With --record PERIOD the run is set beside who actually aligned with the side in that
period (an alliance, a cooperation, support given to it, a business, defection or
power-sharing deal, or a merger into it, that begins then, on a known date, with an actor
not already aligned with it the day before), by actor, order and month; a
part that made the move counts as the organization it was folded into on the day it
moved, and a part that broke away to move counts as itself; the actors already aligned
with the side when the period begins start on it, as the seeds do; --fit chooses the uniform threshold that
best reproduces them; either is then scored against chance: random thresholds, and random
orders of as many movers, --draws times each. --without and --without-tie ask what if an
actor (with its own parts) or a tie had not been there.`).withJSON()
	sf := f.withSnapshot()
	var seeds, without, withoutTies, movers listFlag
	f.Var(&seeds, "seed", "the `actors` on the side from the start (the first is the side)")
	side := f.String("side", "", "the `actor` whose side the cascade is toward (default: the first seed)")
	threshold := f.Float64("threshold", 0.5, "every actor's threshold: the net share of partners on the side that makes it move")
	fit := f.Bool("fit", false, "fit the threshold to the record (needs --record)")
	period := f.String("record", "", "compare with the alignments with the side in this EDTF `period`, such as 2021-06/2021-08")
	seedsOnly := f.Bool("seeds-only", false, "start from the seeds (and their parts) alone: their partners are not on the side until they move")
	draws := f.Int("draws", 0, "draws of each null model the run is scored against (0: 1000, fewer on networks of more than 20,000 ties, down to 100)")
	f.Var(&movers, "movers", "the actor `kinds` that can move (default: "+strings.Join(defaultMovers, ",")+"); all: every kind")
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
		return usageError("--fit needs --record PERIOD: the moves to fit the threshold to")
	case !(*threshold >= 0 && *threshold <= 1):
		return usageError("--threshold %g, expected a share from 0 to 1", *threshold)
	case *draws < 0 || *draws > 100000:
		return usageError("--draws %d, expected 1 to 100000, or 0 for the default", *draws)
	}
	if err := sf.signed(filter); err != nil {
		return err
	}
	kinds, err := moverKinds(movers)
	if err != nil {
		return err
	}
	names := append(append([]string{}, seeds...), without...)
	if *side != "" {
		names = append(names, *side)
	}
	rec, ids, err := m.loadRecord(ctx, f, knownAt, names...)
	if err != nil {
		return err
	}
	seedIDs, withoutIDs := ids[:len(seeds)], ids[len(seeds):len(seeds)+len(without)]
	for _, w := range withoutIDs {
		if slices.Contains(seedIDs, w) {
			return usageError("--without %s: it is a seed; a what-if takes out an actor the cascade could reach, not where it starts (leave it out of --seed instead)", w)
		}
	}
	sideID := seedIDs[0]
	if *side != "" {
		sideID = ids[len(ids)-1]
	}
	if !slices.Contains(seedIDs, sideID) {
		return usageError("--side %s is not among the seeds %v: the side's own actor starts on it", *side, []string(seeds))
	}
	c := &cascadeRun{rec: rec, filter: filter, side: sideID, seeds: seedIDs, threshold: *threshold, kinds: kinds, draws: *draws, seedsOnly: *seedsOnly}
	if err := c.check(own, withoutTies, *fit); err != nil {
		return err
	}
	res, err := c.run(ctx, *period, *fit, withoutIDs, withoutTies)
	if err != nil {
		return err
	}
	res.At = sf.at
	res.report = newReport(rec, filter, sf.at)
	res.legend = cascadeLegend
	res.snapshotWarnings(rec, c.s)
	res.partialWarning(rec, c.s)
	res.cascadeWarnings(rec, *period != "")
	res.Reading = res.reading(rec)
	if sf.robust {
		if res.Robust, err = c.robust(ctx, res.Threshold); err != nil {
			return err
		}
		res.Reading += res.Robust.fragile(tippedFindings(res.Tipped))
	}
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return res.print(m.Stdout, rec, sf.explain)
}

func moverKinds(asked []string) ([]string, error) {
	if len(asked) == 0 {
		return defaultMovers, nil
	}
	if len(asked) == 1 && asked[0] == "all" {
		return alliances.ActorKinds, nil
	}
	for _, k := range asked {
		if !slices.Contains(alliances.ActorKinds, k) {
			return nil, usageError("--movers %q is not an actor kind, expected some of %s, or all", k, strings.Join(alliances.ActorKinds, ", "))
		}
	}
	return asked, nil
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

// check reads the actors' own thresholds and checks that every tie named exists.
func (c *cascadeRun) check(own, withoutTies []string, fit bool) error {
	for _, id := range withoutTies {
		if _, ok := c.rec.ties[id]; !ok {
			return alliances.Errorf(alliances.NotFound, "", "--without-tie %s: no such tie in case %s", id, c.rec.caseID)
		}
	}
	c.own = map[string]float64{}
	for _, kv := range own {
		name, value, ok := strings.Cut(kv, "=")
		t, err := strconv.ParseFloat(value, 64)
		if !ok || err != nil || !(t >= 0 && t <= 1) {
			return usageError("--threshold-for %q, expected ACTOR=T with T a share from 0 to 1", kv)
		}
		id, err := c.rec.resolve(name, c.rec.list)
		if err != nil {
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
	kinds     []string
	draws     int
	own       map[string]float64 // actors' own thresholds
	s         *snapshot.Snapshot
	g         *snapshot.Graph
	movable   []bool
	fixed     []fixedActor
	seedNodes []int
	already   []string // actors aligned with the side before the recorded period
	seedsOnly bool     // no actor is on the side from the start but the seeds and their parts
}

func (c *cascadeRun) run(ctx context.Context, period string, fit bool, without, withoutTies []string) (*cascadeResult, error) {
	var err error
	if c.s, err = c.rec.index.Snapshot(ctx, c.filter); err != nil {
		return nil, err
	}
	if err := notFolded(c.s, c.seeds...); err != nil {
		return nil, err
	}
	c.g = c.s.Graph(snapshot.View{Signed: true, Weighted: true})
	c.seedNodes = c.nodes(c.seeds)
	if err := c.mobility(ctx, period); err != nil {
		return nil, err
	}
	res := &cascadeResult{Side: c.side, Seeds: c.seeds, Movers: c.kinds, Fixed: orEmpty(c.fixed), Threshold: c.threshold,
		Record: []recordedMove{}, ModelOnly: []string{}, RecordOnly: []string{}, Both: []string{}}
	if !c.seedsOnly {
		if err := c.alignedAtDate(ctx); err != nil {
			return nil, err
		}
	}
	var observed []int
	if period != "" {
		if observed, res.Record, err = c.observed(ctx, period); err != nil {
			return nil, err
		}
		res.Record = orEmpty(res.Record)
	}
	res.Already = orEmpty(c.already)
	opts := acascade.Options{Movable: c.movable}
	if observed != nil && !scorable(observed, c.seedNodes) {
		// Nothing the model could move is in the record: no fit, no chance to speak of.
		fit, observed = false, nil
		res.Unscorable = true
	}
	if fit {
		fr, err := c.fit(ctx, observed)
		if err != nil {
			return nil, err
		}
		res.Threshold = fr.Scores[fr.Best].Threshold
		res.Fit = &fitJSON{Lo: fr.Lo, Hi: fr.Hi, Errors: fr.Scores[fr.Best].Errors}
	}
	base, err := acascade.Run(ctx, c.g.CSR, c.seedNodes, c.thresholds(res.Threshold), opts)
	if err != nil {
		return nil, err
	}
	res.Tipped, res.rounds = c.tipped(base), base.Round
	if observed != nil {
		if err := c.compare(res, base, observed); err != nil {
			return nil, err
		}
		ch, err := acascade.AgainstChance(ctx, c.g.CSR, c.seedNodes, observed, base, opts, c.drawsFor(), 1)
		if err != nil {
			return nil, err
		}
		res.Chance = &chanceJSON{Draws: ch.Draws, Errors: ch.Errors, MeanThresholdErrors: ch.MeanThresholdErrors,
			MeanOrderErrors: ch.MeanOrders, PThreshold: ch.PThreshold, POrder: ch.POrder,
			PTauThreshold: finiteOrNil(ch.PTauThreshold), PTauOrder: finiteOrNil(ch.PTauOrders), BeatsChance: ch.BeatsChance()}
	}
	if len(without) > 0 || len(withoutTies) > 0 {
		if res.WhatIf, err = c.whatIf(ctx, res, without, withoutTies); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// alignedAtDate puts on the side from the start the actors that share a seed's bloc in
// every optimal partition of the signed network at the date (see blocs): they are on it
// already, and a run that "moved" them in round 1 would report as a cascade what the
// record had before it. A positive tie alone does not make an actor aligned: the
// Republic's officials who shared smuggling with the Taliban stayed in the Republic's
// camp.
func (c *cascadeRun) alignedAtDate(ctx context.Context) error {
	c.already = nil
	res, err := ablocs.Partition(ctx, c.g.CSR, ablocs.Options{Weighted: true, SplitUnlinked: true})
	if err != nil {
		return err
	}
	class := res.Consensus.Class
	seed := make([]bool, c.g.N())
	side := map[int32]bool{}
	for _, v := range c.seedNodes {
		seed[v] = true
		if class[v] >= 0 {
			side[class[v]] = true
		}
	}
	for v := range c.g.N() {
		if !seed[v] && class[v] >= 0 && side[class[v]] {
			c.already = append(c.already, c.s.Actor(v))
			c.seedNodes = append(c.seedNodes, v)
		}
	}
	return nil
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

// mobility decides who can move: actors of the mover kinds, but the seeds, their own
// parts (which start on the side with them) and the mediators between the side and
// others, at the date or in the recorded period.
func (c *cascadeRun) mobility(ctx context.Context, period string) error {
	n := c.s.N()
	c.movable = make([]bool, n)
	c.fixed = nil
	mediators := map[int32]bool{}
	sideActor, _ := c.rec.index.Actor(c.side)
	mediations := c.s.Mediations
	if period != "" {
		// A mediator of the recorded period brokers; it does not defect either.
		if window, err := parseAt("record", period); err == nil {
			f := c.filter
			f.At, f.Overlap = window, snapshot.Any
			if ps, err := c.rec.index.Snapshot(ctx, f); err == nil {
				mediations = append(slices.Clone(mediations), ps.Mediations...)
			}
		}
	}
	for _, md := range mediations {
		if md.Parties[0] == sideActor || md.Parties[1] == sideActor {
			mediators[md.Mediator] = true
		}
	}
	parts := c.seedParts(ctx)
	for v := range n {
		a := c.s.Actor(v)
		kind := c.rec.actors[a].Kind
		switch {
		case slices.Contains(c.seeds, a):
		case parts[a]:
			c.seedNodes = append(c.seedNodes, v)
			c.fixed = append(c.fixed, fixedActor{a, "a part of a seed: on the side from the start"})
		case mediators[c.s.Nodes[v]]:
			c.fixed = append(c.fixed, fixedActor{a, "mediates between the side and others"})
		case !slices.Contains(c.kinds, kind):
			c.fixed = append(c.fixed, fixedActor{a, "an actor of kind " + kindOrUnknown(kind) + ", which --movers leaves out"})
		default:
			c.movable[v] = true
		}
	}
	return nil
}

func kindOrUnknown(k string) string {
	if k == "" {
		return "unknown"
	}
	return k
}

// seedParts lists the actors that fold into a seed at the date (with --no-fold they are
// nodes of their own).
func (c *cascadeRun) seedParts(ctx context.Context) map[string]bool {
	f := c.filter
	f.Fold = true
	folded, err := c.rec.index.Snapshot(ctx, f)
	out := map[string]bool{}
	if err != nil {
		return out
	}
	for _, fd := range folded.Folds() {
		if slices.Contains(c.seeds, fd.Into) {
			out[fd.Actor] = true
		}
	}
	return out
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
func (c *cascadeRun) observed(ctx context.Context, period string) ([]int, []recordedMove, error) {
	window, err := parseAt("record", period)
	if err != nil {
		return nil, nil, err
	}
	f := c.filter
	f.At, f.Overlap, f.Kinds, f.Signs, f.AllActors = window, snapshot.Any, nil, nil, false
	f.Layers = []snapshot.LayerWeight{{Layer: alliances.Alignment, Weight: 1}, {Layer: alliances.Hierarchy, Weight: 1}, {Layer: alliances.Process, Weight: 1}}
	f.Fold = false
	deals, err := c.rec.index.Snapshot(ctx, f)
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
	var moves []recordedMove
	for a, t := range first {
		d := t.Valid.Strict().First
		y, mo, _ := d.Civil()
		v := c.s.Node(a)
		date := t.Valid.String()
		if st := t.Valid.Start(); st.Kind == edtf.Closed {
			date = st.Date.String()
		}
		mv := recordedMove{Actor: a, Date: date, Month: fmt.Sprintf("%04d-%02d", y, mo), Tie: t.ID, Via: via[a], Movable: v >= 0 && c.movable[v]}
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
	slices.SortFunc(moves, func(x, y recordedMove) int {
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
			y, _ := strconv.Atoi(mv.Month[:4])
			mo, _ := strconv.Atoi(mv.Month[5:])
			observed[v] = y*12 + mo // months: ties share an order
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
	for i := range c.rec.index.Ties {
		t := &c.rec.index.Ties[i]
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
	s, err := c.rec.index.Snapshot(ctx, f)
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

func (c *cascadeRun) tipped(r acascade.Result) []tipping {
	out := []tipping{}
	parts := map[string][]string{}
	for _, fd := range c.s.Folds() {
		parts[fd.Into] = append(parts[fd.Into], fd.Actor)
	}
	for _, v := range r.Active {
		a := c.s.Actor(int(v))
		t := tipping{Actor: a, Round: int(r.Round[v]), By: []string{}, Held: []string{}, Ties: []string{}, Parts: parts[a]}
		if !math.IsNaN(r.Share[v]) {
			t.Share = r.Share[v]
		}
		for _, arc := range r.TippedBy(int(v)) {
			t.Ties = append(t.Ties, c.g.ArcTies(int(arc))...)
			if c.g.S[arc] < 0 {
				t.Held = append(t.Held, arcOther(c.g, int(arc), int(v)))
			} else if c.g.S[arc] > 0 {
				t.By = append(t.By, arcOther(c.g, int(arc), int(v)))
			}
		}
		t.All = orEmpty(nodeTies(c.g, int(v)))
		if t.Round == 0 {
			switch {
			case slices.Contains(c.seeds, t.Actor):
				t.On = "a seed"
			case slices.Contains(c.already, t.Actor):
				t.On = "already aligned"
			default:
				t.On = "a part of a seed"
			}
		}
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

// whatIf reruns the cascade without actors (and their own parts) or ties, and reports
// the difference from the baseline, leaving out the actors removed.
func (c *cascadeRun) whatIf(ctx context.Context, res *cascadeResult, without, withoutTies []string) (*whatIf, error) {
	w := &whatIf{Without: orEmpty(without), Parts: []string{}, WithoutTies: orEmpty(withoutTies), Lost: []string{}, Gained: []string{}}
	removed := map[string]bool{}
	for _, id := range without {
		if into, folded := c.s.FoldedInto(id); folded {
			return nil, usageError("--without %s: it is folded into %s at this date; take out %s, or add --no-fold", id, into, into)
		}
		removed[id] = true
	}
	f := c.filter
	f.Fold = true
	if folded, err := c.rec.index.Snapshot(ctx, f); err == nil {
		for _, fd := range folded.Folds() {
			if removed[fd.Into] && c.s.Node(fd.Actor) >= 0 {
				w.Parts = append(w.Parts, fd.Actor)
			}
		}
	}
	// Taking a tie out redraws the graph without it (the pair may keep other ties, and
	// its net value may change); the actors keep their numbers.
	g := c.s.Graph(snapshot.View{Signed: true, Weighted: true, Skip: func(e int) bool {
		return slices.Contains(withoutTies, c.s.TieOf(e).ID)
	}})
	out := c.nodes(append(slices.Clone(without), w.Parts...))
	seeds := slices.DeleteFunc(slices.Clone(c.seedNodes), func(v int) bool { return slices.Contains(out, v) })
	for _, id := range without {
		if slices.Contains(c.already, id) {
			w.Already = append(w.Already, id)
		}
	}
	r, err := acascade.Run(ctx, g.CSR, seeds, c.thresholds(res.Threshold), acascade.Options{RemoveNodes: out, Movable: c.movable})
	if err != nil {
		return nil, err
	}
	full := c.g
	c.g = g
	w.Tipped = c.tipped(r)
	c.g = full
	for v := range r.Round {
		a := c.s.Actor(v)
		if slices.Contains(out, v) {
			continue
		}
		switch {
		case res.rounds[v] >= 0 && r.Round[v] < 0:
			w.Lost = append(w.Lost, a)
		case res.rounds[v] < 0 && r.Round[v] >= 0:
			w.Gained = append(w.Gained, a)
		}
	}
	return w, nil
}

var cascadeLegend = [][2]string{
	{"ROUND", "the round the actor moved in (0: on the side from the start: a seed, a part of one, or already aligned with it)"},
	{"SHARE", "the weight of its partners on the side, less that of its enemies there, over the weight of all its partners"},
	{"threshold", "the share at which an actor moves; --fit finds the one that best reproduces the record"},
	{"errors", "actors that moved in the model but not in the record, or the reverse"},
	{"tau", "Kendall's tau-b between the model's rounds and the months of the record's moves, over the actors that moved in both (1: same order)"},
	{"chance", "the share of draws of a null model (random thresholds; random movers in random order) that do at least as well"},
}

func (r *cascadeResult) cascadeWarnings(rec *record, hasRecord bool) {
	if len(r.Tipped) <= len(r.Seeds) {
		r.warn("nobody moves at threshold %g: no actor that can move has partners on the side holding that share of its ties", r.Threshold)
	}
	if r.Chance != nil && !r.Chance.BeatsChance && len(r.Both)+len(r.RecordOnly) > 0 {
		r.warn("the run agrees with the record no better than chance (random thresholds do as well in %.0f%% of draws, random orders in %.0f%%)",
			100*r.Chance.PThreshold, 100*r.Chance.POrder)
	}
	if r.Fit != nil {
		r.warn("the threshold was fitted to the record it is scored against: the agreement is in-sample and flatters the model")
	}
	if hasRecord {
		var weak []string
		for _, mv := range r.Record {
			if t, ok := rec.ties[mv.Tie]; ok && mv.Movable && (t.Status == alliances.Alleged || t.Status == alliances.Disputed || alliances.BestCredibility(t.Citations) >= 4) {
				weak = append(weak, fmt.Sprintf("%s (%s, %s, credibility %d)", mv.Actor, mv.Tie, t.Status, alliances.BestCredibility(t.Citations)))
			}
		}
		if len(weak) > 0 {
			r.warn("recorded moves rest on one party's word or on doubtful evidence: %s; --status reported,confirmed or --min-credibility 3 scores the run without them", strings.Join(weak, "; "))
		}
		var unmovable []string
		for _, mv := range r.Record {
			if !mv.Movable {
				unmovable = append(unmovable, mv.Actor)
			}
		}
		if len(unmovable) > 0 {
			r.warn("the record has %s aligning with the side that the model cannot move, or that %s no tie at the date it starts from (%s); %s left out of the comparison",
				count(len(unmovable), "actor"), plural(len(unmovable), "has", "have"), strings.Join(unmovable, ", "), plural(len(unmovable), "it is", "they are"))
		}
	}
	if r.Fit != nil && r.Fit.Hi-r.Fit.Lo >= 0.5 {
		r.warn("every threshold from %g to %g fits the record as well: the record does not pin the threshold down", r.Fit.Lo, r.Fit.Hi)
	}
}

func (r *cascadeResult) reading(rec *record) string {
	moved := 0
	for _, t := range r.Tipped {
		if t.Round > 0 {
			moved++
		}
	}
	var order []string
	for _, t := range r.Tipped {
		if t.Round > 0 && len(order) < 8 {
			order = append(order, fmt.Sprintf("%s (round %d)", rec.name(t.Actor), t.Round))
		}
	}
	s := fmt.Sprintf("From %s at %s, threshold %g: %s moved", rec.names(r.Seeds), r.At, r.Threshold, count(max(moved, 0), "actor"))
	if len(order) > 0 {
		s += ": " + strings.Join(order, ", ")
		if moved > len(order) {
			s += fmt.Sprintf(" and %d more", moved-len(order))
		}
	}
	s += "."
	if len(r.Already) > 0 {
		s += fmt.Sprintf(" On the side from the start, already aligned: %s.", rec.names(r.Already))
	}
	var leftOut []string
	for _, mv := range r.Record {
		if !mv.Movable {
			leftOut = append(leftOut, rec.name(mv.Actor))
		}
	}
	switch {
	case r.Unscorable && len(r.Record) == 0:
		s += fmt.Sprintf(" The record holds no alignment with %s in the period: there is nothing to score.", rec.name(r.Side))
	case r.Unscorable:
		s += " The record holds no move the model could make (its movers are not in the network at the date, or cannot move): there is nothing to score."
		if len(leftOut) > 0 {
			s += fmt.Sprintf(" Left out: %s.", strings.Join(leftOut, ", "))
		}
	case r.Chance != nil:
		s += fmt.Sprintf(" Against the record: %d of %d recorded moves the model could make reproduced", len(r.Both), len(r.Both)+len(r.RecordOnly))
		if len(leftOut) > 0 {
			s += fmt.Sprintf(" (%d more left out: %s)", len(leftOut), strings.Join(leftOut, ", "))
		}
		s += fmt.Sprintf(", %d moves the record does not have", len(r.ModelOnly))
		if r.Tau != nil {
			s += fmt.Sprintf(", order agreement tau %.2f", *r.Tau)
		}
		verdict := "no better than chance"
		if r.Chance.BeatsChance {
			verdict = "better than chance"
		}
		s += fmt.Sprintf("; %s (random thresholds do as well in %.0f%% of %d draws, random orders in %.0f%%).", verdict,
			100*r.Chance.PThreshold, r.Chance.Draws, 100*r.Chance.POrder)
	}
	if r.WhatIf != nil {
		s += fmt.Sprintf(" Without %s: %d fewer, %d more move.", strings.Join(append(append([]string{}, r.WhatIf.Without...), r.WhatIf.WithoutTies...), ", "),
			len(r.WhatIf.Lost), len(r.WhatIf.Gained))
		if len(r.WhatIf.Already) > 0 {
			s += fmt.Sprintf(" (%s was on the side from the start: taking it out removes only its pull on others.)", rec.names(r.WhatIf.Already))
		}
	}
	return s
}

func (r *cascadeResult) print(w io.Writer, rec *record, explain bool) error {
	r.printHeader(w)
	fmt.Fprintf(w, "Cascade toward %s on the signed network at %s, threshold %g", r.Side, r.At, r.Threshold)
	if len(r.Tipped) == 0 {
		fmt.Fprintf(w, "\nNone of the seeds has a tie at %s: nothing to run.\n", r.At)
		return nil
	}
	if r.Fit != nil {
		fmt.Fprintf(w, " (fitted: %g to %g reproduce the record as well, with %s)", r.Fit.Lo, r.Fit.Hi, count(r.Fit.Errors, "error"))
	}
	fmt.Fprintf(w, "\nMovers: %s\n", strings.Join(r.Movers, ", "))
	printTipped(w, rec, r.Tipped, explain)
	if len(r.Record) > 0 || r.Chance != nil {
		fmt.Fprintf(w, "\nIn the record, alignments with %s:\n", r.Side)
		t := newTable(w)
		for _, mv := range r.Record {
			note := ""
			if !mv.Movable {
				note = "(left out: " + mv.Why + ")"
			}
			who := mv.Actor
			if mv.Via != "" {
				who += " (by " + mv.Via + ", part of it then)"
			}
			t.row("  "+mv.Date, who, "["+mv.Tie+"]", note)
		}
		t.flush()
		if len(r.Already) > 0 {
			fmt.Fprintf(w, "\nIn the bloc of %s at %s (on the side from the start: neither moves nor misses): %s\n", r.Side, r.At, strings.Join(r.Already, ", "))
		}
		fmt.Fprintf(w, "\nModel and record agree on %d: %s\n", len(r.Both), noneIfEmpty(r.Both))
		fmt.Fprintf(w, "Moved in the model only: %s\n", noneIfEmpty(r.ModelOnly))
		fmt.Fprintf(w, "Moved in the record only: %s\n", noneIfEmpty(r.RecordOnly))
		if r.Tau != nil {
			fmt.Fprintf(w, "Kendall's tau between the model's rounds and the record's months: %.2f\n", *r.Tau)
		}
	}
	if ch := r.Chance; ch != nil {
		fmt.Fprintf(w, "\nAgainst chance (%d draws each): the run makes %s; random thresholds make %.1f on average and do as well in %.1f%% of draws; random movers in random order make %.1f and do as well in %.1f%%.\n",
			ch.Draws, count(ch.Errors, "error"), ch.MeanThresholdErrors, 100*ch.PThreshold, ch.MeanOrderErrors, 100*ch.POrder)
	}
	if r.WhatIf != nil {
		fmt.Fprintf(w, "\nWhat if without %s:\n", strings.Join(append(append([]string{}, r.WhatIf.Without...), r.WhatIf.WithoutTies...), ", "))
		if len(r.WhatIf.Parts) > 0 {
			fmt.Fprintf(w, "(taken out with their organization: %s)\n", strings.Join(r.WhatIf.Parts, ", "))
		}
		printTipped(w, rec, r.WhatIf.Tipped, false)
		fmt.Fprintf(w, "No longer moving: %s\nNow moving: %s\n", strings.Join(r.WhatIf.Lost, ", "), strings.Join(r.WhatIf.Gained, ", "))
	}
	if len(r.Fixed) > 0 && explain {
		fmt.Fprintln(w, "\nActors that cannot move:")
		for _, fx := range r.Fixed {
			fmt.Fprintf(w, "  %s: %s\n", fx.Actor, fx.Reason)
		}
	}
	if r.Robust != nil {
		r.Robust.print(w, fmt.Sprintf("the runs in which each actor moves (threshold %g)", r.Threshold), sortedFindings(r.Robust, tippedFindings(r.Tipped)))
	}
	r.printLegend(w)
	return nil
}

func noneIfEmpty(xs []string) string {
	if len(xs) == 0 {
		return "none"
	}
	return strings.Join(xs, ", ")
}

func printTipped(w io.Writer, rec *record, ts []tipping, explain bool) {
	t := newTable(w, "ROUND", "ACTOR", "SHARE", "PUSHED BY", "HELD BACK BY")
	for _, tp := range ts {
		share, by := "", strings.Join(tp.By, ", ")
		if tp.Round > 0 {
			share = fmt.Sprintf("%.2f", tp.Share)
		} else if tp.On != "" {
			by = "(" + tp.On + ")"
		}
		t.row(fmt.Sprint(tp.Round), tp.Actor, share, by, strings.Join(tp.Held, ", "))
	}
	t.flush()
	if explain {
		for _, tp := range ts {
			if len(tp.Ties) == 0 {
				continue
			}
			fmt.Fprintf(w, "\n%s moved at a share of %.2f: its ties to actors on the side\n", tp.Actor, tp.Share)
			explainTies(w, rec, tp.Ties)
			if rest := slices.DeleteFunc(slices.Clone(tp.All), func(id string) bool { return slices.Contains(tp.Ties, id) }); len(rest) > 0 {
				fmt.Fprintf(w, "  over all its ties, these too:\n")
				explainTies(w, rec, rest)
			}
		}
	}
}
