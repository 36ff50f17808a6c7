package datasets

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// ATOPMembersPrefix and ATOPDyadsPrefix begin the id of every claim the ATOP importer
// writes from the member level and from the dyad-years: a case may hold both.
const (
	ATOPMembersPrefix = "atop-members"
	ATOPDyadsPrefix   = "atop-dyads"
)

// atopObligations are ATOP's obligation columns, member level and dyad-year, with the
// obligation each stands for.
var atopObligations = []struct {
	member, dyad string
	form         alliances.Form
}{
	{"defense", "atop_defense", alliances.Defense}, {"offense", "atop_offense", alliances.Offense},
	{"neutral", "atop_neutral", alliances.Neutrality}, {"nonagg", "atop_nonagg", alliances.Nonaggression},
	{"consul", "atop_consul", alliances.Consultation},
}

// atopIntensity weighs an alliance by its strongest obligation: to fight (defense or
// offense) 4, to stay out (neutrality or non-aggression) 2, to consult 1.
func atopIntensity(forms []alliances.Form) int {
	switch {
	case slices.Contains(forms, alliances.Defense) || slices.Contains(forms, alliances.Offense):
		return 4
	case slices.Contains(forms, alliances.Neutrality) || slices.Contains(forms, alliances.Nonaggression):
		return 2
	case len(forms) > 0:
		return 1
	}
	return 0
}

// ReadATOP reads the Alliance Treaty Obligations and Provisions data, told apart by the
// header:
//
//   - member level (one row per alliance, member and phase, with its entry and exit
//     dates and obligations): an alliance tie between every two members of an alliance's
//     phase while both belong to it, from the later entry to the earlier exit (open when
//     the alliance is still in effect, exit year 0), its forms the obligations either
//     member took on (the note says whose when they differ);
//   - directed dyad-years (ccode1, ccode2, year and the atop_ obligation flags): an
//     alliance tie per pair and run of consecutive years with the same obligations.
//
// Members resolve by their Correlates of War state code (the codes ATOP uses). Intensity
// weighs the strongest obligation (see atopIntensity). Every tie cites the rows.
func ReadATOP(name string, r io.Reader, o Options) (*Part, error) {
	t, err := openTable(name, r, "ATOP", nil, o.Where)
	if err != nil {
		return nil, err
	}
	switch {
	case t.has("atopid") && t.has("member"):
		return readATOPMembers(t, o)
	case t.has("ccode1") && t.has("atop_defense"):
		return readATOPDyads(t, o)
	}
	return nil, alliances.Errorf(alliances.Invalid, "", "%s:1:1: neither ATOP's member level (atopid, member, yrent, ...) nor its dyad-years (ccode1, ccode2, year, atop_defense, ...), expected an ATOP file (found %s)",
		name, strings.Join(t.header[:min(6, len(t.header))], ", "))
}

func atopSource() alliances.Source {
	return alliances.Source{Title: "Alliance Treaty Obligations and Provisions (ATOP)",
		Author: "Brett Ashley Leeds, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long", Publisher: "ATOP project (atopdata.org)",
		Kind: "dataset", Reliability: "A", URL: "http://www.atopdata.org/",
		Note: "Alliance Treaty Obligations and Provisions, 1815-1944, International Interactions 28, 2002, and later versions."}
}

// atopMember is one row of the member level.
type atopMember struct {
	actor    string
	from, to string // EDTF dates of entry and exit, "" for still in effect
	forms    []alliances.Form
	row      string
}

func readATOPMembers(t *table, o Options) (*Part, error) {
	need := []string{"atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit", "phase"}
	for _, ob := range atopObligations {
		need = append(need, ob.member)
	}
	if err := t.need("ATOP member level", need); err != nil {
		return nil, err
	}
	version := "4.01"
	b := newBuilder(ATOPMembersPrefix, o, atopSource())
	phases := map[string][]atopMember{}
	var order []string
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
		code := t.get("member")
		if _, err := strconv.Atoi(code); err != nil {
			t.bad("member", "%q is not a state code, expected a Correlates of War code such as 700", code)
			continue
		}
		from, ok := t.atopDate("yrent", "moent", "dayent")
		if !ok {
			continue
		}
		to := ""
		if t.get("yrexit") != "0" {
			if to, ok = t.atopDate("yrexit", "moexit", "dayexit"); !ok {
				continue
			}
		}
		m := atopMember{actor: b.actor(ref{name: "State " + code + " (COW code)", external: [][2]string{{"cow", code}}, kind: "state", idName: "cow " + code}),
			from: from, to: to, row: t.get("atopid") + "/" + code}
		for _, ob := range atopObligations {
			if t.get(ob.member) == "1" {
				m.forms = append(m.forms, ob.form)
			}
		}
		key := t.get("atopid") + "/" + t.get("phase")
		if _, seen := phases[key]; !seen {
			order = append(order, key)
		}
		if len(phases[key]) >= MaxParties {
			t.bad("atopid", "alliance %s has more than %d member rows in one phase, expected fewer (is the file sorted into one alliance?)", key, MaxParties)
			continue
		}
		phases[key] = append(phases[key], m)
		b.part.Used++
	}
	b.part.Record.Sources[0].Title += ", version " + version
	ids := map[string]bool{}
	for _, key := range order {
		ms := phases[key]
		atopid, phase, _ := strings.Cut(key, "/")
		for i := range ms {
			for j := i + 1; j < len(ms); j++ {
				b.atopPair(atopid, phase, ms[i], ms[j], ids)
			}
		}
	}
	return b.finish(t)
}

