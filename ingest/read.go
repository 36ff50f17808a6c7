// Package ingest reads case files and CSV tables for an import and checks them against
// what a store holds before anything is written: every problem of every file at its
// line and column, files that hold one case twice, ids other cases hold, and imports that
// would retract a whole list or many claims.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/csvio"
)

// Input is what check and import read: case files, each a record, and CSV tables, which
// together make one record.
type Input struct {
	Records []*alliances.Record
	files   map[string][]string // case id -> the files that hold it
	tables  *alliances.Record   // the record the CSV tables make, also in records
	scanned *csvio.Scanned      // the tables when scanned: the record holds no ties, which this reads again
	lists   []string            // the lists the CSV tables give (csvio.Lists)
	data    map[string][]byte   // case file name -> its text, to place what the store refuses
	csv     []string            // the names of the CSV tables, whose text is not kept once read...
	pipes   map[string][]byte   // ...but for tables that are no regular files, which cannot be read again
	Diags   alliances.Diagnostics
	Omitted int // problems the readers counted but did not keep (casefile.MaxDiagnostics)
}

// Checked is what a check of the input answers: whether it holds no error, every
// problem kept (warnings too), and how many more were counted but not listed.
type Checked struct {
	OK       bool                   `json:"ok"`
	Problems []alliances.Diagnostic `json:"problems"`
	Omitted  int                    `json:"omitted,omitempty"` // problems counted, not listed
}

// Checked returns the answer of a check of the input, its problems as they stand.
func (in *Input) Checked() Checked {
	problems := []alliances.Diagnostic(in.Diags)
	if problems == nil {
		problems = []alliances.Diagnostic{} // an empty list in JSON, not null
	}
	return Checked{OK: len(in.Diags.Errors()) == 0, Problems: problems, Omitted: in.Omitted}
}

// Read reads every file, case files by themselves and CSV tables together as case
// caseID (in the text encoding named, "" for UTF-8), and gathers every problem: each
// case file's in order of place, then the tables', whose root causes (an encoding, a
// separator, a header) come first. "-" reads a case file from stdin. The caller has
// checked the encoding (one of csvio.Encodings) and, when a file is a CSV table, caseID.
func Read(files []string, stdin io.Reader, caseID, title, encoding string) (*Input, error) {
	return read(files, stdin, caseID, title, encoding, false)
}

// Scan reads as Read does, with the same problems, but CSV tables as csvio.Scan reads
// them: the record they make holds no ties, which Ties gives one at a time. Check and
// an import into an empty store read a case of millions of ties so, in the memory its
// text takes rather than its record.
func Scan(files []string, stdin io.Reader, caseID, title, encoding string) (*Input, error) {
	return read(files, stdin, caseID, title, encoding, true)
}

// Ties returns where the ties of a record read by Scan from CSV tables come from, or
// nil when the record holds its ties.
func (in *Input) Ties(rec *alliances.Record) alliances.TieSource {
	if in.scanned != nil && rec == in.tables {
		return in.scanned
	}
	return nil
}

// TieCount returns how many ties a record of the input holds.
func (in *Input) TieCount(rec *alliances.Record) int {
	if in.scanned != nil && rec == in.tables {
		return in.scanned.Ties
	}
	return len(rec.Ties)
}

