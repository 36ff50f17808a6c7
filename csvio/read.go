package csvio

import (
	"fmt"
	"strings"

	"github.com/alliances-project/alliances"
)

// File is one CSV table to read: its name, used in diagnostics, its content and the
// encoding of its content. With no Encoding, the content is UTF-8, or UTF-16 when it
// begins with a byte order mark; Encoding may name another, one of Encodings.
type File struct {
	Name     string
	Data     []byte
	Encoding string
}

// Read reads CSV tables into one record of case caseID titled title (title defaults to
// caseID). Each table is recognised by its header row, not by the file name; the tables
// may come in any order and any of them may be missing (a tie still needs a citation
// row, so ties without a citations table are reported by alliances.Validate).
//
// It returns the record, normalised, and every problem found: each at the file, line
// and column (the 1-based byte column within the line of the file's text in UTF-8, not
// counting a byte order mark) of the cell it is about, alliances.Validate's problems
// included. Problems that leave a whole file out or may cause others (an encoding, a
// separator, a header that fits no table) come first, then the others, each group
// sorted. Problems with caseID or title themselves have an empty File. The record is
// never nil.
func Read(caseID, title string, files []File) (*alliances.Record, alliances.Diagnostics) {
	if title == "" {
		title = caseID
	}
	d := &reader{pos: map[string]place{}, failed: map[string]bool{}, claimIDs: map[string]string{}}
	tables := d.tables(files)
	rec := &alliances.Record{Case: caseID, Title: title}
	d.fill(rec, tables)
	d.validate(rec)
	d.checkOrphans(rec.Sources)
	d.diags.Sort()
	d.roots.Sort()
	rec.Normalize()
	return rec, append(d.roots, d.diags...)
}

// reader gathers the problems of the files being read and the places of the fields of
// the record it builds, by field path, to place alliances.Validate's problems.
type reader struct {
	pos       map[string]place
	failed    map[string]bool // fields (and their parts) the reader already reported
	diags     alliances.Diagnostics
	roots     alliances.Diagnostics // problems that explain others: an encoding, a separator, a header
	claimIDs  map[string]string     // path of each tie and event -> its id
	claimsBad bool                  // a table of claims lacks its id column: unknown claims go unreported
	orphans   []orphan              // citations whose claim is unknown, checked on their own
}

func (d *reader) errorAt(p place, format string, args ...any) {
	d.diags = append(d.diags, alliances.Diagnostic{File: p.file, Line: p.line, Column: p.col, Msg: fmt.Sprintf(format, args...)})
}

// rootAt reports a problem that may cause others, such as a file's encoding or its
// separator: Read lists these first.
func (d *reader) rootAt(p place, format string, args ...any) {
	d.roots = append(d.roots, alliances.Diagnostic{File: p.file, Line: p.line, Column: p.col, Msg: fmt.Sprintf(format, args...)})
}

func (d *reader) warnAt(p place, format string, args ...any) {
	d.diags = append(d.diags, alliances.Diagnostic{File: p.file, Line: p.line, Column: p.col, Msg: fmt.Sprintf(format, args...), Warning: true})
}

// tables parses every file and sorts the recognised tables by schema. A file whose
// header fits no table, or that repeats a table, is reported and left out.
func (d *reader) tables(files []File) map[*schema]*table {
	out := map[*schema]*table{}
	for _, f := range files {
		t := d.parse(f)
		if t == nil {
			continue
		}
		if len(t.rows) == 0 {
			d.rootAt(place{f.Name, 1, 1}, "empty file, expected a header row, one of: %s", expectedHeaders())
			continue
		}
		head := t.rows[0]
		if d.separatedHeader(t, head) {
			continue
		}
		names := make([]string, len(head.fields))
		for i, h := range head.fields {
			names[i] = normalName(h)
		}
		t.schema = recognise(names)
		switch prev := out[t.schema]; {
		case t.schema == nil:
			d.rootAt(head.at[0], "header %q fits no table, expected one of: %s", strings.Join(head.fields, ","), expectedHeaders())
			continue
		case prev != nil:
			d.errorAt(head.at[0], "second %s table (the first is %s), expected each table once", t.schema.list, prev.file)
			continue
		}
		d.columns(t, head)
		d.checkWidth(t)
		out[t.schema] = t
	}
	return out
}

