package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/storetest"
)

func TestOpenErrUnavailable(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	t.Run("NotADatabase", func(t *testing.T) {
		path := filepath.Join(dir, "notes.txt")
		if err := os.WriteFile(path, []byte(strings.Repeat("not a database\n", 100)), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Open(ctx, path)
		if alliances.KindOf(err) != alliances.Unavailable || !strings.Contains(err.Error(), "is not an alliances database") {
			t.Errorf("err = %v, want unavailable: not an alliances database", err)
		}
	})
	t.Run("MissingDirectory", func(t *testing.T) {
		_, err := Open(ctx, filepath.Join(dir, "no", "such", "dir", "x.db"))
		if alliances.KindOf(err) != alliances.Unavailable || !strings.Contains(err.Error(), "cannot create database") {
			t.Errorf("err = %v, want unavailable: cannot create database", err)
		}
	})
	t.Run("NewerSchema", func(t *testing.T) {
		path := filepath.Join(dir, "newer.db")
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		db.write.Exec(`INSERT INTO schema_migrations VALUES (999, 'future', 0)`)
		db.Close()
		_, err = Open(ctx, path)
		if alliances.KindOf(err) != alliances.Unavailable || !strings.Contains(err.Error(), "newer than this program knows") {
			t.Errorf("err = %v, want unavailable: newer schema", err)
		}
	})
}

func TestImportErrLockedLeavesDatabaseAsItWas(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "locked.db")
	db, err := open(ctx, path, 50*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	_, err = db.Import(ctx, storetest.Sample())
	if alliances.KindOf(err) != alliances.Unavailable || !strings.Contains(err.Error(), "is locked by another program") {
		t.Fatalf("import into a locked database: err = %v, want unavailable: locked", err)
	}
	conn.ExecContext(ctx, "ROLLBACK")
	if cs, err := db.Cases(ctx, time.Time{}); err != nil || len(cs) != 0 {
		t.Errorf("cases after the failed import = %v (%v), want none", cs, err)
	}
	if _, err := db.Import(ctx, storetest.Sample()); err != nil {
		t.Errorf("import once the lock is released: %v", err)
	}
}

func TestReopenKeepsRecord(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ties, err := db.Ties(ctx, alliances.TieFilter{})
	if err != nil || len(ties) != 3 {
		t.Errorf("ties after reopening = %d (%v), want the sample's 3", len(ties), err)
	}
}

// TestMigrationsAreNumberedFromOne checks the rule that migrations are numbered 1, 2, 3...
// without gaps, the same numbers in every SQL dialect.
func TestMigrationsAreNumberedFromOne(t *testing.T) {
	ms, err := Migrations()
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range ms {
		if m.Version != i+1 {
			t.Errorf("migration %s has number %d, want %d", m.Name, m.Version, i+1)
		}
	}
}

func TestOpenOddFileNames(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, name := range []string{"a#b.db", "x%20y.db", "c?mode=ro.db", "spaced name.db"} {
		path := filepath.Join(dir, name)
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open %q: %v", name, err)
		}
		if _, err := db.Import(ctx, storetest.Sample()); err != nil {
			t.Fatalf("import into %q: %v", name, err)
		}
		db.Close()
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%q: the database is not at the path given: %v", name, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".db") && !strings.Contains(e.Name(), ".db-") {
			t.Errorf("stray file %q written beside the databases", e.Name())
		}
	}
}

func TestOpenErrAnotherProgramsDatabase(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "other.db")
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Exec(`CREATE TABLE cases (x INTEGER)`); err != nil {
		t.Fatal(err)
	}
	other.Close()
	_, err = Open(ctx, path)
	if alliances.KindOf(err) != alliances.Unavailable || !strings.Contains(err.Error(), "a SQLite database of another program") {
		t.Errorf("err = %v, want unavailable: another program's database", err)
	}
}

func TestOpenReadOnlyFileCanBeQueried(t *testing.T) {
	if os.Geteuid() == 0 {
		// root ignores file permissions: open the database read-only through SQLite instead.
		t.Log("running as root: checking the read-only path with mode=ro")
	}
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "ro.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// An up-to-date database is only read on open: a connection that cannot write works.
	ro, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	r := &DB{path: path, read: ro, write: ro, dialect: sqliteDialect}
	if err := r.migrate(ctx); err != nil {
		t.Fatalf("migrate on a read-only connection: %v", err)
	}
	ties, err := r.Ties(ctx, alliances.TieFilter{})
	if err != nil || len(ties) != 3 {
		t.Errorf("ties from the read-only database = %d (%v), want 3", len(ties), err)
	}
}

