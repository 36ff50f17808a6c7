package sqlstore

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"hash/crc32"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/storetest"
)

// randomString returns a string of up to 6 characters from a small alphabet (so that
// strings repeat and are interned), with multi-byte characters, or "".
func randomString(rng *rand.Rand) string {
	alphabet := []rune{'a', 'b', 'é', '"', '\\', '\n', 'ж', '0'}
	n := rng.IntN(7)
	r := make([]rune, n)
	for i := range r {
		r[i] = alphabet[rng.IntN(len(alphabet))]
	}
	return string(r)
}

// randomStrings returns nil, an empty slice or a few strings: the cache keeps the three
// apart.
func randomStrings(rng *rand.Rand) []string {
	switch rng.IntN(3) {
	case 0:
		return nil
	case 1:
		return []string{}
	}
	xs := make([]string, 1+rng.IntN(3))
	for i := range xs {
		xs[i] = randomString(rng)
	}
	return xs
}

var randomDates = []string{"", "2021", "2016/2018", "2021-07-15", "2019-03~/..", "201X", "-0044-03-15", "2020-21", "/2004", "1999?/2001-05%"}

func randomDate(rng *rand.Rand) edtf.Interval {
	var iv edtf.Interval // "" is the zero Interval
	if err := iv.UnmarshalText([]byte(randomDates[rng.IntN(len(randomDates))])); err != nil {
		panic(err)
	}
	return iv
}

func randomRecorded(rng *rand.Rand, caseID string) *alliances.Recorded {
	r := &alliances.Recorded{Case: caseID, Version: rng.IntN(5) + 1, From: time.Unix(0, rng.Int64N(1<<62)-1<<61).UTC()}
	if rng.IntN(3) == 0 {
		r.To = time.Unix(0, rng.Int64N(1<<62)+1).UTC()
	}
	return r
}

func randomCitations(rng *rand.Rand) []alliances.Citation {
	if rng.IntN(4) == 0 {
		return nil
	}
	cs := make([]alliances.Citation, rng.IntN(3))
	for i := range cs {
		cs[i] = alliances.Citation{Source: randomString(rng), Locator: randomString(rng), Credibility: alliances.Credibility(rng.IntN(8) - 1),
			AttributedTo: randomString(rng), Stance: alliances.Stance(randomString(rng)), Note: randomString(rng)}
	}
	return cs
}

func arbitraryTie(rng *rand.Rand, caseID string) alliances.Tie {
	t := alliances.Tie{ID: randomString(rng), Subject: randomString(rng), Object: randomString(rng), Kind: alliances.Kind(randomString(rng)),
		Type: alliances.AgreementType(randomString(rng)), Sign: alliances.Sign(rng.IntN(3) - 1), Directed: rng.IntN(2) == 0,
		Third: randomString(rng), Role: alliances.Role(randomString(rng)), Valid: randomDate(rng), Intensity: rng.IntN(11) - 5,
		Rank: rng.IntN(1 << 20), Status: alliances.Status(randomString(rng)), Basis: alliances.Basis(randomString(rng)),
		Citations: randomCitations(rng), Note: randomString(rng), Recorded: randomRecorded(rng, caseID)}
	if forms := randomStrings(rng); forms != nil {
		t.Forms = make([]alliances.Form, len(forms))
		for i, f := range forms {
			t.Forms[i] = alliances.Form(f)
		}
	}
	return t
}

func arbitraryActor(rng *rand.Rand, caseID string) alliances.Actor {
	a := alliances.Actor{ID: randomString(rng), Name: randomString(rng), Aliases: randomStrings(rng), Kind: randomString(rng),
		Country: randomString(rng), Province: randomString(rng), Tags: randomStrings(rng), Note: randomString(rng),
		Recorded: randomRecorded(rng, caseID)}
	if keys := randomStrings(rng); keys != nil {
		a.External = map[string]string{}
		for _, k := range keys {
			a.External[k] = randomString(rng)
		}
	}
	return a
}

