package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
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
	write *sql.DB // nil when opened read-only

	// inPlace: opened read-only on a file this program may write, where a read may store
	// the record cache (see cache.go).
	inPlace bool

	// created: Open made the file, readable by its owner alone, so that no reader that
	// cannot write it (and would read it as immutable) has it open (see bulkJournal).
	created bool

	dialect *dialect
	retried atomic.Int64 // transactions run again after a serialization failure

	// Now returns the current time; imports stamp their changes with it. Tests set it.
	Now func() time.Time

	// Who is whom the audit trail names for the changes an import makes (the command
	// line sets the user's login); "" reads as "import".
	Who string
}

var _ alliances.Store = (*DB)(nil)

// Open opens (creating if needed) the database at path for reading and writing and
// brings its schema up to date. A postgres:// or postgresql:// URL opens a PostgreSQL
// database (see IsPostgres); anything else is a SQLite file. A new database file, and
// the -wal and -shm files SQLite keeps beside it, are readable and writable by their
// owner only. ":memory:" opens a private in-memory database.
func Open(ctx context.Context, path string) (*DB, error) {
	if IsPostgres(path) {
		return openPostgres(ctx, path)
	}
	return open(ctx, path, 5*time.Second)
}

// open opens the database with a busy timeout: how long a writer waits for another to
// finish before giving up.
func open(ctx context.Context, path string, busy time.Duration) (*DB, error) {
	const op = "sqlite.Open"
	db := &DB{path: path, Now: time.Now, busy: busy, dialect: sqliteDialect}
	if path != ":memory:" {
		var err error
		if db.created, err = createPrivate(path); err != nil {
			return nil, &alliances.Error{Kind: alliances.Unavailable, Op: op, Msg: "cannot create database " + path, Err: err}
		}
	}
	var err error
	if db.write, err = sql.Open("sqlite", dsn(path, modeWrite, busy)); err != nil {
		return nil, db.wrap(op, err)
	}
	db.write.SetMaxOpenConns(1)
	if path == ":memory:" {
		db.read = db.write // an in-memory database exists only on its one connection
	} else if db.read, err = sql.Open("sqlite", dsn(path, modeRead, busy)); err != nil {
		db.write.Close()
		return nil, db.wrap(op, err)
	}
	if err := db.migrateRetrying(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := db.checkSchema(ctx, db.read); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// createPrivate creates an empty database file readable by its owner only, unless a
// file is already there, and reports whether it did. SQLite gives the -wal, -shm and
// -journal files the mode of the database.
func createPrivate(path string) (bool, error) {
	if _, err := os.Stat(filepath.Dir(path)); err != nil {
		return false, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	return true, f.Close()
}

// OpenReadOnly opens an existing database for reading only: it writes nothing to the
// database or beside it. Where the file and its directory cannot be written (read-only
// media, another user's files) and no program is writing it (no -wal file), SQLite is
// told the file is immutable, so that it makes no -wal or -shm file. A database of an
// older schema is brought up to date where it can be written, and refused where it
// cannot. Import on the result is Unavailable. A PostgreSQL database is opened as Open
// opens it: what a connection may write is the server's to say.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if IsPostgres(path) {
		return openPostgres(ctx, path)
	}
	return openReadOnly(ctx, path, 5*time.Second, writable)
}

// openReadOnly opens the database read-only, asking canWrite whether a path can be
// written (tests stand in for read-only media with it).
func openReadOnly(ctx context.Context, path string, busy time.Duration, canWrite func(string) bool) (*DB, error) {
	const op = "sqlite.Open"
	if path == ":memory:" {
		return open(ctx, path, busy)
	}
	if fi, err := os.Stat(path); err != nil || fi.IsDir() {
		return nil, alliances.Errorf(alliances.Unavailable, op, "no database file at %s; choose one with --db", path)
	}
	db := &DB{path: path, Now: time.Now, busy: busy, dialect: sqliteDialect}
	inPlace := canWrite(path) && canWrite(filepath.Dir(path))
	db.inPlace = inPlace
	mode := readOnlyMode(path, inPlace)
	var err error
	if db.read, err = sql.Open("sqlite", dsn(path, mode, busy)); err != nil {
		return nil, db.wrap(op, err)
	}
	// A first connection may be answered busy at once, without SQLite's wait, while
	// another program writes a first import (see bulkJournal): it is tried again for as
	// long as the busy timeout.
	deadline := time.Now().Add(busy)
	for {
		err := db.upToDate(ctx, inPlace)
		if err == nil {
			err = db.checkSchema(ctx, db.read)
		}
		if err == nil {
			return db, nil
		}
		if !isBusy(err) || time.Now().After(deadline) {
			db.Close()
			return nil, err
		}
		select {
		case <-ctx.Done():
			db.Close()
			return nil, db.wrap(op, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// readOnlyMode is how a read-only open opens a database file: as a reader beside
// writers when the program may write the file (inPlace); as immutable (no locks, no
// files beside it) when it may not and no program is writing it, as far as the files
// SQLite keeps beside a database being written tell (a -wal file, or the -journal of a
// first import, or of one killed); read-only with locks otherwise.
func readOnlyMode(path string, inPlace bool) openMode {
	switch {
	case inPlace:
		return modeRead
	case exists(path+"-wal") || exists(path+"-journal"):
		return modeReadOnly
	}
	return modeImmutable
}

// exists reports whether a file is there (a file SQLite keeps beside a database that a
// program is writing, or was when it stopped).
func exists(path string) bool {
	_, err := os.Lstat(path)
	return !errors.Is(err, fs.ErrNotExist)
}

// upToDate checks that a read-only database has the latest schema, and where it can be
// written brings it up to date with a write connection opened for the purpose.
func (db *DB) upToDate(ctx context.Context, canWrite bool) error {
	const op = "sqlite.Open"
	ms, err := Migrations()
	if err != nil {
		return &alliances.Error{Kind: alliances.Internal, Op: op, Err: err}
	}
	current, err := db.schemaVersion(ctx, db.read)
	latest := ms[len(ms)-1].Version
	switch {
	case err != nil:
		return err
	case current == latest:
		return nil
	case current > latest:
		return alliances.Errorf(alliances.Unavailable, op,
			"database %s has schema version %d, newer than this program knows (%d); use a newer alliances", db.path, current, latest)
	case !canWrite:
		return alliances.Errorf(alliances.Unavailable, op,
			"database %s has schema version %d, older than this program's (%d), and cannot be upgraded here because it is read-only; "+
				"copy it where it can be written and run any command on the copy, or use the alliances that wrote it", db.path, current, latest)
	}
	if db.write, err = sql.Open("sqlite", dsn(db.path, modeWrite, db.busy)); err != nil {
		return db.wrap(op, err)
	}
	db.write.SetMaxOpenConns(1)
	err = db.migrateRetrying(ctx)
	db.write.Close()
	db.write = nil
	return err
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

// isBusy reports whether err comes from SQLite's SQLITE_BUSY or SQLITE_LOCKED, or from
// two programs creating a PostgreSQL schema at once.
func isBusy(err error) bool {
	if isCreateRace(err) {
		return true
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}

// openMode is how a pool opens the database file.
type openMode int

const (
	modeWrite     openMode = iota // read and write; the one writer
	modeRead                      // readers beside a writer: query_only, in WAL mode
	modeReadOnly                  // SQLite's mode=ro, for a file that cannot be written
	modeImmutable                 // mode=ro and immutable: no locks, no -wal or -shm files
)

// pageCacheKiB is the size of each connection's page cache, in SQLite's negative
// notation (-N: N KiB): 64 MiB.
const pageCacheKiB = -65536

func dsn(path string, mode openMode, busy time.Duration) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	if path != ":memory:" {
		if mode == modeWrite || mode == modeRead {
			q.Add("_pragma", "journal_mode(WAL)")
		}
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_pragma", fmt.Sprintf("cache_size(%d)", pageCacheKiB)) // large imports stay in memory until commit
		if mode != modeWrite {
			// Reads map the file rather than copy each page in (up to SQLite's default
			// limit of about 2 GiB): a case's record cache, tens of megabytes, reads
			// faster. The pages read then count in the process's resident memory,
			// though the system may drop them at will; an import, which reads every
			// claim of its case, keeps to the page cache.
			q.Add("_pragma", "mmap_size(2147418112)")
		}
	}
	switch mode {
	case modeWrite:
		q.Set("_txlock", "immediate")
	case modeRead:
		q.Add("_pragma", "query_only(1)")
	case modeReadOnly:
		q.Set("mode", "ro")
	case modeImmutable:
		q.Set("mode", "ro")
		q.Set("immutable", "1")
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

// Path returns the file the database lives in; for PostgreSQL, its URL without the
// password.
func (db *DB) Path() string { return db.path }

// ReadOnly reports whether the store was opened for reading only (OpenReadOnly).
func (db *DB) ReadOnly() bool { return db.write == nil }

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
	if db.dialect == postgresDialect {
		return db.wrapPostgres(op, err)
	}
	var se *sqlite.Error
	code := -1
	if errors.As(err, &se) {
		code = se.Code() & 0xff // the primary result code
	}
	switch code {
	case sqlite3.SQLITE_ERROR:
		if msg := err.Error(); strings.Contains(msg, "no such table") || strings.Contains(msg, "no such column") {
			return db.damaged(op, msg)
		}
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
		return db.damaged(op, err.Error())
	}
	return &alliances.Error{Kind: alliances.Internal, Op: op, Err: err}
}

// damaged is the error for a database whose file or schema was damaged outside the
// program, saying what is wrong and how to recover.
func (db *DB) damaged(op, what string) error {
	return alliances.Errorf(alliances.Unavailable, op,
		"database %s is damaged (%s); restore it from a backup, or export its cases from a backup copy "+
			"(alliances export --db BACKUP) and import them into a new database; if a recent import went wrong, "+
			"the record as it was before can still be read and exported with --known-at", db.path, what)
}
