// Package graph holds the compact graphs that every analysis runs on: nodes numbered
// 0..n-1, edges in compressed sparse rows (CSR), optional weights and signs in arrays
// parallel to the neighbours. It knows nothing of actors, ties or evidence: package
// snapshot builds graphs from the record and keeps the labels and the ties behind each
// edge, so that every number can be explained.
//
// A CSR graph is simple: no self-loops, at most one arc from u to v. Parallel edges are
// merged when the graph is built (weights add up; the sign is that of the summed signed
// weights). An undirected graph stores each edge as two arcs, u→v and v→u.
package graph
