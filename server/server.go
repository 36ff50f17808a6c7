// Package server serves a store over HTTP: a JSON API under /api/v1 whose answers are
// those of package answer, the same the command line prints, its OpenAPI document, and
// the browser app of package web at /.
//
// The server reads a case once and keeps it in memory; it reads it again only when the
// store has changed since (see alliances.Changes), so that a request never re-reads the
// whole store. It only reads: nothing a request asks can change the record.
package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/web"
)

// Server answers requests about the cases of a store.
type Server struct {
	db  alliances.Store
	log *log.Logger
	mux *http.ServeMux

	mu      sync.Mutex
	version int64                  // the store's last change when the cache was filled
	checked time.Time              // when version was last read
	records map[recordKey]*loading // cases read, by case, record time and view
	actors  map[actorsKey]*loading // every actor of the store, by record time and view
	layouts map[*answer.Record]*answer.Layout
	now     func() time.Time // the clock, for tests

	accounts *Accounts // nil: no accounts, every request reads every case

	restricted   map[string]bool // the restricted sources of the record at restrictedAt
	restrictedAt int64

	authMu sync.Mutex
	auth   map[string]authEntry // tokens read, by hash
}

// recordKey names a case as known at an instant (zero: now), as a view reads it (see
// viewKey).
type recordKey struct {
	caseID  string
	knownAt time.Time
	view    string
}

type actorsKey struct {
	knownAt time.Time
	view    string
}

// loading is a case or a list of actors being read, or read: the first request reads
// it, and those that come meanwhile wait for it rather than read it again.
type loading struct {
	done   chan struct{}
	rec    *answer.Record
	actors []alliances.Actor
	err    error
}

// maxKnownAt bounds the past states of the record kept in memory: a server asked about
// many instants keeps the current record and the latest few.
const maxKnownAt = 8

// New returns a server of db. Errors that are the server's fault (not the request's)
// are written to logger, when not nil.
func New(db alliances.Store, logger *log.Logger) *Server {
	s := &Server{db: db, log: logger, records: map[recordKey]*loading{}, actors: map[actorsKey]*loading{},
		layouts: map[*answer.Record]*answer.Layout{}, now: time.Now}
	s.mux = http.NewServeMux()
	for _, r := range routes() {
		s.mux.Handle(r.method+" "+r.path, s.handle(r))
	}
	s.mux.HandleFunc("GET /api/v1/openapi.json", s.openAPI)
	s.mux.HandleFunc("POST /api/v1/session", s.signIn)
	s.mux.HandleFunc("GET /api/v1/session", s.team(s.getSession))
	s.mux.HandleFunc("DELETE /api/v1/session", s.team(s.signOut))
	s.mux.HandleFunc("POST /api/v1/proposals", s.team(s.propose))
	s.mux.HandleFunc("GET /api/v1/proposals", s.team(s.listProposals))
	s.mux.HandleFunc("GET /api/v1/proposals/{id}", s.team(s.getProposal))
	s.mux.HandleFunc("POST /api/v1/proposals/{id}/decision", s.team(s.decide))
	s.mux.HandleFunc("GET /api/v1/audit", s.team(s.audit))
	s.mux.HandleFunc("GET /api/v1/documents", s.team(s.listDocuments))
	s.mux.HandleFunc("GET /api/v1/documents/{id}", s.team(s.getDocument))
	app := web.New()
	s.mux.Handle("/", app) // the page and its assets; anything else is its 404
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, r, &alliances.Error{Kind: alliances.NotFound, Msg: "no such endpoint: " + r.Method + " " + r.URL.Path + "; GET /api/v1/openapi.json lists them"})
	})
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if len(r.URL.RawQuery) > maxQuery {
		s.writeError(w, r, &answer.ParamError{Msg: "the query is too long: at most 8 KiB"})
		return
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		if r = s.authenticate(w, r); r == nil {
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

// maxQuery bounds a request's query string.
const maxQuery = 8 << 10

// handle runs a route's handler: it reads the parameters, answers, and writes the answer
// as JSON with an ETag, or the error.
func (s *Server) handle(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q, err := newQuery(r, rt)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		v, err := rt.answer(s, r.Context(), q)
		if err == nil {
			err = q.unused()
		}
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		s.writeJSON(w, r, http.StatusOK, v)
	})
}

