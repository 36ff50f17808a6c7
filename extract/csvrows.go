package extract

import (
	"regexp"
	"strings"
)

// csvCells cuts a paragraph of comma-separated values (a spreadsheet's export: a header
// row "id,date,municipality,place,actors,event_type,description,source,confidence" and
// rows of as many cells) into its cells, each a sentence of its own, and the sentences of
// a quoted cell's text: the actors' cell of a row ("VJ; UCPMB; MUP") is no list of parties
// to the event type's cell after it ("shelling"), nor the source and grade of one row the
// words of the next. ok is false where p is not such a table: two lines or more, every one
// of the same four cells or more (five, where there are only two lines), each with two or
// more cells of a single word (an id, a date, a grade), no quote left open.
func csvCells(p string) (out []Span, ok bool) {
	if !strings.Contains(p, "\n") {
		return nil, false // a paragraph of one line, most of them: no split
	}
	lines := strings.Split(p, "\n")
	var rows [][]csvCell
	at := 0
	for _, line := range lines {
		cells, ok := csvRow(line, at)
		if !ok || len(rows) > 0 && len(cells) != len(rows[0]) {
			return nil, false
		}
		words := 0
		for _, c := range cells {
			if v := strings.TrimSpace(p[c.start:c.end]); v != "" && !strings.ContainsAny(v, " \t") {
				words++
			}
		}
		if words < 2 {
			return nil, false
		}
		rows = append(rows, cells)
		at += len(line) + 1
	}
	if n := len(rows[0]); n < 4 || n < 5 && len(rows) < 3 {
		return nil, false
	}
	for _, cells := range rows {
		for _, c := range cells {
			if !c.quoted {
				if v := strings.TrimSpace(p[c.start:c.end]); v != "" {
					first := c.start + strings.Index(p[c.start:c.end], v)
					out = append(out, Span{first, first + len(v)})
				}
				continue
			}
			for _, s := range sentences(p[c.start:c.end]) {
				out = append(out, Span{c.start + s.Start, c.start + s.End})
			}
		}
	}
	return out, true
}

// csvCell is a cell of a row of comma-separated values: [start, end) of the paragraph, the
// quotes of a quoted one left out.
type csvCell struct {
	start, end int
	quoted     bool
}

// csvRow returns the cells of a line that opens at offset at of its paragraph; ok is false
// where a quote is left open or a quoted cell runs on past its closing quote.
func csvRow(line string, at int) (cells []csvCell, ok bool) {
	line = strings.TrimRight(line, "\r")
	for i := 0; ; {
		if i < len(line) && line[i] == '"' {
			j := i + 1
			for {
				k := strings.IndexByte(line[j:], '"')
				if k < 0 {
					return nil, false
				}
				j += k + 1
				if j < len(line) && line[j] == '"' {
					j++ // a doubled quote inside the cell
					continue
				}
				break
			}
			if j < len(line) && line[j] != ',' {
				return nil, false
			}
			cells = append(cells, csvCell{at + i + 1, at + j - 1, true})
			if j >= len(line) {
				return cells, true
			}
			i = j + 1
			continue
		}
		k := strings.IndexByte(line[i:], ',')
		if k < 0 {
			return append(cells, csvCell{at + i, at + len(line), false}), true
		}
		cells = append(cells, csvCell{at + i, at + i + k, false})
		i += k + 1
	}
}

// pageRE matches the page numbers that end a line of a book's index: ", 89", ", 101-4",
// ", 45-58, 45m", ", 31-4, 128, 244-52".
var pageRE = regexp.MustCompile(`,\s*\d+[mn]?(?:[-–]\d+[mn]?)?(?:,\s*\d+[mn]?(?:[-–]\d+[mn]?)?)*\.?$`)

// indexLines reports whether p is a group of a book's index, each line an entry or a
// sub-entry ("Badr Corps (armed wing of SCIRI), 88-97", "  RG, routed by, 97, 110"): three
// lines or more, half of them or more ending in page numbers. Each line is a statement
// of its own, no part of the next.
func indexLines(p string) bool {
	if strings.Count(p, "\n") < 2 {
		return false
	}
	lines := strings.Split(p, "\n")
	paged := 0
	for _, line := range lines {
		if pageRE.MatchString(strings.TrimSpace(line)) {
			paged++
		}
	}
	return 2*paged >= len(lines)
}

// edgeLineRE matches a line of a link chart's edge list: an optional id, a node, an arrow
// or a double dash, another node and a label after a spaced colon ("E02  BACAR -> FGA :
// commands (2001 - 03/08) [A1] solid"); its group is the arrow.
var edgeLineRE = regexp.MustCompile(`^\s*(?:[A-Z]{1,3}\d{1,3}[a-z]?\s+)?[^:\n]+?\s(->|--|<->|→|↔)\s[^:\n]+?\s:\s`)

// edgeLines reports whether p holds two lines or more of a link chart's edge list, each a
// statement of its own.
func edgeLines(p string) bool {
	if !arrowed(p) {
		return false
	}
	n := 0
	for line := range strings.SplitSeq(p, "\n") {
		if edgeLineRE.MatchString(line) {
			n++
		}
	}
	return n >= 2
}

// arrowed reports whether text holds a spaced colon and an arrow or a spaced double dash,
// as every line of an edge list does: the test that spares the pattern most texts.
func arrowed(text string) bool {
	return strings.Contains(text, " : ") && (strings.Contains(text, "->") || strings.Contains(text, " -- ") || strings.ContainsAny(text, "→↔"))
}
