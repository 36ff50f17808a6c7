package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/team"
)

// Accounts makes a server a team's: every request under /api/ must come from a user,
// signed in (a session cookie) or with an API token (Authorization: Bearer), and reads
// what that user may see; analysts propose changes, reviewers accept or reject them,
// and every change is in the audit trail.
type Accounts struct {
	Store team.Store
	// SessionTTL is how long a session lasts from sign-in (default 12 hours).
	SessionTTL time.Duration
	// Secure marks the session cookie Secure: sent over HTTPS only (and to the loopback
	// address, which browsers count as secure). Set it unless the server is reached
	// over plain HTTP from another machine, which a team server should not be.
	Secure bool
}

// UseAccounts makes the server require accounts, as a.Store keeps them.
func (s *Server) UseAccounts(a Accounts) {
	if a.SessionTTL <= 0 {
		a.SessionTTL = 12 * time.Hour
	}
	s.accounts = &a
	dummyHash() // now, so that no sign-in takes the time of making it
}

// sessionCookie names the session cookie.
const sessionCookie = "alliances_session"

// csrfHeader carries a session's token against cross-site requests, which every
// request but GET and HEAD made with a session cookie must send.
const csrfHeader = "X-CSRF-Token"

// caller is who made a request, and how the record reads for them.
type caller struct {
	user    team.User
	token   team.Token
	cookie  bool            // signed in by the session cookie (not an API token)
	pending []team.Proposal // the proposals to read into the record; nil: the accepted record
	key     string          // what the view depends on, for the server's cache
	view    alliances.Store // the record as the user reads it
}

type callerKey struct{}

func callerOf(ctx context.Context) *caller {
	c, _ := ctx.Value(callerKey{}).(*caller)
	return c
}

// store returns the record as the request's user reads it: the whole store on a
// server without accounts.
func (s *Server) store(ctx context.Context) alliances.Store {
	if c := callerOf(ctx); c != nil {
		return c.view
	}
	return s.db
}

// viewKey names the view of a request, so that the server keeps what it read of a case
// apart for each view.
func viewKey(ctx context.Context) string {
	if c := callerOf(ctx); c != nil {
		return c.key
	}
	return ""
}

// proposedParam is the query parameter every reading takes on a team server:
// proposed=include reads the proposals waiting for review into the record.
const proposedParam = "proposed"

// authenticate finds the user of a request under /api/ and returns the request with
// them in its context, or writes why not and returns nil. Signing in needs no user.
func (s *Server) authenticate(w http.ResponseWriter, r *http.Request) *http.Request {
	include, err := takeProposed(r)
	if err != nil {
		s.writeError(w, r, err)
		return nil
	}
	if s.accounts == nil || r.URL.Path == "/api/v1/session" && r.Method == http.MethodPost {
		return r
	}
	ctx := r.Context()
	var secret string
	cookie := false
	if h := r.Header.Get("Authorization"); h != "" {
		var ok bool
		if secret, ok = strings.CutPrefix(h, "Bearer "); !ok {
			s.writeError(w, r, errUnauthenticated("the Authorization header must be Bearer TOKEN"))
			return nil
		}
	} else if c, err := r.Cookie(sessionCookie); err == nil {
		secret, cookie = c.Value, true
	} else {
		s.writeError(w, r, errUnauthenticated("sign in first (POST /api/v1/session), or send an API token as Authorization: Bearer TOKEN"))
		return nil
	}
	tok, user, err := s.tokenUser(ctx, team.HashToken(secret))
	if alliances.KindOf(err) == alliances.NotFound {
		if cookie {
			http.SetCookie(w, s.clearCookie())
		}
		s.writeError(w, r, errUnauthenticated(err.Error()))
		return nil
	} else if err != nil {
		s.writeError(w, r, err)
		return nil
	}
	if cookie && tok.Kind != "session" || !cookie && tok.Kind != "api" {
		s.writeError(w, r, errUnauthenticated("a session goes in its cookie, an API token in the Authorization header"))
		return nil
	}
	if cookie && r.Method != http.MethodGet && r.Method != http.MethodHead {
		got := r.Header.Get(csrfHeader)
		if subtle.ConstantTimeCompare([]byte(got), []byte(tok.CSRF)) != 1 {
			s.writeError(w, r, errForbidden("a change made with a session must send the session's %s header (GET /api/v1/session gives it)", csrfHeader))
			return nil
		}
	}
	c := &caller{user: user, token: tok, cookie: cookie}
	if include {
		c.pending, err = s.accounts.Store.Proposals(ctx, team.ProposalFilter{Status: team.Proposed})
		if err != nil {
			s.writeError(w, r, err)
			return nil
		}
	}
	view := team.ViewFor(s.db, &c.user, c.pending)
	if v, ok := view.(*team.View); ok && !c.user.Restricted {
		if v.Withheld, err = s.restrictedSources(ctx); err != nil {
			s.writeError(w, r, err)
			return nil
		}
	}
	c.view = view
	c.key = keyOf(&c.user, c.pending)
	return r.WithContext(context.WithValue(ctx, callerKey{}, c))
}

