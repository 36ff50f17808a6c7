// Package team is what a shared record needs beyond the record itself: accounts with
// roles and per-case access, sessions and API tokens, the review of proposed changes,
// and the audit trail of who changed what, when and why.
//
// A change entered by an analyst is a Proposal: the claim as it would be, made on a
// version of it (Base, 0 for a new claim). It enters the record only when a reviewer
// other than its author accepts it, as proposed or edited, and only while the claim is
// still at the version the proposal was made on: a change made on a stale version is
// refused and the current version shown, never written over. Every step is an Entry of
// the audit trail, written in the same transaction as the change it records.
package team

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
)

// Role is what a user may do, each role all that the one before it may.
type Role string

const (
	Reader   Role = "reader"   // reads the cases granted
	Analyst  Role = "analyst"  // and proposes changes to those granted for editing
	Reviewer Role = "reviewer" // and accepts or rejects others' proposals
	Admin    Role = "admin"    // and manages users, tokens and access; sees every case
)

// Roles lists the roles from the least to the most able.
var Roles = []Role{Reader, Analyst, Reviewer, Admin}

// ParseRole returns the role named, or an Invalid error.
func ParseRole(s string) (Role, error) {
	if slices.Contains(Roles, Role(s)) {
		return Role(s), nil
	}
	return "", alliances.Errorf(alliances.Invalid, "", "unknown role %q: expected reader, analyst, reviewer or admin", s)
}

// AtLeast reports whether r may do all that o may.
func (r Role) AtLeast(o Role) bool {
	return slices.Index(Roles, r) >= slices.Index(Roles, o) && slices.Contains(Roles, o)
}

// AllCases in an Access grants every case, those recorded later included.
const AllCases = "*"

// Access grants a user a case: to read it, and to edit it (propose, and review for a
// reviewer) when Edit is set.
type Access struct {
	Case string `json:"case"`
	Edit bool   `json:"edit"`
}

// User is an account.
type User struct {
	Name       string    `json:"name"`
	Role       Role      `json:"role"`
	Restricted bool      `json:"restricted"` // may see sources marked restricted, and the claims resting on them
	Disabled   bool      `json:"disabled,omitempty"`
	Access     []Access  `json:"access"`
	Created    time.Time `json:"created"`
}

// Check says what makes u no account to keep, an Invalid error naming the field: a
// name of other than 1 to 64 of a-z, 0-9, '-', '_' and '.', a role not among Roles, an
// access to no case, or a reader granted editing (a reader edits nothing).
func (u *User) Check() error {
	const op = "user"
	switch {
	case !ValidUserName(u.Name):
		return alliances.Errorf(alliances.Invalid, op, "name %q: expected 1 to 64 of a-z, 0-9, '-', '_' and '.'", u.Name)
	case !slices.Contains(Roles, u.Role):
		return alliances.Errorf(alliances.Invalid, op, "%s: role %q: expected reader, analyst, reviewer or admin", u.Name, u.Role)
	}
	for _, a := range u.Access {
		if strings.TrimSpace(a.Case) == "" {
			return alliances.Errorf(alliances.Invalid, op, "%s: an access names no case: expected a case id or %s", u.Name, AllCases)
		}
		if a.Edit && u.Role == Reader {
			return alliances.Errorf(alliances.Invalid, op, "%s: a reader edits nothing: grant case %s for reading (or give the role analyst)", u.Name, a.Case)
		}
	}
	return nil
}

// Grants is the access granted by two lists of case ids separated by commas (or *, every
// case): read for reading, edit for reading and editing.
func Grants(read, edit string) []Access {
	var out []Access
	for i, list := range []string{read, edit} {
		for _, c := range strings.Split(list, ",") {
			if c = strings.TrimSpace(c); c != "" {
				out = append(out, Access{Case: c, Edit: i == 1})
			}
		}
	}
	return out
}

// ValidUserName reports whether name may name an account: 1 to 64 of a-z, 0-9, '-', '_'
// and '.'.
func ValidUserName(name string) bool {
	return name != "" && len(name) <= 64 && !strings.ContainsFunc(name, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.')
	})
}

func (u *User) access(caseID string) (Access, bool) {
	for _, a := range u.Access {
		if a.Case == caseID || a.Case == AllCases {
			return a, true
		}
	}
	return Access{}, false
}

