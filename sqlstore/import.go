package sqlstore

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/team"
)

// claim is one source, actor, tie or event of a record, ready to store.
type claim struct {
	entity string
	id     string
	seq    int
	value  any // what is stored as the body
	tie    *alliances.Tie
	event  *alliances.Event
}

// key identifies a claim across versions.
type key struct{ entity, id string }

// stored is the current version of a claim of the case being imported. The body is kept
// as the first half of its SHA-256 digest (two bodies that differ share it with a
// chance of about 2^-128 a pair), so that a re-import holds some 40 bytes a claim, not
// its JSON.
type stored struct {
	digest  digest
	from    int64 // recorded from, Unix nanoseconds
	version int32
	seq     int32
	seen    bool // the record being imported holds the claim
}

type digest [16]byte

func digestOf(body []byte) digest {
	sum := sha256.Sum256(body)
	return digest(sum[:16])
}

// Import implements alliances.Store. It holds the current versions of the imported
// case's claims (a digest each), and writes each claim with prepared statements; a
// claim that another case holds is found by the unique index on current claims.
func (db *DB) Import(ctx context.Context, recs ...*alliances.Record) ([]alliances.ImportSummary, error) {
	return db.importAll(ctx, inputs(recs))
}

func (db *DB) importAll(ctx context.Context, ins []input) ([]alliances.ImportSummary, error) {
	if db.write == nil {
		return nil, alliances.Errorf(alliances.Unavailable, "import", "database %s was opened read-only", db.path)
	}
	links, err := checkRecords(ins)
	if err != nil {
		return nil, err
	}
	var sums []alliances.ImportSummary
	defer db.bulkJournal(ctx)()
	defer db.resetWriter(ctx)
	err = db.inTx(ctx, db.write, func(tx *sql.Tx) error {
		var err error
		if sums, err = db.importTx(ctx, tx, ins, links.clone()); err != nil {
			return err
		}
		return db.logImports(ctx, tx, sums)
	})
	if err != nil {
		if ctx.Err() != nil {
			err = ctx.Err() // what a cancelled import's statements answer hides why
		}
		return nil, db.wrap("import", err)
	}
	return sums, nil
}

// logImports writes the audit trail's entry of each case an import changed.
func (db *DB) logImports(ctx context.Context, tx *sql.Tx, sums []alliances.ImportSummary) error {
	who := db.Who
	if who == "" {
		who = "import"
	}
	for _, s := range sums {
		if s.Recorded.IsZero() {
			continue
		}
		detail, _ := json.Marshal(map[string]int{"added": s.Added, "changed": s.Changed, "retracted": s.Retracted, "unchanged": s.Unchanged})
		if err := logTx(ctx, tx, team.Entry{At: s.Recorded, User: who, Action: "import", Case: s.Case, Detail: detail}); err != nil {
			return err
		}
	}
	return nil
}

// checkRecords normalizes and validates records to import, and returns what is left to
// check against the store once they are written: the actors they name that the registry
// must hold, and their merges. A record whose ties are streamed is checked as they are
// written (see importer.run).
func checkRecords(ins []input) (*links, error) {
	seen := map[string]bool{}
	links := &links{}
	for _, in := range ins {
		rec := in.rec
		if seen[rec.Case] {
			return nil, alliances.Errorf(alliances.Invalid, "import "+rec.Case, "case %s given twice in one import; import one record per case", rec.Case)
		}
		seen[rec.Case] = true
		rec.Normalize()
		if in.ties != nil {
			continue
		}
		if err := links.refuse(rec, alliances.Validate(rec)); err != nil {
			return nil, err
		}
	}
	return links, nil
}

// refuse keeps the problems of rec that the registry may answer (see links.split) and
// returns the first of the others, as an Invalid error, with their count.
func (l *links) refuse(rec *alliances.Record, problems []alliances.Problem) error {
	ps := l.split(rec, alliances.Errors(problems))
	if len(ps) == 0 {
		return nil
	}
	more := ""
	switch n := len(ps) - 1; {
	case n == 1:
		more = " (and 1 more problem; run alliances check)"
	case n > 1:
		more = fmt.Sprintf(" (and %d more problems; run alliances check)", n)
	}
	return alliances.Errorf(alliances.Invalid, "import "+rec.Case, "%s%s", ps[0], more)
}

