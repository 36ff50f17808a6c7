package csvio

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"sort"
	"strings"
)

// place is where something is in an input file: the line and the byte column, from 1.
type place struct {
	file      string
	line, col int
}

// row is one record of a CSV file: its fields and the line it starts on. Where each
// field starts is found only when a problem is reported on the row (see table.at): a
// large table keeps no place for each of its cells.
type row struct {
	fields []string
	at     []place // where each field starts, once asked for
	line   int
	broken bool // bad quoting or another number of fields than the header, reported already
}

// table is one CSV file recognised as one of the five tables. Its rows are read one at
// a time (see next); what stays of each is its line, to place problems found later.
type table struct {
	file   string
	raw    []byte // the file's text in UTF-8, without byte order marks
	lines  []int  // offsets in raw of the start of each line
	schema *schema
	index  map[string]int // column name -> field index
	// columns and fields hold index as two lists, in the schema's order (-1 for a column
	// the header lacks): a row's cells are looked up by name millions of times, and a
	// scan of a dozen names, most of another length, is faster than a map.
	columns  []string
	fields   []int
	unnamed  []int        // indexes of columns with an empty name
	missing  []string     // required columns the header lacks
	cr       *csv.Reader  // reads the rows after the header
	width    int          // the number of fields of the header
	rowLines []int32      // the line of each row read, by index
	broken   map[int]bool // the indexes of broken rows
	salvaged map[int]int  // line -> end offset in raw of a row salvaged from a syntax error
	sepRows  int          // rows of one field holding another separator than the comma
	sepFirst row          // the first of them
	// What Scanned.Each needs to read the rows again from the file, when raw is the
	// file's own bytes: how to open it, the bytes before raw (byte order marks), and
	// raw's length and checksum, to tell a file changed since.
	open func() (io.ReadCloser, error)
	skip int
	size int
	sum  uint32
}

// parse opens a CSV file for reading its rows with their places (see next). It
// returns nil, having reported why, for a file that is no text in a known encoding.
func (d *reader) parse(f File) *table {
	raw, err := text(f)
	if err != nil {
		d.rootAt(place{f.Name, 1, 1}, "%v", err)
		return nil
	}
	t := &table{file: f.Name, raw: raw, lines: lineStarts(raw), broken: map[int]bool{}, salvaged: map[int]int{}}
	if n := len(f.Data) - len(raw); f.Open != nil && len(raw) > 0 && &raw[len(raw)-1] == &f.Data[len(f.Data)-1] {
		t.open, t.skip = f.Open, n // raw is the file's text as it is, less what starts it
	}
	if !d.checkText(t) {
		return nil
	}
	t.cr = csv.NewReader(bytes.NewReader(raw))
	t.cr.FieldsPerRecord = -1
	return t
}

// next reads the next row of a table, reporting syntax errors and skipping blank rows;
// false at the end of the file. The first row it returns is the header.
func (d *reader) next(t *table) (row, bool) {
	for {
		fields, err := t.cr.Read()
		if err == io.EOF {
			return row{}, false
		}
		if err != nil {
			if r, ok := d.syntaxError(t, err); ok {
				return r, true
			}
			continue
		}
		if blank(fields) {
			continue
		}
		line, _ := t.cr.FieldPos(0)
		r := row{fields: fields, line: line}
		d.carriageReturns(t, &r)
		return r, true
	}
}

// drain reads the rest of a table left out, for the syntax errors of its rows.
func (d *reader) drain(t *table) {
	for {
		if _, ok := d.next(t); !ok {
			return
		}
	}
}

// at returns the place of field i of a row, or the row's place when it has no such
// field. The places of a row's fields are found by reading its text again, the first
// time one is asked for.
func (t *table) at(r *row, i int) place {
	if r.at == nil {
		r.at = t.positions(r.line)
	}
	if i < 0 || i >= len(r.at) {
		return place{t.file, r.line, 1}
	}
	return r.at[i]
}

// reread reads again the row that starts on a line, with the places of its fields.
func (t *table) reread(line int) row {
	r := row{line: line}
	r.fields, r.at = t.fieldsAt(line)
	return r
}

// positions returns the place of each field of the row that starts on a line.
func (t *table) positions(line int) []place {
	_, at := t.fieldsAt(line)
	if at == nil {
		at = []place{}
	}
	return at
}

