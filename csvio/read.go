package csvio

import (
	"fmt"
	"io"
	"slices"
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
	// Open, when set, opens the file again: Scanned.Each then reads the rows of a table
	// in UTF-8 from the file rather than from Data, which Scan does not keep.
	Open func() (io.ReadCloser, error)
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
	d, diags := scan(caseID, title, files, true)
	d.rec.Normalize()
	return d.rec, diags
}

// scan reads the tables, checks them and places every problem (see Read). With keep,
// the record it fills holds the ties; without, only what is needed to read them again
// (see Scan).
func scan(caseID, title string, files []File, keep bool) (*reader, alliances.Diagnostics) {
	if title == "" {
		title = caseID
	}
	d := &reader{failed: map[string]bool{}, keep: keep}
	d.tables = d.read(files)
	d.rec = &alliances.Record{Case: caseID, Title: title}
	d.fill(d.rec)
	d.validate(d.check.Done())
	d.diags.Sort()
	d.roots.Sort()
	return d, append(d.roots, d.diags...)
}

// reader gathers the problems of the files being read. It places alliances.Validate's
// problems by their field paths: the path names a row of a table (see resolve), whose
// text is read again to find the cell.
type reader struct {
	tables    map[*schema]*table
	rec       *alliances.Record
	keep      bool               // the record keeps the ties read
	check     *alliances.Checker // checks the claims as they are read
	failed    map[string]bool    // fields (and their parts) the reader reported, besides broken rows and missing columns
	diags     alliances.Diagnostics
	roots     alliances.Diagnostics // problems that explain others: an encoding, a separator, a header
	claimsBad bool                  // a table of claims lacks its id column: unknown claims go unreported
	ids       []string              // the ids of the ties and events, for suggestions, once needed
	cites     [2][]int32            // the number of citations of each tie and each event
	cited     []citeRef             // the claim each row of citations.csv belongs to, by row
	citeRows  map[citeRef]int       // citeRef -> row of citations.csv, made when first needed
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

// read opens every file, reads its header and sorts the recognised tables by schema,
// their rows still to read (see fill). A file whose header fits no table is reported
// once and left out: its rows, of no known table (a JSON file named .csv, a report), are
// not read. A file that repeats a table is left out too, its rows read for their syntax
// errors.
func (d *reader) read(files []File) map[*schema]*table {
	out := map[*schema]*table{}
	for _, f := range files {
		t := d.parse(f)
		if t == nil {
			continue
		}
		head, ok := d.next(t)
		if !ok {
			d.rootAt(place{f.Name, 1, 1}, "empty file, expected a header row, one of: %s", expectedHeaders())
			continue
		}
		if !d.header(t, &head, out) {
			if t.schema != nil {
				d.drain(t)
			}
			continue
		}
		out[t.schema] = t
	}
	return out
}

// header recognises the table of a header row and maps its columns; false when the
// file is to be left out.
func (d *reader) header(t *table, head *row, known map[*schema]*table) bool {
	if d.separatedHeader(t, head) {
		return false
	}
	names := make([]string, len(head.fields))
	for i, h := range head.fields {
		names[i] = normalName(h)
	}
	t.schema = recognise(names)
	switch prev := known[t.schema]; {
	case t.schema == nil:
		d.rootAt(t.at(head, 0), "header %q fits no table, expected one of: %s", strings.Join(head.fields, ","), expectedHeaders())
		return false
	case prev != nil:
		d.errorAt(t.at(head, 0), "second %s table (the first is %s), expected each table once", t.schema.list, prev.file)
		return false
	}
	d.columns(t, head)
	t.width = len(head.fields)
	return true
}

// separatedHeader reports a header of one field that holds another separator than
// the comma, as spreadsheets set to some languages write: the file is left out, rather
// than reported row by row.
func (d *reader) separatedHeader(t *table, head *row) bool {
	if len(head.fields) != 1 {
		return false
	}
	sep, i := separatedBy(head.fields[0])
	if i < 0 {
		return false
	}
	d.rootAt(t.inner(t.at(head, 0), i), "fields separated by %q, expected commas (\",\"): in a spreadsheet, save as "+
		`"CSV UTF-8 (comma delimited)" or set the list separator to a comma`, string(sep))
	return true
}

// checkWidth reports a row with another number of fields than the header, unless it
// is broken already. Missing fields read as empty; extra fields that are all blank are
// ignored. Rows of one field holding another separator than the comma are counted, to
// be reported together, once (see separatedRows).
func (d *reader) checkWidth(t *table, r *row) {
	n := t.width
	switch {
	case r.broken:
	case len(r.fields) == 1 && n > 1 && strings.ContainsAny(r.fields[0], separators):
		if t.sepRows == 0 {
			t.sepFirst = *r
		}
		t.sepRows++
		r.broken = true
	case len(r.fields) < n:
		at := place{t.file, r.line, 1}
		if last := len(r.fields) - 1; last >= 0 {
			at = t.end(t.at(r, last), r.fields[last])
		}
		d.errorAt(at, "row has %d fields, expected %d as the header has", len(r.fields), n)
		r.broken = true
	case len(r.fields) > n && !blank(r.fields[n:]):
		d.errorAt(t.at(r, n), "row has %d fields, expected %d as the header has", len(r.fields), n)
	}
	for _, u := range t.unnamed {
		if u < len(r.fields) && strings.TrimSpace(r.fields[u]) != "" {
			d.errorAt(t.at(r, u), "value %q in a column without a name, expected a name in the header for it", r.fields[u])
		}
	}
}

// separatedRows reports, once, the rows of a table that hold another separator than
// the comma.
func (d *reader) separatedRows(t *table) {
	if t.sepRows == 0 {
		return
	}
	r := &t.sepFirst
	sep, i := separatedBy(r.fields[0])
	what := "row has"
	if t.sepRows > 1 {
		what = fmt.Sprintf("%d rows have", t.sepRows)
	}
	d.rootAt(t.inner(t.at(r, 0), i), "%s fields separated by %q, expected commas (\",\") as in the header", what, string(sep))
}

// each reads the rows of a table, checks their width, keeps their lines and calls f
// with each and its index.
func (d *reader) each(t *table, f func(r *row, i int)) {
	for i := 0; ; i++ {
		r, ok := d.next(t)
		if !ok {
			break
		}
		d.checkWidth(t, &r)
		t.rowLines = append(t.rowLines, int32(r.line))
		if r.broken {
			t.broken[i] = true
		}
		f(&r, i)
	}
	d.separatedRows(t)
}

// fill builds the record from the tables, reading their rows and checking each claim
// as it is read: citations last, since they name the ties and events they belong to.
func (d *reader) fill(rec *alliances.Record) {
	each := func(s *schema, f func(c cells, i int)) {
		if t := d.tables[s]; t != nil {
			d.each(t, func(r *row, i int) { f(cells{d, t, r, entry{s.list, i, -1}}, i) })
		}
	}
	rec.Sources = make([]alliances.Source, 0, d.rowsAtMost(sourcesTable))
	rec.Actors = make([]alliances.Actor, 0, d.rowsAtMost(actorsTable))
	if d.keep {
		rec.Ties = make([]alliances.Tie, 0, d.rowsAtMost(tiesTable))
	}
	rec.Events = make([]alliances.Event, 0, d.rowsAtMost(eventsTable))
	each(sourcesTable, func(c cells, _ int) { rec.Sources = append(rec.Sources, c.source()) })
	each(actorsTable, func(c cells, _ int) { rec.Actors = append(rec.Actors, c.actor()) })
	rec.Sources, rec.Actors = orNil(rec.Sources), orNil(rec.Actors)
	d.check = alliances.NewChecker(rec.Case, rec.Title, rec.Sources, rec.Actors)
	if t := d.tables[tiesTable]; t != nil {
		d.ties(t, func(i int, t *alliances.Tie) {
			d.check.Tie(i, t)
			d.cites[0] = append(d.cites[0], 0)
			if d.keep {
				rec.Ties = append(rec.Ties, *t)
			}
		})
	}
	each(eventsTable, func(c cells, i int) {
		e := c.event()
		d.check.Event(i, &e)
		d.cites[1] = append(d.cites[1], 0)
		rec.Events = append(rec.Events, e)
	})
	rec.Ties, rec.Events = orNil(rec.Ties), orNil(rec.Events)
	for _, s := range []*schema{tiesTable, eventsTable} {
		if t := d.tables[s]; t != nil && !t.has("id") {
			d.claimsBad = true
		}
	}
	if t := d.tables[citationsTable]; t != nil {
		d.citations(rec, t)
	}
	d.ids = nil
	for k, list := range []string{"ties", "events"} {
		for i, n := range d.cites[k] {
			if n == 0 {
				d.check.Uncited(list, i)
			}
		}
	}
}

// tieBatch is how many ties ties hands from the goroutine that reads them to the one
// that checks them at a time.
const tieBatch = 512

// ties reads the rows of ties.csv on one goroutine and calls check with each tie read,
// in order, on another: reading and checking take about as long as each other, and a
// table of millions of ties is read in little more than the time of the longer. Only
// check touches d.check and what it fills; the reading goroutine, d's problems and
// the table.
func (d *reader) ties(t *table, check func(i int, t *alliances.Tie)) {
	full, free := make(chan []alliances.Tie, 4), make(chan []alliances.Tie, 6)
	for range cap(free) {
		free <- make([]alliances.Tie, 0, tieBatch)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		i := 0
		for b := range full {
			for k := range b {
				check(i, &b[k])
				i++
			}
			free <- b[:0]
		}
	}()
	b := <-free
	d.each(t, func(r *row, i int) {
		b = append(b, cells{d, t, r, entry{tiesTable.list, i, -1}}.tie())
		if len(b) == tieBatch {
			full <- b
			b = <-free
		}
	})
	full <- b
	close(full)
	<-done
}

// claim returns the tie or the event of an id, the first of a duplicated id.
func (d *reader) claim(id string) (claim, bool) {
	switch list, i, ok := d.check.Defined(id); {
	case ok && list == "ties":
		return claim{false, int32(i)}, true
	case ok && list == "events":
		return claim{true, int32(i)}, true
	}
	return claim{}, false
}

// claimID returns the id of tie (events false) or event i.
func (d *reader) claimID(events bool, i int) string {
	switch {
	case events && i < len(d.rec.Events):
		return d.rec.Events[i].ID
	case events:
		return ""
	case d.keep && i < len(d.rec.Ties):
		return d.rec.Ties[i].ID
	}
	if t := d.tables[tiesTable]; !d.keep && t != nil && i < len(t.rowLines) {
		r := t.reread(int(t.rowLines[i])) // the ties are not kept: read the id again
		return cells{d, t, &r, entry{}}.id("id")
	}
	return ""
}

// orNil returns nil for an empty list, as a record without such rows has.
func orNil[T any](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	return xs
}

// rowsAtMost returns the capacity to give a table's list, so that a large list is not
// copied as it grows: the table's lines less its header, but no more than one row for
// each 16 bytes, so that a file of blank lines does not make room for rows it does not
// hold (a list of shorter rows grows as it fills).
func (d *reader) rowsAtMost(s *schema) int {
	if t := d.tables[s]; t != nil {
		return max(min(len(t.lines)-1, len(t.raw)/16), 0)
	}
	return 0
}

// validate places each problem the checker found at the cell it is about, leaving
// out those about cells the reader already reported.
func (d *reader) validate(problems []alliances.Problem) {
	for _, p := range problems {
		path, msg := d.adapt(p)
		if msg == "" || d.suppressed(path) {
			continue
		}
		if p.Warning {
			d.warnAt(d.lookup(path), "%s", msg)
			continue
		}
		d.errorAt(d.lookup(path), "%s", msg)
		d.diags[len(d.diags)-1].Unknown = p.Unknown
	}
}

// suppressed reports whether the field at path, or one of its ancestors, was reported
// by the reader: a cell it could not read, a column the header lacks, a broken row.
func (d *reader) suppressed(path string) bool {
	for p := path; p != ""; {
		if d.failed[p] {
			return true
		}
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			break
		}
		p = p[:i]
	}
	t, i, rest, ok := d.resolve(path)
	col := column(rest)
	if !ok || col == "" {
		return false
	}
	return slices.Contains(t.missing, col) || t.broken[i] && slices.Contains(t.schema.columns, col)
}
