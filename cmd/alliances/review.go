package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
	"github.com/alliances-project/alliances/intake"
	"github.com/alliances-project/alliances/team"
)

const reviewAbout = `Review decides on the proposals waiting in the review queue of a case: those of
alliances extract, or of the team's analysts. Each is shown with what it changes, the
reason given (for extract: the paragraph, the sentence and the words that led to it), and
its confidence; then a line says what to do:

  a                        accept it as proposed
  e FIELD=VALUE... -- WHY  change fields of the claim (valid=2019 kind=favour status=alleged
                           intensity=3 note="..."; a list's items by commas:
                           aliases="FSA,Free Army"), then accept it, saying why
  r WHY                    reject it, saying why (it is not offered again)
  s                        skip it for now
  q                        stop

--list lists them, a line each, in that order, and decides nothing.
--accept-above X accepts, without asking, the proposals of confidence X or more, and
--reject-below Y rejects those below Y (with --note). The decisions are recorded as the
login of who runs the command, in the audit trail; a reviewer does not decide on their own
proposals.`

func (m *Main) runReview(ctx context.Context, args []string) error {
	f := m.flags("review", "[--case ID] [--author NAME] [--accept-above X] [--reject-below Y --note WHY]", reviewAbout).withJSON()
	caseID := f.String("case", "", "only the proposals of this case")
	author := f.String("author", "", "only the proposals of this author (extract for the reader's)")
	above := f.Float64("accept-above", 0, "accept the proposals of this confidence or more, without asking")
	below := f.Float64("reject-below", 0, "reject the proposals of less confidence than this, without asking (with --note)")
	note := f.String("note", "", "why, for --reject-below")
	list := f.Bool("list", false, "list the proposals waiting, a line each (with --json, whole), in the order review shows them, and decide nothing")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() > 0 {
		return usageError("review takes flags only, got %q", f.Arg(0))
	}
	if *below > 0 && strings.TrimSpace(*note) == "" {
		return usageError("--reject-below needs --note: say why, for the authors")
	}
	// "--accept-above 0" accepts everything: a flag given is a batch, whatever its value.
	acceptAll, rejectSome := f.isSet("accept-above"), f.isSet("reject-below")
	if *above < 0 || *above > 1 || *below < 0 || *below > 1 || acceptAll && rejectSome && *below >= *above {
		return usageError("--accept-above and --reject-below: expected 0 to 1, the first above the second")
	}
	db, ts, err := m.teamStore(ctx, f, "review", "review queue")
	if err != nil {
		return err
	}
	if err := answer.CaseExists(ctx, db, *caseID, time.Time{}); err != nil {
		return err // --case rebelz: not "nothing waits"
	}
	ps, err := ts.Proposals(ctx, team.ProposalFilter{Case: *caseID, Author: *author, Status: team.Proposed})
	if err != nil {
		return err
	}
	intake.Order(ps)
	if *list {
		if f.json {
			return writeJSON(m.Stdout, ps) // whole: each proposal's body and its full reason
		}
		return textreport.Proposals(m.Stdout, ps)
	}
	if f.json {
		return usageError("--json lists the queue: give --list too (the review itself asks, one proposal at a time)")
	}
	by := m.login()
	sweep := intake.Sweep{Accept: acceptAll, Reject: rejectSome, Above: *above, Below: *below}
	in := bufio.NewScanner(m.Stdin)
	// Answers piped in are read one a proposal: one that cannot be taken stops the review,
	// or every answer after it would fall on the proposal after the one it was meant for.
	piped, line := !isTerminal(m.Stdin), 0
	refuse := func(counts map[string]int, p team.Proposal, why string) error {
		if len(counts) > 0 {
			_ = m.reviewSummary(counts) // what was decided before the answer refused
		}
		return usageError("review: answer %d (for %s %s): %s; the answers after it were not read, and %s and those after it wait still",
			line, p.Entity, p.Claim, why, p.Claim)
	}
	counts := map[string]int{}
	for i, p := range ps {
		if why := intake.Waits(p, by); why != "" {
			counts[why]++
			continue
		}
		if acceptAll || rejectSome {
			status, ok := sweep.Decision(p)
			switch {
			case !ok:
				counts["left waiting"]++
			default:
				why := ""
				if status == team.Rejected {
					why = *note
				}
				how, _ := m.decide(ctx, ts, p, status, nil, why, by)
				counts[how]++
			}
			continue
		}
		textreport.Proposal(m.Stdout, i+1, len(ps), p)
	ask:
		fmt.Fprint(m.Stdout, "> ")
		if !in.Scan() {
			return nil
		}
		line++
		cmd, rest, _ := strings.Cut(strings.TrimSpace(in.Text()), " ")
		switch cmd {
		case "a":
			how, _ := m.decide(ctx, ts, p, team.Accepted, nil, "", by)
			counts[m.said(how)]++
		case "r":
			if strings.TrimSpace(rest) == "" {
				if piped {
					return refuse(counts, p, "a rejection says why: r WHY")
				}
				fmt.Fprintln(m.Stdout, "say why: r WHY")
				goto ask
			}
			how, _ := m.decide(ctx, ts, p, team.Rejected, nil, rest, by)
			counts[m.said(how)]++
			if p.Entity == "actor" {
				if left := intake.Naming(ps[i+1:], p.Claim); len(left) > 0 {
					fmt.Fprintf(m.Stdout, "  %d waiting %s %s, which cannot be accepted as %s: correct %s parties (e subject=ID -- WHY) or reject %s\n",
						len(left), plural(len(left), "tie names", "ties name"), p.Claim, plural(len(left), "it is", "they are"),
						plural(len(left), "its", "their"), plural(len(left), "it", "them"))
				}
			}
		case "e":
			fields, why, _ := strings.Cut(rest, " -- ")
			body, err := intake.Edit(p.Entity, p.Body, fields)
			if err != nil || strings.TrimSpace(why) == "" {
				err = firstError(err, fmt.Errorf("say why after --"))
				if piped {
					return refuse(counts, p, fmt.Sprintf("%v; expected e FIELD=VALUE... -- WHY", err))
				}
				fmt.Fprintf(m.Stdout, "%v; e FIELD=VALUE... -- WHY\n", err)
				goto ask
			}
			how, more := m.decide(ctx, ts, p, team.Accepted, body, why, by)
			counts[m.said(how, append([]string{"as edited"}, more...)...)]++
		case "s":
			counts[m.said("skipped")]++
		case "q":
			if left := len(ps) - i; left > 0 {
				counts["waiting still"] += left // this one and those after it
			}
			return m.reviewSummary(counts)
		default:
			if piped {
				return refuse(counts, p, fmt.Sprintf("%q: expected a, e FIELD=VALUE... -- WHY, r WHY, s or q", cmd))
			}
			fmt.Fprintln(m.Stdout, "a, e FIELD=VALUE... -- WHY, r WHY, s or q")
			goto ask
		}
	}
	return m.reviewSummary(counts)
}

