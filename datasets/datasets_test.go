package datasets_test

import (
	"io"
	"os"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/datasets"
)

// registry returns the built-in registry's actors.
func registry(t *testing.T) []alliances.Actor {
	t.Helper()
	reg, err := cases.Registry()
	if err != nil {
		t.Fatal(err)
	}
	return reg.Actors
}

func read(t *testing.T, f func(string, io.Reader, datasets.Options) (*datasets.Part, error), file string, o datasets.Options) *datasets.Part {
	t.Helper()
	fh, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	p, err := f(file, fh, o)
	if err != nil {
		t.Fatal(err)
	}
	whole := *p.Record
	whole.Title = "a case"
	if ps := alliances.Errors(alliances.Shared(alliances.Validate(&whole), func(string) bool { return true })); len(ps) > 0 {
		t.Fatalf("the part does not validate: %v", ps)
	}
	return p
}

func tieOf(t *testing.T, p *datasets.Part, subject, object string, kind alliances.Kind) []alliances.Tie {
	t.Helper()
	var out []alliances.Tie
	for _, ti := range p.Record.Ties {
		if ti.Subject == subject && ti.Object == object && ti.Kind == kind {
			out = append(out, ti)
		}
	}
	return out
}
