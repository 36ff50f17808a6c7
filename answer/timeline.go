package answer

import (
	"cmp"
	"context"
	"math"
	"slices"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// entry is one line of a timeline: a tie beginning, ending or holding at a single date,
// or an event.
type Entry struct {
	Date  string           `json:"date"` // the EDTF date of the moment
	Day   edtf.Day         `json:"-"`
	What  string           `json:"what"` // "begins", "ends", "held by" (the known end of a tie begun at an unknown date), "holds" (a tie dated by one date) or "event"
	Tie   *alliances.Tie   `json:"tie,omitempty"`
	Event *alliances.Event `json:"event,omitempty"`
}

// RecordTimeline returns the timeline of the record as known at knownAt (the zero time: as it
// is): the moments of the ties and the events of the actors named (by id, name or alias;
// all where none are), of a case ("" for all): the command line's timeline and the API's.
// A case that does not exist, or an actor name no actor has, is an error that names it.
func RecordTimeline(ctx context.Context, db alliances.Store, actors []string, caseID string, knownAt time.Time) ([]Entry, error) {
	if err := CaseExists(ctx, db, caseID, knownAt); err != nil {
		return nil, err
	}
	ids, err := ResolveNames(ctx, db, actors, knownAt)
	if err != nil {
		return nil, err
	}
	ties, err := db.Ties(ctx, alliances.TieFilter{Actors: ids, KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	events, err := db.Events(ctx, alliances.EventFilter{Actors: ids, KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	ties = slices.DeleteFunc(ties, func(t alliances.Tie) bool { return !InCase(t.Recorded, caseID) })
	events = slices.DeleteFunc(events, func(e alliances.Event) bool { return !InCase(e.Recorded, caseID) })
	return Timeline(ties, events), nil
}

// timeline orders the moments of ties and events by day; unknown and open ends have no
// moment.
func Timeline(ties []alliances.Tie, events []alliances.Event) []Entry {
	out := []Entry{}
	for i := range ties {
		t := &ties[i]
		start, end := t.Valid.Start(), t.Valid.End()
		if t.Valid.IsSingle() {
			out = append(out, Entry{Date: start.Date.String(), Day: start.Date.Strict().First, What: "holds", Tie: t})
			continue
		}
		if start.Kind == edtf.Closed {
			out = append(out, Entry{Date: start.Date.String(), Day: start.Date.Strict().First, What: "begins", Tie: t})
		}
		switch {
		case end.Kind == edtf.Closed && start.Kind == edtf.Unknown:
			// "/2018": held by then, begun at a date the record does not know; the
			// source dates the relationship, not its end.
			out = append(out, Entry{Date: end.Date.String(), Day: end.Date.Strict().Last, What: "held by", Tie: t})
		case end.Kind == edtf.Closed:
			out = append(out, Entry{Date: end.Date.String(), Day: end.Date.Strict().Last, What: "ends", Tie: t})
		}
	}
	for i := range events {
		e := &events[i]
		out = append(out, Entry{Date: e.Date.String(), Day: e.Date.Strict().First, What: "event", Event: e})
	}
	slices.SortStableFunc(out, func(a, b Entry) int { return cmp.Compare(a.Day, b.Day) })
	return out
}

// sortEvents orders events by date.
func sortEvents(es []alliances.Event) {
	slices.SortStableFunc(es, func(a, b alliances.Event) int {
		return cmp.Compare(a.Date.Strict().First, b.Date.Strict().First)
	})
}

// Period reads the period a timeline is cut to, given by its first and last dates
// (--from and --to, EDTF; an empty one leaves that end open): the days from the first
// day of from to the last day of to. A date that does not parse, or a period that ends
// before it begins, is a *ParamError.
func Period(from, to string) (first, last edtf.Day, err error) {
	first, last = edtf.Day(math.MinInt64), edtf.Day(math.MaxInt64)
	for _, b := range []struct {
		flag, value string
		day         *edtf.Day
		end         bool
	}{{"--from", from, &first, false}, {"--to", to, &last, true}} {
		if b.value == "" {
			continue
		}
		iv, err := edtf.Parse(b.value)
		if err != nil {
			return 0, 0, usageError("%s %q: %v", b.flag, b.value, err)
		}
		if r := iv.Strict(); b.end {
			*b.day = r.Last
		} else {
			*b.day = r.First
		}
	}
	if first > last {
		return 0, 0, usageError("--from %s comes after --to %s", from, to)
	}
	return first, last, nil
}
