package centrality

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/alliances-project/alliances/graph"
)

// edges builds unit-weight edges from pairs.
func edges(pairs ...[2]int32) []graph.Edge {
	out := make([]graph.Edge, len(pairs))
	for i, p := range pairs {
		out[i] = graph.Edge{From: p[0], To: p[1], W: 1, S: 1}
	}
	return out
}

// weighted builds edges {From, To, W} from triples.
func weighted(triples ...[3]float64) []graph.Edge {
	out := make([]graph.Edge, len(triples))
	for i, t := range triples {
		out[i] = graph.Edge{From: int32(t[0]), To: int32(t[1]), W: t[2], S: 1}
	}
	return out
}

func closeTo(a, b []float64, tol float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > tol*max(1, math.Abs(b[i])) {
			return false
		}
	}
	return true
}

func TestBetweennessHandChecked(t *testing.T) {
	undirected, directed, weightedU := graph.Options{}, graph.Options{Directed: true}, graph.Options{Weighted: true}
	tests := []struct {
		name string
		n    int
		e    []graph.Edge
		g    graph.Options
		o    Options
		want []float64
	}{
		// Path 0-1-2-3-4: node i lies between the i nodes on its left and the 4-i on its
		// right, one shortest path each: i(4-i).
		{"PathCountsPairsAcross", 5, edges([2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 3}, [2]int32{3, 4}), undirected, Options{},
			[]float64{0, 3, 4, 3, 0}},
		// The same normalized: divided by (n-1)(n-2)/2 = 6 pairs not involving the node.
		{"PathNormalizedByPairs", 5, edges([2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 3}, [2]int32{3, 4}), undirected, Options{Normalized: true},
			[]float64{0, 0.5, 4.0 / 6, 0.5, 0}},
		// Star with centre 0 and leaves 1-4: the centre is on the one path of each of the
		// C(4,2) = 6 pairs of leaves; normalized, 6/6 = 1.
		{"StarCentreOnEveryLeafPair", 5, edges([2]int32{0, 1}, [2]int32{0, 2}, [2]int32{0, 3}, [2]int32{0, 4}), undirected, Options{},
			[]float64{6, 0, 0, 0, 0}},
		{"StarNormalizedIsOne", 5, edges([2]int32{0, 1}, [2]int32{0, 2}, [2]int32{0, 3}, [2]int32{0, 4}), undirected, Options{Normalized: true},
			[]float64{1, 0, 0, 0, 0}},
		// Cycle of 6: a node is the middle of one pair at distance 2 (its neighbours, 1
		// path) and an inner node of one of the 2 paths of 2 antipodal pairs (1/2 each)
		// ... counted over the 3 antipodal pairs: 3 pairs x 4 inner nodes x 1/2 / 6
		// nodes = 1. Total 2 for every node: shortest paths split evenly.
		{"CycleSplitsTiedPaths", 6, edges([2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 3}, [2]int32{3, 4}, [2]int32{4, 5}, [2]int32{5, 0}), undirected, Options{},
			[]float64{2, 2, 2, 2, 2, 2}},
		// Directed 0→1→2→0 and 2→3, one shortest path per pair. From 0: 0→1→2 and
		// 0→1→2→3 (1 twice, 2 once); from 1: 1→2→0 and 1→2→3 (2 twice); from 2: 2→0→1
		// (0 once); 3 reaches nobody. So 0: 1, 1: 2, 2: 3. Undirected it would differ.
		{"DirectedFollowsArcs", 4, edges([2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 0}, [2]int32{2, 3}), directed, Options{},
			[]float64{1, 2, 3, 0}},
		// The same normalized by (n-1)(n-2) = 6 ordered pairs.
		{"DirectedNormalizedByOrderedPairs", 4, edges([2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 0}, [2]int32{2, 3}), directed, Options{Normalized: true},
			[]float64{1.0 / 6, 2.0 / 6, 3.0 / 6, 0}},
		// Triangle 0-1-2 with strong ties 0-1 and 1-2 (weight 4, length 1/4) and a weak
		// 0-2 (weight 1, length 1): 0→1→2 (1/2) is shorter than the direct 0-2 (1), so
		// node 1 is between 0 and 2.
		{"StrongTiesAreShort", 3, weighted([3]float64{0, 1, 4}, [3]float64{1, 2, 4}, [3]float64{0, 2, 1}), weightedU, Options{},
			[]float64{0, 1, 0}},
		// The same by hops: 0-2 is direct, nobody is between.
		{"HopsIgnoreWeights", 3, weighted([3]float64{0, 1, 4}, [3]float64{1, 2, 4}, [3]float64{0, 2, 1}), weightedU, Options{Lengths: Hops},
			[]float64{0, 0, 0}},
		// The same with weights as lengths: 0-2 (1) beats 0-1-2 (8).
		{"WeightAsLengthPrefersLightArcs", 3, weighted([3]float64{0, 1, 4}, [3]float64{1, 2, 4}, [3]float64{0, 2, 1}), weightedU, Options{Lengths: WeightAsLength},
			[]float64{0, 0, 0}},
		// Cycle 0-1-2-3-0 with lengths 0-1 1/2, 1-2 1/3, 2-3 1/6, 3-0 1. From 0 to 3
		// the direct arc (1) and 0-1-2-3 (1/2+1/3+1/6 = 1) tie, though the sum rounds to
		// 0.9999999999999999: 1 and 2 get 1/2 each. 0 to 2 goes via 1 (5/6 against
		// 7/6), 1 to 3 via 2 (1/2 against 3/2): 1 and 2 get 1 + 1/2 each.
		{"WeightedTiesSurviveRounding", 4, weighted([3]float64{0, 1, 2}, [3]float64{1, 2, 3}, [3]float64{2, 3, 6}, [3]float64{3, 0, 1}), weightedU, Options{},
			[]float64{0, 1.5, 1.5, 0}},
		// Path 0-1-2, edge 3-4 and the isolated node 5: no path crosses components.
		{"ComponentsAreApart", 6, edges([2]int32{0, 1}, [2]int32{1, 2}, [2]int32{3, 4}), undirected, Options{},
			[]float64{0, 1, 0, 0, 0, 0}},
		{"EmptyGraph", 0, nil, undirected, Options{}, []float64{}},
		{"TwoNodesNormalized", 2, edges([2]int32{0, 1}), undirected, Options{Normalized: true}, []float64{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := graph.Build(tt.n, tt.e, tt.g)
			for _, workers := range []int{1, 2} {
				o := tt.o
				o.Workers = workers
				got, err := Betweenness(context.Background(), g, o)
				if err != nil {
					t.Fatal(err)
				}
				if !closeTo(got, tt.want, 1e-12) {
					t.Errorf("workers %d: got %v, want %v", workers, got, tt.want)
				}
			}
		})
	}
}

