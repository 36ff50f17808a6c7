package ingest

import (
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
)

func TestInputsOverTheLimitAreRefused(t *testing.T) {
	_, err := readInput("big.yaml", strings.NewReader(strings.Repeat("# a comment\n", 200)), 1<<10, 0)
	if alliances.KindOf(err) != alliances.Invalid || err == nil || !strings.Contains(err.Error(), "big.yaml is larger than 1 KiB") {
		t.Errorf("readInput over the limit: kind %v, %v", alliances.KindOf(err), err)
	}
	if data, err := readInput("small.yaml", strings.NewReader("case: a\n"), 1<<10, 0); err != nil || string(data) != "case: a\n" {
		t.Errorf("readInput under the limit = %q, %v", data, err)
	}
}
