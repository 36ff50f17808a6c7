package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/alliances-project/alliances"
)

// asOf is the SQL condition selecting the versions known at an instant (the current ones
// when it is zero), with its arguments.
func asOf(knownAt time.Time) (string, []any) {
	if knownAt.IsZero() {
		return "recorded_to IS NULL", nil
	}
	ns := knownAt.UnixNano()
	return "recorded_from <= ? AND (recorded_to IS NULL OR recorded_to > ?)", []any{ns, ns}
}

// queryer runs queries: a pool or a transaction.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// zeroTime is the zero instant: the current record.
var zeroTime time.Time

// query selects versions of one entity, in case and file order.
type query struct {
	entity string
	where  []string
	args   []any
}

func newQuery(entity string, knownAt time.Time) *query {
	cond, args := asOf(knownAt)
	return &query{entity: entity, where: []string{"entity = ?", cond}, args: append([]any{entity}, args...)}
}

func (q *query) and(cond string, args ...any) {
	q.where = append(q.where, cond)
	q.args = append(q.args, args...)
}

// byRowid selects the rows by cond, a condition on the rowid, and keeps SQLite from
// reading the entity's rows through the index on the entity instead.
func (q *query) byRowid(cond string, args ...any) {
	q.where[0] = "+entity = ?"
	q.and(cond, args...)
}

func (q *query) in(column string, values []string) {
	if len(values) == 0 {
		return
	}
	q.and(column+" IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(values)), ", ")+")", anys(values)...)
}

func (q *query) sql() string {
	return "SELECT case_id, version, recorded_from, recorded_to, body FROM claims WHERE " +
		strings.Join(q.where, " AND ") + " ORDER BY case_id, seq"
}

// each runs the query and decodes each row's body into a new T, with its Recorded set.
// Rows are read in batches that the CPUs decode while the next are read: reading and
// decoding are most of the cost of loading claims, and only the batches in flight keep
// their JSON.
func each[T any](ctx context.Context, db *DB, from queryer, op string, q *query, rec func(*T) **alliances.Recorded, keep func(*T) bool) ([]T, error) {
	rows, err := from.QueryContext(ctx, q.sql(), q.args...)
	if err != nil {
		return nil, db.wrap(op, err)
	}
	defer rows.Close()
	const size = 2048
	work := make(chan *batch[T], 4)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			decode := decoder[T]()
			for b := range work {
				b.decode(decode)
			}
		})
	}
	var batches []*batch[T]
	cur := &batch[T]{}
	for rows.Next() {
		r, body, err := scanVersion(rows)
		if err != nil {
			close(work)
			wg.Wait()
			return nil, db.wrap(op, err)
		}
		cur.recs, cur.bodies = append(cur.recs, r), append(cur.bodies, body)
		if len(cur.bodies) == size {
			batches = append(batches, cur)
			work <- cur
			cur = &batch[T]{}
		}
	}
	if len(cur.bodies) > 0 {
		batches = append(batches, cur)
		work <- cur
	}
	close(work)
	wg.Wait()
	if err := rows.Err(); err != nil {
		return nil, db.wrap(op, err)
	}
	out := make([]T, 0, len(batches)*size)
	for i, b := range batches {
		if b.err != nil {
			// The store wrote it as JSON it had decoded: what does not decode was
			// changed outside the program.
			return nil, db.damaged(op, fmt.Sprintf("a stored %s of case %s does not decode: %v", q.entity, b.errCase, b.err))
		}
		for j := range b.vals {
			*rec(&b.vals[j]) = b.recs[j]
			if keep == nil || keep(&b.vals[j]) {
				out = append(out, b.vals[j])
			}
		}
		batches[i] = nil // its claims are in out now
	}
	return out, nil
}

// batch is rows read together and decoded together.
type batch[T any] struct {
	errCase string // the case of the claim that did not decode
	recs    []*alliances.Recorded
	bodies  [][]byte
	vals    []T
	err     error
}

// decode decodes the bodies into new values, then lets the bodies go.
func (b *batch[T]) decode(decode func([]byte, *T) error) {
	b.vals = make([]T, len(b.bodies))
	for i, body := range b.bodies {
		if b.err = decode(body, &b.vals[i]); b.err != nil {
			b.errCase = b.recs[i].Case
			break
		}
	}
	b.bodies = nil
}

// decoder returns a function that decodes a claim's JSON into a zero T: a tieDecoder
// for ties, encoding/json for the rest. One goroutine uses it.
func decoder[T any]() func([]byte, *T) error {
	if _, ok := any((*T)(nil)).(*alliances.Tie); ok {
		d := newTieDecoder()
		return func(b []byte, v *T) error { return d.decode(b, any(v).(*alliances.Tie)) }
	}
	return func(b []byte, v *T) error { return json.Unmarshal(b, v) }
}

