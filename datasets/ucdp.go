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

// ACDPrefix and GEDPrefix begin the id of every claim the importers of the UCDP/PRIO
// Armed Conflict Dataset and of the UCDP Georeferenced Event Dataset write.
const (
	ACDPrefix = "ucdp-acd"
	GEDPrefix = "ucdp-ged"
)

// acdIntensity maps the conflict-year's intensity_level onto the intensity scale: a
// minor armed conflict (25 to 999 battle-related deaths in the year) is 3, a war (1,000
// or more) is 5.
var acdIntensity = map[string]int{"1": 3, "2": 5}

// yearRuns is what conflict-years say of one pair and kind: per year, the rows and the
// intensity.
type yearRuns struct {
	kind      alliances.Kind
	a, b      string
	forms     []alliances.Form
	years     map[int]*acdYear
	first     int
	conflicts map[string]bool
	inferred  bool // a secondary warring party against the other side's parties
}

type acdYear struct {
	rows      []string
	intensity int
}

// ReadACD reads the UCDP/PRIO Armed Conflict Dataset (conflict-years, with the sides'
// names and UCDP ids: version 17.1 and later) into ties, a tie per pair and run of
// consecutive years:
//
//   - hostility between each primary party of side A (side_a, side_a_id) and each of side
//     B, with an intensity from the year's intensity_level (minor 3, war 5, the run's
//     highest), stated;
//   - for each secondary warring party (a state joining a side with troops: side_a_2nd,
//     side_b_2nd), support with troops to each primary party of its side, and hostility
//     with each primary party of the other side, stated.
//
// Parties resolve by UCDP id, else by name; secondary parties by name (their Gleditsch-
// Ward codes are listed in another order than their names). Every tie cites the
// conflict and the years it rests on.
func ReadACD(name string, r io.Reader, o Options) (*Part, error) {
	t, err := openTable(name, r, "UCDP/PRIO ACD", []string{"conflict_id", "location", "side_a", "side_a_id", "side_a_2nd", "side_b", "side_b_id",
		"side_b_2nd", "incompatibility", "year", "intensity_level", "type_of_conflict"}, o.Where)
	if err != nil {
		return nil, err
	}
	version := "22.1"
	b := newBuilder(ACDPrefix, o, alliances.Source{Title: "UCDP/PRIO Armed Conflict Dataset",
		Author:    "Nils Petter Gleditsch, Peter Wallensteen, Mikael Eriksson, Margareta Sollenberg and Håvard Strand; Uppsala Conflict Data Program",
		Publisher: "Uppsala Conflict Data Program", Kind: "dataset", Reliability: "B", URL: "https://ucdp.uu.se/downloads/",
		Note: "Armed Conflict 1946-2001: A New Dataset, Journal of Peace Research 39(5), 2002, and the yearly updates, with the Peace Research Institute Oslo. One row per conflict and year; rows cited by conflict_id and year."})
	// The file lists a side's names alphabetically and its ids in another order: the rows
	// are read first, then each id paired with its name across the whole file, then the
	// ties written.
	var rows []acdRow
	for {
		ok, err := t.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if v := t.get("version"); v != "" {
			version = v
		}
		year, ok := t.year("year")
		if !ok {
			continue
		}
		intensity, ok := acdIntensity[t.get("intensity_level")]
		if !ok {
			t.bad("intensity_level", "%q, expected 1 (25-999 battle-related deaths) or 2 (1,000 or more)", t.get("intensity_level"))
			continue
		}
		row := acdRow{year: year, intensity: intensity, row: t.get("conflict_id") + "/" + strconv.Itoa(year),
			conflict: fmt.Sprintf("conflict %s (%s)", t.get("conflict_id"), t.get("location"))}
		broken := false
		for s, cols := range [2][2]string{{"side_a", "side_a_id"}, {"side_b", "side_b_id"}} {
			ids := splitList(t.get(cols[1]))
			if len(ids) > MaxParties {
				t.bad(cols[1], "%d parties, expected at most %d on a side", len(ids), MaxParties)
				ids = nil
			}
			if len(ids) == 0 {
				broken = true
			}
			row.ids[s], row.names[s] = cloneAll(ids), cloneAll(splitList(t.get(cols[0])))
		}
		if broken {
			t.bad("side_b_id", "a side without a UCDP id, expected the ids of both sides' parties")
			continue
		}
		row.second[0], row.second[1] = cloneAll(splitList(t.get("side_a_2nd"))), cloneAll(splitList(t.get("side_b_2nd")))
		rows = append(rows, row)
		b.part.Used++
	}
	names := b.pairAcross(rows)
	pairs := map[[3]string]*yearRuns{}
	for _, row := range rows {
		year, at := row.year, yearRange(row.year)
		add := func(kind alliances.Kind, inferred bool, x, y string, forms ...alliances.Form) {
			if x == y {
				return
			}
			if kind != alliances.Support && x > y {
				x, y = y, x
			}
			k := [3]string{string(kind), x, y}
			if inferred {
				k[0] += " inferred"
			}
			p := pairs[k]
			if p == nil {
				p = &yearRuns{kind: kind, a: x, b: y, forms: forms, years: map[int]*acdYear{}, first: len(pairs), conflicts: map[string]bool{}, inferred: inferred}
				pairs[k] = p
			}
			p.conflicts[row.conflict] = true
			y0 := p.years[year]
			if y0 == nil {
				y0 = &acdYear{}
				p.years[year] = y0
			}
			y0.rows = append(y0.rows, row.row)
			y0.intensity = max(y0.intensity, row.intensity)
		}
		// A party of one side, as it faced the parties of the other (against): an id that
		// denotes different actors over time is decided by its opponent.
		party := func(id string, against []string) string {
			n := names[id]
			kind := "armed-group"
			if strings.HasPrefix(n, "Government of ") {
				kind = "state"
			}
			return b.actor(ref{name: n, external: [][2]string{{"ucdp", id}}, kind: kind, at: at, against: against})
		}
		plain := [2][]string{}
		for s := range 2 {
			for _, id := range row.ids[s] {
				plain[s] = append(plain[s], party(id, nil))
			}
		}
		for _, ida := range row.ids[0] {
			for j, idb := range row.ids[1] {
				a := party(ida, []string{plain[1][j]})
				bb := party(idb, []string{a})
				add(alliances.Hostility, false, a, bb)
			}
		}
		for s := range 2 {
			for _, n := range row.second[s] {
				second := b.actor(ref{name: n, kind: "state"})
				for _, own := range plain[s] {
					add(alliances.Support, false, second, own, alliances.Troops)
				}
				for _, enemy := range plain[1-s] {
					add(alliances.Hostility, true, second, enemy)
				}
			}
		}
	}
	b.part.Record.Sources[0].Title += ", version " + version
	all := slices.SortedFunc(maps.Values(pairs), func(x, y *yearRuns) int { return cmp.Compare(x.first, y.first) })
	ids := map[string]bool{}
	for _, p := range all {
		years := slices.Sorted(maps.Keys(p.years))
		for i := 0; i < len(years); {
			j := i
			// A run ends where the years stop or the conflict's intensity changes: a tie
			// carries one intensity over its whole valid time.
			for j+1 < len(years) && years[j+1] == years[j]+1 && p.years[years[j+1]].intensity == p.years[years[i]].intensity {
				j++
			}
			b.acdTie(p, years[i:j+1], ids)
			i = j + 1
		}
	}
	return b.finish(t)
}

