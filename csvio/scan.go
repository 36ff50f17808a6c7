package csvio

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"hash/crc32"
	"io"
	"slices"

	"github.com/alliances-project/alliances"
)

// Scanned is a case read from CSV tables whose ties are read again, one at a time, when
// asked (see Scan): what it holds of ties.csv and citations.csv is their length and
// checksum, or their text when they cannot be opened again (a pipe), and, for each row
// of citations.csv, the claim it belongs to.
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
// but keeps no tie: a case of millions of ties is checked in memory of about the size of
// its text, not of its record, and then read again by Each to be imported.
func Scan(caseID, title string, files []File) (*Scanned, alliances.Diagnostics) {
	d, diags := scan(caseID, title, files, false)
	d.rec.Normalize()
	d.rec.Ties = nil
	// An actor the tables name but do not define may be the registry's, which the
	// caller knows: such a problem alone leaves the ties to be read (the store refuses
	// them if the registry does not hold the actor).
	bad := slices.ContainsFunc(diags, func(p alliances.Diagnostic) bool { return !p.Warning && p.Unknown == "" })
	tb := &Scanned{Record: d.rec, Ties: len(d.cites[0]), d: d, bad: bad}
	// What placed the problems is done with; Each reads the text from its start, from
	// the file where it can be opened again.
	d.citeRows, d.failed, d.check = nil, nil, nil
	for _, t := range d.tables {
		t.lines, t.rowLines, t.broken, t.salvaged, t.cr = nil, nil, nil, nil, nil
		switch {
		case t.schema != tiesTable && t.schema != citationsTable || tb.bad:
			t.raw = nil // read into the record, or not to be read again
		case t.open != nil:
			t.size, t.sum = len(t.raw), crc32.Checksum(t.raw, castagnoli)
			t.raw = nil
		}
	}
	return tb, diags
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

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
	tieRows, err := rowsOf(ties)
	if err != nil {
		return err
	}
	defer tieRows.close()
	cites := tb.d.tables[citationsTable]
	var citeRows *rowsAgain
	if cites != nil {
		if citeRows, err = rowsOf(cites); err != nil {
			return err
		}
		defer citeRows.close()
	}
	// The citations of a tie are the rows of citations.csv that name it, in their
	// order. Those read before their tie comes wait for it: none when citations.csv
	// follows the order of the ties, as Tables writes it.
	parked := map[int32][]alliances.Citation{}
	next := 0 // the next row of citations.csv
	for i := range tb.Ties {
		fields, err := tieRows.next()
		if err != nil {
			return err
		}
		r := row{fields: fields}
		t := cells{scratch, ties, &r, entry{"ties", i, -1}}.tie()
		t.Citations = parked[int32(i)]
		delete(parked, int32(i))
		for want := int(tb.d.cites[0][i]); len(t.Citations) < want; next++ {
			fields, err := citeRows.next()
			if err != nil {
				return err
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
	// A table read from its file again is read to its end, to tell whether the file is
	// the one Scan read.
	for _, r := range []*rowsAgain{tieRows, citeRows} {
		if err := r.same(); err != nil {
			return err
		}
	}
	return nil
}

// EachID calls f with the id of each tie of the tables, in their order: what Each reads
// less the rest of each row and the citations. It refuses tables with problems.
func (tb *Scanned) EachID(f func(id string) error) error {
	if tb.bad {
		return alliances.Errorf(alliances.Invalid, "", "the CSV tables of case %s have problems; run alliances check", tb.Record.Case)
	}
	ties := tb.d.tables[tiesTable]
	if ties == nil {
		return nil
	}
	rows, err := rowsOf(ties)
	if err != nil {
		return err
	}
	defer rows.close()
	for range tb.Ties {
		fields, err := rows.next()
		if err != nil {
			return err
		}
		r := row{fields: fields}
		if err := f(cells{nil, ties, &r, entry{}}.id("id")); err != nil {
			return err
		}
	}
	return rows.same()
}

// rowsAgain reads the rows of a table after its header, as next reads them, from the text
// Scan read or from the file again.
type rowsAgain struct {
	t    *table
	cr   *csv.Reader
	file io.ReadCloser
	sum  *checksum // of what is read from the file
}

func rowsOf(t *table) (*rowsAgain, error) {
	r := &rowsAgain{t: t}
	var in io.Reader = bytes.NewReader(t.raw)
	if t.raw == nil {
		var err error
		if r.file, err = t.open(); err != nil {
			return nil, alliances.Errorf(alliances.Conflict, t.file, "cannot read the file again (%v), expected the text that check read; import it again", cmp.Or(errors.Unwrap(err), err)) // the file is named already
		}
		b := bufio.NewReaderSize(r.file, 1<<20)
		if _, err := b.Discard(t.skip); err != nil {
			r.close()
			return nil, r.changed()
		}
		r.sum = &checksum{r: b}
		in = r.sum
	}
	r.cr = csv.NewReader(in)
	r.cr.FieldsPerRecord, r.cr.ReuseRecord = -1, true
	if _, err := r.next(); err != nil { // the header
		r.close()
		return nil, err
	}
	return r, nil
}

// next returns the next row that is not blank.
func (r *rowsAgain) next() ([]string, error) {
	for {
		fields, err := r.cr.Read()
		switch {
		case err == io.EOF:
			return nil, r.changed() // a row Scan read is missing
		case err != nil:
			return nil, r.changed()
		case !blank(fields):
			return fields, nil
		}
	}
}

// same reads the rest of a table read from its file again and tells whether the file
// holds what Scan read.
func (r *rowsAgain) same() error {
	if r == nil || r.sum == nil {
		return nil
	}
	if _, err := io.Copy(io.Discard, r.sum); err != nil || r.sum.n != r.t.size || r.sum.crc != r.t.sum {
		return r.changed()
	}
	return nil
}

func (r *rowsAgain) changed() error {
	return alliances.Errorf(alliances.Conflict, r.t.file, "the file changed while it was imported, expected the text that check read; import it again")
}

func (r *rowsAgain) close() {
	if r != nil && r.file != nil {
		r.file.Close()
	}
}

// checksum reads through r, summing what it reads.
type checksum struct {
	r   io.Reader
	n   int
	crc uint32
}

func (c *checksum) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	c.crc = crc32.Update(c.crc, castagnoli, p[:n])
	return n, err
}
