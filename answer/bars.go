package answer

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// ActorTimeline is an actor's ties through time as a picture draws them: one row per
// counterpart, a bar per tie, and the actor's events as marks. First and Last bound the
// dates the bars and marks give.
type ActorTimeline struct {
	Actor  string         `json:"actor"`
	Name   string         `json:"name"`
	First  string         `json:"first"`
	Last   string         `json:"last"`
	Rows   []TimelineRow  `json:"rows"`
	Events []TimelineMark `json:"events"`
}

// TimelineRow is one counterpart's ties with the actor.
type TimelineRow struct {
	Actor string `json:"actor"`
	Name  string `json:"name"`
	Bars  []Bar  `json:"bars"`
}

// Bar is a tie's valid time for a picture. From and To are the days it certainly covers
// (ISO dates; "" for an end the record leaves open or unknown); FuzzyFrom and FuzzyTo the
// days it possibly covers, "" where that is unbounded. Start and End say what each end
// is: closed, open (the tie had no end, or none is given) or unknown. A picture draws the
// certain part solid and fades the rest.
type Bar struct {
	Tie       string           `json:"tie"`
	Kind      alliances.Kind   `json:"kind"`
	Sign      alliances.Sign   `json:"sign"`
	Status    alliances.Status `json:"status"`
	Valid     string           `json:"valid"`
	Words     string           `json:"words"`
	From      string           `json:"from"`
	To        string           `json:"to"`
	FuzzyFrom string           `json:"fuzzy_from"`
	FuzzyTo   string           `json:"fuzzy_to"`
	Start     string           `json:"start"`
	End       string           `json:"end"`
}

// TimelineMark is an event on an actor's timeline.
type TimelineMark struct {
	Event string `json:"event"`
	Title string `json:"title"`
	From  string `json:"from"`
	To    string `json:"to"`
}

// BarOf is the bar of a tie.
func BarOf(t *alliances.Tie) Bar {
	s, f := t.Valid.Strict(), t.Valid.Fuzzy()
	b := Bar{Tie: t.ID, Kind: t.Kind, Sign: t.Sign, Status: t.Status, Valid: t.Valid.String(), Words: t.Valid.Words(),
		From: day(s.First), To: day(s.Last), FuzzyFrom: day(f.First), FuzzyTo: day(f.Last),
		Start: t.Valid.Start().Kind.String(), End: t.Valid.End().Kind.String()}
	return b
}

// day writes a day, "" for no bound.
func day(d edtf.Day) string {
	if d <= edtf.MinDay || d >= edtf.MaxDay {
		return ""
	}
	return d.String()
}