// importTx imports the records in tx. It is run again when PostgreSQL answers that a
// concurrent transaction made it fail, so it keeps nothing outside tx but what it
// returns.
func (db *DB) importTx(ctx context.Context, tx *sql.Tx, ins []input, links *links) ([]alliances.ImportSummary, error) {
	im := &importer{db: db, tx: tx, ctx: ctx, links: links}
	defer im.closeStatements()
	before, err := latestChange(ctx, tx)
	if err != nil {
		return nil, err
	}
	im.now = db.stamp(before)
	if err := im.prepare(); err != nil {
		return nil, err
	}
	if err := im.startBulk(); err != nil {
		return nil, err
	}
	sums := make([]alliances.ImportSummary, len(ins))
	for i, in := range ins {
		rec := in.rec
		sums[i] = alliances.ImportSummary{Case: rec.Case}
		im.caseChanged = false
		if err := im.run(in, &sums[i]); err != nil {
			return nil, db.wrap("import "+rec.Case, err)
		}
		if s := sums[i]; s.Added+s.Changed+s.Retracted > 0 || im.caseChanged {
			sums[i].Recorded = im.now
		}
	}
	if err := im.bulkDone(); err != nil {
		return nil, db.wrap("import", err)
	}
	im.closeStatements()
	if err := im.checkLinks(links); err != nil {
		return nil, err
	}
	if db.dialect.cacheInWrites {
		if err := refreshCache(ctx, db, tx, before, sums, im.blobs); err != nil {
			return nil, err
		}
	}
	return sums, nil
}

// stamp returns the recorded time of a new change: now, or just after last, the latest
// change in the database, should the clock have gone back, so that versions stay
// ordered and every change raises the latest recorded time (which the record cache
// relies on).
func (db *DB) stamp(last int64) time.Time {
	now := db.Now().UTC()
	if now.UnixNano() <= last {
		now = time.Unix(0, last+1).UTC()
	}
	return now
}

// eachClaim calls f with each claim of rec in the order of the record: sources, actors,
// ties, events. The claims' recorded times are left out of what is stored.
func eachClaim(rec *alliances.Record, f func(c claim) error) error {
	return eachOf(input{rec: rec}, f)
}

// eachOf is eachClaim for an input: its ties, when streamed, come from its source.
func eachOf(in input, f func(c claim) error) error {
	rec := in.rec
	seq := 0
	next := func(c claim) error { c.seq = seq; seq++; return f(c) }
	for i := range rec.Sources {
		s := rec.Sources[i]
		s.Recorded = nil
		if err := next(claim{entity: "source", id: s.ID, value: s}); err != nil {
			return err
		}
	}
	for i := range rec.Actors {
		a := rec.Actors[i]
		a.Recorded = nil
		if err := next(claim{entity: "actor", id: a.ID, value: a}); err != nil {
			return err
		}
	}
	tie := func(t *alliances.Tie) error {
		t.Recorded = nil
		return next(claim{entity: "tie", id: t.ID, value: t, tie: t})
	}
	if in.ties != nil {
		if err := in.ties.Each(func(t *alliances.Tie) error { t.Normalize(); return tie(t) }); err != nil {
			return err
		}
	}
	for i := range rec.Ties {
		t := rec.Ties[i]
		if err := tie(&t); err != nil {
			return err
		}
	}
	for i := range rec.Events {
		e := rec.Events[i]
		e.Recorded = nil
		if err := next(claim{entity: "event", id: e.ID, value: &e, event: &e}); err != nil {
			return err
		}
	}
	return nil
}

type importer struct {
	db          *DB
	tx          *sql.Tx
	ctx         context.Context
	now         time.Time
	caseChanged bool
	links       *links
	blobs       map[string][]cacheBlob // by case: the record cache written as the claims were

	insertStmt, closeStmt, seqStmt, actorStmt *sql.Stmt

	bulk *bulk // the bulk path of an import into an empty store, or nil
}

// prepare prepares the statements run once a claim.
func (im *importer) prepare() error {
	var err error
	// One row of VALUES, so that SQLite needs no statement journal (nor a RETURNING
	// clause, which needs one: see insert for the version).
	if im.insertStmt, err = im.tx.PrepareContext(im.ctx, insertClaim); err != nil {
		return err
	}
	if im.closeStmt, err = im.tx.PrepareContext(im.ctx,
		`UPDATE claims SET recorded_to = ? WHERE entity = ? AND id = ? AND recorded_to IS NULL`); err != nil {
		return err
	}
	if im.seqStmt, err = im.tx.PrepareContext(im.ctx, `UPDATE claims SET seq = ? WHERE entity = ? AND id = ? AND recorded_to IS NULL`); err != nil {
		return err
	}
	im.actorStmt, err = im.tx.PrepareContext(im.ctx, insertEventActor)
	return err
}

// insertClaim writes a version of a claim.
// A row that either unique index refuses (a version recorded before, or a claim current
// in another case) is not written and not an error: an error would end a PostgreSQL
// transaction, and insert finds out which it was.
const insertClaim = `INSERT INTO claims (entity, id, version, case_id, seq,
	recorded_from, body, subject, object, third, kind, strict_first, strict_last, fuzzy_first, fuzzy_last)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT DO NOTHING`

