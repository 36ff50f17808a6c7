package blocs

import (
	"math"

	"github.com/alliances-project/alliances/graph"
)

// ties is the list of ties of an undirected signed graph, each once, with its cost
// weight, and a CSR of each node's ties.
type ties struct {
	n    int
	u, v []int32   // endpoints, u < v
	neg  []bool    // negative tie
	w    []float64 // |weight|, or 1 when unweighted
	arc  []int32   // the arc u→v in the original graph
	off  []int32   // len n+1
	adj  []int32   // neighbours
	eid  []int32   // the tie of each entry of adj
	// The sign and weight of the tie of each entry of adj, so that a scan of a row
	// reads memory in order.
	arcNeg []bool
	arcW   []float64
	// split makes the optima gathered split every bloc into the groups its ties link
	// (Options.SplitUnlinked).
	split bool
}

// tiesOf lists the ties of g (arcs of sign 0 left out).
func tiesOf(g *graph.CSR, weighted bool) *ties {
	t := &ties{n: g.N()}
	for u := range g.N() {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			v := g.Adj[i]
			if int(v) <= u || g.S != nil && g.S[i] == 0 {
				continue
			}
			w := 1.0
			if weighted {
				w = math.Abs(g.Weight(int(i)))
			}
			t.u = append(t.u, int32(u))
			t.v = append(t.v, v)
			t.neg = append(t.neg, g.Sign(int(i)) < 0)
			t.w = append(t.w, w)
			t.arc = append(t.arc, i)
		}
	}
	t.index()
	return t
}

// index builds the adjacency of the tie list.
func (t *ties) index() {
	t.off = make([]int32, t.n+1)
	for i := range t.u {
		t.off[t.u[i]+1]++
		t.off[t.v[i]+1]++
	}
	for x := range t.n {
		t.off[x+1] += t.off[x]
	}
	t.adj = make([]int32, 2*len(t.u))
	t.eid = make([]int32, 2*len(t.u))
	t.arcNeg = make([]bool, 2*len(t.u))
	t.arcW = make([]float64, 2*len(t.u))
	fill := make([]int32, t.n)
	copy(fill, t.off[:t.n])
	for i := range t.u {
		for _, end := range [2][2]int32{{t.u[i], t.v[i]}, {t.v[i], t.u[i]}} {
			j := fill[end[0]]
			t.adj[j], t.eid[j], t.arcNeg[j], t.arcW[j] = end[1], int32(i), t.neg[i], t.w[i]
			fill[end[0]]++
		}
	}
}

// cost returns what tie i adds to P when its ends are in the same cluster (within)
// and when they are not (between).
func (t *ties) cost(i int32, alpha float64) (within, between float64) {
	if t.neg[i] {
		return alpha * t.w[i], 0
	}
	return 0, (1 - alpha) * t.w[i]
}

// criterion returns P for the clusters, summed in tie order.
func (t *ties) criterion(cluster []int32, alpha float64) float64 {
	p := 0.0
	for i := range int32(len(t.u)) {
		within, between := t.cost(i, alpha)
		if cluster[t.u[i]] == cluster[t.v[i]] {
			p += within
		} else {
			p += between
		}
	}
	return p
}