// TimelineOf returns an actor's timeline as known at knownAt (zero: now): every tie of
// the actor's other than its memberships' (its parents and parts are listed on its page),
// a row per counterpart, the rows in order of their first tie.
func TimelineOf(ctx context.Context, db alliances.Store, id string, knownAt time.Time) (*ActorTimeline, error) {
	p, err := LoadProfile(ctx, db, id, alliances.TieFilter{Actors: []string{id}, KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	out := &ActorTimeline{Actor: id, Name: p.Actor.Name, Rows: []TimelineRow{}, Events: []TimelineMark{}}
	names := map[string]string{} // ids are the store's, whichever case holds them
	all, err := db.Actors(ctx, alliances.ActorFilter{KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	for _, a := range all {
		names[a.ID] = a.Name
	}
	same := map[string]bool{id: true}
	for _, m := range p.Merged {
		same[m.ID] = true
	}
	var sp dayspan
	widen := sp.widen
	rows := map[string]*TimelineRow{}
	var order []string
	for _, list := range [][]alliances.Tie{p.Ties, p.Lineage} {
		for i := range list {
			t := &list[i]
			other := ""
			switch {
			case same[t.Subject]:
				other = t.Object
			case same[t.Object]:
				other = t.Subject
			}
			name := names[other]
			if other == "" { // the actor is the tie's third party: a row for the pair
				other = t.Subject + " " + t.Object
				name = cmp.Or(names[t.Subject], t.Subject) + " and " + cmp.Or(names[t.Object], t.Object)
			}
			if rows[other] == nil {
				if name == "" {
					name = other
				}
				rows[other] = &TimelineRow{Actor: other, Name: name}
				order = append(order, other)
			}
			rows[other].Bars = append(rows[other].Bars, BarOf(t))
			widen(t.Valid.Strict())
			widen(t.Valid.Fuzzy())
		}
	}
	first := func(r *TimelineRow) string {
		f := "9999"
		for _, b := range r.Bars {
			if b.From != "" && b.From < f {
				f = b.From
			}
		}
		return f
	}
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(first(rows[a]), first(rows[b])) })
	for _, o := range order {
		out.Rows = append(out.Rows, *rows[o])
	}
	for _, e := range p.Events {
		r := e.Date.Strict()
		widen(r)
		out.Events = append(out.Events, TimelineMark{Event: e.ID, Title: e.Title, From: day(r.First), To: day(r.Last)})
	}
	out.First, out.Last = sp.strings()
	return out, nil
}

// CaseBars is a whole case through time as a picture draws it: a bar per tie, in order of
// its first day, with its parties and their kinds (a leaders' view keeps the individuals'
// memberships), and the events as marks.
type CaseBars struct {
	Case   string         `json:"case"`
	First  string         `json:"first"`
	Last   string         `json:"last"`
	Bars   []CaseBar      `json:"bars"`
	Events []TimelineMark `json:"events"`
}

// CaseBar is the bar of one tie of a case, with its parties.
type CaseBar struct {
	Bar
	Subject     string         `json:"subject"`
	Object      string         `json:"object"`
	SubjectName string         `json:"subject_name"`
	ObjectName  string         `json:"object_name"`
	SubjectKind string         `json:"subject_kind"`
	ObjectKind  string         `json:"object_kind"`
	Role        alliances.Role `json:"role,omitempty"`
}

// BarsOf returns the bars of every tie of a record, and its events from db as known at
// knownAt.
func BarsOf(ctx context.Context, db alliances.Store, rec *Record, knownAt time.Time) (*CaseBars, error) {
	out := &CaseBars{Case: rec.Case, Bars: []CaseBar{}, Events: []TimelineMark{}}
	ix := rec.Index
	var sp dayspan
	widen := sp.widen
	kind := func(id string) string {
		if a, ok := rec.Actors[id]; ok {
			return a.Kind
		}
		return ""
	}
	for i := range ix.Len() {
		t := ix.Tie(i)
		widen(t.Valid.Strict())
		out.Bars = append(out.Bars, CaseBar{Bar: BarOf(t), Subject: t.Subject, Object: t.Object, SubjectName: rec.Name(t.Subject),
			ObjectName: rec.Name(t.Object), SubjectKind: kind(t.Subject), ObjectKind: kind(t.Object), Role: t.Role})
	}
	slices.SortStableFunc(out.Bars, func(a, b CaseBar) int {
		return cmp.Or(cmp.Compare(cmp.Or(a.From, "0"), cmp.Or(b.From, "0")), cmp.Compare(a.Tie, b.Tie))
	})
	events, err := db.Events(ctx, alliances.EventFilter{KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	sortEvents(events)
	for _, e := range events {
		if e.Recorded != nil && e.Recorded.Case != rec.Case {
			continue
		}
		r := e.Date.Strict()
		widen(r)
		out.Events = append(out.Events, TimelineMark{Event: e.ID, Title: e.Title, From: day(r.First), To: day(r.Last)})
	}
	out.First, out.Last = sp.strings()
	return out, nil
}

// dayspan is the days that a set of ranges reaches, their unbounded ends left out.
type dayspan struct {
	lo, hi edtf.Day
	any    bool
}

func (s *dayspan) widen(r edtf.Range) {
	if !s.any {
		s.lo, s.hi, s.any = edtf.MaxDay, edtf.MinDay, true
	}
	if r.First > edtf.MinDay {
		s.lo = min(s.lo, r.First)
	}
	if r.Last < edtf.MaxDay {
		s.hi = max(s.hi, r.Last)
	}
}

// strings writes the span's first and last days, "" for an empty span.
func (s *dayspan) strings() (string, string) {
	if !s.any || s.lo > s.hi {
		return "", ""
	}
	return s.lo.String(), s.hi.String()
}