// fieldsAt reads the row that starts on a line as next read it: a row salvaged from a
// syntax error with lax quoting, to the end of its text.
func (t *table) fieldsAt(line int) ([]string, []place) {
	if line < 1 || line > len(t.lines) {
		return nil, nil
	}
	start, end, lazy := t.lines[line-1], len(t.raw), false
	if e, ok := t.salvaged[line]; ok {
		end, lazy = e, true
	}
	cr := csv.NewReader(bytes.NewReader(t.raw[start:end]))
	cr.FieldsPerRecord, cr.LazyQuotes = -1, lazy
	fields, err := cr.Read()
	if err != nil {
		return nil, nil
	}
	at := make([]place, len(fields))
	for i := range fields {
		l, c := cr.FieldPos(i)
		at[i] = place{t.file, l + line - 1, c}
	}
	return fields, at
}

// syntaxError reports a CSV syntax error at the place the CSV reader gives, and
// salvages the row as best it can, read with lax quoting, so that its id is known and
// rows naming it bring no more errors. The salvaged row is marked broken.
func (d *reader) syntaxError(t *table, err error) (row, bool) {
	pe, ok := errors.AsType[*csv.ParseError](err)
	if !ok {
		d.errorAt(place{t.file, 1, 1}, "cannot read CSV: %v", err)
		return row{}, false
	}
	d.errorAt(place{t.file, max(pe.Line, 1), max(pe.Column, 1)},
		`%v, expected a field without quotes or a field wholly in double quotes, with each " inside written ""`, pe.Err)
	start, end := t.offset(place{line: pe.StartLine, col: 1}), t.offset(place{line: pe.Line + 1, col: 1})
	if start < 0 {
		return row{}, false
	}
	if end < start {
		end = len(t.raw)
	}
	t.salvaged[pe.StartLine] = end
	r := t.reread(pe.StartLine)
	if r.fields == nil || blank(r.fields) {
		delete(t.salvaged, pe.StartLine)
		return row{}, false
	}
	r.line, r.broken = r.at[0].line, true
	return r, true
}

// carriageReturns reports fields holding a carriage return that ends no line: CSV
// cannot write such a field back as it was.
func (d *reader) carriageReturns(t *table, r *row) {
	for i, f := range r.fields {
		if j := strings.IndexByte(f, '\r'); j >= 0 {
			d.errorAt(t.inner(t.at(r, i), j), `carriage return (\r) inside a field, expected lines ending in \n or \r\n`)
		}
	}
}

// blank reports whether every field of a row is empty or white space, as in the
// ",,,," rows spreadsheets leave.
func blank(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// lineStarts returns the offset of the start of each line of raw, as the CSV reader
// counts lines (ended by \n).
func lineStarts(raw []byte) []int {
	starts := make([]int, 1, bytes.Count(raw, []byte{'\n'})+1)
	for i := 0; ; {
		j := bytes.IndexByte(raw[i:], '\n')
		if j < 0 {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}

// offset returns the offset in raw of a place, or -1 when it is outside raw.
func (t *table) offset(p place) int {
	if p.line < 1 || p.line > len(t.lines) {
		return -1
	}
	o := t.lines[p.line-1] + p.col - 1
	if o < 0 || o > len(t.raw) {
		return -1
	}
	return o
}

// placeOf returns the place of an offset in raw.
func (t *table) placeOf(o int) place {
	line := sort.Search(len(t.lines), func(i int) bool { return t.lines[i] > o })
	return place{t.file, line, o - t.lines[line-1] + 1}
}

// inner returns the place of the byte at offset off in the value of the field that
// starts at p, following the quoting of the field in the file: the opening quote,
// doubled quotes and \r\n line ends, which the CSV reader turns into \n.
func (t *table) inner(p place, off int) place {
	o := t.offset(p)
	if o < 0 {
		return p
	}
	quoted := o < len(t.raw) && t.raw[o] == '"'
	if quoted {
		o++
	}
	for ; off > 0 && o < len(t.raw); off-- {
		switch {
		case quoted && t.raw[o] == '"', quoted && t.raw[o] == '\r' && o+1 < len(t.raw) && t.raw[o+1] == '\n':
			o += 2
		default:
			o++
		}
	}
	return t.placeOf(min(o, len(t.raw)))
}

// end returns the place just after the field that starts at p and holds value.
func (t *table) end(p place, value string) place {
	q := t.inner(p, len(value))
	if o := t.offset(p); o >= 0 && o < len(t.raw) && t.raw[o] == '"' {
		q.col++
	}
	return q
}
