//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestImportPlacesIDsHeldElsewhereInANamedPipe: import keeps no CSV text once the
// tables are read, and reads a table again to place an id another case holds; a table
// that is a named pipe cannot be read again, so its text is kept. (Reading it again
// would wait for a writer for ever.)
func TestImportPlacesIDsHeldElsewhereInANamedPipe(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	fifo := filepath.Join(t.TempDir(), "actors.csv")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0) // waits for import to open it
		if err != nil {
			return
		}
		w.WriteString("id,name,kind\ndelta,Delta,state\nbeta,Beta again,state\n")
		w.Close()
	}()
	_, errOut, code := c.run("import", "--case", "tables", fifo)
	if want := fifo + `:3:1: actor id "beta" is already recorded by case small`; code != exitConflict || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, exitConflict, want)
	}
}
