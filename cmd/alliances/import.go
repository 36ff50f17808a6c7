package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

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
	printDiagnostics(m.Stderr, in.diags, in.omitted)
	if errs := in.diags.Errors(); len(errs) > 0 {
		fmt.Fprintf(m.Stderr, "%s%s; nothing imported\n", count(len(errs)+in.omitted, "problem"), andWarnings(len(in.diags)-len(errs)))
		return errReported
	}
	if err := in.sameCase(); err != nil {
		return err
	}
	db, err := m.store(ctx, f, false)
	if err != nil {
		return err
	}
	hold, ok := db.(alliances.Holdings)
	if !ok {
		return alliances.Errorf(alliances.Internal, "import", "the store cannot tell what it holds")
	}
	old, err := heads(ctx, hold, in.records)
	if err != nil {
		return err
	}
	if in.tables != nil {
		if err := checkTables(ctx, hold, in, *title, old[in.tables.Case]); err != nil {
			return err
		}
	}
	if diags, unplaced, err := m.reused(ctx, hold, in); err != nil {
		return err
	} else if len(diags) > 0 {
		printDiagnostics(m.Stderr, diags, unplaced)
		fmt.Fprintf(m.Stderr, "%s; nothing imported\n", count(len(diags)+unplaced, "problem"))
		return errConflictReported
	}
	if !*allow {
		if err := in.retractions(ctx, hold, old); err != nil {
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
func summary(s alliances.ImportSummary, old *caseHead, rec *alliances.Record) string {
	line := fmt.Sprintf("%s: %d added, %d changed, %d retracted, %d unchanged", s.Case, s.Added, s.Changed, s.Retracted, s.Unchanged)
	switch {
	case s.Recorded.IsZero():
		return line + "; nothing changed"
	case old != nil && (old.title != rec.Title || old.description != rec.Description):
		return line + "; title or description changed"
	}
	return line
}

// caseHead is the title and description of a case the database holds.
type caseHead struct{ title, description string }

// heads returns the title and description of every case of recs that the database
// holds, without reading their claims.
func heads(ctx context.Context, db alliances.Holdings, recs []*alliances.Record) (map[string]*caseHead, error) {
	old := map[string]*caseHead{}
	for _, rec := range recs {
		title, description, err := db.CaseHead(ctx, rec.Case)
		switch {
		case alliances.KindOf(err) == alliances.NotFound:
			continue
		case err != nil:
			return nil, err
		}
		old[rec.Case] = &caseHead{title, description}
	}
	return old, nil
}

// lists are the lists of a record, by name, with the entity their claims are.
var lists = []struct{ name, entity string }{{"sources", "source"}, {"actors", "actor"}, {"ties", "tie"}, {"events", "event"}}

// ids returns the ids of a record's claims of one list.
func ids(r *alliances.Record, list string) []string {
	var out []string
	switch list {
	case "sources":
		for _, s := range r.Sources {
			out = append(out, s.ID)
		}
	case "actors":
		for _, a := range r.Actors {
			out = append(out, a.ID)
		}
	case "ties":
		for _, t := range r.Ties {
			out = append(out, t.ID)
		}
	case "events":
		for _, e := range r.Events {
			out = append(out, e.ID)
		}
	}
	return out
}

// retractions refuses, as a Conflict, an import of case files that would retract every
// claim of a list of a case the database holds, or more than a tenth of its claims and
// more than 5: a file cut short, or missing its `ties:` list, reads as a valid case. CSV
// tables are left to checkTables, where a table given with its header alone removes
// its claims on purpose.
func (in *input) retractions(ctx context.Context, db alliances.Holdings, old map[string]*caseHead) error {
	for _, rec := range in.records {
		if rec == in.tables || old[rec.Case] == nil {
			continue
		}
		var parts, whole []string
		held, total := 0, 0
		for _, l := range lists {
			had, err := db.ClaimIDs(ctx, rec.Case, l.entity)
			if err != nil {
				return err
			}
			kept := map[string]bool{}
			for _, id := range ids(rec, l.name) {
				kept[id] = true
			}
			n := 0
			for _, id := range had {
				if !kept[id] {
					n++
				}
			}
			held += len(had)
			total += n
			if n > 0 {
				parts = append(parts, count(n, l.entity))
			}
			if n > 0 && n == len(had) {
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

// checkTables prepares CSV tables imported into a case the database already holds
// (old is its title and description, nil when it holds none). The tables replace the
// case, so a table left out would retract everything of its kind: that is refused
// unless the table is given (an empty one, header only, removes its claims on purpose).
// Without --title the case keeps its title and description, which CSV tables do not
// carry, so that re-importing exported tables changes nothing.
func checkTables(ctx context.Context, db alliances.Holdings, in *input, title string, old *caseHead) error {
	if old == nil {
		return nil
	}
	rec := in.tables
	held, err := db.ClaimCounts(ctx, rec.Case)
	if err != nil {
		return err
	}
	for _, l := range lists {
		if held[l.entity] > 0 && !slices.Contains(in.lists, l.name) {
			return alliances.Errorf(alliances.Invalid, "", "case %s holds %s and no %s table is given: importing would retract them all; give %s.csv (a header alone removes them)",
				rec.Case, count(held[l.entity], l.entity), l.name, l.name)
		}
	}
	if title == "" {
		rec.Title, rec.Description = old.title, old.description
	}
	return nil
}