func (b *builder) acdTie(p *yearRuns, years []int, ids map[string]bool) {
	first, last := years[0], years[len(years)-1]
	id := fmt.Sprintf("%s-%s-%s-%s-%d", b.part.Prefix, p.kind, strings.TrimPrefix(p.a, b.part.Prefix+"-"), strings.TrimPrefix(p.b, b.part.Prefix+"-"), first)
	for base, n := id, 2; ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	ids[id] = true
	valid := strconv.Itoa(first)
	if last > first {
		valid += "/" + strconv.Itoa(last)
	}
	tie := alliances.Tie{ID: id, Subject: p.a, Object: p.b, Kind: p.kind, Forms: p.forms, Status: alliances.Reported, Basis: alliances.Stated}
	tie.Valid, _ = edtf.Parse(valid)
	var rows []string
	war := []int{}
	for _, y := range years {
		rows = append(rows, p.years[y].rows...)
		tie.Intensity = max(tie.Intensity, p.years[y].intensity)
		if p.years[y].intensity == 5 {
			war = append(war, y)
		}
	}
	if p.kind == alliances.Support {
		tie.Intensity = 0 // the conflict's intensity is the fighting's, not the support's
	}
	slices.Sort(rows)
	tie.Note = "Parties to " + strings.Join(slices.Sorted(maps.Keys(p.conflicts)), "; ")
	if p.inferred {
		tie.Basis = alliances.Inferred
		tie.Note = "A secondary warring party against a primary party of the other side in " + strings.Join(slices.Sorted(maps.Keys(p.conflicts)), "; ") +
			" in the same years: the data do not say that the two fought each other (a secondary party may have left before the other joined)"
	}
	if p.kind == alliances.Support {
		tie.Note = "A secondary warring party (troops) on the side of its object in " + strings.Join(slices.Sorted(maps.Keys(p.conflicts)), "; ")
	}
	if len(war) > 0 {
		tie.Note += "; war (1,000 battle-related deaths or more in the conflict, all its dyads together) in " + yearsText(war)
	} else if p.kind == alliances.Hostility {
		tie.Note += "; minor conflict (25 to 999 battle-related deaths in the conflict, all its dyads together)"
	}
	tie.Note += "."
	tie.Citations = []alliances.Citation{{Source: b.source, Locator: "conflict_id/year " + strings.Join(slices.Compact(rows), ", "), Credibility: 2}}
	b.part.Record.Ties = append(b.part.Record.Ties, tie)
}

