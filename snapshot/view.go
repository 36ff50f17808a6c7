package snapshot

import (
	"math"
	"sync"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// View says how to lay a snapshot out as a graph.
type View struct {
	Directed bool // directed ties keep their direction, undirected ones go both ways; otherwise all are undirected
	Positive bool // only the pairs (arcs, when directed) whose net value is positive
	Signed   bool // keep signs (for balance and blocs)
	Weighted bool // keep weights (the net values)

	// Skip, when set, leaves out the snapshot edges it accepts (what-if runs): the graph
	// keeps the snapshot's nodes.
	Skip func(edge int) bool
}

// Graph is a snapshot laid out as a graph, with the ties behind each arc.
type Graph struct {
	*graph.CSR
	Snapshot *Snapshot
	View     View
	arcOff   []int32 // the edges behind arc i are arcEdge[arcOff[i]:arcOff[i+1]]
	arcEdge  []int32
}

// Graph lays the snapshot out as a graph. The ties between two actors (in one
// direction, when directed) merge into one arc whose value is the net of their kinds
// (a view that is neither signed nor positive weighs the arc by their total instead):
// for each kind the strongest of its ties (several claims of one kind between the same
// pair at the same time are evidence of one relationship, counted once), summed with
// their signs over the kinds. The arc's sign is that of the net value, its weight its
// magnitude: an alliance and a hostility of equal weight cancel, and seven token ties
// of one kind never outweigh one war. A positive view keeps the arcs whose net value is
// positive. In a directed view an undirected tie stands behind both arcs of its pair.
// Every tie of the pair stays behind the arc, for explanations.
func (s *Snapshot) Graph(v View) *Graph {
	if v.Skip != nil {
		return s.graph(v)
	}
	return s.graphs.get(v, s.graph)
}

// graphCache holds the graphs of a snapshot made for views without Skip: an analysis
// and its report's warnings read the same view, a graph of a large snapshot costs tens
// of milliseconds, and nothing changes a graph once made. Graphs of different views
// are made side by side when asked for at once; one view is made once.
type graphCache struct {
	mu     sync.Mutex
	graphs map[[4]bool]*cachedGraph // by Directed, Positive, Signed, Weighted
}

type cachedGraph struct {
	once sync.Once
	g    *Graph
}

func (c *graphCache) get(v View, make func(View) *Graph) *Graph {
	key := [4]bool{v.Directed, v.Positive, v.Signed, v.Weighted}
	c.mu.Lock()
	e, ok := c.graphs[key]
	if !ok {
		if c.graphs == nil {
			c.graphs = map[[4]bool]*cachedGraph{}
		}
		e = &cachedGraph{}
		c.graphs[key] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.g = make(v) })
	return e.g
}

func (s *Snapshot) graph(v View) *Graph {
	refs := s.arcRefs(v)
	order := sortRefs(s.N(), refs)
	// At most one arc a ref; groups[i] spans the positions in order of the refs behind
	// arc i (two numbers an arc, where a slice of order would take six).
	arcs := make([]graph.Edge, 0, len(order))
	groups := make([][2]int32, 0, len(order))
	for lo := 0; lo < len(order); {
		hi := lo + 1
		for hi < len(order) && refs[order[hi]].from == refs[order[lo]].from && refs[order[hi]].to == refs[order[lo]].to {
			hi++
		}
		net, total := s.net(refs, order[lo:hi])
		w := math.Abs(net)
		if !v.Signed && !v.Positive {
			w = total // signs ignored: the weight of every kind of tie between them
		}
		if !v.Positive || net > 0 {
			arcs = append(arcs, graph.Edge{From: refs[order[lo]].from, To: refs[order[lo]].to, W: w, S: graph.SignOf(net)})
			groups = append(groups, [2]int32{int32(lo), int32(hi)})
		}
		lo = hi
	}
	g := &Graph{Snapshot: s, View: v,
		CSR: graph.Build(s.N(), arcs, graph.Options{Directed: v.Directed, Weighted: v.Weighted, Signed: v.Signed})}
	g.mapArcs(arcs, groups, order, refs)
	return g
}

// arcRef is one snapshot edge seen from one direction of a view.
type arcRef struct {
	from, to int32
	edge     int32
}

