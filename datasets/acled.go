package datasets

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// ACLEDPrefix begins the id of every claim the ACLED importer writes.
const ACLEDPrefix = "acled"

// ACLEDGap is the longest quiet spell within one tie: two events of a pair further
// apart than this begin a new tie.
const ACLEDGap = 365 // days

// acledViolent lists the event types whose two sides are hostile to each other.
var acledViolent = []string{"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}

// acledPLOVER maps ACLED's event types, and some sub-event types, onto PLOVER's.
var acledPLOVER = map[string]string{
	"Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT", "Violence against civilians": "ASSAULT",
	"Riots": "ASSAULT", "Protests": "PROTEST",
	"Agreement": "AGREE", "Arrests": "COERCE", "Looting/property destruction": "COERCE",
	"Non-violent transfer of territory": "CONCEDE", "Headquarters or base established": "MOBILIZE",
}

// acledEventTypes are ACLED's event types: a row with another is a broken one.
var acledEventTypes = []string{"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"}

// acledKinds maps ACLED's actor type codes (inter1, inter2) onto actor kinds; the codes
// left out (5 rioters, 6 protesters, 7 civilians) are people in a role, not organized
// actors, and hold no ties.
var acledKinds = map[string]string{"1": "state-organ", "2": "armed-group", "3": "militia", "4": "militia", "8": "other"}

// ReadACLED reads ACLED events: each row an event of the case (date at ACLED's time
// precision, PLOVER type, the organized actors, the place with its ISO 3166-2 code where
// the table knows the province), and the events added up into ties between organized
// actors (ACLED's actor types 1-4 and 8):
//
//   - hostility between actor1 and actor2 of a violent event (battles, explosions and
//     remote violence, violence against civilians, riots), stated;
//   - cooperation between each side's actor and its associated actors (assoc_actor_1,
//     assoc_actor_2), inferred: acting together in an event is evidence of it, not a
//     statement;
//
// a tie per pair and run of events no more than ACLEDGap days apart, with the events'
// count, their fatalities and places in its note, and, for hostility, an intensity from
// the fatalities: 1 under 10, 2 under 100, 3 under 1,000, 4 under 10,000, 5 beyond.
func ReadACLED(name string, r io.Reader, o Options) (*Part, error) {
	t, err := openTable(name, r, "ACLED", []string{"event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
		"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "iso", "country", "admin1", "admin2", "location",
		"source", "notes", "fatalities"}, o.Where)
	if err != nil {
		return nil, err
	}
	b := newBuilder(ACLEDPrefix, o, alliances.Source{Title: "ACLED events (" + baseName(name) + ")",
		Publisher: "Armed Conflict Location & Event Data Project (acleddata.com)", Kind: "dataset", Reliability: "B", URL: "https://acleddata.com/",
		Note: "Events coded from news and local partners; each event cites its own sources (attributed to). Rows cited by event_id_cnty."})
	pairs := map[[3]string]*acledPair{}
	seen := map[string]int{}
	if err := b.eachRow(t, func() bool { return b.acledRow(t, pairs, seen) }); err != nil {
		return nil, err
	}
	b.eventTies(pairs, eventWords{event: "violent event", deaths: "fatalities", column: "event_id_cnty", credibility: 3})
	return b.finish(t)
}

func baseName(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[i+1:]
	}
	return path
}

// acledPair is the events of one pair and kind.
type acledPair struct {
	kind   alliances.Kind
	a, b   string
	events []acledEvent
	first  int
}

type acledEvent struct {
	raw        string // the data set's id of the event
	day        edtf.Day
	fatalities int
	place      string
}

