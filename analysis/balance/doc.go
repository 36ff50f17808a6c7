// Package balance measures structural balance in an undirected signed graph: the census
// of signed triangles, the unbalanced triangles themselves, and the frustration index.
//
// Heider (1946) called a triad balanced when "the enemy of my enemy is my friend";
// Cartwright and Harary (1956) put it in graph terms: a cycle is balanced when the
// product of its signs is positive, and a signed graph is balanced when every cycle is,
// which holds exactly when its nodes split into two camps with every positive tie inside
// a camp and every negative tie between them. Davis (1967) relaxed this to "weak
// balance" (clusterability into any number of camps), under which an all-negative
// triangle is balanced too.
//
// The graphs are graph.CSR values with Directed false and S set. An arc whose sign is 0
// (positive and negative ties between the pair cancelled when the graph was built) is
// no tie at all here: it is in no triangle and never frustrated. An unsigned graph (S
// nil) is read as all positive. Edges are named by the index in Adj of their arc from
// the lower-numbered to the higher-numbered node, so that a caller can explain every
// count by the ties behind that arc.
package balance