// insertEventActor records an actor of the current version of an event.
const insertEventActor = `INSERT INTO event_actors (id, version, actor)
	SELECT id, version, ?2 FROM claims WHERE entity = 'event' AND id = ?1 AND recorded_to IS NULL
	ON CONFLICT DO NOTHING`

func (im *importer) closeStatements() {
	for _, s := range []*sql.Stmt{im.insertStmt, im.closeStmt, im.seqStmt, im.actorStmt} {
		if s != nil {
			s.Close()
		}
	}
	im.insertStmt, im.closeStmt, im.seqStmt, im.actorStmt = nil, nil, nil, nil
}

func (im *importer) run(in input, sum *alliances.ImportSummary) error {
	rec := in.rec
	current, err := im.current(rec.Case)
	if err != nil {
		return err
	}
	if err := im.putCase(rec); err != nil {
		return err
	}
	// The case's record cache is written as its claims are, from the first one that
	// changes: the unchanged ones before it are written then, again from the record
	// (what the record gives is what is stored). An import that changes nothing writes
	// no cache.
	var cache *caseCache
	defer func() {
		if cache != nil {
			cache.stop()
		}
	}()
	marshal := func(buf []byte, c claim) ([]byte, error) {
		b, err := appendJSON(buf[:0], c.value)
		if err != nil {
			return nil, &alliances.Error{Kind: alliances.Internal, Op: "import " + rec.Case, Err: err}
		}
		return b, nil
	}
	startCache := func(before int) error {
		cache = newCaseCache(rec.Case)
		if before == 0 {
			return nil
		}
		i := 0
		return eachOf(in, func(c claim) error {
			if i++; i > before || c.event != nil { // the cache holds no events
				return nil
			}
			s, _ := current.get(key{c.entity, c.id})
			cache.add(c, int(s.version), s.from)
			return nil
		})
	}
	// A streamed record is checked as it is written: its ties are not all in memory.
	var check *checking
	if in.ties != nil {
		check = newChecking(rec)
	}
	n := 0
	err = marshalClaims(in, check, marshal, func(c claim, buf []byte) error {
		unchanged := sum.Unchanged
		version, from, err := im.put(rec.Case, c, buf, current, sum)
		if err != nil {
			return err
		}
		if cache == nil && sum.Unchanged == unchanged && im.db.dialect.cacheInWrites {
			if err := startCache(n); err != nil {
				return err
			}
		}
		if n++; cache != nil {
			cache.add(c, version, from)
		}
		return nil
	})
	if check != nil && (err == nil || err == errRefused) {
		switch refused := im.links.refuse(rec, check.done()); {
		case refused != nil:
			err = refused
		case err == errRefused: // a problem stopped the writes that refuse should name
			err = alliances.Errorf(alliances.Internal, "", "a streamed tie was refused for a problem that the checks then passed")
		}
	}
	if err != nil {
		return err
	}
	for entity, ids := range current.at {
		for id, i := range ids {
			if current.claims[i].seen {
				continue
			}
			if err := im.close(key{entity, id}); err != nil {
				return err
			}
			if entity == "actor" {
				im.links.retracted = append(im.links.retracted, id)
			}
			sum.Retracted++
		}
	}
	if cache == nil && (sum.Retracted > 0 || im.caseChanged) && im.db.dialect.cacheInWrites {
		if err := startCache(n); err != nil { // every claim is unchanged
			return err
		}
	}
	if cache != nil {
		if im.blobs == nil {
			im.blobs = map[string][]cacheBlob{}
		}
		im.blobs[rec.Case] = cache.finish()
	}
	return nil
}

// put records a claim, and returns the version now current and when it was recorded
// (Unix nanoseconds).
func (im *importer) put(caseID string, c claim, body []byte, current *onRecord, sum *alliances.ImportSummary) (int, int64, error) {
	k := key{c.entity, c.id}
	s, exists := current.get(k)
	switch {
	case exists && s.seen:
		// Validate refuses a record that holds an id twice; a claim is put once.
		return 0, 0, alliances.Errorf(alliances.Internal, "", "%s %q imported twice", c.entity, c.id)
	case exists && s.digest == digestOf(body):
		s.seen = true
		sum.Unchanged++
		if int(s.seq) == c.seq {
			return int(s.version), s.from, nil
		}
		_, err := im.seqStmt.ExecContext(im.ctx, c.seq, c.entity, c.id)
		return int(s.version), s.from, err
	case exists:
		s.seen = true
		sum.Changed++
		if err := im.close(k); err != nil {
			return 0, 0, err
		}
	default:
		sum.Added++
	}
	version := 1
	if exists {
		version = int(s.version) + 1
	}
	version, err := im.insert(caseID, c, body, version)
	return version, im.now.UnixNano(), err
}

