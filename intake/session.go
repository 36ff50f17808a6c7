package intake

// A review of a queue, one proposal after another: the answers a reviewer gives at a
// terminal, what each decides, and the counts its summary gives. The command line reads
// the answers and prints; what they mean and do is here, where a test can hold it.

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/alliances-project/alliances/team"
)

// An Answer is what a reviewer says of one proposal: accept it (Verb 'a'), edit fields
// and accept it ('e', with Fields and Why), reject it ('r', with Why), skip it ('s'), or
// stop the review ('q').
type Answer struct {
	Verb   byte
	Fields string // 'e': FIELD=VALUE pairs, as Edit takes them
	Why    string // 'e' and 'r': the reason, for the authors and the audit trail
}

// Answers is how the answers are written, for a prompt and for an error.
const Answers = "a, e FIELD=VALUE... -- WHY, r WHY, s or q"

// ParseAnswer reads an answer line ("r not in the source", "e kind=favour -- weaker").
// An error says what was expected: a rejection without a reason, or an edit without
// one, is refused, as is any other word.
func ParseAnswer(line string) (Answer, error) {
	cmd, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	rest = strings.TrimSpace(rest)
	switch cmd {
	case "a", "s", "q":
		return Answer{Verb: cmd[0]}, nil
	case "r":
		if rest == "" {
			return Answer{}, fmt.Errorf("a rejection says why: r WHY")
		}
		return Answer{Verb: 'r', Why: rest}, nil
	case "e":
		fields, why, _ := strings.Cut(rest, " -- ")
		if strings.TrimSpace(why) == "" {
			return Answer{}, fmt.Errorf("say why after --; expected e FIELD=VALUE... -- WHY")
		}
		return Answer{Verb: 'e', Fields: fields, Why: strings.TrimSpace(why)}, nil
	}
	return Answer{}, fmt.Errorf("%q: expected %s", cmd, Answers)
}

// A Tally counts the outcomes of a review by how each went ("accepted", "skipped",
// "yours, left for another reviewer"), for its summary.
type Tally map[string]int

// String is the summary: each outcome's count, in the order of their names, or that
// nothing waited.
func (t Tally) String() string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(t)) {
		parts = append(parts, fmt.Sprintf("%d %s", t[k], k))
	}
	if len(parts) == 0 {
		return "nothing waits for review"
	}
	return strings.Join(parts, ", ")
}

// A Review decides on a queue of proposals, in the order given (Order sorts it as a
// review shows it), as the reviewer By, and counts how each decision went.
type Review struct {
	Store team.Store
	By    string
	Queue []team.Proposal
	Tally Tally
}

// An Outcome is what one answer did: How it went ("accepted", "rejected", "skipped",
// "refused by the store"), what the record made of an edit besides (Corrected's notes,
// after "as edited"), the error of a decision the store refused, the ties still waiting
// that name an actor just rejected, and whether the review stops.
type Outcome struct {
	How    string
	More   []string
	Err    error
	Naming []team.Proposal
	Stop   bool
}

// Offered says why the reviewer is not offered the i'th proposal (Waits), counting it,
// or "" where they are.
func (r *Review) Offered(i int) string {
	why := Waits(r.Queue[i], r.By)
	if why != "" {
		r.count(why)
	}
	return why
}

func (r *Review) count(how string) {
	if r.Tally == nil {
		r.Tally = Tally{}
	}
	r.Tally[how]++
}

// Answer carries out a on the i'th proposal of the queue and counts it. An edit whose
// fields the claim cannot take returns the error and decides nothing (the reviewer may
// answer again); a decision the store refuses is an Outcome, counted as such, and the
// review goes on.
func (r *Review) Answer(ctx context.Context, i int, a Answer) (Outcome, error) {
	p := r.Queue[i]
	var out Outcome
	switch a.Verb {
	case 'a':
		out = r.decide(ctx, p, team.Accepted, nil, "")
	case 'r':
		out = r.decide(ctx, p, team.Rejected, nil, a.Why)
		if out.Err == nil && p.Entity == "actor" {
			out.Naming = Naming(r.Queue[i+1:], p.Claim)
		}
	case 'e':
		body, err := Edit(p.Entity, p.Body, a.Fields)
		if err != nil {
			return Outcome{}, fmt.Errorf("%w; expected e FIELD=VALUE... -- WHY", err)
		}
		out = r.decide(ctx, p, team.Accepted, body, a.Why)
		if out.Err == nil {
			out.More = append([]string{"as edited"}, out.More...)
		}
	case 's':
		out = Outcome{How: "skipped"}
	case 'q':
		for range r.Queue[i:] { // this one and those after it
			r.count("waiting still")
		}
		return Outcome{Stop: true}, nil
	default:
		return Outcome{}, fmt.Errorf("%q: expected %s", string(a.Verb), Answers)
	}
	r.count(out.How)
	return out, nil
}

// Sweep decides on the i'th proposal by s alone, rejecting with note, and counts it
// ("left waiting" where s decides nothing).
func (r *Review) Sweep(ctx context.Context, i int, s Sweep, note string) Outcome {
	status, ok := s.Decision(r.Queue[i])
	if !ok {
		r.count("left waiting")
		return Outcome{How: "left waiting"}
	}
	if status != team.Rejected {
		note = ""
	}
	out := r.decide(ctx, r.Queue[i], status, nil, note)
	r.count(out.How)
	return out
}

// decide records a decision on p (Decide), its Outcome saying how it went.
func (r *Review) decide(ctx context.Context, p team.Proposal, status team.Status, body json.RawMessage, note string) Outcome {
	_, more, err := Decide(ctx, r.Store, p, team.Decision{Revision: p.Revision, By: r.By, Status: status, Body: body, Note: note})
	if err != nil {
		return Outcome{How: "refused by the store", Err: err}
	}
	return Outcome{How: string(status), More: more}
}
