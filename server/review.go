package server

// A team's review: proposals made, listed and decided, and the audit trail.

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/intake"
	"github.com/alliances-project/alliances/team"
)

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
		alone := false
		if p.Author == c.user.Name {
			alone, err = s.onlyReviewer(ctx, c.user.Name, p.Case)
		}
		if err == nil {
			err = mayDecide(&c.user, p, in, alone)
		}
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
	// The reader's tie takes the credibility of its status and the id of what it became.
	d, _, err := intake.Decide(ctx, s.accounts.Store, p, team.Decision{Revision: in.Revision, By: c.user.Name, Status: in.Status, Body: in.Body, Note: in.Note})
	if err != nil {
		return 0, nil, err
	}
	if d.Status == team.Accepted {
		s.changed()
	}
	d, _ = redactProposal(d, restricted)
	out := decisionOut{Proposal: d}
	if d.Status == team.Rejected && d.Entity == "actor" {
		// An actor rejected leaves the ties that name it unable to be accepted as they
		// are: the answer names those waiting, as the terminal's review counts them.
		waiting, err := s.accounts.Store.Proposals(ctx, team.ProposalFilter{Case: d.Case, Status: team.Proposed})
		if err != nil {
			return 0, nil, err
		}
		for _, q := range intake.Naming(waiting, d.Claim) {
			if c.user.MaySee(q.Case) {
				out.Naming = append(out.Naming, q.ID)
			}
		}
	}
	return http.StatusOK, out, nil
}

// decisionOut is the answer to a decision: the proposal decided and, for an actor
// rejected, the waiting tie proposals that name it.
type decisionOut struct {
	team.Proposal
	Naming []string `json:"naming,omitempty"`
}

// onlyReviewer reports whether name is the only account that may review the case: a
// team of one, whose proposals no other eyes can decide.
func (s *Server) onlyReviewer(ctx context.Context, name, caseID string) (bool, error) {
	users, err := s.accounts.Store.Users(ctx)
	return err == nil && aloneIn(users, name, caseID), err
}

// aloneIn reports whether no account of users but name may review the case.
func aloneIn(users []team.User, name, caseID string) bool {
	return !slices.ContainsFunc(users, func(u team.User) bool { return u.Name != name && u.MayReview(caseID) })
}

// mayDecide checks a decision against who makes it: a reviewer of the case, not the
// author, accepts or rejects (four eyes), unless the author is the case's only
// reviewer (alone: a team of one decides on its own proposals, and the audit trail
// says who proposed and who decided); the author withdraws; a rejection says why.
func mayDecide(u *team.User, p team.Proposal, in decisionIn, alone bool) error {
	forbidden := errForbidden
	switch in.Status {
	case team.Accepted, team.Rejected:
		if !u.MayReview(p.Case) {
			return forbidden("%s %s may not review changes to case %s", u.Role, u.Name, p.Case)
		}
		if p.Author == u.Name && !alone {
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
