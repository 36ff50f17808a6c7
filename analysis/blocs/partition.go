package blocs

import (
	"context"
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/graph"
)

// Options tunes Partition. The zero value asks for the defaults.
type Options struct {
	// K is the largest number of clusters (more than the nodes count as as many as
	// the nodes); 0 tries every k from 1 to KMax and keeps the optima of least P of
	// them all, reporting one with the fewest clusters.
	K int
	// KMax bounds k when K is 0; 0 means 5.
	KMax int
	// Alpha weighs negative ties inside clusters against positive ties between them;
	// 0 means 0.5. It must lie in (0, 1).
	Alpha float64
	// Weighted makes each tie count |W| instead of 1.
	Weighted bool
	// ExactNodes is the largest number of nodes with ties solved exactly by branch and
	// bound; 0 means 20, a negative value never.
	ExactNodes int
	// Budget is the number of branch-and-bound nodes allowed for each k before the
	// result falls back to local search; 0 means 1<<22.
	Budget int64
	// Starts is the number of starts of the local search for each k; 0 means 8, or 4
	// when 2m + n > 100,000 (m ties, n nodes).
	Starts int
	// Seed seeds the local search: the same graph, options and seed give the same
	// result, whatever the number of CPUs.
	Seed uint64
	// MaxOptima bounds the distinct optimal partitions kept; 0 means 64.
	MaxOptima int
	// SplitUnlinked splits every bloc of every optimal partition into the groups its ties
	// link (by ties of either sign, inside the bloc): groups with no tie between them
	// cost nothing apart or together, and a bloc that joins them says nothing. P is
	// unchanged; the result may have more than K blocs.
	SplitUnlinked bool
}

// KValue is the least P found with at most K clusters.
type KValue struct {
	K     int
	P     float64
	Exact bool // P is the minimum
}

// Result is a partition into blocs and the ties that are inconsistent with it.
type Result struct {
	// Cluster is each node's bloc, numbered 0..K-1 in order of each bloc's lowest node;
	// -1 for a node without ties.
	Cluster []int32
	K       int     // the number of blocs
	P       float64 // α·(negative inside) + (1 − α)·(positive between)
	// NegativeWithin and PositiveBetween are the inconsistent ties, each as the index
	// of its arc from the lower to the higher node, increasing.
	NegativeWithin, PositiveBetween []int32
	Exact                           bool // P is the minimum for this K
	// Starts is the number of local search starts made for this K, and BestFound how
	// many of them reached P (0 when the optimum came from branch and bound alone).
	Starts, BestFound int
	// PerK holds the least P found for each k tried, in increasing k.
	PerK []KValue

	// Optima are the distinct partitions of least P found for K, numbered as Cluster
	// (which is the first of them, in lexicographic order). OptimaComplete says that
	// they are all there are: the exact search enumerated them within its budget and
	// the bound. Otherwise they are those the local search met (up to MaxOptima).
	Optima         [][]int32
	OptimaComplete bool
	// Consensus is what the optima agree on: the actors always together, each bloc's
	// core, the swing actors, and the ties inconsistent in every optimum or in some.
	Consensus Consensus
}

