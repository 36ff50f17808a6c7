package sqlstore

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/alliances-project/alliances"
)

// caseCache writes the record cache of a case while an import records its claims: each
// claim's JSON, as stored, is decoded as a read of the claims decodes it, on another
// goroutine, and added to its entity's blob with the version now current, so that the
// import need not read the case back. Claims come in the case's order, which is the
// order of its stored claims (by seq).
type caseCache struct {
	caseID   string
	items    chan cacheItem
	done     chan struct{}
	closed   bool
	builders map[string]*blobBuilder // by entity; the worker alone writes them
	err      error                   // the first claim that did not decode
}

// cacheItem is one claim to add: its JSON (a copy), current version and recorded time
// (Unix nanoseconds).
type cacheItem struct {
	entity  string
	body    []byte
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

// add adds a claim of the case; events, which the cache does not hold, are left out.
func (c *caseCache) add(entity string, body []byte, version int, from int64) {
	if _, ok := c.builders[entity]; ok {
		c.items <- cacheItem{entity, bytes.Clone(body), version, from}
	}
}

func (c *caseCache) run() {
	defer close(c.done)
	decodeTie := decoder[alliances.Tie]()
	for it := range c.items {
		if c.err != nil {
			continue
		}
		rec := &alliances.Recorded{Case: c.caseID, Version: it.version, From: time.Unix(0, it.from).UTC()}
		switch it.entity {
		case "tie":
			var t alliances.Tie
			c.err = decodeTie(it.body, &t)
			t.Recorded = rec
			c.builders[it.entity].add(&t)
		case "actor":
			var a alliances.Actor
			c.err = json.Unmarshal(it.body, &a)
			a.Recorded = rec
			c.builders[it.entity].add(&a)
		case "source":
			var s alliances.Source
			c.err = json.Unmarshal(it.body, &s)
			s.Recorded = rec
			c.builders[it.entity].add(&s)
		}
	}
}

// finish waits for the claims added and returns the case's blobs, one for each entity
// the cache holds; false when a claim did not decode, and the blobs must be built from
// the claims stored.
func (c *caseCache) finish() ([]cacheBlob, bool) {
	c.stop()
	if c.err != nil {
		return nil, false
	}
	var out []cacheBlob
	for _, entity := range cachedEntities {
		out = append(out, cacheBlob{c.caseID, entity, c.builders[entity].bytes()})
	}
	return out, true
}

// stop ends the writing, when the import is done with the case or stops early.
func (c *caseCache) stop() {
	if !c.closed {
		c.closed = true
		close(c.items)
		<-c.done
	}
}
