package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	"github.com/alliances-project/alliances/snapshot"
)

// blocsStep is the partition of one snapshot into blocs, with the other partitions
// that fit it as well.
type blocsStep struct {
	report
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

// blocsSeries is blocs over time, with bloc numbers carried from step to step.
type blocsSeries struct {
	report
	Steps   []*blocsStep `json:"steps"`
	Changes []blocChange `json:"changes"` // moves: no equally good partitions keep the actor with its old partners
	Swings  []blocChange `json:"swings"`  // label changes that equally good partitions explain
}

type blocChange struct {
	// moved (with positive ties into its new bloc), left (with none there), cancelled (its
	// ties to its old partners now net to nothing: not a switch of sides), dissolved (its
	// old partners have no ties at the new step), joined (it became part of an
	// organization in its new bloc)
	Kind     string    `json:"kind"`
	Actor    string    `json:"actor"`
	At       string    `json:"at"`
	From     int       `json:"from"`
	To       int       `json:"to"`
	FromName string    `json:"from_name"`
	ToName   string    `json:"to_name"`
	Folded   string    `json:"folded,omitempty"`    // the organization the actor was folded into before, or is after
	FoldedAt string    `json:"folded_at,omitempty"` // the step at which it was folded into it
	Partners []string  `json:"partners"`            // its positive ties into its new bloc, at the new step
	Lost     []lostTie `json:"lost"`                // what became of its positive ties into its old bloc
	Against  []string  `json:"against,omitempty"`   // pushed: the members of its old bloc it is hostile to, its positive ties there kept
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
	filter, knownAt, err := sf.filter()
	if err != nil {
		return err
	}
	if err := sf.signed(filter); err != nil {
		return err
	}
	windows, err := analysisWindows(sf.at, *from, *to, *stepLen)
	if err != nil {
		return err
	}
	rec, _, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	bo := blocsOptions{o: ablocs.Options{K: *k, Alpha: *alpha, Seed: *seed, Weighted: !*unweighted, SplitUnlinked: true},
		explain: sf.explain, robust: sf.robust, weighted: !*unweighted}
	if len(windows) > 1 {
		return m.blocsSeries(ctx, rec, filter, windows, bo, f.json)
	}
	filter.At = &windows[0].Range
	b, err := blocsAt(ctx, rec, filter, windows[0].Label, bo)
	if err != nil {
		return err
	}
	b.partialWarning(rec, b.snap)
	if sf.robust {
		if b.Robust, err = blocsRobustness(ctx, rec, filter, bo, b); err != nil {
			return err
		}
	}
	if f.json {
		return writeJSON(m.Stdout, b)
	}
	return b.print(m.Stdout, rec, sf.explain)
}

func blocsAt(ctx context.Context, rec *record, f snapshot.Filter, label string, bo blocsOptions) (*blocsStep, error) {
	s, err := rec.index.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	g := s.Graph(snapshot.View{Signed: true, Weighted: true})
	res, err := ablocs.Partition(ctx, g.CSR, bo.o)
	if err != nil {
		return nil, err
	}
	b := describeBlocs(rec, g, res, res.Cluster, label, bo)
	b.snapshotWarnings(rec, s)
	b.blocWarnings()
	b.Reading = b.reading(rec)
	return b, nil
}

// describeBlocs names the blocs of a partition (cluster gives each node's bloc number,
// possibly relabelled from res.Cluster) and sets out what the optima agree on.
func describeBlocs(rec *record, g *snapshot.Graph, res ablocs.Result, cluster []int32, label string, bo blocsOptions) *blocsStep {
	s := g.Snapshot
	b := &blocsStep{report: newReport(rec, s.Filter, label), At: label, K: res.K, P: res.P, Weighted: bo.weighted,
		Alpha: alphaOf(bo.o), Exact: res.Exact, Optima: len(res.Optima), OptimaComplete: res.OptimaComplete,
		Starts: res.Starts, BestFound: res.BestFound, Swing: []string{}, Partitions: [][][]string{},
		AlwaysInconsistent: arcPairs(g, res.Consensus.Always), SometimesInconsistent: arcPairs(g, res.Consensus.Sometimes),
		NegativeWithin: arcPairs(g, res.NegativeWithin), PositiveBetween: arcPairs(g, res.PositiveBetween),
		result: res, snap: s, graph: g}
	b.legend = blocsLegend
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
		b.warn("the optimum is not unique: %d partitions fit equally well (all of them are listed); %s between them", b.Optima, swingPhrase(len(b.Swing)))
	case b.Optima > 1:
		b.warn("the optimum is not unique: the search met %d partitions that fit equally well (there may be more); %s between them", b.Optima, swingPhrase(len(b.Swing)))
	}
	if !b.Exact {
		b.warn("the network is too large to prove the optimum: P is the best of %d local search starts (%d reached it)", b.Starts, b.BestFound)
	}
}

