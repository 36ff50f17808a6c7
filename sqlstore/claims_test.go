package sqlstore

import (
	"context"
	"math/rand/v2"
	"reflect"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
)

// readAll reads every tie of c through Each, copying each (Each refills one Tie).
func readAll(t *testing.T, c *TieClaims) []alliances.Tie {
	t.Helper()
	out := make([]alliances.Tie, c.Len())
	seen := make([]bool, c.Len())
	for p := range c.Parts() {
		err := c.Each(p, func(i int, tie *alliances.Tie) {
			if seen[i] {
				t.Errorf("tie %d read twice", i)
			}
			seen[i] = true
			cp := *tie
			cp.Citations = append([]alliances.Citation(nil), tie.Citations...)
			if tie.Citations != nil && len(tie.Citations) == 0 {
				cp.Citations = []alliances.Citation{}
			}
			cp.Forms = append([]alliances.Form(nil), tie.Forms...)
			if tie.Forms != nil && len(tie.Forms) == 0 {
				cp.Forms = []alliances.Form{}
			}
			rec := *tie.Recorded
			cp.Recorded = &rec
			out[i] = cp
		})
		if err != nil {
			t.Fatalf("part %d: %v", p, err)
		}
	}
	for i, ok := range seen {
		if !ok {
			t.Fatalf("tie %d never read", i)
		}
	}
	return out
}

// TestCaseTiesMatchesJSON: the ties CaseTies gives, read in order or one by one, are
// those of the claims' JSON, and the transform changes what Tie gives only.
func TestCaseTiesMatchesJSON(t *testing.T) {
	ctx := context.Background()
	db, ids := memoryWithAll(t)
	for _, c := range ids {
		if c == alliances.RegistryCase {
			continue // its actors only
		}
		want := fromJSON[alliances.Tie](t, db, "tie", c)
		claims, err := db.CaseTies(ctx, c, func(t *alliances.Tie) { t.Note = "seen: " + t.Note })
		if err != nil {
			t.Fatal(err)
		}
		if claims.Len() != len(want) || len(want) == 0 {
			t.Fatalf("case %s: %d ties, want the %d of the JSON (and some)", c, claims.Len(), len(want))
		}
		if got := readAll(t, claims); !reflect.DeepEqual(got, want) {
			t.Errorf("case %s: Each differs from the JSON", c)
		}
		for i := range want {
			got := *claims.Tie(i)
			if got.Note != "seen: "+want[i].Note {
				t.Errorf("case %s: tie %d's note %q, want the transform's", c, i, got.Note)
			}
			got.Note = want[i].Note
			if !reflect.DeepEqual(got, want[i]) {
				t.Errorf("case %s: Tie(%d) = %+v, want %+v", c, i, got, want[i])
			}
		}
	}
}