// ReadGED reads UCDP's Georeferenced Event Dataset: each row an event of the case (its
// dates, the two sides, the place with its ISO 3166-2 code where the table knows the
// province, the deaths), and the events of state-based and non-state violence
// (type_of_violence 1 and 2) added up into hostility ties between the two sides, a tie
// per pair and run of events no more than ACLEDGap days apart, its intensity from the
// best estimate of deaths on ACLED's scale (1 under 10 ... 5 from 10,000), stated. One-
// sided violence (3) against civilians is an event without a tie.
func ReadGED(name string, r io.Reader, o Options) (*Part, error) {
	t, err := openTable(name, r, "UCDP GED", []string{"id", "year", "type_of_violence", "conflict_name", "dyad_name", "side_a_new_id", "side_a",
		"side_b_new_id", "side_b", "date_start", "date_end", "adm_1", "country", "country_id", "best", "where_description"}, o.Where)
	if err != nil {
		return nil, err
	}
	b := newBuilder(GEDPrefix, o, alliances.Source{Title: "UCDP Georeferenced Event Dataset",
		Author: "Ralph Sundberg and Erik Melander; Uppsala Conflict Data Program", Publisher: "Uppsala Conflict Data Program", Kind: "dataset", Reliability: "B",
		URL: "https://ucdp.uu.se/downloads/", Note: "Introducing the UCDP Georeferenced Event Dataset, Journal of Peace Research 50(4), 2013, and the yearly releases. One row per event; rows cited by id."})
	pairs := map[[3]string]*acledPair{}
	seen := map[string]int{}
	if err := b.eachRow(t, func() bool { return b.gedRow(t, pairs, seen) }); err != nil {
		return nil, err
	}
	b.eventTies(pairs, eventWords{event: "GED event", deaths: "deaths (best estimates)", column: "id", credibility: 2})
	return b.finish(t)
}

