package sqlstore

import (
	"context"
	"errors"

	"github.com/alliances-project/alliances"
)

// An import of more ties than memory should hold at once (the CSV tables of a case of
// millions) takes them one at a time from an alliances.TieSource: they are checked as
// they are written, by a Checker rather than Validate, and read, checked and encoded on
// one goroutine while another writes them.

// input is a record to import, its ties in the record or, when ties is set, given one
// at a time by ties (an import of more ties than memory should hold at once).
type input struct {
	rec  *alliances.Record
	ties alliances.TieSource
}

func inputs(recs []*alliances.Record) []input {
	out := make([]input, len(recs))
	for i, rec := range recs {
		out[i] = input{rec: rec}
	}
	return out
}

// ImportStream implements alliances.Streams: the ties are checked as they are written
// (the transaction is rolled back at the first with a problem), and what the import
// holds of them is what it holds of every claim, a digest of those the store held before.
func (db *DB) ImportStream(ctx context.Context, ties func(*alliances.Record) alliances.TieSource, recs ...*alliances.Record) ([]alliances.ImportSummary, error) {
	ins := inputs(recs)
	for i := range ins {
		rec := ins[i].rec
		if ins[i].ties = ties(rec); ins[i].ties != nil && len(rec.Ties) > 0 {
			return nil, alliances.Errorf(alliances.Invalid, "import "+rec.Case, "a record given with its ties streamed holds %s itself, expected none", alliances.Count(len(rec.Ties), "tie"))
		}
	}
	return db.importAll(ctx, ins)
}

// checking checks a record whose ties are streamed, a claim at a time as the import
// writes them, for the problems alliances.Validate finds in a whole record.
type checking struct {
	check        *alliances.Checker
	ties, events int
	seen         int // the problems looked at by add
}

func newChecking(rec *alliances.Record) *checking {
	return &checking{check: alliances.NewChecker(rec.Case, rec.Title, rec.Sources, rec.Actors)}
}

// add checks a tie or an event (the sources and actors were checked first), and reports
// whether the record has a problem the registry cannot answer (an actor it names but
// does not define may be the registry's).
func (k *checking) add(c claim) bool {
	cite := func(list string, i int, cs []alliances.Citation) {
		if len(cs) == 0 {
			k.check.Uncited(list, i)
		}
		for j := range cs {
			k.check.Citation(list, i, j, &cs[j])
		}
	}
	switch {
	case c.tie != nil:
		k.check.Tie(k.ties, c.tie)
		cite("ties", k.ties, c.tie.Citations)
		k.ties++
	case c.event != nil:
		k.check.Event(k.events, c.event)
		cite("events", k.events, c.event.Citations)
		k.events++
	}
	ps := k.check.Problems()
	bad := false
	for _, p := range ps[k.seen:] {
		bad = bad || !p.Warning && p.Unknown == ""
	}
	k.seen = len(ps)
	return bad
}

func (k *checking) done() []alliances.Problem { return k.check.Done() }

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
