package textreport

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

// Ties writes ties as a table, with their evidence (rel gives each source's reliability),
// and how many there are.
func Ties(w io.Writer, ties []alliances.Tie, rel map[string]string) error {
	cases := map[string]bool{}
	for i := range ties {
		cases[ties[i].Recorded.Case] = true
	}
	header := []string{"VALID", "SUBJECT", "SIGN", "KIND", "OBJECT", "STATUS", "INT", "ID", "EVIDENCE"}
	if len(cases) > 1 {
		header = append([]string{"CASE"}, header...) // ties of several cases: say which is which
	}
	t := newTable(w, header...)
	for i := range ties {
		tie := &ties[i]
		arrow := "--"
		if tie.Directed {
			arrow = "->"
		}
		row := []string{dates(tie.Valid.String()), tie.Subject, tie.Sign.String() + arrow, tieLabel(tie), objectLabel(tie),
			statusLabel(tie), intensity(tie), tie.ID, evidence(tie.Citations, rel)}
		if len(cases) > 1 {
			row = append([]string{tie.Recorded.Case}, row...)
		}
		t.row(row...)
	}
	if err := t.flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%s", alliances.Count(len(ties), "tie"))
	if len(cases) > 1 {
		fmt.Fprintf(w, " of %d cases (--case keeps one)", len(cases))
	}
	fmt.Fprintln(w, ". SIGN: + positive, - negative, 0 unsigned; -> directed (subject to object), -- undirected.")
	return nil
}

// Timeline writes the moments of a timeline as a table: when ties began and ended, and
// the events, with their evidence (rel gives each source's reliability).
func Timeline(w io.Writer, entries []answer.Entry, rel map[string]string) error {
	t := newTable(w, "DATE", "MOMENT", "WHAT", "VALID", "EVIDENCE")
	heldBy := 0
	for _, e := range entries {
		if e.What == "held by" {
			heldBy++
		}
		if e.Event != nil {
			t.row(dates(e.Date), "event", e.Event.Title, "", evidence(e.Event.Citations, rel))
			continue
		}
		tie := e.Tie
		t.row(dates(e.Date), e.What, fmt.Sprintf("%s %s %s %s", tie.Subject, tie.Sign, tieLabel(tie), objectLabel(tie)),
			dates(tie.Valid.String()), evidence(tie.Citations, rel))
	}
	if err := t.flush(); err != nil {
		return err
	}
	if heldBy > 0 {
		// "held by" is a tie's latest attested day, not when it began: a timeline of many
		// such lines shows when a source was written more than when the ties held.
		fmt.Fprintf(w, "Note: %d %s began at a date the record does not give; \"held by\" is the latest day %s attested, not when %s began.\n",
			heldBy, plural(heldBy, "tie", "ties"), plural(heldBy, "it is", "they are"), plural(heldBy, "it", "they"))
	}
	return nil
}

// History writes every recorded version of a claim, when it was recorded and when
// superseded.
func History(w io.Writer, vs []answer.ClaimVersion) error {
	t := newTable(w, "VERSION", "RECORDED", "SUPERSEDED", "CASE", "CLAIM")
	for _, v := range vs {
		to := "current"
		if !v.To.IsZero() {
			to = v.To.Format(time.RFC3339)
		}
		t.row(fmt.Sprint(v.Version), v.From.Format(time.RFC3339), to, v.Case, string(v.Claim))
	}
	return t.flush()
}

// Cases writes the cases of a store, with their counts of claims.
func Cases(w io.Writer, cs []alliances.CaseInfo) error {
	t := newTable(w, "ID", "SOURCES", "ACTORS", "TIES", "EVENTS", "CHANGED", "TITLE")
	for _, c := range cs {
		t.row(c.ID, fmt.Sprint(c.Sources), fmt.Sprint(c.Actors), fmt.Sprint(c.Ties), fmt.Sprint(c.Events),
			c.Recorded.Format("2006-01-02 15:04"), c.Title)
	}
	return t.flush()
}

// Actors writes a list of actors as a table, with the case that holds each, and how
// many there are.
func Actors(w io.Writer, actors []alliances.Actor) error {
	t := newTable(w, "ID", "NAME", "KIND", "COUNTRY", "CASE", "ALIASES")
	for _, a := range actors {
		c := a.Recorded.Case
		if a.MergedInto != "" {
			c += " (merged into " + a.MergedInto + ")"
		}
		t.row(a.ID, a.Name, a.Kind, a.Country, c, strings.Join(a.Aliases, "; "))
	}
	if err := t.flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d actors\n", len(actors))
	return nil
}

// Sources writes the sources cited, with their reliability, and how many there are.
func Sources(w io.Writer, srcs []alliances.Source) error {
	cases := map[string]bool{}
	for _, s := range srcs {
		if s.Recorded != nil {
			cases[s.Recorded.Case] = true
		}
	}
	header := []string{"ID", "REL", "KIND", "DATE", "AUTHOR", "PUBLISHER", "TITLE"}
	if len(cases) > 1 {
		header = append([]string{"CASE"}, header...)
	}
	t := newTable(w, header...)
	for _, s := range srcs {
		date := ""
		if s.Date != nil {
			date = s.Date.String()
		}
		row := []string{s.ID, s.Reliability, s.Kind, date, s.Author, s.Publisher, s.Title}
		if len(cases) > 1 {
			row = append([]string{s.Recorded.Case}, row...)
		}
		t.row(row...)
	}
	if err := t.flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%s", alliances.Count(len(srcs), "source"))
	if len(cases) > 1 {
		fmt.Fprintf(w, " of %d cases (--case keeps one)", len(cases))
	}
	fmt.Fprintln(w)
	return nil
}
