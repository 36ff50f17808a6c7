package datasets

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Part is a data set's part of a case, as an importer read it.
type Part struct {
	Prefix   string            // every id of the part begins with it
	Record   *alliances.Record // the part: its source, the actors it created, its ties and events
	Rows     int               // the data rows read (those the where filters kept)
	Total    int               // the data rows read, kept or not
	Used     int               // the rows that added to the part
	Resolved int               // the distinct names resolved to an actor of the registry or the case
	// ResolvedNames are the names resolved, each with the actor it resolved to, in the
	// order met: what an analyst checks of the resolution.
	ResolvedNames []ResolvedName
	Unresolved    []Unresolved // the names no actor has, most rows first
	Notes         []string     // what the import decided that an analyst should know
}

// Unresolved is a name a data set gives that no actor of the registry or the case
// has: the importer created an actor of the case for it, which the analyst may merge
// into the actor it is (alliances actors --merge).
type Unresolved struct {
	Name    string   `json:"name"`
	ID      string   `json:"external_id,omitempty"` // the data set's id for it, when it has one
	Rows    int      `json:"rows"`
	Actor   string   `json:"actor"`             // the actor created for it
	Among   []string `json:"among,omitempty"`   // the actors it matched, when it matched several
	Similar []string `json:"similar,omitempty"` // actors it may stand for (an acronym, a longer name): suggestions, not matches
}

// MaxParties bounds the actors one row names on a side (the parties of a conflict's
// side, a record's actors): a tie joins every two, and a row past this is a broken one.
const MaxParties = 200

// ResolvedName is a name a data set gives and the actor of the registry or the case it
// resolved to.
type ResolvedName struct {
	Name  string `json:"name"`
	Actor string `json:"actor"`
}

// Options are what every importer is given.
type Options struct {
	Case  string              // the case the part goes into
	Known []alliances.Actor   // the registry's actors and the case's own, which names resolve to
	Where map[string][]string // keep only the rows whose column holds one of the values

	// Prefix, when set, begins every id of the part in place of the importer's own: to
	// import a data set into a second case of a store (ids are unique across cases), or
	// two files of one data set into one case.
	Prefix string

	// UCDPNames are UCDP's actor names by actor id (UCDP's Actor Dataset: see
	// ReadUCDPActors), which pair a file's ids with their names exactly.
	UCDPNames map[string]string

	// NoEvents leaves out the event claims of event data (one a row): the ties they add
	// up to still cite them by id. For files of millions of rows.
	NoEvents bool
}

// builder gathers a part: the actors the rows name, resolved once each.
type builder struct {
	part    *Part
	res     *Resolver
	names   map[string]string // name key -> actor id
	created map[string]bool
	missing map[string]*Unresolved
	source  string
	events  bool              // record an event claim a row
	places  map[string]string // see place
	quick   map[quickKey]quickEntry

	ucdpNames  map[string]string // UCDP actor id -> its name, from UCDP's Actor Dataset
	byID       map[string]string // "scheme id" -> the actor created for it
	createdKey map[string]string // created actor -> its key in names and missing
	dated      map[string]bool   // actors resolved by a dated id, counted once
}

func newBuilder(prefix string, o Options, src alliances.Source) *builder {
	if o.Prefix != "" {
		prefix = o.Prefix
	}
	src.ID = prefix
	p := &Part{Prefix: prefix, Record: &alliances.Record{Case: o.Case, Sources: []alliances.Source{src}}}
	// The actors an earlier import of the same data set created are left out: the part
	// creates them again, keeping what the analyst recorded of them since (see Replace).
	known := make([]alliances.Actor, 0, len(o.Known))
	for _, a := range o.Known {
		if !Owns(prefix, a.ID) {
			known = append(known, a)
		}
	}
	res := NewResolver(known)
	return &builder{ucdpNames: o.UCDPNames, part: p, res: res, names: map[string]string{}, created: map[string]bool{}, missing: map[string]*Unresolved{}, source: prefix, events: !o.NoEvents,
		byID: map[string]string{}, createdKey: map[string]string{}, dated: map[string]bool{}}
}

