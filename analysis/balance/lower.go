package balance

import (
	"cmp"
	"slices"
)

// packer packs unbalanced triangles into the edge costs, greedily: every unbalanced
// cycle has a frustrated edge whatever the sides, so triangles that share no edge each
// add one to a lower bound of the frustration index. With costs, a triangle takes the
// least residual cost of its edges from each of them (a packing of cycles under edge
// capacities), and adds that amount.
type packer struct {
	e    *edges
	r    []float64 // residual cost of each edge
	mark []int32   // edge id + 1 from the node being added, to each marked neighbour
	in   []bool    // nodes added so far
}

func newPacker(e *edges) *packer {
	return &packer{e: e, r: slices.Clone(e.w), mark: make([]int32, e.n), in: make([]bool, e.n)}
}

// add adds node x and packs the unbalanced triangles it closes with nodes added
// before; it returns the amount packed.
func (p *packer) add(x int32) float64 {
	e := p.e
	for i := e.off[x]; i < e.off[x+1]; i++ {
		if p.in[e.adj[i]] {
			p.mark[e.adj[i]] = e.eid[i] + 1
		}
	}
	total := 0.0
	for i := e.off[x]; i < e.off[x+1]; i++ {
		y, xy := e.adj[i], e.eid[i]
		if !p.in[y] {
			continue
		}
		for j := e.off[y]; j < e.off[y+1] && p.r[xy] > 0; j++ {
			z := e.adj[j]
			if z <= y || p.mark[z] == 0 {
				continue
			}
			yz, xz := e.eid[j], p.mark[z]-1
			if e.neg[xy] != e.neg[yz] != e.neg[xz] { // an odd number of negative edges
				m := min(p.r[xy], p.r[yz], p.r[xz])
				p.r[xy] -= m
				p.r[yz] -= m
				p.r[xz] -= m
				total += m
			}
		}
	}
	for i := e.off[x]; i < e.off[x+1]; i++ {
		p.mark[e.adj[i]] = 0
	}
	p.in[x] = true
	return total
}

// lowerBound returns a lower bound of the frustration index of e: a greedy packing of
// unbalanced triangles, adding nodes by increasing degree so that the time is O(m^1.5)
// (each edge scans the row of its endpoint of lower degree), then of longer cycles in
// what is left (cycleBound; 64 rounds up to 15,625 edges, fewer beyond, at least 4).
func lowerBound(e *edges) float64 {
	order := make([]int32, e.n)
	for i := range order {
		order[i] = int32(i)
	}
	deg := func(x int32) int32 { return e.off[x+1] - e.off[x] }
	slices.SortFunc(order, func(a, b int32) int { return cmp.Or(cmp.Compare(deg(a), deg(b)), cmp.Compare(a, b)) })
	p := newPacker(e)
	total := 0.0
	for _, x := range order {
		total += p.add(x)
	}
	rounds := max(4, min(64, 1_000_000/max(1, len(e.u))))
	return total + cycleBound(e, p.r, nil, rounds)
}

// cycleBound packs more unbalanced cycles into the residual costs r left by a triangle
// packing, among the nodes marked active (all when nil): each round grows a
// breadth-first forest over the edges of positive residual, and every non-tree edge
// that disagrees with the forest's sides closes an unbalanced cycle (the edge and the
// two tree paths to the common ancestor); those are packed shortest first while their
// edges have residual left. It stops when the residual graph is balanced, or after
// rounds rounds. It returns the amount packed.
func cycleBound(e *edges, r []float64, active []bool, rounds int) float64 {
	f := newForest(e)
	total := 0.0
	for range rounds {
		conflicts := f.grow(r, active)
		if len(conflicts) == 0 {
			break
		}
		for _, c := range conflicts {
			total += f.pack(c, r)
		}
	}
	return total
}

// forest is a breadth-first spanning forest of the residual graph with each node's
// side, depth and parent edge.
type forest struct {
	e      *edges
	side   []int8
	depth  []int32
	parent []int32 // edge to the parent, -1 at roots and unreached nodes
	queue  []int32
	cycle  []int32
}

func newForest(e *edges) *forest {
	return &forest{e: e, side: make([]int8, e.n), depth: make([]int32, e.n), parent: make([]int32, e.n)}
}

// grow builds the forest over edges with positive residual and returns the edges that
// disagree with it, shortest cycle first.
func (f *forest) grow(r []float64, active []bool) []int32 {
	e := f.e
	for i := range f.depth {
		f.depth[i] = -1
	}
	for root := range int32(e.n) {
		if f.depth[root] >= 0 || active != nil && !active[root] {
			continue
		}
		f.depth[root], f.parent[root], f.side[root] = 0, -1, 0
		f.queue = append(f.queue[:0], root)
		for h := 0; h < len(f.queue); h++ {
			v := f.queue[h]
			for i := e.off[v]; i < e.off[v+1]; i++ {
				u, id := e.adj[i], e.eid[i]
				if f.depth[u] >= 0 || r[id] <= 0 || active != nil && !active[u] {
					continue
				}
				f.depth[u], f.parent[u], f.side[u] = f.depth[v]+1, id, f.side[v]
				if e.neg[id] {
					f.side[u] ^= 1
				}
				f.queue = append(f.queue, u)
			}
		}
	}
	var conflicts []int32
	for id := range int32(len(e.u)) {
		u, v := e.u[id], e.v[id]
		if r[id] > 0 && f.depth[u] >= 0 && f.depth[v] >= 0 && f.parent[u] != id && f.parent[v] != id &&
			e.neg[id] == (f.side[u] == f.side[v]) {
			conflicts = append(conflicts, id)
		}
	}
	return f.byLength(conflicts)
}

// byLength sorts the conflict edges by the length of their cycles (a stable counting
// sort on the sum of the ends' depths).
func (f *forest) byLength(conflicts []int32) []int32 {
	e := f.e
	length := func(id int32) int32 { return f.depth[e.u[id]] + f.depth[e.v[id]] }
	top := int32(0)
	for _, id := range conflicts {
		top = max(top, length(id))
	}
	count := make([]int32, top+2)
	for _, id := range conflicts {
		count[length(id)+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	sorted := make([]int32, len(conflicts))
	for _, id := range conflicts {
		sorted[count[length(id)]] = id
		count[length(id)]++
	}
	return sorted
}

// pack packs the cycle that edge id closes in the forest, if all its edges have
// residual left, and returns the amount packed.
func (f *forest) pack(id int32, r []float64) float64 {
	e := f.e
	f.cycle = append(f.cycle[:0], id)
	u, v := e.u[id], e.v[id]
	for u != v {
		if f.depth[u] < f.depth[v] {
			u, v = v, u
		}
		p := f.parent[u]
		f.cycle = append(f.cycle, p)
		u = e.u[p] + e.v[p] - u
	}
	m := r[id]
	for _, c := range f.cycle {
		m = min(m, r[c])
	}
	if m <= 0 {
		return 0
	}
	for _, c := range f.cycle {
		r[c] -= m
	}
	return m
}
