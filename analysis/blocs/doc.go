// Package blocs partitions an undirected signed graph into blocs by Doreian and Mrvar's
// (1996) structural balance criterion, and follows the blocs through time.
//
// A partition of the nodes into at most k clusters costs
//
//	P = α · N + (1 − α) · Q
//
// where N is the number (or, weighted, the summed |weight|) of negative ties inside
// clusters and Q that of positive ties between clusters; α in (0, 1) weighs the two
// kinds of inconsistency, 0.5 by default. P = 0 exactly when the graph is
// k-clusterable, Davis's (1967) weak balance. Finding the least P is NP-hard;
// Partition solves small graphs exactly by branch and bound and larger ones by
// Doreian and Mrvar's relocation heuristic, from several starts, each followed by
// perturbations (iterated local search).
//
// Ties of sign 0 (positive and negative ties between a pair that cancelled when the
// graph was built) are no ties. A node without ties has no bloc: its cluster is -1.
// Every inconsistent tie is reported by the index in Adj of its arc from the lower- to
// the higher-numbered node, so that each can be explained by the ties behind it.
package blocs
