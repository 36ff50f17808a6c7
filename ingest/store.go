package ingest

// What an import writes: the records read, through a store that streams the ties of
// CSV tables, and the shared actors a case may name without defining them.

import (
	"context"
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
)

// Import imports recs, the records read and any others (a registry loaded with them),
// those whose ties are streamed (the CSV tables) through a store that streams them.
func (in *Input) Import(ctx context.Context, db alliances.Store, recs []*alliances.Record) ([]alliances.ImportSummary, error) {
	if !slices.ContainsFunc(recs, func(r *alliances.Record) bool { return in.Ties(r) != nil }) {
		return db.Import(ctx, recs...)
	}
	s, ok := db.(alliances.Streams)
	if !ok {
		return nil, alliances.Errorf(alliances.Internal, "import", "the store cannot import ties one at a time")
	}
	return s.ImportStream(ctx, in.Ties, recs...)
}

// HasRegistry reports whether the input holds a registry, which replaces a database's.
func (in *Input) HasRegistry() bool {
	return slices.ContainsFunc(in.Records, func(r *alliances.Record) bool { return r.Case == alliances.RegistryCase })
}

// Registered returns whether an actor id is a shared actor a case may name without
// defining it: the registry's the input holds, where it holds one; else builtin's (the
// built-in registry a database without one gets, nil for none) and the registry's
// among all, a database's actors.
func (in *Input) Registered(builtin *alliances.Record, all []alliances.Actor) func(string) bool {
	shared := map[string]bool{}
	add := func(actors []alliances.Actor) {
		for _, a := range actors {
			shared[a.ID] = true
		}
	}
	if in.HasRegistry() {
		for _, rec := range in.Records {
			if rec.Case == alliances.RegistryCase {
				add(rec.Actors)
			}
		}
		return func(id string) bool { return shared[id] }
	}
	if builtin != nil {
		add(builtin.Actors)
	}
	for _, a := range all {
		if a.Recorded != nil && a.Recorded.Case == alliances.RegistryCase {
			shared[a.ID] = true
		}
	}
	return func(id string) bool { return shared[id] }
}

// NamesUnknown reports whether a case the input holds names actors it does not define:
// shared actors, or mistakes (ShareRegistry tells which).
func (in *Input) NamesUnknown() bool {
	return slices.ContainsFunc(in.Diags, func(d alliances.Diagnostic) bool { return d.Unknown != "" })
}

// ShareRegistry drops the problems about actors a case names but does not define that the
// shared registry holds: the one the input holds, which replaces a database's; else the
// registry among all (a database's actors); else the built-in one, returned for an import
// to load with the case, with the ids of its actors that are other cases' in all (which
// stay theirs).
func (in *Input) ShareRegistry(all []alliances.Actor) (builtin *alliances.Record, left []string, err error) {
	if in.HasRegistry() {
		in.Diags = in.Diags.Shared(in.Registered(nil, nil))
		return nil, nil, nil
	}
	if builtin, left, err = cases.RegistryFor(all); err != nil {
		return nil, nil, err
	}
	in.Diags = in.Diags.Shared(in.Registered(builtin, all))
	return builtin, left, nil
}
