package answer

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/alliances-project/alliances"
	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	abrokerage "github.com/alliances-project/alliances/analysis/brokerage"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/graph"
	"github.com/alliances-project/alliances/snapshot"
)

// Broker is one actor's brokerage at a date.
type Broker struct {
	Rank           int             `json:"rank"` // by total; equal totals share a rank
	Actor          string          `json:"actor"`
	Group          string          `json:"group"` // the bloc or parent the roles are counted against
	Coordinator    int64           `json:"coordinator"`
	Itinerant      int64           `json:"itinerant"`
	Representative int64           `json:"representative"`
	Gatekeeper     int64           `json:"gatekeeper"`
	Liaison        int64           `json:"liaison"`
	Mediation      int64           `json:"mediation"` // recorded mediations by the actor, between two parties
	Total          int64           `json:"total"`     // the five roles and the mediations
	Z              float64         `json:"z"`         // z-score of the roles' total under random groups (Gould and Fernandez; sna)
	Constraint     *float64        `json:"constraint"`
	EffectiveSize  *float64        `json:"effective_size"`
	Mediations     []string        `json:"mediations"`          // the mediation ties behind Mediation
	Explained      []RoleExplained `json:"explained,omitempty"` // with --explain: two-paths behind each role
	node           int
}

// BrokersResult is who brokers between whom at a date: each broker's roles, constraint
// and effective size, and the mediations recorded.
type BrokersResult struct {
	Report
	At         string      `json:"at"`
	Groups     string      `json:"groups"`
	Weighted   bool        `json:"weighted"` // constraint and effective size on net intensities
	Brokers    []Broker    `json:"brokers"`
	Listed     Listed      `json:"listed"`
	Mediations []Mediation `json:"mediations"` // every mediation of the snapshot
	Robust     *Robustness `json:"robust,omitempty"`
	rg         *roleGraph
}

// Mediation is a recorded mediation: the mediator brought the two actors together.
type Mediation struct {
	Mediator    string    `json:"mediator"`
	Between     [2]string `json:"between"` // in id order: which party the record names first carries no meaning
	Tie         string    `json:"tie"`
	Valid       string    `json:"valid"`
	Status      string    `json:"status"`
	Credibility int       `json:"credibility"` // the strongest of the citations that assert it
}

func brokersAt(ctx context.Context, rec *Record, f snapshot.Filter, groups string, weighted bool) (*BrokersResult, error) {
	s, err := rec.Index.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	bs, rg, err := brokersOf(ctx, s, groups, weighted)
	if err != nil {
		return nil, err
	}
	res := &BrokersResult{Groups: groups, Weighted: weighted, Brokers: bs, Mediations: []Mediation{}, rg: rg}
	ix := s.Index
	for _, md := range s.Mediations {
		t := ix.Tie(int(md.Tie))
		a, b := ix.Actors[md.Parties[0]], ix.Actors[md.Parties[1]]
		res.Mediations = append(res.Mediations, Mediation{Mediator: ix.Actors[md.Mediator],
			Between: [2]string{min(a, b), max(a, b)}, Tie: t.ID, Valid: t.Valid.String(), Status: string(t.Status),
			Credibility: int(alliances.BestCredibility(t.Citations))})
	}
	return res, nil
}

// roleGraph is the directed positive graph and the groups the roles were counted on,
// kept for --explain.
type roleGraph struct {
	s      *snapshot.Snapshot
	g      *snapshot.Graph
	group  []int32
	closed *graph.CSR // the hostile pairs, whose two-paths are not open
}

