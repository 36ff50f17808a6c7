package datasets

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// PLOVERPrefix begins the id of every claim the PLOVER importer writes.
const PLOVERPrefix = "plover"

// ploverScores are the PLOVER manual's conflict-cooperation scores of its categories
// (without a mode), the scale that continues CAMEO's Goldstein scores. ACCUSE, a verbal
// conflict, is -3 (the manual's table prints 3 without its sign).
var ploverScores = map[string]float64{
	"AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10, "RETREAT": 6.5,
	"REQUEST": 0, "ACCUSE": -3, "REJECT": -2, "THREATEN": -3.5, "PROTEST": -5, "SANCTION": -6, "MOBILIZE": -5.5,
	"COERCE": -7, "ASSAULT": -9,
}

// ploverState lists the sectors of an entity that speaks or acts for its state.
var ploverState = []string{"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}

type ploverEntity struct {
	Code           string `json:"code"`
	Sector         any    `json:"sector"` // a code or a list of codes
	EntityText     string `json:"entity_text"`
	IdentifierID   string `json:"identifier_id"`
	IdentifierText string `json:"identifier_text"`
}

type ploverRecord struct {
	ID         string         `json:"id"`
	Date       string         `json:"date"`
	EndDate    string         `json:"enddate"`
	Actor      []ploverEntity `json:"actor"`
	Recipient  []ploverEntity `json:"recipient"`
	Event      any            `json:"event"` // a category or a list of them
	EventScale *float64       `json:"event_scale"`
	EventText  any            `json:"event_text"`
}

// ReadPLOVER reads PLOVER event data in the JSON lines the PLOVER manual specifies (one
// record a line: id, date, enddate, actor and recipient as lists of entities with code,
// sector, entity_text, identifier_id and identifier_text, event as its categories,
// event_scale), and adds the events up to candidate ties by the rule ReadICEWS applies,
// with PLOVER's scores in place of Goldstein's (event_scale when a record gives it, else
// the category's score: see ploverScores; violent: ASSAULT). Entities resolve by their
// Wikidata id (identifier_id), then by name (identifier_text, entity_text), then, for a
// state's organs (sectors GOV, MIL, COP, SPY, JUD, LEG), by their country's ISO 3166
// code to the state. As for ICEWS, no actor is created for the names that do not resolve.
func ReadPLOVER(name string, r io.Reader, o Options) (*Part, error) {
	b := newBuilder(PLOVERPrefix, o, alliances.Source{Title: "PLOVER event data (" + baseName(name) + ")", Kind: "dataset", Reliability: "C",
		URL: "https://github.com/openeventdata/PLOVER", Note: "Events coded in the PLOVER ontology; records cited by id."})
	t := &table{name: name}
	months := map[[3]string]*icewsMonth{}
	var order [][3]string
	unresolved := map[string]int{}
	left := 0
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		t.rows++
		var rec ploverRecord
		if err := json.Unmarshal(text, &rec); err != nil {
			t.problem(line, 1, "%v, expected one PLOVER record (a JSON object) a line", err)
			continue
		}
		events := stringsOf(rec.Event)
		switch {
		case rec.ID == "":
			t.problem(line, 1, "a record without an id, expected \"id\"")
			continue
		case len(events) == 0:
			t.problem(line, 1, "record %s has no event category, expected \"event\": [\"CONSULT\"] or another of %s", rec.ID, strings.Join(alliances.EventTypes, ", "))
			continue
		}
		if _, ok := ploverScores[events[0]]; !ok {
			t.problem(line, 1, "record %s: unknown event category %q, expected one of %s", rec.ID, events[0], strings.Join(alliances.EventTypes, ", "))
			continue
		}
		day, err := time.Parse(time.DateOnly, rec.Date)
		if err != nil {
			t.problem(line, 1, "record %s: date %q is not a date, expected YYYY-MM-DD", rec.ID, rec.Date)
			continue
		}
		date := rec.Date
		if rec.EndDate != "" && rec.EndDate != rec.Date {
			date += "/" + rec.EndDate
		}
		iv, err := edtf.Parse(date)
		if err != nil {
			t.problem(line, 1, "record %s: dates %s: %v", rec.ID, date, err)
			continue
		}
		if len(rec.Actor) > MaxParties || len(rec.Recipient) > MaxParties {
			t.problem(line, 1, "record %s names %d actors and %d recipients, expected at most %d of each", rec.ID, len(rec.Actor), len(rec.Recipient), MaxParties)
			continue
		}
		score := ploverScores[events[0]]
		if rec.EventScale != nil {
			score = *rec.EventScale
		}
		var srcs, dsts []string
		for _, e := range rec.Actor {
			if id := b.ploverActor(e, iv.Strict(), unresolved); id != "" {
				srcs = append(srcs, id)
			}
		}
		for _, e := range rec.Recipient {
			if id := b.ploverActor(e, iv.Strict(), unresolved); id != "" {
				dsts = append(dsts, id)
			}
		}
		var pairs [][2]string
		for _, s := range srcs {
			for _, d := range dsts {
				if s != d {
					pairs = append(pairs, [2]string{s, d})
				}
			}
		}
		if len(pairs) == 0 {
			left++
			continue
		}
		actors := slices.Compact(append(slices.Clone(srcs), dsts...))
		b.event(alliances.Event{ID: b.part.Prefix + "-" + Slug(rec.ID),
			Title: strings.Join(events, ", ") + ": " + entityNames(rec.Actor) + " to " + entityNames(rec.Recipient), Date: iv, Type: events[0], Actors: actors,
			Note: strings.Join(stringsOf(rec.EventText), " "), Citations: []alliances.Citation{{Source: b.source, Locator: "id " + rec.ID, Credibility: 3}}})
		for _, p := range pairs {
			x, y := p[0], p[1]
			if x > y {
				x, y = y, x
			}
			k := [3]string{x, y, day.Format("2006-01")}
			m := months[k]
			if m == nil {
				m = &icewsMonth{first: iv.Strict().First, last: iv.Strict().Last}
				months[k] = m
				order = append(order, k)
			}
			m.first, m.last = min(m.first, iv.Strict().First), max(m.last, iv.Strict().Last)
			m.events = append(m.events, rec.ID)
			m.goldstein += score
			switch {
			case score > 0:
				m.coop++
			case score < 0:
				m.conflict++
				if events[0] == "ASSAULT" {
					m.violent++
				}
			}
		}
		b.part.Used++
	}
	if err := sc.Err(); err != nil {
		return nil, alliances.Errorf(alliances.Invalid, "", "%s:%d: %v", name, line+1, err)
	}
	b.monthTies(months, order, "PLOVER")
	part, err := b.finish(t)
	if err != nil {
		return nil, err
	}
	unlinked(part, unresolved, left, "records")
	return part, nil
}

