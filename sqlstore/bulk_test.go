package sqlstore

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/storetest"
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

// manyTies returns a record of two actors and a source, and n ties between the actors
// to stream with it.
func manyTies(n int) (*alliances.Record, []alliances.Tie) {
	rec := &alliances.Record{Case: "many", Title: "Many", Sources: []alliances.Source{{ID: "s", Title: "S", Kind: "analysis", Reliability: "C"}},
		Actors: []alliances.Actor{{ID: "a", Name: "A", Kind: "state"}, {ID: "b", Name: "B", Kind: "state"}}}
	ties := make([]alliances.Tie, n)
	for i := range ties {
		ties[i] = alliances.Tie{ID: "t" + strconv.Itoa(i), Subject: "a", Object: "b", Kind: alliances.Hostility, Valid: edtf.MustParse("2020"),
			Citations: []alliances.Citation{{Source: "s", Credibility: 2}}}
	}
	return rec, ties
}

// cancelling is a tie source that cancels its import at its 50th tie.
type cancelling struct {
	ties   []alliances.Tie
	cancel context.CancelFunc
}

func (c cancelling) Each(f func(*alliances.Tie) error) error {
	for i := range c.ties {
		if i == 50 {
			c.cancel()
			time.Sleep(20 * time.Millisecond)
		}
		if err := f(&c.ties[i]); err != nil {
			return err
		}
	}
	return nil
}

// TestCancelledFirstImportLeavesTheConnectionAsItWas: a first import cancelled midway
// says it was cancelled, records nothing, and leaves the write connection with its
// page cache, no helper threads and in WAL.
func TestCancelledFirstImportLeavesTheConnectionAsItWas(t *testing.T) {
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "cancel.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rec, ties := manyTies(2000)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err = db.ImportStream(ctx, func(*alliances.Record) alliances.TieSource { return cancelling{ties, cancel} }, rec)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled import: %v, want context.Canceled", err)
	}
	for pragma, want := range map[string]string{"cache_size": strconv.Itoa(pageCacheKiB), "threads": "0", "journal_mode": "wal"} {
		var got string
		if err := db.write.QueryRowContext(context.Background(), "PRAGMA "+pragma).Scan(&got); err != nil || got != want {
			t.Errorf("PRAGMA %s after a cancelled first import = %s (%v), want %s", pragma, got, err, want)
		}
	}
	if ids, err := db.CaseIDs(context.Background(), time.Time{}); err != nil || len(ids) != 0 {
		t.Errorf("cases after the cancelled import: %v (%v), want none", ids, err)
	}
}

// TestReadOnlyOpenBesideAJournalTakesLocks: a reader that cannot write a database
// reads it as immutable only when no file beside it says a program is writing it, or
// was when it stopped: a -wal file, or the -journal of a first import.
func TestReadOnlyOpenBesideAJournalTakesLocks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if m := readOnlyMode(path, false); m != modeImmutable {
		t.Errorf("mode of a file alone: %v, want immutable", m)
	}
	if m := readOnlyMode(path, true); m != modeRead {
		t.Errorf("mode of a file the reader may write: %v, want a reader beside writers", m)
	}
	for _, beside := range []string{"-wal", "-journal"} {
		if err := os.WriteFile(path+beside, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if m := readOnlyMode(path, false); m != modeReadOnly {
			t.Errorf("mode of a file with a %s file beside it: %v, want read-only with locks", beside, m)
		}
		os.Remove(path + beside)
	}
}

// blocking is a tie source that waits, at its tenth tie, until release is closed.
type blocking struct {
	ties             []alliances.Tie
	reached, release chan struct{}
}

func (b blocking) Each(f func(*alliances.Tie) error) error {
	for i := range b.ties {
		if i == 10 {
			close(b.reached)
			<-b.release
		}
		if err := f(&b.ties[i]); err != nil {
			return err
		}
	}
	return nil
}

// TestReaderWaitsForAFirstImport: a program that opens the database while a first
// import writes it through its rollback journal waits for the import to end and then
// reads what it recorded, rather than failing at once; a database Open did not make
// takes its first import through the write-ahead log.
func TestReaderWaitsForAFirstImport(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "wait.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rec, ties := manyTies(200)
	src := blocking{ties, make(chan struct{}), make(chan struct{})}
	done := make(chan error)
	go func() {
		_, err := db.ImportStream(ctx, func(*alliances.Record) alliances.TieSource { return src }, rec)
		done <- err
	}()
	<-src.reached
	if !exists(path + "-journal") {
		t.Fatalf("no rollback journal beside the database during its first import")
	}
	time.AfterFunc(100*time.Millisecond, func() { close(src.release) })
	reader, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatalf("a reader during a first import: %v, want it to wait for the import", err)
	}
	defer reader.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if ids, err := reader.CaseIDs(ctx, time.Time{}); err != nil || len(ids) != 1 {
		t.Errorf("the reader reads %v (%v) after the import, want its case", ids, err)
	}

	// The same file opened again: Open did not make it, its first import keeps to WAL.
	empty := filepath.Join(t.TempDir(), "again.db")
	first, err := Open(ctx, empty)
	if err != nil {
		t.Fatal(err)
	}
	first.Close()
	again, err := Open(ctx, empty)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if _, err := again.Import(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(empty + "-wal"); err != nil || fi.Size() == 0 {
		t.Errorf("the first import of a database Open did not make wrote no write-ahead log (%v)", err)
	}
}