// insert writes a new version of a claim, and returns its number: one more than the
// claim's last, whichever case recorded it, so that a claim retracted and recorded again
// goes on from its last version. The caller gives the number when the claim is current
// in the case (the current version is the last), and 1 otherwise. When the row is
// refused, the claim is either current in another case (a Conflict) or was recorded
// before (retracted, from this case or another), and the number is looked up.
func (im *importer) insert(caseID string, c claim, body []byte, version int) (int, error) {
	var subject, object, third, kind any
	var sf, sl, ff, fl any
	if t := c.tie; t != nil {
		subject, object, third, kind = t.Subject, t.Object, nullable(t.Third), string(t.Kind)
		s, f := t.Valid.Strict(), t.Valid.Fuzzy()
		sf, sl, ff, fl = int64(s.First), int64(s.Last), int64(f.First), int64(f.Last)
	}
	if a, ok := c.value.(alliances.Actor); ok && a.MergedInto != "" {
		object = a.MergedInto // an actor's object column: the actor it was merged into
	}
	if e := c.event; e != nil {
		s, f := e.Date.Strict(), e.Date.Fuzzy()
		sf, sl, ff, fl = int64(s.First), int64(s.Last), int64(f.First), int64(f.Last)
	}
	if im.bulk != nil {
		if c.event == nil {
			return version, im.bulk.add(im, caseID, c, []any{c.entity, c.id, version, caseID, c.seq, im.now.UnixNano(), string(body),
				subject, object, third, kind, sf, sl, ff, fl})
		}
		if err := im.bulk.flush(im); err != nil { // an event's actors are read from its row
			return 0, err
		}
	}
	exec := func() (bool, error) {
		res, err := im.insertStmt.ExecContext(im.ctx, c.entity, c.id, version, caseID, c.seq, im.now.UnixNano(), string(body),
			subject, object, third, kind, sf, sl, ff, fl)
		if err != nil {
			return false, err
		}
		n, err := res.RowsAffected()
		return n == 1, err
	}
	written, err := exec()
	if err == nil && !written {
		var other string
		switch err = im.tx.QueryRowContext(im.ctx, `SELECT case_id FROM claims WHERE entity = ? AND id = ? AND recorded_to IS NULL`,
			c.entity, c.id).Scan(&other); {
		case err == nil:
			return 0, conflict(caseID, other, c)
		case !isNoRows(err):
			return 0, err
		}
		var last int
		if err := im.tx.QueryRowContext(im.ctx, `SELECT MAX(version) FROM claims WHERE entity = ? AND id = ?`, c.entity, c.id).Scan(&last); err != nil {
			return 0, err
		}
		version = last + 1
		if written, err = exec(); err == nil && !written {
			return 0, alliances.Errorf(alliances.Internal, "", "%s %q: version %d was refused", c.entity, c.id, version)
		}
	}
	if err != nil || c.event == nil {
		return version, err
	}
	for _, a := range c.event.Actors {
		if _, err := im.actorStmt.ExecContext(im.ctx, c.id, a); err != nil {
			return 0, err
		}
	}
	return version, nil
}

// conflict is the error for a claim whose id another case holds.
func conflict(caseID, other string, c claim) error {
	return alliances.Errorf(alliances.Conflict, "", "%s %q is already recorded by case %s (ids are unique across the cases of a database); give it another id in case %s, or edit case %s",
		c.entity, c.id, other, caseID, other)
}

// close ends the current version of a claim.
func (im *importer) close(k key) error {
	_, err := im.closeStmt.ExecContext(im.ctx, im.now.UnixNano(), k.entity, k.id)
	return err
}

// putCase records the case's title and description, versioned like the claims.
func (im *importer) putCase(rec *alliances.Record) error {
	body, _ := json.Marshal(caseBody{Title: rec.Title, Description: rec.Description})
	var version int
	var current sql.NullString
	err := im.tx.QueryRowContext(im.ctx, `SELECT COALESCE(MAX(version), 0),
		(SELECT body FROM cases WHERE id = ?1 AND recorded_to IS NULL) FROM cases WHERE id = ?1`, rec.Case).Scan(&version, &current)
	if err != nil || (current.Valid && current.String == string(body)) {
		return err
	}
	im.caseChanged = true
	if _, err := im.tx.ExecContext(im.ctx, `UPDATE cases SET recorded_to = ? WHERE id = ? AND recorded_to IS NULL`,
		im.now.UnixNano(), rec.Case); err != nil {
		return err
	}
	_, err = im.tx.ExecContext(im.ctx, `INSERT INTO cases (id, version, recorded_from, body) VALUES (?, ?, ?, ?)`,
		rec.Case, version+1, im.now.UnixNano(), string(body))
	return err
}

type caseBody struct {
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
