package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/csvio"
)

// input is what check and import read: case files, each a record, and CSV tables, which
// together make one record.
type input struct {
	records []*alliances.Record
	files   map[string][]string // case id -> the files that hold it
	tables  *alliances.Record   // the record the CSV tables make, also in records
	lists   []string            // the lists the CSV tables give (csvio.Lists)
	data    map[string][]byte   // case file name -> its text, to place what the store refuses
	csv     []string            // the names of the CSV tables, whose text is not kept once read...
	pipes   map[string][]byte   // ...but for tables that are no regular files, which cannot be read again
	diags   alliances.Diagnostics
	omitted int // problems the readers counted but did not keep (casefile.MaxDiagnostics)
}

// readInputs reads every file, case files by themselves and CSV tables together as case
// caseID (in the text encoding named, "" for UTF-8), and gathers every problem: each
// case file's in order of place, then the tables', whose root causes (an encoding, a
// separator, a header) come first. "-" reads a case file from standard input.
func (m *Main) readInputs(files []string, caseID, title, encoding string) (*input, error) {
	if encoding != "" && !slices.Contains(csvio.Encodings, encoding) {
		return nil, usageError("--encoding %q, expected one of %s (UTF-8 and UTF-16 with a byte order mark need none)", encoding, strings.Join(csvio.Encodings, ", "))
	}
	in := &input{files: map[string][]string{}, data: map[string][]byte{}, pipes: map[string][]byte{}}
	var tables []csvio.File
	for _, name := range files {
		data, err := m.readFile(name)
		if err != nil {
			return nil, err
		}
		if strings.EqualFold(filepath.Ext(name), ".csv") {
			tables = append(tables, csvio.File{Name: name, Data: data, Encoding: encoding})
			if fi, err := os.Stat(name); err != nil || !fi.Mode().IsRegular() {
				in.pipes[name] = data
			}
			continue
		}
		rec, diags := casefile.Parse(name, data)
		diags.Sort()
		if n := casefile.Omitted(diags); n > 0 {
			// The reader kept the first problems of the file and counted the rest in a
			// last one: they are counted here with every input's.
			diags, in.omitted = diags[:len(diags)-1], in.omitted+n
		}
		in.diags = append(in.diags, diags...)
		if rec != nil {
			in.add(rec, name)
			in.data[name] = data
		}
	}
	if len(tables) > 0 {
		switch {
		case caseID == "":
			return nil, usageError("CSV tables need --case ID to name the case they hold")
		case !alliances.ValidID(caseID):
			return nil, usageError("--case %q is not a valid id, expected lowercase letters, digits and hyphens, starting with a letter", caseID)
		}
		rec, diags := csvio.Read(caseID, title, tables)
		in.diags = append(in.diags, diags...)
		in.tables, in.lists = rec, csvio.Lists(tables)
		for _, t := range tables {
			in.csv = append(in.csv, t.Name)
		}
		in.add(rec, strings.Join(in.csv, ", "))
	}
	return in, nil
}

func (in *input) add(rec *alliances.Record, name string) {
	in.records = append(in.records, rec)
	in.files[rec.Case] = append(in.files[rec.Case], name)
}

// sameCase reports files that hold the same case, which one import cannot take.
func (in *input) sameCase() error {
	for _, rec := range in.records {
		if fs := in.files[rec.Case]; len(fs) > 1 {
			return alliances.Errorf(alliances.Invalid, "", "%s all hold case %s; import one file per case (the second would retract what the first records)",
				strings.Join(fs, " and "), rec.Case)
		}
	}
	return nil
}

// sameCaseProblems reports, as check does, files that hold the same case, which one
// import cannot take: at the first line of each file after the first.
func (in *input) sameCaseProblems() alliances.Diagnostics {
	var diags alliances.Diagnostics
	seen := map[string]bool{}
	for _, rec := range in.records {
		fs := in.files[rec.Case]
		if len(fs) < 2 || seen[rec.Case] {
			continue
		}
		seen[rec.Case] = true
		for _, f := range fs[1:] {
			diags = append(diags, alliances.Diagnostic{File: f, Line: 1, Column: 1, Msg: fmt.Sprintf(
				"holds case %s, as %s does: one import takes one file per case (the second would retract what the first records), expected one file for case %s",
				rec.Case, fs[0], rec.Case)})
		}
	}
	return diags
}

