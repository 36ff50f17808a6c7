package answer

import (
	"context"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/snapshot"
	"github.com/alliances-project/alliances/sqlstore"
)

// Record is what a question reads: one case's ties and sources known at an instant,
// their index, and the case's actors by id for names. It is read once and answers any
// number of questions; nothing changes it after Load.
type Record struct {
	Case     string
	CaseNote string // how the case was chosen when the database holds several, for the output
	Index    *snapshot.Index
	Sources  map[string]alliances.Source
	Actors   map[string]*alliances.Actor // into List
	List     []alliances.Actor           // the case's actors and the registry's, for names
	Into     map[string]string           // the actors merged into others: id -> the actor it is

	byID     *tiesByID // shared by the copies WithNote makes
	proposed bool      // some tie is a proposal's, waiting for review
}

// Proposed reports whether some tie of the record is a proposal's, waiting for review:
// a reading that includes proposed changes (see package team).
func (r *Record) Proposed() bool { return r.proposed }

// tiesByID is a record's ties by id, built on first use.
type tiesByID struct {
	once sync.Once
	ties map[string]*alliances.Tie
}

// WithNote returns a copy of the record saying how its case was chosen: the note
// depends on the question, the record does not.
func (r *Record) WithNote(note string) *Record {
	c := *r
	c.CaseNote = note
	return &c
}

// Tie returns the tie with an id. The map of ties by id is built on first use: most
// analyses name no tie, and a large record's map would cost them more than the analysis.
func (r *Record) Tie(id string) (*alliances.Tie, bool) {
	r.byID.once.Do(func() {
		r.byID.ties = make(map[string]*alliances.Tie, r.Index.Len())
		for i := range r.Index.Len() {
			r.byID.ties[r.Index.ID(i)] = r.Index.Tie(i)
		}
	})
	t, ok := r.byID.ties[id]
	return t, ok
}

// Text rewrites the free text of what a record reads, as it is read: the command line
// escapes control characters for a terminal. A nil function leaves its claims as
// recorded.
type Text struct {
	Actor  func(alliances.Actor) alliances.Actor
	Source func(alliances.Source) alliances.Source
	Tie    func(alliances.Tie) alliances.Tie
}

// Load reads the case a question is about from db, as known at knownAt (zero: now):
// the case named, or else the one the database holds, the one holding the actors
// named, or the built-in case (see ChooseCase). It resolves names, the actors the
// question names by id, name or alias, and returns their ids in order. text, when not
// nil, rewrites the record's free text as it is read.
func Load(ctx context.Context, db alliances.Store, caseID string, knownAt time.Time, text *Text, names ...string) (*Record, []string, error) {
	if text == nil {
		text = &Text{}
	}
	cases, err := db.CaseIDs(ctx, knownAt)
	if err != nil {
		return nil, nil, err
	}
	// When the case is named, or the database holds one, its ties are read while the
	// actors are.
	var early chan tiesRead
	if id := caseID; id != "" && slices.Contains(cases, id) || id == "" && len(cases) == 1 {
		if id == "" {
			id = cases[0]
		}
		early = make(chan tiesRead, 1)
		go func() {
			claims, err := caseTies(ctx, db, id, knownAt, text.Tie)
			early <- tiesRead{id, claims, err}
		}()
	}
	all, err := db.Actors(ctx, alliances.ActorFilter{KnownAt: knownAt})
	if err != nil {
		return nil, nil, err
	}
	rec := &Record{Sources: map[string]alliances.Source{}, byID: &tiesByID{}}
	naming, err := CasesNaming(ctx, db, cases, caseID, all, names, knownAt)
	if err != nil {
		return nil, nil, err
	}
	if rec.Case, rec.CaseNote, err = ChooseCase(cases, caseID, all, names, naming); err != nil {
		return nil, nil, err
	}
	rec.List, rec.Into = caseActors(all, rec.Case)
	ids := make([]string, len(names))
	for i, n := range names {
		if ids[i], err = rec.Resolve(n, all); err != nil {
			return nil, nil, err
		}
	}
	var claims snapshot.Claims
	if early != nil {
		if read := <-early; read.caseID == rec.Case {
			claims, err = read.claims, read.err
		}
	}
	if claims == nil && err == nil {
		claims, err = caseTies(ctx, db, rec.Case, knownAt, text.Tie)
	}
	if err != nil {
		return nil, nil, err
	}
	srcs, err := db.Sources(ctx, knownAt)
	if err != nil {
		return nil, nil, err
	}
	srcs = slices.DeleteFunc(srcs, func(s alliances.Source) bool { return s.Recorded.Case != rec.Case })
	if text.Actor != nil {
		for i, a := range rec.List {
			rec.List[i] = text.Actor(a)
		}
	}
	if text.Source != nil {
		for i := range srcs {
			srcs[i] = text.Source(srcs[i])
		}
	}
	rec.Actors = make(map[string]*alliances.Actor, len(rec.List))
	for i := range rec.List {
		rec.Actors[rec.List[i].ID] = &rec.List[i]
	}
	if ties, ok := claims.(snapshot.Slice); ok {
		rec.proposed = slices.ContainsFunc(ties, func(t alliances.Tie) bool { return t.Recorded != nil && t.Recorded.Proposal != "" })
	}
	if rec.Index, err = snapshot.Build(claims, srcs, rec.List); err != nil {
		return nil, nil, err
	}
	rec.pruneShared()
	for _, s := range srcs {
		rec.Sources[s.ID] = s
	}
	return rec, ids, nil
}

