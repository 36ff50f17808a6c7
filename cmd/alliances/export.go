package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"math"
	"os"
	"slices"
	"time"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/graphio"
	"github.com/alliances-project/alliances/team"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/csvio"
	"github.com/alliances-project/alliances/internal/safefile"
)

func (m *Main) runExport(ctx context.Context, args []string) error {
	f := m.flags("export", "[--case ID] [--format yaml|json|csv|gexf|graphml|stix|csv-edges] [--out PATH]", `Export writes a case back as a case file (YAML), as JSON, or as CSV tables; importing
what export wrote gives back the same case. It also writes a case for network tools: GEXF
1.3 with a time spell on every tie, which Gephi's timeline plays; GraphML with typed
attributes, for yEd, igraph and NetworkX; a STIX 2.1 bundle (identities and
relationships with their times, confidence and external references); and one flat table
of ties for a spreadsheet (csv-edges). These carry every tie's kind, sign, dates and citations, but are not read back.

--out replaces a file only once the new one is written whole, and keeps its
permissions (a new file gets 0666 less the umask); a symbolic link is written
through and stays; a device or a named pipe (/dev/null, /dev/stdout) is written
into, never replaced; a file the user may not write is refused. The five CSV
tables are replaced together or not at all.

--audit FILE writes beside the case its audit trail (alliances audit): every import,
proposal, review and change of the case, oldest first, a JSON object a line.`)
	caseID := f.String("case", "", "case `id` (default: the only case in the database)")
	format := f.String("format", "yaml", "output `format`: yaml, json, csv, gexf, graphml, stix or csv-edges")
	out := f.String("out", "", "output `file` (default or -: standard output) or directory (csv, required)")
	knownAt := f.String("known-at", "", "export the case as it was known at this `time` (RFC 3339 or a date)")
	auditOut := f.String("audit", "", "also write the case's audit trail to this `file` (JSON lines, oldest first; - for standard output)")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() > 0 {
		return usageError("export takes no arguments, got %q", f.Arg(0))
	}
	if !slices.Contains([]string{"yaml", "json", "csv", "gexf", "graphml", "stix", "csv-edges"}, *format) {
		return usageError("--format %q, expected yaml, json, csv, gexf, graphml, stix or csv-edges", *format)
	}
	if *format == "csv" && (*out == "" || *out == "-") {
		return usageError("--format csv writes five tables and needs --out DIRECTORY")
	}
	at, err := answer.ParseKnownAt(*knownAt)
	if err != nil {
		return err
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	id, err := singleCase(ctx, db, *caseID, at)
	if err != nil {
		return err
	}
	rec, err := db.Record(ctx, id, at)
	if err != nil {
		return err
	}
	if !slices.Contains([]string{"yaml", "json", "csv"}, *format) {
		// A network file stands alone: the registry's actors the case names come with
		// it, and merged actors are the actors they are.
		all, err := db.Actors(ctx, alliances.ActorFilter{KnownAt: at})
		if err != nil {
			return err
		}
		rec = rec.Resolved(all)
	}
	if *auditOut != "" {
		if *auditOut == *out && *out != "-" && *out != "" {
			return usageError("--audit %s: the case goes there already; give the audit trail a file of its own", *auditOut)
		}
		if err := m.writeAudit(ctx, db, id, at, *auditOut); err != nil {
			return err
		}
	}
	return m.writeRecord(rec, *format, *out)
}

// writeAudit writes the audit trail of a case, as known at an instant (zero: now),
// oldest first, a JSON object a line.
func (m *Main) writeAudit(ctx context.Context, db alliances.Store, caseID string, at time.Time, out string) error {
	ts, ok := db.(team.Store)
	if !ok {
		return alliances.Errorf(alliances.Unavailable, "export", "this store keeps no audit trail")
	}
	f := team.AuditFilter{Case: caseID, Limit: math.MaxInt32}
	if !at.IsZero() {
		f.Before = at.Add(time.Nanosecond)
	}
	es, err := ts.Audit(ctx, f)
	if err != nil {
		return err
	}
	slices.Reverse(es)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, e := range es {
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	if out == "-" {
		_, err := m.Stdout.Write(b.Bytes())
		return err
	}
	return replaceFile(out, func(w io.Writer) error {
		_, err := w.Write(b.Bytes())
		return err
	})
}

func (m *Main) writeRecord(rec *alliances.Record, format, out string) error {
	if format == "csv" {
		_, statErr := os.Stat(out)
		if err := os.MkdirAll(out, 0o777); err != nil { // less the umask, as for any new folder
			return alliances.Errorf(alliances.Invalid, "export", "cannot create directory %s: %v", out, unwrapPath(err))
		}
		err := csvio.WriteDir(out, rec)
		if err != nil && errors.Is(statErr, fs.ErrNotExist) {
			os.Remove(out) // the folder made for the export, left empty by its failure
		}
		return err
	}
	write := map[string]func(io.Writer, *alliances.Record) error{
		"yaml": casefile.Write, "json": casefile.WriteJSON,
		"gexf": graphio.WriteGEXF, "graphml": graphio.WriteGraphML, "stix": graphio.WriteSTIX, "csv-edges": graphio.WriteEdgesCSV,
	}[format]
	if out == "" || out == "-" {
		return write(m.Stdout, rec)
	}
	return replaceFile(out, func(w io.Writer) error { return write(w, rec) })
}

// replaceFile writes the file out through write, replacing it only once it is written
// whole (see safefile).
func replaceFile(out string, write func(io.Writer) error) error {
	file, err := safefile.Create(out)
	if err != nil {
		return alliances.Errorf(alliances.Invalid, "export", "cannot write %s: %v", out, unwrapPath(err))
	}
	if err := write(file); err != nil {
		file.Discard()
		return err
	}
	if err := file.Commit(); err != nil {
		return alliances.Errorf(alliances.Invalid, "export", "cannot write %s: %v", out, unwrapPath(err))
	}
	return nil
}
