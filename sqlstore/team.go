package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/team"
)

var _ team.Store = (*DB)(nil)

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func nanos(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixNano()
}

func fromNanos(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(0, n.Int64).UTC()
}

// writable refuses a write to a database opened read-only.
func (db *DB) writable(op string) error {
	if db.write == nil {
		return alliances.Errorf(alliances.Unavailable, op, "database %s was opened read-only", db.path)
	}
	return nil
}

// logTx appends an entry to the audit trail in tx.
func logTx(ctx context.Context, tx *sql.Tx, e team.Entry) error {
	if e.ID == "" {
		e.ID = team.NewID()
	}
	var detail any
	if len(e.Detail) > 0 {
		detail = string(e.Detail)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO audit (id, at, user_name, action, case_id, entity, claim_id, version, reason, detail)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.ID, e.At.UnixNano(), e.User, e.Action, nullable(e.Case), nullable(e.Entity),
		nullable(e.Claim), nullInt(e.Version), nullable(e.Reason), detail)
	return err
}

func nullInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// Log implements team.Store.
func (db *DB) Log(ctx context.Context, e team.Entry) error {
	const op = "audit"
	if err := db.writable(op); err != nil {
		return err
	}
	if e.At.IsZero() {
		e.At = db.Now().UTC()
	}
	return db.wrap(op, db.inTx(ctx, db.write, func(tx *sql.Tx) error { return logTx(ctx, tx, e) }))
}

// Audit implements team.Store.
func (db *DB) Audit(ctx context.Context, f team.AuditFilter) ([]team.Entry, error) {
	const op = "audit"
	var where []string
	var args []any
	for _, c := range []struct{ column, value string }{{"case_id", f.Case}, {"user_name", f.User}, {"claim_id", f.Claim}} {
		if c.value != "" {
			where = append(where, c.column+" = ?")
			args = append(args, c.value)
		}
	}
	if !f.Before.IsZero() {
		where = append(where, "at < ?")
		args = append(args, f.Before.UnixNano())
	}
	if f.Cases != nil {
		if len(f.Cases) == 0 {
			return []team.Entry{}, nil
		}
		where = append(where, "case_id IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(f.Cases)), ", ")+")")
		args = append(args, anys(f.Cases)...)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 200
	}
	q := `SELECT id, at, user_name, action, case_id, entity, claim_id, version, reason, detail FROM audit`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	rows, err := db.read.QueryContext(ctx, q+fmt.Sprintf(` ORDER BY at DESC, id DESC LIMIT %d`, limit), args...)
	if err != nil {
		return nil, db.wrap(op, err)
	}
	defer rows.Close()
	out := []team.Entry{}
	for rows.Next() {
		var e team.Entry
		var at int64
		var caseID, entity, claim, reason, detail sql.NullString
		var version sql.NullInt64
		if err := rows.Scan(&e.ID, &at, &e.User, &e.Action, &caseID, &entity, &claim, &version, &reason, &detail); err != nil {
			return nil, db.wrap(op, err)
		}
		e.At, e.Case, e.Entity, e.Claim, e.Reason = time.Unix(0, at).UTC(), caseID.String, entity.String, claim.String, reason.String
		e.Version = int(version.Int64)
		if detail.Valid {
			e.Detail = json.RawMessage(detail.String)
		}
		out = append(out, e)
	}
	return out, db.wrap(op, rows.Err())
}
