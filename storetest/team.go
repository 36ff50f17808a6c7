package storetest

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/team"
)

// TeamStore is a store that keeps accounts, proposals and the audit trail.
type TeamStore interface {
	alliances.Store
	team.Store
}

// OpenTeam opens an empty team store whose changes are stamped with clock.Now.
type OpenTeam func(t *testing.T, clock *Clock) TeamStore

// RunTeam runs the suite of accounts, tokens, review and audit against stores made by
// open.
func RunTeam(t *testing.T, open OpenTeam) {
	t.Run("UsersAndAccess", func(t *testing.T) { testUsers(t, open) })
	t.Run("TokensLiveUntilRevokedOrExpired", func(t *testing.T) { testTokens(t, open) })
	t.Run("AcceptedProposalIsANewVersion", func(t *testing.T) { testAccept(t, open) })
	t.Run("StaleChangeIsRefusedNotWritten", func(t *testing.T) { testStale(t, open) })
	t.Run("InvalidProposalSaysWhy", func(t *testing.T) { testInvalidProposal(t, open) })
	t.Run("RejectedAndDecidedOnce", func(t *testing.T) { testReject(t, open) })
	t.Run("RestrictedMarkIsKept", func(t *testing.T) { testRestrictedKept(t, open) })
	t.Run("ProposedActorMayBeNamed", func(t *testing.T) { testProposedActorNamed(t, open) })
	t.Run("BatchAsOneByOne", func(t *testing.T) { testBatchAsOneByOne(t, open) })
}

// testRestrictedKept: a source's restricted mark reads back from every path, the
// current record (through a cache, where the store keeps one) and the past.
func testRestrictedKept(t *testing.T, open OpenTeam) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	rec := Sample()
	rec.Sources[0].Restricted = true
	mustImport(t, s, rec)
	clock.Advance(time.Minute)
	for _, knownAt := range []time.Time{{}, clock.T} {
		srcs, err := s.Sources(ctx, knownAt)
		if err != nil || len(srcs) != 1 || !srcs[0].Restricted {
			t.Errorf("sources known at %v: %+v, %v; want the one source, restricted", knownAt, srcs, err)
		}
		got, err := s.Record(ctx, "sample", knownAt)
		if err != nil || !got.Sources[0].Restricted {
			t.Errorf("record known at %v: the source is not restricted (%v)", knownAt, err)
		}
	}
}

