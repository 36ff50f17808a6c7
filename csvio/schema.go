package csvio

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// schema describes one of the five tables: its usual file name, the list of the record
// its rows fill (the first element of a field path), its columns in the order Tables
// writes them, and the columns a header must have.
type schema struct {
	file     string
	list     string
	columns  []string
	required []string
}

var (
	sourcesTable = &schema{
		file:     "sources.csv",
		list:     "sources",
		columns:  []string{"id", "title", "author", "publisher", "date", "url", "kind", "reliability", "note", "restricted"},
		required: []string{"id", "title", "kind", "reliability"},
	}
	actorsTable = &schema{
		file:     "actors.csv",
		list:     "actors",
		columns:  []string{"id", "name", "aliases", "kind", "country", "province", "tags", "external", "note", "merged_into", "merge_note"},
		required: []string{"id", "name", "kind"},
	}
	tiesTable = &schema{
		file: "ties.csv",
		list: "ties",
		columns: []string{"id", "subject", "object", "kind", "type", "sign", "directed", "forms", "third", "role",
			"valid", "intensity", "rank", "status", "basis", "note"},
		required: []string{"id", "subject", "object", "kind", "valid"},
	}
	citationsTable = &schema{
		file:     "citations.csv",
		list:     "citations",
		columns:  []string{"claim", "source", "locator", "credibility", "attributed_to", "stance", "note"},
		required: []string{"claim", "source", "credibility"},
	}
	eventsTable = &schema{
		file:     "events.csv",
		list:     "events",
		columns:  []string{"id", "title", "date", "type", "actors", "note"},
		required: []string{"id", "title", "date"},
	}
)

// schemas lists the tables in the order Read fills the record and Tables names them.
var schemas = []*schema{sourcesTable, actorsTable, tiesTable, citationsTable, eventsTable}

// TableNames lists the file names Tables and WriteDir use, one per table.
var TableNames = []string{"sources.csv", "actors.csv", "ties.csv", "citations.csv", "events.csv"}

// sourceOnly lists the columns of sources that events do not have: a header with a date
// and a title is an events header only when it has none of them.
var sourceOnly = []string{"author", "publisher", "url", "kind", "reliability"}

// recognise returns the table a header (with normalised names) belongs to, or nil. The
// key columns decide first; a header without them, one with a misspelt key column for
// instance, goes to the table sharing the most columns with it, when that table is
// unique and shares at least two.
func recognise(header []string) *schema {
	has := func(c string) bool { return slices.Contains(header, c) }
	switch {
	case has("subject"):
		return tiesTable
	case has("claim"):
		return citationsTable
	case has("name"):
		return actorsTable
	case has("reliability"):
		return sourcesTable
	case has("date") && has("title") && !slices.ContainsFunc(sourceOnly, has):
		return eventsTable
	}
	return closestSchema(header)
}

func closestSchema(header []string) *schema {
	var best *schema
	bestN, tie := 1, false
	for _, s := range schemas {
		n := 0
		for _, h := range header {
			if slices.Contains(s.columns, h) {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = s, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// expectedHeaders describes the header of every table, for messages about files that
// fit none.
func expectedHeaders() string {
	parts := make([]string, len(schemas))
	for i, s := range schemas {
		parts[i] = fmt.Sprintf("%s (%s)", s.file, strings.Join(s.columns, ","))
	}
	return strings.Join(parts, "; ")
}

// normalName is a header cell as Read compares it: trimmed and lowercase.
func normalName(h string) string { return strings.ToLower(strings.TrimSpace(h)) }

// columns maps the header of t to column indexes, reporting unknown, repeated and
// missing columns; the header's schema is already set.
func (d *reader) columns(t *table, head *row) {
	t.index = map[string]int{}
	suggested := map[string]bool{}
	for i, h := range head.fields {
		name := normalName(h)
		switch {
		case name == "":
			t.unnamed = append(t.unnamed, i)
		case !slices.Contains(t.schema.columns, name):
			best := alliances.Closest(name, t.schema.columns)
			suggested[best] = true
			d.errorAt(t.at(head, i), "unknown column %q in %s header%s", h, t.schema.list, suggest(best, t.schema.columns))
		default:
			if _, dup := t.index[name]; dup {
				d.errorAt(t.at(head, i), "column %q given twice in %s header, expected each column once", name, t.schema.list)
				continue
			}
			t.index[name] = i
		}
	}
	t.columns, t.fields = t.schema.columns, make([]int, len(t.schema.columns))
	for k, c := range t.columns {
		t.fields[k] = -1
		if i, ok := t.index[c]; ok {
			t.fields[k] = i
		}
	}
	for _, c := range t.schema.required {
		if _, ok := t.index[c]; !ok {
			t.missing = append(t.missing, c)
		}
	}
	d.reportMissing(t, head, suggested)
}

func (d *reader) reportMissing(t *table, head *row, suggested map[string]bool) {
	var unexplained []string
	for _, c := range t.missing {
		if !suggested[c] {
			unexplained = append(unexplained, c)
		}
	}
	if len(unexplained) == 0 {
		return
	}
	d.errorAt(place{t.file, head.line, 1}, "missing required column%s %s in %s header, expected at least %s",
		plural(len(unexplained)), strings.Join(unexplained, ", "), t.schema.list, strings.Join(t.schema.required, ","))
}

func suggest(best string, candidates []string) string {
	if best != "" {
		return fmt.Sprintf(", did you mean %q?", best)
	}
	return ", expected one of " + strings.Join(candidates, ", ")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Lists returns the lists of the record ("sources", "actors", "ties", "citations",
// "events") whose tables are among files, recognised by their header rows as Read
// recognises them. Files whose header cannot be read or fits no table are left out.
func Lists(files []File) []string {
	var out []string
	for _, f := range files {
		raw, err := text(f)
		if err != nil {
			continue
		}
		cr := csv.NewReader(bytes.NewReader(raw))
		cr.FieldsPerRecord = -1
		head, err := cr.Read()
		if err != nil {
			continue
		}
		names := make([]string, len(head))
		for i, h := range head {
			names[i] = normalName(h)
		}
		if s := recognise(names); s != nil && !slices.Contains(out, s.list) {
			out = append(out, s.list)
		}
	}
	return out
}
