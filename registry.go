package alliances

import "slices"

// RegistryCase is the id of the registry: the actors shared by every case of a store
// (states, and the groups that fight in many conflicts), with their external ids and
// name variants, and the genealogy between them (splinter, merger, renaming ties). A
// tie or event of any case may name an actor of the registry without defining it; the
// registry holds no other ties and no events, and no case is analysed as the registry.
const RegistryCase = "registry"

// Genealogy reports whether ties of kind k record an actor's lineage (split from,
// merged into, renamed to), the only ties the registry holds.
func Genealogy(k Kind) bool { return k == Splinter || k == Merger || k == Renaming }

// Shared drops the problems about actors a record names but does not define that shared
// reports as defined elsewhere (in the registry): what a reader reports of a case before
// it knows the store the case goes into.
func Shared(ps []Problem, shared func(id string) bool) []Problem {
	out := ps[:0:0]
	for _, p := range ps {
		if p.Unknown == "" || !shared(p.Unknown) {
			out = append(out, p)
		}
	}
	return out
}

// Canonical maps the id of every actor merged into another (MergedInto) to the actor it
// is, following a chain of merges to its end; an id merged into itself through a chain
// (a loop, which the store refuses) maps to the last actor before the loop closes.
func Canonical(actors []Actor) map[string]string {
	into := map[string]string{}
	for _, a := range actors {
		if a.MergedInto != "" && a.MergedInto != a.ID {
			into[a.ID] = a.MergedInto
		}
	}
	out := make(map[string]string, len(into))
	for id := range into {
		seen, at := map[string]bool{id: true}, id
		for {
			next, ok := into[at]
			if !ok || seen[next] {
				break
			}
			seen[next], at = true, next
		}
		if at != id {
			out[id] = at
		}
	}
	return out
}

// Resolved returns a copy of a case for tools that read it alone (a network file): with
// the actors of the registry and of other cases that its claims name, directly or
// through a merge, and with every actor merged into another replaced by the actor it is
// in its ties and events, and left out. all is every actor of the store.
func (r *Record) Resolved(all []Actor) *Record {
	into := Canonical(all)
	to := func(id string) string {
		if c, ok := into[id]; ok {
			return c
		}
		return id
	}
	out := *r
	out.Ties = make([]Tie, 0, len(r.Ties))
	named := map[string]bool{}
	for _, t := range r.Ties {
		t.Subject, t.Object = to(t.Subject), to(t.Object)
		if t.Third != "" {
			t.Third = to(t.Third)
		}
		if t.Subject == t.Object {
			continue // two names of one actor
		}
		named[t.Subject], named[t.Object], named[t.Third] = true, true, true
		out.Ties = append(out.Ties, t)
	}
	out.Events = make([]Event, len(r.Events))
	for i, e := range r.Events {
		e.Actors = slices.Clone(e.Actors)
		for j, a := range e.Actors {
			e.Actors[j] = to(a)
			named[e.Actors[j]] = true
		}
		out.Events[i] = e
	}
	own := map[string]bool{}
	out.Actors = nil
	for _, a := range r.Actors {
		own[a.ID] = true
		if _, merged := into[a.ID]; !merged {
			out.Actors = append(out.Actors, a)
		}
	}
	for _, a := range all {
		if !own[a.ID] && named[a.ID] && a.MergedInto == "" {
			out.Actors = append(out.Actors, a)
			own[a.ID] = true
		}
	}
	return &out
}
