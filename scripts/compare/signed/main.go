// Command signed writes the graphs of scripts/compare/signed.py and times the Go
// signed analyses on them (packages analysis/balance and analysis/blocs), with one core
// and with all: the 51 signed networks of states 1946-1999, Bitcoin-OTC as an
// undirected signed graph, and G(20000, 100000) with 30% negative ties.
//
//	go run ./scripts/compare/signed -out DIR
//
// It writes DIR/<graph>.csv (u,v,sign: the merged ties, sign 0 left out, nodes
// numbered as Go numbers them; cow.csv has a window column first) and DIR/go.json
// with the triangle census, the frustration bounds and the blocs found for each
// graph, and the seconds each took.
package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	"github.com/alliances-project/alliances/analysis/balance"
	"github.com/alliances-project/alliances/analysis/blocs"
	"github.com/alliances-project/alliances/graph"
	"github.com/alliances-project/alliances/internal/shareddata"
)

// result is what go.json holds for one graph (or, for "cow", the 51 windows).
type result struct {
	Name    string             `json:"name"`
	Nodes   int                `json:"nodes"`
	Edges   int                `json:"edges"`
	Census  [][4]int64         `json:"census"` // +++, ++-, +--, --- (one per window)
	Lower   float64            `json:"frustration_lower"`
	Upper   float64            `json:"frustration_upper"`
	Exact   int                `json:"frustration_exact"` // graphs (windows) solved exactly
	K       int                `json:"blocs_k"`
	P       float64            `json:"blocs_p"`
	Seconds map[string]float64 `json:"seconds"` // "census/1", "census/2", ...
}

func main() {
	out := flag.String("out", "", "folder to write the graphs and go.json to")
	shared := flag.String("shared", shareddata.Dir(), "the shared data folder")
	flag.Parse()
	if *out == "" || *shared == "" {
		log.Fatal("usage: signed -out DIR [-shared DIR]")
	}
	var results []result
	windows, graphs, err := readCOW(filepath.Join(*shared, "cow-signed-doreian-mrvar/cow_signed_networks_1946-1999.csv"))
	check(err)
	check(writeCOW(filepath.Join(*out, "cow.csv"), windows, graphs))
	results = append(results, run("cow", graphs))
	otc, err := readOTC(filepath.Join(*shared, "snap-signed/soc-sign-bitcoinotc.csv"))
	check(err)
	check(writeGraph(filepath.Join(*out, "bitcoin_otc.csv"), otc))
	results = append(results, run("bitcoin_otc", []*graph.CSR{otc}))
	rng := rand.New(rand.NewPCG(1, 100000))
	random := graph.Build(20000, graph.Random(rng, 20000, 100000, 0.3), graph.Options{Signed: true})
	check(writeGraph(filepath.Join(*out, "random_20000_100000.csv"), random))
	results = append(results, run("random_20000_100000", []*graph.CSR{random}))
	b, err := json.MarshalIndent(results, "", " ")
	check(err)
	check(os.WriteFile(filepath.Join(*out, "go.json"), b, 0o644))
}

