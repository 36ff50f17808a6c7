package intake_test

import (
	"context"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/intake"
	"github.com/alliances-project/alliances/team"
)

// TestParseAnswer: the answers a reviewer types, and those refused with what was expected.
func TestParseAnswer(t *testing.T) {
	for _, c := range []struct {
		line string
		want intake.Answer
		err  string
	}{
		{line: "a", want: intake.Answer{Verb: 'a'}},
		{line: "  s ", want: intake.Answer{Verb: 's'}},
		{line: "q", want: intake.Answer{Verb: 'q'}},
		{line: "r not in the source", want: intake.Answer{Verb: 'r', Why: "not in the source"}},
		{line: "e kind=favour intensity=1 -- weaker than support", want: intake.Answer{Verb: 'e', Fields: "kind=favour intensity=1", Why: "weaker than support"}},
		{line: "r", err: "a rejection says why: r WHY"},
		{line: "e kind=favour", err: "say why after --; expected e FIELD=VALUE... -- WHY"},
		{line: "e kind=favour -- ", err: "say why after --"},
		{line: "accept", err: `"accept": expected a, e FIELD=VALUE... -- WHY, r WHY, s or q`},
		{line: "", err: `"": expected a,`},
	} {
		got, err := intake.ParseAnswer(c.line)
		switch {
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("ParseAnswer(%q): error %v, want one saying %q", c.line, err, c.err)
		case c.err == "" && (err != nil || got != c.want):
			t.Errorf("ParseAnswer(%q) = %+v, %v; want %+v", c.line, got, err, c.want)
		}
	}
}

// TestTally: the summary counts each outcome, in the order of their names, and says so
// where nothing was offered.
func TestTally(t *testing.T) {
	if got := (intake.Tally{}).String(); got != "nothing waits for review" {
		t.Errorf("empty tally %q", got)
	}
	if got := (intake.Tally{"skipped": 2, "accepted": 1, "waiting still": 3}).String(); got != "1 accepted, 2 skipped, 3 waiting still" {
		t.Errorf("tally %q", got)
	}
}

// TestReviewAnswers: a review on a real store of the queue a report made (the Front, new,
// and the two ties naming it) counts each answer as it goes: the author's own proposals
// are not offered to it, a rejected actor names the ties still waiting on it, an edit the
// claim cannot take decides nothing, and stopping counts the rest as waiting still.
func TestReviewAnswers(t *testing.T) {
	ctx := context.Background()
	db := queuedReport(t)
	ps := waiting(t, db)
	if len(ps) != 3 || ps[0].Entity != "actor" {
		t.Fatalf("queue %+v: want the Front first, then its two ties", ps)
	}

	own := &intake.Review{Store: db, By: extract.Author, Queue: ps}
	if why := own.Offered(0); why != "yours, left for another reviewer" || own.Tally["yours, left for another reviewer"] != 1 {
		t.Errorf("the author's own proposal: %q, tally %v; want it left for another", why, own.Tally)
	}

	rv := &intake.Review{Store: db, By: "cli:ana", Queue: ps}
	if why := rv.Offered(0); why != "" {
		t.Fatalf("another reviewer is not offered the Front: %q", why)
	}
	out, err := rv.Answer(ctx, 0, intake.Answer{Verb: 'r', Why: "a local brigade, not a front"})
	if err != nil || out.How != "rejected" || out.Err != nil || len(out.Naming) != 2 {
		t.Fatalf("rejecting the Front: %+v, %v; want rejected, naming its two waiting ties", out, err)
	}
	if _, err := rv.Answer(ctx, 1, intake.Answer{Verb: 'e', Fields: "colour=red", Why: "x"}); err == nil || !strings.Contains(err.Error(), "colour") {
		t.Errorf("an edit of a field no tie has: %v, want it refused, naming the field", err)
	}
	if out, err := rv.Answer(ctx, 1, intake.Answer{Verb: 's'}); err != nil || out.How != "skipped" {
		t.Errorf("skip: %+v, %v", out, err)
	}
	if out, err := rv.Answer(ctx, 2, intake.Answer{Verb: 'q'}); err != nil || !out.Stop {
		t.Errorf("stop: %+v, %v", out, err)
	}
	if got := rv.Tally.String(); got != "1 rejected, 1 skipped, 1 waiting still" {
		t.Errorf("summary %q; the refused edit counts nothing", got)
	}
	rejected, err := db.Proposals(ctx, team.ProposalFilter{Case: "c", Status: team.Rejected})
	if err != nil || len(rejected) != 1 || rejected[0].Claim != "syrian-liberation-front" {
		t.Errorf("rejected in the store: %+v (%v), want the Front alone", rejected, err)
	}
}