// Partition divides the nodes of the undirected signed graph g into blocs minimizing
// Doreian and Mrvar's (1996) criterion
//
//	P = α · Σ_{negative ties inside a cluster} w + (1 − α) · Σ_{positive ties between clusters} w
//
// over partitions into at most k clusters (w = 1, or |W| when o.Weighted). When o.K is
// 0 it tries k = 1..o.KMax and keeps the least P; since a partition into fewer clusters
// is one into at most k, P never grows with k (a search that does worse than at k − 1
// keeps the partition of k − 1). The optima are then those of every k that reaches the
// least P, and the partition reported is one with the fewest blocs.
//
// For each k > 1 the relocation heuristic (Doreian and Mrvar 1996; see relocator)
// runs from o.Starts partitions: the first continues from the best partition for k − 1
// (everyone in one bloc when o.K is given), the others are built from random orders.
// When at most o.ExactNodes nodes have ties, branch and bound (see exact) then proves
// the best optimal or improves on it, within o.Budget search nodes. k = 1 needs no
// search.
//
// On the 51 signed networks of states 1946-1999 (64 to 155 states with ties) the
// default is the local search (they are far above 20 nodes): k = 1..5 from 8 starts
// each takes about 0.2 s for all windows, and several starts reach the best P of most
// windows (BestFound), a sign that it is hard to improve on. On small graphs the tests
// hold the local search alone to the exact optimum.
func Partition(ctx context.Context, g *graph.CSR, o Options) (Result, error) {
	o, err := o.withDefaults(g)
	if err != nil {
		return Result{}, err
	}
	t := tiesOf(g, o.Weighted)
	t.split = o.SplitUnlinked
	active := t.withTies()
	var order []int32 // for the exact search only
	if active <= o.ExactNodes {
		order = connectivityOrder(t, active)
	}
	ks := []int{o.K}
	if o.K == 0 {
		ks = ks[:0]
		for k := 1; k <= o.KMax; k++ {
			ks = append(ks, k)
		}
	}
	var sols []solution
	for _, k := range ks {
		var prev []int32
		if len(sols) > 0 {
			prev = sols[len(sols)-1].cluster
		}
		s, err := solve(ctx, t, active, order, k, prev, o)
		if err != nil {
			return Result{}, err
		}
		if n := len(sols); n > 0 && sols[n-1].p < s.p-tolerance(s.p) {
			s = sols[n-1]
			s.k, s.exact, s.found, s.complete = k, false, 0, false
		}
		sols = append(sols, s)
	}
	pick := 0
	for i, s := range sols {
		if s.p < sols[pick].p-tolerance(sols[pick].p) {
			pick = i
		}
	}
	best := sols[pick]
	if o.K == 0 {
		// Every k from pick on reaches the least P: their optima are all equally good
		// answers, some with more blocs. An analyst must see them all, or a swing actor
		// placed differently by an optimum with one bloc more would pass for settled.
		all := newOptima(t, o.MaxOptima)
		complete := true
		for _, s := range sols[pick:] {
			if !same(s.p, best.p) {
				continue
			}
			if s.optima != nil {
				all.merge(s.optima)
			}
			complete = complete && s.complete
		}
		if len(all.kept()) > 0 {
			best.optima, best.complete = all, complete && !all.overflow
		}
	}
	res := explain(t, best, o.Alpha, o.SplitUnlinked)
	for _, s := range sols {
		res.PerK = append(res.PerK, KValue{K: s.k, P: s.p, Exact: s.exact})
	}
	return res, nil
}

// withDefaults checks o against g and fills in the defaults.
func (o Options) withDefaults(g *graph.CSR) (Options, error) {
	const op = "blocs.Partition"
	switch {
	case g == nil:
		return o, alliances.Errorf(alliances.Invalid, op, "no graph")
	case g.Directed:
		return o, alliances.Errorf(alliances.Invalid, op, "the graph is directed; blocs needs an undirected signed graph")
	case o.Alpha == 0:
		o.Alpha = 0.5
	case !(o.Alpha > 0 && o.Alpha < 1):
		return o, alliances.Errorf(alliances.Invalid, op, "alpha %v is not in (0, 1)", o.Alpha)
	}
	if o.K < 0 || o.KMax < 0 {
		return o, alliances.Errorf(alliances.Invalid, op, "k %d, kmax %d: expected a positive number of clusters, or 0 for the default", o.K, o.KMax)
	}
	if o.KMax == 0 {
		o.KMax = 5
	}
	// More clusters than nodes add nothing: at most n blocs can be non-empty.
	o.K, o.KMax = min(o.K, max(g.N(), 1)), min(o.KMax, max(g.N(), 1))
	if o.ExactNodes == 0 {
		o.ExactNodes = 20
	}
	if o.Budget <= 0 {
		o.Budget = 1 << 22
	}
	if o.Starts <= 0 {
		o.Starts = 8
		switch {
		case len(g.Adj)+g.N() > 100_000:
			o.Starts = 4
		case g.N() <= 64:
			o.Starts = 32 // small networks: more starts meet more of the equally good partitions
		}
	}
	if o.MaxOptima <= 0 {
		o.MaxOptima = 64
	}
	return o, nil
}

// solution is the best partition found for one k.
type solution struct {
	k             int
	cluster       []int32
	p             float64
	exact         bool
	starts, found int
	optima        *optima
	complete      bool // optima holds every optimal partition
}