// reading says in words what the partition shows.
func (b *blocsStep) reading(rec *record) string {
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
		s += fmt.Sprintf(" %s between equally good partitions: %s.", swingPhrase(len(b.Swing)), rec.names(b.Swing))
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
func blocPhrase(rec *record, g *snapshot.Graph, bj blocJSON) string {
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
		return rec.name(bj.Name) + " alone"
	}
	lead := members[:min(3, len(members))]
	s := rec.name(bj.Name)
	if len(lead) > 0 {
		s += " with " + rec.names(lead)
	}
	return s + " (" + count(len(bj.Actors), "actor") + ")"
}

var blocsLegend = [][2]string{
	{"P", "alpha x (weight of negative ties inside blocs) + (1 - alpha) x (weight of positive ties between): 0 when the network splits into blocs with no tie against them"},
	{"core", "the actors of a bloc that share it in every optimal partition found"},
	{"swing", "an actor that equally good partitions place with different partners: its bloc is not determined by the record"},
	{"always / sometimes", "ties inconsistent with every optimal partition (the record's real tensions), or only with some (an artefact of which optimum is shown)"},
}

// blocsSeries partitions each window with the actors numbered alike, and tracks the
// blocs.
func (m *Main) blocsSeries(ctx context.Context, rec *record, filter snapshot.Filter, windows []step, bo blocsOptions, asJSON bool) error {
	series, err := blocsOver(ctx, rec, filter, windows, bo)
	if err != nil {
		return err
	}
	if bo.robust {
		for i, b := range series.Steps {
			fw := filter
			fw.At = &windows[i].Range
			if b.Robust, err = blocsRobustness(ctx, rec, fw, bo, b); err != nil {
				return err
			}
		}
	}
	if asJSON {
		return writeJSON(m.Stdout, series)
	}
	return series.print(m.Stdout, rec, bo.explain)
}

func blocsOver(ctx context.Context, rec *record, f snapshot.Filter, windows []step, bo blocsOptions) (*blocsSeries, error) {
	f.AllActors = true
	var graphs []*snapshot.Graph
	var steps []ablocs.Step
	actors := len(rec.index.Actors)
	for _, w := range windows {
		fw := f
		fw.At = &w.Range
		s, err := rec.index.Snapshot(ctx, fw)
		if err != nil {
			return nil, err
		}
		g := s.Graph(snapshot.View{Signed: true, Weighted: true})
		st := ablocs.Step{G: g.CSR, Node: make([]int32, actors), At: make([]int32, actors)}
		for a := range int32(actors) {
			st.Node[a], st.At[a] = int32(s.NodeOfActor(a)), int32(s.StandsAt(a))
		}
		graphs, steps = append(graphs, g), append(steps, st)
	}
	series, err := ablocs.Track(ctx, steps, bo.o)
	if err != nil {
		return nil, err
	}
	out := &blocsSeries{Changes: []blocChange{}, Swings: []blocChange{}}
	for i, g := range graphs {
		cluster := make([]int32, g.N())
		for a := range int32(actors) {
			if v := steps[i].Node[a]; v >= 0 {
				cluster[v] = series.Bloc[i][a]
			}
		}
		for v := range cluster {
			if series.Steps[i].Cluster[v] < 0 {
				cluster[v] = -1
			}
		}
		b := describeBlocs(rec, g, series.Steps[i], cluster, windows[i].Label, bo)
		b.snapshotWarnings(rec, g.Snapshot)
		b.blocWarnings()
		b.Reading = b.reading(rec)
		out.Steps = append(out.Steps, b)
	}
	out.report = newSeriesReport(rec, f, windows[0].Label, windows[len(windows)-1].Label)
	out.legend = blocsLegend
	for _, c := range series.Changes {
		out.Changes = append(out.Changes, out.change(rec, c, steps))
	}
	for _, c := range series.Swings {
		out.Swings = append(out.Swings, out.change(rec, c, steps))
	}
	out.seriesWarnings()
	var snaps []*snapshot.Snapshot
	var labels []string
	for _, b := range out.Steps {
		snaps, labels = append(snaps, b.snap), append(labels, b.At)
	}
	out.seriesPartialWarning(rec, snaps, labels)
	var lonely []string
	for _, c := range out.Changes {
		if c.Kind == "left" {
			lonely = append(lonely, c.Actor+" ("+c.At+")")
		}
	}
	if len(lonely) > 0 {
		out.warn("%s with no positive tie to the bloc %s in next: %s ties ended, or the record does not have them; that is not a switch of sides: %s",
			plural(len(lonely), "an actor left its bloc", "actors left their blocs"), plural(len(lonely), "it sits", "they sit"), plural(len(lonely), "its", "their"), strings.Join(lonely, ", "))
	}
	out.Reading = out.reading(rec)
	return out, nil
}