// run analyses the graphs with one core and with all, keeping the faster of three runs
// of each analysis.
func run(name string, graphs []*graph.CSR) result {
	ctx := context.Background()
	r := result{Name: name, Nodes: graphs[0].N(), Seconds: map[string]float64{}}
	for _, g := range graphs {
		r.Edges += g.Edges()
	}
	all := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(all)
	for _, procs := range []int{1, all} {
		runtime.GOMAXPROCS(procs)
		key := func(what string) string { return what + "/" + strconv.Itoa(procs) }
		r.Census, r.Seconds[key("census")] = timed(func() [][4]int64 {
			var cs [][4]int64
			for _, g := range graphs {
				c, err := balance.Census(ctx, g)
				check(err)
				cs = append(cs, [4]int64{c.PPP, c.PPN, c.PNN, c.NNN})
			}
			return cs
		})
		var fr [3]float64
		fr, r.Seconds[key("frustration")] = timed(func() [3]float64 {
			var f [3]float64
			for _, g := range graphs {
				res, err := balance.Frustration(ctx, g, balance.Options{})
				check(err)
				f[0], f[1] = f[0]+res.Lower, f[1]+res.Upper
				if res.Exact {
					f[2]++
				}
			}
			return f
		})
		r.Lower, r.Upper, r.Exact = fr[0], fr[1], int(fr[2])
		var kp [2]float64
		kp, r.Seconds[key("blocs")] = timed(func() [2]float64 {
			if len(graphs) > 1 {
				s, err := blocs.Track(ctx, blocs.SameNodes(graphs), blocs.Options{})
				check(err)
				var p [2]float64
				for _, st := range s.Steps {
					p[0], p[1] = p[0]+float64(st.K), p[1]+st.P
				}
				return p
			}
			res, err := blocs.Partition(ctx, graphs[0], blocs.Options{})
			check(err)
			return [2]float64{float64(res.K), res.P}
		})
		r.K, r.P = int(kp[0]), kp[1]
		_, r.Seconds[key("blocs_k2")] = timed(func() int {
			for _, g := range graphs {
				_, err := blocs.Partition(ctx, g, blocs.Options{K: 2})
				check(err)
			}
			return 0
		})
	}
	return r
}

// timed runs f three times and returns its value and the least time in seconds.
func timed[T any](f func() T) (T, float64) {
	var v T
	best := 0.0
	for i := range 3 {
		start := time.Now()
		v = f()
		if s := time.Since(start).Seconds(); i == 0 || s < best {
			best = s
		}
	}
	return v, best
}

// readCOW reads the 51 windows over one numbering of the states (in order of
// appearance), as undirected signed graphs.
func readCOW(path string) ([]string, []*graph.CSR, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	index := map[string]int32{}
	node := func(s string) int32 {
		if _, ok := index[s]; !ok {
			index[s] = int32(len(index))
		}
		return index[s]
	}
	var windows []string
	lists := map[string][]graph.Edge{}
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		if line == 1 {
			continue
		}
		s, err := strconv.Atoi(rec[2])
		if err != nil {
			return nil, nil, fmt.Errorf("%s:%d: sign %q", path, line, rec[2])
		}
		if _, ok := lists[rec[3]]; !ok {
			windows = append(windows, rec[3])
		}
		lists[rec[3]] = append(lists[rec[3]], graph.Edge{From: node(rec[0]), To: node(rec[1]), W: 1, S: int8(s)})
	}
	var graphs []*graph.CSR
	for _, w := range windows {
		graphs = append(graphs, graph.Build(len(index), lists[w], graph.Options{Signed: true}))
	}
	return windows, graphs, nil
}

// readOTC reads Bitcoin-OTC (source, target, rating, time) as an undirected signed
// graph: each rating's sign, both directions summed.
func readOTC(path string) (*graph.CSR, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	el, err := graph.ReadEdgeList(f)
	if err != nil {
		return nil, err
	}
	for i := range el.Edges {
		el.Edges[i].W = 1
	}
	return graph.Build(len(el.Names), el.Edges, graph.Options{Signed: true}), nil
}

func writeCOW(path string, windows []string, graphs []*graph.CSR) error {
	var rows [][]string
	for i, g := range graphs {
		rows = append(rows, edgeRows(g, windows[i])...)
	}
	return writeRows(path, []string{"window", "u", "v", "sign"}, rows)
}

func writeGraph(path string, g *graph.CSR) error {
	return writeRows(path, []string{"u", "v", "sign"}, edgeRows(g, ""))
}

// edgeRows lists g's ties u < v with their signs, sign 0 left out.
func edgeRows(g *graph.CSR, prefix string) [][]string {
	var rows [][]string
	for u := range g.N() {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			if v := g.Adj[i]; int(v) > u && g.S[i] != 0 {
				row := []string{strconv.Itoa(u), strconv.Itoa(int(v)), strconv.Itoa(int(g.S[i]))}
				if prefix != "" {
					row = append([]string{prefix}, row...)
				}
				rows = append(rows, row)
			}
		}
	}
	return rows
}

func writeRows(path string, header []string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.Write(header)
	w.WriteAll(rows)
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
