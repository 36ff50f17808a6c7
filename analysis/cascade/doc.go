// Package cascade runs Granovetter's (1978) linear threshold model of collective
// behaviour on a network of positive ties: each actor moves to a side once the weighted
// share of its partners already there reaches its threshold. Runs start from the observed
// first movers, are compared with the record, fitted to it, and rerun with actors or ties
// taken out to ask what-if questions.
//
// # The model
//
// Nodes in seeds are active at round 0. At each round r = 1, 2, ... every inactive node v
// whose share
//
//	s(v) = Σ_{u active, u→v} w(u→v) / Σ_{u→v} w(u→v)
//
// reaches its threshold θ(v), s(v) ≥ θ(v), becomes active; "active" means active by the end
// of round r-1 (synchronous updating), and the run stops when a round activates no one.
// The sums run over the arcs into v (for an undirected graph, v's neighbours). A share is
// taken to reach a threshold when s(v) ≥ θ(v) - 1e-12, so that a share equal to the
// threshold on paper is not lost to rounding in the weight sums. A node without incoming
// weight has share 0: it moves at round 1 if θ ≤ 0 (Granovetter's instigators), never
// otherwise. Activation is permanent.
//
// Every activation is explained by [Result.TippedBy]: the arcs from neighbours that were
// active when the node tipped.
//
// Reference: Granovetter, M. (1978). Threshold models of collective behavior. American
// Journal of Sociology 83(6):1420–1443.
package cascade
