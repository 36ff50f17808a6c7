package main

import (
	"context"
	"fmt"
	"time"

	"github.com/alliances-project/alliances"
)

func (m *Main) runImport(ctx context.Context, args []string) error {
	f := m.flags("import", "[--case ID] FILE...", `Import loads case files (.yaml, .yml, .json) and CSV tables (.csv) into the database.
Every file is checked first; if any has a problem, nothing is written. Importing a case
again records what changed as new versions and retracts what the file no longer holds;
importing it unchanged changes nothing.`).withJSON()
	caseID := f.String("case", "", "case `id` for CSV tables")
	title := f.String("title", "", "case `title` for CSV tables (default: the id)")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() == 0 {
		f.Usage()
		return usageError("import needs at least one file")
	}
	in, err := m.readInputs(f.Args(), *caseID, *title)
	if err != nil {
		return err
	}
	if len(in.diags) > 0 {
		for _, d := range in.diags {
			fmt.Fprintln(m.Stderr, d)
		}
		fmt.Fprintf(m.Stderr, "%d problems; nothing imported\n", len(in.diags))
		return errReported
	}
	db, err := m.store(ctx, f, false)
	if err != nil {
		return err
	}
	if in.tables != nil && *title == "" {
		if err := keepCaseTitle(ctx, db, in.tables); err != nil {
			return err
		}
	}
	var sums []alliances.ImportSummary
	for _, rec := range in.records {
		sum, err := db.Import(ctx, rec)
		if err != nil {
			return err
		}
		sums = append(sums, sum)
	}
	if f.json {
		return writeJSON(m.Stdout, sums)
	}
	for _, s := range sums {
		fmt.Fprintf(m.Stdout, "%s: %d added, %d changed, %d retracted, %d unchanged\n",
			s.Case, s.Added, s.Changed, s.Retracted, s.Unchanged)
	}
	return nil
}

// keepCaseTitle gives CSV tables imported without --title the title and description the
// case already has, so that re-importing exported tables changes nothing. CSV tables
// carry no case title of their own.
func keepCaseTitle(ctx context.Context, db alliances.Store, rec *alliances.Record) error {
	old, err := db.Record(ctx, rec.Case, time.Time{})
	switch {
	case alliances.KindOf(err) == alliances.NotFound:
		return nil
	case err != nil:
		return err
	}
	rec.Title, rec.Description = old.Title, old.Description
	return nil
}
