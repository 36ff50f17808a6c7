package sqlstore

// Proposals of a team: changes to the record waiting for review, checked against it,
// and decided.

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

// Propose implements team.Store. The change is made in the current record and checked
// as an import checks a case file, with the actors it names from the registry looked
// up; the acceptance checks it again, in its transaction, against the record as it is
// then (the registry's actors, merges, retractions of actors still named).
func (db *DB) Propose(ctx context.Context, p team.Proposal) (team.Proposal, error) {
	const op = "propose"
	if err := db.writable(op); err != nil {
		return p, err
	}
	p.ID, p.Created, p.Status, p.Revision = team.NewID(), db.Now().UTC(), team.Proposed, 1
	if p.Retract {
		p.Body = nil
	}
	if err := db.checkChange(ctx, p); err != nil {
		return p, db.wrap(op, err)
	}
	err := db.inTx(ctx, db.write, func(tx *sql.Tx) error {
		if err := checkBase(ctx, tx, p); err != nil {
			return err
		}
		var body any
		if !p.Retract {
			body = string(p.Body)
		}
		var confidence any
		if p.Confidence > 0 {
			confidence = p.Confidence
		}
		var document, start, end any
		if p.Document != "" {
			document, start, end = p.Document, p.Start, p.End
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO proposals (id, case_id, entity, claim_id, base, retract, body, author, reason,
			created, status, revision, confidence, document, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			p.ID, p.Case, p.Entity, p.Claim, p.Base, b2i(p.Retract), body, p.Author, p.Reason, p.Created.UnixNano(), string(p.Status),
			p.Revision, confidence, document, start, end); err != nil {
			return err
		}
		return logTx(ctx, tx, team.Entry{At: p.Created, User: p.Author, Action: "propose", Case: p.Case, Entity: p.Entity,
			Claim: p.Claim, Version: p.Base, Reason: p.Reason, Detail: proposalDetail(p)})
	})
	return p, db.wrap(op, err)
}

// proposalDetail is what the audit trail keeps of a proposal: the claim as proposed, and
// as accepted when a reviewer edited it.
func proposalDetail(p team.Proposal) json.RawMessage {
	b, _ := json.Marshal(struct {
		Proposal string          `json:"proposal"`
		Author   string          `json:"author"`
		Retract  bool            `json:"retract,omitempty"`
		Body     json.RawMessage `json:"body,omitempty"`
		Accepted json.RawMessage `json:"accepted,omitempty"`
	}{p.ID, p.Author, p.Retract, p.Body, p.Accepted})
	return b
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
	rec, err := db.Record(ctx, p.Case, time.Time{})
	if err != nil {
		return err
	}
	// The sources and actors proposed to the case and waiting may be named: a tie of a
	// report names the actors proposed from it. Accepting the tie waits for theirs.
	if p.Entity == "tie" || p.Entity == "event" {
		pending, err := db.Proposals(ctx, team.ProposalFilter{Case: p.Case, Status: team.Proposed})
		if err != nil {
			return err
		}
		for _, q := range pending {
			if (q.Entity == "actor" || q.Entity == "source") && !q.Stale && !q.Retract && claimIndex(rec, q.Entity, q.Claim) < 0 {
				_ = team.Apply(rec, q.Entity, q.Claim, false, q.Body)
			}
		}
	}
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

// proposalColumns are the columns of a proposal, and whether it is stale: waiting for
// review, and made on another version of its claim than the current one (or adding a
// claim that exists now).
const proposalColumns = `id, case_id, entity, claim_id, base, retract, body, author, reason, created, status, revision,
	decided_by, decided_at, note, version, accepted, confidence, document, span_start, span_end,
	CASE WHEN status = 'proposed' AND COALESCE((SELECT c.version FROM claims c WHERE c.entity = proposals.entity
		AND c.id = proposals.claim_id AND c.recorded_to IS NULL), 0) <> proposals.base THEN 1 ELSE 0 END`

func scanProposal(row interface{ Scan(...any) error }) (team.Proposal, error) {
	var p team.Proposal
	var body, decidedBy, note, accepted sql.NullString
	var created int64
	var decidedAt, version sql.NullInt64
	var confidence sql.NullFloat64
	var document sql.NullString
	var start, end sql.NullInt64
	err := row.Scan(&p.ID, &p.Case, &p.Entity, &p.Claim, &p.Base, &p.Retract, &body, &p.Author, &p.Reason, &created, &p.Status,
		&p.Revision, &decidedBy, &decidedAt, &note, &version, &accepted, &confidence, &document, &start, &end, &p.Stale)
	p.Confidence, p.Document, p.Start, p.End = confidence.Float64, document.String, int(start.Int64), int(end.Int64)
	if body.Valid {
		p.Body = json.RawMessage(body.String)
	}
	if accepted.Valid {
		p.Accepted = json.RawMessage(accepted.String)
	}
	p.Created, p.DecidedBy, p.DecidedAt, p.Note = time.Unix(0, created).UTC(), decidedBy.String, fromNanos(decidedAt), note.String
	p.Version = int(version.Int64)
	return p, err
}

// Proposal implements team.Store.
func (db *DB) Proposal(ctx context.Context, id string) (team.Proposal, error) {
	p, err := proposalIn(ctx, db.read, id)
	return p, db.wrap("proposal", err)
}

func proposalIn(ctx context.Context, q querier, id string) (team.Proposal, error) {
	p, err := scanProposal(q.QueryRowContext(ctx, `SELECT `+proposalColumns+` FROM proposals WHERE id = ?`, id))
	if isNoRows(err) {
		return p, alliances.Errorf(alliances.NotFound, "proposal", "no proposal %q", id)
	}
	return p, err
}

// Proposals implements team.Store: oldest first.
func (db *DB) Proposals(ctx context.Context, f team.ProposalFilter) ([]team.Proposal, error) {
	const op = "proposals"
	var where []string
	var args []any
	for _, c := range []struct{ column, value string }{{"case_id", f.Case}, {"author", f.Author}, {"status", string(f.Status)}, {"claim_id", f.Claim}, {"document", f.Document}} {
		if c.value != "" {
			where = append(where, c.column+" = ?")
			args = append(args, c.value)
		}
	}
	q := `SELECT ` + proposalColumns + ` FROM proposals`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	rows, err := db.read.QueryContext(ctx, q+` ORDER BY created, id`, args...)
	if err != nil {
		return nil, db.wrap(op, err)
	}
	defer rows.Close()
	out := []team.Proposal{}
	for rows.Next() {
		p, err := scanProposal(rows)
		if err != nil {
			return nil, db.wrap(op, err)
		}
		out = append(out, p)
	}
	return out, db.wrap(op, rows.Err())
}

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
			revision = ?, accepted = ? WHERE id = ?`, string(p.Status), p.DecidedBy, now.UnixNano(), nullable(p.Note), nullInt(p.Version),
			p.Revision, accepted, p.ID); err != nil {
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