// caseActors returns the actors a case reads, in the order of all: its own, the
// registry's, and those of other cases that one of these was merged into; and the
// merged actors, each mapped to the actor it is. A store with one case and no registry
// gives all back.
func caseActors(all []alliances.Actor, caseID string) ([]alliances.Actor, map[string]string) {
	into := alliances.Canonical(all)
	n, targets := 0, map[string]bool{}
	for i := range all {
		if c := all[i].Recorded.Case; c == caseID || c == alliances.RegistryCase {
			n++
			if to, ok := into[all[i].ID]; ok {
				targets[to] = true
			}
		}
	}
	if n == len(all) {
		return all, into
	}
	list := make([]alliances.Actor, 0, n+len(targets))
	for i := range all {
		if c := all[i].Recorded.Case; c == caseID || c == alliances.RegistryCase || targets[all[i].ID] {
			list = append(list, all[i])
		}
	}
	kept := make(map[string]bool, len(list))
	for _, a := range list {
		kept[a.ID] = true
	}
	maps.DeleteFunc(into, func(id, _ string) bool { return !kept[id] })
	return list, into
}

// pruneShared leaves out of the record's actors those of the registry and of other cases
// that none of its ties names (as themselves or through a merge): the registry holds
// actors of every case, and a case's lists show its own.
func (r *Record) pruneShared() {
	keep := func(a *alliances.Actor) bool {
		if a.Recorded == nil || a.Recorded.Case == r.Case {
			return true
		}
		id := a.ID
		if to, ok := r.Into[id]; ok {
			id = to
		}
		_, named := r.Index.Actor(id)
		return named
	}
	n := 0
	for i := range r.List {
		if keep(&r.List[i]) {
			n++
		}
	}
	if n == len(r.List) {
		return
	}
	list := make([]alliances.Actor, 0, n)
	for i := range r.List {
		if keep(&r.List[i]) {
			list = append(list, r.List[i])
		}
	}
	r.List = list
	r.Actors = make(map[string]*alliances.Actor, len(list))
	for i := range list {
		r.Actors[list[i].ID] = &list[i]
	}
	maps.DeleteFunc(r.Into, func(id, _ string) bool { _, ok := r.Actors[id]; return !ok })
}

// CaseActors returns the actors of a case, as its lists show them: its own, and those of
// the registry that its ties or events name, as known at knownAt; all is every actor of
// the store.
func CaseActors(ctx context.Context, db alliances.Store, caseID string, all []alliances.Actor, knownAt time.Time) ([]alliances.Actor, error) {
	var shared []string
	for _, a := range all {
		if a.Recorded.Case == alliances.RegistryCase {
			shared = append(shared, a.ID)
		}
	}
	named := map[string]bool{}
	if len(shared) > 0 && caseID != alliances.RegistryCase {
		ties, err := db.Ties(ctx, alliances.TieFilter{Case: caseID, Actors: shared, KnownAt: knownAt})
		if err != nil {
			return nil, err
		}
		for _, t := range ties {
			named[t.Subject], named[t.Object], named[t.Third] = true, true, true
		}
		events, err := db.Events(ctx, alliances.EventFilter{Actors: shared, KnownAt: knownAt})
		if err != nil {
			return nil, err
		}
		for _, e := range events {
			if e.Recorded.Case == caseID {
				for _, a := range e.Actors {
					named[a] = true
				}
			}
		}
	}
	return slices.DeleteFunc(slices.Clone(all), func(a alliances.Actor) bool {
		return a.Recorded.Case != caseID && !(a.Recorded.Case == alliances.RegistryCase && named[a.ID])
	}), nil
}

