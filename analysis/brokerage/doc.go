// Package brokerage measures how actors sit between others: the brokerage roles of Gould
// and Fernandez (1989) on directed two-paths between groups, and Burt's (1992)
// structural-holes measures, constraint and effective size.
//
// # Brokerage roles
//
// A node B brokers the open two-path A→B→C when A→B and B→C are arcs, A ≠ C, and the arc
// A→C is absent: B is the only short way from A to C (Gould and Fernandez 1989, following
// Marsden 1982). Closed two-paths, where A→C exists, are not counted; this is what statnet's
// sna::brokerage() does (its C routine brokerage_R skips a two-path when i→k is present).
// Given a group for every node (blocs, parent organizations), each open two-path is
// classified by the groups of A, B and C:
//
//	Coordinator     w_I   A A A   all three in one group
//	Itinerant       w_O   A B A   A and C share a group, the broker is outside it (consultant)
//	Representative  b_IO  A A B   the broker shares A's group and passes outward to C
//	Gatekeeper      b_OI  A B B   the broker shares C's group and lets A's contact in
//	Liaison         b_O   A B C   all three in different groups
//
// Implementations disagree on which of representative and gatekeeper is which (some swap
// the labels by reading the two-path from C's side). This package follows Gould and
// Fernandez (1989) and sna::brokerage() (Butts, sna 2.7): the representative
// is in the sender's group and represents it outward; the gatekeeper is in the
// receiver's group and controls access into it. The columns of [Counts] are in sna's order
// (w_I, w_O, b_IO, b_OI, b_O), and [Result.Expected], [Result.SD] and [Result.Z] give
// sna's moments under random assignment of arcs at the observed density.
//
// Signs are not read: on a signed graph, pass its positive part ([graph.CSR.Positive]);
// Roles refuses a graph with negative arcs. On an undirected graph every edge is two arcs,
// so each open two-path A–B–C is counted twice, once each way, as sna does with a
// symmetric adjacency matrix.
//
// # Structural holes
//
// [Constraint] and [EffectiveSize] follow NetworkX 2.8 (networkx.constraint,
// networkx.effective_size) exactly, including its conventions: neighbours are
// predecessors and successors alike, the mutual weight of u and v is
// a_uv + a_vu, and nodes without out-arcs get NaN (see [BurtOptions]).
//
// References:
//   - Gould, R. V. and Fernandez, R. M. (1989). Structures of mediation: a formal approach
//     to brokerage in transaction networks. Sociological Methodology 19:89–126.
//   - Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
//     University Press.
//   - Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures.
//     Connections 20(1):35–38.
package brokerage
