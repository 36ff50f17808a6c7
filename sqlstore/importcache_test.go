package sqlstore

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
)

// TestCacheOfValuesIsCacheOfJSON: an import adds each claim's value to the record
// cache as it stores it, where a read builds the cache from the stored JSON: the two
// give blobs equal byte for byte, for random ties, actors and sources (normalised, as
// an import has them) and for every claim of the built-in cases.
func TestCacheOfValuesIsCacheOfJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 13))
	ties, actors, sources := make([]alliances.Tie, 300), make([]alliances.Actor, 300), make([]alliances.Source, 300)
	for i := range 300 {
		ties[i], actors[i], sources[i] = arbitraryTie(rng, "c"), arbitraryActor(rng, "c"), arbitrarySource(rng, "c")
	}
	recs, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	recs = append(recs, &alliances.Record{Sources: sources, Actors: actors, Ties: ties})
	ties, actors, sources = nil, nil, nil
	for _, r := range recs {
		r.Normalize() // as an import does first
		ties, actors, sources = append(ties, r.Ties...), append(actors, r.Actors...), append(sources, r.Sources...)
	}
	sameBlob(t, "tie", ties, decoder[alliances.Tie]())
	sameBlob(t, "actor", actors, decoder[alliances.Actor]())
	sameBlob(t, "source", sources, decoder[alliances.Source]())
}

// sameBlob builds a blob of vals as an import's cache does and another of their JSON,
// as stored (without Recorded), as a read does, and fails when they differ.
func sameBlob[T any](t *testing.T, entity string, vals []T, decode func([]byte, *T) error) {
	t.Helper()
	from := time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	rec := &alliances.Recorded{Case: "c", Version: 1, From: from}
	cache := newCaseCache("c")
	ofJSON := newBlobBuilder()
	for i := range vals {
		// The value as eachOf gives it: a tie by pointer, the others by value.
		var value any = &vals[i]
		switch v := value.(type) {
		case *alliances.Actor:
			value = *v
		case *alliances.Source:
			value = *v
		}
		cache.add(claim{value: value}, 1, from.UnixNano())
		stored := vals[i]
		body, err := json.Marshal(&stored)
		if err != nil {
			t.Fatal(err)
		}
		var back T
		if err := decode(body, &back); err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
		switch v := any(&back).(type) {
		case *alliances.Tie:
			v.Recorded = rec
		case *alliances.Actor:
			v.Recorded = rec
		case *alliances.Source:
			v.Recorded = rec
		}
		ofJSON.add(&back)
	}
	var ofValues []byte
	for _, b := range cache.finish() {
		if b.entity == entity {
			ofValues = bytes.Join(b.parts, nil)
		}
	}
	if b := bytes.Join(ofJSON.parts(), nil); !bytes.Equal(ofValues, b) || len(b) < 100 {
		t.Errorf("%d claims (%T) are cached otherwise from their values (%d bytes) than from their JSON (%d bytes)", len(vals), vals[0], len(ofValues), len(b))
	}
}