// randomGraph returns a G(n, m) graph with weights in [1, 2).
func randomGraph(seed uint64, n, m int, directed bool) *graph.CSR {
	rng := rand.New(rand.NewPCG(seed, 1))
	return graph.Build(n, graph.Random(rng, n, m, 0), graph.Options{Directed: directed, Weighted: true})
}

func TestBetweennessParallelEqualsSerial(t *testing.T) {
	for _, directed := range []bool{false, true} {
		for _, lengths := range []Lengths{Hops, InverseWeight} {
			g := randomGraph(7, 300, 1200, directed)
			serial, err := Betweenness(context.Background(), g, Options{Lengths: lengths})
			if err != nil {
				t.Fatal(err)
			}
			for _, workers := range []int{2, 3, 1000} {
				par, err := Betweenness(context.Background(), g, Options{Lengths: lengths, Workers: workers})
				if err != nil {
					t.Fatal(err)
				}
				// Chunk sums are added in chunk order: bit for bit.
				if !slices.Equal(par, serial) {
					t.Errorf("directed %v, lengths %d, %d workers: differs from the serial result", directed, lengths, workers)
				}
			}
		}
	}
}

// TestBetweennessDijkstraAgreesWithBFS runs the weighted code on unit lengths, where it
// must count exactly the paths the breadth-first search counts.
func TestBetweennessDijkstraAgreesWithBFS(t *testing.T) {
	g := randomGraph(3, 200, 600, false)
	for i := range g.W {
		g.W[i] = 1
	}
	bfs, err := Betweenness(context.Background(), g, Options{Lengths: Hops})
	if err != nil {
		t.Fatal(err)
	}
	dijkstra, err := Betweenness(context.Background(), g, Options{Lengths: WeightAsLength})
	if err != nil {
		t.Fatal(err)
	}
	if !closeTo(dijkstra, bfs, 1e-12) {
		t.Errorf("Dijkstra on unit lengths differs from BFS")
	}
}