func testUsers(t *testing.T, open OpenTeam) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	ana := team.User{Name: "ana", Role: team.Analyst, Access: []team.Access{{Case: "sample", Edit: true}}}
	if err := s.AddUser(ctx, ana, "hash-1", "admin"); err != nil {
		t.Fatal(err)
	}
	if err := s.AddUser(ctx, ana, "hash-2", "admin"); alliances.KindOf(err) != alliances.Conflict {
		t.Errorf("adding ana twice: err = %v, want conflict", err)
	}
	clock.Advance(time.Second)
	u, hash, err := s.User(ctx, "ana")
	if err != nil {
		t.Fatal(err)
	}
	if hash != "hash-1" || u.Role != team.Analyst || len(u.Access) != 1 || !u.Access[0].Edit || !u.Created.Equal(start) {
		t.Errorf("ana read back as %+v with hash %q, want the analyst added with hash-1", u, hash)
	}
	if !u.MayPropose("sample") || u.MayReview("sample") || u.MaySee("other") {
		t.Errorf("ana may propose %v, review %v, see other %v; want true, false, false", u.MayPropose("sample"), u.MayReview("sample"), u.MaySee("other"))
	}
	u.Role, u.Access = team.Reviewer, []team.Access{{Case: team.AllCases}}
	if err := s.UpdateUser(ctx, u, "", "admin"); err != nil {
		t.Fatal(err)
	}
	u, hash, _ = s.User(ctx, "ana")
	if hash != "hash-1" || u.Role != team.Reviewer || !u.MaySee("other") || u.MayPropose("sample") {
		t.Errorf("after the change: %+v, hash %q; want a reviewer reading every case, editing none, the password kept", u, hash)
	}
	// An account the rules refuse is refused by the store, whoever asks, and nothing
	// changes: ana stays the reviewer she is, and no reader is added.
	bad := u
	bad.Role, bad.Access = team.Reader, []team.Access{{Case: "sample", Edit: true}}
	if err := s.UpdateUser(ctx, bad, "hash-3", "admin"); alliances.KindOf(err) != alliances.Invalid || !strings.Contains(err.Error(), "a reader edits nothing") {
		t.Errorf("making ana a reader who edits: err = %v, want invalid", err)
	}
	if err := s.AddUser(ctx, team.User{Name: "Bo Li", Role: team.Reader}, "h", "admin"); alliances.KindOf(err) != alliances.Invalid {
		t.Errorf("adding a user named with a space: err = %v, want invalid", err)
	}
	if got, hash, _ := s.User(ctx, "ana"); hash != "hash-1" || got.Role != team.Reviewer {
		t.Errorf("after the refused change: %+v, hash %q; want the reviewer as she was", got, hash)
	}
	if err := s.UpdateUser(ctx, team.User{Name: "nobody", Role: team.Reader}, "", "admin"); alliances.KindOf(err) != alliances.NotFound {
		t.Errorf("changing a user never added: err = %v, want not found", err)
	}
	entries, err := s.Audit(ctx, team.AuditFilter{User: "admin"})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 || entries[0].Reason != "changed" || entries[1].Reason != "added" {
		t.Errorf("audit of admin = %+v, want the change then the addition, newest first", entries)
	}
}

