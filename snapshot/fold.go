package snapshot

import (
	"cmp"
	"slices"

	"github.com/alliances-project/alliances"
)

// folding is how a snapshot folds actors into their organizations.
type folding struct {
	parent map[int32]int32 // actor -> its parent in the snapshot
	via    map[int32]int32 // actor -> the membership tie to its parent
	others map[int32][]int32
	// apart holds the actors with several parents at once that nothing tells apart
	// (the same role, begun the same day): folded into none, with their ties.
	apart map[int32][]int32
	// partial holds the actors whose membership covers only part of a period read day
	// by day: folded into none, with the membership ties that cover part of it.
	partial map[int32][]int32
}

// rolePriority orders the roles when an actor has several parents at once: a part of an
// organization (element, faction) folds into it before a leader or member does.
var rolePriority = map[alliances.Role]int{alliances.Element: 0, alliances.Faction: 1, alliances.Leader: 2, alliances.Member: 3}

// fold chooses, for every actor with a membership tie that passes the filter's tests of
// time, status, credibility, basis and categories (whatever kinds and layers the
// snapshot reads), its parent: the organization of the tie whose role comes first
// (element, faction, leader, member), then the one that began last. The other parents
// are kept, for the warnings; when nothing tells two parents apart, the actor is folded
// into none.
func (ix *Index) fold(f Filter) *folding {
	fl := &folding{parent: map[int32]int32{}, via: map[int32]int32{}, others: map[int32][]int32{}, apart: map[int32][]int32{},
		partial: map[int32][]int32{}}
	if !f.Fold || len(ix.members) == 0 {
		return fl
	}
	mf := f
	mf.Kinds, mf.Signs = nil, nil
	membership := uint8(kindIndex(alliances.Membership))
	pass := ix.passerOver(mf, func(i int32) bool { return ix.kind[i] == membership })
	// Over a period read day by day (supporters' "every day counts"), a member folds
	// only where its membership covers the whole period: folded throughout, the days
	// outside it would charge what it did then to an organization it was not part of
	// (Qatar's support of the Houthis' council, after Qatar had left the Saudi-led
	// coalition, counted as the coalition's).
	covers := func(int32) bool { return true }
	if f.At != nil && f.Overlap == Any && f.At.First != f.At.Last {
		window := rangeOf(*f.At)
		spans := map[[2]int32][]dayRange{}
		for _, i := range ix.members {
			if pass(int(i)) {
				k := [2]int32{ix.subj[i], ix.obj[i]}
				spans[k] = append(spans[k], ix.rangeOf(int(i), mf))
			}
		}
		covers = func(i int32) bool { return coverWhole(spans[[2]int32{ix.subj[i], ix.obj[i]}], window) }
	}
	for _, i := range ix.members {
		if !pass(int(i)) {
			continue
		}
		if !covers(i) {
			fl.partial[ix.subj[i]] = append(fl.partial[ix.subj[i]], i)
			continue
		}
		a := ix.subj[i]
		prev, seen := fl.via[a]
		switch {
		case seen && ix.obj[prev] == ix.obj[i]:
			// Two claims of one membership (a continuation, a second source): one parent.
			if ix.before(i, prev) {
				fl.via[a] = i
			}
		case !seen:
			fl.parent[a], fl.via[a] = ix.obj[i], i
		case ix.before(i, prev):
			fl.others[a] = append(fl.others[a], prev)
			fl.parent[a], fl.via[a] = ix.obj[i], i
		default:
			fl.others[a] = append(fl.others[a], i)
		}
	}
	// An actor whose parents nothing tells apart is folded into none: choosing one by
	// the order of the record would charge its deeds to an organization at random.
	for a, os := range fl.others {
		v := fl.via[a]
		for _, o := range os {
			if ix.obj[o] != ix.obj[v] && !ix.before(v, o) && !ix.before(o, v) {
				fl.apart[a] = append([]int32{v}, os...)
				delete(fl.parent, a)
				delete(fl.via, a)
				delete(fl.others, a)
				break
			}
		}
	}
	return fl
}

// coverWhole reports whether ranges, joined where they meet or overlap, cover the window
// whole.
func coverWhole(ranges []dayRange, window dayRange) bool {
	slices.SortFunc(ranges, func(a, b dayRange) int { return cmp.Compare(a.first, b.first) })
	reach := window.first - 1 // the last day covered from the window's first on
	for _, r := range ranges {
		if r.first > reach+1 {
			break
		}
		reach = max(reach, r.last)
	}
	return reach >= window.last
}

// before reports whether membership tie i takes precedence over tie j (see fold).
func (ix *Index) before(i, j int32) bool {
	ri, rj := rolePriority[ix.roleOf(i)], rolePriority[ix.roleOf(j)]
	if ri != rj {
		return ri < rj
	}
	return ix.strict[i].first > ix.strict[j].first
}

// parts returns the folded actors whose chain to the top holds a step other than
// leadership: elements, factions and members, which act for themselves within their
// organization, where a leader acts for it.
func (fl *folding) parts(ix *Index, roots map[int32]int32) map[int32]bool {
	out := map[int32]bool{}
	for a := range roots {
		x := a
		for range len(fl.parent) + 1 {
			i, ok := fl.via[x]
			if !ok {
				break
			}
			if ix.roleOf(i) != alliances.Leader {
				out[a] = true
				break
			}
			x = fl.parent[x]
		}
	}
	return out
}

// roots returns the top of every folded actor's chain of parents. A chain that loops
// (the record forbids loops, but a record read in pieces might show one) ends at the
// lowest-numbered actor of the loop, so that folding twice is folding once.
func (fl *folding) roots() map[int32]int32 {
	out := make(map[int32]int32, len(fl.parent))
	for a := range fl.parent {
		var chain []int32
		seen := map[int32]int{}
		x := a
		for {
			if r, ok := out[x]; ok {
				x = r
				break
			}
			if at, looped := seen[x]; looped {
				x = minOf(chain[at:])
				break
			}
			p, ok := fl.parent[x]
			if !ok {
				break
			}
			seen[x] = len(chain)
			chain = append(chain, x)
			x = p
		}
		for _, c := range chain {
			out[c] = x
		}
	}
	for a, r := range out {
		if a == r {
			delete(out, a)
		}
	}
	return out
}

func minOf(xs []int32) int32 {
	m := xs[0]
	for _, x := range xs {
		m = min(m, x)
	}
	return m
}

// roleOf returns the role of membership tie i, "" when it gives none the project knows.
func (ix *Index) roleOf(i int32) alliances.Role {
	if r := ix.role[i]; r != noRole {
		return alliances.Roles[r]
	}
	return ""
}
