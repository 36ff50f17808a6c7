package server

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/team"
)

// teamServer is a team server on the built-in cases with four users: ana, an analyst
// of the Afghanistan case; bo, a reader of it; rev, a reviewer of every case, cleared
// for restricted sources; and idris, an analyst of the Idlib case only.
type teamServer struct {
	t  *testing.T
	h  *Server
	db *sqlstore.DB
}

const testPassword = "correct horse battery"

func newTeamServer(t *testing.T) *teamServer {
	t.Helper()
	db := builtIn(t)
	ctx := context.Background()
	for _, u := range []team.User{
		{Name: "ana", Role: team.Analyst, Access: []team.Access{{Case: "afghanistan-2021", Edit: true}}},
		{Name: "bo", Role: team.Reader, Access: []team.Access{{Case: "afghanistan-2021"}}},
		{Name: "rev", Role: team.Reviewer, Restricted: true, Access: []team.Access{{Case: team.AllCases, Edit: true}}},
		{Name: "idris", Role: team.Analyst, Access: []team.Access{{Case: "idlib-2018-2019", Edit: true}}},
	} {
		if err := db.AddUser(ctx, u, team.HashPassword(testPassword), "test"); err != nil {
			t.Fatal(err)
		}
	}
	h := New(db, nil)
	h.UseAccounts(Accounts{Store: db, Secure: true})
	return &teamServer{t, h, db}
}

// client is a user's browser: its session cookie and CSRF token.
type client struct {
	ts     *teamServer
	cookie *http.Cookie
	csrf   string
	bearer string
}

func (ts *teamServer) signIn(name string) *client {
	ts.t.Helper()
	code, body, resp := ts.do(&client{ts: ts}, "POST", "/api/v1/session", map[string]string{"name": name, "password": testPassword})
	if code != http.StatusOK {
		ts.t.Fatalf("sign-in of %s: %d %v", name, code, body)
	}
	c := &client{ts: ts, csrf: body.(map[string]any)["csrf"].(string)}
	for _, ck := range resp.Result().Cookies() {
		if ck.Name == sessionCookie {
			c.cookie = ck
			if !ck.HttpOnly || !ck.Secure || ck.SameSite != http.SameSiteStrictMode {
				ts.t.Errorf("session cookie %+v: want HttpOnly, Secure, SameSite=Strict", ck)
			}
		}
	}
	if c.cookie == nil {
		ts.t.Fatalf("sign-in of %s set no session cookie", name)
	}
	return c
}

func (ts *teamServer) token(name string) *client {
	ts.t.Helper()
	secret := team.NewSecret()
	if err := ts.db.AddToken(context.Background(), team.Token{Hash: team.HashToken(secret), ID: team.NewID(), User: name, Kind: "api", Created: time.Now()}, "test"); err != nil {
		ts.t.Fatal(err)
	}
	return &client{ts: ts, bearer: secret}
}

// do sends a request as c (nil body for none) and decodes the answer.
func (ts *teamServer) do(c *client, method, target string, body any) (int, any, *httptest.ResponseRecorder) {
	ts.t.Helper()
	var rd *bytes.Reader
	switch b := body.(type) {
	case nil:
		rd = bytes.NewReader(nil)
	case string:
		rd = bytes.NewReader([]byte(b))
	default:
		js, _ := json.Marshal(b)
		rd = bytes.NewReader(js)
	}
	req := httptest.NewRequest(method, target, rd)
	if c != nil && c.cookie != nil {
		req.AddCookie(c.cookie)
		if c.csrf != "" && method != "GET" {
			req.Header.Set(csrfHeader, c.csrf)
		}
	}
	if c != nil && c.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.bearer)
	}
	w := httptest.NewRecorder()
	ts.h.ServeHTTP(w, req)
	var out any
	if w.Code != http.StatusNotModified && w.Body.Len() > 0 {
		if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
			ts.t.Fatalf("%s %s: %d, body not JSON: %v\n%s", method, target, w.Code, err, w.Body.String())
		}
	}
	return w.Code, out, w
}

