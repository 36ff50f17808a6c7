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
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/extract"
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
}

func (s *Server) sessionOf(ctx context.Context, c *caller) (session, error) {
	out := session{User: c.user, Expires: c.token.Expires, Propose: []string{}, Review: []string{}}
	if c.cookie {
		out.CSRF = c.token.CSRF
	}
	ids, err := s.db.CaseIDs(ctx, time.Time{})
	if err != nil {
		return out, err
	}
	for _, id := range ids {
		if c.user.MayPropose(id) && id != alliances.RegistryCase {
			out.Propose = append(out.Propose, id)
		}
		if c.user.MayReview(id) && id != alliances.RegistryCase {
			out.Review = append(out.Review, id)
		}
	}
	return out, nil
}

// dummyHash is checked against when a user does not exist, so that a sign-in takes as
// long for a name that is not one.
var dummyHash = team.HashPassword("not a password anyone has")

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
		hash = dummyHash
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

// proposalIn is the body of POST /api/v1/proposals.
type proposalIn struct {
	Case    string          `json:"case"`
	Entity  string          `json:"entity"`
	Claim   string          `json:"claim"`
	Base    int             `json:"base"`
	Retract bool            `json:"retract"`
	Body    json.RawMessage `json:"body"`
	Reason  string          `json:"reason"`
}

// maxReason bounds a reason or a note.
const maxReason = 2000

func (s *Server) propose(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error) {
	var err error
	var in proposalIn
	if err := readBody(w, r, &in); err != nil {
		return 0, nil, err
	}
	in.Reason = strings.TrimSpace(in.Reason)
	switch {
	case !c.user.MaySee(in.Case):
		err = alliances.Errorf(alliances.NotFound, "propose", "no case %q in the database", in.Case)
	case in.Case == alliances.RegistryCase && c.user.Role != team.Admin:
		err = errForbidden("only an admin changes the registry of shared actors")
	case !c.user.MayPropose(in.Case):
		err = errForbidden("%s %s may not propose changes to case %s", c.user.Role, c.user.Name, in.Case)
	case in.Base > 0 && in.Reason == "":
		err = errParam("reason: required for a change to a claim already in the record (version %d): say why, in a few words", in.Base)
	case len(in.Reason) > maxReason:
		err = errParam("reason: at most %d bytes", maxReason)
	}
	if err == nil && (in.Base < 0 || in.Case == "") {
		err = errParam("case and base: required, the case changed and the version of the claim the change was made on (0 for a new claim)")
	}
	var restricted map[string]bool
	if err == nil && !c.user.Restricted {
		if restricted, err = s.guardRestricted(r.Context(), in.Entity, in.Claim, in.Retract, in.Body); err == nil && in.Base > 0 && !in.Retract {
			in.Body, err = s.keepWithheld(r.Context(), in.Entity, in.Claim, in.Body, restricted)
		}
	}
	if err != nil {
		return 0, nil, err
	}
	p, err := s.accounts.Store.Propose(r.Context(), team.Proposal{Case: in.Case, Entity: in.Entity, Claim: in.Claim, Base: in.Base,
		Retract: in.Retract, Body: in.Body, Author: c.user.Name, Reason: in.Reason})
	if err != nil {
		return 0, nil, err
	}
	p, _ = redactProposal(p, restricted) // the citations kept for them stay unseen
	return http.StatusCreated, p, nil
}

func (s *Server) listProposals(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error) {
	q := r.URL.Query()
	for k := range q {
		if !slices.Contains([]string{"case", "author", "status", "claim"}, k) {
			return 0, nil, errParam("GET /api/v1/proposals takes no parameter %s; it takes case, author, status, claim", k)
		}
	}
	f := team.ProposalFilter{Case: q.Get("case"), Author: q.Get("author"), Status: team.Status(q.Get("status")), Claim: q.Get("claim")}
	if f.Status != "" && !slices.Contains([]team.Status{team.Proposed, team.Accepted, team.Rejected, team.Withdrawn}, f.Status) {
		return 0, nil, errParam("parameter status %q: expected proposed, accepted, rejected or withdrawn", f.Status)
	}
	ps, err := s.accounts.Store.Proposals(r.Context(), f)
	if err != nil {
		return 0, nil, err
	}
	withheld, err := s.withheldFrom(r.Context(), c)
	if err != nil {
		return 0, nil, err
	}
	out := []team.Proposal{}
	for _, p := range ps {
		if p, ok := redactProposal(p, withheld); ok && c.user.MaySee(p.Case) {
			out = append(out, p)
		}
	}
	return http.StatusOK, out, nil
}

