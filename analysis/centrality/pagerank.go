package centrality

import (
	"context"
	"math"
	"sync"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// PageRankOptions configure PageRank. The zero value gives NetworkX's defaults.
type PageRankOptions struct {
	Damping float64 // probability of following an arc rather than jumping; 0 means 0.85
	// Personalization weighs the nodes a jump lands on (and the dangling nodes' mass
	// goes to); nil means uniform. It must have one non-negative entry per node, not all
	// zero; it is scaled to sum to 1.
	Personalization []float64
	Tol             float64 // stop when Σ_v |x_v - x'_v| < n Tol; 0 means 1e-6
	MaxIter         int     // 0 means 100
	Unweighted      bool    // count every arc once even when the graph has weights
	// Workers is the number of goroutines among which the rows are shared; 0 or 1 runs
	// on the calling goroutine. The result does not depend on it.
	Workers int
}

// pageRankBlock is the number of rows summed together; the blocks' sums are added in
// block order, so the numbers do not depend on the number of workers.
const pageRankBlock = 2048

// PageRank returns the PageRank of every node of g (Brin and Page 1998, "The anatomy of
// a large-scale hypertextual Web search engine"; Page et al. 1999): the stationary
// distribution of a walk that follows an arc leaving its node with probability
// Damping (an arc of weight w chosen w times as often as one of weight 1) and otherwise
// jumps to a node drawn from the personalization vector p. A dangling node (no arcs
// leaving it) sends all its mass through p. By power iteration from the uniform vector:
//
//	x'_v = d (Σ_{u→v} x_u w_uv / W_u + p_v Σ_{u dangling} x_u) + (1-d) p_v
//
// where W_u is the total weight leaving u, until Σ_v |x'_v - x_v| < n Tol. This is
// NetworkX 2.8's pagerank (pagerank_scipy) step by step, with its defaults, its
// stopping rule and its treatment of dangling nodes (with the default
// dangling=None), so the values agree with it to rounding (about 1e-15). igraph solves
// the same system exactly (PRPACK) and differs from both by up to about Tol. An
// undirected edge counts both ways. Signs are ignored.
//
// If MaxIter iterations do not reach the tolerance, PageRank returns the last iterate
// and an error wrapping ErrNotConverged.
func PageRank(ctx context.Context, g *graph.CSR, o PageRankOptions) ([]float64, error) {
	n := g.N()
	if n == 0 {
		return []float64{}, nil
	}
	pr, err := newPageRank(g, o)
	if err != nil {
		return nil, err
	}
	tol, maxIter := cmp0(o.Tol, 1e-6), int(cmp0(float64(o.MaxIter), 100))
	for iter := 0; iter < maxIter; iter++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if pr.step() < float64(n)*tol {
			return pr.x, nil
		}
	}
	return pr.x, notConverged("centrality.PageRank", maxIter)
}

// cmp0 returns x, or def when x is 0.
func cmp0(x, def float64) float64 {
	if x == 0 {
		return def
	}
	return x
}

// pageRank is the state of the power iteration, pulling each node's new value from
// the arcs entering it.
type pageRank struct {
	// arcs entering each node (inArcs): tails inAdj[inOff[v]:inOff[v+1]], weights inW
	// (nil when unweighted)
	inOff, inAdj []int32
	inW          []float64
	damping      float64
	p            []float64 // personalization, summing to 1
	inv          []float64 // 1 / W_u, 0 for a dangling node
	x, next      []float64
	y, ynext     []float64 // x_u / W_u
	// per block: mass of its dangling nodes and Σ |x' - x| over its rows
	dangling, change []float64
	workers          int
}

