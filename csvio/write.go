package csvio

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/internal/safefile"
)

// Tables renders a record as CSV tables: file name -> content, for each of TableNames,
// always all five, with their header rows even when empty. Fields are in the documented
// column order; citations follow the ties, then the events, each in the record's order.
//
// Reading the tables back with Read gives a record equal to r after r.Normalize()
// (less its description and recorded times, which the tables do not hold). Tables
// fails, with an *alliances.Error of kind Invalid naming each field, on values CSV
// tables cannot carry back: a list element (alias, tag, form, event actor) that is
// empty, holds ";" or begins or ends with white space; an external id scheme that is
// empty, holds ";" or "=" or white space at either end, or an id that is empty, holds
// ";" or white space at either end; and any field holding a carriage return, a NUL
// character or bytes that are not UTF-8.
//
// A cell that a spreadsheet would run as a formula, one beginning with =, +, - or @, a
// tab or a carriage return, is written behind a single quote, as is one beginning with
// single quotes before such a character; Read takes one such quote away. "+" and "-"
// alone (a tie's sign) are written as they are.
func Tables(r *alliances.Record) (map[string][]byte, error) {
	w := &writer{}
	cites := w.citationRows(r)
	out := map[string][]byte{
		sourcesTable.file:   w.table(sourcesTable, rows(r.Sources, w.sourceRow)),
		actorsTable.file:    w.table(actorsTable, rows(r.Actors, w.actorRow)),
		tiesTable.file:      w.table(tiesTable, rows(r.Ties, w.tieRow)),
		citationsTable.file: w.table(citationsTable, cites),
		eventsTable.file:    w.table(eventsTable, rows(r.Events, w.eventRow)),
	}
	if len(w.errs) > 0 {
		return nil, &alliances.Error{Kind: alliances.Invalid, Op: "csvio", Msg: "cannot write as CSV tables", Err: errors.Join(w.errs...)}
	}
	return out, nil
}

// WriteDir writes Tables(r) into dir, which must exist, replacing the five files all
// together or none: it writes every table to a temporary file first and renames them
// into place once all are written, and on a failure midway it puts back the tables it
// replaced. The files keep their permissions; new ones get 0666 less the umask. A
// table file that is not a regular file (a named pipe, a device) is written into, not
// replaced. WriteDir writes nothing when Tables fails.
func WriteDir(dir string, r *alliances.Record) error {
	tables, err := Tables(r)
	if err != nil {
		return err
	}
	var files []*safefile.File
	fail := func(name string, err error) error {
		for _, f := range files {
			f.Discard()
		}
		if pe, ok := errors.AsType[*fs.PathError](err); ok {
			err = pe.Err
		}
		return &alliances.Error{Kind: alliances.Invalid, Op: "csvio", Msg: "cannot write " + name, Err: err}
	}
	for _, name := range TableNames {
		path := filepath.Join(dir, name)
		f, err := safefile.Create(path)
		if err != nil {
			return fail(path, err)
		}
		files = append(files, f)
		if _, err := f.Write(tables[name]); err != nil {
			return fail(path, err)
		}
	}
	if err := safefile.CommitAll(files); err != nil {
		path := dir
		if pe, ok := errors.AsType[*fs.PathError](err); ok {
			path = pe.Path
		}
		return fail(path, err)
	}
	return nil
}

// writer renders rows and gathers the values it cannot write.
type writer struct{ errs []error }

func (w *writer) fail(path, format string, args ...any) {
	w.errs = append(w.errs, alliances.Errorf(alliances.Invalid, path, format, args...))
}

// line is one row to write and the field path of what it holds.
type line struct {
	path   string
	fields []string
}

// rows renders each element of a list of the record.
func rows[T any](xs []T, render func(path string, x *T) []string) func(list string) []line {
	return func(list string) []line {
		out := make([]line, len(xs))
		for i := range xs {
			p := alliances.Path(list, i)
			out[i] = line{p, render(p, &xs[i])}
		}
		return out
	}
}

