package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/alliances-project/alliances"
)

// DB is a store on one SQLite file. It holds a pool for reads and a one-connection pool
// for writes, as SQLite allows one writer at a time.
type DB struct {
	path  string
	busy  time.Duration
	read  *sql.DB
	write *sql.DB

	// Now returns the current time; imports stamp their changes with it. Tests set it.
	Now func() time.Time
}

var _ alliances.Store = (*DB)(nil)

// Open opens (creating if needed) the database at path and brings its schema up to date.
// ":memory:" opens a private in-memory database.
func Open(ctx context.Context, path string) (*DB, error) {
	return open(ctx, path, 5*time.Second)
}

// open opens the database with a busy timeout: how long a writer waits for another to
// finish before giving up.
func open(ctx context.Context, path string, busy time.Duration) (*DB, error) {
	const op = "sqlite.Open"
	if path != ":memory:" {
		if _, err := os.Stat(filepath.Dir(path)); err != nil {
			return nil, &alliances.Error{Kind: alliances.Unavailable, Op: op, Msg: "cannot create database " + path, Err: err}
		}
	}
	db := &DB{path: path, Now: time.Now, busy: busy}
	var err error
	if db.write, err = sql.Open("sqlite", dsn(path, true, busy)); err != nil {
		return nil, db.wrap(op, err)
	}
	db.write.SetMaxOpenConns(1)
	if path == ":memory:" {
		db.read = db.write // an in-memory database exists only on its one connection
	} else if db.read, err = sql.Open("sqlite", dsn(path, false, busy)); err != nil {
		db.write.Close()
		return nil, db.wrap(op, err)
	}
	if err := db.migrateRetrying(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// migrateRetrying brings the schema up to date, retrying while another program holds
// the database (up to the busy timeout): SQLite answers some of the first statements on
// a new database, such as switching it to WAL, with SQLITE_BUSY at once rather than
// waiting.
func (db *DB) migrateRetrying(ctx context.Context) error {
	deadline := time.Now().Add(db.busy)
	for {
		err := db.migrate(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// isBusy reports whether err comes from SQLite's SQLITE_BUSY or SQLITE_LOCKED.
func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}

func dsn(path string, write bool, busy time.Duration) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	if path != ":memory:" {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_pragma", "cache_size(-65536)") // 64 MiB: large imports stay in memory until commit
	}
	if write {
		q.Set("_txlock", "immediate")
	} else {
		q.Add("_pragma", "query_only(1)")
	}
	return "file:" + uriPath(path) + "?" + q.Encode()
}

// uriPath escapes the characters that SQLite's URI file names give a meaning to, so
// that any file name opens the file it names.
func uriPath(path string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(path))
}

// Close closes the database.
func (db *DB) Close() error {
	var errs []error
	if db.read != nil && db.read != db.write {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	return errors.Join(errs...)
}

// Path returns the file the database lives in.
func (db *DB) Path() string { return db.path }

// wrap turns a driver error into an *alliances.Error with a message people can act on:
// a locked database, a file that is not a database, a file that cannot be opened.
func (db *DB) wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	if e, ok := errors.AsType[*alliances.Error](err); ok {
		if e.Op == "" {
			e.Op = op
		}
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return &alliances.Error{Kind: alliances.Unavailable, Op: op, Err: err}
	}
	var se *sqlite.Error
	code := -1
	if errors.As(err, &se) {
		code = se.Code() & 0xff // the primary result code
	}
	switch code {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return &alliances.Error{Kind: alliances.Unavailable, Op: op, Err: err,
			Msg: fmt.Sprintf("database %s is locked by another program (waited %v); try again when it is done", db.path, db.busy)}
	case sqlite3.SQLITE_NOTADB:
		return &alliances.Error{Kind: alliances.Unavailable, Op: op,
			Msg: fmt.Sprintf("%s is not an alliances database (not SQLite); choose another file with --db", db.path)}
	case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH, sqlite3.SQLITE_IOERR:
		return &alliances.Error{Kind: alliances.Unavailable, Op: op,
			Msg: fmt.Sprintf("cannot open or write database %s; check that it exists and is readable and writable", db.path), Err: err}
	case sqlite3.SQLITE_CORRUPT:
		return &alliances.Error{Kind: alliances.Unavailable, Op: op,
			Msg: fmt.Sprintf("database %s is damaged; restore it from a backup or export what can be read", db.path), Err: err}
	}
	return &alliances.Error{Kind: alliances.Internal, Op: op, Err: err}
}
