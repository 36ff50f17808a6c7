// Package pgtest gives tests a PostgreSQL database of their own: a fresh schema on the
// server that ALLIANCES_TEST_POSTGRES names (a URL of a database the tests may create
// schemas in), dropped when the test ends. Tests that need one skip where the variable
// is not set, so that `go test ./...` passes on a machine without PostgreSQL, unless
// ALLIANCES_REQUIRE_POSTGRES=1 says a server is meant to be there (as .ci/run, which
// starts one, does): then they fail.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5/stdlib"
)

// Env and RequireEnv name the environment variables the package reads.
const (
	Env        = "ALLIANCES_TEST_POSTGRES"
	RequireEnv = "ALLIANCES_REQUIRE_POSTGRES"
)

// Server returns the URL of the test server's database, or skips the test (fails it,
// under ALLIANCES_REQUIRE_POSTGRES=1) when none is configured.
func Server(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv(Env)
	if u == "" {
		if os.Getenv(RequireEnv) == "1" {
			tb.Fatalf("%s=1 but %s is not set: the PostgreSQL tests must run", RequireEnv, Env)
		}
		tb.Skipf("no PostgreSQL server for the tests (set %s to a database URL; .ci/run starts one)", Env)
	}
	return u
}

// URL creates an empty schema on the test server and returns a URL whose connections
// use it (search_path), dropping the schema when the test ends.
func URL(tb testing.TB) string {
	tb.Helper()
	base := Server(tb)
	db, err := sql.Open("pgx", base)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	schema := "test_" + hex.EncodeToString(b)
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		tb.Fatalf("cannot create a schema on the test server %s: %v", Env, err)
	}
	tb.Cleanup(func() {
		if _, err := db.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return WithSchema(tb, base, schema)
}

// WithSchema returns the URL with its connections' search_path set to schema.
func WithSchema(tb testing.TB, base, schema string) string {
	tb.Helper()
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("%s: %v", Env, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

var _ = stdlib.GetDefaultDriver // registers the "pgx" driver of database/sql