// event records an event claim, unless Options.NoEvents.
func (b *builder) event(e alliances.Event) {
	if b.events {
		b.part.Record.Events = append(b.part.Record.Events, e)
	}
}

// resolved counts a name resolved to an actor of the registry or the case, and keeps it
// for the list of resolutions (Part.ResolvedNames).
func (b *builder) resolved(name, id string) {
	b.part.Resolved++
	b.part.ResolvedNames = append(b.part.ResolvedNames, ResolvedName{Name: strings.Clone(name), Actor: id})
}

// quickKey is a name and its first external id, as a row gives them; quickEntry what
// it resolved to, and its unresolved entry when it did not.
type quickKey struct{ name, scheme, id string }

type quickEntry struct {
	id string
	u  *Unresolved
}

// ref is how a data set names an actor: a name, and its ids in schemes the registry
// knows ("ucdp", "gw").
type ref struct {
	name     string
	external [][2]string // scheme, id; tried in order before the name
	kind     string      // the kind of the actor to create when none resolves
	country  string      // its country (ISO 3166-1 alpha-3), when the data set says
	idName   string      // what its id is made of, when not its name
	at       edtf.Range  // the days the row speaks of, for ids that denote different actors over time; zero: undated
	against  []string    // the actors the row says this one faced, for the same ids (see Resolver.ExternalAgainst)
}

// actor returns the id of the actor a row names: the one actor of the registry or the
// case with one of its external ids, else with its name or alias; else an actor of the
// case created for it, listed as unresolved.
func (b *builder) actor(r ref) string {
	// An id that denotes different actors at different times (UCDP's government of a
	// state whose regimes the registry tells apart) resolves by the row's date, each time.
	if r.at.First <= r.at.Last && r.at != (edtf.Range{}) {
		for _, e := range r.external {
			if b.res.Dated(e[0], e[1]) {
				if id, _ := b.res.ExternalAgainst(e[0], e[1], r.at, r.against); id != "" {
					if !b.dated[r.name+"\x00"+id] {
						b.dated[strings.Clone(r.name+"\x00"+id)] = true
						b.resolved(r.name, id)
					}
					return id
				}
			}
		}
	}
	// A name met before is looked up without building its key: most rows name actors
	// met before, and a key is an allocation.
	qk := quickKey{name: r.name}
	if len(r.external) > 0 {
		qk.scheme, qk.id = r.external[0][0], r.external[0][1]
	}
	if len(r.external) < 2 {
		if q, ok := b.quick[qk]; ok {
			if q.u != nil {
				q.u.Rows++
			}
			return q.id
		}
		defer func() {
			if b.quick == nil {
				b.quick = map[quickKey]quickEntry{}
			}
			key := strings.ToLower(r.name)
			for _, e := range r.external {
				key += "\x00" + e[0] + "=" + e[1]
			}
			qk = quickKey{strings.Clone(qk.name), qk.scheme, strings.Clone(qk.id)}
			b.quick[qk] = quickEntry{id: b.names[key], u: b.missing[key]}
		}()
	}
	key := strings.ToLower(r.name)
	for _, e := range r.external {
		key += "\x00" + e[0] + "=" + e[1]
	}
	if id, ok := b.names[key]; ok {
		if u := b.missing[key]; u != nil {
			u.Rows++
		}
		return id
	}
	var among []string
	for _, e := range r.external {
		id, several := b.res.External(e[0], e[1])
		if id != "" {
			b.names[key] = id
			b.resolved(r.name, id)
			return id
		}
		among = append(among, several...)
	}
	for _, e := range r.external {
		// An id this import gave an actor before, under another name: the same actor.
		if id, ok := b.byID[e[0]+" "+e[1]]; ok && len(among) == 0 {
			b.names[key] = id
			if u := b.missing[b.createdKey[id]]; u != nil {
				u.Rows++
			}
			return id
		}
	}
	names := []string{r.name}
	if state, ok := strings.CutPrefix(r.name, "Government of "); ok {
		names = append(names, state) // UCDP's name for a state's government, another data set's for the state
	}
	for _, n := range names {
		if len(among) > 0 {
			break
		}
		id, several := b.res.Name(n)
		if id != "" {
			b.names[key] = id
			b.resolved(r.name, id)
			for _, e := range r.external {
				// The id goes with the name from now on: a later row that gives the id
				// alone, or under another name, names the same actor.
				if _, taken := b.byID[e[0]+" "+e[1]]; !taken {
					b.byID[strings.Clone(e[0]+" "+e[1])] = id
				}
			}
			return id
		}
		among = append(among, several...)
	}
	return b.create(r, key, among)
}

