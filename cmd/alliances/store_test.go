package main

import (
	"database/sql"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDamagedDatabaseExitsUnavailable: a database whose schema was damaged outside the
// program exits 5 (unavailable) with a message that says so and how to recover, not 70
// with a SQL error.
func TestDamagedDatabaseExitsUnavailable(t *testing.T) {
	for name, damage := range map[string]string{
		"MigrationsEmptied": `DELETE FROM schema_migrations`,
		"ClaimsDropped":     `DROP TABLE claims`,
	} {
		t.Run(name, func(t *testing.T) {
			c := newCLI(t)
			c.ok("cases") // fills the new database with the built-in case
			raw, err := sql.Open("sqlite", "file:"+c.db)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := raw.Exec(damage); err != nil {
				t.Fatal(err)
			}
			raw.Close()
			for _, args := range [][]string{{"ties", "--actor", "taliban"}, {"import", "testdata/small.yaml"}} {
				_, errOut, code := c.run(args...)
				if code != exitUnavailable || !strings.Contains(errOut, "is damaged") || !strings.Contains(errOut, "--known-at") {
					t.Errorf("%s: exit %d, stderr %q; want exit %d: damaged, how to recover", strings.Join(args, " "), code, errOut, exitUnavailable)
				}
			}
		})
	}
}

// TestReadOnlyDatabaseCanBeQueried makes the database and its directory read-only: the
// commands that read still answer, write nothing beside it, and import says why it cannot.
func TestReadOnlyDatabaseCanBeQueried(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores file permissions; package sqlstore tests read-only opening as root")
	}
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	dir := filepath.Dir(c.db)
	if err := os.Chmod(c.db, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	if out := c.ok("ties", "--actor", "beta"); !strings.Contains(out, "beta") {
		t.Errorf("ties --actor beta on a read-only database: %q", out)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files beside the read-only database after a read: %v, want only the database", entries)
	}
	if _, errOut, code := c.run("import", "testdata/small.yaml"); code != exitUnavailable {
		t.Errorf("import into a read-only database: exit %d, stderr %q; want %d", code, errOut, exitUnavailable)
	}
	// The app without accounts serves it read-only.
	resp, err := http.Get("http://" + startServe(t, c) + "/api/v1/cases")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"small"`) {
		t.Errorf("serve on a read-only database: %d %s, want the case small", resp.StatusCode, body)
	}
}

// TestNewDatabaseIsPrivate: the database the program creates, and its directory in the
// user's data directory, are readable by the user only.
func TestNewDatabaseIsPrivate(t *testing.T) {
	data := t.TempDir()
	c := newCLI(t)
	m := &Main{Getenv: func(k string) string {
		if k == "XDG_DATA_HOME" || k == "HOME" {
			return data
		}
		return ""
	}}
	path, err := m.dbPath("")
	if err != nil {
		t.Fatal(err)
	}
	c.db = path
	c.ok("cases")
	for p, want := range map[string]os.FileMode{filepath.Dir(path): 0o700, path: 0o600} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", p, fi.Mode().Perm(), want)
		}
	}
}

// TestEmptyDBFlagIsAUsageError: `--db ""` (a variable left empty in a script) names no
// database; it is refused rather than read as the default one.
func TestEmptyDBFlagIsAUsageError(t *testing.T) {
	c := newCLI(t)
	_, errOut, code := c.run("cases", "--db", "")
	if code != exitUsage || !strings.Contains(errOut, "--db is empty") {
		t.Errorf("cases --db \"\": exit %d, %s; want exit %d saying --db is empty", code, errOut, exitUsage)
	}
}
