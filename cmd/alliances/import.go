package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
)

func (m *Main) runImport(ctx context.Context, args []string) error {
	f := m.flags("import", "[--case ID] [--allow-retract] FILE...", `Import loads case files (.yaml, .yml, .json) and CSV tables (.csv) into the database.
Every file is checked first; if any has a problem, nothing is written. Importing a case
again records what changed as new versions and retracts what the file no longer holds;
importing it unchanged changes nothing. A case file that would retract every claim of a
list, or more than a tenth of the case's claims (and more than 5), is refused as likely
incomplete unless --allow-retract is given.`).withJSON()
	caseID := f.String("case", "", "case `id` for CSV tables")
	title := f.String("title", "", "case `title` for CSV tables (default: the id)")
	encoding := f.String("encoding", "", "text `encoding` of CSV tables saved in another than UTF-8: windows-1252 or latin1")
	allow := f.Bool("allow-retract", false, "import case files even when that retracts a whole list or many claims")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() == 0 {
		f.Usage()
		return usageError("import needs at least one file")
	}
	in, err := m.readInputs(f.Args(), *caseID, *title, *encoding)
	if err != nil {
		return err
	}
	printDiagnostics(m.Stderr, in.diags)
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
	old, err := recorded(ctx, db, in.records)
	if err != nil {
		return err
	}
	if diags, err := in.reused(ctx, db); err != nil {
		return err
	} else if len(diags) > 0 {
		printDiagnostics(m.Stderr, diags)
		fmt.Fprintf(m.Stderr, "%s; nothing imported\n", count(len(diags), "problem"))
		return errConflictReported
	}
	if !*allow {
		if err := in.retractions(old); err != nil {
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
	for i, s := range sums {
		fmt.Fprintln(m.Stdout, summary(s, old[s.Case], in.records[i]))
	}
	return nil
}

// errConflictReported is returned when conflicts with the database were already printed.
var errConflictReported = &alliances.Error{Kind: alliances.Conflict}

// summary tells what an import of rec changed, telling a change of title or description
// alone from no change at all (the counts are the same).
func summary(s alliances.ImportSummary, old, rec *alliances.Record) string {
	line := fmt.Sprintf("%s: %d added, %d changed, %d retracted, %d unchanged", s.Case, s.Added, s.Changed, s.Retracted, s.Unchanged)
	switch {
	case s.Recorded.IsZero():
		return line + "; nothing changed"
	case old != nil && (old.Title != rec.Title || old.Description != rec.Description):
		return line + "; title or description changed"
	}
	return line
}

// recorded returns the current record of every case of recs that the database holds.
func recorded(ctx context.Context, db alliances.Store, recs []*alliances.Record) (map[string]*alliances.Record, error) {
	old := map[string]*alliances.Record{}
	for _, rec := range recs {
		r, err := db.Record(ctx, rec.Case, time.Time{})
		switch {
		case alliances.KindOf(err) == alliances.NotFound:
			continue
		case err != nil:
			return nil, err
		}
		old[rec.Case] = r
	}
	return old, nil
}

// lists are the lists of a record, by name, with the entity their claims are.
var lists = []struct{ name, entity string }{{"sources", "source"}, {"actors", "actor"}, {"ties", "tie"}, {"events", "event"}}

// ids returns the ids of a record's claims, by list.
func ids(r *alliances.Record) map[string][]string {
	m := map[string][]string{}
	for _, s := range r.Sources {
		m["sources"] = append(m["sources"], s.ID)
	}
	for _, a := range r.Actors {
		m["actors"] = append(m["actors"], a.ID)
	}
	for _, t := range r.Ties {
		m["ties"] = append(m["ties"], t.ID)
	}
	for _, e := range r.Events {
		m["events"] = append(m["events"], e.ID)
	}
	return m
}

// retractions refuses, as a Conflict, an import of case files that would retract every
// claim of a list of a case the database holds, or more than a tenth of its claims and
// more than 5: a file cut short, or missing its `ties:` list, reads as a valid case. CSV
// tables are left to checkTables, where a table given with its header alone removes
// its claims on purpose.
func (in *input) retractions(old map[string]*alliances.Record) error {
	for _, rec := range in.records {
		prev := old[rec.Case]
		if rec == in.tables || prev == nil {
			continue
		}
		had, has := ids(prev), ids(rec)
		var parts, whole []string
		held, total := 0, 0
		for _, l := range lists {
			kept := map[string]bool{}
			for _, id := range has[l.name] {
				kept[id] = true
			}
			n := 0
			for _, id := range had[l.name] {
				if !kept[id] {
					n++
				}
			}
			held += len(had[l.name])
			total += n
			if n > 0 {
				parts = append(parts, count(n, l.entity))
			}
			if n > 0 && n == len(had[l.name]) {
				whole = append(whole, l.name)
			}
		}
		if len(whole) == 0 && (total <= 5 || total*10 <= held) {
			continue
		}
		why := fmt.Sprintf("more than a tenth of the %s it holds", count(held, "claim"))
		if len(whole) > 0 {
			why = "all its " + strings.Join(whole, " and all its ")
		}
		return alliances.Errorf(alliances.Conflict, in.files[rec.Case][0],
			"importing would retract %s of case %s (%s): %s; nothing imported. Is the file complete? If these claims are to go, import again with --allow-retract",
			count(total, "claim"), rec.Case, strings.Join(parts, ", "), why)
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
	for _, l := range lists {
		if held[l.name] > 0 && !slices.Contains(in.lists, l.name) {
			return alliances.Errorf(alliances.Invalid, "", "case %s holds %s and no %s table is given: importing would retract them all; give %s.csv (a header alone removes them)",
				rec.Case, count(held[l.name], l.entity), l.name, l.name)
		}
	}
	if title == "" {
		rec.Title, rec.Description = old.Title, old.Description
	}
	return nil
}
