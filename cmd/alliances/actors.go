package main

import (
	"context"
	"fmt"
	"strings"

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