// Cases returns the cases of ids that analyses read: every one but the registry.
func Cases(ids []string) []string {
	return slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return id == alliances.RegistryCase })
}

// tiesRead is the ties of a case read (see caseTies).
type tiesRead struct {
	caseID string
	claims snapshot.Claims
	err    error
}

// caseTies returns the ties of a case known at an instant, each rewritten by text when
// it is not nil. The current ties of a store that keeps a compact copy of them are
// decoded in full only when a reading names them (see sqlstore.TieClaims).
func caseTies(ctx context.Context, db alliances.Store, caseID string, knownAt time.Time, text func(alliances.Tie) alliances.Tie) (snapshot.Claims, error) {
	var transform func(*alliances.Tie)
	if text != nil {
		transform = func(t *alliances.Tie) { *t = text(*t) }
	}
	if lazy, ok := db.(*sqlstore.DB); ok && knownAt.IsZero() {
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

// ChooseCase picks the case a question reads: the one asked for; the only one; the one
// that holds the actors named (for an actor of the registry, the one whose ties name it,
// as naming gives them: see CasesNaming); else the built-in case. Analyses never mix
// cases. The second result says how a case was chosen among several.
func ChooseCase(ids []string, asked string, all []alliances.Actor, names []string, naming map[string][]string) (string, string, error) {
	ids = Cases(ids)
	switch {
	case asked == alliances.RegistryCase:
		return "", "", usageError("the registry holds the actors the cases share, not a case to read; choose a case with --case%s", OneOf(ids))
	case asked != "":
		if !slices.Contains(ids, asked) {
			return "", "", alliances.Errorf(alliances.NotFound, "", "no case %q in the database%s", asked, OneOf(ids))
		}
		return asked, "", nil
	case len(ids) == 0:
		return "", "", alliances.Errorf(alliances.NotFound, "", "the database holds no case")
	case len(ids) == 1:
		return ids[0], "", nil
	}
	others := " (the database holds " + strings.Join(ids, ", ") + "; choose with --case)"
	if c := caseOfNames(all, names, naming); c != "" {
		return c, "the case of the actors named" + others, nil
	}
	if slices.Contains(ids, cases.DefaultCase) {
		return cases.DefaultCase, "the built-in case" + others, nil
	}
	return "", "", usageError("the database holds several cases (%s); choose one with --case", strings.Join(ids, ", "))
}

// caseOfNames returns the one case whose actors the names resolve to, or "". An actor of
// the registry belongs to the cases whose ties name it (naming): it decides the case when
// only one does, and leaves the choice to the other names otherwise.
func caseOfNames(all []alliances.Actor, names []string, naming map[string][]string) string {
	found := ""
	take := func(c string) bool {
		if found != "" && found != c {
			return false
		}
		found = c
		return true
	}
	for _, n := range names {
		id, err := alliances.ResolveActor(n, all)
		if err != nil {
			return ""
		}
		for _, a := range all {
			if a.ID != id {
				continue
			}
			if a.Recorded.Case != alliances.RegistryCase {
				if !take(a.Recorded.Case) {
					return ""
				}
			} else if cs := naming[id]; len(cs) == 1 && !take(cs[0]) {
				return ""
			}
		}
	}
	return found
}

// CasesNaming returns, for each name that resolves to an actor of the registry, the
// cases whose ties name it, sorted: what ChooseCase needs of the registry's actors when
// no case is asked for and the store holds several. It reads nothing otherwise.
func CasesNaming(ctx context.Context, db alliances.Store, cases []string, asked string, all []alliances.Actor, names []string, knownAt time.Time) (map[string][]string, error) {
	if asked != "" || len(Cases(cases)) < 2 {
		return nil, nil
	}
	out := map[string][]string{}
	for _, n := range names {
		id, err := alliances.ResolveActor(n, all)
		if err != nil {
			continue // ChooseCase leaves the case to other rules, and Resolve says what is wrong
		}
		shared := slices.ContainsFunc(all, func(a alliances.Actor) bool { return a.ID == id && a.Recorded.Case == alliances.RegistryCase })
		if _, done := out[id]; !shared || done {
			continue
		}
		ties, err := db.Ties(ctx, alliances.TieFilter{Actors: []string{id}, KnownAt: knownAt})
		if err != nil {
			return nil, err
		}
		var cs []string
		for _, t := range ties {
			if c := t.Recorded.Case; c != alliances.RegistryCase && !slices.Contains(cs, c) {
				cs = append(cs, c)
			}
		}
		slices.Sort(cs)
		out[id] = cs
	}
	return out, nil
}

// OneOf writes ", expected one of" and the ids, or "" for none.
func OneOf(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ", expected one of " + strings.Join(ids, ", ")
}

// Resolve finds the case's actor a user names by id, name or alias; all is every actor
// of the database, to tell a name of another case from an unknown one.
func (r *Record) Resolve(name string, all []alliances.Actor) (string, error) {
	id, err := alliances.ResolveActor(name, r.List)
	if err == nil {
		if to, ok := r.Into[id]; ok {
			return to, nil // merged: its ties are the other's
		}
		return id, nil
	}
	if other, err2 := alliances.ResolveActor(name, all); err2 == nil {
		for _, a := range all {
			if a.ID == other {
				return "", alliances.Errorf(alliances.NotFound, "", "%s is an actor of case %s, not of %s; add --case %s", name, a.Recorded.Case, r.Case, a.Recorded.Case)
			}
		}
	}
	return "", err
}

// Reliability returns the source id -> grade map for evidence cells.
func (r *Record) Reliability() map[string]string {
	m := make(map[string]string, len(r.Sources))
	for id, s := range r.Sources {
		m[id] = s.Reliability
	}
	return m
}

// Name returns an actor's name, or its id when it has none.
func (r *Record) Name(id string) string {
	if a, ok := r.Actors[id]; ok && a.Name != "" {
		return a.Name
	}
	return id
}

// Names joins actor ids with their names for a reading: "Iran, Pakistan and Russia".
func (r *Record) Names(ids []string) string {
	ns := make([]string, len(ids))
	for i, id := range ids {
		ns[i] = r.Name(id)
	}
	return andList(ns)
}

// keepAsked keeps the actors of kind category that a question names (its focal actor,
// its seeds, the ends of a path), which the filter would otherwise leave out, leaving
// nothing to answer about them ("the supporters of Syrian rebels"). It returns those
// kept, for the report to say so (askedWarning).
func keepAsked(rec *Record, f *snapshot.Filter, ids ...string) []string {
	var kept []string
	for _, id := range ids {
		if a, ok := rec.Index.Actor(id); ok && rec.Index.Category(a) && !f.Categories {
			kept = append(kept, id)
		}
	}
	if len(kept) > 0 {
		f.Categories = true
	}
	return kept
}

// askedWarning says that categories were kept for the question that names them.
func (r *Report) askedWarning(rec *Record, kept []string) {
	if len(kept) > 0 {
		r.Warn("%s %s a category (a collective term for many actors, not one): categories are kept for the question that names %s (as --categories keeps them); a tie with some of them may be counted as one with all",
			rec.Names(kept), plural(len(kept), "is", "are"), plural(len(kept), "it", "them"))
	}
}

// notFolded reports an error when one of the actors is folded into its organization in
// the snapshot: its ties are the organization's, and a question about it alone has no
// answer.
func notFolded(s *snapshot.Snapshot, ids ...string) error {
	for _, id := range ids {
		if parent, folded := s.FoldedInto(id); folded {
			return usageError("%s is folded into %s %s (its ties count as %s's): ask about %s, or add --no-fold", id, parent, foldedWhen(s), parent, parent)
		}
	}
	return nil
}

// foldedWhen names the date or the period a snapshot reads: where a fold holds.
func foldedWhen(s *snapshot.Snapshot) string {
	switch at := s.Filter.At; {
	case at == nil:
		return "at this date"
	case at.First == at.Last:
		return "on " + at.First.String()
	default:
		return "in " + at.First.String() + "/" + at.Last.String()
	}
}

// CaseExists reports a case the store does not hold (as known at knownAt) as NotFound,
// naming the cases it holds, without reading the case; "" is no case asked, and holds.
func CaseExists(ctx context.Context, db alliances.Store, id string, knownAt time.Time) error {
	if id == "" {
		return nil
	}
	ids, err := db.CaseIDs(ctx, knownAt)
	if err != nil || slices.Contains(ids, id) {
		return err
	}
	when := ""
	if !knownAt.IsZero() {
		when = " as known at " + KnownAtText(knownAt)
	}
	return alliances.Errorf(alliances.NotFound, "case", "no case %q in the database%s%s", id, when, OneOf(ids))
}

// InCase reports whether a claim recorded as r belongs to the case id; every claim
// belongs to "", no case asked.
func InCase(r *alliances.Recorded, id string) bool {
	return id == "" || r != nil && r.Case == id
}
