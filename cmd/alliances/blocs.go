package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	"github.com/alliances-project/alliances/graph"
	"github.com/alliances-project/alliances/snapshot"
)

// blocsStep is the partition of one snapshot into blocs.
type blocsStep struct {
	At              string        `json:"at"`
	K               int           `json:"k"`
	P               float64       `json:"p"` // alpha·(negative ties inside) + (1-alpha)·(positive ties between)
	Exact           bool          `json:"exact"`
	Starts          int           `json:"starts"`     // local search starts (0 when solved exactly alone)
	BestFound       int           `json:"best_found"` // starts that reached P
	PerK            []kValueJSON  `json:"per_k"`
	Blocs           []blocJSON    `json:"blocs"`
	NegativeWithin  [][]string    `json:"negative_within"`  // actor, actor, tie ids...
	PositiveBetween [][]string    `json:"positive_between"` // actor, actor, tie ids...
	Robust          *blocsRobust  `json:"robust,omitempty"`
	result          ablocs.Result `json:"-"`
	snap            *snapshot.Snapshot
}

type kValueJSON struct {
	K     int     `json:"k"`
	P     float64 `json:"p"`
	Exact bool    `json:"exact"`
}

// blocJSON is one bloc, named after its member with the most positive ties.
type blocJSON struct {
	Bloc   int      `json:"bloc"`
	Name   string   `json:"name"`
	Actors []string `json:"actors"`
}

// blocsRobust says how stable each actor's bloc is across the variants of --robust: how
// often it shares a bloc with the actor its bloc is named after in the run as asked.
type blocsRobust struct {
	Variants []string       `json:"variants"`
	P        []float64      `json:"p"`
	Stable   map[string]int `json:"stable"` // actor -> runs in which it stayed with its bloc's namesake
}

// blocsSeries is blocs over time, with bloc numbers carried from step to step.
type blocsSeries struct {
	Steps   []*blocsStep `json:"steps"`
	Changes []blocChange `json:"changes"`
}

type blocChange struct {
	Actor    string `json:"actor"`
	At       string `json:"at"`
	From     int    `json:"from"`
	To       int    `json:"to"`
	FromName string `json:"from_name"`
	ToName   string `json:"to_name"`
}

func (m *Main) runBlocs(ctx context.Context, args []string) error {
	f := m.flags("blocs", "--at D | --from D1 --to D2 [--step 1y] [--k K]", `Blocs partitions the signed network into the blocs that best fit it (Doreian and Mrvar
1996): the partition minimizing alpha times the negative ties inside blocs plus (1 - alpha)
times the positive ties between them. It is exact for networks of up to 20 actors with ties
and a seeded local search beyond, which says how many of its starts reached the best
partition. Over a series, blocs keep their numbers from step to step, and the actors that
changed bloc are listed with the step they moved at.

Pairs with several ties count once, with the sign of the sum of sign times intensity.`).withJSON()
	sf := f.withSnapshot()
	from := f.String("from", "", "start of a series, an EDTF `date`")
	to := f.String("to", "", "end of a series, an EDTF `date`")
	stepLen := f.String("step", "1y", "length of each step of a series: `1y`, 6m, 7d")
	k := f.Int("k", 0, "the number of blocs, at most (0: the best of 1 to 5)")
	alpha := f.Float64("alpha", 0.5, "weight of negative ties inside blocs against positive ties between, in (0, 1)")
	seed := f.Uint64("seed", 1, "seed of the local search")
	if err := f.parse(args); err != nil {
		return err
	}
	if *alpha <= 0 || *alpha >= 1 || *k < 0 {
		return usageError("--alpha %g and --k %d: expected 0 < alpha < 1 and k >= 0", *alpha, *k)
	}
	filter, knownAt, err := sf.filter()
	if err != nil {
		return err
	}
	windows, err := analysisWindows(sf.at, *from, *to, *stepLen)
	if err != nil {
		return err
	}
	rec, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	o := ablocs.Options{K: *k, Alpha: *alpha, Seed: *seed}
	if len(windows) > 1 {
		return m.blocsSeries(ctx, rec, filter, windows, o, f.json, sf)
	}
	filter.At = &windows[0].Range
	b, err := blocsAt(ctx, rec.index, filter, o)
	if err != nil {
		return err
	}
	b.At = windows[0].Label
	if sf.robust {
		if b.Robust, err = blocsRobustness(ctx, rec.index, filter, o, b); err != nil {
			return err
		}
	}
	if f.json {
		return writeJSON(m.Stdout, b)
	}
	return b.print(m.Stdout, rec, sf.explain)
}

