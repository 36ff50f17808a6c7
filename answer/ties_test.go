package answer_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/storetest"
)

// TestTiesAnswersTheQuery: the ties the command line and the API list are the store's ties
// of the filter, narrowed to a case, to ties between two actors named as the analyst wrote
// them and to a basis, in the order of their start; an unknown case or actor is an error
// that names it. The built-in Afghanistan case records the 2016 peace deal between
// Hizb-e Islami and the Islamic Republic (cases/afghanistan-2021.yaml, tie-hizb-peace-deal-2016).
func TestTiesAnswersTheQuery(t *testing.T) {
	ctx := context.Background()
	db := builtInStore(t)
	deal := func(tie alliances.Tie) bool { return tie.ID == "tie-hizb-peace-deal-2016" }
	q := answer.TieQuery{Between: []string{"Hizb-e Islami", "islamic-republic"}, Case: "afghanistan-2021"}
	ties, err := answer.Ties(ctx, db, q)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(ties, deal) {
		t.Errorf("ties between Hizb-e Islami and the Islamic Republic: %d, want the 2016 peace deal among them", len(ties))
	}
	// The deal's other party is the analyst's reading (basis: inferred in the case file).
	q.Basis = alliances.Stated
	if stated, err := answer.Ties(ctx, db, q); err != nil || slices.ContainsFunc(stated, deal) || len(stated) >= len(ties) {
		t.Errorf("the stated ties between them: %d of %d (err %v), want fewer, without the inferred peace deal", len(stated), len(ties), err)
	}
	for i, tie := range ties {
		if !tie.Involves("hizb-e-islami") || !tie.Involves("islamic-republic") {
			t.Errorf("tie %s (%s, %s) is not between the two", tie.ID, tie.Subject, tie.Object)
		}
		if i > 0 && ties[i-1].Valid.Strict().First > tie.Valid.Strict().First {
			t.Errorf("tie %s starts before %s, listed before it", tie.ID, ties[i-1].ID)
		}
	}
	if ties, err := answer.Ties(ctx, db, answer.TieQuery{Case: "idlib-2018-2019"}); err != nil || len(ties) == 0 ||
		slices.ContainsFunc(ties, func(tie alliances.Tie) bool { return tie.ID == "tie-hizb-peace-deal-2016" }) {
		t.Errorf("the Idlib case's ties: %d (err %v), want some, none of Afghanistan's", len(ties), err)
	}
	for _, bad := range []answer.TieQuery{{Case: "no-such-case"}, {Actors: []string{"No Such Front"}}} {
		if _, err := answer.Ties(ctx, db, bad); err == nil || alliances.KindOf(err) == alliances.Internal {
			t.Errorf("Ties(%+v) = %v, want an error the user caused", bad, err)
		}
	}
}

// TestRecordTimelineOfAnActor: the timeline the command line and the API list is the
// moments of the ties and events of the actors named, of a case, in date order; Hizb-e
// Islami's in the built-in Afghanistan case hold its 2016 peace deal
// (tie-hizb-peace-deal-2016 begins in 2016).
func TestRecordTimelineOfAnActor(t *testing.T) {
	ctx := context.Background()
	db := builtInStore(t)
	entries, err := answer.RecordTimeline(ctx, db, []string{"Hizb-e Islami"}, "afghanistan-2021", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	begun := false
	for i, e := range entries {
		if e.Tie != nil && !e.Tie.Involves("hizb-e-islami") {
			t.Errorf("entry %d: tie %s is none of Hizb-e Islami's", i, e.Tie.ID)
		}
		if i > 0 && entries[i-1].Day > e.Day {
			t.Errorf("entry %d (%s) is before entry %d (%s)", i, e.Date, i-1, entries[i-1].Date)
		}
		begun = begun || e.Tie != nil && e.Tie.ID == "tie-hizb-peace-deal-2016" && e.What == "begins" && e.Date == "2016"
	}
	if !begun {
		t.Errorf("Hizb-e Islami's timeline (%d entries) has no 2016 beginning of its peace deal", len(entries))
	}
	if _, err := answer.RecordTimeline(ctx, db, nil, "no-such-case", time.Time{}); err == nil || alliances.KindOf(err) == alliances.Internal {
		t.Errorf("the timeline of no case: %v, want an error the user caused", err)
	}
}

// builtInStore returns a store in memory holding the built-in cases and their registry.
func builtInStore(t *testing.T) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	storetest.ImportBuiltIn(t, db)
	return db
}
