package datasets

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// MaxProblems is the number of bad rows an import lists before it counts the rest.
const MaxProblems = 100

// table reads a data set's CSV file a row at a time, with each cell's line and column
// for what it reports.
type table struct {
	name    string
	r       *csv.Reader
	col     map[string]int
	header  []string
	row     []string
	where   map[string][]string // column -> the values a row must hold one of
	diags   alliances.Diagnostics
	omitted int
	rows    int // data rows read that the where filters kept
	total   int // data rows read
}

// openTable reads the header of a data set's file and checks that it has the columns
// the importer needs (what the data set's codebook calls them) and those where names.
func openTable(name string, r io.Reader, dataset string, need []string, where map[string][]string) (*table, error) {
	return openTableSep(name, r, dataset, ',', need, where)
}

// openTableSep is openTable for a file whose cells another character separates.
func openTableSep(name string, r io.Reader, dataset string, sep rune, need []string, where map[string][]string) (*table, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	t := &table{name: name, r: csv.NewReader(br), col: map[string]int{}, where: where}
	t.r.ReuseRecord = true
	t.r.Comma = sep
	if sep == '\t' {
		t.r.LazyQuotes = true // tab-separated data quote nothing: a quotation mark is text
	}
	header, err := t.r.Read()
	if err == io.EOF {
		return nil, alliances.Errorf(alliances.Invalid, "", "%s:1:1: empty file, expected %s's header (%s, ...)", name, dataset, strings.Join(need[:min(3, len(need))], ", "))
	}
	if err != nil {
		return nil, t.syntax(err)
	}
	t.header = slices.Clone(header)
	for i, h := range t.header {
		t.col[strings.TrimSpace(h)] = i
	}
	var missing []string
	for _, c := range need {
		if _, ok := t.col[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return nil, alliances.Errorf(alliances.Invalid, "", "%s:1:1: the header lacks %s, expected %s's columns (is this %s's file? found %s)",
			name, strings.Join(missing, ", "), dataset, dataset, strings.Join(t.header[:min(6, len(t.header))], ", "))
	}
	for _, c := range slices.Sorted(maps.Keys(where)) {
		if _, ok := t.col[c]; !ok {
			return nil, alliances.Errorf(alliances.Invalid, "", "--where %s=...: %s has no column %s, expected one of %s", c, name, c, strings.Join(t.header, ", "))
		}
	}
	return t, nil
}

// next reads the next row that the where filters keep; false at the end or on a
// syntax error, which err then returns.
func (t *table) next() (bool, error) {
	for {
		row, err := t.r.Read()
		if err == io.EOF {
			return false, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount) {
				line, _ := t.r.FieldPos(0)
				t.problem(line, 1, "%d cells where the header has %d, expected one cell a column", len(row), len(t.header))
				continue
			}
			return false, t.syntax(err)
		}
		t.row = row
		t.total++
		for i, cell := range row {
			if !utf8.ValidString(cell) {
				line, col := t.r.FieldPos(i)
				t.problem(line, col, "column %s is not UTF-8 text, expected the data set's file as published (UTF-8); convert it first (iconv -f CP1252 -t UTF-8, or from its real encoding)", t.header[i])
				return t.next()
			}
		}
		if t.keep() {
			t.rows++
			return true, nil
		}
	}
}

func (t *table) keep() bool {
	for c, values := range t.where {
		if !slices.Contains(values, strings.TrimSpace(t.row[t.col[c]])) {
			return false
		}
	}
	return true
}

// get returns a cell of the current row, trimmed.
func (t *table) get(column string) string {
	if i, ok := t.col[column]; ok && i < len(t.row) {
		return strings.TrimSpace(t.row[i])
	}
	return ""
}

// line returns the line the current row starts on.
func (t *table) line() int {
	line, _ := t.r.FieldPos(0)
	return line
}

// bad reports a cell of the current row that the importer cannot read.
func (t *table) bad(column, format string, args ...any) {
	i := t.col[column]
	line, col := t.r.FieldPos(i)
	t.problem(line, col, "column %s: %s", column, fmt.Sprintf(format, args...))
}

func (t *table) problem(line, col int, format string, args ...any) {
	if len(t.diags) >= MaxProblems {
		t.omitted++
		return
	}
	t.diags = append(t.diags, alliances.Diagnostic{File: t.name, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)})
}

func (t *table) syntax(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return alliances.Errorf(alliances.Invalid, "", "%s:%d:%d: %v, expected CSV as the data set publishes it", t.name, pe.Line, pe.Column, pe.Err)
	}
	return alliances.Errorf(alliances.Unavailable, "", "reading %s: %v", t.name, err)
}

// Problems is the bad rows of an import, as an error: the first MaxProblems, then how
// many more.
type Problems struct {
	Diags   alliances.Diagnostics
	Omitted int
}

func (p *Problems) Error() string {
	s := p.Diags.Error()
	if p.Omitted > 0 {
		s += fmt.Sprintf("\n... and %s more", alliances.Count(p.Omitted, "problem"))
	}
	return s
}

// err returns the problems found, or nil.
func (t *table) err() error {
	if len(t.diags) == 0 {
		return nil
	}
	return &Problems{t.diags, t.omitted}
}
