package sqlstore

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/storetest"
)

// sampleDB writes a database holding the sample case at dir/name and closes it.
func sampleDB(t *testing.T, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import(context.Background(), storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// fileState is what a read must leave as it was: the files beside the database, and the
// database's size and modification time.
func fileState(t *testing.T, path string) string {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return strings.Join(names, " ") + " | " + fi.ModTime().String() + " | " + strconv.FormatInt(fi.Size(), 10)
}

// TestOpenReadOnlyWritesNothing reads a database read-only, once as on read-only media
// (the directory and file cannot be written: SQLite must not try to make -wal or -shm
// files) and once where they can: either way the read finds the sample's ties and leaves
// no file behind and the database untouched. Root may write anywhere, so the read-only
// media are simulated by telling the opener that nothing is writable; the test with real
// permissions is TestOpenReadOnlyDirectory.
func TestOpenReadOnlyWritesNothing(t *testing.T) {
	ctx := context.Background()
	for name, canWrite := range map[string]func(string) bool{
		"ReadOnlyMedia": func(string) bool { return false },
		"Writable":      writable,
	} {
		t.Run(name, func(t *testing.T) {
			path := sampleDB(t, t.TempDir(), "ro.db")
			before := fileState(t, path)
			time.Sleep(10 * time.Millisecond) // so that a write would change the modification time
			db, err := openReadOnly(ctx, path, time.Second, canWrite)
			if err != nil {
				t.Fatal(err)
			}
			ties, err := db.Ties(ctx, alliances.TieFilter{})
			if err != nil || len(ties) != 3 {
				t.Errorf("ties = %d (%v), want the sample's 3", len(ties), err)
			}
			if _, err := db.Import(ctx, storetest.Sample()); alliances.KindOf(err) != alliances.Unavailable {
				t.Errorf("import into a read-only database: err = %v, want unavailable", err)
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			if after := fileState(t, path); after != before {
				t.Errorf("reading changed the files:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// TestOpenReadOnlyDirectory makes the directory and the file really read-only.
func TestOpenReadOnlyDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores file permissions; TestOpenReadOnlyWritesNothing covers read-only media")
	}
	ctx := context.Background()
	dir := t.TempDir()
	path := sampleDB(t, dir, "ro.db")
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	before := fileState(t, path)
	db, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if ties, err := db.Ties(ctx, alliances.TieFilter{}); err != nil || len(ties) != 3 {
		t.Errorf("ties = %d (%v), want the sample's 3", len(ties), err)
	}
	db.Close()
	if after := fileState(t, path); after != before {
		t.Errorf("reading changed the files:\nbefore %s\nafter  %s", before, after)
	}
}

// schemaV1 writes a database at schema version 1 holding one case.
func schemaV1(t *testing.T, path string) {
	t.Helper()
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	ms, err := Migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{ms[0].SQL,
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT`,
		`INSERT INTO schema_migrations VALUES (1, '0001_record.sql', 0)`,
		`INSERT INTO cases VALUES ('c', 1, 1, NULL, '{"title":"C"}')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%v: %s", err, q)
		}
	}
}

// TestOpenReadOnlyOlderSchema: a database of an older schema is upgraded when it can be
// written, and is refused with a clear message on read-only media, unchanged.
func TestOpenReadOnlyOlderSchema(t *testing.T) {
	ctx := context.Background()
	t.Run("ErrUnavailableOnReadOnlyMedia", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "v1.db")
		schemaV1(t, path)
		before := fileState(t, path)
		_, err := openReadOnly(ctx, path, time.Second, func(string) bool { return false })
		if alliances.KindOf(err) != alliances.Unavailable || !strings.Contains(err.Error(), "older") {
			t.Errorf("err = %v, want unavailable: an older schema that cannot be upgraded here", err)
		}
		if after := fileState(t, path); after != before {
			t.Errorf("the refused open changed the files:\nbefore %s\nafter  %s", before, after)
		}
	})
	t.Run("UpgradedWhereWritable", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "v1.db")
		schemaV1(t, path)
		db, err := openReadOnly(ctx, path, time.Second, func(string) bool { return true })
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		cs, err := db.Cases(ctx, time.Time{})
		if err != nil || len(cs) != 1 {
			t.Errorf("cases = %v (%v), want case c", cs, err)
		}
	})
}

// TestOpenErrDamaged: a database whose schema was damaged outside the program is
// reported as damaged (Unavailable), with the ways to recover, not as a SQL error.
func TestOpenErrDamaged(t *testing.T) {
	ctx := context.Background()
	for name, damage := range map[string]string{
		"MigrationsEmptied": `DELETE FROM schema_migrations`,
		"ClaimsDropped":     `DROP TABLE claims`,
		"CasesDropped":      `DROP TABLE cases`,
	} {
		t.Run(name, func(t *testing.T) {
			path := sampleDB(t, t.TempDir(), "damaged.db")
			raw, err := sql.Open("sqlite", "file:"+path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := raw.Exec(damage); err != nil {
				t.Fatal(err)
			}
			raw.Close()
			for opener, open := range map[string]func(context.Context, string) (*DB, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
				db, err := open(ctx, path)
				if err == nil {
					_, err = db.Ties(ctx, alliances.TieFilter{})
					db.Close()
				}
				if alliances.KindOf(err) != alliances.Unavailable || !strings.Contains(err.Error(), "is damaged") ||
					!strings.Contains(err.Error(), "backup") || !strings.Contains(err.Error(), "--known-at") {
					t.Errorf("%s: err = %v, want unavailable: damaged, restore from a backup or --known-at", opener, err)
				}
			}
		})
	}
}

// TestClaimChangedOutsideIsDamage: a claim whose stored JSON was changed outside the
// program (it no longer decodes) makes the database damaged, Unavailable with how to
// recover, not an internal error; read as current (the record cache emptied, so that
// the claims are read) and as known at a time.
func TestClaimChangedOutsideIsDamage(t *testing.T) {
	ctx := context.Background()
	path := sampleDB(t, t.TempDir(), "damaged.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`UPDATE claims SET body = '{' WHERE rowid = (SELECT MIN(rowid) FROM claims WHERE entity = 'tie');
		DELETE FROM record_cache`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	db, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for name, knownAt := range map[string]time.Time{"current": {}, "known at": time.Now()} {
		_, err := db.Ties(ctx, alliances.TieFilter{KnownAt: knownAt})
		if alliances.KindOf(err) != alliances.Unavailable || !strings.Contains(err.Error(), "is damaged") ||
			!strings.Contains(err.Error(), "tie of case") {
			t.Errorf("%s: err = %v, want unavailable: damaged, a tie of the case does not decode", name, err)
		}
	}
}