func stringsOf(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func entityNames(es []ploverEntity) string {
	var ns []string
	for _, e := range es {
		ns = append(ns, entityName(e))
	}
	return strings.Join(ns, ", ")
}

func entityName(e ploverEntity) string {
	switch {
	case e.IdentifierText != "":
		return e.IdentifierText
	case e.EntityText != "":
		return e.EntityText
	}
	return strings.TrimSpace(e.Code + " " + strings.Join(stringsOf(e.Sector), " "))
}

// ploverActor resolves a PLOVER entity (see ReadPLOVER), counting the names it cannot.
func (b *builder) ploverActor(e ploverEntity, at edtf.Range, unresolved map[string]int) string {
	key := "\x00plover " + e.IdentifierID + "\x00" + e.IdentifierText + "\x00" + e.EntityText + "\x00" + e.Code + "\x00" + strings.Join(stringsOf(e.Sector), ",")
	if id, ok := b.names[key]; ok {
		if id == "" {
			unresolved[entityName(e)]++
		}
		if b.res.Kind(id) == "state" {
			return b.res.Government(id, at) // the state's organs speak for whoever held it
		}
		return id
	}
	id := b.resolveEntity(e)
	b.names[key] = id
	if id == "" {
		unresolved[entityName(e)]++
		return ""
	}
	b.resolved(entityName(e), id)
	if b.res.Kind(id) == "state" {
		return b.res.Government(id, at)
	}
	return id
}

func (b *builder) resolveEntity(e ploverEntity) string {
	if e.IdentifierID != "" {
		qid := e.IdentifierID[strings.LastIndexByte(e.IdentifierID, '/')+1:]
		if id, _ := b.res.External("wikidata", qid); id != "" {
			return id
		}
	}
	for _, n := range []string{e.IdentifierText, e.EntityText} {
		if n == "" {
			continue
		}
		if id := b.nameOf(n); id != "" {
			return id
		}
	}
	for _, s := range stringsOf(e.Sector) {
		if slices.Contains(ploverState, strings.ToUpper(s)) && e.Code != "" {
			if id, _ := b.res.External("iso3166", strings.ToUpper(e.Code)); id != "" && b.res.Kind(id) == "state" {
				return id
			}
		}
	}
	return ""
}
