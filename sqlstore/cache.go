package sqlstore

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// The record cache keeps, beside the claims' JSON, a compact copy of the current
// sources, actors and ties of each case (table record_cache, one blob per case and
// entity, laid out as cachecodec.go says), so that an analysis reads a large case in
// one query and decodes it without reflection.
//
// A blob is stamped with the latest change in the database when it was written (the
// largest recorded time of any version, which every change raises: see stamp in
// import.go) and read only while that is still the latest change, so a cache can never
// be read stale. An import that changes a case rewrites the case's blobs in its own
// transaction and restamps those of the other cases. A blob that is missing (a
// database written before the cache) or stale is built from the JSON the first time it
// is read, and stored when the database can be written; one that does not decode (a
// wrong checksum or length) is read from the JSON instead. Reads of a past state
// (knownAt set) always read the JSON.

// cachedEntities are the entities the cache holds, in the order of a case.
var cachedEntities = []string{"source", "actor", "tie"}

// latestChangeSQL selects the latest recorded time in the database, each maximum
// through an index: the latest retraction or change (a version's end, claims_closed),
// the latest version of a case's title, and the latest current claim of each case and
// entity (a search of claims_case_times each). A version that ended began before its
// end, so the current claims are the only ones whose start may be later than every
// end. Every claim's case has a row in cases (an import records the case first).
var latestChangeSQL = func() string {
	parts := []string{
		`SELECT MAX(recorded_to) AS t FROM claims WHERE recorded_to IS NOT NULL`,
		`SELECT MAX(recorded_from) FROM cases`,
	}
	for _, entity := range []string{"source", "actor", "tie", "event"} {
		parts = append(parts, `SELECT MAX((SELECT MAX(c.recorded_from) FROM claims c WHERE c.case_id = k.id AND c.entity = '`+
			entity+`' AND c.recorded_to IS NULL)) FROM (SELECT DISTINCT id FROM cases) k`)
	}
	return `SELECT COALESCE(MAX(t), 0) FROM (` + strings.Join(parts, " UNION ALL ") + `) l`
}()

// latestChange returns the latest recorded time in the database, in Unix nanoseconds,
// 0 for an empty one.
func latestChange(ctx context.Context, q querier) (int64, error) {
	var last int64
	err := q.QueryRowContext(ctx, latestChangeSQL).Scan(&last)
	return last, err
}

// cacheBlob is one blob to store, in its parts (see blobBuilder.parts).
type cacheBlob struct {
	caseID, entity string
	parts          [][]byte
}

// current returns the current claims of one entity of the cases named (of every case
// when caseIDs is nil) that keep accepts, through the cache, in case and file order,
// each with its Recorded set. Blobs it had to build from the JSON are stored afterwards
// where the database can be written; failing to store them changes no answer.
func current[T any](ctx context.Context, db *DB, op, entity string, caseIDs []string, keep func(*T) bool) ([]T, error) {
	tx, stamp, err := db.readCache(ctx, op)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if caseIDs == nil {
		if caseIDs, err = currentCases(ctx, tx); err != nil {
			return nil, db.wrap(op, err)
		}
	}
	var out []T
	var built []cacheBlob
	for _, c := range caseIDs {
		vals, blob, err := currentOfCase(ctx, db, tx, op, entity, c, stamp, keep)
		if err != nil {
			return nil, err
		}
		if blob != nil {
			built = append(built, cacheBlob{c, entity, blob})
		}
		if out == nil {
			out = vals
		} else {
			out = append(out, vals...)
		}
	}
	tx.Rollback() // before writing: an in-memory database has one connection
	if len(built) > 0 {
		_ = db.storeCache(ctx, stamp, built) // the cache is only a copy: without it, the next read builds it again
	}
	if out == nil {
		out = []T{}
	}
	return out, nil
}

// readCache begins a read of the cache: a transaction, and the latest change in the
// database, which the blobs read must be stamped with.
func (db *DB) readCache(ctx context.Context, op string) (*sql.Tx, int64, error) {
	tx, err := db.read.BeginTx(ctx, db.dialect.readTx)
	if err != nil {
		return nil, 0, db.wrap(op, err)
	}
	stamp, err := latestChange(ctx, tx)
	if err != nil {
		tx.Rollback()
		return nil, 0, db.wrap(op, err)
	}
	return tx, stamp, nil
}

// currentOfCase returns one case's claims of one entity from its blob, or from the JSON
// with the blob built from them when the blob is missing, stale or does not decode.
func currentOfCase[T any](ctx context.Context, db *DB, tx *sql.Tx, op, entity, caseID string, stamp int64, keep func(*T) bool) ([]T, [][]byte, error) {
	blob, err := db.readBlob(ctx, tx, caseID, entity, stamp)
	switch {
	case err == nil:
		if vals, err := decodeClaims(blob, caseID, keep); err == nil {
			return vals, nil, nil
		}
	case err != sql.ErrNoRows:
		return nil, nil, db.wrap(op, err)
	}
	vals, err := ofCase[T](ctx, db, tx, op, entity, caseID)
	if err != nil {
		return nil, nil, err
	}
	blob = encodeClaims(vals)
	if keep != nil {
		vals = slices.DeleteFunc(vals, func(v T) bool { return !keep(&v) })
	}
	return vals, blob, nil
}