func (b *builder) gedRow(t *table, pairs map[[3]string]*acledPair, seen map[string]int) bool {
	raw := t.get("id")
	if raw == "" {
		t.bad("id", "empty, expected the event's UCDP id")
		return false
	}
	id := b.part.Prefix + "-" + Slug(raw)
	if line, dup := seen[id]; dup {
		t.bad("id", "%s given again (first on line %d), expected each event once", raw, line)
		return false
	}
	seen[id] = t.line()
	start, err := time.Parse(time.DateOnly, firstField(t.get("date_start")))
	if err != nil {
		t.bad("date_start", "%q is not a date, expected YYYY-MM-DD", t.get("date_start"))
		return false
	}
	end, err := time.Parse(time.DateOnly, firstField(t.get("date_end")))
	if err != nil || end.Before(start) {
		t.bad("date_end", "%q is not a date on or after date_start, expected YYYY-MM-DD", t.get("date_end"))
		return false
	}
	date := start.Format(time.DateOnly)
	if !end.Equal(start) {
		date += "/" + end.Format(time.DateOnly)
	}
	iv, _ := edtf.Parse(date)
	deaths, err := strconv.Atoi(t.get("best"))
	if err != nil || deaths < 0 {
		t.bad("best", "%q is not a count, expected the best estimate of deaths, 0 or more", t.get("best"))
		return false
	}
	violence := t.get("type_of_violence")
	if violence != "1" && violence != "2" && violence != "3" {
		t.bad("type_of_violence", "%q, expected 1 (state-based), 2 (non-state) or 3 (one-sided)", violence)
		return false
	}
	province := strings.TrimSuffix(strings.TrimSuffix(t.get("adm_1"), " province"), " Province")
	place := b.place(gwAlpha2(t.get("country_id")), province)
	sideA := b.actor(ref{name: t.get("side_a"), external: [][2]string{{"ucdp", t.get("side_a_new_id")}}, kind: gedKind(t.get("side_a")), at: iv.Strict()})
	actors := []string{sideA}
	if violence != "3" {
		sideB := b.actor(ref{name: t.get("side_b"), external: [][2]string{{"ucdp", t.get("side_b_new_id")}}, kind: gedKind(t.get("side_b")), at: iv.Strict()})
		actors = append(actors, sideB)
		x, y := sideA, sideB
		if x > y {
			x, y = y, x
		}
		if x != y {
			k := [3]string{string(alliances.Hostility), x, y}
			p := pairs[k]
			if p == nil {
				p = &acledPair{kind: alliances.Hostility, a: x, b: y, first: len(pairs)}
				pairs[k] = p
			}
			p.events = append(p.events, acledEvent{raw: strings.Clone(raw), day: iv.Strict().First, fatalities: deaths, place: place})
		}
	}
	title := t.get("dyad_name")
	if violence == "3" {
		title = t.get("side_a") + " against civilians"
	}
	note := fmt.Sprintf("%s; %s; %d deaths (best estimate). %s", strings.Join(nonEmpty(place, t.get("country")), ", "), t.get("conflict_name"), deaths, t.get("where_description"))
	b.event(alliances.Event{ID: id, Title: title, Date: iv, Type: "ASSAULT", Actors: actors,
		Note: strings.TrimSpace(note), Citations: []alliances.Citation{{Source: b.source, Locator: "id " + raw, Credibility: 2}}})
	return true
}

// acdRow is a conflict-year as ReadACD keeps it between its passes.
type acdRow struct {
	year, intensity int
	row, conflict   string
	ids, names      [2][]string // per side: UCDP ids, and names in the file's order
	second          [2][]string // per side: the secondary warring parties' names
}

func cloneAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}

// pairAcross gives each UCDP id of the file its name. The file lists a side's names
// alphabetically and its ids in another order, so an id's name is the one name every
// side listing the id also lists, once the names paired already are set aside: first
// those of ids the registry or the case holds (the name that resolves to the same actor),
// then, over and over, those left alone. An id still without a name is "UCDP actor ID
// (side: the names)" of its first row.
func (b *builder) pairAcross(rows []acdRow) map[string]string {
	named := map[string]string{}
	cands := map[string]map[string]bool{}
	first := map[string]string{}
	for _, r := range rows {
		for s := range 2 {
			for _, id := range r.ids[s] {
				set := map[string]bool{}
				for _, n := range r.names[s] {
					set[n] = true
				}
				if old, ok := cands[id]; ok {
					for n := range old {
						if !set[n] {
							delete(old, n)
						}
					}
				} else {
					cands[id] = set
					first[id] = strings.Join(r.names[s], ", ")
				}
			}
		}
	}
	for id := range cands {
		if n, ok := b.ucdpNames[id]; ok {
			named[id] = n // UCDP's own name for the id
		}
	}
	for _, id := range slices.Sorted(maps.Keys(cands)) {
		set := cands[id]
		if _, ok := named[id]; ok {
			continue
		}
		known, _ := b.res.External("ucdp", id)
		if known == "" {
			continue
		}
		for n := range set {
			if b.nameOf(n) == known {
				named[id] = n
			}
		}
	}
	for changed := true; changed; {
		changed = false
		taken := map[string]bool{}
		for _, n := range named {
			taken[n] = true
		}
		for _, id := range slices.Sorted(maps.Keys(cands)) {
			set := cands[id]
			if _, ok := named[id]; ok {
				continue
			}
			var left []string
			for n := range set {
				if !taken[n] {
					left = append(left, n)
				}
			}
			if len(left) == 1 {
				named[id], taken[left[0]], changed = left[0], true, true
			}
		}
	}
	for id := range cands {
		if _, ok := named[id]; !ok {
			named[id] = "UCDP actor " + id + " (side: " + first[id] + ")"
		}
	}
	return named
}

// nameOf returns the actor a name resolves to, "" for none.
func (b *builder) nameOf(name string) string {
	if id, _ := b.res.Name(name); id != "" {
		return id
	}
	if state, ok := strings.CutPrefix(name, "Government of "); ok {
		id, _ := b.res.Name(state)
		return id
	}
	return ""
}

// firstField returns the date of a cell that may hold a time too ("2021-05-28 00:00:00").
func firstField(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

func gedKind(name string) string {
	if strings.HasPrefix(name, "Government of ") {
		return "state"
	}
	return "armed-group"
}

// gwAlpha2 returns the ISO 3166-1 alpha-2 code of a Gleditsch-Ward country code, for the
// countries the subdivisions table holds.
func gwAlpha2(gw string) string {
	if gw == "700" {
		return "AF"
	}
	return ""
}

// ReadUCDPActors reads UCDP's Actor Dataset (ActorId, NameData and the rest, as UCDP
// publishes it) into the names by id that pair the ids of ucdp-acd and ucdp-esd files with
// their names exactly.
func ReadUCDPActors(name string, r io.Reader) (map[string]string, error) {
	t, err := openTable(name, r, "UCDP Actor Dataset", []string{"ActorId", "NameData"}, nil)
	if err != nil {
		return nil, err
	}
	names := map[string]string{}
	for {
		ok, err := t.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		id, n := t.get("ActorId"), t.get("NameData")
		if _, err := strconv.Atoi(id); err != nil || n == "" {
			t.bad("ActorId", "%q with name %q, expected a UCDP actor id and its name", id, n)
			continue
		}
		names[strings.Clone(id)] = strings.Clone(n)
	}
	return names, t.err()
}
