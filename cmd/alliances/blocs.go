package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/alliances-project/alliances/answer"

	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	"github.com/alliances-project/alliances/snapshot"
)

// blocsStep is the partition of one snapshot into blocs, with the other partitions
// that fit it as well.
type blocsStep struct {
	answer.Report
	At                    string       `json:"at"`
	K                     int          `json:"k"`
	P                     float64      `json:"p"` // alpha·(negative inside) + (1-alpha)·(positive between), weighted or counted
	Weighted              bool         `json:"weighted"`
	Alpha                 float64      `json:"alpha"`
	Exact                 bool         `json:"exact"`           // P is the least there is
	Optima                int          `json:"optima"`          // distinct partitions of least P found
	OptimaComplete        bool         `json:"optima_complete"` // they are all there are
	Starts                int          `json:"starts"`          // local search starts (0 when solved exactly alone)
	BestFound             int          `json:"best_found"`      // starts that reached P
	PerK                  []kValueJSON `json:"per_k"`
	Blocs                 []blocJSON   `json:"blocs"`      // the first optimal partition
	Swing                 []string     `json:"swing"`      // actors the optimal partitions place with different partners
	Partitions            [][][]string `json:"partitions"` // every optimal partition found, each as its blocs
	AlwaysInconsistent    [][]string   `json:"always_inconsistent"`
	SometimesInconsistent [][]string   `json:"sometimes_inconsistent"`
	NegativeWithin        [][]string   `json:"negative_within"`  // in the partition shown: actor, actor, tie ids...
	PositiveBetween       [][]string   `json:"positive_between"` // likewise
	Robust                *blocsRobust `json:"robust,omitempty"`
	result                ablocs.Result
	snap                  *snapshot.Snapshot
	graph                 *snapshot.Graph
}

type kValueJSON struct {
	K     int     `json:"k"`
	P     float64 `json:"p"`
	Exact bool    `json:"exact"`
}

// blocJSON is one bloc, named after the member of its core with the most positive ties.
type blocJSON struct {
	Bloc   int      `json:"bloc"`
	Name   string   `json:"name"`
	Actors []string `json:"actors"`
	Core   []string `json:"core"`  // always together in every optimal partition found
	Swing  []string `json:"swing"` // in this bloc in the partition shown, not in every other
}

// blocsRobust says how stable each actor's bloc is across the variants of --robust: in
// how many runs it sits with most of its bloc-mates of the run as asked (alone, when it
// was alone), and in how many it is not there at all (no tie, or folded into another).
type blocsRobust struct {
	Variants []string       `json:"variants"`
	P        []float64      `json:"p"`
	Stable   map[string]int `json:"stable"` // actor -> runs in which it sat with most of its bloc-mates
	Absent   map[string]int `json:"absent"` // actor -> runs in which it had no place of its own
}

type blocsOptions struct {
	o        ablocs.Options
	explain  bool
	robust   bool
	weighted bool
}

