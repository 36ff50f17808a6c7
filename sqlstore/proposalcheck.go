package sqlstore

// A proposal's change checked against the record it would change: its base version,
// and the problems the record with the change would have.

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/team"
)

// currentVersion returns the current version of a claim and its case, 0 and "" when
// no version is current.
func currentVersion(ctx context.Context, q querier, entity, id string) (int, string, error) {
	var v int
	var caseID string
	err := q.QueryRowContext(ctx, `SELECT version, case_id FROM claims WHERE entity = ? AND id = ? AND recorded_to IS NULL`, entity, id).Scan(&v, &caseID)
	if isNoRows(err) {
		return 0, "", nil
	}
	return v, caseID, err
}

// checkBase refuses a change made on another version than the claim's current one.
func checkBase(ctx context.Context, q querier, p team.Proposal) error {
	v, holder, err := currentVersion(ctx, q, p.Entity, p.Claim)
	if err != nil {
		return err
	}
	return baseError(p, v, holder)
}

// baseError is the error of a change made on version p.Base of a claim now at version v
// (0: none current) of case holder, or nil when it is the current one.
func baseError(p team.Proposal, v int, holder string) error {
	switch {
	case v != 0 && holder != p.Case:
		return alliances.Errorf(alliances.Conflict, "", "%s %q belongs to case %s, not %s", p.Entity, p.Claim, holder, p.Case)
	case v != p.Base && p.Base == 0:
		return alliances.Errorf(alliances.Conflict, "", "%s %q exists already (version %d): edit it rather than add it", p.Entity, p.Claim, v)
	case v != p.Base && v == 0:
		return alliances.Errorf(alliances.Conflict, "", "%s %q was changed on version %d, but is not in the record (retracted since, or never recorded)", p.Entity, p.Claim, p.Base)
	case v != p.Base:
		return alliances.Errorf(alliances.Conflict, "", "%s %q was changed on version %d, but is now at version %d: the change must be made again on the current version",
			p.Entity, p.Claim, p.Base, v)
	}
	return nil
}

// recordTx reads the current record of a case in tx.
func (db *DB) recordTx(ctx context.Context, tx *sql.Tx, caseID string) (*alliances.Record, error) {
	const op = "case"
	var body string
	err := tx.QueryRowContext(ctx, `SELECT body FROM cases WHERE id = ? AND recorded_to IS NULL`, caseID).Scan(&body)
	if isNoRows(err) {
		return nil, alliances.Errorf(alliances.NotFound, op, "no case %q in the database", caseID)
	} else if err != nil {
		return nil, err
	}
	var cb caseBody
	if err := json.Unmarshal([]byte(body), &cb); err != nil {
		return nil, db.damaged(op, fmt.Sprintf("the stored title of case %s does not decode: %v", caseID, err))
	}
	rec := &alliances.Record{Case: caseID, Title: cb.Title, Description: cb.Description}
	if rec.Sources, err = ofCase[alliances.Source](ctx, db, tx, op, "source", caseID); err != nil {
		return nil, err
	}
	if rec.Actors, err = ofCase[alliances.Actor](ctx, db, tx, op, "actor", caseID); err != nil {
		return nil, err
	}
	if rec.Ties, err = ofCase[alliances.Tie](ctx, db, tx, op, "tie", caseID); err != nil {
		return nil, err
	}
	if rec.Events, err = ofCase[alliances.Event](ctx, db, tx, op, "event", caseID); err != nil {
		return nil, err
	}
	rec.StripRecorded()
	rec.Normalize()
	return rec, nil
}

// withChange reads the case in tx and makes the proposal's change in it, checking that
// the result is a valid record.
func (db *DB) withChange(ctx context.Context, tx *sql.Tx, p team.Proposal) (*alliances.Record, *links, error) {
	rec, err := db.recordTx(ctx, tx, p.Case)
	if err != nil {
		return nil, nil, err
	}
	if err := team.Apply(rec, p.Entity, p.Claim, p.Retract, p.Body); err != nil {
		return nil, nil, err
	}
	links, err := checkRecords(inputs([]*alliances.Record{rec}))
	if err != nil {
		// Say what the change breaks, not which case: the proposal names it.
		if e, ok := err.(*alliances.Error); ok {
			e.Op = "proposal"
		}
		return nil, nil, err
	}
	return rec, links, nil
}

// checkChange makes a proposal's change in the current record, read through the cache,
// and checks the result as an import would: the claim is valid in its case, and the
// actors it names that the case does not define are the registry's.
func (db *DB) checkChange(ctx context.Context, p team.Proposal) error {
	if v, holder, err := currentVersion(ctx, db.read, p.Entity, p.Claim); err != nil {
		return err
	} else if err := baseError(p, v, holder); err != nil {
		return err
	}
	rec, err := db.changeBase(ctx, p.Case, p.Entity)
	if err != nil {
		return err
	}
	return db.checkOn(ctx, rec, p)
}

// changeBase reads the record a change of an entity is checked on: the case as it is
// and, for a tie or an event, the sources and actors proposed to it and waiting, which
// they may name (a tie of a report names the actors proposed from it; accepting the tie
// waits for theirs).
func (db *DB) changeBase(ctx context.Context, caseID, entity string) (*alliances.Record, error) {
	rec, err := db.Record(ctx, caseID, time.Time{})
	if err != nil {
		return nil, err
	}
	if entity == "tie" || entity == "event" {
		pending, err := db.Proposals(ctx, team.ProposalFilter{Case: caseID, Status: team.Proposed})
		if err != nil {
			return nil, err
		}
		for _, q := range pending {
			if (q.Entity == "actor" || q.Entity == "source") && !q.Stale && !q.Retract && claimIndex(rec, q.Entity, q.Claim) < 0 {
				_ = team.Apply(rec, q.Entity, q.Claim, false, q.Body)
			}
		}
	}
	return rec, nil
}

