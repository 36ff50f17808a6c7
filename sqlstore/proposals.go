package sqlstore

// Proposals of a team: changes to the record waiting for review, put in the queue and
// read from it. A change is checked against the record (proposalcheck.go) and decided
// (decide.go).

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/team"
)

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
	err := db.inTx(ctx, db.write, func(tx *sql.Tx) error { return db.insertProposal(ctx, tx, p) })
	return p, db.wrap(op, err)
}

// insertProposal writes a proposal checked before, and its line of the audit trail, in
// tx: refused where its claim's version changed since.
func (db *DB) insertProposal(ctx context.Context, tx *sql.Tx, p team.Proposal) error {
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
