package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/internal/pgtest"
	"github.com/alliances-project/alliances/storetest"
)

// TestStorePostgres runs the conformance suite on PostgreSQL, each test in a schema of
// its own.
func TestStorePostgres(t *testing.T) {
	pgtest.Server(t)
	storetest.Run(t, func(t *testing.T, clock *storetest.Clock) alliances.Store {
		db := openPG(t)
		db.Now = clock.Now
		return db
	})
}

func openPG(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestPostgresReadsTheBuiltInCasesAsSQLite imports the built-in cases into both stores
// at the same instant and asks both the same questions: every answer must be the same,
// down to the order of the claims.
func TestPostgresReadsTheBuiltInCasesAsSQLite(t *testing.T) {
	pg := openPG(t)
	lite, err := Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	ctx := context.Background()
	at := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	for _, db := range []*DB{pg, lite} {
		db.Now = func() time.Time { return at }
		recs, err := cases.Records()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Import(ctx, recs...); err != nil {
			t.Fatalf("%s: %v", db.dialect.name, err)
		}
	}
	same := func(what string, read func(db *DB) (any, error)) {
		t.Helper()
		want, err := read(lite)
		if err != nil {
			t.Fatalf("%s on SQLite: %v", what, err)
		}
		got, err := read(pg)
		if err != nil {
			t.Fatalf("%s on PostgreSQL: %v", what, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: PostgreSQL answers otherwise than SQLite:\n got %.600v\nwant %.600v", what, got, want)
		}
	}
	same("cases", func(db *DB) (any, error) { return db.Cases(ctx, time.Time{}) })
	for _, c := range []string{"afghanistan-2021", "idlib-2018-2019", alliances.RegistryCase} {
		same("record "+c, func(db *DB) (any, error) { return db.Record(ctx, c, time.Time{}) })
		same("ties of "+c, func(db *DB) (any, error) { return db.Ties(ctx, alliances.TieFilter{Case: c}) })
		same("cached ties of "+c, func(db *DB) (any, error) {
			tc, err := db.CaseTies(ctx, c, nil)
			if err != nil {
				return nil, err
			}
			var ids []string
			for part := range tc.Parts() {
				tc.Each(part, func(_ int, t *alliances.Tie) { ids = append(ids, t.ID) })
			}
			return ids, nil
		})
	}
	same("ties naming the Taliban", func(db *DB) (any, error) {
		return db.Ties(ctx, alliances.TieFilter{Actors: []string{"taliban"}})
	})
	same("events of the Taliban", func(db *DB) (any, error) {
		return db.Events(ctx, alliances.EventFilter{Actors: []string{"taliban"}})
	})
	same("actors named like Haqqani", func(db *DB) (any, error) {
		return db.Actors(ctx, alliances.ActorFilter{Query: "haqqani"})
	})
	same("history of Pakistan's support", func(db *DB) (any, error) { return db.History(ctx, "tie-pakistan-support-2004") })
	same("sources", func(db *DB) (any, error) { return db.Sources(ctx, time.Time{}) })
}

// TestPostgresConcurrentEditsAreRetried has several writers change the same tie at
// once, each import in a SERIALIZABLE transaction: PostgreSQL refuses all but one of
// those that overlap (SQLSTATE 40001), the store runs them again, and every edit ends
// up recorded as a version of its own, none lost and none written twice.
func TestPostgresConcurrentEditsAreRetried(t *testing.T) {
	db := openPG(t)
	ctx := context.Background()
	if _, err := db.Import(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	// Whether two writers overlap is the scheduler's to decide: the writers start
	// together, round after round, until one round has made PostgreSQL refuse one (in
	// practice the first), and at most maxRounds.
	const writers, edits, maxRounds = 6, 5, 20
	rounds := 0
	for rounds < maxRounds && (rounds == 0 || db.retried.Load() == 0) {
		var wg sync.WaitGroup
		errs := make(chan error, writers*edits)
		start := make(chan struct{})
		for w := range writers {
			wg.Go(func() {
				<-start
				for e := range edits {
					rec := storetest.Sample()
					rec.Ties[0].Note = fmt.Sprintf("edit %d of writer %d in round %d", e, w, rounds)
					sums, err := db.Import(ctx, rec)
					if err == nil && sums[0].Changed != 1 {
						err = fmt.Errorf("round %d, writer %d, edit %d: summary %+v, want 1 changed", rounds, w, e, sums[0])
					}
					if err != nil {
						errs <- err
					}
				}
			})
		}
		close(start)
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		rounds++
	}
	vs, err := db.History(ctx, "beta-supports-alpha")
	if err != nil {
		t.Fatal(err)
	}
	if want := 1 + rounds*writers*edits; len(vs) != want {
		t.Errorf("%d versions of the tie, want %d (the import and every edit)", len(vs), want)
	}
	notes := map[string]bool{}
	for i, v := range vs {
		if v.Recorded.Version != i+1 {
			t.Errorf("version %d numbered %d", i+1, v.Recorded.Version)
		}
		if i > 0 && !v.Recorded.From.After(vs[i-1].Recorded.From) {
			t.Errorf("version %d recorded at %v, not after version %d (%v)", i+1, v.Recorded.From, i, vs[i-1].Recorded.From)
		}
		notes[string(v.Body)] = true
	}
	if len(notes) != len(vs) {
		t.Errorf("%d distinct versions among %d: an edit was written twice", len(notes), len(vs))
	}
	if db.retried.Load() == 0 {
		t.Errorf("no transaction was run again: %d writers editing one tie at once never overlapped in %d rounds", writers, rounds)
	}
	t.Logf("%d transactions run again in %d rounds", db.retried.Load(), rounds)
}

// TestPostgresErrorsSayWhatToCheck opens databases that cannot serve: each error is
// Unavailable (or Invalid for a URL that is not one) and says what to check, without the
// password.
func TestPostgresErrorsSayWhatToCheck(t *testing.T) {
	base := pgtest.Server(t)
	ctx := context.Background()
	withPassword := func(pw string) string {
		return strings.Replace(base, "://alliances:alliances@", "://alliances:"+pw+"@", 1)
	}
	for _, c := range []struct {
		name, url string
		kind      alliances.ErrorKind
		want      string
	}{
		{"nothing listens", "postgres://alliances:secret-pw@127.0.0.1:1/alliances_test?connect_timeout=5", alliances.Unavailable, "cannot reach the PostgreSQL server"},
		{"wrong password", withPassword("secret-pw"), alliances.Unavailable, "refused the login"},
		{"no such database", strings.Replace(base, "/alliances_test", "/no_such_db_here", 1), alliances.Unavailable, "does not exist"},
		{"not a URL", "postgres://alliances:secret-pw@127.0.0.1:5432/x?sslmode=sometimes", alliances.Invalid, "not a PostgreSQL URL"},
	} {
		t.Run(c.name, func(t *testing.T) {
			db, err := Open(ctx, c.url)
			if err == nil {
				db.Close()
				t.Fatal("opened")
			}
			if alliances.KindOf(err) != c.kind || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v (%v), want %v: %q", err, alliances.KindOf(err), c.kind, c.want)
			}
			if strings.Contains(err.Error(), "secret-pw") {
				t.Errorf("the message shows the password: %v", err)
			}
		})
	}
}

// TestPostgresDamagedSchema drops a table under an open store: the next query says the
// database is damaged and how to recover, as on SQLite.
func TestPostgresDamagedSchema(t *testing.T) {
	url := pgtest.URL(t)
	ctx := context.Background()
	db, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Import(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.ExecContext(ctx, `DROP TABLE event_actors`); err != nil {
		t.Fatal(err)
	}
	_, err = db.Events(ctx, alliances.EventFilter{Actors: []string{"alpha"}})
	if alliances.KindOf(err) != alliances.Unavailable || !strings.Contains(err.Error(), "is damaged") {
		t.Errorf("events after a table was dropped: err = %v, want unavailable: damaged", err)
	}
	db.Close()
	if _, err := Open(ctx, url); alliances.KindOf(err) != alliances.Unavailable || !strings.Contains(err.Error(), "table event_actors is missing") {
		t.Errorf("opening it again: err = %v, want unavailable: table event_actors is missing", err)
	}
}

func TestRebind(t *testing.T) {
	for in, want := range map[string]string{
		"SELECT 1":                               "SELECT 1",
		"a = ? AND b = ?":                        "a = $1 AND b = $2",
		"a = ?2 OR b = ?1 OR c = ?":              "a = $2 OR b = $1 OR c = $3",
		"x = '?' AND y = ? -- why?\nAND z = ?":   "x = '?' AND y = $1 -- why?\nAND z = $2",
		`"odd?name" = ?`:                         `"odd?name" = $1`,
		"v IN (?, ?, ?) AND w = ?12 AND u = ?":   "v IN ($1, $2, $3) AND w = $12 AND u = $13",
		"it''s = ?":                              "it''s = $1",
		"'unterminated ?":                        "'unterminated ?",
		"SELECT id, version, ?2 FROM c WHERE ?1": "SELECT id, version, $2 FROM c WHERE $1",
	} {
		if got := rebind(in); got != want {
			t.Errorf("rebind(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTeamStorePostgres(t *testing.T) {
	pgtest.Server(t)
	storetest.RunTeam(t, func(t *testing.T, clock *storetest.Clock) storetest.TeamStore {
		db := openPG(t)
		db.Now = clock.Now
		return db
	})
}

// TestMigrationsMatchAcrossDialects: each dialect has the same numbered migrations, so
// that a schema version means the same tables on either.
func TestMigrationsMatchAcrossDialects(t *testing.T) {
	lite, err := sqliteDialect.migrationList()
	if err != nil {
		t.Fatal(err)
	}
	pg, err := postgresDialect.migrationList()
	if err != nil {
		t.Fatal(err)
	}
	if len(lite) != len(pg) {
		t.Fatalf("%d SQLite migrations, %d PostgreSQL ones", len(lite), len(pg))
	}
	for i := range lite {
		if lite[i].Version != i+1 || lite[i].Name != pg[i].Name {
			t.Errorf("migration %d: SQLite's %s, PostgreSQL's %s", i+1, lite[i].Name, pg[i].Name)
		}
		lt, pt := createTable.FindAllStringSubmatch(lite[i].SQL, -1), createTable.FindAllStringSubmatch(pg[i].SQL, -1)
		if !reflect.DeepEqual(lt, pt) {
			t.Errorf("migration %s creates tables %v on SQLite, %v on PostgreSQL", lite[i].Name, lt, pt)
		}
	}
}
