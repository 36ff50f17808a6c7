package casefile

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"

	"github.com/alliances-project/alliances"
)

// MaxDiagnostics is how many problems Parse lists at most. A file with more ends its list
// with one more diagnostic, at the first problem left out, saying how many more there
// are: a huge file with a problem on every line then takes no more memory to check than a
// file with this many.
const MaxDiagnostics = 10000

const omittedFormat = "and %d more problems from here on, not listed: only the first %d are kept"

// Omitted returns how many problems Parse left out of diags: the count its last
// diagnostic gives when it has more than MaxDiagnostics, or 0. The problems of the file
// are len(diags) - 1 + Omitted(diags) then.
func Omitted(diags alliances.Diagnostics) int {
	if len(diags) <= MaxDiagnostics {
		return 0
	}
	var n, limit int
	if _, err := fmt.Sscanf(diags[len(diags)-1].Msg, omittedFormat, &n, &limit); err != nil || limit != MaxDiagnostics {
		return 0
	}
	return n
}

// collector keeps the first limit diagnostics of a file in the order Sort gives them
// (by line and column, then in the order found), and counts the others.
type collector struct {
	limit   int
	kept    placed // a heap with the last kept diagnostic on top
	seq     int    // diagnostics found so far
	dropped int
	first   placedDiag // the first left out
	errs    bool       // whether an error was left out
}

type placedDiag struct {
	alliances.Diagnostic
	seq int
}

func before(a, b placedDiag) int {
	return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column), cmp.Compare(a.seq, b.seq))
}

// placed is a max-heap of diagnostics.
type placed []placedDiag

func (h placed) Len() int           { return len(h) }
func (h placed) Less(i, j int) bool { return before(h[i], h[j]) > 0 }
func (h placed) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *placed) Push(x any)        { *h = append(*h, x.(placedDiag)) }
func (h *placed) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// add adds the next diagnostic found.
func (c *collector) add(d alliances.Diagnostic) {
	c.addAt(d, c.seq)
}

// addAt adds the diagnostic found as number seq, counting from 0.
func (c *collector) addAt(d alliances.Diagnostic, seq int) {
	p := placedDiag{d, seq}
	c.seq = max(c.seq, seq+1)
	if len(c.kept) < c.limit {
		heap.Push(&c.kept, p)
		return
	}
	if before(p, c.kept[0]) < 0 {
		p, c.kept[0] = c.kept[0], p
		heap.Fix(&c.kept, 0)
	}
	if c.dropped == 0 || before(p, c.first) < 0 {
		c.first = p
	}
	c.dropped++
	c.errs = c.errs || !p.Warning
}

// list returns the diagnostics kept, sorted, and the one that counts those left out.
func (c *collector) list() alliances.Diagnostics {
	if len(c.kept) == 0 {
		return nil
	}
	slices.SortFunc(c.kept, before)
	out := make(alliances.Diagnostics, 0, len(c.kept)+1)
	for _, p := range c.kept {
		out = append(out, p.Diagnostic)
	}
	if c.dropped > 0 {
		out = append(out, alliances.Diagnostic{
			File: c.first.File, Line: c.first.Line, Column: c.first.Column, Warning: !c.errs,
			Msg: fmt.Sprintf(omittedFormat, c.dropped, c.limit),
		})
	}
	return out
}