// create creates an actor of the case for a name no actor has, and lists it.
func (b *builder) create(r ref, key string, among []string) string {
	id := b.newID(cmp.Or(r.idName, r.name))
	a := alliances.Actor{ID: id, Name: r.name, Kind: cmp.Or(r.kind, "other"), Country: r.country,
		Note: fmt.Sprintf("Created by the import of %s: no actor of the registry or of the case has this name%s.", b.part.Record.Sources[0].Title, orID(r.external))}
	for _, e := range r.external {
		if slices.Contains(alliances.ExternalSchemes, e[0]) {
			if a.External == nil {
				a.External = map[string]string{}
			}
			a.External[e[0]] = e[1]
		}
	}
	b.part.Record.Actors = append(b.part.Record.Actors, a)
	b.names[key] = id
	b.createdKey[id] = key
	for _, e := range r.external {
		if _, taken := b.byID[e[0]+" "+e[1]]; !taken {
			b.byID[strings.Clone(e[0]+" "+e[1])] = id
		}
	}
	u := &Unresolved{Name: r.name, Rows: 1, Actor: id, Among: slices.Compact(slices.Sorted(slices.Values(among)))}
	if len(u.Among) == 0 {
		u.Similar = b.res.Similar(r.name)
	}
	if len(r.external) > 0 && r.external[0][0] != "acled" { // ACLED's id is the name
		u.ID = r.external[0][0] + " " + r.external[0][1]
	}
	b.missing[key] = u
	return id
}

func orID(ext [][2]string) string {
	if len(ext) == 0 {
		return ""
	}
	parts := make([]string, len(ext))
	for i, e := range ext {
		parts[i] = e[0] + " " + e[1]
	}
	return " or id (" + strings.Join(parts, ", ") + ")"
}

// newID returns an id for an actor the part creates: the prefix and the name's letters
// and digits, numbered when taken.
func (b *builder) newID(name string) string {
	base := b.part.Prefix + "-" + Slug(name)
	id := base
	for n := 2; b.created[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	b.created[id] = true
	return id
}

// Slug reduces a name to the letters and digits of an id: "Hizb-i Islami (Khalis)"
// is "hizb-i-islami-khalis"; a name without any is "actor".
func Slug(name string) string { return SlugOr(name, "actor") }

// SlugOr is Slug with another word before a name that opens with no letter: SlugOr("2020
// report", "report") is "report-2020-report".
func SlugOr(name, prefix string) string {
	var sb strings.Builder
	dash := false
	for _, r := range alliances.Fold(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			dash = false
			sb.WriteRune(r)
		default:
			dash = true
		}
		if sb.Len() >= 48 {
			break
		}
	}
	s := sb.String()
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		s = prefix + "-" + s
	}
	return strings.TrimSuffix(s, "-")
}

// eachRow calls row for each row of t the where filters keep; row reports whether the
// row added to the part.
func (b *builder) eachRow(t *table, row func() bool) error {
	for {
		ok, err := t.next()
		if err != nil || !ok {
			return err
		}
		if row() {
			b.part.Used++
		}
	}
}

