package main

import (
	"context"
	"strings"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
)

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
	sf := f.withSignedSnapshot()
	var seeds, without, withoutTies, movers listFlag
	f.Var(&seeds, "seed", "the `actors` on the side from the start (the first is the side)")
	side := f.String("side", "", "the `actor` whose side the cascade is toward (default: the first seed)")
	threshold := f.Float64("threshold", 0.5, "every actor's threshold: the net share of partners on the side that makes it move")
	fit := f.Bool("fit", false, "fit the threshold to the record (needs --record)")
	period := f.String("record", "", "compare with the alignments with the side in this EDTF `period`, such as 2021-06/2021-08")
	seedsOnly := f.Bool("seeds-only", false, "start from the seeds (and their parts) alone: their partners are not on the side until they move")
	draws := f.Int("draws", 0, "draws of each null model the run is scored against (0: 1000, fewer on networks of more than 20,000 ties, down to 100)")
	f.Var(&movers, "movers", "the actor `kinds` that can move (default: "+strings.Join(answer.DefaultMovers, ",")+"); all: every kind")
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
	o := answer.CascadeOptions{Threshold: *threshold, Own: own, Movers: movers, WithoutTies: withoutTies, Draws: *draws,
		SeedsOnly: *seedsOnly, Period: *period, Fit: *fit, Robust: sf.Robust}
	actors := answer.CascadeActors{Seeds: seeds, Without: without, Side: *side}
	if err := actors.Check(filter); err != nil {
		return err
	}
	if err := o.Check(); err != nil {
		return err
	}
	if err := sf.Signed(filter); err != nil {
		return err
	}
	rec, ids, err := m.loadRecord(ctx, f, knownAt, actors.Names()...)
	if err != nil {
		return err
	}
	if err := o.Bind(actors, ids); err != nil {
		return err
	}
	res, err := answer.Cascade(ctx, rec, filter, sf.At, o)
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return textreport.Cascade(m.Stdout, rec, res, sf.Explain)
}
