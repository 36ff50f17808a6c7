// Package shareddata finds the third-party data sets that tests and benchmarks may use
// when they are present: the project's shared/data folder, which sits beside a checkout
// (../shared/data from the module root) but is not part of the repository. Tests that
// need it skip when it is missing, so that a fresh clone passes without it.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared data folder, or "" when there is none. ALLIANCES_SHARED_DATA
// names it explicitly; otherwise it is shared/data beside the module root.
func Dir() string {
	if d := os.Getenv("ALLIANCES_SHARED_DATA"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(dir, "..", "shared", "data")
			if fi, err := os.Stat(d); err == nil && fi.IsDir() {
				return d
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Path returns the path of a file in the shared data folder, such as
// "karate/networkx_karate_edges.csv", or skips the test or benchmark when it is missing.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Skipf("shared data folder not found (set ALLIANCES_SHARED_DATA); skipping what needs %s", rel)
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data file %s missing: %v", rel, err)
	}
	return p
}