func (m *Main) runBlocs(ctx context.Context, args []string) error {
	f := m.flags("blocs", "--at D | --from D1 --to D2 [--step 1y] [--k K]", `Blocs partitions the signed network into the blocs that best fit it (Doreian and Mrvar
1996): the partition minimizing alpha times the weight of the negative ties inside blocs plus
(1 - alpha) times that of the positive ties between them, each tie weighing its intensity
(--unweighted counts ties instead). Optimal partitions are often not unique: the output lists
every one found (all of them when the search is exact, up to 20 actors with ties), each
bloc's core (the actors always together), the swing actors, and the ties inconsistent in
every optimal partition and in some. Groups that no tie links sit in blocs of their own:
joining them would cost nothing and mean nothing. Over a series, blocs keep their
numbers from step to step (carried by their weightiest members), and an actor changes
bloc only when no pair of optimal partitions of the two steps keeps it with its old
partners; other changes of label are listed as swings.`).withJSON()
	sf := f.withSnapshot()
	from := f.String("from", "", "start of a series, an EDTF `date`")
	to := f.String("to", "", "end of a series, an EDTF `date`")
	stepLen := f.String("step", "", "length of each step of a series: `1y`, 6m, 7d (default: 1y, or 1m over less than three years)")
	k := f.Int("k", 0, "the number of blocs, at most (0: the best of 1 to 5)")
	alpha := f.Float64("alpha", 0.5, "weight of negative ties inside blocs against positive ties between, in (0, 1)")
	seed := f.Uint64("seed", 1, "seed of the local search")
	unweighted := f.Bool("unweighted", false, "count ties instead of weighing them by intensity")
	if err := f.parse(args); err != nil {
		return err
	}
	if !(*alpha > 0 && *alpha < 1) || *k < 0 {
		return usageError("--alpha %g and --k %d: expected 0 < alpha < 1 and k >= 0", *alpha, *k)
	}
	filter, knownAt, err := sf.Filter()
	if err != nil {
		return err
	}
	if err := sf.Signed(filter); err != nil {
		return err
	}
	windows, err := answer.Windows(sf.At, *from, *to, *stepLen)
	if err != nil {
		return err
	}
	rec, _, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	bo := blocsOptions{o: ablocs.Options{K: *k, Alpha: *alpha, Seed: *seed, Weighted: !*unweighted, SplitUnlinked: true},
		explain: sf.Explain, robust: sf.Robust, weighted: !*unweighted}
	if len(windows) > 1 {
		return m.blocsSeries(ctx, rec, filter, windows, bo, f.json)
	}
	filter.At = &windows[0].Range
	b, err := blocsAt(ctx, rec, filter, windows[0].Label, bo)
	if err != nil {
		return err
	}
	b.explainStep(rec)
	b.PartialWarning(rec, b.snap)
	if sf.Robust {
		if b.Robust, err = blocsRobustness(ctx, rec, filter, bo, b); err != nil {
			return err
		}
	}
	if f.json {
		return writeJSON(m.Stdout, b)
	}
	return b.print(m.Stdout, rec, sf.Explain)
}

func blocsAt(ctx context.Context, rec *answer.Record, f snapshot.Filter, label string, bo blocsOptions) (*blocsStep, error) {
	s, err := rec.Index.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	g := s.Graph(snapshot.View{Signed: true, Weighted: true})
	res, err := ablocs.Partition(ctx, g.CSR, bo.o)
	if err != nil {
		return nil, err
	}
	return describeBlocs(rec, g, res, res.Cluster, label, bo), nil
}

// explainStep adds what a reader of one step needs beside its numbers: warnings and a
// reading (answer.Robustness reruns need neither).
func (b *blocsStep) explainStep(rec *answer.Record) {
	b.SnapshotWarnings(rec, b.snap)
	b.blocWarnings()
	b.Reading = b.reading(rec)
}

// describeBlocs names the blocs of a partition (cluster gives each node's bloc number,
// possibly relabelled from res.Cluster) and sets out what the optima agree on.
func describeBlocs(rec *answer.Record, g *snapshot.Graph, res ablocs.Result, cluster []int32, label string, bo blocsOptions) *blocsStep {
	s := g.Snapshot
	b := &blocsStep{Report: answer.NewReport(rec, s.Filter, label), At: label, K: res.K, P: res.P, Weighted: bo.weighted,
		Alpha: alphaOf(bo.o), Exact: res.Exact, Optima: len(res.Optima), OptimaComplete: res.OptimaComplete,
		Starts: res.Starts, BestFound: res.BestFound, Swing: []string{}, Partitions: [][][]string{},
		AlwaysInconsistent: arcPairs(g, res.Consensus.Always), SometimesInconsistent: arcPairs(g, res.Consensus.Sometimes),
		NegativeWithin: arcPairs(g, res.NegativeWithin), PositiveBetween: arcPairs(g, res.PositiveBetween),
		result: res, snap: s, graph: g}
	b.Legend = blocsLegend
	for _, kv := range res.PerK {
		b.PerK = append(b.PerK, kValueJSON{kv.K, kv.P, kv.Exact})
	}
	swing := map[int32]bool{}
	for _, v := range res.Consensus.Swing {
		swing[v] = true
		b.Swing = append(b.Swing, s.Actor(int(v)))
	}
	b.Blocs = blocsOf(g, cluster, func(v int) bool { return swing[int32(v)] })
	for _, p := range res.Optima {
		b.Partitions = append(b.Partitions, partitionActors(g, p))
	}
	return b
}

