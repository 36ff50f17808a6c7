package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
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
	diags   alliances.Diagnostics
}

// readInputs reads every file, case files by themselves and CSV tables together as case
// caseID, and gathers every problem. "-" reads a case file from standard input.
func (m *Main) readInputs(files []string, caseID, title string) (*input, error) {
	in := &input{files: map[string][]string{}}
	var tables []csvio.File
	for _, name := range files {
		data, err := m.readFile(name)
		if err != nil {
			return nil, err
		}
		if strings.EqualFold(filepath.Ext(name), ".csv") {
			tables = append(tables, csvio.File{Name: name, Data: data})
			continue
		}
		rec, diags := casefile.Parse(name, data)
		in.diags = append(in.diags, diags...)
		if rec != nil {
			in.add(rec, name)
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
		var names []string
		for _, t := range tables {
			names = append(names, t.Name)
		}
		in.add(rec, strings.Join(names, ", "))
	}
	in.diags.Sort()
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

func (m *Main) readFile(name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(m.Stdin)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, alliances.Errorf(alliances.Invalid, "", "cannot read %s: %v", name, unwrapPath(err))
	}
	return data, nil
}

// unwrapPath drops the file name from an *os.PathError, which the message already gives.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
