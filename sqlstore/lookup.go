package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/alliances-project/alliances"
)

var _ alliances.Holdings = (*DB)(nil)

// CaseHead implements alliances.Holdings.
func (db *DB) CaseHead(ctx context.Context, caseID string) (title, description string, err error) {
	const op = "case"
	var body string
	err = db.read.QueryRowContext(ctx, `SELECT body FROM cases WHERE id = ? AND recorded_to IS NULL`, caseID).Scan(&body)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", "", alliances.Errorf(alliances.NotFound, op, "no case %s", caseID)
	case err != nil:
		return "", "", db.wrap(op, err)
	}
	var cb caseBody
	if err := json.Unmarshal([]byte(body), &cb); err != nil {
		return "", "", db.damaged(op, fmt.Sprintf("the stored title of case %s does not decode: %v", caseID, err))
	}
	return cb.Title, cb.Description, nil
}

// ClaimCounts implements alliances.Holdings, through the index of claims by case.
func (db *DB) ClaimCounts(ctx context.Context, caseID string) (map[string]int, error) {
	const op = "count claims"
	rows, err := db.read.QueryContext(ctx, countsSQL, caseID)
	if err != nil {
		return nil, db.wrap(op, err)
	}
	defer rows.Close()
	counts := map[string]int{}
	for rows.Next() {
		var entity string
		var n int
		if err := rows.Scan(&entity, &n); err != nil {
			return nil, db.wrap(op, err)
		}
		counts[entity] = n
	}
	return counts, db.wrap(op, rows.Err())
}

// ClaimIDs implements alliances.Holdings: ids alone, without the claims' bodies.
func (db *DB) ClaimIDs(ctx context.Context, caseID, entity string) ([]string, error) {
	const op = "claim ids"
	rows, err := db.read.QueryContext(ctx, claimIDsSQL, caseID, entity)
	if err != nil {
		return nil, db.wrap(op, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, db.wrap(op, err)
		}
		ids = append(ids, id)
	}
	return ids, db.wrap(op, rows.Err())
}

// countsSQL counts the current claims of a case by entity, through the index of claims
// by case.
const countsSQL = `SELECT entity, COUNT(*) FROM claims WHERE case_id = ? AND recorded_to IS NULL GROUP BY entity`

// claimIDsSQL selects the ids of the current claims of one entity of a case.
const claimIDsSQL = `SELECT id FROM claims WHERE case_id = ? AND entity = ? AND recorded_to IS NULL ORDER BY seq`

// heldSQL selects the current claims of an entity among n ids, held by a case not among
// except others, through the unique index on current claims.
func heldSQL(n, except int) string {
	return `SELECT id, case_id FROM claims WHERE entity = ? AND recorded_to IS NULL AND id IN (` +
		strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + `)` + notIn("case_id", except)
}

// HoldsElsewhere implements alliances.Holdings: a search of claims_case_times for each
// case recorded but those of except.
func (db *DB) HoldsElsewhere(ctx context.Context, entity string, except []string) (bool, error) {
	var held bool
	err := db.read.QueryRowContext(ctx, holdsSQL(len(except)), append(anys(except), entity)...).Scan(&held)
	return held, db.wrap("claims held elsewhere", err)
}

// holdsSQL asks whether a current case not among except others holds a current claim
// of an entity.
func holdsSQL(except int) string {
	return `SELECT EXISTS (SELECT 1 FROM cases k WHERE k.recorded_to IS NULL` + notIn("k.id", except) + `
		AND EXISTS (SELECT 1 FROM claims c WHERE c.case_id = k.id AND c.entity = ? AND c.recorded_to IS NULL))`
}

// heldBatch is how many ids HeldElsewhere asks about in one query.
const heldBatch = 500

// HeldElsewhere implements alliances.Holdings. When no case but those of except is
// recorded, no id can be held elsewhere and no claim is looked up; otherwise the ids
// are looked up in batches through the unique index on current claims.
func (db *DB) HeldElsewhere(ctx context.Context, entity string, ids, except []string) (map[string]string, error) {
	const op = "claims held elsewhere"
	held := map[string]string{}
	var others bool
	q := `SELECT EXISTS (SELECT 1 FROM cases WHERE recorded_to IS NULL` + notIn("id", len(except)) + `)`
	if err := db.read.QueryRowContext(ctx, q, anys(except)...).Scan(&others); err != nil || !others {
		return held, db.wrap(op, err)
	}
	for start := 0; start < len(ids); start += heldBatch {
		batch := ids[start:min(start+heldBatch, len(ids))]
		args := append(append([]any{entity}, anys(batch)...), anys(except)...)
		if err := db.heldIn(ctx, heldSQL(len(batch), len(except)), args, held); err != nil {
			return nil, db.wrap(op, err)
		}
	}
	return held, nil
}

func (db *DB) heldIn(ctx context.Context, q string, args []any, held map[string]string) error {
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, caseID string
		if err := rows.Scan(&id, &caseID); err != nil {
			return err
		}
		held[id] = caseID
	}
	return rows.Err()
}

// notIn is the condition " AND column NOT IN (?, ...)" for n values, or "" for none.
func notIn(column string, n int) string {
	if n == 0 {
		return ""
	}
	return " AND " + column + " NOT IN (" + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
}
