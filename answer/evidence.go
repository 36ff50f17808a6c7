package answer

import (
	"context"
	"encoding/json"
	"slices"
	"time"

	"github.com/alliances-project/alliances"
)

// Evidence is what a reader of one tie needs to judge it: the tie as recorded (as known
// at the time asked), its valid time in words, the sources it cites with their
// reliability, its parties' names, and every version recorded.
type Evidence struct {
	Tie      alliances.Tie               `json:"tie"`
	Valid    string                      `json:"valid_words"` // "from 2016 to around June 2018"
	Names    map[string]string           `json:"names"`       // the parties' ids -> names
	Sources  map[string]alliances.Source `json:"sources"`     // the sources cited, by id
	Versions []ClaimVersion              `json:"versions"`    // oldest first
}

// TieEvidence returns the evidence of the tie with an id, as known at knownAt (zero:
// now); NotFound when there is no such tie then.
func TieEvidence(ctx context.Context, db alliances.Store, id string, knownAt time.Time) (*Evidence, error) {
	vs, err := History(ctx, db, id)
	if err != nil {
		return nil, err
	}
	var cur *ClaimVersion
	for i := range vs {
		v := &vs[i]
		if v.Entity == "tie" && (knownAt.IsZero() && v.To.IsZero() ||
			!knownAt.IsZero() && !v.From.After(knownAt) && (v.To.IsZero() || v.To.After(knownAt))) {
			cur = v
		}
	}
	if cur == nil {
		return nil, alliances.Errorf(alliances.NotFound, "", "no tie %q in the record%s", id, knownAtPhrase(knownAt))
	}
	ev := &Evidence{Names: map[string]string{}, Sources: map[string]alliances.Source{}, Versions: vs}
	if err := json.Unmarshal(cur.Claim, &ev.Tie); err != nil {
		return nil, &alliances.Error{Kind: alliances.Internal, Op: "evidence " + id, Err: err}
	}
	ev.Tie.Recorded = &alliances.Recorded{Case: cur.Case, Version: cur.Version, From: cur.From, To: cur.To}
	ev.Valid = ev.Tie.Valid.Words()
	parties := []string{ev.Tie.Subject, ev.Tie.Object}
	if ev.Tie.Third != "" {
		parties = append(parties, ev.Tie.Third)
	}
	actors, err := db.Actors(ctx, alliances.ActorFilter{IDs: parties, KnownAt: knownAt})
	if err != nil {
		return nil, err
	}
	for _, a := range actors {
		ev.Names[a.ID] = a.Name // ids are the store's: the case's own actors, the registry's
	}
	srcs, err := db.Sources(ctx, knownAt)
	if err != nil {
		return nil, err
	}
	for _, s := range srcs {
		cited := slices.ContainsFunc(ev.Tie.Citations, func(c alliances.Citation) bool { return c.Source == s.ID })
		if cited && (s.Recorded == nil || s.Recorded.Case == cur.Case) {
			ev.Sources[s.ID] = s
		}
	}
	return ev, nil
}

func knownAtPhrase(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return " as known at " + KnownAtText(t)
}
