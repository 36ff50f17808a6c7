package datasets

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// ESD10Prefix and ESD18Prefix begin the id of every claim the UCDP External Support
// importer writes from version 1.0 and version 18.1: a case may hold both, which do
// not replace each other.
const (
	ESD10Prefix = "ucdp-esd-1"
	ESD18Prefix = "ucdp-esd-18"
)

// The forms of support of ESD 1.0's external_type_ columns.
var esdForms = []struct {
	column string
	form   alliances.Form
}{
	{"external_type_X", alliances.Troops}, {"external_type_Y", alliances.Infrastructure},
	{"external_type_L", alliances.Territory}, {"external_type_W", alliances.Weapons},
	{"external_type_M", alliances.Materiel}, {"external_type_T", alliances.Training},
	{"external_type_$", alliances.Funding}, {"external_type_I", alliances.Intelligence},
	{"external_type_O", alliances.OtherForm}, {"external_type_U", alliances.UnknownForm},
}

// The support types of ESD 18.1's ext_ columns, in words, for notes.
var esd18Types = []struct{ column, words string }{
	{"ext_x", "troops as a secondary warring party"}, {"ext_p", "foreign troop presence"},
	{"ext_y", "access to infrastructure or joint operations"}, {"ext_w", "weapons"},
	{"ext_m", "materiel and logistics"}, {"ext_t", "training and expertise"},
	{"ext_f", "funding"}, {"ext_i", "intelligence"}, {"ext_l", "access to territory"},
	{"ext_o", "other support"}, {"ext_u", "support of unknown type"},
}

// ReadESD reads UCDP's External Support Dataset into support ties, one tie per supporter,
// recipient and run of consecutive years in which the support is coded (with the same
// status), from either of its two forms, told apart by the header:
//
//   - version 1.0, disaggregated (one row per supporter, recipient and year, 1975-2009):
//     the forms of support come from external_type_X ... _U, the status from
//     external_exists (1: confirmed) and external_alleged (1: alleged); rows whose
//     external_exists is -1 are left out and counted in the notes, as their meaning is
//     the codebook's;
//   - version 18.1, actor-year (one row per recipient and year, 1975-2017, supporters as
//     a list of UCDP actor ids in ext_id): a tie per supporter, without forms, since the
//     file gives the types of support of all supporters of a year together (the tie's
//     note lists them); status reported.
//
// Supporters resolve by UCDP actor id (18.1) or Gleditsch-Ward code (1.0, states), then
// by name; recipients by UCDP id (18.1) or, for a government, by its country's code.
// Every tie cites the file's rows by their row id (external_id or id).
func ReadESD(name string, r io.Reader, o Options) (*Part, error) {
	t, err := openTable(name, r, "UCDP ESD", []string{}, o.Where)
	if err != nil {
		return nil, err
	}
	switch {
	case t.has("external_nameid"):
		return readESD10(t, o)
	case t.has("ext_id"):
		return readESD18(t, o)
	}
	return nil, alliances.Errorf(alliances.Invalid, "", "%s:1:1: neither ESD 1.0's columns (external_name, external_nameid, ...) nor ESD 18.1's (ext_id, ext_name, ...), expected a UCDP External Support Dataset file (found %s)",
		name, strings.Join(t.header[:min(6, len(t.header))], ", "))
}

func (t *table) has(column string) bool { _, ok := t.col[column]; return ok }

// support is what the rows say of one supporter, recipient and status: per year, the
// forms and the rows.
type support struct {
	supporter, recipient string
	status               alliances.Status
	years                map[int]*supportYear
	first                int // the first row, to keep the file's order
}

type supportYear struct {
	forms  map[alliances.Form]bool
	rows   []string
	dyads  map[string]bool
	types  string // 18.1: the types of the year, all supporters together
	extras []string
}

func (b *builder) supportOf(m map[[3]string]*support, sup, rec string, status alliances.Status, year int) *supportYear {
	k := [3]string{sup, rec, string(status)}
	s := m[k]
	if s == nil {
		s = &support{supporter: sup, recipient: rec, status: status, years: map[int]*supportYear{}, first: len(m)}
		m[k] = s
	}
	y := s.years[year]
	if y == nil {
		y = &supportYear{forms: map[alliances.Form]bool{}, dyads: map[string]bool{}}
		s.years[year] = y
	}
	return y
}