func testTokens(t *testing.T, open OpenTeam) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	if err := s.AddUser(ctx, team.User{Name: "rev", Role: team.Reviewer}, "h", "admin"); err != nil {
		t.Fatal(err)
	}
	session := team.Token{Hash: team.HashToken("s1"), ID: "s1id", User: "rev", Kind: "session", CSRF: "c1", Created: start, Expires: start.Add(time.Hour)}
	api := team.Token{Hash: team.HashToken("a1"), ID: "a1id", User: "rev", Kind: "api", Label: "script", Created: start}
	for _, tok := range []team.Token{session, api} {
		if err := s.AddToken(ctx, tok, "rev"); err != nil {
			t.Fatal(err)
		}
	}
	tok, u, err := s.TokenByHash(ctx, team.HashToken("s1"), start.Add(time.Minute))
	if err != nil || u.Name != "rev" || tok.CSRF != "c1" {
		t.Errorf("the session: %+v, %+v, %v; want rev's with its CSRF token", tok, u, err)
	}
	if _, _, err := s.TokenByHash(ctx, team.HashToken("s1"), start.Add(time.Hour)); alliances.KindOf(err) != alliances.NotFound {
		t.Errorf("the session at its expiry: err = %v, want not found", err)
	}
	if _, _, err := s.TokenByHash(ctx, team.HashToken("nope"), start); alliances.KindOf(err) != alliances.NotFound {
		t.Errorf("a token never issued: err = %v, want not found", err)
	}
	if err := s.RevokeToken(ctx, "rev", "a1id", "admin"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.TokenByHash(ctx, team.HashToken("a1"), start); alliances.KindOf(err) != alliances.NotFound {
		t.Errorf("a revoked API token: err = %v, want not found", err)
	}
	if err := s.RevokeToken(ctx, "rev", "a1id", "admin"); alliances.KindOf(err) != alliances.NotFound {
		t.Errorf("revoking it again: err = %v, want not found", err)
	}
	// Disabling a user ends every session and token.
	if err := s.AddToken(ctx, team.Token{Hash: team.HashToken("a2"), ID: "a2id", User: "rev", Kind: "api", Created: start}, "rev"); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateUser(ctx, team.User{Name: "rev", Role: team.Reviewer, Disabled: true}, "", "admin"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.TokenByHash(ctx, team.HashToken("a2"), start); alliances.KindOf(err) != alliances.NotFound {
		t.Errorf("a token of a disabled user: err = %v, want not found", err)
	}
}

// newTie is a tie the sample case does not hold, as JSON.
const newTie = `{"id": "gamma-backs-alpha", "subject": "gamma", "object": "alpha", "kind": "support",
	"valid": "2019/2021", "citations": [{"source": "report", "locator": "¶22", "credibility": 2}]}`

func testAccept(t *testing.T, open OpenTeam) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	mustImport(t, s, Sample())
	clock.Advance(time.Minute)
	p, err := s.Propose(ctx, team.Proposal{Case: "sample", Entity: "tie", Claim: "gamma-backs-alpha", Body: json.RawMessage(newTie),
		Author: "ana", Reason: "¶22 of the report"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Status != team.Proposed || p.Revision != 1 || p.ID == "" {
		t.Errorf("proposal = %+v, want proposed at revision 1", p)
	}
	// Proposed is not recorded.
	if ties, _ := s.Ties(ctx, alliances.TieFilter{Case: "sample"}); len(ties) != 3 {
		t.Errorf("%d ties before review, want the sample's 3", len(ties))
	}
	queue, err := s.Proposals(ctx, team.ProposalFilter{Case: "sample", Status: team.Proposed})
	if err != nil || len(queue) != 1 || queue[0].ID != p.ID {
		t.Errorf("queue = %+v, %v; want the one proposal", queue, err)
	}
	accepted := clock.Advance(time.Minute)
	edited := strings.Replace(newTie, `"2019/2021"`, `"2019/2021-08"`, 1)
	d, err := s.Decide(ctx, team.Decision{Proposal: p.ID, Revision: 1, By: "rev", Status: team.Accepted, Body: json.RawMessage(edited), Note: "month from ¶22"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Status != team.Accepted || d.Version != 1 || d.DecidedBy != "rev" || !d.DecidedAt.Equal(accepted) {
		t.Errorf("decided = %+v, want accepted by rev at version 1", d)
	}
	// The proposal keeps what the author proposed; the reviewer's edit is kept beside it.
	if got, _ := s.Proposal(ctx, p.ID); !strings.Contains(string(got.Body), `"2019/2021"`) || !strings.Contains(string(got.Accepted), `"2019/2021-08"`) {
		t.Errorf("the proposal after an edited acceptance: body %s, accepted %s; want the author's and the reviewer's", got.Body, got.Accepted)
	}
	ties, err := s.Ties(ctx, alliances.TieFilter{Actors: []string{"gamma"}, Kinds: []alliances.Kind{alliances.Support}})
	if err != nil || len(ties) != 1 || ties[0].Valid.String() != "2019/2021-08" || !ties[0].Recorded.From.Equal(accepted) {
		t.Fatalf("gamma's support after acceptance: %+v, %v; want the tie as the reviewer edited it, recorded at acceptance", ties, err)
	}
	// An edit of the accepted tie is a second version; the first stays known.
	clock.Advance(time.Minute)
	p2, err := s.Propose(ctx, team.Proposal{Case: "sample", Entity: "tie", Claim: "gamma-backs-alpha", Base: 1,
		Body: json.RawMessage(strings.Replace(edited, `"credibility": 2`, `"credibility": 3`, 1)), Author: "ana", Reason: "weaker than thought"})
	if err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Minute)
	if _, err := s.Decide(ctx, team.Decision{Proposal: p2.ID, Revision: 1, By: "rev", Status: team.Accepted}); err != nil {
		t.Fatal(err)
	}
	vs, err := s.History(ctx, "gamma-backs-alpha")
	if err != nil || len(vs) != 2 || vs[1].Recorded.Version != 2 {
		t.Errorf("history = %d versions, %v; want 2", len(vs), err)
	}
	entries, err := s.Audit(ctx, team.AuditFilter{Claim: "gamma-backs-alpha"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Action+" by "+e.User)
	}
	if want := "accept by rev, propose by ana, accept by rev, propose by ana"; strings.Join(got, ", ") != want {
		t.Errorf("audit of the tie = %q, want %q (newest first)", strings.Join(got, ", "), want)
	}
}

func testStale(t *testing.T, open OpenTeam) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	mustImport(t, s, Sample())
	body := func(note string) json.RawMessage {
		rec := Sample()
		tie := rec.Ties[0]
		tie.Note = note
		b, _ := json.Marshal(tie)
		return b
	}
	// Two analysts change the same tie on version 1; the first accepted wins, the
	// second is refused at review, and nothing of it is written.
	p1, err := s.Propose(ctx, team.Proposal{Case: "sample", Entity: "tie", Claim: "beta-supports-alpha", Base: 1, Body: body("first"), Author: "ana"})
	if err != nil {
		t.Fatal(err)
	}
	p2, err := s.Propose(ctx, team.Proposal{Case: "sample", Entity: "tie", Claim: "beta-supports-alpha", Base: 1, Body: body("second"), Author: "bo"})
	if err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Minute)
	if _, err := s.Decide(ctx, team.Decision{Proposal: p1.ID, Revision: 1, By: "rev", Status: team.Accepted}); err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Minute)
	_, err = s.Decide(ctx, team.Decision{Proposal: p2.ID, Revision: 1, By: "rev", Status: team.Accepted})
	if alliances.KindOf(err) != alliances.Conflict || !strings.Contains(err.Error(), "now at version 2") {
		t.Errorf("accepting a change made on version 1 of a tie now at 2: err = %v, want conflict naming version 2", err)
	}
	ties, _ := s.Ties(ctx, alliances.TieFilter{Actors: []string{"beta"}, Kinds: []alliances.Kind{alliances.Support}})
	if len(ties) != 1 || ties[0].Note != "first" {
		t.Errorf("the tie after the refused acceptance: %+v, want the first change only", ties)
	}
	if p, _ := s.Proposal(ctx, p2.ID); p.Status != team.Proposed {
		t.Errorf("the refused proposal is %s, want still proposed", p.Status)
	}
	// A new change on a stale version is refused when proposed, too.
	if _, err := s.Propose(ctx, team.Proposal{Case: "sample", Entity: "tie", Claim: "beta-supports-alpha", Base: 1, Body: body("third"), Author: "ana"}); alliances.KindOf(err) != alliances.Conflict {
		t.Errorf("proposing on a stale version: err = %v, want conflict", err)
	}
}