// authTTL is how long a server trusts what it read of a token: a token revoked, or a
// user disabled or changed, on another server takes effect here within it.
const authTTL = 5 * time.Second

type authEntry struct {
	tok   team.Token
	user  team.User
	until time.Time
}

// tokenUser returns the live token with a hash and its user, from what the server read
// in the last authTTL, or from the store.
func (s *Server) tokenUser(ctx context.Context, hash string) (team.Token, team.User, error) {
	now := s.now()
	s.authMu.Lock()
	e, ok := s.auth[hash]
	s.authMu.Unlock()
	if ok && now.Before(e.until) {
		return e.tok, e.user, nil
	}
	tok, user, err := s.accounts.Store.TokenByHash(ctx, hash, now)
	if err != nil {
		return tok, user, err
	}
	until := now.Add(authTTL)
	if !tok.Expires.IsZero() && tok.Expires.Before(until) {
		until = tok.Expires
	}
	s.authMu.Lock()
	if s.auth == nil || len(s.auth) > 10000 {
		s.auth = map[string]authEntry{}
	}
	s.auth[hash] = authEntry{tok, user, until}
	s.authMu.Unlock()
	return tok, user, nil
}

// forgetToken drops what the server read of a token.
func (s *Server) forgetToken(hash string) {
	s.authMu.Lock()
	delete(s.auth, hash)
	s.authMu.Unlock()
}

// restrictedSources returns the ids of the sources marked restricted in the current
// record, read again when the record has changed.
func (s *Server) restrictedSources(ctx context.Context) (map[string]bool, error) {
	if err := s.fresh(ctx); err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.restricted != nil && s.restrictedAt == s.version {
		defer s.mu.Unlock()
		return s.restricted, nil
	}
	version := s.version
	s.mu.Unlock()
	srcs, err := s.db.Sources(ctx, time.Time{})
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, src := range srcs {
		if src.Restricted {
			out[src.ID] = true
		}
	}
	s.mu.Lock()
	s.restricted, s.restrictedAt = out, version
	s.mu.Unlock()
	return out, nil
}

// takeProposed reads and removes the proposed parameter from a request's query.
func takeProposed(r *http.Request) (bool, error) {
	if !strings.Contains(r.URL.RawQuery, proposedParam) {
		return false, nil
	}
	q := r.URL.Query()
	v, ok := q[proposedParam]
	if !ok {
		return false, nil
	}
	q.Del(proposedParam)
	r.URL.RawQuery = q.Encode()
	switch {
	case len(v) == 1 && v[0] == "include":
		return true, nil
	case len(v) == 1 && v[0] == "exclude":
		return false, nil
	}
	return false, errParam("parameter proposed %q: expected include (read the proposals waiting for review into the record) or exclude", strings.Join(v, ","))
}

// keyOf names what a view depends on: who may see what, and the proposals read in.
func keyOf(u *team.User, pending []team.Proposal) string {
	if u.Role == team.Admin && u.Restricted && pending == nil {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s %t %v|", u.Role, u.Restricted, u.Access)
	for _, p := range pending {
		fmt.Fprintf(h, "%s:%d ", p.ID, p.Revision)
	}
	fmt.Fprintf(h, "|%t", pending != nil)
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// statusError is an answer of the server's own: who may ask, and how much.
type statusError struct {
	status int
	kind   string
	msg    string
}

func (e *statusError) Error() string { return e.msg }

func errUnauthenticated(msg string) error {
	return &statusError{http.StatusUnauthorized, "unauthenticated", msg}
}

func errForbidden(format string, args ...any) error {
	return &statusError{http.StatusForbidden, "forbidden", fmt.Sprintf(format, args...)}
}

func errParam(format string, args ...any) error {
	return &answer.ParamError{Msg: fmt.Sprintf(format, args...)}
}

func (s *Server) clearCookie() *http.Cookie {
	return &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.accounts.Secure, SameSite: http.SameSiteStrictMode}
}

// maxBody bounds the body of a request that writes.
const maxBody = 1 << 20

// readBody decodes a request's JSON body into v, refusing fields v does not have.
func readBody(w http.ResponseWriter, r *http.Request, v any) error {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return &statusError{http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("the request body is larger than %d bytes", maxBody)}
	} else if err != nil {
		return &alliances.Error{Kind: alliances.Invalid, Msg: "the request body could not be read: " + err.Error()}
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return &alliances.Error{Kind: alliances.Invalid, Msg: "the request body: " + jsonMessage(err)}
	}
	if dec.More() {
		return &alliances.Error{Kind: alliances.Invalid, Msg: "the request body: expected one JSON object, found more after it"}
	}
	return nil
}

func jsonMessage(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("not JSON at byte %d: %v", syn.Offset, err)
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Sprintf("expected a JSON object, found a JSON %s", typ.Value)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %s: expected %s, found a JSON %s", typ.Field, typ.Type, typ.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "expected a JSON object, found " + map[bool]string{true: "nothing", false: "one cut short"}[errors.Is(err, io.EOF)]
	}
	return err.Error()
}