func TestBetweennessErrors(t *testing.T) {
	t.Run("CancelledContext", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		for _, workers := range []int{1, 2} {
			_, err := Betweenness(ctx, randomGraph(1, 100, 300, false), Options{Workers: workers})
			if !errors.Is(err, context.Canceled) {
				t.Errorf("workers %d: err = %v, want context.Canceled", workers, err)
			}
		}
	})
	t.Run("CancelledWhileRunning", func(t *testing.T) {
		// The whole run would take about a minute; cancelled after 20 ms, every worker
		// must stop at its next source and none wait for a buffer forever.
		g := randomGraph(2, 20000, 100000, false)
		for _, workers := range []int{1, 2, 3} {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
			_, err := Betweenness(ctx, g, Options{Lengths: Hops, Workers: workers})
			cancel()
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("workers %d: err = %v, want context.DeadlineExceeded", workers, err)
			}
		}
	})
	t.Run("ZeroLengthRejected", func(t *testing.T) {
		g := graph.Build(3, weighted([3]float64{0, 1, 0}, [3]float64{1, 2, 1}), graph.Options{Weighted: true})
		if _, err := Betweenness(context.Background(), g, Options{Lengths: WeightAsLength}); err == nil {
			t.Error("a weight of 0 as a length was accepted")
		}
		// As a strength, weight 0 makes the arc unusable: 0 reaches nobody, so nobody
		// is between anyone.
		got, err := Betweenness(context.Background(), g, Options{})
		if err != nil || !closeTo(got, []float64{0, 0, 0}, 0) {
			t.Errorf("inverse weight: got %v, %v; want zeros", got, err)
		}
	})
}

// TestBetweennessOfPieces: a network of many small pieces and one large one (where a
// chunk of searches touches a few values, or most of them) has the betweenness of each
// piece measured alone, and the same bit for bit on any number of workers.
func TestBetweennessOfPieces(t *testing.T) {
	for _, directed := range []bool{false, true} {
		for _, lengths := range []Lengths{Hops, InverseWeight} {
			var parts []*graph.CSR
			for k := range 40 {
				parts = append(parts, randomGraph(uint64(k), 3+k%7, 2+k%11, directed))
			}
			parts = append(parts, randomGraph(99, 200, 900, directed))
			var es []graph.Edge
			var want []float64
			n := 0
			for _, p := range parts {
				alone, err := Betweenness(context.Background(), p, Options{Lengths: lengths})
				if err != nil {
					t.Fatal(err)
				}
				want = append(want, alone...)
				for u := range p.N() {
					for i := p.Off[u]; i < p.Off[u+1]; i++ {
						if directed || int32(u) < p.Adj[i] {
							es = append(es, graph.Edge{From: int32(n + u), To: int32(n) + p.Adj[i], W: p.W[i], S: 1})
						}
					}
				}
				n += p.N()
			}
			g := graph.Build(n, es, graph.Options{Directed: directed, Weighted: true})
			serial, err := Betweenness(context.Background(), g, Options{Lengths: lengths})
			if err != nil {
				t.Fatal(err)
			}
			if !closeTo(serial, want, 1e-12) {
				t.Errorf("directed %v, lengths %d: the pieces together differ from the pieces alone", directed, lengths)
			}
			for _, workers := range []int{2, 5} {
				par, err := Betweenness(context.Background(), g, Options{Lengths: lengths, Workers: workers})
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(par, serial) {
					t.Errorf("directed %v, lengths %d, %d workers: differs from the serial result", directed, lengths, workers)
				}
			}
		}
	}
}
