package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/alliances-project/alliances"
	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	abrokerage "github.com/alliances-project/alliances/analysis/brokerage"
	"github.com/alliances-project/alliances/snapshot"
)

// broker is one actor's brokerage at a date.
type broker struct {
	Actor          string          `json:"actor"`
	Group          string          `json:"group"` // the bloc or parent the roles are counted against
	Coordinator    int64           `json:"coordinator"`
	Itinerant      int64           `json:"itinerant"`
	Representative int64           `json:"representative"`
	Gatekeeper     int64           `json:"gatekeeper"`
	Liaison        int64           `json:"liaison"`
	Total          int64           `json:"total"`
	Z              float64         `json:"z"`                   // z-score of the total under random groups (Gould and Fernandez; sna)
	Constraint     *float64        `json:"constraint"`          // Burt (1992), on positive ties; null when undefined
	EffectiveSize  *float64        `json:"effective_size"`      // Burt (1992)
	Mediations     []string        `json:"mediations"`          // recorded mediation ties with the actor as mediator
	Explained      []roleExplained `json:"explained,omitempty"` // with --explain: two-paths behind each role
	node           int
}

type brokersResult struct {
	At         string      `json:"at"`
	Groups     string      `json:"groups"`
	Brokers    []broker    `json:"brokers"`
	Mediations []mediation `json:"mediations"` // every mediation tie of the snapshot
	Robust     *robustness `json:"robust,omitempty"`
	rg         *roleGraph
}

// mediation is a recorded mediation: the mediator brought the two actors together.
type mediation struct {
	Mediator string    `json:"mediator"`
	Between  [2]string `json:"between"`
	Tie      string    `json:"tie"`
	Valid    string    `json:"valid"`
	Status   string    `json:"status"`
}

func (m *Main) runBrokers(ctx context.Context, args []string) error {
	f := m.flags("brokers", "--at D [--groups blocs|parents]", `Brokers finds who brokers between whom at a date, on the positive ties taken in their
direction (an alliance goes both ways). For each actor B it counts the open two-paths
A -> B -> C (no tie A -> C) by Gould and Fernandez's (1989) roles, given groups:
  coordinator     A, B and C in one group
  itinerant       A and C in one group, B outside (also called consultant)
  representative  B in A's group, passing to C outside it
  gatekeeper      B in C's group, admitting A from outside it
  liaison         A, B and C in three groups
(the convention of Gould and Fernandez and of R's sna; some implementations swap the
representative and the gatekeeper). Groups are the blocs of the signed network at the date
(default) or each actor's parent organization. Beside the roles: Burt's (1992) constraint
and effective size on the positive ties, and the mediation ties the record holds.`).withJSON()
	sf := f.withSnapshot()
	groups := f.String("groups", "blocs", "groups for the roles: `blocs` or parents")
	limit := f.Int("limit", 25, "list at most this many `brokers` (0: all)")
	if err := f.parse(args); err != nil {
		return err
	}
	if *groups != "blocs" && *groups != "parents" {
		return usageError("--groups %q, expected blocs or parents", *groups)
	}
	filter, knownAt, err := sf.filter()
	if err != nil {
		return err
	}
	if filter.At == nil {
		return usageError("brokers needs the date of the snapshot: --at 2016")
	}
	rec, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	res, err := brokersAt(ctx, rec.index, filter, *groups)
	if err != nil {
		return err
	}
	res.At = sf.at
	if sf.robust {
		res.Robust, err = robustNodes(ctx, rec.index, filter, func(s *snapshot.Snapshot) (map[string]float64, error) {
			r, _, err := brokersOf(ctx, s, *groups)
			out := map[string]float64{}
			for _, b := range r {
				out[b.Actor] = float64(b.Total)
			}
			return out, err
		})
		if err != nil {
			return err
		}
	}
	if *limit > 0 && len(res.Brokers) > *limit {
		res.Brokers = res.Brokers[:*limit]
	}
	if sf.explain {
		if err := res.explain(ctx); err != nil {
			return err
		}
	}
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return res.print(m.Stdout, rec, sf.explain)
}

