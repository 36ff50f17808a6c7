package server

import (
	"encoding"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/team"
)

// responses are the shapes each route answers with, as zero values of their Go types;
// a route with several answers one of them (an analysis at a date, or over a series).
var responses = map[string][]any{
	"/api/v1/cases":                       {[]alliances.CaseInfo{}},
	"/api/v1/actors":                      {[]alliances.Actor{}},
	"/api/v1/actors/{id}":                 {answer.Profile{}},
	"/api/v1/actors/{id}/timeline":        {answer.ActorTimeline{}},
	"/api/v1/ties":                        {[]alliances.Tie{}},
	"/api/v1/sources":                     {[]alliances.Source{}},
	"/api/v1/ties/{id}":                   {answer.Evidence{}},
	"/api/v1/layout":                      {answer.Layout{}},
	"/api/v1/events":                      {[]alliances.Event{}},
	"/api/v1/timeline":                    {[]answer.Entry{}},
	"/api/v1/bars":                        {answer.CaseBars{}},
	"/api/v1/claims/{id}/history":         {[]answer.ClaimVersion{}},
	"/api/v1/network":                     {answer.Network{}},
	"/api/v1/vocabulary":                  {answer.Vocabulary{}},
	"/api/v1/dates/{date}":                {answer.DateReading{}},
	"/api/v1/analyses/balance":            {answer.BalanceStep{}, []answer.BalanceStep{}},
	"/api/v1/analyses/blocs":              {answer.BlocsStep{}, answer.BlocsSeries{}},
	"/api/v1/analyses/brokers":            {answer.BrokersResult{}},
	"/api/v1/analyses/centrality":         {answer.CentralityResult{}},
	"/api/v1/analyses/supporters/{actor}": {answer.SupportResult{}},
	"/api/v1/analyses/path":               {answer.PathResult{}},
	"/api/v1/analyses/cascade":            {answer.CascadeResult{}},
	"/api/v1/analyses/diff":               {answer.Change{}},
}

// openAPI serves the OpenAPI 3.1 document of the API.
func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	s.writeJSON(w, r, http.StatusOK, Document())
}

