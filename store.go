package alliances

import (
	"context"
	"slices"
	"time"

	"github.com/alliances-project/alliances/edtf"
)

// Store keeps the record. Implementations keep every version of every claim (see the
// package documentation) and answer every query as known at an instant, the current
// record when the instant is zero.
type Store interface {
	// Import makes the store's version of each record's case equal to the record: it
	// records new and changed sources, actors, ties and events as new versions and
	// retracts those the case no longer holds, all records in one transaction: either
	// all are imported or none. Importing an unchanged record changes nothing. An id
	// that another case recorded is a Conflict; two records of the same case are
	// Invalid. An error about one record has Op "import CASE".
	Import(ctx context.Context, recs ...*Record) ([]ImportSummary, error)

	// Cases lists the cases in the store, as known at knownAt, with what each holds.
	Cases(ctx context.Context, knownAt time.Time) ([]CaseInfo, error)

	// CaseIDs lists the ids of the cases in the store as known at knownAt, sorted: what
	// Cases lists, without counting what each holds.
	CaseIDs(ctx context.Context, knownAt time.Time) ([]string, error)

	// Record returns a whole case as known at knownAt, in the order it was written.
	Record(ctx context.Context, caseID string, knownAt time.Time) (*Record, error)

	// Sources, Actors, Ties and Events return what matches the filter, each with its
	// Recorded field set.
	Sources(ctx context.Context, knownAt time.Time) ([]Source, error)
	Actors(ctx context.Context, f ActorFilter) ([]Actor, error)
	Ties(ctx context.Context, f TieFilter) ([]Tie, error)
	Events(ctx context.Context, f EventFilter) ([]Event, error)

	// History returns every version of the source, actor, tie or event with this id,
	// oldest first; NotFound when there is none.
	History(ctx context.Context, id string) ([]Version, error)

	Close() error
}

// CaseInfo describes a case in the store.
type CaseInfo struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Sources  int       `json:"sources"`
	Actors   int       `json:"actors"`
	Ties     int       `json:"ties"`
	Events   int       `json:"events"`
	Recorded time.Time `json:"recorded"` // when the case was last changed
}

// ImportSummary counts what an import changed.
type ImportSummary struct {
	Case      string    `json:"case"`
	Added     int       `json:"added"`
	Changed   int       `json:"changed"`
	Retracted int       `json:"retracted"`
	Unchanged int       `json:"unchanged"`
	Recorded  time.Time `json:"recorded,omitzero"` // the recorded time of the changes, zero when none
}

// Version is one recorded version of a claim, with its entity type ("source", "actor",
// "tie", "event") and its content as JSON.
type Version struct {
	Entity   string   `json:"entity"`
	ID       string   `json:"id"`
	Recorded Recorded `json:"recorded"`
	Body     []byte   `json:"-"`
}

// ActorFilter selects actors.
type ActorFilter struct {
	Query      string    // matched against id, name and aliases with Fold; empty matches all
	IDs        []string  // when set, only these
	MergedInto string    // when set, only the actors merged into this one
	KnownAt    time.Time // zero: the current record
}

// Match reports whether a matches the filter (KnownAt aside).
func (f *ActorFilter) Match(a *Actor) bool {
	if len(f.IDs) > 0 && !slices.Contains(f.IDs, a.ID) {
		return false
	}
	if f.MergedInto != "" && a.MergedInto != f.MergedInto {
		return false
	}
	return a.Matches(f.Query)
}

// TieFilter selects ties. Zero fields do not filter.
type TieFilter struct {
	Case           string      // ties of this case; empty: of every case
	Actors         []string    // ties whose subject, object or third is one of these
	Kinds          []Kind      // ties of these kinds
	Signs          []Sign      // ties of these signs
	Statuses       []Status    // ties with these statuses
	MinCredibility Credibility // ties with a citation asserting them at this credibility or stronger (1 is strongest)
	At             *edtf.Range // ties active on some day of this range; nil: any time
	Fuzzy          bool        // use the fuzzy ("possibly active") range instead of the strict one
	KnownAt        time.Time   // zero: the current record
}

