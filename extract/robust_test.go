package extract_test

// The reader on sentences it was not written for: every sentence of the annotated
// reports, each read after another taken at random from them, knowing the actors of the
// annotations and, a tenth of them, as into a new case. A reader that stops on one
// sentence proposes nothing for the whole document, so none may.

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/extract"
)

func TestReaderReadsRecombinedSentences(t *testing.T) {
	reg, err := cases.Registry()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("testdata/reports/*.txt")
	if len(paths) < 20 {
		t.Fatalf("%d reports, want the hundred and ninety of testdata/reports", len(paths))
	}
	rules := extract.DefaultRules()
	var sentences []string
	var actors []alliances.Actor
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		rec, _ := casefile.Parse(filepath.Base(p), data)
		if rec == nil {
			t.Fatalf("%s: the annotation does not read", p)
		}
		actors = append(actors, rec.Actors...)
		doc := extract.Read(filepath.Base(p), string(text), rules)
		for _, para := range doc.Paragraphs {
			for _, s := range para.Sentences {
				sentences = append(sentences, doc.Text[s.Start:s.End])
			}
		}
	}
	// One reader reads one document at a time; the pairs are the same every run.
	known := extract.NewReader(rules, append(slices.Clone(actors), reg.Actors...))
	rng := rand.New(rand.NewPCG(2026, 12))
	read := 0
	for i, s := range sentences {
		before := sentences[rng.IntN(len(sentences))]
		text := before + " " + s + " This sentence only makes the paragraph long enough to count as one of the body."
		for _, asNew := range []bool{false, true} {
			if asNew && i%10 != 0 {
				continue // a tenth as new cases: a new reader each, the slower part
			}
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("the reader stopped (%v) on: %q", r, text)
					}
				}()
				rd := known
				doc := extract.Read("recombined.txt", text, rules)
				if asNew {
					rd = extract.NewReader(rules, reg.Actors)
					rd.Discover(doc)
				}
				rd.Read(doc)
				read++
			}()
		}
	}
	if read < len(sentences) {
		t.Errorf("read %d texts of %d sentences", read, len(sentences))
	}
}