// separatedHeader reports a header of one field that holds another separator than
// the comma, as spreadsheets set to some languages write: the file is left out, rather
// than reported row by row.
func (d *reader) separatedHeader(t *table, head row) bool {
	if len(head.fields) != 1 {
		return false
	}
	sep, i := separatedBy(head.fields[0])
	if i < 0 {
		return false
	}
	d.rootAt(t.inner(head.at[0], i), "fields separated by %q, expected commas (\",\"): in a spreadsheet, save as "+
		`"CSV UTF-8 (comma delimited)" or set the list separator to a comma`, string(sep))
	return true
}

// checkWidth reports rows with another number of fields than the header, unless they
// are broken already. Missing fields read as empty; extra fields that are all blank are
// ignored. Rows of one field holding another separator than the comma are reported
// together, once.
func (d *reader) checkWidth(t *table) {
	n := len(t.rows[0].fields)
	t.rows = t.rows[1:]
	var separated []*row
	for i := range t.rows {
		r := &t.rows[i]
		switch {
		case r.broken:
		case len(r.fields) == 1 && n > 1 && strings.ContainsAny(r.fields[0], separators):
			separated = append(separated, r)
			r.broken = true
		case len(r.fields) < n:
			at := place{t.file, r.line, 1}
			if last := len(r.fields) - 1; last >= 0 {
				at = t.end(r.at[last], r.fields[last])
			}
			d.errorAt(at, "row has %d fields, expected %d as the header has", len(r.fields), n)
			r.broken = true
		case len(r.fields) > n && !blank(r.fields[n:]):
			d.errorAt(r.at[n], "row has %d fields, expected %d as the header has", len(r.fields), n)
		}
		for _, u := range t.unnamed {
			if u < len(r.fields) && strings.TrimSpace(r.fields[u]) != "" {
				d.errorAt(r.at[u], "value %q in a column without a name, expected a name in the header for it", r.fields[u])
			}
		}
	}
	if len(separated) > 0 {
		r := separated[0]
		sep, i := separatedBy(r.fields[0])
		what := "row has"
		if len(separated) > 1 {
			what = fmt.Sprintf("%d rows have", len(separated))
		}
		d.rootAt(t.inner(r.at[0], i), "%s fields separated by %q, expected commas (\",\") as in the header", what, string(sep))
	}
}

// fill builds the record from the tables: citations last, since they name the ties and
// events they belong to.
func (d *reader) fill(rec *alliances.Record, tables map[*schema]*table) {
	each := func(s *schema, f func(c cells)) {
		if t := tables[s]; t != nil {
			for i := range t.rows {
				f(d.cells(t, &t.rows[i], alliances.Path(s.list, i)))
			}
		}
	}
	each(sourcesTable, func(c cells) { rec.Sources = append(rec.Sources, c.source()) })
	each(actorsTable, func(c cells) { rec.Actors = append(rec.Actors, c.actor()) })
	each(tiesTable, func(c cells) { rec.Ties = append(rec.Ties, c.tie()) })
	each(eventsTable, func(c cells) { rec.Events = append(rec.Events, c.event()) })
	for _, s := range []*schema{tiesTable, eventsTable} {
		if t := tables[s]; t != nil && !t.has("id") {
			d.claimsBad = true
		}
	}
	if t := tables[citationsTable]; t != nil {
		d.citations(rec, t)
	}
}

// validate runs alliances.Validate and places each problem at the cell it is about,
// leaving out those about cells the reader already reported.
func (d *reader) validate(rec *alliances.Record) {
	for _, p := range alliances.Validate(rec) {
		path, msg := d.adapt(p)
		if msg == "" || d.suppressed(path) {
			continue
		}
		if p.Warning {
			d.warnAt(d.lookup(path), "%s", msg)
			continue
		}
		d.errorAt(d.lookup(path), "%s", msg)
	}
}

// suppressed reports whether path or one of its ancestors was reported by the reader.
func (d *reader) suppressed(path string) bool {
	for path != "" {
		if d.failed[path] {
			return true
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return false
		}
		path = path[:i]
	}
	return false
}

// lookup finds the place of a path, or of its nearest placed ancestor; problems with
// the case itself (its id and title are no part of any file) are at line 1 of no file.
func (d *reader) lookup(path string) place {
	for path != "" {
		if p, ok := d.pos[path]; ok {
			return p
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return place{"", 1, 1}
}
