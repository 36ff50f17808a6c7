package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer/textreport"
	"github.com/alliances-project/alliances/datasets"
	"github.com/alliances-project/alliances/internal/progress"
)

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
	ds, ok := datasets.Find(from)
	switch {
	case !ok:
		return usageError("--from %q, expected one of %s", from, strings.Join(datasets.Names(), ", "))
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
		if err != nil {
			return m.dataProblems(err, ucdpActors)
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
	prog := m.readProgress(name, in)
	if prog != nil {
		in = prog
	}
	res, err := datasets.Import(ctx, db, datasets.Request{Dataset: ds, Name: name, File: in, Title: title, AllowRetract: allow, AfterRead: prog.Stop,
		Options: datasets.Options{Case: caseID, Where: where, NoEvents: noEvents, Prefix: prefix, UCDPNames: ucdpNames}})
	if err != nil {
		return m.dataProblems(err, name)
	}
	m.registryLoaded(res.Registry, res.Left)
	part := res.Part
	if f.json {
		return writeJSON(m.Stdout, struct {
			alliances.ImportSummary
			Rows       int                     `json:"rows"`
			Used       int                     `json:"rows_used"`
			Resolved   int                     `json:"names_resolved"`
			Unresolved []datasets.Unresolved   `json:"unresolved"`
			Names      []datasets.ResolvedName `json:"resolved"`
			Notes      []string                `json:"notes"`
		}{res.Summary, part.Rows, part.Used, part.Resolved, nonNilList(part.Unresolved), nonNilList(part.ResolvedNames), nonNilList(part.Notes)})
	}
	return textreport.DatasetImport(m.Stdout, res, where)
}

// dataProblems prints the bad rows of a data set's file, or returns any other error.
func (m *Main) dataProblems(err error, name string) error {
	p, ok := err.(*datasets.Problems)
	if !ok {
		return err
	}
	textreport.Diagnostics(m.Stderr, p.Diags, p.Omitted)
	fmt.Fprintf(m.Stderr, "%s in %s; nothing imported\n", alliances.Count(len(p.Diags)+p.Omitted, "problem"), name)
	return errReported
}

// registryLoaded says that an import loaded the built-in registry (n actors), and which
// of its actors stayed the cases' that hold them.
func (m *Main) registryLoaded(n int, left []string) {
	if len(left) > 0 {
		fmt.Fprintf(m.Stderr, "alliances: the built-in registry's %s are actors of cases here, and stay theirs\n", strings.Join(left, ", "))
	}
	if n > 0 {
		fmt.Fprintf(m.Stderr, "alliances: the database had no registry; loaded the built-in one (%d shared actors, alliances actors --case registry)\n", n)
	}
}

func nonNilList[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// progressMin is the smallest file whose reading an import shows.
const progressMin = 32 << 20

// readProgress returns a reader that shows on standard error how far the reading of a
// large file is, when standard error is a terminal; nil otherwise.
func (m *Main) readProgress(name string, in io.Reader) *progress.Reader {
	tty, ok := m.console.(*os.File) // (m.Stderr is the escaper, inside Run)
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
	return progress.Start(tty, textreport.Escape(name), fi.Size(), in, time.Second)
}
