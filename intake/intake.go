// Package intake puts what the reader proposes from reports into a team's review queue:
// the reports themselves, so that the app shows each proposal where its evidence is, then
// the actors found, then the ties, each once. A proposal offered before, whatever became
// of it (waiting, accepted, corrected under another id, rejected), is not offered again.
// It also reads a reviewer's corrections, for the command line and the server alike: the
// fields an edit sets (Edit), and what the record takes of a correction (Corrected).
package intake

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/team"
)

// Batch is what the reader made of some reports, for one case.
type Batch struct {
	Case, Source string
	Documents    []*extract.Document // the reports read
	Found        []extract.Found     // the actors found in them
	Ties         []extract.Proposal  // the ties proposed, at or above the threshold
}

// Result says what went into the queue.
type Result struct {
	Actors, Ties int       // proposals put in the queue
	Again        int       // proposals offered before and not again
	Failed       []Failure // proposals the store refused
}

// Failure is a proposal the store refused, and why.
type Failure struct {
	What string // "actor jund-al-aqsa", "¶4 syria support ndf"
	Err  error
}

// maxReason bounds a proposal's reason, which quotes its sentence.
const maxReason = 1900

// Queue puts b's reports and proposals in the review queue of ts, the actors first (the
// ties may name them); a tie the reports tell again goes in once, citing each paragraph
// (extract.Merged). A report stored before with the same name and text is not stored
// again: its proposals are marked on it.
func Queue(ctx context.Context, ts team.Store, b Batch) (Result, error) {
	q := &queue{ctx: ctx, ts: ts, b: b, docID: map[string]string{}, offered: map[string][]team.Proposal{}}
	if err := q.documents(); err != nil {
		return Result{}, err
	}
	var batch []team.Proposal
	var what []string // each as a message names it
	for _, fa := range b.Found {
		p, ok, err := q.actor(fa)
		if err != nil {
			return Result{}, err
		}
		if ok {
			batch, what = append(batch, p), append(what, "actor "+fa.Actor.ID)
		}
	}
	for _, tp := range extract.Merged(b.Ties) {
		p, ok, err := q.tie(tp)
		if err != nil {
			return Result{}, err
		}
		if ok {
			batch, what = append(batch, p), append(what, fmt.Sprintf("¶%d %s %s %s", tp.Paragraph, tp.Tie.Subject, tp.Tie.Kind, tp.Tie.Object))
		}
	}
	errs, err := ProposeAll(ctx, ts, batch)
	if err != nil {
		return Result{}, err
	}
	res := Result{Again: q.again}
	for i, err := range errs {
		switch {
		case err != nil:
			res.Failed = append(res.Failed, Failure{what[i], err})
		case batch[i].Entity == "actor":
			res.Actors++
		default:
			res.Ties++
		}
	}
	return res, nil
}

type queue struct {
	ctx     context.Context
	ts      team.Store
	b       Batch
	docID   map[string]string          // a report's name -> its stored document
	offered map[string][]team.Proposal // by document: the reader's proposals before this run
	again   int
}

// documents stores the reports not stored before.
func (q *queue) documents() error {
	stored, err := q.ts.Documents(q.ctx, q.b.Case)
	if err != nil {
		return err
	}
	for _, d := range q.b.Documents {
		doc := team.Document{ID: team.NewID(), Case: q.b.Case, Source: q.b.Source, Name: filepath.Base(d.Name), Text: d.Text,
			Author: extract.Author, Created: time.Now().UTC()}
		same := ""
		for _, k := range stored { // the list leaves the texts out
			if k.Name == doc.Name {
				if full, err := q.ts.Document(q.ctx, k.ID); err == nil && full.Text == doc.Text {
					same = k.ID
					break
				}
			}
		}
		if same != "" {
			q.docID[d.Name] = same // read before: its proposals are marked on it
			continue
		}
		if err := q.ts.AddDocument(q.ctx, doc); err != nil {
			return err
		}
		q.docID[d.Name] = doc.ID
	}
	return nil
}

// offeredFrom returns the reader's proposals of a stored report before this run.
func (q *queue) offeredFrom(doc string) ([]team.Proposal, error) {
	if _, ok := q.offered[doc]; !ok {
		ps, err := q.ts.Proposals(q.ctx, team.ProposalFilter{Case: q.b.Case, Author: extract.Author, Document: doc})
		if err != nil {
			return nil, err
		}
		q.offered[doc] = ps
	}
	return q.offered[doc], nil
}

