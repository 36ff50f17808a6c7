package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// dialect is what differs between the SQL databases the store runs on. The queries are
// written once, in the SQL both accept, with SQLite's ? placeholders (numbered ?N where a
// value is used twice); the PostgreSQL connection numbers them as $N (see rebind).
// What one of them cannot say is asked of the dialect.
type dialect struct {
	name string // "sqlite" or "postgres"
	what string // what a database is called in messages

	// migrations is the folder of this dialect's migrations; goSteps their Go steps.
	migrations string
	goSteps    map[int]func(ctx context.Context, tx *sql.Tx) error

	// tablesSQL selects the names of the schema's tables, as a column named name.
	tablesSQL string
	// migrationsTable creates the table of applied migrations.
	migrationsTable string

	// readTx and writeTx are the options of the transactions of a consistent read (of
	// the record cache and its stamp) and of an import.
	readTx, writeTx *sql.TxOptions

	// cacheInWrites: an import rewrites the record cache of the cases it changes, and
	// restamps the others', in its own transaction (see cache.go). SQLite writes one
	// transaction at a time, so this costs only the writing. On PostgreSQL every write
	// would then touch every case's cache, and concurrent writes would all conflict:
	// there a read rebuilds a case's cache when it finds it stale.
	cacheInWrites bool

	// retry reports whether a transaction that failed with err may succeed if run
	// again (PostgreSQL's serialization failures); retries is how many times to try.
	retry   func(err error) bool
	retries int

	// ownsBlobs: the driver reads each blob into a buffer of its own that it never
	// uses again, so that a read may keep the buffer rather than the copy database/sql
	// would make of it (tens of megabytes for a large case's record cache). SQLite's
	// driver does (TestBlobReadIsKept holds it to that); pgx's is not relied on.
	ownsBlobs bool
}

var sqliteDialect = &dialect{
	name:       "sqlite",
	what:       "SQLite database",
	migrations: "migrations/sqlite",
	goSteps: map[int]func(ctx context.Context, tx *sql.Tx) error{
		2: rederiveTies,
		3: eventActors,
	},
	tablesSQL: `SELECT name FROM sqlite_master WHERE type = 'table'`,
	migrationsTable: `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT`,
	cacheInWrites: true,
	ownsBlobs:     true,
	// SQLite has one writer at a time, which takes the lock when its transaction
	// begins (_txlock=immediate): there is nothing to retry.
	retry:   func(error) bool { return false },
	retries: 1,
}

// postgresDialect keeps to what PostgreSQL, CockroachDB and YugabyteDB accept: no
// advisory locks, and every write in a SERIALIZABLE transaction that is run again when
// the database answers a serialization failure (see docs/scaling.md).
var postgresDialect = &dialect{
	name:       "postgres",
	what:       "PostgreSQL schema",
	migrations: "migrations/postgres",
	tablesSQL: `SELECT table_name AS name FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
	migrationsTable: `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`,
	readTx:  &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true},
	writeTx: &sql.TxOptions{Isolation: sql.LevelSerializable},
	retry:   isSerializationFailure,
	retries: 10,
}

// inTx runs f in a write transaction and commits, running it again, after a short and
// growing pause, while the database answers that a concurrent transaction made it fail
// and f may succeed if run again. f must do nothing outside the transaction that a
// second run would repeat wrongly.
func (db *DB) inTx(ctx context.Context, pool *sql.DB, f func(tx *sql.Tx) error) error {
	d := db.dialect
	var err error
	for attempt := range d.retries {
		if attempt > 0 {
			// A random share of a growing pause, so that transactions that failed
			// together do not run again together.
			pause := time.Duration(rand.Int64N(int64(time.Duration(attempt*attempt) * 5 * time.Millisecond)))
			select {
			case <-ctx.Done():
				return errors.Join(err, ctx.Err())
			case <-time.After(pause):
			}
		}
		err = func() error {
			tx, err := pool.BeginTx(ctx, d.writeTx)
			if err != nil {
				return err
			}
			defer tx.Rollback()
			if err := f(tx); err != nil {
				return err
			}
			return tx.Commit()
		}()
		if err == nil || !d.retry(err) {
			return err
		}
		db.retried.Add(1)
	}
	return err
}

// rebind rewrites SQLite's placeholders as PostgreSQL's: ? as $1, $2... in order, and ?N
// as $N (a bare ? after ?N is numbered after the largest so far, as SQLite does).
// Placeholders inside quoted strings, quoted names and comments are left alone.
func rebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(q) && q[j] != c {
				j++
			}
			b.WriteString(q[i:min(j+1, len(q))])
			i = j
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				j = len(q) - i
			}
			b.WriteString(q[i : i+j])
			i += j - 1
		case c == '?':
			j := i + 1
			num := 0
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				num = num*10 + int(q[j]-'0')
				j++
			}
			if j == i+1 {
				n++
				num = n
			} else {
				n = max(n, num)
			}
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(num))
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
