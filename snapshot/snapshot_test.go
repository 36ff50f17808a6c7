package snapshot

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

func tie(id, subj, obj string, kind alliances.Kind, valid string) alliances.Tie {
	t := alliances.Tie{ID: id, Subject: subj, Object: obj, Kind: kind, Valid: edtf.MustParse(valid),
		Citations: []alliances.Citation{{Source: "report", Credibility: 2}}}
	t.Normalize()
	return t
}

// record is a small case: a party with a faction, a state supporting the party, the
// faction allied to a militia, and a hostility that ends in 2015.
func record() ([]alliances.Tie, []alliances.Source) {
	ties := []alliances.Tie{
		tie("faction-of-party", "faction", "party", alliances.Membership, "2010/.."),
		tie("state-supports-party", "state", "party", alliances.Support, "2004/2021"),
		tie("faction-allied-militia", "faction", "militia", alliances.Alliance, "2016/2021"),
		tie("party-fights-militia", "party", "militia", alliances.Hostility, "/2015"),
		tie("state-supports-faction", "state", "faction", alliances.Support, "2018~/2019"),
	}
	ties[0].Role = alliances.Faction
	ties[4].Status = alliances.Denied
	return ties, []alliances.Source{{ID: "report", Reliability: "C"}}
}

func day(s string) *edtf.Range { r := edtf.MustParse(s).Strict(); return &r }

func edgeIDs(s *Snapshot) []string {
	var ids []string
	for e := range s.Edges {
		ids = append(ids, s.TieOf(e).ID)
	}
	return ids
}