func alphaOf(o ablocs.Options) float64 {
	if o.Alpha == 0 {
		return 0.5
	}
	return o.Alpha
}

// blocsOf groups the nodes by bloc, each bloc named after the core member with the most
// positive tie weight inside the bloc (then overall), in the order of the blocs' numbers:
// the actor that holds the bloc together, not one whose friends are elsewhere.
func blocsOf(g *snapshot.Graph, cluster []int32, swing func(int) bool) []blocJSON {
	byBloc := map[int32]*blocJSON{}
	best := map[int32]float64{}
	for v, c := range cluster {
		if c < 0 {
			continue
		}
		bj := byBloc[c]
		if bj == nil {
			bj = &blocJSON{Bloc: int(c) + 1, Core: []string{}, Swing: []string{}}
			byBloc[c] = bj
			best[c] = -1
		}
		a := g.Snapshot.Actor(v)
		bj.Actors = append(bj.Actors, a)
		if swing(v) {
			bj.Swing = append(bj.Swing, a)
			continue
		}
		bj.Core = append(bj.Core, a)
		if d := positiveWithin(g, v, cluster); d > best[c] {
			best[c], bj.Name = d, a
		}
	}
	var out []blocJSON
	for _, c := range slices.Sorted(maps.Keys(byBloc)) {
		bj := byBloc[c]
		if bj.Name == "" && len(bj.Actors) > 0 {
			bj.Name = bj.Actors[0] // a bloc of swing actors only
		}
		out = append(out, *bj)
	}
	return out
}

func partitionActors(g *snapshot.Graph, p []int32) [][]string {
	var out [][]string
	for _, bj := range blocsOf(g, p, func(int) bool { return false }) {
		out = append(out, bj.Actors)
	}
	return out
}

// positiveWithin is v's positive tie weight to the other members of its bloc, with its
// positive weight overall as a small tiebreak.
func positiveWithin(g *snapshot.Graph, v int, cluster []int32) float64 {
	d := 0.0
	for i := g.Off[v]; i < g.Off[v+1]; i++ {
		if g.S[i] > 0 && cluster[g.Adj[i]] == cluster[v] {
			d += g.Weight(int(i))
		}
	}
	return d + 1e-6*positiveStrength(g, v)
}

func positiveStrength(g *snapshot.Graph, v int) float64 {
	d := 0.0
	for i := g.Off[v]; i < g.Off[v+1]; i++ {
		if g.S[i] > 0 {
			d += g.Weight(int(i))
		}
	}
	return d
}

func arcPairs(g *snapshot.Graph, arcs []int32) [][]string {
	out := [][]string{}
	for _, a := range arcs {
		out = append(out, arcPair(g, int(a)))
	}
	return out
}

// blocWarnings warns when the optimum is not unique, and when it may not be the optimum.
func (b *blocsStep) blocWarnings() {
	switch {
	case b.Optima > 1 && b.OptimaComplete:
		b.Warn("the optimum is not unique: %d partitions fit equally well (all of them are listed); %s between them", b.Optima, swingPhrase(len(b.Swing)))
	case b.Optima > 1:
		b.Warn("the optimum is not unique: the search met %d partitions that fit equally well (there may be more); %s between them", b.Optima, swingPhrase(len(b.Swing)))
	}
	if !b.Exact {
		b.Warn("the network is too large to prove the optimum: P is the best of %d local search starts (%d reached it)", b.Starts, b.BestFound)
	}
}

