package blocs

import (
	"cmp"
	"slices"
)

// optima gathers the distinct partitions of least P a search meets, up to a bound: the
// optimum of a signed network is often not unique, and an analyst must see how far the
// equally good answers differ. Partitions are kept canonical (clusters numbered by
// their lowest node with ties, -1 for nodes without ties), so that two numberings of one
// partition count once.
type optima struct {
	t        *ties
	max      int
	p        float64
	list     [][]int32
	seen     map[string]bool
	overflow bool // more optima were met than max
	buf      []int32
	split    []int32 // buffers of splitInto
	stack    []int32
}

func newOptima(t *ties, max int) *optima {
	return &optima{t: t, max: max, p: inf, seen: map[string]bool{}, buf: make([]int32, t.n)}
}

const inf = 1e308

// offer records cluster, of criterion p, when it is as good as the best seen: a better
// one clears the list first.
func (o *optima) offer(cluster []int32, p float64) {
	switch {
	case p < o.p-tolerance(o.p):
		o.p, o.list, o.overflow = p, o.list[:0], false
		clear(o.seen)
	case p > o.p+tolerance(o.p):
		return
	}
	if o.t.split {
		// Partitions that differ only in which unlinked groups share a bloc are one
		// answer once the groups are set apart: keep it once, so that the bound counts
		// answers, not the ways of grouping what no tie links.
		o.split, o.stack = splitInto(o.t, cluster, o.split, o.stack)
		cluster = o.split
	}
	canon := canonical(o.t, cluster, o.buf)
	key := keyOf(canon)
	if o.seen[key] {
		return
	}
	if len(o.list) >= o.max {
		// Keep the max smallest (in lexicographic order) of all the optima met, so that
		// which are kept does not depend on the order the searches met them in.
		o.overflow = true
		top := 0
		for i := range o.list {
			if slices.Compare(o.list[i], o.list[top]) > 0 {
				top = i
			}
		}
		if slices.Compare(canon, o.list[top]) >= 0 {
			return
		}
		delete(o.seen, keyOf(o.list[top]))
		o.seen[key] = true
		copy(o.list[top], canon)
		return
	}
	o.seen[key] = true
	o.list = append(o.list, slices.Clone(canon))
}

// merge adds the optima of other.
func (o *optima) merge(other *optima) {
	if other.p < o.p-tolerance(o.p) {
		o.p, o.list, o.overflow = other.p, o.list[:0], false
		clear(o.seen)
	}
	if other.p > o.p+tolerance(o.p) {
		return
	}
	o.overflow = o.overflow || other.overflow
	for _, c := range other.list {
		o.offer(c, other.p)
	}
}

// sorted returns the optima in lexicographic order, so that the first does not depend on
// which search met it first.
func (o *optima) sorted() [][]int32 {
	out := slices.Clone(o.list)
	slices.SortFunc(out, slices.Compare[[]int32])
	return out
}

// canonical renumbers the clusters of the nodes with ties by their lowest node, into buf.
func canonical(t *ties, cluster []int32, buf []int32) []int32 {
	var label [256]int32
	for i := range label {
		label[i] = -1
	}
	var big map[int32]int32 // for k beyond 256
	next := int32(0)
	for v := range int32(t.n) {
		if t.off[v+1] == t.off[v] {
			buf[v] = -1
			continue
		}
		c := cluster[v]
		if c < 256 {
			if label[c] < 0 {
				label[c], next = next, next+1
			}
			buf[v] = label[c]
			continue
		}
		if big == nil {
			big = map[int32]int32{}
		}
		l, ok := big[c]
		if !ok {
			l, next = next, next+1
			big[c] = l
		}
		buf[v] = l
	}
	return buf
}

func keyOf(c []int32) string {
	b := make([]byte, 0, 2*len(c))
	for _, x := range c {
		b = append(b, byte(x), byte(x>>8))
	}
	return string(b)
}

// classes returns, for the nodes with ties, the class of the nodes that share a cluster
// in every partition of ps (numbered by lowest node; -1 for nodes without ties): the
// actors always together.
func classes(n int, ps [][]int32) []int32 {
	out := make([]int32, n)
	index := map[string]int32{}
	col := make([]int32, len(ps))
	for v := range n {
		if ps[0][v] < 0 {
			out[v] = -1
			continue
		}
		for i, p := range ps {
			col[i] = p[v]
		}
		key := keyOf(col)
		c, ok := index[key]
		if !ok {
			c = int32(len(index))
			index[key] = c
		}
		out[v] = c
	}
	return out
}

