package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
	apaths "github.com/alliances-project/alliances/analysis/paths"
	"github.com/alliances-project/alliances/snapshot"
)

// chain is one chain linking two actors, step by step with the ties of each step.
type chain struct {
	Actors   []string   `json:"actors"`
	Steps    [][]string `json:"steps"`    // the ids of the ties behind each step
	Strength float64    `json:"strength"` // product of the steps' strengths, each in (0, 1] (see paths.Strongest)
}

type pathResult struct {
	answer.Report
	From      string                  `json:"from"`
	To        string                  `json:"to"`
	At        string                  `json:"at"`
	Shortest  []chain                 `json:"shortest"`
	Strongest []chain                 `json:"strongest"`
	MaxWeight float64                 `json:"max_weight"` // the weight a step's strength is relative to
	Robust    *answer.CountRobustness `json:"robust,omitempty"`
	// Why says, when no chain links them, what stands between: an actor without ties at
	// the date, or a direct hostility.
	Why string `json:"why,omitempty"`
}

func (m *Main) runPath(ctx context.Context, args []string) error {
	f := m.flags("path", "A B --at D", `Path finds the chains of ties that link two actors at a date: the shortest (fewest steps)
and the strongest (the largest product of the steps' strengths, a step's strength being
the net intensity of its ties, an unknown intensity counting 3, over the largest in the
snapshot). Each step comes with the ties behind it. By default the chains follow the
positive ties of the alignment layer either way, between organizations (their parts
folded in); --sign +,- admits hostile ties too, --directed follows ties in their
direction, --layers alignment,process adds deals, talks and mediations. Actors may be
named by id, name or alias.`).withJSON()
	sf := f.withSnapshot()
	directed := f.Bool("directed", false, "follow directed ties (support, favour...) only from subject to object")
	limit := f.Int("limit", 5, "at most this many `chains` of each kind")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() != 2 {
		f.Usage()
		return usageError("path needs two actor ids")
	}
	if *limit < 1 || *limit > maxChains {
		return usageError("--limit %d, expected 1 to %d chains", *limit, maxChains)
	}
	if f.Arg(0) == f.Arg(1) {
		return usageError("path needs two different actors, got %s twice", f.Arg(0))
	}
	filter, knownAt, err := sf.Filter()
	if err != nil {
		return err
	}
	if filter.At == nil {
		return usageError("path needs the date of the snapshot: --at 2016")
	}
	rec, ids, err := m.loadRecord(ctx, f, knownAt, f.Arg(0), f.Arg(1))
	if err != nil {
		return err
	}
	if ids[0] == ids[1] {
		return usageError("path needs two different actors: %s and %s are both %s", f.Arg(0), f.Arg(1), ids[0])
	}
	res, err := pathsAt(ctx, rec.Index, filter, ids[0], ids[1], *directed, *limit)
	if err != nil {
		return err
	}
	res.At = sf.At
	res.Report = answer.NewReport(rec, filter, sf.At)
	if s, err := rec.Index.Snapshot(ctx, filter); err == nil {
		res.SnapshotWarnings(rec, s)
		res.PartialWarning(rec, s)
	}
	res.Reading = res.reading(rec)
	if sf.Robust {
		res.Robust, err = answer.RobustCounts(ctx, filter, func(v snapshot.Filter) ([]string, error) {
			r, err := pathsAt(ctx, rec.Index, v, ids[0], ids[1], *directed, *limit)
			if err != nil {
				return nil, err
			}
			return chainFindings(r), nil
		})
		if err == nil {
			res.Reading += res.Robust.Fragile(chainFindings(res))
		}
		if err != nil {
			return err
		}
	}
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return res.print(m.Stdout, rec, sf.Explain)
}

// maxChains bounds --limit: finding each further strongest chain costs more than the
// last, and beyond a hundred chains a list stops being read.
const maxChains = 100

