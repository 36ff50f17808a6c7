package alliances

import (
	"fmt"
	"hash/maphash"
	"slices"
	"testing"
)

// TestIDSetKeepsEveryID: every id put is found where it was defined, ids never put are
// not, and the ids of a list come back in the order of their elements, for a few
// thousand ids over the four lists.
func TestIDSetKeepsEveryID(t *testing.T) {
	s := newIDSet()
	var ties []string
	for i := range 3000 {
		id := fmt.Sprintf("t%d", i)
		list := uint8(i % 4)
		s.put(id, defined{list, int32(i)})
		if list == 2 {
			ties = append(ties, id)
		}
	}
	for i := range 3000 {
		d, ok := s.get(fmt.Sprintf("t%d", i))
		if !ok || d != (defined{uint8(i % 4), int32(i)}) {
			t.Fatalf("t%d: %+v %v, want list %d element %d", i, d, ok, i%4, i)
		}
	}
	for _, id := range []string{"", "t", "t3000", "t-1", "t00"} {
		if d, ok := s.get(id); ok {
			t.Errorf("%q found at %+v, never put", id, d)
		}
	}
	if got := s.of(2); !slices.Equal(got, ties) {
		t.Errorf("the ids of list 2: %d ids, want the %d put, in order", len(got), len(ties))
	}
}

// TestIDSetTellsIDsOfOneHashApart: two ids of the same 64-bit hash (made here by
// pointing the second's hash at the first's entry, as a collision would) are both kept
// and told apart.
func TestIDSetTellsIDsOfOneHashApart(t *testing.T) {
	s := newIDSet()
	s.put("alpha", defined{1, 0})
	s.at[maphash.String(s.seed, "beta")] = 0 // beta's hash is now alpha's
	if d, ok := s.get("beta"); ok {
		t.Fatalf("beta found at %+v before it was put", d)
	}
	s.put("beta", defined{1, 1})
	s.put("gamma", defined{1, 2})
	for id, want := range map[string]defined{"alpha": {1, 0}, "beta": {1, 1}, "gamma": {1, 2}} {
		if d, ok := s.get(id); !ok || d != want {
			t.Errorf("%s: %+v %v, want %+v", id, d, ok, want)
		}
	}
	if got, want := s.of(1), []string{"alpha", "beta", "gamma"}; !slices.Equal(got, want) {
		t.Errorf("the ids of the list: %v, want %v", got, want)
	}
}

// TestIDSetKeepsIDsPastItsText: past the bytes of text the set holds (4 GB, a few here),
// ids go to its map and are found there as well.
func TestIDSetKeepsIDsPastItsText(t *testing.T) {
	defer func(limit int) { idTextLimit = limit }(idTextLimit)
	idTextLimit = 10
	s := newIDSet()
	ids := []string{"alpha", "beta", "gamma", "delta"} // gamma and delta pass 10 bytes
	for i, id := range ids {
		if _, ok := s.get(id); ok {
			t.Fatalf("%s found before it was put", id)
		}
		s.put(id, defined{2, int32(i)})
	}
	for i, id := range ids {
		if d, ok := s.get(id); !ok || d != (defined{2, int32(i)}) {
			t.Errorf("%s: %+v %v, want element %d", id, d, ok, i)
		}
	}
	if len(s.more) != 2 {
		t.Errorf("%d ids in the map, want the 2 past the text", len(s.more))
	}
	if got := s.of(2); !slices.Equal(got, ids) {
		t.Errorf("the ids of the list: %v, want %v", got, ids)
	}
}