// atopDate reads a date of three columns (year, month, day; 0 for unknown month or day).
func (t *table) atopDate(y, m, d string) (string, bool) {
	year, err := strconv.Atoi(t.get(y))
	if err != nil || year < 1000 || year > 9999 {
		t.bad(y, "%q is not a year, expected four digits", t.get(y))
		return "", false
	}
	month, _ := strconv.Atoi(t.get(m))
	day, _ := strconv.Atoi(t.get(d))
	s := fmt.Sprintf("%04d", year)
	if month >= 1 && month <= 12 {
		s += fmt.Sprintf("-%02d", month)
		if day >= 1 && day <= 31 {
			s += fmt.Sprintf("-%02d", day)
		}
	}
	if _, err := edtf.Parse(s); err != nil {
		t.bad(d, "%s is not a date (%v)", s, err)
		return "", false
	}
	return s, true
}

// atopPair writes the alliance of two members of a phase, while both belong to it.
func (b *builder) atopPair(atopid, phase string, x, y atopMember, ids map[string]bool) {
	if x.actor == y.actor {
		return
	}
	if x.actor > y.actor {
		x, y = y, x
	}
	from := laterDate(x.from, y.from)
	to := earlierDate(x.to, y.to)
	valid := from + "/" + cmp.Or(to, "..")
	iv, err := edtf.Parse(valid)
	if err != nil || to != "" && iv.Strict().First > iv.Strict().Last {
		return // the two were never members at once
	}
	forms := map[alliances.Form]bool{}
	for _, f := range append(slices.Clone(x.forms), y.forms...) {
		forms[f] = true
	}
	id := fmt.Sprintf("%s-%s-%s-%s", b.part.Prefix, atopid, strings.TrimPrefix(x.actor, b.part.Prefix+"-"), strings.TrimPrefix(y.actor, b.part.Prefix+"-"))
	if phase != "0" {
		id += "-phase-" + phase
	}
	for base, n := id, 2; ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n) // a member that left and joined again
	}
	ids[id] = true
	tie := alliances.Tie{ID: id, Subject: x.actor, Object: y.actor, Kind: alliances.Alliance, Valid: iv, Status: alliances.Confirmed, Basis: alliances.Stated}
	for _, f := range alliances.Obligations {
		if forms[f] {
			tie.Forms = append(tie.Forms, f)
		}
	}
	tie.Intensity = atopIntensity(tie.Forms)
	tie.Note = "ATOP alliance " + atopid
	if phase != "0" {
		tie.Note += ", phase " + phase
	}
	if !slices.Equal(x.forms, y.forms) {
		tie.Note += fmt.Sprintf("; obligations of %s: %s; of %s: %s", x.actor, formsText(x.forms), y.actor, formsText(y.forms))
	}
	tie.Note += "."
	tie.Citations = []alliances.Citation{{Source: b.source, Locator: "atopid/member " + x.row + ", " + y.row, Credibility: 1}}
	b.part.Record.Ties = append(b.part.Record.Ties, tie)
}

func formsText(fs []alliances.Form) string {
	if len(fs) == 0 {
		return "none"
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = string(f)
	}
	return strings.Join(parts, ", ")
}

// laterDate and earlierDate compare EDTF dates of a year, a month or a day by their
// first day; "" is no date (an open end).
func laterDate(a, b string) string {
	if dayOf(a) >= dayOf(b) {
		return a
	}
	return b
}

func earlierDate(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case dayOf(a) <= dayOf(b):
		return a
	}
	return b
}

func dayOf(s string) edtf.Day {
	iv, err := edtf.Parse(s)
	if err != nil {
		return edtf.MinDay
	}
	return iv.Strict().First
}