// table writes a header and rows, formulas escaped (see escapeFormula), reporting
// fields that cannot read back: with a carriage return, a NUL or bytes not UTF-8.
func (w *writer) table(s *schema, render func(list string) []line) []byte {
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	records := [][]string{s.columns}
	for _, l := range render(s.list) {
		for i, f := range l.fields {
			switch path := alliances.Path(l.path, s.columns[i]); {
			case strings.ContainsRune(f, '\r'):
				w.fail(path, "a carriage return, which CSV tables cannot carry back")
			case strings.ContainsRune(f, 0):
				w.fail(path, "a NUL character, which CSV tables cannot carry back")
			case !utf8.ValidString(f):
				w.fail(path, "text that is not valid UTF-8, which CSV tables cannot carry back")
			}
			l.fields[i] = escapeFormula(f)
		}
		records = append(records, l.fields)
	}
	if err := cw.WriteAll(records); err != nil {
		w.errs = append(w.errs, err)
	}
	return b.Bytes()
}

func (w *writer) sourceRow(_ string, s *alliances.Source) []string {
	date := ""
	if s.Date != nil {
		date = s.Date.String()
	}
	restricted := ""
	if s.Restricted {
		restricted = "true"
	}
	return []string{s.ID, s.Title, s.Author, s.Publisher, date, s.URL, s.Kind, s.Reliability, s.Note, restricted}
}

func (w *writer) actorRow(path string, a *alliances.Actor) []string {
	return []string{a.ID, a.Name, w.join(alliances.Path(path, "aliases"), a.Aliases), a.Kind, a.Country,
		a.Province, w.join(alliances.Path(path, "tags"), a.Tags), w.external(alliances.Path(path, "external"), a.External), a.Note,
		a.MergedInto, a.MergeNote}
}

func (w *writer) tieRow(path string, t *alliances.Tie) []string {
	sign, directed := "", ""
	if t.Kind.Valid() {
		sign, directed = alliances.SignOf(t.Kind, t.Type).String(), strconv.FormatBool(t.Kind.Directed())
	}
	forms := make([]string, len(t.Forms))
	for i, f := range t.Forms {
		forms[i] = string(f)
	}
	return []string{t.ID, t.Subject, t.Object, string(t.Kind), string(t.Type), sign, directed, w.join(alliances.Path(path, "forms"), forms),
		t.Third, string(t.Role), t.Valid.String(), optional(t.Intensity), optional(t.Rank), string(t.Status), string(t.Basis), t.Note}
}

func (w *writer) eventRow(path string, e *alliances.Event) []string {
	return []string{e.ID, e.Title, e.Date.String(), e.Type, w.join(alliances.Path(path, "actors"), e.Actors), e.Note}
}

// citationRows renders the citations of the ties, then of the events.
func (w *writer) citationRows(r *alliances.Record) func(string) []line {
	return func(string) []line {
		var out []line
		add := func(path, claim string, cs []alliances.Citation) {
			for j, c := range cs {
				out = append(out, line{alliances.Path(path, "citations", j), []string{claim, c.Source, c.Locator,
					strconv.Itoa(int(c.Credibility)), c.AttributedTo, string(c.Stance), c.Note}})
			}
		}
		for i, t := range r.Ties {
			add(alliances.Path("ties", i), t.ID, t.Citations)
		}
		for i, e := range r.Events {
			add(alliances.Path("events", i), e.ID, e.Citations)
		}
		return out
	}
}

// optional writes a number that is 0 when unknown.
func optional(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// join writes a list as elements separated by ";", which Read splits and trims.
func (w *writer) join(path string, xs []string) string {
	for k, x := range xs {
		if msg := unwritable(x, ";"); msg != "" {
			w.fail(alliances.Path(path, k), "element %q %s", x, msg)
		}
	}
	return strings.Join(xs, ";")
}

// external writes external ids as scheme=id elements, sorted by scheme.
func (w *writer) external(path string, m map[string]string) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if msg := unwritable(k, ";="); msg != "" {
			w.fail(alliances.Path(path, k), "scheme %q %s", k, msg)
		}
		if msg := unwritable(m[k], ";"); msg != "" {
			w.fail(alliances.Path(path, k), "id %q %s", m[k], msg)
		}
		parts = append(parts, k+"="+m[k])
	}
	return strings.Join(parts, ";")
}

// unwritable says why an element of a list cell would not read back as it is, or "".
func unwritable(x, separators string) string {
	switch {
	case x == "":
		return "is empty, which a CSV list cannot hold"
	case strings.ContainsAny(x, separators):
		i := strings.IndexAny(x, separators)
		return "holds " + strconv.Quote(x[i:i+1]) + ", which CSV tables use as a separator"
	case strings.TrimSpace(x) != x:
		return "begins or ends with white space, which reading a CSV list trims"
	}
	return ""
}