// actor makes the proposal of an actor found, unless it was offered before.
func (q *queue) actor(fa extract.Found) (team.Proposal, bool, error) {
	// Offered to this case before (an id another case holds or waits for was not given:
	// extract.Reader.Taken).
	if before, err := q.ts.Proposals(q.ctx, team.ProposalFilter{Case: q.b.Case, Claim: fa.Actor.ID}); err != nil {
		return team.Proposal{}, false, err
	} else if len(before) > 0 {
		q.again++
		return team.Proposal{}, false, nil
	}
	// The same name of the same report offered before, whatever became of it (a reviewer
	// may have renamed it: "Facilities Guard" accepted as "Petroleum Facilities Guard"),
	// is not offered again under another id.
	named := fmt.Sprintf("¶%d: named %q, ", fa.Paragraph, fa.Quote)
	before, err := q.offeredFrom(q.docID[fa.Document])
	if err != nil {
		return team.Proposal{}, false, err
	}
	if slices.ContainsFunc(before, func(p team.Proposal) bool { return p.Entity == "actor" && strings.HasPrefix(p.Reason, named) }) {
		q.again++
		return team.Proposal{}, false, nil
	}
	body, err := json.Marshal(fa.Actor)
	if err != nil {
		return team.Proposal{}, false, err
	}
	reason, confidence := named+fa.Why, fa.Confidence
	// A state no proposed tie names is mostly a place or a nationality ("near the Benin
	// border", "an Irish conservationist"): offered below the default threshold, so that a
	// batch acceptance leaves it to the reviewer.
	if fa.Actor.Kind == "state" && !slices.ContainsFunc(q.b.Ties, func(p extract.Proposal) bool {
		return p.Tie.Subject == fa.Actor.ID || p.Tie.Object == fa.Actor.ID || p.Tie.Third == fa.Actor.ID
	}) {
		reason, confidence = reason+", named by no tie proposed (a place or a nationality there?)", min(confidence, 0.4)
	}
	if sentence := q.sentenceAt(fa.Document, fa.Start); sentence != "" {
		reason += ": " + sentence // the sentence, as a tie's reason quotes it
	}
	return team.Proposal{Case: q.b.Case, Entity: "actor", Claim: fa.Actor.ID, Body: body, Author: extract.Author, Reason: cut(reason),
		Confidence: confidence, Document: q.docID[fa.Document], Start: fa.Start, End: fa.End}, true, nil
}

// tie makes the proposal of a tie, unless it was offered before.
func (q *queue) tie(p extract.Proposal) (team.Proposal, bool, error) {
	// A tie's id is one case's too: the same statement read into another case gets an id
	// of this case's.
	before, err := q.ts.Proposals(q.ctx, team.ProposalFilter{Claim: p.Tie.ID})
	if err != nil {
		return team.Proposal{}, false, err
	}
	if slices.ContainsFunc(before, func(o team.Proposal) bool { return o.Case != q.b.Case }) {
		p.Tie.ID += "-" + q.b.Case
		if before, err = q.ts.Proposals(q.ctx, team.ProposalFilter{Case: q.b.Case, Claim: p.Tie.ID}); err != nil {
			return team.Proposal{}, false, err
		}
	}
	if slices.ContainsFunc(before, func(o team.Proposal) bool { return o.Case == q.b.Case }) {
		q.again++ // offered before: waiting, accepted or rejected
		return team.Proposal{}, false, nil
	}
	// Or offered and accepted under another id, its reviewer's correction renaming it
	// ("x-iran-support-taliban-p15" accepted as favour): the id as proposed is its body's.
	if before, err = q.offeredFrom(q.docID[p.Document]); err != nil {
		return team.Proposal{}, false, err
	}
	if slices.ContainsFunc(before, func(o team.Proposal) bool {
		return o.Entity == "tie" && o.Claim != p.Tie.ID && BodyID(o.Body) == p.Tie.ID
	}) {
		q.again++
		return team.Proposal{}, false, nil
	}
	body, err := json.Marshal(p.Tie)
	if err != nil {
		return team.Proposal{}, false, err
	}
	reason := fmt.Sprintf("¶%d: %s [%s]", p.Paragraph, p.Quote, strings.Join(p.Cues, "; "))
	return team.Proposal{Case: q.b.Case, Entity: "tie", Claim: p.Tie.ID, Body: body, Author: extract.Author, Reason: cut(reason),
		Confidence: p.Confidence, Document: q.docID[p.Document], Start: p.Start, End: p.End}, true, nil
}

// sentenceAt returns the sentence of a report read that holds the byte at, or "".
func (q *queue) sentenceAt(name string, at int) string {
	for _, d := range q.b.Documents {
		if d.Name == name {
			return d.SentenceAt(at)
		}
	}
	return ""
}

// cut bounds a reason, at the start of a character.
func cut(s string) string {
	if len(s) <= maxReason {
		return s
	}
	n := maxReason
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// ProposeAll puts proposals in the review queue, in one batch where the store takes one
// (the case read once, not once a proposal), and returns why each was not put there.
func ProposeAll(ctx context.Context, ts team.Store, ps []team.Proposal) ([]error, error) {
	if b, ok := ts.(interface {
		ProposeAll(context.Context, []team.Proposal) ([]team.Proposal, []error, error)
	}); ok {
		_, errs, err := b.ProposeAll(ctx, ps)
		return errs, err
	}
	errs := make([]error, len(ps))
	for i, p := range ps {
		_, errs[i] = ts.Propose(ctx, p)
	}
	return errs, nil
}

// BodyID is the id a claim's JSON gives, or "".
func BodyID(body json.RawMessage) string {
	var c struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(body, &c)
	return c.ID
}

// Naming returns the tie proposals of ps that name the actor given as a party (subject,
// object or third): what a rejected actor leaves that cannot be accepted as it stands.
func Naming(ps []team.Proposal, actor string) []team.Proposal {
	var out []team.Proposal
	for _, p := range ps {
		if p.Entity != "tie" || p.Retract {
			continue
		}
		var t struct{ Subject, Object, Third string }
		if json.Unmarshal(p.Body, &t) == nil && (t.Subject == actor || t.Object == actor || t.Third == actor) {
			out = append(out, p)
		}
	}
	return out
}

// SameTie returns the tie of ties with the parties, kind and time given (valid as EDTF
// writes it), if one: a tie added beside it may state the same claim twice.
func SameTie(ties []alliances.Tie, subject, kind, object, valid string) (alliances.Tie, bool) {
	for _, t := range ties {
		if t.Subject == subject && string(t.Kind) == kind && t.Object == object && t.Valid.String() == valid {
			return t, true
		}
	}
	return alliances.Tie{}, false
}
