// Package safefile writes output files without harming what was there: a regular file
// is replaced whole or not at all, keeping its permissions (and, where the system
// allows, its owner), while anything that is not a regular file, a device such as
// /dev/null or a named pipe, is written in place and never replaced, and a file the
// process has open (/dev/stdout) is written after what it holds.
//
// A regular file is written to a temporary file beside it that is renamed over it once
// complete, so that a failure leaves the old file as it was. A new file is created with
// permissions 0666 less the process's umask, as any program creates files. A symbolic
// link is followed: the file it names is replaced and the link stays. A file the user
// may not write is refused, although its folder would let a rename replace it.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
)

// File is an output file being written. Write to it, then Commit it (or CommitAll
// several), or Discard it.
type File struct {
	path string   // the file to write: the named path with symbolic links followed
	f    *os.File // the temporary file, or path itself when direct
	temp string   // the temporary file's name; "" when writing to path directly
	old  fs.FileInfo
}

// Create starts writing the file at path. It fails, with an error naming path, when
// path is a folder, when its folder does not exist or cannot hold a new file, or when
// it is a regular file the user may not write.
func Create(path string) (*File, error) {
	target, err := resolve(path)
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return createTemp(target, nil)
	case err != nil:
		return nil, err
	case fi.IsDir():
		return nil, &fs.PathError{Op: "write", Path: path, Err: errors.New("is a folder, expected a file")}
	case !fi.Mode().IsRegular():
		f, err := os.OpenFile(target, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		return &File{path: target, f: f}, nil
	case openFile(target):
		// A file the process has open, as its standard output: write after what the
		// process wrote to it (the shell truncated it for >, or keeps it for >>).
		f, err := os.OpenFile(target, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			return nil, err
		}
		return &File{path: target, f: f}, nil
	}
	// Opening the file for writing, without truncating it, checks that the user may
	// write it, which replacing it by rename would not.
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return nil, err
	}
	f.Close()
	return createTemp(target, fi)
}

// openFile reports whether a path names a file a process has open rather than a place
// in a folder: /dev/stdout, /dev/fd/1, /proc/self/fd/1, /proc/1234/fd/1. Renaming a new
// file there would not write the open file. Other paths under /proc, such as
// /proc/self/cwd/out.yaml, lead to folders, and their files are replaced as any other.
func openFile(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	switch abs {
	case "/dev/stdin", "/dev/stdout", "/dev/stderr":
		return true
	}
	return openFilePath.MatchString(abs)
}

var openFilePath = regexp.MustCompile(`^(/dev/fd/[0-9]+|/proc/(self|thread-self|[0-9]+)(/task/[0-9]+)?/fd/[0-9]+)$`)

// resolve follows the symbolic links of path, if it is one, to the file they name,
// which need not exist.
func resolve(path string) (string, error) {
	for range 40 {
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 || openFile(path) {
			return path, nil
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			// Relative to the folder the link is in, as the kernel reads it: that
			// folder's own links followed, so that ".." leaves the folder it really is.
			dir, err := filepath.EvalSymlinks(filepath.Dir(path))
			if err != nil {
				return "", err
			}
			link = filepath.Join(dir, link)
		}
		path = link
	}
	return "", &fs.PathError{Op: "write", Path: path, Err: errors.New("too many symbolic links")}
}

// createTemp creates a temporary file beside target, with the mode of old, the file it
// will replace, or the mode of a new file when old is nil.
func createTemp(target string, old fs.FileInfo) (*File, error) {
	dir, base := filepath.Split(target)
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil && old != nil {
			// The file is there and writable, but its folder takes no new file.
			return nil, &fs.PathError{Op: "write", Path: target, Err: fmt.Errorf("cannot create a temporary file beside it to replace it whole: %w", unwrap(err))}
		}
		if err != nil {
			return nil, err
		}
		out := &File{path: target, f: f, temp: name, old: old}
		if old != nil {
			if err := keepMode(f, old); err != nil {
				out.Discard()
				return nil, err
			}
		}
		return out, nil
	}
	return nil, &fs.PathError{Op: "write", Path: target, Err: errors.New("cannot find a free temporary name beside it")}
}

