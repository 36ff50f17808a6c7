package sqlstore

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"
)

// TestBlobReadIsKept holds SQLite's driver to what readBlob relies on (dialect.ownsBlobs):
// each blob comes in a buffer of its own, which later reads, on the same connection
// and statement, never write into.
func TestBlobReadIsKept(t *testing.T) {
	ctx := context.Background()
	db := fileDB(t, "blobs.db")
	if !db.dialect.ownsBlobs {
		t.Fatal("SQLite's dialect does not keep the blobs it reads")
	}
	const query = `SELECT CAST(? AS BLOB) UNION ALL SELECT x'00'`
	blob := func(i, n int) []byte { return bytes.Repeat([]byte{byte('a' + i%26)}, n) }
	var kept [][]byte
	for i := range 40 {
		n := 1 << (i % 22) // 1 byte to 2 MiB
		got, err := db.readBlob(ctx, db.read, query, blob(i, n))
		if err != nil {
			t.Fatal(err)
		}
		kept = append(kept, got)
	}
	for i, got := range kept {
		if want := blob(i, 1<<(i%22)); !bytes.Equal(got, want) {
			t.Fatalf("blob %d read %d bytes beginning %q after later reads; want %d bytes of %q", i, len(got), got[:min(8, len(got))], len(want), want[:1])
		}
	}
	if _, err := db.readBlob(ctx, db.read, `SELECT body FROM record_cache WHERE case_id = 'none'`); !errors.Is(err, sql.ErrNoRows) {
		t.Errorf("a query of no rows gave %v; want sql.ErrNoRows", err)
	}
}

// fileDB opens a new SQLite database file in the test's folder, closed when it ends.
func fileDB(t *testing.T, name string) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
