package cascade

import (
	"cmp"
	"math"
	"slices"

	"github.com/alliances-project/alliances"
)

// Comparison sets a run beside the record.
type Comparison struct {
	ModelOnly  []int32 // tipped in the model, never moved in the record
	RecordOnly []int32 // moved in the record, never tipped in the model
	Both       []int32 // moved in both
	// Tau is Kendall's tau-b between the model's rounds and the recorded order over the
	// nodes in Both (ties in either counted as ties); NaN when it is undefined (fewer than
	// two nodes, or all tied on one side).
	Tau float64
	// Rho is Spearman's rank correlation over the same nodes, with ties given their
	// average rank; NaN when undefined.
	Rho float64
}

// Compare sets a run beside observed: for each node the round, or any order number, at
// which it actually moved (smaller is earlier), -1 if it never did. All three lists are in
// node order.
func Compare(r Result, observed []int) (Comparison, error) {
	if len(observed) != len(r.Round) {
		return Comparison{}, alliances.Errorf(alliances.Invalid, "cascade.Compare", "%d observations for %d nodes; expected one per node (-1: never moved)", len(observed), len(r.Round))
	}
	var c Comparison
	var x, y []float64
	for v, ro := range r.Round {
		switch m, o := ro >= 0, observed[v] >= 0; {
		case m && o:
			c.Both = append(c.Both, int32(v))
			x, y = append(x, float64(ro)), append(y, float64(observed[v]))
		case m:
			c.ModelOnly = append(c.ModelOnly, int32(v))
		case o:
			c.RecordOnly = append(c.RecordOnly, int32(v))
		}
	}
	c.Tau, c.Rho = KendallTau(x, y), Spearman(x, y)
	return c, nil
}

// KendallTau returns Kendall's tau-b of the paired observations x and y,
//
//	τ_b = (n_c - n_d) / √((n₀ - n₁)(n₀ - n₂))
//
// with n₀ = n(n-1)/2 pairs, n₁ and n₂ the pairs tied in x and in y, by Knight's (1966)
// O(n log n) algorithm (as scipy.stats.kendalltau): sort by (x, y), then count the
// inversions of y by merge sort. NaN when the denominator is 0.
//
// Knight, W. R. (1966). A computer method for calculating Kendall's tau with ungrouped
// data. Journal of the American Statistical Association 61(314):436–439.
func KendallTau(x, y []float64) float64 {
	n := len(x)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(x[a], x[b]), cmp.Compare(y[a], y[b]))
	})
	xs, ys := make([]float64, n), make([]float64, n)
	for i, j := range idx {
		xs[i], ys[i] = x[j], y[j]
	}
	n0 := int64(n) * int64(n-1) / 2
	n1, n3 := tiedPairs(xs, nil), tiedPairs(xs, ys)
	swaps := inversions(ys, make([]float64, n))
	n2 := tiedPairs(ys, nil) // ys is sorted now
	num := float64(n0 - n1 - n2 + n3 - 2*swaps)
	den := math.Sqrt(float64(n0-n1) * float64(n0-n2))
	if den == 0 {
		return math.NaN()
	}
	return num / den
}

// tiedPairs counts the pairs tied in a sorted sequence (in both a and b when b is given).
func tiedPairs(a, b []float64) int64 {
	var t, run int64
	for i := 1; i <= len(a); i++ {
		if i < len(a) && a[i] == a[i-1] && (b == nil || b[i] == b[i-1]) {
			run++
			continue
		}
		t += (run + 1) * run / 2
		run = 0
	}
	return t
}

// inversions sorts a by merge sort and returns the number of pairs i < j with a[i] > a[j].
func inversions(a, buf []float64) int64 {
	if len(a) < 2 {
		return 0
	}
	mid := len(a) / 2
	inv := inversions(a[:mid], buf[:mid]) + inversions(a[mid:], buf[mid:])
	i, j, k := 0, mid, 0
	for i < mid && j < len(a) {
		if a[j] < a[i] {
			inv += int64(mid - i)
			buf[k] = a[j]
			j++
		} else {
			buf[k] = a[i]
			i++
		}
		k++
	}
	k += copy(buf[k:], a[i:mid])
	copy(buf[k:], a[j:])
	copy(a, buf[:len(a)])
	return inv
}

// Spearman returns Spearman's rank correlation of x and y: Pearson's correlation of their
// ranks, ties sharing their average rank. NaN when either has no spread.
func Spearman(x, y []float64) float64 {
	rx, ry := ranks(x), ranks(y)
	n := float64(len(x))
	mean := (n + 1) / 2
	var sxy, sxx, syy float64
	for i := range rx {
		dx, dy := rx[i]-mean, ry[i]-mean
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return sxy / math.Sqrt(sxx*syy)
}

// ranks returns the 1-based ranks of x, ties given their average rank.
func ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(x[a], x[b]) })
	r := make([]float64, len(x))
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && x[idx[j]] == x[idx[i]] {
			j++
		}
		avg := float64(i+j+1) / 2 // ranks i+1 .. j
		for k := i; k < j; k++ {
			r[idx[k]] = avg
		}
		i = j
	}
	return r
}