func arbitrarySource(rng *rand.Rand, caseID string) alliances.Source {
	s := alliances.Source{ID: randomString(rng), Title: randomString(rng), Author: randomString(rng), Publisher: randomString(rng),
		URL: randomString(rng), Kind: randomString(rng), Reliability: randomString(rng), Note: randomString(rng),
		Recorded: randomRecorded(rng, caseID)}
	if rng.IntN(2) == 0 {
		d := randomDate(rng)
		s.Date = &d
	}
	return s
}

func roundTrip[T any](t *testing.T, vals []T, caseID string) {
	t.Helper()
	parts := encodeClaims(vals)
	got, err := decodeClaims[T](parts, caseID, nil)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	// The parts one after another are a blob of one part, which decodes the same.
	if whole, err := decodeClaims[T]([][]byte{bytes.Join(parts, nil)}, caseID, nil); err != nil || !reflect.DeepEqual(whole, got) {
		t.Fatalf("the blob's %d parts joined decode otherwise (%v)", len(parts), err)
	}
	if !reflect.DeepEqual(got, vals) {
		for i := range vals {
			if !reflect.DeepEqual(got[i], vals[i]) {
				t.Fatalf("claim %d reads back as\n%+v\nwant\n%+v", i, got[i], vals[i])
			}
		}
		t.Fatalf("%d claims read back as %d", len(vals), len(got))
	}
}

// TestCacheRoundTrip: random ties, actors and sources (every field set or not, nil and
// empty lists, repeated and multi-byte strings, dates of every form) read back from a
// blob equal to what was written, Recorded included.
func TestCacheRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 7))
	for n := range 50 {
		ties, actors, sources := make([]alliances.Tie, n), make([]alliances.Actor, n), make([]alliances.Source, n)
		for i := range n {
			ties[i], actors[i], sources[i] = arbitraryTie(rng, "c"), arbitraryActor(rng, "c"), arbitrarySource(rng, "c")
		}
		roundTrip(t, ties, "c")
		roundTrip(t, actors, "c")
		roundTrip(t, sources, "c")
	}
	many := make([]alliances.Tie, 2*chunkClaims+7) // three chunks, the last short
	for i := range many {
		many[i] = arbitraryTie(rng, "c")
	}
	roundTrip(t, many, "c")
}

// importAll imports the built-in cases and the store tests' sample into db.
// clocked opens an empty database in memory, closed after the test, whose clock the
// test moves.
func clocked(t *testing.T) (*DB, *storetest.Clock) {
	t.Helper()
	db, err := Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	clock := &storetest.Clock{T: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
	db.Now = clock.Now
	return db, clock
}

// memoryWithAll opens a database in memory, closed after the test, and imports the
// sample and the built-in cases into it, returning their ids.
func memoryWithAll(t *testing.T) (*DB, []string) {
	t.Helper()
	db, err := Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, importAll(t, db)
}

func importAll(t *testing.T, db *DB) []string {
	t.Helper()
	built, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	recs := append([]*alliances.Record{storetest.Sample()}, built...)
	var ids []string
	for _, rec := range recs {
		if _, err := db.Import(context.Background(), rec); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, rec.Case)
	}
	return ids
}

// fromJSON reads one entity of a case from the claims' JSON, as before the cache.
func fromJSON[T any](t *testing.T, db *DB, entity, caseID string) []T {
	t.Helper()
	vals, err := ofCase[T](context.Background(), db, db.read, "test", entity, caseID)
	if err != nil {
		t.Fatal(err)
	}
	return vals
}