// TestTeamEveryEndpointNeedsAUser asks every endpoint of the OpenAPI document, by
// every method it lists, without a session, with a session cookie that was never
// issued, and with a malformed Authorization header: each answers 401 and says how to
// sign in (signing in itself says the name or password is wrong), and nothing is
// written.
func TestTeamEveryEndpointNeedsAUser(t *testing.T) {
	ts := newTeamServer(t)
	var targets []struct{ method, path, body string }
	examples := map[string]string{}
	for _, rt := range routes() {
		examples[rt.path] = exampleURL(rt)
	}
	for path, ops := range Document()["paths"].(map[string]any) {
		for method := range ops.(map[string]any) {
			target := examples[path]
			if target == "" {
				target = strings.ReplaceAll(path, "{id}", "abc")
			}
			body := ""
			switch {
			case path == "/api/v1/session" && method == "post":
				body = `{"name":"ana","password":"wrong"}`
			case method == "post":
				body = `{"case":"afghanistan-2021","entity":"tie","claim":"x","body":{},"status":"rejected","revision":1,"note":"no"}`
			}
			targets = append(targets, struct{ method, path, body string }{strings.ToUpper(method), target, body})
		}
	}
	if len(targets) < len(routes())+7 {
		t.Fatalf("%d requests from the document, want the routes and the team's endpoints", len(targets))
	}
	forged := &client{ts: ts, cookie: &http.Cookie{Name: sessionCookie, Value: team.NewSecret()}}
	for _, e := range targets {
		for _, c := range []*client{nil, forged, {ts: ts, bearer: "not-a-token"}} {
			code, body, _ := ts.do(c, e.method, e.path, e.body)
			if code != http.StatusUnauthorized || errorKind(body) != "unauthenticated" {
				t.Errorf("%s %s as %+v: %d %v, want 401 unauthenticated", e.method, e.path, c, code, body)
			}
		}
	}
	if es, _ := ts.db.Audit(context.Background(), team.AuditFilter{Case: "afghanistan-2021"}); len(es) != 1 || es[0].Action != "import" {
		t.Errorf("audit after the refused requests: %+v, want the import only", es)
	}
}

