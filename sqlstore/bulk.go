package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/alliances-project/alliances"
)

// An import into an empty SQLite store (the first import of a new database, which may
// hold millions of claims) writes its claims in bulk: 64 rows a statement, into the
// claims table with its primary key and two partial indexes (keptInBulk), its other
// indexes made again once every row is written, in the same transaction. Nothing was
// recorded before, so no version was either: each claim is version 1, and a refused row
// can only be an id that two records of the import share. BenchmarkClaimRows measures
// the ways (docs/benchmarks.md).

// A first import into a database Open made also writes through a rollback journal
// rather than the write-ahead log, where no other connection has the database open:
// the log would hold a copy of every page the import writes (1.3 GB for 10^6 ties)
// until it is copied into the database at the end, and each page read would be looked
// for in it first. A rollback journal of a store without claims holds the few pages
// that were there before, so a kill meanwhile still leaves the store as it was. Other
// programs cannot read the database meanwhile: they wait for the busy timeout, then
// say it is locked. A database file Open did not make is left in WAL: it may be
// readable by users who cannot write it, who would read it as immutable (see
// OpenReadOnly) while the import writes into it.

// readIdle is how many idle connections the read pool keeps: database/sql's default.
const readIdle = 2

// bulkJournal switches a SQLite database that holds no claim to a rollback journal for
// an import, and returns what switches it back to WAL once the import has ended. When
// another connection has the database open the switch does not happen (SQLite leaves
// WAL only alone), and the import writes through the log as any other does.
func (db *DB) bulkJournal(ctx context.Context) (restore func()) {
	restore = func() {}
	if db.dialect != sqliteDialect || !db.created {
		return restore // a database Open did not make may have readers that cannot write it
	}
	var one int
	if err := db.write.QueryRowContext(ctx, `SELECT 1 FROM claims LIMIT 1`).Scan(&one); !isNoRows(err) {
		return restore // claims recorded before (or the question failed: the import will say why)
	}
	// Our own readers' idle connections would keep the database in WAL.
	db.read.SetMaxIdleConns(0)
	defer db.read.SetMaxIdleConns(readIdle)
	var mode string
	if err := db.write.QueryRowContext(ctx, `PRAGMA journal_mode = DELETE`).Scan(&mode); err != nil || mode != "delete" {
		return restore
	}
	// A rollback journal is safe from a power cut only when synced fully (WAL is with
	// NORMAL): a few more syncs, at the commit.
	_, _ = db.write.ExecContext(ctx, `PRAGMA synchronous = FULL`)
	return func() {
		// Back to WAL, which lets programs read while another writes. Should this fail
		// (another program holding the database), every connection asks for WAL as it
		// opens.
		ctx := context.WithoutCancel(ctx)
		_ = db.write.QueryRowContext(ctx, `PRAGMA journal_mode = WAL`).Scan(&mode)
		_, _ = db.write.ExecContext(ctx, `PRAGMA synchronous = NORMAL`)
	}
}

// bulkRows is how many rows one statement of the bulk path writes.
const bulkRows = 64

// insertRows is insertClaim for n rows a statement.
func insertRows(n int) string {
	const row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
	return strings.Replace(insertClaim, row, strings.TrimSuffix(strings.Repeat(row+", ", n), ", "), 1)
}

// bulk is the state of an import's bulk path.
type bulk struct {
	indexes []string // the statements that make the claims table's indexes again
	many    *sql.Stmt
	args    []any
	claims  []pending // the claims of args, for a refusal's message
}

type pending struct {
	caseID string
	c      claim
}

// keptInBulk are the indexes of the claims table the bulk path keeps as it writes the
// rows: partial indexes that a first import puts few rows in (no version has ended yet;
// few ties have a third party), which would cost a pass over every row to make again.
var keptInBulk = map[string]bool{"claims_closed": true, "claims_third": true}

