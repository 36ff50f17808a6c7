package alliances

import (
	"hash/maphash"
	"slices"
)

// idSet holds the ids of a record and where each is defined first. A Checker keeps one
// for each claim of a case of millions, so it is compact and holds no pointer for the
// garbage collector to follow: the ids' text one after another, and a table from a
// 64-bit hash of an id to its entry. An id whose hash another id already has (some one
// in ten million million pairs) goes to a map of its own.
type idSet struct {
	seed    maphash.Seed
	at      map[uint64]int32 // hash of an id -> its entry
	entries []idEntry
	text    []byte             // the ids, in the order of entries
	more    map[string]defined // ids whose hash an earlier id has
}

// idEntry is an id of the set: where it is defined and where its text starts (it ends
// where the next entry's starts).
type idEntry struct {
	d     defined
	start uint32
}

func newIDSet() *idSet {
	return &idSet{seed: maphash.MakeSeed(), at: map[uint64]int32{}}
}

// get returns where id is defined first.
func (s *idSet) get(id string) (defined, bool) {
	if k, ok := s.at[maphash.String(s.seed, id)]; ok && s.textOf(int(k)) == id {
		return s.entries[k].d, true
	}
	if s.more == nil {
		return defined{}, false
	}
	d, ok := s.more[id]
	return d, ok
}

// idTextLimit is how many bytes of ids the set's text holds, past which ids go to the
// map (a variable for tests).
var idTextLimit = int(^uint32(0))

// put records where id is defined; id is not in the set.
func (s *idSet) put(id string, d defined) {
	h := maphash.String(s.seed, id)
	if _, taken := s.at[h]; taken {
		if s.more == nil {
			s.more = map[string]defined{}
		}
		s.more[string([]byte(id))] = d // a copy: not the text the claim was read from
		return
	}
	if len(s.text)+len(id) > idTextLimit {
		// Past 4 GB of ids (hundreds of millions of claims) the offsets no longer
		// fit: the rest go to the map.
		if s.more == nil {
			s.more = map[string]defined{}
		}
		s.more[string([]byte(id))] = d
		return
	}
	s.at[h] = int32(len(s.entries))
	s.entries = append(s.entries, idEntry{d, uint32(len(s.text))})
	s.text = append(s.text, id...)
}

// textOf returns the text of entry k.
func (s *idSet) textOf(k int) string {
	end := len(s.text)
	if k+1 < len(s.entries) {
		end = int(s.entries[k+1].start)
	}
	return string(s.text[s.entries[k].start:end])
}

// of returns the ids defined in list, in the order of their elements.
func (s *idSet) of(list uint8) []string {
	type at struct {
		i  int32
		id string
	}
	var found []at
	for k, e := range s.entries {
		if e.d.list == list {
			found = append(found, at{e.d.i, s.textOf(k)})
		}
	}
	for id, d := range s.more {
		if d.list == list {
			found = append(found, at{d.i, id})
		}
	}
	slices.SortFunc(found, func(a, b at) int { return int(a.i - b.i) })
	out := make([]string, len(found))
	for k, f := range found {
		out[k] = f.id
	}
	return out
}
