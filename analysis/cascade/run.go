package cascade

import (
	"context"
	"math"
	"slices"
	"sort"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// tolerance is how far below its threshold a share may fall and still reach it.
const tolerance = 1e-12

// Options configure a run.
type Options struct {
	// MaxRounds stops the run after that many rounds; 0 runs until nothing changes.
	MaxRounds int
	// RemoveNodes takes actors out (what-if): they never activate, even as seeds, and
	// their arcs count neither for nor against anyone.
	RemoveNodes []int
	// RemoveArcs takes ties out (what-if), by position in g.Adj. On an undirected graph
	// the reverse arc goes too.
	RemoveArcs []int
	// Movable says which nodes can move, by node; nil: all. A node that cannot move
	// stays where it is unless it is a seed (a state that mediates, an organization's
	// own body), but its ties still count in its neighbours' shares.
	Movable []bool
}

// Result is the outcome of a run.
type Result struct {
	Round  []int32   // the round each node tipped: 0 for seeds, -1 never (and removed nodes)
	Share  []float64 // each node's share when it tipped (NaN for seeds and nodes that never did)
	Active []int32   // the active nodes at the end, by round, then node
	Rounds int       // the last round that activated someone (0: only the seeds)
	byOff  []int32   // TippedBy(v) = byArc[byOff[v]:byOff[v+1]]
	byArc  []int32
}

// TippedBy returns the arcs u→v (positions in g.Adj) from the neighbours u that were
// active when v tipped, that is, that tipped in an earlier round: the ties whose weights
// make up v's share (the hostile ones among them subtracting). Empty for seeds and nodes
// that never tipped.
func (r Result) TippedBy(v int) []int32 { return r.byArc[r.byOff[v]:r.byOff[v+1]] }

// Observed returns the rounds as a record: the form Compare and Fit take, so that two
// runs (with and without a removal) can be compared.
func (r Result) Observed() []int {
	out := make([]int, len(r.Round))
	for v, x := range r.Round {
		out[v] = int(x)
	}
	return out
}

// Run runs the linear threshold model on g from seeds. thresholds holds one threshold per
// node, or a single value for all. g's weights are read (1 when unweighted, and their
// magnitude counts); a negative arc (g signed) is a hostile tie, which resists: see the
// package documentation. O(n + m) per run, plus the sorting of each round's candidates.
func Run(ctx context.Context, g *graph.CSR, seeds []int, thresholds []float64, o Options) (Result, error) {
	const op = "cascade.Run"
	if g == nil {
		return Result{}, alliances.Errorf(alliances.Invalid, op, "no graph")
	}
	if o.Movable != nil && len(o.Movable) != g.N() {
		return Result{}, alliances.Errorf(alliances.Invalid, op, "%d movable flags for %d nodes; expected one per node", len(o.Movable), g.N())
	}
	theta, err := thresholdOf(op, g.N(), thresholds)
	if err != nil {
		return Result{}, err
	}
	if err := checkNodes(op, g, "seed", seeds); err != nil {
		return Result{}, err
	}
	s, err := newState(op, g, o)
	if err != nil {
		return Result{}, err
	}
	if err := s.run(ctx, seeds, theta, o.MaxRounds); err != nil {
		return Result{}, err
	}
	return s.result(), nil
}

// checkGraph refuses a missing graph and negative ties.
func checkGraph(op string, g *graph.CSR) error {
	if g == nil {
		return alliances.Errorf(alliances.Invalid, op, "no graph")
	}
	for i := range g.Adj {
		if g.Sign(i) < 0 || g.Weight(i) < 0 {
			return alliances.Errorf(alliances.Invalid, op, "arc %d is negative; the model runs on positive ties: pass g.Positive()", i)
		}
	}
	return nil
}

// thresholdOf returns a function giving each node's threshold.
func thresholdOf(op string, n int, t []float64) (func(int) float64, error) {
	if len(t) != 1 && len(t) != n {
		return nil, alliances.Errorf(alliances.Invalid, op, "%d thresholds for %d nodes; expected one per node or one for all", len(t), n)
	}
	for v, x := range t {
		if math.IsNaN(x) {
			return nil, alliances.Errorf(alliances.Invalid, op, "threshold %d is NaN", v)
		}
	}
	if len(t) == 1 {
		return func(int) float64 { return t[0] }, nil
	}
	return func(v int) float64 { return t[v] }, nil
}

func checkNodes(op string, g *graph.CSR, what string, nodes []int) error {
	for _, v := range nodes {
		if v < 0 || v >= g.N() {
			return alliances.Errorf(alliances.Invalid, op, "%s %d out of range: the graph has %d nodes", what, v, g.N())
		}
	}
	return nil
}

// state is one run's working arrays.
type state struct {
	g       *graph.CSR
	cut     []bool // cut[i]: arc i is removed (itself, or with its tail or head)
	gone    []bool // removed nodes
	fixed   []bool // nodes that cannot move (Options.Movable)
	total   []float64
	acc     []float64 // weight from active in-neighbours
	round   []int32
	share   []float64
	active  []int32
	rounds  int
	checked []int32 // checked[v] == r: v is already a candidate in round r
}

// newState applies the removals and sums every node's incoming weight.
func newState(op string, g *graph.CSR, o Options) (*state, error) {
	n := g.N()
	s := &state{g: g, cut: make([]bool, len(g.Adj)), gone: make([]bool, n), total: make([]float64, n),
		acc: make([]float64, n), round: make([]int32, n), share: make([]float64, n), checked: make([]int32, n)}
	if err := checkNodes(op, g, "removed node", o.RemoveNodes); err != nil {
		return nil, err
	}
	for _, v := range o.RemoveNodes {
		s.gone[v] = true
	}
	if o.Movable != nil {
		s.fixed = make([]bool, n)
		for v, m := range o.Movable {
			s.fixed[v] = !m
		}
	}
	for _, a := range o.RemoveArcs {
		if a < 0 || a >= len(g.Adj) {
			return nil, alliances.Errorf(alliances.Invalid, op, "removed arc %d out of range: the graph has %d arcs", a, len(g.Adj))
		}
		s.cut[a] = true
		if !g.Directed {
			if r := g.Arc(int(g.Adj[a]), tail(g, a)); r >= 0 {
				s.cut[r] = true
			}
		}
	}
	for u := range n {
		s.round[u], s.share[u] = -1, math.NaN()
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			v := g.Adj[i]
			if s.cut[i] = s.cut[i] || s.gone[u] || s.gone[v]; !s.cut[i] && g.Sign(int(i)) > 0 {
				s.total[v] += math.Abs(g.Weight(int(i)))
			}
		}
	}
	return s, nil
}

