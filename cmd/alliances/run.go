package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
	"github.com/alliances-project/alliances/internal/dbfile"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/team"
)

// Main is the program: the streams and environment it runs with, and the store it opens.
// Tests construct one, set its fields and call Run.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Now    func() time.Time // the clock imports stamp changes with

	db     alliances.Store // opened on first use by store
	dbFile string
	// console is standard error as Run was given it, before the escaper: where it is a
	// terminal, a long import shows its progress there.
	console io.Writer
}

// NewMain returns a Main wired to the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Now: time.Now}
}

// Close closes the store, if one was opened.
func (m *Main) Close() error {
	if m.db == nil {
		return nil
	}
	err := m.db.Close()
	m.db = nil
	return err
}

// command is one subcommand: its name, one line of help and how to run it.
type command struct {
	name    string
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
}

func commands() []command {
	return []command{
		{"check", "validate case files and CSV tables, reporting every problem", (*Main).runCheck},
		{"import", "load case files or CSV tables into the store", (*Main).runImport},
		{"export", "write a case back as YAML, JSON or CSV", (*Main).runExport},
		{"cases", "list the cases in the store", (*Main).runCases},
		{"actors", "search actors by name or alias", (*Main).runActors},
		{"actor", "an actor's profile: names, parents, factions, ties and evidence", (*Main).runActor},
		{"ties", "ties matching filters (actor, kind, sign, status, credibility, dates)", (*Main).runTies},
		{"sources", "the sources cited", (*Main).runSources},
		{"timeline", "ties and events in date order", (*Main).runTimeline},
		{"history", "every recorded version of a claim", (*Main).runHistory},
		{"supporters", "who supported an actor over a period: forms, duration, intensity, evidence, ranks", (*Main).runSupporters},
		{"centrality", "degree, strength, betweenness, PageRank and eigenvector centrality at a date", (*Main).runCentrality},
		{"balance", "structural balance: triangle census, frustration index, camps, at a date or over time", (*Main).runBalance},
		{"blocs", "blocs that best fit the signed network (Doreian-Mrvar), at a date or over time", (*Main).runBlocs},
		{"brokers", "who brokers between whom: Gould-Fernandez roles, Burt's constraint, recorded mediations", (*Main).runBrokers},
		{"path", "the shortest and the strongest chains of ties linking two actors, step by step", (*Main).runPath},
		{"cascade", "a linear threshold cascade toward a side, compared with who made deals, and what-ifs", (*Main).runCascade},
		{"diff", "what changed between two dates: ties begun and ended, signs flipped, realignments", (*Main).runDiff},
		{"serve", "answer over HTTP: the app and a JSON API of the cases, their claims and the analyses", (*Main).runServe},
		{"users", "the accounts of a team server: roles, access to cases, API tokens", (*Main).runUsers},
		{"audit", "who changed what, when and why", (*Main).runAudit},
		{"extract", "propose the ties a report states, each with its sentence, for review", (*Main).runExtract},
		{"add", "record a tie or an actor a report states, with its source, through the review queue", (*Main).runAdd},
		{"review", "accept, edit or reject the proposals waiting for review", (*Main).runReview},
	}
}

// Run runs the command line args (without the program name). What it prints for people
// goes through an escaper (see package textreport); the case files and tables export writes, and
// JSON, stay exact.
func (m *Main) Run(ctx context.Context, args []string) error {
	stdout, stderr := m.Stdout, m.Stderr
	out, errOut := textreport.NewEscaper(stdout), textreport.NewEscaper(stderr)
	m.Stderr, m.console = errOut, stderr
	if len(args) == 0 || args[0] != "export" {
		m.Stdout = out
	}
	defer func() {
		out.Flush()
		errOut.Flush()
		m.Stdout, m.Stderr = stdout, stderr
	}()
	return m.run(ctx, args)
}

func (m *Main) run(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			return m.Run(ctx, []string{args[1], "-h"})
		}
		m.usage(m.Stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(m, ctx, args[1:])
		}
	}
	m.usage(m.Stderr)
	return usageError("unknown command %q%s", args[0], suggestCommand(args[0]))
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "alliances records, explores and analyzes alliance and support networks through time.")
	fmt.Fprintln(w, "\nUsage: alliances COMMAND [flags] [arguments]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun `alliances COMMAND -h` for a command's flags. The database is chosen with --db")
	fmt.Fprintln(w, "or ALLIANCES_DB; an empty one is filled with the built-in cases (Afghanistan 2021, the")
	fmt.Fprintln(w, "default) on first use, unless that use brings a case of its own (import, extract --new-case).")
}

func suggestCommand(name string) string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	if best := alliances.Closest(name, names); best != "" {
		return fmt.Sprintf(", did you mean %q?", best)
	}
	return ", expected one of " + strings.Join(names, ", ")
}