func read(files []string, stdin io.Reader, caseID, title, encoding string, scan bool) (*Input, error) {
	in := &Input{files: map[string][]string{}, data: map[string][]byte{}, pipes: map[string][]byte{}}
	var tables []csvio.File
	for _, name := range files {
		data, err := readFile(name, stdin)
		if err != nil {
			return nil, err
		}
		if IsTable(name) {
			file := csvio.File{Name: name, Data: data, Encoding: encoding}
			if fi, err := os.Stat(name); err != nil || !fi.Mode().IsRegular() {
				in.pipes[name] = data
			} else {
				file.Open = func() (io.ReadCloser, error) { return os.Open(name) }
			}
			tables = append(tables, file)
			continue
		}
		rec, diags := casefile.Parse(name, data)
		diags.Sort()
		if n := casefile.Omitted(diags); n > 0 {
			// The reader kept the first problems of the file and counted the rest in a
			// last one: they are counted here with every input's.
			diags, in.Omitted = diags[:len(diags)-1], in.Omitted+n
		}
		in.Diags = append(in.Diags, diags...)
		if rec != nil {
			in.add(rec, name)
			in.data[name] = data
		}
	}
	if len(tables) > 0 {
		if !alliances.ValidID(caseID) {
			return nil, alliances.Errorf(alliances.Invalid, "", "CSV tables need a valid case id, got %q", caseID)
		}
		var rec *alliances.Record
		var diags alliances.Diagnostics
		if scan {
			in.scanned, diags = csvio.Scan(caseID, title, tables)
			rec = in.scanned.Record
		} else {
			rec, diags = csvio.Read(caseID, title, tables)
		}
		in.Diags = append(in.Diags, diags...)
		in.tables, in.lists = rec, csvio.Lists(tables)
		for _, t := range tables {
			in.csv = append(in.csv, t.Name)
		}
		in.add(rec, strings.Join(in.csv, ", "))
	}
	return in, nil
}

func (in *Input) add(rec *alliances.Record, name string) {
	in.Records = append(in.Records, rec)
	in.files[rec.Case] = append(in.files[rec.Case], name)
}

// SameCase reports files that hold the same case, which one import cannot take.
func (in *Input) SameCase() error {
	for _, rec := range in.Records {
		if fs := in.files[rec.Case]; len(fs) > 1 {
			return alliances.Errorf(alliances.Invalid, "", "%s all hold case %s; import one file per case (the second would retract what the first records)",
				strings.Join(fs, " and "), rec.Case)
		}
	}
	return nil
}

// SameCaseProblems reports, as check does, files that hold the same case, which one
// import cannot take: at the first line of each file after the first.
func (in *Input) SameCaseProblems() alliances.Diagnostics {
	var diags alliances.Diagnostics
	seen := map[string]bool{}
	for _, rec := range in.Records {
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

// Blame names the file of the record an import error is about: the store gives errors
// about one record the op "import CASE".
func (in *Input) Blame(err error) error {
	e, ok := errors.AsType[*alliances.Error](err)
	if !ok {
		return err
	}
	if id, ok := strings.CutPrefix(e.Op, "import "); ok && len(in.files[id]) > 0 {
		e.Op = in.files[id][0]
	}
	return err
}

// MaxInput is the most bytes a case file or CSV table may hold (docs/case-files.md):
// larger inputs, and endless streams such as /dev/zero, are refused rather than read into
// memory.
const MaxInput = 1 << 30

// readFile reads a file, "-" standard input (stdin).
func readFile(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return readInput("standard input", stdin, MaxInput, 0)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, alliances.Errorf(alliances.Invalid, "", "cannot read %s: %v", name, unwrapPath(err))
	}
	defer f.Close()
	size := int64(0)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		if size = fi.Size(); size > MaxInput {
			return nil, tooLarge(name, MaxInput)
		}
	}
	return readInput(name, f, MaxInput, size)
}

// readInput reads r to its end, refusing more than limit bytes and, at the first block
// that holds one, a NUL byte: case files and CSV tables are text (UTF-16 text, which
// starts with a byte order mark, aside). Size is the length of a regular file, 0 when
// unknown: the text is read into that much memory, not into a buffer that doubles.
func readInput(name string, r io.Reader, limit, size int64) ([]byte, error) {
	var buf bytes.Buffer
	if size > 0 {
		buf.Grow(int(size) + 1) // + 1: the read that finds the end
	}
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

// IsTable reports whether a file is read as a CSV table: its name ends in .csv.
func IsTable(name string) bool { return strings.EqualFold(filepath.Ext(name), ".csv") }
