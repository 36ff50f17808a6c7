package brokerage

import (
	"math"
	"slices"

	"github.com/alliances-project/alliances/graph"
)

// Expected returns the expected counts of node v in each role, then the expected total,
// under the null model of sna::brokerage() (Butts, sna 2.7, after Gould and Fernandez
// 1989): every ordered pair is an arc independently with probability d = m/(n(n-1)), so
// that a given two-path is open with probability d²(1-d); the expectation depends only on
// the size of v's group and the sizes of the others. For a group of size nᵢ among n
// nodes, with sums Σ' over the other groups j:
//
//	w_I  d²(1-d)(nᵢ-1)(nᵢ-2)
//	w_O  d²(1-d) Σ' nⱼ(nⱼ-1)
//	b_IO d²(1-d)(n-nᵢ)(nᵢ-1)           (b_OI the same)
//	b_O  d²(1-d)((Σ' nⱼ)² - Σ' nⱼ²)
//	t    d²(1-d)(n-1)(n-2)
func (r Result) Expected(v int) [NumRoles + 1]float64 { return r.Groups[r.groupOf[v]].Exp }

// SD returns the standard deviations that go with [Result.Expected], from the variances
// of sna::brokerage() (its code, models.R, "Compute moments by broker's class").
func (r Result) SD(v int) [NumRoles + 1]float64 { return r.Groups[r.groupOf[v]].SD }

// Z returns node v's z-scores, (count - expected) / SD, in each role and for the total,
// as sna's z.nli: NaN where both the deviation and the SD are 0 (a role that cannot
// occur, such as w_I in a group of two), ±Inf where only the SD is.
func (r Result) Z(v int) [NumRoles + 1]float64 {
	var z [NumRoles + 1]float64
	gr := &r.Groups[r.groupOf[v]]
	c := r.Nodes[v]
	for k := range NumRoles + 1 {
		x := float64(c.Total())
		if k < NumRoles {
			x = float64(c[k])
		}
		z[k] = (x - gr.Exp[k]) / gr.SD[k]
	}
	return z
}

// GroupOf returns the index in Groups of v's group.
func (r Result) GroupOf(v int) int { return int(r.groupOf[v]) }

// moments fills Groups, groupOf and Density.
func (r *Result) moments(g *graph.CSR, group []int32) {
	n := g.N()
	r.groupOf = make([]int32, n)
	index := make(map[int32]int32)
	for v, id := range group {
		k, ok := index[id]
		if !ok {
			k = int32(len(r.Groups))
			index[id] = k
			r.Groups = append(r.Groups, Group{ID: id})
		}
		r.groupOf[v] = k
		r.Groups[k].Size++
	}
	N := float64(n)
	r.Density = float64(g.Arcs()) / (N * (N - 1))
	sizes := sizeCounts(r.Groups)
	byKey := make(map[int][2][NumRoles + 1]float64, len(sizes))
	for i := range r.Groups {
		s := r.Groups[i].Size
		m, ok := byKey[s]
		if !ok {
			m[0], m[1] = groupMoments(s, N, r.Density, sizes)
			byKey[s] = m
		}
		r.Groups[i].Exp, r.Groups[i].SD = m[0], m[1]
	}
}

// sizeCount is a group size and the number of groups of that size.
type sizeCount struct{ size, count int }

// sizeCounts returns the distinct group sizes, in increasing order, with their counts:
// at most √(2n) of them, so that moments cost O(n) whatever the number of groups.
func sizeCounts(groups []Group) []sizeCount {
	s := make([]int, len(groups))
	for i, gr := range groups {
		s[i] = gr.Size
	}
	slices.Sort(s)
	var out []sizeCount
	for _, x := range s {
		if len(out) > 0 && out[len(out)-1].size == x {
			out[len(out)-1].count++
		} else {
			out = append(out, sizeCount{x, 1})
		}
	}
	return out
}

// groupMoments returns the expectations and standard deviations for a broker in a group
// of size ni, following sna::brokerage() term by term.
func groupMoments(size int, N, d float64, sizes []sizeCount) (exp, sd [NumRoles + 1]float64) {
	ni := float64(size)
	p := d * d * (1 - d)
	q := d * d * d * (1 - d) * (1 - d) * (1 - d)
	// Sums over the other groups: every size, with one group of size ni taken out.
	var s1, s2, pairs, triples, liaisonVar float64
	for _, sc := range sizes {
		c := float64(sc.count)
		if sc.size == size {
			c--
		}
		x := float64(sc.size)
		s1 += c * x
		s2 += c * x * x
		pairs += c * x * (x - 1)
		triples += c * x * (x - 1) * (x - 2)
		liaisonVar += c * x * choose2(N-x-ni)
	}
	var v [NumRoles + 1]float64
	exp[Coordinator] = p * (ni - 1) * (ni - 2)
	v[Coordinator] = exp[Coordinator]*(1-p) + 2*(ni-1)*(ni-2)*(ni-3)*q
	exp[Itinerant] = p * pairs
	v[Itinerant] = exp[Itinerant]*(1-p) + 2*triples*q
	exp[Representative] = p * (N - ni) * (ni - 1)
	v[Representative] = exp[Representative]*(1-p) + 2*((ni-1)*choose2(N-ni)+(N-ni)*choose2(ni-1))*q
	exp[Gatekeeper], v[Gatekeeper] = exp[Representative], v[Representative]
	exp[Liaison] = p * (s1*s1 - s2)
	v[Liaison] = exp[Liaison]*(1-p) + 4*liaisonVar*q
	exp[NumRoles] = p * (N - 1) * (N - 2)
	v[NumRoles] = exp[NumRoles]*(1-p) + 2*(N-1)*(N-2)*(N-3)*q
	for k := range v {
		sd[k] = math.Sqrt(v[k])
	}
	return exp, sd
}

// choose2 is x(x-1)/2, R's choose(x, 2) for x >= 0.
func choose2(x float64) float64 { return x * (x - 1) / 2 }
