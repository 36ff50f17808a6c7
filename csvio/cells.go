package csvio

import (
	"errors"
	"strconv"
	"strings"
	"unicode"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// cells reads the cells of one row as the fields of the record entry e, reporting the
// cells that cannot be read.
type cells struct {
	d *reader
	t *table
	r *row
	e entry
}

// has reports whether the table has the column.
func (t *table) has(col string) bool { _, ok := t.field(col); return ok }

// field returns the index of a column's field, and whether the header has it.
func (t *table) field(col string) (int, bool) {
	for k, c := range t.columns {
		if c == col {
			return t.fields[k], t.fields[k] >= 0
		}
	}
	i, ok := t.index[col] // not a column of the schema: none the header holds
	return i, ok
}

// cell returns the value of a column, a formula's quote taken away (see
// escapeFormula); "" when the table or the row lacks the column.
func (c cells) cell(col string) string {
	i, ok := c.t.field(col)
	if !ok || i >= len(c.r.fields) {
		return ""
	}
	return unescapeFormula(c.r.fields[i])
}

// place returns the place of a column's cell, or the row's place when the table or
// the row lacks the column.
func (c cells) place(col string) place {
	i, ok := c.t.field(col)
	if !ok {
		i = -1
	}
	return c.t.at(c.r, i)
}

// inner returns the place of byte off of the value of a column, past the quote a
// formula is written behind.
func (c cells) inner(col string, off int) place {
	s := c.cell(col)
	if i, ok := c.t.field(col); ok && i < len(c.r.fields) {
		off += len(c.r.fields[i]) - len(s)
	}
	return c.t.inner(c.place(col), off)
}

// str returns a column's value as it is: free text.
func (c cells) str(col string) string { return c.cell(col) }

// boolean reads true, false or an empty cell (false).
func (c cells) boolean(col string) bool {
	switch v := c.id(col); v {
	case "", "false":
		return false
	case "true":
		return true
	default:
		c.errorf(col, "%s %q, expected true, false or nothing", col, v)
		return false
	}
}

// id returns a column's value without surrounding white space: ids and words from a
// vocabulary, where spaces can only be a slip.
func (c cells) id(col string) string { return strings.TrimSpace(c.str(col)) }

// errorf reports a problem at a column's cell and marks the field as reported.
func (c cells) errorf(col string, format string, args ...any) { c.errorIn(col, 0, format, args...) }

// errorIn reports a problem at byte off of a column's value, unless the row is broken
// or lacks the column (reported already), and marks the field as reported.
func (c cells) errorIn(col string, off int, format string, args ...any) {
	c.d.failed[alliances.Path(c.e.path(), col)] = true
	if c.r.broken || !c.t.has(col) {
		return
	}
	s := c.cell(col)
	c.d.errorAt(c.inner(col, min(off, len(s))), format, args...)
}

// item is one element of a list cell and its byte offset in the cell.
type item struct {
	text string
	off  int
}

// items splits a cell at ";" and trims each element, leaving out empty ones.
func (c cells) items(col string) []item {
	s := c.cell(col)
	var out []item
	off := 0
	for part := range strings.SplitSeq(s, ";") {
		lead := len(part) - len(strings.TrimLeftFunc(part, unicode.IsSpace))
		if text := strings.TrimSpace(part); text != "" {
			out = append(out, item{text, off + lead})
		}
		off += len(part) + 1
	}
	return out
}

// list returns the elements of a ";"-separated cell.
func (c cells) list(col string) []string {
	if c.cell(col) == "" {
		return nil
	}
	var out []string
	for _, it := range c.items(col) {
		out = append(out, it.text)
	}
	return out
}

// external reads a cell of "scheme=id" elements separated by ";".
func (c cells) external(col string) map[string]string {
	var m map[string]string
	for _, it := range c.items(col) {
		k, v, ok := strings.Cut(it.text, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		switch {
		case !ok || k == "" || v == "":
			c.errorIn(col, it.off, "external id %q is not of the form scheme=id, expected for example wikidata=Q42", it.text)
			continue
		case m[k] != "":
			c.errorIn(col, it.off, "external id scheme %q given twice, expected one id per scheme", k)
			continue
		}
		if m == nil {
			m = map[string]string{}
		}
		m[k] = v
	}
	return m
}

// number reads a whole number: 0 when the cell is empty (an error when required); a
// cell that is no whole number or lies outside [lo, hi] is reported with expect.
func (c cells) number(col string, required bool, lo, hi int, expect string) int {
	s := c.id(col)
	if s == "" {
		if required {
			c.errorf(col, "missing %s, expected %s", col, expect)
		}
		return 0
	}
	v, err := strconv.Atoi(s)
	switch {
	case err != nil:
		c.errorf(col, "%s %q is not a whole number, expected %s", col, s, expect)
		return 0
	case v < lo || v > hi:
		c.errorf(col, "%s %d out of range, expected %s", col, v, expect)
		return 0
	}
	return v
}

// interval reads an EDTF date or interval, placing a syntax error on its character.
func (c cells) interval(col, what string, required bool) edtf.Interval {
	raw := c.cell(col)
	s := strings.TrimSpace(raw)
	if s == "" {
		if required {
			c.errorf(col, "missing %s, expected an EDTF date or interval such as 2021-09-07 or 2016/2018", what)
		}
		return edtf.Interval{}
	}
	iv, err := edtf.Parse(s)
	if err == nil {
		return iv
	}
	off := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
	msg := err.Error()
	if se, ok := errors.AsType[*edtf.SyntaxError](err); ok {
		off, msg = off+max(se.Offset, 0), se.Msg
	}
	c.errorIn(col, off, "invalid %s %q: %s", what, s, msg)
	return edtf.Interval{}
}

// derived checks the sign and direction a tie row may give beside its kind: the sign
// the kind and agreement type give, or the one an earlier version gave the kind.
func (c cells) derived(kind alliances.Kind, typ alliances.AgreementType) {
	if !kind.Valid() {
		return
	}
	if s := c.id("sign"); s != "" {
		if v, ok := alliances.ParseSign(s); !ok || !alliances.AcceptsSign(kind, typ, v) {
			c.errorf("sign", "sign %q does not fit kind %s, expected %s (or an empty cell)", s, kind, alliances.SignOf(kind, typ))
		}
	}
	if s := c.id("directed"); s != "" {
		if v, err := strconv.ParseBool(s); err != nil || v != kind.Directed() {
			c.errorf("directed", "directed %q does not fit kind %s, expected %t (or an empty cell)", s, kind, kind.Directed())
		}
	}
}