// hostilePairs is the undirected graph of the pairs of s whose ties net negative: a
// two-path between enemies is no opening to broker (Russia -> Taliban -> al Qaeda).
func hostilePairs(s *snapshot.Snapshot) *graph.CSR {
	sg := s.Graph(snapshot.View{Signed: true, Weighted: true}) // the view the groups and warnings read: its signs are the same
	var neg []graph.Edge
	for u := range sg.N() {
		for i := sg.Off[u]; i < sg.Off[u+1]; i++ {
			if v := sg.Adj[i]; int(v) > u && sg.S[i] < 0 {
				neg = append(neg, graph.Edge{From: int32(u), To: v, W: 1, S: -1})
			}
		}
	}
	return graph.Build(s.N(), neg, graph.Options{Signed: true})
}

// brokersOf computes every actor's roles, Burt's measures and recorded mediations; a
// mediator without a positive tie of its own still gets a row.
func brokersOf(ctx context.Context, s *snapshot.Snapshot, groups string, weighted bool) ([]Broker, *roleGraph, error) {
	// Burt's measures and the directed graph need no groups: they are made beside the
	// bloc search, which leaves a core idle at times.
	var (
		g                     *snapshot.Graph
		constraint, effective []float64
		burtErr               error
		burt                  sync.WaitGroup
	)
	burt.Go(func() {
		g = s.Graph(snapshot.View{Directed: true, Positive: true})
		und := s.Graph(snapshot.View{Positive: true, Weighted: true})
		bo := abrokerage.BurtOptions{IgnoreWeights: !weighted}
		if constraint, burtErr = abrokerage.Constraint(ctx, und.CSR, bo); burtErr == nil {
			effective, burtErr = abrokerage.EffectiveSize(ctx, und.CSR, bo)
		}
	})
	group, names, err := groupsOf(ctx, s, groups)
	burt.Wait()
	if err != nil {
		return nil, nil, err
	}
	if burtErr != nil {
		return nil, nil, burtErr
	}
	closed := hostilePairs(s)
	roles, err := abrokerage.RolesExcluding(ctx, g.CSR, group, closed)
	if err != nil {
		return nil, nil, err
	}
	out := make([]Broker, s.N())
	for v := range out {
		c := roles.Nodes[v]
		out[v] = Broker{Actor: s.Actor(v), Group: names[group[v]], node: v, Mediations: []string{},
			Coordinator: c[abrokerage.Coordinator], Itinerant: c[abrokerage.Itinerant], Representative: c[abrokerage.Representative],
			Gatekeeper: c[abrokerage.Gatekeeper], Liaison: c[abrokerage.Liaison], Total: c.Total(),
			Z: finite(roles.Z(v)[abrokerage.NumRoles]), Constraint: number(constraint[v]), EffectiveSize: number(effective[v])}
	}
	extra := map[int32]int{} // mediators without a node of their own
	for _, md := range distinctMediations(s) {
		i := s.NodeOfActor(md.Mediator)
		if i < 0 {
			j, ok := extra[md.Mediator]
			if !ok {
				j = len(out)
				extra[md.Mediator] = j
				out = append(out, Broker{Actor: s.Index.Actors[md.Mediator], Group: "-", node: -1, Mediations: []string{}})
			}
			i = j
		}
		out[i].Mediation++
		out[i].Total++
		out[i].Mediations = append(out[i].Mediations, s.Index.ID(int(md.Tie)))
	}
	type key struct {
		total, mediation int64
		actor            string
	}
	sortRecords(out, func(b *Broker) key { return key{b.Total, b.Mediation, b.Actor} }, func(x, y *key) int {
		return cmp.Or(cmp.Compare(y.total, x.total), cmp.Compare(y.mediation, x.mediation), cmp.Compare(x.actor, y.actor))
	})
	totals := make([]float64, len(out))
	for i, b := range out {
		totals[i] = float64(b.Total)
	}
	for i, r := range ranks(totals) {
		out[i].Rank = r
	}
	return out, &roleGraph{s, g, group, closed}, nil
}

