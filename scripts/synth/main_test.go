package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/alliances-project/alliances/csvio"
)

// TestTablesAreAValidCase: the tables read back as a case without problems, with n
// actors, 5n ties and n/10 events, and the same seed writes the same tables.
func TestTablesAreAValidCase(t *testing.T) {
	const n = 300
	read := func(dir string) []csvio.File {
		var files []csvio.File
		for _, name := range []string{"sources.csv", "actors.csv", "ties.csv", "citations.csv", "events.csv"} {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, csvio.File{Name: name, Data: data})
		}
		return files
	}
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if err := write(dir, n, rand.New(rand.NewPCG(7, 0x5eed))); err != nil {
			t.Fatal(err)
		}
	}
	files := read(a)
	rec, diags := csvio.Read("synth", "", files)
	if len(diags) > 0 {
		t.Fatalf("%d problems, the first: %v", len(diags), diags[0])
	}
	if len(rec.Actors) != n || len(rec.Ties) != 5*n || len(rec.Events) != n/10 || len(rec.Sources) != sources {
		t.Errorf("%d actors, %d ties, %d events, %d sources; want %d, %d, %d, %d",
			len(rec.Actors), len(rec.Ties), len(rec.Events), len(rec.Sources), n, 5*n, n/10, sources)
	}
	for i, f := range read(b) {
		if !bytes.Equal(f.Data, files[i].Data) {
			t.Errorf("%s differs between two runs with the same seed", f.Name)
		}
	}
}