// reading says in words what the partition shows.
func (b *blocsStep) reading(rec *answer.Record) string {
	if len(b.Blocs) == 0 {
		return fmt.Sprintf("No signed ties at %s: no blocs.", b.At)
	}
	var parts []string
	for _, bj := range b.Blocs {
		parts = append(parts, blocPhrase(rec, b.graph, bj))
	}
	s := fmt.Sprintf("%s at %s: %s.", count(len(b.Blocs), "bloc"), b.At, strings.Join(parts, "; "))
	switch {
	case len(b.Swing) > 0:
		s += fmt.Sprintf(" %s between equally good partitions: %s.", swingPhrase(len(b.Swing)), rec.Names(b.Swing))
	case b.Optima == 1 && b.OptimaComplete:
		s += " No other partition fits as well."
	}
	if k := b.leastK(); k > 0 && k < len(b.Blocs) {
		s += fmt.Sprintf(" The ties ask for %d camps; the other blocs are groups with no tie to the rest of their camp, set apart.", k)
	}
	switch n := len(b.AlwaysInconsistent); {
	case n == 1:
		s += " 1 pair fits no optimal partition (see below)."
	case n > 1:
		s += fmt.Sprintf(" %d pairs fit no optimal partition (see below).", n)
	}
	return s
}

// possessive makes a name possessive: "Iran's", "Central Asian jihadists'".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// leastK returns the fewest blocs that reach the least P (0 when a single k was tried).
func (b *blocsStep) leastK() int {
	if len(b.PerK) < 2 {
		return 0
	}
	for _, kv := range b.PerK {
		if kv.P <= b.P+1e-9*max(1, b.P) {
			return kv.K
		}
	}
	return 0
}

func swingPhrase(n int) string {
	if n == 1 {
		return "1 actor swings"
	}
	return fmt.Sprintf("%d actors swing", n)
}

// blocPhrase names a bloc by its leading members: "the Taliban with Pakistan, Iran and
// Russia (12 actors)".
func blocPhrase(rec *answer.Record, g *snapshot.Graph, bj blocJSON) string {
	members := slices.Clone(bj.Core)
	slices.SortStableFunc(members, func(a, b string) int {
		sa, sb := positiveStrength(g, g.Snapshot.Node(a)), positiveStrength(g, g.Snapshot.Node(b))
		switch {
		case sa > sb:
			return -1
		case sa < sb:
			return 1
		}
		return strings.Compare(a, b)
	})
	members = slices.DeleteFunc(members, func(a string) bool { return a == bj.Name })
	if len(bj.Actors) == 1 {
		return rec.Name(bj.Name) + " alone"
	}
	lead := members[:min(3, len(members))]
	s := rec.Name(bj.Name)
	if len(lead) > 0 {
		s += " with " + rec.Names(lead)
	}
	return s + " (" + count(len(bj.Actors), "actor") + ")"
}

var blocsLegend = [][2]string{
	{"P", "alpha x (weight of negative ties inside blocs) + (1 - alpha) x (weight of positive ties between): 0 when the network splits into blocs with no tie against them"},
	{"core", "the actors of a bloc that share it in every optimal partition found"},
	{"swing", "an actor that equally good partitions place with different partners: its bloc is not determined by the record"},
	{"always / sometimes", "ties inconsistent with every optimal partition (the record's real tensions), or only with some (an artefact of which optimum is shown)"},
}

// blocsRobustness reruns the partition over the variants of --robust and counts, for
// each actor, the runs in which it stays in one bloc with its bloc's namesake.
func blocsRobustness(ctx context.Context, rec *answer.Record, f snapshot.Filter, bo blocsOptions, asked *blocsStep) (*blocsRobust, error) {
	r := &blocsRobust{Stable: map[string]int{}, Absent: map[string]int{}}
	mates := map[string][]string{}
	for _, bj := range asked.Blocs {
		for _, a := range bj.Actors {
			mates[a] = slices.DeleteFunc(slices.Clone(bj.Actors), func(x string) bool { return x == a })
		}
	}
	for _, v := range snapshot.Variants(f, answer.RobustDraws, answer.RobustSeed) {
		b, err := blocsAt(ctx, rec, v.Filter, asked.At, bo)
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
		for a, ms := range mates {
			ba, ok := bloc[a]
			if !ok {
				r.Absent[a]++
				continue
			}
			with, there := 0, 0
			for _, m := range ms {
				if bm, ok := bloc[m]; ok {
					there++
					if bm == ba {
						with++
					}
				}
			}
			alone := true
			for x, bx := range bloc {
				if bx == ba && x != a {
					alone = false
					break
				}
			}
			if there == 0 && alone || there > 0 && 2*with > there {
				r.Stable[a]++
			}
		}
	}
	return r, nil
}

