package main

import (
	"context"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	acascade "github.com/alliances-project/alliances/analysis/cascade"
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

type cascadeResult struct {
	answer.Report
	At         string                  `json:"at"`
	Side       string                  `json:"side"`
	Seeds      []string                `json:"seeds"`
	Movers     []string                `json:"mover_kinds"` // the actor kinds that can move
	Fixed      []fixedActor            `json:"fixed"`       // actors with ties that cannot move, and why
	Threshold  float64                 `json:"threshold"`
	Fit        *fitJSON                `json:"fit,omitempty"`
	Tipped     []tipping               `json:"tipped"` // by round
	Record     []recordedMove          `json:"record"` // by date
	ModelOnly  []string                `json:"model_only"`
	RecordOnly []string                `json:"record_only"`
	Both       []string                `json:"both"`
	Already    []string                `json:"already_aligned"` // in a seed's bloc in every optimal partition at the date: on the side from the start
	Unscorable bool                    `json:"unscorable"`      // the record holds no move the model could make: nothing to score
	Tau        *float64                `json:"tau"`             // Kendall's tau-b between the model's rounds and the record's months, over Both
	Chance     *chanceJSON             `json:"chance,omitempty"`
	WhatIf     *whatIf                 `json:"what_if,omitempty"`
	Robust     *answer.CountRobustness `json:"robust,omitempty"`
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
	filter, knownAt, err := sf.Filter()
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
	if err := sf.Signed(filter); err != nil {
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
	res.At = sf.At
	res.Report = answer.NewReport(rec, filter, sf.At)
	res.Legend = cascadeLegend
	res.SnapshotWarnings(rec, c.s)
	res.PartialWarning(rec, c.s)
	res.cascadeWarnings(rec, *period != "")
	res.Reading = res.reading(rec)
	if sf.Robust {
		if res.Robust, err = c.robust(ctx, res.Threshold); err != nil {
			return err
		}
		res.Reading += res.Robust.Fragile(tippedFindings(res.Tipped))
	}
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return res.print(m.Stdout, rec, sf.Explain)
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
func (c *cascadeRun) robust(ctx context.Context, threshold float64) (*answer.CountRobustness, error) {
	return answer.RobustCounts(ctx, c.filter, func(v snapshot.Filter) ([]string, error) {
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
		if _, ok := c.rec.Tie(id); !ok {
			return alliances.Errorf(alliances.NotFound, "", "--without-tie %s: no such tie in case %s", id, c.rec.Case)
		}
	}
	c.own = map[string]float64{}
	for _, kv := range own {
		name, value, ok := strings.Cut(kv, "=")
		t, err := strconv.ParseFloat(value, 64)
		if !ok || err != nil || !(t >= 0 && t <= 1) {
			return usageError("--threshold-for %q, expected ACTOR=T with T a share from 0 to 1", kv)
		}
		id, err := c.rec.Resolve(name, c.rec.List)
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
	rec       *answer.Record
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
	if c.s, err = c.rec.Index.Snapshot(ctx, c.filter); err != nil {
		return nil, err
	}
	if err := answer.NotFolded(c.s, c.seeds...); err != nil {
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

// mobility decides who can move: actors of the mover kinds, but the seeds, their own
// parts (which start on the side with them) and the mediators between the side and
// others, at the date or in the recorded period.
func (c *cascadeRun) mobility(ctx context.Context, period string) error {
	n := c.s.N()
	c.movable = make([]bool, n)
	c.fixed = nil
	mediators := map[int32]bool{}
	sideActor, _ := c.rec.Index.Actor(c.side)
	mediations := c.s.Mediations
	if period != "" {
		// A mediator of the recorded period brokers; it does not defect either.
		if window, err := answer.ParseAt("record", period); err == nil {
			f := c.filter
			f.At, f.Overlap = window, snapshot.Any
			if ps, err := c.rec.Index.Snapshot(ctx, f); err == nil {
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
		kind := c.rec.Actors[a].Kind
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
	folded, err := c.rec.Index.Snapshot(ctx, f)
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
	if folded, err := c.rec.Index.Snapshot(ctx, f); err == nil {
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
