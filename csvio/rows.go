package csvio

import (
	"fmt"
	"math"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
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

// claims indexes the ties and events of a record by id; the first of a duplicated id
// wins (the duplicate is reported by alliances.Validate).
func claims(rec *alliances.Record) (map[string]claim, []string) {
	m := make(map[string]claim, len(rec.Ties)+len(rec.Events))
	ids := make([]string, 0, len(rec.Ties)+len(rec.Events))
	add := func(id string, c claim) {
		if _, dup := m[id]; id != "" && !dup {
			m[id] = c
			ids = append(ids, id)
		}
	}
	for i := range rec.Ties {
		add(rec.Ties[i].ID, claim{false, int32(i)})
	}
	for i := range rec.Events {
		add(rec.Events[i].ID, claim{true, int32(i)})
	}
	return m, ids
}

// citations reads citations.csv, appending each row to the citations of its claim in
// the order of the rows. A row whose claim is unknown is still read and checked, for
// the problems of its own cells, and then left out of the record (see orphans).
func (d *reader) citations(rec *alliances.Record, t *table) {
	byID, ids := claims(rec)
	d.ids = ids
	d.each(t, func(r *row, i int) {
		id := strings.TrimSpace(cells{d, t, r, entry{}}.cell("claim"))
		cl, ok := byID[id]
		if !ok {
			d.cited = append(d.cited, citeRef{i: -1})
			c := cells{d, t, r, entry{"citations", i, -1}}
			d.unknownClaim(c, id)
			d.orphans = append(d.orphans, orphan{i, c.citation()})
			return
		}
		var list string
		var cs *[]alliances.Citation
		if cl.events {
			list, cs = "events", &rec.Events[cl.i].Citations
		} else {
			list, cs = "ties", &rec.Ties[cl.i].Citations
		}
		d.cited = append(d.cited, citeRef{cl.events, cl.i, int32(len(*cs))})
		*cs = append(*cs, cells{d, t, r, entry{list, int(cl.i), len(*cs)}}.citation())
	})
}

// orphan is a citation whose claim is unknown, with its row in citations.csv.
type orphan struct {
	row int
	c   alliances.Citation
}

// checkOrphans checks the citations whose claim is unknown as alliances.Validate checks
// any citation (its source, credibility and stance), by validating each on a stand-in
// claim, so that a file's other mistakes on those rows are reported at once too.
func (d *reader) checkOrphans(sources []alliances.Source) {
	for _, o := range d.orphans {
		probe := &alliances.Record{Case: "probe", Title: "probe", Sources: sources,
			Events: []alliances.Event{{ID: "probe-event", Title: "probe", Date: probeDate, Citations: []alliances.Citation{o.c}}}}
		for _, p := range alliances.Validate(probe) {
			field, ok := strings.CutPrefix(p.Path, "events[0].citations[0].")
			if !ok {
				continue
			}
			path := alliances.Path("citations", o.row, field)
			if !d.suppressed(path) {
				d.errorAt(d.lookup(path), "%s", p.Msg)
			}
		}
	}
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
		if best := alliances.Closest(id, d.ids); best != "" {
			hint = fmt.Sprintf(", did you mean %q?", best)
		}
		d.errorAt(c.place("claim"), "unknown claim %q%s", id, hint)
	}
}

// probeDate dates the stand-in claim of checkOrphans.
var probeDate = edtf.MustParse("2000")
