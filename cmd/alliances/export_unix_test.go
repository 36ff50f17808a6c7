//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// exportSmall imports testdata/small.yaml and returns what export prints to standard
// output, the content every test below expects in its target.
func exportSmall(t *testing.T) (*cli, string) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	return c, c.ok("export")
}

func TestExportToNamedPipeWritesIntoIt(t *testing.T) {
	c, want := exportSmall(t)
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	// A reader that does not wait for a writer: the export's few kilobytes fit in the
	// pipe's buffer, and reading after the export ends sees them, or nothing at all
	// when the export never opened the pipe.
	r, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	_, errOut, code := c.run("export", "--out", fifo)
	data, _ := io.ReadAll(r)
	if code != 0 || string(data) != want {
		t.Errorf("export --out FIFO: exit %d, %s; the pipe carried %d bytes, want the %d of the export", code, errOut, len(data), len(want))
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("after export the pipe is %v (%v), want it still a named pipe", fi.Mode(), err)
	}
}

func TestExportToDevNullKeepsTheDevice(t *testing.T) {
	fi, err := os.Stat(os.DevNull)
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Skipf("%s is no character device here", os.DevNull)
	}
	if os.Geteuid() == 0 {
		// A broken export run as root would replace the system's /dev/null.
		t.Skip("not run as root")
	}
	c, _ := exportSmall(t)
	if _, errOut, code := c.run("export", "--out", os.DevNull); code != 0 {
		t.Errorf("export --out %s: exit %d, %s", os.DevNull, code, errOut)
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("after export %s is %v (%v), want a character device", os.DevNull, fi.Mode(), err)
	}
}

func TestExportToDashWritesStandardOutput(t *testing.T) {
	c, want := exportSmall(t)
	dir := t.TempDir()
	t.Chdir(dir)
	if got := c.ok("export", "--out", "-"); got != want {
		t.Errorf("export --out - printed %d bytes, want the %d of the export", len(got), len(want))
	}
	if _, err := os.Lstat(filepath.Join(dir, "-")); err == nil {
		t.Error(`export --out - wrote a file named "-"`)
	}
}

func TestExportThroughSymlinkKeepsTheLink(t *testing.T) {
	c, want := exportSmall(t)
	dir := t.TempDir()
	target := writeFile(t, dir, "real.yaml", "old\n")
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink("real.yaml", link); err != nil {
		t.Skipf("cannot make a symbolic link: %v", err)
	}
	c.ok("export", "--out", link)
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("after export %s is %v (%v), want still a symbolic link", link, fi.Mode(), err)
	}
	if data, _ := os.ReadFile(target); string(data) != want {
		t.Errorf("link target holds %q, want the export", data)
	}
}

func TestExportKeepsModeOfExistingFile(t *testing.T) {
	c, want := exportSmall(t)
	path := writeFile(t, t.TempDir(), "private.yaml", "old\n")
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	c.ok("export", "--out", path)
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("after export the file's mode is %v (%v), want -rw------- as it was", fi.Mode(), err)
	}
	if data, _ := os.ReadFile(path); string(data) != want {
		t.Errorf("file holds %q, want the export", data)
	}
}

func TestExportNewFileHonoursUmask(t *testing.T) {
	c, _ := exportSmall(t)
	old := syscall.Umask(0o077)
	t.Cleanup(func() { syscall.Umask(old) })
	path := filepath.Join(t.TempDir(), "new.yaml")
	c.ok("export", "--out", path)
	// 0666 (read and write for all, as for any new file) less the umask 077.
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("new file's mode is %v (%v), want -rw------- under umask 077", fi.Mode(), err)
	}
}

func TestExportRefusesReadOnlyFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any file")
	}
	c, _ := exportSmall(t)
	path := writeFile(t, t.TempDir(), "frozen.yaml", "old\n")
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := c.run("export", "--out", path)
	if code != exitInvalid || !strings.Contains(errOut, path) {
		t.Errorf("export to a read-only file: exit %d, %q; want exit %d naming the file", code, errOut, exitInvalid)
	}
	if data, _ := os.ReadFile(path); string(data) != "old\n" {
		t.Errorf("read-only file now holds %q, want it unchanged", data)
	}
}

// TestCSVExportIntoTwoNamesOfOneFileIsRefused: ties.csv a link to actors.csv would leave
// the ties in place of the actors; the export is refused and the folder left as it was.
func TestCSVExportIntoTwoNamesOfOneFileIsRefused(t *testing.T) {
	c, _ := exportSmall(t)
	dir := t.TempDir()
	writeFile(t, dir, "actors.csv", "old actors\n")
	if err := os.Symlink("actors.csv", filepath.Join(dir, "ties.csv")); err != nil {
		t.Skipf("cannot make a symbolic link: %v", err)
	}
	_, errOut, code := c.run("export", "--format", "csv", "--out", dir)
	if code != exitInvalid || !strings.Contains(errOut, "same file") {
		t.Errorf("export into two names of one file: exit %d, %s; want exit %d naming the same file", code, errOut, exitInvalid)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "actors.csv")); string(data) != "old actors\n" {
		t.Errorf("actors.csv holds %q, want it as it was", data)
	}
}

// TestRefusedCSVExportLeavesNoFolder: a folder made for an export that then fails is
// removed, not left empty. A note holding a NUL character, which a JSON case file may
// give, cannot be written as CSV.
func TestRefusedCSVExportLeavesNoFolder(t *testing.T) {
	c := newCLI(t)
	c.ok("import", writeFile(t, t.TempDir(), "nul.json",
		`{"case": "nul", "title": "t", "actors": [{"id": "a", "name": "A", "kind": "party", "note": "x\u0000y"}]}`))
	out := filepath.Join(t.TempDir(), "tables")
	_, errOut, code := c.run("export", "--format", "csv", "--out", out)
	if code != exitInvalid {
		t.Fatalf("CSV export of a NUL character: exit %d, %s; want %d", code, errOut, exitInvalid)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("the refused export left the folder %s", out)
	}
}
