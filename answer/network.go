package answer

import (
	"cmp"
	"context"
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/snapshot"
)

// Network is a snapshot as a picture draws it: the actors that stand in it (the parts
// folded into an organization stand as that organization) and every tie read, with its
// kind, sign and weight.
type Network struct {
	Report
	At     string         `json:"at"`
	Actors []NetworkActor `json:"actors"`
	Ties   []NetworkTie   `json:"ties"`
}

// NetworkActor is an actor of a network: its id, name, kind and home, and the parts
// folded into it at the date.
type NetworkActor struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Country  string   `json:"country,omitempty"`
	Province string   `json:"province,omitempty"`
	Parts    []string `json:"parts,omitempty"`
}

// NetworkTie is one tie of a network between the actors it stands between (From and
// To, an organization for a part folded into it): its kind, sign, status and basis,
// whether it has a direction, its weight in the snapshot (intensity, a folded part's
// share) and its claim's own intensity (0 when ungraded).
type NetworkTie struct {
	ID        string           `json:"id"`
	From      string           `json:"from"`
	To        string           `json:"to"`
	Kind      alliances.Kind   `json:"kind"`
	Sign      alliances.Sign   `json:"sign"`
	Status    alliances.Status `json:"status"`
	Inferred  bool             `json:"inferred,omitempty"`
	Directed  bool             `json:"directed"`
	Weight    float64          `json:"weight"`
	Intensity int              `json:"intensity,omitempty"`
	Proposal  string           `json:"proposal,omitempty"` // the proposal waiting for review that made the tie so, where a reading includes them
}

// NetworkAt is the network of the snapshot of the filter f, its date labelled label,
// with the warnings a reading of it needs.
func NetworkAt(ctx context.Context, rec *Record, f snapshot.Filter, label string) (*Network, error) {
	if f.At == nil {
		return nil, usageError("a network needs the date of the snapshot: --at 2016")
	}
	s, err := rec.Index.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	n := &Network{Report: newReport(rec, f, label), At: label, Actors: []NetworkActor{}, Ties: []NetworkTie{}}
	n.SnapshotWarnings(rec, s)
	n.PartialWarning(rec, s)
	parts := map[string][]string{}
	for _, fd := range n.Folded {
		parts[fd.Into] = append(parts[fd.Into], fd.Actor)
	}
	// In the order of the record (by actor number), which is the same at every date.
	nodes := make([]int32, s.N())
	for v := range nodes {
		nodes[v] = int32(v)
	}
	slices.SortFunc(nodes, func(u, v int32) int { return cmp.Compare(s.Nodes[u], s.Nodes[v]) })
	for _, v := range nodes {
		id := s.Actor(int(v))
		na := NetworkActor{ID: id, Name: rec.Name(id), Parts: parts[id]}
		if a, ok := rec.Actors[id]; ok {
			na.Kind, na.Country, na.Province = a.Kind, a.Country, a.Province
		}
		n.Actors = append(n.Actors, na)
	}
	ix := s.Index
	proposed := rec.Proposed()
	for e, ed := range s.Edges {
		i := int(s.Tie[e])
		t := NetworkTie{ID: ix.ID(i), From: s.Actor(int(ed.From)), To: s.Actor(int(ed.To)), Kind: ix.Kind(i),
			Sign: alliances.Sign(ed.S), Status: ix.Status(i), Inferred: ix.Inferred(i), Directed: ix.Directed(i), Weight: ed.W, Intensity: ix.Intensity(i)}
		if proposed {
			if tie, ok := rec.Tie(t.ID); ok && tie.Recorded != nil {
				t.Proposal = tie.Recorded.Proposal
			}
		}
		n.Ties = append(n.Ties, t)
	}
	n.Reading = n.reading(rec)
	return n, nil
}

func (n *Network) reading(rec *Record) string {
	pos, neg := 0, 0
	for _, t := range n.Ties {
		switch {
		case t.Sign > 0:
			pos++
		case t.Sign < 0:
			neg++
		}
	}
	return "At " + n.At + ", " + alliances.Count(len(n.Actors), "actor") + " with ties and " + alliances.Count(len(n.Ties), "tie") + " read: " +
		alliances.Count(pos, "friendly tie") + ", " + alliances.Count(neg, "hostile tie") + " and " + alliances.Count(len(n.Ties)-pos-neg, "unsigned tie") + "."
}