func brokersAt(ctx context.Context, ix *snapshot.Index, f snapshot.Filter, groups string) (*brokersResult, error) {
	s, err := ix.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	bs, rg, err := brokersOf(ctx, s, groups)
	res := &brokersResult{Groups: groups, Brokers: bs, Mediations: []mediation{}, rg: rg}
	for e := range s.Edges {
		if t := s.TieOf(e); t.Kind == alliances.Mediation {
			res.Mediations = append(res.Mediations, mediation{Mediator: t.Subject, Between: [2]string{t.Object, t.Third},
				Tie: t.ID, Valid: t.Valid.String(), Status: string(t.Status)})
		}
	}
	return res, err
}

// roleGraph is the directed positive graph and the groups the roles were counted on,
// kept for --explain.
type roleGraph struct {
	s     *snapshot.Snapshot
	g     *snapshot.Graph
	group []int32
}

// brokersOf computes every actor's roles, Burt's measures and recorded mediations.
func brokersOf(ctx context.Context, s *snapshot.Snapshot, groups string) ([]broker, *roleGraph, error) {
	g := s.Graph(snapshot.View{Directed: true, Positive: true})
	group, names, err := groupsOf(ctx, s, groups)
	if err != nil {
		return nil, nil, err
	}
	roles, err := abrokerage.Roles(ctx, g.CSR, group)
	if err != nil {
		return nil, nil, err
	}
	und := s.Graph(snapshot.View{Positive: true, Weighted: true})
	constraint, err := abrokerage.Constraint(ctx, und.CSR, abrokerage.BurtOptions{})
	if err != nil {
		return nil, nil, err
	}
	effective, err := abrokerage.EffectiveSize(ctx, und.CSR, abrokerage.BurtOptions{})
	if err != nil {
		return nil, nil, err
	}
	out := make([]broker, s.N())
	for v := range out {
		c := roles.Nodes[v]
		out[v] = broker{Actor: s.Actor(v), Group: names[group[v]], node: v, Mediations: []string{},
			Coordinator: c[abrokerage.Coordinator], Itinerant: c[abrokerage.Itinerant], Representative: c[abrokerage.Representative],
			Gatekeeper: c[abrokerage.Gatekeeper], Liaison: c[abrokerage.Liaison], Total: c.Total(),
			Z: finite(roles.Z(v)[abrokerage.NumRoles]), Constraint: number(constraint[v]), EffectiveSize: number(effective[v])}
	}
	for e := range s.Edges {
		if t := s.TieOf(e); t.Kind == alliances.Mediation {
			v := int(s.Edges[e].From)
			out[v].Mediations = append(out[v].Mediations, t.ID)
		}
	}
	slices.SortStableFunc(out, func(a, b broker) int {
		return cmp.Or(cmp.Compare(b.Total, a.Total), cmp.Compare(len(b.Mediations), len(a.Mediations)), cmp.Compare(a.Actor, b.Actor))
	})
	return out, &roleGraph{s, g, group}, nil
}

