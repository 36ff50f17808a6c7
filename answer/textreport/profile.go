package textreport

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

// Profile writes an actor's profile: its names, kind, home, tags and merges, its parents,
// parts, lineage and ties, each with its dates, status, intensity and evidence, and the
// events it took part in.
func Profile(w io.Writer, p *answer.Profile) error {
	a := &p.Actor
	fmt.Fprintf(w, "%s (%s)\n", Escape(a.Name), a.ID)
	line := func(label, value string) {
		if value != "" {
			fmt.Fprintf(w, "  %-9s %s\n", label+":", Escape(value))
		}
	}
	line("kind", a.Kind)
	line("aliases", strings.Join(a.Aliases, "; "))
	line("home", strings.Trim(a.Province+", "+a.Country, ", "))
	line("tags", strings.Join(a.Tags, ", "))
	line("external", externalIDs(a.External))
	line("note", a.Note)
	if a.MergedInto != "" {
		line("merged", "into "+a.MergedInto+" ("+a.MergeNote+"): every reading counts its ties as "+a.MergedInto+"'s")
	}
	var also []string
	for _, m := range p.Merged {
		also = append(also, m.ID+" ("+m.Recorded.Case+")")
	}
	line("also", strings.Join(also, ", "))
	rel := map[string]string{}
	for _, s := range p.Sources {
		rel[s.ID] = s.Reliability
	}
	printSection(w, p, "Part of", p.Parents, rel, func(t *alliances.Tie) string { return t.Object })
	printSection(w, p, "Parts and members", p.Members, rel, func(t *alliances.Tie) string { return t.Subject })
	printSection(w, p, "Lineage (splinters, mergers, renamings)", p.Lineage, rel, func(t *alliances.Tie) string { return counterpart(t, a.ID) })
	printSection(w, p, "Ties", p.Ties, rel, func(t *alliances.Tie) string { return counterpart(t, a.ID) })
	if len(p.Events) > 0 {
		fmt.Fprintf(w, "\nEvents\n")
		t := newTable(w)
		for _, e := range p.Events {
			t.row("  "+e.Date.String(), e.Type, e.Title, evidence(e.Citations, rel))
		}
		t.flush()
	}
	return nil
}

func printSection(w io.Writer, p *answer.Profile, title string, ties []alliances.Tie, rel map[string]string, other func(*alliances.Tie) string) {
	if len(ties) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s\n", title)
	t := newTable(w)
	same := map[string]bool{}
	for _, m := range p.Merged {
		same[m.ID] = true
	}
	for i := range ties {
		tie := &ties[i]
		as := ""
		if same[tie.Subject] || same[tie.Object] || same[tie.Third] {
			c := *tie // shown as the actor's, which it is since the merge
			for _, id := range []*string{&c.Subject, &c.Object, &c.Third} {
				if same[*id] {
					as, *id = *id, p.Actor.ID
				}
			}
			tie = &c
		}
		dir := ""
		switch {
		case tie.Directed && tie.Subject == p.Actor.ID:
			dir = "to "
		case tie.Directed && tie.Object == p.Actor.ID:
			dir = "from "
		}
		t.row("  "+dates(tie.Valid.String()), tie.Sign.String(), tieLabel(tie), dir+other(tie), statusLabel(tie), intensity(tie), evidence(tie.Citations, rel))
		if as != "" {
			t.row("", "", "", "", "", "", "recorded for "+as+", merged into "+p.Actor.ID)
		}
		if tie.Note != "" {
			t.row("", "", "", "", "", "", "note: "+tie.Note)
		}
	}
	t.flush()
}

// counterpart names the other side of a tie for id's profile: the other actor, the
// third actor of a mediation, or, when id is that third actor, the mediator and the
// actor it brought to id.
func counterpart(t *alliances.Tie, id string) string {
	switch id {
	case t.Third:
		return "by " + t.Subject + ", with " + t.Object
	case t.Subject:
		return objectLabel(t)
	}
	if t.Third != "" {
		return t.Subject + ", with " + t.Third
	}
	return t.Subject
}

func externalIDs(m map[string]string) string {
	var parts []string
	for k, v := range m {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}
