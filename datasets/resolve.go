package datasets

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Resolver finds the actor a data set names: by an external id (a UCDP actor id, a
// Gleditsch-Ward code) first, then by name or alias, folded as searches fold them
// (alliances.Fold). It never guesses: a name that matches several actors, or none, is
// not resolved.
type Resolver struct {
	ids        map[string]bool     // the actors' own ids
	kinds      map[string]string   // actor id -> kind
	gw         map[string][]string // actor id -> its Gleditsch-Ward codes
	byExternal map[string][]string // scheme + " " + id -> actor ids
	byPeriod   map[string][]period // scheme + " " + id -> the actors it denotes for a period
	byName     map[string][]string // folded name or alias -> actor ids
	into       map[string]string   // merged actors -> the actor each is
}

// NewResolver indexes actors: the registry's, and the case's own.
func NewResolver(actors []alliances.Actor) *Resolver {
	r := &Resolver{ids: map[string]bool{}, kinds: map[string]string{}, gw: map[string][]string{}, byPeriod: map[string][]period{}, byExternal: map[string][]string{}, byName: map[string][]string{}, into: alliances.Canonical(actors)}
	add := func(m map[string][]string, k, id string) {
		if k != "" && !slices.Contains(m[k], id) {
			m[k] = append(m[k], id)
		}
	}
	for _, a := range actors {
		r.ids[a.ID] = true
		r.kinds[a.ID] = a.Kind
		id := a.ID
		if to, ok := r.into[id]; ok {
			id = to
		}
		for scheme, value := range a.External {
			for _, x := range alliances.ExternalIDs(value) {
				if plain, p := alliances.ExternalPeriod(x); !p.IsZero() {
					r.byPeriod[scheme+" "+plain] = append(r.byPeriod[scheme+" "+plain], period{id, p.Strict()})
					continue
				}
				add(r.byExternal, scheme+" "+x, id)
				if scheme == "gw" {
					r.gw[id] = append(r.gw[id], x)
				}
				if scheme == "acled" {
					add(r.byName, alliances.Fold(x), id)
				}
			}
		}
		add(r.byName, alliances.Fold(a.Name), id)
		for _, al := range a.Aliases {
			add(r.byName, alliances.Fold(al), id)
		}
	}
	return r
}

// ID returns the actor with an id (the one it was merged into, if it was), "" for none.
func (r *Resolver) ID(id string) string {
	if !r.ids[id] {
		return ""
	}
	if to, ok := r.into[id]; ok {
		return to
	}
	return id
}

// Government returns who held the government of a state over the days of at: the actor
// a dated crosswalk of the state's Gleditsch-Ward code names for most of them (the
// Taliban for Afghanistan in 1999), else the state itself.
func (r *Resolver) Government(state string, at edtf.Range) string {
	for _, code := range r.gw[state] {
		if id, _ := r.ExternalAt("gw", code, at); id != "" && id != state {
			return id
		}
	}
	return state
}

// Kind returns the kind of an actor the resolver holds, "" for another.
func (r *Resolver) Kind(id string) string { return r.kinds[id] }

// External returns the one actor with an external id, and the actors that share it
// when there are several.
func (r *Resolver) External(scheme, id string) (string, []string) {
	return one(r.byExternal[scheme+" "+strings.TrimSpace(id)])
}

// period is an external id that denotes an actor over a span of days.
type period struct {
	actor string
	span  edtf.Range
}

// Dated reports whether an external id denotes different actors at different times.
func (r *Resolver) Dated(scheme, id string) bool {
	return len(r.byPeriod[scheme+" "+strings.TrimSpace(id)]) > 0
}

// ExternalAt returns the actor an external id denotes over the days of at: the one whose
// period covers more than half of them, else the one the id denotes at other times (see
// External). A year of 1997 is the Taliban's for an id they held from September 1996 to
// November 2001; 1996 is not.
func (r *Resolver) ExternalAt(scheme, id string, at edtf.Range) (string, []string) {
	return r.ExternalAgainst(scheme, id, at, nil)
}

// ExternalAgainst is ExternalAt for a row that says whom the actor faced (against: the
// actors of the other side, as resolved), which decides the years a period covers only
// in part. An actor does not fight itself: where the period's actor is among the
// opponents, the id denotes the actor of the other times, whatever the share; where the
// period covers part of the days and the row names other opponents, it denotes the
// period's actor (UCDP's government of Afghanistan against the UIFSA in 1996, or against
// the NRF in 2021, was the Taliban's; against the Taliban it was not).
func (r *Resolver) ExternalAgainst(scheme, id string, at edtf.Range, against []string) (string, []string) {
	if at.First <= at.Last {
		days := int64(at.Last) - int64(at.First) + 1
		for _, p := range r.byPeriod[scheme+" "+strings.TrimSpace(id)] {
			first, last := max(at.First, p.span.First), min(at.Last, p.span.Last)
			if first > last {
				continue
			}
			covered := int64(last) - int64(first) + 1
			switch {
			case slices.Contains(against, p.actor):
				// the period's actor is the opponent: the id is the other actor
			case 2*covered > days, len(against) > 0:
				return p.actor, nil
			}
		}
	}
	return r.External(scheme, id)
}

// Name returns the one actor with a name or alias, and the actors that share it when
// there are several.
func (r *Resolver) Name(name string) (string, []string) {
	return one(r.byName[alliances.Fold(name)])
}

func one(ids []string) (string, []string) {
	switch len(ids) {
	case 0:
		return "", nil
	case 1:
		return ids[0], nil
	}
	return "", slices.Sorted(slices.Values(ids))
}

// Similar returns the actors whose name or alias a name may stand for without matching
// it: an acronym of it ("NRF" for National Resistance Front, or the other way round), or
// a name that ends with it word for word ("Government of North Macedonia" and "North
// Macedonia"). They are suggestions for the analyst, never resolutions.
func (r *Resolver) Similar(name string) []string {
	folded := alliances.Fold(name)
	if folded == "" || strings.HasPrefix(name, "UCDP actor ") {
		return nil // a placeholder's list of names suggests nothing
	}
	short := acronym(folded)
	var out []string
	for key, ids := range r.byName {
		if key == folded {
			continue
		}
		match := len(folded) <= 6 && !strings.Contains(folded, " ") && acronym(key) == folded && len(key) > len(folded)+3 ||
			len(key) <= 6 && !strings.Contains(key, " ") && short == key && len(folded) > len(key)+3 ||
			strings.Contains(key, " ") && strings.HasSuffix(" "+folded, " "+key) ||
			strings.Contains(folded, " ") && strings.HasSuffix(" "+key, " "+folded)
		if match {
			for _, id := range ids {
				if !slices.Contains(out, id) {
					out = append(out, id)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// acronym returns the initials of a folded name's words, leaving out the short words
// acronyms leave out.
func acronym(folded string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(folded) {
		switch w {
		case "of", "the", "and", "for", "de", "al", "i", "e", "yi":
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}
