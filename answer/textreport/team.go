package textreport

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/team"
)

// Proposals writes the proposals waiting, a line each: their place in the order
// review shows them, what they change, their confidence and the start of their reason.
func Proposals(w io.Writer, ps []team.Proposal) error {
	t := newTable(w, "#", "CHANGE", "CLAIM", "BY", "CONF", "WHY")
	for i, p := range ps {
		what := "new " + p.Entity
		switch {
		case p.Retract:
			what = "retract " + p.Entity
		case p.Base > 0:
			what = "change " + p.Entity
		}
		conf := ""
		if p.Confidence > 0 {
			conf = fmt.Sprintf("%.1f", p.Confidence)
		}
		why := p.Reason
		if r := []rune(why); len(r) > 90 {
			why = string(r[:89]) + "…"
		}
		t.row(strconv.Itoa(i+1), what, p.Claim, p.Author, conf, why)
	}
	t.flush()
	fmt.Fprintf(w, "%s waiting.\n", alliances.Count(len(ps), "proposal"))
	return nil
}

// Proposal writes a proposal of the review queue, the ith of n, for a reviewer to decide
// on: what it changes, who proposed it and why, with what confidence, and its fields.
func Proposal(w io.Writer, i, n int, p team.Proposal) {
	what := "new"
	switch {
	case p.Retract:
		what = "retraction of"
	case p.Base > 0:
		what = fmt.Sprintf("change (on version %d) of", p.Base)
	}
	fmt.Fprintf(w, "\n[%d/%d] %s %s %s in %s, by %s", i, n, what, p.Entity, p.Claim, p.Case, p.Author)
	if p.Confidence > 0 {
		fmt.Fprintf(w, ", confidence %.1f", p.Confidence)
	}
	fmt.Fprintln(w)
	if p.Reason != "" {
		fmt.Fprintln(w, "  why: "+p.Reason)
	}
	var fields map[string]any
	if json.Unmarshal(p.Body, &fields) == nil {
		for _, k := range slices.Sorted(maps.Keys(fields)) {
			if k == "sign" || k == "directed" {
				continue
			}
			if k == "citations" {
				showCitations(w, fields[k], p.Reason)
				continue
			}
			v, _ := json.Marshal(fields[k])
			fmt.Fprintf(w, "  %-10s %s\n", k, v)
		}
	}
}

// showCitations prints a claim's citations a line each, leaving out a note that only
// quotes the sentence the reason shows already.
func showCitations(w io.Writer, v any, reason string) {
	list, _ := v.([]any)
	for _, c := range list {
		cite, _ := c.(map[string]any)
		var parts []string
		for _, k := range []string{"source", "locator"} {
			if s, ok := cite[k].(string); ok && s != "" {
				parts = append(parts, s)
			}
		}
		line := strings.Join(parts, " ")
		if n, ok := cite["credibility"].(float64); ok {
			line += fmt.Sprintf(", credibility %d", int(n))
		}
		for _, k := range []string{"stance", "attributed_to"} {
			if s, ok := cite[k].(string); ok && s != "" {
				line += ", " + strings.ReplaceAll(k, "_", " ") + " " + s
			}
		}
		if note, ok := cite["note"].(string); ok && note != "" {
			if quote := strings.Trim(note, "“”\" "); !strings.Contains(reason, quote) {
				line += ", note " + strconv.Quote(note)
			} else {
				line += ", quoting the sentence"
			}
		}
		fmt.Fprintf(w, "  %-10s %s\n", "cites", line)
	}
}

// Users writes the accounts of a team: their roles, the cases each reads and edits,
// whether they see restricted sources, and whether they are disabled.
func Users(w io.Writer, users []team.User) error {
	t := newTable(w, "NAME", "ROLE", "READS", "EDITS", "RESTRICTED", "STATE")
	for _, u := range users {
		var reads, edits []string
		for _, a := range u.Access {
			if a.Edit {
				edits = append(edits, a.Case)
			} else {
				reads = append(reads, a.Case)
			}
		}
		state := "active"
		if u.Disabled {
			state = "disabled"
		}
		if u.Role == team.Admin {
			reads, edits = nil, []string{"* (admin)"}
		}
		t.row(u.Name, string(u.Role), orDash(strings.Join(reads, ",")), orDash(strings.Join(edits, ",")), yesNo(u.Restricted), state)
	}
	return t.flush()
}

// Tokens writes a user's live API tokens and sessions.
func Tokens(w io.Writer, toks []team.Token) error {
	t := newTable(w, "ID", "KIND", "LABEL", "CREATED", "EXPIRES")
	for _, tok := range toks {
		exp := "when revoked"
		if !tok.Expires.IsZero() {
			exp = tok.Expires.Format(time.RFC3339)
		}
		t.row(tok.ID, tok.Kind, orDash(tok.Label), tok.Created.Format(time.RFC3339), exp)
	}
	return t.flush()
}

// Audit writes entries of the audit trail: who changed what, when and why.
func Audit(w io.Writer, es []team.Entry) error {
	t := newTable(w, "WHEN", "WHO", "ACTION", "CASE", "CLAIM", "VERSION", "WHY")
	for _, e := range es {
		claim := e.Claim
		if claim != "" {
			claim = e.Entity + " " + claim
		}
		version := "-"
		if e.Version > 0 {
			version = fmt.Sprint(e.Version)
		}
		why := e.Reason
		if e.Action == "import" || e.Action == "user" || e.Action == "token" {
			why = strings.TrimSpace(why + " " + string(e.Detail))
		}
		t.row(e.At.Format(time.RFC3339), e.User, e.Action, orDash(e.Case), orDash(claim), version, orDash(why))
	}
	return t.flush()
}
