package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/ingest"
)

func (m *Main) runCheck(ctx context.Context, args []string) error {
	f := m.flags("check", "[--case ID] FILE...", `Check validates case files (.yaml, .yml, .json) and CSV tables (.csv) like a compiler:
it reports every problem at once, as FILE:LINE:COLUMN: what is wrong, what was expected,
and exits with status 1 when there is any. Warnings (an agreement without a type, ties
without a basis) say what to add but do not fail the check. At most 100 problems are
listed, then counted; files that hold the same case, which one import cannot take, are a
problem too. A case may name the registry's actors without defining them: those of a
registry checked with it, else the database's (read, never written), else the built-in
registry's.`).withJSON()
	caseID := f.String("case", "", "case `id` for CSV tables")
	title := f.String("title", "", "case `title` for CSV tables (default: the id)")
	encoding := f.String("encoding", "", "text `encoding` of CSV tables saved in another than UTF-8: windows-1252 or latin1")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() == 0 {
		f.Usage()
		return usageError("check needs at least one file")
	}
	if err := checkInputFlags(f.Args(), *caseID, *encoding); err != nil {
		return err
	}
	leanGC()
	in, err := ingest.Scan(f.Args(), m.Stdin, *caseID, *title, *encoding)
	if err != nil {
		return err
	}
	if _, err := m.sharedActors(ctx, f, in, false); err != nil {
		return err
	}
	in.Diags = append(in.Diags, in.SameCaseProblems()...)
	errs, warns := in.Diags.Errors(), in.Diags.Warnings()
	if f.json {
		if err := writeJSON(m.Stdout, checkResult{OK: len(errs) == 0, Problems: answer.OrEmpty(in.Diags), Omitted: in.Omitted}); err != nil {
			return err
		}
	} else {
		printDiagnostics(m.Stdout, in.Diags, in.Omitted)
	}
	if len(errs) > 0 {
		if !f.json {
			fmt.Fprintf(m.Stderr, "%s%s\n", alliances.Count(len(errs)+in.Omitted, "problem"), andWarnings(len(warns)))
		}
		return errReported
	}
	if !f.json {
		for _, r := range in.Records {
			fmt.Fprintf(m.Stdout, "%s: ok: %s, %s, %s, %s\n", r.Case, alliances.Count(len(r.Sources), "source"),
				alliances.Count(len(r.Actors), "actor"), alliances.Count(in.TieCount(r), "tie"), alliances.Count(len(r.Events), "event"))
		}
	}
	return nil
}

// maxListed is how many problems check and import list; the rest are counted.
const maxListed = 100

// printDiagnostics lists diagnostics, at most maxListed of them, then says how many more
// there are, counting the omitted ones a reader counted without keeping. When more than
// maxListed, and one message makes most of those kept (an actor missing from the list
// of actors, cited by every tie), it comes first, with its count.
func printDiagnostics(w io.Writer, diags alliances.Diagnostics, omitted int) {
	if len(diags) > maxListed {
		if msg, n := commonest(diags); n*2 > len(diags) {
			of := fmt.Sprintf("the %d", len(diags))
			if omitted > 0 {
				of = fmt.Sprintf("the first %d", len(diags))
			}
			fmt.Fprintf(w, "%d of %s problems are the same: %s\n", n, of, msg)
		}
	}
	for _, d := range diags[:min(len(diags), maxListed)] {
		fmt.Fprintln(w, d)
	}
	if more := len(diags) - min(len(diags), maxListed) + omitted; more > 0 {
		fmt.Fprintf(w, "and %s\n", strings.Replace(alliances.Count(more, "problem"), " ", " more ", 1))
	}
}

// commonest returns the message most diagnostics give, and how many give it.
func commonest(diags alliances.Diagnostics) (string, int) {
	n := map[string]int{}
	best := ""
	for _, d := range diags {
		n[d.Msg]++
		if n[d.Msg] > n[best] {
			best = d.Msg
		}
	}
	return best, n[best]
}

func andWarnings(n int) string {
	if n == 0 {
		return ""
	}
	return " and " + alliances.Count(n, "warning")
}

type checkResult struct {
	OK       bool                   `json:"ok"`
	Problems []alliances.Diagnostic `json:"problems"`
	Omitted  int                    `json:"omitted,omitempty"` // problems counted, not listed
}
