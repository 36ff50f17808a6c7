package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/storetest"
)

// builtIn opens a database in a temporary folder holding the built-in cases.
func builtIn(t testing.TB) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	storetest.ImportBuiltIn(t, db)
	return db
}

// get requests a path of the API and returns the status and the decoded body.
func get(t testing.TB, h http.Handler, target string, header ...string) (int, any, http.Header) {
	t.Helper()
	req := httptest.NewRequest("GET", target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	var body any
	if w.Code != http.StatusNotModified {
		if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
			t.Fatalf("GET %s: %d, body not JSON: %v\n%s", target, w.Code, err, w.Body.String())
		}
	}
	return w.Code, body, w.Header()
}

// exampleURL is a route's path with the examples of its path parameters and of its
// required query parameters.
func exampleURL(rt route) string {
	path := rt.path
	q := url.Values{}
	for _, p := range rt.params {
		switch {
		case p.in == "path":
			path = strings.ReplaceAll(path, "{"+p.name+"}", url.PathEscape(p.example))
		case p.required || p.name == "at" && p.example != "" && !strings.Contains(rt.path, "supporters") && !strings.Contains(rt.path, "diff"):
			q.Set(p.name, p.example)
		}
	}
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	return path
}

// TestEveryRouteAnswersAsDocumented asks every route of the API its example question
// on the built-in cases and checks the answer against the schema the OpenAPI document
// gives it: the document is written from the routes and the Go types, and this checks
// that the handlers answer what it says (a list where it says a list, every field it
// says is always there, no field it does not name).
func TestEveryRouteAnswersAsDocumented(t *testing.T) {
	h := New(builtIn(t), nil)
	doc := Document()
	roundTrip(t, &doc)
	paths := doc["paths"].(map[string]any)
	for _, rt := range routes() {
		target := exampleURL(rt)
		code, body, header := get(t, h, target)
		if code != http.StatusOK {
			t.Errorf("GET %s: %d %v", target, code, body)
			continue
		}
		if header.Get("ETag") == "" || !strings.HasPrefix(header.Get("Content-Type"), "application/json") {
			t.Errorf("GET %s: ETag %q, Content-Type %q", target, header.Get("ETag"), header.Get("Content-Type"))
		}
		op := paths[rt.path].(map[string]any)["get"].(map[string]any)
		schema := op["responses"].(map[string]any)["200"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)["schema"]
		if problems := validate(doc, schema, body, "body"); len(problems) > 0 {
			t.Errorf("GET %s does not answer as documented:\n  %s", target, strings.Join(problems[:min(8, len(problems))], "\n  "))
		}
		if empty(body) {
			t.Errorf("GET %s: an empty answer; its example should find something on the built-in cases", target)
		}
	}
	// The document itself, as served, is the one checked here.
	code, served, _ := get(t, h, "/api/v1/openapi.json")
	if code != http.StatusOK || served.(map[string]any)["openapi"] != "3.1.0" {
		t.Errorf("GET /api/v1/openapi.json: %d, openapi %v", code, served.(map[string]any)["openapi"])
	}
	// The routes, the document, and the seven paths of a team's server (which
	// TestTeamEveryEndpointNeedsAUser asks, method by method, from the document).
	if len(served.(map[string]any)["paths"].(map[string]any)) != len(routes())+1+7 {
		t.Errorf("the document lists %d paths, the server serves %d routes, the document and 7 team paths", len(served.(map[string]any)["paths"].(map[string]any)), len(routes()))
	}
}

// roundTrip makes the document what a client reads: JSON types only.
func roundTrip(t *testing.T, doc *map[string]any) {
	b, err := json.Marshal(*doc)
	if err != nil {
		t.Fatal(err)
	}
	*doc = nil
	if err := json.Unmarshal(b, doc); err != nil {
		t.Fatal(err)
	}
}

func empty(v any) bool {
	switch v := v.(type) {
	case []any:
		return len(v) == 0
	case map[string]any:
		return len(v) == 0
	}
	return v == nil
}

