package textreport

import (
	"fmt"
	"io"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/datasets"
	"github.com/alliances-project/alliances/ingest"
)

// MaxListed is how many problems Diagnostics lists; the rest are counted.
const MaxListed = 100

// Diagnostics lists diagnostics, at most MaxListed of them, then says how many more
// there are, counting the omitted ones a reader counted without keeping. When more than
// MaxListed, and one message makes most of those kept (an actor missing from the list
// of actors, cited by every tie), it comes first, with its count.
func Diagnostics(w io.Writer, diags alliances.Diagnostics, omitted int) {
	if len(diags) > MaxListed {
		if msg, n := commonest(diags); n*2 > len(diags) {
			of := fmt.Sprintf("the %d", len(diags))
			if omitted > 0 {
				of = fmt.Sprintf("the first %d", len(diags))
			}
			fmt.Fprintf(w, "%d of %s problems are the same: %s\n", n, of, msg)
		}
	}
	for _, d := range diags[:min(len(diags), MaxListed)] {
		fmt.Fprintln(w, d)
	}
	if more := len(diags) - min(len(diags), MaxListed) + omitted; more > 0 {
		fmt.Fprintf(w, "and %s\n", strings.Replace(alliances.Count(more, "problem"), " ", " more ", 1))
	}
}

// commonest returns the message most diagnostics give, and how many give it.
func commonest(diags alliances.Diagnostics) (string, int) {
	n := map[string]int{}
	best := ""
	for _, d := range diags {
		n[d.Msg]++
		if n[d.Msg] > n[best] {
			best = d.Msg
		}
	}
	return best, n[best]
}

// Problems counts the problems of an input, and its warnings if any: "3 problems and
// 1 warning".
func Problems(problems, warnings int) string {
	return alliances.Count(problems, "problem") + andWarnings(warnings)
}

func andWarnings(n int) string {
	if n == 0 {
		return ""
	}
	return " and " + alliances.Count(n, "warning")
}

// ImportSummary tells what an import of rec changed, telling a change of title or
// description alone from no change at all (the counts are the same); old is the case's
// head before the import, nil when not known.
func ImportSummary(s alliances.ImportSummary, old *ingest.Head, rec *alliances.Record) string {
	line := fmt.Sprintf("%s: %d added, %d changed, %d retracted, %d unchanged", s.Case, s.Added, s.Changed, s.Retracted, s.Unchanged)
	switch {
	case s.Recorded.IsZero():
		return line + "; nothing changed"
	case old != nil && (old.Title != rec.Title || old.Description != rec.Description):
		return line + "; title or description changed"
	}
	return line
}

// DatasetImport writes what an import of a data set's file did: the case's changes, the
// rows read (those where keeps) and used, the names resolved, the notes, and the names
// found nowhere, which became actors of the case.
func DatasetImport(w io.Writer, res *datasets.Result, where map[string][]string) error {
	part := res.Part
	fmt.Fprintln(w, ImportSummary(res.Summary, nil, res.Record))
	fmt.Fprintf(w, "%s read%s, %d of them added to the case; %d distinct names resolved through the registry and the case (--json lists them)\n",
		alliances.Count(part.Rows, "row"), datasets.WhereText(where), part.Used, part.Resolved)
	for _, n := range part.Notes {
		fmt.Fprintln(w, "note: "+n)
	}
	return unresolved(w, part.Unresolved)
}

// maxUnresolved is how many unresolved names the table lists.
const maxUnresolved = 40

// unresolved lists the names an import found in neither the registry nor the case.
func unresolved(w io.Writer, us []datasets.Unresolved) error {
	if len(us) == 0 {
		return nil
	}
	verb := "names are"
	if len(us) == 1 {
		verb = "name is"
	}
	if us[0].Actor == "" {
		fmt.Fprintf(w, "%d %s in neither the registry nor the case; no actor was made for them and their events were left out (give the registry or the case an actor of that name to link them):\n",
			len(us), verb)
	} else {
		fmt.Fprintf(w, "%d %s in neither the registry nor the case; each is now an actor of the case (merge one into the actor it is with alliances actors --merge ACTOR ID):\n",
			len(us), verb)
	}
	t := newTable(w, "NAME", "DATA SET ID", "ROWS", "CREATED AS", "MATCHES", "SIMILAR")
	for _, u := range us[:min(len(us), maxUnresolved)] {
		t.row(u.Name, u.ID, fmt.Sprint(u.Rows), u.Actor, strings.Join(u.Among, ", "), strings.Join(u.Similar, ", "))
	}
	if err := t.flush(); err != nil {
		return err
	}
	if n := len(us) - maxUnresolved; n > 0 {
		fmt.Fprintf(w, "... and %d more (--json lists them all)\n", n)
	}
	return nil
}
