package sqlstore

import (
	"errors"
)

// errRefused stops an import at the first claim of a streamed record that has a
// problem, before it is written (see checking).
var errRefused = errors.New("the record has a problem")

// encoded is a claim and its JSON, as stored.
type encoded struct {
	c    claim
	body []byte
}

// batchClaims is how many claims go from the goroutine that encodes them to the one
// that writes them at a time.
const batchClaims = 256

// marshalClaims calls f with each claim of in and its JSON, as marshal writes it; the
// body is f's until f returns. The claims of a record whose ties are streamed are read
// again, checked (check, which stops them at the first problem with errRefused) and
// encoded on another goroutine while f writes those before them: reading CSV tables
// again and writing rows into SQLite then take a core each.
func marshalClaims(in input, check *checking, marshal func([]byte, claim) ([]byte, error), f func(c claim, body []byte) error) error {
	if in.ties == nil {
		var buf []byte
		return eachOf(in, func(c claim) error {
			var err error
			if buf, err = marshal(buf, c); err != nil {
				return err
			}
			return f(c, buf)
		})
	}
	batches := make(chan []encoded, 4)
	stop := make(chan struct{})
	var produced error
	go func() {
		defer close(batches)
		var batch []encoded
		send := func() bool {
			select {
			case batches <- batch:
				batch = make([]encoded, 0, batchClaims)
				return true
			case <-stop:
				return false
			}
		}
		produced = eachOf(in, func(c claim) error {
			if c.tie != nil {
				t := *c.tie // the source's until this returns
				c.tie, c.value = &t, &t
			}
			if check != nil && check.add(c) {
				return errRefused
			}
			body, err := marshal(nil, c)
			if err != nil {
				return err
			}
			if batch = append(batch, encoded{c, body}); len(batch) == batchClaims && !send() {
				return errStopped
			}
			return nil
		})
		if produced == nil && len(batch) > 0 {
			send()
		}
	}()
	var err error
	for b := range batches {
		for i := 0; i < len(b) && err == nil; i++ {
			if err = f(b[i].c, b[i].body); err != nil {
				close(stop) // the goroutine stops; what it sent is drained
			}
		}
	}
	if err != nil {
		return err
	}
	return produced
}

// errStopped ends the reading of claims no one writes any more.
var errStopped = errors.New("stopped")