func (m *Main) blocsSeries(ctx context.Context, rec *record, filter snapshot.Filter, windows []step, o ablocs.Options, asJSON bool, sf *snapFlags) error {
	series, err := blocsOver(ctx, rec.index, filter, windows, o)
	if err != nil {
		return err
	}
	if sf.robust {
		for i, b := range series.Steps {
			fw := filter
			fw.At = &windows[i].Range
			if b.Robust, err = blocsRobustness(ctx, rec.index, fw, o, b); err != nil {
				return err
			}
		}
	}
	if asJSON {
		return writeJSON(m.Stdout, series)
	}
	return series.print(m.Stdout, rec, sf.explain)
}

func blocsAt(ctx context.Context, ix *snapshot.Index, f snapshot.Filter, o ablocs.Options) (*blocsStep, error) {
	s, err := ix.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	g := s.Graph(snapshot.View{Signed: true, Weighted: true})
	res, err := ablocs.Partition(ctx, g.CSR, o)
	if err != nil {
		return nil, err
	}
	return describeBlocs(g, res, res.Cluster), nil
}

// describeBlocs names the blocs of a partition (cluster gives each node's bloc number)
// and lists the ties inconsistent with it.
func describeBlocs(g *snapshot.Graph, res ablocs.Result, cluster []int32) *blocsStep {
	s := g.Snapshot
	b := &blocsStep{K: res.K, P: res.P, Exact: res.Exact, Starts: res.Starts, BestFound: res.BestFound,
		NegativeWithin: [][]string{}, PositiveBetween: [][]string{}, result: res, snap: s}
	for _, kv := range res.PerK {
		b.PerK = append(b.PerK, kValueJSON{kv.K, kv.P, kv.Exact})
	}
	byBloc := map[int32]*blocJSON{}
	var order []int32
	best := map[int32]int{}
	for v, c := range cluster {
		if c < 0 {
			continue
		}
		bj := byBloc[c]
		if bj == nil {
			bj = &blocJSON{Bloc: int(c) + 1}
			byBloc[c] = bj
			order = append(order, c)
			best[c] = -1
		}
		bj.Actors = append(bj.Actors, s.Actor(v))
		if d := positiveDegree(g, v); d > best[c] {
			best[c], bj.Name = d, s.Actor(v)
		}
	}
	for _, c := range order {
		b.Blocs = append(b.Blocs, *byBloc[c])
	}
	for _, arc := range res.NegativeWithin {
		b.NegativeWithin = append(b.NegativeWithin, arcPair(g, int(arc)))
	}
	for _, arc := range res.PositiveBetween {
		b.PositiveBetween = append(b.PositiveBetween, arcPair(g, int(arc)))
	}
	return b
}

func positiveDegree(g *snapshot.Graph, v int) int {
	d := 0
	for i := g.Off[v]; i < g.Off[v+1]; i++ {
		if g.S[i] > 0 {
			d++
		}
	}
	return d
}

// blocsOver partitions each window with the actors numbered alike, and tracks the blocs.
func blocsOver(ctx context.Context, ix *snapshot.Index, f snapshot.Filter, windows []step, o ablocs.Options) (*blocsSeries, error) {
	f.AllActors = true
	var graphs []*snapshot.Graph
	var csrs []*snapshot.Graph
	for _, w := range windows {
		fw := f
		fw.At = &w.Range
		s, err := ix.Snapshot(ctx, fw)
		if err != nil {
			return nil, err
		}
		g := s.Graph(snapshot.View{Signed: true, Weighted: true})
		graphs, csrs = append(graphs, g), append(csrs, g)
	}
	series, err := ablocs.Track(ctx, csrGraphs(csrs), o)
	if err != nil {
		return nil, err
	}
	out := &blocsSeries{Changes: []blocChange{}}
	for i, g := range graphs {
		b := describeBlocs(g, series.Steps[i], series.Bloc[i])
		b.At = windows[i].Label
		out.Steps = append(out.Steps, b)
	}
	for _, c := range series.Changes {
		prev, cur := out.Steps[c.Step-1], out.Steps[c.Step]
		out.Changes = append(out.Changes, blocChange{Actor: cur.snap.Actor(int(c.Node)), At: cur.At,
			From: int(c.From) + 1, To: int(c.To) + 1, FromName: blocName(prev, int(c.From)+1), ToName: blocName(cur, int(c.To)+1)})
	}
	return out, nil
}

func csrGraphs(gs []*snapshot.Graph) []*graph.CSR {
	out := make([]*graph.CSR, len(gs))
	for i, g := range gs {
		out[i] = g.CSR
	}
	return out
}

func blocName(b *blocsStep, bloc int) string {
	for _, bj := range b.Blocs {
		if bj.Bloc == bloc {
			return bj.Name
		}
	}
	return ""
}

