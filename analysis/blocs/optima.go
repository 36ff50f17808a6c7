package blocs

import (
	"cmp"
	"encoding/binary"
	"hash/maphash"
	"slices"
)

// optima gathers the distinct partitions of least P a search meets, up to a bound: the
// optimum of a signed network is often not unique, and an analyst must see how far the
// equally good answers differ. Partitions are kept canonical (clusters numbered by
// their lowest node with ties, -1 for nodes without ties), so that two numberings of one
// partition count once.
type optima struct {
	t    *ties
	max  int
	p    float64
	list [][]int32
	// seen counts the partitions of list by a hash of their canonical form: a partition
	// whose hash is there is compared with those of list, so that no two partitions
	// count as one, whatever their size.
	seen     map[uint64]int
	seed     maphash.Seed
	overflow bool // more optima were met than max
	// pending is a partition of P p offered as better than all before it, kept as
	// offered until another as good comes or the list is read: a search of a large
	// network betters its best many times, and splitting and numbering each would cost
	// more than the search.
	pending    []int32
	hasPending bool
	buf        []int32
	labels     []int32 // buffer of canonical
	key        []byte  // buffer of the hash
	split      []int32 // buffers of splitInto
	stack      []int32
}

func newOptima(t *ties, max int) *optima {
	return &optima{t: t, max: max, p: inf, seen: map[uint64]int{}, seed: maphash.MakeSeed(), buf: make([]int32, t.n)}
}

// hash returns the hash of a canonical partition.
func (o *optima) hash(c []int32) uint64 {
	o.key = appendKey(o.key[:0], c)
	return maphash.Bytes(o.seed, o.key)
}

// has reports whether list holds the canonical partition c, of hash h.
func (o *optima) has(c []int32, h uint64) bool {
	return o.seen[h] > 0 && slices.ContainsFunc(o.list, func(p []int32) bool { return slices.Equal(p, c) })
}

// forget removes the partition of hash h from the counts of seen.
func (o *optima) forget(h uint64) {
	if o.seen[h]--; o.seen[h] <= 0 {
		delete(o.seen, h)
	}
}

const inf = 1e308

// offer records cluster, of criterion p, when it is as good as the best seen: a better
// one clears the list first.
func (o *optima) offer(cluster []int32, p float64) {
	switch {
	case p < o.p-tolerance(o.p):
		o.p, o.list, o.overflow = p, o.list[:0], false
		clear(o.seen)
		o.pending, o.hasPending = append(o.pending[:0], cluster...), true
		return
	case p > o.p+tolerance(o.p):
		return
	}
	o.flush()
	o.add(cluster)
}

// flush adds the pending partition to the list.
func (o *optima) flush() {
	if o.hasPending {
		o.hasPending = false
		o.add(o.pending)
	}
}

// kept returns the distinct optima kept, in the order met.
func (o *optima) kept() [][]int32 {
	o.flush()
	return o.list
}

// add adds cluster to the list unless it holds it already.
func (o *optima) add(cluster []int32) {
	if o.t.split {
		// Partitions that differ only in which unlinked groups share a bloc are one
		// answer once the groups are set apart: keep it once, so that the bound counts
		// answers, not the ways of grouping what no tie links.
		o.split, o.stack = splitInto(o.t, cluster, o.split, o.stack)
		cluster = o.split
	}
	var canon []int32
	canon, o.labels = canonical(o.t, cluster, o.buf, o.labels)
	o.insert(canon)
}

// insert adds a canonical partition to the list unless it holds it already.
func (o *optima) insert(canon []int32) {
	h := o.hash(canon)
	if o.has(canon, h) {
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
		o.forget(o.hash(o.list[top]))
		copy(o.list[top], canon)
		o.seen[h]++
		return
	}
	o.seen[h]++
	o.list = append(o.list, slices.Clone(canon))
}

// merge adds the optima of other.
func (o *optima) merge(other *optima) {
	if other.p < o.p-tolerance(o.p) {
		o.p, o.list, o.overflow, o.hasPending = other.p, o.list[:0], false, false
		clear(o.seen)
	}
	if other.p > o.p+tolerance(o.p) {
		return
	}
	o.overflow = o.overflow || other.overflow
	// Other's optima are split and canonical already: they go in as they are.
	o.flush()
	for _, c := range other.kept() {
		o.insert(c)
	}
}

// sorted returns the optima in lexicographic order, so that the first does not depend on
// which search met it first.
func (o *optima) sorted() [][]int32 {
	out := slices.Clone(o.kept())
	slices.SortFunc(out, slices.Compare[[]int32])
	return out
}

// canonical renumbers the clusters of the nodes with ties by their lowest node, into buf
// (-1 for the nodes without ties). labels is a buffer for the new number of each
// cluster, grown as needed and returned: split partitions number as many clusters as
// they have groups, tens of thousands in a large network.
func canonical(t *ties, cluster, buf, labels []int32) ([]int32, []int32) {
	top := int32(-1)
	for _, c := range cluster[:t.n] {
		top = max(top, c)
	}
	labels = slices.Grow(labels[:0], int(top)+1)[:top+1]
	for i := range labels {
		labels[i] = -1
	}
	next := int32(0)
	for v := range int32(t.n) {
		c := cluster[v]
		if t.off[v+1] == t.off[v] || c < 0 {
			buf[v] = -1
			continue
		}
		if labels[c] < 0 {
			labels[c], next = next, next+1
		}
		buf[v] = labels[c]
	}
	return buf, labels
}

// keyOf is a map key of c that tells every two lists apart, each number in full.
func keyOf(c []int32) string { return string(appendKey(make([]byte, 0, 4*len(c)), c)) }

func appendKey(b []byte, c []int32) []byte {
	for _, x := range c {
		b = binary.LittleEndian.AppendUint32(b, uint32(x))
	}
	return b
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
	buf, labels := make([]int32, t.n), []int32(nil)
	for _, p := range ps {
		var c []int32
		c, labels = canonical(t, splitUnlinked(t, p), buf, labels)
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
