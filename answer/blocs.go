package answer

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	"github.com/alliances-project/alliances/snapshot"
)

// BlocsStep is the partition of one snapshot into blocs, with the other partitions
// that fit it as well.
type BlocsStep struct {
	Report
	At                    string           `json:"at"`
	K                     int              `json:"k"`
	P                     float64          `json:"p"` // alpha·(negative inside) + (1-alpha)·(positive between), weighted or counted
	Weighted              bool             `json:"weighted"`
	Alpha                 float64          `json:"alpha"`
	Exact                 bool             `json:"exact"`           // P is the least there is
	Optima                int              `json:"optima"`          // distinct partitions of least P found
	OptimaComplete        bool             `json:"optima_complete"` // they are all there are
	Starts                int              `json:"starts"`          // local search starts (0 when solved exactly alone)
	BestFound             int              `json:"best_found"`      // starts that reached P
	PerK                  []KValue         `json:"per_k"`
	Blocs                 []Bloc           `json:"blocs"`      // the first optimal partition
	Swing                 []string         `json:"swing"`      // actors the optimal partitions place with different partners
	Partitions            [][][]string     `json:"partitions"` // every optimal partition found, each as its blocs
	AlwaysInconsistent    [][]string       `json:"always_inconsistent"`
	SometimesInconsistent [][]string       `json:"sometimes_inconsistent"`
	NegativeWithin        [][]string       `json:"negative_within"`  // in the partition shown: actor, actor, tie ids...
	PositiveBetween       [][]string       `json:"positive_between"` // likewise
	Robust                *BlocsRobustness `json:"robust,omitempty"`
	result                ablocs.Result
	snap                  *snapshot.Snapshot
	graph                 *snapshot.Graph
}

// KValue is the best partition found with K blocs at most: its criterion P.
type KValue struct {
	K     int     `json:"k"`
	P     float64 `json:"p"`
	Exact bool    `json:"exact"`
}

// Bloc is one bloc, named after the member of its core with the most positive ties.
type Bloc struct {
	Bloc   int      `json:"bloc"`
	Name   string   `json:"name"`
	Actors []string `json:"actors"`
	Core   []string `json:"core"`  // always together in every optimal partition found
	Swing  []string `json:"swing"` // in this bloc in the partition shown, not in every other
}

// BlocsRobustness says how stable each actor's bloc is across the variants of --robust: in
// how many runs it sits with most of its bloc-mates of the run as asked (alone, when it
// was alone), and in how many it is not there at all (no tie, or folded into another).
type BlocsRobustness struct {
	Variants []string       `json:"variants"`
	P        []float64      `json:"p"`
	Stable   map[string]int `json:"stable"` // actor -> runs in which it sat with most of its bloc-mates
	Absent   map[string]int `json:"absent"` // actor -> runs in which it had no place of its own
}

// BlocsOptions are the choices of a partition into blocs: at most K blocs (0: the best
// of 1 to 5), Alpha the weight of negative ties inside blocs against positive ties
// between them (0 < Alpha < 1), Seed that of the local search, Unweighted to count ties
// rather than weigh them by intensity, Robust to rerun over the variants of the snapshot.
type BlocsOptions struct {
	K          int
	Alpha      float64
	Seed       uint64
	Unweighted bool
	Robust     bool
}

// Check reports options out of their ranges.
func (o BlocsOptions) Check() error {
	if !(o.Alpha > 0 && o.Alpha < 1) || o.K < 0 {
		return usageError("--alpha %g and --k %d: expected 0 < alpha < 1 and k >= 0", o.Alpha, o.K)
	}
	return nil
}

// blocsOptions are BlocsOptions as the search takes them.
type blocsOptions struct {
	o        ablocs.Options
	weighted bool
}

