package sqlstore

import "database/sql"

// onRecord is the current version of every claim of a case, by entity and id: one map
// of ids an entity into one slice of values, so that a re-import of a million claims
// holds no object of its own for each.
type onRecord struct {
	at     map[string]map[string]int32
	claims []stored
}

func (o *onRecord) get(k key) (*stored, bool) {
	i, ok := o.at[k.entity][k.id]
	if !ok {
		return nil, false
	}
	return &o.claims[i], true
}

func (o *onRecord) put(entity []byte, id string, s stored) {
	ids := o.at[string(entity)] // a lookup by string(entity) allocates nothing
	if ids == nil {
		ids = map[string]int32{}
		o.at[string(entity)] = ids
	}
	ids[id] = int32(len(o.claims))
	o.claims = append(o.claims, s)
}

// current loads the current version of every claim of the case.
func (im *importer) current(caseID string) (*onRecord, error) {
	// Counted first (on an index), so that the maps and the values are made at their
	// size, not grown by doubling.
	o := &onRecord{at: map[string]map[string]int32{}}
	counts, err := im.tx.QueryContext(im.ctx, `SELECT entity, count(*) FROM claims
		WHERE case_id = ? AND recorded_to IS NULL GROUP BY entity`, caseID)
	if err != nil {
		return nil, err
	}
	total := 0
	for counts.Next() {
		var entity string
		var n int
		if err := counts.Scan(&entity, &n); err != nil {
			counts.Close()
			return nil, err
		}
		o.at[entity] = make(map[string]int32, n)
		total += n
	}
	if err := counts.Close(); err != nil {
		return nil, err
	}
	o.claims = make([]stored, 0, total)
	rows, err := im.tx.QueryContext(im.ctx, `SELECT entity, id, version, seq, recorded_from, body FROM claims
		WHERE case_id = ? AND recorded_to IS NULL`, caseID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var entity, body sql.RawBytes
	var id string
	for rows.Next() {
		var s stored
		if err := rows.Scan(&entity, &id, &s.version, &s.seq, &s.from, &body); err != nil {
			return nil, err
		}
		s.digest = digestOf(body)
		o.put(entity, id, s)
	}
	return o, rows.Err()
}
