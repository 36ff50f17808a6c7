package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer/textreport"
	"github.com/alliances-project/alliances/csvio"
	"github.com/alliances-project/alliances/ingest"
)

func (m *Main) runImport(ctx context.Context, args []string) error {
	f := m.flags("import", "[--case ID] [--allow-retract] FILE... | --from DATASET --case ID [--where COLUMN=VALUE]... FILE", `Import loads case files (.yaml, .yml, .json) and CSV tables (.csv) into the database.
Every file is checked first; if any has a problem, nothing is written. Importing a case
again records what changed as new versions and retracts what the file no longer holds;
importing it unchanged changes nothing. A case file that would retract every claim of a
list, or more than a tenth of the case's claims (and more than 5), is refused as likely
incomplete unless --allow-retract is given. A case may name the registry's actors (the
case "registry": actors every case shares) without defining them.

With --from, import reads a data set's file into case ID: ucdp-esd (UCDP's External
Support Dataset, version 1.0 or 18.1), ucdp-acd (the UCDP/PRIO Armed Conflict Dataset),
ucdp-ged (UCDP's georeferenced events), atop (ATOP's member level or dyad-years), acled
(ACLED's events), icews (ICEWS's CAMEO-coded events), plover (PLOVER events as JSON
lines) or stix (a STIX 2.1 bundle). Its actors are found
in the registry and the case by the data set's ids and by name; the names found nowhere
become actors of the case and are listed, to be merged into the actors they are. The
data set's claims replace those its earlier import put in the case; the rest of the case
stays. --where keeps the rows whose COLUMN holds VALUE (repeat it; the same column
twice keeps either value). --ucdp-actors names UCDP's ids as UCDP's Actor Dataset does. See docs/datasets.md for how each data set's codes are read.`).withJSON()
	from := f.String("from", "", "read `DATASET`'s file: ucdp-esd, ucdp-acd, ucdp-ged, atop, acled, icews, plover or stix")
	prefix := f.String("prefix", "", "with --from, begin the ids of the data set's claims with this `id` instead of the importer's (acled, ucdp-esd-1...): to import a data set into a second case")
	ucdpActors := f.String("ucdp-actors", "", "with --from ucdp-acd or ucdp-esd, UCDP's Actor Dataset `file` (ucdp-actor-221.csv), to name each UCDP id as UCDP does")
	noEvents := f.Bool("no-events", false, "with --from and event data (acled, ucdp-ged, icews, plover), record the ties the events add up to, citing them, but no claim for each event")
	where := whereFlag{}
	f.Var(where, "where", "with --from, keep the rows whose `COLUMN=VALUE`")
	caseID := f.String("case", "", "case `id` for CSV tables")
	title := f.String("title", "", "case `title` for CSV tables (default: the id)")
	encoding := f.String("encoding", "", "text `encoding` of CSV tables saved in another than UTF-8: windows-1252 or latin1")
	allow := f.Bool("allow-retract", false, "import case files even when that retracts a whole list or many claims")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() == 0 {
		f.Usage()
		return usageError("import needs at least one file")
	}
	if *from != "" || f.isSet("from") {
		return m.importData(ctx, f, *from, *caseID, *title, where, *allow, *noEvents, *prefix, *ucdpActors)
	}
	if len(where) > 0 || *noEvents || *prefix != "" || *ucdpActors != "" {
		return usageError("--where, --no-events, --prefix and --ucdp-actors go with --from DATASET")
	}
	if err := checkInputFlags(f.Args(), *caseID, *encoding); err != nil {
		return err
	}
	// CSV tables are checked a row at a time and their ties read again, one at a time,
	// as they are written: a case of millions of ties is never all in memory.
	if slices.ContainsFunc(f.Args(), ingest.IsTable) {
		leanGC()
	}
	in, err := ingest.Scan(f.Args(), m.Stdin, *caseID, *title, *encoding)
	if err != nil {
		return err
	}
	registry, err := m.sharedActors(ctx, f, in, true)
	if err != nil {
		return err
	}
	textreport.Diagnostics(m.Stderr, in.Diags, in.Omitted)
	if errs := in.Diags.Errors(); len(errs) > 0 {
		fmt.Fprintf(m.Stderr, "%s; nothing imported\n", textreport.Problems(len(errs)+in.Omitted, len(in.Diags)-len(errs)))
		return errReported
	}
	if err := in.SameCase(); err != nil {
		return err
	}
	db, err := m.store(ctx, f, false)
	if err != nil {
		return err
	}
	hold, ok := db.(alliances.Holdings)
	if !ok {
		return alliances.Errorf(alliances.Internal, "import", "the store cannot tell what it holds")
	}
	old, err := in.Heads(ctx, hold)
	if err != nil {
		return err
	}
	if err := in.CheckTables(ctx, hold, *title, old); err != nil {
		return err
	}
	if diags, unplaced, err := in.Reused(ctx, hold, textreport.MaxListed); err != nil {
		return err
	} else if len(diags) > 0 {
		textreport.Diagnostics(m.Stderr, diags, unplaced)
		fmt.Fprintf(m.Stderr, "%s; nothing imported\n", alliances.Count(len(diags)+unplaced, "problem"))
		return errConflictReported
	}
	if !*allow {
		if err := in.Retractions(ctx, hold, old); err != nil {
			return err
		}
	}
	recs := in.Records
	if registry != nil {
		recs = append(slices.Clip(recs), registry)
	}
	sums, err := in.Import(ctx, db, recs)
	if err != nil {
		return in.Blame(err)
	}
	if registry != nil {
		sums = sums[:len(in.Records)]
		m.registryLoaded(len(registry.Actors), nil)
	}
	if f.json {
		return writeJSON(m.Stdout, sums)
	}
	for i, s := range sums {
		fmt.Fprintln(m.Stdout, textreport.ImportSummary(s, old[s.Case], in.Records[i]))
	}
	return nil
}