// TestConcurrentFirstOpen opens new databases from several goroutines at once, each
// with its own connections, as several programs would: each must find the schema
// applied once, whoever applied it.
func TestConcurrentFirstOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	const openers = 6
	for round := range 10 {
		path := filepath.Join(dir, fmt.Sprintf("new%d.db", round))
		start := make(chan struct{})
		errs := make(chan error, openers)
		for range openers {
			go func() {
				<-start
				db, err := Open(ctx, path)
				if err == nil {
					db.Close()
				}
				errs <- err
			}()
		}
		close(start)
		for range openers {
			if err := <-errs; err != nil {
				t.Fatalf("round %d: concurrent open of a new database: %v", round, err)
			}
		}
	}
}

// TestMigrationRederivesSigns: a database of schema version 1 holds an agreement as an
// earlier version stored it, with sign +. Opened now, migration 2 rewrites the derived
// sign (0 for an agreement without a type) and leaves the rest as recorded, so that
// importing the same case again changes nothing.
func TestMigrationRederivesSigns(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := Migrations()
	if err != nil {
		t.Fatal(err)
	}
	old := `{"id":"deal","subject":"a","object":"b","kind":"agreement","sign":"+","directed":false,"valid":"2016","status":"reported","citations":[{"source":"s","credibility":2,"stance":"asserts"}]}`
	for _, q := range []string{ms[0].SQL,
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT`,
		`INSERT INTO schema_migrations VALUES (1, '0001_record.sql', 0)`,
		`INSERT INTO cases VALUES ('c', 1, 1, NULL, '{"title":"C"}')`,
		`INSERT INTO claims (entity, id, version, case_id, seq, recorded_from, body) VALUES
			('source', 's', 1, 'c', 0, 1, '{"id":"s","title":"S","kind":"analysis","reliability":"B"}'),
			('actor', 'a', 1, 'c', 1, 1, '{"id":"a","name":"A","aliases":[],"kind":"party"}'),
			('actor', 'b', 1, 'c', 2, 1, '{"id":"b","name":"B","aliases":[],"kind":"party"}'),
			('tie', 'deal', 1, 'c', 3, 1, '` + old + `')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%v: %s", err, q)
		}
	}
	raw.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rec, err := db.Record(ctx, "c", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if d := rec.Ties[0]; d.Sign != 0 || d.Type != "" {
		t.Fatalf("migrated agreement: sign %v, type %q; want sign 0 and still no type", d.Sign, d.Type)
	}
	if h, err := db.History(ctx, "deal"); err != nil || len(h) != 1 {
		t.Fatalf("history of the agreement: %d versions (%v), want the one recorded", len(h), err)
	}
	rec.StripRecorded()
	sums, err := db.Import(ctx, rec)
	if err != nil {
		t.Fatal(err)
	}
	if s := sums[0]; s.Changed != 0 || s.Added != 0 || s.Unchanged != 4 {
		t.Errorf("re-import after the migration: %+v, want 4 unchanged", s)
	}
}

// TestImportInvalidCountsTheRest: a record the store refuses names its first problem and
// counts the others, in the singular for one.
func TestImportInvalidCountsTheRest(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tc := range []struct {
		actors []alliances.Actor
		want   string
	}{
		{[]alliances.Actor{{ID: "a", Kind: "state"}, {ID: "b", Kind: "state"}}, "(and 1 more problem; run alliances check)"},
		{[]alliances.Actor{{ID: "a", Kind: "state"}, {ID: "b", Kind: "state"}, {ID: "c", Kind: "state"}}, "(and 2 more problems; run alliances check)"},
	} {
		_, err := db.Import(ctx, &alliances.Record{Case: "c", Title: "C", Actors: tc.actors}) // actors without names
		if alliances.KindOf(err) != alliances.Invalid || !strings.HasSuffix(err.Error(), tc.want) {
			t.Errorf("import of %d actors without names: %v, want invalid ending %q", len(tc.actors), err, tc.want)
		}
	}
}