func (s *blocsSeries) change(rec *record, c ablocs.Change, steps []ablocs.Step) blocChange {
	prev, cur := s.Steps[c.Step-1], s.Steps[c.Step]
	bc := blocChange{Actor: rec.index.Actors[c.Actor], At: cur.At, From: int(c.From) + 1, To: int(c.To) + 1,
		FromName: blocName(prev, int(c.From)+1), ToName: blocName(cur, int(c.To)+1)}
	for i, st := range []ablocs.Step{steps[c.Step-1], steps[c.Step]} {
		if st.Node[c.Actor] < 0 && st.At[c.Actor] >= 0 {
			b := []*blocsStep{prev, cur}[i]
			bc.Folded, bc.FoldedAt = b.snap.Actor(int(st.At[c.Actor])), b.At
		}
	}
	bc.Partners = []string{}
	g, v := cur.graph, int(steps[c.Step].At[c.Actor])
	bloc := map[string]int{}
	for _, bj := range cur.Blocs {
		for _, a := range bj.Actors {
			bloc[a] = bj.Bloc
		}
	}
	for i := g.Off[v]; i < g.Off[v+1]; i++ {
		if a := g.Snapshot.Actor(int(g.Adj[i])); g.S[i] > 0 && bloc[a] == bc.To {
			bc.Partners = append(bc.Partners, a)
		}
	}
	bc.Lost = lostPartners(prev, cur, steps[c.Step-1], steps[c.Step], c.Actor, int(c.From)+1)
	bc.Kind = "moved"
	if len(bc.Partners) == 0 {
		bc.Kind = "left"
	}
	gone, cancel := 0, 0
	for _, l := range bc.Lost {
		switch l.Now {
		case "gone":
			gone++
		case "cancelled":
			cancel++
		}
	}
	// Parted by a hostility inside its old bloc, its friendships there kept: pushed out.
	if bc.Folded == "" && len(bc.Lost) == 0 {
		for _, bj := range cur.Blocs {
			if bj.Bloc != bc.From {
				continue
			}
			for _, m := range bj.Actors {
				if j := g.Arc(v, g.Snapshot.Node(m)); j >= 0 && g.S[j] < 0 {
					bc.Against = append(bc.Against, m)
				}
			}
		}
	}
	switch {
	case bc.FoldedAt == cur.At:
		bc.Kind = "joined" // it became part of an organization: a merger or an accession, not a move of its own
	case len(bc.Against) > 0:
		bc.Kind = "pushed"
	case len(bc.Lost) > 0 && gone == len(bc.Lost):
		bc.Kind = "dissolved"
	case cancel > 0 && gone+cancel == len(bc.Lost):
		bc.Kind = "cancelled"
	}
	return bc
}

// lostTie is what became, at a step, of an actor's positive tie to a partner of its old
// bloc: "ended" (no tie), "cancelled" (ties that net to nothing), "hostile" (net
// negative), or "gone" (the partner has no tie with anyone at the step).
type lostTie struct {
	Partner string `json:"partner"`
	Now     string `json:"now"`
	Terms   string `json:"terms,omitempty"` // for cancelled and hostile: the kinds behind the net value
}