func (s *Server) getProposal(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error) {
	p, err := s.accounts.Store.Proposal(r.Context(), r.PathValue("id"))
	var withheld map[string]bool
	if err == nil {
		withheld, err = s.withheldFrom(r.Context(), c)
	}
	if err == nil {
		var ok bool
		if p, ok = redactProposal(p, withheld); !ok || !c.user.MaySee(p.Case) {
			err = alliances.Errorf(alliances.NotFound, "proposal", "no proposal %q", r.PathValue("id"))
		}
	}
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, p, nil
}

// decisionIn is the body of POST /api/v1/proposals/{id}/decision.
type decisionIn struct {
	Status   team.Status     `json:"status"`
	Revision int             `json:"revision"`
	Body     json.RawMessage `json:"body"`
	Note     string          `json:"note"`
}

func (s *Server) decide(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error) {
	var in decisionIn
	if err := readBody(w, r, &in); err != nil {
		return 0, nil, err
	}
	ctx := r.Context()
	p, err := s.accounts.Store.Proposal(ctx, r.PathValue("id"))
	if err == nil && !c.user.MaySee(p.Case) {
		err = alliances.Errorf(alliances.NotFound, "proposal", "no proposal %q", r.PathValue("id"))
	}
	if err == nil {
		err = mayDecide(&c.user, p, in)
	}
	var restricted map[string]bool
	if err == nil && !c.user.Restricted {
		if restricted, err = s.guardRestricted(ctx, p.Entity, p.Claim, p.Retract && in.Status == team.Accepted, p.Body, in.Body); err == nil &&
			len(in.Body) > 0 && p.Base > 0 {
			in.Body, err = s.keepWithheld(ctx, p.Entity, p.Claim, in.Body, restricted)
		}
	}
	if err == nil && len(in.Body) > 0 && jsonEqual(in.Body, p.Body) {
		in.Body = nil // accepted as proposed
	}
	if err != nil {
		return 0, nil, err
	}
	d, err := s.accounts.Store.Decide(ctx, team.Decision{Proposal: p.ID, Revision: in.Revision, By: c.user.Name, Status: in.Status,
		Body: in.Body, Note: strings.TrimSpace(in.Note)})
	if err != nil {
		return 0, nil, err
	}
	if d.Status == team.Accepted {
		s.changed()
	}
	d, _ = redactProposal(d, restricted)
	return http.StatusOK, d, nil
}

// mayDecide checks a decision against who makes it: a reviewer of the case, not the
// author, accepts or rejects (four eyes); the author withdraws; a rejection says why.
func mayDecide(u *team.User, p team.Proposal, in decisionIn) error {
	forbidden := errForbidden
	switch in.Status {
	case team.Accepted, team.Rejected:
		if !u.MayReview(p.Case) {
			return forbidden("%s %s may not review changes to case %s", u.Role, u.Name, p.Case)
		}
		if p.Author == u.Name {
			return forbidden("%s proposed this change; another reviewer decides on it", u.Name)
		}
		if in.Status == team.Rejected && strings.TrimSpace(in.Note) == "" {
			return errParam("note: required to reject a proposal: say why, for its author")
		}
		if in.Status == team.Rejected && len(in.Body) > 0 {
			return errParam("body: a rejection takes no claim")
		}
		if in.Status == team.Accepted && len(in.Body) > 0 && strings.TrimSpace(in.Note) == "" {
			return errParam("note: required to accept a claim you edited: say what you changed and why (the author's proposal is kept beside it)")
		}
	case team.Withdrawn:
		if p.Author != u.Name {
			return forbidden("only %s, who proposed it, may withdraw this proposal", p.Author)
		}
	default:
		return errParam("status %q: expected accepted, rejected or withdrawn", in.Status)
	}
	if in.Revision < 1 {
		return errParam("revision: required, the proposal's revision as read (GET /api/v1/proposals/%s gives it), so that a proposal changed since is not decided unseen", p.ID)
	}
	if len(in.Note) > maxReason {
		return errParam("note: at most %d bytes", maxReason)
	}
	return nil
}

