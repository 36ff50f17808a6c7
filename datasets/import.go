package datasets

import (
	"context"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
)

// Dataset is an importer that the command line and the API offer by name.
type Dataset struct {
	Name  string // as --from gives it
	Title string // the title of a case the data set starts
	Read  func(name string, r io.Reader, o Options) (*Part, error)
}

// Datasets lists the importers, by name.
var Datasets = []Dataset{
	{"ucdp-esd", "UCDP external support", ReadESD},
	{"ucdp-acd", "UCDP/PRIO armed conflicts", ReadACD},
	{"ucdp-ged", "UCDP events", ReadGED},
	{"atop", "ATOP alliances", ReadATOP},
	{"acled", "ACLED events", ReadACLED},
	{"icews", "ICEWS events", ReadICEWS},
	{"plover", "PLOVER events", ReadPLOVER},
	{"stix", "STIX bundle", ReadSTIX},
}

// Find returns the importer of a name.
func Find(name string) (Dataset, bool) {
	i := slices.IndexFunc(Datasets, func(d Dataset) bool { return d.Name == name })
	if i < 0 {
		return Dataset{}, false
	}
	return Datasets[i], true
}

// Names lists the importers' names, sorted.
func Names() []string {
	var ns []string
	for _, d := range Datasets {
		ns = append(ns, d.Name)
	}
	slices.Sort(ns)
	return ns
}

// Request is an import of a data set's file into a case.
type Request struct {
	Dataset      Dataset
	Name         string    // the file's name, as problems name it
	File         io.Reader // its content
	Title        string    // the case's title, when the import starts it ("": the data set's)
	AllowRetract bool      // import even when that retracts much of the data set's earlier part
	Options                // Case, Where, Prefix, NoEvents, UCDPNames; Known is the store's
	AfterRead    func()    // called once the file is read, before the store is written
}

// Result is what an import did.
type Result struct {
	Part     *Part
	Record   *alliances.Record // the case as imported
	Summary  alliances.ImportSummary
	Registry int      // the actors of the built-in registry loaded with it, 0 for none
	Left     []string // the built-in registry's actors left out, held by cases of the store
}

// Import reads a data set's file into its part of a case and imports the case, with the
// part in place of the one an earlier import of the data set put there (see Replace), and,
// into a store that has no registry, the built-in one, in one transaction. Bad rows come
// back as *Problems; a file none of whose rows adds a claim, a re-import that would retract
// much of the earlier part, and ids another case holds are refused; the store is left as
// it was.
func Import(ctx context.Context, db alliances.Store, req Request) (*Result, error) {
	caseID := req.Case
	all, err := db.Actors(ctx, alliances.ActorFilter{})
	if err != nil {
		return nil, err
	}
	reg, left, err := cases.RegistryFor(all)
	if err != nil {
		return nil, err
	}
	if reg != nil {
		for _, a := range reg.Actors {
			a.Recorded = &alliances.Recorded{Case: alliances.RegistryCase}
			all = append(all, a)
		}
	}
	req.Known = slices.DeleteFunc(all, func(a alliances.Actor) bool {
		c := a.Recorded.Case
		return c != alliances.RegistryCase && c != caseID
	})
	var old *alliances.Record
	ids, err := db.CaseIDs(ctx, time.Time{})
	if err != nil {
		return nil, err
	}
	if slices.Contains(ids, caseID) {
		if old, err = db.Record(ctx, caseID, time.Time{}); err != nil {
			return nil, err
		}
	}
	part, err := req.Dataset.Read(req.Name, req.File, req.Options)
	if req.AfterRead != nil {
		req.AfterRead()
	}
	if err != nil {
		return nil, err
	}
	switch {
	case part.Rows == 0 && len(req.Where) > 0:
		return nil, alliances.Errorf(alliances.Invalid, "import", "%s: none of its %s matches%s; nothing imported", req.Name, alliances.Count(part.Total, "row"), WhereText(req.Where))
	case part.Used == 0:
		return nil, alliances.Errorf(alliances.Invalid, "import", "%s: none of its %s adds a claim%s; nothing imported", req.Name, alliances.Count(part.Rows, "row"), WhereText(req.Where))
	}
	title := req.Title
	if title == "" && old == nil {
		title = req.Dataset.Title + " (" + caseID + ")"
	}
	rec := Replace(old, part, title)
	if old != nil && !req.AllowRetract {
		if err := retractions(old, rec, part.Prefix); err != nil {
			return nil, err
		}
	}
	recs := []*alliances.Record{rec}
	if reg != nil {
		recs = append(recs, reg)
	}
	sums, err := db.Import(ctx, recs...)
	if alliances.KindOf(err) == alliances.Conflict {
		return nil, alliances.Errorf(alliances.Conflict, "", "%v (the ids of a data set's claims begin with %q: to import it into another case too, give that import another prefix, such as --prefix %s-2)", err, part.Prefix, part.Prefix)
	}
	if err != nil {
		return nil, err
	}
	res := &Result{Part: part, Record: rec, Summary: sums[0], Left: left}
	if reg != nil {
		res.Registry = len(reg.Actors)
	}
	return res, nil
}

// WhereText writes where filters as a phrase: " where country=Afghanistan", "" for none.
func WhereText(where map[string][]string) string {
	if len(where) == 0 {
		return ""
	}
	var parts []string
	for _, c := range slices.Sorted(maps.Keys(where)) {
		parts = append(parts, c+"="+strings.Join(where[c], "|"))
	}
	return " where " + strings.Join(parts, ", ")
}

// retractions refuses a re-import of a data set that would retract much of what its
// earlier import put in the case (another filter, another file): more than a tenth of
// its claims, and more than 5.
func retractions(old, rec *alliances.Record, prefix string) error {
	kept := map[string]bool{}
	for id := range claimIDs(rec) {
		kept[id] = true
	}
	before, gone := 0, 0
	for id := range claimIDs(old) {
		if Owns(prefix, id) {
			before++
			if !kept[id] {
				gone++
			}
		}
	}
	if gone > 5 && gone*10 > before {
		return alliances.Errorf(alliances.Conflict, "import", "this import of the data set would retract %d of the %d claims its earlier import put in case %s (another file or --where?); nothing imported. Give --allow-retract to import it all the same",
			gone, before, rec.Case)
	}
	return nil
}

// claimIDs yields the ids of a record's claims.
func claimIDs(r *alliances.Record) func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, s := range r.Sources {
			if !yield(s.ID) {
				return
			}
		}
		for _, a := range r.Actors {
			if !yield(a.ID) {
				return
			}
		}
		for _, t := range r.Ties {
			if !yield(t.ID) {
				return
			}
		}
		for _, e := range r.Events {
			if !yield(e.ID) {
				return
			}
		}
	}
}
