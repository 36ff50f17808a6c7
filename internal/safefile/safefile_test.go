package safefile

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(data)
}

func TestCommitReplacesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.txt")
	write(t, path, "old")
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write([]byte("new")); err != nil {
		t.Fatal(err)
	}
	if got := read(t, path); got != "old" {
		t.Errorf("before Commit the file holds %q, want the old content", got)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, path); got != "new" {
		t.Errorf("after Commit the file holds %q, want new", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only the file", len(entries))
	}
}

func TestDiscardLeavesOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	write(t, path, "old")
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("half"))
	f.Discard()
	if got := read(t, path); got != "old" {
		t.Errorf("after Discard the file holds %q, want old", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only the file", len(entries))
	}
}

func TestCreateRefusesFolder(t *testing.T) {
	dir := t.TempDir()
	if _, err := Create(dir); err == nil {
		t.Error("Create of a folder: no error")
	}
}

// TestCommitAllFailingMidwayRestoresEveryFile makes the last rename fail, after the
// first two files are put in place: the replaced one gets its old content back, and
// the new one is removed.
func TestCommitAllFailingMidwayRestoresEveryFile(t *testing.T) {
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a"), filepath.Join(dir, "b"), filepath.Join(dir, "c")
	write(t, a, "old a")
	var files []*File
	for _, p := range []string{a, b, c} {
		f, err := Create(p)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte("new"))
		files = append(files, f)
	}
	// c, new, turns into a folder after Create checked it: renaming over it fails.
	if err := os.Mkdir(c, 0o755); err != nil {
		t.Fatal(err)
	}
	err := CommitAll(files)
	if pe, ok := err.(*fs.PathError); !ok || pe.Path != c {
		t.Errorf("CommitAll error = %v, want one naming %s", err, c)
	}
	if got := read(t, a); got != "old a" {
		t.Errorf("a holds %q, want its old content back", got)
	}
	if _, err := os.Lstat(b); err == nil {
		t.Errorf("b, new, was left after the failure")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("folder holds %d entries, want a and the folder c only, no temporary files", len(entries))
	}
}

// TestCommitToOpenFileAppends writes to /proc/self/fd/N, a file the process holds open
// for appending (as a shell's >> gives /dev/stdout): the file keeps what it held and
// stays the same file.
func TestCommitToOpenFileAppends(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log")
	write(t, path, "head\n")
	open, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer open.Close()
	fd := fmt.Sprintf("/proc/self/fd/%d", open.Fd())
	if _, err := os.Stat(fd); err != nil {
		t.Skipf("no %s here: %v", fd, err)
	}
	before, _ := os.Stat(path)
	f, err := Create(fd)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("body\n"))
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, path); got != "head\nbody\n" {
		t.Errorf("file holds %q, want head then body", got)
	}
	if after, err := os.Stat(path); err != nil || !os.SameFile(before, after) {
		t.Errorf("the file was replaced by another (%v)", err)
	}
}

func TestCreateInFolderThatTakesNoFileSaysWhy(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write in any folder")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	write(t, path, "old")
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	_, err := Create(path)
	if pe, ok := err.(*fs.PathError); !ok || pe.Path != path || !strings.Contains(pe.Err.Error(), "temporary file beside it") {
		t.Errorf("Create error = %v, want one naming %s and the temporary file", err, path)
	}
	if got := read(t, path); got != "old" {
		t.Errorf("file holds %q, want old", got)
	}
}

// commitOne writes content to path through Create and Commit.
func commitOne(path, content string) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write([]byte(content)); err != nil {
		f.Discard()
		return err
	}
	return f.Commit()
}

// TestRelativeLinkInLinkedFolder: a relative link is read from the folder the link
// really is in, as the kernel reads it, not from the path it was reached by: sd/lnk,
// with sd a link to real/deep and lnk a link to ../target.yaml, names real/target.yaml,
// not the target.yaml beside sd.
func TestRelativeLinkInLinkedFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "real", "deep"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("real", "deep"), filepath.Join(dir, "sd")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("..", "target.yaml"), filepath.Join(dir, "real", "deep", "lnk")); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "real", "target.yaml"), "old target")
	write(t, filepath.Join(dir, "target.yaml"), "unrelated")
	if err := commitOne(filepath.Join(dir, "sd", "lnk"), "new"); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dir, "real", "target.yaml")); got != "new" {
		t.Errorf("real/target.yaml holds %q, want the new content", got)
	}
	if got := read(t, filepath.Join(dir, "target.yaml")); got != "unrelated" {
		t.Errorf("the unrelated target.yaml holds %q, want it untouched", got)
	}
	if fi, err := os.Lstat(filepath.Join(dir, "real", "deep", "lnk")); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link is gone: %v, %v", fi, err)
	}
}

// TestProcPathOfRegularFileIsReplaced: a regular file reached through /proc/self/cwd is
// a file in a folder, replaced like any other, not a stream written after its content.
func TestProcPathOfRegularFileIsReplaced(t *testing.T) {
	if _, err := os.Stat("/proc/self/cwd"); err != nil {
		t.Skip("no /proc on this system")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	write(t, filepath.Join(dir, "out.yaml"), "old\n")
	if err := commitOne("/proc/self/cwd/out.yaml", "new\n"); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dir, "out.yaml")); got != "new\n" {
		t.Errorf("out.yaml holds %q, want it replaced by %q", got, "new\n")
	}
}

// TestCommitAllRefusesTwoNamesOfOneFile: two outputs that are one file (ties.csv a link
// to actors.csv) would leave one table in place of the other: refused, nothing written.
func TestCommitAllRefusesTwoNamesOfOneFile(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "actors.csv"), "old actors")
	if err := os.Symlink("actors.csv", filepath.Join(dir, "ties.csv")); err != nil {
		t.Fatal(err)
	}
	var files []*File
	for _, name := range []string{"actors.csv", "ties.csv"} {
		f, err := Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte("new " + name))
		files = append(files, f)
	}
	err := CommitAll(files)
	if err == nil || !strings.Contains(err.Error(), "same file") {
		t.Errorf("CommitAll = %v, want a refusal naming the same file", err)
	}
	if got := read(t, filepath.Join(dir, "actors.csv")); got != "old actors" {
		t.Errorf("actors.csv holds %q, want the old content", got)
	}
}
