package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/server"
)

func (m *Main) runServe(ctx context.Context, args []string) error {
	f := m.flags("serve", "[--addr HOST:PORT] [--allow-remote]", `Serve offers the app at / (the network through time, the evidence of each tie, the maps,
the timelines and the analyses, in a browser) and answers over HTTP what the other commands
print: a JSON API under /api/v1, described at /api/v1/openapi.json. Every answer is what the command's --json prints
for the same question, with the flags as query parameters (/api/v1/analyses/balance?at=2016).
The server only reads the store; it reads a case once and again only after an import has
changed the store. It listens on the loopback address unless told otherwise: there are no
accounts yet, and anyone who can reach the port reads every case. It stops on an interrupt.`)
	addr := f.String("addr", "127.0.0.1:8421", "the `address` to listen on: HOST:PORT (port 0: any free port)")
	remote := f.Bool("allow-remote", false, "listen on an address other machines can reach (no authentication: anyone reaching it reads every case)")
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
		return usageError("--addr %s is not a loopback address: other machines could read every case, and there are no accounts yet; add --allow-remote to serve it all the same", *addr)
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return alliances.Errorf(alliances.Unavailable, "serve", "cannot listen on %s: %v", *addr, err)
	}
	srv := &http.Server{
		Handler:           server.New(db, log.New(m.Stderr, "alliances serve: ", log.LstdFlags)),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	if !loopback(host) {
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

// loopback reports whether a host names this machine only: localhost or a loopback
// address. An empty host listens on every address.
func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