// validate checks v against a JSON Schema of the subset the document uses: $ref, type
// (one or several), properties, required, items, additionalProperties, anyOf, oneOf,
// enum, minItems and maxItems. Objects may hold no property the schema does not name.
func validate(doc map[string]any, schema any, v any, at string) []string {
	s, _ := schema.(map[string]any)
	if ref, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/components/schemas/")
		return validate(doc, doc["components"].(map[string]any)["schemas"].(map[string]any)[name], v, at)
	}
	for _, key := range []string{"anyOf", "oneOf"} {
		if alts, ok := s[key].([]any); ok {
			var all []string
			matched := 0
			for _, alt := range alts {
				ps := validate(doc, alt, v, at)
				if len(ps) == 0 {
					matched++
				}
				all = append(all, ps...)
			}
			switch {
			case matched == 0:
				return append([]string{at + ": matches none of " + key}, all...)
			case key == "oneOf" && matched > 1:
				return []string{at + ": matches several of oneOf"}
			}
			return nil
		}
	}
	if t, ok := s["type"]; ok && !hasType(t, v) {
		return []string{fmt.Sprintf("%s: %T, expected %v", at, v, t)}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, v) {
		return []string{fmt.Sprintf("%s: %v is none of %v", at, v, enum)}
	}
	var out []string
	switch v := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asList(s["required"]) {
			if _, ok := v[r.(string)]; !ok {
				out = append(out, at+": no "+r.(string))
			}
		}
		for k, x := range v {
			if ps, ok := props[k]; ok {
				out = append(out, validate(doc, ps, x, at+"."+k)...)
			} else if ap, ok := s["additionalProperties"]; ok {
				out = append(out, validate(doc, ap, x, at+"."+k)...)
			} else if props != nil {
				out = append(out, at+": "+k+" is not documented")
			}
		}
	case []any:
		if n, ok := s["minItems"].(float64); ok && len(v) < int(n) {
			out = append(out, fmt.Sprintf("%s: %d items, expected at least %g", at, len(v), n))
		}
		if n, ok := s["maxItems"].(float64); ok && len(v) > int(n) {
			out = append(out, fmt.Sprintf("%s: %d items, expected at most %g", at, len(v), n))
		}
		for i, x := range v {
			out = append(out, validate(doc, s["items"], x, fmt.Sprintf("%s[%d]", at, i))...)
		}
	}
	return out
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func hasType(t any, v any) bool {
	for _, name := range append(asList(t), t) {
		switch name {
		case "object":
			if _, ok := v.(map[string]any); ok {
				return true
			}
		case "array":
			if _, ok := v.([]any); ok {
				return true
			}
		case "string":
			if _, ok := v.(string); ok {
				return true
			}
		case "boolean":
			if _, ok := v.(bool); ok {
				return true
			}
		case "number":
			if _, ok := v.(float64); ok {
				return true
			}
		case "integer":
			if x, ok := v.(float64); ok && x == float64(int64(x)) {
				return true
			}
		case "null":
			if v == nil {
				return true
			}
		}
	}
	return false
}

// TestParametersAreThoseDocumented checks, route by route, that a parameter the
// document does not list is refused with a message naming it, and that every one it
// lists is taken.
func TestParametersAreThoseDocumented(t *testing.T) {
	h := New(builtIn(t), nil)
	values := map[string]string{"string": "x", "integer": "1", "number": "0.5", "boolean": "true", "array": "x"}
	for _, rt := range routes() {
		base := exampleURL(rt)
		sep := "?"
		if strings.Contains(base, "?") {
			sep = "&"
		}
		code, body, _ := get(t, h, base+sep+"no-such-parameter=1")
		if msg := errorMessage(body); code != http.StatusBadRequest || !strings.Contains(msg, "no parameter no-such-parameter") {
			t.Errorf("%s with an unknown parameter: %d %q, want 400 naming it", rt.path, code, msg)
		}
		for _, p := range rt.params {
			if p.in != "query" {
				continue
			}
			target := base + sep + url.Values{p.name: {values[p.typ]}}.Encode()
			if strings.Contains(base, p.name+"=") {
				continue // the example gives it already
			}
			code, body, _ := get(t, h, target)
			if msg := errorMessage(body); strings.Contains(msg, "takes no parameter") {
				t.Errorf("GET %s: %d %q: a documented parameter is refused", target, code, msg)
			}
		}
	}
}

func errorMessage(body any) string {
	m, _ := body.(map[string]any)
	e, _ := m["error"].(map[string]any)
	s, _ := e["message"].(string)
	return s
}

func errorKind(body any) string {
	m, _ := body.(map[string]any)
	e, _ := m["error"].(map[string]any)
	s, _ := e["kind"].(string)
	return s
}

