package answer

import (
	"context"
	"slices"

	"github.com/alliances-project/alliances"
)

// TieQuery is what a list of ties asks for beyond a tie filter: actors named as the
// analyst wrote them (an id, a name or an alias), two actors whose ties between them it
// wants, a case, and a basis.
type TieQuery struct {
	Filter  alliances.TieFilter // its Actors are set from Actors
	Actors  []string            // ties of these, as subject, object or third, with those merged into them
	Between []string            // none, or two: ties that involve both, either way
	Case    string              // only the ties this case records ("" for all)
	Basis   alliances.Basis     // only ties of this basis ("" for both)
}

// Ties lists the ties a query asks for, in the order of their valid time's start, then
// their id: the command line's ties and the API's. A case that does not exist, or an actor
// name no actor has, is an error that names it.
func Ties(ctx context.Context, db alliances.Store, q TieQuery) ([]alliances.Tie, error) {
	filter := q.Filter
	if err := CaseExists(ctx, db, q.Case, filter.KnownAt); err != nil {
		return nil, err
	}
	var err error
	if filter.Actors, err = ResolveNames(ctx, db, q.Actors, filter.KnownAt); err != nil {
		return nil, err
	}
	if filter.Actors, err = WithMerged(ctx, db, filter.Actors, filter.KnownAt); err != nil {
		return nil, err
	}
	pair, err := ResolveNames(ctx, db, q.Between, filter.KnownAt)
	if err != nil {
		return nil, err
	}
	ties, err := db.Ties(ctx, filter)
	if err != nil {
		return nil, err
	}
	ties = slices.DeleteFunc(ties, func(t alliances.Tie) bool {
		return !InCase(t.Recorded, q.Case) || len(pair) == 2 && !(t.Involves(pair[0]) && t.Involves(pair[1])) ||
			q.Basis != "" && t.IsStated() != (q.Basis == alliances.Stated)
	})
	SortTies(ties)
	return ties, nil
}
