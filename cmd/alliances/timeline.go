package main

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// entry is one line of a timeline: a tie beginning, ending or holding at a single date,
// or an event.
type entry struct {
	Date  string           `json:"date"` // the EDTF date of the moment
	Day   edtf.Day         `json:"-"`
	What  string           `json:"what"` // "begins", "ends", "held by" (the known end of a tie begun at an unknown date), "holds" (a tie dated by one date) or "event"
	Tie   *alliances.Tie   `json:"tie,omitempty"`
	Event *alliances.Event `json:"event,omitempty"`
}

func (m *Main) runTimeline(ctx context.Context, args []string) error {
	f := m.flags("timeline", "[--actor ACTOR]", `Timeline lists, in date order, when ties began and ended and the events, for the whole
record or for the actors given (by id, name or alias).`).withJSON()
	var actors listFlag
	f.Var(&actors, "actor", "only ties and events of these `actors`")
	f.StringVar(&f.caseID, "case", "", "only the ties and events of this `case`")
	knownAt := f.String("known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	if err := f.parse(args); err != nil {
		return err
	}
	filter, err := answer.TieFilter(nil, nil, nil, nil, 0, "", false, *knownAt)
	if err != nil {
		return err
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	if filter.Actors, err = resolveNames(ctx, db, actors, filter.KnownAt); err != nil {
		return err
	}
	ties, err := db.Ties(ctx, filter)
	if err != nil {
		return err
	}
	events, err := db.Events(ctx, alliances.EventFilter{Actors: filter.Actors, KnownAt: filter.KnownAt})
	if err != nil {
		return err
	}
	if f.caseID != "" {
		if _, err := db.Record(ctx, f.caseID, filter.KnownAt); err != nil {
			return err
		}
		ties = slices.DeleteFunc(ties, func(t alliances.Tie) bool { return t.Recorded == nil || t.Recorded.Case != f.caseID })
		events = slices.DeleteFunc(events, func(e alliances.Event) bool { return e.Recorded == nil || e.Recorded.Case != f.caseID })
	}
	entries := timeline(ties, events)
	if f.json {
		return writeJSON(m.Stdout, entries)
	}
	rel, err := reliabilities(ctx, db, filter)
	if err != nil {
		return err
	}
	t := newTable(m.Stdout, "DATE", "MOMENT", "WHAT", "VALID", "EVIDENCE")
	for _, e := range entries {
		if e.Event != nil {
			t.row(e.Date, "event", e.Event.Title, "", evidence(e.Event.Citations, rel))
			continue
		}
		tie := e.Tie
		t.row(e.Date, e.What, fmt.Sprintf("%s %s %s %s", tie.Subject, tie.Sign, tieLabel(tie), objectLabel(tie)),
			tie.Valid.String(), evidence(tie.Citations, rel))
	}
	return t.flush()
}

// timeline orders the moments of ties and events by day; unknown and open ends have no
// moment.
func timeline(ties []alliances.Tie, events []alliances.Event) []entry {
	out := []entry{}
	for i := range ties {
		t := &ties[i]
		start, end := t.Valid.Start(), t.Valid.End()
		if t.Valid.IsSingle() {
			out = append(out, entry{Date: start.Date.String(), Day: start.Date.Strict().First, What: "holds", Tie: t})
			continue
		}
		if start.Kind == edtf.Closed {
			out = append(out, entry{Date: start.Date.String(), Day: start.Date.Strict().First, What: "begins", Tie: t})
		}
		switch {
		case end.Kind == edtf.Closed && start.Kind == edtf.Unknown:
			// "/2018": held by then, begun at a date the record does not know; the
			// source dates the relationship, not its end.
			out = append(out, entry{Date: end.Date.String(), Day: end.Date.Strict().Last, What: "held by", Tie: t})
		case end.Kind == edtf.Closed:
			out = append(out, entry{Date: end.Date.String(), Day: end.Date.Strict().Last, What: "ends", Tie: t})
		}
	}
	for i := range events {
		e := &events[i]
		out = append(out, entry{Date: e.Date.String(), Day: e.Date.Strict().First, What: "event", Event: e})
	}
	slices.SortStableFunc(out, func(a, b entry) int { return cmp.Compare(a.Day, b.Day) })
	return out
}

// sortEvents orders events by date.
func sortEvents(es []alliances.Event) {
	slices.SortStableFunc(es, func(a, b alliances.Event) int {
		return cmp.Compare(a.Date.Strict().First, b.Date.Strict().First)
	})
}
