package team

import (
	"context"
	"slices"
	"time"

	"github.com/alliances-project/alliances"
)

// View is the record as one user may read it: the cases they may see; without the
// sources marked restricted, the citations of them, and the claims that rest on them
// alone, unless the user is cleared for them; and, when Pending is set, with the
// proposals waiting for review made in it, each claim so changed marked with its
// proposal (Recorded.Proposal).
//
// A View only reads: Import is refused.
type View struct {
	alliances.Store
	User    *User
	Pending []Proposal // proposals waiting for review, oldest first, to make in the record; nil: the accepted record only
	// Withheld are the restricted sources of the current record, when the caller knows
	// them (a server keeps them until the record changes); nil: asked of the store.
	Withheld map[string]bool
}

// ViewFor returns the record as u may read it, with the pending proposals made in it
// when pending is not nil: the store itself when nothing is withheld or added.
func ViewFor(s alliances.Store, u *User, pending []Proposal) alliances.Store {
	if u.Restricted && pending == nil && (u.Role == Admin || slices.Contains(u.Access, Access{Case: AllCases}) ||
		slices.Contains(u.Access, Access{Case: AllCases, Edit: true})) {
		return s
	}
	return &View{Store: s, User: u, Pending: pending}
}

func (v *View) sees(r *alliances.Recorded) bool {
	return r == nil || v.User.MaySee(r.Case)
}

// withheld returns the ids of the restricted sources the user may not see.
func (v *View) withheld(ctx context.Context, knownAt time.Time) (map[string]bool, error) {
	if v.User.Restricted {
		return nil, nil
	}
	if v.Withheld != nil && knownAt.IsZero() {
		return v.Withheld, nil
	}
	srcs, err := v.Store.Sources(ctx, knownAt)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, s := range srcs {
		if s.Restricted {
			out[s.ID] = true
		}
	}
	return out, nil
}

// keep drops the citations of withheld sources, and reports whether the claim still
// rests on something: false when every citation it had was withheld.
func keep(cs *[]alliances.Citation, withheld map[string]bool) bool {
	if len(withheld) == 0 || len(*cs) == 0 {
		return true
	}
	kept := slices.DeleteFunc(slices.Clone(*cs), func(c alliances.Citation) bool { return withheld[c.Source] })
	if len(kept) == 0 {
		return false
	}
	*cs = kept
	return true
}

// Import implements alliances.Store: a view cannot write.
func (v *View) Import(ctx context.Context, recs ...*alliances.Record) ([]alliances.ImportSummary, error) {
	return nil, alliances.Errorf(alliances.Unavailable, "import", "a user's view of the record cannot import")
}

// Cases implements alliances.Store.
func (v *View) Cases(ctx context.Context, knownAt time.Time) ([]alliances.CaseInfo, error) {
	cs, err := v.Store.Cases(ctx, knownAt)
	return slices.DeleteFunc(cs, func(c alliances.CaseInfo) bool { return !v.User.MaySee(c.ID) }), err
}

// CaseIDs implements alliances.Store.
func (v *View) CaseIDs(ctx context.Context, knownAt time.Time) ([]string, error) {
	ids, err := v.Store.CaseIDs(ctx, knownAt)
	return slices.DeleteFunc(ids, func(id string) bool { return !v.User.MaySee(id) }), err
}

// Record implements alliances.Store.
func (v *View) Record(ctx context.Context, caseID string, knownAt time.Time) (*alliances.Record, error) {
	if !v.User.MaySee(caseID) {
		return nil, alliances.Errorf(alliances.NotFound, "case", "no case %q in the database", caseID)
	}
	rec, err := v.Store.Record(ctx, caseID, knownAt)
	if err != nil {
		return nil, err
	}
	if knownAt.IsZero() {
		for _, p := range v.Pending {
			if p.Case == caseID {
				// One that no longer applies (its claim retracted since) is shown in the
				// queue, not here.
				_ = Apply(rec, p.Entity, p.Claim, p.Retract, p.Body)
			}
		}
		rec.Normalize()
	}
	withheld, err := v.withheld(ctx, knownAt)
	if err != nil || len(withheld) == 0 {
		return rec, err
	}
	rec.Sources = slices.DeleteFunc(rec.Sources, func(s alliances.Source) bool { return withheld[s.ID] })
	rec.Ties = slices.DeleteFunc(rec.Ties, func(t alliances.Tie) bool { return !keep(&t.Citations, withheld) })
	rec.Events = slices.DeleteFunc(rec.Events, func(e alliances.Event) bool { return !keep(&e.Citations, withheld) })
	for i := range rec.Ties {
		keep(&rec.Ties[i].Citations, withheld)
	}
	for i := range rec.Events {
		keep(&rec.Events[i].Citations, withheld)
	}
	return rec, nil
}

