package sqlite

import (
	"context"
	"database/sql"
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
