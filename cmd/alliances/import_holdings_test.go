package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/sqlstore"
)

// noRecords is a store that refuses to read whole cases: what import checks against
// the database (the retraction guard, ids other cases hold, a case's title) it must
// learn through alliances.Holdings, whose cost does not grow with the cases' content.
type noRecords struct{ *sqlstore.DB }

func (noRecords) Record(context.Context, string, time.Time) (*alliances.Record, error) {
	return nil, alliances.Errorf(alliances.Internal, "record", "import read a whole case")
}

func (noRecords) Cases(context.Context, time.Time) ([]alliances.CaseInfo, error) {
	return nil, alliances.Errorf(alliances.Internal, "cases", "import counted every case")
}

// importWith runs import on a Main whose store is db.
func importWith(t *testing.T, db alliances.Store, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" },
		Now: func() time.Time { return time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC) }, db: db}
	err := m.Run(context.Background(), append([]string{"import"}, args...))
	if err != nil {
		printError(&errOut, err)
	}
	return out.String(), errOut.String(), ExitCode(err)
}

func TestImportChecksTheStoreWithoutReadingWholeCases(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	sq, err := sqlstore.Open(context.Background(), c.db)
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	db := noRecords{sq}
	small := smallYAML(t)

	t.Run("Unchanged", func(t *testing.T) {
		out, errOut, code := importWith(t, db, "testdata/small.yaml")
		if want := "small: 0 added, 0 changed, 0 retracted, 10 unchanged; nothing changed\n"; code != 0 || out != want {
			t.Errorf("exit %d, stdout %q, stderr %q; want 0 and %q", code, out, errOut, want)
		}
	})
	t.Run("ErrRetractsWholeList", func(t *testing.T) {
		path := writeFile(t, t.TempDir(), "cut.yaml", small[:strings.Index(small, "\nevents:")+1])
		_, errOut, code := importWith(t, db, path)
		if want := "retract 1 claim of case small (1 event)"; code != exitConflict || !strings.Contains(errOut, want) {
			t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, exitConflict, want)
		}
	})
	t.Run("ErrIDHeldByAnotherCase", func(t *testing.T) {
		actors := writeFile(t, t.TempDir(), "actors.csv", "id,name,kind\ndelta,Delta,state\nbeta,Beta again,state\n")
		_, errOut, code := importWith(t, db, "--case", "tables", actors)
		if want := actors + `:3:1: actor id "beta" is already recorded by case small`; code != exitConflict || !strings.Contains(errOut, want) {
			t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, exitConflict, want)
		}
	})
	t.Run("ErrTablesLeaveOutAList", func(t *testing.T) {
		actors := writeFile(t, t.TempDir(), "actors.csv", "id,name,kind\nalpha,Alpha,armed-group\n")
		_, errOut, code := importWith(t, db, "--case", "small", actors)
		if want := "case small holds 1 source and no sources table is given"; code != exitInvalid || !strings.Contains(errOut, want) {
			t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, exitInvalid, want)
		}
	})
}