// Blocs partitions the snapshot at each window of the filter f: the one step of a date,
// or the series of several windows, with blocs carried from step to step.
func Blocs(ctx context.Context, rec *Record, f snapshot.Filter, windows []Step, o BlocsOptions) (*BlocsStep, *BlocsSeries, error) {
	if err := o.Check(); err != nil {
		return nil, nil, err
	}
	bo := blocsOptions{o: ablocs.Options{K: o.K, Alpha: o.Alpha, Seed: o.Seed, Weighted: !o.Unweighted, SplitUnlinked: true}, weighted: !o.Unweighted}
	if len(windows) > 1 {
		series, err := blocsOver(ctx, rec, f, windows, bo)
		if err != nil {
			return nil, nil, err
		}
		if o.Robust {
			for i, b := range series.Steps {
				fw := f
				fw.At = &windows[i].Range
				if b.Robust, err = blocsRobustness(ctx, rec, fw, bo, b); err != nil {
					return nil, nil, err
				}
			}
		}
		return nil, series, nil
	}
	f.At = &windows[0].Range
	b, err := blocsAt(ctx, rec, f, windows[0].Label, bo)
	if err != nil {
		return nil, nil, err
	}
	b.explainStep(rec)
	b.PartialWarning(rec, b.snap)
	if o.Robust {
		if b.Robust, err = blocsRobustness(ctx, rec, f, bo, b); err != nil {
			return nil, nil, err
		}
	}
	return b, nil, nil
}

