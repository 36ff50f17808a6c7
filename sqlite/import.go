package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"github.com/alliances-project/alliances"
)

// claim is one source, actor, tie or event of a record, ready to store.
type claim struct {
	entity string
	id     string
	seq    int
	body   []byte
	tie    *alliances.Tie
	event  *alliances.Event
}

func (c claim) key() string { return c.entity + "/" + c.id }

// stored is the current version of a claim in the database.
type stored struct {
	caseID  string
	version int
	seq     int
	body    string
}

// Import implements alliances.Store.
func (db *DB) Import(ctx context.Context, recs ...*alliances.Record) ([]alliances.ImportSummary, error) {
	if db.write == nil {
		return nil, alliances.Errorf(alliances.Unavailable, "import", "database %s was opened read-only", db.path)
	}
	claims := make([][]claim, len(recs))
	seen := map[string]bool{}
	for i, rec := range recs {
		op := "import " + rec.Case
		if seen[rec.Case] {
			return nil, alliances.Errorf(alliances.Invalid, op, "case %s given twice in one import; import one record per case", rec.Case)
		}
		seen[rec.Case] = true
		rec.Normalize()
		if ps := alliances.Errors(alliances.Validate(rec)); len(ps) > 0 {
			return nil, alliances.Errorf(alliances.Invalid, op, "%s (and %d more problems; run alliances check)", ps[0], len(ps)-1)
		}
		var err error
		if claims[i], err = claimsOf(rec); err != nil {
			return nil, &alliances.Error{Kind: alliances.Internal, Op: op, Err: err}
		}
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, db.wrap("import", err)
	}
	defer tx.Rollback()
	im := &importer{db: db, tx: tx, ctx: ctx}
	if im.now, err = db.stamp(ctx, tx); err != nil {
		return nil, db.wrap("import", err)
	}
	sums := make([]alliances.ImportSummary, len(recs))
	for i, rec := range recs {
		sums[i] = alliances.ImportSummary{Case: rec.Case}
		im.caseChanged = false
		if err := im.run(rec, claims[i], &sums[i]); err != nil {
			return nil, db.wrap("import "+rec.Case, err)
		}
		if s := sums[i]; s.Added+s.Changed+s.Retracted > 0 || im.caseChanged {
			sums[i].Recorded = im.now
		}
	}
	return sums, db.wrap("import", tx.Commit())
}

