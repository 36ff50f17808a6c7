// Package sqlite implements alliances.Store on an embedded SQLite database, through the
// pure-Go modernc.org/sqlite driver: no cgo, one file, nothing to install.
//
// Every version of every claim is a row of the claims table; the current version has no
// recorded_to. An import runs in one immediate transaction, so that a bad file or a
// crash leaves the database as it was, and concurrent writers queue on SQLite's lock
// (with a busy timeout) instead of failing at once. Schema migrations are embedded in
// the binary and applied on Open, each in its own transaction.
package sqlstore
