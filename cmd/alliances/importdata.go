package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/datasets"
)

// importers are the data sets import --from reads, by name.
var importers = map[string]struct {
	read  func(string, io.Reader, datasets.Options) (*datasets.Part, error)
	title string
}{
	"ucdp-esd": {datasets.ReadESD, "UCDP external support"},
	"ucdp-acd": {datasets.ReadACD, "UCDP/PRIO armed conflicts"},
	"ucdp-ged": {datasets.ReadGED, "UCDP events"},
	"acled":    {datasets.ReadACLED, "ACLED events"},
	"stix":     {datasets.ReadSTIX, "STIX bundle"},
	"atop":     {datasets.ReadATOP, "ATOP alliances"},
	"icews":    {datasets.ReadICEWS, "ICEWS events"},
	"plover":   {datasets.ReadPLOVER, "PLOVER events"},
}

// importerNames lists the names import --from takes.
func importerNames() string {
	return strings.Join(slices.Sorted(func(yield func(string) bool) {
		for k := range importers {
			if !yield(k) {
				return
			}
		}
	}), ", ")
}

// maxUnresolved is how many unresolved names the table lists.
const maxUnresolved = 40

// whereFlag gathers --where COLUMN=VALUE, repeated.
type whereFlag map[string][]string

func (w whereFlag) String() string { return "" }

func (w whereFlag) Set(s string) error {
	col, val, ok := strings.Cut(s, "=")
	if !ok || strings.TrimSpace(col) == "" {
		return fmt.Errorf("%q, expected COLUMN=VALUE, such as country=Afghanistan", s)
	}
	col = strings.TrimSpace(col)
	w[col] = append(w[col], strings.TrimSpace(val))
	return nil
}