func readESD10(t *table, o Options) (*Part, error) {
	need := []string{"external_id", "ywp_year", "ywp_name", "bc_name", "bwd_name", "country1", "country2", "locationid1", "locationid2",
		"external_exists", "external_name", "external_nameid", "external_alleged"}
	for _, f := range esdForms {
		need = append(need, f.column)
	}
	if err := t.need("UCDP ESD 1.0", need); err != nil {
		return nil, err
	}
	b := newBuilder(ESD10Prefix, o, alliances.Source{Title: "UCDP External Support Dataset, disaggregated, version 1.0",
		Author: "Stina Högbladh, Therése Pettersson and Lotta Themnér", Publisher: "Uppsala Conflict Data Program", Kind: "dataset", Reliability: "B",
		Date: mustDate("2011"), URL: "https://ucdp.uu.se/downloads/",
		Note: "External Support in Armed Conflict 1975-2009: Presenting New Data (ISA 2011). One row per supporter, recipient and year; rows cited by external_id."})
	ties := map[[3]string]*support{}
	unclear := 0
	for {
		ok, err := t.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		supName := t.get("external_name")
		if supName == "" {
			continue // a warring party-year without support
		}
		year, ok := t.year("ywp_year")
		if !ok {
			continue
		}
		var status alliances.Status
		switch exists, alleged := t.get("external_exists"), t.get("external_alleged"); {
		case exists == "1":
			status = alliances.Confirmed
		case exists == "0" && alleged == "1":
			status = alliances.Alleged
		case exists == "-1":
			unclear++
			continue
		default:
			t.bad("external_exists", "%q with external_alleged %q, expected 1 (confirmed), or 0 with external_alleged 1 (alleged)", exists, alleged)
			continue
		}
		supID := t.get("external_nameid")
		code, err := strconv.Atoi(supID)
		if err != nil || code < 0 {
			t.bad("external_nameid", "%q is not a number, expected the supporter's code (a country code below 1000, else UCDP's)", supID)
			continue
		}
		at := yearRange(year)
		sup := ref{name: supName, kind: "other", at: at}
		if code < 1000 {
			sup.external, sup.kind = [][2]string{{"gw", supID}}, "state" // UCDP codes states by Gleditsch and Ward
		}
		recName := t.get("ywp_name")
		rec := ref{name: recName, kind: "armed-group", at: at, against: b.dyadOpponents(t.get("bwd_name"), recName)}
		if country, ok := strings.CutPrefix(recName, "Government of "); ok {
			rec.kind = "state"
			for _, side := range [][2]string{{"country1", "locationid1"}, {"country2", "locationid2"}} {
				if strings.EqualFold(t.get(side[0]), country) && t.get(side[1]) != "" && t.get(side[1]) != "0" {
					rec.external = [][2]string{{"gw", t.get(side[1])}}
				}
			}
		}
		y := b.supportOf(ties, b.actor(sup), b.actor(rec), status, year)
		for _, f := range esdForms {
			if t.get(f.column) == "1" {
				y.forms[f.form] = true
			}
		}
		y.rows = append(y.rows, t.get("external_id"))
		if d := t.get("bwd_name"); d != "" {
			y.dyads[d+" ("+t.get("bc_name")+")"] = true
		}
		b.part.Used++
	}
	if unclear > 0 {
		b.part.Notes = append(b.part.Notes, fmt.Sprintf("%s with external_exists -1 left out: the value's meaning is in ESD 1.0's codebook, and neither confirmed nor alleged support can be read from it", alliances.Count(unclear, "row")))
	}
	b.supportTies(ties, "external_id")
	return b.finish(t)
}

