package blocs

import (
	"context"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// Series is the blocs of one set of nodes at successive steps (time windows), with bloc
// labels carried over from step to step so that a label names the same bloc
// throughout.
type Series struct {
	// Bloc[s][v] is node v's bloc at step s, -1 when v has no tie at that step.
	Bloc [][]int32
	// Steps holds the partition found at each step (with Partition's own numbering).
	Steps []Result
	// Changes lists every node whose bloc differs between two consecutive steps at
	// which it has ties, by step, then node.
	Changes []Change
}

// Change is a node moving from one bloc to another between step Step-1 and Step.
type Change struct {
	Node     int32
	Step     int
	From, To int32
}

// Track partitions each graph (the same nodes at successive steps) with Partition and
// o, and relabels the blocs of each step to match those of the step before (see
// Relabel), so that "who changed bloc, when" can be read off the series. A bloc that
// matches none of the step before gets a label never used before. With o.K = 0 the
// number of blocs may differ from step to step; give o.K to compare like with like.
func Track(ctx context.Context, graphs []*graph.CSR, o Options) (Series, error) {
	var s Series
	fresh := int32(0)
	for i, g := range graphs {
		if g == nil || i > 0 && g.N() != graphs[0].N() {
			return Series{}, alliances.Errorf(alliances.Invalid, "blocs.Track", "graph %d: expected %d nodes, as at step 0", i, graphs[0].N())
		}
		r, err := Partition(ctx, g, o)
		if err != nil {
			return Series{}, err
		}
		bloc := r.Cluster
		if i > 0 {
			bloc = Relabel(s.Bloc[i-1], r.Cluster, fresh)
		}
		for _, b := range bloc {
			fresh = max(fresh, b+1)
		}
		s.Steps = append(s.Steps, r)
		s.Bloc = append(s.Bloc, bloc)
		if i > 0 {
			s.Changes = append(s.Changes, changes(s.Bloc[i-1], bloc, i)...)
		}
	}
	return s, nil
}

// changes lists the nodes with a bloc at both steps whose blocs differ.
func changes(prev, cur []int32, step int) []Change {
	var out []Change
	for v := range cur {
		if prev[v] >= 0 && cur[v] >= 0 && prev[v] != cur[v] {
			out = append(out, Change{Node: int32(v), Step: step, From: prev[v], To: cur[v]})
		}
	}
	return out
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
	kp, kc := int32(0), int32(0)
	for v := range cur {
		kp = max(kp, prev[v]+1)
		kc = max(kc, cur[v]+1)
	}
	size := int(max(kp, kc))
	overlap := make([][]float64, size)
	for i := range overlap {
		overlap[i] = make([]float64, size)
	}
	for v := range cur {
		if prev[v] >= 0 && cur[v] >= 0 {
			overlap[cur[v]][prev[v]]++
		}
	}
	match := assign(overlap)
	label := make([]int32, kc)
	for c := range kc {
		label[c] = -1
		if p := match[c]; p < int(kp) && overlap[c][p] > 0 {
			label[c] = int32(p)
		}
	}
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
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		used := make([]bool, n+1)
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