// TestErrorsSayWhereAndWhat asks bad questions and checks the status, the kind and
// that the message names what was wrong.
func TestErrorsSayWhereAndWhat(t *testing.T) {
	h := New(builtIn(t), nil)
	for _, tt := range []struct {
		target string
		code   int
		kind   string
		says   string
	}{
		{"/api/v1/analyses/balance?at=20x6", 400, "invalid", `--at "20x6": column 3`},
		{"/api/v1/analyses/balance", 400, "invalid", "give the date of the snapshot"},
		{"/api/v1/analyses/balance?at=2016&layers=nope", 400, "invalid", `unknown layer "nope"`},
		{"/api/v1/analyses/balance?at=2016&limit=many", 400, "invalid", `parameter limit "many", expected a whole number`},
		{"/api/v1/analyses/balance?at=2016&robust=perhaps", 400, "invalid", `parameter robust "perhaps", expected true or false`},
		{"/api/v1/analyses/balance?at=2016&at=2017", 400, "invalid", "parameter at given 2 times"},
		{"/api/v1/analyses/centrality?at=2016&sort=nope", 400, "invalid", `--sort "nope"`},
		{"/api/v1/analyses/path?from=taliban&to=nobody&at=2021", 404, "not_found", `no actor "nobody"`},
		{"/api/v1/analyses/path?from=taliban&at=2021", 400, "invalid", "parameter to is required"},
		{"/api/v1/analyses/path?from=taliban&to=taliban&at=2021", 400, "invalid", "two different actors"},
		{"/api/v1/analyses/supporters/taliban?at=2021", 400, "invalid", "not at"},
		{"/api/v1/analyses/supporters/taliban?from=2021&to=2010", 400, "invalid", "--to 2010 is before --from 2021"},
		{"/api/v1/analyses/balance?at=2016&case=nowhere", 404, "not_found", `no case "nowhere"`},
		{"/api/v1/ties?case=nowhere", 404, "not_found", `no case "nowhere" in the database, expected one of`},
		{"/api/v1/actors?case=nowhere", 404, "not_found", `no case "nowhere"`},
		{"/api/v1/sources?case=nowhere", 404, "not_found", `no case "nowhere"`},
		{"/api/v1/events?case=nowhere", 404, "not_found", `no case "nowhere"`},
		{"/api/v1/timeline?case=nowhere", 404, "not_found", `no case "nowhere"`},
		{"/api/v1/analyses/cascade?at=2021", 400, "invalid", "parameter seed is required"},
		{"/api/v1/analyses/cascade?seed=taliban", 400, "invalid", "cascade needs the date"},
		{"/api/v1/analyses/cascade?at=2021&seed=taliban&side=iran", 400, "invalid", "--side iran is not among the seeds"},
		{"/api/v1/analyses/cascade?at=2021&seed=taliban&without=taliban", 400, "invalid", "--without taliban: it is a seed"},
		{"/api/v1/analyses/path?from=taliban&to=Afghan+Taliban&at=2021", 400, "invalid", "are both taliban"},
		{"/api/v1/analyses/blocs?at=2021&alpha=2", 400, "invalid", "expected 0 < alpha < 1"},
		{"/api/v1/analyses/brokers?at=2021&groups=nope", 400, "invalid", `--groups "nope"`},
		{"/api/v1/analyses/diff?from=2016", 400, "invalid", "parameter to is required"},
		{"/api/v1/claims/no-such-claim/history", 404, "not_found", "no-such-claim"},
		{"/api/v1/actors/nobody", 404, "not_found", `no actor "nobody"`},
		{"/api/v1/cases?known-at=yesterday", 400, "invalid", `--known-at "yesterday"`},
		{"/api/v1/nothing", 404, "not_found", "no such endpoint"},
		{"/api/v1/analyses/balance?at=2016&" + strings.Repeat("x", 9000) + "=1", 400, "invalid", "too long"},
	} {
		code, body, _ := get(t, h, tt.target)
		if code != tt.code || errorKind(body) != tt.kind || !strings.Contains(errorMessage(body), tt.says) {
			t.Errorf("GET %.80s: %d %s %q, want %d %s saying %q", tt.target, code, errorKind(body), errorMessage(body), tt.code, tt.kind, tt.says)
		}
	}
}

// TestETagsAndChanges checks that an unchanged answer is not sent again, and that an
// import is seen: the server reads the case again, and the answer and its ETag change.
func TestETagsAndChanges(t *testing.T) {
	db, err := sqlstore.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rec := storetest.Sample()
	if _, err := db.Import(context.Background(), rec); err != nil {
		t.Fatal(err)
	}
	s := New(db, nil)
	clock := time.Now()
	s.now = func() time.Time { return clock }
	target := "/api/v1/network?at=2016&case=" + rec.Case
	code, before, header := get(t, s, target)
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d %v", target, code, before)
	}
	etag := header.Get("ETag")
	if code, _, _ := get(t, s, target, "If-None-Match", etag); code != http.StatusNotModified {
		t.Errorf("GET with the ETag held: %d, want 304", code)
	}
	// A tie of the sample ends: the network of 2016 loses it.
	n := len(before.(map[string]any)["ties"].([]any))
	changed := storetest.Sample()
	changed.Ties = changed.Ties[1:]
	if _, err := db.Import(context.Background(), changed); err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(2 * time.Second) // the server asks the store at most once a second
	code, after, header := get(t, s, target, "If-None-Match", etag)
	if code != http.StatusOK || header.Get("ETag") == etag {
		t.Fatalf("GET after an import: %d, ETag %q (was %q), want 200 and a new ETag", code, header.Get("ETag"), etag)
	}
	if m := len(after.(map[string]any)["ties"].([]any)); m >= n {
		t.Errorf("after retracting a tie the network has %d ties, before %d", m, n)
	}
}

