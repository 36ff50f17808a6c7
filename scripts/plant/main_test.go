package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryPlantFindsItsCode: each mutation's snippet occurs once in its file, so that a
// change to the code under a plant, which leaves the plant unable to run, fails here
// rather than when the planting script is next run (two plants had gone stale so).
func TestEveryPlantFindsItsCode(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, m := range mutations {
		if names[m.name] {
			t.Errorf("two plants are named %s", m.name)
		}
		names[m.name] = true
		src, err := os.ReadFile(filepath.Join(root, m.file))
		if err != nil {
			t.Errorf("%s: %v", m.name, err)
			continue
		}
		if n := strings.Count(string(src), m.from); n != 1 {
			t.Errorf("%s: the snippet occurs %d times in %s, want once:\n%s", m.name, n, m.file, m.from)
		}
		if m.from == m.to {
			t.Errorf("%s: the plant changes nothing", m.name)
		}
	}
	if len(mutations) < 100 {
		t.Errorf("%d plants, want the 100 and more the record and the reader keep (115 on 2026-12-02)", len(mutations))
	}
}
