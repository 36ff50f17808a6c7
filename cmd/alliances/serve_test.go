package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances/server"
	"github.com/alliances-project/alliances/sqlstore"
)

// TestAPIAnswersAsTheCommandLine asks the same questions of the command line (--json)
// and of the API, on both built-in cases, and requires the same answer: every analysis,
// at a date and over a series, with --explain and --robust, and the record's lists.
func TestAPIAnswersAsTheCommandLine(t *testing.T) {
	c := newCLI(t)
	c.ok("cases") // fills the database with the built-in cases
	db, err := sqlstore.Open(context.Background(), c.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h := server.New(db, nil)
	for _, tt := range []struct{ cli, api string }{
		{"cases", "/api/v1/cases"},
		{"actors taliban", "/api/v1/actors?q=taliban"},
		{"actor hizb-e-islami --at 2016", "/api/v1/actors/hizb-e-islami?at=2016"},
		{"ties --actor taliban --at 2021 --kind support", "/api/v1/ties?actor=taliban&at=2021&kind=support"},
		{"sources --case idlib-2018-2019", "/api/v1/sources?case=idlib-2018-2019"},
		{"timeline --actor hizb-e-islami", "/api/v1/timeline?actor=hizb-e-islami"},
		{"history tie-hizb-peace-deal-2016", "/api/v1/claims/tie-hizb-peace-deal-2016/history"},
		{"balance --at 2016", "/api/v1/analyses/balance?at=2016"},
		{"balance --at 2016 --fuzzy --robust --explain", "/api/v1/analyses/balance?at=2016&fuzzy&robust&explain"},
		{"balance --from 2015 --to 2021 --case idlib-2018-2019", "/api/v1/analyses/balance?from=2015&to=2021&case=idlib-2018-2019"},
		{"blocs --at 2021", "/api/v1/analyses/blocs?at=2021"},
		{"blocs --at 2019 --k 3 --robust --case idlib-2018-2019", "/api/v1/analyses/blocs?at=2019&k=3&robust=true&case=idlib-2018-2019"},
		{"blocs --from 2016 --to 2021 --unweighted", "/api/v1/analyses/blocs?from=2016&to=2021&unweighted=1"},
		{"brokers --at 2021", "/api/v1/analyses/brokers?at=2021"},
		{"brokers --at 2019 --groups parents --no-fold --weighted --robust --explain", "/api/v1/analyses/brokers?at=2019&groups=parents&no-fold&weighted&robust&explain"},
		{"centrality --at 2021", "/api/v1/analyses/centrality?at=2021"},
		{"centrality --at 2016 --weighted --sort pagerank --robust --layers alignment,process=0.25", "/api/v1/analyses/centrality?at=2016&weighted&sort=pagerank&robust&layers=alignment,process%3D0.25"},
		{"supporters taliban --from 2020 --to 2021", "/api/v1/analyses/supporters/taliban?from=2020&to=2021"},
		{"supporters hts --from 2018 --to 2019 --robust --explain", "/api/v1/analyses/supporters/hts?from=2018&to=2019&robust&explain"},
		{"path taliban pakistan --at 2021", "/api/v1/analyses/path?from=taliban&to=pakistan&at=2021"},
		{"path hizb-e-islami taliban --at 2016 --robust", "/api/v1/analyses/path?from=hizb-e-islami&to=taliban&at=2016&robust"},
		{"cascade --at 2021 --seed taliban", "/api/v1/analyses/cascade?at=2021&seed=taliban"},
		{"cascade --at 2021-05 --seed taliban --record 2021-06/2021-08 --fit --without pakistan", "/api/v1/analyses/cascade?at=2021-05&seed=taliban&record=2021-06/2021-08&fit&without=pakistan"},
		{"diff 2016 2021", "/api/v1/analyses/diff?from=2016&to=2021"},
		{"diff 2018 2019 --robust --case idlib-2018-2019", "/api/v1/analyses/diff?from=2018&to=2019&robust&case=idlib-2018-2019"},
	} {
		var want any
		if err := json.Unmarshal([]byte(c.ok(append(strings.Fields(tt.cli), "--json")...)), &want); err != nil {
			t.Fatalf("%s --json: %v", tt.cli, err)
		}
		req := httptest.NewRequest("GET", tt.api, nil)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		var got any
		if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || w.Code != http.StatusOK {
			t.Errorf("GET %s: %d %v\n%s", tt.api, w.Code, err, w.Body)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("GET %s answers otherwise than alliances %s --json", tt.api, tt.cli)
		}
	}
}

// TestServeListensAndStops starts the command on a free port of the loopback address,
// asks it a question, and stops it as an interrupt does.
func TestServeListensAndStops(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	out, w := io.Pipe()
	m := &Main{Stdin: strings.NewReader(""), Stdout: w, Stderr: io.Discard, Getenv: func(k string) string {
		if k == "ALLIANCES_DB" {
			return c.db
		}
		return ""
	}, Now: time.Now}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- m.Run(ctx, []string{"serve", "--addr", "127.0.0.1:0"})
		m.Close()
		w.Close()
	}()
	lines := bufio.NewScanner(out)
	if !lines.Scan() {
		t.Fatalf("serve printed nothing: %v", <-done)
	}
	addr := regexp.MustCompile(`http://127\.0\.0\.1:[0-9]+`).FindString(lines.Text())
	if addr == "" {
		t.Fatalf("serve printed %q, without its address", lines.Text())
	}
	resp, err := http.Get(addr + "/api/v1/analyses/balance?at=2016")
	if err != nil {
		t.Fatal(err)
	}
	var b struct {
		Census struct{ Triangles int } `json:"census"`
	}
	err = json.NewDecoder(resp.Body).Decode(&b)
	resp.Body.Close()
	// 9 triangles at 2016: the number the command line's balance --at 2016 gives on the
	// built-in case (see TestAPIAnswersAsTheCommandLine for the whole answer).
	if err != nil || resp.StatusCode != http.StatusOK || b.Census.Triangles != 9 {
		t.Errorf("balance at 2016 over HTTP: %d, %d triangles (%v), want 200 and 9", resp.StatusCode, b.Census.Triangles, err)
	}
	stop()
	go io.Copy(io.Discard, out)
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve stopped with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after its context ended")
	}
}