func readATOPDyads(t *table, o Options) (*Part, error) {
	need := []string{"ccode1", "ccode2", "year"}
	for _, ob := range atopObligations {
		need = append(need, ob.dyad)
	}
	if err := t.need("ATOP dyad-years", need); err != nil {
		return nil, err
	}
	b := newBuilder(ATOPDyadsPrefix, o, atopSource())
	// A directed dyad-year gives the obligations of ccode1 toward ccode2: a pair's year
	// keeps both directions, which may differ (a defense pledge one way only).
	type pairYear struct {
		a, b string // a < b
		year int
	}
	type ways struct{ ab, ba uint8 }
	flags := map[pairYear]*ways{}
	type pair struct{ a, b string }
	var order []pair
	seenPair := map[pair]bool{}
	codes := map[string]string{}
	actorOf := func(code string) string {
		if id, ok := codes[code]; ok {
			return id
		}
		id := b.actor(ref{name: "State " + code + " (COW code)", external: [][2]string{{"cow", code}}, kind: "state", idName: "cow " + code})
		codes[strings.Clone(code)] = id
		return id
	}
	none := 0
	for {
		ok, err := t.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		c1, c2 := t.get("ccode1"), t.get("ccode2")
		if _, err := strconv.Atoi(c1); err != nil {
			t.bad("ccode1", "%q is not a state code, expected a Correlates of War code such as 700", c1)
			continue
		}
		if _, err := strconv.Atoi(c2); err != nil {
			t.bad("ccode2", "%q is not a state code, expected a Correlates of War code such as 700", c2)
			continue
		}
		year, ok := t.year("year")
		if !ok {
			continue
		}
		var forms uint8
		bad := false
		for i, ob := range atopObligations {
			switch t.get(ob.dyad) {
			case "1":
				forms |= 1 << i
			case "0", "":
			default:
				t.bad(ob.dyad, "%q, expected 1 or 0", t.get(ob.dyad))
				bad = true
			}
		}
		if bad {
			continue
		}
		if forms == 0 {
			none++ // a dyad-year the file keeps without an obligation
			continue
		}
		a, bb := actorOf(c1), actorOf(c2)
		if a == bb {
			continue
		}
		k := pairYear{a, bb, year}
		forward := true
		if a > bb {
			k.a, k.b, forward = bb, a, false
		}
		w := flags[k]
		if w == nil {
			w = &ways{}
			flags[k] = w
		}
		if forward {
			w.ab |= forms
		} else {
			w.ba |= forms
		}
		if p := (pair{k.a, k.b}); !seenPair[p] {
			seenPair[p] = true
			order = append(order, p)
		}
		b.part.Used++
	}
	if none > 0 {
		b.part.Notes = append(b.part.Notes, fmt.Sprintf("%s without any obligation left out", alliances.Count(none, "dyad-year")))
	}
	b.part.Record.Sources[0].Title += ", directed dyad-years"
	codeOf := map[string]string{}
	for code, id := range codes {
		codeOf[id] = code
	}
	years := map[pair][]int{}
	for k := range flags {
		years[pair{k.a, k.b}] = append(years[pair{k.a, k.b}], k.year)
	}
	formsOf := func(bits uint8) []alliances.Form {
		var fs []alliances.Form
		for i, ob := range atopObligations {
			if bits&(1<<i) != 0 {
				fs = append(fs, ob.form)
			}
		}
		slices.SortFunc(fs, func(x, y alliances.Form) int {
			return cmp.Compare(slices.Index(alliances.Obligations, x), slices.Index(alliances.Obligations, y))
		})
		return fs
	}
	ids := map[string]bool{}
	for _, p := range order {
		ys := slices.Sorted(slices.Values(years[p]))
		for i := 0; i < len(ys); {
			w := *flags[pairYear{p.a, p.b, ys[i]}]
			j := i
			for j+1 < len(ys) && ys[j+1] == ys[j]+1 && *flags[pairYear{p.a, p.b, ys[j+1]}] == w {
				j++
			}
			first, last := ys[i], ys[j]
			id := fmt.Sprintf("%s-%s-%s-%d", b.part.Prefix, strings.TrimPrefix(p.a, b.part.Prefix+"-"), strings.TrimPrefix(p.b, b.part.Prefix+"-"), first)
			for base, n := id, 2; ids[id]; n++ {
				id = fmt.Sprintf("%s-%d", base, n)
			}
			ids[id] = true
			valid := strconv.Itoa(first)
			if last > first {
				valid += "/" + strconv.Itoa(last)
			}
			iv, _ := edtf.Parse(valid)
			forms := formsOf(w.ab | w.ba)
			note := "Allied in ATOP's dyad-years " + yearsText(ys[i:j+1]) + "."
			ca, cb := codeOf[p.a], codeOf[p.b]
			var locs []string
			if w.ab != 0 {
				locs = append(locs, fmt.Sprintf("%s/%s/%s", ca, cb, valid))
			}
			if w.ba != 0 {
				locs = append(locs, fmt.Sprintf("%s/%s/%s", cb, ca, valid))
			}
			if w.ab != w.ba {
				note += fmt.Sprintf(" Obligations of %s toward %s: %s; of %s toward %s: %s.", p.a, p.b, formsText(formsOf(w.ab)), p.b, p.a, formsText(formsOf(w.ba)))
			}
			b.part.Record.Ties = append(b.part.Record.Ties, alliances.Tie{ID: id, Subject: p.a, Object: p.b, Kind: alliances.Alliance, Forms: forms,
				Valid: iv, Intensity: atopIntensity(forms), Status: alliances.Confirmed, Basis: alliances.Stated, Note: note,
				Citations: []alliances.Citation{{Source: b.source, Locator: "ccode1/ccode2/year " + strings.Join(locs, ", "), Credibility: 1}}})
			i = j + 1
		}
	}
	return b.finish(t)
}