// Consensus is what the optimal partitions agree on.
type Consensus struct {
	// Class numbers the groups of nodes that share a bloc in every optimal partition
	// found (the actors always together), by their lowest node; -1 for a node without
	// ties.
	Class []int32
	// Core is, for each bloc of the result's partition, the class at its heart: the
	// largest class inside it (ties to the lower class number).
	Core []int32
	// Swing lists the nodes whose class is not their bloc's core: nodes the optimal
	// partitions place with different partners.
	Swing []int32
	// Always and Sometimes are the inconsistent ties (arcs from the lower to the higher
	// node) in every optimal partition found, and in some but not all.
	Always, Sometimes []int32
}

// consensus computes what the optima agree on; r.Cluster is the first of them.
func consensus(t *ties, r *Result, optima [][]int32) Consensus {
	c := Consensus{Class: classes(t.n, optima)}
	size := map[int32]int{}
	for _, cl := range c.Class {
		if cl >= 0 {
			size[cl]++
		}
	}
	c.Core = make([]int32, r.K)
	for b := range c.Core {
		c.Core[b] = -1
	}
	for v, b := range r.Cluster {
		if b < 0 {
			continue
		}
		cl, core := c.Class[v], c.Core[b]
		if core < 0 || cmp.Or(cmp.Compare(size[cl], size[core]), cmp.Compare(core, cl)) > 0 {
			c.Core[b] = cl
		}
	}
	for v, b := range r.Cluster {
		if b >= 0 && c.Class[v] != c.Core[b] {
			c.Swing = append(c.Swing, int32(v))
		}
	}
	for i := range t.u {
		n := 0
		for _, p := range optima {
			same := p[t.u[i]] == p[t.v[i]]
			if same == t.neg[i] {
				n++
			}
		}
		switch {
		case n == len(optima):
			c.Always = append(c.Always, t.arc[i])
		case n > 0:
			c.Sometimes = append(c.Sometimes, t.arc[i])
		}
	}
	slices.Sort(c.Always)
	slices.Sort(c.Sometimes)
	return c
}

// splitAll splits every bloc of every partition into the groups its ties link (see
// Options.SplitUnlinked), and returns the distinct results, canonical and sorted.
func splitAll(t *ties, ps [][]int32) [][]int32 {
	seen := map[string]bool{}
	var out [][]int32
	buf := make([]int32, t.n)
	for _, p := range ps {
		c := canonical(t, splitUnlinked(t, p), buf)
		if k := keyOf(c); !seen[k] {
			seen[k] = true
			out = append(out, slices.Clone(c))
		}
	}
	slices.SortFunc(out, slices.Compare[[]int32])
	return out
}

// splitUnlinked numbers the groups of nodes that ties link inside each cluster of p.
func splitUnlinked(t *ties, p []int32) []int32 {
	out, _ := splitInto(t, p, nil, nil)
	return out
}

// splitInto is splitUnlinked into the buffers out and stack, grown as needed and
// returned.
func splitInto(t *ties, p, out, stack []int32) ([]int32, []int32) {
	out = slices.Grow(out[:0], t.n)[:t.n]
	for v := range out {
		out[v] = -1
	}
	next := int32(0)
	for v := range int32(t.n) {
		if p[v] < 0 || out[v] >= 0 {
			continue
		}
		out[v] = next
		stack = append(stack[:0], v)
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for j := t.off[u]; j < t.off[u+1]; j++ {
				if w := t.adj[j]; out[w] < 0 && p[w] == p[u] {
					out[w] = next
					stack = append(stack, w)
				}
			}
		}
		next++
	}
	return out, stack
}

// byBlocs orders canonical partitions by their number of blocs, then lexicographically
// (stable: ps comes sorted).
func byBlocs(ps [][]int32) {
	blocs := func(p []int32) int32 {
		k := int32(0)
		for _, c := range p {
			k = max(k, c+1)
		}
		return k
	}
	slices.SortStableFunc(ps, func(a, b []int32) int { return cmp.Compare(blocs(a), blocs(b)) })
}
