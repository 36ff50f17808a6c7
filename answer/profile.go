package answer

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
)

// profile is an actor with everything the record says about it.
type Profile struct {
	Actor   alliances.Actor    `json:"actor"`
	Parents []alliances.Tie    `json:"parents"` // membership ties with the actor as subject
	Members []alliances.Tie    `json:"members"` // membership ties with the actor as object
	Lineage []alliances.Tie    `json:"lineage"` // splinters, mergers and renamings it takes part in
	Ties    []alliances.Tie    `json:"ties"`    // every other tie, by valid time
	Events  []alliances.Event  `json:"events"`  // events the actor took part in
	Sources []alliances.Source `json:"sources"` // the sources cited above
	Merged  []alliances.Actor  `json:"merged"`  // the actors merged into this one, whose ties and events are listed with its own
}

// Merged returns the actors merged into those of ids, directly or through a chain of
// merges, as known at knownAt: every reading counts their ties as the ids'.
func Merged(ctx context.Context, db alliances.Store, ids []string, knownAt time.Time) ([]alliances.Actor, error) {
	var out []alliances.Actor
	seen := map[string]bool{}
	for _, id := range ids {
		seen[id] = true
	}
	for next := ids; len(next) > 0; {
		var more []string
		for _, id := range next {
			as, err := db.Actors(ctx, alliances.ActorFilter{MergedInto: id, KnownAt: knownAt})
			if err != nil {
				return nil, err
			}
			for _, a := range as {
				if !seen[a.ID] {
					seen[a.ID] = true
					out = append(out, a)
					more = append(more, a.ID)
				}
			}
		}
		next = more
	}
	return out, nil
}

// WithMerged returns ids and the ids of the actors merged into them (see Merged).
func WithMerged(ctx context.Context, db alliances.Store, ids []string, knownAt time.Time) ([]string, error) {
	merged, err := Merged(ctx, db, ids, knownAt)
	if err != nil || len(merged) == 0 {
		return ids, err
	}
	out := slices.Clone(ids)
	for _, a := range merged {
		out = append(out, a.ID)
	}
	return out, nil
}

func LoadProfile(ctx context.Context, db alliances.Store, id string, filter alliances.TieFilter) (*Profile, error) {
	if err := checkActors(ctx, db, []string{id}, filter.KnownAt); err != nil {
		return nil, err
	}
	actors, err := db.Actors(ctx, alliances.ActorFilter{IDs: []string{id}, KnownAt: filter.KnownAt})
	if err != nil {
		return nil, err
	}
	merged, err := Merged(ctx, db, []string{id}, filter.KnownAt)
	if err != nil {
		return nil, err
	}
	same := map[string]bool{id: true}
	for _, a := range merged {
		same[a.ID] = true
		filter.Actors = append(filter.Actors, a.ID)
	}
	ties, err := db.Ties(ctx, filter)
	if err != nil {
		return nil, err
	}
	SortTies(ties)
	p := &Profile{Actor: actors[0], Parents: []alliances.Tie{}, Members: []alliances.Tie{}, Lineage: []alliances.Tie{}, Ties: []alliances.Tie{},
		Merged: nonNilActors(merged)}
	for _, t := range ties {
		switch {
		case t.Kind == alliances.Membership && same[t.Subject]:
			p.Parents = append(p.Parents, t)
		case t.Kind == alliances.Membership && same[t.Object]:
			p.Members = append(p.Members, t)
		case t.Layer() == alliances.Hierarchy:
			p.Lineage = append(p.Lineage, t)
		default:
			p.Ties = append(p.Ties, t)
		}
	}
	events, err := db.Events(ctx, alliances.EventFilter{Actors: slices.Collect(maps.Keys(same)), KnownAt: filter.KnownAt})
	if err != nil {
		return nil, err
	}
	if filter.Case != "" {
		events = slices.DeleteFunc(events, func(e alliances.Event) bool { return !InCase(e.Recorded, filter.Case) })
	}
	p.Events = []alliances.Event{}
	for _, e := range events {
		r := e.Date.Strict()
		if filter.Fuzzy {
			r = e.Date.Fuzzy()
		}
		if filter.At == nil || r.Overlaps(*filter.At) {
			p.Events = append(p.Events, e)
		}
	}
	sortEvents(p.Events)
	p.Sources, err = citedSources(ctx, db, filter, ties, p.Events)
	return p, err
}

func nonNilActors(as []alliances.Actor) []alliances.Actor {
	if as == nil {
		return []alliances.Actor{}
	}
	return as
}

