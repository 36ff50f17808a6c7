// Package paths finds the chains that connect two actors: the shortest ones (fewest
// steps) and the strongest ones (largest product of tie strengths), each returned as its
// node sequence and the arcs it uses, so that the caller can show every step with the
// ties and the evidence behind it.
//
// Both functions work on directed and undirected graphs (an undirected edge is two arcs;
// a path uses the arc in the direction it walks). Signs are not read: to follow only
// support, pass the positive part of a signed graph ([graph.CSR.Positive]).
//
// Results are deterministic. Shortest lists equally short chains in lexicographic order
// of their node sequences. Strongest puts fewer steps first among equally strong chains
// (strengths equal to 1e-12 relative count as equal); further ties are broken by node
// sequence among the chains Yen's algorithm compares, and by the search order for the
// first one.
package paths
