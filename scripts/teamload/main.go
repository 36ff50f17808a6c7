// Command teamload puts a team server (alliances serve --team) under the load of
// several users at once, reading and writing, at a fixed rate, and checks that nothing
// it was told was written is missing afterwards.
//
// Each analyst token proposes new ties (POST /api/v1/proposals) and each reviewer token
// accepts proposals (POST /api/v1/proposals/ID/decision) while every token reads what
// the app reads: the network at a month, an actor's profile and ties, balance, the
// review queue, the audit trail. Requests are sent on a fixed schedule (open loop), so
// that a slow answer does not slow the load. It prints the latency percentiles of
// reads and writes, the rate reached, and every answer that was neither 2xx nor 503;
// 503 answers (the database unreachable) are counted apart, with their message, for
// runs that stop the database under load.
//
// Every write the server acknowledged is appended to -acks (JSON lines). With
// -verify, teamload reads that file back instead and checks each acknowledged write
// against the server: each proposal is there, and each acceptance recorded the claim's
// version. It exits 1 when one is missing.
//
//	go run ./scripts/teamload -url http://127.0.0.1:8421 -analysts TOKEN1,TOKEN2 \
//	    -reviewers TOKEN3 -rate 500 -duration 30s -acks acks.jsonl
//	go run ./scripts/teamload -url http://127.0.0.1:8421 -reviewers TOKEN3 -verify acks.jsonl
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

type ack struct {
	Kind     string `json:"kind"` // "proposal" or "accepted"
	Proposal string `json:"proposal"`
	Claim    string `json:"claim"`
	Version  int    `json:"version,omitempty"`
	resent   bool   // a decision sent again after its answer was lost
}

type result struct {
	write   bool
	status  int
	latency time.Duration
	msg     string
	resent  bool // a decision sent again: 409 may mean the first was taken
}

func main() {
	base := flag.String("url", "http://127.0.0.1:8421", "the team server")
	analysts := flag.String("analysts", "", "API tokens of analysts of the case, separated by commas")
	reviewers := flag.String("reviewers", "", "API tokens of reviewers of the case, separated by commas")
	caseID := flag.String("case", "afghanistan-2021", "the case read and written")
	rate := flag.Float64("rate", 500, "requests a second")
	duration := flag.Duration("duration", 30*time.Second, "how long to send")
	writes := flag.Float64("writes", 0.1, "the share of requests that write")
	acksFile := flag.String("acks", "teamload-acks.jsonl", "the file acknowledged writes are appended to")
	verify := flag.String("verify", "", "check the acknowledged writes of this file against the server, and send nothing")
	seed := flag.Uint64("seed", 1, "seed of the draws")
	faults := flag.Bool("faults", false, "the server or its database is stopped during the run: count requests it could not take (no connection) apart, not as failures")
	flag.Parse()
	as, rs := split(*analysts), split(*reviewers)
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 512, MaxConnsPerHost: 512}}
	if *verify != "" {
		if len(rs) == 0 {
			fail("-verify needs a reviewer token to read with (-reviewers)")
		}
		os.Exit(check(client, *base, rs[0], *verify))
	}
	if len(as) == 0 || len(rs) == 0 || *rate <= 0 || *writes < 0 || *writes > 1 {
		fail("usage: teamload -analysts TOKENS -reviewers TOKENS [-rate 500] [-duration 30s] [-writes 0.1] [-acks FILE]")
	}
	acks, err := os.OpenFile(*acksFile, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		fail(err.Error())
	}
	defer acks.Close()
	l := &load{client: client, base: *base, caseID: *caseID, analysts: as, reviewers: rs, acks: acks,
		rng: rand.New(rand.NewPCG(*seed, uint64(time.Now().UnixNano()))), run: time.Now().Format("150405")}
	if err := l.prepare(); err != nil {
		fail(err.Error())
	}
	n := int(*rate * duration.Seconds())
	results := make(chan result, n)
	interval := time.Duration(float64(time.Second) / *rate)
	start := time.Now()
	var wg sync.WaitGroup
	for i := range n {
		if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
			time.Sleep(d)
		}
		write := l.draw() < *writes
		wg.Go(func() { results <- l.request(i, write) })
	}
	sent := time.Since(start)
	wg.Wait()
	close(results)
	report(results, n, sent, *faults)
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "teamload:", msg)
	os.Exit(2)
}

type load struct {
	client              *http.Client
	base, caseID, run   string
	analysts, reviewers []string
	acks                io.Writer

	mu      sync.Mutex
	rng     *rand.Rand
	actors  []string
	source  string
	pending []ack // proposals acknowledged and not yet accepted
}

func (l *load) draw() float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.rng.Float64()
}

func (l *load) intn(n int) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.rng.IntN(n)
}

