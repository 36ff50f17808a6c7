package ingest

import (
	"context"
	"slices"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/team"
)

// Merge records that actors are another (Into), or, with Split, ends their merges: each
// as a new version of the actor in its case, all in one import.
type Merge struct {
	Into  string   // the actor the others are, by id, name or alias; "" for a split
	Names []string // the actors merged or split, by id, name or alias
	Split bool
	Note  string // who merged them, when and why
	Force bool   // merge a state and an actor of another kind
	// By and Reason go into the audit trail of a store that keeps one, an entry an actor
	// ("merge" or "split"), beside the import that records it.
	By, Reason string
}

// Merged is an actor a merge or a split changed, with its case.
type Merged struct{ ID, Case string }

// Apply records the merge in db and returns the actors it changed, in the order named,
// and the id of the actor they are ("" for a split). An actor merged into itself, a state
// and another kind without Force, and a split of an actor not merged are refused; the
// store refuses loops, and an actor of the registry merged into another case's.
func (mg Merge) Apply(ctx context.Context, db alliances.Store) ([]Merged, string, error) {
	all, err := db.Actors(ctx, alliances.ActorFilter{})
	if err != nil {
		return nil, "", err
	}
	byID := func(id string) alliances.Actor {
		i := slices.IndexFunc(all, func(a alliances.Actor) bool { return a.ID == id })
		return all[i]
	}
	target := ""
	var targetActor alliances.Actor
	if !mg.Split {
		if target, err = alliances.ResolveActor(mg.Into, all); err != nil {
			return nil, "", alliances.Errorf(alliances.NotFound, "--merge", "--merge %s: %v", mg.Into, err)
		}
		targetActor = byID(target)
	}
	var out []Merged
	byCase := map[string][]string{}
	for _, name := range mg.Names {
		id, err := alliances.ResolveActor(name, all)
		if err != nil {
			return nil, "", alliances.Errorf(alliances.NotFound, "", "%s: %v", name, err)
		}
		a := byID(id)
		switch {
		case id == target:
			return nil, "", &answer.ParamError{Msg: name + " is the actor the others are merged into, expected another actor"}
		case !mg.Split && !mg.Force && (a.Kind == "state") != (targetActor.Kind == "state"):
			return nil, "", alliances.Errorf(alliances.Invalid, "--merge", "%s is of kind %s and %s of kind %s: a merge says they are one actor; give --force if they are", id, a.Kind, target, targetActor.Kind)
		case mg.Split && a.MergedInto == "":
			return nil, "", &answer.ParamError{Msg: name + " (" + id + ") is not merged into another actor; nothing to split"}
		}
		out = append(out, Merged{id, a.Recorded.Case})
		byCase[a.Recorded.Case] = append(byCase[a.Recorded.Case], id)
	}
	var recs []*alliances.Record
	for _, m := range out {
		ids, ok := byCase[m.Case]
		if !ok {
			continue // its case is written already
		}
		delete(byCase, m.Case)
		rec, err := db.Record(ctx, m.Case, time.Time{})
		if err != nil {
			return nil, "", err
		}
		rec.StripRecorded()
		for i := range rec.Actors {
			if slices.Contains(ids, rec.Actors[i].ID) {
				rec.Actors[i].MergedInto, rec.Actors[i].MergeNote = target, mg.Note
				if mg.Split {
					rec.Actors[i].MergeNote = ""
				}
			}
		}
		recs = append(recs, rec)
	}
	if _, err := db.Import(ctx, recs...); err != nil {
		return nil, "", err
	}
	if ts, ok := db.(team.Store); ok {
		action, reason := "merge", mg.Reason
		if mg.Split {
			action = "split"
		} else if target != "" {
			reason = "into " + target + ": " + reason
		}
		for _, m := range out {
			if err := ts.Log(ctx, team.Entry{At: time.Now().UTC(), User: mg.By, Action: action, Case: m.Case, Entity: "actor", Claim: m.ID, Reason: reason}); err != nil {
				return out, target, err
			}
		}
	}
	return out, target, nil
}
