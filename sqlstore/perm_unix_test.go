//go:build unix

package sqlstore

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/storetest"
)

// TestOpenCreatesPrivateFiles: the database and the -wal and -shm files SQLite makes
// beside it are readable by their owner only, whatever the umask allows.
func TestOpenCreatesPrivateFiles(t *testing.T) {
	old := syscall.Umask(0o022) // the usual umask, which lets others read new files
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "private.db")
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// The first import writes through a rollback journal (see bulkJournal), the
	// second through the write-ahead log.
	again := storetest.Sample()
	again.Ties[0].Note = "changed"
	for _, rec := range []*alliances.Record{storetest.Sample(), again} {
		if _, err := db.Import(context.Background(), rec); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatalf("%s: %v (the database is open in WAL mode, so it must exist)", filepath.Base(p), err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want -rw------- (owner only)", filepath.Base(p), fi.Mode().Perm())
		}
	}
}