func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (m *Main) reviewSummary(counts map[string]int) error {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		parts = append(parts, fmt.Sprintf("%d %s", counts[k], k))
	}
	if len(parts) == 0 {
		parts = []string{"nothing waits for review"}
	}
	fmt.Fprintln(m.Stdout, "alliances: "+strings.Join(parts, ", "))
	return nil
}

// said prints how a decision went under the proposal it decides ("  accepted"), and
// returns it for the summary.
func (m *Main) said(how string, more ...string) string {
	fmt.Fprintln(m.Stdout, "  "+strings.Join(append([]string{how}, more...), ", "))
	return how
}

// decide records a decision and says how it went, as the key of the summary, and for an
// edit how the record took it besides (intake.Decide).
func (m *Main) decide(ctx context.Context, ts team.Store, p team.Proposal, status team.Status, body json.RawMessage, note, by string) (string, []string) {
	_, how, err := intake.Decide(ctx, ts, p, team.Decision{Revision: p.Revision, By: by, Status: status, Body: body, Note: note})
	if err != nil {
		fmt.Fprintf(m.Stderr, "alliances: %s %s: %v\n", p.Entity, p.Claim, err)
		return "refused by the store", nil
	}
	return string(status), how
}

// isTerminal tells whether r is a terminal, where a person answers each question as it
// is asked, not a file or a pipe of answers written before.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// plural chooses the singular or the plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
