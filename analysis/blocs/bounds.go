package blocs

// suffixBounds returns, for each depth d, a lower bound of P over the ties among
// order[d:]: a greedy packing of triangles with exactly one negative tie, each tie's
// capacity being its cost when inconsistent (α·w when negative, (1 − α)·w when
// positive). Every such triangle has an inconsistent tie in any partition (its two
// positive ties put all three nodes in one cluster, or one of them is between
// clusters), so the packed amounts add up to a lower bound. Nodes are added from the
// last, each packing the triangles it closes with nodes added before.
func suffixBounds(t *ties, order []int32, alpha float64) []float64 {
	r := make([]float64, len(t.u))
	for i := range r {
		if t.neg[i] {
			r[i] = alpha * t.w[i]
		} else {
			r[i] = (1 - alpha) * t.w[i]
		}
	}
	in := make([]bool, t.n)
	mark := make([]int32, t.n)
	suffix := make([]float64, len(order)+1)
	for d := len(order) - 1; d >= 0; d-- {
		x := order[d]
		suffix[d] = suffix[d+1] + pack(t, x, in, mark, r)
		in[x] = true
	}
	return suffix
}

// pack packs the triangles with one negative tie that x closes with nodes in, taking
// from the residual capacities r, and returns the amount packed.
func pack(t *ties, x int32, in []bool, mark []int32, r []float64) float64 {
	for j := t.off[x]; j < t.off[x+1]; j++ {
		if in[t.adj[j]] {
			mark[t.adj[j]] = t.eid[j] + 1
		}
	}
	total := 0.0
	for j := t.off[x]; j < t.off[x+1]; j++ {
		y, xy := t.adj[j], t.eid[j]
		if !in[y] {
			continue
		}
		for l := t.off[y]; l < t.off[y+1] && r[xy] > 0; l++ {
			z := t.adj[l]
			if z <= y || mark[z] == 0 {
				continue
			}
			yz, xz := t.eid[l], mark[z]-1
			if b2i(t.neg[xy])+b2i(t.neg[yz])+b2i(t.neg[xz]) != 1 {
				continue
			}
			m := min(r[xy], r[yz], r[xz])
			r[xy] -= m
			r[yz] -= m
			r[xz] -= m
			total += m
		}
	}
	for j := t.off[x]; j < t.off[x+1]; j++ {
		mark[t.adj[j]] = 0
	}
	return total
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