func (s *Server) audit(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error) {
	var err error
	q := r.URL.Query()
	f := team.AuditFilter{Case: q.Get("case"), User: q.Get("user"), Claim: q.Get("claim")}
	for k := range q {
		if !slices.Contains([]string{"case", "user", "claim", "before", "limit"}, k) {
			return 0, nil, errParam("GET /api/v1/audit takes no parameter %s; it takes case, user, claim, before, limit", k)
		}
	}
	if v := q.Get("before"); v != "" {
		if f.Before, err = time.Parse(time.RFC3339Nano, v); err != nil {
			return 0, nil, errParam("parameter before %q: expected an instant such as 2026-12-01T10:00:00Z", v)
		}
	}
	if v := q.Get("limit"); v != "" {
		if n, err := strconv.Atoi(v); err != nil || n < 1 || n > 1000 {
			return 0, nil, errParam("parameter limit %q: expected a number from 1 to 1000", v)
		} else {
			f.Limit = n
		}
	}
	if f.Case != "" && !c.user.MaySee(f.Case) {
		return 0, nil, alliances.Errorf(alliances.NotFound, "audit", "no case %q in the database", f.Case)
	}
	// What is not about a case (accounts, tokens) is for admins; others read the
	// entries of the cases they may see, filtered before the limit applies.
	if c.user.Role != team.Admin {
		ids, err := s.db.CaseIDs(r.Context(), time.Time{})
		if err != nil {
			return 0, nil, err
		}
		f.Cases = slices.DeleteFunc(ids, func(id string) bool { return !c.user.MaySee(id) })
	}
	withheld, err := s.withheldFrom(r.Context(), c)
	if err != nil {
		return 0, nil, err
	}
	// Entries withheld leave room for older ones: read on until the limit is reached or
	// the trail ends.
	limit := f.Limit
	if limit <= 0 {
		limit = 200
	}
	f.Limit = limit
	out := []team.Entry{}
	for {
		es, err := s.accounts.Store.Audit(r.Context(), f)
		if err != nil {
			return 0, nil, err
		}
		for _, e := range es {
			if e, ok := redactEntry(e, withheld); ok && len(out) < limit {
				out = append(out, e)
			}
		}
		if len(out) >= limit || len(es) < f.Limit {
			break
		}
		f.Before = es[len(es)-1].At
	}
	return http.StatusOK, out, nil
}

// changed makes the next reading ask the store what changed, at once: a change made
// here shows to whoever made it in their next request.
func (s *Server) changed() {
	s.mu.Lock()
	s.checked = time.Time{}
	s.mu.Unlock()
}

// The restricted sources, on the way in and out of proposals and the audit trail: a
// user not cleared for them neither reads them nor changes them, nor a claim that
// cites them; and a change such a user makes to a claim that cites them (which they read
// without those citations) keeps the citations they did not see.

// touchesRestricted reports whether a claim, as proposed, is a restricted source (or
// makes one so), or cites one.
func touchesRestricted(entity, claim string, body json.RawMessage, restricted map[string]bool) bool {
	if entity == "source" {
		var src alliances.Source
		_ = json.Unmarshal(body, &src)
		return restricted[claim] || src.Restricted
	}
	if len(restricted) == 0 || len(body) == 0 {
		return false
	}
	var c struct {
		Citations []alliances.Citation `json:"citations"`
	}
	_ = json.Unmarshal(body, &c)
	return slices.ContainsFunc(c.Citations, func(ct alliances.Citation) bool { return restricted[ct.Source] })
}

