package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
	"github.com/alliances-project/alliances/ingest"

	"github.com/alliances-project/alliances"
)

func (m *Main) runActors(ctx context.Context, args []string) error {
	f := m.flags("actors", "[QUERY] | --merge ACTOR ID... | --split ID...", `Actors lists the actors whose id, name or alias contains QUERY, ignoring case,
accents and apostrophes (jamiat finds Jami'at-i Islami). Without QUERY it lists all,
with the case that holds each ("registry" for the actors every case shares).

--merge ACTOR ID... records that each actor ID is ACTOR (two cases', or a data set's,
names for one group): from then on every reading counts ID's ties and events as ACTOR's.
The merge is a new version of ID in its case, saying who merged it and why (--reason,
required); --split ID ends it, and --known-at before the merge still reads them apart. A
state and an actor of another kind merge only with --force; an actor of the registry
merges only into another of the registry.`).withJSON()
	knownAt := f.String("known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	into := f.String("merge", "", "record that the actors named after it are `ACTOR`")
	split := f.Bool("split", false, "end the merge of the actors named")
	reason := f.String("reason", "", "with --merge, why the actors are one (required, kept with the merge)")
	force := f.Bool("force", false, "with --merge, merge a state and an actor of another kind")
	caseID := f.String("case", "", "list only the actors of this case `id` (registry: the shared actors)")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.isSet("merge") || *split {
		return m.mergeActors(ctx, f, *into, *split, *reason, *force)
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
	if *caseID != "" {
		if err := answer.CaseExists(ctx, db, *caseID, at); err != nil {
			return err
		}
		if actors, err = answer.CaseActors(ctx, db, *caseID, actors, at); err != nil {
			return err
		}
	}
	if f.json {
		return writeJSON(m.Stdout, actors)
	}
	return textreport.Actors(m.Stdout, actors)
}

// mergeActors records the actors named as merged into another (into), or ends their
// merges (split), each as a new version of the actor in its case.
func (m *Main) mergeActors(ctx context.Context, f *flags, into string, split bool, reason string, force bool) error {
	switch {
	case split && f.isSet("merge"):
		return usageError("--merge and --split together, expected one of them")
	case f.NArg() == 0 && split:
		return usageError("--split needs the id of an actor merged into another")
	case f.NArg() == 0:
		return usageError("--merge %s needs the ids of the actors that are %s", into, into)
	case !split && strings.TrimSpace(into) == "":
		return usageError("--merge is empty, expected the actor the others are")
	case split && reason != "":
		return usageError("--reason goes with --merge; a split ends a merge recorded earlier")
	case !split && strings.TrimSpace(reason) == "":
		return usageError("--merge needs --reason: why the actors are one (it is kept with the merge)")
	}
	note := ""
	if !split {
		who := strings.TrimPrefix(m.login(), "cli:")
		now := time.Now
		if m.Now != nil {
			now = m.Now
		}
		note = fmt.Sprintf("merged by %s on %s: %s", who, now().UTC().Format(time.DateOnly), reason)
	}
	db, err := m.store(ctx, f, false)
	if err != nil {
		return err
	}
	done, target, err := ingest.Merge{Into: into, Names: f.Args(), Split: split, Note: note, Force: force, By: m.login(), Reason: reason}.Apply(ctx, db)
	if err != nil {
		return err
	}
	for _, d := range done {
		if split {
			fmt.Fprintf(m.Stdout, "%s (case %s) is no longer merged: its ties are its own again\n", d.ID, d.Case)
			continue
		}
		fmt.Fprintf(m.Stdout, "%s (case %s) merged into %s: every reading counts its ties as %s's; recorded as %q (undo: alliances actors --split %s)\n", d.ID, d.Case, target, target, note, d.ID)
	}
	return nil
}
