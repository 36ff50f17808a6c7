package sqlstore

// A proposal decided: accepted into the record, with the claim it changes written as
// any import writes it, or rejected.

import (
	"context"
	"database/sql"
	"slices"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/team"
)

// Decide implements team.Store.
func (db *DB) Decide(ctx context.Context, d team.Decision) (team.Proposal, error) {
	const op = "review"
	if err := db.writable(op); err != nil {
		return team.Proposal{}, err
	}
	// A claim added or changed is checked against the current record before the
	// transaction, and written in it alone, with the claims it names looked up again:
	// concurrent acceptances conflict only where they touch the same claims. A
	// retraction, rare, is checked against the whole case in the transaction (another
	// claim may come to cite what it retracts meanwhile), and so is an actor.
	var point *claim
	var hint int64
	if d.Status == team.Accepted {
		p, err := db.Proposal(ctx, d.Proposal)
		if err != nil {
			return team.Proposal{}, err
		}
		if err := p.Renamed(d); err != nil {
			return team.Proposal{}, err
		}
		if len(d.Body) > 0 && !p.Retract {
			p.Accepted = d.Body
		}
		// Actors go the whole way too: a merge is checked against every case.
		if !p.Retract && p.Status == team.Proposed && p.Entity != "actor" {
			final := p
			final.Body = p.Final()
			if err := db.checkChange(ctx, final); err != nil {
				return team.Proposal{}, db.wrap(op, err)
			}
			c, err := claimOf(final)
			if err != nil {
				return team.Proposal{}, db.wrap(op, err)
			}
			point = &c
			if hint, err = latestChange(ctx, db.read); err != nil {
				return team.Proposal{}, db.wrap(op, err)
			}
		}
	}
	var out team.Proposal
	err := db.inTx(ctx, db.write, func(tx *sql.Tx) error {
		p, err := proposalIn(ctx, tx, d.Proposal)
		if err != nil {
			return err
		}
		switch {
		case p.Status != team.Proposed:
			return alliances.Errorf(alliances.Conflict, "", "proposal %s was %s by %s already", p.ID, p.Status, p.DecidedBy)
		case d.Revision != p.Revision:
			return alliances.Errorf(alliances.Conflict, "", "proposal %s changed since it was read (revision %d, now %d): read it again", p.ID, d.Revision, p.Revision)
		}
		now := db.Now().UTC()
		if d.Status == team.Accepted {
			if err := p.Renamed(d); err != nil {
				return err
			}
			if len(d.Body) > 0 && !p.Retract {
				p.Accepted = d.Body
			}
			final := p
			final.Body = p.Final()
			if err := checkBase(ctx, tx, final); err != nil {
				return err
			}
			if point != nil {
				if p.Version, now, err = db.putClaim(ctx, tx, final, *point, hint); err != nil {
					return err
				}
			} else {
				rec, links, err := db.withChange(ctx, tx, final)
				if err != nil {
					return err
				}
				sums, err := db.importTx(ctx, tx, inputs([]*alliances.Record{rec}), links)
				if err != nil {
					return err
				}
				if !sums[0].Recorded.IsZero() {
					now = sums[0].Recorded
				}
				p.Version = p.Base // a retraction: the last version
				if !p.Retract {
					if p.Version, _, err = currentVersion(ctx, tx, p.Entity, p.Claim); err != nil {
						return err
					}
				}
			}
		}
		p.Status, p.DecidedBy, p.DecidedAt, p.Note, p.Revision = d.Status, d.By, now, d.Note, p.Revision+1
		var accepted any
		if len(p.Accepted) > 0 {
			accepted = string(p.Accepted)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE proposals SET status = ?, decided_by = ?, decided_at = ?, note = ?, version = ?,
			revision = ?, accepted = ?, claim_id = ? WHERE id = ?`, string(p.Status), p.DecidedBy, now.UnixNano(), nullable(p.Note), nullInt(p.Version),
			p.Revision, accepted, p.Claim, p.ID); err != nil {
			return err
		}
		out = p
		action := map[team.Status]string{team.Accepted: "accept", team.Rejected: "reject", team.Withdrawn: "withdraw"}[d.Status]
		why := d.Note
		if why == "" {
			why = p.Reason // accepted as the author gave it
		}
		return logTx(ctx, tx, team.Entry{At: now, User: d.By, Action: action, Case: p.Case, Entity: p.Entity, Claim: p.Claim,
			Version: p.Version, Reason: why, Detail: proposalDetail(p)})
	})
	return out, db.wrap(op, err)
}

// claimOf decodes the claim a proposal makes, normalized as a record's.
func claimOf(p team.Proposal) (claim, error) {
	rec := &alliances.Record{Case: p.Case}
	if err := team.Apply(rec, p.Entity, p.Claim, false, p.Body); err != nil {
		return claim{}, err
	}
	rec.Normalize()
	var out claim
	err := eachClaim(rec, func(c claim) error { out = c; return nil })
	return out, err
}

// putClaim writes the claim a proposal adds or changes, in tx, after checking again that
// the actors and sources it names are current in its case (or, for actors, in the
// registry). It returns the version written and its recorded time; the version on
// record when the claim is unchanged. hint is the latest change in the database read
// before tx: the recorded time comes after it, and after the claim's current version.
func (db *DB) putClaim(ctx context.Context, tx *sql.Tx, p team.Proposal, c claim, hint int64) (int, time.Time, error) {
	actors, sources := references(c)
	for _, id := range actors {
		if _, holder, err := currentVersion(ctx, tx, "actor", id); err != nil {
			return 0, time.Time{}, err
		} else if holder != p.Case && holder != alliances.RegistryCase {
			return 0, time.Time{}, alliances.Errorf(alliances.Conflict, "", "%s %q names actor %q, which case %s does not hold (if a proposal of the actor waits, accept it first)", p.Entity, p.Claim, id, p.Case)
		}
	}
	for _, id := range sources {
		if _, holder, err := currentVersion(ctx, tx, "source", id); err != nil {
			return 0, time.Time{}, err
		} else if holder != p.Case {
			return 0, time.Time{}, alliances.Errorf(alliances.Conflict, "", "%s %q cites source %q, which case %s does not hold (if a proposal of the source waits, accept it first)", p.Entity, p.Claim, id, p.Case)
		}
	}
	body, err := appendJSON(nil, c.value)
	if err != nil {
		return 0, time.Time{}, err
	}
	var before int64
	if db.dialect.cacheInWrites { // one writer at a time: the latest change is read in tx
		if before, err = latestChange(ctx, tx); err != nil {
			return 0, time.Time{}, err
		}
		hint = before
	}
	var from int64
	if p.Base > 0 {
		var cur string
		if err := tx.QueryRowContext(ctx, `SELECT seq, recorded_from, body FROM claims WHERE entity = ? AND id = ? AND recorded_to IS NULL`,
			p.Entity, p.Claim).Scan(&c.seq, &from, &cur); err != nil {
			return 0, time.Time{}, err
		}
		if cur == string(body) {
			return p.Base, time.Unix(0, from).UTC(), nil // accepted as on record: nothing to write
		}
	} else if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), -1) + 1 FROM claims WHERE case_id = ?`, p.Case).Scan(&c.seq); err != nil {
		return 0, time.Time{}, err
	}
	now := db.stamp(max(hint, from))
	im := &importer{db: db, tx: tx, ctx: ctx, now: now}
	defer im.closeStatements()
	if err := im.prepare(); err != nil {
		return 0, time.Time{}, err
	}
	if p.Base > 0 {
		if err := im.close(key{p.Entity, p.Claim}); err != nil {
			return 0, time.Time{}, err
		}
	}
	version, err := im.insert(p.Case, c, body, p.Base+1)
	if err != nil {
		return 0, time.Time{}, err
	}
	if db.dialect.cacheInWrites {
		sums := []alliances.ImportSummary{{Case: p.Case, Recorded: now}}
		if err := refreshCache(ctx, db, tx, before, sums, nil); err != nil {
			return 0, time.Time{}, err
		}
	}
	return version, now, nil
}

// references returns the actors and the sources a claim names.
func references(c claim) (actors, sources []string) {
	var cites []alliances.Citation
	switch v := c.value.(type) {
	case *alliances.Tie:
		actors = append(actors, v.Subject, v.Object)
		if v.Third != "" {
			actors = append(actors, v.Third)
		}
		cites = v.Citations
	case *alliances.Event:
		actors, cites = append(actors, v.Actors...), v.Citations
	case alliances.Actor:
		if v.MergedInto != "" {
			actors = append(actors, v.MergedInto)
		}
	}
	for _, ct := range cites {
		if !slices.Contains(sources, ct.Source) {
			sources = append(sources, ct.Source)
		}
	}
	return actors, sources
}
