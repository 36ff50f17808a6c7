// Package snapshot cuts the record into the graphs analyses run on. An [Index] holds the
// record's ties in compact columns (actor numbers, kind, sign, day ranges, status,
// credibility, reliability, weight); [Index.Snapshot] selects the ties active at a date
// or in a window and passing the filters (kind, sign, status, credibility, reliability),
// optionally folding factions and elements into their parent organizations; and
// [Snapshot.Graph] lays the selected ties out as a graph.CSR, directed or not, signed or
// not, keeping for every arc the ties behind it, so that every number an analysis prints
// can be explained by its evidence.
//
// An index is built once and serves any number of snapshots: a series of yearly
// snapshots costs one pass over the columns per year, with no allocation per tie beyond
// the selected edges.
//
// Conventions:
//   - A tie's weight is its intensity (1 token .. 5 decisive), or 3 when the record
//     does not give one: an unknown intensity counts as the middle of the scale, neither
//     token nor decisive.
//   - Unless statuses are chosen explicitly, ties whose status is denied or retracted
//     are left out: the record keeps them as claims, analyses do not count them.
//   - A tie's credibility is the strongest among the citations that assert it; its
//     reliability the best grade among the sources of those citations.
//   - Folding maps each actor that is a faction or an element of another (a membership
//     tie with role faction or element, active in the snapshot) to the top of its chain;
//     ties between an actor and its own parent disappear when folded.
package snapshot
