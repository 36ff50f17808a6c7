package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"runtime/debug"
	"slices"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/server"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/team"
)

func (m *Main) runServe(ctx context.Context, args []string) error {
	f := m.flags("serve", "[--addr HOST:PORT] [--team] [--allow-remote]", `Serve offers the app at / (the network through time, the evidence of each tie, the maps,
the timelines and the analyses, in a browser) and answers over HTTP what the other commands
print: a JSON API under /api/v1, described at /api/v1/openapi.json. Every answer is what the command's --json prints
for the same question, with the flags as query parameters (/api/v1/analyses/balance?at=2016).
It reads a case once and again only after the store has changed.

Without --team the server only reads, and anyone who reaches the port reads every case: it
listens on the loopback address unless told otherwise. With --team it is a team's: every
request comes from a user (alliances users), signed in to the app or with an API token,
who reads the cases granted; analysts propose changes in the app, reviewers accept or
reject them, and the audit trail (alliances audit) keeps who did what. A team server
is meant for PostgreSQL (--db postgres://...), which several servers may share. It stops
on an interrupt.`)
	addr := f.String("addr", "127.0.0.1:8421", "the `address` to listen on: HOST:PORT (port 0: any free port)")
	remote := f.Bool("allow-remote", false, "listen on an address other machines can reach")
	teamMode := f.Bool("team", false, "require accounts: sign-in, roles, proposals and review, the audit trail")
	insecure := f.Bool("insecure-cookies", false, "with --team: session cookies without the Secure flag, for plain HTTP from other machines (behind a TLS proxy, leave it out)")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() > 0 {
		return usageError("serve takes flags only, got %q", f.Arg(0))
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		return usageError("--addr %q, expected HOST:PORT such as 127.0.0.1:8421", *addr)
	}
	if !loopback(host) && !*remote {
		if *teamMode {
			return usageError("--addr %s is not a loopback address; add --allow-remote to serve other machines (behind a TLS proxy)", *addr)
		}
		return usageError("--addr %s is not a loopback address: other machines could read every case without an account; add --team for accounts, or --allow-remote to serve it all the same", *addr)
	}
	if *insecure && !*teamMode {
		return usageError("--insecure-cookies goes with --team")
	}
	// The server writes (a team's sessions and decisions, the app's editing forms): its
	// store is opened for writing, and seeded when empty.
	db, err := m.store(ctx, f, false)
	if err != nil && !*teamMode {
		// Without accounts the app only reads, edits aside: a database on read-only
		// media is served read-only, as the commands that read open it.
		if ro, roErr := m.store(ctx, f, true); roErr == nil {
			fmt.Fprintf(m.Stderr, "alliances: %v; serving it read-only (the app's edits will be refused)\n", err)
			db, err = ro, nil
		}
	}
	if err != nil {
		return err
	}
	if sq, ok := db.(*sqlstore.DB); ok && !sq.ReadOnly() {
		if err := m.seed(ctx, sq); err != nil {
			return err
		}
	}
	if m.Getenv("GOGC") == "" {
		// A server's live heap is the cases it keeps in memory, small beside the soft
		// memory limit; collecting when the heap has grown fivefold rather than twofold
		// leaves the CPU to the requests (a fifth of it went to the collector under
		// the load of docs/benchmarks.md).
		debug.SetGCPercent(400)
	}
	handler := server.New(db, log.New(m.Stderr, "alliances serve: ", log.LstdFlags))
	if *teamMode {
		ts, ok := db.(team.Store)
		if !ok {
			return alliances.Errorf(alliances.Unavailable, "serve", "this store keeps no accounts")
		}
		users, err := ts.Users(ctx)
		if err != nil {
			return err
		}
		if !slices.ContainsFunc(users, func(u team.User) bool { return u.Role == team.Admin && !u.Disabled }) {
			return alliances.Errorf(alliances.Invalid, "serve", "--team: the store has no admin yet; add one first: alliances users add NAME --role admin --db %s", m.dbFile)
		}
		handler.UseAccounts(server.Accounts{Store: ts, Secure: !*insecure})
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return alliances.Errorf(alliances.Unavailable, "serve", "cannot listen on %s: %v", *addr, err)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: serveTimeouts.header,
		ReadTimeout:       serveTimeouts.read,
		WriteTimeout:      serveTimeouts.write,
		IdleTimeout:       serveTimeouts.idle,
		MaxHeaderBytes:    64 << 10,
	}
	if !loopback(host) && !*teamMode {
		fmt.Fprintf(m.Stderr, "alliances: warning: serving on %s, reachable from other machines, without authentication: anyone who reaches it reads every case\n", ln.Addr())
	}
	fmt.Fprintf(m.Stdout, "alliances: serving the app at http://%s/ and the API at http://%s/api/v1/ (described at /api/v1/openapi.json); interrupt to stop\n", ln.Addr(), ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return alliances.Errorf(alliances.Unavailable, "serve", "%v", err)
	case <-ctx.Done():
	}
	// Requests under way get a few seconds to finish.
	stop, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = srv.Shutdown(stop)
	if serr := <-done; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	fmt.Fprintln(m.Stdout, "alliances: stopped")
	return err
}

// serveTimeouts bound how long a client may take: to send its request's headers, the
// whole request, to read the answer, and to keep an idle connection. A slow client ties up
// a connection for no longer. Tests shorten them.
var serveTimeouts = struct{ header, read, write, idle time.Duration }{
	header: 10 * time.Second, read: 30 * time.Second, write: 2 * time.Minute, idle: 2 * time.Minute,
}

// loopback reports whether a host names this machine only: localhost or a loopback
// address. An empty host listens on every address.
func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