func scanVersion(rows *sql.Rows) (*alliances.Recorded, []byte, error) {
	var r alliances.Recorded
	var from int64
	var to sql.NullInt64
	var body []byte
	if err := rows.Scan(&r.Case, &r.Version, &from, &to, &body); err != nil {
		return nil, nil, err
	}
	r.From = time.Unix(0, from).UTC()
	if to.Valid {
		r.To = time.Unix(0, to.Int64).UTC()
	}
	return &r, body, nil
}

// Sources implements alliances.Store.
func (db *DB) Sources(ctx context.Context, knownAt time.Time) ([]alliances.Source, error) {
	if knownAt.IsZero() {
		return current[alliances.Source](ctx, db, "sources", "source", nil, nil)
	}
	return each(ctx, db, db.read, "sources", newQuery("source", knownAt),
		func(s *alliances.Source) **alliances.Recorded { return &s.Recorded }, nil)
}

// Actors implements alliances.Store.
func (db *DB) Actors(ctx context.Context, f alliances.ActorFilter) ([]alliances.Actor, error) {
	if f.KnownAt.IsZero() && len(f.IDs) == 0 && f.MergedInto == "" {
		if f.Query == "" {
			// Every actor: decoded in place, without the copies a filter keeps (the
			// 200,000 actors of 10^6 ties took 60 MB more).
			return current[alliances.Actor](ctx, db, "actors", "actor", nil, nil)
		}
		return current(ctx, db, "actors", "actor", nil, f.Match)
	}
	return each(ctx, db, db.read, "actors", actorsQuery(f), func(a *alliances.Actor) **alliances.Recorded { return &a.Recorded }, f.Match)
}

func actorsQuery(f alliances.ActorFilter) *query {
	q := newQuery("actor", f.KnownAt)
	q.in("id", f.IDs)
	if f.MergedInto != "" {
		q.and("object = ?", f.MergedInto)
	}
	return q
}

// Ties implements alliances.Store. The actor, kind and date conditions run in SQL, the
// rest in f.Match.
func (db *DB) Ties(ctx context.Context, f alliances.TieFilter) ([]alliances.Tie, error) {
	if f.KnownAt.IsZero() && len(f.Actors) == 0 {
		var cases []string
		if f.Case != "" {
			cases = []string{f.Case}
		}
		return current(ctx, db, "ties", "tie", cases, f.Match)
	}
	return each(ctx, db, db.read, "ties", tiesQuery(f, db.dialect), func(t *alliances.Tie) **alliances.Recorded { return &t.Recorded }, f.Match)
}

func tiesQuery(f alliances.TieFilter, d *dialect) *query {
	q := newQuery("tie", f.KnownAt)
	if f.Case != "" {
		q.and("case_id = ?", f.Case) // through claims_case, in the order of the case: nothing to sort
	}
	if len(f.Actors) > 0 && d == postgresDialect {
		// PostgreSQL searches the index of each column and joins what it finds.
		list := strings.TrimSuffix(strings.Repeat("?, ", len(f.Actors)), ", ")
		var args []any
		for range 3 {
			args = append(args, anys(f.Actors)...)
		}
		q.and("(subject IN ("+list+") OR object IN ("+list+") OR third IN ("+list+"))", args...)
	} else if len(f.Actors) > 0 {
		// One index search for each column that may name the actor: SQLite's planner
		// would otherwise read every tie through the index on the entity.
		list := strings.TrimSuffix(strings.Repeat("?, ", len(f.Actors)), ", ")
		var parts []string
		var args []any
		for _, column := range []string{"subject", "object", "third"} {
			parts = append(parts, "SELECT rowid FROM claims WHERE "+column+" IN ("+list+") AND entity = 'tie'")
			args = append(args, anys(f.Actors)...)
		}
		q.byRowid("rowid IN ("+strings.Join(parts, " UNION ALL ")+")", args...)
	}
	kinds := make([]string, len(f.Kinds))
	for i, k := range f.Kinds {
		kinds[i] = string(k)
	}
	q.in("kind", kinds)
	if f.At != nil {
		first, last := "strict_first", "strict_last"
		if f.Fuzzy {
			first, last = "fuzzy_first", "fuzzy_last"
		}
		q.and(first+" <= ? AND "+last+" >= ?", int64(f.At.Last), int64(f.At.First))
	}
	return q
}

