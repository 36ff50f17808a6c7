package main

import (
	"context"
	"slices"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/snapshot"
)

// snapFlags are the flags every analysis shares: which ties make the snapshot.
type snapFlags struct {
	at       string
	knownAt  string
	kinds    listFlag
	signs    listFlag
	statuses listFlag
	minCred  int
	minRel   string
	fuzzy    bool
	fold     bool
	explain  bool
	robust   bool
}

// withSnapshot adds the snapshot flags to a command's flags.
func (f *flags) withSnapshot() *snapFlags {
	s := &snapFlags{}
	f.StringVar(&s.at, "at", "", "the snapshot: ties active at some time in this EDTF `date` or window (2016-07-01, 2016, 2016/2018)")
	f.StringVar(&s.knownAt, "known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	f.Var(&s.kinds, "kind", "only ties of these `kinds`")
	f.Var(&s.signs, "sign", "only ties of these `signs` (+, -, 0)")
	f.Var(&s.statuses, "status", "only ties with these `statuses` (default: all but denied and retracted)")
	f.IntVar(&s.minCred, "min-credibility", 0, "only ties with a citation of this `credibility` or stronger (1 .. 6)")
	f.StringVar(&s.minRel, "min-reliability", "", "only ties with a source of this `grade` or better (A .. F)")
	f.BoolVar(&s.fuzzy, "fuzzy", false, "count ties possibly active at the date (fuzzy ranges), not only those certainly active")
	f.BoolVar(&s.fold, "fold", false, "fold factions and elements into their parent organizations")
	f.BoolVar(&s.explain, "explain", false, "list the ties behind each number, with their evidence")
	f.BoolVar(&s.robust, "robust", false, "rerun without alleged and low-credibility ties and over fuzzy dates, and report the spread")
	f.StringVar(&f.caseID, "case", "", "only the ties of this `case` (default: every case in the database)")
	return s
}

// filter turns the flags into a snapshot filter and the record time.
func (s *snapFlags) filter() (snapshot.Filter, time.Time, error) {
	tf, err := tieFilter(nil, s.kinds, s.signs, s.statuses, s.minCred, s.at, s.fuzzy, s.knownAt)
	if err != nil {
		return snapshot.Filter{}, time.Time{}, err
	}
	if s.minRel != "" && !slices.Contains(alliances.Reliabilities, s.minRel) {
		return snapshot.Filter{}, time.Time{}, usageError("--min-reliability %q, expected a grade from A (completely reliable) to F", s.minRel)
	}
	return snapshot.Filter{At: tf.At, Fuzzy: s.fuzzy, Kinds: tf.Kinds, Signs: tf.Signs, Statuses: tf.Statuses,
		MinCredibility: tf.MinCredibility, MinReliability: s.minRel, Fold: s.fold}, tf.KnownAt, nil
}

// record is what an analysis command loads: the ties and sources known at an instant,
// their index, and the actors by id for names.
type record struct {
	index   *snapshot.Index
	sources map[string]alliances.Source
	actors  map[string]alliances.Actor
	ties    map[string]*alliances.Tie // by id, for explanations
}

func (m *Main) loadRecord(ctx context.Context, f *flags, knownAt time.Time) (*record, error) {
	db, err := m.store(ctx, f, true)
	if err != nil {
		return nil, err
	}
	ties, err := db.Ties(ctx, alliances.TieFilter{KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	if f.caseID != "" {
		if _, err := db.Record(ctx, f.caseID, knownAt); err != nil {
			return nil, err
		}
		ties = slices.DeleteFunc(ties, func(t alliances.Tie) bool { return t.Recorded.Case != f.caseID })
	}
	srcs, err := db.Sources(ctx, knownAt)
	if err != nil {
		return nil, err
	}
	actors, err := db.Actors(ctx, alliances.ActorFilter{KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	r := &record{index: snapshot.NewIndex(ties, srcs), sources: map[string]alliances.Source{}, actors: map[string]alliances.Actor{},
		ties: make(map[string]*alliances.Tie, len(ties))}
	for i := range r.index.Ties {
		r.ties[r.index.Ties[i].ID] = &r.index.Ties[i]
	}
	for _, s := range srcs {
		r.sources[s.ID] = s
	}
	for _, a := range actors {
		r.actors[a.ID] = a
	}
	return r, nil
}

// reliability returns the source id -> grade map for evidence cells.
func (r *record) reliability() map[string]string {
	m := make(map[string]string, len(r.sources))
	for id, s := range r.sources {
		m[id] = s.Reliability
	}
	return m
}

// requireActor checks that id names an actor of the record.
func (r *record) requireActor(id string) error {
	if _, ok := r.actors[id]; ok {
		return nil
	}
	all := make([]alliances.Actor, 0, len(r.actors))
	for _, a := range r.actors {
		all = append(all, a)
	}
	slices.SortFunc(all, func(a, b alliances.Actor) int {
		if a.ID < b.ID {
			return -1
		}
		return 1
	})
	return alliances.Errorf(alliances.NotFound, "", "no actor %q%s", id, suggestActor(id, all))
}

// dateRange parses a required EDTF date flag into its strict day range.
func dateRange(flagName, s string) (*edtf.Range, error) {
	if s == "" {
		return nil, usageError("--%s is required: an EDTF date such as 2021-06 or 2016", flagName)
	}
	return parseAt(flagName, s)
}

// notFolded reports an error when one of the actors is folded into its parent in the
// snapshot: with --fold its ties are the parent's, and a question about it alone has no
// answer.
func notFolded(s *snapshot.Snapshot, ids ...string) error {
	for _, id := range ids {
		if parent, folded := s.FoldedInto(id); folded {
			return usageError("with --fold, %s is folded into %s: ask about %s, or leave out --fold", id, parent, parent)
		}
	}
	return nil
}
