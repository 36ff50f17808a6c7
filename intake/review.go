package intake

// Deciding on proposals, for the terminal's review and the server's alike: the order a
// queue is shown in, a decision recorded with what a correction changes besides the
// fields it names, and decisions taken in bulk by confidence.

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances/team"
)

// Order sorts proposals as a review shows them: the sources and actors before the ties
// and events that may name them (a tie accepted before its actor would be refused), each
// in the queue's order.
func Order(ps []team.Proposal) {
	rank := map[string]int{"source": 0, "actor": 1, "tie": 2, "event": 3}
	slices.SortStableFunc(ps, func(a, b team.Proposal) int { return rank[a.Entity] - rank[b.Entity] })
}

// Decide records d, a decision on p. A body given (an acceptance with changes) is first
// Corrected, and the claim is recorded under the id the body gives where it is another:
// the reader's id renamed for what the tie became, or one the reviewer set. Besides the
// proposal decided, it says what the correction changed beyond the fields named ("as
// x-iran-favour-taliban-p15", "its citation's credibility 3 for the status given").
func Decide(ctx context.Context, ts team.Store, p team.Proposal, d team.Decision) (team.Proposal, []string, error) {
	var how []string
	if len(d.Body) > 0 {
		body, renamed, credibility := Corrected(p, d.Body)
		if credibility > 0 {
			how = append(how, fmt.Sprintf("its citation's credibility %d for the status given", credibility))
		}
		if renamed != "" {
			how = append(how, "as "+renamed)
		}
		d.Body = body
		if id := BodyID(body); id != "" && id != p.Claim {
			d.Claim = id
		}
	}
	d.Proposal, d.Note = p.ID, strings.TrimSpace(d.Note)
	out, err := ts.Decide(ctx, d)
	return out, how, err
}

// Sweep decides on proposals by their confidence alone: those of Above or more are
// accepted (where Accept), those below Below rejected (where Reject), the rest left.
type Sweep struct {
	Accept, Reject bool
	Above, Below   float64
}

// Decision returns what the sweep decides for p, and false where it leaves p waiting.
func (s Sweep) Decision(p team.Proposal) (team.Status, bool) {
	switch {
	case s.Accept && p.Confidence >= s.Above:
		return team.Accepted, true
	case s.Reject && p.Confidence < s.Below:
		return team.Rejected, true
	}
	return "", false
}

// Waits says why a reviewer by is not offered p, a phrase for a summary's count ("yours,
// left for another reviewer"), or "" where by may decide on it: not their own (four
// eyes), and made on the claim as it is now.
func Waits(p team.Proposal, by string) string {
	switch {
	case p.Author == by:
		return "yours, left for another reviewer"
	case p.Stale:
		return "stale, made on a version since replaced"
	}
	return ""
}

// HowToReview tells where the proposals of case id can be reviewed, a line each: at the
// terminal, or in the browser of the team server, which needs an account that may review
// the case (for a store with none, a first account of role admin, who may review alone),
// and how to add what the reader missed. db is the database's path as the person gave it
// ("" for the default one), for the commands to name it.
func HowToReview(ctx context.Context, ts team.Store, id, db string) []string {
	if db != "" {
		db = " --db " + db
	}
	account := "sign in as a reviewer of the case"
	if users, err := ts.Users(ctx); err == nil && len(users) == 0 {
		account = fmt.Sprintf("a first account once: `alliances users add NAME --role admin%s`, who may review alone", db)
	} else if err == nil && !slices.ContainsFunc(users, func(u team.User) bool { return u.MayReview(id) && !u.Disabled }) {
		account = fmt.Sprintf("an account that may review the case first: `alliances users add NAME --role reviewer --edit %s%s`", id, db)
	}
	return []string{
		fmt.Sprintf("review them with `alliances review --case %s%s`, or in the browser: `alliances serve --team%s` (%s), then the Review tab of case %s", id, db, db, account, id),
		fmt.Sprintf("add what the reader missed with `alliances add tie subject=A kind=KIND object=B valid=DATE --locator ¶N --why WHY --case %s%s`", id, db),
	}
}
