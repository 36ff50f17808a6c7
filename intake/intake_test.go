package intake_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/intake"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/team"
)

// TestQueueOffersEachOnce: a report's actors and ties go into the review queue of a real
// store, the report with them, the actor's reason quoting its sentence; read again, the
// same report stores nothing twice and offers nothing again.
func TestQueueOffersEachOnce(t *testing.T) {
	ctx := context.Background()
	db, actors := frontCase(t)
	text := frontReport
	queue := func() intake.Result {
		t.Helper()
		rules := extract.DefaultRules()
		rd := extract.NewReader(rules, actors)
		rd.Source = "s"
		doc := extract.Read("report.txt", text, rules)
		found := rd.Discover(doc)
		res, err := intake.Queue(ctx, db, intake.Batch{Case: "c", Source: "s", Documents: []*extract.Document{doc}, Found: found, Ties: rd.Read(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Failed) > 0 {
			t.Fatalf("refused: %+v", res.Failed)
		}
		return res
	}
	if res := queue(); res.Actors != 1 || res.Ties != 2 || res.Again != 0 {
		t.Fatalf("first read: %+v, want the Front and its two ties", res)
	}
	if res := queue(); res.Actors != 0 || res.Ties != 0 || res.Again != 3 {
		t.Errorf("second read: %+v, want nothing offered again, three offered before", res)
	}
	docs, err := db.Documents(ctx, "c")
	if err != nil || len(docs) != 1 {
		t.Errorf("documents %+v (%v), want the report once", docs, err)
	}
	ps, err := db.Proposals(ctx, team.ProposalFilter{Case: "c", Claim: "syrian-liberation-front"})
	if err != nil || len(ps) != 1 {
		t.Fatalf("the Front's proposals %+v (%v), want one", ps, err)
	}
	if !strings.Contains(ps[0].Reason, "received weapons from Pakistan") || ps[0].Document != docs[0].ID {
		t.Errorf("the Front's proposal: reason %q, document %q; want its sentence quoted and the report's id", ps[0].Reason, ps[0].Document)
	}
}

// frontCase is a store whose case c knows Pakistan and the Taliban and cites source s, a
// report, with the actors it knows.
func frontCase(t *testing.T) (*sqlstore.DB, []alliances.Actor) {
	t.Helper()
	db := newStore(t)
	actors := []alliances.Actor{{ID: "pakistan", Name: "Pakistan", Kind: "state"}, {ID: "taliban", Name: "Taliban", Kind: "armed-group"}}
	rec := &alliances.Record{Case: "c", Title: "A case", Actors: actors,
		Sources: []alliances.Source{{ID: "s", Title: "A report", Kind: "analysis", Reliability: "C"}}}
	if _, err := db.Import(context.Background(), rec); err != nil {
		t.Fatal(err)
	}
	return db, actors
}

// frontReport is a report on the Syrian Liberation Front, new to case c, and its two ties.
const frontReport = "In 2014 the Syrian Liberation Front received weapons from Pakistan, as the report on the region says.\n\n" +
	"In 2015 the Syrian Liberation Front fought the Taliban in the north, as the report on the region says."

// newStore opens a store in a new file, closed when the test ends.
func newStore(t *testing.T) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestStateNamedByNoTie: a state the report names that no proposed tie names (a place, a
// nationality) is offered below the default threshold; one a tie names is not (a
// reviewer found nine such states offered at 0.7, above the groups the report is about).
func TestStateNamedByNoTie(t *testing.T) {
	ctx := context.Background()
	db := newStore(t)
	actors := []alliances.Actor{{ID: "taliban", Name: "Taliban", Kind: "armed-group"}}
	rec := &alliances.Record{Case: "c", Title: "A case", Actors: actors,
		Sources: []alliances.Source{{ID: "s", Title: "A report", Kind: "analysis", Reliability: "C"}}}
	if _, err := db.Import(ctx, rec); err != nil {
		t.Fatal(err)
	}
	text := "In 2014 the Taliban attacked Mali near the Benin border, killing an Irish conservationist, as the report on the region says."
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, actors)
	rd.Source = "s"
	doc := extract.Read("report.txt", text, rules)
	found := rd.Discover(doc)
	if _, err := intake.Queue(ctx, db, intake.Batch{Case: "c", Source: "s", Documents: []*extract.Document{doc}, Found: found, Ties: rd.Read(doc)}); err != nil {
		t.Fatal(err)
	}
	ps, err := db.Proposals(ctx, team.ProposalFilter{Case: "c", Status: team.Proposed})
	if err != nil {
		t.Fatal(err)
	}
	conf := map[string]float64{}
	for _, p := range ps {
		conf[p.Claim] = p.Confidence
	}
	if conf["mali"] < 0.5 || conf["benin"] == 0 || conf["benin"] >= 0.5 {
		t.Errorf("confidences %v: want Mali, attacked, at or above 0.5, and Benin, a border's name, offered below", conf)
	}
}