// readBlob returns the parts of the blob of one case and entity stamped stamp, or
// sql.ErrNoRows. The parts are the caller's, to keep.
func (db *DB) readBlob(ctx context.Context, q queryer, caseID, entity string, stamp int64) ([][]byte, error) {
	rows, err := q.QueryContext(ctx, `SELECT body FROM record_cache WHERE case_id = ? AND entity = ? AND stamp = ? ORDER BY part`,
		caseID, entity, stamp)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var parts [][]byte
	for rows.Next() {
		if db.dialect.ownsBlobs {
			var raw sql.RawBytes // the driver's buffer, no copy (see dialect.ownsBlobs)
			if err := rows.Scan(&raw); err != nil {
				return nil, err
			}
			parts = append(parts, raw)
			continue
		}
		var part []byte
		if err := rows.Scan(&part); err != nil {
			return nil, err
		}
		parts = append(parts, part)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if parts == nil {
		return nil, sql.ErrNoRows
	}
	return parts, rows.Close()
}

// ofCase reads the current claims of one entity of a case from their JSON.
func ofCase[T any](ctx context.Context, db *DB, q queryer, op, entity, caseID string) ([]T, error) {
	query := newQuery(entity, zeroTime)
	query.and("case_id = ?", caseID)
	return each(ctx, db, q, op, query, recordedOf[T], nil)
}

// recordedOf returns the Recorded field of a source, actor, tie or event.
func recordedOf[T any](v *T) **alliances.Recorded {
	switch v := any(v).(type) {
	case *alliances.Source:
		return &v.Recorded
	case *alliances.Actor:
		return &v.Recorded
	case *alliances.Tie:
		return &v.Recorded
	case *alliances.Event:
		return &v.Recorded
	}
	panic("sqlite: no Recorded field")
}

func currentCases(ctx context.Context, q queryer) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT id FROM cases WHERE recorded_to IS NULL ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := []string{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// storeCache stores blobs built while stamp was the latest change, unless the database
// changed since or cannot be written. A database opened read-only on a file this
// program may write gets a write connection for the purpose.
func (db *DB) storeCache(ctx context.Context, stamp int64, blobs []cacheBlob) error {
	w := db.write
	if w == nil {
		if !db.inPlace {
			return nil
		}
		var err error
		if w, err = sql.Open("sqlite", dsn(db.path, modeWrite, db.busy)); err != nil {
			return err
		}
		defer w.Close()
		w.SetMaxOpenConns(1)
	}
	tx, err := w.BeginTx(ctx, db.dialect.writeTx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if now, err := latestChange(ctx, tx); err != nil || now != stamp {
		return err // changed since: the blobs may be stale
	}
	if err := putBlobs(ctx, tx, stamp, blobs); err != nil {
		return err
	}
	return tx.Commit()
}

func putBlobs(ctx context.Context, tx *sql.Tx, stamp int64, blobs []cacheBlob) error {
	for _, b := range blobs {
		if _, err := tx.ExecContext(ctx, `DELETE FROM record_cache WHERE case_id = ? AND entity = ?`, b.caseID, b.entity); err != nil {
			return err
		}
		for i, p := range b.parts {
			if _, err := tx.ExecContext(ctx, `INSERT INTO record_cache (case_id, entity, part, stamp, body) VALUES (?, ?, ?, ?, ?)`,
				b.caseID, b.entity, i, stamp, p); err != nil {
				return err
			}
		}
	}
	return nil
}

// refreshCache keeps the cache current in an import's transaction: it rewrites the
// blobs of the cases the import changed, those written as the claims were (written, by
// case), or else from their claims as the import left them, and restamps the blobs of
// the other cases, which were current at before (the latest change before the import)
// and are still.
func refreshCache(ctx context.Context, db *DB, tx *sql.Tx, before int64, sums []alliances.ImportSummary, written map[string][]cacheBlob) error {
	var changed []string
	for _, s := range sums {
		if !s.Recorded.IsZero() {
			changed = append(changed, s.Case)
		}
	}
	if len(changed) == 0 {
		return nil
	}
	after, err := latestChange(ctx, tx)
	if err != nil {
		return err
	}
	list := strings.TrimSuffix(strings.Repeat("?, ", len(changed)), ", ")
	if _, err := tx.ExecContext(ctx, `UPDATE record_cache SET stamp = ? WHERE stamp = ? AND case_id NOT IN (`+list+`)`,
		append([]any{after, before}, anys(changed)...)...); err != nil {
		return err
	}
	var blobs []cacheBlob
	for _, c := range changed {
		if w, ok := written[c]; ok {
			blobs = append(blobs, w...)
			continue
		}
		for _, entity := range cachedEntities {
			blob, err := buildBlob(ctx, db, tx, entity, c)
			if err != nil {
				return err
			}
			blobs = append(blobs, cacheBlob{c, entity, blob})
		}
	}
	return putBlobs(ctx, tx, after, blobs)
}

// buildBlob encodes the current claims of one entity of a case, read from their JSON.
func buildBlob(ctx context.Context, db *DB, q queryer, entity, caseID string) ([][]byte, error) {
	const op = "import"
	switch entity {
	case "source":
		vals, err := ofCase[alliances.Source](ctx, db, q, op, entity, caseID)
		return encodeClaims(vals), err
	case "actor":
		vals, err := ofCase[alliances.Actor](ctx, db, q, op, entity, caseID)
		return encodeClaims(vals), err
	}
	vals, err := ofCase[alliances.Tie](ctx, db, q, op, entity, caseID)
	return encodeClaims(vals), err
}

// LastChange implements alliances.Changes: the latest recorded time in the database,
// found from the indexes without reading a claim.
func (db *DB) LastChange(ctx context.Context) (int64, error) {
	last, err := latestChange(ctx, db.read)
	return last, db.wrap("last change", err)
}