// MaySee reports whether the user may read a case. The registry, which every case's
// actors come from, may be read by whoever may read a case.
func (u *User) MaySee(caseID string) bool {
	if u.Disabled {
		return false
	}
	if u.Role == Admin {
		return true
	}
	if caseID == alliances.RegistryCase && len(u.Access) > 0 {
		return true
	}
	_, ok := u.access(caseID)
	return ok
}

// MayPropose reports whether the user may propose changes to a case.
func (u *User) MayPropose(caseID string) bool {
	if u.Disabled || !u.Role.AtLeast(Analyst) {
		return false
	}
	if u.Role == Admin {
		return true
	}
	a, ok := u.access(caseID)
	return ok && a.Edit
}

// MayReview reports whether the user may accept or reject proposals to a case.
func (u *User) MayReview(caseID string) bool {
	return u.Role.AtLeast(Reviewer) && u.MayPropose(caseID)
}

// Status is where a proposal stands.
type Status string

const (
	Proposed  Status = "proposed"
	Accepted  Status = "accepted"
	Rejected  Status = "rejected"
	Withdrawn Status = "withdrawn"
)

// Proposal is a change to one claim of a case, waiting for review or decided.
type Proposal struct {
	ID      string          `json:"id"`
	Case    string          `json:"case"`
	Entity  string          `json:"entity"` // source, actor, tie, event
	Claim   string          `json:"claim"`  // the claim's id
	Base    int             `json:"base"`   // the version it was made on; 0: a new claim
	Retract bool            `json:"retract,omitempty"`
	Body    json.RawMessage `json:"body,omitempty"` // the claim as proposed (docs/json.md); none for a retraction
	Author  string          `json:"author"`
	Reason  string          `json:"reason,omitempty"`
	Created time.Time       `json:"created"`
	// Confidence is a reader's in a claim it proposed (alliances extract), 0 to 1; 0 for
	// a person's proposal.
	Confidence float64 `json:"confidence,omitempty"`
	// Document is the report a reader proposed the claim from, and Start and End the
	// byte offsets of its evidence there.
	Document string `json:"document,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`

	Status    Status    `json:"status"`
	Revision  int       `json:"revision"` // raised by every change of the proposal itself
	DecidedBy string    `json:"decided_by,omitempty"`
	DecidedAt time.Time `json:"decided_at,omitzero"`
	Note      string    `json:"note,omitempty"`    // the reviewer's
	Version   int       `json:"version,omitempty"` // the version of the claim an acceptance recorded
	// Accepted is the claim as the reviewer edited it before accepting, when they did:
	// Body stays as the author proposed it.
	Accepted json.RawMessage `json:"accepted,omitempty"`
	// Stale: waiting for review, but made on another version of the claim than the
	// current one (changed or retracted since, or added by another): it can only be
	// rejected or withdrawn, and readings do not read it in.
	Stale bool `json:"stale,omitempty"`
}

// Final returns the claim an acceptance records: as the reviewer edited it, or as
// proposed.
func (p *Proposal) Final() json.RawMessage {
	if len(p.Accepted) > 0 {
		return p.Accepted
	}
	return p.Body
}

// Decision is a reviewer's (or, to withdraw, the author's) answer to a proposal.
type Decision struct {
	Proposal string
	Revision int // the revision decided on: a proposal changed since is refused
	By       string
	Status   Status          // Accepted, Rejected or Withdrawn
	Body     json.RawMessage // for an acceptance, the claim as the reviewer edited it; nil: as proposed
	// Claim, for an acceptance of a new claim, is the id it is recorded under where the
	// reviewer's correction renames it (a reader's id that names the kind it corrected);
	// "" keeps the proposal's.
	Claim string
	Note  string // why; required to reject, and to accept a claim edited
}

// ProposalFilter selects proposals; zero fields do not filter.
type ProposalFilter struct {
	Case     string
	Author   string
	Status   Status
	Claim    string
	Document string
}

// Entry is one line of the audit trail.
type Entry struct {
	ID      string          `json:"id"`
	At      time.Time       `json:"at"`
	User    string          `json:"user"`
	Action  string          `json:"action"` // import, propose, accept, reject, withdraw, user, access, token
	Case    string          `json:"case,omitempty"`
	Entity  string          `json:"entity,omitempty"`
	Claim   string          `json:"claim,omitempty"`
	Version int             `json:"version,omitempty"`
	Reason  string          `json:"reason,omitempty"`
	Detail  json.RawMessage `json:"detail,omitempty"`
}

