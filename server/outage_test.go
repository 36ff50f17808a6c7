package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/internal/pgtest"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/team"
)

// cutter is a TCP proxy to a database server that a test can cut (every connection
// closed, new ones refused) and restore on the same address, as a database stopped and
// started again looks to the program.
type cutter struct {
	t      *testing.T
	addr   string
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  []net.Conn
}

func newCutter(t *testing.T, target string) *cutter {
	c := &cutter{t: t, target: target}
	c.listen("127.0.0.1:0")
	t.Cleanup(c.cut)
	return c
}

func (c *cutter) listen(addr string) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		c.t.Fatal(err)
	}
	c.mu.Lock()
	c.ln, c.addr = ln, ln.Addr().String()
	c.mu.Unlock()
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", c.target)
			if err != nil {
				in.Close()
				continue
			}
			c.mu.Lock()
			c.conns = append(c.conns, in, out)
			c.mu.Unlock()
			go func() { io.Copy(out, in); out.Close() }()
			go func() { io.Copy(in, out); in.Close() }()
		}
	}()
}

// cut closes the listener and every connection.
func (c *cutter) cut() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ln != nil {
		c.ln.Close()
		c.ln = nil
	}
	for _, conn := range c.conns {
		conn.Close()
	}
	c.conns = nil
}

// TestTeamDatabaseGoneAndBack cuts a team server from its PostgreSQL database while it
// serves, as a database stopped under load looks to it: requests are answered 503 with
// a message that says what to check, none 500 and none hangs; when the database is
// back, the server answers again by itself, with nothing restarted.
func TestTeamDatabaseGoneAndBack(t *testing.T) {
	base, err := url.Parse(pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	proxy := newCutter(t, base.Host)
	viaProxy := *base
	viaProxy.Host = proxy.addr
	q := viaProxy.Query()
	q.Set("connect_timeout", "2")
	viaProxy.RawQuery = q.Encode()
	ctx := context.Background()
	db, err := sqlstore.Open(ctx, viaProxy.String())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	recs, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import(ctx, recs...); err != nil {
		t.Fatal(err)
	}
	if err := db.AddUser(ctx, team.User{Name: "ana", Role: team.Analyst, Access: []team.Access{{Case: team.AllCases, Edit: true}}},
		team.HashPassword(testPassword), "test"); err != nil {
		t.Fatal(err)
	}
	h := New(db, nil)
	h.UseAccounts(Accounts{Store: db, Secure: true})
	ts := &teamServer{t: t, h: h, db: db}
	ana := ts.token("ana")
	reads := []string{"/api/v1/cases", "/api/v1/ties?actor=taliban", "/api/v1/actors/taliban", "/api/v1/network?at=2016"}
	for _, r := range reads {
		if code, body, _ := ts.do(ana, "GET", r, nil); code != http.StatusOK {
			t.Fatalf("GET %s before the outage: %d %v", r, code, body)
		}
	}

	proxy.cut()
	h.changed() // the next reading asks the store what changed, as it does each second
	time.Sleep(time.Second)
	for _, r := range append(reads, "POST /api/v1/proposals") {
		method, path := "GET", r
		var body any
		if strings.HasPrefix(r, "POST ") {
			method, path = "POST", strings.TrimPrefix(r, "POST ")
			body = map[string]any{"case": "afghanistan-2021", "entity": "tie", "claim": "tie-during-outage",
				"body": map[string]any{"subject": "iran", "object": "taliban", "kind": "support", "valid": "2021",
					"citations": []map[string]any{{"source": "newlines-2021", "locator": "¶30", "credibility": 3}}}}
		}
		start := time.Now()
		code, got, _ := ts.do(ana, method, path, body)
		if took := time.Since(start); took > 15*time.Second {
			t.Errorf("%s %s during the outage took %v", method, path, took)
		}
		msg := errorMessage(got)
		if code != http.StatusServiceUnavailable || errorKind(got) != "unavailable" ||
			!(strings.Contains(msg, "cannot reach the PostgreSQL server") || strings.Contains(msg, "cannot serve now")) {
			t.Errorf("%s %s during the outage: %d %v, want 503 saying the database cannot be reached", method, path, code, got)
		}
	}

	proxy.listen(proxy.addr) // the database is back, at the same address
	deadline := time.Now().Add(15 * time.Second)
	for _, r := range reads {
		for {
			code, got, _ := ts.do(ana, "GET", r, nil)
			if code == http.StatusOK {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("GET %s after the outage: still %d %v", r, code, got)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	if ps, err := db.Proposals(ctx, team.ProposalFilter{}); err != nil || len(ps) != 0 {
		t.Errorf("proposals after the outage: %v, %v; want none (the one sent during it was refused)", ps, err)
	}
}
