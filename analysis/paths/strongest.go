package paths

import (
	"cmp"
	"context"
	"math"
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// strength normalises arc weights into (0, 1]: s(arc) = w / max(1, maxW). Weights already
// in (0, 1] (credibilities, probabilities) are taken as they are; larger ones are divided
// by the largest, so the strongest arc has strength 1.
type strength struct {
	g    *graph.CSR
	norm float64
}

func newStrength(g *graph.CSR) strength { return strength{g, max(1, g.MaxWeight())} }

// of returns the strength of arc i, 0 for a weight <= 0 (an arc that carries nothing).
func (s strength) of(i int32) float64 { return max(0, s.g.Weight(int(i))/s.norm) }

// cost returns -log s(arc), +Inf for an arc of strength 0.
func (s strength) cost(i int32) float64 { return -math.Log(s.of(i)) }

// path builds a Path from copies of nodes and arcs, with its strength.
func (s strength) path(nodes, arcs []int32) Path {
	p := Path{Nodes: slices.Clone(nodes), Arcs: slices.Clone(arcs), Strength: 1}
	for _, a := range arcs {
		p.Strength *= s.of(a)
	}
	return p
}

// Strongest returns the k strongest loopless chains from from to to (k >= 1), strongest
// first: those that maximise the product of their arcs' strengths, an arc's strength being
// its weight divided by max(1, largest weight) (weights in (0, 1] are used as they are;
// unweighted arcs all have strength 1, so that the strongest chains are then the
// shortest). Arcs of weight <= 0 are not used. Equivalently, the chains are the shortest
// by the sum of -log strength: Dijkstra's algorithm finds the first, and Yen's (1971)
// algorithm the next ones, each a deviation from an earlier one at a spur node. Among
// equally strong chains, fewer steps come first, then the lexicographically smaller node
// sequence (the first chain, found by Dijkstra's algorithm alone, breaks that last tie by
// search order). Fewer than k chains are returned when there are no more.
//
// O(k·L·(n + m)·log n) for chains of at most L steps.
//
// Yen, J. Y. (1971). Finding the k shortest loopless paths in a network. Management
// Science 17(11):712–716.
func Strongest(ctx context.Context, g *graph.CSR, from, to, k int) ([]Path, error) {
	const op = "paths.Strongest"
	if err := check(op, g, from, to); err != nil {
		return nil, err
	}
	if k < 1 {
		return nil, alliances.Errorf(alliances.Invalid, op, "k = %d; expected at least 1", k)
	}
	s := newStrength(g)
	if from == to {
		return []Path{{Nodes: []int32{int32(from)}, Strength: 1}}, nil
	}
	d := newDijkstra(ctx, g, s)
	first, ok := d.run(from, to, -1)
	if err := ctx.Err(); err != nil || !ok {
		return nil, err
	}
	found := []candidate{first}
	var pool []candidate
	for len(found) < k {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pool = d.deviations(found, pool)
		if len(pool) == 0 {
			break
		}
		best := 0
		for i := range pool {
			if pool[i].less(pool[best]) {
				best = i
			}
		}
		found = append(found, pool[best])
		pool = slices.Delete(pool, best, best+1)
	}
	out := make([]Path, len(found))
	for i, c := range found {
		out[i] = s.path(c.nodes, c.arcs)
	}
	return out, nil
}

// candidate is a chain with its cost, the sum of -log strength over its arcs.
type candidate struct {
	nodes, arcs []int32
	cost        float64
}

// less orders candidates: lower cost, then fewer steps, then node sequence.
func (a candidate) less(b candidate) bool {
	if c := costCmp(a.cost, b.cost); c != 0 {
		return c < 0
	}
	if len(a.arcs) != len(b.arcs) {
		return len(a.arcs) < len(b.arcs)
	}
	return slices.Compare(a.nodes, b.nodes) < 0
}

// deviations adds to pool the deviations of the last found chain (Yen's inner loop): for
// each spur node, the best chain that follows the last chain up to it, then leaves by an
// arc that no found chain with the same root takes, avoiding the root's nodes.
func (d *dijkstra) deviations(found []candidate, pool []candidate) []candidate {
	last := found[len(found)-1]
	to := int(last.nodes[len(last.nodes)-1])
	rootCost := 0.0
	for i := 0; i+1 < len(last.nodes); i++ {
		d.banArcs = d.banArcs[:0]
		for _, f := range found {
			if len(f.nodes) > i+1 && slices.Equal(f.nodes[:i+1], last.nodes[:i+1]) {
				d.banArcs = append(d.banArcs, f.arcs[i])
			}
		}
		d.stamp++
		for _, v := range last.nodes[:i] {
			d.banned[v] = d.stamp
		}
		spur, ok := d.run(int(last.nodes[i]), to, d.stamp)
		if ok {
			c := candidate{
				nodes: append(slices.Clone(last.nodes[:i]), spur.nodes...),
				arcs:  append(slices.Clone(last.arcs[:i]), spur.arcs...),
				cost:  rootCost + spur.cost,
			}
			if !slices.ContainsFunc(pool, func(p candidate) bool { return slices.Equal(p.nodes, c.nodes) }) {
				pool = append(pool, c)
			}
		}
		rootCost += d.s.cost(last.arcs[i])
	}
	return pool
}

// label is a tentative distance: cost, then steps.
type label struct {
	cost  float64
	steps int32
	node  int32
}

func (a label) cmp(b label) int {
	if c := costCmp(a.cost, b.cost); c != 0 {
		return c
	}
	if c := cmp.Compare(a.steps, b.steps); c != 0 {
		return c
	}
	return cmp.Compare(a.node, b.node)
}

// costCmp compares two costs, taking those within 1e-12 relative of each other as equal,
// so that chains whose strengths differ only by rounding are ordered by steps, then
// nodes, rather than by the rounding.
func costCmp(a, b float64) int {
	if !math.IsInf(a, 0) && !math.IsInf(b, 0) && math.Abs(a-b) <= 1e-12*max(a, b) {
		return 0
	}
	return cmp.Compare(a, b)
}
