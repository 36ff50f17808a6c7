package csvio

import (
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
)

// entry is the element of the record a row fills: element i of a list ("sources",
// "actors", "ties", "events"), or citation k of tie or event i, or, for a citation
// whose claim is unknown, row i of list "citations".
type entry struct {
	list string
	i, k int // k < 0: the element itself
}

// path returns the field path of the entry, as alliances.Validate writes it.
func (e entry) path() string {
	if e.k >= 0 {
		return alliances.Path(e.list, e.i, "citations", e.k)
	}
	return alliances.Path(e.list, e.i)
}

// citeRef is citation k of tie (events false) or event i.
type citeRef struct {
	events bool
	i, k   int32
}

// citationRow returns the row of citations.csv that is citation k of element i of
// list, indexing the rows the first time it is asked.
func (d *reader) citationRow(list string, i, k int) (int, bool) {
	if d.citeRows == nil {
		d.citeRows = make(map[citeRef]int, len(d.cited))
		for row, c := range d.cited {
			if c.i >= 0 {
				d.citeRows[c] = row
			}
		}
	}
	row, ok := d.citeRows[citeRef{list == "events", int32(i), int32(k)}]
	return row, ok
}

// resolve finds the table and the row of the entry a field path is about, and the
// rest of the path past the entry (".subject", ".aliases[2]", ".external.wikidata").
func (d *reader) resolve(path string) (t *table, row int, rest string, ok bool) {
	list, i, rest, ok := index(path)
	if !ok {
		return nil, 0, "", false
	}
	var s *schema
	for _, c := range schemas {
		if c.list == list {
			s = c
		}
	}
	if (list == "ties" || list == "events") && strings.HasPrefix(rest, ".citations[") {
		if _, k, more, ok := index(rest[1:]); ok {
			if r, found := d.citationRow(list, i, k); found {
				s, i, rest = citationsTable, r, more
			}
		}
	}
	if t = d.tables[s]; s == nil || t == nil || i < 0 || i >= len(t.rowLines) {
		return nil, 0, "", false
	}
	return t, i, rest, true
}

// index splits "name[i]rest" into name, i and rest.
func index(path string) (string, int, string, bool) {
	name, after, ok := strings.Cut(path, "[")
	if !ok {
		return "", 0, "", false
	}
	num, rest, ok := strings.Cut(after, "]")
	i, err := strconv.Atoi(num)
	if !ok || err != nil {
		return "", 0, "", false
	}
	return name, i, rest, true
}

// column returns the column the rest of a path starts with: "subject" of
// ".subject", "aliases" of ".aliases[2]".
func column(rest string) string {
	rest, ok := strings.CutPrefix(rest, ".")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, ".["); i >= 0 {
		return rest[:i]
	}
	return rest
}

// lookup finds the place of a path: its cell, the element of a list cell or external
// id it names, or else the nearest of these it lies in, or its row. Problems with the
// case itself (its id and title are no part of any file) are at line 1 of no file.
func (d *reader) lookup(path string) place {
	t, i, rest, ok := d.resolve(path)
	if !ok {
		return place{"", 1, 1}
	}
	r := t.reread(int(t.rowLines[i]))
	r.line = int(t.rowLines[i])
	col := column(rest)
	j, has := t.index[col]
	if col == "" || !has || j >= len(r.fields) {
		return place{t.file, r.line, 1}
	}
	c := cells{d, t, &r, entry{}}
	sub := rest[1+len(col):]
	if k, ok := strings.CutPrefix(sub, "["); ok {
		n, err := strconv.Atoi(strings.TrimSuffix(k, "]"))
		if items := c.items(col); err == nil && n >= 0 && n < len(items) {
			return c.inner(col, items[n].off)
		}
	} else if scheme, ok := strings.CutPrefix(sub, "."); ok && col == "external" {
		for _, it := range c.items(col) {
			if k, v, ok := strings.Cut(it.text, "="); ok && strings.TrimSpace(k) == scheme && strings.TrimSpace(v) != "" {
				return c.inner(col, it.off)
			}
		}
	}
	return t.at(&r, j)
}
