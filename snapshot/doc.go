// Package snapshot cuts the record into the graphs analyses run on. An [Index] holds the
// record's ties in compact columns (actor numbers, kind, sign, day ranges, status,
// credibility, reliability, weight, basis); [Index.Snapshot] selects the ties that hold
// at a date and pass the filters, folds the parts of organizations into the whole, and
// [Snapshot.Graph] lays the selected ties out as a graph.CSR, directed or not, signed or
// not, keeping for every arc the ties behind it, so that every number an analysis prints
// can be explained by its evidence.
//
// An index is built once and serves any number of snapshots: a series of monthly
// snapshots costs one pass over the columns per month, with no allocation per tie beyond
// the selected edges.
//
// The rules, each motivated in docs/analysis.md:
//   - Layers. Every tie kind belongs to a layer (alliances.Layer). A snapshot reads the
//     alignment layer alone unless asked for more (Filter.Layers): process ties (deals,
//     talks, mediations) then count as positive ties at their layer's weight, 0.5 by
//     default; a deal that aligns its parties (business, defection, power-sharing) counts
//     in the alignment layer, once. Membership is never a signed tie: it folds.
//   - Dates. At a day, the ties active that day. At a coarser period (a month, a year, a
//     window), the ties that cover more than half of its days (Majority), so that a month
//     holds the state that prevailed in it and not both sides of a defection in its
//     middle; Overlap Any keeps every tie active on some day of the period. Strict ranges
//     by default, fuzzy ranges on request, or one random draw of the uncertain dates. An
//     unknown end ("2016/", "/2018") possibly reaches ten years beyond the known one, not
//     forever; an open end ("2016/..") runs on.
//   - Weights. A tie weighs its intensity (1 token .. 5 decisive), DefaultIntensity (3)
//     when the record does not give one, times its layer's weight, and optionally times
//     (7 - credibility) / 6.
//   - Pairs. The ties between two actors merge into one arc: per kind the strongest tie
//     (several claims of one kind are evidence of one relationship), summed with the
//     kinds' signs. The net value's sign is the arc's sign.
//   - Statuses. Unless statuses are chosen, denied and retracted ties are left out: the
//     record keeps them as claims, analyses do not count them.
//   - Credibility and reliability. A tie's credibility is the strongest among the
//     citations that assert it; its reliability the best grade among their sources.
//   - Folding. Each actor with a membership tie (element, faction, member, leader) in the
//     snapshot folds into the top of its chain at the date; with several parents at
//     once, the role that comes first decides (element, faction, leader, member), then
//     the latest start. Ties between an actor and its own organization disappear. A
//     part's ties (an element's, a faction's, a member's) count Filter.PartWeight of
//     their weight: a police post's local truce is not its state's policy; a leader's
//     count in full.
//   - Categories. Actors of kind category (collective terms, regime forms) are left out
//     with their ties unless asked for.
//   - Mediations. A mediation is recorded in Snapshot.Mediations whatever the layers, its
//     two parties unordered; read in the process layer it gives two edges, from the
//     mediator to each party.
package snapshot
