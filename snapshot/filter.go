package snapshot

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

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
func (ix *Index) passer(f Filter) func(i int) bool {
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
	together := ix.together(at, f, other)
	return func(i int) bool {
		return (ix.activeAt(i, at, f) || together[int32(i)]) && other(i)
	}
}

// together returns, for a period read by the majority rule, the ties that cover less
// than half of it each but belong with other claims of one relationship (the same kind
// between the same actors, passing the filter) that together cover more than half: a
// war recorded in two phases held for the whole month its phases share. Their union is
// counted in days, each day once. Only the ties that cover part of the period are
// grouped, so that a snapshot of a large record allocates little.
func (ix *Index) together(at dayRange, f Filter, pass func(int) bool) map[int32]bool {
	if f.Overlap == Any || at.days() <= 1 {
		return nil
	}
	type key struct {
		a, b, third int32
		kind        uint8
	}
	keyOf := func(i int) key {
		k := key{ix.subj[i], ix.obj[i], ix.third[i], ix.kind[i]}
		if !ix.Ties[i].Directed && k.b < k.a {
			k.a, k.b = k.b, k.a
		}
		return k
	}
	partial := map[key][]int32{}
	for i := range ix.subj {
		if r := ix.rangeOf(i, f); r.overlaps(at) && 2*r.shared(at) <= at.days() && pass(i) {
			partial[keyOf(i)] = append(partial[keyOf(i)], int32(i))
		}
	}
	if len(partial) == 0 {
		return nil
	}
	// A group with a claim that holds on its own holds: its partial claims are more
	// evidence of the same relationship.
	held := map[key]bool{}
	for i := range ix.subj {
		if r := ix.rangeOf(i, f); 2*r.shared(at) > at.days() {
			if k := keyOf(i); partial[k] != nil && pass(i) {
				held[k] = true
			}
		}
	}
	out := map[int32]bool{}
	for k, g := range partial {
		if !held[k] {
			rs := make([]dayRange, len(g))
			for j, i := range g {
				rs[j] = ix.rangeOf(int(i), f)
			}
			if 2*unionShared(rs, at) <= at.days() {
				continue
			}
		}
		for _, i := range g {
			out[i] = true
		}
	}
	return out
}

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
