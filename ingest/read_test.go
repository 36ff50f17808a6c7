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

// TestChecked: a check's answer is OK with warnings alone, not with an error, and lists
// no problems as an empty list, not none.
func TestChecked(t *testing.T) {
	in := &Input{}
	if c := in.Checked(); !c.OK || c.Problems == nil || len(c.Problems) != 0 {
		t.Errorf("no problems: %+v", c)
	}
	in.Diags = alliances.Diagnostics{{Warning: true, Msg: "a tie without a basis"}}
	if c := in.Checked(); !c.OK || len(c.Problems) != 1 {
		t.Errorf("a warning: %+v", c)
	}
	in.Diags = append(in.Diags, alliances.Diagnostic{Msg: "no such kind"})
	in.Omitted = 3
	if c := in.Checked(); c.OK || len(c.Problems) != 2 || c.Omitted != 3 {
		t.Errorf("an error: %+v", c)
	}
}
