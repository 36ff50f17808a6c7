package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
)

func (m *Main) runActors(ctx context.Context, args []string) error {
	f := m.flags("actors", "[QUERY]", `Actors lists the actors whose id, name or alias contains QUERY, ignoring case,
accents and apostrophes (jamiat finds Jami'at-i Islami). Without QUERY it lists all.`).withJSON()
	knownAt := f.String("known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	if err := f.parse(args); err != nil {
		return err
	}
	at, err := answer.ParseKnownAt(*knownAt)
	if err != nil {
		return err
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	actors, err := db.Actors(ctx, alliances.ActorFilter{Query: strings.Join(f.Args(), " "), KnownAt: at})
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, actors)
	}
	t := newTable(m.Stdout, "ID", "NAME", "KIND", "COUNTRY", "ALIASES")
	for _, a := range actors {
		t.row(a.ID, a.Name, a.Kind, a.Country, strings.Join(a.Aliases, "; "))
	}
	if err := t.flush(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%d actors\n", len(actors))
	return nil
}

// resolveNames finds the actors that names designate, by id, name or alias (see
// alliances.ResolveActor), among every actor of the database.
func resolveNames(ctx context.Context, db alliances.Store, names []string, knownAt time.Time) ([]string, error) {
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
					id, knownAtText(knownAt), now[0].Recorded.From.Format(time.RFC3339), id)
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
