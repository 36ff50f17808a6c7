package intake_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/intake"
	"github.com/alliances-project/alliances/team"
)

// TestReadIntoNewCase reads a report into a case made for it, in a real store, the way
// the command and a server would: the case gets the report as its source (an id from its
// title, numbered when a second case takes the same title) and the built-in registry,
// whose states the reader then knows; the organization it finds is proposed once, a tie
// of it is decided through the review functions, and an edit renames the reader's tie.
func TestReadIntoNewCase(t *testing.T) {
	ctx := context.Background()
	db := newStore(t)
	report := filepath.Join(t.TempDir(), "report.md")
	text := "In 2014 the Syrian Liberation Front received weapons from Turkey, as the report on the region says.\n\n" +
		"In 2015 the Syrian Liberation Front fought Russia in the north, as the report on the region says.\n\n" +
		"## References\n\nOne source, two sources and three more of them.\n"
	if err := os.WriteFile(report, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	made := func(id string) string {
		t.Helper()
		src, err := intake.MakeCase(ctx, db, intake.NewCase{ID: id, Title: "2020 clashes: a report", Date: "2020", Kind: "analysis", Reliability: "C"})
		if err != nil {
			t.Fatal(err)
		}
		return src
	}
	// A title that opens with no letter gets "report-" before it (datasets.SlugOr).
	if src, again := made("one"), made("two"); src != "report-2020-clashes-a-report" || again != src+"-2" {
		t.Errorf("sources %q and %q; want the title's slug, then it numbered 2", src, again)
	}
	// Sources and actors share a case's ids: a report titled by a state's name, one the
	// registry holds (Turkey) or one only the reader's rules list (Sudan, which the
	// reader proposes when the report names it), is not that state's id.
	for title, want := range map[string]string{"Turkey": "report-turkey", "Sudan": "report-sudan"} {
		src, err := intake.MakeCase(ctx, db, intake.NewCase{ID: "case-" + want, Title: title, Kind: "news", Reliability: "C"})
		if err != nil || src != want {
			t.Errorf("a report titled %q: source %q (%v), want %q", title, src, err, want)
		}
	}
	if _, err := intake.MakeCase(ctx, db, intake.NewCase{ID: "one", Title: "x", Kind: "analysis"}); alliances.KindOf(err) != alliances.Conflict {
		t.Errorf("a case made twice: %v, want a conflict", err)
	}
	if _, err := intake.MakeCase(ctx, db, intake.NewCase{ID: "three", Title: "x", Kind: "blog"}); err == nil || !strings.Contains(err.Error(), `--source-kind "blog": expected one of`) {
		t.Errorf("a source of no known kind: %v", err)
	}
	// The flags of extract --new-case are checked before a store is opened for them.
	for _, tc := range []struct {
		c    intake.NewCase
		want string
	}{
		{intake.NewCase{ID: "four", Title: "x", Kind: "news", Reliability: "G"}, `--reliability "G": expected one of A, B`},
		{intake.NewCase{ID: "four", Title: " ", Kind: "news", Reliability: "C"}, "--new-case four needs --source-title"},
		{intake.NewCase{ID: "four", Title: "x", Kind: "news", Reliability: "C", Date: "2021-13"}, `--source-date "2021-13"`},
	} {
		if err := tc.c.Check(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.c, err, tc.want)
		}
	}
	if err := (intake.NewCase{ID: "four", Title: "x", Kind: "news", Reliability: "F", Date: "2021-03"}).Check(); err != nil {
		t.Errorf("a well-formed new case: %v", err)
	}
	rules := extract.DefaultRules()
	rd, rec, actors, err := intake.CaseReader(ctx, db, "one", rules, true)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(actors, func(a alliances.Actor) bool { return a.ID == "turkey" }) {
		t.Fatalf("the reader of a new case knows %d actors, not the registry's Turkey", len(actors))
	}
	if err := intake.Cite(rd, rec, "", "", "case one"); err != nil || rd.Source != "report-2020-clashes-a-report" || rd.Date.String() != "2020" {
		t.Fatalf("cited %q dated %v (%v); want the case's only source and its date", rd.Source, rd.Date, err)
	}
	if err := intake.Cite(rd, rec, "", "spring", "case one"); err == nil || !strings.Contains(err.Error(), `--date "spring"`) {
		t.Errorf("a date that is none: %v", err)
	}
	read, err := intake.Read(ctx, []string{report}, rd, rules, nil, actors, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(read.Notes) != 1 || !strings.Contains(read.Notes[0], `the heading "References" (¶2 is its last paragraph): the 11 words after it are not read`) {
		t.Errorf("notes %q; want one saying the body ended at the references", read.Notes)
	}
	if len(read.Found) != 1 || read.Found[0].Actor.ID != "syrian-liberation-front" {
		t.Fatalf("found %+v, want the Front", read.Found)
	}
	var kinds []string
	for _, p := range read.Proposals {
		kinds = append(kinds, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object)
	}
	slices.Sort(kinds)
	want := []string{"syrian-liberation-front hostility russia", "turkey support syrian-liberation-front"}
	if !slices.Equal(kinds, want) {
		t.Fatalf("proposals %q, want %q", kinds, want)
	}
	if _, err := intake.Queue(ctx, db, intake.Batch{Case: "one", Source: rd.Source, Documents: read.Documents, Found: read.Found, Ties: read.Proposals}); err != nil {
		t.Fatal(err)
	}
	// A second case's reader may not give the Front the id waiting in the first case.
	rd2, _, _, err := intake.CaseReader(ctx, db, "two", rules, true)
	if err != nil || !rd2.Taken["syrian-liberation-front"] {
		t.Errorf("the second case's reader: %v, the waiting actor's id not taken", err)
	}

	ps, err := db.Proposals(ctx, team.ProposalFilter{Case: "one", Status: team.Proposed})
	if err != nil {
		t.Fatal(err)
	}
	intake.Order(ps)
	if len(ps) != 3 || ps[0].Entity != "actor" {
		t.Fatalf("queue %+v, want the actor first, then its two ties", ps)
	}
	// The sweep accepts the actor and leaves what it does not reach.
	sweep := intake.Sweep{Accept: true, Above: ps[0].Confidence}
	if status, ok := sweep.Decision(ps[0]); !ok || status != team.Accepted {
		t.Errorf("the sweep above %.2f on the actor: %q %v", sweep.Above, status, ok)
	}
	if _, ok := (intake.Sweep{Accept: true, Above: 1.01}).Decision(ps[1]); ok {
		t.Error("a sweep above every confidence decided")
	}
	if why := intake.Waits(ps[0], extract.Author); why == "" {
		t.Error("the reader may decide on its own proposal")
	}
	if _, _, err := intake.Decide(ctx, db, ps[0], team.Decision{Revision: ps[0].Revision, By: "ana", Status: team.Accepted}); err != nil {
		t.Fatal(err)
	}
	tie := ps[1]
	body, err := intake.Edit(tie.Entity, tie.Body, "kind=favour status=alleged")
	if err != nil {
		t.Fatal(err)
	}
	got, how, err := intake.Decide(ctx, db, tie, team.Decision{Revision: tie.Revision, By: "ana", Status: team.Accepted, Body: body, Note: " it was a favour "})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Claim, "-favour-") || got.Note != "it was a favour" || len(how) != 2 {
		t.Errorf("decided %s, note %q, said %q; want the tie renamed for favour, the note trimmed, its credibility and id said", got.Claim, got.Note, how)
	}
}
