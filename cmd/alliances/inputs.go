package main

import (
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
	tables  *alliances.Record // the record the CSV tables make, also in records
	diags   alliances.Diagnostics
}

// readInputs reads every file, case files by themselves and CSV tables together as case
// caseID, and gathers every problem. "-" reads a case file from standard input.
func (m *Main) readInputs(files []string, caseID, title string) (*input, error) {
	in := &input{}
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
			in.records = append(in.records, rec)
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
		in.tables = rec
		in.records = append(in.records, rec)
	}
	in.diags.Sort()
	return in, nil
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