// stamp returns the recorded time of a new change: now, or just after the latest change
// in the database should the clock have gone back, so that versions stay ordered.
func (db *DB) stamp(ctx context.Context, tx *sql.Tx) (time.Time, error) {
	var last sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT MAX(t) FROM (
		SELECT MAX(recorded_from) AS t FROM claims UNION ALL SELECT MAX(recorded_to) FROM claims
		UNION ALL SELECT MAX(recorded_from) FROM cases)`).Scan(&last)
	now := db.Now().UTC()
	if err == nil && last.Valid && now.UnixNano() <= last.Int64 {
		now = time.Unix(0, last.Int64+1).UTC()
	}
	return now, err
}

func claimsOf(rec *alliances.Record) ([]claim, error) {
	var cs []claim
	add := func(entity, id string, v any, t *alliances.Tie, e *alliances.Event) error {
		b, err := json.Marshal(v)
		cs = append(cs, claim{entity: entity, id: id, seq: len(cs), body: b, tie: t, event: e})
		return err
	}
	for i := range rec.Sources {
		s := rec.Sources[i]
		s.Recorded = nil
		if err := add("source", s.ID, s, nil, nil); err != nil {
			return nil, err
		}
	}
	for i := range rec.Actors {
		a := rec.Actors[i]
		a.Recorded = nil
		if err := add("actor", a.ID, a, nil, nil); err != nil {
			return nil, err
		}
	}
	for i := range rec.Ties {
		t := rec.Ties[i]
		t.Recorded = nil
		if err := add("tie", t.ID, t, &t, nil); err != nil {
			return nil, err
		}
	}
	for i := range rec.Events {
		e := rec.Events[i]
		e.Recorded = nil
		if err := add("event", e.ID, e, nil, &e); err != nil {
			return nil, err
		}
	}
	return cs, nil
}

type importer struct {
	db          *DB
	tx          *sql.Tx
	ctx         context.Context
	now         time.Time
	caseChanged bool
}

func (im *importer) run(rec *alliances.Record, claims []claim, sum *alliances.ImportSummary) error {
	current, err := im.current(rec.Case)
	if err != nil {
		return err
	}
	if err := im.putCase(rec); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, c := range claims {
		seen[c.key()] = true
		if err := im.put(rec.Case, c, current, sum); err != nil {
			return err
		}
	}
	for key, s := range current {
		if s.caseID != rec.Case || seen[key] {
			continue
		}
		if err := im.close(key); err != nil {
			return err
		}
		sum.Retracted++
	}
	return nil
}

// current loads the current version of every claim of the case, and of every claim of
// other cases whose key the case might reuse.
func (im *importer) current(caseID string) (map[string]stored, error) {
	rows, err := im.tx.QueryContext(im.ctx, `SELECT entity, id, case_id, version, seq, body FROM claims WHERE recorded_to IS NULL`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]stored{}
	for rows.Next() {
		var entity, id string
		var s stored
		if err := rows.Scan(&entity, &id, &s.caseID, &s.version, &s.seq, &s.body); err != nil {
			return nil, err
		}
		m[entity+"/"+id] = s
	}
	return m, rows.Err()
}

func (im *importer) put(caseID string, c claim, current map[string]stored, sum *alliances.ImportSummary) error {
	s, exists := current[c.key()]
	switch {
	case exists && s.caseID != caseID:
		return alliances.Errorf(alliances.Conflict, "", "%s %q is already recorded by case %s (ids are unique across the cases of a database); give it another id in case %s, or edit case %s",
			c.entity, c.id, s.caseID, caseID, s.caseID)
	case exists && s.body == string(c.body):
		sum.Unchanged++
		if s.seq == c.seq {
			return nil
		}
		_, err := im.tx.ExecContext(im.ctx, `UPDATE claims SET seq = ? WHERE entity = ? AND id = ? AND recorded_to IS NULL`, c.seq, c.entity, c.id)
		return err
	case exists:
		sum.Changed++
		if err := im.close(c.key()); err != nil {
			return err
		}
	default:
		sum.Added++
	}
	return im.insert(caseID, c)
}

func (im *importer) insert(caseID string, c claim) error {
	var version int
	if err := im.tx.QueryRowContext(im.ctx, `SELECT COALESCE(MAX(version), 0) + 1 FROM claims WHERE entity = ? AND id = ?`,
		c.entity, c.id).Scan(&version); err != nil {
		return err
	}
	var subject, object, third, kind any
	var sf, sl, ff, fl any
	if t := c.tie; t != nil {
		subject, object, third, kind = t.Subject, t.Object, nullable(t.Third), string(t.Kind)
		s, f := t.Valid.Strict(), t.Valid.Fuzzy()
		sf, sl, ff, fl = int64(s.First), int64(s.Last), int64(f.First), int64(f.Last)
	}
	if e := c.event; e != nil {
		s, f := e.Date.Strict(), e.Date.Fuzzy()
		sf, sl, ff, fl = int64(s.First), int64(s.Last), int64(f.First), int64(f.Last)
	}
	_, err := im.tx.ExecContext(im.ctx, `INSERT INTO claims (entity, id, version, case_id, seq, recorded_from, body,
		subject, object, third, kind, strict_first, strict_last, fuzzy_first, fuzzy_last)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.entity, c.id, version, caseID, c.seq, im.now.UnixNano(), string(c.body),
		subject, object, third, kind, sf, sl, ff, fl)
	return err
}

// close ends the current version of a claim.
func (im *importer) close(key string) error {
	entity, id := splitKey(key)
	_, err := im.tx.ExecContext(im.ctx, `UPDATE claims SET recorded_to = ? WHERE entity = ? AND id = ? AND recorded_to IS NULL`,
		im.now.UnixNano(), entity, id)
	return err
}

// putCase records the case's title and description, versioned like the claims.
func (im *importer) putCase(rec *alliances.Record) error {
	body, _ := json.Marshal(caseBody{Title: rec.Title, Description: rec.Description})
	var version int
	var current sql.NullString
	err := im.tx.QueryRowContext(im.ctx, `SELECT COALESCE(MAX(version), 0),
		(SELECT body FROM cases WHERE id = ?1 AND recorded_to IS NULL) FROM cases WHERE id = ?1`, rec.Case).Scan(&version, &current)
	if err != nil || (current.Valid && current.String == string(body)) {
		return err
	}
	im.caseChanged = true
	if _, err := im.tx.ExecContext(im.ctx, `UPDATE cases SET recorded_to = ? WHERE id = ? AND recorded_to IS NULL`,
		im.now.UnixNano(), rec.Case); err != nil {
		return err
	}
	_, err = im.tx.ExecContext(im.ctx, `INSERT INTO cases (id, version, recorded_from, body) VALUES (?, ?, ?, ?)`,
		rec.Case, version+1, im.now.UnixNano(), string(body))
	return err
}

type caseBody struct {
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
}

func splitKey(key string) (entity, id string) {
	for i := range key {
		if key[i] == '/' {
			return key[:i], key[i+1:]
		}
	}
	return key, ""
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