// Events implements alliances.Store.
func (db *DB) Events(ctx context.Context, f alliances.EventFilter) ([]alliances.Event, error) {
	return each(ctx, db, db.read, "events", eventsQuery(f, db.dialect),
		func(e *alliances.Event) **alliances.Recorded { return &e.Recorded }, f.Match)
}

func eventsQuery(f alliances.EventFilter, d *dialect) *query {
	q := newQuery("event", f.KnownAt)
	if len(f.Actors) > 0 && d == postgresDialect {
		q.and(`(id, version) IN (SELECT id, version FROM event_actors WHERE actor IN (`+
			strings.TrimSuffix(strings.Repeat("?, ", len(f.Actors)), ", ")+`))`, anys(f.Actors)...)
	} else if len(f.Actors) > 0 {
		// CROSS JOIN: SQLite reads event_actors first, by actor.
		q.byRowid(`rowid IN (SELECT c.rowid FROM event_actors a
			CROSS JOIN claims c ON c.entity = 'event' AND c.id = a.id AND c.version = a.version
			WHERE a.actor IN (`+strings.TrimSuffix(strings.Repeat("?, ", len(f.Actors)), ", ")+`))`, anys(f.Actors)...)
	}
	return q
}

// Record implements alliances.Store.
func (db *DB) Record(ctx context.Context, caseID string, knownAt time.Time) (*alliances.Record, error) {
	const op = "case"
	cond, args := asOf(knownAt)
	var body string
	err := db.read.QueryRowContext(ctx, `SELECT body FROM cases WHERE id = ? AND `+cond, append([]any{caseID}, args...)...).Scan(&body)
	if err == sql.ErrNoRows {
		return nil, alliances.Errorf(alliances.NotFound, op, "no case %q in the database%s", caseID, asOfPhrase(knownAt))
	} else if err != nil {
		return nil, db.wrap(op, err)
	}
	var cb caseBody
	if err := json.Unmarshal([]byte(body), &cb); err != nil {
		return nil, db.damaged(op, fmt.Sprintf("the stored title of case %s does not decode: %v", caseID, err))
	}
	rec := &alliances.Record{Case: caseID, Title: cb.Title, Description: cb.Description}
	if err := db.fill(ctx, rec, knownAt); err != nil {
		return nil, err
	}
	return rec, nil
}

// fill loads the claims of rec.Case, without their recorded times: a record is what the
// analyst wrote. The current record comes through the cache (see cache.go).
func (db *DB) fill(ctx context.Context, rec *alliances.Record, knownAt time.Time) error {
	const op = "export"
	var err error
	if rec.Sources, err = claimsOfCase[alliances.Source](ctx, db, "source", rec.Case, knownAt); err != nil {
		return err
	}
	if rec.Actors, err = claimsOfCase[alliances.Actor](ctx, db, "actor", rec.Case, knownAt); err != nil {
		return err
	}
	if rec.Ties, err = claimsOfCase[alliances.Tie](ctx, db, "tie", rec.Case, knownAt); err != nil {
		return err
	}
	q := newQuery("event", knownAt)
	q.and("case_id = ?", rec.Case)
	if rec.Events, err = each(ctx, db, db.read, op, q, recordedOf[alliances.Event], nil); err != nil {
		return err
	}
	rec.StripRecorded()
	rec.Normalize()
	return nil
}

// claimsOfCase returns the claims of one entity of a case as known at knownAt.
func claimsOfCase[T any](ctx context.Context, db *DB, entity, caseID string, knownAt time.Time) ([]T, error) {
	const op = "export"
	if knownAt.IsZero() {
		return current[T](ctx, db, op, entity, []string{caseID}, nil)
	}
	q := newQuery(entity, knownAt)
	q.and("case_id = ?", caseID)
	return each(ctx, db, db.read, op, q, recordedOf[T], nil)
}