func (b *builder) acledRow(t *table, pairs map[[3]string]*acledPair, seen map[string]int) bool {
	rawID := t.get("event_id_cnty")
	if rawID == "" {
		t.bad("event_id_cnty", "empty, expected the event's ACLED id such as AFG63558")
		return false
	}
	if line, dup := seen[rawID]; dup {
		t.bad("event_id_cnty", "%s given again (first on line %d), expected each event once", rawID, line)
		return false
	}
	rawID = strings.Clone(rawID) // not the row's memory, which the reader reuses
	seen[rawID] = t.line()
	day, err := time.Parse(time.DateOnly, t.get("event_date"))
	if err != nil {
		t.bad("event_date", "%q is not a date, expected YYYY-MM-DD", t.get("event_date"))
		return false
	}
	date := day.Format(time.DateOnly)
	switch p := t.get("time_precision"); p {
	case "1":
	case "2":
		date += "~" // within a week of the day given
	case "3":
		date = day.Format("2006-01") // within the month
	default:
		t.bad("time_precision", "%q, expected 1 (the day), 2 (within a week) or 3 (within a month)", p)
		return false
	}
	fatalities := 0
	if f := t.get("fatalities"); f != "" {
		if fatalities, err = strconv.Atoi(f); err != nil || fatalities < 0 {
			t.bad("fatalities", "%q is not a count, expected a whole number, 0 or more", f)
			return false
		}
	}
	place := b.place(alpha2(t.get("iso"), t.get("country")), t.get("admin1")) // iso: ISO 3166-1 numeric
	eventType := t.get("event_type")
	if !slices.Contains(acledEventTypes, eventType) {
		t.bad("event_type", "%q, expected one of ACLED's event types: %s", eventType, strings.Join(acledEventTypes, ", "))
		return false
	}
	sides := [2][]string{}
	var people []string
	for s, cols := range [2][3]string{{"actor1", "assoc_actor_1", "inter1"}, {"actor2", "assoc_actor_2", "inter2"}} {
		main := t.get(cols[0])
		inter := t.get(cols[2])
		if main == "" {
			continue
		}
		if len(inter) != 1 || inter[0] < '0' || inter[0] > '8' {
			t.bad(cols[2], "%q, expected ACLED's actor type, a digit from 0 to 8", inter)
			return false
		}
		kind, organized := acledKinds[inter]
		if !organized || acledUnknown(main) {
			people = append(people, main)
			continue
		}
		sides[s] = append(sides[s], b.actor(ref{name: main, external: [][2]string{{"acled", main}}, kind: kind}))
		for assoc := range strings.SplitSeq(t.get(cols[1]), ";") {
			if assoc = strings.TrimSpace(assoc); assoc != "" && !acledPeople(assoc) && !acledUnknown(assoc) {
				sides[s] = append(sides[s], b.actor(ref{name: assoc, external: [][2]string{{"acled", assoc}}, kind: "other"}))
			}
		}
	}
	ev := acledEvent{raw: rawID, fatalities: fatalities, place: place}
	iv, err := edtf.Parse(date)
	if err != nil {
		t.bad("event_date", "%q: %v", date, err)
		return false
	}
	ev.day = iv.Strict().First
	add := func(kind alliances.Kind, x, y string) {
		if x == y {
			return
		}
		if x > y {
			x, y = y, x // both kinds are undirected
		}
		k := [3]string{string(kind), x, y}
		p := pairs[k]
		if p == nil {
			p = &acledPair{kind: kind, a: x, b: y, first: len(pairs)}
			pairs[k] = p
		}
		p.events = append(p.events, ev)
	}
	if slices.Contains(acledViolent, eventType) && len(sides[0]) > 0 && len(sides[1]) > 0 {
		add(alliances.Hostility, sides[0][0], sides[1][0])
	}
	for _, side := range sides {
		for _, other := range side[min(1, len(side)):] {
			add(alliances.Cooperation, side[0], other)
		}
	}
	var actors []string
	for _, side := range sides {
		for _, a := range side {
			if !slices.Contains(actors, a) {
				actors = append(actors, a)
			}
		}
	}
	if !b.events {
		return true
	}
	sub := t.get("sub_event_type")
	title := cmp.Or(sub, eventType)
	if loc := t.get("location"); loc != "" {
		title += " in " + loc
	}
	note := strings.TrimSpace(fmt.Sprintf("%s; %s. %s", strings.Join(nonEmpty(place, t.get("admin2")), ", "), fatalitiesText(fatalities), t.get("notes")))
	if len(people) > 0 {
		note += " Also involved (people in a role, or a group ACLED could not identify; no ties): " + strings.Join(people, ", ") + "."
	}
	b.event(alliances.Event{ID: b.part.Prefix + "-" + Slug(rawID), Title: title, Date: iv,
		Type: cmp.Or(acledPLOVER[sub], acledPLOVER[eventType]), Actors: actors, Note: note,
		Citations: []alliances.Citation{{Source: b.source, Locator: "event_id_cnty " + rawID, Credibility: 3, AttributedTo: t.get("source")}}})
	return true
}

// acledUnknown reports whether a name is ACLED's for an armed group it could not
// identify ("Unidentified Armed Group (Afghanistan)"): a catch-all, no organization, which
// holds no ties.
func acledUnknown(name string) bool { return strings.HasPrefix(name, "Unidentified ") }