// distinctMediations returns the mediations of s counted once per relationship: claims of
// one mediator between the same parties whose dates overlap (a claim and its
// continuation) are one mediation; at separate dates (three cease-fires brokered a
// fortnight apart) they are several.
func distinctMediations(s *snapshot.Snapshot) []snapshot.Mediation {
	type key struct{ m, a, b int32 }
	groups := map[key][]snapshot.Mediation{}
	var order []key
	for _, md := range s.Mediations {
		k := key{md.Mediator, md.Parties[0], md.Parties[1]}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], md)
	}
	var out []snapshot.Mediation
	for _, k := range order {
		g := groups[k]
		slices.SortFunc(g, func(x, y snapshot.Mediation) int {
			return cmp.Compare(s.Index.Tie(int(x.Tie)).Valid.Strict().First, s.Index.Tie(int(y.Tie)).Valid.Strict().First)
		})
		end := edtf.MinDay
		for _, md := range g {
			r := s.Index.Tie(int(md.Tie)).Valid.Strict()
			if len(out) == 0 || r.First > end || out[len(out)-1].Mediator != md.Mediator || out[len(out)-1].Parties != md.Parties {
				out = append(out, md)
			}
			end = max(end, r.Last)
		}
	}
	return out
}

// groupsOf labels every node with its group: its bloc in the signed network (the first
// optimal partition), or the top of its chain of membership ties; an actor in no bloc or
// with no parent is a group of its own. names gives each label a name: the bloc's or the
// parent's namesake.
func groupsOf(ctx context.Context, s *snapshot.Snapshot, groups string) ([]int32, map[int32]string, error) {
	group := make([]int32, s.N())
	names := map[int32]string{}
	if groups == "parents" {
		// The membership ties that hold at the snapshot's date, under its filters.
		mf := s.Filter
		mf.Kinds, mf.Signs, mf.Fold = []alliances.Kind{alliances.Membership}, nil, false
		mf.Layers = []snapshot.LayerWeight{{Layer: alliances.Hierarchy, Weight: 1}}
		ms, err := s.Index.Snapshot(ctx, mf)
		if err != nil {
			return nil, nil, err
		}
		parent := map[int]int{}
		for e := range ms.Edges {
			t := ms.TieOf(e)
			u, v := s.Node(t.Subject), s.Node(t.Object)
			if _, ok := parent[u]; !ok && u >= 0 && v >= 0 {
				parent[u] = v
			}
		}
		for v := range group {
			top := v
			for range len(parent) + 1 {
				p, ok := parent[top]
				if !ok {
					break
				}
				top = p
			}
			group[v], names[int32(top)] = int32(top), s.Actor(top)
		}
		return group, names, nil
	}
	sg := s.Graph(snapshot.View{Signed: true, Weighted: true})
	res, err := ablocs.Partition(ctx, sg.CSR, ablocs.Options{Weighted: true, SplitUnlinked: true})
	if err != nil {
		return nil, nil, err
	}
	bl := blocsOf(sg, res.Cluster, func(int) bool { return false })
	for v, c := range res.Cluster {
		if c < 0 {
			group[v], names[int32(res.K+v)] = int32(res.K+v), s.Actor(v) // no signed tie: a group of its own
			continue
		}
		group[v], names[c] = c, "bloc of "+bl[c].Name
	}
	return group, names, nil
}

var brokersLegend = [][2]string{
	{"COORD", "coordinator: brokers A -> B -> C with all three in one group"},
	{"ITIN", "itinerant (consultant): A and C in one group, the broker outside it"},
	{"REPR", "representative: the broker in A's group, passing to C outside it"},
	{"GATE", "gatekeeper: the broker in C's group, admitting A from outside it"},
	{"LIAIS", "liaison: A, the broker and C in three groups"},
	{"MEDIATE", "recorded mediations by the actor between two parties"},
	{"TOTAL", "the five roles and the mediations"},
	{"Z", "how far the five roles' total (mediations aside) lies above what random groups of the same sizes give, in standard deviations (sna's null model, which knows no hostile pairs)"},
	{"CONSTR", "Burt's constraint: how much the actor's ties lead to one another (1: one closed clique, near 0: many separate partners)"},
	{"EFFSIZE", "Burt's effective size: the actor's partners less their redundancy with each other"},
}

