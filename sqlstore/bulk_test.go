package sqlstore

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
)

// TestBulkImportRecordsWhatRowByRowDoes imports the built-in cases into an empty store
// (the bulk path: many rows a statement, the indexes made after) and into a store that
// held a claim before (row by row): the records read back, the claims' rows and the
// schema's indexes are the same, and the bulk path was taken in the first only.
func TestBulkImportRecordsWhatRowByRowDoes(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	open := func(name string, before *alliances.Record) *DB {
		db, err := Open(ctx, filepath.Join(t.TempDir(), name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		db.Now = func() time.Time { return at }
		if before != nil {
			if _, err := db.Import(ctx, before); err != nil {
				t.Fatal(err)
			}
		}
		return db
	}
	other := &alliances.Record{Case: "other", Title: "Other", Sources: []alliances.Source{{ID: "other-source", Title: "A source", Kind: "analysis", Reliability: "C"}}}
	bulk, rows := open("bulk.db", nil), open("rows.db", other)
	var took []bool
	for _, db := range []*DB{bulk, rows} {
		recs, err := cases.Records()
		if err != nil {
			t.Fatal(err)
		}
		im := &importer{db: db, ctx: ctx}
		tx, err := db.write.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		im.tx = tx
		if err := im.startBulk(); err != nil {
			t.Fatal(err)
		}
		took = append(took, im.bulk != nil)
		tx.Rollback()
		if _, err := db.Import(ctx, recs...); err != nil {
			t.Fatal(err)
		}
	}
	if !slices.Equal(took, []bool{true, false}) {
		t.Fatalf("bulk path taken %v, want in the empty store only", took)
	}
	// The bulk path sorts the indexes with a small page cache and helper threads, and
	// gives the connection, which later writes use, its settings back.
	for pragma, want := range map[string]int{"cache_size": pageCacheKiB, "threads": 0} {
		var got int
		if err := bulk.write.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil || got != want {
			t.Errorf("PRAGMA %s after a bulk import = %d (%v), want %d", pragma, got, err, want)
		}
	}
	recs, _ := cases.Records()
	for _, r := range recs {
		a, err := bulk.Record(ctx, r.Case, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := rows.Record(ctx, r.Case, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) || len(a.Actors) == 0 {
			t.Errorf("case %s reads differently after a bulk import (%d actors, %d ties) and one row by row (%d, %d)", r.Case,
				len(a.Actors), len(a.Ties), len(b.Actors), len(b.Ties))
		}
	}
	indexes := `SELECT name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name`
	if a, b := dumpRows(t, bulk, indexes), dumpRows(t, rows, indexes); a != b || !strings.Contains(a, "claims_current") {
		t.Errorf("indexes after a bulk import:\n%s\nafter one row by row:\n%s", a, b)
	}
	claims := `SELECT entity || ' ' || id || ' ' || version || ' ' || case_id || ' ' || seq || ' ' || coalesce(subject, '') || ' ' ||
		coalesce(object, '') || ' ' || coalesce(kind, '') || ' ' || coalesce(strict_first, '') || ' ' || length(body)
		FROM claims WHERE case_id <> 'other' ORDER BY entity, id, version`
	if a, b := dumpRows(t, bulk, claims), dumpRows(t, rows, claims); a != b || a == "" {
		t.Errorf("the claims' rows differ between a bulk import and one row by row")
	}
	// The query plan of an actor's ties uses the index made again.
	rs, err := bulk.write.QueryContext(ctx, `EXPLAIN QUERY PLAN SELECT id FROM claims WHERE subject = 'taliban' AND entity = 'tie'`)
	if err != nil {
		t.Fatal(err)
	}
	var plan []string
	for rs.Next() {
		var id, parent, unused int
		var detail string
		if err := rs.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	rs.Close()
	if !strings.Contains(strings.Join(plan, "; "), "claims_subject") {
		t.Errorf("query plan of an actor's ties after a bulk import: %v, want the index claims_subject", plan)
	}
}

// TestBulkImportRefusesAnIDTwoRecordsShare: two records of one import into an empty store
// that give one id are refused as row by row, naming the id and the other case, and
// nothing is written.
func TestBulkImportRefusesAnIDTwoRecordsShare(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "two.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	src := func(c string) *alliances.Record {
		return &alliances.Record{Case: c, Title: c, Sources: []alliances.Source{{ID: "shared-source", Title: "A source", Kind: "analysis", Reliability: "C"}}}
	}
	_, err = db.Import(ctx, src("first"), src("second"))
	if alliances.KindOf(err) != alliances.Conflict || !strings.Contains(err.Error(), `"shared-source" is already recorded by case first`) {
		t.Errorf("import of two records sharing an id: %v, want a conflict naming the id and case first", err)
	}
	if ids, err := db.CaseIDs(ctx, time.Time{}); err != nil || len(ids) != 0 {
		t.Errorf("cases after the refused import: %v (%v), want none", ids, err)
	}
	// The connection has its settings back although the import stopped midway.
	for pragma, want := range map[string]int{"cache_size": pageCacheKiB, "threads": 0} {
		var got int
		if err := db.write.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil || got != want {
			t.Errorf("PRAGMA %s after a refused bulk import = %d (%v), want %d", pragma, got, err, want)
		}
	}
}

// TestFirstImportWritesThroughARollbackJournal: the first import into a new database
// writes its pages once, into the database (nothing is left in a write-ahead log after
// it), and the database is in WAL again after it; a later import writes through the
// log. A first import while another connection has the database open stays in WAL and
// imports as well.
func TestFirstImportWritesThroughARollbackJournal(t *testing.T) {
	ctx := context.Background()
	recs, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	walSize := func(path string) int64 {
		fi, err := os.Stat(path + "-wal")
		if errors.Is(err, fs.ErrNotExist) {
			return 0
		} else if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	journal := func(db *DB) string {
		var mode string
		if err := db.write.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		return mode
	}

	path := filepath.Join(t.TempDir(), "first.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.CaseIDs(ctx, time.Time{}); err != nil { // a reader's connection, left idle
		t.Fatal(err)
	}
	before := walSize(path)
	if _, err := db.Import(ctx, recs[0]); err != nil {
		t.Fatal(err)
	}
	if after := walSize(path); after > before {
		t.Errorf("the write-ahead log grew from %d to %d bytes in a first import, want its pages written to the database alone", before, after)
	}
	if mode := journal(db); mode != "wal" {
		t.Errorf("journal mode after a first import: %s, want wal", mode)
	}
	before = walSize(path)
	if _, err := db.Import(ctx, recs[1]); err != nil {
		t.Fatal(err)
	}
	if after := walSize(path); after <= before {
		t.Errorf("the write-ahead log stayed at %d bytes in a second import, want it to take the import's pages", after)
	}

	// Another program's connection, open on the database: the import stays in WAL.
	path = filepath.Join(t.TempDir(), "shared.db")
	db2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	other, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.CaseIDs(ctx, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if _, err := db2.Import(ctx, recs[0]); err != nil {
		t.Fatalf("first import beside another connection: %v", err)
	}
	if walSize(path) == 0 {
		t.Errorf("a first import beside another connection wrote no write-ahead log, want it to stay in WAL")
	}
	if ids, err := other.CaseIDs(ctx, time.Time{}); err != nil || len(ids) != 1 {
		t.Errorf("the other connection reads %v (%v) after the import, want its case", ids, err)
	}
}