func testInvalidProposal(t *testing.T, open OpenTeam) {
	ctx := context.Background()
	s := open(t, &Clock{T: start})
	mustImport(t, s, Sample())
	for _, c := range []struct {
		name, body, want string
	}{
		{"unknown actor", strings.Replace(newTie, `"gamma"`, `"zeta"`, 1), `body.subject: unknown actor "zeta"`},
		{"unknown field", strings.Replace(newTie, `"kind"`, `"knd"`, 1), `unknown field "knd"`},
		{"wrong type", strings.Replace(newTie, `"credibility": 2`, `"credibility": "high"`, 1), "field citations.credibility"},
		{"another id", strings.Replace(newTie, `"gamma-backs-alpha"`, `"other"`, 1), `field id is "other"`},
		{"not JSON", `{"id": `, "not JSON"},
	} {
		_, err := s.Propose(ctx, team.Proposal{Case: "sample", Entity: "tie", Claim: "gamma-backs-alpha", Body: json.RawMessage(c.body), Author: "ana"})
		if alliances.KindOf(err) != alliances.Invalid || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want invalid naming %q", c.name, err, c.want)
		}
	}
	// Retracting an actor that ties still name is refused, as an import would refuse it,
	// naming them.
	if _, err := s.Propose(ctx, team.Proposal{Case: "sample", Entity: "actor", Claim: "gamma", Base: 1, Retract: true, Author: "ana"}); alliances.KindOf(err) != alliances.Invalid ||
		!strings.Contains(err.Error(), "tie gamma-introduces-alpha") {
		t.Errorf("retracting an actor ties name: err = %v, want invalid naming the ties", err)
	}
	if ps, _ := s.Proposals(ctx, team.ProposalFilter{}); len(ps) != 0 {
		t.Errorf("%d proposals recorded, want none of the invalid ones", len(ps))
	}
}

