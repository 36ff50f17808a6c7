package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
	"time"

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
type table struct{ tw *tabwriter.Writer }

func newTable(w io.Writer, header ...string) *table {
	t := &table{tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)}
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

func (t *table) flush() error { return t.tw.Flush() }

// parseKnownAt reads a --known-at value: an RFC 3339 time, or a date, month or year
// meaning its end (UTC), so that "known on 2021-09-10" includes what was recorded that
// day. The store keeps record times in nanoseconds since 1970, which reach from 1677 to
// 2262: an earlier time is read as the earliest (nothing was recorded yet), a later one
// as the latest (everything recorded by now).
func parseKnownAt(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return clampKnownAt(t), nil
	}
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if d, err := time.Parse(layout, s); err == nil {
			end := d.AddDate(0, 0, 1)
			switch layout {
			case "2006-01":
				end = d.AddDate(0, 1, 0)
			case "2006":
				end = d.AddDate(1, 0, 0)
			}
			return clampKnownAt(end.Add(-time.Nanosecond)), nil
		}
	}
	return time.Time{}, usageError("--known-at %q, expected an RFC 3339 time (2021-09-10T12:00:00Z), a date (2021-09-10), a month or a year", s)
}

// knownAtText writes a --known-at instant for people: RFC 3339, or what a clamped
// instant stands for.
func knownAtText(t time.Time) string {
	switch t.UnixNano() {
	case math.MinInt64:
		return "a time before anything was recorded"
	case math.MaxInt64:
		return "a time after everything recorded by now"
	}
	return t.Format(time.RFC3339)
}

// clampKnownAt brings t within the instants a record time can hold: nanoseconds since
// 1970 in an int64. Without it UnixNano overflows, and the year 9999 reads as some
// unrelated instant.
func clampKnownAt(t time.Time) time.Time {
	first, last := time.Unix(0, math.MinInt64).UTC(), time.Unix(0, math.MaxInt64).UTC()
	switch {
	case t.Before(first):
		return first
	case t.After(last):
		return last
	}
	return t
}

// parseAt reads a --at value, an EDTF date or interval, as the range of days it
// strictly covers: "2016" is all of 2016, "2016-07-01" one day.
func parseAt(flagName, s string) (*edtf.Range, error) {
	if s == "" {
		return nil, nil
	}
	return dateArg("--"+flagName, s)
}

// argDate reads a date given as an argument rather than a flag.
func argDate(what, s string) (*edtf.Range, error) { return dateArg(what, s) }

// dateArg reads an EDTF date or interval, naming it in errors as label, with the column
// of the mistake.
func dateArg(label, s string) (*edtf.Range, error) {
	iv, err := edtf.Parse(s)
	if err != nil {
		msg := err.Error()
		if se, ok := err.(*edtf.SyntaxError); ok {
			msg = fmt.Sprintf("column %d: %s", se.Offset+1, se.Msg)
		}
		return nil, usageError("%s %q: %s (an EDTF date or interval, such as 2016-07-01, 2016 or 2016/2018)", label, s, msg)
	}
	r := iv.Strict()
	return &r, nil
}

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
		kind += " [" + joinStrings(t.Forms, ",") + "]"
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

func joinStrings[T ~string](xs []T, sep string) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, sep)
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
