package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/csvio"
)

// Head is the title and description of a case a store holds.
type Head struct{ Title, Description string }

// Heads returns the title and description of every case of the input that the store
// holds, without reading their claims.
func (in *Input) Heads(ctx context.Context, db alliances.Holdings) (map[string]*Head, error) {
	old := map[string]*Head{}
	for _, rec := range in.Records {
		title, description, err := db.CaseHead(ctx, rec.Case)
		switch {
		case alliances.KindOf(err) == alliances.NotFound:
			continue
		case err != nil:
			return nil, err
		}
		old[rec.Case] = &Head{title, description}
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

// streamedIDs returns the ids of the ties of scanned tables.
func streamedIDs(tables *csvio.Scanned) ([]string, error) {
	out := make([]string, 0, tables.Ties)
	err := tables.EachID(func(id string) error {
		out = append(out, strings.Clone(id))
		return nil
	})
	return out, err
}

// Retractions refuses, as a Conflict, an import of case files that would retract every
// claim of a list of a case the database holds, or more than a tenth of its claims and
// more than 5: a file cut short, or missing its `ties:` list, reads as a valid case. CSV
// tables are left to CheckTables, where a table given with its header alone removes
// its claims on purpose.
func (in *Input) Retractions(ctx context.Context, db alliances.Holdings, old map[string]*Head) error {
	for _, rec := range in.Records {
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
				parts = append(parts, alliances.Count(n, l.entity))
			}
			if n > 0 && n == len(had) {
				whole = append(whole, l.name)
			}
		}
		if len(whole) == 0 && (total <= 5 || total*10 <= held) {
			continue
		}
		why := fmt.Sprintf("more than a tenth of the %s it holds", alliances.Count(held, "claim"))
		if len(whole) > 0 {
			why = "all its " + strings.Join(whole, " and all its ")
		}
		return alliances.Errorf(alliances.Conflict, in.files[rec.Case][0],
			"importing would retract %s of case %s (%s): %s; nothing imported. Is the file complete? If these claims are to go, import again with --allow-retract",
			alliances.Count(total, "claim"), rec.Case, strings.Join(parts, ", "), why)
	}
	return nil
}

// CheckTables prepares the CSV tables of the input, if any, imported into a case the
// store already holds (old, from Heads). The tables replace the
// case, so a table left out would retract everything of its kind: that is refused
// unless the table is given (an empty one, header only, removes its claims on purpose).
// Without a title the case keeps its title and description, which CSV tables do not
// carry, so that re-importing exported tables changes nothing.
func (in *Input) CheckTables(ctx context.Context, db alliances.Holdings, title string, old map[string]*Head) error {
	rec := in.tables
	if rec == nil || old[rec.Case] == nil {
		return nil
	}
	held, err := db.ClaimCounts(ctx, rec.Case)
	if err != nil {
		return err
	}
	for _, l := range lists {
		if held[l.entity] > 0 && !slices.Contains(in.lists, l.name) {
			return alliances.Errorf(alliances.Invalid, "", "case %s holds %s and no %s table is given: importing would retract them all; give %s.csv (a header alone removes them)",
				rec.Case, alliances.Count(held[l.entity], l.entity), l.name, l.name)
		}
	}
	if title == "" {
		rec.Title, rec.Description = old[rec.Case].Title, old[rec.Case].Description
	}
	return nil
}

// Reused finds the ids of the input that other cases of the store hold, which the
// store would refuse without saying where they are written. Cases of the input are left
// to the store. Only the ids are looked up, through the store's index. The first
// max are placed in their files, the others only counted (unplaced): placing one
// in a case file reads the file again, and a case imported under a new id clashes on
// every claim.
func (in *Input) Reused(ctx context.Context, db alliances.Holdings, max int) (diags alliances.Diagnostics, unplaced int, err error) {
	var cases []string
	for _, rec := range in.Records {
		cases = append(cases, rec.Case)
	}
	for _, rec := range in.Records {
		for _, l := range lists {
			given := ids(rec, l.name)
			if l.name == "ties" && in.scanned != nil && rec == in.tables {
				// The ids are read again from the tables, unless no other case
				// holds a tie to ask about.
				if others, err := db.HoldsElsewhere(ctx, l.entity, cases); err != nil || !others {
					if err != nil {
						return nil, 0, err
					}
					continue
				}
				if given, err = streamedIDs(in.scanned); err != nil {
					return nil, 0, err
				}
			}
			held, err := db.HeldElsewhere(ctx, l.entity, given, cases)
			if err != nil {
				return nil, 0, err
			}
			if len(held) == 0 {
				continue
			}
			var rows *idLines
			if rec == in.tables {
				if rows, err = in.rows(l.name); err != nil {
					return nil, 0, err
				}
			}
			for i, id := range given {
				other, ok := held[id]
				switch {
				case !ok:
				case len(diags) == max:
					unplaced++
				default:
					diags = append(diags, in.place(rec.Case, l.name, i, id, rows, fmt.Sprintf(
						"%s id %q is already recorded by case %s (ids are unique across the cases of a database), expected another id, or the claim edited in case %s",
						l.entity, id, other, other)))
				}
			}
		}
	}
	diags.Sort()
	return diags, unplaced, nil
}

// rows returns the CSV table of a list (found by its file name), read again unless it
// is no regular file, and the line of the first row whose first column holds each id.
func (in *Input) rows(list string) (*idLines, error) {
	for _, name := range in.csv {
		if !strings.EqualFold(filepath.Base(name), list+".csv") {
			continue
		}
		data, kept := in.pipes[name]
		if !kept {
			var err error
			if data, err = readFile(name, nil); err != nil {
				return nil, err
			}
		}
		lines := map[string]int{}
		for n, row := range strings.Split(string(data), "\n") {
			first, _, _ := strings.Cut(row, ",")
			if id := strings.Trim(first, "\" \ufeff"); lines[id] == 0 {
				lines[id] = n + 1
			}
		}
		return &idLines{file: name, line: lines}, nil
	}
	return nil, nil
}

// idLines is where the rows of a CSV table are, by the id in their first column.
type idLines struct {
	file string
	line map[string]int
}

// place makes a diagnostic about the id of claim i of a list of a case: at its line and
// column in a case file, or at its row of a CSV table (rows, found by its id in the
// first column), or at the file alone.
func (in *Input) place(caseID, list string, i int, id string, rows *idLines, msg string) alliances.Diagnostic {
	name := in.files[caseID][0]
	d := alliances.Diagnostic{File: name, Line: 1, Column: 1, Msg: msg}
	if data, ok := in.data[name]; ok {
		if line, col := casefile.Position(data, alliances.Path(list, i, "id")); line > 0 {
			d.Line, d.Column = line, col
		}
		return d
	}
	if rows != nil {
		d.File = rows.file
		if line := rows.line[id]; line > 0 {
			d.Line = line
		}
	}
	return d
}