// casesSQL returns the query of Cases: each case, its claims counted by entity, and its
// latest change (a version's latest time is its end when it has one by then, else its
// start).
func casesSQL(knownAt time.Time, d *dialect) (string, []any) {
	cond, args := asOf(knownAt)
	claimCond := strings.ReplaceAll(cond, "recorded_", "c.recorded_")
	at := int64(math.MaxInt64) // the latest change known at knownAt, or any
	if !knownAt.IsZero() {
		at = knownAt.UnixNano()
	}
	var counts, latest []string
	var all []any
	for _, entity := range []string{"source", "actor", "tie", "event"} {
		// INDEXED BY: SQLite's planner would take the index on entity and recorded_from
		// for some, and read the rows.
		indexed := " INDEXED BY claims_case_times"
		if d == postgresDialect {
			indexed = ""
		}
		of := `FROM claims c` + indexed + ` WHERE c.case_id = k.id AND c.entity = '` + entity + `' AND `
		counts = append(counts, `(SELECT COUNT(*) `+of+claimCond+`)`)
		all = append(all, args...)
		latest = append(latest, `SELECT MAX(c.recorded_to) AS t `+of+`c.recorded_to <= ?`,
			`SELECT MAX(c.recorded_from) `+of+`c.recorded_to IS NULL AND c.recorded_from <= ?`,
			`SELECT MAX(c.recorded_from) `+of+`c.recorded_to > ? AND c.recorded_from <= ?`)
	}
	for range 4 {
		all = append(all, at, at, at, at)
	}
	q := `SELECT k.id, k.body, k.recorded_from, ` + strings.Join(counts, ", ") + `,
		(SELECT MAX(t) FROM (` + strings.Join(latest, " UNION ALL ") + `) l)
		FROM cases k WHERE ` + strings.ReplaceAll(cond, "recorded_", "k.recorded_") + ` ORDER BY k.id`
	return q, append(all, args...)
}

// Cases implements alliances.Store. The counts and the latest change of each case come
// from the index claims_case_times: a range of it for each count, a search or two for
// each latest time, whatever the size of the case.
func (db *DB) Cases(ctx context.Context, knownAt time.Time) ([]alliances.CaseInfo, error) {
	const op = "cases"
	q, args := casesSQL(knownAt, db.dialect)
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, db.wrap(op, err)
	}
	defer rows.Close()
	out := []alliances.CaseInfo{}
	for rows.Next() {
		var ci alliances.CaseInfo
		var body string
		var from int64
		var last sql.NullInt64
		if err := rows.Scan(&ci.ID, &body, &from, &ci.Sources, &ci.Actors, &ci.Ties, &ci.Events, &last); err != nil {
			return nil, db.wrap(op, err)
		}
		var cb caseBody
		_ = json.Unmarshal([]byte(body), &cb)
		ci.Title = cb.Title
		ci.Recorded = time.Unix(0, max(from, last.Int64)).UTC()
		out = append(out, ci)
	}
	return out, db.wrap(op, rows.Err())
}

// CaseIDs implements alliances.Store.
func (db *DB) CaseIDs(ctx context.Context, knownAt time.Time) ([]string, error) {
	const op = "cases"
	cond, args := asOf(knownAt)
	rows, err := db.read.QueryContext(ctx, `SELECT id FROM cases WHERE `+cond+` ORDER BY id`, args...)
	if err != nil {
		return nil, db.wrap(op, err)
	}
	defer rows.Close()
	ids := []string{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, db.wrap(op, err)
		}
		ids = append(ids, id)
	}
	return ids, db.wrap(op, rows.Err())
}

// historySQL selects every version of the claims with an id, through the primary key.
const historySQL = `SELECT entity, case_id, version, recorded_from, recorded_to, body
	FROM claims WHERE entity IN ('source', 'actor', 'tie', 'event') AND id = ? ORDER BY recorded_from, entity`

// History implements alliances.Store.
func (db *DB) History(ctx context.Context, id string) ([]alliances.Version, error) {
	const op = "history"
	rows, err := db.read.QueryContext(ctx, historySQL, id)
	if err != nil {
		return nil, db.wrap(op, err)
	}
	defer rows.Close()
	var out []alliances.Version
	for rows.Next() {
		var v alliances.Version
		var from int64
		var to sql.NullInt64
		if err := rows.Scan(&v.Entity, &v.Recorded.Case, &v.Recorded.Version, &from, &to, &v.Body); err != nil {
			return nil, db.wrap(op, err)
		}
		v.ID = id
		v.Recorded.From = time.Unix(0, from).UTC()
		if to.Valid {
			v.Recorded.To = time.Unix(0, to.Int64).UTC()
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, db.wrap(op, err)
	}
	if len(out) == 0 {
		return nil, alliances.Errorf(alliances.NotFound, op, "nothing with id %q was ever recorded", id)
	}
	return out, nil
}

func asOfPhrase(knownAt time.Time) string {
	switch {
	case knownAt.IsZero():
		return ""
	case knownAt.UnixNano() == math.MinInt64: // an earlier time, clamped
		return " as known before anything was recorded"
	}
	return " as known at " + knownAt.Format(time.RFC3339)
}

func anys(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// AnyCase reports whether the database holds a case, ever recorded: a cheap question,
// unlike Cases, which counts every claim.
func (db *DB) AnyCase(ctx context.Context) (bool, error) {
	var has bool
	err := db.read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM cases)`).Scan(&has)
	return has, db.wrap("cases", err)
}