// Active reports whether t is active at some day of r, using the strict or fuzzy range.
// A nil range matches every tie.
func Active(t *Tie, r *edtf.Range, fuzzy bool) bool {
	if r == nil {
		return true
	}
	span := t.Valid.Strict()
	if fuzzy {
		span = t.Valid.Fuzzy()
	}
	return span.Overlaps(*r)
}

// Match reports whether t matches the filter (KnownAt aside).
func (f *TieFilter) Match(t *Tie) bool {
	if f.Case != "" && (t.Recorded == nil || t.Recorded.Case != f.Case) {
		return false
	}
	if len(f.Actors) > 0 && !slices.ContainsFunc(f.Actors, t.Involves) {
		return false
	}
	if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, t.Kind) {
		return false
	}
	if len(f.Signs) > 0 && !slices.Contains(f.Signs, SignOf(t.Kind, t.Type)) {
		return false
	}
	if len(f.Statuses) > 0 && !slices.Contains(f.Statuses, t.Status) {
		return false
	}
	if f.MinCredibility != 0 && BestCredibility(t.Citations) > f.MinCredibility {
		return false
	}
	return Active(t, f.At, f.Fuzzy)
}

// EventFilter selects events.
type EventFilter struct {
	Actors  []string
	KnownAt time.Time
}

// Match reports whether e matches the filter (KnownAt aside).
func (f *EventFilter) Match(e *Event) bool {
	if len(f.Actors) == 0 {
		return true
	}
	for _, a := range e.Actors {
		if slices.Contains(f.Actors, a) {
			return true
		}
	}
	return false
}

// TieSource gives the ties of a record one at a time, in the record's order, each
// normalised and with its citations: for an import of more ties than memory should hold
// at once. Each may be called more than once and gives the same ties every time; the tie
// it gives is f's only until f returns.
type TieSource interface {
	Each(f func(*Tie) error) error
}

// Streams is a store that imports records whose ties a TieSource gives: as Import
// imports recs, in one transaction, each record for which ties returns a source with
// the ties it gives (the record holding none itself).
type Streams interface {
	ImportStream(ctx context.Context, ties func(*Record) TieSource, recs ...*Record) ([]ImportSummary, error)
}

// Holdings answers what an import checks against the cases a store holds, without
// reading their claims: a case's title, how many claims it holds, their ids, and which
// ids other cases hold.
type Holdings interface {
	// CaseHead returns the current title and description of a case; NotFound when the
	// store holds no such case.
	CaseHead(ctx context.Context, caseID string) (title, description string, err error)

	// ClaimCounts returns how many current claims a case holds, by entity ("source",
	// "actor", "tie", "event"); an entity it holds none of is absent.
	ClaimCounts(ctx context.Context, caseID string) (map[string]int, error)

	// ClaimIDs returns the ids of the current claims of one entity of a case, in the
	// case's order.
	ClaimIDs(ctx context.Context, caseID, entity string) ([]string, error)

	// HeldElsewhere returns, for each of ids (of one entity) that a case not in except
	// holds now, that case.
	HeldElsewhere(ctx context.Context, entity string, ids, except []string) (map[string]string, error)

	// HoldsElsewhere reports whether a case not in except holds a current claim of
	// entity: when none does, an import need not gather its ids to ask HeldElsewhere.
	HoldsElsewhere(ctx context.Context, entity string, except []string) (bool, error)
}

// Changes is a store that tells when it last changed, so that a reader that keeps what
// it read (a server) reads it again only when the record has changed since.
type Changes interface {
	// LastChange returns an instant that moves forward with every change recorded in
	// the store, by this process or another: the latest recorded time, in Unix
	// nanoseconds, 0 for an empty store.
	LastChange(ctx context.Context) (int64, error)
}
