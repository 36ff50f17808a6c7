package answer

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	acascade "github.com/alliances-project/alliances/analysis/cascade"
	"github.com/alliances-project/alliances/snapshot"
)

// Tipping is one actor moving to the side in a model run.
type Tipping struct {
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

// CascadeResult is a cascade toward a side: who moved in which round, how it compares
// with the moves recorded, and the what-ifs.
type CascadeResult struct {
	Report
	At         string           `json:"at"`
	Side       string           `json:"side"`
	Seeds      []string         `json:"seeds"`
	Movers     []string         `json:"mover_kinds"` // the actor kinds that can move
	Fixed      []FixedActor     `json:"fixed"`       // actors with ties that cannot move, and why
	Threshold  float64          `json:"threshold"`
	Fit        *Fit             `json:"fit,omitempty"`
	Tipped     []Tipping        `json:"tipped"` // by round
	Record     []RecordedMove   `json:"record"` // by date
	ModelOnly  []string         `json:"model_only"`
	RecordOnly []string         `json:"record_only"`
	Both       []string         `json:"both"`
	Already    []string         `json:"already_aligned"` // in a seed's bloc in every optimal partition at the date: on the side from the start
	Unscorable bool             `json:"unscorable"`      // the record holds no move the model could make: nothing to score
	Tau        *float64         `json:"tau"`             // Kendall's tau-b between the model's rounds and the record's months, over Both
	Chance     *Chance          `json:"chance,omitempty"`
	WhatIf     *WhatIf          `json:"what_if,omitempty"`
	Robust     *CountRobustness `json:"robust,omitempty"`
	rounds     []int32
}

// FixedActor is an actor that cannot move in the cascade, with the reason.
type FixedActor struct {
	Actor  string `json:"actor"`
	Reason string `json:"reason"`
}

// Fit is the uniform threshold that best reproduces the recorded moves: the range of
// thresholds that do, and their errors.
type Fit struct {
	Lo     float64 `json:"lo"`
	Hi     float64 `json:"hi"`
	Errors int     `json:"errors"`
}

// Chance compares the run's agreement with the record with two null models.
type Chance struct {
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

// WhatIf is the same run with actors or ties taken out.
type WhatIf struct {
	Without     []string  `json:"without"`
	Parts       []string  `json:"parts"` // the removed actors' own parts, taken out with them
	WithoutTies []string  `json:"without_ties"`
	Tipped      []Tipping `json:"tipped"`
	Lost        []string  `json:"lost"`              // tipped in the baseline, not in the what-if
	Gained      []string  `json:"gained"`            // the reverse
	Already     []string  `json:"already,omitempty"` // the actors taken out that were on the side from the start
}

// DefaultMovers are the kinds of actor that can choose a side in a cascade of
// defections: groups, factions, militias, parties, individuals and the state's organs
// (a police force, an army unit); states, international organizations and categories
// back sides or broker between them, and do not defect.
// DefaultMovers are the actor kinds that can move in a cascade unless asked otherwise.
var DefaultMovers = []string{"armed-group", "party", "faction", "militia", "criminal-network", "individual", "state-organ", "coalition"}

func moverKinds(asked []string) ([]string, error) {
	if len(asked) == 0 {
		return DefaultMovers, nil
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
func (c *cascadeRun) robust(ctx context.Context, threshold float64) (*CountRobustness, error) {
	return robustCounts(ctx, c.filter, func(v snapshot.Filter) ([]string, error) {
		vc := *c
		vc.filter, vc.threshold = v, threshold
		r, err := vc.run(ctx, "", false, nil, nil)
		if err != nil {
			return nil, err
		}
		return TippedFindings(r.Tipped), nil
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
	rec       *Record
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
	fixed     []FixedActor
	seedNodes []int
	already   []string // actors aligned with the side before the recorded period
	seedsOnly bool     // no actor is on the side from the start but the seeds and their parts
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
		if window, err := parseAt("record", period); err == nil {
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
			c.fixed = append(c.fixed, FixedActor{a, "a part of a seed: on the side from the start"})
		case mediators[c.s.Nodes[v]]:
			c.fixed = append(c.fixed, FixedActor{a, "mediates between the side and others"})
		case !slices.Contains(c.kinds, kind):
			c.fixed = append(c.fixed, FixedActor{a, "an actor of kind " + kindOrUnknown(kind) + ", which --movers leaves out"})
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
	out := map[string]bool{}
	folded := c.s // the run's snapshot, when it folds (the default)
	if !c.filter.Fold {
		f := c.filter
		f.Fold = true
		var err error
		if folded, err = c.rec.Index.Snapshot(ctx, f); err != nil {
			return out
		}
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

func (c *cascadeRun) tipped(r acascade.Result) []Tipping {
	out := []Tipping{}
	parts := map[string][]string{}
	for _, fd := range c.s.Folds() {
		parts[fd.Into] = append(parts[fd.Into], fd.Actor)
	}
	for _, v := range r.Active {
		a := c.s.Actor(int(v))
		t := Tipping{Actor: a, Round: int(r.Round[v]), By: []string{}, Held: []string{}, Ties: []string{}, Parts: parts[a]}
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
		t.All = OrEmpty(nodeTies(c.g, int(v)))
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
func (c *cascadeRun) whatIf(ctx context.Context, res *CascadeResult, without, withoutTies []string) (*WhatIf, error) {
	w := &WhatIf{Without: OrEmpty(without), Parts: []string{}, WithoutTies: OrEmpty(withoutTies), Lost: []string{}, Gained: []string{}}
	removed := map[string]bool{}
	for _, id := range without {
		if into, folded := c.s.FoldedInto(id); folded {
			return nil, usageError("--without %s: it is folded into %s at this date; take out %s, or add --no-fold", id, into, into)
		}
		removed[id] = true
	}
	folded, err := c.s, error(nil) // the run's snapshot, when it folds (the default)
	if !c.filter.Fold {
		f := c.filter
		f.Fold = true
		folded, err = c.rec.Index.Snapshot(ctx, f)
	}
	if err == nil {
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

func (c *cascadeRun) run(ctx context.Context, period string, fit bool, without, withoutTies []string) (*CascadeResult, error) {
	var err error
	if c.s, err = c.rec.Index.Snapshot(ctx, c.filter); err != nil {
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
	res := &CascadeResult{Side: c.side, Seeds: c.seeds, Movers: c.kinds, Fixed: OrEmpty(c.fixed), Threshold: c.threshold,
		Record: []RecordedMove{}, ModelOnly: []string{}, RecordOnly: []string{}, Both: []string{}}
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
		res.Record = OrEmpty(res.Record)
	}
	res.Already = OrEmpty(c.already)
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
		res.Fit = &Fit{Lo: fr.Lo, Hi: fr.Hi, Errors: fr.Scores[fr.Best].Errors}
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
		res.Chance = &Chance{Draws: ch.Draws, Errors: ch.Errors, MeanThresholdErrors: ch.MeanThresholdErrors,
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

// CascadeOptions are the choices of a cascade: Seeds, the actors on the side from the
// start, and Side, the one whose side it is (ids; Side among the Seeds); Threshold,
// every actor's, and Own, actors' own thresholds as ACTOR=T; Movers, the actor kinds
// that can move (none: DefaultMovers; "all": every kind); Without and WithoutTies, the
// actors (ids) and ties of the what-ifs; Period, the EDTF period whose recorded moves
// the run is compared with, and Fit to fit the threshold to them; Draws of each null
// model (0: the default); SeedsOnly to start from the seeds alone; Robust to rerun over
// the variants of the snapshot.
type CascadeOptions struct {
	Seeds, Without, WithoutTies []string
	Side                        string
	Threshold                   float64
	Own, Movers                 []string
	Period                      string
	Fit, SeedsOnly, Robust      bool
	Draws                       int
}

// CascadeActors are the actors a cascade is asked about, as the user named them (ids,
// names or aliases): Seeds, the first of which is the side unless Side names it, and
// Without, the actors of the what-ifs.
type CascadeActors struct {
	Seeds, Without []string
	Side           string
}

// Check refuses a cascade that cannot start: one without the date of its network or
// without a seed.
func (a CascadeActors) Check(f snapshot.Filter) error {
	switch {
	case f.At == nil:
		return usageError("cascade needs the date of the network it runs on: --at 2021-05")
	case len(a.Seeds) == 0:
		return usageError("cascade needs at least one --seed actor")
	}
	return nil
}

// Names lists the actors to resolve, in the order Bind reads their ids.
func (a CascadeActors) Names() []string {
	names := append(append([]string{}, a.Seeds...), a.Without...)
	if a.Side != "" {
		names = append(names, a.Side)
	}
	return names
}

// Bind sets the seeds, the what-ifs and the side of o from ids, the resolution of
// a.Names(), and refuses a what-if that takes out a seed or a side that is not a seed.
func (o *CascadeOptions) Bind(a CascadeActors, ids []string) error {
	if len(ids) != len(a.Names()) || len(a.Seeds) == 0 {
		return fmt.Errorf("cascade: %d ids for %d actors", len(ids), len(a.Names()))
	}
	o.Seeds, o.Without = ids[:len(a.Seeds)], ids[len(a.Seeds):len(a.Seeds)+len(a.Without)]
	for _, w := range o.Without {
		if slices.Contains(o.Seeds, w) {
			return usageError("--without %s: it is a seed; a what-if takes out an actor the cascade could reach, not where it starts (leave it out of --seed instead)", w)
		}
	}
	o.Side = o.Seeds[0]
	if a.Side != "" {
		o.Side = ids[len(ids)-1]
	}
	if !slices.Contains(o.Seeds, o.Side) {
		return usageError("--side %s is not among the seeds %v: the side's own actor starts on it", a.Side, a.Seeds)
	}
	return nil
}

// Check reports options out of their ranges or that do not fit each other.
func (o CascadeOptions) Check() error {
	switch {
	case o.Fit && o.Period == "":
		return usageError("--fit needs --record PERIOD: the moves to fit the threshold to")
	case !(o.Threshold >= 0 && o.Threshold <= 1):
		return usageError("--threshold %g, expected a share from 0 to 1", o.Threshold)
	case o.Draws < 0 || o.Draws > 100000:
		return usageError("--draws %d, expected 1 to 100000, or 0 for the default", o.Draws)
	}
	_, err := moverKinds(o.Movers)
	return err
}

// Cascade runs a linear threshold cascade toward a side on the signed network of the
// filter f, its date labelled label; compares it with the recorded moves of a period
// when one is given; and asks the what-ifs.
func Cascade(ctx context.Context, rec *Record, f snapshot.Filter, label string, o CascadeOptions) (*CascadeResult, error) {
	if err := o.Check(); err != nil {
		return nil, err
	}
	if len(o.Seeds) == 0 || !slices.Contains(o.Seeds, o.Side) {
		return nil, usageError("a cascade needs seeds, its side among them")
	}
	kinds, err := moverKinds(o.Movers)
	if err != nil {
		return nil, err
	}
	kept := keepAsked(rec, &f, o.Seeds...)
	c := &cascadeRun{rec: rec, filter: f, side: o.Side, seeds: o.Seeds, threshold: o.Threshold, kinds: kinds, draws: o.Draws, seedsOnly: o.SeedsOnly}
	if err := c.check(o.Own, o.WithoutTies, o.Fit); err != nil {
		return nil, err
	}
	res, err := c.run(ctx, o.Period, o.Fit, o.Without, o.WithoutTies)
	if err != nil {
		return nil, err
	}
	res.At = label
	res.Report = newReport(rec, f, label)
	res.askedWarning(rec, kept)
	res.Legend = cascadeLegend
	res.SnapshotWarnings(rec, c.s)
	res.PartialWarning(rec, c.s)
	res.cascadeWarnings(rec, o.Period != "")
	res.Reading = res.reading(rec)
	if o.Robust {
		if res.Robust, err = c.robust(ctx, res.Threshold); err != nil {
			return nil, err
		}
		res.Reading += res.Robust.Fragile(TippedFindings(res.Tipped))
	}
	return res, nil
}