// acledPeople reports whether an associated actor is people in a role, as ACLED's actor
// types 5-7 are (civilians, protesters, rioters), rather than an organized actor.
func acledPeople(name string) bool {
	for _, p := range []string{"Civilians (", "Protesters (", "Rioters ("} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func nonEmpty(xs ...string) []string {
	return slices.DeleteFunc(xs, func(s string) bool { return s == "" })
}

// alpha2 returns the ISO 3166-1 alpha-2 code of a country ACLED gives by its numeric
// code and name, for the countries the subdivisions table holds.
func alpha2(numeric, name string) string {
	if numeric == "4" || strings.EqualFold(name, "Afghanistan") {
		return "AF"
	}
	return ""
}

// eventWords is how a tie added up from a data set's events speaks of them: what an
// event of fighting is called, its deaths, the column that names an event, and the
// credibility of the tie's citation.
type eventWords struct {
	event, deaths, column string
	credibility           alliances.Credibility
}

// eventTies writes a tie for each pair and run of events, in the order the file first
// names each pair.
func (b *builder) eventTies(pairs map[[3]string]*acledPair, w eventWords) {
	all := slices.SortedFunc(maps.Values(pairs), func(x, y *acledPair) int { return cmp.Compare(x.first, y.first) })
	ids := map[string]bool{}
	for _, p := range all {
		slices.SortStableFunc(p.events, func(x, y acledEvent) int { return cmp.Compare(x.day, y.day) })
		for i := 0; i < len(p.events); {
			j := i
			for j+1 < len(p.events) && p.events[j+1].day-p.events[j].day <= ACLEDGap {
				j++
			}
			b.eventTie(p, p.events[i:j+1], ids, w)
			i = j + 1
		}
	}
}

// maxLocated is the number of events a tie's citation names; its note counts them all.
const maxLocated = 20

func (b *builder) eventTie(p *acledPair, evs []acledEvent, ids map[string]bool, w eventWords) {
	first, last := evs[0].day.String(), evs[len(evs)-1].day.String()
	id := fmt.Sprintf("%s-%s-%s-%s-%s", b.part.Prefix, p.kind, strings.TrimPrefix(p.a, b.part.Prefix+"-"), strings.TrimPrefix(p.b, b.part.Prefix+"-"), first)
	for base, n := id, 2; ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	ids[id] = true
	valid := first
	if last != first {
		valid += "/" + last
	}
	tie := alliances.Tie{ID: id, Subject: p.a, Object: p.b, Kind: p.kind, Status: alliances.Reported, Basis: alliances.Stated}
	tie.Valid, _ = edtf.Parse(valid)
	fatalities, places := 0, map[string]int{}
	var located []string
	for i, e := range evs {
		fatalities += e.fatalities
		places[e.place]++
		if i < maxLocated {
			located = append(located, e.raw)
		}
	}
	locator := w.column + " " + strings.Join(located, ", ")
	if len(evs) > maxLocated {
		locator += fmt.Sprintf(" and %d more", len(evs)-maxLocated)
	}
	if p.kind == alliances.Hostility {
		tie.Intensity = fatalityIntensity(fatalities)
	} else {
		tie.Basis = alliances.Inferred
	}
	placeList := slices.SortedFunc(maps.Keys(places), func(x, y string) int { return cmp.Or(cmp.Compare(places[y], places[x]), cmp.Compare(x, y)) })
	for i, pl := range placeList {
		placeList[i] = fmt.Sprintf("%s %d", cmp.Or(pl, "no place"), places[pl])
	}
	what := alliances.Count(len(evs), w.event)
	if p.kind == alliances.Cooperation {
		what = alliances.Count(len(evs), "event") + " on the same side (associated actors)"
	}
	deaths := fatalitiesText(fatalities)
	if w.deaths != "fatalities" {
		deaths = fmt.Sprintf("%d %s", fatalities, w.deaths)
	}
	tie.Note = fmt.Sprintf("%s, %s; events by province: %s.", what, deaths, strings.Join(placeList, ", "))
	tie.Citations = []alliances.Citation{{Source: b.source, Locator: locator, Credibility: w.credibility}}
	b.part.Record.Ties = append(b.part.Record.Ties, tie)
}

// fatalityIntensity places a tie's fatalities on the intensity scale, one step an order
// of magnitude: 1 under 10, 2 under 100, 3 under 1,000, 4 under 10,000, 5 beyond.
func fatalityIntensity(n int) int {
	switch {
	case n < 10:
		return 1
	case n < 100:
		return 2
	case n < 1000:
		return 3
	case n < 10000:
		return 4
	}
	return 5
}

func fatalitiesText(n int) string {
	if n == 1 {
		return "1 fatality"
	}
	return fmt.Sprintf("%d fatalities", n)
}
