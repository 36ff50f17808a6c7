package brokerage

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// Role is one of the five brokerage roles of Gould and Fernandez (1989). Its value indexes
// [Counts], in the order of sna::brokerage()'s columns.
type Role int8

// The roles, for a two-path A→B→C brokered by B. See the package documentation.
const (
	Coordinator    Role = iota // w_I: A, B and C in one group
	Itinerant                  // w_O: A and C in one group, B in another (consultant)
	Representative             // b_IO: A and B in one group, C in another
	Gatekeeper                 // b_OI: B and C in one group, A in another
	Liaison                    // b_O: three different groups
	NumRoles            = 5    // the number of roles
	AnyRole        Role = -1   // matches every role (for TwoPaths)
)

var roleNames = [NumRoles]string{"coordinator", "itinerant", "representative", "gatekeeper", "liaison"}

// String returns the role's name in lower case: "coordinator", "itinerant", ...
func (r Role) String() string {
	if r >= 0 && int(r) < NumRoles {
		return roleNames[r]
	}
	return "any"
}

// Classify returns the role of a broker of group b on a two-path from a node of group a
// to a node of group c.
func Classify(a, b, c int32) Role {
	switch {
	case a == b && b == c:
		return Coordinator
	case a == b:
		return Representative
	case b == c:
		return Gatekeeper
	case a == c:
		return Itinerant
	}
	return Liaison
}

// Counts holds a broker's number of open two-paths in each role, indexed by [Role].
type Counts [NumRoles]int64

// Total returns the number of open two-paths the node brokers, whatever their role.
func (c Counts) Total() int64 {
	var t int64
	for _, x := range c {
		t += x
	}
	return t
}

// Result holds the brokerage roles of every node.
type Result struct {
	Nodes   []Counts // by broker, 0..n-1
	Groups  []Group  // the distinct groups, in order of first appearance in group
	Density float64  // d = arcs / (n(n-1)), the density the moments assume
	groupOf []int32  // node -> index into Groups
}

// Group holds a group's size and the moments of its members' counts under sna's null
// model (see [Result.Expected]).
type Group struct {
	ID   int32
	Size int
	Exp  [NumRoles + 1]float64 // expected counts, then the expected total
	SD   [NumRoles + 1]float64 // standard deviations, then that of the total
}

// Roles counts, for every node B of g, the open two-paths A→B→C (A ≠ C, no arc A→C) it
// brokers, by role, given each node's group (group[v] is any label; equal labels mean
// the same group). It also computes sna's expected values and standard deviations (see
// [Result.Expected]).
//
// It walks the two-paths from each source A, marking A's out-neighbours to test for the
// arc A→C in constant time: O(n + m + P) time for P two-paths, O(n) memory per worker.
// Sources are spread over GOMAXPROCS workers (at most 8), each counting into its own
// array; the counts are integers, so the result does not depend on the schedule.
func Roles(ctx context.Context, g *graph.CSR, group []int32) (Result, error) {
	return RolesExcluding(ctx, g, group, nil)
}

// RolesExcluding is [Roles] with the two-paths whose ends closed joins left out: closed
// is an undirected graph of the same nodes, and a tie A–C in it closes the two-paths
// A→B→C as an arc A→C of g does. In a signed network it holds the negative ties: a broker between
// two enemies has no opening to broker. The expected values and z-scores stay those of
// sna's null model, which knows no such ties: with many pairs closed, they overstate
// what random groups give.
func RolesExcluding(ctx context.Context, g *graph.CSR, group []int32, closed *graph.CSR) (Result, error) {
	const op = "brokerage.Roles"
	if err := check(op, g, group); err != nil {
		return Result{}, err
	}
	if err := checkClosed(op, g, closed); err != nil {
		return Result{}, err
	}
	n := g.N()
	workers := min(runtime.GOMAXPROCS(0), 8, max(1, n/512))
	parts := make([][]Counts, workers)
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w] = countFrom(ctx, g, closed, group, &next, &failed)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	res := Result{Nodes: parts[0]}
	for _, p := range parts[1:] {
		for v := range p {
			for r := range NumRoles {
				res.Nodes[v][r] += p[v][r]
			}
		}
	}
	res.moments(g, group)
	return res, nil
}

// check validates the inputs of Roles and TwoPaths.
func check(op string, g *graph.CSR, group []int32) error {
	if g == nil {
		return alliances.Errorf(alliances.Invalid, op, "no graph")
	}
	if len(group) != g.N() {
		return alliances.Errorf(alliances.Invalid, op, "%d group labels for %d nodes; expected one per node", len(group), g.N())
	}
	for i, s := range g.S {
		if s < 0 {
			return alliances.Errorf(alliances.Invalid, op, "arc %d is negative; brokerage runs on positive ties: pass g.Positive()", i)
		}
	}
	return nil
}

// countFrom takes chunks of sources from next and counts the two-paths leaving them.
func countFrom(ctx context.Context, g, closed *graph.CSR, group []int32, next *atomic.Int64, failed *atomic.Bool) []Counts {
	const chunk = 256
	n := g.N()
	counts := make([]Counts, n)
	mark := make([]int32, n) // mark[c] == a+1: the arc a→c exists
	for !failed.Load() {
		lo := int(next.Add(chunk)) - chunk
		if lo >= n {
			break
		}
		if ctx.Err() != nil {
			failed.Store(true)
			break
		}
		for a := lo; a < min(lo+chunk, n); a++ {
			countSource(g, closed, group, a, mark, counts)
		}
	}
	return counts
}

// countSource counts the open two-paths a→b→c for one source a.
func countSource(g, closed *graph.CSR, group []int32, a int, mark []int32, counts []Counts) {
	stamp := int32(a + 1)
	out := g.Neighbors(a)
	for _, c := range out {
		mark[c] = stamp
	}
	markClosed(closed, a, mark, stamp)
	ga := group[a]
	for _, b := range out {
		gb := group[b]
		for _, c := range g.Neighbors(int(b)) {
			if int(c) == a || mark[c] == stamp {
				continue
			}
			counts[b][Classify(ga, gb, group[c])]++
		}
	}
}

// markClosed marks the nodes closed joins to a.
func markClosed(closed *graph.CSR, a int, mark []int32, stamp int32) {
	if closed == nil {
		return
	}
	for _, c := range closed.Neighbors(a) {
		mark[c] = stamp
	}
}

// checkClosed validates a closing graph: undirected, on the nodes of g.
func checkClosed(op string, g, closed *graph.CSR) error {
	switch {
	case closed == nil:
		return nil
	case closed.N() != g.N():
		return alliances.Errorf(alliances.Invalid, op, "the closing graph has %d nodes, the graph %d", closed.N(), g.N())
	case closed.Directed:
		return alliances.Errorf(alliances.Invalid, op, "the closing graph is directed; expected an undirected one")
	}
	return nil
}

// checkNode reports a node index out of range.
func checkNode(op string, g *graph.CSR, v int) error {
	if v < 0 || v >= g.N() {
		return alliances.Errorf(alliances.Invalid, op, "node %d out of range: the graph has %d nodes", v, g.N())
	}
	return nil
}
