package blocs

import (
	"context"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// bruteOptima returns every partition of least P into at most k clusters, canonical and
// sorted (restricted growth strings over the nodes with ties).
func bruteOptima(t *ties, k int, alpha float64) [][]int32 {
	c := make([]int32, t.n)
	var nodes []int32
	for v := range int32(t.n) {
		c[v] = -1
		if t.off[v+1] > t.off[v] {
			nodes = append(nodes, v)
		}
	}
	best := math.Inf(1)
	var out [][]int32
	var rec func(i int, used int32)
	rec = func(i int, used int32) {
		if i == len(nodes) {
			p := t.criterion(c, alpha)
			switch {
			case math.IsInf(best, 1) || p < best-tolerance(best):
				best, out = p, [][]int32{slices.Clone(c)}
			case p <= best+tolerance(best):
				out = append(out, slices.Clone(c))
			}
			return
		}
		for x := int32(0); x <= min(used, int32(k-1)); x++ {
			c[nodes[i]] = x
			rec(i+1, max(used, x+1))
		}
	}
	rec(0, 0)
	slices.SortFunc(out, slices.Compare[[]int32])
	byBlocs(out)
	return out
}

// TestExactSearchEnumeratesEveryOptimum: on random small graphs the exact search lists
// exactly the optimal partitions brute force finds, fewest blocs first, and says the list
// is complete, for one k and over every k up to it; the local search alone lists only
// optimal ones.
func TestExactSearchEnumeratesEveryOptimum(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 37))
	for trial := range 120 {
		n := 3 + rng.IntN(7)
		k := 2 + rng.IntN(2)
		weighted := trial%2 == 0
		g := randomSigned(rng, n, n+rng.IntN(n*(n-1)/2), weighted)
		tt := tiesOf(g, weighted)
		want := bruteOptima(tt, k, 0.5)
		r, err := Partition(context.Background(), g, Options{K: k, Weighted: weighted, Seed: uint64(trial)})
		if err != nil {
			t.Fatal(err)
		}
		if !r.OptimaComplete || !reflect.DeepEqual(r.Optima, want) {
			t.Fatalf("trial %d (n=%d k=%d): optima %v (complete %v), brute force %v", trial, n, k, r.Optima, r.OptimaComplete, want)
		}
		if !reflect.DeepEqual(r.Cluster, want[0]) {
			t.Errorf("trial %d: reported partition %v, want the first optimum %v", trial, r.Cluster, want[0])
		}
		// Trying every k up to k, the optima are those of every k reaching the least P:
		// brute force over at most k blocs finds them all (fewer blocs are allowed).
		z, err := Partition(context.Background(), g, Options{KMax: k, Weighted: weighted, Seed: uint64(trial)})
		if err != nil {
			t.Fatal(err)
		}
		if !z.OptimaComplete || !reflect.DeepEqual(z.Optima, want) || !reflect.DeepEqual(z.Cluster, want[0]) {
			t.Errorf("trial %d: k from 1 to %d: optima %v (complete %v), reported %v; brute force %v", trial, k, z.Optima, z.OptimaComplete, z.Cluster, want)
		}
		h, _ := Partition(context.Background(), g, Options{K: k, Weighted: weighted, Seed: uint64(trial), ExactNodes: -1})
		for _, p := range h.Optima {
			if !slices.ContainsFunc(want, func(w []int32) bool { return slices.Equal(w, p) }) {
				t.Errorf("trial %d: local search lists %v, which is not optimal", trial, p)
			}
		}
		if h.OptimaComplete {
			t.Errorf("trial %d: the local search claims to list every optimum", trial)
		}
	}
}

// TestSwingActor (hand-checked): two camps {0,1} and {2,3}, friends inside, enemies
// across, and node 4 a friend of 0 and of 2. Putting 4 with either camp leaves one
// positive tie between blocs, P = 0.5 (alpha 0.5); with k = 2 those are the two optima.
// 4 is the swing actor; 0-1 and 2-3 are always together; the tie 0-2 is never
// inconsistent, 4's two ties each are in one optimum.
func TestSwingActor(t *testing.T) {
	g := signed(5, [3]int{0, 1, 1}, [3]int{2, 3, 1}, [3]int{0, 2, -1}, [3]int{1, 3, -1}, [3]int{0, 4, 1}, [3]int{2, 4, 1})
	r, err := Partition(context.Background(), g, Options{K: 2})
	if err != nil {
		t.Fatal(err)
	}
	if r.P != 0.5 || len(r.Optima) != 2 || !r.OptimaComplete {
		t.Fatalf("P %v with %d optima (complete %v), want 0.5 with 2", r.P, len(r.Optima), r.OptimaComplete)
	}
	c := r.Consensus
	if !slices.Equal(c.Swing, []int32{4}) || c.Class[0] != c.Class[1] || c.Class[2] != c.Class[3] || c.Class[0] == c.Class[2] {
		t.Errorf("consensus %+v: want 4 swinging between {0,1} and {2,3}", c)
	}
	if len(c.Always) != 0 || len(c.Sometimes) != 2 {
		t.Errorf("inconsistent ties: always %v, sometimes %v; want none always and 4's two ties sometimes", c.Always, c.Sometimes)
	}
}

