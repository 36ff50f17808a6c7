// Package dbfile finds and opens the database the program works on: the file or
// PostgreSQL URL a user names, else $ALLIANCES_DB, else alliances.db in the user's data
// directory; and it fills a new one with the built-in cases.
package dbfile

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/sqlstore"
)

// Path chooses the database: named (a flag's value), then $ALLIANCES_DB, then the user's
// data directory (DataDir), whose alliances directory it creates, readable by the user
// only, if needed.
func Path(named string, getenv func(string) string) (string, error) {
	if named != "" {
		return named, nil
	}
	if env := getenv("ALLIANCES_DB"); env != "" {
		return env, nil
	}
	dir, err := DataDir(getenv)
	if err != nil {
		return "", alliances.Errorf(alliances.Unavailable, "", "no place for the database (%v); choose one with --db or ALLIANCES_DB", err)
	}
	dir = filepath.Join(dir, "alliances")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", alliances.Errorf(alliances.Unavailable, "", "cannot create %s (%v); choose a database with --db or ALLIANCES_DB", dir, err)
	}
	return filepath.Join(dir, "alliances.db"), nil
}

// DataDir is the user's data directory: $XDG_DATA_HOME or ~/.local/share on Unix,
// ~/Library/Application Support on macOS, %AppData% on Windows. A relative
// $XDG_DATA_HOME is ignored, as the XDG Base Directory specification requires: the
// database would otherwise follow the working directory.
func DataDir(getenv func(string) string) (string, error) {
	switch runtime.GOOS {
	case "windows":
		if d := getenv("AppData"); d != "" {
			return d, nil
		}
		return "", errors.New("%AppData% is not set")
	case "darwin", "ios":
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support"), nil
		}
	default:
		if d := getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
			return d, nil
		}
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, ".local", "share"), nil
		}
	}
	return "", errors.New("$HOME is not set")
}

// DefaultHint says, for a flag's help, where Path puts the database by default.
func DefaultHint() string {
	switch runtime.GOOS {
	case "windows":
		return `%AppData%\alliances\alliances.db`
	case "darwin":
		return "~/Library/Application Support/alliances/alliances.db"
	}
	return "$XDG_DATA_HOME/alliances/alliances.db or ~/.local/share/alliances/alliances.db"
}

// OpenForReading opens the database read-only when it holds a case, so that one on
// read-only media can be queried, and for writing when it is new or empty, to be seeded.
func OpenForReading(ctx context.Context, path string) (*sqlstore.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return sqlstore.Open(ctx, path)
	}
	db, err := sqlstore.OpenReadOnly(ctx, path)
	if err != nil {
		return nil, err
	}
	if has, err := db.AnyCase(ctx); err != nil || has {
		return db, err
	}
	db.Close()
	return sqlstore.Open(ctx, path)
}

// Loaded is a built-in case Seed loaded.
type Loaded struct {
	Case, Title string
	Claims      int
}

// Seed fills db with the built-in cases when it holds none. It returns the cases it
// loaded and the number of actors of the shared registry; nothing when db held a case.
func Seed(ctx context.Context, db *sqlstore.DB) (loaded []Loaded, registry int, err error) {
	if has, err := db.AnyCase(ctx); err != nil || has {
		return nil, 0, err
	}
	recs, err := cases.Records()
	if err != nil {
		return nil, 0, err
	}
	sums, err := db.Import(ctx, recs...)
	if err != nil {
		return nil, 0, err
	}
	for i, rec := range recs {
		if rec.Case == alliances.RegistryCase {
			registry = sums[i].Added
			continue
		}
		loaded = append(loaded, Loaded{Case: rec.Case, Title: rec.Title, Claims: sums[i].Added})
	}
	return loaded, registry, nil
}