// cacheRows counts the blobs stamped with the latest change.
func cacheRows(t *testing.T, db *DB) int {
	t.Helper()
	var n int
	if err := db.read.QueryRow(`SELECT COUNT(*) FROM record_cache WHERE part = 0 AND stamp = (` + latestChangeSQL + `)`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// sameAsJSON checks that the cache answers as the JSON for every case and entity, and
// that it answered from its blobs.
func sameAsJSON(t *testing.T, db *DB, ids []string) {
	t.Helper()
	ctx := context.Background()
	if n := cacheRows(t, db); n != 3*len(ids) {
		t.Errorf("%d current blobs, want 3 for each of %d cases", n, len(ids))
	}
	for _, c := range ids {
		ties, err := db.Ties(ctx, alliances.TieFilter{Case: c})
		if err != nil || !reflect.DeepEqual(ties, fromJSON[alliances.Tie](t, db, "tie", c)) {
			t.Errorf("case %s: the cached ties (%v) differ from their JSON", c, err)
		}
		actors, err := current[alliances.Actor](ctx, db, "test", "actor", []string{c}, nil)
		if err != nil || !reflect.DeepEqual(actors, fromJSON[alliances.Actor](t, db, "actor", c)) {
			t.Errorf("case %s: the cached actors (%v) differ from their JSON", c, err)
		}
		sources, err := current[alliances.Source](ctx, db, "test", "source", []string{c}, nil)
		if err != nil || !reflect.DeepEqual(sources, fromJSON[alliances.Source](t, db, "source", c)) {
			t.Errorf("case %s: the cached sources (%v) differ from their JSON", c, err)
		}
	}
}

// TestCacheMatchesJSON: for the built-in cases and the sample, what the cache holds
// after an import is what the claims' JSON says.
func TestCacheMatchesJSON(t *testing.T) {
	db, ids := memoryWithAll(t)
	sameAsJSON(t, db, ids)
}

// TestCacheImportChangesTie: an import that changes one tie rewrites the case's blobs
// in the same transaction, and restamps the other cases' blobs, which still hold.
func TestCacheImportChangesTie(t *testing.T) {
	ctx := context.Background()
	db, ids := memoryWithAll(t)
	rec := storetest.Sample()
	rec.Ties[0].Note = "changed"
	if _, err := db.Import(ctx, rec); err != nil {
		t.Fatal(err)
	}
	stamp, err := latestChange(ctx, db.read)
	if err != nil {
		t.Fatal(err)
	}
	blob, err := db.readBlob(ctx, db.read, rec.Case, "tie", stamp)
	if err != nil {
		t.Fatalf("no current blob of the changed case's ties: %v", err)
	}
	ties, err := decodeClaims[alliances.Tie](blob, rec.Case, nil)
	if err != nil || ties[0].ID != rec.Ties[0].ID || ties[0].Note != "changed" || ties[0].Recorded.Version != 2 {
		t.Errorf("the blob's first tie is %+v (%v), want %s with the new note, version 2", ties[0], err, rec.Ties[0].ID)
	}
	sameAsJSON(t, db, ids)
}

// TestCacheKnownAtReadsPast: a read of a past state never uses the blob of a later one.
func TestCacheKnownAtReadsPast(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	clock := &storetest.Clock{T: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	db.Now = clock.Now
	rec := storetest.Sample()
	if _, err := db.Import(ctx, rec); err != nil {
		t.Fatal(err)
	}
	first := clock.T
	clock.Advance(time.Hour)
	rec.Ties[0].Note = "changed"
	if _, err := db.Import(ctx, rec); err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Hour)
	past, err := db.Ties(ctx, alliances.TieFilter{Case: rec.Case, KnownAt: first})
	if err != nil || past[0].ID != rec.Ties[0].ID || past[0].Note != "" || past[0].Recorded.Version != 1 {
		t.Errorf("first tie as known at %v = %+v (%v), want version 1 without a note", first, past[0], err)
	}
	old, err := db.Record(ctx, rec.Case, first)
	if err != nil || old.Ties[0].Note != "" {
		t.Errorf("record as known at %v has the later note (%v)", first, err)
	}
	now, err := db.Ties(ctx, alliances.TieFilter{Case: rec.Case})
	if err != nil || now[0].Note != "changed" {
		t.Errorf("current first tie = %+v (%v), want the new note", now[0], err)
	}
}

// TestCacheCorruptReadsJSON: a blob that is truncated or altered, or one stamped with
// an earlier change, is not read: the answer is the JSON's, without error, and a
// writable database gets a good blob back.
func TestCacheCorruptReadsJSON(t *testing.T) {
	ctx := context.Background()
	empty := bytes.Join(encodeClaims([]alliances.Tie{}), nil) // decodes, to no ties
	for name, damage := range map[string]func(blob []byte) ([]byte, int64){
		"truncated": func(b []byte) ([]byte, int64) { return b[:len(b)-3], 0 },
		"altered":   func(b []byte) ([]byte, int64) { b[len(b)/2] ^= 0x20; return b, 0 },
		"header":    func(b []byte) ([]byte, int64) { return b[:5], 0 },
		"stale":     func([]byte) ([]byte, int64) { return empty, -1 },
	} {
		t.Run(name, func(t *testing.T) {
			db, err := Open(ctx, ":memory:")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			ids := importAll(t, db)
			for _, c := range ids {
				want := fromJSON[alliances.Tie](t, db, "tie", c)
				stamp, err := latestChange(ctx, db.read)
				if err != nil {
					t.Fatal(err)
				}
				parts, err := db.readBlob(ctx, db.read, c, "tie", stamp)
				if err != nil {
					t.Fatal(err)
				}
				// The damaged blob is stored in one part, as a blob may be.
				damaged, shift := damage(bytes.Join(parts, nil))
				if _, err := db.write.Exec(`DELETE FROM record_cache WHERE case_id = ? AND entity = 'tie' AND part > 0`, c); err != nil {
					t.Fatal(err)
				}
				if _, err := db.write.Exec(`UPDATE record_cache SET body = ?, stamp = ? WHERE case_id = ? AND entity = 'tie'`,
					damaged, stamp+shift, c); err != nil {
					t.Fatal(err)
				}
				if got, err := db.Ties(ctx, alliances.TieFilter{Case: c}); err != nil || !reflect.DeepEqual(got, want) {
					t.Errorf("case %s: %d ties from a damaged cache (%v), want the %d of their JSON", c, len(got), err, len(want))
				}
				blob, err := db.readBlob(ctx, db.read, c, "tie", stamp)
				if err != nil {
					t.Fatalf("case %s: no blob stored again: %v", c, err)
				}
				if got, err := decodeClaims[alliances.Tie](blob, c, nil); err != nil || !reflect.DeepEqual(got, want) {
					t.Errorf("case %s: the blob stored again (%v) differs from the JSON", c, err)
				}
			}
		})
	}
}

// TestCacheOldDatabase: a database without blobs (as written before the cache) answers
// from the JSON; opened read-only where it may be written, its first read stores them;
// on read-only media it is never written.
func TestCacheOldDatabase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := sampleDB(t, dir, "old.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`DELETE FROM record_cache`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	want := storetest.Sample()
	want.Normalize()

	ro, err := openReadOnly(ctx, path, time.Second, func(string) bool { return false })
	if err != nil {
		t.Fatal(err)
	}
	before := fileState(t, path)
	if got, err := ro.Record(ctx, want.Case, time.Time{}); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("record from read-only media = %+v (%v), want the sample", got, err)
	}
	if n := cacheRows(t, ro); n != 0 {
		t.Errorf("read-only media: %d blobs written, want none", n)
	}
	if after := fileState(t, path); after != before {
		t.Errorf("read-only media changed by a read: %s, was %s", after, before)
	}
	ro.Close()

	db, err := OpenReadOnly(ctx, filepath.Join(dir, "old.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got, err := db.Record(ctx, want.Case, time.Time{}); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("record of an old database = %+v (%v), want the sample", got, err)
	}
	if n := cacheRows(t, db); n != 3 {
		t.Errorf("%d blobs stored by the first read, want 3 (sources, actors, ties)", n)
	}
	sameAsJSON(t, db, []string{want.Case})
}

// TestCacheStoreSkipsChanged: blobs built before a change are not stored after it.
func TestCacheStoreSkipsChanged(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	importAll(t, db)
	stale, err := latestChange(ctx, db.read)
	if err != nil {
		t.Fatal(err)
	}
	rec := storetest.Sample()
	rec.Ties[0].Note = "changed"
	if _, err := db.Import(ctx, rec); err != nil {
		t.Fatal(err)
	}
	if err := db.storeCache(ctx, stale, []cacheBlob{{rec.Case, "tie", [][]byte{[]byte("stale")}}}); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.read.QueryRow(`SELECT COUNT(*) FROM record_cache WHERE body = CAST('stale' AS BLOB)`).Scan(&n); err != nil || n != 0 {
		t.Errorf("a blob built before the latest change was stored (%d, %v)", n, err)
	}
}

// FuzzCacheBlob: any payload under a valid header and checksum decodes or is refused,
// never panics nor allocates beyond its length.
func FuzzCacheBlob(f *testing.F) {
	rng := rand.New(rand.NewPCG(1, 1))
	joined := func(parts [][]byte) []byte { return bytes.Join(parts, nil)[8:] }
	f.Add(joined(encodeClaims([]alliances.Tie{arbitraryTie(rng, "c"), arbitraryTie(rng, "c")})), uint(40))
	f.Add(joined(encodeClaims([]alliances.Actor{arbitraryActor(rng, "c")})), uint(0))
	f.Add(joined(encodeClaims([]alliances.Source{arbitrarySource(rng, "c")})), uint(3))
	f.Fuzz(func(t *testing.T, payload []byte, cut uint) {
		blob := append([]byte{'A', 'L', 'C', cacheFormat, 0, 0, 0, 0}, payload...)
		binary.LittleEndian.PutUint32(blob[4:8], crc32.Checksum(payload, castagnoli))
		// In one part, and in two cut anywhere: a cut inside the header or a chunk
		// is refused, never read past.
		at := 8 + int(cut%uint(len(payload)+1))
		for _, parts := range [][][]byte{{blob}, {blob[:at], blob[at:]}} {
			decodeClaims[alliances.Tie](parts, "c", nil)
			decodeClaims[alliances.Actor](parts, "c", nil)
			decodeClaims[alliances.Source](parts, "c", nil)
		}
		broken := append([]byte(nil), blob...)
		broken[len(broken)-1] ^= 1
		if _, err := decodeClaims[alliances.Tie]([][]byte{broken}, "c", nil); err == nil && len(payload) > 0 {
			t.Errorf("a blob with a wrong checksum decodes")
		}
	})
}

// TestCacheVersionsGoOn: a tie retracted and recorded again, in its case or in another,
// goes on from its last version, in the claims and in the cache the import writes.
func TestCacheVersionsGoOn(t *testing.T) {
	ctx := context.Background()
	db, clock := clocked(t)
	rec := storetest.Sample()
	moved := rec.Ties[0]
	cases := []string{rec.Case}
	imp := func(r *alliances.Record) {
		t.Helper()
		clock.Advance(time.Hour)
		if _, err := db.Import(ctx, r); err != nil {
			t.Fatal(err)
		}
		if r.Case != cases[len(cases)-1] {
			cases = append(cases, r.Case)
		}
		sameAsJSON(t, db, cases) // the cache each import wrote
	}
	imp(rec)
	without := storetest.Sample()
	without.Ties = without.Ties[1:]
	imp(without)            // version 1 retracted
	imp(storetest.Sample()) // version 2
	imp(without)            // version 2 retracted
	other := &alliances.Record{Case: "other", Title: "Other", Sources: rec.Sources[:1], Actors: rec.Actors, Ties: []alliances.Tie{moved}}
	for i := range other.Sources {
		other.Sources[i].ID = "other-" + other.Sources[i].ID
	}
	other.Actors = nil
	for _, a := range rec.Actors {
		a.ID = "other-" + a.ID
		other.Actors = append(other.Actors, a)
	}
	other.Ties[0].Subject, other.Ties[0].Object = "other-"+moved.Subject, "other-"+moved.Object
	other.Ties[0].Citations = []alliances.Citation{{Source: other.Sources[0].ID, Credibility: 2}}
	imp(other) // the tie's id, now in another case: version 3
	ties, err := db.Ties(ctx, alliances.TieFilter{Case: "other"})
	if err != nil || len(ties) != 1 || ties[0].ID != moved.ID || ties[0].Recorded.Version != 3 {
		t.Fatalf("the tie recorded in case other: %+v (%v), want %s at version 3", ties, err, moved.ID)
	}
}
