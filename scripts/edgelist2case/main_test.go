package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestActorIDsUnique: names that make the same id get numbered ids, each given once.
func TestActorIDsUnique(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "edges.txt")
	if err := os.WriteFile(in, []byte("A-B,a_b,1\na_b,A.B,-1\nA.B,7up,1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rec, err := convert(options{in: in, caseID: "c", sourceTitle: "S", rel: "B", valid: "1954", credibility: 2})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range rec.Actors {
		got = append(got, a.Name+"="+a.ID)
	}
	// A-B, a_b and A.B all make a-b; they are numbered in the order met.
	if want := "A-B=a-b a_b=a-b-2 A.B=a-b-3 7up=n7up"; strings.Join(got, " ") != want {
		t.Errorf("actors = %s, want %s", strings.Join(got, " "), want)
	}
}

// BenchmarkConvert converts edge lists of growing size (n/5 nodes, random edges): the
// time per edge should stay the same.
func BenchmarkConvert(b *testing.B) {
	for _, edges := range []int{1e4, 1e5} {
		b.Run(fmt.Sprintf("%d", edges), func(b *testing.B) {
			in := filepath.Join(b.TempDir(), "edges.txt")
			var sb strings.Builder
			nodes := edges / 5
			for i := range edges {
				fmt.Fprintf(&sb, "node%d node%d %d\n", i%nodes, (i*7919+1)%nodes, 1-2*(i%3/2))
			}
			if err := os.WriteFile(in, []byte(sb.String()), 0o644); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := convert(options{in: in, caseID: "c", sourceTitle: "S", rel: "B", valid: "2000", credibility: 2}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