func TestSnapshotFilters(t *testing.T) {
	ix := NewIndex(record())
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"AllButDenied", Filter{}, []string{"faction-of-party", "state-supports-party", "faction-allied-militia", "party-fights-militia"}},
		{"At2016", Filter{At: day("2016-06")}, []string{"faction-of-party", "state-supports-party", "faction-allied-militia"}},
		// "/2015" has an unknown start: it is certainly active only in 2015, possibly before.
		{"At2014", Filter{At: day("2014")}, []string{"faction-of-party", "state-supports-party"}},
		{"FuzzyAt2014", Filter{At: day("2014"), Fuzzy: true}, []string{"faction-of-party", "state-supports-party", "party-fights-militia"}},
		{"Negative", Filter{Signs: []alliances.Sign{-1}}, []string{"party-fights-militia"}},
		{"DeniedOnlyWhenAsked", Filter{Statuses: []alliances.Status{alliances.Denied}}, []string{"state-supports-faction"}},
		{"Support", Filter{Kinds: []alliances.Kind{alliances.Support}}, []string{"state-supports-party"}},
		{"ReliabilityB", Filter{MinReliability: "B"}, nil}, // the only source is C
		{"ReliabilityC", Filter{MinReliability: "C", Kinds: []alliances.Kind{alliances.Hostility}}, []string{"party-fights-militia"}},
		{"Credibility1", Filter{MinCredibility: 1}, nil}, // every citation is 2
		// Folded, the faction's membership is a loop and disappears; its alliance with
		// the militia becomes the party's.
		{"Folded", Filter{Fold: true, At: day("2016-06")}, []string{"state-supports-party", "faction-allied-militia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ix.Snapshot(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := edgeIDs(s); !slices.Equal(got, tt.want) {
				t.Errorf("ties = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFoldedSnapshotMapsFactionToParent(t *testing.T) {
	s, err := NewIndex(record()).Snapshot(context.Background(), Filter{Fold: true, At: day("2016-06")})
	if err != nil {
		t.Fatal(err)
	}
	if s.Node("faction") != -1 || s.Node("party") < 0 || s.Node("militia") < 0 {
		t.Fatalf("nodes = %v, want party and militia, no faction", s.Nodes)
	}
	g := s.Graph(View{})
	arc := g.Arc(s.Node("party"), s.Node("militia"))
	if arc < 0 {
		t.Fatal("no arc party-militia in the folded graph")
	}
	edges := g.ArcEdges(arc)
	if len(edges) != 1 || s.TieOf(int(edges[0])).ID != "faction-allied-militia" {
		t.Errorf("ties behind party-militia = %v, want the faction's alliance", edges)
	}
}

func TestGraphViews(t *testing.T) {
	s, err := NewIndex(record()).Snapshot(context.Background(), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	state, party := s.Node("state"), s.Node("party")
	directed := s.Graph(View{Directed: true})
	if directed.Arc(state, party) < 0 || directed.Arc(party, state) >= 0 {
		t.Error("directed view: support must go one way, state to party")
	}
	militia, faction := s.Node("militia"), s.Node("faction")
	if directed.Arc(militia, faction) < 0 || directed.Arc(faction, militia) < 0 {
		t.Error("directed view: an alliance must go both ways")
	}
	if directed.Arcs() != 6 {
		t.Errorf("directed view: %d arcs, want 6 (membership, support, alliance and hostility both ways)", directed.Arcs())
	}
	pos := s.Graph(View{Positive: true, Signed: true})
	if pos.Arc(party, militia) >= 0 || pos.Edges() != 3 {
		t.Errorf("positive view: %d edges, want 3 without the hostility", pos.Edges())
	}
	signed := s.Graph(View{Signed: true, Weighted: true})
	a := signed.Arc(party, militia)
	if a < 0 || signed.S[a] != -1 || signed.W[a] != 3 {
		t.Errorf("signed view: party-militia arc %d, want sign -1 and weight 3 (no intensity given)", a)
	}
	for i := 0; i < signed.Arcs(); i++ {
		if len(signed.ArcEdges(i)) != 1 {
			t.Errorf("arc %d has %d ties behind it, want 1", i, len(signed.ArcEdges(i)))
		}
	}
}

// randomTies makes n ties among n/5 actors, with random kinds and yearly valid times
// between 1990 and 2021.
func randomTies(n int) []alliances.Tie {
	rng := rand.New(rand.NewPCG(7, 11))
	actors := max(n/5, 2)
	ids := make([]string, actors)
	for i := range ids {
		ids[i] = fmt.Sprintf("a%d", i)
	}
	ivs := make([]edtf.Interval, 32*32)
	for s := range 32 {
		for e := s; e < 32; e++ {
			ivs[s*32+e] = edtf.MustParse(fmt.Sprintf("%d/%d", 1990+s, 1990+e))
		}
	}
	cites := []alliances.Citation{{Source: "s", Credibility: 2}}
	ties := make([]alliances.Tie, n)
	for i := range ties {
		u, v := rng.IntN(actors), rng.IntN(actors-1)
		if v >= u {
			v++
		}
		s := rng.IntN(32)
		e := s + rng.IntN(32-s)
		k := alliances.Kinds[rng.IntN(len(alliances.Kinds))].Kind
		ties[i] = alliances.Tie{ID: fmt.Sprintf("t%d", i), Subject: ids[u], Object: ids[v], Kind: k,
			Valid: ivs[s*32+e], Status: alliances.Reported, Citations: cites, Intensity: rng.IntN(6)}
	}
	return ties
}

func BenchmarkIndex(b *testing.B) {
	for _, n := range []int{1e3, 1e4, 1e5, 1e6} {
		ties := randomTies(n)
		b.Run(fmt.Sprintf("ties=%d", n), func(b *testing.B) {
			for b.Loop() {
				NewIndex(ties, nil)
			}
		})
	}
}

// BenchmarkSnapshot cuts one snapshot at a day and lays it out as a directed signed
// weighted graph; bytes/tie is the memory the index and
// the snapshot hold per tie (not counting the ties themselves, which the record owns).
func BenchmarkSnapshot(b *testing.B) {
	for _, n := range []int{1e3, 1e4, 1e5, 1e6} {
		ties := randomTies(n)
		b.Run(fmt.Sprintf("ties=%d", n), func(b *testing.B) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			ix := NewIndex(ties, nil)
			s, _ := ix.Snapshot(context.Background(), Filter{})
			g := s.Graph(View{Directed: true, Signed: true, Weighted: true})
			runtime.GC()
			runtime.ReadMemStats(&after)
			bytes := float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
			runtime.KeepAlive(g)
			at := day("2010-06-30")
			b.ResetTimer()
			for b.Loop() {
				s, _ := ix.Snapshot(context.Background(), Filter{At: at})
				s.Graph(View{Directed: true, Signed: true, Weighted: true})
			}
			b.ReportMetric(bytes, "bytes/tie")
		})
	}
}

// BenchmarkYearlySeries cuts 32 yearly snapshots from one index.
func BenchmarkYearlySeries(b *testing.B) {
	ties := randomTies(1e6)
	ix := NewIndex(ties, nil)
	for b.Loop() {
		for y := 1990; y < 2022; y++ {
			ix.Snapshot(context.Background(), Filter{At: day(fmt.Sprint(y))})
		}
	}
}

func TestVariants(t *testing.T) {
	ties, sources := record()
	ties[2].Status = alliances.Alleged            // the faction's alliance with the militia
	ties[1].Citations[0].Credibility = 5          // the state's support of the party: improbable
	ties[3].Valid = edtf.MustParse("2010~/2015~") // the hostility, approximate at both ends
	ix := NewIndex(ties, sources)
	vs := Variants(Filter{At: day("2016-02")}, 50, 1)
	got := map[string][]string{}
	inFeb, inSep := 0, 0
	for _, v := range vs {
		s, err := ix.Snapshot(context.Background(), v.Filter)
		if err != nil {
			t.Fatal(err)
		}
		if v.Filter.Draw != nil {
			feb := slices.Contains(edgeIDs(s), "party-fights-militia")
			later := v.Filter
			later.At = day("2016-09")
			s9, _ := ix.Snapshot(context.Background(), later)
			sep := slices.Contains(edgeIDs(s9), "party-fights-militia")
			if sep && !feb {
				t.Errorf("a draw has the hostility in September 2016 but not in February: one world must hold for every date")
			}
			inFeb, inSep = inFeb+b2i(feb), inSep+b2i(sep)
			continue
		}
		got[v.Name] = edgeIDs(s)
	}
	want := map[string][]string{
		"as asked":                                {"faction-of-party", "state-supports-party", "faction-allied-militia"},
		"without alleged ties":                    {"faction-of-party", "state-supports-party"},
		"without low-credibility ties (4-6)":      {"faction-of-party", "faction-allied-militia"},
		"with possibly active ties (fuzzy dates)": {"faction-of-party", "state-supports-party", "faction-allied-militia", "party-fights-militia"},
	}
	for name, w := range want {
		if !slices.Equal(got[name], w) {
			t.Errorf("%s: ties %v, want %v", name, got[name], w)
		}
	}
	// The hostility ends about 2015: each draw ends it on a day drawn uniformly from the
	// 367 days of 2015-12-31 to 2016-12-31 (the fuzzy end of 2015~). It is in February
	// 2016 when the end falls on 2016-02-01 or later (335 days of 367, 0.91), in
	// September when on 2016-09-01 or later (122 of 367, 0.33). Out of 50 draws, 38 and 27
	// are more than three standard deviations away.
	if inFeb < 38 || inSep > 27 || inSep == 0 {
		t.Errorf("the hostility was in %d draws in February and %d in September, want about 45 and 17", inFeb, inSep)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestAllActorsKeepsNodeNumbers(t *testing.T) {
	ix := NewIndex(record())
	early, _ := ix.Snapshot(context.Background(), Filter{At: day("2005"), AllActors: true})
	late, _ := ix.Snapshot(context.Background(), Filter{At: day("2020"), AllActors: true})
	if early.N() != len(ix.Actors) || late.N() != len(ix.Actors) {
		t.Fatalf("nodes = %d and %d, want every actor (%d)", early.N(), late.N(), len(ix.Actors))
	}
	for _, id := range ix.Actors {
		if early.Node(id) != late.Node(id) {
			t.Errorf("%s is node %d in 2005 and %d in 2020", id, early.Node(id), late.Node(id))
		}
	}
}

func TestPositiveViewUsesNetSigns(t *testing.T) {
	ties, sources := record()
	// The party and the militia also sign a deal of the same intensity as their fight:
	// the pair nets to 0, no positive tie; raise the deal's intensity and it nets to +.
	deal := tie("party-deal-militia", "party", "militia", alliances.Agreement, "/2015")
	ties = append(ties, deal)
	s, _ := NewIndex(ties, sources).Snapshot(context.Background(), Filter{At: day("2015")})
	party, militia := s.Node("party"), s.Node("militia")
	if g := s.Graph(View{Positive: true}); g.Arc(party, militia) >= 0 {
		t.Errorf("a deal and a fight of equal intensity make a positive tie in the positive view")
	}
	ties[len(ties)-1].Intensity = 5
	s, _ = NewIndex(ties, sources).Snapshot(context.Background(), Filter{At: day("2015")})
	g := s.Graph(View{Positive: true, Weighted: true})
	a := g.Arc(party, militia)
	// The pair is positive on balance; both ties stand behind the arc, and its weight
	// is the sum of theirs (5 + 3, no intensity given to the fight).
	if a < 0 || !slices.Equal(g.ArcTies(a), []string{"party-fights-militia", "party-deal-militia"}) || g.W[a] != 8 {
		t.Errorf("a decisive deal against an ordinary fight: arc %d, ties %v; want both, weight 8", a, g.ArcTies(a))
	}
	skip := s.Graph(View{Positive: true, Skip: func(e int) bool { return s.TieOf(e).ID == "party-deal-militia" }})
	if skip.Arc(party, militia) >= 0 || skip.N() != s.N() {
		t.Errorf("skipping the deal: arc still there, or nodes changed (%d, want %d)", skip.N(), s.N())
	}
}

// TestDirectedPositiveViewJudgesEachDirection: an alliance A-B (+3) and B's opposition
// to A (-5) leave A -> B positive (+3) and B -> A negative (3 - 5); the directed positive
// view keeps the first arc only. With the opposition the other way (A -> B), it keeps
// B -> A only.
func TestDirectedPositiveViewJudgesEachDirection(t *testing.T) {
	alliance := tie("ab-alliance", "a", "b", alliances.Alliance, "2010/2020")
	opp := tie("ba-opposition", "b", "a", alliances.Opposition, "2010/2020")
	opp.Intensity = 5
	for _, tt := range []struct {
		name         string
		oppFrom      string
		wantAB, want bool
	}{{"OppositionFromB", "b", true, false}, {"OppositionFromA", "a", false, true}} {
		t.Run(tt.name, func(t *testing.T) {
			o := opp
			o.Subject, o.Object = tt.oppFrom, map[string]string{"a": "b", "b": "a"}[tt.oppFrom]
			s, _ := NewIndex([]alliances.Tie{alliance, o}, nil).Snapshot(context.Background(), Filter{})
			g := s.Graph(View{Directed: true, Positive: true})
			a, b := s.Node("a"), s.Node("b")
			if got := g.Arc(a, b) >= 0; got != tt.wantAB {
				t.Errorf("arc a -> b kept = %v, want %v", got, tt.wantAB)
			}
			if got := g.Arc(b, a) >= 0; got != tt.want {
				t.Errorf("arc b -> a kept = %v, want %v", got, tt.want)
			}
			for i := 0; i < g.Arcs(); i++ {
				if !slices.Equal(g.ArcTies(i), []string{"ab-alliance"}) {
					t.Errorf("arc %d stands on %v, want the alliance alone", i, g.ArcTies(i))
				}
			}
		})
	}
}

func TestFoldedActorsHaveNoNodeOfTheirOwn(t *testing.T) {
	s, _ := NewIndex(record()).Snapshot(context.Background(), Filter{Fold: true, AllActors: true, At: day("2016")})
	if s.Node("faction") != -1 || s.N() != len(s.Index.Actors)-1 {
		t.Errorf("folded faction is node %d, %d nodes; want -1 and every actor but the faction", s.Node("faction"), s.N())
	}
}
