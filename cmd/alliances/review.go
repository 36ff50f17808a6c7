package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
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
	sweep := intake.Sweep{Accept: acceptAll, Reject: rejectSome, Above: *above, Below: *below}
	rv := &intake.Review{Store: ts, By: m.login(), Queue: ps, Tally: intake.Tally{}}
	in := bufio.NewScanner(m.Stdin)
	// Answers piped in are read one a proposal: one that cannot be taken stops the review,
	// or every answer after it would fall on the proposal after the one it was meant for.
	piped, line := !isTerminal(m.Stdin), 0
	refuse := func(p team.Proposal, err error) error {
		if len(rv.Tally) > 0 {
			m.reviewSummary(rv.Tally) // what was decided before the answer refused
		}
		return usageError("review: answer %d (for %s %s): %v; the answers after it were not read, and %s and those after it wait still",
			line, p.Entity, p.Claim, err, p.Claim)
	}
	for i, p := range ps {
		if rv.Offered(i) != "" {
			continue
		}
		if acceptAll || rejectSome {
			m.storeRefused(p, rv.Sweep(ctx, i, sweep, *note))
			continue
		}
		textreport.Proposal(m.Stdout, i+1, len(ps), p)
		for {
			fmt.Fprint(m.Stdout, "> ")
			if !in.Scan() {
				return nil
			}
			line++
			a, err := intake.ParseAnswer(in.Text())
			var out intake.Outcome
			if err == nil {
				out, err = rv.Answer(ctx, i, a)
			}
			if err != nil {
				if piped {
					return refuse(p, err)
				}
				fmt.Fprintln(m.Stdout, err)
				continue
			}
			if out.Stop {
				m.reviewSummary(rv.Tally)
				return nil
			}
			m.storeRefused(p, out)
			fmt.Fprintln(m.Stdout, "  "+strings.Join(append([]string{out.How}, out.More...), ", "))
			if left := len(out.Naming); left > 0 {
				fmt.Fprintf(m.Stdout, "  %d waiting %s %s, which cannot be accepted as %s: correct %s parties (e subject=ID -- WHY) or reject %s\n",
					left, plural(left, "tie names", "ties name"), p.Claim, plural(left, "it is", "they are"),
					plural(left, "its", "their"), plural(left, "it", "them"))
			}
			break
		}
	}
	m.reviewSummary(rv.Tally)
	return nil
}

// reviewSummary prints the counts of a review's outcomes.
func (m *Main) reviewSummary(t intake.Tally) {
	fmt.Fprintln(m.Stdout, "alliances: "+t.String())
}

// storeRefused tells why the store refused a decision on p, where it did.
func (m *Main) storeRefused(p team.Proposal, out intake.Outcome) {
	if out.Err != nil {
		fmt.Fprintf(m.Stderr, "alliances: %s %s: %v\n", p.Entity, p.Claim, out.Err)
	}
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