// unlinked adds to a part of event data the names it left unresolved (no actor is made
// for them), most rows first, and the count of the events left out.
func unlinked(part *Part, unresolved map[string]int, left int, what string) {
	for n, rows := range unresolved {
		part.Unresolved = append(part.Unresolved, Unresolved{Name: n, Rows: rows})
	}
	slices.SortFunc(part.Unresolved, func(x, y Unresolved) int {
		return cmp.Or(cmp.Compare(y.Rows, x.Rows), cmp.Compare(x.Name, y.Name))
	})
	if left > 0 {
		part.Notes = append(part.Notes, fmt.Sprintf("%d %s left out: %s", left, what, "no two sides of the registry or the case (the names they give are listed)"))
	}
}

// finish orders the unresolved names and hands the part over.
func (b *builder) finish(t *table) (*Part, error) {
	b.part.Rows, b.part.Total = t.rows, max(t.total, t.rows)
	for _, u := range b.missing {
		b.part.Unresolved = append(b.part.Unresolved, *u)
	}
	slices.SortFunc(b.part.Unresolved, func(x, y Unresolved) int {
		return cmp.Or(cmp.Compare(y.Rows, x.Rows), cmp.Compare(x.Name, y.Name))
	})
	if err := t.err(); err != nil {
		return nil, err
	}
	b.part.Record.Normalize()
	return b.part, nil
}

// Owns reports whether a claim id belongs to the part of prefix.
func Owns(prefix, id string) bool { return id == prefix || strings.HasPrefix(id, prefix+"-") }

// Replace returns the case with the part in place of what an earlier import of the same
// data set (the same prefix) put there; old is the case as stored, nil for a new case.
// The rest of the case stays as it was. An actor the part creates again keeps what the
// analyst recorded of it since (a merge, a note); one the part no longer creates stays
// while a claim outside the part names it.
func Replace(old *alliances.Record, part *Part, title string) *alliances.Record {
	rec := &alliances.Record{Case: part.Record.Case, Title: title}
	if old != nil {
		rec.Title, rec.Description = cmp.Or(title, old.Title), old.Description
	}
	owns := func(id string) bool { return Owns(part.Prefix, id) }
	named := map[string]bool{}
	before := map[string]alliances.Actor{}
	if old != nil {
		rec.Sources = slices.DeleteFunc(slices.Clone(old.Sources), func(s alliances.Source) bool { return owns(s.ID) })
		rec.Ties = slices.DeleteFunc(slices.Clone(old.Ties), func(t alliances.Tie) bool { return owns(t.ID) })
		rec.Events = slices.DeleteFunc(slices.Clone(old.Events), func(e alliances.Event) bool { return owns(e.ID) })
		for _, t := range rec.Ties {
			named[t.Subject], named[t.Object], named[t.Third] = true, true, true
		}
		for _, e := range rec.Events {
			for _, a := range e.Actors {
				named[a] = true
			}
		}
		for _, a := range old.Actors {
			if !owns(a.ID) {
				rec.Actors = append(rec.Actors, a)
				continue
			}
			before[a.ID] = a
		}
	}
	rec.Sources = append(rec.Sources, part.Record.Sources...)
	made := map[string]bool{}
	for _, a := range part.Record.Actors {
		if prev, ok := before[a.ID]; ok {
			a.MergedInto, a.MergeNote = prev.MergedInto, prev.MergeNote
			if prev.Note != "" && prev.Note != a.Note && !strings.HasPrefix(prev.Note, "Created by the import of ") {
				a.Note = prev.Note // the analyst's, not the importer's
			}
		}
		made[a.ID] = true
		rec.Actors = append(rec.Actors, a)
	}
	if old != nil {
		for _, a := range old.Actors {
			if owns(a.ID) && !made[a.ID] && named[a.ID] {
				rec.Actors = append(rec.Actors, a)
			}
		}
	}
	rec.Ties = append(rec.Ties, part.Record.Ties...)
	rec.Events = append(rec.Events, part.Record.Events...)
	rec.Normalize()
	return rec
}
