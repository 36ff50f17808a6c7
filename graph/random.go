package graph

import "math/rand/v2"

// Random returns the edges of a G(n, m) random graph: m edges drawn uniformly among the
// pairs of n nodes, without self-loops (duplicates may occur and merge when built), with
// weights uniform in [1, 2) and, with probability negative, sign -1.
func Random(rng *rand.Rand, n, m int, negative float64) []Edge {
	edges := make([]Edge, 0, m)
	for len(edges) < m {
		u, v := rng.Int32N(int32(n)), rng.Int32N(int32(n))
		if u == v {
			continue
		}
		s := int8(1)
		if rng.Float64() < negative {
			s = -1
		}
		edges = append(edges, Edge{From: u, To: v, W: 1 + rng.Float64(), S: s})
	}
	return edges
}