func testReject(t *testing.T, open OpenTeam) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	mustImport(t, s, Sample())
	p, err := s.Propose(ctx, team.Proposal{Case: "sample", Entity: "tie", Claim: "gamma-backs-alpha", Body: json.RawMessage(newTie), Author: "ana"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Decide(ctx, team.Decision{Proposal: p.ID, Revision: 2, By: "rev", Status: team.Rejected, Note: "no"}); alliances.KindOf(err) != alliances.Conflict {
		t.Errorf("deciding on another revision: err = %v, want conflict", err)
	}
	d, err := s.Decide(ctx, team.Decision{Proposal: p.ID, Revision: 1, By: "rev", Status: team.Rejected, Note: "¶22 says no such thing"})
	if err != nil || d.Status != team.Rejected || d.Note != "¶22 says no such thing" {
		t.Fatalf("rejected: %+v, %v", d, err)
	}
	if _, err := s.Decide(ctx, team.Decision{Proposal: p.ID, Revision: 2, By: "rev", Status: team.Accepted}); alliances.KindOf(err) != alliances.Conflict {
		t.Errorf("accepting a rejected proposal: err = %v, want conflict", err)
	}
	if ties, _ := s.Ties(ctx, alliances.TieFilter{Case: "sample"}); len(ties) != 3 {
		t.Errorf("%d ties after a rejection, want the sample's 3", len(ties))
	}
}

// testProposedActorNamed: a tie may name an actor proposed to the case and waiting, and
// be accepted only once the actor is.
func testProposedActorNamed(t *testing.T, open OpenTeam) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	mustImport(t, s, Sample())
	actor, err := s.Propose(ctx, team.Proposal{Case: "sample", Entity: "actor", Claim: "epsilon", Author: "extract",
		Body: json.RawMessage(`{"name":"Epsilon Front","kind":"armed-group"}`)})
	if err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Second)
	tie, err := s.Propose(ctx, team.Proposal{Case: "sample", Entity: "tie", Claim: "epsilon-fights-alpha", Author: "extract",
		Body: json.RawMessage(`{"subject":"epsilon","object":"alpha","kind":"hostility","valid":"2020","citations":[{"source":"report","locator":"¶3","credibility":3}]}`)})
	if err != nil {
		t.Fatalf("a tie naming an actor proposed and waiting: %v", err)
	}
	if _, err := s.Decide(ctx, team.Decision{Proposal: tie.ID, Revision: 1, By: "rev", Status: team.Accepted}); alliances.KindOf(err) != alliances.Conflict ||
		!strings.Contains(err.Error(), "accept it first") {
		t.Errorf("accepting the tie before its actor: %v, want a conflict saying to accept the actor first", err)
	}
	for _, id := range []string{actor.ID, tie.ID} {
		clock.Advance(time.Second)
		if _, err := s.Decide(ctx, team.Decision{Proposal: id, Revision: 1, By: "rev", Status: team.Accepted}); err != nil {
			t.Fatalf("accepting %s: %v", id, err)
		}
	}
	if ties, _ := s.Ties(ctx, alliances.TieFilter{Actors: []string{"epsilon"}}); len(ties) != 1 {
		t.Errorf("epsilon's ties after both accepted: %d, want 1", len(ties))
	}
}

