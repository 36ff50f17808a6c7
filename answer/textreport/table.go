package textreport

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/edtf"
)

// table lays out rows in aligned columns for people. Each cell is escaped (Escape): a
// name holding a tab or a newline cannot open a column or forge a line. The tab writer
// writes each cell on its own: its output goes through a buffer, one write for many
// lines (a table of 80,000 ties took 400,000 writes).
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
		cells[i] = Escape(c)
	}
	fmt.Fprintln(t.tw, strings.Join(cells, "\t"))
}

func (t *table) flush() error { return cmp.Or(t.tw.Flush(), t.buf.Flush()) }

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

// intensity is a tie's intensity and the rank its sources give it: "4 #2".
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

func noneIfEmpty(xs []string) string {
	if len(xs) == 0 {
		return "none"
	}
	return strings.Join(xs, ", ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// plural chooses the singular or the plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// dates writes the EDTF of a table's date column with its seasons in words (JSON keeps
// the EDTF).
func dates(s string) string { return edtf.SeasonsInWords(s) }

// wrap breaks a long line at spaces, indenting the continuation lines by two.
func wrap(s string, width int) string {
	var b strings.Builder
	col := 0
	for i, word := range strings.Fields(s) {
		if i > 0 && col+1+len(word) > width {
			b.WriteString("\n  ")
			col = 2
		} else if i > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += len(word)
	}
	return b.String()
}

func minOf(xs []float64) float64 {
	m := xs[0]
	for _, x := range xs {
		m = min(m, x)
	}
	return m
}

func maxOf(xs []float64) float64 {
	m := xs[0]
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}
