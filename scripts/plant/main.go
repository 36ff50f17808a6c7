// Command plant checks that the tests catch wrong answers. It makes each of a list of
// small deliberate bugs (mutations, in mutations.go) in a copy of the module, one at a
// time, runs the tests of the packages that should catch it, and reports each mutation
// the tests let through. It exits with status 1 when a mutation survives, when a mutation's
// snippet is no longer found exactly once in its file (the code moved on: update the
// list), or when a mutation does not compile; with status 2 on a usage error.
//
// Run it from anywhere in the module:
//
//	go run ./scripts/plant              # every mutation
//	go run ./scripts/plant -run timeline  # those whose name contains "timeline"
//	go run ./scripts/plant -list        # list them
//
// The working tree is never touched: the module is copied to a temporary folder first.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// mutation is one deliberate bug: the exact snippet of a file, what replaces it, and the
// packages whose tests must then fail.
type mutation struct {
	name   string   // short, for -run
	file   string   // relative to the module root
	from   string   // must occur exactly once in the file
	to     string   // what the bug puts in its place
	pkgs   []string // package patterns to test, relative to the module root (./cmd/alliances)
	breaks string   // the wrong answer it gives
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	f := flag.NewFlagSet("plant", flag.ContinueOnError)
	f.SetOutput(stderr)
	only := f.String("run", "", "only the mutations whose name contains this `text`")
	list := f.Bool("list", false, "list the mutations and exit")
	timeout := f.Duration("timeout", 10*time.Minute, "the longest one package run may take")
	if err := f.Parse(args); err != nil {
		return 2
	}
	var chosen []mutation
	for _, m := range mutations {
		if strings.Contains(m.name, *only) {
			chosen = append(chosen, m)
		}
	}
	if *list {
		for _, m := range chosen {
			fmt.Fprintf(stdout, "%-32s %s: %s\n", m.name, m.file, m.breaks)
		}
		return 0
	}
	if len(chosen) == 0 {
		fmt.Fprintf(stderr, "plant: no mutation's name contains %q\n", *only)
		return 2
	}
	root, err := moduleRoot()
	if err != nil {
		fmt.Fprintln(stderr, "plant:", err)
		return 1
	}
	tmp, err := os.MkdirTemp("", "alliances-plant-")
	if err != nil {
		fmt.Fprintln(stderr, "plant:", err)
		return 1
	}
	defer os.RemoveAll(tmp)
	copyDir := filepath.Join(tmp, "alliances")
	if err := copyTree(root, copyDir); err != nil {
		fmt.Fprintln(stderr, "plant: copying the module:", err)
		return 1
	}
	env := os.Environ()
	if os.Getenv("ALLIANCES_SHARED_DATA") == "" {
		// The copy has no shared data beside it: point the tests at the original's.
		if d := filepath.Join(root, "..", "shared", "data"); isDir(d) {
			env = append(env, "ALLIANCES_SHARED_DATA="+d)
		}
	}
	failed := 0
	for _, m := range chosen {
		verdict, out := try(copyDir, m, env, *timeout)
		fmt.Fprintf(stdout, "%-9s %-32s %s\n", verdict, m.name, m.breaks)
		if verdict != "caught" {
			failed++
			if out != "" {
				fmt.Fprintln(stdout, indent(out))
			}
		}
	}
	fmt.Fprintf(stdout, "%d mutations, %d caught, %d not\n", len(chosen), len(chosen)-failed, failed)
	if failed > 0 {
		return 1
	}
	return 0
}

// try makes one mutation in the copy, runs its packages' tests and restores the file.
// The verdict is "caught" (the tests failed), "SURVIVED" (they passed), "NOT FOUND"
// (the snippet is not in the file exactly once) or "BROKEN" (the mutant does not build).
func try(dir string, m mutation, env []string, timeout time.Duration) (verdict, output string) {
	path := filepath.Join(dir, filepath.FromSlash(m.file))
	orig, err := os.ReadFile(path)
	if err != nil {
		return "NOT FOUND", err.Error()
	}
	if n := bytes.Count(orig, []byte(m.from)); n != 1 {
		return "NOT FOUND", fmt.Sprintf("%s: the snippet occurs %d times, want once:\n%s", m.file, n, m.from)
	}
	mutant := bytes.Replace(orig, []byte(m.from), []byte(m.to), 1)
	if err := os.WriteFile(path, mutant, 0o644); err != nil {
		return "BROKEN", err.Error()
	}
	defer os.WriteFile(path, orig, 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", append([]string{"test", "-count=1"}, m.pkgs...)...)
	cmd.Dir, cmd.Env = dir, env
	out, err := cmd.CombinedOutput()
	switch {
	case err == nil:
		return "SURVIVED", ""
	case ctx.Err() != nil:
		return "BROKEN", "timed out after " + timeout.String()
	case bytes.Contains(out, []byte("[build failed]")) || bytes.Contains(out, []byte("[setup failed]")):
		return "BROKEN", string(out)
	}
	return "caught", ""
}

// moduleRoot is the folder of the go.mod above the working directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod in the working directory or above it")
		}
		dir = parent
	}
}

// copyTree copies the regular files of the module, without version control.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		switch {
		case d.Name() == ".git" && d.IsDir():
			return filepath.SkipDir
		case d.Name() == ".git":
			return nil // a worktree's pointer to its repository
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case !d.Type().IsRegular():
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

func indent(s string) string {
	s = strings.TrimRight(s, "\n")
	if len(s) > 4000 {
		s = s[:4000] + "\n..."
	}
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}
