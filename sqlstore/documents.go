package sqlstore

// The reports read into proposals (alliances extract), kept with their case.

import (
	"context"
	"database/sql"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/team"
)

// AddDocument implements team.Store.
func (db *DB) AddDocument(ctx context.Context, d team.Document) error {
	const op = "document"
	if err := db.writable(op); err != nil {
		return err
	}
	return db.wrap(op, db.inTx(ctx, db.write, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO documents (id, case_id, source, name, body, author, created) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			d.ID, d.Case, d.Source, d.Name, d.Text, d.Author, d.Created.UnixNano())
		return err
	}))
}

// Documents implements team.Store: a case's reports, oldest first, without their text.
func (db *DB) Documents(ctx context.Context, caseID string) ([]team.Document, error) {
	const op = "documents"
	rows, err := db.read.QueryContext(ctx, `SELECT id, case_id, source, name, author, created FROM documents WHERE case_id = ? ORDER BY created, id`, caseID)
	if err != nil {
		return nil, db.wrap(op, err)
	}
	defer rows.Close()
	out := []team.Document{}
	for rows.Next() {
		var d team.Document
		var created int64
		if err := rows.Scan(&d.ID, &d.Case, &d.Source, &d.Name, &d.Author, &created); err != nil {
			return nil, db.wrap(op, err)
		}
		d.Created = time.Unix(0, created).UTC()
		out = append(out, d)
	}
	return out, db.wrap(op, rows.Err())
}

// Document implements team.Store.
func (db *DB) Document(ctx context.Context, id string) (team.Document, error) {
	const op = "document"
	var d team.Document
	var created int64
	err := db.read.QueryRowContext(ctx, `SELECT id, case_id, source, name, body, author, created FROM documents WHERE id = ?`, id).
		Scan(&d.ID, &d.Case, &d.Source, &d.Name, &d.Text, &d.Author, &created)
	if isNoRows(err) {
		return d, alliances.Errorf(alliances.NotFound, op, "no document %q", id)
	}
	d.Created = time.Unix(0, created).UTC()
	return d, db.wrap(op, err)
}
