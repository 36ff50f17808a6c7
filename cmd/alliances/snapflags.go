package main

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/snapshot"
	"github.com/alliances-project/alliances/sqlite"
)

// snapFlags are the flags every analysis shares: which ties make the snapshot.
type snapFlags struct {
	at         string
	knownAt    string
	kinds      listFlag
	signs      listFlag
	statuses   listFlag
	minCred    int
	minRel     string
	fuzzy      bool
	overlap    string
	layers     string
	noFold     bool
	partWeight float64
	categories bool
	stated     bool
	weighCred  bool
	explain    bool
	robust     bool
}

// withSnapshot adds the snapshot flags to a command's flags.
func (f *flags) withSnapshot() *snapFlags {
	s := &snapFlags{}
	f.StringVar(&s.at, "at", "", "the snapshot: a day (2021-07-15), or a month, year or window (2021-07, 2016, 2016/2018) read as the ties that hold for most of it")
	f.StringVar(&s.knownAt, "known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	f.Var(&s.kinds, "kind", "only ties of these `kinds`")
	f.Var(&s.signs, "sign", "only ties of these `signs` (+, -, 0)")
	f.Var(&s.statuses, "status", "only ties with these `statuses` (default: all but denied and retracted)")
	f.IntVar(&s.minCred, "min-credibility", 0, "only ties with a citation of this `credibility` or stronger (1 .. 6)")
	f.StringVar(&s.minRel, "min-reliability", "", "only ties with a source of this `grade` or better (A .. F)")
	f.BoolVar(&s.fuzzy, "fuzzy", false, "count ties possibly active at the date (fuzzy ranges), not only those certainly active")
	f.StringVar(&s.overlap, "overlap", "majority", "at a period, take the ties that cover more than half of it (`majority`), or those active on any day of it (any)")
	f.StringVar(&s.layers, "layers", "alignment", "the `layers` read, each with an optional weight: alignment, process (default weight 0.5), hierarchy; e.g. alignment,process=0.25")
	f.BoolVar(&s.noFold, "no-fold", false, "keep elements, factions, members and leaders apart from their organizations (folded into them by default)")
	f.Float64Var(&s.partWeight, "part-weight", 0.5, "the `weight` of a folded part's ties (an element's, a faction's, a member's; a leader's count in full), from 0 to 1")
	f.BoolVar(&s.categories, "categories", false, "keep the actors of kind category (collective terms, regime forms), left out by default")
	f.BoolVar(&s.stated, "stated", false, "only the ties the sources state, leaving out those the analyst inferred")
	f.BoolVar(&s.weighCred, "weigh-credibility", false, "weigh each tie by its credibility too: times (7 - credibility) / 6")
	f.BoolVar(&s.explain, "explain", false, "list the ties behind each number, with their evidence")
	f.BoolVar(&s.robust, "robust", false, "rerun without alleged, disputed, inferred and low-credibility ties, over fuzzy and random dates, and with ungraded ties at intensity 1 and 5, and report the spread")
	f.StringVar(&f.caseID, "case", "", "the `case` to analyse (default: the only one, the one holding the actors named, or the built-in case)")
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
	overlap, ok := snapshot.ParseOverlap(s.overlap)
	if !ok {
		return snapshot.Filter{}, time.Time{}, usageError("--overlap %q, expected majority or any", s.overlap)
	}
	if !(s.partWeight > 0 && s.partWeight <= 1) {
		return snapshot.Filter{}, time.Time{}, usageError("--part-weight %g, expected a weight above 0 and at most 1", s.partWeight)
	}
	layers, err := snapshot.ParseLayers(s.layers)
	if err != nil {
		return snapshot.Filter{}, time.Time{}, usageError("--layers %q: %v", s.layers, err)
	}
	f := snapshot.Filter{At: tf.At, Overlap: overlap, Fuzzy: s.fuzzy, Layers: layers, Kinds: tf.Kinds, Signs: tf.Signs,
		Statuses: tf.Statuses, MinCredibility: tf.MinCredibility, MinReliability: s.minRel, Stated: s.stated,
		WeighCredibility: s.weighCred, Fold: !s.noFold, PartWeight: s.partWeight, Categories: s.categories}
	for _, k := range f.Kinds {
		if layer := k.Layer(); !f.HasLayer(layer) && !(k == alliances.Agreement && f.HasLayer(alliances.Alignment)) {
			return f, time.Time{}, usageError("--kind %s is in the %s layer, which --layers %s leaves out; add it (--layers %s,%s) to centrality, brokers or path: a signed analysis (balance, blocs, diff, cascade) reads the alignment layer only", k, layer, s.layers, s.layers, layer)
		}
	}
	return f, tf.KnownAt, nil
}

// signed checks that a signed analysis reads the alignment layer alone: membership is
// what folds, never a signed tie; and a process tie (a cease-fire, talks, a mediation)
// makes no one a friend or an enemy. The deals that do align their parties (business,
// defection, power-sharing) count in the alignment layer already.
func (s *snapFlags) signed(f snapshot.Filter) error {
	if f.HasLayer(alliances.Hierarchy) {
		return usageError("--layers %s: a signed analysis does not read the hierarchy layer (membership folds, it is no friendship); leave it out", s.layers)
	}
	if f.HasLayer(alliances.Process) {
		return usageError("--layers %s: a signed analysis reads the alignment layer only: a cease-fire, talks or a mediation make no one a friend or an enemy, "+
			"and the deals that align their parties count there already; read the process layer with centrality, brokers or path", s.layers)
	}
	return nil
}

// record is what an analysis command loads: one case's ties and sources known at an
// instant, their index, and the actors by id for names.
type record struct {
	caseID  string
	caseOf  string // how the case was chosen when the database holds several, for the output
	index   *snapshot.Index
	sources map[string]alliances.Source
	actors  map[string]*alliances.Actor // into list
	list    []alliances.Actor           // the case's actors, for names

	tiesOnce sync.Once
	ties     map[string]*alliances.Tie // by id, for explanations: see tie
}

// tie returns the tie with an id. The map of ties by id is built on first use: most
// analyses name no tie, and a large record's map would cost them more than the analysis.
func (r *record) tie(id string) (*alliances.Tie, bool) {
	r.tiesOnce.Do(func() {
		r.ties = make(map[string]*alliances.Tie, r.index.Len())
		for i := range r.index.Len() {
			r.ties[r.index.ID(i)] = r.index.Tie(i)
		}
	})
	t, ok := r.ties[id]
	return t, ok
}

// loadRecord loads the case the analysis reads (see chooseCase) and resolves the actors
// the command names, by id, name or alias, returning their ids in order.
func (m *Main) loadRecord(ctx context.Context, f *flags, knownAt time.Time, names ...string) (*record, []string, error) {
	db, err := m.store(ctx, f, true)
	if err != nil {
		return nil, nil, err
	}
	cases, err := db.CaseIDs(ctx, knownAt)
	if err != nil {
		return nil, nil, err
	}
	// When --case names the case, or the database holds one, its ties are read while
	// the actors are.
	var early chan tiesRead
	if id := f.caseID; id != "" && slices.Contains(cases, id) || id == "" && len(cases) == 1 {
		if id == "" {
			id = cases[0]
		}
		early = make(chan tiesRead, 1)
		go func() {
			claims, err := caseTies(ctx, db, id, knownAt, !f.json)
			early <- tiesRead{id, claims, err}
		}()
	}
	all, err := db.Actors(ctx, alliances.ActorFilter{KnownAt: knownAt})
	if err != nil {
		return nil, nil, err
	}
	rec := &record{sources: map[string]alliances.Source{}}
	if rec.caseID, rec.caseOf, err = chooseCase(cases, f.caseID, all, names); err != nil {
		return nil, nil, err
	}
	n := 0
	for i := range all {
		if all[i].Recorded.Case == rec.caseID {
			n++
		}
	}
	if rec.list = all; n < len(all) { // the actors of other cases, left out; one case is the rule
		rec.list = make([]alliances.Actor, 0, n)
		for i := range all {
			if all[i].Recorded.Case == rec.caseID {
				rec.list = append(rec.list, all[i])
			}
		}
	}
	ids := make([]string, len(names))
	for i, n := range names {
		if ids[i], err = rec.resolve(n, all); err != nil {
			return nil, nil, err
		}
	}
	var claims snapshot.Claims
	if early != nil {
		if read := <-early; read.caseID == rec.caseID {
			claims, err = read.claims, read.err
		}
	}
	if claims == nil && err == nil {
		claims, err = caseTies(ctx, db, rec.caseID, knownAt, !f.json)
	}
	if err != nil {
		return nil, nil, err
	}
	srcs, err := db.Sources(ctx, knownAt)
	if err != nil {
		return nil, nil, err
	}
	srcs = slices.DeleteFunc(srcs, func(s alliances.Source) bool { return s.Recorded.Case != rec.caseID })
	if !f.json {
		rec.printable(srcs)
	}
	rec.actors = make(map[string]*alliances.Actor, len(rec.list))
	for i := range rec.list {
		rec.actors[rec.list[i].ID] = &rec.list[i]
	}
	if rec.index, err = snapshot.Build(claims, srcs, rec.list); err != nil {
		return nil, nil, err
	}
	for _, s := range srcs {
		rec.sources[s.ID] = s
	}
	return rec, ids, nil
}

// tiesRead is the ties of a case read (see caseTies).
type tiesRead struct {
	caseID string
	claims snapshot.Claims
	err    error
}

// caseTies returns the ties of a case known at an instant, their text escaped for
// people when forPeople. The current ties of a store that keeps a compact copy of them
// are decoded in full only when a reading names them (see sqlite.TieClaims).
func caseTies(ctx context.Context, db alliances.Store, caseID string, knownAt time.Time, forPeople bool) (snapshot.Claims, error) {
	var transform func(*alliances.Tie)
	if forPeople {
		transform = func(t *alliances.Tie) { *t = printableTie(*t) }
	}
	if lazy, ok := db.(*sqlite.DB); ok && knownAt.IsZero() {
		return lazy.CaseTies(ctx, caseID, transform)
	}
	ties, err := db.Ties(ctx, alliances.TieFilter{Case: caseID, KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	if transform != nil {
		for i := range ties {
			transform(&ties[i])
		}
	}
	return snapshot.Slice(ties), nil
}

// chooseCase picks the case an analysis reads: the one --case names; the only one; the
// one that holds the actors the command names; else the built-in case. Analyses never
// mix cases. The second result says how a case was chosen among several.
func chooseCase(ids []string, asked string, all []alliances.Actor, names []string) (string, string, error) {
	switch {
	case asked != "":
		if !slices.Contains(ids, asked) {
			return "", "", alliances.Errorf(alliances.NotFound, "", "no case %q in the database%s", asked, oneOf(ids))
		}
		return asked, "", nil
	case len(ids) == 0:
		return "", "", alliances.Errorf(alliances.NotFound, "", "the database holds no case")
	case len(ids) == 1:
		return ids[0], "", nil
	}
	others := " (the database holds " + strings.Join(ids, ", ") + "; choose with --case)"
	if c := caseOfNames(all, names); c != "" {
		return c, "the case of the actors named" + others, nil
	}
	if slices.Contains(ids, cases.DefaultCase) {
		return cases.DefaultCase, "the built-in case" + others, nil
	}
	return "", "", usageError("the database holds several cases (%s); choose one with --case", strings.Join(ids, ", "))
}

// caseOfNames returns the one case whose actors the names resolve to, or "".
func caseOfNames(all []alliances.Actor, names []string) string {
	found := ""
	for _, n := range names {
		id, err := alliances.ResolveActor(n, all)
		if err != nil {
			return ""
		}
		for _, a := range all {
			if a.ID == id {
				if found != "" && found != a.Recorded.Case {
					return ""
				}
				found = a.Recorded.Case
			}
		}
	}
	return found
}

func oneOf(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ", expected one of " + strings.Join(ids, ", ")
}

// resolve finds the case's actor a user names by id, name or alias.
func (r *record) resolve(name string, all []alliances.Actor) (string, error) {
	id, err := alliances.ResolveActor(name, r.list)
	if err == nil {
		return id, nil
	}
	if other, err2 := alliances.ResolveActor(name, all); err2 == nil {
		for _, a := range all {
			if a.ID == other {
				return "", alliances.Errorf(alliances.NotFound, "", "%s is an actor of case %s, not of %s; add --case %s", name, a.Recorded.Case, r.caseID, a.Recorded.Case)
			}
		}
	}
	return "", err
}

// printable escapes the free text of the record, and of its ties and sources, for an
// analysis printed for people (see escape.go): the reading names actors outside tables.
func (r *record) printable(srcs []alliances.Source) {
	for i, a := range r.list {
		r.list[i] = printableActor(a)
	}
	for i := range srcs {
		srcs[i] = printableSource(srcs[i])
	}
}

// reliability returns the source id -> grade map for evidence cells.
func (r *record) reliability() map[string]string {
	m := make(map[string]string, len(r.sources))
	for id, s := range r.sources {
		m[id] = s.Reliability
	}
	return m
}

// name returns an actor's name, or its id when it has none.
func (r *record) name(id string) string {
	if a, ok := r.actors[id]; ok && a.Name != "" {
		return a.Name
	}
	return id
}

// dateRange parses a required EDTF date flag into its strict day range.
func dateRange(flagName, s string) (*edtf.Range, error) {
	if s == "" {
		return nil, usageError("--%s is required: an EDTF date such as 2021-06 or 2016", flagName)
	}
	return parseAt(flagName, s)
}

// notFolded reports an error when one of the actors is folded into its organization in
// the snapshot: its ties are the organization's, and a question about it alone has no
// answer.
func notFolded(s *snapshot.Snapshot, ids ...string) error {
	for _, id := range ids {
		if parent, folded := s.FoldedInto(id); folded {
			return usageError("%s is folded into %s at this date (its ties count as %s's): ask about %s, or add --no-fold", id, parent, parent, parent)
		}
	}
	return nil
}
