package snapshot

import (
	"fmt"
	"math/bits"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Filter chooses the ties of a snapshot. Zero fields do not filter, except Statuses and
// Layers (see the package documentation).
type Filter struct {
	// At is the date of the snapshot: a day, or a coarser period (a month, a year, a
	// window) read by the Overlap rule; nil: any time.
	At      *edtf.Range
	Overlap Overlap // how a tie must cover At: Majority (the zero value) or Any
	Fuzzy   bool    // use the fuzzy ("possibly active") ranges instead of the strict ones

	// Layers are the layers read, each with its weight; nil reads the alignment layer
	// alone at weight 1 (see DefaultLayers).
	Layers []LayerWeight

	Kinds          []alliances.Kind
	Signs          []alliances.Sign
	Statuses       []alliances.Status // nil: every status but denied and retracted
	MinCredibility alliances.Credibility
	MinReliability string // "A".."F": ties with an asserting source at least this reliable
	Stated         bool   // leave out the ties the analyst inferred (basis inferred)

	// WeighCredibility multiplies each tie's weight by (7 - credibility) / 6: 1 for a
	// confirmed claim, 1/6 for one that cannot be judged.
	WeighCredibility bool

	// Fold folds elements, factions, members and leaders into the top organization of
	// their chain of membership ties at the date (see Snapshot.FoldedInto).
	Fold bool
	// PartWeight, when not 0, multiplies the weight of the ties of a folded part (an
	// element, a faction or a member, or a leader of one): a part acts for itself within
	// its organization, where the organization's own ties, and its leader's, act for it.
	// 0 (or 1) weighs them in full.
	PartWeight float64

	// Categories keeps the actors of kind category (collective terms, regime forms),
	// which snapshots otherwise leave out with their ties.
	Categories bool

	// AllActors numbers the nodes as the index numbers its actors, keeping the actors
	// without ties as isolated nodes, so that snapshots at different dates share their
	// nodes (as series over time need).
	AllActors bool

	// Draw, when set, makes the snapshot one random world of the uncertain dates (see
	// Draw). Fuzzy is then ignored.
	Draw *Draw

	// Ungraded, when not 0, is the weight of a tie whose intensity the record does not
	// give, instead of DefaultIntensity: robustness checks read the ungraded ties as
	// token (1) and as decisive (5), for an order that rests on the default.
	Ungraded float64
}

// Overlap is the rule by which a tie belongs to a snapshot of a period.
type Overlap uint8

const (
	// Majority takes the ties that cover more than half of the period's days: the state
	// that held for most of the period, so that a month does not hold both sides of a
	// defection that happened in its middle. At a single day it is the ties active that
	// day.
	Majority Overlap = iota
	// Any takes every tie active on at least one day of the period.
	Any
)

// String returns "majority" or "any".
func (o Overlap) String() string {
	if o == Any {
		return "any"
	}
	return "majority"
}

// ParseOverlap reads "majority" or "any".
func ParseOverlap(s string) (Overlap, bool) {
	switch s {
	case "majority", "":
		return Majority, true
	case "any":
		return Any, true
	}
	return 0, false
}

// LayerWeight is a layer read by a snapshot and the weight its ties are multiplied by.
type LayerWeight struct {
	Layer  alliances.Layer `json:"layer"`
	Weight float64         `json:"weight"`
}

// DefaultWeights are the weights of the layers when none is given: 1 for alignment; 0.5
// for process ties (a deal or a contact is a weaker bond than an alignment, and counts
// as a positive tie when asked for); 1 for hierarchy (membership as a positive tie, for
// the unsigned analyses that ask for it).
var DefaultWeights = map[alliances.Layer]float64{alliances.Alignment: 1, alliances.Process: 0.5, alliances.Hierarchy: 1}

// DefaultLayers is what a snapshot reads when Filter.Layers is nil.
var DefaultLayers = []LayerWeight{{alliances.Alignment, 1}}

// ParseLayers reads a list of layers, each optionally with a weight: "alignment",
// "alignment,process", "alignment,process=0.25".
func ParseLayers(s string) ([]LayerWeight, error) {
	var out []LayerWeight
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, weight, hasWeight := strings.Cut(part, "=")
		l := alliances.Layer(strings.TrimSpace(name))
		w, known := DefaultWeights[l]
		if !known {
			return nil, fmt.Errorf("unknown layer %q, expected alignment, process or hierarchy", name)
		}
		if hasWeight {
			v, err := strconv.ParseFloat(strings.TrimSpace(weight), 64)
			if err != nil || !(v > 0) || v > 1e6 {
				return nil, fmt.Errorf("layer %s: weight %q, expected a positive number such as 0.5", l, weight)
			}
			w = v
		}
		if slices.ContainsFunc(out, func(o LayerWeight) bool { return o.Layer == l }) {
			return nil, fmt.Errorf("layer %s given twice", l)
		}
		out = append(out, LayerWeight{l, w})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no layer, expected alignment, process or hierarchy")
	}
	return out, nil
}

