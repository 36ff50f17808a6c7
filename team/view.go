package team

import (
	"context"
	"encoding/json"
	"maps"
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

// withheld returns the ids of the sources the user may not see: those restricted now,
// and, reading the record as known at an earlier time, those restricted then (a source
// restricted since is withheld from its past too).
func (v *View) withheld(ctx context.Context, knownAt time.Time) (map[string]bool, error) {
	if v.User.Restricted {
		return nil, nil
	}
	now := v.Withheld
	if now == nil {
		var err error
		if now, err = restrictedAt(ctx, v.Store, time.Time{}); err != nil {
			return nil, err
		}
		v.Withheld = now
	}
	if knownAt.IsZero() {
		return now, nil
	}
	then, err := restrictedAt(ctx, v.Store, knownAt)
	if err != nil {
		return nil, err
	}
	maps.Copy(then, now)
	return then, nil
}

func restrictedAt(ctx context.Context, s alliances.Store, knownAt time.Time) (map[string]bool, error) {
	srcs, err := s.Sources(ctx, knownAt)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, src := range srcs {
		if src.Restricted {
			out[src.ID] = true
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

// withhold drops from each claim the citations of withheld sources, and the claims that
// rested on them alone.
func withhold[T any](list []T, withheld map[string]bool, cites func(*T) *[]alliances.Citation) []T {
	if len(withheld) == 0 {
		return list
	}
	out := list[:0]
	for i := range list {
		if keep(cites(&list[i]), withheld) {
			out = append(out, list[i])
		}
	}
	return out
}

// Import implements alliances.Store: a view cannot write.
func (v *View) Import(ctx context.Context, recs ...*alliances.Record) ([]alliances.ImportSummary, error) {
	return nil, alliances.Errorf(alliances.Unavailable, "import", "a user's view of the record cannot import")
}

// Cases implements alliances.Store.
// The counts are of what the user may see: where sources are withheld from them, the
// sources, ties and events are counted again as they read them.
func (v *View) Cases(ctx context.Context, knownAt time.Time) ([]alliances.CaseInfo, error) {
	cs, err := v.Store.Cases(ctx, knownAt)
	if err != nil {
		return nil, err
	}
	cs = slices.DeleteFunc(cs, func(c alliances.CaseInfo) bool { return !v.User.MaySee(c.ID) })
	withheld, err := v.withheld(ctx, knownAt)
	if err != nil || len(withheld) == 0 {
		return cs, err
	}
	srcs, err := v.Sources(ctx, knownAt)
	if err != nil {
		return nil, err
	}
	events, err := v.Events(ctx, alliances.EventFilter{KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	for i := range cs {
		c := &cs[i]
		ties, err := v.Ties(ctx, alliances.TieFilter{Case: c.ID, KnownAt: knownAt})
		if err != nil {
			return nil, err
		}
		c.Ties, c.Sources, c.Events = len(ties), 0, 0
		for _, s := range srcs {
			if s.Recorded != nil && s.Recorded.Case == c.ID {
				c.Sources++
			}
		}
		for _, e := range events {
			if e.Recorded != nil && e.Recorded.Case == c.ID {
				c.Events++
			}
		}
	}
	return cs, nil
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
			if p.Case == caseID && !p.Stale {
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
	rec.Sources = slices.DeleteFunc(rec.Sources, func(s alliances.Source) bool { return withheld[s.ID] || s.Restricted })
	rec.Ties = withhold(rec.Ties, withheld, func(t *alliances.Tie) *[]alliances.Citation { return &t.Citations })
	rec.Events = withhold(rec.Events, withheld, func(e *alliances.Event) *[]alliances.Citation { return &e.Citations })
	return rec, nil
}

// Sources implements alliances.Store.
func (v *View) Sources(ctx context.Context, knownAt time.Time) ([]alliances.Source, error) {
	withheld, err := v.withheld(ctx, knownAt)
	if err != nil {
		return nil, err
	}
	srcs, err := v.Store.Sources(ctx, knownAt)
	if err != nil {
		return nil, err
	}
	srcs = overlay(srcs, v.pending("source", knownAt), func(s *alliances.Source) (string, **alliances.Recorded) { return s.ID, &s.Recorded }, nil)
	return slices.DeleteFunc(srcs, func(s alliances.Source) bool {
		return !v.sees(s.Recorded) || !v.User.Restricted && (s.Restricted || withheld[s.ID])
	}), nil
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
	// The credibility a tie rests on is that of the citations the user may see.
	asked := f
	if len(withheld) > 0 {
		asked.MinCredibility = 0
	}
	ts, err := v.Store.Ties(ctx, asked)
	if err != nil {
		return nil, err
	}
	ts = overlay(ts, v.pending("tie", f.KnownAt), func(t *alliances.Tie) (string, **alliances.Recorded) { return t.ID, &t.Recorded }, f.Match)
	ts = slices.DeleteFunc(ts, func(t alliances.Tie) bool { return !v.sees(t.Recorded) })
	ts = withhold(ts, withheld, func(t *alliances.Tie) *[]alliances.Citation { return &t.Citations })
	if asked.MinCredibility != f.MinCredibility {
		ts = slices.DeleteFunc(ts, func(t alliances.Tie) bool { return !f.Match(&t) })
	}
	return ts, nil
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
	es = slices.DeleteFunc(es, func(e alliances.Event) bool { return !v.sees(e.Recorded) })
	return withhold(es, withheld, func(e *alliances.Event) *[]alliances.Citation { return &e.Citations }), nil
}

// History implements alliances.Store: the versions recorded in cases the user may see.
func (v *View) History(ctx context.Context, id string) ([]alliances.Version, error) {
	vs, err := v.Store.History(ctx, id)
	if err != nil {
		return nil, err
	}
	vs = slices.DeleteFunc(vs, func(ver alliances.Version) bool { return !v.User.MaySee(ver.Recorded.Case) })
	if !v.User.Restricted {
		withheld, err := v.withheld(ctx, time.Time{})
		if err != nil {
			return nil, err
		}
		out := vs[:0]
		for _, ver := range vs {
			if body, ok := Redact(ver.Entity, ver.Body, withheld); ok {
				ver.Body = body
				out = append(out, ver)
			}
		}
		vs = out
	}
	if len(vs) == 0 {
		return nil, alliances.Errorf(alliances.NotFound, "history", "nothing with id %q was ever recorded", id)
	}
	return vs, nil
}

// Redact returns a claim's JSON as a user not cleared for the withheld sources may read
// it: without its citations of them; false when it is one of them, a source marked
// restricted, or rests on them alone.
func Redact(entity string, body []byte, withheld map[string]bool) ([]byte, bool) {
	switch entity {
	case "source":
		var s alliances.Source
		if json.Unmarshal(body, &s) != nil {
			return nil, false
		}
		return body, !s.Restricted && !withheld[s.ID]
	case "tie":
		return redact(body, withheld, func(t *alliances.Tie) *[]alliances.Citation { return &t.Citations })
	case "event":
		return redact(body, withheld, func(e *alliances.Event) *[]alliances.Citation { return &e.Citations })
	}
	return body, true
}

func redact[T any](body []byte, withheld map[string]bool, cites func(*T) *[]alliances.Citation) ([]byte, bool) {
	if len(withheld) == 0 {
		return body, true
	}
	var v T
	if json.Unmarshal(body, &v) != nil {
		return nil, false
	}
	cs := cites(&v)
	n := len(*cs)
	if !keep(cs, withheld) {
		return nil, false
	}
	if len(*cs) == n {
		return body, true
	}
	out, err := json.Marshal(&v)
	return out, err == nil
}

// pending returns the proposals of one entity to make in the current record.
func (v *View) pending(entity string, knownAt time.Time) []Proposal {
	if !knownAt.IsZero() {
		return nil
	}
	var out []Proposal
	for _, p := range v.Pending {
		if p.Entity == entity && v.User.MaySee(p.Case) && !p.Stale {
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
