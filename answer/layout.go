package answer

import (
	"github.com/alliances-project/alliances/layout"
)

// Layout is where a picture of the case places each actor with a tie (an actor without
// one is in no picture), the same at every date: a
// force-directed layout of every tie the case records, of any date, layer and status,
// so that an actor stays where it is while the ties around it appear and disappear. X
// and Y lie in [0, 1]. First and Last are the earliest and latest days the record's
// dates give, for a time slider.
type Layout struct {
	Case   string        `json:"case"`
	First  string        `json:"first"`
	Last   string        `json:"last"`
	Actors []PlacedActor `json:"actors"`
}

// PlacedActor is an actor of a layout.
type PlacedActor struct {
	ID   string  `json:"id"`
	Name string  `json:"name"`
	Kind string  `json:"kind"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
}

// LayoutOf lays out the actors of a record.
func LayoutOf(rec *Record) *Layout {
	ix := rec.Index
	var edges [][2]int32
	for i := range ix.Len() {
		a, b, c := ix.Parties(i)
		edges = append(edges, [2]int32{a, b})
		if c >= 0 {
			edges = append(edges, [2]int32{a, c}, [2]int32{b, c})
		}
	}
	pos := layout.Force(len(ix.Actors), edges)
	l := &Layout{Case: rec.Case, Actors: make([]PlacedActor, len(ix.Actors))}
	if span := ix.Span(); span.First <= span.Last {
		l.First, l.Last = span.First.String(), span.Last.String()
	}
	for a, id := range ix.Actors {
		pa := PlacedActor{ID: id, Name: rec.Name(id), X: pos[a].X, Y: pos[a].Y}
		if actor, ok := rec.Actors[id]; ok {
			pa.Kind = actor.Kind
		}
		l.Actors[a] = pa
	}
	return l
}
