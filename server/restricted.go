package server

// Restricted sources: what a user not cleared for them never receives.

import (
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/team"
)

// changed makes the next reading ask the store what changed, at once: a change made
// here shows to whoever made it in their next request.
func (s *Server) changed() {
	s.mu.Lock()
	s.checked = time.Time{}
	s.mu.Unlock()
}

// The restricted sources, on the way in and out of proposals and the audit trail: a
// user not cleared for them neither reads them nor changes them, nor a claim that
// cites them; and a change such a user makes to a claim that cites them (which they read
// without those citations) keeps the citations they did not see.

// touchesRestricted reports whether a claim, as proposed, is a restricted source (or
// makes one so), or cites one.
func touchesRestricted(entity, claim string, body json.RawMessage, restricted map[string]bool) bool {
	if entity == "source" {
		var src alliances.Source
		_ = json.Unmarshal(body, &src)
		return restricted[claim] || src.Restricted
	}
	if len(restricted) == 0 || len(body) == 0 {
		return false
	}
	var c struct {
		Citations []alliances.Citation `json:"citations"`
	}
	_ = json.Unmarshal(body, &c)
	return slices.ContainsFunc(c.Citations, func(ct alliances.Citation) bool { return restricted[ct.Source] })
}

// guardRestricted refuses, to a user not cleared for the restricted sources, a change
// that is about them: a claim that is one, makes one or cites one; a claim whose current
// version rests on them alone (not found, as reading it is); the retraction of a claim
// whose current version cites one. It returns the restricted sources.
func (s *Server) guardRestricted(ctx context.Context, entity, claim string, retract bool, bodies ...json.RawMessage) (map[string]bool, error) {
	restricted, err := s.restrictedSources(ctx)
	if err != nil {
		return nil, err
	}
	for _, b := range bodies {
		if touchesRestricted(entity, claim, b, restricted) {
			return nil, errForbidden("%s %s would be, or cite, a source marked restricted: only users cleared for restricted sources make that change (alliances users set NAME --restricted)", entity, claim)
		}
	}
	cites, only, err := s.currentCites(ctx, entity, claim, restricted)
	switch {
	case err != nil:
		return nil, err
	case only:
		return nil, alliances.Errorf(alliances.NotFound, "", "no %s %q in the record", entity, claim)
	case cites && retract:
		return nil, errForbidden("retracting %s %s would take with it citations of sources you are not cleared for; a user cleared for restricted sources retracts it", entity, claim)
	}
	return restricted, nil
}

// currentCites reports whether the current version of a claim cites a restricted
// source, and whether it rests on them alone (for a source: whether it is one).
func (s *Server) currentCites(ctx context.Context, entity, claim string, restricted map[string]bool) (cites, only bool, err error) {
	if len(restricted) == 0 {
		return false, false, nil
	}
	if entity == "source" {
		return false, restricted[claim], nil
	}
	vs, err := s.db.History(ctx, claim)
	if alliances.KindOf(err) == alliances.NotFound {
		return false, false, nil
	} else if err != nil {
		return false, false, err
	}
	cur := vs[len(vs)-1]
	if !cur.Recorded.To.IsZero() || cur.Entity != entity {
		return false, false, nil
	}
	var c struct {
		Citations []alliances.Citation `json:"citations"`
	}
	if json.Unmarshal(cur.Body, &c) != nil || len(c.Citations) == 0 {
		return false, false, nil
	}
	n := 0
	for _, ct := range c.Citations {
		if restricted[ct.Source] {
			n++
		}
	}
	return n > 0, n == len(c.Citations), nil
}

// jsonEqual reports whether two JSON texts hold the same value.
func jsonEqual(a, b json.RawMessage) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

// keepWithheld returns a claim as a user not cleared for the restricted sources changed
// it, with the citations of those sources that its current version holds put back.
func (s *Server) keepWithheld(ctx context.Context, entity, claim string, body json.RawMessage, restricted map[string]bool) (json.RawMessage, error) {
	if len(restricted) == 0 || len(body) == 0 || (entity != "tie" && entity != "event") {
		return body, nil
	}
	vs, err := s.db.History(ctx, claim)
	if alliances.KindOf(err) == alliances.NotFound {
		return body, nil
	} else if err != nil {
		return nil, err
	}
	cur := vs[len(vs)-1]
	if !cur.Recorded.To.IsZero() {
		return body, nil
	}
	var old struct {
		Citations []alliances.Citation `json:"citations"`
	}
	if json.Unmarshal(cur.Body, &old) != nil {
		return body, nil
	}
	var hidden []alliances.Citation
	for _, ct := range old.Citations {
		if restricted[ct.Source] {
			hidden = append(hidden, ct)
		}
	}
	if len(hidden) == 0 {
		return body, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil {
		return body, nil // the store says what is wrong with it
	}
	var cites []alliances.Citation
	if raw, ok := m["citations"]; ok {
		if err := json.Unmarshal(raw, &cites); err != nil {
			return body, nil
		}
	}
	cites = append(cites, hidden...)
	raw, err := json.Marshal(cites)
	if err != nil {
		return nil, err
	}
	m["citations"] = raw
	return json.Marshal(m)
}

// redactProposal returns a proposal as a user not cleared for the withheld sources may
// read it; false when it is about one of them, or its claim rests on them alone.
func redactProposal(p team.Proposal, withheld map[string]bool) (team.Proposal, bool) {
	if withheld == nil {
		return p, true
	}
	if p.Entity == "source" && withheld[p.Claim] {
		return p, false
	}
	for _, b := range []*json.RawMessage{&p.Body, &p.Accepted} {
		if len(*b) == 0 {
			continue
		}
		out, ok := team.Redact(p.Entity, *b, withheld)
		if !ok {
			return p, false
		}
		*b = out
	}
	return p, true
}

// redactEntry returns an entry of the audit trail as a user not cleared for the
// withheld sources may read it; false when it is about one of them.
func redactEntry(e team.Entry, withheld map[string]bool) (team.Entry, bool) {
	if withheld == nil {
		return e, true
	}
	if e.Entity == "source" && withheld[e.Claim] {
		return e, false
	}
	if len(e.Detail) == 0 || e.Entity == "" {
		return e, true
	}
	var d map[string]json.RawMessage
	if json.Unmarshal(e.Detail, &d) != nil {
		return e, true
	}
	for _, k := range []string{"body", "accepted"} {
		if b, ok := d[k]; ok {
			out, ok := team.Redact(e.Entity, b, withheld)
			if !ok {
				return e, false
			}
			d[k] = out
		}
	}
	out, err := json.Marshal(d)
	if err != nil {
		return e, false
	}
	e.Detail = out
	return e, true
}

// withheldFrom returns the restricted sources a caller may not see: nil when cleared.
func (s *Server) withheldFrom(ctx context.Context, c *caller) (map[string]bool, error) {
	if c.user.Restricted {
		return nil, nil
	}
	return s.restrictedSources(ctx)
}