// flags is a FlagSet with the flags every data command shares.
type flags struct {
	*flag.FlagSet
	db     string
	json   bool
	caseID string // analyses: only the ties of this case
}

func (m *Main) flags(name, args, about string) *flags {
	f := &flags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError)}
	f.SetOutput(m.Stderr)
	f.StringVar(&f.db, "db", "", "database `file`, or a postgres:// URL (default $ALLIANCES_DB, else "+dbfile.DefaultHint()+")")
	f.Usage = func() {
		fmt.Fprintf(f.Output(), "Usage: alliances %s %s\n\n%s\n\nFlags:\n", name, args, about)
		f.PrintDefaults()
	}
	return f
}

func (f *flags) withJSON() *flags {
	f.BoolVar(&f.json, "json", false, "print JSON (see docs/json.md) instead of a table")
	return f
}

// parse parses args, allowing flags after positional arguments too (see splitArgs).
func (f *flags) parse(args []string) error {
	flagArgs, positional := f.splitArgs(args)
	if err := f.Parse(flagArgs); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		// "centrality --from 2019": a command of one date reads a window in --at.
		if msg := err.Error(); (strings.HasSuffix(msg, "-from") || strings.HasSuffix(msg, "-to")) && f.Lookup("at") != nil && f.Lookup("from") == nil {
			return usageError("%v: %s reads one snapshot, a date or a window given to --at (--at 2019/2021 reads the ties that hold for most of it)", err, f.Name())
		}
		return usageError("%v", err)
	}
	if err := finiteFloats(f.FlagSet); err != nil {
		return err
	}
	return f.Parse(append([]string{"--"}, positional...))
}

// store opens the database the flags and environment choose. Commands that only read
// (seed true) open it read-only, so that a database on read-only media can be queried;
// an empty or new one is opened for writing once, filled with the default case, and a
// line on stderr says so. Import (seed false) opens it for writing.
func (m *Main) store(ctx context.Context, f *flags, seed bool) (alliances.Store, error) {
	if m.db != nil {
		return m.db, nil
	}
	if f.db == "" && f.isSet("db") {
		return nil, usageError("--db is empty, expected a database file (leave the flag out for $ALLIANCES_DB or the default)")
	}
	path, err := m.dbPath(f.db)
	if err != nil {
		return nil, err
	}
	var db *sqlstore.DB
	if seed {
		db, err = dbfile.OpenForReading(ctx, path)
	} else {
		db, err = sqlstore.Open(ctx, path)
	}
	if err != nil {
		return nil, err
	}
	if m.Now != nil {
		db.Now = m.Now
	}
	db.Who = m.login()
	m.db, m.dbFile = db, db.Path() // a PostgreSQL URL without its password
	if !seed {
		return db, nil
	}
	return db, m.seed(ctx, db)
}

// seed fills an empty database with the built-in cases (dbfile.Seed) and says so.
func (m *Main) seed(ctx context.Context, db *sqlstore.DB) error {
	loaded, registry, err := dbfile.Seed(ctx, db)
	if err != nil || loaded == nil {
		return err
	}
	for _, c := range loaded {
		fmt.Fprintf(m.Stderr, "alliances: the database %s was empty; loaded the built-in case %s (%d claims): %s\n",
			m.dbFile, c.Case, c.Claims, c.Title)
	}
	fmt.Fprintf(m.Stderr, "alliances: and the built-in registry of the actors the cases share (%d actors; alliances actors --case registry)\n", registry)
	return nil
}

// dbPath chooses the database: the flag, then ALLIANCES_DB, then the user's data
// directory (dbfile.Path).
func (m *Main) dbPath(flagValue string) (string, error) {
	return dbfile.Path(flagValue, m.Getenv)
}

// singleCase picks the case a command works on: the one named, or the only one.
func singleCase(ctx context.Context, db alliances.Store, name string, knownAt time.Time) (string, error) {
	if name != "" {
		return name, nil
	}
	ids, err := db.CaseIDs(ctx, knownAt)
	if err != nil {
		return "", err
	}
	switch ids = answer.Cases(ids); len(ids) {
	case 0:
		return "", alliances.Errorf(alliances.NotFound, "", "the database holds no case")
	case 1:
		return ids[0], nil
	}
	return "", usageError("the database holds several cases (%s); choose one with --case", strings.Join(ids, ", "))
}

// teamStore opens the database for writing, as store does, for a command that works on
// its review queue or accounts (op), which a store without them cannot serve: the store
// keeps no what.
func (m *Main) teamStore(ctx context.Context, f *flags, op, what string) (alliances.Store, team.Store, error) {
	db, err := m.store(ctx, f, false)
	if err != nil {
		return nil, nil, err
	}
	ts, ok := db.(team.Store)
	if !ok {
		return nil, nil, alliances.Errorf(alliances.Unavailable, op, "this store keeps no %s", what)
	}
	return db, ts, nil
}