// testBatchAsOneByOne: a store that takes proposals in a batch (a report's reader
// proposes hundreds at once) records what it would record one by one, and refuses each
// that it would refuse, for the same reason: an actor proposed early in the batch may be
// named by the ties after it, as a waiting one may.
func testBatchAsOneByOne(t *testing.T, open OpenTeam) {
	ctx := context.Background()
	tie := func(subject, kind, object string) json.RawMessage {
		return json.RawMessage(`{"subject":"` + subject + `","object":"` + object + `","kind":"` + kind + `","valid":"2020","citations":[{"source":"report","locator":"¶3","credibility":3}]}`)
	}
	batch := []team.Proposal{
		{Case: "sample", Entity: "actor", Claim: "epsilon", Author: "extract", Body: json.RawMessage(`{"name":"Epsilon Front","kind":"armed-group"}`)},
		{Case: "sample", Entity: "tie", Claim: "epsilon-fights-alpha", Author: "extract", Body: tie("epsilon", "hostility", "alpha")},
		{Case: "sample", Entity: "tie", Claim: "zeta-fights-alpha", Author: "extract", Body: tie("zeta", "hostility", "alpha")},
		{Case: "sample", Entity: "tie", Claim: "beta-bickers-alpha", Author: "extract", Body: tie("beta", "bickering", "alpha")},
		{Case: "sample", Entity: "tie", Claim: "beta-supports-alpha", Author: "extract", Body: tie("beta", "support", "alpha")},
		{Case: "sample", Entity: "tie", Claim: "beta-supports-alpha", Base: 1, Author: "extract", Body: tie("beta", "support", "alpha")},
	}
	wantKinds := []string{"", "", "invalid", "invalid", "conflict", ""} // "": recorded
	kind := func(err error) string {
		if err == nil {
			return ""
		}
		return alliances.KindOf(err).String()
	}
	one := open(t, &Clock{T: start})
	mustImport(t, one, Sample())
	all := open(t, &Clock{T: start})
	mustImport(t, all, Sample())
	b, ok := all.(interface {
		ProposeAll(context.Context, []team.Proposal) ([]team.Proposal, []error, error)
	})
	if !ok {
		t.Skip("the store takes no batch")
	}
	_, errs, err := b.ProposeAll(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range batch {
		_, oneErr := one.Propose(ctx, p)
		if kind(oneErr) != wantKinds[i] || kind(errs[i]) != wantKinds[i] {
			t.Errorf("proposal %d (%s %s): one by one %v, in a batch %v; want %q", i, p.Entity, p.Claim, oneErr, errs[i], wantKinds[i])
		} else if oneErr != nil && oneErr.Error() != errs[i].Error() {
			t.Errorf("proposal %d: one by one %q, in a batch %q", i, oneErr, errs[i])
		}
	}
	recorded := func(s TeamStore) []string {
		ps, err := s.Proposals(ctx, team.ProposalFilter{Case: "sample"})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range ps {
			out = append(out, p.Entity+" "+p.Claim+" "+string(p.Status)+" "+string(p.Body))
		}
		slices.Sort(out) // one by one on a clock that stands still, the queue's order is the ids'
		return out
	}
	// The queue keeps the batch's order, the reviewer's (the actors before the ties that
	// name them), on a clock that stands still too.
	if ps, err := all.Proposals(ctx, team.ProposalFilter{Case: "sample"}); err != nil || len(ps) != 3 ||
		ps[0].Claim != "epsilon" || ps[1].Claim != "epsilon-fights-alpha" || ps[2].Claim != "beta-supports-alpha" {
		t.Errorf("the batch's queue: %+v (%v), want epsilon, epsilon-fights-alpha, beta-supports-alpha", ps, err)
	}
	if a, b := recorded(one), recorded(all); strings.Join(a, "\n") != strings.Join(b, "\n") || len(a) != 3 {
		t.Errorf("recorded one by one:\n%s\nin a batch:\n%s\nwant the same 3", strings.Join(a, "\n"), strings.Join(b, "\n"))
	}
}