// layers returns the filter's layers, the default when none is given.
func (f *Filter) layers() []LayerWeight {
	if f.Layers == nil {
		return DefaultLayers
	}
	return f.Layers
}

// HasLayer reports whether the filter reads layer l.
func (f *Filter) HasLayer(l alliances.Layer) bool {
	return slices.ContainsFunc(f.layers(), func(lw LayerWeight) bool { return lw.Layer == l })
}

// effective returns the weight of tie i's layer in the filter, 0 when the filter does
// not read it, and the sign the tie counts with: its own in the alignment layer, + in
// the others. A deal that aligns its parties counts once, in the alignment layer when
// the filter reads it, else in the process layer.
func (ix *Index) effective(i int, f *Filter) (w float64, sign int8) {
	if s := ix.sign[i]; s != 0 {
		if w := f.weightOf(alliances.Alignment); w > 0 {
			return w, s
		}
	}
	layer := alliances.Kinds[ix.kind[i]].Layer
	if layer == alliances.Alignment {
		return 0, 0
	}
	if w := f.weightOf(layer); w > 0 {
		return w, 1
	}
	return 0, 0
}

// weightOf returns the weight of layer l in the filter, 0 when it does not read it.
func (f *Filter) weightOf(l alliances.Layer) float64 {
	for _, lw := range f.layers() {
		if lw.Layer == l {
			return lw.Weight
		}
	}
	return 0
}

// passer returns the test a tie must pass, layers aside.
func (ix *Index) passer(f Filter) func(i int) bool { return ix.passerOver(f, nil) }

// passerOver is passer for the ties only accepts (all when nil): the claims that cover a
// period together are looked for among them only.
func (ix *Index) passerOver(f Filter, only func(int32) bool) func(i int) bool {
	var at dayRange
	if f.At != nil {
		at = rangeOf(*f.At)
	}
	kinds := maskOf(len(alliances.Kinds), f.Kinds, kindIndex)
	statuses := allBut(len(alliances.Statuses), slices.Index(alliances.Statuses, alliances.Denied), slices.Index(alliances.Statuses, alliances.Retracted))
	if f.Statuses != nil { // an empty list lets nothing through
		statuses = make([]bool, len(alliances.Statuses))
		for _, s := range f.Statuses {
			if i := slices.Index(alliances.Statuses, s); i >= 0 {
				statuses[i] = true
			}
		}
	}
	minRel := uint8(6)
	if f.MinReliability != "" {
		minRel = reliabilityRank(f.MinReliability)
	}
	other := func(i int) bool {
		switch {
		case kinds != nil && !kinds[ix.kind[i]],
			int(ix.status[i]) >= len(statuses) || !statuses[ix.status[i]],
			len(f.Signs) > 0 && !slices.Contains(f.Signs, alliances.Sign(ix.sign[i])),
			f.MinCredibility != 0 && ix.cred[i] > uint8(f.MinCredibility),
			f.Stated && ix.inferred[i],
			ix.rel[i] > minRel:
			return false
		case !f.Categories && (ix.category[ix.subj[i]] || ix.category[ix.obj[i]] || ix.third[i] >= 0 && ix.category[ix.third[i]]):
			return false
		}
		return true
	}
	if f.At == nil {
		return other
	}
	together := ix.together(at, f, other, only)
	if together == nil {
		return func(i int) bool { return ix.activeAt(i, at, f) && other(i) }
	}
	return func(i int) bool {
		if !ix.activeAt(i, at, f) && together[i>>6]&(1<<(i&63)) == 0 {
			return false
		}
		return other(i)
	}
}