// TestTextIsEscapedInJSON checks that a record's text holding markup reaches a client
// escaped: a page that drops it into HTML by mistake shows it, never runs it.
func TestTextIsEscapedInJSON(t *testing.T) {
	db, err := sqlstore.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rec := storetest.Sample()
	rec.Actors[0].Name = `<script>alert(1)</script>`
	if _, err := db.Import(context.Background(), rec); err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("GET", "/api/v1/actors?case="+rec.Case, nil)
	w := httptest.NewRecorder()
	New(db, nil).ServeHTTP(w, req)
	body, _ := io.ReadAll(w.Body)
	if strings.Contains(string(body), "<script>") || !strings.Contains(string(body), `\u003cscript\u003e`) {
		t.Errorf("the name reaches the client as %s", body)
	}
	if w.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("X-Content-Type-Options %q", w.Header().Get("X-Content-Type-Options"))
	}
}

// TestConcurrentRequests asks the same questions from many goroutines at once, on a
// server that has read nothing yet: each reads the case once and every answer is the
// same (run with -race).
func TestConcurrentRequests(t *testing.T) {
	h := New(builtIn(t), nil)
	targets := []string{"/api/v1/analyses/balance?at=2016", "/api/v1/analyses/blocs?at=2021", "/api/v1/network?at=2019&case=idlib-2018-2019",
		"/api/v1/analyses/centrality?at=2021", "/api/v1/analyses/balance?at=2016&known-at=2100"}
	want := map[string]string{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			target := targets[i%len(targets)]
			req := httptest.NewRequest("GET", target, nil)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			mu.Lock()
			defer mu.Unlock()
			if w.Code != http.StatusOK {
				t.Errorf("GET %s: %d %s", target, w.Code, w.Body)
				return
			}
			if prev, ok := want[target]; ok && prev != w.Body.String() {
				t.Errorf("GET %s answered differently at once", target)
			}
			want[target] = w.Body.String()
		}()
	}
	wg.Wait()
}

var _ alliances.Changes = (*sqlstore.DB)(nil)

// TestAnswersThePicturesReadFrom checks the answers the app draws from, against the
// built-in Afghanistan case: its 182 ties and 32 events (alliances cases), a tie's
// evidence with its dates in words and its source, and Hizb-e Islami's ties with the
// Taliban through time, hostile after its 2016 peace deal and friendly by 2021 (the
// case's paragraphs 5 and 7).
func TestAnswersThePicturesReadFrom(t *testing.T) {
	h := New(builtIn(t), nil)
	code, body, _ := get(t, h, "/api/v1/bars?case=afghanistan-2021")
	bars := body.(map[string]any)
	if code != 200 || len(bars["bars"].([]any)) != 182 || len(bars["events"].([]any)) != 32 {
		t.Errorf("bars: %d, %d bars and %d events, want 182 and 32", code, len(bars["bars"].([]any)), len(bars["events"].([]any)))
	}
	code, body, _ = get(t, h, "/api/v1/layout?case=afghanistan-2021")
	// 53: the case's 54 actors but western-diplomats, which has no tie to place it by.
	if actors := body.(map[string]any)["actors"].([]any); code != 200 || len(actors) != 53 {
		t.Errorf("layout: %d, %d actors, want the 53 of the case's 54 with a tie", code, len(actors))
	}
	code, body, _ = get(t, h, "/api/v1/ties/tie-hizb-taliban-friendship")
	ev := body.(map[string]any)
	if code != 200 || ev["valid_words"] != "from an unknown date to June 2021" || ev["sources"].(map[string]any)["newlines-2021"] == nil ||
		ev["names"].(map[string]any)["hizb-e-islami"] != "Hizb-e Islami" {
		t.Errorf("evidence: %d %v", code, ev)
	}
	code, body, _ = get(t, h, "/api/v1/actors/hizb-e-islami/timeline")
	signs := map[string]string{}
	for _, r := range body.(map[string]any)["rows"].([]any) {
		row := r.(map[string]any)
		if row["actor"] != "taliban" {
			continue
		}
		for _, b := range row["bars"].([]any) {
			signs[b.(map[string]any)["tie"].(string)] = b.(map[string]any)["sign"].(string)
		}
	}
	if code != 200 || signs["tie-taliban-target-hizb"] != "-" || signs["tie-hizb-taliban-friendship"] != "+" {
		t.Errorf("Hizb-e Islami's ties with the Taliban through time: %d %v", code, signs)
	}
}