func newPageRank(g *graph.CSR, o PageRankOptions) (*pageRank, error) {
	n := g.N()
	p, err := personalization(n, o.Personalization)
	if err != nil {
		return nil, err
	}
	blocks := (n + pageRankBlock - 1) / pageRankBlock
	weighted := g.W != nil && !o.Unweighted
	pr := &pageRank{damping: cmp0(o.Damping, 0.85), p: p, inv: make([]float64, n),
		x: make([]float64, n), next: make([]float64, n),
		y: make([]float64, n), ynext: make([]float64, n),
		dangling: make([]float64, blocks), change: make([]float64, blocks),
		workers: max(1, min(o.Workers, blocks))}
	if d := pr.damping; !(d > 0 && d < 1) {
		return nil, alliances.Errorf(alliances.Invalid, "centrality.PageRank", "damping %g, expected a probability in (0, 1)", d)
	}
	pr.inOff, pr.inAdj, pr.inW = inArcs(g, weighted)
	for u := range n {
		out := float64(g.Degree(u))
		if weighted {
			out = 0
			for _, w := range g.W[g.Off[u]:g.Off[u+1]] {
				out += w
			}
		}
		if out > 0 {
			pr.inv[u] = 1 / out
		}
		pr.x[u] = 1 / float64(n)
		pr.y[u] = pr.x[u] * pr.inv[u]
	}
	for b := range blocks {
		pr.dangling[b] = pr.danglingMass(b)
	}
	return pr, nil
}

// personalization checks p and scales it to sum 1; nil gives the uniform vector.
func personalization(n int, p []float64) ([]float64, error) {
	out := make([]float64, n)
	if p == nil {
		for v := range out {
			out[v] = 1 / float64(n)
		}
		return out, nil
	}
	if len(p) != n {
		return nil, alliances.Errorf(alliances.Invalid, "centrality.PageRank", "personalization has %d entries, expected one per node (%d)", len(p), n)
	}
	sum := 0.0
	for v, x := range p {
		if !(x >= 0) || math.IsInf(x, 1) {
			return nil, alliances.Errorf(alliances.Invalid, "centrality.PageRank", "personalization of node %d is %g, expected a finite number >= 0", v, x)
		}
		sum += x
	}
	if sum == 0 {
		return nil, alliances.Errorf(alliances.Invalid, "centrality.PageRank", "personalization is all zero, expected some weight")
	}
	for v, x := range p {
		out[v] = x / sum
	}
	return out, nil
}

// step computes one iteration into x and returns Σ_v |x'_v - x_v|.
func (pr *pageRank) step() float64 {
	mass := 0.0
	for _, m := range pr.dangling {
		mass += m
	}
	blocks := len(pr.change)
	if pr.workers == 1 {
		for b := range blocks {
			pr.block(b, mass)
		}
	} else {
		var wg sync.WaitGroup
		for w := range pr.workers {
			wg.Go(func() {
				for b := w; b < blocks; b += pr.workers {
					pr.block(b, mass)
				}
			})
		}
		wg.Wait()
	}
	pr.x, pr.next = pr.next, pr.x
	pr.y, pr.ynext = pr.ynext, pr.y
	change := 0.0
	for _, c := range pr.change {
		change += c
	}
	return change
}

// block computes the new values of the rows of block b, their dangling mass and their
// change; mass is the dangling mass of the previous iterate.
func (pr *pageRank) block(b int, mass float64) {
	off, adj, w := pr.inOff, pr.inAdj, pr.inW
	y, x, next, p, inv := pr.y, pr.x, pr.next, pr.p, pr.inv
	lo, hi := b*pageRankBlock, min((b+1)*pageRankBlock, len(x))
	d := pr.damping
	change, dangling := 0.0, 0.0
	for v := lo; v < hi; v++ {
		sum := 0.0
		if w != nil {
			for i := off[v]; i < off[v+1]; i++ {
				sum += w[i] * y[adj[i]]
			}
		} else {
			for _, u := range adj[off[v]:off[v+1]] {
				sum += y[u]
			}
		}
		xv := d*(sum+mass*p[v]) + (1-d)*p[v]
		next[v] = xv
		pr.ynext[v] = xv * inv[v]
		if inv[v] == 0 {
			dangling += xv
		}
		change += math.Abs(xv - x[v])
	}
	pr.change[b], pr.dangling[b] = change, dangling
}

// danglingMass returns the mass of block b's dangling nodes in x.
func (pr *pageRank) danglingMass(b int) float64 {
	m := 0.0
	for v := b * pageRankBlock; v < min((b+1)*pageRankBlock, len(pr.x)); v++ {
		if pr.inv[v] == 0 {
			m += pr.x[v]
		}
	}
	return m
}
