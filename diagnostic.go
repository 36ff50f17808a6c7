package alliances

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Diagnostic is one problem in an input file, at a line and column (both from 1):
// what every reader of user input reports. A warning says what to add or check but
// does not stop the file from loading.
type Diagnostic struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Msg     string `json:"message"`
	Warning bool   `json:"warning,omitempty"`
	Unknown string `json:"-"` // the actor id the problem finds undefined, which the registry may hold
}

func (d Diagnostic) String() string {
	if d.Warning {
		return fmt.Sprintf("%s:%d:%d: warning: %s", d.File, d.Line, d.Column, d.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", d.File, d.Line, d.Column, d.Msg)
}

// Diagnostics is a list of problems; as an error it prints one per line.
type Diagnostics []Diagnostic

func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// Sort orders the diagnostics by file, line and column, keeping the order of those at the
// same place.
func (ds Diagnostics) Sort() {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
}

// Err returns the errors of ds (warnings left out) as an error, or nil when there are
// none.
func (ds Diagnostics) Err() error {
	if errs := ds.Errors(); len(errs) > 0 {
		return errs
	}
	return nil
}

// Shared drops the problems about actors a case names but does not define that shared
// reports as defined elsewhere (in the registry), as Shared does for problems.
func (ds Diagnostics) Shared(shared func(id string) bool) Diagnostics {
	out := ds[:0:0]
	for _, d := range ds {
		if d.Unknown == "" || !shared(d.Unknown) {
			out = append(out, d)
		}
	}
	return out
}

// Errors returns the diagnostics that are errors, leaving out the warnings.
func (ds Diagnostics) Errors() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if !d.Warning {
			out = append(out, d)
		}
	}
	return out
}

// Warnings returns the diagnostics that are warnings.
func (ds Diagnostics) Warnings() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Warning {
			out = append(out, d)
		}
	}
	return out
}
