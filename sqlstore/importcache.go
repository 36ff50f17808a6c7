package sqlstore

import (
	"slices"
	"time"

	"github.com/alliances-project/alliances"
)

// caseCache writes the record cache of a case while an import records its claims: each
// claim, as the import stores it, is added to its entity's blob on another goroutine,
// with the version now current, so that the import need not read the case back. Claims
// come in the case's order, which is the order of its stored claims (by seq). What a
// blob holds is what a read of the claims' JSON gives (TestCacheOfValuesIsCacheOfJSON).
type caseCache struct {
	caseID   string
	items    chan cacheItem
	done     chan struct{}
	closed   bool
	builders map[string]*blobBuilder // by entity; the worker alone writes them
}

// cacheItem is one claim to add: its value (the cache's own copy: a *alliances.Tie,
// *alliances.Actor or *alliances.Source), current version and recorded time (Unix
// nanoseconds).
type cacheItem struct {
	value   any
	version int
	from    int64
}

func newCaseCache(caseID string) *caseCache {
	c := &caseCache{caseID: caseID, items: make(chan cacheItem, 1024), done: make(chan struct{}), builders: map[string]*blobBuilder{}}
	for _, entity := range cachedEntities {
		c.builders[entity] = newBlobBuilder()
	}
	go c.run()
	return c
}

// add adds a claim of the case; events, which the cache does not hold, are left out. A
// tie is copied: a streamed tie is its source's once the import goes on to the next.
func (c *caseCache) add(cl claim, version int, from int64) {
	var v any
	switch x := cl.value.(type) {
	case *alliances.Tie:
		t := *x
		t.Forms, t.Citations = slices.Clone(x.Forms), slices.Clone(x.Citations)
		v = &t
	case alliances.Actor:
		if x.Aliases == nil {
			x.Aliases = []string{} // as its JSON has them (Actor.MarshalJSON)
		}
		v = &x
	case alliances.Source:
		v = &x
	default:
		return
	}
	c.items <- cacheItem{v, version, from}
}

func (c *caseCache) run() {
	defer close(c.done)
	for it := range c.items {
		rec := &alliances.Recorded{Case: c.caseID, Version: it.version, From: time.Unix(0, it.from).UTC()}
		switch v := it.value.(type) {
		case *alliances.Tie:
			v.Recorded = rec
			c.builders["tie"].add(v)
		case *alliances.Actor:
			v.Recorded = rec
			c.builders["actor"].add(v)
		case *alliances.Source:
			v.Recorded = rec
			c.builders["source"].add(v)
		}
	}
}

// finish waits for the claims added and returns the case's blobs, one for each entity
// the cache holds.
func (c *caseCache) finish() []cacheBlob {
	c.stop()
	var out []cacheBlob
	for _, entity := range cachedEntities {
		out = append(out, cacheBlob{c.caseID, entity, c.builders[entity].parts()})
	}
	return out
}

// stop ends the writing, when the import is done with the case or stops early.
func (c *caseCache) stop() {
	if !c.closed {
		c.closed = true
		close(c.items)
		<-c.done
	}
}
