package csvio

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"

	"github.com/alliances-project/alliances"
)

// Scanned is a case read from CSV tables whose ties are read again, one at a time, when
// asked (see Scan): what it holds is the text of the tables and, for each row of
// citations.csv, the claim it belongs to.
type Scanned struct {
	// Record is the case but for its ties: its sources, its actors and its events, with
	// their citations, normalised as Read gives them.
	Record *alliances.Record
	// Ties is the number of ties the tables hold.
	Ties int

	d   *reader
	bad bool // the tables have problems: their ties are not read again
}

// Scan reads CSV tables as Read does, and reports the same problems at the same places,
// but keeps no tie: a case of millions of ties is checked, and then read again by Each
// to be imported, in memory of the order of its text rather than of its record.
func Scan(caseID, title string, files []File) (*Scanned, alliances.Diagnostics) {
	d, diags := scan(caseID, title, files, false)
	d.rec.Normalize()
	d.rec.Ties = nil
	tb := &Scanned{Record: d.rec, Ties: len(d.cites[0]), d: d, bad: len(diags.Errors()) > 0}
	// What placed the problems is done with; Each reads the text from its start.
	d.citeRows, d.failed, d.check = nil, nil, nil
	for _, t := range d.tables {
		t.lines, t.rowLines, t.broken, t.salvaged, t.cr = nil, nil, nil, nil, nil
	}
	return tb, diags
}

// Each calls f with each tie of the tables in their order, with its citations,
// normalised, as Read gives them, and stops at the first error f returns. The tie is
// f's until f returns. It reads the tables again each time it is called; it refuses
// tables Scan found problems in.
func (tb *Scanned) Each(f func(*alliances.Tie) error) error {
	if tb.bad {
		return alliances.Errorf(alliances.Invalid, "", "the CSV tables of case %s have problems; run alliances check", tb.Record.Case)
	}
	ties := tb.d.tables[tiesTable]
	if ties == nil {
		return nil
	}
	scratch := &reader{failed: map[string]bool{}} // the cells were read once: nothing to report
	tieRows := rowsOf(ties)
	cites := tb.d.tables[citationsTable]
	var citeRows *csv.Reader
	if cites != nil {
		citeRows = rowsOf(cites)
	}
	// The citations of a tie are the rows of citations.csv that name it, in their
	// order. Those read before their tie comes wait for it: none when citations.csv
	// follows the order of the ties, as Tables writes it.
	parked := map[int32][]alliances.Citation{}
	next := 0 // the next row of citations.csv
	for i := range tb.Ties {
		fields, err := nextRow(tieRows)
		if err != nil {
			return fmt.Errorf("reading %s again: %w", ties.file, err)
		}
		r := row{fields: fields}
		t := cells{scratch, ties, &r, entry{"ties", i, -1}}.tie()
		t.Citations = parked[int32(i)]
		delete(parked, int32(i))
		for want := int(tb.d.cites[0][i]); len(t.Citations) < want; next++ {
			fields, err := nextRow(citeRows)
			if err != nil {
				return fmt.Errorf("reading %s again: %w", cites.file, err)
			}
			ref := tb.d.cited[next]
			if ref.i < 0 || ref.events {
				continue // an unknown claim's (none here) or an event's, which the record holds
			}
			r := row{fields: fields}
			c := cells{scratch, cites, &r, entry{"ties", int(ref.i), int(ref.k)}}.citation()
			if int(ref.i) == i {
				t.Citations = append(t.Citations, c)
			} else {
				parked[ref.i] = append(parked[ref.i], c)
			}
		}
		t.Normalize()
		if err := f(&t); err != nil {
			return err
		}
	}
	return nil
}

// rowsOf returns a reader of the rows of a table after its header, read as next reads
// them.
func rowsOf(t *table) *csv.Reader {
	cr := csv.NewReader(bytes.NewReader(t.raw))
	cr.FieldsPerRecord, cr.ReuseRecord = -1, true
	nextRow(cr) // the header
	return cr
}

// nextRow returns the next row of a table that is not blank.
func nextRow(cr *csv.Reader) ([]string, error) {
	for {
		fields, err := cr.Read()
		if err == io.EOF {
			return nil, io.ErrUnexpectedEOF // a row Scan read is missing
		}
		if err != nil || !blank(fields) {
			return fields, err
		}
	}
}