// startBulk takes the bulk path when the store holds no claim (SQLite only): it drops
// the claims table's indexes other than its primary key and those kept in bulk, to
// make them again at the end.
func (im *importer) startBulk() error {
	if im.db.dialect != sqliteDialect {
		return nil
	}
	var one int
	switch err := im.tx.QueryRowContext(im.ctx, `SELECT 1 FROM claims LIMIT 1`).Scan(&one); {
	case err == nil:
		return nil // claims recorded before: row by row
	case !isNoRows(err):
		return err
	}
	rows, err := im.tx.QueryContext(im.ctx, `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL ORDER BY name`)
	if err != nil {
		return err
	}
	b := &bulk{}
	var names []string
	for rows.Next() {
		var name, sql string
		if err := rows.Scan(&name, &sql); err != nil {
			rows.Close()
			return err
		}
		if !keptInBulk[name] {
			names, b.indexes = append(names, name), append(b.indexes, sql)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, name := range names {
		if _, err := im.tx.ExecContext(im.ctx, `DROP INDEX "`+strings.ReplaceAll(name, `"`, `""`)+`"`); err != nil {
			return err
		}
	}
	// The rows are written with a small page cache (each page of the table is written
	// once, as it fills) and the indexes sorted in runs of its size, on helper threads:
	// with 8 MiB rather than 64 and up to four threads, the indexes of 10^6 ties took
	// 7 s rather than 10, and the import's peak memory fell by 100 MB
	// (docs/benchmarks.md). The connection, which later writes use, gets its settings
	// back when the import ends, however it ends (see resetWriter).
	if err := im.pragmas(fmt.Sprintf("threads = %d", min(runtime.NumCPU(), 4)), "cache_size = -8192"); err != nil {
		return err
	}
	if b.many, err = im.tx.PrepareContext(im.ctx, insertRows(bulkRows)); err != nil {
		return err
	}
	b.args = make([]any, 0, 15*bulkRows)
	im.bulk = b
	return nil
}

// add queues a claim's row; a full statement's worth is written.
func (b *bulk) add(im *importer, caseID string, c claim, row []any) error {
	b.args = append(b.args, row...)
	b.claims = append(b.claims, pending{caseID, c})
	if len(b.claims) < bulkRows {
		return nil
	}
	return b.flush(im)
}

// flush writes the rows queued.
func (b *bulk) flush(im *importer) error {
	if len(b.claims) == 0 {
		return nil
	}
	stmt := b.many
	if len(b.claims) < bulkRows {
		var err error
		if stmt, err = im.tx.PrepareContext(im.ctx, insertRows(len(b.claims))); err != nil {
			return err
		}
		defer stmt.Close()
	}
	res, err := stmt.ExecContext(im.ctx, b.args...)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if int(n) != len(b.claims) {
		// A row refused: its id is another record's of the same import.
		for _, p := range b.claims {
			var other string
			err := im.tx.QueryRowContext(im.ctx, `SELECT case_id FROM claims WHERE entity = ? AND id = ? AND recorded_to IS NULL`,
				p.c.entity, p.c.id).Scan(&other)
			if err == nil && other != p.caseID {
				return conflict(p.caseID, other, p.c)
			}
		}
		return alliances.Errorf(alliances.Internal, "", "%d of %d rows written in bulk", n, len(b.claims))
	}
	b.args, b.claims = b.args[:0], b.claims[:0]
	return nil
}

// finish writes the rows left and makes the indexes again.
func (b *bulk) finish(im *importer) error {
	if err := b.flush(im); err != nil {
		return err
	}
	b.many.Close()
	// The import's garbage (each claim read, encoded and written) goes back to the
	// system before SQLite sorts the indexes, which takes memory of its own: at 10^6
	// ties the peak is some 90 MB lower (docs/benchmarks.md).
	debug.FreeOSMemory()
	for _, sql := range b.indexes {
		if _, err := im.tx.ExecContext(im.ctx, sql); err != nil {
			return err
		}
	}
	return nil
}

// pragmas sets each of SQLite's settings on the import's connection.
func (im *importer) pragmas(settings ...string) error {
	for _, s := range settings {
		if _, err := im.tx.ExecContext(im.ctx, "PRAGMA "+s); err != nil {
			return err
		}
	}
	return nil
}

// resetWriter gives the write connection the settings the bulk path changes, once an
// import has ended, however it ended: through the pool, since a cancelled transaction
// has let its connection go already. Should it fail, the connection writes with a
// smaller page cache, no more.
func (db *DB) resetWriter(ctx context.Context) {
	if db.dialect != sqliteDialect {
		return
	}
	for _, s := range []string{"threads = 0", fmt.Sprintf("cache_size = %d", pageCacheKiB)} {
		_, _ = db.write.ExecContext(context.WithoutCancel(ctx), "PRAGMA "+s)
	}
}

// bulkDone ends the bulk path, if taken, before anything reads the claims the import
// wrote.
func (im *importer) bulkDone() error {
	if im.bulk == nil {
		return nil
	}
	b := im.bulk
	im.bulk = nil
	return b.finish(im)
}