// together returns, for a period read by the majority rule, the ties that cover less
// than half of it each but belong with other claims of one relationship (the same kind
// between the same actors, passing the filter) that together cover more than half: a
// war recorded in two phases held for the whole month its phases share. Their union is
// counted in days, each day once. Only the ties of relationships recorded in several
// claims are looked at (see Index.multiClaims), those only accepts when it is not nil.
//
// The ties are returned as a bitset over the index's ties, nil when there are none.
func (ix *Index) together(at dayRange, f Filter, pass func(int) bool, only func(int32) bool) []uint64 {
	if f.Overlap == Any || at.days() <= 1 {
		return nil
	}
	groups := ix.multiClaims()
	var out []uint64
	var partial, rs []dayRange
	var members []int32
	for _, g := range groups {
		partial, members, rs = partial[:0], members[:0], rs[:0]
		held := false
		for _, i := range g {
			if only != nil && !only(i) {
				continue
			}
			r := ix.rangeOf(int(i), f)
			if !r.overlaps(at) || !pass(int(i)) {
				continue
			}
			if 2*r.shared(at) > at.days() {
				held = true // a claim that holds on its own: the others are more evidence of it
			} else {
				partial = append(partial, r)
				members = append(members, i)
			}
			rs = append(rs, r)
		}
		if len(partial) == 0 || !held && 2*unionShared(rs, at) <= at.days() {
			continue
		}
		if out == nil {
			out = make([]uint64, (len(ix.subj)+63)/64)
		}
		for _, i := range members {
			out[i>>6] |= 1 << (i & 63)
		}
	}
	return out
}

// multiClaims returns the groups of ties that are claims of one relationship: the same
// kind between the same actors (either way when undirected; with the same third party
// for a mediation), where there are several. Computed once, on the first snapshot of a
// period.
func (ix *Index) multiClaims() [][]int32 {
	ix.multiOnce.Do(func() {
		// The key packs the two actors (the lower first when undirected) and the kind in
		// one word; a mediation's third party is told apart in a second map, mediations
		// being few.
		keyOf := func(i int) uint64 {
			a, b := ix.subj[i], ix.obj[i]
			if !ix.directed[i] && b < a {
				a, b = b, a
			}
			return uint64(a)<<35 | uint64(b)<<6 | uint64(ix.kind[i])
		}
		// A first pass counts the keys' hashes in a small table; only the ties whose hash
		// is met twice are then grouped by their full key, so that a record of a million
		// ties with few repeated claims builds no map of a million keys.
		bits := min(max(bitsFor(len(ix.subj))+2, 10), 22) // about four slots a tie, at most 4 MB
		hash := func(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> (64 - bits) }
		// Each worker counts a share of the ties in a table of its own; the tables then
		// add up. A table is read at random: on every core, the pass takes half as long.
		workers := min(runtime.GOMAXPROCS(0), 1+len(ix.subj)/(1<<16))
		tables := make([][]uint8, workers)
		share := func(w int) (int, int) { return w * len(ix.subj) / workers, (w + 1) * len(ix.subj) / workers }
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				seen := make([]uint8, 1<<bits)
				lo, hi := share(w)
				for i := lo; i < hi; i++ {
					if h := hash(keyOf(i)); seen[h] < 2 {
						seen[h]++
					}
				}
				tables[w] = seen
			})
		}
		wg.Wait()
		seen := tables[0]
		for _, t := range tables[1:] {
			for h, n := range t {
				seen[h] = min(2, seen[h]+n)
			}
		}
		// The ties whose hash is met twice, found on every core, in order.
		found := make([][]int32, workers)
		for w := range workers {
			wg.Go(func() {
				lo, hi := share(w)
				for i := lo; i < hi; i++ {
					if seen[hash(keyOf(i))] >= 2 {
						found[w] = append(found[w], int32(i))
					}
				}
			})
		}
		wg.Wait()
		group := map[uint64][]int32{}
		third := map[[2]uint64][]int32{}
		for _, i := range slices.Concat(found...) {
			k := keyOf(int(i))
			if ix.third[i] >= 0 {
				t := [2]uint64{k, uint64(ix.third[i])}
				third[t] = append(third[t], i)
				continue
			}
			group[k] = append(group[k], i)
		}
		for _, g := range group {
			if len(g) > 1 {
				ix.multi = append(ix.multi, g)
			}
		}
		for _, g := range third {
			if len(g) > 1 {
				ix.multi = append(ix.multi, g)
			}
		}
		slices.SortFunc(ix.multi, func(x, y []int32) int { return int(x[0]) - int(y[0]) })
	})
	return ix.multi
}