func readESD18(t *table, o Options) (*Part, error) {
	need := []string{"id", "year", "actor_id", "actor_name", "actor_nonstate", "dyad_name", "location", "ext_id", "ext_name", "ext_sup", "ext_elements", "ext_coalition", "ext_coalition_name"}
	for _, ty := range esd18Types {
		need = append(need, ty.column)
	}
	if err := t.need("UCDP ESD 18.1", need); err != nil {
		return nil, err
	}
	b := newBuilder(ESD18Prefix, o, alliances.Source{Title: "UCDP External Support Dataset, actor-year, version 18.1",
		Author: "Vanessa Meier, Niklas Karlén, Therése Pettersson and Mihai Croicu", Publisher: "Uppsala Conflict Data Program", Kind: "dataset", Reliability: "B",
		Date: mustDate("2018"), URL: "https://ucdp.uu.se/downloads/",
		Note: "External support in armed conflicts: Introducing the UCDP External Support Dataset (ESD), 1975-2017, Journal of Peace Research 60(3), 2023. One row per warring actor, dyad and year; rows cited by id."})
	b.part.Notes = append(b.part.Notes, "ESD 18.1 gives the types of support of all supporters of a year together: the ties carry no forms, and each tie's note lists the year's types")
	ties := map[[3]string]*support{}
	for {
		ok, err := t.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if t.get("ext_sup") != "1" {
			continue
		}
		year, ok := t.year("year")
		if !ok {
			continue
		}
		ids := splitList(t.get("ext_id"))
		names := splitList(t.get("ext_name"))
		if len(ids) == 0 {
			t.bad("ext_id", "empty while ext_sup is 1, expected the supporters' UCDP actor ids, separated by commas")
			continue
		}
		recKind := "armed-group"
		if t.get("actor_nonstate") == "0" {
			recKind = "state"
		}
		var against []string
		for _, o := range splitList(t.get("oppo_id")) {
			if id, _ := b.res.External("ucdp", o); id != "" {
				against = append(against, id)
			} else if id := b.byID["ucdp "+o]; id != "" {
				against = append(against, id)
			} else {
				against = append(against, "ucdp "+o) // an opponent no actor holds yet: someone else
			}
		}
		rec := b.actor(ref{name: t.get("actor_name"), external: [][2]string{{"ucdp", t.get("actor_id")}}, kind: recKind, at: yearRange(year), against: against})
		var types []string
		for _, ty := range esd18Types {
			if t.get(ty.column) == "1" {
				types = append(types, ty.words)
			}
		}
		var extras []string
		if t.get("ext_elements") == "1" {
			extras = append(extras, "some support from elements of a state or group rather than its leadership")
		}
		if t.get("ext_coalition") == "1" {
			extras = append(extras, "some support given through a coalition ("+t.get("ext_coalition_name")+")")
		}
		for i, id := range ids {
			name := "UCDP actor " + id
			if n, ok := b.ucdpNames[id]; ok {
				name = n // UCDP's own name for the id
			} else if len(names) == len(ids) {
				name = names[i] // the lists pair up only when no name holds a comma
			}
			if _, err := strconv.Atoi(id); err != nil {
				t.bad("ext_id", "%q is not a UCDP actor id, expected numbers separated by commas", id)
				continue
			}
			kind := "other" // ext_nonstate is the row's, not the supporter's
			if strings.HasPrefix(name, "Government of ") {
				kind = "state"
			}
			sup := b.actor(ref{name: name, external: [][2]string{{"ucdp", id}}, kind: kind, at: yearRange(year)})
			y := b.supportOf(ties, sup, rec, alliances.Reported, year)
			y.rows = append(y.rows, t.get("id"))
			y.dyads[t.get("dyad_name")+" ("+t.get("location")+")"] = true
			y.types = strings.Join(types, ", ")
			y.extras = extras
			if t.get("active") == "0" {
				y.extras = append(slices.Clone(extras), "the recipient's dyad inactive that year (UCDP keeps the year)")
			}
		}
		b.part.Used++
	}
	b.supportTies(ties, "id")
	return b.finish(t)
}