// Document returns the OpenAPI 3.1 document of the API, written from the routes the
// server serves and the Go types of their answers.
func Document() map[string]any {
	g := &schemas{defs: map[string]any{}}
	paths := map[string]any{}
	for _, rt := range routes() {
		var params []any
		for _, p := range rt.params {
			sch := map[string]any{"type": p.typ}
			if p.typ == "array" {
				sch = map[string]any{"type": "array", "items": map[string]any{"type": "string"}}
			}
			if p.def != "" {
				sch["default"] = p.def
			}
			pm := map[string]any{"name": p.name, "in": p.in, "description": p.doc, "required": p.required || p.in == "path", "schema": sch}
			if p.typ == "array" {
				pm["style"], pm["explode"] = "form", true
			}
			if p.example != "" {
				pm["example"] = p.example
			}
			params = append(params, pm)
		}
		var shapes []any
		if len(responses[rt.path]) == 0 {
			panic("server: no response shape for " + rt.path)
		}
		for _, v := range responses[rt.path] {
			shapes = append(shapes, g.of(reflect.TypeOf(v)))
		}
		body := shapes[0]
		if len(shapes) > 1 {
			body = map[string]any{"oneOf": shapes}
		}
		errRef := map[string]any{"$ref": "#/components/responses/Error"}
		op := map[string]any{
			"summary":     rt.summary,
			"operationId": operationID(rt.path),
			"parameters":  params,
			"responses": map[string]any{
				"200": map[string]any{"description": "the answer; the same as the command line's --json",
					"headers": map[string]any{"ETag": map[string]any{"description": "the hash of the body: send it back as If-None-Match", "schema": map[string]any{"type": "string"}}},
					"content": map[string]any{"application/json": map[string]any{"schema": body}}},
				"304": map[string]any{"description": "the answer has not changed since the ETag given in If-None-Match"},
				"400": errRef, "404": errRef, "409": errRef, "500": errRef, "503": errRef,
			},
		}
		paths[rt.path] = map[string]any{strings.ToLower(rt.method): op}
	}
	paths["/api/v1/openapi.json"] = map[string]any{"get": map[string]any{
		"summary": "This document.", "operationId": "openapi",
		"responses": map[string]any{"200": map[string]any{"description": "the OpenAPI 3.1 document",
			"content": map[string]any{"application/json": map[string]any{"schema": map[string]any{"type": "object"}}}}},
	}}
	teamPaths(g, paths)
	g.defs["Error"] = map[string]any{
		"type": "object", "required": []string{"error"},
		"properties": map[string]any{"error": map[string]any{
			"type": "object", "required": []string{"kind", "message"},
			"properties": map[string]any{
				"kind": map[string]any{"type": "string", "enum": []string{"invalid", "unauthenticated", "forbidden", "not_found", "conflict",
					"too_large", "unavailable", "internal"}},
				"message": map[string]any{"type": "string", "description": "what went wrong, naming the parameter, and what was expected"},
			},
		}},
	}
	return map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{
			"title":   "alliances",
			"version": "1",
			"description": "Access to a store of alliance and support networks: cases, actors, ties and their evidence, " +
				"the history of every claim, and the analyses, each answering as the command line's --json does. Parameters " +
				"take the names of the command line's flags; errors name them as flags (--at). On a team's server " +
				"(alliances serve --team) every request comes from a user, signed in (a session cookie; changes send its " +
				"X-CSRF-Token) or with an API token (Authorization: Bearer); readings take proposed=include to read the " +
				"proposals waiting for review into the record; analysts propose changes and reviewers decide on them.",
		},
		"paths": paths,
		"components": map[string]any{
			"schemas": g.defs,
			"responses": map[string]any{"Error": map[string]any{"description": "a bad parameter (400), nothing of that id (404), a conflict (409), the store unavailable (503), or a bug (500)",
				"content": map[string]any{"application/json": map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/Error"}}}}},
		},
	}
}

// teamPaths adds the endpoints of a team's server: the session, proposals and their
// review, the audit trail.
func teamPaths(g *schemas, paths map[string]any) {
	errRef := map[string]any{"$ref": "#/components/responses/Error"}
	errs := func(codes ...string) map[string]any {
		m := map[string]any{}
		for _, c := range codes {
			m[c] = errRef
		}
		return m
	}
	answer := func(status, what string, v any, codes ...string) map[string]any {
		r := errs(codes...)
		r[status] = map[string]any{"description": what, "content": map[string]any{"application/json": map[string]any{"schema": g.of(reflect.TypeOf(v))}}}
		return r
	}
	body := func(v any) map[string]any {
		return map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": g.of(reflect.TypeOf(v))}}}
	}
	query := func(names ...string) []any {
		var ps []any
		for _, n := range names {
			ps = append(ps, map[string]any{"name": n, "in": "query", "required": false, "schema": map[string]any{"type": "string"}})
		}
		return ps
	}
	idParam := []any{map[string]any{"name": "id", "in": "path", "required": true, "schema": map[string]any{"type": "string"}}}
	type signIn struct {
		Name     string `json:"name"`
		Password string `json:"password"`
	}
	paths["/api/v1/session"] = map[string]any{
		"post": map[string]any{"summary": "Sign in: sets the session cookie and answers the session, with its CSRF token.", "operationId": "session.sign-in",
			"requestBody": body(signIn{}), "responses": answer("200", "the session", session{}, "400", "401", "503")},
		"get": map[string]any{"summary": "The session: the user, the CSRF token, the cases they may propose changes to and review.", "operationId": "session",
			"responses": answer("200", "the session", session{}, "401", "503")},
		"delete": map[string]any{"summary": "Sign out.", "operationId": "session.sign-out",
			"responses": answer("200", "signed out", map[string]string{}, "401", "403", "503")},
	}
	paths["/api/v1/proposals"] = map[string]any{
		"post": map[string]any{"summary": "Propose a change to a claim: new, changed (made on version base) or retracted. Analysts of the case.",
			"operationId": "proposals.propose", "requestBody": body(proposalIn{}),
			"responses": answer("201", "the proposal, waiting for review", team.Proposal{}, "400", "401", "403", "404", "409", "413", "503")},
		"get": map[string]any{"summary": "Proposals, oldest first; the review queue is status=proposed.", "operationId": "proposals",
			"parameters": query("case", "author", "status", "claim"),
			"responses":  answer("200", "the proposals", []team.Proposal{}, "400", "401", "503")},
	}
	paths["/api/v1/proposals/{id}"] = map[string]any{"get": map[string]any{"summary": "One proposal.", "operationId": "proposals.by-id",
		"parameters": idParam, "responses": answer("200", "the proposal", team.Proposal{}, "401", "404", "503")}}
	paths["/api/v1/proposals/{id}/decision"] = map[string]any{"post": map[string]any{
		"summary":     "Accept (as proposed, or as body edits it), reject (with a note) or withdraw (the author) a proposal. Reviewers of the case, not the author.",
		"operationId": "proposals.decide", "parameters": idParam, "requestBody": body(decisionIn{}),
		"responses": answer("200", "the proposal decided; an accepted one names the version recorded, a rejected actor the waiting tie proposals that name it (naming)", decisionOut{}, "400", "401", "403", "404", "409", "413", "503")}}
	paths["/api/v1/documents"] = map[string]any{"get": map[string]any{"summary": "The reports a reader proposed claims from, in a case (alliances extract --propose).",
		"operationId": "documents", "parameters": query("case"),
		"responses": answer("200", "the reports, without their text", []team.Document{}, "401", "404", "503")}}
	paths["/api/v1/documents/{id}"] = map[string]any{"get": map[string]any{"summary": "A report, its body paragraphs and the proposals read from it, each with its evidence's offsets.",
		"operationId": "documents.by-id", "parameters": idParam,
		"responses": answer("200", "the report", documentView{}, "401", "404", "503")}}
	paths["/api/v1/audit"] = map[string]any{"get": map[string]any{"summary": "Who changed what, when and why, newest first.", "operationId": "audit",
		"parameters": query("case", "user", "claim", "before", "limit"),
		"responses":  answer("200", "entries of the audit trail", []team.Entry{}, "400", "401", "404", "503")}}
}

// operationID names an operation after its path: /api/v1/analyses/balance is
// analyses.balance.
func operationID(path string) string {
	var parts []string
	for _, p := range strings.Split(strings.TrimPrefix(path, "/api/v1/"), "/") {
		if strings.HasPrefix(p, "{") {
			p = "by-" + strings.Trim(p, "{}")
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ".")
}

// schemas writes JSON Schemas of Go types as encoding/json encodes them, each named
// struct once, under components.
type schemas struct{ defs map[string]any }

var (
	timeType          = reflect.TypeFor[time.Time]()
	rawType           = reflect.TypeFor[json.RawMessage]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

func (g *schemas) of(t reflect.Type) map[string]any {
	switch {
	case t == timeType:
		return map[string]any{"type": "string", "format": "date-time"}
	case t == rawType:
		return map[string]any{"description": "a claim as recorded (JSON)"}
	case t.Implements(textMarshalerType): // a sign, an EDTF date
		return map[string]any{"type": "string"}
	}
	switch t.Kind() {
	case reflect.Pointer:
		s := g.of(t.Elem())
		return map[string]any{"anyOf": []any{s, map[string]any{"type": "null"}}}
	case reflect.Slice, reflect.Array:
		items := g.of(t.Elem())
		if t.Kind() == reflect.Array {
			return map[string]any{"type": "array", "items": items, "minItems": t.Len(), "maxItems": t.Len()}
		}
		// A nil slice encodes as null: the answers give [] where they promise a list,
		// but the schema says what the encoder may write.
		return map[string]any{"type": []string{"array", "null"}, "items": items}
	case reflect.Map:
		return map[string]any{"type": []string{"object", "null"}, "additionalProperties": g.of(t.Elem())}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Struct:
		name := t.Name()
		if name == "" {
			return g.object(t)
		}
		if _, ok := g.defs[name]; !ok {
			g.defs[name] = nil // taken: a type that refers to itself refers to the name
			g.defs[name] = g.object(t)
		}
		return map[string]any{"$ref": "#/components/schemas/" + name}
	}
	return map[string]any{}
}

// object is the schema of a struct's fields as encoding/json writes them: embedded
// structs' fields inline, the tag's name, omitempty and omitzero fields not required.
func (g *schemas) object(t reflect.Type) map[string]any {
	props := map[string]any{}
	var required []string
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for f := range t.Fields() {
			tag := f.Tag.Get("json")
			if tag == "-" || !f.IsExported() && !f.Anonymous {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
				walk(f.Type)
				continue
			}
			if name == "" {
				name = f.Name
			}
			props[name] = g.of(f.Type)
			if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
				required = append(required, name)
			}
		}
	}
	walk(t)
	s := map[string]any{"type": "object", "properties": props}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}
