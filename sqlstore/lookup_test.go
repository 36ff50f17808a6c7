package sqlstore

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/storetest"
)

// TestHoldings checks the lookups an import makes against storetest.Sample (one
// source, four actors, three ties, one event) and a second case holding a copy of its
// actor beta under another id, after one of sample's ties is retracted.
func TestHoldings(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rec := storetest.Sample()
	if _, err := db.Import(ctx, rec); err != nil {
		t.Fatal(err)
	}
	rec = storetest.Sample()
	rec.Ties = rec.Ties[:2] // retracts alpha-fights-gamma
	other := &alliances.Record{Case: "other", Title: "Other", Actors: []alliances.Actor{{ID: "beta2", Name: "Beta", Kind: "state"}}}
	if _, err := db.Import(ctx, rec, other); err != nil {
		t.Fatal(err)
	}

	t.Run("CaseHead", func(t *testing.T) {
		title, desc, err := db.CaseHead(ctx, "sample")
		if err != nil || title != "A sample case" || desc != "" {
			t.Errorf("CaseHead(sample) = %q, %q, %v", title, desc, err)
		}
		if _, _, err := db.CaseHead(ctx, "none"); alliances.KindOf(err) != alliances.NotFound {
			t.Errorf("CaseHead(none) error %v, want NotFound", err)
		}
	})
	t.Run("ClaimCountsCurrentOnly", func(t *testing.T) {
		got, err := db.ClaimCounts(ctx, "sample")
		want := map[string]int{"source": 1, "actor": 4, "tie": 2, "event": 1}
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("ClaimCounts(sample) = %v, %v, want %v", got, err, want)
		}
	})
	t.Run("ClaimIDsInCaseOrder", func(t *testing.T) {
		got, err := db.ClaimIDs(ctx, "sample", "actor")
		if want := []string{"alpha", "beta", "gamma", "delta-wing"}; err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("ClaimIDs(sample, actor) = %v, %v, want %v", got, err, want)
		}
		if got, err := db.ClaimIDs(ctx, "sample", "tie"); err != nil || len(got) != 2 {
			t.Errorf("ClaimIDs(sample, tie) = %v, %v, want the 2 current ties", got, err)
		}
	})
	t.Run("HeldElsewhere", func(t *testing.T) {
		ids := []string{"beta", "beta2", "nobody"}
		got, err := db.HeldElsewhere(ctx, "actor", ids, []string{"fresh"})
		if want := map[string]string{"beta": "sample", "beta2": "other"}; err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("HeldElsewhere except fresh = %v, %v, want %v", got, err, want)
		}
		got, err = db.HeldElsewhere(ctx, "actor", ids, []string{"sample"})
		if want := map[string]string{"beta2": "other"}; err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("HeldElsewhere except sample = %v, %v, want %v", got, err, want)
		}
		got, err = db.HeldElsewhere(ctx, "actor", ids, []string{"sample", "other"})
		if err != nil || len(got) != 0 {
			t.Errorf("HeldElsewhere except both cases = %v, %v, want none", got, err)
		}
		if got, err := db.HeldElsewhere(ctx, "tie", []string{"alpha-fights-gamma"}, []string{"fresh"}); err != nil || len(got) != 0 {
			t.Errorf("HeldElsewhere of a retracted tie = %v, %v, want none", got, err)
		}
	})
	t.Run("HoldsElsewhere", func(t *testing.T) {
		for _, c := range []struct {
			entity string
			except []string
			want   bool
		}{
			{"actor", []string{"fresh"}, true},
			{"actor", []string{"sample"}, true}, // case other holds beta2
			{"actor", []string{"sample", "other"}, false},
			{"tie", []string{"sample"}, false}, // other holds actors alone
			{"tie", nil, true},
		} {
			if got, err := db.HoldsElsewhere(ctx, c.entity, c.except); err != nil || got != c.want {
				t.Errorf("HoldsElsewhere(%s, except %v) = %v, %v, want %v", c.entity, c.except, got, err, c.want)
			}
		}
	})
	t.Run("HeldElsewhereInBatches", func(t *testing.T) {
		var ids []string
		for i := range 2*heldBatch + 7 {
			ids = append(ids, fmt.Sprintf("x%d", i))
		}
		ids = append(ids, "gamma")
		got, err := db.HeldElsewhere(ctx, "actor", ids, nil)
		if want := map[string]string{"gamma": "sample"}; err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("HeldElsewhere of %d ids = %v, %v, want %v", len(ids), got, err, want)
		}
	})
}

// TestHoldingsUseIndexes: the lookups an import makes find their rows through an index
// (claims by case, or the unique index on current claims), never by reading every claim;
// the plans are SQLite's own (EXPLAIN QUERY PLAN).
func TestHoldingsUseIndexes(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "plan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Import(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	for name, q := range map[string]struct {
		sql  string
		args []any
		uses string
	}{
		"ClaimCounts":    {countsSQL, []any{"sample"}, "claims_case"},
		"ClaimIDs":       {claimIDsSQL, []any{"sample", "actor"}, "claims_case"},
		"HeldElsewhere":  {heldSQL(2, 1), []any{"actor", "alpha", "beta", "other"}, "claims_current"},
		"HoldsElsewhere": {holdsSQL(1), []any{"other", "tie"}, "claims_case_times"},
	} {
		plan := queryPlan(t, db, name, q.sql, q.args...)
		joined := strings.Join(plan, "; ")
		if strings.Contains(joined, "SCAN claims") || !strings.Contains(joined, q.uses) {
			t.Errorf("%s: plan %q, want a search through %s", name, joined, q.uses)
		}
	}
}