// blame names the file of the record an import error is about: the store gives errors
// about one record the op "import CASE".
func (in *input) blame(err error) error {
	e, ok := errors.AsType[*alliances.Error](err)
	if !ok {
		return err
	}
	if id, ok := strings.CutPrefix(e.Op, "import "); ok && len(in.files[id]) > 0 {
		e.Op = in.files[id][0]
	}
	return err
}

// reused finds the ids of the input that other cases of the database hold, which the
// store would refuse without saying where they are written. Cases of the input are left
// to the store. Only the ids are looked up, through the store's index. The first
// maxListed are placed in their files, the others only counted (unplaced): placing one
// in a case file reads the file again, and a case imported under a new id clashes on
// every claim.
func (m *Main) reused(ctx context.Context, db alliances.Holdings, in *input) (diags alliances.Diagnostics, unplaced int, err error) {
	var cases []string
	for _, rec := range in.records {
		cases = append(cases, rec.Case)
	}
	for _, rec := range in.records {
		for _, l := range lists {
			given := ids(rec, l.name)
			held, err := db.HeldElsewhere(ctx, l.entity, given, cases)
			if err != nil {
				return nil, 0, err
			}
			if len(held) == 0 {
				continue
			}
			var rows *idLines
			if rec == in.tables {
				if rows, err = m.rows(in, l.name); err != nil {
					return nil, 0, err
				}
			}
			for i, id := range given {
				other, ok := held[id]
				switch {
				case !ok:
				case len(diags) == maxListed:
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
func (m *Main) rows(in *input, list string) (*idLines, error) {
	for _, name := range in.csv {
		if !strings.EqualFold(filepath.Base(name), list+".csv") {
			continue
		}
		data, kept := in.pipes[name]
		if !kept {
			var err error
			if data, err = m.readFile(name); err != nil {
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
func (in *input) place(caseID, list string, i int, id string, rows *idLines, msg string) alliances.Diagnostic {
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

// maxInput is the most bytes a case file or CSV table may hold (docs/case-files.md):
// larger inputs, and endless streams such as /dev/zero, are refused rather than read into
// memory.
const maxInput = 1 << 30

func (m *Main) readFile(name string) ([]byte, error) {
	if name == "-" {
		return readInput("standard input", m.Stdin, maxInput)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, alliances.Errorf(alliances.Invalid, "", "cannot read %s: %v", name, unwrapPath(err))
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > maxInput {
		return nil, tooLarge(name, maxInput)
	}
	return readInput(name, f, maxInput)
}

// readInput reads r to its end, refusing more than limit bytes and, at the first block
// that holds one, a NUL byte: case files and CSV tables are text (UTF-16 text, which
// starts with a byte order mark, aside).
func readInput(name string, r io.Reader, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	block := make([]byte, 64<<10)
	for {
		n, err := r.Read(block)
		if i := bytes.IndexByte(block[:n], 0); i >= 0 && !utf16BOM(buf.Bytes(), block[:n]) {
			at := buf.Len() + i
			line := 1 + bytes.Count(buf.Bytes(), []byte("\n")) + bytes.Count(block[:i], []byte("\n"))
			return nil, alliances.Errorf(alliances.Invalid, "", "%s is not a text file: a NUL byte on line %d (byte %d), expected a case file (YAML or JSON) or a CSV table", name, line, at+1)
		}
		if int64(buf.Len())+int64(n) > limit {
			return nil, tooLarge(name, limit)
		}
		buf.Write(block[:n])
		if errors.Is(err, io.EOF) {
			return buf.Bytes(), nil
		}
		if err != nil {
			return nil, alliances.Errorf(alliances.Invalid, "", "cannot read %s: %v", name, unwrapPath(err))
		}
	}
}

// utf16BOM reports whether the input, whose first bytes are read or else next, starts
// with a UTF-16 byte order mark.
func utf16BOM(read, next []byte) bool {
	head := read
	if len(head) == 0 {
		head = next
	}
	return bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff})
}

func tooLarge(name string, limit int64) error {
	return alliances.Errorf(alliances.Invalid, "", "%s is larger than %s, the most an input may hold; split the case into smaller files", name, bytesText(limit))
}

// bytesText writes a size in the largest binary unit that divides it: "1 GiB".
func bytesText(n int64) string {
	units := []string{"bytes", "KiB", "MiB", "GiB"}
	i := 0
	for i < len(units)-1 && n >= 1024 && n%1024 == 0 {
		n /= 1024
		i++
	}
	return fmt.Sprintf("%d %s", n, units[i])
}

// unwrapPath drops the file name from an *os.PathError, which the message already gives.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