// need checks the columns of one form of a data set.
func (t *table) need(dataset string, columns []string) error {
	var missing []string
	for _, c := range columns {
		if !t.has(c) {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return alliances.Errorf(alliances.Invalid, "", "%s:1:1: the header lacks %s, expected %s's columns", t.name, strings.Join(missing, ", "), dataset)
	}
	return nil
}

// year reads a year column, reporting what is not a year.
func (t *table) year(column string) (int, bool) {
	v := t.get(column)
	y, err := strconv.Atoi(v)
	if err != nil || y < 1000 || y > 9999 {
		t.bad(column, "%q is not a year, expected four digits such as 1996", v)
		return 0, false
	}
	return y, true
}

// dyadOpponents returns the actors a dyad's name ("Government of Afghanistan - Taleban")
// sets against one of its sides, as resolved; a side no actor holds yet is named as it
// is, someone else.
func (b *builder) dyadOpponents(dyad, side string) []string {
	var out []string
	for _, part := range strings.Split(dyad, " - ") {
		part = strings.TrimSpace(part)
		if part == "" || strings.EqualFold(part, strings.TrimSpace(side)) {
			continue
		}
		if id := b.nameOf(part); id != "" {
			out = append(out, id)
		} else {
			out = append(out, "name "+part)
		}
	}
	return out
}

// yearRange is the days of a year.
func yearRange(y int) edtf.Range {
	iv, err := edtf.Parse(strconv.Itoa(y))
	if err != nil {
		return edtf.Range{}
	}
	return iv.Strict()
}

func splitList(s string) []string {
	var out []string
	for x := range strings.SplitSeq(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func mustDate(s string) *edtf.Interval {
	iv, err := edtf.Parse(s)
	if err != nil {
		panic(err)
	}
	return &iv
}

// supportTies writes a tie for each run of consecutive years of each support, in the
// order the file first names each.
func (b *builder) supportTies(m map[[3]string]*support, rowColumn string) {
	all := slices.SortedFunc(maps.Values(m), func(x, y *support) int { return cmp.Compare(x.first, y.first) })
	ids := map[string]bool{}
	for _, s := range all {
		years := slices.Sorted(maps.Keys(s.years))
		for i := 0; i < len(years); {
			j := i
			for j+1 < len(years) && years[j+1] == years[j]+1 {
				j++
			}
			b.supportTie(s, years[i:j+1], rowColumn, ids)
			i = j + 1
		}
	}
}

func (b *builder) supportTie(s *support, years []int, rowColumn string, ids map[string]bool) {
	first, last := years[0], years[len(years)-1]
	id := fmt.Sprintf("%s-%s-to-%s-%d", b.part.Prefix, strings.TrimPrefix(s.supporter, b.part.Prefix+"-"), strings.TrimPrefix(s.recipient, b.part.Prefix+"-"), first)
	if s.status == alliances.Alleged {
		id += "-alleged"
	}
	for base, n := id, 2; ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	ids[id] = true
	valid := strconv.Itoa(first)
	if last > first {
		valid += "/" + strconv.Itoa(last)
	}
	forms := map[alliances.Form]bool{}
	var rows, notes []string
	dyads := map[string]bool{}
	perYear := map[string][]int{}
	for _, y := range years {
		sy := s.years[y]
		maps.Copy(forms, sy.forms)
		maps.Copy(dyads, sy.dyads)
		rows = append(rows, sy.rows...)
		var fs []string
		for _, f := range alliances.Forms {
			if sy.forms[f] {
				fs = append(fs, string(f))
			}
		}
		if sy.types != "" {
			fs = []string{sy.types}
		}
		key := strings.Join(fs, ", ")
		for _, e := range sy.extras {
			key += "; " + e
		}
		perYear[key] = append(perYear[key], y)
	}
	tie := alliances.Tie{ID: id, Subject: s.supporter, Object: s.recipient, Kind: alliances.Support, Status: s.status, Basis: alliances.Stated}
	tie.Valid, _ = edtf.Parse(valid)
	for _, f := range alliances.Forms {
		if forms[f] {
			tie.Forms = append(tie.Forms, f)
		}
	}
	if len(perYear) > 1 || s.years[first].types != "" {
		for _, k := range slices.SortedFunc(maps.Keys(perYear), func(a, c string) int { return cmp.Compare(perYear[a][0], perYear[c][0]) }) {
			what := k
			if what == "" {
				what = "no type coded"
			}
			notes = append(notes, yearsText(perYear[k])+": "+what)
		}
	}
	if len(dyads) > 0 {
		tie.Note = "Coded in " + strings.Join(slices.Sorted(maps.Keys(dyads)), "; ") + ". "
	}
	switch {
	case len(notes) > 0 && s.years[first].types != "":
		tie.Note += "Types of support coded for all of the recipient's supporters of the year together: " + strings.Join(notes, "; ") + "."
	case len(notes) > 0:
		tie.Note += "Forms by year: " + strings.Join(notes, "; ") + "."
	}
	tie.Note = strings.TrimSpace(tie.Note)
	cred := alliances.Credibility(2)
	if s.status == alliances.Alleged {
		cred = 3
	}
	slices.SortFunc(rows, func(a, c string) int {
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(c)
		return cmp.Or(cmp.Compare(x, y), cmp.Compare(a, c))
	})
	tie.Citations = []alliances.Citation{{Source: b.source, Locator: rowColumn + " " + strings.Join(slices.Compact(rows), ", "), Credibility: cred}}
	b.part.Record.Ties = append(b.part.Record.Ties, tie)
}

// yearsText writes years as runs: "1996-1998, 2001".
func yearsText(ys []int) string {
	var parts []string
	for i := 0; i < len(ys); {
		j := i
		for j+1 < len(ys) && ys[j+1] == ys[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d-%d", ys[i], ys[j]))
		} else {
			parts = append(parts, strconv.Itoa(ys[i]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}