// arcRefs lists the edges of the view: in an undirected view each edge once, from its
// lower node; in a directed view each edge in its direction, and an undirected tie's
// edge in both.
func (s *Snapshot) arcRefs(v View) []arcRef {
	refs := make([]arcRef, 0, len(s.Edges))
	for e, ed := range s.Edges {
		if v.Skip != nil && v.Skip(e) {
			continue
		}
		switch {
		case !v.Directed:
			refs = append(refs, arcRef{min(ed.From, ed.To), max(ed.From, ed.To), int32(e)})
		case s.Index.directed[s.Tie[e]]:
			refs = append(refs, arcRef{ed.From, ed.To, int32(e)})
		default:
			refs = append(refs, arcRef{ed.From, ed.To, int32(e)}, arcRef{ed.To, ed.From, int32(e)})
		}
	}
	return refs
}

// sortRefs returns the positions of refs ordered by tail, then head (two stable
// counting sorts: linear in the nodes and refs).
func sortRefs(n int, refs []arcRef) []int32 {
	byHead := countingOrder(n, len(refs), func(i int) int32 { return refs[i].to }, nil)
	return countingOrder(n, len(refs), func(i int) int32 { return refs[i].from }, byHead)
}

func countingOrder(n, m int, key func(int) int32, in []int32) []int32 {
	count := make([]int32, n+1)
	for i := range m {
		count[key(i)+1]++
	}
	for v := 1; v <= n; v++ {
		count[v] += count[v-1]
	}
	out := make([]int32, m)
	for x := range m {
		i := x
		if in != nil {
			i = int(in[x])
		}
		k := key(i)
		out[count[k]] = int32(i)
		count[k]++
	}
	return out
}

// net is the net value of the edges of one arc: per kind the largest weight, summed
// with the kinds' signs; and their total, summed without the signs.
func (s *Snapshot) net(refs []arcRef, group []int32) (net, total float64) {
	var strongest [32]float64 // by kind (alliances.Kinds has fewer than 32)
	var sign [32]int8
	for _, r := range group {
		e := refs[r].edge
		k := s.Index.kind[s.Tie[e]]
		strongest[k] = max(strongest[k], s.Edges[e].W)
		sign[k] = s.Edges[e].S
	}
	for k := range alliances.Kinds {
		net += float64(sign[k]) * strongest[k]
		total += strongest[k]
	}
	return net, total
}

// mapArcs records, for every arc of the graph, the snapshot edges behind it; in an
// undirected graph an arc's edges stand behind both of its directions.
func (g *Graph) mapArcs(arcs []graph.Edge, groups [][2]int32, order []int32, refs []arcRef) {
	visit := func(i int, f func(arc int)) {
		a := arcs[i]
		if j := g.Arc(int(a.From), int(a.To)); j >= 0 {
			f(j)
		}
		if !g.Directed {
			if j := g.Arc(int(a.To), int(a.From)); j >= 0 {
				f(j)
			}
		}
	}
	count := make([]int32, g.Arcs()+1)
	for i := range arcs {
		visit(i, func(j int) { count[j+1] += groups[i][1] - groups[i][0] })
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	g.arcOff = count
	g.arcEdge = make([]int32, count[len(count)-1])
	fill := append([]int32(nil), count[:len(count)-1]...)
	for i := range arcs {
		visit(i, func(j int) {
			for _, r := range order[groups[i][0]:groups[i][1]] {
				g.arcEdge[fill[j]] = refs[r].edge
				fill[j]++
			}
		})
	}
}

// ArcEdges returns the snapshot edges behind arc i (use Snapshot.TieOf for their ties).
func (g *Graph) ArcEdges(i int) []int32 { return g.arcEdge[g.arcOff[i]:g.arcOff[i+1]] }

// ArcTies returns the ids of the ties behind arc i, each once.
func (g *Graph) ArcTies(i int) []string {
	var ids []string
	for _, e := range g.ArcEdges(i) {
		id := g.Snapshot.Index.id[g.Snapshot.Tie[e]]
		if len(ids) == 0 || ids[len(ids)-1] != id {
			ids = append(ids, id)
		}
	}
	return ids
}