// citedSources returns the sources the ties and events cite.
func citedSources(ctx context.Context, db alliances.Store, f alliances.TieFilter, ties []alliances.Tie, events []alliances.Event) ([]alliances.Source, error) {
	cited := map[string]bool{}
	for _, t := range ties {
		for _, c := range t.Citations {
			cited[c.Source] = true
		}
	}
	for _, e := range events {
		for _, c := range e.Citations {
			cited[c.Source] = true
		}
	}
	all, err := db.Sources(ctx, f.KnownAt)
	out := []alliances.Source{}
	for _, s := range all {
		if cited[s.ID] {
			out = append(out, s)
		}
	}
	return out, err
}

// resolveNames finds the actors that names designate, by id, name or alias (see
// alliances.ResolveActor), among every actor of the database.
func ResolveNames(ctx context.Context, db alliances.Store, names []string, knownAt time.Time) ([]string, error) {
	if len(names) == 0 {
		return nil, nil
	}
	// Names that are ids resolve to them (as in ResolveActor) through the index on ids,
	// without reading every actor.
	byID, err := db.Actors(ctx, alliances.ActorFilter{IDs: names, KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	if len(byID) == len(slices.Compact(slices.Sorted(slices.Values(names)))) {
		return names, nil
	}
	all, err := db.Actors(ctx, alliances.ActorFilter{KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(names))
	for i, n := range names {
		if ids[i], err = alliances.ResolveActor(n, all); err != nil {
			if alliances.KindOf(err) == alliances.NotFound {
				return nil, checkActors(ctx, db, []string{n}, knownAt) // says when an actor was not yet recorded
			}
			return nil, err
		}
	}
	return ids, nil
}

// checkActors reports the first id that names no actor, with a suggestion.
func checkActors(ctx context.Context, db alliances.Store, ids []string, knownAt time.Time) error {
	if len(ids) == 0 {
		return nil
	}
	byID, err := db.Actors(ctx, alliances.ActorFilter{IDs: ids, KnownAt: knownAt})
	if err != nil || len(byID) == len(slices.Compact(slices.Sorted(slices.Values(ids)))) {
		return err // every id names an actor, found through the index on ids
	}
	all, err := db.Actors(ctx, alliances.ActorFilter{KnownAt: knownAt})
	if err != nil {
		return err
	}
	known := make([]string, len(all))
	for i, a := range all {
		known[i] = a.ID
	}
	for _, id := range ids {
		if slices.Contains(known, id) {
			continue
		}
		if !knownAt.IsZero() {
			if now, err := db.Actors(ctx, alliances.ActorFilter{IDs: []string{id}}); err == nil && len(now) > 0 {
				return alliances.Errorf(alliances.NotFound, "", "actor %q was not yet in the record at %s (it was recorded at %s; see alliances history %s)",
					id, KnownAtText(knownAt), now[0].Recorded.From.Format(time.RFC3339), id)
			}
		}
		return alliances.Errorf(alliances.NotFound, "", "no actor %q%s", id, suggestActor(id, all))
	}
	return nil
}

// suggestActor proposes the actor an unknown id probably meant: the closest id, or an
// actor whose name or alias contains it.
func suggestActor(id string, all []alliances.Actor) string {
	ids := make([]string, len(all))
	for i, a := range all {
		ids[i] = a.ID
	}
	if best := alliances.Closest(id, ids); best != "" {
		return fmt.Sprintf(", did you mean %q?", best)
	}
	var hits []string
	for _, a := range all {
		if a.Matches(id) {
			hits = append(hits, a.ID)
		}
	}
	if len(hits) > 0 && len(hits) <= 5 {
		return ", did you mean one of " + strings.Join(hits, ", ") + "?"
	}
	return "; `alliances actors QUERY` searches names and aliases"
}

// sortTies orders ties by the start of their valid time, then by id.
func SortTies(ties []alliances.Tie) {
	slices.SortStableFunc(ties, func(a, b alliances.Tie) int {
		return cmp.Or(cmp.Compare(a.Valid.Strict().First, b.Valid.Strict().First), cmp.Compare(a.ID, b.ID))
	})
}

// reliabilities maps source ids to their reliability grades, for evidence cells.
func Reliabilities(ctx context.Context, db alliances.Store, f alliances.TieFilter) (map[string]string, error) {
	srcs, err := db.Sources(ctx, f.KnownAt)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, s := range srcs {
		m[s.ID] = s.Reliability
	}
	return m, nil
}
