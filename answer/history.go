package answer

import (
	"context"
	"encoding/json"
	"time"

	"github.com/alliances-project/alliances"
)

// ClaimVersion is one recorded version of a claim: which case recorded it, when, until
// when it was current (zero while it is), and the claim as recorded.
type ClaimVersion struct {
	Entity  string          `json:"entity"`
	ID      string          `json:"id"`
	Case    string          `json:"case"`
	Version int             `json:"version"`
	From    time.Time       `json:"from"`
	To      time.Time       `json:"to,omitzero"`
	Claim   json.RawMessage `json:"claim"`
}

// History returns every recorded version of the source, actor, tie or event with an
// id, oldest first; NotFound when there is none.
func History(ctx context.Context, db alliances.Store, id string) ([]ClaimVersion, error) {
	vs, err := db.History(ctx, id)
	if err != nil {
		return nil, err
	}
	out := make([]ClaimVersion, len(vs))
	for i, v := range vs {
		out[i] = ClaimVersion{v.Entity, v.ID, v.Recorded.Case, v.Recorded.Version, v.Recorded.From, v.Recorded.To, v.Body}
	}
	return out, nil
}
