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
// each part of a blob comes in a buffer of its own, which later rows of the same
// statement, and later reads on the same connection, never write into.
func TestBlobReadIsKept(t *testing.T) {
	ctx := context.Background()
	db := fileDB(t, "blobs.db")
	if !db.dialect.ownsBlobs {
		t.Fatal("SQLite's dialect does not keep the blobs it reads")
	}
	blob := func(i, n int) []byte { return bytes.Repeat([]byte{byte('a' + i%26)}, n) }
	size := func(i int) int { return 1 << (i % 22) } // 1 byte to 2 MiB
	for _, entity := range []string{"tie", "actor"} {
		for i := range 40 {
			if _, err := db.write.Exec(`INSERT INTO record_cache (case_id, entity, part, stamp, body) VALUES ('c', ?, ?, 1, ?)`,
				entity, i, blob(i, size(i))); err != nil {
				t.Fatal(err)
			}
		}
	}
	kept, err := db.readBlob(ctx, db.read, "c", "tie", 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.readBlob(ctx, db.read, "c", "actor", 1); err != nil {
		t.Fatal(err)
	}
	if len(kept) != 40 {
		t.Fatalf("read %d parts; want the 40 written", len(kept))
	}
	for i, got := range kept {
		if want := blob(i, size(i)); !bytes.Equal(got, want) {
			t.Fatalf("part %d read %d bytes beginning %q after later reads; want %d bytes of %q", i, len(got), got[:min(8, len(got))], len(want), want[:1])
		}
	}
	if _, err := db.readBlob(ctx, db.read, "c", "tie", 2); !errors.Is(err, sql.ErrNoRows) {
		t.Errorf("a blob of another stamp gave %v; want sql.ErrNoRows", err)
	}
	if _, err := db.readBlob(ctx, db.read, "none", "tie", 1); !errors.Is(err, sql.ErrNoRows) {
		t.Errorf("a case without a blob gave %v; want sql.ErrNoRows", err)
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
