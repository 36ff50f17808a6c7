package snapshot

import (
	"context"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
)

// counting is a slice of ties as Claims that counts the ties asked for one by one, and
// refills one Tie for Each, as a store does.
type counting struct {
	Slice
	asked atomic.Int64
}

func (c *counting) Each(part int, f func(i int, t *alliances.Tie)) error {
	var t alliances.Tie
	return c.Slice.Each(part, func(i int, s *alliances.Tie) {
		t = *s
		f(i, &t)
		t = alliances.Tie{Subject: "stale", Object: "stale", Kind: alliances.Alliance} // what f kept of it shows
	})
}

func (c *counting) Tie(i int) *alliances.Tie {
	c.asked.Add(1)
	return c.Slice.Tie(i)
}

// TestBuildReadsNoClaim: building the index of the built-in cases and reading their
// snapshots, graphs and folds every year asks for no full claim: a store can leave them
// undecoded. What the index reads of each tie is what the ties say.
func TestBuildReadsNoClaim(t *testing.T) {
	for _, f := range cases.All() {
		rec, err := cases.Standalone(f)
		if err != nil {
			t.Fatal(err)
		}
		c := &counting{Slice: rec.Ties}
		ix, err := Build(c, rec.Sources, rec.Actors)
		if err != nil {
			t.Fatal(err)
		}
		for year := 2001; year <= 2021; year++ {
			for _, fuzzy := range []bool{false, true} {
				s, err := ix.Snapshot(context.Background(), Filter{At: day(fmt.Sprint(year)), Fuzzy: fuzzy, Fold: true})
				if err != nil {
					t.Fatal(err)
				}
				s.Graph(View{Directed: true, Signed: true, Weighted: true})
				s.Graph(View{Positive: true})
				s.Folds()
				s.Apart()
				s.LeftOut()
			}
		}
		if n := c.asked.Load(); n != 0 {
			t.Errorf("%s: %d ties asked for one by one by the index, its snapshots and graphs; want none", f.Name, n)
		}
		checkColumns(t, ix, rec.Ties)
	}
}

// TestBuildParts: an index built from many parts at once (on every CPU) numbers the
// actors in the order first met and lists the memberships in the record's order, as one
// reading tie by tie would.
func TestBuildParts(t *testing.T) {
	ties := randomTies(3*slicePart+77, nil)
	for i := range ties {
		if i%7 == 0 {
			ties[i].Kind, ties[i].Type, ties[i].Third, ties[i].Role = alliances.Membership, "", "", alliances.Roles[i%len(alliances.Roles)]
			ties[i].Normalize()
		}
	}
	ties[5].Subject = "not-given" // an actor missing from those given is numbered all the same
	var actors []alliances.Actor
	for i := range 50 {
		actors = append(actors, alliances.Actor{ID: fmt.Sprintf("a%d", i)})
	}
	c := &counting{Slice: ties}
	ix, err := Build(c, nil, actors)
	if err != nil {
		t.Fatal(err)
	}
	if Slice(ties).Parts() != 4 {
		t.Fatalf("%d parts, want 4", Slice(ties).Parts())
	}
	checkColumns(t, ix, ties)
}

// checkColumns checks an index against its ties: ids, kinds, statuses, parties (actors
// numbered in the order first met), intensity, direction, sole source, membership roles
// and list, and the span of the dates.
func checkColumns(t *testing.T, ix *Index, ties []alliances.Tie) {
	t.Helper()
	if ix.Len() != len(ties) {
		t.Fatalf("%d ties indexed, want %d", ix.Len(), len(ties))
	}
	var order []string
	met := map[string]bool{}
	meet := func(id string) {
		if !met[id] {
			met[id] = true
			order = append(order, id)
		}
	}
	var members []int32
	span := edtf.Range{First: edtf.MaxDay, Last: edtf.MinDay}
	for i := range ties {
		tie := &ties[i]
		meet(tie.Subject)
		meet(tie.Object)
		wantThird := int32(-1)
		if tie.Kind == alliances.Mediation && tie.Third != "" {
			meet(tie.Third)
			wantThird, _ = ix.Actor(tie.Third)
		}
		s, o, th := ix.Parties(i)
		if ix.ID(i) != tie.ID || ix.Kind(i) != tie.Kind || ix.Status(i) != tie.Status || ix.Intensity(i) != max(tie.Intensity, 0) ||
			ix.Directed(i) != tie.Directed || ix.Actors[s] != tie.Subject || ix.Actors[o] != tie.Object || th != wantThird {
			t.Fatalf("tie %d indexed as %s %s %s %d %v %s %s %d, want %+v", i, ix.ID(i), ix.Kind(i), ix.Status(i), ix.Intensity(i),
				ix.Directed(i), ix.Actors[s], ix.Actors[o], th, *tie)
		}
		var asserting []string
		for _, c := range tie.Citations {
			if c.Stance != alliances.Denies && !slices.Contains(asserting, c.Source) {
				asserting = append(asserting, c.Source)
			}
		}
		if src, ok := ix.Source(i); ix.Cited(i) != (len(asserting) > 0) || ok != (len(asserting) == 1) || ok && src != asserting[0] {
			t.Fatalf("tie %d: source %q %v, cited %v; want the one of %v", i, src, ok, ix.Cited(i), asserting)
		}
		if tie.Kind == alliances.Membership {
			members = append(members, int32(i))
			if ix.roleOf(int32(i)) != tie.Role {
				t.Fatalf("membership %d: role %q, want %q", i, ix.roleOf(int32(i)), tie.Role)
			}
		}
		for _, p := range []edtf.Endpoint{tie.Valid.Start(), tie.Valid.End()} {
			if p.Kind == edtf.Closed {
				r := p.Date.Strict()
				span.First, span.Last = min(span.First, r.First), max(span.Last, r.Last)
			}
		}
	}
	if !slices.Equal(ix.Actors, order) {
		t.Errorf("actors numbered %v..., want the order first met %v...", ix.Actors[:min(5, len(ix.Actors))], order[:min(5, len(order))])
	}
	if !slices.Equal(ix.members, members) {
		t.Errorf("%d memberships listed, want %d in the record's order", len(ix.members), len(members))
	}
	if ix.Span() != span {
		t.Errorf("span %v, want %v", ix.Span(), span)
	}
}

