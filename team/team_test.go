package team_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/storetest"
	"github.com/alliances-project/alliances/team"
)

func TestRolesAndAccess(t *testing.T) {
	if _, err := team.ParseRole("editor"); alliances.KindOf(err) != alliances.Invalid {
		t.Errorf("team.ParseRole(editor) = %v, want invalid", err)
	}
	for _, c := range []struct {
		u                      team.User
		caseID                 string
		see, propose, reviewed bool
	}{
		{team.User{Role: team.Reader, Access: []team.Access{{Case: "a"}}}, "a", true, false, false},
		{team.User{Role: team.Reader, Access: []team.Access{{Case: "a", Edit: true}}}, "a", true, false, false}, // a reader edits nothing
		{team.User{Role: team.Analyst, Access: []team.Access{{Case: "a", Edit: true}}}, "a", true, true, false},
		{team.User{Role: team.Analyst, Access: []team.Access{{Case: "a", Edit: true}}}, "b", false, false, false},
		{team.User{Role: team.Analyst, Access: []team.Access{{Case: "a"}}}, "a", true, false, false},
		{team.User{Role: team.Reviewer, Access: []team.Access{{Case: team.AllCases, Edit: true}}}, "b", true, true, true},
		{team.User{Role: team.Reviewer, Access: []team.Access{{Case: team.AllCases}}}, "b", true, false, false},
		{team.User{Role: team.Admin}, "b", true, true, true},
		{team.User{Role: team.Admin, Disabled: true}, "b", false, false, false},
		{team.User{Role: team.Analyst, Access: []team.Access{{Case: "a"}}}, alliances.RegistryCase, true, false, false}, // the registry names every case's actors
		{team.User{Role: team.Analyst}, alliances.RegistryCase, false, false, false},
	} {
		if got := [3]bool{c.u.MaySee(c.caseID), c.u.MayPropose(c.caseID), c.u.MayReview(c.caseID)}; got != [3]bool{c.see, c.propose, c.reviewed} {
			t.Errorf("%s %+v on case %s: see, propose, review = %v, want %v", c.u.Role, c.u.Access, c.caseID, got, [3]bool{c.see, c.propose, c.reviewed})
		}
	}
}

