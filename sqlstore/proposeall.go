package sqlstore

import (
	"context"
	"database/sql"
	"slices"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/team"
)

// ProposeAll records proposals to one case as Propose records each, checked against the
// case read once: a report's reader proposes hundreds at a time (414 actors and 75 ties
// of one article), and Propose reads the case and every waiting actor again for each.
// The sources and actors among them may be named by the ties after them, as waiting ones
// are. Each is checked on its own: out[i] is the proposal recorded, or errs[i] why it was
// not; those that pass are written in one transaction, all or none (err).
func (db *DB) ProposeAll(ctx context.Context, ps []team.Proposal) (out []team.Proposal, errs []error, err error) {
	const op = "propose"
	if err := db.writable(op); err != nil {
		return nil, nil, err
	}
	out, errs = make([]team.Proposal, len(ps)), make([]error, len(ps))
	bases := map[string]*alliances.Record{} // by case
	var ok []int
	var last time.Time
	for i, p := range ps {
		p.ID, p.Created, p.Status, p.Revision = team.NewID(), db.Now().UTC(), team.Proposed, 1
		if !p.Created.After(last) {
			p.Created = last.Add(time.Nanosecond) // the queue keeps the batch's order
		}
		last = p.Created
		if p.Retract {
			p.Body = nil
		}
		out[i] = p
		base, found := bases[p.Case]
		if !found {
			if base, err = db.changeBase(ctx, p.Case, "tie"); err != nil {
				return nil, nil, db.wrap(op, err)
			}
			bases[p.Case] = base
		}
		if errs[i] = db.checkInBatch(ctx, base, p); errs[i] != nil {
			errs[i] = db.wrap(op, errs[i])
			continue
		}
		ok = append(ok, i)
		// Named by the ties after it, as a waiting one is.
		if (p.Entity == "actor" || p.Entity == "source") && !p.Retract && claimIndex(base, p.Entity, p.Claim) < 0 {
			_ = team.Apply(base, p.Entity, p.Claim, false, p.Body)
		}
	}
	err = db.inTx(ctx, db.write, func(tx *sql.Tx) error {
		for _, i := range ok {
			if err := db.insertProposal(ctx, tx, out[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, db.wrap(op, err)
	}
	return out, errs, nil
}

// checkInBatch checks a proposal of a batch as checkChange does, on a copy of the case
// read once: its claim's version, and the record with its change.
func (db *DB) checkInBatch(ctx context.Context, base *alliances.Record, p team.Proposal) error {
	if v, holder, err := currentVersion(ctx, db.read, p.Entity, p.Claim); err != nil {
		return err
	} else if err := baseError(p, v, holder); err != nil {
		return err
	}
	rec := &alliances.Record{Case: base.Case, Title: base.Title, Description: base.Description,
		Sources: slices.Clone(base.Sources), Actors: slices.Clone(base.Actors), Ties: slices.Clone(base.Ties), Events: slices.Clone(base.Events)}
	return db.checkOn(ctx, rec, p)
}