// importData reads a data set's file into its part of a case and imports the case
// with that part in place of the one an earlier import of the data set put there.
func (m *Main) importData(ctx context.Context, f *flags, from, caseID, title string, where whereFlag, allow, noEvents bool, prefix, ucdpActors string) error {
	imp, ok := importers[from]
	switch {
	case !ok:
		return usageError("--from %q, expected one of %s", from, importerNames())
	case f.NArg() != 1:
		return usageError("import --from %s takes one file, got %d", from, f.NArg())
	case caseID == "":
		return usageError("import --from %s needs --case ID: the case the data set's ties go into (a new one, or one to add to)", from)
	case !alliances.ValidID(caseID):
		return usageError("--case %q is not a valid id, expected lowercase letters, digits and hyphens, starting with a letter", caseID)
	case caseID == alliances.RegistryCase:
		return usageError("--case registry: the registry holds shared actors only, expected a case for the data set's ties")
	case prefix != "" && !alliances.ValidID(prefix):
		return usageError("--prefix %q is not a valid id, expected lowercase letters, digits and hyphens, starting with a letter", prefix)
	}
	var ucdpNames map[string]string
	if ucdpActors != "" {
		file, err := os.Open(ucdpActors)
		if err != nil {
			return alliances.Errorf(alliances.Invalid, "--ucdp-actors", "cannot read %s: %v", ucdpActors, unwrapPath(err))
		}
		ucdpNames, err = datasets.ReadUCDPActors(ucdpActors, file)
		file.Close()
		if p, ok := err.(*datasets.Problems); ok {
			printDiagnostics(m.Stderr, p.Diags, p.Omitted)
			fmt.Fprintf(m.Stderr, "%s in %s; nothing imported\n", alliances.Count(len(p.Diags)+p.Omitted, "problem"), ucdpActors)
			return errReported
		}
		if err != nil {
			return err
		}
	}
	name := f.Arg(0)
	var in io.Reader = m.Stdin
	if name != "-" {
		file, err := os.Open(name)
		if err != nil {
			return alliances.Errorf(alliances.Invalid, "import", "cannot read %s: %v", name, unwrapPath(err))
		}
		defer file.Close()
		in = file
	}
	db, err := m.store(ctx, f, false)
	if err != nil {
		return err
	}
	all, err := db.Actors(ctx, alliances.ActorFilter{})
	if err != nil {
		return err
	}
	registry, err := m.builtinRegistry(all)
	if err != nil {
		return err
	}
	if registry != nil {
		for _, a := range registry.Actors {
			a.Recorded = &alliances.Recorded{Case: alliances.RegistryCase}
			all = append(all, a)
		}
	}
	known := slices.DeleteFunc(all, func(a alliances.Actor) bool {
		c := a.Recorded.Case
		return c != alliances.RegistryCase && c != caseID
	})
	var old *alliances.Record
	if ids, err := db.CaseIDs(ctx, time.Time{}); err != nil {
		return err
	} else if slices.Contains(ids, caseID) {
		if old, err = db.Record(ctx, caseID, time.Time{}); err != nil {
			return err
		}
	}
	prog := m.progress(name, in)
	if prog != nil {
		in = prog
	}
	part, err := imp.read(name, in, datasets.Options{Case: caseID, Known: known, Where: where, NoEvents: noEvents, Prefix: prefix, UCDPNames: ucdpNames})
	prog.stop()
	if p, ok := err.(*datasets.Problems); ok {
		printDiagnostics(m.Stderr, p.Diags, p.Omitted)
		fmt.Fprintf(m.Stderr, "%s in %s; nothing imported\n", alliances.Count(len(p.Diags)+p.Omitted, "problem"), name)
		return errReported
	}
	if err != nil {
		return err
	}
	switch {
	case part.Rows == 0 && len(where) > 0:
		return alliances.Errorf(alliances.Invalid, "import", "%s: none of its %s matches%s; nothing imported", name, alliances.Count(part.Total, "row"), whereText(where))
	case part.Used == 0:
		return alliances.Errorf(alliances.Invalid, "import", "%s: none of its %s adds a claim%s; nothing imported", name, alliances.Count(part.Rows, "row"), whereText(where))
	}
	if title == "" && old == nil {
		title = imp.title + " (" + caseID + ")"
	}
	rec := datasets.Replace(old, part, title)
	if old != nil && !allow {
		if err := dataRetractions(old, rec, part.Prefix); err != nil {
			return err
		}
	}
	recs := []*alliances.Record{rec}
	if registry != nil {
		recs = append(recs, registry)
	}
	sums, err := db.Import(ctx, recs...)
	if alliances.KindOf(err) == alliances.Conflict {
		return alliances.Errorf(alliances.Conflict, "", "%v (the ids of a data set's claims begin with %q: to import it into another case too, give that import another prefix, such as --prefix %s-2)", err, part.Prefix, part.Prefix)
	}
	if err != nil {
		return err
	}
	if registry != nil {
		fmt.Fprintf(m.Stderr, "alliances: the database had no registry; loaded the built-in one (%d shared actors, alliances actors --case registry)\n", len(registry.Actors))
	}
	if f.json {
		return writeJSON(m.Stdout, struct {
			alliances.ImportSummary
			Rows       int                     `json:"rows"`
			Used       int                     `json:"rows_used"`
			Resolved   int                     `json:"names_resolved"`
			Unresolved []datasets.Unresolved   `json:"unresolved"`
			Names      []datasets.ResolvedName `json:"resolved"`
			Notes      []string                `json:"notes"`
		}{sums[0], part.Rows, part.Used, part.Resolved, nonNilList(part.Unresolved), nonNilList(part.ResolvedNames), nonNilList(part.Notes)})
	}
	fmt.Fprintln(m.Stdout, summary(sums[0], nil, rec))
	fmt.Fprintf(m.Stdout, "%s read%s, %d of them added to the case; %d distinct names resolved through the registry and the case (--json lists them)\n",
		alliances.Count(part.Rows, "row"), whereText(where), part.Used, part.Resolved)
	for _, n := range part.Notes {
		fmt.Fprintln(m.Stdout, "note: "+n)
	}
	if len(part.Unresolved) == 0 {
		return nil
	}
	verb := "names are"
	if len(part.Unresolved) == 1 {
		verb = "name is"
	}
	if part.Unresolved[0].Actor == "" {
		fmt.Fprintf(m.Stdout, "%d %s in neither the registry nor the case; no actor was made for them and their events were left out (give the registry or the case an actor of that name to link them):\n",
			len(part.Unresolved), verb)
	} else {
		fmt.Fprintf(m.Stdout, "%d %s in neither the registry nor the case; each is now an actor of the case (merge one into the actor it is with alliances actors --merge ACTOR ID):\n",
			len(part.Unresolved), verb)
	}
	t := newTable(m.Stdout, "NAME", "DATA SET ID", "ROWS", "CREATED AS", "MATCHES", "SIMILAR")
	for _, u := range part.Unresolved[:min(len(part.Unresolved), maxUnresolved)] {
		t.row(u.Name, u.ID, fmt.Sprint(u.Rows), u.Actor, strings.Join(u.Among, ", "), strings.Join(u.Similar, ", "))
	}
	if err := t.flush(); err != nil {
		return err
	}
	if n := len(part.Unresolved) - maxUnresolved; n > 0 {
		fmt.Fprintf(m.Stdout, "... and %d more (--json lists them all)\n", n)
	}
	return nil
}

