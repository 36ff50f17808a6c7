// Package sqlstore implements alliances.Store, and team.Store, on SQL: an embedded
// SQLite database through the pure-Go modernc.org/sqlite driver (no cgo, one file,
// nothing to install), or PostgreSQL through pgx, for a team's server. One SQL serves
// both; what differs (placeholders, the catalog, transactions and their retries, each
// dialect's migrations) is in dialect.go and postgres.go.
//
// Every version of every claim is a row of the claims table; the current version has no
// recorded_to. An import runs in one transaction, so that a bad file or a crash leaves
// the database as it was. On SQLite concurrent writers queue on its lock (with a busy
// timeout) instead of failing at once; on PostgreSQL every write is SERIALIZABLE and run
// again when the database answers that a concurrent one collided with it. Schema
// migrations are embedded in the binary and applied on Open, each in its own
// transaction, with the same numbers in both dialects.
package sqlstore