// blocsRobustness reruns the partition over the variants of --robust and counts, for
// each actor, the runs in which it stays in one bloc with its bloc's namesake.
func blocsRobustness(ctx context.Context, ix *snapshot.Index, f snapshot.Filter, o ablocs.Options, asked *blocsStep) (*blocsRobust, error) {
	r := &blocsRobust{Stable: map[string]int{}}
	namesake := map[string]string{}
	for _, bj := range asked.Blocs {
		for _, a := range bj.Actors {
			namesake[a] = bj.Name
		}
	}
	for _, v := range snapshot.Variants(f, robustDraws, robustSeed) {
		b, err := blocsAt(ctx, ix, v.Filter, o)
		if err != nil {
			return nil, err
		}
		r.Variants = append(r.Variants, v.Name)
		r.P = append(r.P, b.P)
		bloc := map[string]int{}
		for _, bj := range b.Blocs {
			for _, a := range bj.Actors {
				bloc[a] = bj.Bloc
			}
		}
		for a, name := range namesake {
			if ba, ok := bloc[a]; ok && ba == bloc[name] {
				r.Stable[a]++
			}
		}
	}
	return r, nil
}

func (b *blocsStep) print(w io.Writer, rec *record, explain bool) error {
	how := "exact"
	if !b.Exact {
		how = fmt.Sprintf("local search: %d of %d starts reached it", b.BestFound, b.Starts)
	}
	fmt.Fprintf(w, "Blocs at %s: %d blocs, P = %g (%s)\n", b.At, b.K, b.P, how)
	var perK []string
	for _, kv := range b.PerK {
		perK = append(perK, fmt.Sprintf("k=%d: %g", kv.K, kv.P))
	}
	fmt.Fprintf(w, "Least P for each number of blocs: %s\n", strings.Join(perK, ", "))
	for _, bj := range b.Blocs {
		fmt.Fprintf(w, "\nBloc %d (%s, %d actors):\n  %s\n", bj.Bloc, bj.Name, len(bj.Actors), strings.Join(bj.Actors, ", "))
	}
	if b.Robust != nil {
		fmt.Fprintf(w, "\nRobustness over %d runs: P from %g to %g; actors that left their bloc's namesake in some run:\n",
			len(b.Robust.Variants), minOf(b.Robust.P), maxOf(b.Robust.P))
		for _, bj := range b.Blocs {
			for _, a := range bj.Actors {
				if n := b.Robust.Stable[a]; n < len(b.Robust.Variants) {
					fmt.Fprintf(w, "  %s: with %s in %d of %d runs\n", a, bj.Name, n, len(b.Robust.Variants))
				}
			}
		}
	}
	pairs := func(title string, ps [][]string) {
		fmt.Fprintf(w, "\n%s (%d):\n", title, len(ps))
		for _, p := range ps {
			fmt.Fprintf(w, "  %s - %s  %v\n", p[0], p[1], p[2:])
			if explain {
				explainTies(w, rec, p[2:])
			}
		}
	}
	pairs("Negative ties inside blocs", b.NegativeWithin)
	pairs("Positive ties between blocs", b.PositiveBetween)
	return nil
}

func (s *blocsSeries) print(w io.Writer, rec *record, explain bool) error {
	header := []string{"AT", "BLOCS", "P", "SIZES"}
	robust := s.Steps[0].Robust != nil
	if robust {
		header = append(header, "P, ALL RUNS")
	}
	t := newTable(w, header...)
	for _, b := range s.Steps {
		var sizes []string
		for _, bj := range b.Blocs {
			sizes = append(sizes, fmt.Sprintf("%d:%s %d", bj.Bloc, bj.Name, len(bj.Actors)))
		}
		row := []string{b.At, fmt.Sprint(b.K), fmt.Sprintf("%g", b.P), strings.Join(sizes, ", ")}
		if robust {
			row = append(row, fmt.Sprintf("%g-%g", minOf(b.Robust.P), maxOf(b.Robust.P)))
		}
		t.row(row...)
	}
	if err := t.flush(); err != nil {
		return err
	}
	if explain {
		for _, b := range s.Steps {
			fmt.Fprintln(w)
			if err := b.print(w, rec, true); err != nil {
				return err
			}
		}
	}
	fmt.Fprintf(w, "\nChanges of bloc (%d):\n", len(s.Changes))
	t = newTable(w)
	for _, c := range s.Changes {
		t.row("  "+c.At, c.Actor, fmt.Sprintf("from %d (%s)", c.From, c.FromName), fmt.Sprintf("to %d (%s)", c.To, c.ToName))
	}
	return t.flush()
}
