package casefile

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// synthetic returns a valid case of n ties among n/5 actors (at least two), each tie
// citing one of 100 sources, for measuring the reader at scale.
func synthetic(n int) *alliances.Record {
	actors := max(2, n/5)
	r := &alliances.Record{Case: "synthetic", Title: "A synthetic case of " + strconv.Itoa(n) + " ties"}
	for i := range 100 {
		r.Sources = append(r.Sources, alliances.Source{ID: "s" + strconv.Itoa(i), Title: "Source " + strconv.Itoa(i), Kind: "analysis", Reliability: "B"})
	}
	for i := range actors {
		r.Actors = append(r.Actors, alliances.Actor{ID: "a" + strconv.Itoa(i), Name: "Actor " + strconv.Itoa(i), Kind: "armed-group"})
	}
	kinds := []alliances.Kind{"alliance", "support", "rivalry", "hostility"}
	for i := range n {
		start := 1990 + i%20
		valid, err := edtf.Parse(strconv.Itoa(start) + "/" + strconv.Itoa(start+1+i%5))
		if err != nil {
			panic(err)
		}
		r.Ties = append(r.Ties, alliances.Tie{
			ID:      "t" + strconv.Itoa(i),
			Subject: "a" + strconv.Itoa(i%actors), Object: "a" + strconv.Itoa((i+1+i/actors)%actors),
			Kind: kinds[i%len(kinds)], Valid: valid, Status: "reported", Basis: "stated",
			Citations: []alliances.Citation{{Source: "s" + strconv.Itoa(i%100), Locator: "p. " + strconv.Itoa(i%300), Credibility: 2}},
		})
	}
	r.Normalize()
	return r
}

func syntheticYAML(tb testing.TB, n int) []byte {
	var buf bytes.Buffer
	if err := Write(&buf, synthetic(n)); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkParse reads generated valid case files of growing size.
func BenchmarkParse(b *testing.B) {
	for _, n := range []int{1e3, 1e4, 1e5} {
		data := syntheticYAML(b, n)
		runtime.GC() // not to count collecting what writing the file left
		b.Run(fmt.Sprintf("ties=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, diags := Parse("bench.yaml", data); len(diags.Errors()) > 0 {
					b.Fatal(diags[0])
				}
			}
		})
	}
}

// BenchmarkParseEmptyTies reads a list of n empty ties, each of which lacks every
// required field: the reader's cost when nearly every line is a problem.
func BenchmarkParseEmptyTies(b *testing.B) {
	for _, n := range []int{1e4, 1e5} {
		data := []byte("case: empty\ntitle: Empty ties\nties:\n" + string(bytes.Repeat([]byte("- {}\n"), n)))
		b.Run(fmt.Sprintf("ties=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Parse("bench.yaml", data)
			}
		})
	}
}