// TestValidUserName: a name of 1 to 64 of a-z, 0-9, '-', '_' and '.'; nothing else, no
// capitals, no spaces.
func TestValidUserName(t *testing.T) {
	for name, want := range map[string]bool{
		"ana": true, "j.doe_2-x": true, strings.Repeat("a", 64): true,
		"": false, strings.Repeat("a", 65): false, "Ana": false, "ana doe": false, "ana@x": false, "anä": false,
	} {
		if got := team.ValidUserName(name); got != want {
			t.Errorf("ValidUserName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestPasswords(t *testing.T) {
	h := team.HashPassword("correct horse")
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("hash %q, want argon2id with OWASP's minimum cost in PHC form", h)
	}
	if !team.CheckPassword(h, "correct horse") || team.CheckPassword(h, "correct horse ") || team.CheckPassword(h, "") {
		t.Error("the password checks against its hash, and no other")
	}
	if team.HashPassword("correct horse") == h {
		t.Error("two hashes of one password are equal: no salt")
	}
	parts := strings.Split(h, "$")
	for _, bad := range []string{"", "plain", strings.Replace(h, "argon2id", "argon2i", 1),
		strings.Replace(h, "t=2", "t=0", 1), strings.Replace(h, "m=19456", "m=999999999", 1),
		strings.Join(append(parts[:5:5], ""), "$")} {
		if team.CheckPassword(bad, "correct horse") {
			t.Errorf("a malformed hash %q matched", bad)
		}
	}
	if a, b := team.NewSecret(), team.NewSecret(); a == b || len(a) != 43 || team.HashToken(a) == team.HashToken(b) {
		t.Errorf("secrets %q and %q: want distinct 256-bit tokens", a, b)
	}
}

func TestApply(t *testing.T) {
	rec := storetest.Sample()
	body := json.RawMessage(`{"subject":"gamma","object":"alpha","kind":"support","valid":"2019"}`)
	if err := team.Apply(rec, "tie", "new-tie", false, body); err != nil || len(rec.Ties) != 4 || rec.Ties[3].ID != "new-tie" {
		t.Fatalf("adding: %v, %d ties", err, len(rec.Ties))
	}
	if err := team.Apply(rec, "tie", "new-tie", false, json.RawMessage(`{"subject":"beta","object":"alpha","kind":"hostility","valid":"2020"}`)); err != nil ||
		len(rec.Ties) != 4 || rec.Ties[3].Kind != alliances.Hostility {
		t.Errorf("replacing: %v, %+v", err, rec.Ties[3])
	}
	if err := team.Apply(rec, "tie", "new-tie", true, nil); err != nil || len(rec.Ties) != 3 {
		t.Errorf("retracting: %v, %d ties", err, len(rec.Ties))
	}
	for _, c := range []struct {
		entity, id string
		retract    bool
		body, want string
	}{
		{"ties", "x", false, `{}`, "entity"},
		{"tie", "", false, `{}`, "claim"},
		{"tie", "x", false, ``, "body"},
		{"tie", "x", true, ``, "no claim"},
		{"tie", "x", false, `{"id":"y"}`, `field id is "y"`},
		{"tie", "x", false, `{"intensity":"high"}`, "field intensity"},
		{"tie", "x", false, `{"valid":"2019"} {}`, "found more"},
		{"actor", "x", false, `{"nam":"X"}`, `unknown field "nam"`},
	} {
		if err := team.Apply(storetest.Sample(), c.entity, c.id, c.retract, json.RawMessage(c.body)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("team.Apply(%s %q %s): %v, want an error naming %q", c.entity, c.id, c.body, err, c.want)
		}
	}
}

// store is the sample case in memory, as a Store answers it.
type store struct {
	alliances.Store
	rec *alliances.Record
}

func (s store) Ties(ctx context.Context, f alliances.TieFilter) ([]alliances.Tie, error) {
	var out []alliances.Tie
	for _, t := range s.rec.Ties {
		t.Recorded = &alliances.Recorded{Case: s.rec.Case, Version: 1}
		if f.Match(&t) {
			out = append(out, t)
		}
	}
	return out, nil
}

func (s store) Sources(ctx context.Context, knownAt time.Time) ([]alliances.Source, error) {
	out := s.rec.Sources
	for i := range out {
		out[i].Recorded = &alliances.Recorded{Case: s.rec.Case, Version: 1}
	}
	return out, nil
}

func TestViewReadsProposalsInAndWithholds(t *testing.T) {
	rec := storetest.Sample()
	rec.Sources = append(rec.Sources, alliances.Source{ID: "secret", Title: "S", Kind: "interview", Reliability: "C", Restricted: true})
	rec.Ties[0].Citations = append(rec.Ties[0].Citations, alliances.Citation{Source: "secret", Credibility: 2})
	rec.Ties[2].Citations = []alliances.Citation{{Source: "secret", Credibility: 2}}
	rec.Normalize()
	s := store{rec: rec}
	pending := []team.Proposal{
		{ID: "p1", Case: "sample", Entity: "tie", Claim: "beta-supports-alpha", Base: 1, Body: json.RawMessage(`{"subject":"beta","object":"alpha","kind":"support","valid":"2004/2022"}`)},
		{ID: "p2", Case: "sample", Entity: "tie", Claim: "gamma-introduces-alpha", Base: 1, Retract: true},
		{ID: "p3", Case: "sample", Entity: "tie", Claim: "delta-backs-beta", Body: json.RawMessage(`{"subject":"delta-wing","object":"beta","kind":"support","valid":"2020"}`)},
		{ID: "p4", Case: "other", Entity: "tie", Claim: "hidden", Body: json.RawMessage(`{"subject":"a","object":"b","kind":"support","valid":"2020"}`)},
	}
	reader := &team.User{Name: "bo", Role: team.Reader, Access: []team.Access{{Case: "sample"}}}
	v := team.ViewFor(s, reader, pending)
	ties, err := v.Ties(context.Background(), alliances.TieFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, tie := range ties {
		got[tie.ID] = tie.Recorded.Proposal + " " + tie.Valid.String()
	}
	want := map[string]string{"beta-supports-alpha": "p1 2004/2022", "delta-backs-beta": "p3 2020"}
	if len(got) != len(want) || got["beta-supports-alpha"] != want["beta-supports-alpha"] || got["delta-backs-beta"] != want["delta-backs-beta"] {
		t.Errorf("the reader's ties with proposals = %v, want %v (p2 retracts one, the tie of the secret source alone is withheld, p4 is another case's)", got, want)
	}
	// A filter applies to what the proposals make: p1's tie no longer holds in 2023.
	at := edtf.MustParse("2023").Strict()
	ties, _ = v.Ties(context.Background(), alliances.TieFilter{At: &at})
	if len(ties) != 0 {
		t.Errorf("ties active in 2023 = %d, want none", len(ties))
	}
	// Cleared, the reader sees the tie resting on the secret source, and its citation.
	cleared := *reader
	cleared.Restricted = true
	ties, _ = team.ViewFor(s, &cleared, nil).Ties(context.Background(), alliances.TieFilter{})
	if len(ties) != 3 || len(ties[0].Citations) != 2 {
		t.Errorf("a cleared reader sees %d ties, the first with %d citations; want 3 and 2", len(ties), len(ties[0].Citations))
	}
	srcs, _ := team.ViewFor(s, reader, nil).Sources(context.Background(), time.Time{})
	if len(srcs) != 1 || srcs[0].ID != "report" {
		t.Errorf("the reader's sources = %v, want the report only", srcs)
	}
}

func TestApplyNamesTheField(t *testing.T) {
	err := team.Apply(storetest.Sample(), "tie", "x", false, json.RawMessage(`{"subject":"beta","object":"alpha","kind":"support","valid":"2021-13"}`))
	if err == nil || !strings.Contains(err.Error(), "body.valid: ") {
		t.Errorf("a date that does not parse: %v, want it named as body.valid", err)
	}
}

// TestRenamedOnlyANewClaim: an acceptance may record a new claim under another id (the
// reader's id naming what the reviewer corrected), never a change of a recorded one,
// whose id is that claim's, and only under a valid id.
func TestRenamedOnlyANewClaim(t *testing.T) {
	for _, c := range []struct {
		p    team.Proposal
		d    team.Decision
		want string // the claim after, or "error"
	}{
		{team.Proposal{Claim: "x-a-support-b-p1"}, team.Decision{Status: team.Accepted, Claim: "x-a-favour-b-p1"}, "x-a-favour-b-p1"},
		{team.Proposal{Claim: "x-a-support-b-p1"}, team.Decision{Status: team.Accepted}, "x-a-support-b-p1"},
		{team.Proposal{Claim: "x-a-support-b-p1"}, team.Decision{Status: team.Rejected, Claim: "x-a-favour-b-p1"}, "x-a-support-b-p1"},
		{team.Proposal{Claim: "tie-a-b", Base: 2}, team.Decision{Status: team.Accepted, Claim: "tie-a-b-2"}, "error"},
		{team.Proposal{Claim: "tie-a-b", Retract: true}, team.Decision{Status: team.Accepted, Claim: "tie-a-b-2"}, "error"},
		{team.Proposal{Claim: "x-a-support-b-p1"}, team.Decision{Status: team.Accepted, Claim: "Not An Id"}, "error"},
	} {
		p := c.p
		err := p.Renamed(c.d)
		got := p.Claim
		if err != nil {
			got = "error"
		}
		if got != c.want {
			t.Errorf("%+v renamed by %+v: %s (%v), want %s", c.p, c.d, got, err, c.want)
		}
	}
}

// TestUserCheck: the account rules the stores and the command line share, each refusal
// naming the field.
func TestUserCheck(t *testing.T) {
	for _, c := range []struct {
		u    team.User
		want string // in the error; "" for an account to keep
	}{
		{team.User{Name: "ana", Role: team.Analyst, Access: []team.Access{{Case: "a", Edit: true}}}, ""},
		{team.User{Name: "r.k_2", Role: team.Reader, Access: []team.Access{{Case: team.AllCases}}}, ""},
		{team.User{Name: "Ana", Role: team.Analyst}, `name "Ana"`},
		{team.User{Name: "", Role: team.Analyst}, `name ""`},
		{team.User{Name: strings.Repeat("a", 65), Role: team.Analyst}, "expected 1 to 64"},
		{team.User{Name: "ana", Role: "editor"}, `role "editor"`},
		{team.User{Name: "ana", Role: team.Reader, Access: []team.Access{{Case: "a"}, {Case: "b", Edit: true}}}, "a reader edits nothing: grant case b for reading"},
		{team.User{Name: "ana", Role: team.Analyst, Access: []team.Access{{Case: " "}}}, "names no case"},
	} {
		err := c.u.Check()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%+v: %v, want it kept", c.u, err)
		case c.want != "" && (alliances.KindOf(err) != alliances.Invalid || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%+v: %v, want invalid, saying %q", c.u, err, c.want)
		}
	}
}

// TestGrants: the lists of the command line's --read and --edit, spaces and empty items
// dropped.
func TestGrants(t *testing.T) {
	got := team.Grants("a, b,,", "*")
	want := []team.Access{{Case: "a"}, {Case: "b"}, {Case: team.AllCases, Edit: true}}
	if len(got) != len(want) {
		t.Fatalf("Grants = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Grants[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
	if got := team.Grants("", ""); got != nil {
		t.Errorf("no grants = %+v, want none", got)
	}
}
