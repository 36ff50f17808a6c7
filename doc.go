// Package alliances holds the domain model of the alliances system: the record that
// conflict analysts keep of alliance and support networks through time.
//
// # Claims, not facts
//
// A [Tie] is a claim about a relationship between two [Actor]s: its kind (which fixes
// its sign and whether it is directed), when it held (its valid time, an uncertain EDTF
// interval) and the [Citation]s that are its evidence. Two episodes of the same kind
// between the same pair are two ties; the record never merges them. A citation names a
// [Source], where in it the claim is made, how credible the analyst judges the claim on
// the Admiralty scale, whom the source attributes it to, and whether the source asserts
// or denies it.
//
// # Valid time and recorded time
//
// The record is bitemporal. Valid time says when a relationship held in the world
// ("allied 1996-97"); recorded time says when the record learned a claim and when it was
// superseded or retracted. Nothing is overwritten: an edit records a new version and
// closes the old one, a retraction closes the last version, and every query can be asked
// "as known on" a past instant ([TieFilter.KnownAt]).
//
// # Cases
//
// Records come in cases, the files analysts write and keep in version control (package
// casefile). Each source, actor, tie and event belongs to the case that recorded it;
// importing a case again records what changed and retracts what the case no longer holds.
//
// This package imports only the standard library and the edtf package, which itself
// imports only the standard library. Storage lives in adapters (package sqlstore) that
// implement [Store].
package alliances
