package paths

import (
	"context"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// Path is a chain from one node to another.
type Path struct {
	Nodes    []int32 // from, ..., to
	Arcs     []int32 // Arcs[i] is the arc Nodes[i]→Nodes[i+1]: its position in g.Adj
	Strength float64 // product of the normalised weights of its arcs (see Strongest); 1 for no step
}

// Steps returns the number of arcs of the path.
func (p Path) Steps() int { return len(p.Arcs) }

// Shortest returns the shortest chains from from to to, those with the fewest steps,
// at most limit of them (limit >= 1), in lexicographic order of their node sequences; none
// when to cannot be reached. A breadth-first search from from stops at to's level; a
// backward sweep keeps the nodes that lie on a shortest chain; a depth-first walk over
// them lists the chains, following each node's arcs in order. O(n + m + limit·steps).
func Shortest(ctx context.Context, g *graph.CSR, from, to, limit int) ([]Path, error) {
	const op = "paths.Shortest"
	if err := check(op, g, from, to); err != nil {
		return nil, err
	}
	if limit < 1 {
		return nil, alliances.Errorf(alliances.Invalid, op, "limit %d; expected at least 1", limit)
	}
	if from == to {
		return []Path{{Nodes: []int32{int32(from)}, Strength: 1}}, nil
	}
	dist, order, err := levels(ctx, g, from, to)
	if err != nil || dist[to] < 0 {
		return nil, err
	}
	onPath := keepOnShortest(g, dist, order, to)
	return enumerate(ctx, g, dist, onPath, from, to, limit, newStrength(g))
}

// check validates the graph and the two endpoints.
func check(op string, g *graph.CSR, from, to int) error {
	if g == nil {
		return alliances.Errorf(alliances.Invalid, op, "no graph")
	}
	for _, v := range [2]int{from, to} {
		if v < 0 || v >= g.N() {
			return alliances.Errorf(alliances.Invalid, op, "node %d out of range: the graph has %d nodes", v, g.N())
		}
	}
	return nil
}

// levels runs a breadth-first search from from until to's level is complete. It returns
// the distances (-1 unreached) and the nodes in the order reached.
func levels(ctx context.Context, g *graph.CSR, from, to int) ([]int32, []int32, error) {
	dist := make([]int32, g.N())
	for i := range dist {
		dist[i] = -1
	}
	dist[from] = 0
	order := []int32{int32(from)}
	for head := 0; head < len(order); head++ {
		if head%4096 == 0 && ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		u := order[head]
		if dist[to] >= 0 && dist[u] >= dist[to] {
			break
		}
		for _, v := range g.Neighbors(int(u)) {
			if dist[v] < 0 {
				dist[v] = dist[u] + 1
				order = append(order, v)
			}
		}
	}
	return dist, order, nil
}

// keepOnShortest marks the nodes that lie on a shortest chain to to: to itself, and,
// sweeping the search order backwards, every node with an arc to a marked node one level
// further.
func keepOnShortest(g *graph.CSR, dist, order []int32, to int) []bool {
	on := make([]bool, g.N())
	on[to] = true
	for i := len(order) - 1; i >= 0; i-- {
		u := order[i]
		if dist[u] >= dist[to] {
			continue
		}
		for _, v := range g.Neighbors(int(u)) {
			if dist[v] == dist[u]+1 && on[v] {
				on[u] = true
				break
			}
		}
	}
	return on
}

// enumerate lists up to limit shortest chains by a depth-first walk that only steps to
// marked nodes one level further, all of which lead on to to.
func enumerate(ctx context.Context, g *graph.CSR, dist []int32, on []bool, from, to, limit int, s strength) ([]Path, error) {
	var out []Path
	nodes := []int32{int32(from)}
	arcs := []int32{}
	next := []int32{g.Off[from]} // next arc to try at each depth
	for len(nodes) > 0 && len(out) < limit {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		d := len(nodes) - 1
		u := nodes[d]
		if int(u) == to {
			out = append(out, s.path(nodes, arcs))
			nodes, arcs, next = nodes[:d], arcs[:max(d-1, 0)], next[:d]
			continue
		}
		i := next[d]
		for i < g.Off[u+1] && !(dist[g.Adj[i]] == dist[u]+1 && on[g.Adj[i]]) {
			i++
		}
		if i == g.Off[u+1] { // exhausted: back up
			nodes, next = nodes[:d], next[:d]
			if d > 0 {
				arcs = arcs[:d-1]
			}
			continue
		}
		next[d] = i + 1
		v := g.Adj[i]
		nodes, arcs, next = append(nodes, v), append(arcs, i), append(next, g.Off[v])
	}
	return out, nil
}
