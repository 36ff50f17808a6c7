package answer_test

import (
	"context"
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/sqlstore"
)

// TestTiesAnswersTheQuery: the ties the command line and the API list are the store's ties
// of the filter, narrowed to a case, to ties between two actors named as the analyst wrote
// them and to a basis, in the order of their start; an unknown case or actor is an error
// that names it. The built-in Afghanistan case records the 2016 peace deal between
// Hizb-e Islami and the Islamic Republic (cases/afghanistan-2021.yaml, tie-hizb-peace-deal-2016).
func TestTiesAnswersTheQuery(t *testing.T) {
	ctx := context.Background()
	db, err := sqlstore.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	recs, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import(ctx, recs...); err != nil {
		t.Fatal(err)
	}
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