// lostPartners lists what became of the positive ties actor a held at the previous step
// to the other members of its bloc there (numbered from): the reasons it is no longer
// with them.
func lostPartners(prev, cur *blocsStep, sp, sc ablocs.Step, a int32, from int) []lostTie {
	out := []lostTie{}
	pg, cg := prev.graph, cur.graph
	u, v := int(sp.At[a]), int(sc.At[a])
	if u < 0 || v < 0 || sp.Node[a] < 0 {
		return out // folded before: it parted from its organization, not from partners
	}
	mates := map[string]bool{}
	for _, bj := range prev.Blocs {
		if bj.Bloc == from {
			for _, m := range bj.Actors {
				mates[m] = true
			}
		}
	}
	for i := pg.Off[u]; i < pg.Off[u+1]; i++ {
		w := int(pg.Adj[i])
		partner := pg.Snapshot.Actor(w)
		if pg.S[i] <= 0 || !mates[partner] {
			continue
		}
		l := lostTie{Partner: partner}
		x := int(sc.At[pg.Snapshot.Nodes[w]])
		j := -1
		if x >= 0 {
			j = cg.Arc(v, x)
		}
		switch {
		case x < 0 || cg.Off[x+1] == cg.Off[x]:
			l.Now = "gone"
		case x == v || j >= 0 && cg.S[j] > 0:
			continue // still friends (or one body now): not what it lost
		case j < 0:
			l.Now = "ended"
		case cg.S[j] == 0:
			l.Now, l.Terms = "cancelled", netTerms(cg, j)
		default:
			l.Now, l.Terms = "hostile", netTerms(cg, j)
		}
		out = append(out, l)
	}
	return out
}

func (s *blocsSeries) seriesWarnings() {
	var reps []*report
	for _, b := range s.Steps {
		reps = append(reps, &b.report)
	}
	s.Warnings = stepWarnings(reps)
}

func (s *blocsSeries) reading(rec *record) string {
	first, last := s.Steps[0], s.Steps[len(s.Steps)-1]
	var moves, left, cancel, dissolved, joined, pushed []string
	for _, c := range s.Changes {
		switch c.Kind {
		case "left":
			left = append(left, fmt.Sprintf("%s left %s bloc in %s", rec.name(c.Actor), possessive(rec.name(c.FromName)), c.At))
		case "joined":
			joined = append(joined, fmt.Sprintf("%s joined %s in %s", rec.name(c.Actor), rec.name(c.Folded), c.At))
		case "pushed":
			pushed = append(pushed, fmt.Sprintf("%s from %s bloc in %s (hostile to %s there)", rec.name(c.Actor), possessive(rec.name(c.FromName)), c.At, rec.names(c.Against)))
		case "cancelled":
			var why []string
			for _, l := range c.Lost {
				if l.Now == "cancelled" {
					why = append(why, fmt.Sprintf("with %s: %s", rec.name(l.Partner), l.Terms))
				}
			}
			cancel = append(cancel, fmt.Sprintf("%s in %s (%s)", rec.name(c.Actor), c.At, strings.Join(why, "; ")))
		case "dissolved":
			var gone []string
			for _, l := range c.Lost {
				gone = append(gone, l.Partner)
			}
			dissolved = append(dissolved, fmt.Sprintf("%s in %s (%s no longer there)", rec.name(c.Actor), c.At, rec.names(gone)))
		default:
			part := ""
			if c.Folded != "" && c.Folded != c.FromName {
				part = fmt.Sprintf(" (as part of %s)", rec.name(c.Folded))
			}
			// A bloc named after the mover, or two blocs of one name, say nothing: name
			// the partners it joined instead.
			fromOwn, toOwn := c.FromName == c.Actor, c.ToName == c.Actor || c.ToName == c.FromName
			switch {
			case fromOwn && toOwn:
				moves = append(moves, fmt.Sprintf("%s joined %s in %s", rec.name(c.Actor), rec.names(c.Partners), c.At))
				continue
			case fromOwn:
				moves = append(moves, fmt.Sprintf("%s joined %s bloc in %s", rec.name(c.Actor), possessive(rec.name(c.ToName)), c.At))
				continue
			case toOwn:
				moves = append(moves, fmt.Sprintf("%s left %s bloc%s for one with %s in %s", rec.name(c.Actor), possessive(rec.name(c.FromName)), part, rec.names(c.Partners), c.At))
				continue
			}
			moves = append(moves, fmt.Sprintf("%s from %s bloc%s to %s in %s", rec.name(c.Actor), possessive(rec.name(c.FromName)), part, possessive(rec.name(c.ToName)), c.At))
		}
	}
	txt := fmt.Sprintf("Blocs from %s to %s.", first.At, last.At)
	if len(moves) == 0 {
		txt += " No actor moved to another bloc"
	} else {
		txt += " Moves: " + strings.Join(moves, "; ")
	}
	if len(joined) > 0 {
		txt += ". Became part of an organization: " + strings.Join(joined, "; ")
	}
	if len(pushed) > 0 {
		txt += ". Pushed out by a hostility inside their bloc, their friendships there kept (no switch of sides): " + strings.Join(pushed, "; ")
	}
	if len(cancel) > 0 {
		txt += ". Parted from their bloc because their ties to it now cancel out (no switch of sides; check the weights): " + strings.Join(cancel, "; ")
	}
	if len(dissolved) > 0 {
		txt += ". Parted because their partners have no ties any more (their bloc dissolved, no switch of sides): " + strings.Join(dissolved, "; ")
	}
	if len(left) > 0 {
		txt += ". Left for lack of partners (not a switch of sides): " + strings.Join(left, "; ")
	}
	if ex := s.exits(rec); ex != "" {
		txt += ". " + ex
	}
	if len(s.Swings) > 0 {
		if len(s.Swings) == 1 {
			txt += ". 1 change of bloc label was a swing between equally good partitions, not a move"
		} else {
			txt += fmt.Sprintf(". %d changes of bloc label were swings between equally good partitions, not moves", len(s.Swings))
		}
	}
	return txt + "."
}