// TestReviewSweep: a sweep by confidence leaves what it does not decide, and a tie naming
// an actor rejected before is refused by the store, said and counted, the sweep going on.
func TestReviewSweep(t *testing.T) {
	ctx := context.Background()
	db := queuedReport(t)
	ps := waiting(t, db)
	rv := &intake.Review{Store: db, By: "cli:ana", Queue: ps}
	if out, err := rv.Answer(ctx, 0, intake.Answer{Verb: 'r', Why: "not a group"}); err != nil || out.Err != nil {
		t.Fatalf("rejecting the Front: %+v, %v", out, err)
	}
	none := intake.Sweep{Accept: true, Above: 1.01}
	if out := rv.Sweep(ctx, 1, none, ""); out.How != "left waiting" {
		t.Errorf("a sweep above every confidence: %+v, want the tie left waiting", out)
	}
	all := intake.Sweep{Accept: true, Above: 0}
	if out := rv.Sweep(ctx, 2, all, ""); out.How != "refused by the store" || out.Err == nil {
		t.Errorf("accepting a tie whose actor was rejected: %+v, want it refused by the store, with why", out)
	}
	if got := rv.Tally.String(); got != "1 left waiting, 1 refused by the store, 1 rejected" {
		t.Errorf("summary %q", got)
	}
}

// queuedReport is frontCase with frontReport's proposals waiting: the Syrian Liberation
// Front, new, and its two ties.
func queuedReport(t *testing.T) team.Store {
	t.Helper()
	db, actors := frontCase(t)
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, actors)
	rd.Source = "s"
	doc := extract.Read("report.txt", frontReport, rules)
	if _, err := intake.Queue(context.Background(), db, intake.Batch{Case: "c", Source: "s", Documents: []*extract.Document{doc}, Found: rd.Discover(doc), Ties: rd.Read(doc)}); err != nil {
		t.Fatal(err)
	}
	return db
}

// waiting returns case c's proposals waiting, in the order a review shows them.
func waiting(t *testing.T, db team.Store) []team.Proposal {
	t.Helper()
	ps, err := db.Proposals(context.Background(), team.ProposalFilter{Case: "c", Status: team.Proposed})
	if err != nil {
		t.Fatal(err)
	}
	intake.Order(ps)
	return ps
}

// TestHowToReview: the advice names the database given, asks a store with no account for
// a first admin, one whose accounts cannot review the case for a reviewer of it, and a
// store with such a reviewer for no account at all.
func TestHowToReview(t *testing.T) {
	ctx := context.Background()
	db, _ := frontCase(t)
	if got := intake.HowToReview(ctx, db, "c", "cases.db")[0]; !strings.Contains(got, "`alliances users add NAME --role admin --db cases.db`") ||
		!strings.Contains(got, "`alliances review --case c --db cases.db`") {
		t.Errorf("no accounts: %q", got)
	}
	if err := db.AddUser(ctx, team.User{Name: "ana", Role: team.Reviewer, Access: []team.Access{{Case: "other", Edit: true}}}, "h", "admin"); err != nil {
		t.Fatal(err)
	}
	if got := intake.HowToReview(ctx, db, "c", "")[0]; !strings.Contains(got, "`alliances users add NAME --role reviewer --edit c`") {
		t.Errorf("no reviewer of c: %q", got)
	}
	if err := db.AddUser(ctx, team.User{Name: "bo", Role: team.Reviewer, Access: []team.Access{{Case: "c", Edit: true}}}, "h", "admin"); err != nil {
		t.Fatal(err)
	}
	if got := intake.HowToReview(ctx, db, "c", ""); !strings.Contains(got[0], "(sign in as a reviewer of the case)") || !strings.Contains(got[1], "alliances add tie") {
		t.Errorf("a reviewer of c: %q", got)
	}
}
