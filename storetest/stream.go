package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
)

// TieList gives a list of ties one at a time, as a reader streaming them does: a copy of
// each, so that what a store keeps of one is not the list's.
type TieList []alliances.Tie

// Each implements alliances.TieSource.
func (l TieList) Each(f func(*alliances.Tie) error) error {
	for _, t := range l {
		if err := f(&t); err != nil {
			return err
		}
	}
	return nil
}

// testStream imports the sample case with its ties streamed, as CSV tables are: the
// case reads back as imported whole; again, unchanged, nothing changes; with a tie
// changed, that tie alone; with a tie naming an actor nobody defines, nothing is written.
// Stores that do not stream are left out.
func testStream(t *testing.T, open Open) {
	clock := &Clock{T: start}
	s := open(t, clock)
	st, ok := s.(alliances.Streams)
	if !ok {
		t.Skip("the store does not stream ties")
	}
	ctx := context.Background()
	stream := func(rec *alliances.Record) (alliances.ImportSummary, error) {
		head := *rec
		head.Ties = nil
		ties := TieList(rec.Ties)
		sums, err := st.ImportStream(ctx, func(r *alliances.Record) alliances.TieSource {
			if r == &head {
				return ties
			}
			return nil
		}, &head)
		if err != nil {
			return alliances.ImportSummary{}, err
		}
		return sums[0], nil
	}
	sum, err := stream(Sample())
	if want := (alliances.ImportSummary{Case: "sample", Added: 9, Recorded: start}); err != nil || sum != want {
		t.Fatalf("streamed import = %+v (%v), want %+v", sum, err, want)
	}
	got, err := s.Record(ctx, "sample", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	want := Sample()
	want.Normalize()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("streamed import reads back as\n%+v\nwant\n%+v", got, want)
	}
	clock.Advance(time.Hour)
	if sum, err := stream(Sample()); err != nil || sum != (alliances.ImportSummary{Case: "sample", Unchanged: 9}) {
		t.Errorf("streamed again, unchanged = %+v (%v), want 9 unchanged", sum, err)
	}
	changed := Sample()
	changed.Ties[1].Intensity = 5
	at := clock.Advance(time.Hour)
	if sum, err := stream(changed); err != nil || sum != (alliances.ImportSummary{Case: "sample", Changed: 1, Unchanged: 8, Recorded: at}) {
		t.Errorf("streamed with a tie changed = %+v (%v), want 1 changed", sum, err)
	}
	bad := Sample()
	bad.Ties[2].Object = "nobody-at-all"
	clock.Advance(time.Hour)
	if _, err := stream(bad); alliances.KindOf(err) != alliances.Invalid {
		t.Errorf("streamed with an unknown actor: %v, want Invalid", err)
	}
	if vs, err := s.History(ctx, Sample().Ties[2].ID); err != nil || len(vs) != 1 {
		t.Errorf("history of the tie the refused import gave: %d versions (%v), want 1", len(vs), err)
	}
}