// exits says which actors with ties at a step have none at the next (not folded into
// another either), and which appear: the series shows them in no bloc, silently.
func (s *blocsSeries) exits(rec *record) string {
	var out, in, joined []string
	reported := map[string]bool{}
	for _, c := range s.Changes {
		if c.Kind == "joined" {
			reported[c.Actor+"@"+c.At] = true
		}
	}
	for i := 1; i < len(s.Steps); i++ {
		prev, cur := s.Steps[i-1], s.Steps[i]
		var gone, come []string
		for _, a := range slices.Sorted(maps.Keys(blocActors(prev))) {
			if !blocActors(cur)[a] {
				into, folded := cur.snap.FoldedInto(a)
				switch {
				case !folded:
					gone = append(gone, a)
				case !reported[a+"@"+cur.At]:
					joined = append(joined, fmt.Sprintf("%s joined %s in %s", rec.name(a), rec.name(into), cur.At))
				}
			}
		}
		for _, a := range slices.Sorted(maps.Keys(blocActors(cur))) {
			if !blocActors(prev)[a] {
				if _, folded := prev.snap.FoldedInto(a); !folded {
					come = append(come, a)
				}
			}
		}
		if len(gone) > 0 {
			out = append(out, fmt.Sprintf("%s from %s", rec.names(gone), cur.At))
		}
		if len(come) > 0 {
			in = append(in, fmt.Sprintf("%s from %s", rec.names(come), cur.At))
		}
	}
	var parts []string
	if len(joined) > 0 {
		parts = append(parts, "Became part of an organization with its bloc: "+strings.Join(joined, "; "))
	}
	if len(out) > 0 {
		parts = append(parts, "No tie recorded any more (the record stops, or the ties ended): "+strings.Join(out, "; "))
	}
	if len(in) > 0 {
		parts = append(parts, "Ties again, or for the first time: "+strings.Join(in, "; "))
	}
	return strings.Join(parts, ". ")
}

