// Package signeddata reads the signed networks that the tests and benchmarks of the
// signed analyses (packages balance and blocs) share: an edge list such as Read's
// Gahuku-Gama tribes, the 51 signed networks of states 1946-1999 and Bitcoin-OTC from the
// shared data folder (skipping when it is missing).
package signeddata

import (
	"encoding/csv"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/graph"
	"github.com/alliances-project/alliances/internal/shareddata"
)

// ReadSigned reads a signed edge list (graph.ReadEdgeList) as an undirected signed
// graph, with the names of its nodes.
func ReadSigned(tb testing.TB, path string, weighted bool) (*graph.CSR, []string) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	el, err := graph.ReadEdgeList(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	for i, name := range el.Names {
		el.Names[i] = strings.Trim(name, `"`)
	}
	return graph.Build(len(el.Names), el.Edges, graph.Options{Signed: true, Weighted: weighted}), el.Names
}

// COWWindows reads the 51 signed networks of states 1946-1999 (Doreian and Mrvar
// 2015, via signnet's cowList) from the shared data folder, all over one numbering of
// the states, in file order; it skips when the folder is missing.
func COWWindows(tb testing.TB) (windows []string, graphs []*graph.CSR, states []string) {
	tb.Helper()
	f, err := os.Open(shareddata.Path(tb, "cow-signed-doreian-mrvar/cow_signed_networks_1946-1999.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	index := map[string]int32{}
	node := func(s string) int32 {
		if _, ok := index[s]; !ok {
			index[s] = int32(len(states))
			states = append(states, s)
		}
		return index[s]
	}
	var lists [][]graph.Edge
	window := map[string]int{}
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		if line == 1 {
			continue
		}
		s, err := strconv.Atoi(rec[2])
		if err != nil {
			tb.Fatalf("line %d: sign %q", line, rec[2])
		}
		k, ok := window[rec[3]]
		if !ok {
			k = len(windows)
			window[rec[3]] = k
			windows = append(windows, rec[3])
			lists = append(lists, nil)
		}
		lists[k] = append(lists[k], graph.Edge{From: node(rec[0]), To: node(rec[1]), W: 1, S: int8(s)})
	}
	for _, l := range lists {
		graphs = append(graphs, graph.Build(len(states), l, graph.Options{Signed: true}))
	}
	return windows, graphs, states
}

// BitcoinOTC reads the Bitcoin-OTC trust network (Kumar et al. 2016) as an undirected
// signed graph: the sign of each rating, ratings both ways summed.
func BitcoinOTC(tb testing.TB) *graph.CSR {
	g, _ := ReadSigned(tb, shareddata.Path(tb, "snap-signed/soc-sign-bitcoinotc.csv"), false)
	return g
}
