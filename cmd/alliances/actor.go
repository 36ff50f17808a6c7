package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
)

func (m *Main) runActor(ctx context.Context, args []string) error {
	f := m.flags("actor", "ID", `Actor prints an actor's profile: names, kind, home, tags, parents and factions, and every
tie over time with its evidence, then the events it took part in.`).withJSON()
	at := f.String("at", "", "only ties active at this EDTF `date`")
	caseID := f.String("case", "", "only the ties and events of this case (default: of every case)")
	knownAt := f.String("known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() != 1 {
		f.Usage()
		return usageError("actor needs one actor id (find ids with `alliances actors QUERY`)")
	}
	filter, err := answer.TieFilter([]string{f.Arg(0)}, nil, nil, nil, 0, *at, false, *knownAt)
	if err != nil {
		return err
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	ids, err := answer.ResolveNames(ctx, db, []string{f.Arg(0)}, filter.KnownAt)
	if err != nil {
		return err
	}
	if err := answer.CaseExists(ctx, db, *caseID, filter.KnownAt); err != nil {
		return err
	}
	filter.Actors, filter.Case = ids, *caseID
	p, err := answer.LoadProfile(ctx, db, ids[0], filter)
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, p)
	}
	return printProfile(m.Stdout, p)
}

func printProfile(w io.Writer, p *answer.Profile) error {
	a := &p.Actor
	fmt.Fprintf(w, "%s (%s)\n", escapeText(a.Name), a.ID)
	line := func(label, value string) {
		if value != "" {
			fmt.Fprintf(w, "  %-9s %s\n", label+":", escapeText(value))
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
