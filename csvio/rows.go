package csvio

import (
	"fmt"
	"math"
	"strings"

	"github.com/alliances-project/alliances"
)

const (
	expectIntensity   = "1 (token) to 5 (decisive), or an empty cell when unknown"
	expectRank        = "1 or more, or an empty cell when unknown"
	expectCredibility = "1 (confirmed) to 6 (cannot be judged)"
)

// source reads a row of sources.csv.
func (c cells) source() alliances.Source {
	s := alliances.Source{
		ID:          c.id("id"),
		Title:       c.str("title"),
		Author:      c.str("author"),
		Publisher:   c.str("publisher"),
		URL:         c.str("url"),
		Kind:        c.id("kind"),
		Reliability: c.id("reliability"),
		Note:        c.str("note"),
		Restricted:  c.boolean("restricted"),
	}
	if iv := c.interval("date", "date", false); !iv.IsZero() {
		s.Date = &iv
	}
	return s
}

// actor reads a row of actors.csv.
func (c cells) actor() alliances.Actor {
	return alliances.Actor{
		ID:       c.id("id"),
		Name:     c.str("name"),
		Aliases:  c.list("aliases"),
		Kind:     c.id("kind"),
		Country:  c.id("country"),
		Province: c.str("province"),
		Tags:     c.list("tags"),
		External: c.external("external"),
		Note:     c.str("note"),

		MergedInto: c.id("merged_into"),
		MergeNote:  c.str("merge_note"),
	}
}

// tie reads a row of ties.csv, without its citations.
func (c cells) tie() alliances.Tie {
	t := alliances.Tie{
		ID:        c.id("id"),
		Subject:   c.id("subject"),
		Object:    c.id("object"),
		Kind:      alliances.Kind(c.id("kind")),
		Type:      alliances.AgreementType(c.id("type")),
		Third:     c.id("third"),
		Role:      alliances.Role(c.id("role")),
		Valid:     c.interval("valid", "valid time", true),
		Intensity: c.number("intensity", false, 1, 5, expectIntensity),
		Rank:      c.number("rank", false, 1, math.MaxInt, expectRank),
		Status:    alliances.Status(c.id("status")),
		Basis:     alliances.Basis(c.id("basis")),
		Note:      c.str("note"),
	}
	for _, f := range c.list("forms") {
		t.Forms = append(t.Forms, alliances.Form(f))
	}
	c.derived(t.Kind, t.Type)
	return t
}

// event reads a row of events.csv, without its citations.
func (c cells) event() alliances.Event {
	e := alliances.Event{
		ID:     c.id("id"),
		Title:  c.str("title"),
		Date:   c.interval("date", "date", true),
		Type:   c.id("type"),
		Actors: c.list("actors"),
		Note:   c.str("note"),
	}
	return e
}

// claim is a tie (events false) or an event, by index.
type claim struct {
	events bool
	i      int32
}

// citations reads citations.csv, checking each row as a citation of its claim, in
// the order of the rows; the record keeps those of the claims it keeps. A row whose
// claim is unknown is still read and checked, for the problems of its own cells.
func (d *reader) citations(rec *alliances.Record, t *table) {
	d.each(t, func(r *row, i int) {
		id := strings.TrimSpace(cells{d, t, r, entry{}}.cell("claim"))
		cl, ok := d.claim(id)
		if !ok {
			d.cited = append(d.cited, citeRef{i: -1})
			c := cells{d, t, r, entry{"citations", i, -1}}
			d.unknownClaim(c, id)
			cit := c.citation()
			d.check.Citation("citations", i, -1, &cit)
			return
		}
		list, k := "ties", 0
		if cl.events {
			list, k = "events", 1
		}
		j := d.cites[k][cl.i]
		d.cites[k][cl.i]++
		d.cited = append(d.cited, citeRef{cl.events, cl.i, j})
		cit := cells{d, t, r, entry{list, int(cl.i), int(j)}}.citation()
		d.check.Citation(list, int(cl.i), int(j), &cit)
		switch {
		case cl.events:
			rec.Events[cl.i].Citations = append(rec.Events[cl.i].Citations, cit)
		case d.keep:
			rec.Ties[cl.i].Citations = append(rec.Ties[cl.i].Citations, cit)
		}
	})
}

// citation reads a row of citations.csv, but for its claim.
func (c cells) citation() alliances.Citation {
	return alliances.Citation{
		Source:       c.id("source"),
		Locator:      c.str("locator"),
		Credibility:  alliances.Credibility(c.number("credibility", true, math.MinInt, math.MaxInt, expectCredibility)),
		AttributedTo: c.str("attributed_to"),
		Stance:       alliances.Stance(c.id("stance")),
		Note:         c.str("note"),
	}
}

// unknownClaim reports a citation row whose claim names no tie or event, unless the
// cause is reported already (a broken row, a missing column).
func (d *reader) unknownClaim(c cells, id string) {
	switch {
	case c.r.broken || !c.t.has("claim"):
	case id == "":
		d.errorAt(c.place("claim"), "missing claim, expected the id of the tie or event the citation supports")
	case d.claimsBad:
	default:
		hint := ", expected the id of a tie in ties.csv or of an event in events.csv"
		if d.ids == nil {
			d.ids = append(d.check.IDs("ties"), d.check.IDs("events")...)
		}
		if best := alliances.Closest(id, d.ids); best != "" {
			hint = fmt.Sprintf(", did you mean %q?", best)
		}
		d.errorAt(c.place("claim"), "unknown claim %q%s", id, hint)
	}
}