// fresh drops what the server keeps when the store has changed since it was read. The
// store is asked at most once a second: a change shows within that.
func (s *Server) fresh(ctx context.Context) error {
	ch, ok := s.db.(alliances.Changes)
	if !ok {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if now := s.now(); now.Sub(s.checked) < time.Second && !s.checked.IsZero() {
		return nil
	} else {
		s.checked = now
	}
	v, err := ch.LastChange(ctx)
	if err != nil {
		return err
	}
	if v != s.version {
		s.version = v
		s.records = map[recordKey]*loading{}
		s.actors = map[actorsKey]*loading{}
		s.layouts = map[*answer.Record]*answer.Layout{}
	}
	return nil
}

// allActors returns every actor of the store as known at an instant.
func (s *Server) allActors(ctx context.Context, knownAt time.Time) ([]alliances.Actor, error) {
	if err := s.fresh(ctx); err != nil {
		return nil, err
	}
	key := actorsKey{knownAt, viewKey(ctx)}
	s.mu.Lock()
	l, ok := s.actors[key]
	if !ok {
		if len(s.actors) > maxKnownAt {
			clear(s.actors)
		}
		l = &loading{done: make(chan struct{})}
		s.actors[key] = l
	}
	s.mu.Unlock()
	if !ok {
		l.actors, l.err = s.store(ctx).Actors(ctx, alliances.ActorFilter{KnownAt: knownAt})
		s.forget(l, func() { delete(s.actors, key) })
		close(l.done)
	}
	return wait(ctx, l, func(l *loading) []alliances.Actor { return l.actors })
}

// record returns the case a question reads, chosen as the command line chooses it (see
// answer.ChooseCase), and the ids of the actors named.
func (s *Server) record(ctx context.Context, caseID string, knownAt time.Time, names ...string) (*answer.Record, []string, error) {
	db := s.store(ctx)
	cases, err := db.CaseIDs(ctx, knownAt)
	if err != nil {
		return nil, nil, err
	}
	all, err := s.allActors(ctx, knownAt)
	if err != nil {
		return nil, nil, err
	}
	naming, err := answer.CasesNaming(ctx, db, cases, caseID, all, names, knownAt)
	if err != nil {
		return nil, nil, err
	}
	chosen, note, err := answer.ChooseCase(cases, caseID, all, names, naming)
	if err != nil {
		return nil, nil, err
	}
	key := recordKey{chosen, knownAt, viewKey(ctx)}
	s.mu.Lock()
	l, ok := s.records[key]
	if !ok {
		if !knownAt.IsZero() && len(s.records) > maxKnownAt {
			for k := range s.records {
				if !k.knownAt.IsZero() {
					delete(s.records, k)
				}
			}
		}
		l = &loading{done: make(chan struct{})}
		s.records[key] = l
	}
	s.mu.Unlock()
	if !ok {
		l.rec, _, l.err = answer.Load(ctx, db, chosen, knownAt, nil)
		s.forget(l, func() { delete(s.records, key) })
		close(l.done)
	}
	rec, err := wait(ctx, l, func(l *loading) *answer.Record { return l.rec })
	if err != nil {
		return nil, nil, err
	}
	if note != rec.CaseNote {
		rec = rec.WithNote(note) // how the case was chosen depends on the request
	}
	ids := make([]string, len(names))
	for i, n := range names {
		if ids[i], err = rec.Resolve(n, all); err != nil {
			return nil, nil, err
		}
	}
	return rec, ids, nil
}

// layout returns the layout of a record, made on first use: it costs more than most
// questions, and stays the same until the record changes.
func (s *Server) layout(rec *answer.Record) *answer.Layout {
	s.mu.Lock()
	l, ok := s.layouts[rec]
	s.mu.Unlock()
	if ok {
		return l
	}
	l = answer.LayoutOf(rec)
	s.mu.Lock()
	if len(s.layouts) > 2*maxKnownAt {
		clear(s.layouts)
	}
	s.layouts[rec] = l
	s.mu.Unlock()
	return l
}

// forget drops a failed read, so that the next request tries again: an error may be
// the request's own (it was cancelled) or pass (the store was locked).
func (s *Server) forget(l *loading, drop func()) {
	if l.err == nil {
		return
	}
	s.mu.Lock()
	drop()
	s.mu.Unlock()
}

// wait waits for a read to end, or for the request to be cancelled.
func wait[T any](ctx context.Context, l *loading, get func(*loading) T) (T, error) {
	select {
	case <-l.done:
		return get(l), l.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// writeJSON writes v as compact JSON with an ETag, the hash of the body, answering 304 when the
// client holds it already.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		s.writeError(w, r, &alliances.Error{Kind: alliances.Internal, Op: "encode", Err: err})
		return
	}
	body = append(body, '\n')
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:16]) + `"`
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	if status == http.StatusOK {
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		if s.accounts != nil {
			h.Set("Cache-Control", "private, no-cache") // each user's own
		}
		if match := r.Header.Get("If-None-Match"); match != "" && match == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	w.WriteHeader(status)
	w.Write(body)
}

// apiError is the body of an error response.
type apiError struct {
	Error struct {
		Kind    string `json:"kind"`
		Message string `json:"message"`
	} `json:"error"`
}

// writeError writes err as JSON with the status its kind maps to: 400 for a bad
// parameter or input, 404, 409, 503, and 500 for the server's own failures, which are
// logged.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	var body apiError
	status, kind := statusOf(err)
	body.Error.Kind, body.Error.Message = kind, err.Error()
	if status == http.StatusInternalServerError && s.log != nil {
		s.log.Printf("%s %s: %v", r.Method, r.URL, err)
	}
	if errors.Is(err, context.Canceled) {
		status, body.Error.Kind = 499, "cancelled" // the client went away; nobody reads this
	}
	s.writeJSON(w, r, status, body)
}

// statusOf maps an error to its HTTP status and the kind the body names.
func statusOf(err error) (int, string) {
	if se, ok := errors.AsType[*statusError](err); ok {
		return se.status, se.kind
	}
	if answer.IsParam(err) {
		return http.StatusBadRequest, "invalid"
	}
	switch alliances.KindOf(err) {
	case alliances.Invalid:
		return http.StatusBadRequest, "invalid"
	case alliances.NotFound:
		return http.StatusNotFound, "not_found"
	case alliances.Conflict:
		return http.StatusConflict, "conflict"
	case alliances.Unavailable:
		return http.StatusServiceUnavailable, "unavailable"
	}
	return http.StatusInternalServerError, "internal"
}
