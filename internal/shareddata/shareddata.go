// Package shareddata finds the third-party data sets that tests and benchmarks may use
// when they are present: the project's shared/data folder, which sits beside a checkout
// (../shared/data from the module root) but is not part of the repository. Tests that
// need it skip when it is missing, so that a fresh clone passes without it, unless
// ALLIANCES_REQUIRE_DATA=1 says the data is meant to be there: then they fail.
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

// RequireEnv names the environment variable that, set to 1, makes a missing shared data
// folder or file fail the test or benchmark that needs it instead of skipping it: CI
// sets it where the data is meant to be present, so that data gone missing cannot pass
// as tests skipped.
const RequireEnv = "ALLIANCES_REQUIRE_DATA"

// Path returns the path of a file in the shared data folder, such as
// "karate/networkx_karate_edges.csv", or skips the test or benchmark when it is missing
// (fails it, under ALLIANCES_REQUIRE_DATA=1).
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		missing(tb, "shared data folder not found (set ALLIANCES_SHARED_DATA); %s needs %s", tb.Name(), rel)
		return ""
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		missing(tb, "shared data file %s missing: %v", rel, err)
		return ""
	}
	return p
}

// missing skips tb, or fails it when RequireEnv is set to 1.
func missing(tb testing.TB, format string, args ...any) {
	tb.Helper()
	if os.Getenv(RequireEnv) == "1" {
		tb.Fatalf(format+" (and %s=1 requires it)", append(args, RequireEnv)...)
		return
	}
	tb.Skipf(format+"; skipping", args...)
}
