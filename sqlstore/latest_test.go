package sqlstore

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/storetest"
)

// TestLatestChangeIsEveryRecordedTime: the latest change, found through the indexes,
// is the largest recorded time of any version of any claim or case title, read from
// every row, after each of a series of imports in which the clock moves on: new cases,
// a changed tie (its old version ends), a title changed alone, a tie added alone (its
// start is the only change), ties retracted (their ends are the only change), and a
// clock set back (stamps go on after the latest).
func TestLatestChangeIsEveryRecordedTime(t *testing.T) {
	ctx := context.Background()
	db, clock := clocked(t)
	everyRow := func() int64 {
		var last int64
		err := db.read.QueryRowContext(ctx, `SELECT COALESCE(MAX(t), 0) FROM (
			SELECT recorded_from AS t FROM claims UNION ALL SELECT recorded_to FROM claims
			UNION ALL SELECT recorded_from FROM cases UNION ALL SELECT recorded_to FROM cases)`).Scan(&last)
		if err != nil {
			t.Fatal(err)
		}
		return last
	}
	built, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	sample := storetest.Sample()
	changed := storetest.Sample()
	changed.Ties[0].Note = "a note added"
	retitled := storetest.Sample()
	retitled.Ties[0].Note = "a note added"
	retitled.Title = "Another title"
	added := storetest.Sample()
	added.Ties[0].Note = "a note added"
	added.Title = "Another title"
	extra := added.Ties[0]
	extra.ID = "a-tie-added"
	added.Ties = append(added.Ties, extra)
	retracted := storetest.Sample()
	retracted.Ties = retracted.Ties[1:]
	retracted.Title = "Another title"
	steps := []struct {
		name string
		move time.Duration
		recs []*alliances.Record
	}{
		{"the sample", 0, []*alliances.Record{sample}},
		{"the built-in cases", time.Hour, built},
		{"a tie changed", time.Hour, []*alliances.Record{changed}},
		{"the title changed", time.Hour, []*alliances.Record{retitled}},
		{"a tie added", time.Hour, []*alliances.Record{added}},
		{"two ties retracted", time.Hour, []*alliances.Record{retracted}},
		{"a tie back, the clock set back", -48 * time.Hour, []*alliances.Record{sample}},
	}
	if got, err := latestChange(ctx, db.read); err != nil || got != 0 {
		t.Fatalf("latest change of an empty database = %d (%v), want 0", got, err)
	}
	for _, st := range steps {
		clock.Advance(st.move)
		if _, err := db.Import(ctx, st.recs...); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		want := everyRow()
		if got, err := latestChange(ctx, db.read); err != nil || got != want {
			t.Errorf("after %s: latest change %d (%v), want %d, the largest recorded time of any row", st.name, got, err, want)
		}
	}
}

// TestLatestChangeSearchesIndexes: the latest change in the database, which every read
// of the record cache and every server's poll asks, is found by a search of an index
// for each case and entity, never by reading every claim: a step that scans the claims
// or reads them through an index without a search of its own (a covering index scan
// over all rows) fails; the cases, a row for each version of a case's title, are read
// whole.
func TestLatestChangeSearchesIndexes(t *testing.T) {
	db := sampleReadOnly(t)
	plan := queryPlan(t, db, "latest change", latestChangeSQL)
	searched := 0
	for _, step := range plan {
		if step == "SCAN c" || strings.HasPrefix(step, "SCAN c ") || strings.HasPrefix(step, "SCAN claims") {
			t.Errorf("the latest change reads every claim: %s\nplan: %s", step, strings.Join(plan, "; "))
		}
		if strings.HasPrefix(step, "SEARCH c USING COVERING INDEX claims_case_times") {
			searched++
		}
	}
	if searched != 4 {
		t.Errorf("the latest change searches claims_case_times %d times, want once for each of the 4 entities\nplan: %s", searched, strings.Join(plan, "; "))
	}
}