// blocActors returns the actors in some bloc at a step.
func blocActors(b *blocsStep) map[string]bool {
	m := map[string]bool{}
	for _, bj := range b.Blocs {
		for _, a := range bj.Actors {
			m[a] = true
		}
	}
	return m
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
func blocsRobustness(ctx context.Context, rec *record, f snapshot.Filter, bo blocsOptions, asked *blocsStep) (*blocsRobust, error) {
	r := &blocsRobust{Stable: map[string]int{}, Absent: map[string]int{}}
	mates := map[string][]string{}
	for _, bj := range asked.Blocs {
		for _, a := range bj.Actors {
			mates[a] = slices.DeleteFunc(slices.Clone(bj.Actors), func(x string) bool { return x == a })
		}
	}
	for _, v := range snapshot.Variants(f, robustDraws, robustSeed) {
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

func (b *blocsStep) print(w io.Writer, rec *record, explain bool) error {
	b.printHeader(w)
	b.printBody(w, rec, explain)
	b.printLegend(w)
	return nil
}

func (b *blocsStep) printBody(w io.Writer, rec *record, explain bool) {
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
	pairs := func(title string, ps [][]string) {
		fmt.Fprintf(w, "\n%s (%d):\n", title, len(ps))
		for _, p := range ps {
			fmt.Fprintf(w, "  %s - %s  %v\n", p[0], p[1], p[2:])
			if explain {
				explainTies(w, rec, p[2:])
			}
		}
	}
	pairs("Ties inconsistent with every optimal partition", b.AlwaysInconsistent)
	if len(b.SometimesInconsistent) > 0 {
		pairs("Ties inconsistent with some optimal partitions only", b.SometimesInconsistent)
	}
}

// printAlternatives lists, for each other optimal partition, its blocs that differ from
// those of the partition shown.
func (b *blocsStep) printAlternatives(w io.Writer) {
	const shown = 10
	fmt.Fprintf(w, "\nThe other optimal partitions, by their blocs that differ from those above:\n")
	key := func(actors []string) string { return strings.Join(sortedCopy(actors), ",") }
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

func (s *blocsSeries) print(w io.Writer, rec *record, explain bool) error {
	s.printHeader(w)
	header := []string{"AT", "BLOCS", "P", "OPTIMA", "SWING", "SIZES"}
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
		optima := fmt.Sprint(b.Optima)
		if !b.OptimaComplete {
			optima += "+"
		}
		row := []string{b.At, fmt.Sprint(b.K), fmt.Sprintf("%g", b.P), optima, fmt.Sprint(len(b.Swing)), strings.Join(sizes, ", ")}
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
			fmt.Fprintf(w, "\n== %s\n", b.At)
			fmt.Fprintln(w, wrap(b.Reading, 100))
			b.printBody(w, rec, true)
		}
	}
	printChanges := func(title string, cs []blocChange) {
		fmt.Fprintf(w, "\n%s (%d):\n", title, len(cs))
		t := newTable(w)
		for _, c := range cs {
			folded := ""
			if c.Folded != "" {
				folded = "(part of " + c.Folded + " at " + c.FoldedAt + ")"
			}
			partners := "left: no positive tie there"
			if len(c.Partners) > 0 {
				partners = "moved: with " + strings.Join(c.Partners, ", ")
			}
			switch c.Kind {
			case "cancelled":
				var why []string
				for _, l := range c.Lost {
					if l.Now == "cancelled" {
						why = append(why, l.Partner+": "+l.Terms)
					}
				}
				partners = "ties cancel out (" + strings.Join(why, "; ") + ")"
			case "dissolved":
				var gone []string
				for _, l := range c.Lost {
					gone = append(gone, l.Partner)
				}
				partners = "partners gone: " + strings.Join(gone, ", ")
			case "joined":
				partners = "joined " + c.Folded
			case "pushed":
				partners = "pushed out: hostile to " + strings.Join(c.Against, ", ")
			}
			t.row("  "+c.At, c.Actor, fmt.Sprintf("from %d (%s)", c.From, c.FromName), fmt.Sprintf("to %d (%s)", c.To, c.ToName), partners, folded)
		}
		t.flush()
	}
	printChanges("Changes of bloc", s.Changes)
	if len(s.Swings) > 0 {
		printChanges("Swings between equally good partitions, not moves", s.Swings)
	}
	fmt.Fprintln(w, "\nOPTIMA: distinct partitions of least P found (+: the search may have missed some); SWING: actors they place differently.")
	s.printLegend(w)
	return nil
}