func whereText(w whereFlag) string {
	if len(w) == 0 {
		return ""
	}
	var parts []string
	for _, c := range slices.Sorted(func(yield func(string) bool) {
		for k := range w {
			if !yield(k) {
				return
			}
		}
	}) {
		parts = append(parts, c+"="+strings.Join(w[c], "|"))
	}
	return " where " + strings.Join(parts, ", ")
}

func nonNilList[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// dataRetractions refuses a re-import of a data set that would retract much of what its
// earlier import put in the case (another filter, another file): more than a tenth of
// its claims, and more than 5.
func dataRetractions(old, rec *alliances.Record, prefix string) error {
	kept := map[string]bool{}
	for _, id := range claimIDs(rec) {
		kept[id] = true
	}
	before, gone := 0, 0
	for _, id := range claimIDs(old) {
		if datasets.Owns(prefix, id) {
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

func claimIDs(r *alliances.Record) []string {
	var ids []string
	for _, s := range r.Sources {
		ids = append(ids, s.ID)
	}
	for _, a := range r.Actors {
		ids = append(ids, a.ID)
	}
	for _, t := range r.Ties {
		ids = append(ids, t.ID)
	}
	for _, e := range r.Events {
		ids = append(ids, e.ID)
	}
	return ids
}

// builtinRegistry returns the built-in registry to load with an import into a database
// that has none, without the actors whose ids a case of the database holds (they stay
// that case's: importers resolve names to them only once merged), or nil when the
// database has a registry.
func (m *Main) builtinRegistry(all []alliances.Actor) (*alliances.Record, error) {
	held := map[string]string{}
	for _, a := range all {
		if a.Recorded.Case == alliances.RegistryCase {
			return nil, nil
		}
		held[a.ID] = a.Recorded.Case
	}
	reg, err := cases.Registry()
	if err != nil {
		return nil, err
	}
	var left []string
	reg.Actors = slices.DeleteFunc(reg.Actors, func(a alliances.Actor) bool {
		if c, ok := held[a.ID]; ok {
			left = append(left, a.ID+" ("+c+")")
			return true
		}
		return false
	})
	if len(left) > 0 {
		fmt.Fprintf(m.Stderr, "alliances: the built-in registry's %s are actors of cases here, and stay theirs\n", strings.Join(left, ", "))
	}
	return reg, nil
}

// progressReader counts what an import has read of a file and, on a terminal, says how
// far it is every second.
type progressReader struct {
	r       io.Reader
	read    atomic.Int64
	size    int64
	start   time.Time
	out     io.Writer
	name    string
	done    chan struct{}
	mu      sync.Mutex // held while a line is written
	stopped bool
	shown   bool
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.read.Add(int64(n))
	return n, err
}

// progressMin is the smallest file whose reading an import shows.
const progressMin = 32 << 20

// progress returns a reader that shows on standard error how far the reading of a
// large file is, when standard error is a terminal; nil otherwise.
func (m *Main) progress(name string, in io.Reader) *progressReader {
	tty, ok := m.Stderr.(*os.File)
	file, isFile := in.(*os.File)
	if !ok || !isFile {
		return nil
	}
	if fi, err := tty.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	fi, err := file.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() < progressMin {
		return nil
	}
	return startProgress(tty, name, fi.Size(), in, time.Second)
}

// startProgress shows on out, every interval, how much of size bytes r has given.
func startProgress(out io.Writer, name string, size int64, r io.Reader, interval time.Duration) *progressReader {
	p := &progressReader{r: r, size: max(size, 1), start: time.Now(), out: out, name: name, done: make(chan struct{})}
	go func() {
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				return
			case <-tick.C:
				p.mu.Lock()
				if !p.stopped {
					n := p.read.Load()
					fmt.Fprintf(p.out, "\ralliances: reading %s: %d%% (%s of %s, %s)\x1b[K", escapeText(p.name), n*100/p.size,
						megabytes(n), megabytes(p.size), time.Since(p.start).Round(time.Second))
					p.shown = true
				}
				p.mu.Unlock()
			}
		}
	}()
	return p
}

// stop ends the progress line, once the file is read; nil does nothing.
func (p *progressReader) stop() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	p.stopped = true
	close(p.done)
	if p.shown {
		fmt.Fprintf(p.out, "\ralliances: read %s (%s) in %s; writing the case\x1b[K\n", escapeText(p.name), megabytes(p.size), time.Since(p.start).Round(time.Second))
	}
}

func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
