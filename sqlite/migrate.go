package sqlite

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Migration is one numbered schema change.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations returns the embedded migrations in order. Their numbers match those of
// every other SQL dialect the project supports; a landed migration is never edited.
func Migrations() ([]Migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []Migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and an underscore", e.Name())
		}
		b, err := fs.ReadFile(migrationFS, "migrations/"+e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, Migration{Version: v, Name: e.Name(), SQL: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	return ms, nil
}

// migrate applies the migrations the database has not seen, each in one transaction.
func (db *DB) migrate(ctx context.Context) error {
	const op = "sqlite.migrate"
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT`); err != nil {
		return db.wrap(op, err)
	}
	var current int
	if err := db.write.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return db.wrap(op, err)
	}
	ms, err := Migrations()
	if err != nil {
		return &alliances.Error{Kind: alliances.Internal, Op: op, Err: err}
	}
	if latest := ms[len(ms)-1].Version; current > latest {
		return alliances.Errorf(alliances.Unavailable, op,
			"database %s has schema version %d, newer than this program knows (%d); use a newer alliances", db.path, current, latest)
	}
	for _, m := range ms {
		if m.Version <= current {
			continue
		}
		if err := db.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) apply(ctx context.Context, m Migration) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return db.wrap("sqlite.migrate", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return db.wrap("sqlite.migrate "+m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.Version, m.Name, time.Now().UnixNano()); err != nil {
		return db.wrap("sqlite.migrate", err)
	}
	return db.wrap("sqlite.migrate", tx.Commit())
}