// groupsOf labels every node with its group: its bloc in the signed network, or the top
// of its chain of membership ties; an actor in no bloc or with no parent is a group of
// its own. names gives each label a name: the bloc's or the parent's namesake.
func groupsOf(ctx context.Context, s *snapshot.Snapshot, groups string) ([]int32, map[int32]string, error) {
	group := make([]int32, s.N())
	names := map[int32]string{}
	if groups == "parents" {
		parent := map[int]int{}
		for e, ed := range s.Edges {
			if s.TieOf(e).Kind == alliances.Membership {
				if _, ok := parent[int(ed.From)]; !ok {
					parent[int(ed.From)] = int(ed.To)
				}
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
	res, err := ablocs.Partition(ctx, sg.CSR, ablocs.Options{})
	if err != nil {
		return nil, nil, err
	}
	b := describeBlocs(sg, res, res.Cluster)
	for v, c := range res.Cluster {
		if c < 0 {
			group[v], names[int32(res.K+v)] = int32(res.K+v), s.Actor(v) // no signed tie: a group of its own
			continue
		}
		group[v], names[c] = c, "bloc of "+blocName(b, int(c)+1)
	}
	return group, names, nil
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

func (r *brokersResult) print(w io.Writer, rec *record, explain bool) error {
	fmt.Fprintf(w, "Brokers at %s (groups: %s)\n", r.At, r.Groups)
	t := newTable(w, "ACTOR", "GROUP", "COORD", "ITIN", "REPR", "GATE", "LIAIS", "TOTAL", "Z", "CONSTR", "EFFSIZE", "MEDIATED")
	for _, b := range r.Brokers {
		t.row(b.Actor, b.Group, fmt.Sprint(b.Coordinator), fmt.Sprint(b.Itinerant), fmt.Sprint(b.Representative),
			fmt.Sprint(b.Gatekeeper), fmt.Sprint(b.Liaison), fmt.Sprint(b.Total), fmt.Sprintf("%.2f", b.Z),
			optional(b.Constraint), optional(b.EffectiveSize), fmt.Sprint(len(b.Mediations)))
	}
	if err := t.flush(); err != nil {
		return err
	}
	if len(r.Mediations) > 0 {
		fmt.Fprintf(w, "\nRecorded mediations (%d):\n", len(r.Mediations))
		for _, md := range r.Mediations {
			fmt.Fprintf(w, "  %s mediated between %s and %s (%s, %s) [%s]\n", md.Mediator, md.Between[0], md.Between[1], md.Valid, md.Status, md.Tie)
			if explain {
				explainTies(w, rec, []string{md.Tie})
			}
		}
	}
	for _, b := range r.Brokers {
		if len(b.Explained) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s brokers %d two-paths:\n", b.Actor, b.Total)
		for _, re := range b.Explained {
			fmt.Fprintf(w, "  %s: %d (%d listed)\n", re.Role, re.Count, len(re.Paths))
			for _, p := range re.Paths {
				fmt.Fprintf(w, "    %s -> %s -> %s  %v %v\n", p.From, b.Actor, p.To, p.InTies, p.OutTies)
			}
		}
	}
	return nil
}

// twoPath is a brokered two-path from -> broker -> to, with the ties of each step.
type twoPath struct {
	From    string   `json:"from"`
	To      string   `json:"to"`
	InTies  []string `json:"in_ties"`
	OutTies []string `json:"out_ties"`
}

// roleExplained lists two-paths of one role behind a broker's count.
type roleExplained struct {
	Role  string    `json:"role"`
	Count int64     `json:"count"`
	Paths []twoPath `json:"paths"` // at most explainPaths of them
}

// explain lists, for each broker listed, two-paths of each of its roles with their ties.
func (r *brokersResult) explain(ctx context.Context) error {
	s, g, group := r.rg.s, r.rg.g, r.rg.group
	for i := range r.Brokers {
		b := &r.Brokers[i]
		counts := [abrokerage.NumRoles]int64{b.Coordinator, b.Itinerant, b.Representative, b.Gatekeeper, b.Liaison}
		for role := range abrokerage.Role(abrokerage.NumRoles) {
			if counts[role] == 0 {
				continue
			}
			paths, err := abrokerage.TwoPaths(ctx, g.CSR, group, s.Node(b.Actor), role, explainPaths)
			if err != nil {
				return err
			}
			re := roleExplained{Role: role.String(), Count: counts[role], Paths: []twoPath{}}
			for _, p := range paths {
				re.Paths = append(re.Paths, twoPath{From: s.Actor(int(p.From)), To: s.Actor(int(p.To)),
					InTies: g.ArcTies(int(p.In)), OutTies: g.ArcTies(int(p.Out))})
			}
			b.Explained = append(b.Explained, re)
		}
	}
	return nil
}

// explainPaths is how many two-paths of each role --explain lists for a broker.
const explainPaths = 10

func optional(x *float64) string {
	if x == nil {
		return "-"
	}
	return fmt.Sprintf("%.3f", *x)
}