func (r *BrokersResult) brokerWarnings() {
	var weak []string
	doubtful, word := false, false // credibility 4 or worse; alleged or disputed, credible enough
	for _, md := range r.Mediations {
		st := alliances.Status(md.Status)
		switch {
		case md.Credibility >= 4:
			doubtful = true
		case st == alliances.Alleged || st == alliances.Disputed:
			word = true
		default:
			continue
		}
		weak = append(weak, fmt.Sprintf("%s (%s, credibility %d)", md.Tie, md.Status, md.Credibility))
	}
	if len(weak) > 0 {
		var flags []string
		if doubtful {
			flags = append(flags, "--min-credibility 3")
		}
		if word {
			flags = append(flags, "--status reported,confirmed")
		}
		r.Warn("mediations counted that rest on one party's word or on doubtful evidence: %s; %s leaves them out", strings.Join(weak, ", "), strings.Join(flags, " "))
	}
	if len(r.Brokers) > 1 && r.Brokers[0].Total > 0 && r.Brokers[1].Rank == 1 {
		r.Warn("several actors share the first rank")
	}
	var top []string
	for _, b := range r.Brokers[:min(10, len(r.Brokers))] {
		top = append(top, b.Actor)
	}
	if ss := singleSourced(r.rg.s, top); len(ss) > 0 {
		r.Warn("the ties of %s rest on one source each", strings.Join(ss, ", "))
	}
}

func (r *BrokersResult) reading(rec *Record) string {
	var lead []string
	for _, b := range r.Brokers {
		if b.Total == 0 || len(lead) == 5 {
			break
		}
		what := alliances.Count(int(b.Total-b.Mediation), "two-path")
		if b.Mediation > 0 {
			what += fmt.Sprintf(" and %s", alliances.Count(int(b.Mediation), "mediation"))
		}
		lead = append(lead, fmt.Sprintf("%s (%s)", rec.Name(b.Actor), what))
	}
	if len(lead) == 0 {
		return fmt.Sprintf("At %s nobody brokers: no open two-path of positive ties and no recorded mediation.", r.At)
	}
	s := fmt.Sprintf("At %s the leading brokers are %s.", r.At, strings.Join(lead, ", "))
	if len(r.Mediations) > 0 {
		// One phrase for each mediator and pair of parties, with how many times.
		var ms []string
		times := map[string]int{}
		for _, md := range r.Mediations {
			k := fmt.Sprintf("%s between %s and %s", rec.Name(md.Mediator), rec.Name(md.Between[0]), rec.Name(md.Between[1]))
			if times[k]++; times[k] == 1 {
				ms = append(ms, k)
			}
		}
		for i, k := range ms {
			if n := times[k]; n > 1 {
				ms[i] = fmt.Sprintf("%s (%d claims)", k, n)
			}
		}
		more := max(0, len(ms)-4)
		s += " Recorded mediations: " + strings.Join(ms[:min(4, len(ms))], "; ")
		if more > 0 {
			s += fmt.Sprintf("; and %d more", more)
		}
		s += "."
	}
	return s
}

func finite(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	return x
}

func number(x float64) *float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	return &x
}

// TwoPath is a brokered two-path from -> broker -> to, with the ties of each step.
type TwoPath struct {
	From    string   `json:"from"`
	To      string   `json:"to"`
	InTies  []string `json:"in_ties"`
	OutTies []string `json:"out_ties"`
}

// RoleExplained lists two-paths of one role behind a broker's count.
type RoleExplained struct {
	Role  string    `json:"role"`
	Count int64     `json:"count"`
	Paths []TwoPath `json:"paths"` // at most explainPaths of them
}