// guardRestricted refuses, to a user not cleared for the restricted sources, a change
// that is about them: a claim that is one, makes one or cites one; a claim whose current
// version rests on them alone (not found, as reading it is); the retraction of a claim
// whose current version cites one. It returns the restricted sources.
func (s *Server) guardRestricted(ctx context.Context, entity, claim string, retract bool, bodies ...json.RawMessage) (map[string]bool, error) {
	restricted, err := s.restrictedSources(ctx)
	if err != nil {
		return nil, err
	}
	for _, b := range bodies {
		if touchesRestricted(entity, claim, b, restricted) {
			return nil, errForbidden("%s %s would be, or cite, a source marked restricted: only users cleared for restricted sources make that change (alliances users set NAME --restricted)", entity, claim)
		}
	}
	cites, only, err := s.currentCites(ctx, entity, claim, restricted)
	switch {
	case err != nil:
		return nil, err
	case only:
		return nil, alliances.Errorf(alliances.NotFound, "", "no %s %q in the record", entity, claim)
	case cites && retract:
		return nil, errForbidden("retracting %s %s would take with it citations of sources you are not cleared for; a user cleared for restricted sources retracts it", entity, claim)
	}
	return restricted, nil
}

// currentCites reports whether the current version of a claim cites a restricted
// source, and whether it rests on them alone (for a source: whether it is one).
func (s *Server) currentCites(ctx context.Context, entity, claim string, restricted map[string]bool) (cites, only bool, err error) {
	if len(restricted) == 0 {
		return false, false, nil
	}
	if entity == "source" {
		return false, restricted[claim], nil
	}
	vs, err := s.db.History(ctx, claim)
	if alliances.KindOf(err) == alliances.NotFound {
		return false, false, nil
	} else if err != nil {
		return false, false, err
	}
	cur := vs[len(vs)-1]
	if !cur.Recorded.To.IsZero() || cur.Entity != entity {
		return false, false, nil
	}
	var c struct {
		Citations []alliances.Citation `json:"citations"`
	}
	if json.Unmarshal(cur.Body, &c) != nil || len(c.Citations) == 0 {
		return false, false, nil
	}
	n := 0
	for _, ct := range c.Citations {
		if restricted[ct.Source] {
			n++
		}
	}
	return n > 0, n == len(c.Citations), nil
}

// jsonEqual reports whether two JSON texts hold the same value.
func jsonEqual(a, b json.RawMessage) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