// leanGC has the garbage collector collect when the heap has grown by two fifths of
// what is live, rather than doubled: for the commands that stream a large input, whose
// garbage (each row read, encoded and written) would otherwise take as much memory as
// what they hold. At 10^6 ties, against 100, it costs an import about a second and saves
// some 300 MB; against 50, it saves 30 MB more at no cost measured (docs/benchmarks.md).
// GOGC, when set, decides instead.
func leanGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(40)
	}
}

// sharedActors drops the problems about actors a case names but does not define that
// the registry holds (ingest's ShareRegistry): the one read with the case, the database's,
// or, for a database that has none, the built-in one, which an import then loads with the
// case (returned). It opens the database only when a case names such an actor and no
// registry comes with it; check (write false) reads it only when it exists.
func (m *Main) sharedActors(ctx context.Context, f *flags, in *ingest.Input, write bool) (*alliances.Record, error) {
	if !in.NamesUnknown() {
		return nil, nil
	}
	var all []alliances.Actor
	if path, err := m.dbPath(f.db); err == nil && !in.HasRegistry() && (write || exists(path)) {
		db, err := m.store(ctx, f, false)
		if err != nil {
			return nil, err
		}
		if all, err = db.Actors(ctx, alliances.ActorFilter{}); err != nil {
			return nil, err
		}
	}
	builtin, left, err := in.ShareRegistry(all)
	if err != nil {
		return nil, err
	}
	m.registryLoaded(0, left)
	return builtin, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// errConflictReported is returned when conflicts with the database were already printed.
var errConflictReported = &alliances.Error{Kind: alliances.Conflict}

// checkInputFlags checks the choices of how to read files: the text encoding of CSV tables
// (one of csvio.Encodings, "" for UTF-8) and, when a file is a CSV table, the case id
// they hold.
func checkInputFlags(files []string, caseID, encoding string) error {
	if encoding != "" && !slices.Contains(csvio.Encodings, encoding) {
		return usageError("--encoding %q, expected one of %s (UTF-8 and UTF-16 with a byte order mark need none)", encoding, strings.Join(csvio.Encodings, ", "))
	}
	if !slices.ContainsFunc(files, ingest.IsTable) {
		return nil
	}
	switch {
	case caseID == "":
		return usageError("CSV tables need --case ID to name the case they hold")
	case !alliances.ValidID(caseID):
		return usageError("--case %q is not a valid id, expected lowercase letters, digits and hyphens, starting with a letter", caseID)
	}
	return nil
}
