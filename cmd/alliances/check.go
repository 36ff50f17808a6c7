package main

import (
	"context"
	"fmt"

	"github.com/alliances-project/alliances"
)

func (m *Main) runCheck(ctx context.Context, args []string) error {
	f := m.flags("check", "[--case ID] FILE...", `Check validates case files (.yaml, .yml, .json) and CSV tables (.csv) like a compiler:
it reports every problem at once, as FILE:LINE:COLUMN: what is wrong, what was expected,
and exits with status 1 when there is any. Warnings (an agreement without a type, ties
without a basis) say what to add but do not fail the check. It does not touch the database.`).withJSON()
	caseID := f.String("case", "", "case `id` for CSV tables")
	title := f.String("title", "", "case `title` for CSV tables (default: the id)")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() == 0 {
		f.Usage()
		return usageError("check needs at least one file")
	}
	in, err := m.readInputs(f.Args(), *caseID, *title)
	if err != nil {
		return err
	}
	errs, warns := in.diags.Errors(), in.diags.Warnings()
	if f.json {
		if err := writeJSON(m.Stdout, checkResult{OK: len(errs) == 0, Problems: orEmpty(in.diags)}); err != nil {
			return err
		}
	} else {
		for _, d := range in.diags {
			fmt.Fprintln(m.Stdout, d)
		}
	}
	if len(errs) > 0 {
		if !f.json {
			fmt.Fprintf(m.Stderr, "%s%s\n", count(len(errs), "problem"), andWarnings(len(warns)))
		}
		return errReported
	}
	if !f.json {
		for _, r := range in.records {
			fmt.Fprintf(m.Stdout, "%s: ok: %d sources, %d actors, %d ties, %d events\n",
				r.Case, len(r.Sources), len(r.Actors), len(r.Ties), len(r.Events))
		}
	}
	return nil
}

// count writes "1 problem", "2 problems".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func andWarnings(n int) string {
	if n == 0 {
		return ""
	}
	return " and " + count(n, "warning")
}

type checkResult struct {
	OK       bool                   `json:"ok"`
	Problems []alliances.Diagnostic `json:"problems"`
}

func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