// TestServeRefusesRemoteAddresses checks that serving to other machines, without
// accounts, takes an explicit flag.
func TestServeRefusesRemoteAddresses(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{{"serve", "--addr", "0.0.0.0:0"}, {"serve", "--addr", ":0"}, {"serve", "--addr", "no-port"}} {
		_, errOut, code := c.run(args...)
		if code != exitUsage || !strings.Contains(errOut, "--addr") {
			t.Errorf("alliances %s: exit %d %q, want a usage error about --addr", strings.Join(args, " "), code, errOut)
		}
	}
}

// startServe runs alliances serve with args on a free port of the loopback address,
// and returns its address; the server stops when the test ends.
func startServe(t *testing.T, c *cli, args ...string) string {
	t.Helper()
	out, w := io.Pipe()
	m := &Main{Stdin: strings.NewReader(""), Stdout: w, Stderr: io.Discard, Getenv: func(k string) string {
		if k == "ALLIANCES_DB" {
			return c.db
		}
		return ""
	}, Now: time.Now}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- m.Run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...))
		m.Close()
		w.Close()
	}()
	t.Cleanup(func() { stop(); go io.Copy(io.Discard, out); <-done })
	lines := bufio.NewScanner(out)
	if !lines.Scan() {
		t.Fatalf("serve printed nothing: %v", <-done)
	}
	addr := regexp.MustCompile(`127\.0\.0\.1:[0-9]+`).FindString(lines.Text())
	if addr == "" {
		t.Fatalf("serve printed %q, without its address", lines.Text())
	}
	go io.Copy(io.Discard, out)
	return addr
}

