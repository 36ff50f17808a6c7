package datasets

import (
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// ICEWSPrefix begins the id of every claim the ICEWS importer writes.
const ICEWSPrefix = "icews"

// ICEWSMinEvents is the fewest events of a pair in a month that make the month count.
const ICEWSMinEvents = 3

// cameoPLOVER maps CAMEO's root codes (the first two digits) onto PLOVER's event types.
var cameoPLOVER = map[string]string{
	"02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "COOPERATE", "06": "COOPERATE", "07": "AID", "08": "CONCEDE",
	"10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
	"17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}

// icewsGovernment lists the ICEWS sectors of an actor that speaks or acts for its state.
var icewsGovernment = []string{"Government", "Executive", "Military", "Police", "Foreign Ministry", "Legislative / Parliamentary", "Cabinet", "Executive Office"}

// icewsNotTheState lists the ICEWS sectors of an actor that does not speak for its
// state even where it holds office: local and provincial officials, former officials
// (Elite), the opposition.
var icewsNotTheState = []string{"Local", "Provincial", "Municipal", "Elite", "Dissident", "Opposition Major Party (Out Of Government)", "Protestors / Popular Opposition / Mobs"}

var icewsInner = regexp.MustCompile(`^(.+) \(([^()]+)\)$`)

// icewsMonth is what one pair's events of one month add up to.
type icewsMonth struct {
	first, last edtf.Day // the first and last days of its events
	events      []string // Event IDs
	coop        int      // CAMEO 01-08: verbal and material cooperation
	conflict    int      // 09-20: verbal and material conflict
	violent     int      // 18-20: assault, fight, mass violence
	goldstein   float64  // the sum of the events' scores (Goldstein's, or PLOVER's)
}

// ReadICEWS reads ICEWS coded event data (tab-separated, ICEWS's column names). An
// event's source and target are the registry's or the case's actors when their names
// resolve: the name itself; the group of a sector name ("Militant (Taliban)"); or, for
// the government, the military, the police and the state's other organs (by ICEWS's
// sectors: Donald Trump, Police (India)), the state of the actor's country. Names that do
// not resolve are listed, and no actor is created for them: event data name thousands of
// people and bodies, and a tie needs two the analyst follows. Each event of two resolved
// actors is an event of the case (PLOVER type from its CAMEO root), and the events add up
// to candidate ties, marked inferred, by this rule:
//
//   - a pair's month counts when it has at least ICEWSMinEvents events, cooperative
//     (mean Goldstein score of 1 or more) or conflictual (-1 or less); a month in between
//     is mixed and makes none;
//   - a run of consecutive counting months of one sign is a tie, valid from the first day
//     of its events to the last: cooperation; hostility if any of its conflictual events
//     is violent (CAMEO 18-20), else rivalry;
//   - its note gives the counts and the mean Goldstein score of each month.
func ReadICEWS(name string, r io.Reader, o Options) (*Part, error) {
	t, err := openTableSep(name, r, "ICEWS", '\t', []string{"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
		"Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Publisher", "Province", "Country"}, o.Where)
	if err != nil {
		return nil, err
	}
	b := newBuilder(ICEWSPrefix, o, alliances.Source{Title: "ICEWS Coded Event Data", Author: "Elizabeth Boschee et al.",
		Publisher: "Harvard Dataverse (doi:10.7910/DVN/28075)", Kind: "dataset", Reliability: "C", URL: "https://doi.org/10.7910/DVN/28075",
		Note: "Events machine-coded in CAMEO from news reports, with Goldstein scores; rows cited by Event ID."})
	months := map[[3]string]*icewsMonth{} // pair (sorted) and month
	var order [][3]string
	unresolved := map[string]int{}
	left := 0
	for {
		ok, err := t.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		day, err := time.Parse(time.DateOnly, t.get("Event Date"))
		if err != nil {
			t.bad("Event Date", "%q is not a date, expected YYYY-MM-DD", t.get("Event Date"))
			continue
		}
		code := t.get("CAMEO Code")
		if len(code) < 2 || strings.Trim(code, "0123456789") != "" {
			t.bad("CAMEO Code", "%q is not a CAMEO code, expected digits such as 040", code)
			continue
		}
		g, err := strconv.ParseFloat(t.get("Intensity"), 64)
		if err != nil || g < -10 || g > 10 {
			t.bad("Intensity", "%q is not a Goldstein score, expected a number from -10 to 10", t.get("Intensity"))
			continue
		}
		dayRange := edtf.Range{First: edtf.DayOf(day.Year(), int(day.Month()), day.Day())}
		dayRange.Last = dayRange.First
		src := b.icewsActor(t.get("Source Name"), t.get("Source Sectors"), t.get("Source Country"), dayRange, unresolved)
		dst := b.icewsActor(t.get("Target Name"), t.get("Target Sectors"), t.get("Target Country"), dayRange, unresolved)
		if src == "" || dst == "" || src == dst {
			left++
			continue
		}
		raw := t.get("Event ID")
		iv, _ := edtf.Parse(day.Format(time.DateOnly))
		root := code[:2]
		b.event(alliances.Event{ID: b.part.Prefix + "-" + Slug(raw), Title: t.get("Event Text") + ": " + t.get("Source Name") + " to " + t.get("Target Name"),
			Date: iv, Type: cameoPLOVER[root], Actors: []string{src, dst},
			Note:      fmt.Sprintf("CAMEO %s, Goldstein %s; %s.", code, t.get("Intensity"), strings.Join(nonEmpty(t.get("Province"), t.get("Country")), ", ")),
			Citations: []alliances.Citation{{Source: b.source, Locator: "Event ID " + raw, Credibility: 3, AttributedTo: t.get("Publisher")}}})
		x, y := src, dst
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
		m.events = append(m.events, raw)
		m.goldstein += g
		if n, _ := strconv.Atoi(root); n <= 8 {
			m.coop++
		} else {
			m.conflict++
			if n >= 18 {
				m.violent++
			}
		}
		b.part.Used++
	}
	b.monthTies(months, order, "Goldstein")
	part, err := b.finish(t)
	if err != nil {
		return nil, err
	}
	unlinked(part, unresolved, left, "events")
	return part, nil
}

// icewsActor resolves an ICEWS name (see ReadICEWS), counting the names it cannot.
func (b *builder) icewsActor(name, sectors, country string, at edtf.Range, unresolved map[string]int) string {
	if id, ok := b.names[name]; ok {
		if id == "" {
			unresolved[name]++
		}
		if b.res.Kind(id) == "state" {
			return b.res.Government(id, at) // the state's organs speak for whoever held it
		}
		return id
	}
	id := b.nameOf(name)
	if m := icewsInner.FindStringSubmatch(name); id == "" && m != nil {
		if g := b.nameOf(m[2]); g != "" && b.res.Kind(g) != "state" {
			id = g // a sector of a group: Militant (Taliban)
		}
	}
	if id == "" {
		government, other := false, false
		for _, s := range strings.Split(sectors, ",") {
			s = strings.TrimSpace(s)
			government = government || slices.Contains(icewsGovernment, s)
			other = other || slices.Contains(icewsNotTheState, s)
		}
		if government && !other {
			if st := b.nameOf(country); st != "" && b.res.Kind(st) == "state" {
				id = st // an organ or officer of the state
			}
		}
	}
	b.names[name] = id
	if id == "" {
		unresolved[name]++
		return ""
	}
	b.resolved(name, id)
	if b.res.Kind(id) == "state" {
		return b.res.Government(id, at)
	}
	return id
}

// monthTies writes the candidate ties of the pairs' months (see ReadICEWS); score names
// the scale of the events' scores.
func (b *builder) monthTies(months map[[3]string]*icewsMonth, order [][3]string, score string) {
	type pair struct{ a, b string }
	byPair := map[pair][]string{}
	var pairs []pair
	for _, k := range order {
		p := pair{k[0], k[1]}
		if _, ok := byPair[p]; !ok {
			pairs = append(pairs, p)
		}
		byPair[p] = append(byPair[p], k[2])
	}
	sign := func(m *icewsMonth) int {
		n := len(m.events)
		switch mean := m.goldstein / float64(n); {
		case n < ICEWSMinEvents:
			return 0
		case mean >= 1:
			return 1
		case mean <= -1:
			return -1
		}
		return 0
	}
	ids := map[string]bool{}
	for _, p := range pairs {
		ms := slices.Compact(slices.Sorted(slices.Values(byPair[p])))
		for i := 0; i < len(ms); {
			m := months[[3]string{p.a, p.b, ms[i]}]
			s := sign(m)
			if s == 0 {
				i++
				continue
			}
			j := i
			for j+1 < len(ms) && nextMonth(ms[j]) == ms[j+1] && sign(months[[3]string{p.a, p.b, ms[j+1]}]) == s {
				j++
			}
			b.monthTie(p.a, p.b, ms[i:j+1], months, s, ids, score)
			i = j + 1
		}
	}
}

func nextMonth(m string) string {
	t, _ := time.Parse("2006-01", m)
	return t.AddDate(0, 1, 0).Format("2006-01")
}

func (b *builder) monthTie(x, y string, ms []string, months map[[3]string]*icewsMonth, s int, ids map[string]bool, score string) {
	kind := alliances.Cooperation
	var events, notes []string
	violent := 0
	for _, mo := range ms {
		m := months[[3]string{x, y, mo}]
		events = append(events, m.events...)
		violent += m.violent
		notes = append(notes, fmt.Sprintf("%s: %d events, %d cooperative, %d conflictual (%d violent), mean %s score %.1f", mo, len(m.events), m.coop, m.conflict, m.violent, score, m.goldstein/float64(len(m.events))))
	}
	if s < 0 {
		kind = alliances.Rivalry
		if violent > 0 {
			kind = alliances.Hostility
		}
	}
	// Valid over the days of the run's events, not their months: two days of coded events
	// say nothing of the rest of the month.
	first, last := months[[3]string{x, y, ms[0]}].first, months[[3]string{x, y, ms[len(ms)-1]}].last
	valid := first.String()
	if last != first {
		valid += "/" + last.String()
	}
	id := fmt.Sprintf("%s-%s-%s-%s-%s", b.part.Prefix, kind, x, y, ms[0])
	for base, n := id, 2; ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	ids[id] = true
	iv, _ := edtf.Parse(valid)
	column := "Event ID"
	if score != "Goldstein" {
		column = "id"
	}
	locator := column + " " + strings.Join(events[:min(len(events), maxLocated)], ", ")
	if len(events) > maxLocated {
		locator += fmt.Sprintf(" and %d more", len(events)-maxLocated)
	}
	b.part.Record.Ties = append(b.part.Record.Ties, alliances.Tie{ID: id, Subject: x, Object: y, Kind: kind, Valid: iv, Status: alliances.Reported, Basis: alliances.Inferred,
		Note:      "A candidate tie read from coded events by the rule of docs/datasets.md. " + strings.Join(notes, "; ") + ".",
		Citations: []alliances.Citation{{Source: b.source, Locator: locator, Credibility: 3}}})
}
