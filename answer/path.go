package answer

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	apaths "github.com/alliances-project/alliances/analysis/paths"
	"github.com/alliances-project/alliances/snapshot"
)

// Chain is one chain linking two actors, step by step with the ties of each step.
type Chain struct {
	Actors   []string   `json:"actors"`
	Steps    [][]string `json:"steps"`    // the ids of the ties behind each step
	Strength float64    `json:"strength"` // product of the steps' strengths, each in (0, 1] (see paths.Strongest)
}

// PathResult is the shortest and the strongest chains of friendly ties linking two
// actors at a date, or why there is none.
type PathResult struct {
	Report
	From      string           `json:"from"`
	To        string           `json:"to"`
	At        string           `json:"at"`
	Shortest  []Chain          `json:"shortest"`
	Strongest []Chain          `json:"strongest"`
	MaxWeight float64          `json:"max_weight"` // the weight a step's strength is relative to
	Robust    *CountRobustness `json:"robust,omitempty"`
	// Why says, when no chain links them, what stands between: an actor without ties at
	// the date, or a direct hostility.
	Why string `json:"why,omitempty"`
}

// maxChains bounds --limit: finding each further strongest chain costs more than the
// last, and beyond a hundred chains a list stops being read.
const maxChains = 100

func pathsAt(ctx context.Context, ix *snapshot.Index, f snapshot.Filter, from, to string, directed bool, limit int, name func(string) string) (*PathResult, error) {
	res := &PathResult{From: from, To: to, Shortest: []Chain{}, Strongest: []Chain{}}
	s, err := ix.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	if err := notFolded(s, from, to); err != nil {
		return nil, err
	}
	u, v := s.Node(from), s.Node(to)
	switch {
	case u < 0 || v < 0:
		// An actor without ties at the date is linked to nothing.
		lonely := from
		if u >= 0 {
			lonely = to
		}
		res.Why = name(lonely) + " has no ties at the date in the layers read"
		if !f.HasLayer(alliances.Process) {
			res.Why += " (--layers alignment,process adds deals, talks and mediations)"
		}
		return res, nil
	case u == v:
		return res, nil
	}
	// Without --sign, the pairs whose ties are friendly on balance; with it, the ties of
	// the signs asked for, whatever their balance.
	g := s.Graph(snapshot.View{Directed: directed, Weighted: true, Positive: len(f.Signs) == 0})
	res.MaxWeight = max(1, g.MaxWeight())
	short, err := apaths.Shortest(ctx, g.CSR, u, v, limit)
	if err != nil {
		return nil, err
	}
	strong, err := apaths.Strongest(ctx, g.CSR, u, v, limit)
	if err != nil {
		return nil, err
	}
	for _, p := range short {
		res.Shortest = append(res.Shortest, chainOf(g, p))
	}
	if len(short) == 0 && len(f.Signs) == 0 {
		sg := s.Graph(snapshot.View{Weighted: true, Signed: true})
		if i := sg.Arc(u, v); i >= 0 && sg.S[i] < 0 {
			res.Why = fmt.Sprintf("no chain of friendly ties; %s and %s are directly hostile (%s)", name(from), name(to), netTerms(sg, i))
		} else if i >= 0 && sg.S[i] == 0 {
			res.Why = fmt.Sprintf("no chain of friendly ties; the ties between %s and %s cancel out (%s)", name(from), name(to), netTerms(sg, i))
		}
	}
	for _, p := range strong {
		res.Strongest = append(res.Strongest, chainOf(g, p))
	}
	return res, nil
}

func chainOf(g *snapshot.Graph, p apaths.Path) Chain {
	c := Chain{Strength: p.Strength}
	for _, n := range p.Nodes {
		c.Actors = append(c.Actors, g.Snapshot.Actor(int(n)))
	}
	for _, a := range p.Arcs {
		c.Steps = append(c.Steps, g.ArcTies(int(a)))
	}
	return c
}

func (r *PathResult) reading(rec *Record) string {
	if len(r.Shortest) == 0 {
		s := fmt.Sprintf("At %s no chain of ties links %s and %s", r.At, rec.Name(r.From), rec.Name(r.To))
		if r.Why != "" {
			s += ": " + r.Why
		}
		return s + "."
	}
	names := func(c Chain) string {
		out := make([]string, len(c.Actors))
		for i, a := range c.Actors {
			out[i] = rec.Name(a)
		}
		return strings.Join(out, " - ")
	}
	s := fmt.Sprintf("At %s, %s and %s are %s apart: %s", r.At, rec.Name(r.From), rec.Name(r.To),
		alliances.Count(len(r.Shortest[0].Steps), "step"), names(r.Shortest[0]))
	if len(r.Strongest) > 0 && !slices.Equal(r.Strongest[0].Actors, r.Shortest[0].Actors) {
		s += "; the strongest chain runs " + names(r.Strongest[0])
	}
	return s + "."
}

// PathOptions are the choices of a path reading: Directed to follow directed ties their
// way only, Limit the chains listed (1 to maxChains), Robust to rerun over the variants
// of the snapshot.
type PathOptions struct {
	Directed bool
	Limit    int
	Robust   bool
}

// Check reports options out of their ranges, and a filter without a date.
func (o PathOptions) Check(f snapshot.Filter) error {
	if o.Limit < 1 || o.Limit > maxChains {
		return usageError("--limit %d, expected 1 to %d chains", o.Limit, maxChains)
	}
	if f.At == nil {
		return usageError("path needs the date of the snapshot: --at 2016")
	}
	return nil
}

// PathActors refuses a path from an actor to itself: named twice, or, once resolved
// (ids, nil before), two names of one actor.
func PathActors(from, to string, ids []string) error {
	switch {
	case from == to:
		return usageError("path needs two different actors, got %s twice", from)
	case len(ids) == 2 && ids[0] == ids[1]:
		return usageError("path needs two different actors: %s and %s are both %s", from, to, ids[0])
	}
	return nil
}

// Path finds the shortest and the strongest chains of friendly ties from one actor to
// another in the snapshot of the filter f, its date labelled label.
func Path(ctx context.Context, rec *Record, f snapshot.Filter, label, from, to string, o PathOptions) (*PathResult, error) {
	if err := o.Check(f); err != nil {
		return nil, err
	}
	kept := keepAsked(rec, &f, from, to)
	res, err := pathsAt(ctx, rec.Index, f, from, to, o.Directed, o.Limit, rec.Name)
	if err != nil {
		return nil, err
	}
	res.At = label
	res.Report = newReport(rec, f, label)
	res.askedWarning(rec, kept)
	if s, err := rec.Index.Snapshot(ctx, f); err == nil {
		res.SnapshotWarnings(rec, s)
		res.PartialWarning(rec, s)
	}
	res.Reading = res.reading(rec)
	if o.Robust {
		res.Robust, err = robustCounts(ctx, f, func(v snapshot.Filter) ([]string, error) {
			r, err := pathsAt(ctx, rec.Index, v, from, to, o.Directed, o.Limit, rec.Name)
			if err != nil {
				return nil, err
			}
			return ChainFindings(r), nil
		})
		if err != nil {
			return nil, err
		}
		res.Reading += res.Robust.Fragile(ChainFindings(res))
	}
	return res, nil
}