func pathsAt(ctx context.Context, ix *snapshot.Index, f snapshot.Filter, from, to string, directed bool, limit int) (*pathResult, error) {
	res := &pathResult{From: from, To: to, Shortest: []chain{}, Strongest: []chain{}}
	s, err := ix.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	if err := answer.NotFolded(s, from, to); err != nil {
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
		res.Why = lonely + " has no ties at the date in the layers read"
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
			res.Why = fmt.Sprintf("no chain of friendly ties; %s and %s are directly hostile (%s)", from, to, answer.NetTerms(sg, i))
		} else if i >= 0 && sg.S[i] == 0 {
			res.Why = fmt.Sprintf("no chain of friendly ties; the ties between %s and %s cancel out (%s)", from, to, answer.NetTerms(sg, i))
		}
	}
	for _, p := range strong {
		res.Strongest = append(res.Strongest, chainOf(g, p))
	}
	return res, nil
}

func chainOf(g *snapshot.Graph, p apaths.Path) chain {
	c := chain{Strength: p.Strength}
	for _, n := range p.Nodes {
		c.Actors = append(c.Actors, g.Snapshot.Actor(int(n)))
	}
	for _, a := range p.Arcs {
		c.Steps = append(c.Steps, g.ArcTies(int(a)))
	}
	return c
}

func (r *pathResult) reading(rec *answer.Record) string {
	if len(r.Shortest) == 0 {
		s := fmt.Sprintf("At %s no chain of ties links %s and %s", r.At, rec.Name(r.From), rec.Name(r.To))
		if r.Why != "" {
			s += ": " + r.Why
		}
		return s + "."
	}
	names := func(c chain) string {
		out := make([]string, len(c.Actors))
		for i, a := range c.Actors {
			out[i] = rec.Name(a)
		}
		return strings.Join(out, " - ")
	}
	s := fmt.Sprintf("At %s, %s and %s are %s apart: %s", r.At, rec.Name(r.From), rec.Name(r.To),
		count(len(r.Shortest[0].Steps), "step"), names(r.Shortest[0]))
	if len(r.Strongest) > 0 && !slices.Equal(r.Strongest[0].Actors, r.Shortest[0].Actors) {
		s += "; the strongest chain runs " + names(r.Strongest[0])
	}
	return s + "."
}

func (r *pathResult) print(w io.Writer, rec *answer.Record, explain bool) error {
	printHeader(w, &r.Report)
	fmt.Fprintf(w, "Chains from %s to %s at %s\n", r.From, r.To, r.At)
	if len(r.Shortest) == 0 {
		fmt.Fprintln(w, "\nNo chain of ties links them at that date.")
		if r.Why != "" {
			fmt.Fprintln(w, wrap(strings.ToUpper(r.Why[:1])+r.Why[1:]+".", 100))
		}
		return nil
	}
	section := func(title string, cs []chain) {
		fmt.Fprintf(w, "\n%s:\n", title)
		for i, c := range cs {
			var b strings.Builder
			for j, a := range c.Actors {
				if j > 0 {
					fmt.Fprintf(&b, " -[%s]- ", strings.Join(c.Steps[j-1], ","))
				}
				b.WriteString(a)
			}
			fmt.Fprintf(w, "  %d. %s  (%s, strength %.3g)\n", i+1, b.String(), count(len(c.Steps), "step"), c.Strength)
			if explain {
				for _, step := range c.Steps {
					explainTies(w, rec, step)
				}
			}
		}
	}
	section("Shortest", r.Shortest)
	section("Strongest", r.Strongest)
	fmt.Fprintf(w, "\nA step's strength is the summed intensity of its ties over %g, the largest pair in the snapshot.\n", r.MaxWeight)
	if r.Robust != nil {
		printCountRobustness(w, r.Robust, "the runs in which the actors are linked, and by which chains", answer.SortedFindings(r.Robust, chainFindings(r)))
	}
	return nil
}
