package main

import (
	"context"
	"fmt"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer/textreport"
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
		if err := writeJSON(m.Stdout, in.Checked()); err != nil {
			return err
		}
	} else {
		textreport.Diagnostics(m.Stdout, in.Diags, in.Omitted)
	}
	if len(errs) > 0 {
		if !f.json {
			fmt.Fprintln(m.Stderr, textreport.Problems(len(errs)+in.Omitted, len(warns)))
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
