package sqlstore

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/alliances-project/alliances"
)

// IsPostgres reports whether a --db value names a PostgreSQL database (a postgres:// or
// postgresql:// URL) rather than a SQLite file.
func IsPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// openPostgres opens the PostgreSQL database a URL names (as libpq and pgx read it: host,
// port, user, password, database, sslmode, and run-time settings such as search_path)
// and brings its schema up to date. Reads and writes share one pool.
func openPostgres(ctx context.Context, dbURL string) (*DB, error) {
	const op = "postgres.Open"
	db := &DB{path: redact(dbURL), Now: time.Now, dialect: postgresDialect}
	cfg, err := pgx.ParseConfig(dbURL)
	if err != nil {
		return nil, alliances.Errorf(alliances.Invalid, op,
			"%s is not a PostgreSQL URL as expected (postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=...): %v", db.path, scrub(err, dbURL))
	}
	pool := sql.OpenDB(rebinding{stdlib.GetConnector(*cfg)})
	// Connections are kept rather than opened for a burst and closed after it: a
	// PostgreSQL connection is a server process, and starting one (with its login)
	// costs more than most queries.
	pool.SetMaxOpenConns(24)
	pool.SetMaxIdleConns(24)
	pool.SetConnMaxIdleTime(5 * time.Minute)
	db.read, db.write = pool, pool
	if err := db.migrateRetrying(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	if err := db.checkSchema(ctx, db.read); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// redact returns the URL with its password left out, to be shown in messages.
func redact(dbURL string) string {
	u, err := url.Parse(dbURL)
	if err != nil {
		return "the PostgreSQL URL given"
	}
	return u.Redacted()
}

// scrub keeps a password out of an error's message.
func scrub(err error, dbURL string) string {
	msg := err.Error()
	if u, perr := url.Parse(dbURL); perr == nil && u.User != nil {
		if pw, ok := u.User.Password(); ok && pw != "" {
			msg = strings.ReplaceAll(msg, pw, "xxxxx")
		}
	}
	return msg
}

// rebinding is a connector whose connections take SQLite's placeholders (see rebind).
type rebinding struct{ driver.Connector }

func (c rebinding) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return rebindConn{conn.(*stdlib.Conn)}, nil
}

// rebindConn is pgx's connection, with the text of each statement rebound. What it does
// not override (transactions, pings, resetting a session, checking arguments) is pgx's.
type rebindConn struct{ *stdlib.Conn }

func (c rebindConn) Prepare(query string) (driver.Stmt, error) {
	return c.Conn.Prepare(rebind(query))
}

func (c rebindConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.Conn.PrepareContext(ctx, rebind(query))
}

func (c rebindConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.ExecContext(ctx, rebind(query), args)
}

func (c rebindConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.QueryContext(ctx, rebind(query), args)
}

// isSerializationFailure reports whether a transaction failed because a concurrent one
// made it (serialization_failure, deadlock_detected), so that running it again may
// succeed.
func isSerializationFailure(err error) bool {
	pe, ok := errors.AsType[*pgconn.PgError](err)
	return ok && (pe.Code == "40001" || pe.Code == "40P01")
}

// isCreateRace reports whether creating the schema failed because another program was
// creating it at the same time (a unique violation in the catalog, a table that now
// exists, a serialization failure): running the migration again finds it applied.
func isCreateRace(err error) bool {
	pe, ok := errors.AsType[*pgconn.PgError](err)
	return ok && (pe.Code == "23505" || pe.Code == "42P07" || pe.Code == "40001" || pe.Code == "40P01")
}

// wrapPostgres turns a PostgreSQL error into an *alliances.Error people can act on: a
// server that cannot be reached or refuses the login is Unavailable, with what to check;
// a table gone is a damaged database.
func (db *DB) wrapPostgres(op string, err error) error {
	if pe, ok := errors.AsType[*pgconn.PgError](err); ok {
		switch {
		case pe.Code == "42P01" || pe.Code == "42703": // undefined_table, undefined_column
			return db.damaged(op, pe.Message)
		case pe.Code == "40001" || pe.Code == "40P01":
			return &alliances.Error{Kind: alliances.Unavailable, Op: op, Err: err,
				Msg: fmt.Sprintf("database %s is busy with changes that conflict with this one (tried %d times); try again", db.path, db.dialect.retries)}
		case pe.Code == "3D000": // invalid_catalog_name
			return &alliances.Error{Kind: alliances.Unavailable, Op: op, Err: err,
				Msg: fmt.Sprintf("database %s does not exist (%s); create it (createdb NAME) or name another in the URL", db.path, pe.Message)}
		case strings.HasPrefix(pe.Code, "28"): // invalid_authorization_specification, invalid_password
			return &alliances.Error{Kind: alliances.Unavailable, Op: op,
				Msg: fmt.Sprintf("PostgreSQL refused the login to %s (%s); check the user and password in the URL", db.path, pe.Message)}
		case strings.HasPrefix(pe.Code, "08") || strings.HasPrefix(pe.Code, "53") || strings.HasPrefix(pe.Code, "57"):
			// connection exceptions, insufficient resources, operator intervention
			// (a server shutting down or starting)
			return &alliances.Error{Kind: alliances.Unavailable, Op: op, Err: err,
				Msg: fmt.Sprintf("database %s cannot serve now (%s); try again shortly", db.path, pe.Message)}
		}
		return &alliances.Error{Kind: alliances.Internal, Op: op, Err: err}
	}
	if _, ok := errors.AsType[*pgconn.ConnectError](err); ok || errors.Is(err, driver.ErrBadConn) || isNetError(err) {
		return &alliances.Error{Kind: alliances.Unavailable, Op: op, Err: err,
			Msg: fmt.Sprintf("cannot reach the PostgreSQL server of %s; check that it is running and that the URL's host and port are right", db.path)}
	}
	return &alliances.Error{Kind: alliances.Internal, Op: op, Err: err}
}

// isNetError reports an error of the connection to the server: one pgx reports as such,
// or a connection that was closed under a query.
func isNetError(err error) bool {
	if pgconn.SafeToRetry(err) || pgconn.Timeout(err) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "conn closed") || strings.Contains(msg, "connection reset") ||
		strings.Contains(msg, "broken pipe") || strings.Contains(msg, "unexpected EOF") || strings.Contains(msg, "connection refused")
}