// Continuations returns the inferred claims that continue a stated claim of the same
// relationship (the same kind between the same actors): "held by 2018" stated, and its
// continuation from 2018 inferred. Leaving out the inferred claims ends the relationship
// at its last stated date.
func (ix *Index) Continuations() []int32 {
	var out []int32
	for _, g := range ix.multiClaims() {
		stated := slices.ContainsFunc(g, func(i int32) bool { return !ix.inferred[i] })
		for _, i := range g {
			if stated && ix.inferred[i] {
				out = append(out, i)
			}
		}
	}
	return out
}

// Possible counts the ties the filter leaves out that may hold at its date all the same:
// those its fuzzy ranges (possibly active: an unknown start or end, an approximate date)
// would read and its strict ones do not. Zero when the filter reads fuzzy or drawn
// ranges, or has no date.
func (ix *Index) Possible(f Filter) int {
	if f.At == nil || f.Fuzzy || f.Draw != nil {
		return 0
	}
	strict := ix.passer(f)
	f.Fuzzy = true
	fuzzy := ix.passer(f)
	n := 0
	for i := range ix.Len() {
		if fuzzy(i) && !strict(i) {
			n++
		}
	}
	return n
}

// Active reports whether tie i is active on some day of the filter's date (strict,
// fuzzy or drawn ranges as the filter reads them), whatever its other tests.
func (ix *Index) Active(i int32, f Filter) bool {
	if f.At == nil {
		return true
	}
	return ix.rangeOf(int(i), f).overlaps(rangeOf(*f.At))
}

// bitsFor returns the bits needed to count to n.
func bitsFor(n int) int { return bits.Len(uint(n)) }

// unionShared counts the days of at that some range of rs covers.
func unionShared(rs []dayRange, at dayRange) int64 {
	slices.SortFunc(rs, func(x, y dayRange) int { return int(x.first) - int(y.first) })
	var days int64
	end := at.first - 1
	for _, r := range rs {
		first, last := max(r.first, at.first, end+1), min(r.last, at.last)
		if first <= last {
			days += int64(last) - int64(first) + 1
			end = last
		}
	}
	return days
}

// activeAt reports whether tie i belongs to a snapshot at the period at under f's
// reading of dates: the range used (strict, fuzzy or drawn) covers more than half of
// at's days (Majority), or some day of it (Any).
func (ix *Index) activeAt(i int, at dayRange, f Filter) bool {
	r := ix.rangeOf(i, f)
	if f.Overlap == Any {
		return r.overlaps(at)
	}
	return 2*r.shared(at) > at.days()
}

// rangeOf returns the range of tie i that f reads: strict, fuzzy or drawn.
func (ix *Index) rangeOf(i int, f Filter) dayRange {
	switch {
	case f.Draw != nil:
		return ix.drawn(i, f.Draw)
	case f.Fuzzy:
		return ix.fuzzy[i]
	}
	return ix.strict[i]
}

func maskOf[T any](n int, xs []T, index func(T) int) []bool {
	if len(xs) == 0 {
		return nil
	}
	m := make([]bool, n)
	for _, x := range xs {
		if i := index(x); i >= 0 {
			m[i] = true
		}
	}
	return m
}

func allBut(n int, out ...int) []bool {
	m := make([]bool, n)
	for i := range m {
		m[i] = !slices.Contains(out, i)
	}
	return m
}
