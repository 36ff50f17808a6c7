// Package datasets reads the field's data sets into a case: UCDP's External Support
// Dataset (ucdp-esd), armed conflict data (ucdp-acd) and georeferenced events (ucdp-ged),
// ATOP's alliances (atop), ACLED's events (acled), event data coded in CAMEO (icews) and
// PLOVER (plover), and STIX 2.1 bundles (stix), each row cited by the data set, its
// version and the row, every actor resolved through the registry (the actors a store's
// cases share, with their external ids and name variants) and the names it could not
// resolve listed for the analyst.
//
// An importer reads its file once, row by row, and keeps what the rows add up to (ties,
// and events where the data set has them), not the rows. What it returns is the data
// set's part of a case: one source, the actors it had to create, its ties and events,
// every id beginning with the importer's prefix ("ucdp-esd-1", "acled"...), so that importing
// the file again replaces that part and leaves the rest of the case as it was (see
// Replace).
//
// The rules that map each data set's codes onto the project's kinds, forms, statuses and
// dates are written with each importer, and in docs/datasets.md.
package datasets
