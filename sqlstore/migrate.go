package sqlstore

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
)

//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrationFS embed.FS

// Migration is one numbered schema change: its SQL, and for a change of data that SQL
// cannot make alone, a Go step run after it in the same transaction.
type Migration struct {
	Version int
	Name    string
	SQL     string
	Go      func(ctx context.Context, tx *sql.Tx) error
}

// eventActors fills event_actors from every stored version of every event.
func eventActors(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, version, body FROM claims WHERE entity = 'event'`)
	if err != nil {
		return err
	}
	type row struct {
		id      string
		version int
		actor   string
	}
	var found []row
	for rows.Next() {
		var r row
		var body []byte
		if err := rows.Scan(&r.id, &r.version, &body); err != nil {
			rows.Close()
			return err
		}
		var e alliances.Event
		if err := json.Unmarshal(body, &e); err != nil {
			rows.Close()
			return fmt.Errorf("event %s version %d does not decode: %w", r.id, r.version, err)
		}
		for _, a := range e.Actors {
			found = append(found, row{r.id, r.version, a})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range found {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO event_actors (id, version, actor) VALUES (?, ?, ?)`,
			r.id, r.version, r.actor); err != nil {
			return err
		}
	}
	return nil
}

// rederiveTies rewrites the derived fields (sign, direction) of every stored version of
// every tie, as alliances.Tie.Normalize derives them now. The claims' content, their
// versions and recorded times are unchanged.
func rederiveTies(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT rowid, body FROM claims WHERE entity = 'tie'`)
	if err != nil {
		return err
	}
	type fix struct {
		rowid int64
		body  []byte
	}
	var fixes []fix
	for rows.Next() {
		var id int64
		var body []byte
		if err := rows.Scan(&id, &body); err != nil {
			rows.Close()
			return err
		}
		var t alliances.Tie
		if err := json.Unmarshal(body, &t); err != nil {
			rows.Close()
			return fmt.Errorf("tie claim %d does not decode: %w", id, err)
		}
		t.Normalize()
		again, err := json.Marshal(t)
		if err != nil {
			rows.Close()
			return err
		}
		if string(again) != string(body) {
			fixes = append(fixes, fix{id, again})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, f := range fixes {
		if _, err := tx.ExecContext(ctx, `UPDATE claims SET body = ? WHERE rowid = ?`, string(f.body), f.rowid); err != nil {
			return err
		}
	}
	return nil
}

// Migrations returns the embedded migrations of SQLite in order. Their numbers match
// those of every other SQL dialect the project supports; a landed migration is never
// edited.
func Migrations() ([]Migration, error) { return sqliteDialect.migrationList() }

// migrationList returns the dialect's migrations in order.
func (d *dialect) migrationList() ([]Migration, error) {
	entries, err := fs.ReadDir(migrationFS, d.migrations)
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
		b, err := fs.ReadFile(migrationFS, d.migrations+"/"+e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, Migration{Version: v, Name: e.Name(), SQL: string(b), Go: d.goSteps[v]})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	return ms, nil
}

// migrate applies the migrations the database has not seen, each in one immediate
// transaction that first checks again what was applied: two programs opening a new
// database at once apply each migration once. A database already up to date is only
// read, so a read-only file can be queried.
func (db *DB) migrate(ctx context.Context) error {
	op := db.dialect.name + ".migrate"
	ms, err := db.dialect.migrationList()
	if err != nil {
		return &alliances.Error{Kind: alliances.Internal, Op: op, Err: err}
	}
	current, err := db.schemaVersion(ctx, db.write)
	if err != nil {
		return err
	}
	latest := ms[len(ms)-1].Version
	if current > latest {
		return alliances.Errorf(alliances.Unavailable, op,
			"database %s has schema version %d, newer than this program knows (%d); use a newer alliances", db.path, current, latest)
	}
	for _, m := range ms {
		if m.Version > current {
			if err := db.apply(ctx, m); err != nil {
				return err
			}
		}
	}
	return nil
}

// querier is what schemaVersion needs of a pool or a transaction.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// schemaVersion returns the last migration applied, 0 for an empty database, and an
// error for a SQLite file that another program made or whose list of migrations is gone.
func (db *DB) schemaVersion(ctx context.Context, q querier) (int, error) {
	op := db.dialect.name + ".Open"
	var tables, ours, record int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(*) FILTER (WHERE name = 'schema_migrations'),
		COUNT(*) FILTER (WHERE name IN ('cases', 'claims'))
		FROM (`+db.dialect.tablesSQL+`) t`).Scan(&tables, &ours, &record)
	switch {
	case err != nil:
		return 0, db.wrap(op, err)
	case tables == 0:
		return 0, nil
	case ours == 0 && record == 2:
		return 0, db.damaged(op, "its list of schema changes, table schema_migrations, is missing")
	case ours == 0:
		return 0, alliances.Errorf(alliances.Unavailable, op,
			"%s is a %s of another program (it has tables but no alliances schema); choose another with --db", db.path, db.dialect.what)
	}
	var v int
	if err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, db.wrap(op, err)
	}
	if v == 0 && tables > 1 {
		return 0, db.damaged(op, "its list of schema changes, table schema_migrations, is empty although it holds tables")
	}
	return v, nil
}

// createTable finds the tables a migration creates.
var createTable = regexp.MustCompile(`(?i)CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)`)

// checkSchema reports a database that lacks a table its migrations created as damaged.
func (db *DB) checkSchema(ctx context.Context, q *sql.DB) error {
	op := db.dialect.name + ".Open"
	ms, err := db.dialect.migrationList()
	if err != nil {
		return &alliances.Error{Kind: alliances.Internal, Op: op, Err: err}
	}
	rows, err := q.QueryContext(ctx, db.dialect.tablesSQL)
	if err != nil {
		return db.wrap(op, err)
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return db.wrap(op, err)
		}
		have[name] = true
	}
	if err := rows.Err(); err != nil {
		return db.wrap(op, err)
	}
	for _, m := range ms {
		for _, match := range createTable.FindAllStringSubmatch(m.SQL, -1) {
			if !have[match[1]] {
				return db.damaged(op, "table "+match[1]+" is missing")
			}
		}
	}
	return nil
}

func (db *DB) apply(ctx context.Context, m Migration) error {
	op := db.dialect.name + ".migrate"
	tx, err := db.write.BeginTx(ctx, db.dialect.writeTx)
	if err != nil {
		return db.wrap(op, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, db.dialect.migrationsTable); err != nil {
		return db.wrap(op, err)
	}
	current, err := db.schemaVersion(ctx, tx)
	if err != nil || current >= m.Version {
		return err // another program applied it meanwhile
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return db.wrap(op+" "+m.Name, err)
	}
	if m.Go != nil {
		if err := m.Go(ctx, tx); err != nil {
			return db.wrap(op+" "+m.Name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.Version, m.Name, time.Now().UnixNano()); err != nil {
		return db.wrap(op, err)
	}
	return db.wrap(op, tx.Commit())
}