// TestServeDropsSlowClients: a client that sends half a request and waits is cut off
// when the time to send the headers is up, and so is one that sends its headers but
// not the body they announce.
func TestServeDropsSlowClients(t *testing.T) {
	old := serveTimeouts
	serveTimeouts.header, serveTimeouts.read = 300*time.Millisecond, 600*time.Millisecond
	t.Cleanup(func() { serveTimeouts = old })
	c := newCLI(t)
	c.ok("cases")
	addr := startServe(t, c)
	for _, half := range []string{
		"GET /api/v1/cases HTTP/1.1\r\nHost: x\r\n",
		"POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{",
	} {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		conn.Write([]byte(half))
		conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		_, err = io.ReadAll(conn) // the server closes the connection (perhaps after a 408)
		took := time.Since(start)
		conn.Close()
		if err != nil || took > 5*time.Second {
			t.Errorf("a client sending %q and waiting: cut off after %v (%v), want within the timeouts", half, took, err)
		}
	}
}

// TestServeTeamNeedsAnAdmin: serve --team refuses a store without an admin, saying how
// to add one; with one, a request without a session is refused.
func TestServeTeamNeedsAnAdmin(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	_, errOut, code := c.run("serve", "--team", "--addr", "127.0.0.1:0")
	if code != exitInvalid || !strings.Contains(errOut, "users add NAME --role admin") {
		t.Errorf("serve --team without an admin: exit %d %q, want the command that adds one", code, errOut)
	}
	c.stdin = "a long enough password\n"
	c.ok("users", "add", "admin", "--role", "admin", "--password-stdin")
	addr := startServe(t, c, "--team")
	resp, err := http.Get("http://" + addr + "/api/v1/cases")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("GET /api/v1/cases without a session: %d, want 401", resp.StatusCode)
	}
	// The server writes to its store (sessions, decisions): on a database that holds a
	// case it opens it for writing, and one signs in.
	resp, err = http.Post("http://"+addr+"/api/v1/session", "application/json", strings.NewReader(`{"name":"admin","password":"a long enough password"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusCreated {
		t.Errorf("sign-in on the command's team server: %d %s, want a session", resp.StatusCode, body)
	}
}

// TestExportWithTheAuditTrail: export --audit writes the case's audit trail beside it,
// oldest first: the import that loaded the built-in case, then the one that changed it.
func TestExportWithTheAuditTrail(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	dir := t.TempDir()
	c.ok("export", "--case", "idlib-2018-2019", "--out", dir+"/idlib.yaml")
	body, err := os.ReadFile(dir + "/idlib.yaml")
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(body), "title: ", "title: Edited, ", 1)
	if err := os.WriteFile(dir+"/idlib.yaml", []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	c.ok("import", dir+"/idlib.yaml")
	c.ok("export", "--case", "idlib-2018-2019", "--out", dir+"/again.yaml", "--audit", dir+"/audit.jsonl")
	lines, err := os.ReadFile(dir + "/audit.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(string(lines)), "\n") {
		var e struct{ User, Action, Case string }
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		got = append(got, e.Action+" "+e.Case+" by "+e.User)
	}
	want := "import idlib-2018-2019 by " + cliLogin() + ", import idlib-2018-2019 by " + cliLogin()
	if strings.Join(got, ", ") != want {
		t.Errorf("the audit trail exported: %q, want %q (the loading, then the edit, oldest first)", strings.Join(got, ", "), want)
	}
	if _, errOut, code := c.run("export", "--case", "idlib-2018-2019", "--out", dir+"/x.yaml", "--audit", dir+"/x.yaml"); code != exitUsage {
		t.Errorf("--audit onto the case's own file: exit %d %q, want a usage error", code, errOut)
	}
}