// TestOptimaDoNotDependOnTheSeed: on a graph beyond the exact search, different seeds
// may meet different optima, but every partition they list has the least P, and the
// reported partition is the first of those listed.
func TestOptimaDoNotDependOnTheSeed(t *testing.T) {
	g := randomSigned(rand.New(rand.NewPCG(8, 8)), 40, 120, false)
	var ps []float64
	for seed := range uint64(4) {
		r, err := Partition(context.Background(), g, Options{K: 3, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		tt := tiesOf(g, false)
		for _, p := range r.Optima {
			if q := tt.criterion(p, 0.5); math.Abs(q-r.P) > 1e-9 {
				t.Errorf("seed %d: an optimum listed has P %v, the result %v", seed, q, r.P)
			}
		}
		if !slices.Equal(r.Cluster, r.Optima[0]) {
			t.Errorf("seed %d: the reported partition is not the first optimum", seed)
		}
		ps = append(ps, r.P)
	}
	t.Logf("P by seed: %v", ps)
}

// TestSplitUnlinked (hand-checked): friends 0-1 and 2-3, and 4 an enemy of 0, with no
// tie between the pair {2, 3} and the others. With at most two blocs, P = 0 in three
// ways ({2, 3} with {0, 1}, or with 4; and {0,1,2,3} against 4 is one of them), so the
// pair "swings". Split into the groups their ties link, every optimum is the same:
// {0, 1}, {2, 3}, {4}, and P is still 0.
func TestSplitUnlinked(t *testing.T) {
	g := signed(5, [3]int{0, 1, 1}, [3]int{2, 3, 1}, [3]int{0, 4, -1})
	r, err := Partition(context.Background(), g, Options{K: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Optima) != 2 || len(r.Consensus.Swing) == 0 {
		t.Fatalf("unsplit: %d optima, swing %v; want 2 optima and the pair swinging", len(r.Optima), r.Consensus.Swing)
	}
	s, err := Partition(context.Background(), g, Options{K: 2, SplitUnlinked: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.P != 0 || s.K != 3 || len(s.Optima) != 1 || len(s.Consensus.Swing) != 0 ||
		!reflect.DeepEqual(s.Cluster, []int32{0, 0, 1, 1, 2}) {
		t.Errorf("split: P %v, k %d, optima %v, swing %v; want one partition {0,1} {2,3} {4}", s.P, s.K, s.Optima, s.Consensus.Swing)
	}
}

// TestLargePartitionsStayApart: a split partition of a large network numbers tens of
// thousands of groups, and two that differ only where one numbers a node 0 and the
// other 65,536 are two answers. Keys that kept 16 bits of each number made them one:
// the second optimum was dropped, and the consensus classed apart nodes together.
func TestLargePartitionsStayApart(t *testing.T) {
	const n = 65538 // a path: every node has a tie
	var path [][3]int
	for v := range n - 1 {
		path = append(path, [3]int{v, v + 1, 1})
	}
	ts := tiesOf(signed(n, path...), false)
	a, b := make([]int32, n), make([]int32, n)
	for v := range n - 1 {
		a[v], b[v] = int32(v), int32(v)
	}
	a[n-1], b[n-1] = 0, n-2 // the last node with the first, or with the one before it
	for _, p := range [][]int32{a, b} {
		c, _ := canonical(ts, p, make([]int32, n), nil)
		for v := range c {
			if c[v] != p[v] {
				t.Fatalf("canonical numbers node %d %d; want %d, as given", v, c[v], p[v])
			}
		}
	}
	o := newOptima(ts, 10)
	o.offer(a, 1)
	o.offer(b, 1)
	o.offer(slices.Clone(a), 1) // the same partition again counts once
	if len(o.list) != 2 {
		t.Errorf("optima kept %d partitions; want 2 (two distinct, one repeated)", len(o.list))
	}
	cl := classes(n, [][]int32{a, b})
	// Node n-1 is with node 0 in a, alone with node n-2 in b: a class of its own; nodes 0
	// and n-2 are each with others in one partition and not the other.
	if cl[n-1] == cl[0] || cl[n-1] == cl[n-2] {
		t.Errorf("classes %d, %d, %d for nodes 0, %d, %d; want the last apart from both", cl[0], cl[n-2], cl[n-1], n-2, n-1)
	}
}
