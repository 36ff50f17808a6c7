package sqlstore

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
	db := sampleReadOnly(t)
	earlier := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	queries := map[string]*query{
		"ties --actor":            tiesQuery(alliances.TieFilter{Actors: []string{"alpha"}}, sqliteDialect),
		"ties --actor --known-at": tiesQuery(alliances.TieFilter{Actors: []string{"alpha", "beta"}, KnownAt: earlier}, sqliteDialect),
		"actor by id":             actorsQuery(alliances.ActorFilter{IDs: []string{"alpha"}}),
		"events of an actor":      eventsQuery(alliances.EventFilter{Actors: []string{"alpha"}}, sqliteDialect),
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
// what the later migrations add taken away) is upgraded in place when opened: its record is
// unchanged, the events of an actor are found through the new table, and `cases` counts
// through the new index.
func TestMigrationFromSchema2(t *testing.T) {
	ctx := context.Background()
	path := sampleDB(t, t.TempDir(), "v2.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP TABLE event_actors`, `DROP INDEX claims_third`, `DROP INDEX claims_closed`,
		`DROP TABLE record_cache`, `DROP INDEX claims_case_times`, `DROP TABLE users`, `DROP TABLE case_access`, `DROP TABLE tokens`,
		`DROP TABLE proposals`, `DROP TABLE audit`, `DROP TABLE documents`, `DELETE FROM schema_migrations WHERE version >= 3`} {
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
	ms, _ := Migrations()
	if err := db.read.QueryRow(`SELECT MAX(version) FROM schema_migrations`).Scan(&version); err != nil || version != ms[len(ms)-1].Version {
		t.Fatalf("schema version after opening = %d (%v), want %d", version, err, ms[len(ms)-1].Version)
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
	cs, err := db.Cases(ctx, time.Time{})
	if err != nil || len(cs) != 1 || cs[0].Ties != len(want.Ties) || cs[0].Actors != len(want.Actors) {
		t.Errorf("cases after the upgrade = %+v (%v), want the sample's %d ties and %d actors", cs, err, len(want.Ties), len(want.Actors))
	}
}

// TestCasesUseTheCaseIndex: `cases` counts a case's claims and finds its latest change
// through claims_case_times alone, never reading the rows of the case (a plan step on
// claims that is not a covering index), current or as known at an earlier time.
func TestCasesUseTheCaseIndex(t *testing.T) {
	db := sampleReadOnly(t)
	for _, at := range []string{"", "2026-01-01T00:00:00Z"} {
		var knownAt time.Time
		if at != "" {
			knownAt, _ = time.Parse(time.RFC3339, at)
		}
		q, args := casesSQL(knownAt, sqliteDialect)
		plan := queryPlan(t, db, "cases "+at, q, args...)
		for _, step := range plan {
			if strings.Contains(step, " c ") && !strings.Contains(step, "COVERING INDEX claims_case_times") {
				t.Errorf("cases %s reads the claims otherwise than through claims_case_times: %s\nplan: %s", at, step, strings.Join(plan, "; "))
			}
		}
	}
	// And the reads of a whole case still go through claims_case, in the case's order.
	q := newQuery("tie", time.Time{})
	q.and("case_id = ?", "sample")
	for _, step := range queryPlan(t, db, "ties of a case", q.sql(), q.args...) {
		if strings.Contains(step, "claims") && !strings.Contains(step, "INDEX claims_case ") {
			t.Errorf("the ties of a case are read otherwise than through claims_case: %s", step)
		}
	}
}

// sampleReadOnly returns a database file holding the sample, opened read-only and
// closed after the test.
func sampleReadOnly(t *testing.T) *DB {
	t.Helper()
	db, err := OpenReadOnly(context.Background(), sampleDB(t, t.TempDir(), "plan.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
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

// TestCasesCountsAndTimes: `cases` counts the current claims of each case and gives its
// latest change, a retraction and a change of title included, as known now and at
// earlier instants (a later change is not known then).
func TestCasesCountsAndTimes(t *testing.T) {
	ctx := context.Background()
	db, clock := clocked(t)
	imp := func(r *alliances.Record) time.Time {
		t.Helper()
		at := clock.Advance(time.Hour)
		if _, err := db.Import(ctx, r); err != nil {
			t.Fatal(err)
		}
		return at
	}
	sample := storetest.Sample()
	first := imp(sample)
	smaller := storetest.Sample()
	smaller.Ties = smaller.Ties[1:]
	retracted := imp(smaller)
	smaller.Title = "Renamed"
	renamed := imp(smaller)
	type want struct {
		ties    int
		changed time.Time
		title   string
	}
	for at, w := range map[time.Time]want{
		{}:                            {len(sample.Ties) - 1, renamed, "Renamed"},
		first.Add(time.Minute):        {len(sample.Ties), first, sample.Title},
		retracted.Add(time.Minute):    {len(sample.Ties) - 1, retracted, sample.Title},
		renamed:                       {len(sample.Ties) - 1, renamed, "Renamed"},
		renamed.Add(-time.Nanosecond): {len(sample.Ties) - 1, retracted, sample.Title},
	} {
		cs, err := db.Cases(ctx, at)
		if err != nil || len(cs) != 1 {
			t.Fatalf("cases known at %v: %+v (%v)", at, cs, err)
		}
		c := cs[0]
		if c.Ties != w.ties || !c.Recorded.Equal(w.changed) || c.Title != w.title || c.Actors != len(sample.Actors) ||
			c.Sources != len(sample.Sources) || c.Events != len(sample.Events) {
			t.Errorf("cases known at %v: %+v; want %d ties, changed %v, title %q", at, c, w.ties, w.changed, w.title)
		}
	}
}