func blocsAt(ctx context.Context, rec *Record, f snapshot.Filter, label string, bo blocsOptions) (*BlocsStep, error) {
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
// reading (robustness reruns need neither).
func (b *BlocsStep) explainStep(rec *Record) {
	b.SnapshotWarnings(rec, b.snap)
	b.blocWarnings()
	b.Reading = b.reading(rec)
}

// describeBlocs names the blocs of a partition (cluster gives each node's bloc number,
// possibly relabelled from res.Cluster) and sets out what the optima agree on.
func describeBlocs(rec *Record, g *snapshot.Graph, res ablocs.Result, cluster []int32, label string, bo blocsOptions) *BlocsStep {
	s := g.Snapshot
	b := &BlocsStep{Report: newReport(rec, s.Filter, label), At: label, K: res.K, P: res.P, Weighted: bo.weighted,
		Alpha: alphaOf(bo.o), Exact: res.Exact, Optima: len(res.Optima), OptimaComplete: res.OptimaComplete,
		Starts: res.Starts, BestFound: res.BestFound, Swing: []string{}, Partitions: [][][]string{},
		AlwaysInconsistent: arcPairs(g, res.Consensus.Always), SometimesInconsistent: arcPairs(g, res.Consensus.Sometimes),
		NegativeWithin: arcPairs(g, res.NegativeWithin), PositiveBetween: arcPairs(g, res.PositiveBetween),
		result: res, snap: s, graph: g}
	b.Legend = blocsLegend
	for _, kv := range res.PerK {
		b.PerK = append(b.PerK, KValue{kv.K, kv.P, kv.Exact})
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
func blocsOf(g *snapshot.Graph, cluster []int32, swing func(int) bool) []Bloc {
	// By bloc number: a split partition of a large network numbers tens of thousands.
	top := int32(-1)
	for _, c := range cluster {
		top = max(top, c)
	}
	byBloc := make([]*Bloc, top+1)
	best := make([]float64, top+1)
	for v, c := range cluster {
		if c < 0 {
			continue
		}
		bj := byBloc[c]
		if bj == nil {
			bj = &Bloc{Bloc: int(c) + 1, Core: []string{}, Swing: []string{}}
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
	var out []Bloc
	for _, bj := range byBloc {
		if bj == nil {
			continue
		}
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
func (b *BlocsStep) blocWarnings() {
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
func (b *BlocsStep) reading(rec *Record) string {
	if len(b.Blocs) == 0 {
		return fmt.Sprintf("No signed ties at %s: no blocs.", b.At)
	}
	// The largest blocs, in their order, and how many others: a split partition of a
	// large network has tens of thousands of blocs, most of one or two actors.
	shown := make([]bool, len(b.Blocs))
	order := make([]int, len(b.Blocs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(len(b.Blocs[j].Actors), len(b.Blocs[i].Actors)) })
	for _, i := range order[:min(maxPhrased, len(order))] {
		shown[i] = true
	}
	// The parts folded into an organization count as it: a bloc named "al Qaeda" may be
	// al-Nusra's ties, which the name alone hides.
	folded := map[string][]string{}
	for _, fd := range b.Folded {
		folded[fd.Into] = append(folded[fd.Into], fd.Actor)
	}
	var parts []string
	rest, restActors := 0, 0
	for i, bj := range b.Blocs {
		if shown[i] {
			parts = append(parts, blocPhrase(rec, b.graph, bj, folded))
		} else {
			rest, restActors = rest+1, restActors+len(bj.Actors)
		}
	}
	if rest > 0 {
		parts = append(parts, fmt.Sprintf("and %d smaller %s of %s in all", rest, plural(rest, "bloc", "blocs"), alliances.Count(restActors, "actor")))
	}
	s := fmt.Sprintf("%s at %s: %s.", alliances.Count(len(b.Blocs), "bloc"), b.At, strings.Join(parts, "; "))
	switch {
	case len(b.Swing) > 0:
		s += fmt.Sprintf(" %s between equally good partitions: %s.", swingPhrase(len(b.Swing)), rec.Names(b.Swing))
	case b.Optima == 1 && b.OptimaComplete && b.leastK() > 0 && b.leastK() < len(b.Blocs):
		// Fewer blocs fit as well, the groups without ties being put with any camp.
		s += fmt.Sprintf(" No other partition into %d blocs fits as well.", len(b.Blocs))
	case b.Optima == 1 && b.OptimaComplete:
		s += " No other partition fits as well."
	}
	if k := b.leastK(); k > 0 && k < len(b.Blocs) {
		s += fmt.Sprintf(" %s %s enough to fit the ties as well: the %d blocs are %s split into the groups that no tie joins.",
			alliances.Count(k, "camp"), map[bool]string{true: "is", false: "are"}[k == 1], len(b.Blocs), map[bool]string{true: "it", false: "those camps"}[k == 1])
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
func (b *BlocsStep) leastK() int {
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
func blocPhrase(rec *Record, g *snapshot.Graph, bj Bloc, folded map[string][]string) string {
	name := func(id string) string {
		parts := folded[id]
		if len(parts) == 0 {
			return rec.Name(id)
		}
		if len(parts) > 1 {
			return fmt.Sprintf("%s (counting %s and %d more)", rec.Name(id), rec.Name(parts[0]), len(parts)-1)
		}
		return fmt.Sprintf("%s (counting %s)", rec.Name(id), rec.Name(parts[0]))
	}
	type member struct {
		id       string
		strength float64
	}
	members := make([]member, 0, len(bj.Core))
	for _, a := range bj.Core {
		if a != bj.Name {
			members = append(members, member{a, positiveStrength(g, g.Snapshot.Node(a))})
		}
	}
	slices.SortFunc(members, func(a, b member) int { return cmp.Or(cmp.Compare(b.strength, a.strength), strings.Compare(a.id, b.id)) })
	if len(bj.Actors) == 1 {
		return name(bj.Name) + " alone"
	}
	var lead []string
	for _, m := range members[:min(3, len(members))] {
		lead = append(lead, name(m.id))
	}
	s := name(bj.Name)
	if len(lead) > 0 {
		s += " with " + andList(lead)
	}
	return s + " (" + alliances.Count(len(bj.Actors), "actor") + ")"
}

// maxPhrased is the most blocs a reading names.
const maxPhrased = 10

var blocsLegend = [][2]string{
	{"P", "alpha x (weight of negative ties inside blocs) + (1 - alpha) x (weight of positive ties between): 0 when the network splits into blocs with no tie against them"},
	{"core", "the actors of a bloc that share it in every optimal partition found"},
	{"swing", "an actor that equally good partitions place with different partners: its bloc is not determined by the record"},
	{"always / sometimes", "ties inconsistent with every optimal partition (the record's real tensions), or only with some (an artefact of which optimum is shown)"},
}

// blocsRobustness reruns the partition over the variants of --robust and counts, for
// each actor, the runs in which it stays in one bloc with its bloc's namesake.
func blocsRobustness(ctx context.Context, rec *Record, f snapshot.Filter, bo blocsOptions, asked *BlocsStep) (*BlocsRobustness, error) {
	r := &BlocsRobustness{Stable: map[string]int{}, Absent: map[string]int{}}
	mates := map[string][]string{}
	for _, bj := range asked.Blocs {
		for _, a := range bj.Actors {
			mates[a] = slices.DeleteFunc(slices.Clone(bj.Actors), func(x string) bool { return x == a })
		}
	}
	for _, v := range snapshot.Variants(f, RobustDraws, RobustSeed) {
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