// named is a slice of ties as Named Claims, its names and valid times listed in an
// order of their own (the reverse of first met), third parties of ties other than
// mediations among the names.
type named struct {
	counting
	names                []string
	valid                []edtf.Interval
	nameAt               map[string]int32
	validAt              map[edtf.Interval]int32
	eachNamedCalls, each atomic.Int64
}

func newNamed(ties []alliances.Tie) *named {
	n := &named{counting: counting{Slice: ties}, nameAt: map[string]int32{}, validAt: map[edtf.Interval]int32{}}
	for i := len(ties) - 1; i >= 0; i-- {
		t := &ties[i]
		for _, s := range []string{t.Third, t.Object, t.Subject} {
			if _, ok := n.nameAt[s]; !ok && s != "" {
				n.nameAt[s] = int32(len(n.names))
				n.names = append(n.names, s)
			}
		}
		if _, ok := n.validAt[t.Valid]; !ok {
			n.validAt[t.Valid] = int32(len(n.valid))
			n.valid = append(n.valid, t.Valid)
		}
	}
	return n
}

func (n *named) Names() []string             { return n.names }
func (n *named) ValidTimes() []edtf.Interval { return n.valid }

func (n *named) Each(part int, f func(i int, t *alliances.Tie)) error {
	n.each.Add(1)
	return n.counting.Each(part, f)
}

func (n *named) EachNamed(part int, f func(i int, t *alliances.Tie, subject, object, third, valid int32)) error {
	n.eachNamedCalls.Add(1)
	at := func(s string) int32 {
		if s == "" {
			return -1
		}
		return n.nameAt[s]
	}
	return n.counting.Each(part, func(i int, t *alliances.Tie) {
		f(i, t, at(t.Subject), at(t.Object), at(t.Third), n.validAt[t.Valid])
	})
}

// TestBuildNamed: claims that number their names and valid times (as the store's cache
// does) build the index the ties themselves build, reading each tie by its positions.
func TestBuildNamed(t *testing.T) {
	recs := map[string][]alliances.Tie{"random": randomTies(2*slicePart+5, nil)}
	for _, f := range cases.All() {
		rec, err := cases.Standalone(f)
		if err != nil {
			t.Fatal(err)
		}
		recs[f.Name] = rec.Ties
	}
	recs["random"][3].Third = "a1" // a third party on a tie other than a mediation: not numbered
	if recs["random"][3].Kind == alliances.Mediation {
		recs["random"][3].Kind = alliances.Support
	}
	for name, ties := range recs {
		n := newNamed(ties)
		ix, err := Build(n, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n.eachNamedCalls.Load() != int64(Slice(ties).Parts()) || n.each.Load() != 0 {
			t.Fatalf("%s: %d parts read by name, %d without; want every part by name", name, n.eachNamedCalls.Load(), n.each.Load())
		}
		checkColumns(t, ix, ties)
		want := NewIndex(ties, nil, nil)
		if !slices.Equal(ix.strict, want.strict) || !slices.Equal(ix.fuzzy, want.fuzzy) || !slices.Equal(ix.ends, want.ends) ||
			!slices.Equal(ix.third, want.third) || !slices.Equal(ix.Actors, want.Actors) {
			t.Errorf("%s: the index of the named claims differs from that of the ties", name)
		}
	}
}

// Two versions of a data set (one publisher) do not corroborate each other: a tie citing
// both rests on one source; an analysis and a data set of one publisher are two.
func TestDataSetsOfOnePublisherAreOneSource(t *testing.T) {
	srcs := []alliances.Source{
		{ID: "esd-1", Kind: "dataset", Publisher: "UCDP", Reliability: "B"},
		{ID: "esd-18", Kind: "dataset", Publisher: "UCDP", Reliability: "B"},
		{ID: "report", Kind: "analysis", Publisher: "UCDP", Reliability: "B"},
	}
	cite := func(ids ...string) []alliances.Citation {
		var cs []alliances.Citation
		for _, id := range ids {
			cs = append(cs, alliances.Citation{Source: id, Credibility: 2, Stance: alliances.Asserts})
		}
		return cs
	}
	ties := []alliances.Tie{
		{ID: "a", Subject: "x", Object: "y", Kind: alliances.Support, Valid: edtf.MustParse("2001"), Citations: cite("esd-1", "esd-18")},
		{ID: "b", Subject: "x", Object: "y", Kind: alliances.Support, Valid: edtf.MustParse("2001"), Citations: cite("esd-1", "report")},
	}
	ix := NewIndex(ties, srcs, nil)
	if src, one := ix.Source(0); !one || src != "esd-1, esd-18" {
		t.Errorf("a tie citing both versions: %q, %v; want one source, esd-1, esd-18", src, one)
	}
	if _, one := ix.Source(1); one {
		t.Errorf("a tie citing a data set and an analysis: one source, want two")
	}
}
