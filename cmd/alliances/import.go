package main

import (
	"context"
	"fmt"
	"slices"
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
	for _, d := range in.diags {
		fmt.Fprintln(m.Stderr, d)
	}
	if errs := in.diags.Errors(); len(errs) > 0 {
		fmt.Fprintf(m.Stderr, "%s%s; nothing imported\n", count(len(errs), "problem"), andWarnings(len(in.diags)-len(errs)))
		return errReported
	}
	if err := in.sameCase(); err != nil {
		return err
	}
	db, err := m.store(ctx, f, false)
	if err != nil {
		return err
	}
	if in.tables != nil {
		if err := checkTables(ctx, db, in, *title); err != nil {
			return err
		}
	}
	sums, err := db.Import(ctx, in.records...)
	if err != nil {
		return in.blame(err)
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

// checkTables prepares CSV tables imported into a case the database already holds. The
// tables replace the case, so a table left out would retract everything of its kind:
// that is refused unless the table is given (an empty one, header only, removes its
// claims on purpose). Without --title the case keeps its title and description, which
// CSV tables do not carry, so that re-importing exported tables changes nothing.
func checkTables(ctx context.Context, db alliances.Store, in *input, title string) error {
	rec := in.tables
	old, err := db.Record(ctx, rec.Case, time.Time{})
	switch {
	case alliances.KindOf(err) == alliances.NotFound:
		return nil
	case err != nil:
		return err
	}
	held := map[string]int{"sources": len(old.Sources), "actors": len(old.Actors), "ties": len(old.Ties), "events": len(old.Events)}
	for _, list := range []string{"sources", "actors", "ties", "events"} {
		if held[list] > 0 && !slices.Contains(in.lists, list) {
			return alliances.Errorf(alliances.Invalid, "", "case %s holds %d %s and no %s table is given: importing would retract them all; give %s.csv (a header alone removes them)",
				rec.Case, held[list], list, list, list)
		}
	}
	if title == "" {
		rec.Title, rec.Description = old.Title, old.Description
	}
	return nil
}