// AuditFilter selects entries of the audit trail, newest first; zero fields do not
// filter.
type AuditFilter struct {
	Case   string
	Cases  []string // when not nil, only the entries of these cases (none without a case)
	User   string
	Claim  string
	Before time.Time // entries before this instant (for paging)
	Limit  int       // at most this many; 0: 200
}

// Token is a session or an API token, as stored: its hash, never the token itself.
type Token struct {
	Hash    string    `json:"-"`
	ID      string    `json:"id"` // a short public name, to list and revoke it by
	User    string    `json:"user"`
	Kind    string    `json:"kind"` // "session" or "api"
	Label   string    `json:"label,omitempty"`
	CSRF    string    `json:"-"` // a session's token against cross-site requests
	Created time.Time `json:"created"`
	Expires time.Time `json:"expires,omitzero"`
	Revoked bool      `json:"revoked,omitempty"`
}

// Document is a report a reader proposed claims from, kept as read.
type Document struct {
	ID      string    `json:"id"`
	Case    string    `json:"case"`
	Source  string    `json:"source"`
	Name    string    `json:"name"`
	Text    string    `json:"text,omitempty"`
	Author  string    `json:"author"`
	Created time.Time `json:"created"`
}

// Store keeps accounts, tokens, proposals and the audit trail beside the record.
type Store interface {
	// AddUser records a new account with its password hash; Conflict when the name is
	// taken.
	AddUser(ctx context.Context, u User, passwordHash, by string) error
	// UpdateUser changes an account's role, restricted flag, disabled flag and access,
	// and its password hash unless empty.
	UpdateUser(ctx context.Context, u User, passwordHash, by string) error
	// User returns an account and its password hash; NotFound when none.
	User(ctx context.Context, name string) (User, string, error)
	Users(ctx context.Context) ([]User, error)

	// AddToken records a token; TokenByHash finds a live one (not revoked, not expired)
	// and its user; RevokeToken revokes a token of a user by its id (every session of
	// the user, for id "sessions").
	AddToken(ctx context.Context, t Token, by string) error
	TokenByHash(ctx context.Context, hash string, now time.Time) (Token, User, error)
	RevokeToken(ctx context.Context, user, id, by string) error
	Tokens(ctx context.Context, user string) ([]Token, error)

	// Propose records a proposal, checked against the case as it is: Invalid when the
	// claim would not be valid there, Conflict when Base is not the claim's current
	// version.
	Propose(ctx context.Context, p Proposal) (Proposal, error)
	Proposals(ctx context.Context, f ProposalFilter) ([]Proposal, error)
	Proposal(ctx context.Context, id string) (Proposal, error)
	// Decide accepts, rejects or withdraws a proposal. An acceptance records the claim
	// as a new version, in the same transaction; Conflict when the claim or the
	// proposal changed since they were read.
	Decide(ctx context.Context, d Decision) (Proposal, error)

	// AddDocument keeps a report; Documents lists a case's (without their text);
	// Document returns one, NotFound when none.
	AddDocument(ctx context.Context, d Document) error
	Documents(ctx context.Context, caseID string) ([]Document, error)
	Document(ctx context.Context, id string) (Document, error)

	// Audit returns entries of the audit trail, newest first.
	Audit(ctx context.Context, f AuditFilter) ([]Entry, error)
	// Log appends an entry (an import, a change of account).
	Log(ctx context.Context, e Entry) error
}

// Renamed gives the proposal the id a decision records its claim under: refused for a
// change of a claim recorded before (its id is that claim's), or an id that is none.
func (p *Proposal) Renamed(d Decision) error {
	switch {
	case d.Claim == "" || d.Claim == p.Claim || d.Status != Accepted:
		return nil
	case p.Base != 0 || p.Retract:
		return alliances.Errorf(alliances.Invalid, "review", "claim %q: a change of a recorded %s keeps its id %q", d.Claim, p.Entity, p.Claim)
	case !alliances.ValidID(d.Claim):
		return alliances.Errorf(alliances.Invalid, "review", "claim %q: not a valid id (lowercase letters, digits and hyphens)", d.Claim)
	}
	p.Claim = d.Claim
	return nil
}
