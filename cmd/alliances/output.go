package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// writeJSON writes v as indented JSON, exactly: past the escaper of a stream for people.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(raw(w))
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// table writes aligned columns for people. Each cell is escaped (escapeText): a name
// holding a tab or a newline cannot open a column or forge a line.
// table lays out rows in columns. The tab writer writes each cell on its own: its
// output goes through a buffer, one write for many lines (a table of 80,000 ties took
// 400,000 writes).
type table struct {
	tw  *tabwriter.Writer
	buf *bufio.Writer
}

func newTable(w io.Writer, header ...string) *table {
	buf := bufio.NewWriterSize(w, 64<<10)
	t := &table{tabwriter.NewWriter(buf, 0, 4, 2, ' ', 0), buf}
	if len(header) > 0 {
		t.row(header...)
	}
	return t
}

func (t *table) row(cells ...string) {
	for i, c := range cells {
		cells[i] = escapeText(c)
	}
	fmt.Fprintln(t.tw, strings.Join(cells, "\t"))
}

func (t *table) flush() error { return cmp.Or(t.tw.Flush(), t.buf.Flush()) }

// listFlag reads flag values that may repeat or be comma-separated.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*l = append(*l, part)
		}
	}
	return nil
}

// evidence summarizes a tie's citations for a table cell: "newlines-2021 ¶14 (B3, Taliban sources)".
func evidence(cs []alliances.Citation, reliability map[string]string) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		s := c.Source
		if c.Locator != "" {
			s += " " + c.Locator
		}
		grade := reliability[c.Source] + fmt.Sprint(int(c.Credibility))
		extra := []string{grade}
		if c.AttributedTo != "" {
			extra = append(extra, "per "+c.AttributedTo)
		}
		if c.Stance == alliances.Denies {
			extra = append(extra, "denies")
		}
		parts[i] = s + " (" + strings.Join(extra, ", ") + ")"
	}
	return strings.Join(parts, "; ")
}

// tieLabel describes a tie's kind for people: "support [weapons,funding]",
// "membership as faction", "agreement (cease-fire)".
func tieLabel(t *alliances.Tie) string {
	kind := string(t.Kind)
	if t.Type != "" {
		kind += " (" + string(t.Type) + ")"
	}
	if len(t.Forms) > 0 {
		kind += " [" + answer.JoinStrings(t.Forms, ",") + "]"
	}
	if t.Kind == alliances.Membership && t.Role != alliances.Member {
		kind += " as " + string(t.Role)
	}
	return kind
}

// objectLabel names a tie's object, and the third actor of a mediation:
// "taliban, with russia".
func objectLabel(t *alliances.Tie) string {
	if t.Third != "" {
		return t.Object + ", with " + t.Third
	}
	return t.Object
}

// statusLabel is a tie's status, and its basis when the analyst inferred it.
func statusLabel(t *alliances.Tie) string {
	if t.Basis == alliances.Inferred {
		return string(t.Status) + ", inferred"
	}
	return string(t.Status)
}

func intensity(t *alliances.Tie) string {
	s := ""
	if t.Intensity > 0 {
		s = fmt.Sprint(t.Intensity)
	}
	if t.Rank > 0 {
		s += fmt.Sprintf(" #%d", t.Rank)
	}
	return strings.TrimSpace(s)
}

// listLimit is the number of entries a list shows: the limit asked for, or by default
// def in a table and all in JSON (a negative flag value means the default).
func listLimit(asked int, asJSON bool, def int) int {
	switch {
	case asked >= 0:
		return asked
	case asJSON:
		return 0
	}
	return def
}

func noneIfEmpty(xs []string) string {
	if len(xs) == 0 {
		return "none"
	}
	return strings.Join(xs, ", ")
}

// unwrapPath drops the file name from an *os.PathError, which the message already gives.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// plural chooses the singular or the plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// counted writes n and a noun in its number: "1 tie", "2 ties".
func counted(n int, noun string) string {
	return fmt.Sprintf("%d %s", n, plural(n, noun, noun+"s"))
}

// dates writes the EDTF of a table's date column with its seasons in words (JSON keeps
// the EDTF).
func dates(s string) string { return edtf.SeasonsInWords(s) }