// keepMode gives the temporary file the owner (when allowed) and the mode of the file
// it will replace; the owner first, since changing it clears set-id bits.
func keepMode(f *os.File, old fs.FileInfo) error {
	chown(f, old)
	return f.Chmod(old.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky))
}

// Write writes to the file.
func (f *File) Write(p []byte) (int, error) { return f.f.Write(p) }

// Name returns the path of the file written: the path given to Create, its symbolic
// links followed.
func (f *File) Name() string { return f.path }

// close finishes writing: the temporary file is flushed to disk and closed.
func (f *File) close() error {
	if f.f == nil {
		return nil
	}
	var err error
	if f.temp != "" {
		err = f.f.Sync()
	}
	if cerr := f.f.Close(); err == nil {
		err = cerr
	}
	f.f = nil
	return err
}

// Commit finishes writing and puts the file in place. On failure the old file is left
// as it was (when it is a regular file) and the temporary file is removed.
func (f *File) Commit() error { return CommitAll([]*File{f}) }

// Discard abandons the file: the temporary file is removed and the old file left as
// it was. Writing in place cannot be undone. Discard after Commit does nothing.
func (f *File) Discard() {
	if f.f != nil {
		f.f.Close()
		f.f = nil
	}
	if f.temp != "" {
		os.Remove(f.temp)
		f.temp = ""
	}
}

// CommitAll finishes writing files and puts them all in place, or, on failure, none:
// the regular files replaced before the failure get their old content back and new
// ones are removed (files written in place keep what was written). Every file is
// discarded on failure.
func CommitAll(files []*File) (err error) {
	defer func() {
		if err != nil {
			for _, f := range files {
				f.Discard()
			}
		}
	}()
	if err := distinct(files); err != nil {
		return err
	}
	for _, f := range files {
		if err := f.close(); err != nil {
			return &fs.PathError{Op: "write", Path: f.path, Err: unwrap(err)}
		}
	}
	var done []undo
	defer func() {
		for _, u := range done {
			u.finish(err != nil)
		}
	}()
	for _, f := range files {
		if f.temp == "" {
			continue
		}
		u, err := f.backup()
		if err != nil {
			return err
		}
		if err := os.Rename(f.temp, f.path); err != nil {
			u.finish(false)
			return &fs.PathError{Op: "write", Path: f.path, Err: unwrap(err)}
		}
		f.temp = ""
		done = append(done, u)
	}
	return nil
}

// distinct refuses files that are one file under two names (a hard link, or links the
// resolution of symbolic links did not see through): committing both would leave one's
// content in place of the other's.
func distinct(files []*File) error {
	for i, f := range files {
		for _, g := range files[:i] {
			same := f.path == g.path
			if !same && f.old != nil && g.old != nil {
				same = os.SameFile(f.old, g.old)
			}
			if same {
				return &fs.PathError{Op: "write", Path: f.path, Err: fmt.Errorf("is the same file as %s: each output needs a file of its own", g.path)}
			}
		}
	}
	return nil
}

// undo restores the file a commit replaced, or removes the one it created.
type undo struct {
	path, backup string // backup is "" when the file was new
}

// backup keeps the old file under a temporary name, by a second (hard) link to it,
// or else a copy, so that a failed CommitAll can put it back.
func (f *File) backup() (undo, error) {
	u := undo{path: f.path}
	if f.old == nil {
		return u, nil
	}
	name := f.temp + ".old"
	if err := os.Link(f.path, name); err != nil {
		if err := copyFile(f.path, name, f.old); err != nil {
			return u, &fs.PathError{Op: "write", Path: f.path, Err: fmt.Errorf("cannot keep a copy of it while replacing it: %w", unwrap(err))}
		}
	}
	u.backup = name
	return u, nil
}

// finish undoes the commit when failed, and removes the backup.
func (u undo) finish(failed bool) {
	switch {
	case failed && u.backup != "":
		os.Rename(u.backup, u.path)
	case failed:
		os.Remove(u.path)
	case u.backup != "":
		os.Remove(u.backup)
	}
}

func copyFile(from, to string, mode fs.FileInfo) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = keepMode(out, mode)
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(to)
	}
	return err
}

// unwrap returns the reason of a path error, without the temporary file's name.
func unwrap(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	if le, ok := errors.AsType[*os.LinkError](err); ok {
		return le.Err
	}
	return err
}