// explain lists, for each broker listed, two-paths of each of its roles with their ties.
func (r *BrokersResult) explain(ctx context.Context) error {
	s, g, group, closed := r.rg.s, r.rg.g, r.rg.group, r.rg.closed
	for i := range r.Brokers {
		b := &r.Brokers[i]
		if s.Node(b.Actor) < 0 {
			continue // a mediator without positive ties: no two-path
		}
		counts := [abrokerage.NumRoles]int64{b.Coordinator, b.Itinerant, b.Representative, b.Gatekeeper, b.Liaison}
		for role := range abrokerage.Role(abrokerage.NumRoles) {
			if counts[role] == 0 {
				continue
			}
			paths, err := abrokerage.TwoPathsExcluding(ctx, g.CSR, group, closed, s.Node(b.Actor), role, explainPaths)
			if err != nil {
				return err
			}
			re := RoleExplained{Role: role.String(), Count: counts[role], Paths: []TwoPath{}}
			for _, p := range paths {
				re.Paths = append(re.Paths, TwoPath{From: s.Actor(int(p.From)), To: s.Actor(int(p.To)),
					InTies: g.ArcTies(int(p.In)), OutTies: g.ArcTies(int(p.Out))})
			}
			b.Explained = append(b.Explained, re)
		}
	}
	return nil
}

// explainPaths is how many two-paths of each role --explain lists for a broker.
const explainPaths = 10

// BrokersOptions are the choices of a brokerage reading: Groups, the groups whose
// borders brokers cross (blocs, or parents: the top organizations, unfolded), Weighted
// to weigh the two-paths by intensity, Limit the brokers listed (0: all), Explain to
// give each broker's two-paths with their ties, Robust to rerun over the variants of
// the snapshot.
type BrokersOptions struct {
	Groups   string
	Weighted bool
	Limit    int
	Explain  bool
	Robust   bool
}

// Check reports options that do not fit each other or the filter f.
func (o BrokersOptions) Check(f snapshot.Filter) error {
	switch {
	case o.Groups != "blocs" && o.Groups != "parents":
		return usageError("--groups %q, expected blocs or parents", o.Groups)
	case f.At == nil:
		return usageError("brokers needs the date of the snapshot: --at 2016")
	case o.Groups == "parents" && f.Fold:
		return usageError("--groups parents needs --no-fold: folded, every actor is its own top organization")
	}
	return nil
}

// Brokers reads who brokers between whom in the snapshot of the filter f, its date
// labelled label: Gould and Fernandez's roles across the groups, Burt's constraint and
// effective size, and the mediations recorded.
func Brokers(ctx context.Context, rec *Record, f snapshot.Filter, label string, o BrokersOptions) (*BrokersResult, error) {
	if err := o.Check(f); err != nil {
		return nil, err
	}
	res, err := brokersAt(ctx, rec, f, o.Groups, o.Weighted)
	if err != nil {
		return nil, err
	}
	res.At = label
	res.Report = newReport(rec, f, label)
	res.Legend = brokersLegend
	res.SnapshotWarnings(rec, res.rg.s)
	res.PartialWarning(rec, res.rg.s)
	res.brokerWarnings()
	res.Reading = res.reading(rec)
	if o.Robust {
		res.Robust, err = robustNodes(ctx, rec.Index, f, func(s *snapshot.Snapshot) (map[string]float64, error) {
			r, _, err := brokersOf(ctx, s, o.Groups, o.Weighted)
			out := map[string]float64{}
			for _, b := range r {
				out[b.Actor] = float64(b.Total)
			}
			return out, err
		})
		if err != nil {
			return nil, err
		}
	}
	n, l := cut(len(res.Brokers), o.Limit)
	res.Brokers, res.Listed = res.Brokers[:n], l
	if o.Explain {
		if err := res.explain(ctx); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// Scored reports whether the broker's roles were scored: a mediator without a positive
// tie of its own has none, and its z-score means nothing.
func (b *Broker) Scored() bool { return b.node >= 0 }
