package shareddata

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records whether the code under test skipped or failed
// it, instead of stopping.
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper()                           {}
func (r *recorder) Name() string                      { return "TestSomething" }
func (r *recorder) Skipf(format string, args ...any)  { r.skipped = fmt.Sprintf(format, args...) }
func (r *recorder) Fatalf(format string, args ...any) { r.failed = fmt.Sprintf(format, args...) }

// TestPathMissingData: a missing folder or file skips the test, unless
// ALLIANCES_REQUIRE_DATA=1, which fails it and says why.
func TestPathMissingData(t *testing.T) {
	empty := t.TempDir()
	for _, tc := range []struct {
		name, folder, require string
		wantFail              bool
	}{
		{"FolderMissingSkips", filepath.Join(empty, "none"), "", false},
		{"FileMissingSkips", empty, "", false},
		{"FolderMissingFailsWhenRequired", filepath.Join(empty, "none"), "1", true},
		{"FileMissingFailsWhenRequired", empty, "1", true},
		{"OtherValuesSkip", empty, "yes", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("ALLIANCES_SHARED_DATA", tc.folder)
			t.Setenv(RequireEnv, tc.require)
			r := &recorder{TB: t}
			if p := Path(r, "karate/edges.csv"); p != "" {
				t.Errorf("Path = %q, want none", p)
			}
			switch {
			case tc.wantFail && (r.failed == "" || r.skipped != "" || !strings.Contains(r.failed, "ALLIANCES_REQUIRE_DATA=1")):
				t.Errorf("failed %q, skipped %q; want a failure naming ALLIANCES_REQUIRE_DATA=1", r.failed, r.skipped)
			case !tc.wantFail && (r.skipped == "" || r.failed != ""):
				t.Errorf("failed %q, skipped %q; want a skip", r.failed, r.skipped)
			}
		})
	}
}
