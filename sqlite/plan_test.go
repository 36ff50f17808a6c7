package sqlite

import (
	"context"
	"database/sql"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/storetest"
)

// TestPointQueriesUseIndexes: the queries behind `ties --actor`, `actor` and `history`
// find their rows through an index on the actor or the id, so that they take
// milliseconds whatever the size of the record; a plan that reads every claim (SCAN) or
// every claim of an entity (an index on the entity alone) fails. The plans are SQLite's
// own (EXPLAIN QUERY PLAN), on a database holding the sample.
func TestPointQueriesUseIndexes(t *testing.T) {
	ctx := context.Background()
	path := sampleDB(t, t.TempDir(), "plan.db")
	db, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	earlier := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	queries := map[string]*query{
		"ties --actor":            tiesQuery(alliances.TieFilter{Actors: []string{"alpha"}}),
		"ties --actor --known-at": tiesQuery(alliances.TieFilter{Actors: []string{"alpha", "beta"}, KnownAt: earlier}),
		"actor by id":             actorsQuery(alliances.ActorFilter{IDs: []string{"alpha"}}),
		"events of an actor":      eventsQuery(alliances.EventFilter{Actors: []string{"alpha"}}),
	}
	type plain struct {
		sql  string
		args []any
	}
	all := map[string]plain{"history": {historySQL, []any{"alpha"}}}
	for name, q := range queries {
		all[name] = plain{q.sql(), q.args}
	}
	for name, q := range all {
		plan := queryPlan(t, db, name, q.sql, q.args...)
		for _, step := range plan {
			if strings.HasPrefix(step, "SCAN claims") || strings.HasSuffix(step, "(entity=?)") {
				t.Errorf("%s reads every claim or every claim of an entity: %s\nplan: %s", name, step, strings.Join(plan, "; "))
			}
		}
	}
}

// TestMigrationFromSchema2: a database at schema version 2 (the sample imported, then
// what migrations 3 and 4 add taken away) is upgraded in place when opened: its record is
// unchanged, and the events of an actor are found through the new table.
func TestMigrationFromSchema2(t *testing.T) {
	ctx := context.Background()
	path := sampleDB(t, t.TempDir(), "v2.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP TABLE event_actors`, `DROP INDEX claims_third`, `DROP INDEX claims_closed`,
		`DROP TABLE record_cache`, `DELETE FROM schema_migrations WHERE version >= 3`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%v: %s", err, q)
		}
	}
	raw.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var version int
	if err := db.read.QueryRow(`SELECT MAX(version) FROM schema_migrations`).Scan(&version); err != nil || version != 4 {
		t.Fatalf("schema version after opening = %d (%v), want 4", version, err)
	}
	rec, err := db.Record(ctx, "sample", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	want := storetest.Sample()
	want.Normalize()
	if !reflect.DeepEqual(rec, want) {
		t.Errorf("record after the upgrade differs:\n got %+v\nwant %+v", rec, want)
	}
	events, err := db.Events(ctx, alliances.EventFilter{Actors: []string{"gamma"}})
	if err != nil || len(events) != 1 || events[0].ID != "deal" {
		t.Errorf("events of gamma after the upgrade = %+v (%v), want the sample's deal", events, err)
	}
}

// queryPlan returns the steps of SQLite's plan for a query, as EXPLAIN QUERY PLAN gives
// them.
func queryPlan(t *testing.T, db *DB, name, query string, args ...any) []string {
	t.Helper()
	rows, err := db.read.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	return plan
}