// keepWithheld returns a claim as a user not cleared for the restricted sources changed
// it, with the citations of those sources that its current version holds put back.
func (s *Server) keepWithheld(ctx context.Context, entity, claim string, body json.RawMessage, restricted map[string]bool) (json.RawMessage, error) {
	if len(restricted) == 0 || len(body) == 0 || (entity != "tie" && entity != "event") {
		return body, nil
	}
	vs, err := s.db.History(ctx, claim)
	if alliances.KindOf(err) == alliances.NotFound {
		return body, nil
	} else if err != nil {
		return nil, err
	}
	cur := vs[len(vs)-1]
	if !cur.Recorded.To.IsZero() {
		return body, nil
	}
	var old struct {
		Citations []alliances.Citation `json:"citations"`
	}
	if json.Unmarshal(cur.Body, &old) != nil {
		return body, nil
	}
	var hidden []alliances.Citation
	for _, ct := range old.Citations {
		if restricted[ct.Source] {
			hidden = append(hidden, ct)
		}
	}
	if len(hidden) == 0 {
		return body, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil {
		return body, nil // the store says what is wrong with it
	}
	var cites []alliances.Citation
	if raw, ok := m["citations"]; ok {
		if err := json.Unmarshal(raw, &cites); err != nil {
			return body, nil
		}
	}
	cites = append(cites, hidden...)
	raw, err := json.Marshal(cites)
	if err != nil {
		return nil, err
	}
	m["citations"] = raw
	return json.Marshal(m)
}

// redactProposal returns a proposal as a user not cleared for the withheld sources may
// read it; false when it is about one of them, or its claim rests on them alone.
func redactProposal(p team.Proposal, withheld map[string]bool) (team.Proposal, bool) {
	if withheld == nil {
		return p, true
	}
	if p.Entity == "source" && withheld[p.Claim] {
		return p, false
	}
	for _, b := range []*json.RawMessage{&p.Body, &p.Accepted} {
		if len(*b) == 0 {
			continue
		}
		out, ok := team.Redact(p.Entity, *b, withheld)
		if !ok {
			return p, false
		}
		*b = out
	}
	return p, true
}

// redactEntry returns an entry of the audit trail as a user not cleared for the
// withheld sources may read it; false when it is about one of them.
func redactEntry(e team.Entry, withheld map[string]bool) (team.Entry, bool) {
	if withheld == nil {
		return e, true
	}
	if e.Entity == "source" && withheld[e.Claim] {
		return e, false
	}
	if len(e.Detail) == 0 || e.Entity == "" {
		return e, true
	}
	var d map[string]json.RawMessage
	if json.Unmarshal(e.Detail, &d) != nil {
		return e, true
	}
	for _, k := range []string{"body", "accepted"} {
		if b, ok := d[k]; ok {
			out, ok := team.Redact(e.Entity, b, withheld)
			if !ok {
				return e, false
			}
			d[k] = out
		}
	}
	out, err := json.Marshal(d)
	if err != nil {
		return e, false
	}
	e.Detail = out
	return e, true
}

// withheldFrom returns the restricted sources a caller may not see: nil when cleared.
func (s *Server) withheldFrom(ctx context.Context, c *caller) (map[string]bool, error) {
	if c.user.Restricted {
		return nil, nil
	}
	return s.restrictedSources(ctx)
}

// documentView is what GET /api/v1/documents/{id} answers: a report a reader proposed
// claims from, its body paragraphs, and its proposals (each with its evidence's offsets).
type documentView struct {
	team.Document
	Paragraphs []paragraphView `json:"paragraphs"`
	Proposals  []team.Proposal `json:"proposals"`
}

type paragraphView struct {
	N     int `json:"n"`
	Start int `json:"start"`
	End   int `json:"end"`
}

func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error) {
	caseID := r.URL.Query().Get("case")
	if caseID == "" || !c.user.MaySee(caseID) {
		return 0, nil, alliances.Errorf(alliances.NotFound, "documents", "no case %q in the database", caseID)
	}
	ds, err := s.accounts.Store.Documents(r.Context(), caseID)
	if err != nil {
		return 0, nil, err
	}
	withheld, err := s.withheldFrom(r.Context(), c)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, slices.DeleteFunc(ds, func(d team.Document) bool { return withheld[d.Source] }), nil
}

func (s *Server) getDocument(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error) {
	ctx := r.Context()
	d, err := s.accounts.Store.Document(ctx, r.PathValue("id"))
	if err != nil {
		return 0, nil, err
	}
	withheld, err := s.withheldFrom(ctx, c)
	if err != nil {
		return 0, nil, err
	}
	if !c.user.MaySee(d.Case) || withheld[d.Source] {
		return 0, nil, alliances.Errorf(alliances.NotFound, "document", "no document %q", d.ID)
	}
	out := documentView{Document: d, Paragraphs: []paragraphView{}, Proposals: []team.Proposal{}}
	for _, p := range extract.Read(d.Name, d.Text, extract.DefaultRules()).Paragraphs {
		out.Paragraphs = append(out.Paragraphs, paragraphView{p.N, p.Start, p.End})
	}
	ps, err := s.accounts.Store.Proposals(ctx, team.ProposalFilter{Document: d.ID})
	if err != nil {
		return 0, nil, err
	}
	for _, p := range ps {
		if p, ok := redactProposal(p, withheld); ok {
			out.Proposals = append(out.Proposals, p)
		}
	}
	return http.StatusOK, out, nil
}