// TestTeamRolesAndCSRF: a reader cannot propose, an analyst cannot review nor propose
// to a case not granted, an author cannot accept their own proposal, and a change sent
// with a session cookie but without the CSRF token is refused.
func TestTeamRolesAndCSRF(t *testing.T) {
	ts := newTeamServer(t)
	ana, bo, rev, idris := ts.signIn("ana"), ts.signIn("bo"), ts.signIn("rev"), ts.signIn("idris")
	proposal := map[string]any{"case": "afghanistan-2021", "entity": "tie", "claim": "tie-new-support",
		"body": json.RawMessage(`{"subject":"iran","object":"taliban","kind":"support","valid":"2018/2021",
			"citations":[{"source":"newlines-2021","locator":"¶30","credibility":3}]}`), "reason": "¶30"}
	for _, c := range []struct {
		name string
		who  *client
		want int
	}{
		{"a reader", bo, http.StatusForbidden},
		{"a reader's API token", ts.token("bo"), http.StatusForbidden},
		{"an analyst of another case, which they cannot see", idris, http.StatusNotFound},
		{"an analyst without the CSRF token", &client{ts: ts, cookie: ana.cookie}, http.StatusForbidden},
		{"an analyst with another session's CSRF token", &client{ts: ts, cookie: ana.cookie, csrf: bo.csrf}, http.StatusForbidden},
	} {
		if code, body, _ := ts.do(c.who, "POST", "/api/v1/proposals", proposal); code != c.want {
			t.Errorf("%s proposes: %d %v, want %d", c.name, code, body, c.want)
		}
	}
	code, body, _ := ts.do(ana, "POST", "/api/v1/proposals", proposal)
	if code != http.StatusCreated {
		t.Fatalf("the analyst proposes: %d %v", code, body)
	}
	id := body.(map[string]any)["id"].(string)
	accept := map[string]any{"status": "accepted", "revision": 1}
	for _, c := range []struct {
		name string
		who  *client
	}{{"the author", ana}, {"a reader", bo}, {"an analyst of another case", idris}, {"a reviewer without the CSRF token", &client{ts: ts, cookie: rev.cookie}}} {
		if code, body, _ := ts.do(c.who, "POST", "/api/v1/proposals/"+id+"/decision", accept); code != http.StatusForbidden && code != http.StatusNotFound {
			t.Errorf("%s accepts: %d %v, want 403 (or 404 where the case is not theirs)", c.name, code, body)
		}
	}
	// A reviewer's own proposal waits for another reviewer, where there is one
	// (TestTeamOfOneDecidesItsOwnProposals: a team of one decides alone).
	if err := ts.db.AddUser(context.Background(), team.User{Name: "rev2", Role: team.Reviewer, Access: []team.Access{{Case: "afghanistan-2021", Edit: true}}},
		team.HashPassword(testPassword), "test"); err != nil {
		t.Fatal(err)
	}
	own := map[string]any{"case": "afghanistan-2021", "entity": "tie", "claim": "tie-rev-own", "reason": "¶30",
		"body": json.RawMessage(`{"subject":"iran","object":"taliban","kind":"cooperation","valid":"2021",
			"citations":[{"source":"newlines-2021","locator":"¶30","credibility":3}]}`)}
	if code, body, _ := ts.do(rev, "POST", "/api/v1/proposals", own); code != http.StatusCreated {
		t.Fatalf("the reviewer proposes: %d %v", code, body)
	} else if code, body, _ := ts.do(rev, "POST", "/api/v1/proposals/"+body.(map[string]any)["id"].(string)+"/decision", accept); code != http.StatusForbidden {
		t.Errorf("the reviewer accepts their own proposal: %d %v, want 403", code, body)
	}
	if code, body, _ := ts.do(rev, "POST", "/api/v1/proposals/"+id+"/decision", map[string]any{"status": "rejected", "revision": 1}); code != http.StatusBadRequest {
		t.Errorf("a rejection without a note: %d %v, want 400", code, body)
	}
	if code, body, _ := ts.do(rev, "POST", "/api/v1/proposals/"+id+"/decision", accept); code != http.StatusOK {
		t.Fatalf("the reviewer accepts: %d %v", code, body)
	}
	// Seen at once, by everyone who reads the case.
	code, body, _ = ts.do(bo, "GET", "/api/v1/ties?actor=iran&kind=support", nil)
	if code != http.StatusOK || !strings.Contains(mustJSON(body), "tie-new-support") {
		t.Errorf("the reader's ties of Iran after acceptance: %d %.300v, want the new tie", code, body)
	}
	// The reader does not see the other case; the analyst of Idlib does not see this one.
	if code, _, _ := ts.do(bo, "GET", "/api/v1/analyses/balance?case=idlib-2018-2019&at=2019", nil); code != http.StatusNotFound {
		t.Errorf("the reader asks about a case not granted: %d, want 404", code)
	}
	if code, body, _ := ts.do(idris, "GET", "/api/v1/cases", nil); code != http.StatusOK || strings.Contains(mustJSON(body), "afghanistan") {
		t.Errorf("idris's cases: %d %v, want Idlib's only", code, body)
	}
	// The audit trail: who proposed, who accepted.
	code, body, _ = ts.do(bo, "GET", "/api/v1/audit?claim=tie-new-support", nil)
	var steps []string
	for _, e := range body.([]any) {
		e := e.(map[string]any)
		steps = append(steps, e["user"].(string)+" "+e["action"].(string))
	}
	if got := strings.Join(steps, ", "); code != http.StatusOK || got != "rev accept, ana propose" {
		t.Errorf("audit of the tie: %d %q, want rev accept, ana propose (newest first)", code, got)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestTeamProposedAreReadInOnRequest: a pending proposal is in the record only for a
// reading that asks for proposed=include, marked with its proposal.
func TestTeamProposedAreReadInOnRequest(t *testing.T) {
	ts := newTeamServer(t)
	ana, bo := ts.signIn("ana"), ts.signIn("bo")
	code, body, _ := ts.do(ana, "POST", "/api/v1/proposals", map[string]any{"case": "afghanistan-2021", "entity": "tie", "claim": "tie-proposed",
		"body": json.RawMessage(`{"subject":"iran","object":"taliban","kind":"hostility","valid":"2021",
			"citations":[{"source":"newlines-2021","locator":"¶30","credibility":4}]}`)})
	if code != http.StatusCreated {
		t.Fatalf("propose: %d %v", code, body)
	}
	pid := body.(map[string]any)["id"].(string)
	for _, c := range []struct {
		query string
		want  bool
	}{{"", false}, {"&proposed=exclude", false}, {"&proposed=include", true}} {
		code, body, _ := ts.do(bo, "GET", "/api/v1/network?at=2021"+c.query, nil)
		got := strings.Contains(mustJSON(body), "tie-proposed")
		if code != http.StatusOK || got != c.want {
			t.Errorf("network at 2021%s: %d, holds the proposed tie %v, want %v", c.query, code, got, c.want)
		}
	}
	code, body, _ = ts.do(bo, "GET", "/api/v1/ties?actor=iran&proposed=include", nil)
	if !strings.Contains(mustJSON(body), `"proposal":"`+pid+`"`) {
		t.Errorf("the proposed tie is not marked with its proposal: %d %.400v", code, body)
	}
	if code, body, _ := ts.do(bo, "GET", "/api/v1/ties?proposed=maybe", nil); code != http.StatusBadRequest {
		t.Errorf("proposed=maybe: %d %v, want 400", code, body)
	}
}

// TestTeamRestrictedSources: a source marked restricted, and a tie resting on it alone,
// are withheld from users not cleared; the cleared reviewer sees both.
func TestTeamRestrictedSources(t *testing.T) {
	ts := newTeamServer(t)
	ctx := context.Background()
	rec, err := ts.db.Record(ctx, "afghanistan-2021", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	rec.Sources = append(rec.Sources, alliances.Source{ID: "field-report", Title: "Field report", Kind: "interview", Reliability: "C", Restricted: true})
	rec.Ties = append(rec.Ties, alliances.Tie{ID: "tie-secret", Subject: "iran", Object: "taliban", Kind: alliances.Support,
		Valid: rec.Ties[0].Valid, Citations: []alliances.Citation{{Source: "field-report", Locator: "p. 2", Credibility: 3}}})
	if _, err := ts.db.Import(ctx, rec); err != nil {
		t.Fatal(err)
	}
	ts.h.changed()
	for _, c := range []struct {
		who  string
		want bool
	}{{"bo", false}, {"ana", false}, {"rev", true}} {
		cl := ts.signIn(c.who)
		_, ties, _ := ts.do(cl, "GET", "/api/v1/ties?actor=iran", nil)
		_, srcs, _ := ts.do(cl, "GET", "/api/v1/sources?case=afghanistan-2021", nil)
		_, hist, _ := ts.do(cl, "GET", "/api/v1/network?at="+url.QueryEscape(rec.Ties[0].Valid.String()), nil)
		for what, body := range map[string]any{"ties": ties, "sources": srcs} {
			if got := strings.Contains(mustJSON(body), "field-report"); got != c.want {
				t.Errorf("%s's %s name the restricted source: %v, want %v", c.who, what, got, c.want)
			}
		}
		if got := strings.Contains(mustJSON(ties), "tie-secret") && strings.Contains(mustJSON(hist), "tie-secret"); got != c.want {
			t.Errorf("%s sees the tie resting on it alone: %v, want %v", c.who, got, c.want)
		}
	}
}

// TestTeamBadRequests: SQL metacharacters in every parameter are read as text; bodies
// too large, not JSON, or with unknown fields are refused with what is wrong.
func TestTeamBadRequests(t *testing.T) {
	ts := newTeamServer(t)
	ana := ts.signIn("ana")
	nasty := []string{"' OR '1'='1", "x\"; DROP TABLE claims; --", "%", "_", "\\", "1; SELECT pg_sleep(5)"}
	for _, rt := range routes() {
		for _, p := range rt.params {
			if p.in != "query" {
				continue
			}
			for _, v := range nasty {
				target := exampleURL(rt)
				sep := "?"
				if strings.Contains(target, "?") {
					sep = "&"
				}
				code, body, _ := ts.do(ana, "GET", target+sep+url.Values{p.name: {v}}.Encode(), nil)
				if code >= 500 {
					t.Errorf("GET %s with %s=%q: %d %v", rt.path, p.name, v, code, body)
				}
			}
		}
	}
	for _, v := range nasty {
		for _, target := range []string{"/api/v1/audit?case=", "/api/v1/proposals?author=", "/api/v1/proposals/"} {
			if code, body, _ := ts.do(ana, "GET", target+url.QueryEscape(v), nil); code >= 500 {
				t.Errorf("GET %s%q: %d %v", target, v, code, body)
			}
		}
	}
	if cs, err := ts.db.Cases(context.Background(), time.Time{}); err != nil || len(cs) != 3 {
		t.Errorf("the cases after the requests: %d, %v", len(cs), err)
	}
	for _, c := range []struct {
		name, body string
		want       int
		says       string
	}{
		{"too large", `{"case":"` + strings.Repeat("x", maxBody) + `"}`, http.StatusRequestEntityTooLarge, "larger than"},
		{"not JSON", `{"case":`, http.StatusBadRequest, "cut short"},
		{"an unknown field", `{"case":"afghanistan-2021","cas":"x"}`, http.StatusBadRequest, `unknown field "cas"`},
		{"a wrong type", `{"case":"afghanistan-2021","base":"one"}`, http.StatusBadRequest, "field base"},
	} {
		code, body, _ := ts.do(ana, "POST", "/api/v1/proposals", c.body)
		if code != c.want || !strings.Contains(errorMessage(body), c.says) {
			t.Errorf("%s: %d %.200v, want %d saying %q", c.name, code, body, c.want, c.says)
		}
	}
}

// TestTeamSignInAndOut: a wrong password and an unknown name get the same answer; a
// session signed out no longer works.
func TestTeamSignInAndOut(t *testing.T) {
	ts := newTeamServer(t)
	_, wrong, _ := ts.do(nil, "POST", "/api/v1/session", map[string]string{"name": "ana", "password": "nope"})
	_, unknown, _ := ts.do(nil, "POST", "/api/v1/session", map[string]string{"name": "nobody", "password": "nope"})
	if mustJSON(wrong) != mustJSON(unknown) || errorKind(wrong) != "unauthenticated" {
		t.Errorf("wrong password: %v; unknown user: %v; want the same 401", wrong, unknown)
	}
	ana := ts.signIn("ana")
	if code, body, _ := ts.do(ana, "DELETE", "/api/v1/session", nil); code != http.StatusOK {
		t.Fatalf("sign out: %d %v", code, body)
	}
	if code, _, _ := ts.do(ana, "GET", "/api/v1/cases", nil); code != http.StatusUnauthorized {
		t.Errorf("after signing out: %d, want 401", code)
	}
}

// TestTeamRestrictedSourcesStayWithheld follows a restricted source everywhere a user
// not cleared for it could meet it: a tie resting on it alone (its evidence, its history,
// the audit trail), a tie citing it beside another source (its other citations only),
// the source's own history; and such a user can neither lift the restriction nor, by
// changing the tie, drop the citation they cannot see.
func TestTeamRestrictedSourcesStayWithheld(t *testing.T) {
	ts := newTeamServer(t)
	ctx := context.Background()
	rec, err := ts.db.Record(ctx, "afghanistan-2021", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	rec.Sources = append(rec.Sources, alliances.Source{ID: "field-report", Title: "Field report", Kind: "interview", Reliability: "C",
		Restricted: true, Note: "informant: do not share"})
	secret := alliances.Tie{ID: "tie-secret", Subject: "iran", Object: "taliban", Kind: alliances.Support,
		Valid: rec.Ties[0].Valid, Citations: []alliances.Citation{{Source: "field-report", Locator: "p. 2", Credibility: 3}}}
	rec.Ties = append(rec.Ties, secret)
	mixed := &rec.Ties[0]
	seenBest := alliances.BestCredibility(mixed.Citations)
	mixed.Citations = append(mixed.Citations, alliances.Citation{Source: "field-report", Locator: "p. 9", Credibility: 1})
	if _, err := ts.db.Import(ctx, rec); err != nil {
		t.Fatal(err)
	}
	ts.h.changed()
	time.Sleep(300 * time.Millisecond)
	bo, ana, rev := ts.signIn("bo"), ts.signIn("ana"), ts.signIn("rev")
	for _, path := range []string{"/api/v1/ties/tie-secret", "/api/v1/claims/tie-secret/history", "/api/v1/claims/field-report/history"} {
		if code, body, _ := ts.do(bo, "GET", path, nil); code != http.StatusNotFound {
			t.Errorf("GET %s as a reader not cleared: %d %.300v, want 404", path, code, body)
		}
		if code, _, _ := ts.do(rev, "GET", path, nil); code != http.StatusOK {
			t.Errorf("GET %s as the cleared reviewer: %d, want 200", path, code)
		}
	}
	for _, path := range []string{"/api/v1/ties/" + mixed.ID, "/api/v1/claims/" + mixed.ID + "/history", "/api/v1/actors/" + mixed.Subject,
		"/api/v1/ties?actor=" + mixed.Subject, "/api/v1/timeline?actor=" + mixed.Subject, "/api/v1/audit?claim=" + mixed.ID} {
		code, body, _ := ts.do(bo, "GET", path, nil)
		if got := mustJSON(body); code != http.StatusOK || strings.Contains(got, "field-report") || strings.Contains(got, "informant") {
			t.Errorf("GET %s as a reader not cleared: %d, names the restricted source: %.300s", path, code, got)
		}
	}
	// The credibility a tie rests on, and the counts of the case, are of what the user
	// may see.
	if seenBest > 1 {
		_, got, _ := ts.do(bo, "GET", "/api/v1/ties?min-credibility=1&actor="+mixed.Subject, nil)
		if strings.Contains(mustJSON(got), `"id":"`+mixed.ID+`"`) {
			t.Errorf("the mixed tie passes min-credibility 1 for a reader who cannot see its credibility-1 citation")
		}
	}
	count := func(c *client) float64 {
		_, cs, _ := ts.do(c, "GET", "/api/v1/cases", nil)
		for _, x := range cs.([]any) {
			if x.(map[string]any)["id"] == "afghanistan-2021" {
				return x.(map[string]any)["ties"].(float64) + x.(map[string]any)["sources"].(float64)
			}
		}
		return -1
	}
	if b, r := count(bo), count(rev); b != r-2 {
		t.Errorf("the case's ties and sources: %v for the reader, %v for the cleared reviewer; want two fewer (the source and the tie resting on it)", b, r)
	}
	// Retracting the mixed tie would drop the citation; the secret tie is not there
	// for them.
	for _, c := range []struct {
		claim string
		want  int
	}{{mixed.ID, http.StatusForbidden}, {"tie-secret", http.StatusNotFound}} {
		if code, body, _ := ts.do(ana, "POST", "/api/v1/proposals", map[string]any{"case": "afghanistan-2021", "entity": "tie", "claim": c.claim,
			"base": 1, "retract": true, "reason": "gone"}); code != c.want {
			t.Errorf("an analyst not cleared retracts %s: %d %v, want %d", c.claim, code, body, c.want)
		}
	}
	// Lifting the restriction, or citing the source, is for the cleared.
	for _, p := range []map[string]any{
		{"case": "afghanistan-2021", "entity": "source", "claim": "field-report", "base": 1, "reason": "public now",
			"body": map[string]any{"title": "Field report", "kind": "interview", "reliability": "C"}},
		{"case": "afghanistan-2021", "entity": "tie", "claim": "tie-cites-secret", "reason": "x",
			"body": map[string]any{"subject": "iran", "object": "taliban", "kind": "support", "valid": "2021",
				"citations": []map[string]any{{"source": "field-report", "locator": "p. 3", "credibility": 3}}}},
	} {
		if code, body, _ := ts.do(ana, "POST", "/api/v1/proposals", p); code != http.StatusForbidden {
			t.Errorf("an analyst not cleared proposes %v: %d %v, want 403", p["claim"], code, body)
		}
	}
	// Changing the mixed tie keeps the citation the analyst did not see.
	_, hist, _ := ts.do(ana, "GET", "/api/v1/claims/"+mixed.ID+"/history", nil)
	vs := hist.([]any)
	seen := vs[len(vs)-1].(map[string]any)["claim"].(map[string]any)
	seen["note"] = "graded again"
	code, body, _ := ts.do(ana, "POST", "/api/v1/proposals", map[string]any{"case": "afghanistan-2021", "entity": "tie", "claim": mixed.ID,
		"base": 2, "body": seen, "reason": "a note"})
	if code != http.StatusCreated || strings.Contains(mustJSON(body), "field-report") {
		t.Fatalf("the analyst changes the tie: %d %v (the citation kept for them must stay unseen)", code, body)
	}
	pid := body.(map[string]any)["id"].(string)
	if code, body, _ := ts.do(rev, "POST", "/api/v1/proposals/"+pid+"/decision", map[string]any{"status": "accepted", "revision": 1}); code != http.StatusOK {
		t.Fatalf("the reviewer accepts: %d %v", code, body)
	}
	ties, err := ts.db.Ties(ctx, alliances.TieFilter{Actors: []string{mixed.Subject}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tie := range ties {
		if tie.ID == mixed.ID && (tie.Note != "graded again" || !slices.ContainsFunc(tie.Citations, func(c alliances.Citation) bool { return c.Source == "field-report" })) {
			t.Errorf("the tie as accepted: note %q, citations %+v; want the new note and the restricted citation kept", tie.Note, tie.Citations)
		}
	}
}

// TestTeamReviewKeepsWhatWasProposed: a reviewer who edits a claim before accepting it
// must say why, and the proposal keeps the author's claim beside the reviewer's; a
// second proposal made on the version the first replaced is marked stale and left out
// of the readings that include proposals; the audit trail a reader gets is filtered to
// their cases before its limit.
func TestTeamReviewKeepsWhatWasProposed(t *testing.T) {
	ts := newTeamServer(t)
	ana, rev, idris := ts.signIn("ana"), ts.signIn("rev"), ts.signIn("idris")
	tie := func(valid string) json.RawMessage {
		return json.RawMessage(`{"subject":"iran","object":"taliban","kind":"support","valid":"` + valid + `",
			"citations":[{"source":"newlines-2021","locator":"¶19","credibility":3}]}`)
	}
	_, body, _ := ts.do(ana, "POST", "/api/v1/proposals", map[string]any{"case": "afghanistan-2021", "entity": "tie", "claim": "tie-iran-new", "body": tie("2019")})
	p1 := body.(map[string]any)["id"].(string)
	edited := map[string]any{"status": "accepted", "revision": 1, "body": tie("2018/2021")}
	if code, _, _ := ts.do(rev, "POST", "/api/v1/proposals/"+p1+"/decision", edited); code != http.StatusBadRequest {
		t.Errorf("an edited acceptance without a note: %d, want 400", code)
	}
	edited["note"] = "¶19 gives the years"
	if code, body, _ := ts.do(rev, "POST", "/api/v1/proposals/"+p1+"/decision", edited); code != http.StatusOK {
		t.Fatalf("an edited acceptance with a note: %d %v", code, body)
	}
	_, got, _ := ts.do(ana, "GET", "/api/v1/proposals/"+p1, nil)
	if js := mustJSON(got); !strings.Contains(js, `"valid":"2019"`) || !strings.Contains(js, `"accepted":{`) || !strings.Contains(js, `2018/2021`) {
		t.Errorf("the proposal after an edited acceptance: %s; want the author's claim and the reviewer's", js)
	}
	// Two changes on version 1; the first accepted makes the second stale.
	var ids []string
	for _, v := range []string{"2017/2021", "2016/2021"} {
		_, body, _ := ts.do(ana, "POST", "/api/v1/proposals", map[string]any{"case": "afghanistan-2021", "entity": "tie", "claim": "tie-iran-new",
			"base": 1, "body": tie(v), "reason": "other years"})
		ids = append(ids, body.(map[string]any)["id"].(string))
	}
	if code, body, _ := ts.do(rev, "POST", "/api/v1/proposals/"+ids[0]+"/decision", map[string]any{"status": "accepted", "revision": 1}); code != http.StatusOK {
		t.Fatalf("accepting the first: %d %v", code, body)
	}
	_, got, _ = ts.do(rev, "GET", "/api/v1/proposals/"+ids[1], nil)
	if got.(map[string]any)["stale"] != true {
		t.Errorf("the second change, made on the replaced version: %v, want stale", got)
	}
	_, ties, _ := ts.do(rev, "GET", "/api/v1/ties?actor=iran&proposed=include", nil)
	if js := mustJSON(ties); !strings.Contains(js, `"valid":"2017/2021"`) || strings.Contains(js, "2016/2021") {
		t.Errorf("ties with proposals read in: the stale proposal undoes the accepted change: %.500s", js)
	}
	// idris reads Idlib (and the registry every case names): his audit trail holds
	// their imports, though the newest entries are Afghanistan's.
	_, es, _ := ts.do(idris, "GET", "/api/v1/audit?limit=2", nil)
	if js := mustJSON(es); len(es.([]any)) != 2 || !strings.Contains(js, "idlib-2018-2019") || strings.Contains(js, "afghanistan") {
		t.Errorf("idris's audit trail, limit 2: %s; want the imports of Idlib and the registry", js)
	}
}

// TestTeamOfOneDecidesItsOwnProposals: where the author is the only account that may
// review the case, they accept their own proposal (no other eyes exist), and the session
// says so; once a second reviewer of the case exists, the four-eyes rule holds again.
func TestTeamOfOneDecidesItsOwnProposals(t *testing.T) {
	db := builtIn(t)
	ctx := context.Background()
	if err := db.AddUser(ctx, team.User{Name: "solo", Role: team.Reviewer, Access: []team.Access{{Case: "idlib-2018-2019", Edit: true}}},
		team.HashPassword(testPassword), "test"); err != nil {
		t.Fatal(err)
	}
	h := New(db, nil)
	h.UseAccounts(Accounts{Store: db, Secure: true})
	ts := &teamServer{t, h, db}
	solo := ts.signIn("solo")
	_, session, _ := ts.do(solo, "GET", "/api/v1/session", nil)
	if got := mustJSON(session.(map[string]any)["alone"]); got != `["idlib-2018-2019"]` {
		t.Errorf("session alone = %s, want the one case solo alone reviews", got)
	}
	propose := func(claim string) string {
		p := map[string]any{"case": "idlib-2018-2019", "entity": "actor", "claim": claim, "reason": "a report",
			"body": json.RawMessage(`{"name":"` + claim + `","kind":"armed-group"}`)}
		code, body, _ := ts.do(solo, "POST", "/api/v1/proposals", p)
		if code != http.StatusCreated {
			t.Fatalf("solo proposes %s: %d %v", claim, code, body)
		}
		return body.(map[string]any)["id"].(string)
	}
	accept := map[string]any{"status": "accepted", "revision": 1}
	if code, body, _ := ts.do(solo, "POST", "/api/v1/proposals/"+propose("lone-front")+"/decision", accept); code != http.StatusOK {
		t.Errorf("the only reviewer accepts their own proposal: %d %v, want 200", code, body)
	}
	if err := db.AddUser(ctx, team.User{Name: "second", Role: team.Reviewer, Access: []team.Access{{Case: team.AllCases, Edit: true}}},
		team.HashPassword(testPassword), "test"); err != nil {
		t.Fatal(err)
	}
	if code, body, _ := ts.do(solo, "POST", "/api/v1/proposals/"+propose("second-front")+"/decision", accept); code != http.StatusForbidden {
		t.Errorf("with a second reviewer, solo accepts their own proposal: %d %v, want 403", code, body)
	}
}
