package blocs

import (
	"context"
	"math"
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// Step is one snapshot of a series: its graph, and where each actor of the series
// stands in it. Actors are numbered alike at every step; nodes need not be (an actor
// folded into its organization at one step may be a node of its own at the next).
type Step struct {
	G *graph.CSR
	// Node is each actor's own node in G, -1 when it has none (no tie, or folded).
	Node []int32
	// At is the node each actor stands at: its own, or its organization's when folded;
	// -1 when neither is in G.
	At []int32
}

// SameNodes makes the steps of graphs whose nodes are the actors themselves.
func SameNodes(graphs []*graph.CSR) []Step {
	steps := make([]Step, len(graphs))
	for i, g := range graphs {
		id := make([]int32, g.N())
		for v := range id {
			id[v] = int32(v)
		}
		steps[i] = Step{G: g, Node: id, At: id}
	}
	return steps
}

// Series is the blocs of one set of actors at successive steps (time windows), with
// bloc labels carried over from step to step so that a label names the same bloc
// throughout.
type Series struct {
	// Bloc[s][a] is actor a's bloc at step s (its organization's when folded), -1 when
	// it has none at that step; the partition is each step's first optimum, relabelled.
	Bloc [][]int32
	// Steps holds the partition found at each step (with Partition's own numbering).
	Steps []Result
	// Changes lists the actors that changed bloc between two consecutive steps at which
	// they have one: those that no pair of optimal partitions of the two steps keeps with
	// their old partners (see Track), by step, then actor.
	Changes []Change
	// Swings lists the actors whose bloc label differs between the steps' first optima
	// while some pair of optimal partitions keeps them with their old partners: changes
	// of one answer among equally good ones, not moves.
	Swings []Change
}

// Change is an actor's bloc label at step Step-1 and at Step.
type Change struct {
	Actor    int32
	Step     int
	From, To int32
}

// Track partitions each step's graph with Partition and o, relabels the blocs of each
// step to match those of the step before (see RelabelWeighted: each actor weighs its
// ties, so that a bloc keeps its name where its weightiest members go), and finds who
// changed bloc.
//
// An actor changes bloc between two steps only when no optimal partition of the
// earlier step and no optimal partition of the later one keep it with its old
// partners: for each pair of optima, the later one's blocs take the names of the
// earlier one's by their weighted overlaps (RelabelWeighted, on the actors: a folded
// actor stands in its organization's bloc), and the actor is kept when its bloc keeps
// its name. A bloc
// continues where most of its actors go; the actors it loses are those that move. Optimal partitions are often
// not unique, and a label that differs between the two steps' first optima may be no
// more than the choice of one answer among equal ones: Swings lists those. Actors
// folded into an organization at both steps move with it and are not listed. With
// o.K = 0 the number of blocs may differ from step to step; give o.K to compare like
// with like.
func Track(ctx context.Context, steps []Step, o Options) (Series, error) {
	var s Series
	fresh := int32(0)
	actors := -1
	for i, st := range steps {
		if st.G == nil || len(st.Node) != len(st.At) || actors >= 0 && len(st.At) != actors {
			return Series{}, alliances.Errorf(alliances.Invalid, "blocs.Track", "step %d: expected a graph and %d actors, as at step 0", i, actors)
		}
		actors = len(st.At)
		r, err := Partition(ctx, st.G, o)
		if err != nil {
			return Series{}, err
		}
		bloc := actorBlocs(st, r.Cluster)
		if i > 0 {
			bloc = RelabelWeighted(s.Bloc[i-1], bloc, actorWeights(steps[i-1], st), fresh)
		}
		for _, b := range bloc {
			fresh = max(fresh, b+1)
		}
		s.Steps = append(s.Steps, r)
		s.Bloc = append(s.Bloc, bloc)
		if i > 0 {
			moved, swung := changes(steps[i-1], st, s.Steps[i-1], r, s.Bloc[i-1], bloc, i)
			s.Changes, s.Swings = append(s.Changes, moved...), append(s.Swings, swung...)
		}
	}
	return s, nil
}

// actorWeights weighs each actor, for carrying bloc names from one step to the next, by
// the larger of its own node's tie weight at the two steps (folded actors travel with
// their organization and weigh nearly nothing of their own); every actor weighs a
// little, so that a bloc of actors without weight still keeps its name.
func actorWeights(prev, cur Step) []float64 {
	w := make([]float64, len(cur.At))
	for _, st := range []Step{prev, cur} {
		strength := make([]float64, st.G.N())
		for u := range st.G.N() {
			for i := st.G.Off[u]; i < st.G.Off[u+1]; i++ {
				if st.G.Sign(int(i)) != 0 {
					strength[u] += math.Abs(st.G.Weight(int(i)))
				}
			}
		}
		for a, v := range st.Node {
			if v >= 0 {
				w[a] = max(w[a], strength[v])
			}
		}
	}
	for a := range w {
		w[a] += 1e-3
	}
	return w
}

// actorBlocs gives each actor the cluster of the node it stands at.
func actorBlocs(st Step, cluster []int32) []int32 {
	out := make([]int32, len(st.At))
	for a, v := range st.At {
		out[a] = -1
		if v >= 0 {
			out[a] = cluster[v]
		}
	}
	return out
}

// changes finds the actors that changed bloc between two steps (see Track), and those
// whose label changed without a move.
func changes(prev, cur Step, rp, rc Result, lp, lc []int32, step int) (moved, swung []Change) {
	optP, optC := capOptima(rp.Optima, rc.Optima, len(cur.At))
	weight := actorWeights(prev, cur)
	bps := make([][]int32, len(optP))
	for i, p := range optP {
		bps[i] = actorBlocs(prev, p)
	}
	bcs := make([][]int32, len(optC))
	for i, c := range optC {
		bcs[i] = actorBlocs(cur, c)
	}
	// The actors to judge: those with a bloc at both steps and a node at one of them. A
	// pair of optima that keeps one settles it; the search over pairs stops when every
	// actor is settled.
	var open []int
	for a := range cur.At {
		if lp[a] >= 0 && lc[a] >= 0 && (prev.Node[a] >= 0 || cur.Node[a] >= 0) {
			open = append(open, a)
		}
	}
	kept := make([]bool, len(cur.At))
	var m matcher
	for _, bp := range bps {
		for _, bc := range bcs {
			if len(open) == 0 {
				break
			}
			label := m.match(bp, bc, weight)
			open = slices.DeleteFunc(open, func(a int) bool {
				kept[a] = bp[a] >= 0 && bc[a] >= 0 && label[bc[a]] == bp[a]
				return kept[a]
			})
		}
	}
	for a := range cur.At {
		if lp[a] < 0 || lc[a] < 0 || prev.Node[a] < 0 && cur.Node[a] < 0 {
			continue
		}
		c := Change{Actor: int32(a), Step: step, From: lp[a], To: lc[a]}
		switch {
		case !kept[a]:
			moved = append(moved, c)
		case lp[a] != lc[a]:
			swung = append(swung, c)
		}
	}
	return moved, swung
}

// capOptima bounds the pairs of optima compared, so that long lists on a large network
// do not make the comparison too slow: the first optima of each step.
func capOptima(p, c [][]int32, actors int) ([][]int32, [][]int32) {
	const budget = 50_000_000
	for len(p)*len(c)*max(actors, 1) > budget && (len(p) > 1 || len(c) > 1) {
		if len(p) >= len(c) {
			p = p[:len(p)/2]
		} else {
			c = c[:len(c)/2]
		}
	}
	return p, c
}

// Relabel returns cur with its clusters renamed after those of prev: the matching of
// cur's clusters to prev's that keeps the most nodes in a bloc of the same name (a
// maximum-weight assignment on the table of overlaps, by the Hungarian method, Kuhn
// 1955), a cluster taking the label of the prev cluster it is matched to when they
// share a node. The other clusters of cur get fresh, fresh+1, ... in order of their
// lowest node (fresh should exceed every label used so far, so that a new bloc is
// never mistaken for an old one). Nodes at -1 in either partition (no bloc) are left out of the overlaps
// and stay -1. O(n + k^3) for k clusters.
func Relabel(prev, cur []int32, fresh int32) []int32 {
	return RelabelWeighted(prev, cur, nil, fresh)
}

// RelabelWeighted is Relabel with each node counting its weight in the overlaps
// (weight nil: 1 each), so that a bloc keeps its name where its weightiest members go,
// not where a crowd of peripheral ones does.
func RelabelWeighted(prev, cur []int32, weight []float64, fresh int32) []int32 {
	var m matcher
	label := slices.Clone(m.match(prev, cur, weight))
	out := make([]int32, len(cur))
	for v, c := range cur {
		if c < 0 {
			out[v] = -1
			continue
		}
		if label[c] < 0 {
			label[c] = fresh
			fresh++
		}
		out[v] = label[c]
	}
	return out
}

// matcher matches the clusters of one partition to those of another, reusing its
// buffers from call to call.
type matcher struct {
	overlap [][]float64
	label   []int32
}

// match returns, for each cluster of cur, the cluster of prev it is matched to (see
// RelabelWeighted), or -1 when it shares no node with its match. The slice is the
// matcher's, valid until the next call.
func (m *matcher) match(prev, cur []int32, weight []float64) []int32 {
	kp, kc := int32(0), int32(0)
	for v := range cur {
		kp = max(kp, prev[v]+1)
		kc = max(kc, cur[v]+1)
	}
	size := int(max(kp, kc))
	if cap(m.overlap) < size {
		m.overlap = make([][]float64, size)
	}
	m.overlap = m.overlap[:size]
	for i := range m.overlap {
		if cap(m.overlap[i]) < size {
			m.overlap[i] = make([]float64, size)
		}
		m.overlap[i] = m.overlap[i][:size]
		clear(m.overlap[i])
	}
	overlap := m.overlap
	for v := range cur {
		if prev[v] >= 0 && cur[v] >= 0 {
			w := 1.0
			if weight != nil {
				w = weight[v]
			}
			overlap[cur[v]][prev[v]] += w
		}
	}
	match := assign(overlap)
	m.label = slices.Grow(m.label[:0], int(kc))[:kc]
	for c := range kc {
		m.label[c] = -1
		if p := match[c]; p < int(kp) && overlap[c][p] > 0 {
			m.label[c] = int32(p)
		}
	}
	return m.label
}

// assign solves the square assignment problem that maximizes the summed weight w[i][j]
// of the pairs (i, match[i]), by the Hungarian method with potentials, O(k^3).
func assign(w [][]float64) []int {
	n := len(w)
	top := 0.0
	for _, row := range w {
		for _, x := range row {
			top = max(top, x)
		}
	}
	cost := func(i, j int) float64 { return top - w[i][j] } // minimize
	const inf = 1e300
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	p := make([]int, n+1) // p[j]: the row matched to column j (1-based), 0 none
	way := make([]int, n+1)
	minv := make([]float64, n+1)
	used := make([]bool, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		clear(used)
		for j := range minv {
			minv[j] = inf
		}
		for p[j0] != 0 {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if c := cost(i0-1, j-1) - u[i0] - v[j]; c < minv[j] {
					minv[j], way[j] = c, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	match := make([]int, n)
	for j := 1; j <= n; j++ {
		if p[j] > 0 {
			match[p[j]-1] = j - 1
		}
	}
	return match
}