// tail returns the node whose row holds arc a.
func tail(g *graph.CSR, a int) int {
	return sort.Search(g.N(), func(u int) bool { return int(g.Off[u+1]) > a })
}

// run activates the seeds, then plays rounds until none activates anyone.
func (s *state) run(ctx context.Context, seeds []int, theta func(int) float64, maxRounds int) error {
	frontier := []int32{}
	for _, v := range seeds {
		if !s.gone[v] && s.round[v] < 0 {
			s.round[v] = 0
			frontier = append(frontier, int32(v))
		}
	}
	slices.Sort(frontier)
	s.active = append(s.active, frontier...)
	for r := int32(1); maxRounds == 0 || int(r) <= maxRounds; r++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		next := s.step(r, frontier, theta)
		if len(next) == 0 {
			break
		}
		for _, v := range next {
			s.round[v] = r
		}
		s.active, s.rounds, frontier = append(s.active, next...), int(r), next
	}
	return nil
}

// step adds the weight of the nodes activated last round to their out-neighbours and
// returns, in node order, the nodes whose share now reaches their threshold. Round 1
// looks at every node, so that nodes of threshold <= 0 move without active neighbours;
// later rounds look only at the nodes that just gained weight.
func (s *state) step(r int32, frontier []int32, theta func(int) float64) []int32 {
	var cand []int32
	for _, u := range frontier {
		for i := s.g.Off[u]; i < s.g.Off[u+1]; i++ {
			v := s.g.Adj[i]
			if s.cut[i] || s.round[v] >= 0 || s.g.Sign(int(i)) == 0 {
				continue
			}
			s.acc[v] += float64(s.g.Sign(int(i))) * math.Abs(s.g.Weight(int(i)))
			if s.checked[v] != r {
				s.checked[v] = r
				cand = append(cand, v)
			}
		}
	}
	if r == 1 {
		cand = cand[:0]
		for v := range s.g.N() {
			if !s.gone[v] && s.round[v] < 0 {
				cand = append(cand, int32(v))
			}
		}
	}
	slices.Sort(cand)
	var next []int32
	for _, v := range cand {
		if s.fixed != nil && s.fixed[v] {
			continue
		}
		sh := 0.0
		if s.total[v] > 0 {
			sh = s.acc[v] / s.total[v]
		}
		if sh >= theta(int(v))-tolerance {
			s.share[v] = sh
			next = append(next, v)
		}
	}
	return next
}

// result collects, for every tipped node, the arcs from its earlier-active neighbours.
func (s *state) result() Result {
	n := s.g.N()
	res := Result{Round: s.round, Share: s.share, Active: s.active, Rounds: s.rounds, byOff: make([]int32, n+1)}
	s.eachTipArc(func(v int32, _ int32) { res.byOff[v+1]++ })
	for v := range n {
		res.byOff[v+1] += res.byOff[v]
	}
	res.byArc = make([]int32, res.byOff[n])
	fill := slices.Clone(res.byOff[:n])
	s.eachTipArc(func(v int32, i int32) {
		res.byArc[fill[v]] = i
		fill[v]++
	})
	return res
}

// eachTipArc calls f for every kept arc u→v from a node u active before v tipped.
func (s *state) eachTipArc(f func(v, arc int32)) {
	g := s.g
	for u := range g.N() {
		ru := s.round[u]
		if ru < 0 {
			continue
		}
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			if v := g.Adj[i]; !s.cut[i] && s.round[v] > ru {
				f(v, i)
			}
		}
	}
}