// prepare reads the case's actors and its first source, which the ties proposed name.
func (l *load) prepare() error {
	var actors []struct {
		ID string `json:"id"`
	}
	if _, err := l.get(l.analysts[0], "/api/v1/actors?case="+l.caseID, &actors); err != nil {
		return err
	}
	for _, a := range actors {
		l.actors = append(l.actors, a.ID)
	}
	var srcs []struct {
		ID string `json:"id"`
	}
	if _, err := l.get(l.analysts[0], "/api/v1/sources?case="+l.caseID, &srcs); err != nil {
		return err
	}
	if len(l.actors) < 2 || len(srcs) == 0 {
		return fmt.Errorf("case %s has %d actors and %d sources; it needs two and one", l.caseID, len(l.actors), len(srcs))
	}
	l.source = srcs[0].ID
	return nil
}

func (l *load) get(token, path string, out any) (int, error) {
	req, _ := http.NewRequest("GET", l.base+path, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := l.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, err
	}
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, fmt.Errorf("GET %s: %s: %s", path, resp.Status, body)
	}
	if out != nil {
		return resp.StatusCode, json.Unmarshal(body, out)
	}
	return resp.StatusCode, nil
}

// request sends one request, a read or a write, and says how it went.
func (l *load) request(i int, write bool) result {
	token := l.analysts[i%len(l.analysts)]
	method, path, body := "GET", "", any(nil)
	var accepting *ack
	if write {
		l.mu.Lock()
		if len(l.pending) > 0 && l.rng.Float64() < 0.5 {
			a := l.pending[0]
			l.pending = l.pending[1:]
			accepting = &a
		}
		l.mu.Unlock()
	}
	switch {
	case accepting != nil:
		token = l.reviewers[i%len(l.reviewers)]
		method, path = "POST", "/api/v1/proposals/"+accepting.Proposal+"/decision"
		body = map[string]any{"status": "accepted", "revision": 1}
	case write:
		a, b := l.actors[l.intn(len(l.actors))], l.actors[l.intn(len(l.actors))]
		for b == a {
			b = l.actors[l.intn(len(l.actors))]
		}
		year := 2001 + l.intn(21)
		method, path = "POST", "/api/v1/proposals"
		body = map[string]any{"case": l.caseID, "entity": "tie", "claim": fmt.Sprintf("tie-load-%s-%d", l.run, i), "reason": "load test",
			"body": map[string]any{"subject": a, "object": b, "kind": "cooperation", "valid": fmt.Sprint(year),
				"citations": []map[string]any{{"source": l.source, "locator": "¶1", "credibility": 4}}}}
	default:
		year := 2001 + l.intn(21)
		switch r := l.intn(100); {
		case r < 40:
			path = fmt.Sprintf("/api/v1/network?case=%s&at=%d-%02d", l.caseID, year, 1+l.intn(12))
		case r < 60:
			path = "/api/v1/ties?case=" + l.caseID + "&actor=" + url.QueryEscape(l.actors[l.intn(len(l.actors))])
		case r < 75:
			path = "/api/v1/actors/" + url.PathEscape(l.actors[l.intn(len(l.actors))])
		case r < 85:
			path = fmt.Sprintf("/api/v1/analyses/balance?case=%s&at=%d", l.caseID, year)
		case r < 92:
			path = "/api/v1/proposals?status=proposed&case=" + l.caseID
		case r < 97:
			path = "/api/v1/audit?limit=20&case=" + l.caseID
		default:
			path = "/api/v1/cases"
		}
	}
	var rd io.Reader
	if body != nil {
		js, _ := json.Marshal(body)
		rd = bytes.NewReader(js)
	}
	req, _ := http.NewRequest(method, l.base+path, rd)
	req.Header.Set("Authorization", "Bearer "+token)
	t := time.Now()
	resp, err := l.client.Do(req)
	if err != nil {
		if accepting != nil {
			l.requeue(*accepting)
		}
		return result{write: write, latency: time.Since(t), msg: method + " " + path + ": " + err.Error()}
	}
	out, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	r := result{write: write, status: resp.StatusCode, latency: time.Since(t), resent: accepting != nil && accepting.resent}
	if resp.StatusCode >= 300 {
		r.msg = method + " " + path + ": " + resp.Status + ": " + strings.TrimSpace(string(out))
		if accepting != nil && resp.StatusCode == http.StatusServiceUnavailable {
			l.requeue(*accepting)
		}
		return r
	}
	if write {
		var p struct {
			ID      string `json:"id"`
			Claim   string `json:"claim"`
			Version int    `json:"version"`
		}
		if err := json.Unmarshal(out, &p); err != nil {
			r.msg = "the acknowledgment does not decode: " + err.Error()
			return r
		}
		a := ack{Kind: "proposal", Proposal: p.ID, Claim: p.Claim}
		if accepting != nil {
			a.Kind, a.Version = "accepted", p.Version
		}
		line, _ := json.Marshal(a)
		l.mu.Lock()
		fmt.Fprintf(l.acks, "%s\n", line)
		if accepting == nil {
			l.pending = append(l.pending, a)
		}
		l.mu.Unlock()
	}
	return r
}