// Sources implements alliances.Store.
func (v *View) Sources(ctx context.Context, knownAt time.Time) ([]alliances.Source, error) {
	srcs, err := v.Store.Sources(ctx, knownAt)
	if err != nil {
		return nil, err
	}
	srcs = slices.DeleteFunc(srcs, func(s alliances.Source) bool {
		return !v.sees(s.Recorded) || s.Restricted && !v.User.Restricted
	})
	return overlay(srcs, v.pending("source", knownAt), func(s *alliances.Source) (string, **alliances.Recorded) { return s.ID, &s.Recorded }, nil), nil
}

// Actors implements alliances.Store.
func (v *View) Actors(ctx context.Context, f alliances.ActorFilter) ([]alliances.Actor, error) {
	as, err := v.Store.Actors(ctx, f)
	if err != nil {
		return nil, err
	}
	as = slices.DeleteFunc(as, func(a alliances.Actor) bool { return !v.sees(a.Recorded) })
	return overlay(as, v.pending("actor", f.KnownAt), func(a *alliances.Actor) (string, **alliances.Recorded) { return a.ID, &a.Recorded }, f.Match), nil
}

// Ties implements alliances.Store.
func (v *View) Ties(ctx context.Context, f alliances.TieFilter) ([]alliances.Tie, error) {
	withheld, err := v.withheld(ctx, f.KnownAt)
	if err != nil {
		return nil, err
	}
	ts, err := v.Store.Ties(ctx, f)
	if err != nil {
		return nil, err
	}
	ts = overlay(ts, v.pending("tie", f.KnownAt), func(t *alliances.Tie) (string, **alliances.Recorded) { return t.ID, &t.Recorded }, f.Match)
	return slices.DeleteFunc(ts, func(t alliances.Tie) bool { return !v.sees(t.Recorded) || !keep(&t.Citations, withheld) }), nil
}

// Events implements alliances.Store.
func (v *View) Events(ctx context.Context, f alliances.EventFilter) ([]alliances.Event, error) {
	withheld, err := v.withheld(ctx, f.KnownAt)
	if err != nil {
		return nil, err
	}
	es, err := v.Store.Events(ctx, f)
	if err != nil {
		return nil, err
	}
	es = overlay(es, v.pending("event", f.KnownAt), func(e *alliances.Event) (string, **alliances.Recorded) { return e.ID, &e.Recorded }, f.Match)
	return slices.DeleteFunc(es, func(e alliances.Event) bool { return !v.sees(e.Recorded) || !keep(&e.Citations, withheld) }), nil
}

// History implements alliances.Store: the versions recorded in cases the user may see.
func (v *View) History(ctx context.Context, id string) ([]alliances.Version, error) {
	vs, err := v.Store.History(ctx, id)
	if err != nil {
		return nil, err
	}
	vs = slices.DeleteFunc(vs, func(ver alliances.Version) bool { return !v.User.MaySee(ver.Recorded.Case) })
	if len(vs) == 0 {
		return nil, alliances.Errorf(alliances.NotFound, "history", "nothing with id %q was ever recorded", id)
	}
	return vs, nil
}

// pending returns the proposals of one entity to make in the current record.
func (v *View) pending(entity string, knownAt time.Time) []Proposal {
	if !knownAt.IsZero() {
		return nil
	}
	var out []Proposal
	for _, p := range v.Pending {
		if p.Entity == entity && v.User.MaySee(p.Case) {
			out = append(out, p)
		}
	}
	return out
}

// overlay makes the pending proposals in a list of claims: a proposed claim replaces
// the one with its id, or is added when match accepts it; a retraction removes it.
// Each claim a proposal made is marked with it.
func overlay[T any](list []T, ps []Proposal, key func(*T) (string, **alliances.Recorded), match func(*T) bool) []T {
	for _, p := range ps {
		i := slices.IndexFunc(list, func(v T) bool { id, _ := key(&v); return id == p.Claim })
		if p.Retract {
			if i >= 0 {
				list = slices.Delete(list, i, i+1)
			}
			continue
		}
		rec := &alliances.Record{}
		if err := Apply(rec, p.Entity, p.Claim, false, p.Body); err != nil {
			continue
		}
		var v T
		switch p.Entity {
		case "source":
			v = any(rec.Sources[0]).(T)
		case "actor":
			v = any(rec.Actors[0]).(T)
		case "tie":
			t := rec.Ties[0]
			t.Normalize()
			v = any(t).(T)
		case "event":
			v = any(rec.Events[0]).(T)
		}
		_, r := key(&v)
		*r = &alliances.Recorded{Case: p.Case, Version: p.Base + 1, From: p.Created, Proposal: p.ID}
		switch fits := match == nil || match(&v); {
		case i >= 0 && fits:
			list[i] = v
		case i >= 0:
			list = slices.Delete(list, i, i+1)
		case fits:
			list = append(list, v)
		}
	}
	return list
}
