package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// links is what an import checks, once every record is written, of the actors one case
// names and another holds: the registry's actors a case names without defining them,
// the actors merged into others, and the actors retracted that other claims still name.
type links struct {
	shared    map[string][]alliances.Problem // by case: the actors named but not defined, which the registry must hold
	merges    []merge                        // the merges the records hold
	retracted []string                       // the actors the import retracted
}

type merge struct{ caseID, id, into string }

// clone returns a copy whose retracted list a run of an import may fill afresh.
func (l *links) clone() *links {
	shared := make(map[string][]alliances.Problem, len(l.shared))
	for k, ps := range l.shared {
		shared[k] = slices.Clone(ps)
	}
	return &links{shared: shared, merges: slices.Clone(l.merges), retracted: slices.Clone(l.retracted)}
}

// split separates the problems Validate found in rec into those the registry may answer
// (actors the case names but does not define) and the others.
func (l *links) split(rec *alliances.Record, ps []alliances.Problem) []alliances.Problem {
	var others []alliances.Problem
	for _, p := range ps {
		if p.Unknown != "" && rec.Case != alliances.RegistryCase {
			if l.shared == nil {
				l.shared = map[string][]alliances.Problem{}
			}
			l.shared[rec.Case] = append(l.shared[rec.Case], p)
			continue
		}
		others = append(others, p)
	}
	for _, a := range rec.Actors {
		if a.MergedInto != "" {
			l.merges = append(l.merges, merge{rec.Case, a.ID, a.MergedInto})
		}
	}
	return others
}

// checkLinks runs the checks in the import's transaction, after every record is written:
// what it reads is the store as the import leaves it.
func (im *importer) checkLinks(l *links) error {
	if err := checkShared(im.ctx, im.tx, l, "import "); err != nil {
		return err
	}
	if len(l.merges) == 0 && len(l.retracted) == 0 {
		return nil
	}
	merged, err := im.mergedActors()
	if err != nil {
		return err
	}
	for _, id := range l.retracted {
		if held, err := im.currentCase("actor", id); err != nil || held != "" {
			if err != nil {
				return err
			}
			continue // recorded again by another case of the import
		}
		caseID, claim, err := im.namedBy(id)
		if err != nil {
			return err
		}
		if claim != "" {
			return alliances.Errorf(alliances.Conflict, "", "actor %q would be retracted while %s of case %s names it; keep the actor, or change case %s first", id, claim, caseID, caseID)
		}
		for _, other := range slices.Sorted(maps.Keys(merged)) {
			if m := merged[other]; m.into == id {
				return alliances.Errorf(alliances.Conflict, "", "actor %q would be retracted while actor %s of case %s is merged into it; split them first (alliances actors --split %s)", id, other, m.caseID, other)
			}
		}
	}
	for _, m := range l.merges {
		held, err := im.currentCase("actor", m.into)
		if err != nil {
			return err
		}
		if held == "" {
			return alliances.Errorf(alliances.Invalid, "import "+m.caseID, "actor %s is merged into %q, which no case of the database holds", m.id, m.into)
		}
		if m.caseID == alliances.RegistryCase && held != alliances.RegistryCase {
			return alliances.Errorf(alliances.Invalid, "import "+m.caseID, "actor %s of the registry is merged into %s of case %s: the registry's actors are every case's, expected another actor of the registry (merge %s into %s instead)", m.id, m.into, held, m.into, m.id)
		}
		seen := map[string]bool{m.id: true}
		for at := m.into; at != ""; at = merged[at].into {
			if seen[at] {
				return alliances.Errorf(alliances.Invalid, "import "+m.caseID, "actor %s is merged into %s, which is merged back into %s: merges may not loop", m.id, m.into, m.id)
			}
			seen[at] = true
		}
	}
	return nil
}

// checkShared checks that the actors the records name without defining them are the
// registry's, looking each up once.
func checkShared(ctx context.Context, q queryer, l *links, opPrefix string) error {
	var ids []string
	for _, ps := range l.shared {
		for _, p := range ps {
			ids = append(ids, p.Unknown)
		}
	}
	slices.Sort(ids)
	held, err := holders(ctx, q, "actor", slices.Compact(ids))
	if err != nil {
		return err
	}
	for _, caseID := range slices.Sorted(maps.Keys(l.shared)) {
		for _, p := range l.shared[caseID] {
			if held[p.Unknown] != alliances.RegistryCase {
				return alliances.Errorf(alliances.Invalid, opPrefix+caseID, "%s (neither the case nor the registry defines it)", p)
			}
		}
	}
	return nil
}

// holders returns the case that holds the current version of each of ids (of one
// entity) that one does, in batches of heldBatch.
func holders(ctx context.Context, q queryer, entity string, ids []string) (map[string]string, error) {
	out := map[string]string{}
	for start := 0; start < len(ids); start += heldBatch {
		batch := ids[start:min(start+heldBatch, len(ids))]
		rows, err := q.QueryContext(ctx, `SELECT id, case_id FROM claims WHERE entity = ? AND recorded_to IS NULL AND id IN (`+
			strings.TrimSuffix(strings.Repeat("?, ", len(batch)), ", ")+`)`, append([]any{entity}, anys(batch)...)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, caseID string
			if err := rows.Scan(&id, &caseID); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = caseID
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// currentCase returns the case that holds the current version of a claim, "" for none.
func (im *importer) currentCase(entity, id string) (string, error) {
	var caseID string
	err := im.tx.QueryRowContext(im.ctx, `SELECT case_id FROM claims WHERE entity = ? AND id = ? AND recorded_to IS NULL`, entity, id).Scan(&caseID)
	if isNoRows(err) {
		return "", nil
	}
	return caseID, err
}

// namedBy returns a current tie or event that names an actor, and its case.
func (im *importer) namedBy(id string) (caseID, claim string, err error) {
	err = im.tx.QueryRowContext(im.ctx, `SELECT case_id, 'tie ' || id FROM claims
		WHERE entity = 'tie' AND recorded_to IS NULL AND (subject = ?1 OR object = ?1 OR third = ?1)
		UNION ALL SELECT c.case_id, 'event ' || c.id FROM event_actors e
		JOIN claims c ON c.entity = 'event' AND c.id = e.id AND c.version = e.version AND c.recorded_to IS NULL
		WHERE e.actor = ?1 LIMIT 1`, id).Scan(&caseID, &claim)
	if isNoRows(err) {
		return "", "", nil
	}
	return caseID, claim, err
}

// mergedActors returns the current actors merged into another, by id: those whose
// object column names the actor they were merged into.
func (im *importer) mergedActors() (map[string]merge, error) {
	rows, err := im.tx.QueryContext(im.ctx, `SELECT case_id, body FROM claims
		WHERE entity = 'actor' AND recorded_to IS NULL AND object IS NOT NULL`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]merge{}
	for rows.Next() {
		var caseID string
		var body []byte
		if err := rows.Scan(&caseID, &body); err != nil {
			return nil, err
		}
		var a alliances.Actor
		if err := json.Unmarshal(body, &a); err != nil {
			return nil, fmt.Errorf("actor of case %s: %w", caseID, err)
		}
		if a.MergedInto != "" {
			out[a.ID] = merge{caseID, a.ID, a.MergedInto}
		}
	}
	return out, rows.Err()
}

func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