// session is what GET /api/v1/session answers: who is signed in, the token a change
// must send in X-CSRF-Token (sessions only), and what they may do.
type session struct {
	User    team.User `json:"user"`
	CSRF    string    `json:"csrf,omitempty"`
	Expires time.Time `json:"expires,omitzero"`
	Propose []string  `json:"propose"` // the cases they may propose changes to
	Review  []string  `json:"review"`  // and review
	Alone   []string  `json:"alone"`   // and review alone, deciding on their own proposals too
}

func (s *Server) sessionOf(ctx context.Context, c *caller) (session, error) {
	out := session{User: c.user, Expires: c.token.Expires, Propose: []string{}, Review: []string{}, Alone: []string{}}
	if c.cookie {
		out.CSRF = c.token.CSRF
	}
	ids, err := s.db.CaseIDs(ctx, time.Time{})
	if err != nil {
		return out, err
	}
	users, err := s.accounts.Store.Users(ctx) // read once: whether they review alone, case by case
	if err != nil {
		return out, err
	}
	for _, id := range ids {
		if c.user.MayPropose(id) && id != alliances.RegistryCase {
			out.Propose = append(out.Propose, id)
		}
		if c.user.MayReview(id) && id != alliances.RegistryCase {
			out.Review = append(out.Review, id)
			if aloneIn(users, c.user.Name, id) {
				out.Alone = append(out.Alone, id)
			}
		}
	}
	return out, nil
}

// dummyHash is checked against when a user does not exist, so that a sign-in takes as
// long for a name that is not one. It is made when a server takes accounts, not as the
// program starts: every command of the program links the server, and the hash takes
// tens of milliseconds and 19 MB.
var dummyHash = sync.OnceValue(func() string { return team.HashPassword("not a password anyone has") })

func (s *Server) signIn(w http.ResponseWriter, r *http.Request) {
	if s.accounts == nil {
		s.writeError(w, r, errNoAccounts)
		return
	}
	var in struct {
		Name     string `json:"name"`
		Password string `json:"password"`
	}
	if err := readBody(w, r, &in); err != nil {
		s.writeError(w, r, err)
		return
	}
	ctx := r.Context()
	u, hash, err := s.accounts.Store.User(ctx, in.Name)
	if err != nil && alliances.KindOf(err) != alliances.NotFound {
		s.writeError(w, r, err)
		return
	}
	if err != nil {
		hash = dummyHash()
	}
	if !team.CheckPassword(hash, in.Password) || err != nil || u.Disabled {
		s.writeError(w, r, errUnauthenticated("the name or the password is wrong, or the account is disabled"))
		return
	}
	secret := team.NewSecret()
	now := s.now().UTC()
	tok := team.Token{Hash: team.HashToken(secret), ID: team.NewID(), User: u.Name, Kind: "session", CSRF: team.NewSecret(),
		Created: now, Expires: now.Add(s.accounts.SessionTTL)}
	if err := s.accounts.Store.AddToken(ctx, tok, u.Name); err != nil {
		s.writeError(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: secret, Path: "/", MaxAge: int(s.accounts.SessionTTL.Seconds()),
		HttpOnly: true, Secure: s.accounts.Secure, SameSite: http.SameSiteStrictMode})
	out, err := s.sessionOf(ctx, &caller{user: u, token: tok, cookie: true})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, out)
}

var errNoAccounts = &alliances.Error{Kind: alliances.NotFound, Op: "accounts",
	Msg: "this server has no accounts: it only reads; start it with alliances serve --team to sign in and edit"}

// teamCaller returns the caller of a request to a team endpoint, or the error to answer.
func (s *Server) teamCaller(r *http.Request) (*caller, error) {
	if s.accounts == nil {
		return nil, errNoAccounts
	}
	c := callerOf(r.Context())
	if c == nil {
		return nil, errUnauthenticated("sign in first")
	}
	return c, nil
}

// teamHandler answers a request to an endpoint of a team's server, made by a user: the
// handler returns the status and the answer, or the error to write.
type teamHandler func(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error)

func (s *Server) team(h teamHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, err := s.teamCaller(r)
		status, v := 0, any(nil)
		if err == nil {
			status, v, err = h(w, r, c)
		}
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		s.writeJSON(w, r, status, v)
	}
}

func (s *Server) getSession(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error) {
	out, err := s.sessionOf(r.Context(), c)
	return http.StatusOK, out, err
}

func (s *Server) signOut(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error) {
	if err := s.accounts.Store.RevokeToken(r.Context(), c.user.Name, c.token.ID, c.user.Name); err != nil {
		return 0, nil, err
	}
	s.forgetToken(c.token.Hash)
	http.SetCookie(w, s.clearCookie())
	return http.StatusOK, map[string]string{"signed_out": c.user.Name}, nil
}
