package centrality

import "github.com/alliances-project/alliances/graph"

// Degrees holds the degree and the strength (the sum of the weights, Barrat et al. 2004)
// of every node, in total and split by the sign of the arcs.
type Degrees struct {
	Directed bool  // the graph was directed: Out, In and Total differ
	All      Tally // every arc, whatever its sign
	Pos, Neg Tally // arcs of sign +1 and -1; nil slices when the graph is unsigned
}

// Tally holds one family of degree counts, indexed by node. On an undirected graph an
// edge is both an out- and an in-arc of each end, so Out, In and Total are one slice
// (and so are the three strengths); on a directed graph Total = Out + In. Strengths are
// the sums of the arcs' weights, equal to the degrees when the graph is unweighted.
type Tally struct {
	Out, In, Total                         []int
	OutStrength, InStrength, TotalStrength []float64

	directed bool
}

// Degree counts, for every node of g, the arcs leaving and entering it and sums their
// weights; for a signed graph it also does so for the positive and the negative arcs
// apart (an arc of sign 0, whose parallel ties cancelled, counts only in All). It takes
// time O(n + m).
func Degree(g *graph.CSR) *Degrees {
	n := g.N()
	d := &Degrees{Directed: g.Directed, All: newTally(n, g.Directed)}
	if g.S != nil {
		d.Pos, d.Neg = newTally(n, g.Directed), newTally(n, g.Directed)
	}
	for u := 0; u < n; u++ {
		for i := int(g.Off[u]); i < int(g.Off[u+1]); i++ {
			v, w := int(g.Adj[i]), g.Weight(i)
			d.All.add(u, v, w)
			switch g.Sign(i) {
			case 1:
				d.Pos.add(u, v, w)
			case -1:
				d.Neg.add(u, v, w)
			}
		}
	}
	d.All.total()
	d.Pos.total()
	d.Neg.total()
	return d
}

func newTally(n int, directed bool) Tally {
	t := Tally{Out: make([]int, n), OutStrength: make([]float64, n), directed: directed}
	if !directed {
		t.In, t.Total = t.Out, t.Out
		t.InStrength, t.TotalStrength = t.OutStrength, t.OutStrength
		return t
	}
	t.In, t.Total = make([]int, n), make([]int, n)
	t.InStrength, t.TotalStrength = make([]float64, n), make([]float64, n)
	return t
}

// add counts the arc u→v of weight w. On an undirected graph the arc v→u is stored
// too and counted when v's row is read, so only the tail is counted here.
func (t *Tally) add(u, v int, w float64) {
	if t.Out == nil {
		return
	}
	t.Out[u]++
	t.OutStrength[u] += w
	if t.directed {
		t.In[v]++
		t.InStrength[v] += w
	}
}

// total fills Total = Out + In on a directed graph.
func (t *Tally) total() {
	if !t.directed {
		return
	}
	for v := range t.Out {
		t.Total[v] = t.Out[v] + t.In[v]
		t.TotalStrength[v] = t.OutStrength[v] + t.InStrength[v]
	}
}