func (b *blocsStep) print(w io.Writer, rec *answer.Record, explain bool) error {
	printHeader(w, &b.Report)
	b.printBody(w, rec, explain)
	printLegend(w, &b.Report)
	return nil
}

func (b *blocsStep) printBody(w io.Writer, rec *answer.Record, explain bool) {
	how := "exact"
	if !b.Exact {
		how = fmt.Sprintf("best of %d local search starts, %d reached it", b.Starts, b.BestFound)
	}
	unit := "weighted by intensity"
	if !b.Weighted {
		unit = "ties counted"
	}
	optima := count(b.Optima, "optimal partition") + " found"
	switch {
	case b.Optima == 1 && b.OptimaComplete:
		optima = "the only optimal partition"
	case b.OptimaComplete:
		optima = fmt.Sprintf("%d optimal partitions, all of them", b.Optima)
	}
	fmt.Fprintf(w, "Blocs at %s: %d blocs, P = %g (%s, alpha %g; %s; %s)\n", b.At, b.K, b.P, unit, b.Alpha, how, optima)
	var perK []string
	for _, kv := range b.PerK {
		perK = append(perK, fmt.Sprintf("k=%d: %g", kv.K, kv.P))
	}
	fmt.Fprintf(w, "Least P for each number of blocs: %s\n", strings.Join(perK, ", "))
	for _, bj := range b.Blocs {
		fmt.Fprintf(w, "\nBloc %d (%s, %s):\n  core:  %s\n", bj.Bloc, bj.Name, count(len(bj.Actors), "actor"), strings.Join(bj.Core, ", "))
		if len(bj.Swing) > 0 {
			fmt.Fprintf(w, "  swing: %s\n", strings.Join(bj.Swing, ", "))
		}
	}
	if b.Optima > 1 {
		b.printAlternatives(w)
	}
	if b.Robust != nil {
		fmt.Fprintf(w, "\nRobustness over %d runs: P from %g to %g; actors parted from most of their bloc-mates in some run:\n",
			len(b.Robust.Variants), minOf(b.Robust.P), maxOf(b.Robust.P))
		for _, bj := range b.Blocs {
			for _, a := range bj.Actors {
				n, gone := b.Robust.Stable[a], b.Robust.Absent[a]
				if n+gone == len(b.Robust.Variants) && gone == 0 {
					continue
				}
				line := fmt.Sprintf("  %s: with most of its bloc-mates in %d of %d runs", a, n, len(b.Robust.Variants))
				if len(bj.Actors) == 1 {
					line = fmt.Sprintf("  %s: alone in %d of %d runs", a, n, len(b.Robust.Variants))
				}
				if gone > 0 {
					line += fmt.Sprintf(", absent (no ties, or folded) in %d", gone)
				}
				fmt.Fprintln(w, line)
			}
		}
	}
	printPairs(w, rec, "Ties inconsistent with every optimal partition", b.AlwaysInconsistent, explain)
	if len(b.SometimesInconsistent) > 0 {
		printPairs(w, rec, "Ties inconsistent with some optimal partitions only", b.SometimesInconsistent, explain)
	}
}

// printAlternatives lists, for each other optimal partition, its blocs that differ from
// those of the partition shown.
func (b *blocsStep) printAlternatives(w io.Writer) {
	const shown = 10
	fmt.Fprintf(w, "\nThe other optimal partitions, by their blocs that differ from those above:\n")
	key := func(actors []string) string { return strings.Join(answer.SortedCopy(actors), ",") }
	same := map[string]bool{}
	for _, bj := range b.Blocs {
		same[key(bj.Actors)] = true
	}
	for i, p := range b.Partitions[1:min(len(b.Partitions), shown+1)] {
		var diffs []string
		for _, members := range p {
			if !same[key(members)] {
				diffs = append(diffs, "{"+strings.Join(members, ", ")+"}")
			}
		}
		fmt.Fprintf(w, "  %d. %s\n", i+2, strings.Join(diffs, " "))
	}
	if len(b.Partitions) > shown+1 {
		fmt.Fprintf(w, "  (and %d more; --json lists them all)\n", len(b.Partitions)-shown-1)
	}
}