// solve finds a partition into at most k clusters of the active nodes with ties,
// exactly when order lists them.
func solve(ctx context.Context, t *ties, active int, order []int32, k int, prev []int32, o Options) (solution, error) {
	if k == 1 {
		one := make([]int32, t.n)
		opt := newOptima(t, 1)
		p := t.criterion(one, o.Alpha)
		opt.offer(one, p)
		return solution{k: 1, cluster: one, p: p, exact: true, optima: opt, complete: true}, nil
	}
	if prev == nil {
		prev = make([]int32, t.n) // one cluster
	}
	s, err := relocate(ctx, t, k, o.Alpha, o.Starts, o.Seed, active <= 64, prev, o.MaxOptima)
	if err != nil {
		return solution{}, err
	}
	sol := solution{k: k, cluster: s.cluster, p: s.p, starts: s.starts, found: s.found, optima: s.optima}
	if order == nil {
		sol.exact = s.p == 0
		return sol, nil
	}
	// The exact search proves the optimum and enumerates every optimal partition, even
	// when P is 0 (a network that splits into consistent blocs in several ways).
	opt := newOptima(t, o.MaxOptima)
	best, p, done, err := exactPartition(ctx, t, order, k, o.Alpha, s.cluster, s.p, o.Budget, opt)
	if err != nil {
		return solution{}, err
	}
	if p < sol.p-tolerance(sol.p) {
		sol.found = 0
	}
	sol.cluster, sol.p, sol.exact = best, p, done
	if done {
		sol.optima, sol.complete = opt, !opt.overflow
	} else {
		sol.optima.merge(opt)
	}
	return sol, nil
}

// explain numbers the clusters canonically, lists the inconsistent ties, and sets out
// what the optimal partitions agree on. The partition reported is the optimum with the
// fewest blocs, the first in lexicographic order among those, so that it does not depend
// on which start met it first.
func explain(t *ties, s solution, alpha float64, split bool) Result {
	res := Result{Cluster: make([]int32, t.n), Exact: s.exact, Starts: s.starts, BestFound: s.found}
	if s.optima != nil && len(s.optima.kept()) > 0 && same(s.optima.p, s.p) {
		res.Optima, res.OptimaComplete = s.optima.sorted(), s.complete
	} else {
		c, _ := canonical(t, s.cluster, make([]int32, t.n), nil)
		res.Optima = [][]int32{c}
	}
	if split {
		res.Optima = splitAll(t, res.Optima)
	}
	byBlocs(res.Optima)
	s.cluster = res.Optima[0]
	s.k = 0
	for _, c := range s.cluster {
		s.k = max(s.k, int(c)+1)
	}
	label := make([]int32, max(s.k, 1))
	for i := range label {
		label[i] = -1
	}
	for v := range int32(t.n) {
		if t.off[v+1] == t.off[v] {
			res.Cluster[v] = -1
			continue
		}
		c := s.cluster[v]
		if label[c] < 0 {
			label[c] = int32(res.K)
			res.K++
		}
		res.Cluster[v] = label[c]
	}
	for i := range t.u {
		same := res.Cluster[t.u[i]] == res.Cluster[t.v[i]]
		switch {
		case t.neg[i] && same:
			res.NegativeWithin = append(res.NegativeWithin, t.arc[i])
		case !t.neg[i] && !same:
			res.PositiveBetween = append(res.PositiveBetween, t.arc[i])
		}
	}
	slices.Sort(res.NegativeWithin)
	slices.Sort(res.PositiveBetween)
	res.P = t.criterion(res.Cluster, alpha)
	res.Consensus = consensus(t, &res, res.Optima)
	return res
}

// withTies returns the number of nodes with at least one tie.
func (t *ties) withTies() int {
	n := 0
	for v := range t.n {
		if t.off[v+1] > t.off[v] {
			n++
		}
	}
	return n
}

// connectivityOrder lists the n nodes with ties: first the one of most tie weight,
// then always the one with the most tie weight to those already listed (ties to the
// lower number). O(n^2 + m), for the exact search on small graphs.
func connectivityOrder(t *ties, n int) []int32 {
	tied := make([]float64, t.n)
	for i := range t.u {
		tied[t.u[i]] += 1e-9 * t.w[i] // the degree breaks ties at the start
		tied[t.v[i]] += 1e-9 * t.w[i]
	}
	done := make([]bool, t.n)
	order := make([]int32, 0, n)
	for range n {
		pick := int32(-1)
		for v := range int32(t.n) {
			if !done[v] && t.off[v+1] > t.off[v] && (pick < 0 || tied[v] > tied[pick]) {
				pick = v
			}
		}
		done[pick] = true
		order = append(order, pick)
		for j := t.off[pick]; j < t.off[pick+1]; j++ {
			tied[t.adj[j]] += t.w[t.eid[j]]
		}
	}
	return order
}