// checkOn makes a proposal's change in rec, which it changes, and checks the result.
func (db *DB) checkOn(ctx context.Context, rec *alliances.Record, p team.Proposal) error {
	if err := team.Apply(rec, p.Entity, p.Claim, p.Retract, p.Body); err != nil {
		return err
	}
	rec.Normalize()
	if p.Retract && p.Entity == "actor" {
		if naming := namingActor(rec, p.Claim); len(naming) > 0 {
			return alliances.Errorf(alliances.Invalid, "proposal", "retracting actor %q would leave %s of case %s naming it: %s; retract or change them first",
				p.Claim, alliances.Count(len(naming), "claim"), p.Case, strings.Join(naming[:min(5, len(naming))], ", "))
		}
	}
	links := &links{}
	if err := changeProblems(rec, p, links.split(rec, alliances.Errors(alliances.Validate(rec)))); err != nil {
		return err
	}
	// The actors the claim names from the registry, as fields of its body.
	if i := claimIndex(rec, p.Entity, p.Claim); i >= 0 {
		prefix := alliances.Path(map[string]string{"source": "sources", "actor": "actors", "tie": "ties", "event": "events"}[p.Entity], i)
		for c, ps := range links.shared {
			for j := range ps {
				if strings.HasPrefix(ps[j].Path, prefix) {
					ps[j].Path = "body" + strings.TrimPrefix(ps[j].Path, prefix)
				}
			}
			links.shared[c] = ps
		}
	}
	if err := checkShared(ctx, db.read, links, ""); err != nil {
		if e, ok := err.(*alliances.Error); ok {
			e.Op = "proposal"
		}
		return err
	}
	return nil
}

// changeProblems says what is wrong with a record once a proposal's change is made in
// it: the problems of the claim itself, named as fields of the proposal's body
// ("body.subject: ..."), or those of other claims the change breaks (a retracted actor
// that ties still name), by claim. The record was valid before; nothing else can be
// wrong.
func changeProblems(rec *alliances.Record, p team.Proposal, ps []alliances.Problem) error {
	if len(ps) == 0 {
		return nil
	}
	list := map[string]string{"source": "sources", "actor": "actors", "tie": "ties", "event": "events"}[p.Entity]
	prefix := ""
	if i := claimIndex(rec, p.Entity, p.Claim); i >= 0 {
		prefix = alliances.Path(list, i)
	}
	var own []string
	others := map[string]bool{}
	var named []string
	for _, pr := range ps {
		if prefix != "" && (pr.Path == prefix || strings.HasPrefix(pr.Path, prefix+".") || strings.HasPrefix(pr.Path, prefix+"[")) {
			own = append(own, "body"+strings.TrimPrefix(pr.Path, prefix)+": "+pr.Msg)
			continue
		}
		if id := claimAt(rec, pr.Path); id != "" && !others[id] {
			others[id] = true
			named = append(named, id)
		}
	}
	more := func(n int) string {
		if n <= 0 {
			return ""
		}
		return fmt.Sprintf(" (and %s)", alliances.Count(n, "more problem"))
	}
	if len(own) > 0 {
		return alliances.Errorf(alliances.Invalid, "proposal", "%s%s", own[0], more(len(own)-1))
	}
	shown := named[:min(5, len(named))]
	what := "changing"
	if p.Retract {
		what = "retracting"
	}
	return alliances.Errorf(alliances.Invalid, "proposal", "%s %s %q would leave %s of case %s without what they name: %s%s (%s)",
		what, p.Entity, p.Claim, alliances.Count(len(named), "claim"), p.Case, strings.Join(shown, ", "), more(len(named)-len(shown)), ps[0])
}

// namingActor lists the ties and events of a record that name an actor.
func namingActor(rec *alliances.Record, id string) []string {
	var out []string
	for _, t := range rec.Ties {
		if t.Subject == id || t.Object == id || t.Third == id {
			out = append(out, "tie "+t.ID)
		}
	}
	for _, e := range rec.Events {
		if slices.Contains(e.Actors, id) {
			out = append(out, "event "+e.ID)
		}
	}
	return out
}

// claimIndex returns the position of a claim in its list of the record, or -1.
func claimIndex(rec *alliances.Record, entity, id string) int {
	switch entity {
	case "source":
		return slices.IndexFunc(rec.Sources, func(s alliances.Source) bool { return s.ID == id })
	case "actor":
		return slices.IndexFunc(rec.Actors, func(a alliances.Actor) bool { return a.ID == id })
	case "tie":
		return slices.IndexFunc(rec.Ties, func(t alliances.Tie) bool { return t.ID == id })
	}
	return slices.IndexFunc(rec.Events, func(e alliances.Event) bool { return e.ID == id })
}

// claimAt names the claim a problem's path is in ("ties[3].subject": tie ID), or "".
func claimAt(rec *alliances.Record, path string) string {
	var list string
	var i int
	if _, err := fmt.Sscanf(strings.NewReplacer("[", " ", "]", " ").Replace(path), "%s %d", &list, &i); err != nil || i < 0 {
		return ""
	}
	switch {
	case list == "sources" && i < len(rec.Sources):
		return "source " + rec.Sources[i].ID
	case list == "actors" && i < len(rec.Actors):
		return "actor " + rec.Actors[i].ID
	case list == "ties" && i < len(rec.Ties):
		return "tie " + rec.Ties[i].ID
	case list == "events" && i < len(rec.Events):
		return "event " + rec.Events[i].ID
	}
	return ""
}