func (l *load) requeue(a ack) {
	a.resent = true
	l.mu.Lock()
	l.pending = append(l.pending, a)
	l.mu.Unlock()
}

func report(results chan result, n int, sent time.Duration, faults bool) {
	var reads, writes []time.Duration
	unavailable := map[string]int{}
	var failures []string
	refused, resentTaken := 0, 0
	for r := range results {
		switch {
		case r.status == 0 && faults:
			refused++
			continue
		case r.status == http.StatusConflict && r.resent:
			resentTaken++ // the first sending was taken before its answer was lost
			continue
		case r.status == http.StatusServiceUnavailable:
			unavailable[r.msg[strings.Index(r.msg, ": ")+2:]]++
			continue
		case r.status == 0 || r.status >= 300:
			failures = append(failures, r.msg)
			continue
		case r.write:
			writes = append(writes, r.latency)
		default:
			reads = append(reads, r.latency)
		}
	}
	fmt.Printf("%d requests sent in %.1f s (%.0f a second)\n", n, sent.Seconds(), float64(n)/sent.Seconds())
	for _, s := range []struct {
		what string
		ds   []time.Duration
	}{{"reads", reads}, {"writes", writes}, {"all", append(slices.Clone(reads), writes...)}} {
		if len(s.ds) == 0 {
			continue
		}
		slices.Sort(s.ds)
		q := func(p float64) time.Duration { return s.ds[min(len(s.ds)-1, int(p*float64(len(s.ds))))] }
		fmt.Printf("%-6s %6d answered 2xx: median %v, p90 %v, p99 %v, max %v\n", s.what, len(s.ds),
			q(0.5).Round(100*time.Microsecond), q(0.9).Round(100*time.Microsecond), q(0.99).Round(100*time.Microsecond), s.ds[len(s.ds)-1].Round(time.Millisecond))
	}
	total := 0
	for msg, k := range unavailable {
		total += k
		fmt.Printf("503 x%d: %s\n", k, msg)
	}
	if total > 0 {
		fmt.Printf("%d answered 503 (unavailable)\n", total)
	}
	if refused > 0 {
		fmt.Printf("%d found no server to take them (stopped)\n", refused)
	}
	if resentTaken > 0 {
		fmt.Printf("%d decisions sent again after their answer was lost had been taken the first time (409)\n", resentTaken)
	}
	for i, f := range failures {
		if i == 10 {
			fmt.Printf("... and %d more failures\n", len(failures)-10)
			break
		}
		fmt.Println("FAILED:", f)
	}
	fmt.Printf("%d failures\n", len(failures))
	if len(failures) > 0 {
		os.Exit(1)
	}
}

// check reads back every acknowledged write of a file: it exits 1 when one is missing.
func check(client *http.Client, base, token, file string) int {
	f, err := os.Open(file)
	if err != nil {
		fail(err.Error())
	}
	defer f.Close()
	l := &load{client: client, base: base}
	proposals, accepted, missing := 0, 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var a ack
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			fail(fmt.Sprintf("%s: %v", file, err))
		}
		var p struct {
			Status  string `json:"status"`
			Version int    `json:"version"`
		}
		if _, err := l.get(token, "/api/v1/proposals/"+a.Proposal, &p); err != nil {
			fmt.Println("MISSING:", a.Kind, a.Proposal, a.Claim, err)
			missing++
			continue
		}
		if a.Kind == "proposal" {
			proposals++
			continue
		}
		accepted++
		var versions []struct {
			Version int    `json:"version"`
			Case    string `json:"case"`
		}
		_, err := l.get(token, "/api/v1/claims/"+url.PathEscape(a.Claim)+"/history", &versions)
		if err != nil || p.Status != "accepted" || !slices.ContainsFunc(versions, func(v struct {
			Version int    `json:"version"`
			Case    string `json:"case"`
		}) bool {
			return v.Version == a.Version
		}) {
			fmt.Println("MISSING: the acceptance of", a.Proposal, "recorded", a.Claim, "version", a.Version, "; the proposal is", p.Status, err)
			missing++
		}
	}
	fmt.Printf("%d proposals and %d acceptances acknowledged; %d missing\n", proposals, accepted, missing)
	if missing > 0 {
		return 1
	}
	return 0
}