// TestCaseTiesBuildsMissingBlob: without a blob (a database written before the cache, or
// a stale one), CaseTies reads the JSON and stores the blob.
func TestCaseTiesBuildsMissingBlob(t *testing.T) {
	ctx := context.Background()
	db, ids := memoryWithAll(t)
	if _, err := db.write.Exec(`DELETE FROM record_cache`); err != nil {
		t.Fatal(err)
	}
	for _, c := range ids {
		claims, err := db.CaseTies(ctx, c, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := readAll(t, claims); !reflect.DeepEqual(got, fromJSON[alliances.Tie](t, db, "tie", c)) {
			t.Errorf("case %s: the ties read without a blob differ from the JSON", c)
		}
	}
	var n int
	if err := db.read.QueryRow(`SELECT COUNT(*) FROM record_cache WHERE entity = 'tie' AND part = 0`).Scan(&n); err != nil || n != len(ids) {
		t.Errorf("%d blobs of ties stored again (%v), want %d", n, err, len(ids))
	}
}

// TestTieClaimsChunks: ties over several chunks are each read once, in order, by parts
// read at once, and Tie decodes the same claims from many goroutines.
func TestTieClaimsChunks(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	want := make([]alliances.Tie, 2*chunkClaims+123)
	for i := range want {
		want[i] = arbitraryTie(rng, "big")
	}
	parts := encodeClaims(want)
	if len(parts) != 4 {
		t.Fatalf("%d ties make a blob of %d parts, want 4: the header and 3 chunks", len(want), len(parts))
	}
	l, err := checkBlob(unsafeStrings(parts))
	if err != nil {
		t.Fatal(err)
	}
	claims, ok := newTieClaims("big", l, nil)
	if !ok || claims.Parts() != 3 || claims.Len() != len(want) {
		t.Fatalf("%d parts of %d ties (%v), want 3 of %d", claims.Parts(), claims.Len(), ok, len(want))
	}
	if got := readAll(t, claims); !reflect.DeepEqual(got, want) {
		for i := range got {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("tie %d reads as %+v, want %+v", i, got[i], want[i])
				break
			}
		}
		t.Error("Each over three chunks differs from the ties written")
	}
	name := func(at int32) string {
		if at < 0 {
			return ""
		}
		return claims.Names()[at]
	}
	for p := range claims.Parts() {
		err := claims.EachNamed(p, func(i int, tie *alliances.Tie, subject, object, third, valid int32) {
			if name(subject) != want[i].Subject || name(object) != want[i].Object || name(third) != want[i].Third ||
				claims.ValidTimes()[valid] != want[i].Valid {
				t.Errorf("tie %d named at %d, %d, %d, valid at %d: %q %q %q %v, want %q %q %q %v", i, subject, object, third, valid,
					name(subject), name(object), name(third), claims.ValidTimes()[valid], want[i].Subject, want[i].Object, want[i].Third, want[i].Valid)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := g; i < len(want); i += 97 {
				if !reflect.DeepEqual(*claims.Tie(i), want[i]) {
					t.Errorf("Tie(%d) differs from the tie written", i)
				}
			}
		})
	}
	wg.Wait()
	short := *l
	short.counts = []int{l.counts[0], 5, l.counts[2]}
	if _, ok := newTieClaims("big", &short, nil); ok {
		t.Error("a short chunk before the last is accepted; Tie would find the wrong ties")
	}
}

// threeChunks is a database of one case of ties in three chunks of the record cache,
// whose notes, intensities, statuses and citations differ tie by tie, and a third of
// whose ties a second import changed (so that their recorded times differ too).
func threeChunks(t *testing.T) (*DB, int) {
	t.Helper()
	ctx := context.Background()
	db := fileDB(t, "three.db")
	clock := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	db.Now = func() time.Time { clock = clock.Add(time.Second); return clock }
	const n = 2*chunkClaims + 500
	rec, ties := manyTies(n)
	for i := range ties {
		ties[i].Note = "note " + strconv.Itoa(i)
		ties[i].Intensity = 1 + i%5
		ties[i].Citations[0].Locator = "p. " + strconv.Itoa(i)
		if i%7 == 0 {
			ties[i].Status = alliances.Alleged
		}
	}
	for round := range 2 {
		if round == 1 {
			for i := 0; i < n; i += 3 {
				ties[i].Note += ", changed"
			}
		}
		rec.Ties = ties
		if _, err := db.Import(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	return db, n
}

// TestPickGivesWhatTieGives: Pick decodes each chunk on a worker of its own, into
// scratch space it reuses; the ties it gives, asked in any order across the chunks, must
// be those Tie gives, transformed alike, down to their recorded times.
func TestPickGivesWhatTieGives(t *testing.T) {
	db, n := threeChunks(t)
	claims, err := db.CaseTies(context.Background(), "many", func(t *alliances.Tie) { t.Note = "seen: " + t.Note })
	if err != nil {
		t.Fatal(err)
	}
	if claims.Parts() < 3 {
		t.Fatalf("%d chunks, want 3 at least", claims.Parts())
	}
	list := make([]int32, 0, n/2)
	for i := n - 1; i >= 0; i -= 2 {
		list = append(list, int32(i)) // from the last chunk to the first
	}
	got := claims.Pick(list)
	for j, i := range list {
		if want := claims.Tie(int(i)); !reflect.DeepEqual(&got[j], want) {
			t.Fatalf("Pick gave tie %d as %+v (recorded %+v); Tie gives %+v (recorded %+v)", i, got[j], *got[j].Recorded, *want, *want.Recorded)
		}
	}
	if got[0].Recorded.Version == got[1].Recorded.Version {
		t.Fatalf("ties %d and %d have version %d both: the test needs versions that differ", list[0], list[1], got[0].Recorded.Version)
	}
}

// TestFilteredTiesAreTheirOwn: a query that keeps some ties decodes each chunk into
// space it reuses and keeps copies; they must be the ties the unfiltered read gives, in
// order, down to their recorded times and citations. On one core, one worker reuses its
// space for every chunk.
func TestFilteredTiesAreTheirOwn(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	db, n := threeChunks(t)
	ctx := context.Background()
	all, err := current[alliances.Tie](ctx, db, "ties", "tie", []string{"many"}, nil) // no filter: no reused space
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != n {
		t.Fatalf("%d ties, want %d", len(all), n)
	}
	got, err := db.Ties(ctx, alliances.TieFilter{Case: "many", Statuses: []alliances.Status{alliances.Alleged}})
	if err != nil {
		t.Fatal(err)
	}
	var want []alliances.Tie
	for _, tie := range all {
		if tie.Status == alliances.Alleged {
			want = append(want, tie)
		}
	}
	if len(got) != len(want) || len(want) != (n+6)/7 {
		t.Fatalf("%d alleged ties, want %d of %d", len(got), len(want), (n+6)/7)
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("alleged tie %d is %+v (recorded %+v); the unfiltered read gives %+v (recorded %+v)", i, got[i], *got[i].Recorded, want[i], *want[i].Recorded)
		}
	}
	if got[0].Recorded == got[1].Recorded || &got[0].Citations[0] == &got[1].Citations[0] {
		t.Fatal("two ties share their recorded times or citations")
	}
}

// TestFilteredActorsAreTheirOwn: the actors a query keeps, decoded into space reused
// chunk after chunk, carry nothing of the actors decoded there before them: an actor
// without external ids has none, though the one before it in its slot had some.
func TestFilteredActorsAreTheirOwn(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	ctx := context.Background()
	db := fileDB(t, "actors.db")
	rec, _ := manyTies(0)
	rec.Actors = nil
	const n = chunkClaims + 10 // two chunks
	for i := range n {
		a := alliances.Actor{ID: "x" + strconv.Itoa(i), Name: "Actor " + strconv.Itoa(i), Kind: "armed-group"}
		if i < chunkClaims {
			a.External = map[string]string{"wikidata": "Q" + strconv.Itoa(i)}
			a.Aliases = []string{"alias " + strconv.Itoa(i)}
		}
		rec.Actors = append(rec.Actors, a)
	}
	if _, err := db.Import(ctx, rec); err != nil {
		t.Fatal(err)
	}
	all, err := current[alliances.Actor](ctx, db, "actors", "actor", []string{"many"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.Actors(ctx, alliances.ActorFilter{Query: "Actor 1638"}) // Actor 1638 and 16380-16389
	if err != nil {
		t.Fatal(err)
	}
	var want []alliances.Actor
	for _, a := range all {
		if a.Matches("Actor 1638") {
			want = append(want, a)
		}
	}
	if len(want) != 11 || !reflect.DeepEqual(got, want) {
		t.Fatalf("%d actors kept, want the %d the unfiltered read gives; first kept %+v", len(got), len(want), got[:min(1, len(got))])
	}
	for _, a := range got {
		if a.ID >= "x16384" && a.External != nil {
			t.Errorf("%s has external ids %v; it was recorded without", a.ID, a.External)
		}
	}
}
